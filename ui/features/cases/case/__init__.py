"""The case screen: a container (`view.py`) with one tab module per concern.

Tabs implement `CaseTab` from `base.py` and are listed in `TAB_MODULES` in order. Notes, route
and consent are packages of their own (tab, editor/dialogs, texts); documents likewise.
"""

# "module:Class" of every tab, in the order they appear. Each module owns one concern.
TAB_MODULES: list[str] = [
    # role, organisation, regime, topics, goals, support
    "ui.features.cases.case.overview:OverviewTab",
    # contact notes with the privacy guard
    "ui.features.cases.case.notes.tab:NotesTab",
    # complaint points and verdicts
    "ui.features.cases.case.points:PointsTab",
    # route timeline, advice panel, agreed actions
    "ui.features.cases.case.route.tab:RouteTab",
    # letters, decisions, photos: encrypted, with preview
    "ui.features.cases.case.documents:DocumentsTab",
    # consent records, PDF exports with preview
    "ui.features.cases.case.consent.tab:ConsentTab",
]
