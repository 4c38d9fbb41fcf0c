"""Klachtonderdelen: the points of a formal complaint, each judged on its own.

One card per point (summary, desired outcome, verdict), in the order of the complaint letter.
Points are identified by their place in the list (the vault renumbers their ids on each save),
so adding, removing and moving first saves pending typing, then changes the order.
"""

from __future__ import annotations

from collections.abc import Callable

from ui.core import theme
from ui.core.assets import icon
from ui.core.enum_labels import name_of, names
from ui.features.cases.case.base import CaseContext, CaseTab, Reveal
from ui.features.cases.case.findings import case_occurrences, replace_everywhere
from ui.features.cases.case.notes.editor import FindingsBar
from ui.kit.accessible import key_text
from ui.kit.parts import Debounce, TextEdits
from ui.kit.privacy.highlight import DEBOUNCE_MS, PrivacyHighlighter
from ui.kit.widgets import label
from ui.qt import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QShortcut,
    QSize,
    Qt,
    QTimer,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from vertrouwen.domain import Case, ComplaintPoint, Verdict
from vertrouwen.privacy import Finding, open_findings, replacement_span


class PointCard(QFrame):
    """One complaint point. `typed` on every keystroke, `verdict_chosen(index, verdict)`.

    Its texts are guarded like a note: names and numbers in the summary are highlighted while
    typing, and a bar under the card offers the same one-click fixes for the summary and the
    desired outcome (`guard()` attaches it to the case's detector and labels).
    """

    typed = Signal()
    replace_everywhere = Signal(object, str)  # finding, replacement
    verdict_chosen = Signal(int, object)
    move_requested = Signal(int, int)  # index, +1 / -1
    remove = Signal(int)

    def __init__(self, index: int, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.setObjectName("Panel")
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 12, 12, 16)
        column.setSpacing(8)
        top = QHBoxLayout()
        top.setSpacing(6)
        self.number = QLabel(self.tr("Klachtonderdeel {0}").format(index + 1))
        self.number.setProperty("role", "section")
        top.addWidget(self.number)
        top.addStretch(1)
        self.verdict = QComboBox()
        self.verdict.addItem(self.tr("Nog geen uitspraak"), "")
        for slug, name in names(Verdict):
            self.verdict.addItem(name, slug)
        self.verdict.setToolTip(self.tr("Uitspraak over dit onderdeel"))
        top.addWidget(self.verdict)
        self.up = self._tool("arrow-up", self.tr("Naar boven (Alt+Omhoog)"), index > 0)
        self.down = self._tool(
            "arrow-down", self.tr("Naar beneden (Alt+Omlaag)"), index < count - 1
        )
        self.delete = self._tool("trash", self.tr("Onderdeel verwijderen"), True, theme.DANGER)
        for button in (self.up, self.down, self.delete):
            top.addWidget(button)
        column.addLayout(top)
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(self.tr("Waarover gaat de klacht bij dit onderdeel?"))
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(76)
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText(self.tr("Wat wil de cliënt hiermee bereiken?"))
        self.summary.setAccessibleName(self.tr("Klachtonderdeel"))
        self.outcome.setAccessibleName(self.tr("Gewenste uitkomst"))
        column.addWidget(self.summary)
        wish = QHBoxLayout()
        wish.setSpacing(10)
        wish.addWidget(label(self.tr("Gewenst"), "muted"))
        wish.addWidget(self.outcome, 1)
        column.addLayout(wish)
        self.bar = FindingsBar()
        self.bar.hide()
        column.addWidget(self.bar)
        self.highlighter: PrivacyHighlighter | None = None
        self._ctx: CaseContext | None = None
        self._outcome_findings: list[Finding] = []
        self._outcome_timer = QTimer(self)
        self._outcome_timer.setSingleShot(True)
        self._outcome_timer.setInterval(DEBOUNCE_MS)
        self._outcome_timer.timeout.connect(self.scan_outcome)
        self._summary_edits = TextEdits(self.summary)
        self._summary_edits.edited.connect(self.typed.emit)
        self.outcome.textEdited.connect(lambda _t: self.typed.emit())
        self.outcome.textChanged.connect(lambda _t: self._outcome_timer.start())
        self.bar.replace.connect(self.replace)
        self.bar.replace_everywhere.connect(self.replace_everywhere.emit)
        self.bar.ignore.connect(self._ignore)
        self.verdict.activated.connect(self._verdict)
        self.up.clicked.connect(lambda: self.move_requested.emit(self.index, -1))
        self.down.clicked.connect(lambda: self.move_requested.emit(self.index, 1))
        self.delete.clicked.connect(lambda: self.remove.emit(self.index))

    def _tool(self, name: str, tip: str, enabled: bool, colour: str = theme.INK) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(name, colour))
        button.setIconSize(QSize(16, 16))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setEnabled(enabled)
        return button

    def _verdict(self) -> None:
        slug = self.verdict.currentData()
        self.verdict_chosen.emit(self.index, Verdict(slug) if slug else None)

    def show_point(self, point: ComplaintPoint, texts_too: bool) -> None:
        for widget in (self.summary, self.outcome, self.verdict):
            widget.blockSignals(True)
        try:
            if texts_too and self.summary.toPlainText() != point.summary:
                self.summary.setPlainText(point.summary)
            if texts_too and self.outcome.text() != point.desired_outcome:
                self.outcome.setText(point.desired_outcome)
            self.verdict.setCurrentIndex(
                max(0, self.verdict.findData(point.verdict.value if point.verdict else ""))
            )
        finally:
            for widget in (self.summary, self.outcome, self.verdict):
                widget.blockSignals(False)
            self._summary_edits.sync()
        if texts_too:
            self._outcome_timer.start()  # its textChanged was blocked above

    def texts(self) -> tuple[str, str]:
        return self.summary.toPlainText(), self.outcome.text()

    # -- the privacy guard -------------------------------------------------------------------
    def guard(self, ctx: CaseContext) -> None:
        """Scan this card's texts with the case's detector, role labels and ignore list."""
        self._ctx = ctx
        self.highlighter = PrivacyHighlighter(
            self.summary, ctx.detector, role_labels=ctx.role_labels, ignored=ctx.ignored
        )
        self.highlighter.findingsChanged.connect(lambda _n: self.show_findings())
        self.highlighter.ignoreRequested.connect(ctx.ignore_text)
        self.bar.occurrences = lambda text: case_occurrences(ctx.case, text)
        self.refresh_guard()

    def refresh_guard(self) -> None:
        """The detector, role labels or ignore list of the case changed: scan again."""
        if self._ctx is None or self.highlighter is None:
            return
        self.bar.names_known = self._ctx.detector.finds_names
        self.highlighter.set_role_labels(self._ctx.role_labels)
        self.highlighter.set_ignored(self._ctx.ignored)
        self.highlighter.set_detector(self._ctx.detector)
        self.scan_outcome()

    def scan_outcome(self) -> None:
        """Scan the desired outcome (one line: at once, on the UI thread, ~1 ms)."""
        if self._ctx is None:
            return
        text = self.outcome.text()
        found = self._ctx.detector.scan(text) if text.strip() else []
        self._outcome_findings = open_findings(found, self._ctx.ignored)
        self.show_findings()

    def findings(self) -> list[Finding]:
        """Open findings: the summary's, then the desired outcome's (offsets into each)."""
        summary = self.highlighter.findings() if self.highlighter is not None else []
        return summary + self._outcome_findings

    def show_findings(self, field: str = "") -> None:
        found = self.findings()
        self.bar.setVisible(bool(found))
        at = None
        if field == "desired_outcome" and self._outcome_findings:
            at = len(found) - len(self._outcome_findings)
        self.bar.show_findings(found, self._ctx.role_labels if self._ctx else [])
        if at is not None:
            self.bar.index = at
            self.bar.show_findings(found, self.bar.role_labels)

    def _in_outcome(self, finding: Finding) -> bool:
        return any(finding is f for f in self._outcome_findings)

    def replace(self, finding: Finding, replacement: str) -> None:
        """Replace a finding in the summary or the desired outcome; the tab saves it."""
        if self._in_outcome(finding):
            text = self.outcome.text()
            if text[finding.start : finding.end] != finding.text:
                return
            start, end, new = replacement_span(text, finding.start, finding.end, replacement)
            self.outcome.setText(text[:start] + new + text[end:])
            self.typed.emit()
        elif self.highlighter is not None:
            self.highlighter.replace_finding(finding, replacement)

    def _ignore(self, finding: Finding) -> None:
        if self._in_outcome(finding):
            if self._ctx is not None:
                self._ctx.ignore_text(finding.text)
        elif self.highlighter is not None:
            self.highlighter.ignore_finding(finding)

    def reveal(self, field: str) -> None:
        """Put the cursor in `field` ("summary" or "desired_outcome") and show its findings."""
        widget = self.outcome if field == "desired_outcome" else self.summary
        widget.setFocus()
        self.show_findings(field)


