"""Small building blocks shared by the screens: passphrase fields with a strength meter, a busy
line, cards, notices, and labels styled through the theme."""

from __future__ import annotations

from ui.core import theme
from ui.core.assets import icon
from ui.qt import (
    QAbstractSpinBox,
    QAction,
    QCheckBox,
    QCoreApplication,
    QDateTimeEdit,
    QEvent,
    QFrame,
    QHBoxLayout,
    QKeyEvent,
    QLabel,
    QLayout,
    QLineEdit,
    QMouseEvent,
    QObject,
    QProgressBar,
    QSizePolicy,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
    delete_item,
)
from vertrouwen.passphrase_strength import Hint, Strength, estimate


def label(text: str, role: str | None = None, wrap: bool = False) -> QLabel:
    widget = QLabel(text)
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    if wrap:
        widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return widget


def clear_layout(layout: QLayout) -> None:
    """Take every item out of `layout`; its widgets (nested layouts' too) hide at once and are
    deleted later."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        if inner is not None:
            clear_layout(inner)
            inner.deleteLater()
        else:
            delete_item(item)


def frame(
    name: str, margins: tuple[int, int, int, int] = (28, 28, 28, 28)
) -> tuple[QFrame, QVBoxLayout]:
    """A styled frame ("Card", "Panel", "Notice", "ErrorBox", "KeyBox") and its vertical layout."""
    box = QFrame()
    box.setObjectName(name)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(*margins)
    layout.setSpacing(12)
    return box, layout


class Notice(QFrame):
    """An icon and a wrapped text in a tinted box (a warning or an error)."""

    def __init__(self, text: str = "", kind: str = "Notice", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(kind)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 12, 14, 12)
        row.setSpacing(12)
        color = theme.DANGER if kind == "ErrorBox" else theme.WARNING
        glyph = QLabel()
        glyph.setPixmap(icon("alert", color).pixmap(20, 20))
        glyph.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(glyph)
        row.addWidget(self.text, 1)

    def set_text(self, text: str) -> None:
        self.text.setText(text)
        self.setVisible(bool(text))


class PassphraseEdit(QLineEdit):
    """A hidden-text field with an eye button to show what was typed."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setPlaceholderText(placeholder)
        self.setMinimumHeight(40)
        self._toggle = QAction(icon("eye", theme.MUTED), "", self)
        self._toggle.setToolTip(QCoreApplication.translate("PassphraseEdit", "Tekst tonen"))
        self._toggle.triggered.connect(self._flip)
        self.addAction(self._toggle, QLineEdit.ActionPosition.TrailingPosition)

    def _flip(self) -> None:
        hidden = self.echoMode() == QLineEdit.EchoMode.Password
        self.setEchoMode(QLineEdit.EchoMode.Normal if hidden else QLineEdit.EchoMode.Password)
        self._toggle.setIcon(icon("eye-off" if hidden else "eye", theme.MUTED))

    def set_error(self, error: bool) -> None:
        self.setProperty("state", "error" if error else "")
        theme.restyle(self)


def strength_words() -> list[str]:
    return [
        QCoreApplication.translate("Strength", "Zeer zwak"),
        QCoreApplication.translate("Strength", "Zwak"),
        QCoreApplication.translate("Strength", "Matig"),
        QCoreApplication.translate("Strength", "Sterk"),
        QCoreApplication.translate("Strength", "Zeer sterk"),
    ]


def hint_text(hint: Hint) -> str:
    texts = {
        Hint.TOO_SHORT: QCoreApplication.translate("Strength", "Gebruik minstens 10 tekens."),
        Hint.COMMON: QCoreApplication.translate(
            "Strength", "Dit is een veelgebruikt wachtwoord; kies iets eigens."
        ),
        Hint.SEQUENCE: QCoreApplication.translate(
            "Strength", "Reeksen als abcd of 1234 zijn makkelijk te raden."
        ),
        Hint.KEYBOARD: QCoreApplication.translate(
            "Strength", "Toetsenbordrijen als qwerty zijn makkelijk te raden."
        ),
        Hint.REPEAT: QCoreApplication.translate(
            "Strength", "Herhalingen als aaa of abcabc voegen weinig toe."
        ),
        Hint.YEAR_OR_DATE: QCoreApplication.translate(
            "Strength", "Jaartallen en datums zijn makkelijk te raden."
        ),
        Hint.ONE_CLASS: QCoreApplication.translate(
            "Strength", "Meng letters met cijfers of leestekens, of maak hem langer."
        ),
        Hint.USE_MORE_WORDS: QCoreApplication.translate(
            "Strength", "Tip: vier of vijf losse woorden zijn sterk en goed te onthouden."
        ),
    }
    return texts[hint]


