"""Complaint routes (klachtroutes): route definitions, deadline arithmetic and advice.

This package owns:
- `model`: a route, its steps and their terms as frozen data;
- `schema` and `loader`: reading and validating route TOML (built-in files in
  `resources/routes/`, later user-edited routes from the vault) and the default route per regime;
- `terms`: calendar arithmetic, Dutch public holidays and the Algemene termijnenwet;
- `advice`: next steps, running deadlines and warnings for one case.

Rules that change with the law or an organisation live in the TOML files, each term with its
source; this package only computes. No Qt, no storage.
"""

from vertrouwen.routes.loader import (
    BUILTIN_ROUTES_DIR,
    RouteError,
    builtin_routes,
    default_route,
    load_routes,
    merge_routes,
    parse_route,
    validate_route_text,
)
from vertrouwen.routes.model import Anchor, Extension, Party, Route, RouteStep, Term, Unit

__all__ = [
    "BUILTIN_ROUTES_DIR",
    "Anchor",
    "Extension",
    "Party",
    "Route",
    "RouteError",
    "RouteStep",
    "Term",
    "Unit",
    "builtin_routes",
    "default_route",
    "load_routes",
    "merge_routes",
    "parse_route",
    "validate_route_text",
]
