"""Vertrouwen: the core of the app for Dutch confidential advisors.

Domain, encrypted vault, privacy guard, complaint routes, exports, reports and the CLI.
This package never imports Qt; the desktop app lives in `ui/`.
"""

__version__ = "0.1.0"
