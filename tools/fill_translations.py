"""Fill unfinished entries of a .ts file from other translations (after a merge, say).

    .venv/bin/python tools/fill_translations.py resources/translations/vertrouwen_en.ts OTHER...

Each OTHER is a .ts file (its finished translations are used, matched by context and source
text) or a JSON object {"source text": "translation"}. Run tools/update_translations.py first
(so every string is in the .ts) and again after (to rewrite it in lupdate's layout and compile
the .qm). Prints how many entries were filled and how many remain unfinished.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _known(paths: list[str]) -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    by_context: dict[tuple[str, str], str] = {}
    by_source: dict[str, str] = {}
    for name in paths:
        if name.endswith(".json"):
            by_source.update(json.loads(Path(name).read_text(encoding="utf-8")))
            continue
        for context in ET.parse(name).getroot().iter("context"):  # noqa: S314 - our own files
            ctx = context.findtext("name") or ""
            for msg in context.iter("message"):
                source, tr = msg.findtext("source") or "", msg.find("translation")
                if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                if tr.text:
                    by_context[(ctx, source)] = tr.text
                    by_source.setdefault(source, tr.text)
    return by_context, by_source


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    target, others = argv[0], argv[1:]
    by_context, by_source = _known(others)
    tree = ET.parse(target)  # noqa: S314 - our own file
    filled = left = 0
    for context in tree.getroot().iter("context"):
        ctx = context.findtext("name") or ""
        for msg in context.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") != "unfinished":
                continue
            source = msg.findtext("source") or ""
            found = by_context.get((ctx, source)) or by_source.get(source)
            if found:
                tr.text = found
                del tr.attrib["type"]
                filled += 1
            else:
                left += 1
    tree.write(target, encoding="utf-8", xml_declaration=True)
    print(f"filled {filled}; still unfinished {left}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
