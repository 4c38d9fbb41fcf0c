"""The note editor and the privacy bar beneath it.

`NoteEditor` is a QTextEdit kept to plain text: unlike QPlainTextEdit it honours line height,
and 150 % makes long notes far easier to read; typing stays a few milliseconds per key at
100,000 characters. Its own undo is off: typing becomes the case's undo steps (see NotesTab).

`FindingsBar` shows the finding at the cursor (or the first) with one-click fixes: one of the
case's role labels, the placeholder for its kind, or "not personal data for this case".
"""

from __future__ import annotations

from collections.abc import Callable

from ui.core import theme
from ui.core.assets import icon
from ui.kit.parts import FlowBox
from ui.kit.privacy.highlight import PrivacyHighlighter, kind_title
from ui.qt import (
    QCheckBox,
    QFont,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPoint,
    QPushButton,
    QSize,
    Qt,
    QTextBlockFormat,
    QTextCursor,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from vertrouwen.privacy import PLACEHOLDERS, Finding

LINE_HEIGHT = 150  # percent
MAX_ROLE_BUTTONS = 3


MENU_STYLE = (
    f"QMenu {{ background: {theme.SURFACE}; border: 1px solid {theme.BORDER}; padding: 6px; }}"
    "QMenu::item { padding: 6px 28px 6px 12px; border-radius: 6px; }"
    f"QMenu::item:selected {{ background: {theme.PRIMARY_SOFT}; color: {theme.INK}; }}"
    f"QMenu::item:disabled {{ color: {theme.FAINT}; }}"
    f"QMenu::separator {{ height: 1px; background: {theme.BORDER}; margin: 5px 8px; }}"
)


def plain_text(editor: QTextEdit) -> str:
    """The editor's text exactly as typed. `toPlainText()` would turn no-break spaces into
    spaces and line separators into newlines; only paragraph breaks become "\\n" here."""
    return editor.document().toRawText().replace("\u2029", "\n")


class NoteEditor(QTextEdit):
    """A comfortable plain-text editor. `menu_closed` after its context menu ran an action."""

    menu_closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)  # pasted text arrives without fonts or colours
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        font = QFont(self.font())
        font.setPointSizeF(theme.pt(15))
        self.setFont(font)
        self.document().setDocumentMargin(14)
        self.setStyleSheet(
            f"QTextEdit {{ background: {theme.SURFACE}; border: 1px solid {theme.BORDER};"
            " border-radius: 10px; padding: 4px; }"
            f"QTextEdit:focus {{ border: 2px solid {theme.PRIMARY}; padding: 3px; }}"
        )
        self.highlighter: PrivacyHighlighter | None = None
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)

    def text(self) -> str:
        return plain_text(self)

    def set_text(self, text: str, keep_cursor: bool = True) -> None:
        """Replace the whole text (a note was chosen, or undo changed it)."""
        position = self.textCursor().position() if keep_cursor else 0
        scroll = self.verticalScrollBar().value()
        self.setPlainText(text)
        self.spread_lines()
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(self.document().toRawText())))
        self.setTextCursor(cursor)
        if keep_cursor:
            self.verticalScrollBar().setValue(scroll)

    def spread_lines(self) -> None:
        # setPlainText() resets block formats; new paragraphs inherit this one as they are typed
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        spacing = QTextBlockFormat()
        spacing.setLineHeight(LINE_HEIGHT, 1)  # 1 = QTextBlockFormat.ProportionalHeight
        cursor.mergeBlockFormat(spacing)

    def select_text(self, needle: str) -> bool:
        """Select the first occurrence of `needle` (case-insensitive) and scroll to it."""
        if not needle:
            return False
        index = self.text().casefold().find(needle.casefold())
        if index < 0:
            return False
        cursor = self.textCursor()
        start = len(self.text()[:index].encode("utf-16-le")) // 2
        cursor.setPosition(start)
        length = len(self.text()[index : index + len(needle)].encode("utf-16-le")) // 2
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True

    def _show_menu(self, pos: QPoint) -> None:
        menu = self.createStandardContextMenu(pos)
        menu.setStyleSheet(MENU_STYLE)
        for action in menu.actions():  # the editor's own undo would bypass the case history
            if action.objectName() in ("edit-undo", "edit-redo"):
                menu.removeAction(action)
        if self.highlighter is not None:
            self.highlighter.populate_menu(menu, self.cursorForPosition(pos).position())
        for action in menu.actions():  # a styled menu draws sections without their text
            if action.isSeparator() and action.text():
                action.setSeparator(False)
                action.setEnabled(False)
                font = action.font()
                font.setWeight(QFont.Weight.DemiBold)
                action.setFont(font)
        chosen = menu.exec(self.viewport().mapToGlobal(pos))
        menu.deleteLater()
        if chosen is not None:
            self.menu_closed.emit()


