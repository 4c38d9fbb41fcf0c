"""Overzicht: who the client is, which organisation and regime, route, topics, goals, support,
and the case's own role labels (what the privacy guard offers instead of names).

Every choice is saved the moment it is made; the organisation name is saved when typing
pauses. Values coming back from the vault never overwrite a field the advisor is typing in.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from ui.core import theme
from ui.core.enum_labels import names
from ui.features.cases.case.base import CaseContext, CaseTab
from ui.features.cases.case.dialogs import route_choices
from ui.features.cases.case.report_card import ReportCard
from ui.kit.forms import date_edit, enum_combo, from_qdate, to_qdate
from ui.kit.parts import CheckGrid, Debounce, FlowBox, card, merge_order
from ui.kit.widgets import label
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDate,
    QFormLayout,
    QHBoxLayout,
    QKeySequence,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QShortcut,
    Qt,
    QVBoxLayout,
    QWidget,
)
from vertrouwen.domain import (
    AgeBand,
    Case,
    ClientRole,
    Goal,
    OrganisationKind,
    Regime,
    Support,
    Topic,
)

_NO_DATE = QDate(1900, 1, 1)  # the date edit's "unknown" value (shown as its special text)
# Offered as one-click role labels, in the UI language (translated where they are shown)
SUGGESTED_ROLES = (
    QT_TRANSLATE_NOOP("OverviewTab", "moeder"),
    QT_TRANSLATE_NOOP("OverviewTab", "vader"),
    QT_TRANSLATE_NOOP("OverviewTab", "gezinsvoogd A"),
    QT_TRANSLATE_NOOP("OverviewTab", "jeugdhulpverlener"),
    QT_TRANSLATE_NOOP("OverviewTab", "school"),
    QT_TRANSLATE_NOOP("OverviewTab", "teamleider"),
)


class OverviewTab(CaseTab):
    """The case's facts, as a column of cards."""

    def __init__(self, ctx: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._filling = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        column = QVBoxLayout(body)
        column.setContentsMargins(2, 14, 14, 18)
        column.setSpacing(14)

        client, client_layout = card(self.tr("Cliënt en organisatie"))
        form = QFormLayout()
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(10)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.role = enum_combo(ClientRole)
        self.age = QComboBox()
        self.age.addItem(self.tr("Niet ingevuld"), "")
        for slug, name in names(AgeBand):
            self.age.addItem(name, slug)
        self.organisation = QLineEdit()
        self.kind = enum_combo(OrganisationKind)
        self.regime = enum_combo(Regime)
        self.route = QComboBox()
        self.opened = date_edit(date.today())
        self.incident = date_edit(date.today())
        self.incident.setMinimumDate(_NO_DATE)
        self.incident.setSpecialValueText(self.tr("onbekend"))
        self.unsafe = QCheckBox(self.tr("Signaal van een onveilige situatie"))
        for field in (self.role, self.age, self.organisation, self.kind, self.regime, self.route):
            field.setMaximumWidth(560)
        form.addRow(self.tr("Cliënt is"), self.role)
        form.addRow(self.tr("Leeftijd"), self.age)
        form.addRow(self.tr("Organisatie"), self.organisation)
        form.addRow(self.tr("Soort organisatie"), self.kind)
        form.addRow(self.tr("Regeling"), self.regime)
        form.addRow(self.tr("Klachtroute"), self.route)
        form.addRow(self.tr("Eerste contact"), self.opened)
        form.addRow(self.tr("Datum voorval"), self.incident)
        form.addRow("", self.unsafe)
        client_layout.addLayout(form)
        column.addWidget(client)

        self.topics = CheckGrid(Topic, 3)
        self.goals = CheckGrid(Goal, 3)
        self.support = CheckGrid(Support, 2)
        for title, hint, grid in (
            (
                self.tr("Onderwerpen"),
                self.tr("Het eerste onderwerp telt als hoofdonderwerp."),
                self.topics,
            ),
            (self.tr("Wat wil de cliënt bereiken?"), "", self.goals),
            (self.tr("Geboden ondersteuning"), "", self.support),
        ):
            box, layout = card(title, hint)
            layout.addWidget(grid)
            column.addWidget(box)

        self.report = ReportCard(ctx)  # municipality, client, questions, signals, mark
        column.addWidget(self.report)
        column.addWidget(self._build_roles())
        column.addStretch(1)

        self._name_saver = Debounce(self._save_name, self)
        self._name_saver.watch(self.organisation)
        self._date_saver = Debounce(self._save_dates, self)
        self._date_saver.watch(self.opened)
        self._date_saver.watch(self.incident)
        ctx.flush_requested.connect(self._name_saver.flush)
        ctx.flush_requested.connect(self._date_saver.flush)
        ctx.extras_changed.connect(self._show_extras)
        self.organisation.textEdited.connect(lambda _t: self._name_saver.touch())
        self.role.activated.connect(
            lambda _i: self._set("client_role", ClientRole(self.role.currentData()))
        )
        self.age.activated.connect(self._age_chosen)
        self.kind.activated.connect(self._kind_chosen)
        self.regime.activated.connect(self._regime_chosen)
        self.route.activated.connect(self._route_chosen)
        self.opened.dateChanged.connect(self._date_typed)
        self.incident.dateChanged.connect(self._date_typed)
        self.unsafe.toggled.connect(
            lambda on: self._set("unsafe_signal", bool(on), self.tr("Signaal onveilig"))
        )
        self.topics.changed.connect(lambda v: self._set_list("topics", v, self.tr("Onderwerpen")))
        self.goals.changed.connect(lambda v: self._set_list("goals", v, self.tr("Doelen")))
        self.support.changed.connect(
            lambda v: self._set_list("support", v, self.tr("Ondersteuning"))
        )

    def _build_roles(self) -> QWidget:
        box, layout = card(
            self.tr("Rollen in dit dossier"),
            self.tr(
                "Schrijf over mensen met hun rol, niet met hun naam. De privacywacht biedt deze "
                "rollen aan als vervanging wanneer er toch een naam in een notitie staat."
            ),
        )
        self.roles = QListWidget()
        self.roles.setMaximumHeight(128)
        self.roles.setStyleSheet(
            f"QListWidget {{ background: {theme.SURFACE}; border: 1px solid {theme.BORDER};"
            " border-radius: 8px; padding: 4px; outline: none; }"
            "QListWidget::item { padding: 4px 8px; border-radius: 6px; }"
            f"QListWidget::item:selected {{ background: {theme.PRIMARY_SOFT};"
            f" color: {theme.INK}; }}"
        )
        layout.addWidget(self.roles)
        row = QHBoxLayout()
        self.new_role = QLineEdit()
        self.new_role.setPlaceholderText(self.tr("Nieuwe rol, bijvoorbeeld: gezinsvoogd B"))
        self.add_role_button = QPushButton(self.tr("Toevoegen"))
        self.remove_role_button = QPushButton(self.tr("Verwijderen"))
        row.addWidget(self.new_role, 1)
        row.addWidget(self.add_role_button)
        row.addWidget(self.remove_role_button)
        layout.addLayout(row)
        # The quick-add links wrap on a narrow screen; a link once used stays where it is
        # (disabled), so the next link does not move under the mouse.
        self.suggestions = FlowBox(spacing=4)
        layout.addWidget(self.suggestions)
        self.ignored_label = label("", "faint", wrap=True)
        layout.addWidget(self.ignored_label)
        self.add_role_button.clicked.connect(self._add_role)
        self.new_role.returnPressed.connect(self._add_role)
        self.remove_role_button.clicked.connect(self._remove_role)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.roles)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._remove_role)
        return box

    def title(self) -> str:
        return self.tr("Overzicht")

    # -- showing -----------------------------------------------------------------------------
    def show_case(self, case: Case) -> None:
        self._filling = True
        try:
            self._select(self.role, case.client_role.value)
            self._select(self.age, case.age_band.value if case.age_band else "")
            if not self._name_saver.pending and self.organisation.text() != case.organisation.name:
                self.organisation.setText(case.organisation.name)
            self._select(self.kind, case.organisation.kind.value)
            self._select(self.regime, case.regime.value)
            self._fill_routes(case.regime, case.route)
            if not self._date_saver.pending:
                self.opened.setDate(to_qdate(case.opened))
                self.incident.setDate(
                    to_qdate(case.incident_date) if case.incident_date else _NO_DATE
                )
            self.unsafe.setChecked(case.unsafe_signal)
            self.topics.set_values(case.topics)
            self.goals.set_values(case.goals)
            self.support.set_values(case.support)
        finally:
            self._filling = False
        self.report.show_case(case)

    @staticmethod
    def _select(combo: QComboBox, slug: str) -> None:
        index = combo.findData(slug)
        if index >= 0 and index != combo.currentIndex():
            combo.setCurrentIndex(index)

    def _fill_routes(self, regime: Regime, current: str | None) -> None:
        choices = [("", self.tr("Nog niet gekozen")), *route_choices(regime)]
        if current and current not in {c[0] for c in choices}:
            choices.append((current, current))  # a route of the advisor's own
        if [self.route.itemData(i) for i in range(self.route.count())] != [c[0] for c in choices]:
            self.route.clear()
            for route_id, name in choices:
                self.route.addItem(name, route_id)
        self._select(self.route, current or "")

    def _show_extras(self) -> None:
        labels = self.ctx.role_labels
        if [self.roles.item(i).text() for i in range(self.roles.count())] != labels:
            self.roles.clear()
            self.roles.addItems(labels)
        for widget in self.suggestions.take_all():
            widget.hide()
            widget.deleteLater()
        if self.ctx.case is not None:
            self.suggestions.add(label(self.tr("Snel toevoegen:"), "faint"))
            for source in SUGGESTED_ROLES:
                role = QCoreApplication.translate("OverviewTab", source)
                button = QPushButton(role)
                button.setProperty("kind", "link")
                button.setEnabled(role not in labels)
                button.setToolTip(
                    self.tr("Al een rol in dit dossier")
                    if role in labels
                    else self.tr("Rol toevoegen: {0}").format(role)
                )
                button.clicked.connect(lambda _c=False, r=role: self._append_role(r))
                self.suggestions.add(button)
        ignored = sorted(self.ctx.ignored, key=str.casefold)
        self.ignored_label.setText(
            self.tr("Geen persoonsgegeven in dit dossier: {0}").format(", ".join(ignored))
            if ignored
            else ""
        )
        self.ignored_label.setVisible(bool(ignored))

    # -- editing -----------------------------------------------------------------------------
    def _set(self, attribute: str, value: object, description: str = "") -> None:
        if self._filling:
            return

        def mutate(case: Case) -> None:
            setattr(case, attribute, value)

        self.ctx.apply(description or self.tr("Overzicht aanpassen"), mutate)

    def _set_list(self, attribute: str, values: list[StrEnum], description: str) -> None:
        if self._filling or self.ctx.case is None:
            return
        ordered = merge_order(getattr(self.ctx.case, attribute), values)
        self._set(attribute, ordered, description)

    def _save_name(self) -> None:
        name = self.organisation.text().strip()
        if not name:
            return  # a case always names its organisation; an empty field is not saved

        def mutate(case: Case) -> None:
            case.organisation.name = name

        self.ctx.apply(self.tr("Naam organisatie"), mutate)

    def _age_chosen(self) -> None:
        slug = self.age.currentData()
        self._set("age_band", AgeBand(slug) if slug else None, self.tr("Leeftijd"))

    def _kind_chosen(self) -> None:
        kind = OrganisationKind(self.kind.currentData())

        def mutate(case: Case) -> None:
            case.organisation.kind = kind

        if not self._filling:
            self.ctx.apply(self.tr("Soort organisatie"), mutate)

    def _regime_chosen(self) -> None:
        regime = Regime(self.regime.currentData())
        self._set("regime", regime, self.tr("Regeling"))

    def _route_chosen(self) -> None:
        self._set("route", str(self.route.currentData()) or None, self.tr("Klachtroute"))

    def _date_typed(self) -> None:
        if not self._filling:
            self._date_saver.touch()  # saved when the advisor pauses or leaves the field

    def _save_dates(self) -> None:
        opened = from_qdate(self.opened.date())
        day = self.incident.date()
        incident = None if day == _NO_DATE else from_qdate(day)

        def mutate(case: Case) -> None:
            case.opened, case.incident_date = opened, incident

        self.ctx.apply(self.tr("Datums aanpassen"), mutate)

    def _add_role(self) -> None:
        self._append_role(self.new_role.text())
        self.new_role.clear()

    def _append_role(self, role: str) -> None:
        if role.strip():
            self.ctx.set_role_labels(
                [*self.ctx.role_labels, role.strip()], self.tr("Rol toevoegen")
            )

    def _remove_role(self) -> None:
        row = self.roles.currentRow()
        if 0 <= row < len(self.ctx.role_labels):
            labels = [r for i, r in enumerate(self.ctx.role_labels) if i != row]
            self.ctx.set_role_labels(labels, self.tr("Rol verwijderen"))

    def clear(self) -> None:
        self.report.clear()
        self._name_saver.cancel()
        self._date_saver.cancel()
        self._filling = True
        try:
            self.organisation.clear()
            self.new_role.clear()
            self.roles.clear()
            self.ignored_label.clear()
            for grid in (self.topics, self.goals, self.support):
                grid.set_values([])
            self.unsafe.setChecked(False)
            self.route.clear()
        finally:
            self._filling = False
        for widget in self.suggestions.take_all():
            widget.hide()
            widget.deleteLater()
