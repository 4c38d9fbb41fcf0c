"""No widgets: the vault worker, the texts the core's errors and advice become, dates and
enumerations in the UI language, the theme, icons, idle and OS locking (see ui/README.md)."""