class FindingsBar(QFrame):
    """The privacy guard's line under the editor. Signals carry the finding acted on."""

    replace = Signal(object, str)  # finding, replacement
    replace_everywhere = Signal(object, str)  # finding, replacement: in every text of the case
    ignore = Signal(object)  # finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FindingsBar")
        self.setStyleSheet(
            f"#FindingsBar {{ background: {theme.SURFACE}; border: 1px solid {theme.BORDER};"
            " border-radius: 10px; }"
            f"#FindingsBar[state='open'] {{ background: {theme.WARNING_SOFT};"
            f" border-color: {theme.WARNING_BORDER}; }}"
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 6, 8, 8)
        column.setSpacing(6)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.glyph = QLabel()
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.previous = self._tool("arrow-up", self.tr("Vorige bevinding"))
        self.next = self._tool("arrow-down", self.tr("Volgende bevinding"))
        row.addWidget(self.glyph)
        row.addWidget(self.text, 1)
        row.addWidget(self.previous)
        row.addWidget(self.next)
        column.addLayout(row)
        self.buttons = FlowBox()  # the fixes for the current finding
        self.buttons.setContentsMargins(24, 0, 0, 0)
        column.addWidget(self.buttons)
        self.previous.clicked.connect(lambda: self._step(-1))
        self.next.clicked.connect(lambda: self._step(1))
        self.findings: list[Finding] = []
        self.role_labels: list[str] = []
        self.index = 0
        self.names_known = False
        # how often a text occurs in the whole case (set by the tab); offers "everywhere" if > 1
        self.occurrences: Callable[[str], int] | None = None
        self.everywhere: QCheckBox | None = None
        self.show_findings([], [])

    def _tool(self, name: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(name, theme.INK))
        button.setIconSize(QSize(16, 16))
        button.setToolTip(tip)
        return button

    @property
    def current(self) -> Finding | None:
        return self.findings[self.index] if self.findings else None

    def show_findings(
        self, findings: list[Finding], role_labels: list[str], at: int | None = None
    ) -> None:
        """Show `findings` (Python offsets); `at` is the cursor, to show the finding there."""
        self.findings, self.role_labels = list(findings), list(role_labels)
        if at is not None:
            self.index = next(
                (i for i, f in enumerate(self.findings) if f.end >= at), max(0, len(findings) - 1)
            )
        self.index = min(self.index, max(0, len(self.findings) - 1))
        self._render()

    def _step(self, delta: int) -> None:
        if self.findings:
            self.index = (self.index + delta) % len(self.findings)
            self._render()

    def _render(self) -> None:
        for widget in self.buttons.take_all():
            if isinstance(widget, QLabel | QPushButton | QCheckBox):
                widget.setText("")  # role labels are case data: gone now, not at deletion
            widget.hide()
            widget.deleteLater()
        finding = self.current
        self.buttons.setVisible(finding is not None)
        many = len(self.findings) > 1
        self.previous.setVisible(many)
        self.next.setVisible(many)
        self.setProperty("state", "open" if finding else "")
        theme.restyle(self)
        if finding is None:
            self.glyph.setPixmap(icon("shield", theme.SUCCESS).pixmap(18, 18))
            if self.names_known:
                self.text.setText(self.tr("Privacywacht: geen persoonsgegevens in deze notitie"))
            else:
                self.text.setText(
                    self.tr("Privacywacht: nummers en adressen worden herkend, namen zo meteen")
                )
            return
        self.glyph.setPixmap(icon("alert", theme.WARNING).pixmap(18, 18))
        count = (
            self.tr("{0} van {1}").format(self.index + 1, len(self.findings)) + " \u00b7 "
            if many
            else ""
        )
        quoted = _escape(finding.text if len(finding.text) <= 40 else finding.text[:39] + "\u2026")
        self.text.setText(f"{count}{kind_title(finding.kind)}: <b>{quoted}</b>")
        self._add(QLabel(self.tr("Vervang door")))
        times = self.occurrences(finding.text) if self.occurrences is not None else 1
        for role in self.role_labels[:MAX_ROLE_BUTTONS]:
            self._button(role, lambda _c=False, f=finding, r=role: self._emit_replace(f, r))
        if len(self.role_labels) > MAX_ROLE_BUTTONS:
            more = QPushButton(self.tr("Meer rollen"))
            menu = QMenu(more)
            for role in self.role_labels[MAX_ROLE_BUTTONS:]:
                menu.addAction(role).triggered.connect(
                    lambda _c=False, f=finding, r=role: self._emit_replace(f, r)
                )
            more.setMenu(menu)
            self._style(more)
            self._add(more)
        placeholder = PLACEHOLDERS.get(finding.kind, PLACEHOLDERS["other"])
        self._button(
            placeholder, lambda _c=False, f=finding, p=placeholder: self._emit_replace(f, p)
        )
        ignore = self._button(
            self.tr("Geen persoonsgegeven"), lambda _c=False, f=finding: self.ignore.emit(f)
        )
        ignore.setToolTip(self.tr("Niet meer markeren in dit dossier"))
        self.everywhere = None
        if times > 1:
            self.everywhere = QCheckBox(
                self.tr("Vervang overal in dit dossier ({0}\u00d7)").format(times)
            )
            self.everywhere.setToolTip(
                self.tr("In alle notities, klachtonderdelen en afspraken van dit dossier")
            )
            self._add(self.everywhere)

    def _emit_replace(self, finding: Finding, replacement: str) -> None:
        if self.everywhere is not None and self.everywhere.isChecked():
            self.replace_everywhere.emit(finding, replacement)
        else:
            self.replace.emit(finding, replacement)

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        self._style(button)
        self._add(button)
        return button

    def _add(self, widget: QWidget) -> None:
        self.buttons.add(widget)

    @staticmethod
    def _style(button: QPushButton) -> None:
        button.setStyleSheet(f"QPushButton {{ padding: 3px 10px; background: {theme.SURFACE}; }}")
        button.setCursor(Qt.CursorShape.PointingHandCursor)

    def clear(self) -> None:
        self.show_findings([], [])


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
