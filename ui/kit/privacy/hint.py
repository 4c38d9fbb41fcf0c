"""A hint under a one-line field (an action, a consent's purpose) that names what looks like
personal data in it while the advisor types, with one-click fixes for the first finding: a
role label of the case or the placeholder for its kind. The advisor decides; nothing is
blocked."""

from __future__ import annotations

from collections.abc import Iterable

from ui.core import theme
from ui.kit.parts import FlowBox
from ui.kit.widgets import Notice
from ui.qt import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTimer, QVBoxLayout, QWidget
from vertrouwen.privacy import PLACEHOLDERS, Detector, Finding, open_findings, replacement_span

DELAY_MS = 300  # after a pause in typing, never on every key
MAX_ROLES = 3


class PrivacyHint(Notice):
    """Watches `field`; shows the found texts, or hides itself when there are none."""

    def __init__(
        self,
        field: QLineEdit,
        detector: Detector | None,
        ignored: Iterable[str] | None = None,
        role_labels: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent=parent)
        self._field = field
        self._detector = detector  # the case screen's guard, when there is one
        self._ignored = set(ignored or ())
        self._roles = list(role_labels)
        self.found: list[str] = []  # the texts named now (tests read them)
        self.findings: list[Finding] = []
        # the fixes go under the text, inside the notice
        column = QVBoxLayout()
        column.setSpacing(6)
        row = self.layout()
        assert isinstance(row, QHBoxLayout)
        row.removeWidget(self.text)
        column.addWidget(self.text)
        self.fixes = FlowBox()
        column.addWidget(self.fixes)
        row.addLayout(column, 1)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.scan)
        field.textChanged.connect(lambda _t: self._timer.start())

    def scan(self) -> None:
        """Point out what looks like personal data in the field now."""
        text = self._field.text()
        found = self._detector.scan(text) if self._detector is not None and text else []
        self.findings = open_findings(found, self._ignored)
        self.found = list(dict.fromkeys(f.text for f in self.findings))
        words = ", ".join(f"\u201c{t}\u201d" for t in self.found)
        self.set_text(
            self.tr("Dit lijkt persoonsgegevens te bevatten: {0}. Schrijf liever een rol.").format(
                words
            )
            if self.found
            else ""
        )
        self._show_fixes()

    def _show_fixes(self) -> None:
        for widget in self.fixes.take_all():
            widget.hide()
            widget.deleteLater()
        self.fixes.setVisible(bool(self.findings))
        if not self.findings:
            return
        first = self.findings[0]
        placeholder = PLACEHOLDERS.get(first.kind, PLACEHOLDERS["other"])
        quoted = first.text if len(first.text) <= 30 else first.text[:29] + "\u2026"
        lead = QLabel(self.tr("Vervang \u201c{0}\u201d door").format(quoted))
        self.fixes.add(lead)
        for text in [*self._roles[:MAX_ROLES], placeholder]:
            button = QPushButton(text)
            button.setStyleSheet(
                f"QPushButton {{ padding: 3px 10px; background: {theme.SURFACE}; }}"
            )
            button.clicked.connect(lambda _c=False, f=first, r=text: self.replace(f, r))
            self.fixes.add(button)

    def replace(self, finding: Finding, replacement: str) -> None:
        """Replace `finding` in the field (the role before it is not written twice)."""
        text = self._field.text()
        if text[finding.start : finding.end] != finding.text:
            return
        start, end, new = replacement_span(text, finding.start, finding.end, replacement)
        self._field.setText(text[:start] + new + text[end:])
        self.scan()
