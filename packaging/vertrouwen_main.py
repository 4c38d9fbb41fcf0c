"""Entry point of the bundled app (PyInstaller): the same as the `vertrouwen` command."""

import sys

from vertrouwen.cli import main

if __name__ == "__main__":
    sys.exit(main())
