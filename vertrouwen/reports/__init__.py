"""Anonymous statistics for the yearly report (jaarrapportage), from the registrations alone.

Counts are computed from `vertrouwen.vault.registrations` rows, never from case files, so a
destroyed case still counts. What is counted, and how (see `stats.py` for the details):

- `cases`: the cases open at any time in the period: opened on or before its last day, and
  not closed, or closed on or after its first day.
- `by_organisation_kind`, `by_client_role`, `by_regime`, `by_age_band`: one per case.
- `by_topic`, `by_goal`, `by_support`: a case counts once for every topic (goal, support) it
  has, so these add up to more than `cases`.
- `by_result`: over the same cases, only those that are closed (have a closed date; by now,
  which may be after the period) and have a result. The contract says "only when closed"
  and no more; a report run later than the year therefore shows the outcome of the year's
  cases as far as it is known.
- `by_verdict`: one per complaint point with a verdict; `by_step_reached`: the last route
  step each case reached; `by_step_taken`: every step a case went through, once per case.
- `contacts`, `minutes`: contacts and time registered in the period's calendar months (a
  case running over two years counts its time in the year it was spent).
- `by_organisation`: organisation names with at least `threshold` cases in the period; the
  rest summed under "other", so a small organisation cannot point to a client.
- Mappings hold only slugs with a count above zero (as a hand count with a Counter does);
  `Stats.table()` gives every slug of the enumeration, zeros included, for tables and charts.
- `clients`: distinct clients among those cases (cases sharing a client number are one
  client; a case without one is its own client). `questions`, `by_question_topic`: every
  question of those cases. `signals`, `by_signal_topic`: signals dated in the period, in cases
  and outside them. `activities`, `activity_minutes`, `activity_participants`: activities
  outside cases dated in the period. `by_municipality`: one per case, every municipality named
  (a municipality is not a person), "unknown" for none. `by_feedback`, `feedback_average`: the
  client's mark of closed cases that have one.
- `previous`: the same period one year earlier, with the same filters and threshold.

`rows.py` holds, once for the PDF and the screen, which rows a table lists in what order, the
shares and totals, and the small-numbers rule. `registrations_file.py` writes and reads the
files of an organisation report (`registrations`, `stats --from`).

Screens call `stats_for(ws, period, regime, organisation_kind)` (the vault's threshold
setting `report_threshold` applied); `Stats.monthly` holds the trend series per month. A
calendar year (with either filter) is read from sums the vault keeps per year as registrations
change (schema 9, `vault.migrations.V9`); any other period from those and the sums kept per
half month (schema 10, `V10`), with the registrations opened or closed on the days of a half
month it cuts counted (`RegistrationRepository.period_sums`). Both give the same numbers as
counting every registration (tests/unit/test_report_tally.py).
"""

from vertrouwen.reports.service import stats_for, threshold_of, years_with_cases
from vertrouwen.reports.stats import (
    DEFAULT_THRESHOLD,
    DIMENSIONS,
    OTHER_ORGANISATIONS,
    Dimension,
    MonthStats,
    Period,
    Stats,
    compute_stats,
    threshold_from_setting,
)

__all__ = [
    "DEFAULT_THRESHOLD",
    "DIMENSIONS",
    "OTHER_ORGANISATIONS",
    "Dimension",
    "MonthStats",
    "Period",
    "Stats",
    "compute_stats",
    "stats_for",
    "threshold_from_setting",
    "threshold_of",
    "years_with_cases",
]
