"""Places in a route's TOML text: the line a validation problem points at, a new route to
start from, and a copy of a route under a new id.

The route editor uses these to put the cursor where a problem is. Problems name the step, the
term and the key (see `schema`); TOML syntax errors name the line themselves.
"""

from __future__ import annotations

import re

NEW_ROUTE = """# Een eigen klachtroute. Elke termijn noemt de regel waar hij uit komt (source).
format = 1
id = "{id}"
name = "Klachtenregeling van mijn organisatie"
kind = "organisation"   # of "statutory" (met default_for = ["wmo"] voor een standaardroute)
description = "Wat deze route is en voor wie."

[[steps]]
id = "klachtenfunctionaris"
name = "Klacht bij de klachtenfunctionaris"
handler = "de klachtenfunctionaris van de organisatie"
advisor = "Helpt de klacht op te schrijven en gaat mee naar het gesprek."
source = "Klachtenregeling, artikel ..."
reason = "Waarom deze stap zinvol is."

  [[steps.terms]]
  id = "beslistermijn"
  what = "De organisatie beslist over de klacht"
  amount = 6
  unit = "weeks"          # days, working_days, weeks, months of years
  from = "step_start"     # conduct, step_start, step_end of verdict
  party = "organisation"  # of "client"
  ends_step = true
  source = "Klachtenregeling, artikel ..."
"""

_TOP_ID = re.compile(r'^(id\s*=\s*")([^"]*)(")', re.MULTILINE)
_TOP_NAME = re.compile(r'^(name\s*=\s*")([^"]*)(")', re.MULTILINE)


def locate(text: str, problem: str) -> int | None:
    """The line (1-based) a problem points at: its TOML line, else its step, term and key."""
    found = re.search(r"line (\d+)", problem)
    if found:
        return int(found.group(1))
    lines = text.splitlines()
    step_starts = [n for n, ln in enumerate(lines) if ln.strip() == "[[steps]]"]

    def id_line(value: str, start: int, end: int) -> int | None:
        pattern = re.compile(rf'^\s*id\s*=\s*"{re.escape(value)}"')
        return next((n for n in range(start, end) if pattern.match(lines[n])), None)

    start, end = 0, step_starts[0] if step_starts else len(lines)
    step = re.search(r"stap (?:'([^']+)'|(\d+))", problem)
    if step and step_starts:
        if step.group(2):
            number = int(step.group(2)) - 1
            at = step_starts[number] if number < len(step_starts) else None
        else:
            at = id_line(step.group(1), 0, len(lines))
        if at is None:
            return None
        start = at
        end = next((n for n in step_starts if n > at), len(lines))
        term = re.search(r"termijn '([^']+)'", problem)
        if term:
            term_at = id_line(term.group(1), start, end)
            if term_at is not None:
                start = term_at
                end = next(
                    (n for n in range(term_at + 1, end) if lines[n].strip().startswith("[[")), end
                )
    after = problem.split(": ", 1)[-1]
    for key in re.findall(r"'([a-z_]+)'", after):
        key_at = next((n for n in range(start, end) if re.match(rf"^\s*{key}\s*=", lines[n])), None)
        if key_at is not None:
            return key_at + 1
    return start + 1 if (step or start) else None


def copy_as_own(text: str, new_id: str, name_suffix: str) -> str:
    """`text` with the route's own id replaced by `new_id` and `name_suffix` after its name
    (only the top-level keys; steps keep their ids)."""
    text = _TOP_ID.sub(lambda m: f"{m.group(1)}{new_id}{m.group(3)}", text, count=1)
    return _TOP_NAME.sub(
        lambda m: f"{m.group(1)}{m.group(2)}{name_suffix}{m.group(3)}", text, count=1
    )
