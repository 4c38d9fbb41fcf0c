"""The two forms of the case screens: a new case (Ctrl+N) and closing a case.

Both are plain QDialogs run through the dialog seam (`dialogs.exec(dialog)`); tests fill
them in with a queued callable. They only collect answers; the caller saves.
"""

from __future__ import annotations

from datetime import date

from ui.core import theme
from ui.kit.forms import date_edit, enum_combo, from_qdate, to_qdate
from ui.kit.widgets import label
from ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    Qt,
    QVBoxLayout,
    QWidget,
)
from vertrouwen.domain import (
    Case,
    CaseResult,
    ClientRole,
    Organisation,
    OrganisationKind,
    Question,
    Regime,
)
from vertrouwen.routes import builtin_routes, default_route

K = OrganisationKind
# The regime an organisation kind usually falls under: a first guess the advisor can change.
USUAL_REGIME: dict[OrganisationKind, Regime] = {
    K.WIJKTEAM: Regime.JEUGDWET,
    K.GEMEENTE: Regime.WMO,
    K.GI: Regime.JEUGDWET,
    K.AMBULANT: Regime.JEUGDWET,
    K.JEUGD_GGZ: Regime.JEUGDWET,
    K.PLEEGZORG: Regime.JEUGDWET,
    K.VERBLIJF: Regime.JEUGDWET,
    K.JEUGDZORGPLUS: Regime.JEUGDWET,
    K.JEUGD_LVB: Regime.JEUGDWET,
    K.VEILIG_THUIS: Regime.WMO,
    K.RAAD_KINDERBESCHERMING: Regime.OTHER,
    K.WMO_AANBIEDER: Regime.WMO,
    K.ZORGAANBIEDER: Regime.WKKGZ,
    K.BEWINDVOERDER: Regime.BEWIND,
    K.OTHER: Regime.OTHER,
}


def route_choices(regime: Regime) -> list[tuple[str, str]]:
    """(route id, name) with the regime's default first; every built-in route is offered."""
    routes = builtin_routes()
    first = default_route(regime, routes)
    ordered = sorted(routes.values(), key=lambda r: (r is not first, r.name.casefold()))
    return [(r.id, r.name) for r in ordered]


class NewCaseDialog(QDialog):
    """The essentials of a new case; everything else is filled in on the case screen."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuw dossier"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 18)
        layout.setSpacing(14)
        layout.addWidget(label(self.tr("Nieuw dossier"), "subtitle"))
        layout.addWidget(
            label(
                self.tr(
                    "Het dossier krijgt een code, nooit de naam van je cliënt. "
                    "De rest vul je aan in het dossier zelf."
                ),
                "muted",
                wrap=True,
            )
        )
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # No maximum on the field: Qt would refuse the keystrokes on the way to a valid date
        # (typing 16-11-2026 passes 16-12-2026). A date after today is refused at the end.
        self.today = today
        self.opened = date_edit(today)
        self.opened.dateChanged.connect(lambda _d: self._validate())
        self.role = enum_combo(ClientRole, ClientRole.PARENT)
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("bijvoorbeeld: Jeugdhulp De Brug"))
        self.kind = enum_combo(OrganisationKind, OrganisationKind.WIJKTEAM)
        self.regime = enum_combo(Regime, USUAL_REGIME[OrganisationKind.WIJKTEAM])
        self.route = QComboBox()
        form.addRow(self.tr("Eerste contact"), self.opened)
        form.addRow(self.tr("Cliënt is"), self.role)
        form.addRow(self.tr("Organisatie"), self.organisation)
        form.addRow(self.tr("Soort organisatie"), self.kind)
        form.addRow(self.tr("Regeling"), self.regime)
        form.addRow(self.tr("Klachtroute"), self.route)
        layout.addLayout(form)
        self.future = label(
            self.tr("Het eerste contact kan niet na vandaag liggen."), "muted", wrap=True
        )
        self.future.setStyleSheet(f"color: {theme.DANGER};")
        self.future.hide()
        layout.addWidget(self.future)
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(
            self.tr("Dossier aanmaken"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setProperty("kind", "primary")
        self.buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._regime_touched = False
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.regime.activated.connect(self._regime_chosen)
        self.regime.currentIndexChanged.connect(lambda _i: self._fill_routes())
        self.organisation.textChanged.connect(lambda _t: self._validate())
        self._fill_routes()
        self._validate()
        self.organisation.setFocus()

    def _kind_changed(self) -> None:
        if not self._regime_touched:
            regime = USUAL_REGIME[OrganisationKind(self.kind.currentData())]
            self.regime.setCurrentIndex(self.regime.findData(regime.value))

    def _regime_chosen(self) -> None:
        self._regime_touched = True

    def _fill_routes(self) -> None:
        self.route.clear()
        self.route.addItem(self.tr("Nog niet gekozen"), "")
        for route_id, name in route_choices(Regime(self.regime.currentData())):
            self.route.addItem(name, route_id)
        default = default_route(Regime(self.regime.currentData()))
        if default is not None:
            self.route.setCurrentIndex(self.route.findData(default.id))

    def _validate(self) -> None:
        future = from_qdate(self.opened.date()) > self.today
        self.future.setVisible(future)
        self.ok.setEnabled(bool(self.organisation.text().strip()) and not future)

    def case(self) -> Case:
        """The new case as answered (not stored yet)."""
        return Case(
            opened=from_qdate(self.opened.date()),
            client_role=ClientRole(self.role.currentData()),
            organisation=Organisation(
                self.organisation.text().strip(), OrganisationKind(self.kind.currentData())
            ),
            regime=Regime(self.regime.currentData()),
            route=str(self.route.currentData()) or None,
            questions=[Question()],  # most cases start as a question for information and advice
        )


class CloseCaseDialog(QDialog):
    """When the case ended and how; both go into the anonymous registration."""

    def __init__(self, opened: date, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dossier sluiten"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 18)
        layout.setSpacing(14)
        layout.addWidget(label(self.tr("Dossier sluiten"), "subtitle"))
        layout.addWidget(
            label(
                self.tr(
                    "Het dossier blijft bewaard en telt mee in de jaarrapportage. "
                    "Heropenen kan altijd."
                ),
                "muted",
                wrap=True,
            )
        )
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.closed = date_edit(max(today, opened))
        self.closed.setMinimumDate(to_qdate(opened))
        self.result_choice = enum_combo(CaseResult, CaseResult.RESOLVED)
        self.feedback = QComboBox()
        self.feedback.addItem(self.tr("Niet gegeven"), 0)
        for mark in range(10, 0, -1):
            self.feedback.addItem(str(mark), mark)
        form.addRow(self.tr("Gesloten op"), self.closed)
        form.addRow(self.tr("Resultaat"), self.result_choice)
        form.addRow(self.tr("Rapportcijfer van de cliënt"), self.feedback)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("Dossier sluiten"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setProperty("kind", "primary")
        buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def answer(self) -> tuple[date, CaseResult]:
        return from_qdate(self.closed.date()), CaseResult(self.result_choice.currentData())

    def mark(self) -> int | None:
        """The client's mark (1 to 10) for the yearly report; None when not given."""
        return int(self.feedback.currentData() or 0) or None
