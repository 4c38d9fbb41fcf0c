"""Prebuild the personal-data detector's lookup tables for a bundle: `prebuild_deduce.py OUT`.

`deduce.Deduce()` builds its tables from word lists on first use (1.5 minutes and more) and
pickles them into its own package folder. An installed app must not do that on the user's first
start, and cannot: its folder is read-only (Program Files, a signed .app). So the build does it
once, in the build environment, and the spec bundles the result.

deduce trusts a cached pickle only while no word list is newer than the pickle's
`saved_datetime`. Copying the bundle (PyInstaller, an installer, IT's deployment tool) can give
the word lists new modification times and so make the cache look stale. In the bundle the lists
and the tables are shipped together and never change, so the copy written to OUT carries a
`saved_datetime` far in the future; deduce's own check of its version number still applies.

Run by packaging/vertrouwen.spec with the build environment's interpreter; prints one line.
"""

from __future__ import annotations

import logging
import pickle
import sys
import time
from pathlib import Path

PINNED = "9999-12-31T00:00:00"


def main(out_dir: str) -> int:
    started = time.monotonic()
    import deduce
    from deduce.deduce import _LOOKUP_LIST_PATH

    logging.getLogger().setLevel(logging.WARNING)  # deduce turns on DEBUG logging to stdout
    cache = Path(_LOOKUP_LIST_PATH) / "cache" / "lookup_structs.pickle"
    # Loads the tables from deduce's cache when it is valid, else builds and caches them.
    deduce.Deduce()
    with cache.open("rb") as file:
        data = pickle.load(file)  # noqa: S301 - our own build output, written a moment ago
    data["saved_datetime"] = PINNED
    target = Path(out_dir) / "lookup_structs.pickle"
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    with tmp.open("wb") as file:
        pickle.dump(data, file, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(target)
    size = target.stat().st_size / 2**20
    print(
        f"prebuild: deduce {data['deduce_version']} tables ready in "
        f"{time.monotonic() - started:.0f} s ({size:.0f} MiB): {target}",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
