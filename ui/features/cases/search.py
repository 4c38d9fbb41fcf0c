"""The Dossiers screen's filter bar and full-text search results.

`FilterBar` turns five combo boxes into a `CaseFilter`. `SearchResults` lists the notes and
complaint points that match (from `queries.search`), each with its snippet and the matched
words in bold on a soft highlight.
"""

from __future__ import annotations

import html
from typing import Literal

from ui.core import theme
from ui.core.assets import icon
from ui.core.enum_labels import names, short_date
from ui.kit.accessible import key_text
from ui.qt import (
    QComboBox,
    QGridLayout,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QResizeEvent,
    QSize,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from vertrouwen.domain import OrganisationKind, Regime, Topic
from vertrouwen.workspace import CaseFilter, SearchHit, split_marks

HIT_ROLE = int(Qt.ItemDataRole.UserRole)

# the list's status filter as CaseFilter takes it (mypy holds this to CaseFilter.status)
STATUSES: dict[str, Literal["all", "open", "closed"]] = {
    "all": "all",
    "open": "open",
    "closed": "closed",
}


class FilterBar(QWidget):
    """Status, organisation kind, regime, topic and year; `changed` when any of them does."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(8)
        self.status = self._combo(
            [
                ("all", self.tr("Alle dossiers")),
                ("open", self.tr("Open")),
                ("closed", self.tr("Gesloten")),
            ]
        )
        self.kind = self._combo([("", self.tr("Alle organisaties")), *names(OrganisationKind)])
        self.regime = self._combo([("", self.tr("Alle regelingen")), *names(Regime)])
        self.topic = self._combo([("", self.tr("Alle onderwerpen")), *names(Topic)])
        self.year = self._combo([("", self.tr("Alle jaren"))])
        self.reset = QPushButton(self.tr("Filters wissen"))
        self.reset.setProperty("kind", "link")
        self.reset.clicked.connect(self.clear_filters)
        self.status.setToolTip(self.tr("Status"))
        self.kind.setToolTip(self.tr("Soort organisatie"))
        self.regime.setToolTip(self.tr("Regeling"))
        self.topic.setToolTip(self.tr("Onderwerp"))
        self.year.setToolTip(self.tr("Dossiers die in dit jaar open waren"))
        self.widgets: list[QComboBox] = [self.status, self.kind, self.regime, self.topic, self.year]
        self._columns = 0
        self.arrange(6)
        self._update_reset()

    def _combo(self, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        for slug, name in items:
            combo.addItem(name, slug)
        combo.setMinimumContentsLength(10)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(lambda _i: self._changed())
        return combo

    def arrange(self, columns: int) -> None:
        """Lay the combos out in `columns` columns (one row when wide, a grid when narrow)."""
        if columns == self._columns:
            return
        self._columns = columns
        for widget in [*self.widgets, self.reset]:
            self.grid.removeWidget(widget)
        for n, widget in enumerate(self.widgets):
            self.grid.addWidget(widget, n // columns, n % columns)
        n = len(self.widgets)
        self.grid.addWidget(self.reset, n // columns, n % columns, Qt.AlignmentFlag.AlignLeft)
        wide = columns > len(self.widgets)  # one row: the reset link takes only what it needs
        for column in range(6):
            stretch = column < columns and not (wide and column == len(self.widgets))
            self.grid.setColumnStretch(column, 1 if stretch else 0)

    def set_years(self, years: list[int]) -> None:
        current = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("Alle jaren"), "")
        for year in years:
            self.year.addItem(str(year), str(year))
        self.year.setCurrentIndex(max(0, self.year.findData(current)))
        self.year.blockSignals(False)

    def case_filter(self, text: str | None = None) -> CaseFilter:
        def pick(combo: QComboBox) -> str:
            return str(combo.currentData() or "")

        return CaseFilter(
            status=STATUSES.get(pick(self.status), "all"),
            organisation_kind=OrganisationKind(pick(self.kind)) if pick(self.kind) else None,
            regime=Regime(pick(self.regime)) if pick(self.regime) else None,
            topic=Topic(pick(self.topic)) if pick(self.topic) else None,
            year=int(pick(self.year)) if pick(self.year) else None,
            text=text or None,
        )

    @property
    def is_filtered(self) -> bool:
        return any(combo.currentIndex() > 0 for combo in self.widgets)

    def clear_filters(self) -> None:
        for combo in self.widgets:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        self._update_reset()
        self.changed.emit()

    def _update_reset(self) -> None:
        self.reset.setVisible(self.is_filtered)
        for combo in self.widgets:
            combo.setProperty("active", "yes" if combo.currentIndex() > 0 else "")
            combo.setStyleSheet(
                f"QComboBox {{ border-color: {theme.PRIMARY}; background: {theme.PRIMARY_SOFT}; }}"
                if combo.currentIndex() > 0
                else ""
            )


def snippet_html(snippet: str) -> str:
    """A search snippet as HTML: matches bold on a soft yellow, everything else escaped."""
    parts = []
    for text, is_match in split_marks(snippet):
        escaped = html.escape(" ".join(text.split(" ")))
        if is_match:
            parts.append(
                f'<span style="background:{theme.MARK}; font-weight:700; color:{theme.INK}">'
                f"{escaped}</span>"
            )
        else:
            parts.append(escaped)
    return "".join(parts)


class SearchField(QLineEdit):
    """The search box; `leave(open_first)` on Down (False) or Enter (True)."""

    leave = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(
            self.tr("Zoeken in notities en klachtonderdelen ({0})").format(key_text("Ctrl+F"))
        )
        self.setClearButtonEnabled(True)
        self.addAction(icon("search", theme.MUTED), QLineEdit.ActionPosition.LeadingPosition)
        self.setMinimumHeight(40)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.leave.emit(False)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.leave.emit(True)
        else:
            super().keyPressEvent(event)


class _HitList(QListWidget):
    back = Signal()  # Up on the first hit: back to the search field

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Up and self.currentRow() <= 0:
            self.back.emit()
        else:
            super().keyPressEvent(event)


class SearchResults(QWidget):
    """Hits for the search text; `chosen(hit)` on click or Enter, `back` from the first hit."""

    chosen = Signal(object)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        self.heading = QLabel()
        self.heading.setProperty("role", "section")
        column.addWidget(self.heading)
        self.list = _HitList()
        self.list.back.connect(self.back.emit)
        self.list.setStyleSheet(
            f"QListWidget {{ background: {theme.SURFACE}; border: 1px solid {theme.BORDER};"
            " border-radius: 10px; outline: none; }"
            f"QListWidget::item {{ border-bottom: 1px solid {theme.RULE}; }}"
            f"QListWidget::item:selected {{ background: {theme.PRIMARY_SOFT}; }}"
            f"QListWidget::item:hover {{ background: {theme.HOVER}; }}"
        )
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        column.addWidget(self.list, 1)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.hits: list[SearchHit] = []

    def show_hits(self, hits: list[SearchHit], limit: int) -> None:
        self.hits = list(hits)
        self._drop_rows()
        if not hits:
            self.heading.setText(
                self.tr("Geen treffers in notities, klachtonderdelen of documenten")
            )
        elif len(hits) >= limit:
            self.heading.setText(self.tr("De {0} nieuwste treffers").format(len(hits)))
        elif len(hits) == 1:
            self.heading.setText(self.tr("1 treffer"))
        else:
            self.heading.setText(self.tr("{0} treffers").format(len(hits)))
        for index, hit in enumerate(hits):
            item = QListWidgetItem()
            item.setData(HIT_ROLE, index)
            if hit.source == "note":
                where = self.tr("Notitie {0}").format(short_date(hit.date))
            elif hit.source == "document":
                where = self.tr("Document: {0}").format(hit.title)
            else:
                where = self.tr("Klachtonderdeel")
            text = QLabel(
                f'<div style="color:{theme.MUTED}; font-size:{theme.pt(12)}pt">'
                f'<b style="color:{theme.PRIMARY}">{html.escape(hit.code)}</b>'
                f" &nbsp;\u00b7&nbsp; {html.escape(where)}</div>"
                f'<div style="margin-top:3px">{snippet_html(hit.snippet)}</div>'
            )
            text.setTextFormat(Qt.TextFormat.RichText)
            text.setWordWrap(True)
            text.setContentsMargins(12, 8, 12, 8)
            text.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self.list.addItem(item)
            self.list.setItemWidget(item, text)
        self._fit_rows()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    def _fit_rows(self) -> None:
        # Wrapped rich text knows its height only for a given width: ask for the list's width.
        width = max(120, self.list.viewport().width())
        for row in range(self.list.count()):
            item = self.list.item(row)
            widget = self.list.itemWidget(item)
            if widget is not None:
                item.setSizeHint(QSize(width, widget.heightForWidth(width) + 2))

    def _activated(self, item: QListWidgetItem) -> None:
        index = int(item.data(HIT_ROLE))
        if 0 <= index < len(self.hits):
            self.chosen.emit(self.hits[index])

    def texts(self) -> list[str]:
        """The plain text of every shown hit (tests read this)."""
        labels = [self.list.itemWidget(self.list.item(i)) for i in range(self.list.count())]
        return [w.text() for w in labels if isinstance(w, QLabel)]

    def _drop_rows(self) -> None:
        # QListWidget deletes item widgets later; their snippets must go now (a lock).
        for row in range(self.list.count()):
            widget = self.list.itemWidget(self.list.item(row))
            if isinstance(widget, QLabel):
                widget.clear()
                widget.hide()
        self.list.clear()

    def clear(self) -> None:
        self.hits = []
        self._drop_rows()
        self.heading.clear()
