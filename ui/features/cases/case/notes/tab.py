"""Notities: the contacts of a case, newest first, with time totals and the note editor.

Typing is saved ~700 ms after it pauses (and on focus-out, switching note, undo, another case
or a lock) as one undoable step. A saved case coming back from the vault never resets the
editor while there is unsaved typing, and never when its text equals the editor's, so the
cursor stays where the advisor is writing.
"""

from __future__ import annotations

from collections.abc import Callable

from ui.core import theme
from ui.core.assets import icon
from ui.core.enum_labels import long_date
from ui.features.cases.case.base import CaseContext, CaseTab, Reveal
from ui.features.cases.case.findings import case_occurrences, replace_everywhere
from ui.features.cases.case.notes.editor import FindingsBar, NoteEditor
from ui.features.cases.case.notes.list import NoteList, minutes_text
from ui.kit.accessible import key_text
from ui.kit.forms import date_edit, enum_combo, from_qdate, to_qdate
from ui.kit.parts import Debounce, TextEdits
from ui.kit.privacy.highlight import PrivacyHighlighter
from ui.kit.widgets import label, select_whole_number
from ui.qt import (
    QHBoxLayout,
    QKeySequence,
    QPushButton,
    QShortcut,
    QSize,
    QSpinBox,
    QSplitter,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from vertrouwen import clock
from vertrouwen.domain import Case, Note, NoteKind
from vertrouwen.privacy import Detector, Finding


class NotesTab(CaseTab):
    """List of notes on the left; the selected note's date, kind, minutes and text on the right."""

    def __init__(self, ctx: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.note_id: str | None = None
        self._filling = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 12, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        row.addWidget(splitter)

        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 8, 0)
        left_column.setSpacing(8)
        self.add_button = QPushButton(icon("plus", theme.ON_PRIMARY), self.tr("Nieuwe notitie"))
        self.add_button.setProperty("kind", "primary")
        self.add_button.setIconSize(QSize(16, 16))
        self.add_button.setToolTip(self.tr("Nieuwe notitie ({0})").format(key_text("Ctrl+Shift+N")))
        left_column.addWidget(self.add_button)
        self.list = NoteList()
        left_column.addWidget(self.list, 1)
        self.totals = label("", "muted", wrap=True)
        left_column.addWidget(self.totals)
        splitter.addWidget(left)

        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(8, 0, 0, 0)
        right_column.setSpacing(8)
        meta = QHBoxLayout()
        meta.setSpacing(8)
        self.date = date_edit(clock.today())
        self.kind = enum_combo(NoteKind)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("duur \u2014"))
        self.minutes.setMinimumWidth(110)
        select_whole_number(self.minutes)
        self.date.setAccessibleName(self.tr("Datum van het contact"))
        self.kind.setAccessibleName(self.tr("Soort contact"))
        self.minutes.setAccessibleName(self.tr("Duur in minuten"))
        self.delete_button = QToolButton()
        self.delete_button.setIcon(icon("trash", theme.DANGER))
        self.delete_button.setIconSize(QSize(18, 18))
        self.delete_button.setToolTip(self.tr("Notitie verwijderen"))
        for widget in (self.date, self.kind, self.minutes):
            meta.addWidget(widget)
        meta.addStretch(1)
        meta.addWidget(self.delete_button)
        right_column.addLayout(meta)
        self.editor = NoteEditor()
        self.editor.setPlaceholderText(
            self.tr("Schrijf hier wat er besproken is. Noem mensen bij hun rol, niet bij naam.")
        )
        self.editor.setAccessibleName(self.tr("Notitie"))
        self.list.setAccessibleName(self.tr("Notities, nieuwste eerst"))
        self.delete_button.setAccessibleName(self.tr("Notitie verwijderen"))
        right_column.addWidget(self.editor, 1)
        self.bar = FindingsBar()
        right_column.addWidget(self.bar)
        self.empty = label(
            self.tr("Nog geen notities. Begin met \u201cNieuwe notitie\u201d."), "muted"
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right_column.addWidget(self.empty)
        splitter.addWidget(right)
        left.setMinimumWidth(220)
        splitter.setSizes([250, 600])
        splitter.setStretchFactor(1, 1)

        self.highlighter = PrivacyHighlighter(
            self.editor, ctx.detector, role_labels=ctx.role_labels, ignored=ctx.ignored
        )
        self.editor.highlighter = self.highlighter
        self.bar.names_known = ctx.detector.finds_names
        self._text_saver = Debounce(lambda: self._save_text(), self)
        self._text_saver.watch(self.editor)
        self._meta_saver = Debounce(self._save_meta, self)
        for widget in (self.date, self.minutes):
            self._meta_saver.watch(widget)

        ctx.flush_requested.connect(self.flush)
        ctx.extras_changed.connect(self._extras_changed)
        ctx.detector_changed.connect(self._detector_changed)
        self.highlighter.findingsChanged.connect(lambda _n: self._show_findings())
        self.highlighter.ignoreRequested.connect(self.ctx.ignore_text)
        TextEdits(self.editor).edited.connect(self._typed)
        self.editor.cursorPositionChanged.connect(self._cursor_moved)
        self.editor.menu_closed.connect(
            lambda: self._save_text(self.tr("Persoonsgegeven vervangen"))
        )
        self.bar.replace.connect(self._replace)
        self.bar.replace_everywhere.connect(self.replace_everywhere)
        self.bar.occurrences = self.occurrences
        self.bar.ignore.connect(self.highlighter.ignore_finding)
        self.list.currentRowChanged.connect(self._note_chosen)
        self.add_button.clicked.connect(self.add_note)
        self.delete_button.clicked.connect(self.delete_note)
        self.kind.activated.connect(lambda _i: self._save_meta())
        self.date.dateChanged.connect(lambda _d: self._meta_typed())
        self.minutes.valueChanged.connect(lambda _v: self._meta_typed())
        new = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.add_note)
        self._show_note(None)

    def title(self) -> str:
        return self.tr("Notities")

    # -- the notes -------------------------------------------------------------------------
    def current_note(self) -> Note | None:
        case = self.ctx.case
        if case is None or self.note_id is None:
            return None
        return next((n for n in case.notes if n.id == self.note_id), None)

    def show_case(self, case: Case) -> None:
        self._filling = True
        try:
            ids = self.list.show_notes(case.notes)
            if self.note_id not in ids:
                self.note_id = ids[0] if ids else None
            self.list.select(self.note_id)
            note = next((n for n in case.notes if n.id == self.note_id), None)
            self._show_note(note)
            total = case.minutes_total
            if len(case.notes) == 1:
                totals = self.tr("1 contact \u00b7 {0}").format(minutes_text(total))
            elif case.notes:
                totals = self.tr("{0} contacten \u00b7 samen {1}").format(
                    len(case.notes), minutes_text(total)
                )
            else:
                totals = ""
            self.totals.setText(totals)
        finally:
            self._filling = False

    def _show_note(self, note: Note | None) -> None:
        """Fill the editor and its fields from `note`, keeping whatever is still being typed."""
        present = note is not None
        for widget in (
            self.editor,
            self.date,
            self.kind,
            self.minutes,
            self.delete_button,
            self.bar,
        ):
            widget.setVisible(present)
        self.empty.setVisible(not present and self.ctx.case is not None)
        if note is None:
            self._set_editor("")
            return
        if not self._text_saver.pending and self.editor.text() != note.text.replace("\r\n", "\n"):
            self._set_editor(note.text)
        if not self._meta_saver.pending:
            self._quiet(lambda: self.date.setDate(to_qdate(note.date)))
            self._quiet(lambda: self.minutes.setValue(note.minutes or 0))
        index = self.kind.findData(note.kind.value)
        if index != self.kind.currentIndex():
            self.kind.setCurrentIndex(index)

    def _set_editor(self, text: str) -> None:
        was, self._filling = self._filling, True
        try:
            self.editor.set_text(text)
        finally:
            self._filling = was

    def _quiet(self, change: Callable[[], object]) -> None:
        was, self._filling = self._filling, True
        try:
            change()
        finally:
            self._filling = was

    def _note_chosen(self, _row: int) -> None:
        if self._filling:
            return
        self.flush()  # typing belongs to the note it was typed in
        self.note_id = self.list.current_id()
        self._show_note(self.current_note())
        self._show_findings()

    reveals = frozenset({"note"})

    def reveal(self, target: Reveal) -> None:
        self.reveal_note(target.ref, target.detail)

    def reveal_note(self, note_id: str, search: str = "") -> None:
        """Open a note (from a search hit) and select the first searched word in it."""
        self.flush()
        self.note_id = note_id
        self._filling = True
        try:
            self.list.select(note_id)
        finally:
            self._filling = False
        self._show_note(self.current_note())
        words = [w.strip("\"'*") for w in search.split()]
        for word in words:
            if self.editor.select_text(word):
                break
        self.editor.setFocus()

    # -- editing -----------------------------------------------------------------------------
    def _typed(self) -> None:
        if not self._filling and self.note_id is not None:
            self._text_saver.touch()

    def _save_text(self, description: str = "") -> None:
        self._text_saver.cancel()
        note_id, text = self.note_id, self.editor.text()
        if note_id is None:
            return

        def mutate(case: Case) -> None:
            for note in case.notes:
                if note.id == note_id:
                    note.text = text

        self.ctx.apply(description or self.tr("Notitie bewerken"), mutate)

    def _meta_typed(self) -> None:
        if not self._filling and self.note_id is not None:
            self._meta_saver.touch()

    def _save_meta(self) -> None:
        if self._filling or self.note_id is None:
            return
        self._meta_saver.cancel()
        note_id = self.note_id
        day, kind = from_qdate(self.date.date()), NoteKind(self.kind.currentData())
        minutes = self.minutes.value() or None

        def mutate(case: Case) -> None:
            for note in case.notes:
                if note.id == note_id:
                    note.date, note.kind, note.minutes = day, kind, minutes

        self.ctx.apply(self.tr("Datum, soort of duur van notitie"), mutate)

    def flush(self) -> None:
        self._meta_saver.flush()
        self._text_saver.flush()

    def add_note(self) -> None:
        case = self.ctx.case
        if case is None:
            return
        self.flush()
        note = Note(case.next_note_id(), clock.today(), NoteKind.CONVERSATION)

        def mutate(c: Case) -> None:
            c.notes.append(note)

        self.note_id = note.id
        self.ctx.apply(self.tr("Nieuwe notitie"), mutate)
        self._show_note(self.current_note())
        self.editor.setFocus()

    def delete_note(self) -> None:
        note = self.current_note()
        if note is None:
            return
        self.flush()
        asked = self.ctx.dialogs.confirm(
            self.tr("Notitie verwijderen?"),
            self.tr(
                "De notitie van {0} wordt uit het dossier verwijderd. Je kunt dit ongedaan maken "
                "met {1} zolang het dossier open is."
            ).format(long_date(note.date), key_text("Ctrl+Z")),
            ok=self.tr("Verwijderen"),
            destructive=True,
        )
        if not asked:
            return
        note_id = note.id

        def mutate(c: Case) -> None:
            c.notes = [n for n in c.notes if n.id != note_id]

        self.note_id = None
        self.ctx.apply(self.tr("Notitie verwijderen"), mutate)

    # -- the privacy guard -------------------------------------------------------------------
    def _replace(self, finding: Finding, replacement: str) -> None:
        if self.highlighter.replace_finding(finding, replacement):
            self._save_text(self.tr("Vervangen door {0}").format(replacement))

    def occurrences(self, text: str) -> int:
        """How often `text` stands as a whole word in the case's texts (this note as typed)."""
        return case_occurrences(self.ctx.case, text, self.note_id, self.editor.text())

    def replace_everywhere(self, finding: Finding, replacement: str) -> None:
        """Replace the finding's text in every note, complaint point and action: one undo step."""
        self.flush()
        description = self.tr("Overal vervangen door {0}").format(replacement)
        replace_everywhere(self.ctx, description, finding.text, replacement)

    def _show_findings(self) -> None:
        position = self.editor.textCursor().position()  # UTF-16 units; the bar counts str
        head = self.editor.toPlainText().encode("utf-16-le")[: 2 * position]
        at = len(head.decode("utf-16-le", errors="ignore"))
        self.bar.show_findings(self.highlighter.findings(), self.ctx.role_labels, at)

    def _cursor_moved(self) -> None:
        # While typing the bar keeps its finding; a click or arrow key onto another one shows it.
        if self.bar.findings and not self._text_saver.pending:
            at = self.editor.textCursor().position()
            found = self.highlighter.finding_at(at)
            if found is not None and found != self.bar.current:
                self.bar.show_findings(self.bar.findings, self.ctx.role_labels, found.start)

    def _extras_changed(self) -> None:
        self.highlighter.set_role_labels(self.ctx.role_labels)
        self.highlighter.set_ignored(self.ctx.ignored)
        self._show_findings()

    def _detector_changed(self, detector: Detector) -> None:
        self.bar.names_known = detector.finds_names
        self.highlighter.set_detector(detector)
        self._show_findings()

    def place(self) -> dict[str, object]:
        """The note that is open and where the cursor was in it (ids and numbers only)."""
        return {
            **super().place(),
            "note": self.note_id or "",
            "cursor": self.editor.textCursor().position(),
            "editing": self.editor.hasFocus(),
        }

    def restore_place(self, place: dict[str, object]) -> None:
        note_id = place.get("note")
        case = self.ctx.case
        known = case is not None and any(n.id == note_id for n in case.notes)
        if isinstance(note_id, str) and known:
            self.reveal_note(note_id)
            cursor = self.editor.textCursor()
            position = place.get("cursor")
            length = len(self.editor.toPlainText())
            cursor.setPosition(min(position if isinstance(position, int) else 0, length))
            self.editor.setTextCursor(cursor)
            if not place.get("editing"):
                self.list.setFocus()
        super().restore_place(place)

    def clear(self) -> None:
        self._text_saver.cancel()
        self._meta_saver.cancel()
        self.note_id = None
        self._filling = True
        try:
            self.list.clear_notes()
            self.editor.set_text("", keep_cursor=False)
            self.totals.clear()
        finally:
            self._filling = False
        self.highlighter.set_role_labels([])
        self.highlighter.set_ignored([])
        self.bar.clear()
        self._show_note(None)
