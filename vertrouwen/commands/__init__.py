"""One module per group of CLI commands; each handler takes the parsed args, returns a status."""
