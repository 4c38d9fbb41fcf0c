"""Load route TOML from files or from text, check it, and pick the default route per regime.

The built-in routes ship in `resources/routes/`. User-edited routes will come from the vault as
text, so everything here also works on (origin, text) pairs; `merge_routes` lays user routes over
the built-in ones.
"""

from __future__ import annotations

import dataclasses
import functools
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from vertrouwen.domain.enums import Regime
from vertrouwen.errors import InputError
from vertrouwen.resources import resource_path
from vertrouwen.routes.model import Route
from vertrouwen.routes.schema import build_route
from vertrouwen.routes.wording import Problem, Text, dutch, say, words

BUILTIN_ROUTES_DIR = resource_path("routes")


class RouteError(InputError):
    """One or more route definitions are invalid; `problems` lists each, naming file and key
    (in Dutch; `said` has them as `Problem` codes with arguments, see `routes.wording`)."""

    def __init__(self, problems: Sequence[Text]) -> None:
        self.said = tuple(problems)
        self.problems = tuple(dutch(p) for p in self.said)
        super().__init__("; ".join(self.problems))


def _parse(text: str, origin: Text, problems: list[Text]) -> Route | None:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        problems.append(say(Problem.AT, origin, say(Problem.NOT_TOML, str(exc))))
        return None
    return build_route(data, origin, problems)


def validate_route_said(text: str, origin: Text = "<route>") -> list[Text]:
    """Every problem in one route's TOML text, each naming `origin`, the step and the key.

    An empty list means the route is valid.
    """
    problems: list[Text] = []
    _parse(text, origin, problems)
    return problems


def validate_route_text(text: str, origin: Text = "<route>") -> list[str]:
    """`validate_route_said` in Dutch."""
    return [dutch(p) for p in validate_route_said(text, origin)]


def parse_route(text: str, origin: Text = "<route>") -> Route:
    """One route from TOML text; raises `RouteError` listing every problem."""
    problems: list[Text] = []
    route = _parse(text, origin, problems)
    if route is None:
        raise RouteError(problems)
    return route


def routes_from_texts(texts: Iterable[tuple[Text, str]]) -> dict[str, Route]:
    """Routes from (origin, TOML text) pairs, checked together: ids unique, one default per
    regime. Raises `RouteError` with every problem found."""
    problems: list[Text] = []
    routes: dict[str, Route] = {}
    origins: dict[str, Text] = {}
    for origin, text in texts:
        route = _parse(text, origin, problems)
        if route is None:
            continue
        if route.id in routes:
            also = say(Problem.ROUTE_ID_ALSO_IN, route.id, origins[route.id])
            problems.append(say(Problem.AT, origin, also))
            continue
        routes[route.id] = route
        origins[route.id] = origin
    problems.extend(_default_conflicts(routes.values(), origins))
    if problems:
        raise RouteError(problems)
    return routes


def load_routes(folder: Path | str) -> dict[str, Route]:
    """All `*.toml` routes in `folder`, by id; raises `RouteError` naming each bad file and key."""
    base = Path(folder)
    if not base.is_dir():
        raise RouteError([say(Problem.AT, str(base), say(Problem.NO_ROUTES_FOLDER))])
    texts: list[tuple[Text, str]] = []
    problems: list[Text] = []
    for path in sorted(base.glob("*.toml")):
        try:
            texts.append((path.name, path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as exc:
            unreadable = say(Problem.FILE_UNREADABLE, str(exc))
            problems.append(say(Problem.AT, path.name, unreadable))
    try:
        routes = routes_from_texts(texts)
    except RouteError as exc:
        problems.extend(exc.said)
        raise RouteError(problems) from None
    if problems:
        raise RouteError(problems)
    return routes


@functools.cache
def _builtin() -> Mapping[str, Route]:
    return load_routes(BUILTIN_ROUTES_DIR)


def builtin_routes() -> dict[str, Route]:
    """The routes shipped with the program (read once per process)."""
    return dict(_builtin())


def merge_routes(base: Mapping[str, Route], override: Mapping[str, Route]) -> dict[str, Route]:
    """`base` with `override` laid over it: same id replaces, and a regime claimed as default in
    `override` stops being the default of any `base` route."""
    claimed = {regime for route in override.values() for regime in route.default_for}
    merged = {
        rid: dataclasses.replace(
            route, default_for=tuple(r for r in route.default_for if r not in claimed)
        )
        for rid, route in base.items()
    }
    merged.update(override)
    return merged


def default_route(regime: Regime, routes: Mapping[str, Route] | None = None) -> Route | None:
    """The route that is the default for `regime` (built-in routes unless `routes` is given)."""
    pool = _builtin() if routes is None else routes
    return next((r for r in pool.values() if regime in r.default_for), None)


def _default_conflicts(routes: Iterable[Route], origins: Mapping[str, Text]) -> list[Text]:
    owners: dict[Regime, list[Text]] = {}
    for route in routes:
        for regime in route.default_for:
            owners.setdefault(regime, []).append(origins.get(route.id) or route.id)
    return [
        say(Problem.REGIME_DEFAULT_TWICE, f"{regime}", words(*names, sep=", "))
        for regime, names in owners.items()
        if len(names) > 1
    ]
