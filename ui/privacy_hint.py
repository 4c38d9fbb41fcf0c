"""A hint under a one-line field (an action, a consent's purpose) that names what looks like
personal data in it, while the advisor types: the advisor decides, nothing is blocked."""

from __future__ import annotations

from ui.qt import QLineEdit, QTimer, QWidget
from ui.widgets import Notice
from vertrouwen.privacy import Detector, open_findings

DELAY_MS = 300  # after a pause in typing, never on every key


class PrivacyHint(Notice):
    """Watches `field`; shows the found texts, or hides itself when there are none."""

    def __init__(
        self,
        field: QLineEdit,
        detector: Detector | None,
        ignored: set[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent=parent)
        self._field = field
        self._detector = detector  # the case screen's guard, when there is one
        self._ignored = set(ignored or ())
        self.found: list[str] = []  # the texts named now (tests read them)
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
        self.found = list(dict.fromkeys(f.text for f in open_findings(found, self._ignored)))
        words = ", ".join(f"\u201c{t}\u201d" for t in self.found)
        self.set_text(
            self.tr("Dit lijkt persoonsgegevens te bevatten: {0}. Schrijf liever een rol.").format(
                words
            )
            if self.found
            else ""
        )
