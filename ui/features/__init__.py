"""One package per area of the app. Features never import each other (an import-linter
contract); what one uses of another is handed in by `ui/shell/compose.py`."""