class StrengthMeter(QWidget):
    """Four bars and a verdict under a new passphrase."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        bars = QHBoxLayout()
        bars.setSpacing(6)
        self._bars: list[QFrame] = []
        for _ in range(4):
            bar = QFrame()
            bar.setFixedHeight(6)
            bar.setStyleSheet(f"background: {theme.TRACK}; border-radius: 3px;")
            bars.addWidget(bar)
            self._bars.append(bar)
        layout.addLayout(bars)
        self.verdict = label("", "faint", wrap=True)
        layout.addWidget(self.verdict)
        self.strength: Strength = estimate("")
        self.show_for("")

    def show_for(self, text: str) -> Strength:
        self.strength = estimate(text)
        lit = 0 if not text else max(1, self.strength.score)
        colour = theme.STRENGTH_COLOURS[self.strength.score]
        for index, bar in enumerate(self._bars):
            shade = colour if index < lit else theme.TRACK
            bar.setStyleSheet(f"background: {shade}; border-radius: 3px;")
        if not text:
            self.verdict.setText(
                QCoreApplication.translate(
                    "Strength",
                    "Kies een wachtwoordzin van een paar losse woorden, minstens 10 tekens.",
                )
            )
            return self.strength
        word = strength_words()[self.strength.score]
        if self.strength.acceptable:
            verdict = QCoreApplication.translate("Strength", "{0} \u2014 goed zo.").format(word)
        else:
            verdict = QCoreApplication.translate(
                "Strength", "{0} \u2014 te makkelijk te raden."
            ).format(word)
        hints = [hint_text(h) for h in self.strength.hints[:2]]
        self.verdict.setText(" ".join([f"<b>{verdict}</b>", *hints]))
        return self.strength


class NewPassphraseForm(QWidget):
    """A new passphrase typed twice, with strength feedback; `valid` when strong and equal."""

    changed = Signal()
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.first_label = label(QCoreApplication.translate("NewPassphraseForm", "Wachtwoordzin"))
        self.first = PassphraseEdit(
            QCoreApplication.translate(
                "NewPassphraseForm", "bijvoorbeeld: blauwe fiets onder de brug"
            )
        )
        self.meter = StrengthMeter()
        self.second_label = label(
            QCoreApplication.translate("NewPassphraseForm", "Nog een keer, ter controle")
        )
        self.second = PassphraseEdit()
        self.match = label("", "faint")
        for widget in (self.first_label, self.first, self.meter):
            layout.addWidget(widget)
        layout.addSpacing(6)
        for widget in (self.second_label, self.second, self.match):
            layout.addWidget(widget)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.first.returnPressed.connect(self.second.setFocus)
        self.second.returnPressed.connect(self._submit)

    @property
    def passphrase(self) -> str:
        return self.first.text()

    @property
    def valid(self) -> bool:
        return self.meter.strength.acceptable and self.first.text() == self.second.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _update(self) -> None:
        self.meter.show_for(self.first.text())
        if not self.second.text():
            self.match.setText("")
        elif self.first.text() == self.second.text():
            self.match.setProperty("role", "ok")
            self.match.setText(
                QCoreApplication.translate("NewPassphraseForm", "De twee zijn gelijk.")
            )
        else:
            self.match.setProperty("role", "error")
            self.match.setText(
                QCoreApplication.translate("NewPassphraseForm", "De twee zijn nog niet gelijk.")
            )
        theme.restyle(self.match)
        self.changed.emit()

    def _submit(self) -> None:
        if self.valid:
            self.submitted.emit()


class BusyLine(QWidget):
    """A moving bar and a sentence, shown while the worker derives keys or opens the vault."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(6)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # indeterminate: it keeps moving, proof the window is alive
        self.bar.setTextVisible(False)
        self.text = label("", "muted")
        layout.addWidget(self.bar)
        layout.addWidget(self.text)
        self.hide()

    def start(self, text: str) -> None:
        self.text.setText(text)
        self.show()

    def stop(self) -> None:
        self.hide()


