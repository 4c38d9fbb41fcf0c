"""The advice panel beside the timeline: next steps, running deadlines, and what to watch.

Every next step and every deadline names its source; unverified facts carry the core's
"(te controleren)". Deadlines within the warning window are tinted, not shouted: the advisor
reads this panel every day. It is advice: a button records the suggested step, but any other
step can be recorded from the timeline.
"""

from __future__ import annotations

from datetime import date

from ui.core import theme
from ui.core.assets import icon
from ui.core.route_phrases import said_text
from ui.core.route_text import day_text, party_name, relative
from ui.kit.widgets import clear_layout, label
from ui.qt import QFrame, QHBoxLayout, QLabel, QPushButton, Qt, QVBoxLayout, QWidget, Signal
from vertrouwen.routes.advice import Advice
from vertrouwen.routes.deadlines import Deadline, deadline_warnings_said
from vertrouwen.routes.wording import Text

WARN_DAYS = 31  # the advice's warning window: a month ahead


def _card(kind: str = "plain") -> tuple[QFrame, QVBoxLayout]:
    box = QFrame()
    box.setObjectName("AdviceCard")
    colours = {
        "plain": (theme.SURFACE, theme.BORDER),
        "soon": (theme.WARNING_SOFT, theme.WARNING_BORDER),
        "late": (theme.DANGER_SOFT, theme.DANGER_BORDER),
    }
    background, border = colours[kind]
    box.setStyleSheet(
        f"#AdviceCard {{ background: {background}; border: 1px solid {border};"
        " border-radius: 8px; }"
    )
    layout = QVBoxLayout(box)
    layout.setContentsMargins(12, 10, 12, 10)
    layout.setSpacing(4)
    return box, layout