class PointsTab(CaseTab):
    """The complaint points as a column of cards with add, remove and reorder."""

    def __init__(self, ctx: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.cards: list[PointCard] = []
        self._focus_next: tuple[int, str] | None = None  # (card, "summary"/"up"/"down")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 12, 0, 0)
        outer.setSpacing(10)
        top = QHBoxLayout()
        self.summary = label("", "muted")
        self.add_button = QPushButton(
            icon("plus", theme.ON_PRIMARY), self.tr("Klachtonderdeel toevoegen")
        )
        self.add_button.setProperty("kind", "primary")
        self.add_button.setIconSize(QSize(16, 16))
        top.addWidget(self.summary, 1)
        top.addWidget(self.add_button)
        outer.addLayout(top)
        scroll = self.scroll_area = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(0, 0, 10, 10)
        self.column.setSpacing(12)
        self.empty = label(
            self.tr(
                "Nog geen klachtonderdelen. Een formele klacht bestaat uit onderdelen die elk "
                "apart beoordeeld worden: gegrond, gedeeltelijk gegrond, ongegrond of "
                "niet-ontvankelijk."
            ),
            "muted",
            wrap=True,
        )
        self.column.addWidget(self.empty)
        self.column.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self._saver = Debounce(self._save_texts, self)
        ctx.flush_requested.connect(self._saver.flush)
        ctx.extras_changed.connect(self._guard_changed)
        ctx.detector_changed.connect(self._guard_changed)
        self.add_button.clicked.connect(self.add_point)
        # One pair of keys for the tab (cards come and go): move the card holding the focus.
        for keys, delta in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda d=delta: self._move_focused(d))

    def title(self) -> str:
        return self.tr("Klachtonderdelen")

    # -- showing -----------------------------------------------------------------------------
    def show_case(self, case: Case) -> None:
        points = case.complaint_points
        if len(points) != len(self.cards):
            self._rebuild(len(points))
            texts_too = True
        else:
            texts_too = not self._saver.pending
        for card, point in zip(self.cards, points, strict=True):
            card.show_point(point, texts_too)
        if self._focus_next is not None:
            index, part = self._focus_next
            self._focus_next = None
            if 0 <= index < len(self.cards):
                widget = getattr(self.cards[index], part)
                (widget if widget.isEnabled() else self.cards[index].summary).setFocus()
        self.empty.setVisible(not points)
        judged = [p.verdict for p in points if p.verdict is not None]
        parts = []
        if len(points) == 1:
            parts.append(self.tr("1 onderdeel"))
        elif points:
            parts.append(self.tr("{0} onderdelen").format(len(points)))
        for verdict in Verdict:
            count = judged.count(verdict)
            if count:
                parts.append(f"{count} {name_of(verdict).lower()}")
        if len(points) - len(judged):
            parts.append(self.tr("{0} zonder uitspraak").format(len(points) - len(judged)))
        self.summary.setText(" \u00b7 ".join(parts))

    def _rebuild(self, count: int) -> None:
        for card in self.cards:
            self.column.removeWidget(card)
            card.hide()
            card.setParent(None)  # its shortcuts leave the window now, not at deletion
            card.deleteLater()
        self.cards = []
        for index in range(count):
            card = PointCard(index, count)
            card.guard(self.ctx)
            card.replace_everywhere.connect(self._replace_everywhere)
            card.typed.connect(self._saver.touch)
            card.verdict_chosen.connect(self._set_verdict)
            card.move_requested.connect(self.move_point)
            card.remove.connect(self.remove_point)
            for widget in (card.summary, card.outcome):
                self._saver.watch(widget)
            self.column.insertWidget(index, card)
            self.cards.append(card)

    # -- editing -----------------------------------------------------------------------------
    def _change(self, description: str, mutate: Callable[[list[ComplaintPoint]], None]) -> None:
        self._saver.flush()

        def apply(case: Case) -> None:
            mutate(case.complaint_points)

        self.ctx.apply(description, apply)

    def _save_texts(self) -> None:
        texts = [card.texts() for card in self.cards]

        def mutate(points: list[ComplaintPoint]) -> None:
            for point, (summary, outcome) in zip(points, texts, strict=False):
                point.summary, point.desired_outcome = summary, outcome

        self.ctx.apply(self.tr("Klachtonderdeel bewerken"), lambda c: mutate(c.complaint_points))

    def _replace_everywhere(self, finding: Finding, replacement: str) -> None:
        self._saver.flush()
        description = self.tr("Overal vervangen door {0}").format(replacement)
        replace_everywhere(self.ctx, description, finding.text, replacement)

    def _guard_changed(self, *_args: object) -> None:
        for card in self.cards:
            card.refresh_guard()

    def reveal_point(self, number: int, field: str) -> None:
        """Show complaint point `number` (1-based) with the cursor in `field` and its fixes."""
        if not 1 <= number <= len(self.cards):
            return
        card = self.cards[number - 1]
        self.scroll_area.ensureWidgetVisible(card)
        card.reveal(field)

    reveals = frozenset({"complaint_point"})

    def reveal(self, target: Reveal) -> None:
        if target.ref.isdigit():
            self.reveal_point(int(target.ref), target.detail)

    def _set_verdict(self, index: int, verdict: Verdict | None) -> None:
        def mutate(points: list[ComplaintPoint]) -> None:
            if index < len(points):
                points[index].verdict = verdict

        self._change(self.tr("Uitspraak"), mutate)

    def add_point(self) -> None:
        if self.ctx.case is None:
            return
        self._focus_next = (len(self.ctx.case.complaint_points), "summary")
        self._change(self.tr("Klachtonderdeel toevoegen"), lambda p: p.append(ComplaintPoint("")))

    def move_point(self, index: int, delta: int) -> None:
        target = index + delta

        def mutate(points: list[ComplaintPoint]) -> None:
            if 0 <= target < len(points):
                points[index], points[target] = points[target], points[index]

        if 0 <= target < len(self.cards):
            self._focus_next = (target, "up" if delta < 0 else "down")
            self._change(self.tr("Klachtonderdeel verplaatsen"), mutate)

    def _move_focused(self, delta: int) -> None:
        focused = QApplication.focusWidget()
        for card in self.cards:
            if focused is not None and card.isAncestorOf(focused):
                part = "summary" if focused is card.summary else "outcome"
                self.move_point(card.index, delta)
                if self._focus_next is not None:
                    self._focus_next = (self._focus_next[0], part)
                return

    def remove_point(self, index: int) -> None:
        case = self.ctx.case
        if case is None or index >= len(case.complaint_points):
            return
        point = case.complaint_points[index]
        if (
            point.summary.strip() or point.desired_outcome.strip()
        ) and not self.ctx.dialogs.confirm(
            self.tr("Klachtonderdeel verwijderen?"),
            self.tr("Klachtonderdeel {0} wordt verwijderd. {1} zet het terug.").format(
                index + 1, key_text("Ctrl+Z")
            ),
            ok=self.tr("Verwijderen"),
            destructive=True,
        ):
            return

        def drop(points: list[ComplaintPoint]) -> None:
            del points[index]

        self._change(self.tr("Klachtonderdeel verwijderen"), drop)

    def clear(self) -> None:
        self._saver.cancel()
        self._focus_next = None
        self._rebuild(0)
        self.summary.clear()
        self.empty.setVisible(True)
