"""The user's own complaint routes, kept in the vault as TOML text (table `user_routes`).

An organisation's regulation, or a corrected copy of a built-in route, edited in the app.
Stored as the text the user wrote (comments and all), keyed by the route's id. Saving checks
the text alone and together with the other own routes (ids unique, one default per regime),
so what is stored always loads; a route with the id of a built-in one replaces it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from vertrouwen.changes import ChangeLog, Changes
from vertrouwen.vault.audit import AuditLog
from vertrouwen.vault.db import transaction

# The route loader (tomllib, the schema checks) is imported where it is used: every command
# opens the workspace, and `verify`, `export` or `backup` never read a route.
if TYPE_CHECKING:
    from vertrouwen.routes.model import Route
    from vertrouwen.routes.wording import Said, Text

Connection = Any
ORIGIN = "eigen route"  # the Dutch of `_own()` (routes.wording), as problems start


def _own(route_id: str = "") -> Said:
    """The origin of an own route in problems: "eigen route" or "eigen route 'id'"."""
    from vertrouwen.routes.wording import Problem, say

    return say(Problem.OWN_ROUTE_ID, route_id) if route_id else say(Problem.OWN_ROUTE)


def check_said(text: str, stored: Mapping[str, str], replacing: str | None = None) -> list[Text]:
    """Every problem storing `text` beside the `stored` own routes (id -> text) would meet, as
    `Problem` codes with arguments.

    `replacing` is the id of the route being edited (it may keep or change its id). Pure, so
    an editor can check while the user types.
    """
    from vertrouwen.routes.loader import RouteError, parse_route, routes_from_texts
    from vertrouwen.routes.wording import Problem, say

    try:
        route = parse_route(text, _own())
    except RouteError as exc:
        return list(exc.said)
    if route.id in stored and route.id != replacing:
        return [say(Problem.AT, _own(), say(Problem.ROUTE_ID_TAKEN, route.id))]
    others: list[tuple[Text, str]] = [
        (_own(rid), other) for rid, other in stored.items() if rid not in (route.id, replacing)
    ]
    try:
        routes_from_texts([*others, (_own(), text)])
    except RouteError as exc:
        return list(exc.said)
    return []


def check_text(text: str, stored: Mapping[str, str], replacing: str | None = None) -> list[str]:
    """`check_said` in Dutch."""
    from vertrouwen.routes.wording import dutch

    return [dutch(p) for p in check_said(text, stored, replacing)]


class UserRoutes:
    """Own routes by id (`Workspace.user_routes`)."""

    def __init__(self, conn: Connection, audit: AuditLog, changes: ChangeLog | None = None) -> None:
        self._conn = conn
        self._audit = audit
        self._changes = changes if changes is not None else ChangeLog()

    # -- reading --------------------------------------------------------------------------
    def texts(self) -> dict[str, str]:
        """Every own route's TOML text by id, in id order."""
        rows = self._conn.execute("SELECT id, toml FROM user_routes ORDER BY id")
        return {r[0]: r[1] for r in rows}

    def text(self, route_id: str) -> str | None:
        row = self._conn.execute(
            "SELECT toml FROM user_routes WHERE id = ?", (route_id,)
        ).fetchone()
        return None if row is None else str(row[0])

    def routes(self) -> dict[str, Route]:
        """The own routes that load. One that a newer program no longer accepts is left out
        (see `problems`) rather than hiding all the others."""
        routes, _problems = self._load()
        return routes

    def problems(self) -> list[str]:
        """Why stored routes do not load (empty when all do)."""
        return self._load()[1]

    def all_routes(self) -> dict[str, Route]:
        """The built-in routes with the own routes laid over them: what the advice uses."""
        from vertrouwen.routes.loader import builtin_routes, merge_routes

        return merge_routes(builtin_routes(), self.routes())

    def _load(self) -> tuple[dict[str, Route], list[str]]:
        from vertrouwen.routes.loader import RouteError, parse_route, routes_from_texts

        texts: list[tuple[Text, str]] = [(_own(rid), text) for rid, text in self.texts().items()]
        try:
            return routes_from_texts(texts), []
        except RouteError as exc:
            problems = list(exc.problems)
        routes: dict[str, Route] = {}
        for origin, text in texts:
            try:
                route = parse_route(text, origin)
            except RouteError:
                continue
            if not any(set(route.default_for) & set(r.default_for) for r in routes.values()):
                routes[route.id] = route
        return routes, problems

    # -- writing --------------------------------------------------------------------------
    def check(self, text: str, replacing: str | None = None) -> list[str]:
        """Every problem saving `text` would meet (empty when it can be saved)."""
        return check_text(text, self.texts(), replacing)

    def save(self, text: str, replacing: str | None = None) -> str:
        """Store a route (new or changed) and return its id; RouteError lists every problem.

        `replacing` is the id the route had when it was opened: when the text now carries
        another id, the old one is removed in the same transaction (a rename).
        """
        from vertrouwen.routes.loader import RouteError, parse_route

        problems = check_said(text, self.texts(), replacing)
        if problems:
            raise RouteError(problems)
        route_id = parse_route(text, _own()).id
        with transaction(self._conn):
            if replacing and replacing != route_id:
                self._conn.execute("DELETE FROM user_routes WHERE id = ?", (replacing,))
            self._conn.execute(
                "INSERT INTO user_routes(id, toml) VALUES (?, ?)"
                " ON CONFLICT(id) DO UPDATE SET toml = excluded.toml",
                (route_id, text),
            )
            self._audit.record("route_saved", None, route_id)
        self._changes.note(Changes(routes=True))
        return route_id

    def delete(self, route_id: str) -> bool:
        """Remove an own route; False when there was none with that id."""
        with transaction(self._conn):
            cur = self._conn.execute("DELETE FROM user_routes WHERE id = ?", (route_id,))
            if cur.rowcount:
                self._audit.record("route_deleted", None, route_id)
                self._changes.note(Changes(routes=True))
        return bool(cur.rowcount)