class AdvicePanel(QWidget):
    """Shows one `Advice`; `record_requested(step_id)` when a suggested step is taken."""

    record_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        self.next_title = label(self.tr("Volgende stappen"), "section")
        self.next_box = QVBoxLayout()
        self.next_box.setSpacing(8)
        self.deadline_title = label(self.tr("Termijnen"), "section")
        self.deadline_box = QVBoxLayout()
        self.deadline_box.setSpacing(6)
        self.warning_title = label(self.tr("Let op"), "section")
        self.warning_box = QVBoxLayout()
        self.warning_box.setSpacing(6)
        for title, box in (
            (self.next_title, self.next_box),
            (self.deadline_title, self.deadline_box),
            (self.warning_title, self.warning_box),
        ):
            outer.addWidget(title)
            outer.addLayout(box)
            outer.addSpacing(8)
        self.footnote = label(
            self.tr(
                "Dit is advies. Je kunt altijd een andere stap kiezen; de tijdlijn legt vast "
                "wat er gebeurd is."
            ),
            "faint",
            wrap=True,
        )
        outer.addWidget(self.footnote)
        outer.addStretch(1)
        self.advice: Advice | None = None

    def show_advice(
        self, advice: Advice, today: date, closed: bool = False, running: bool = False
    ) -> None:
        """Show `advice`; `running` says a recorded step has no end yet."""
        self.advice = advice
        for box in (self.next_box, self.deadline_box, self.warning_box):
            clear_layout(box)
        if closed:
            self.next_box.addWidget(
                label(
                    self.tr("Dit dossier is gesloten: er lopen geen termijnen meer."), "muted", True
                )
            )
        for step in advice.next:
            reason, source = step.reason_said or step.reason, step.source_said or step.source
            self.next_box.addWidget(self._next_card(step.step, step.name, reason, source))
        if not advice.next and not closed:
            self.next_box.addWidget(
                label(
                    self.tr(
                        "De huidige stap loopt nog. Als er een uitkomst is, staat hier wat "
                        "er daarna kan."
                    )
                    if running
                    else self.tr(
                        "Geen volgende stap in deze route. Kies zo nodig een andere route; "
                        "een stap buiten de route vastleggen kan altijd."
                    ),
                    "muted",
                    True,
                )
            )
        for deadline in advice.deadlines:
            self.deadline_box.addWidget(self._deadline_card(deadline, today))
        if not advice.deadlines:
            self.deadline_box.addWidget(label(self.tr("Er lopen geen termijnen."), "muted", True))
        # The deadline cards already carry their own warning; the rest is listed here.
        said = set(deadline_warnings_said(list(advice.deadlines), today, WARN_DAYS))
        others = [w for w in advice.said if w not in said]
        for text in others:
            self.warning_box.addWidget(self._warning(text, text in advice.good_said))
        self.warning_title.setVisible(bool(others))

    def clear(self) -> None:
        self.advice = None
        for box in (self.next_box, self.deadline_box, self.warning_box):
            clear_layout(box)

    def _next_card(self, step_id: str, name: str, reason: Text, source: Text) -> QWidget:
        box, layout = _card()
        head = QHBoxLayout()
        title = label(name, wrap=True)
        title.setStyleSheet("font-weight: 600;")
        head.addWidget(title, 1)
        take = QPushButton(self.tr("Vastleggen\u2026"))
        take.setProperty("kind", "link")
        take.setToolTip(self.tr("Deze stap vastleggen in de tijdlijn"))
        take.clicked.connect(lambda: self.record_requested.emit(step_id))
        head.addWidget(take, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        layout.addWidget(label(said_text(reason), "muted", wrap=True))
        layout.addWidget(self._source(source))
        return box

    def _deadline_card(self, d: Deadline, today: date) -> QWidget:
        left = (d.due - today).days
        # a client's year-long term is tinted from about three months ahead (its own lead)
        kind = "late" if left < 0 else ("soon" if left <= d.warns_within(WARN_DAYS) else "plain")
        box, layout = _card(kind)
        head = QHBoxLayout()
        head.setSpacing(8)
        glyph = QLabel()
        colour = {"late": theme.DANGER, "soon": theme.WARNING, "plain": theme.MUTED}[kind]
        glyph.setPixmap(icon("clock", colour).pixmap(16, 16))
        head.addWidget(glyph, 0, Qt.AlignmentFlag.AlignTop)
        when = label(day_text(d.due))
        when.setStyleSheet(f"font-weight: 600; color: {theme.INK};")
        head.addWidget(when)
        head.addStretch(1)
        state = relative(d.due, today)
        if left < 0:
            state = self.tr("Verlopen, {0}").format(state)
        tag = label(state[:1].upper() + state[1:], wrap=True)
        tag.setStyleSheet(f"color: {colour}; font-size: {theme.pt(12)}pt; font-weight: 600;")
        layout.addLayout(head)
        layout.addWidget(tag)
        layout.addWidget(label(said_text(d.said_what), wrap=True))
        who = self.tr("Wie moet handelen: {0}").format(party_name(d.party.value))
        layout.addWidget(label(who, "faint", wrap=True))
        if d.note:
            layout.addWidget(label(d.note, "muted", wrap=True))
        if d.announced is not None:
            announced = self.tr(
                "De organisatie kondigde {0} aan: later dan de wet toestaat (zie Let op)."
            ).format(day_text(d.announced))
            layout.addWidget(label(announced, "muted", wrap=True))
        layout.addWidget(self._source(d.said_source))
        return box

    def _source(self, source: Text) -> QLabel:
        text = label(self.tr("Bron: {0}").format(said_text(source)), "faint", wrap=True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return text

    def _warning(self, text: Text, good: bool = False) -> QWidget:
        """A warning card; good news for the client (a term the organisation let pass) is
        shown plain, with a check, not in the warning colour."""
        box, layout = _card("plain" if good else "soon")
        row = QHBoxLayout()
        row.setSpacing(8)
        glyph = QLabel()
        shape, colour = ("check-circle", theme.SUCCESS) if good else ("alert", theme.WARNING)
        glyph.setPixmap(icon(shape, colour).pixmap(16, 16))
        row.addWidget(glyph, 0, Qt.AlignmentFlag.AlignTop)
        body = label(said_text(text), wrap=True)
        body.setStyleSheet(f"color: {theme.INK};" if good else f"color: {theme.WARNING_INK};")
        row.addWidget(body, 1)
        layout.addLayout(row)
        return box
