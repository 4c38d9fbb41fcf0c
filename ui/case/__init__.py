"""The case detail screen: a container (`ui/case/view.py`) with one tab module per concern.

Tabs implement `CaseTab` from `ui/case/base.py` and are listed in `TAB_MODULES` in order.
"""

# "module:Class" of every tab, in the order they appear. Each module owns one concern.
TAB_MODULES: list[str] = [
    "ui.case.overview:OverviewTab",  # role, organisation, regime, topics, goals, support
    "ui.case.notes:NotesTab",  # contact notes with the privacy guard
    "ui.case.points:PointsTab",  # complaint points and verdicts
    "ui.case.route:RouteTab",  # route timeline, advice panel, agreed actions
    "ui.case.documents:DocumentsTab",  # letters, decisions, photos: encrypted, with preview
    "ui.case.consent:ConsentTab",  # consent records, PDF exports with preview
]