class _WholeNumber(QObject):
    """Double-click (or focus by Tab) in a spin box selects its whole number, without the
    prefix and suffix, so typing replaces it: "5 min", double-click, 1 gives "1 min"."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        spin = watched.parent() if isinstance(watched, QLineEdit) else None
        if isinstance(spin, QAbstractSpinBox) and event.type() in (
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.FocusIn,
        ):
            QTimer.singleShot(0, spin, lambda: _select_number(spin))
            if event.type() == QEvent.Type.MouseButtonDblClick:
                return True  # Qt's own double-click would select a word, or the suffix
        return False


def _select_number(spin: QAbstractSpinBox) -> None:
    edit = spin.lineEdit()
    text = edit.text()
    prefix = getattr(spin, "prefix", lambda: "")()
    suffix = getattr(spin, "suffix", lambda: "")()
    end = len(text) - len(suffix) if suffix and text.endswith(suffix) else len(text)
    start = len(prefix) if prefix and text.startswith(prefix) else 0
    edit.setSelection(start, max(0, end - start))


_WHOLE_NUMBER = _WholeNumber()


def select_whole_number(spin: QAbstractSpinBox) -> QAbstractSpinBox:
    """Make a double-click in `spin` select its number (see `_WholeNumber`)."""
    spin.lineEdit().installEventFilter(_WHOLE_NUMBER)
    return spin


class _DateTyping(QObject):
    """How people type dates: a click inside a date field selects the part clicked (day,
    month or year) so typing replaces it (Qt's own click only put a cursor there, and typing
    then did nothing); and "16-11-2026" typed in full works: Qt moves on to the month by
    itself after "16", so the "-" typed next must not move on once more."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QLineEdit)
            and isinstance(event, QMouseEvent)
            and event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(edit := watched.parent(), QDateTimeEdit)
        ):
            # the part under the mouse: count the separators before the clicked position
            at = watched.cursorPositionAt(event.position().toPoint())
            index = min(
                sum(1 for ch in watched.text()[:at] if not ch.isalnum()),
                edit.sectionCount() - 1,
            )

            def select() -> None:
                edit.setCurrentSectionIndex(index)
                edit.setSelectedSection(edit.sectionAt(index))

            # after Qt's own handling of the click that gave the field the focus (which
            # selects the first part a moment later)
            QTimer.singleShot(40, edit, select)
        elif (
            isinstance(watched, QDateTimeEdit)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.text() in ("-", "/", ".")
        ):
            line = watched.lineEdit()
            start = line.selectionStart() if line.hasSelectedText() else line.cursorPosition()
            if start > 0 and line.text()[start - 1] in "-/.":
                return True  # already at the start of the next part
        return False


_DATE_TYPING = _DateTyping()


def select_section_on_click(edit: QDateTimeEdit) -> QDateTimeEdit:
    """Make a click in `edit` select the day, month or year under the mouse, and a typed
    separator right after an automatic move to the next part do nothing."""
    edit.lineEdit().installEventFilter(_DATE_TYPING)
    edit.installEventFilter(_DATE_TYPING)
    return edit


class _ClickToggles(QObject):
    """A click on a check box's long label ticks the box (as a click on its own text would)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(watched, QLabel)
            and isinstance(watched.buddy(), QCheckBox)
        ):
            box = watched.buddy()
            assert isinstance(box, QCheckBox)
            box.toggle()
            box.setFocus()
            return True
        return False


_CLICK_TOGGLES = _ClickToggles()


def wrapping_check(text: str) -> tuple[QWidget, QCheckBox]:
    """A check box whose text wraps over lines instead of being cut off at the card's edge:
    (the row to put in a layout, the check box)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(10)
    box = QCheckBox()
    box.setAccessibleName(text.replace("&", ""))
    words = label(text, wrap=True)
    words.setBuddy(box)
    words.installEventFilter(_CLICK_TOGGLES)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(words, 1)
    return row, box
