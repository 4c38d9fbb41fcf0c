"""`vertrouwen gui` (and plain `vertrouwen`): the desktop app."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable


def run(args: argparse.Namespace) -> int:
    # Imported by name so the core's type check stays within vertrouwen/ (ui/ is Qt code).
    run_app: Callable[..., int] = importlib.import_module("ui.app").run_app
    return run_app(vault_option=args.vault)
