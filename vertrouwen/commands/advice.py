"""`vertrouwen advice CODE [--json]`: next steps, deadlines and warnings for one case."""

from __future__ import annotations

import argparse
import json
from datetime import date

from vertrouwen import clock
from vertrouwen.clock import dutch_date
from vertrouwen.routes.advice import Advice, advise


def run(args: argparse.Namespace) -> int:
    """Print the advice for case `args.code`: the contract's JSON with `--json`, else Dutch text."""
    # Imported here so `vertrouwen --help` and vault-free commands never load the vault stack.
    from vertrouwen.workspace import open_workspace

    today = clock.today()
    from vertrouwen.routes.bridge_days import calendar_for

    with open_workspace(args) as ws:
        case = ws.cases.get(args.code)
        routes = ws.user_routes.all_routes()  # the user's own routes over the built-in ones
        calendar = calendar_for(ws.settings)  # the bridge days entered (Atw art. 3 lid 3)
    advice = advise(case, today, routes, calendar=calendar)
    if getattr(args, "json", False):
        print(json.dumps(advice.to_json(), ensure_ascii=False, indent=2))
    else:
        print(render_text(args.code, advice, today))
    return 0


def render_text(code: str, advice: Advice, today: date) -> str:
    """The advice as plain Dutch text for a terminal."""
    route = f", route {advice.route}" if advice.route else ""
    lines = [f"Advies voor {code} op {dutch_date(today)}{route}"]
    lines.append("")
    lines.append("Volgende stappen:")
    lines += [f"  - {n.name} [{n.step}]: {n.reason} (bron: {n.source})" for n in advice.next]
    if not advice.next:
        lines.append("  (geen)")
    lines.append("")
    lines.append("Termijnen:")
    lines += [f"  {d.due.isoformat()}  {d.what} (bron: {d.source})" for d in advice.deadlines]
    if not advice.deadlines:
        lines.append("  (geen)")
    if advice.warnings:
        lines.append("")
        lines.append("Let op:")
        lines += [f"  ! {w}" for w in advice.warnings]
    return "\n".join(lines)
