"""The main-window areas, one module each: today, cases, reports, settings (see ui/README.md)."""
