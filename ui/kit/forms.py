"""Form fields every dialog uses: dates typed or picked, enum choices, plain button boxes."""

from __future__ import annotations

from datetime import date

from ui.core import theme
from ui.core.assets import resource_path
from ui.core.enum_labels import names
from ui.kit.widgets import select_section_on_click
from ui.qt import QComboBox, QDate, QDateEdit, QDialogButtonBox, QFormLayout, QIcon, Qt


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def date_edit(day: date, width: int | None = None) -> QDateEdit:
    """A date field (dd-MM-yyyy) with a calendar; `width` fixes its width (else at least 150)."""
    edit = QDateEdit(to_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    if width is None:
        edit.setMinimumWidth(150)
    else:
        edit.setFixedWidth(width)
    select_section_on_click(edit)  # a click picks day, month or year; typing replaces it
    # The theme styles combo boxes' arrows but not a date field's: give it the same chevron.
    arrow = resource_path("icons", "chevron-down.svg").as_posix()
    edit.setStyleSheet(
        "QDateEdit { padding-right: 30px; }"
        f" QDateEdit:disabled {{ background: {theme.DISABLED_BG}; color: {theme.FAINT}; }}"
        " QDateEdit::drop-down { subcontrol-origin: padding; subcontrol-position: center right;"
        " width: 28px; border: none; }"
        f' QDateEdit::down-arrow {{ image: url("{arrow}"); width: 14px; height: 14px; }}'
    )
    return edit


def enum_combo(enum: type, current: object = None) -> QComboBox:
    """A choice of `enum`'s values by their names in the UI language (data: the slug)."""
    combo = QComboBox()
    for slug, name in names(enum):
        combo.addItem(name, slug)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(str(current))))
    return combo


def plain_buttons(box: QDialogButtonBox) -> None:
    """No style icons on the buttons (Fusion's ticks and crosses clash with the theme)."""
    for button in box.buttons():
        button.setIcon(QIcon())


def form_layout() -> QFormLayout:
    """Labels left and aligned, fields growing to the right."""
    form = QFormLayout()
    form.setVerticalSpacing(10)
    form.setHorizontalSpacing(14)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return form
