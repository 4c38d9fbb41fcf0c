"""Words the route screens share: step names, owners, dates relative to today, the route pool.

Step names come from the route (its own wording), else from the contract's step names, else
the id itself, so a step recorded under another route still reads well.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from ui.core import theme
from ui.core.enum_labels import name_of, ui_language
from ui.qt import QCoreApplication, QDate, QLocale
from vertrouwen.domain.enums import Owner, StepId
from vertrouwen.domain.labels import label_for
from vertrouwen.domain.model import Case
from vertrouwen.routes import Route, default_route


def step_title(route: Route | None, step_id: str) -> str:
    """A step's name as the route words it, else its contract name, else the id."""
    step = route.step(step_id) if route is not None else None
    if step is not None:
        return step.name
    return label_for(StepId, step_id, ui_language())


def route_of(case: Case, pool: Mapping[str, Route]) -> Route | None:
    """The route the advice follows: the case's own choice, else its regime's default."""
    if case.route and case.route in pool:
        return pool[case.route]
    return default_route(case.regime, pool)


def owner_name(owner: Owner | str) -> str:
    return name_of(Owner(owner))


def unit_name(unit: str) -> str:
    """A route term's unit in words (plural)."""
    words = {
        "days": QCoreApplication.translate("RouteText", "dagen"),
        "working_days": QCoreApplication.translate("RouteText", "werkdagen"),
        "weeks": QCoreApplication.translate("RouteText", "weken"),
        "months": QCoreApplication.translate("RouteText", "maanden"),
        "years": QCoreApplication.translate("RouteText", "jaar"),
    }
    return words.get(unit, unit)


def party_name(party: str) -> str:
    """Who must act by a deadline (a route Party value)."""
    return (
        QCoreApplication.translate("RouteText", "cliënt")
        if party == "client"
        else QCoreApplication.translate("RouteText", "organisatie")
    )


def day_text(day: date) -> str:
    """A date spelled out in the UI language: 13 april 2026."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def short_day(day: date, today: date) -> str:
    """A compact date for lists: the weekday for the coming week, the year only when not this
    year's ("ma 30 mrt", "13 apr", "12 nov 2025")."""
    qdate = QDate(day.year, day.month, day.day)
    if day.year != today.year:
        return QLocale().toString(qdate, "d MMM yyyy").replace(".", "")
    if 0 <= (day - today).days <= 7:
        return QLocale().toString(qdate, "ddd d MMM").replace(".", "")
    return QLocale().toString(qdate, "d MMM").replace(".", "")


def relative(day: date, today: date, late: bool = False) -> str:
    """How far off a date is: vandaag, morgen, over 5 dagen, gisteren, 3 dagen geleden; with
    `late` (something still open) a past date reads "1 dag te laat", "3 dagen te laat"."""
    days = (day - today).days
    if days == 0:
        return QCoreApplication.translate("RouteText", "vandaag")
    if days == 1:
        return QCoreApplication.translate("RouteText", "morgen")
    if days > 1:
        return QCoreApplication.translate("RouteText", "over {0} dagen").format(days)
    if late:
        if days == -1:
            return QCoreApplication.translate("RouteText", "1 dag te laat")
        return QCoreApplication.translate("RouteText", "{0} dagen te laat").format(-days)
    if days == -1:
        return QCoreApplication.translate("RouteText", "gisteren")
    return QCoreApplication.translate("RouteText", "{0} dagen geleden").format(-days)


SCROLLBARS = f"""
QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px 1px; }}
QScrollBar:horizontal {{ background: transparent; height: 10px; margin: 1px 2px; }}
QScrollBar::handle {{ background: {theme.FIELD_BORDER}; border-radius: 4px; }}
QScrollBar::handle:vertical {{ min-height: 32px; }}
QScrollBar::handle:horizontal {{ min-width: 32px; }}
QScrollBar::handle:hover {{ background: {theme.FIELD_BORDER_HOVER}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
"""  # for views with their own style sheet (which would otherwise lose the theme's bars)
