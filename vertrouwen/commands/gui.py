"""`vertrouwen gui` (and plain `vertrouwen`): the desktop app."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    from ui.app import run_app

    return run_app(vault_option=args.vault)
