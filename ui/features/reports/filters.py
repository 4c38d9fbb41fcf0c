"""The filters of the Rapportage screen: a period (quick choices, a year, or own dates), a
regime and an organisation kind. `changed` fires when the counts should be made again."""

from __future__ import annotations

from datetime import date

from ui.core.assets import resource_path
from ui.features.reports.data import calendar_year, language, preset_period, pydate, qdate
from ui.kit.widgets import label
from ui.qt import QComboBox, QDateEdit, QFrame, QGridLayout, QTimer, QWidget, Signal
from vertrouwen.domain.enums import OrganisationKind, Regime
from vertrouwen.domain.labels import choices
from vertrouwen.reports import Period

# QDateEdit is not in the theme: give its button the combo boxes' chevron
_DATE_QSS = """
QDateEdit::drop-down {{ subcontrol-origin: border; subcontrol-position: center right;
                        width: 28px; border: none; }}
QDateEdit::down-arrow {{ image: url("{chevron}"); width: 14px; height: 14px; }}
"""


class ReportFilters(QFrame):
    """Period, regime and organisation kind, with captions above the fields."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Panel")
        self.today = date.today()
        grid = QGridLayout(self)
        grid.setContentsMargins(16, 10, 16, 12)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.period_box = QComboBox()
        # as wide as its longest choice ("Dit jaar tot en met vandaag"), never cut off; the
        # law and organisation boxes give way instead (they may shorten their long names)
        self.period_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period_box.setAccessibleName(self.tr("Periode"))
        self.set_years([])
        self.period_box.activated.connect(self._period_chosen)
        self.from_edit, self.to_edit = QDateEdit(), QDateEdit()
        chevron = resource_path("icons", "chevron-down.svg").as_posix()
        for edit, name in ((self.from_edit, self.tr("Van")), (self.to_edit, self.tr("Tot en met"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setMinimumWidth(140)
            edit.setAccessibleName(name)
            edit.setStyleSheet(_DATE_QSS.format(chevron=chevron))
            edit.userDateChanged.connect(self._dates_edited)
        self.regime_box = self._choice_box(self.tr("Alle wetten"), choices(Regime, language()))
        self.kind_box = self._choice_box(
            self.tr("Alle soorten"), choices(OrganisationKind, language())
        )
        fields = (
            (self.tr("Periode"), self.period_box),
            (self.tr("Van"), self.from_edit),
            (self.tr("Tot en met"), self.to_edit),
            (self.tr("Wettelijk kader"), self.regime_box),
            (self.tr("Soort organisatie"), self.kind_box),
        )
        for column, (caption, widget) in enumerate(fields):
            grid.addWidget(label(caption, "section"), 0, column)
            grid.addWidget(widget, 1, column)
        grid.setColumnStretch(len(fields), 1)
        # typing a date changes it once per key: count when the typing stops
        self._settle = QTimer(self, singleShot=True, interval=350)
        self._settle.timeout.connect(self.changed.emit)

    def _choice_box(self, everything: str, options: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox()
        box.addItem(everything, None)
        for slug, name in options:
            box.addItem(name, slug)
        box.activated.connect(lambda _index: self.changed.emit())
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(12)
        return box

    # -- the period ----------------------------------------------------------------------------
    def set_years(self, years: list[int]) -> None:
        """The quick choices, then every year with cases (newest first), then 'own dates'."""
        box = self.period_box
        key = box.currentData()
        box.clear()
        box.addItem(self.tr("Dit jaar tot en met vandaag"), "this_year")
        box.addItem(self.tr("Vorig jaar ({0})").format(self.today.year - 1), "last_year")
        box.addItem(self.tr("Laatste 12 maanden"), "last_12")
        if years:
            box.insertSeparator(box.count())
            for year in years:
                box.addItem(str(year), f"year:{year}")
        box.insertSeparator(box.count())
        box.addItem(self.tr("Eigen periode"), "custom")
        found = box.findData(key) if key else -1
        box.setCurrentIndex(max(found, 0))

    def choose(self, key: str) -> None:
        """Pick a choice ("this_year", "last_year", "last_12", "year:YYYY") and count."""
        index = self.period_box.findData(key)
        if index < 0 and key.startswith("year:"):
            self.set_period(preset_period(key, self.today))
            return
        self.period_box.setCurrentIndex(max(index, 0))
        self._period_chosen()

    def set_period(self, period: Period) -> None:
        """Show own dates (or the year they make up) and count."""
        self._set_dates(period)
        self._match_choice()
        self.changed.emit()

    def period(self) -> Period:
        return Period(pydate(self.from_edit.date()), pydate(self.to_edit.date()))

    def filters(self) -> tuple[str | None, str | None]:
        return self.regime_box.currentData(), self.kind_box.currentData()

    def set_filters(self, regime: str | None, kind: str | None) -> None:
        self.regime_box.setCurrentIndex(max(self.regime_box.findData(regime), 0))
        self.kind_box.setCurrentIndex(max(self.kind_box.findData(kind), 0))
        self.changed.emit()

    def _period_chosen(self, _index: int = 0) -> None:
        key = self.period_box.currentData()
        if key == "custom":
            self.from_edit.setFocus()
            return
        self._set_dates(preset_period(str(key), self.today))
        self.changed.emit()

    def _set_dates(self, period: Period) -> None:
        for edit, day in ((self.from_edit, period.start), (self.to_edit, period.end)):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)

    def _dates_edited(self) -> None:
        start, end = pydate(self.from_edit.date()), pydate(self.to_edit.date())
        if end < start:  # keep a valid period: the other end moves along
            day = start if self.sender() is self.from_edit else end
            self._set_dates(Period(day, day))
        self._match_choice()
        self._settle.start()

    def _match_choice(self) -> None:
        """Own dates that make up a listed year select that year; else 'own period'."""
        year = calendar_year(self.period())
        index = self.period_box.findData(f"year:{year}") if year else -1
        self.period_box.setCurrentIndex(index if index >= 0 else self.period_box.findData("custom"))

    def stop(self) -> None:
        self._settle.stop()
