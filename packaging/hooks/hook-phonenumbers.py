"""PyInstaller hook for phonenumbers, replacing the contributed one that collects everything.

Vertrouwen only parses and validates numbers, which needs the per-region metadata
(`phonenumbers.data`, loaded by name) but not the geocoder, carrier or time-zone tables:
those are most of the package's 48 MB.
"""

from PyInstaller.utils.hooks import collect_submodules

_UNUSED = ("geocoder", "geodata", "carrier", "carrierdata", "timezone", "tzdata")


def _wanted(name: str) -> bool:
    parts = name.split(".")
    return len(parts) < 2 or parts[1] not in _UNUSED


hiddenimports = collect_submodules("phonenumbers", filter=_wanted)
