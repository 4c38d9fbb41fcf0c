"""The rows of the Vandaag list: a group heading, the rows shown of that group, and a "toon
meer" row when the group holds more than is shown.

The model holds only what is on screen (a few hundred rows at most, however big the vault):
`vertrouwen.agenda.AgendaBook` keeps the counts and hands out the first n rows of a group.
Texts are made when a row is first painted, not for the whole list up front.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ui.core.route_phrases import said_text
from ui.core.route_text import owner_name, party_name, relative, short_day
from ui.qt import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from vertrouwen.agenda import AgendaBook, AgendaItem, When

AnyIndex = QModelIndex | QPersistentModelIndex

KIND_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # "head", "item" or "more"
CODE_ROLE = KIND_ROLE + 1  # the case code (item rows)
GROUP_ROLE = KIND_ROLE + 2  # the When value of the row's group (every row)
LATE_ROLE = KIND_ROLE + 3  # an item past its date
TEXTS_ROLE = KIND_ROLE + 4  # an item's RowTexts
COUNT_ROLE = KIND_ROLE + 5  # head and more: rows in the group
SHOWN_ROLE = KIND_ROLE + 6  # more: rows of the group shown


@dataclass(frozen=True)
class RowTexts:
    """What an item row shows: the date (and how far off), the code, the text and its detail."""

    day: str
    day_detail: str
    code: str
    text: str
    detail: str
    tooltip: str
    deadline: bool  # a term (clock icon), else an action (check box icon)


@dataclass(frozen=True)
class _Row:
    kind: str  # "head", "item" or "more"
    group: When
    item: AgendaItem | None = None
    count: int = 0  # rows in the group (heads and "toon meer")
    shown: int = 0  # rows of the group shown ("toon meer")


def group_title(group: When) -> str:
    return {
        When.OVERDUE: QCoreApplication.translate("TodayAgenda", "Verlopen"),
        When.TODAY: QCoreApplication.translate("TodayAgenda", "Vandaag"),
        When.WEEK: QCoreApplication.translate("TodayAgenda", "Deze week"),
        When.LATER: QCoreApplication.translate("TodayAgenda", "Later"),
    }[group]


def row_texts(item: AgendaItem, today: date) -> RowTexts:
    text = item.text
    if item.kind == "deadline":
        # a deadline's text and source are codes with arguments (see ui.core.route_phrases)
        text = said_text(item.text_said or item.text)
        source = said_text(item.source_said or item.source)
        who = QCoreApplication.translate("TodayAgenda", "{0} moet handelen").format(
            party_name(item.who)
        )
        detail = " \u00b7 ".join(
            [QCoreApplication.translate("TodayAgenda", "Termijn"), who, source]
        )
        tip = QCoreApplication.translate("TodayAgenda", "Termijn: {0}\nBron: {1}").format(
            text, source
        )
    else:
        detail = " \u00b7 ".join(
            [QCoreApplication.translate("TodayAgenda", "Afspraak"), owner_name(item.who)]
        )
        tip = QCoreApplication.translate("TodayAgenda", "Afspraak ({0}): {1}").format(
            owner_name(item.who), text
        )
    tip += "\n" + QCoreApplication.translate("TodayAgenda", "Klik om dossier {0} te openen").format(
        item.code
    )
    return RowTexts(
        short_day(item.due, today),
        relative(item.due, today, late=True),
        item.code,
        text,
        detail,
        tip,
        item.kind == "deadline",
    )


class AgendaModel(QAbstractListModel):
    """One list of heading, item and "toon meer" rows, filled from an `AgendaBook`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._texts: dict[int, RowTexts] = {}  # by id() of the item: made when first painted
        self.today = date.min

    # -- filling ---------------------------------------------------------------------------
    def show_book(self, book: AgendaBook, shown: dict[When, int]) -> None:
        """Show the first `shown[group]` rows of each group that has any."""
        self.beginResetModel()
        self.today = book.today
        self._texts.clear()
        self._rows = []
        for group in When:
            total = book.count(group)
            if not total:
                continue
            items = book.first(group, shown[group])
            self._rows.append(_Row("head", group, count=total))
            self._rows += [_Row("item", group, item) for item in items]
            if total > len(items):
                self._rows.append(_Row("more", group, count=total, shown=len(items)))
        self.endResetModel()

    def grow(self, book: AgendaBook, group: When, shown: int) -> int:
        """Show `group`'s first `shown` rows (more than now): the new rows go in above its
        "toon meer" row, so the view keeps its place. Returns the first new row."""
        more = next(
            (n for n, r in enumerate(self._rows) if r.kind == "more" and r.group is group), -1
        )
        if more < 0:
            return -1
        have = sum(1 for r in self._rows if r.kind == "item" and r.group is group)
        new = book.first(group, shown)[have:]
        if new:
            self.beginInsertRows(QModelIndex(), more, more + len(new) - 1)
            self._rows[more:more] = [_Row("item", group, item) for item in new]
            self.endInsertRows()
        total = book.count(group)
        at = more + len(new)
        if total > have + len(new):
            self._rows[at] = _Row("more", group, count=total, shown=have + len(new))
            self.dataChanged.emit(self.index(at), self.index(at))
        else:
            self.beginRemoveRows(QModelIndex(), at, at)
            del self._rows[at]
            self.endRemoveRows()
        return more

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._texts.clear()
        self.endResetModel()

    # -- reading ---------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def item_at(self, row: int) -> AgendaItem | None:
        return self._rows[row].item if 0 <= row < len(self._rows) else None

    def items(self) -> list[AgendaItem]:
        """The agenda rows shown, in order."""
        return [r.item for r in self._rows if r.item is not None]

    def texts(self, item: AgendaItem) -> RowTexts:
        key = id(item)
        texts = self._texts.get(key)
        if texts is None:
            texts = self._texts[key] = row_texts(item, self.today)
        return texts

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid() or self._rows[index.row()].kind == "head":
            return Qt.ItemFlag.NoItemFlags  # headings are not stops for the keyboard
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == KIND_ROLE:
            return row.kind
        if role == GROUP_ROLE:
            return row.group.value
        if role == COUNT_ROLE:
            return row.count
        if role == SHOWN_ROLE:
            return row.shown
        if row.item is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self._label(row)
            return None
        if role == CODE_ROLE:
            return row.item.code
        if role == LATE_ROLE:
            return row.item.due < self.today
        texts = self.texts(row.item)
        if role == TEXTS_ROLE:
            return texts
        if role == Qt.ItemDataRole.DisplayRole:
            return texts.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return texts.tooltip
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join([texts.day, texts.day_detail, texts.code, texts.text, texts.detail])
        return None

    def _label(self, row: _Row) -> str:
        if row.kind == "head":
            return f"{group_title(row.group)}  \u00b7  {QLocale().toString(row.count)}"
        return f"{more_text()} ({shown_text(row.shown, row.count)})"


def more_text() -> str:
    return QCoreApplication.translate("TodayAgenda", "Toon meer")


def shown_text(shown: int, total: int) -> str:
    locale = QLocale()
    return QCoreApplication.translate("TodayAgenda", "{0} van {1} getoond").format(
        locale.toString(shown), locale.toString(total)
    )
