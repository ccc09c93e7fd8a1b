"""What the reports service returns as keys or English labels, in the user's language.

The service speaks English keys (report names, column keys, series labels, activity kinds) so that the command
line and the exports stay language-neutral; the panel maps them here. Anything unknown falls back to the
service's own English text, so a new column shows up untranslated rather than not at all.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from crm_desktop.ui.i18n import display_calendar

REPORT_NAMES = ("funnel", "won-lost", "average-deal", "managers", "plan", "sources", "loss-reasons", "abc-xyz",
                "activity")
PERIODS = ("this-month", "last-month", "this-quarter", "last-quarter", "this-year", "last-year")
GRANULARITIES = ("auto", "day", "week", "month")
# Reports whose buckets the user may choose (the others have no time axis).
BUCKETED_REPORTS = frozenset({"won-lost", "activity"})


def format_date(value: date | QDate, locale: QLocale | None = None) -> str:
    """A date in the locale's short format and calendar (the database keeps Gregorian dates)."""
    locale = locale or QLocale()
    day = value if isinstance(value, QDate) else QDate(value.year, value.month, value.day)
    return locale.toString(day, QLocale.FormatType.ShortFormat, display_calendar(locale))


def report_title(name: str) -> str:
    """A report's name as the list and the window show it."""
    titles = {
        "funnel": QCoreApplication.translate("Reports", "Funnel conversion"),
        "won-lost": QCoreApplication.translate("Reports", "Won and lost"),
        "average-deal": QCoreApplication.translate("Reports", "Average deal and sales cycle"),
        "managers": QCoreApplication.translate("Reports", "Managers"),
        "plan": QCoreApplication.translate("Reports", "Plan and forecast"),
        "sources": QCoreApplication.translate("Reports", "Lead sources and campaigns"),
        "loss-reasons": QCoreApplication.translate("Reports", "Loss reasons"),
        "abc-xyz": QCoreApplication.translate("Reports", "ABC/XYZ analysis"),
        "activity": QCoreApplication.translate("Reports", "Activity"),
    }
    return titles.get(name, name)


def report_description(name: str) -> str:
    """One sentence under the list saying what the report counts."""
    texts = {
        "funnel": QCoreApplication.translate(
            "Reports", "Deals that entered each stage in the period, and how many went on to the next stage and "
                       "to won."),
        "won-lost": QCoreApplication.translate(
            "Reports", "New, won and lost deals per day, week or month, counts and amounts."),
        "average-deal": QCoreApplication.translate(
            "Reports", "Average and median won amount, days from creation to won, and days spent in each stage."),
        "managers": QCoreApplication.translate(
            "Reports", "Per owner: new and won deals, won amount, conversion, calls, meetings, emails and "
                       "overdue tasks."),
        "plan": QCoreApplication.translate(
            "Reports", "Sales plans against won deals, with a forecast from open deals weighted by probability."),
        "sources": QCoreApplication.translate(
            "Reports", "Leads, conversion and won revenue per lead source; cost and return per campaign."),
        "loss-reasons": QCoreApplication.translate(
            "Reports", "Lost deals per reason and per stage where they were lost."),
        "abc-xyz": QCoreApplication.translate(
            "Reports", "Clients by share of revenue (A, B, C) and by regularity of purchases (X, Y, Z)."),
        "activity": QCoreApplication.translate(
            "Reports", "Calls, emails and meetings per period and per manager."),
    }
    return texts.get(name, "")


def period_title(key: str) -> str:
    titles = {
        "this-month": QCoreApplication.translate("Reports", "This month"),
        "last-month": QCoreApplication.translate("Reports", "Last month"),
        "this-quarter": QCoreApplication.translate("Reports", "This quarter"),
        "last-quarter": QCoreApplication.translate("Reports", "Last quarter"),
        "this-year": QCoreApplication.translate("Reports", "This year"),
        "last-year": QCoreApplication.translate("Reports", "Last year"),
        "custom": QCoreApplication.translate("Reports", "Custom dates"),
    }
    return titles.get(key, key)


def granularity_title(key: str) -> str:
    titles = {
        "auto": QCoreApplication.translate("Reports", "Automatic"),
        "day": QCoreApplication.translate("Reports", "By day"),
        "week": QCoreApplication.translate("Reports", "By week"),
        "month": QCoreApplication.translate("Reports", "By month"),
    }
    return titles.get(key, key)


def column_title(key: str, fallback: str = "") -> str:
    """A table column's header or a headline figure's name; `fallback` is the service's English label."""
    titles = {
        "stage": QCoreApplication.translate("ReportColumns", "Stage"),
        "entered": QCoreApplication.translate("ReportColumns", "Entered"),
        "to_next": QCoreApplication.translate("ReportColumns", "To next stage"),
        "to_won": QCoreApplication.translate("ReportColumns", "To won"),
        "bucket": QCoreApplication.translate("ReportColumns", "Period"),
        "new": QCoreApplication.translate("ReportColumns", "New"),
        "new_deals": QCoreApplication.translate("ReportColumns", "New deals"),
        "won": QCoreApplication.translate("ReportColumns", "Won"),
        "won_count": QCoreApplication.translate("ReportColumns", "Won"),
        "won_amount": QCoreApplication.translate("ReportColumns", "Won amount"),
        "lost_count": QCoreApplication.translate("ReportColumns", "Lost"),
        "lost_amount": QCoreApplication.translate("ReportColumns", "Lost amount"),
        "stays": QCoreApplication.translate("ReportColumns", "Stays"),
        "average_days": QCoreApplication.translate("ReportColumns", "Average days"),
        "owner": QCoreApplication.translate("ReportColumns", "Manager"),
        "conversion": QCoreApplication.translate("ReportColumns", "Conversion"),
        "calls": QCoreApplication.translate("ReportColumns", "Calls"),
        "meetings": QCoreApplication.translate("ReportColumns", "Meetings"),
        "emails": QCoreApplication.translate("ReportColumns", "Emails"),
        "total": QCoreApplication.translate("ReportColumns", "Total"),
        "overdue_tasks": QCoreApplication.translate("ReportColumns", "Overdue tasks"),
        "period_start": QCoreApplication.translate("ReportColumns", "From"),
        "period_end": QCoreApplication.translate("ReportColumns", "To"),
        "plan_amount": QCoreApplication.translate("ReportColumns", "Plan amount"),
        "actual_amount": QCoreApplication.translate("ReportColumns", "Actual amount"),
        "fulfilment": QCoreApplication.translate("ReportColumns", "Fulfilment"),
        "forecast": QCoreApplication.translate("ReportColumns", "Forecast"),
        "plan_count": QCoreApplication.translate("ReportColumns", "Plan count"),
        "actual_count": QCoreApplication.translate("ReportColumns", "Actual count"),
        "count_fulfilment": QCoreApplication.translate("ReportColumns", "Count fulfilment"),
        "source": QCoreApplication.translate("ReportColumns", "Lead source"),
        "leads": QCoreApplication.translate("ReportColumns", "Leads"),
        "contacts": QCoreApplication.translate("ReportColumns", "New contacts"),
        "won_revenue": QCoreApplication.translate("ReportColumns", "Won revenue"),
        "campaign": QCoreApplication.translate("ReportColumns", "Campaign"),
        "cost": QCoreApplication.translate("ReportColumns", "Cost"),
        "roi": QCoreApplication.translate("ReportColumns", "Return"),
        "cost_per_lead": QCoreApplication.translate("ReportColumns", "Cost per lead"),
        "reason": QCoreApplication.translate("ReportColumns", "Reason"),
        "count": QCoreApplication.translate("ReportColumns", "Count"),
        "amount": QCoreApplication.translate("ReportColumns", "Amount"),
        "share": QCoreApplication.translate("ReportColumns", "Share"),
        "class": QCoreApplication.translate("ReportColumns", "Class"),
        "X": QCoreApplication.translate("ReportColumns", "X (steady)"),
        "Y": QCoreApplication.translate("ReportColumns", "Y (varying)"),
        "Z": QCoreApplication.translate("ReportColumns", "Z (irregular)"),
        "client": QCoreApplication.translate("ReportColumns", "Client"),
        "revenue": QCoreApplication.translate("ReportColumns", "Revenue"),
        "cumulative": QCoreApplication.translate("ReportColumns", "Cumulative share"),
        "abc": QCoreApplication.translate("ReportColumns", "ABC"),
        "cv": QCoreApplication.translate("ReportColumns", "Variation"),
        "xyz": QCoreApplication.translate("ReportColumns", "XYZ"),
        # headline figures (ReportResult.totals)
        "pipeline": QCoreApplication.translate("ReportColumns", "Pipeline"),
        "entered_first_stage": QCoreApplication.translate("ReportColumns", "Entered the first stage"),
        "conversion_to_won": QCoreApplication.translate("ReportColumns", "Conversion to won"),
        "win_rate": QCoreApplication.translate("ReportColumns", "Win rate"),
        "average_amount": QCoreApplication.translate("ReportColumns", "Average amount"),
        "median_amount": QCoreApplication.translate("ReportColumns", "Median amount"),
        "average_cycle_days": QCoreApplication.translate("ReportColumns", "Average days to won"),
        "median_cycle_days": QCoreApplication.translate("ReportColumns", "Median days to won"),
        "plans": QCoreApplication.translate("ReportColumns", "Plans"),
        "campaign_cost": QCoreApplication.translate("ReportColumns", "Campaign cost"),
        "campaign_revenue": QCoreApplication.translate("ReportColumns", "Campaign revenue"),
        "campaign_roi": QCoreApplication.translate("ReportColumns", "Campaign return"),
        "clients": QCoreApplication.translate("ReportColumns", "Clients"),
        "months": QCoreApplication.translate("ReportColumns", "Months"),
    }
    return titles.get(key, fallback or key)


# The kind of each headline figure (columns carry theirs; totals are bare values). Those not listed are not shown:
# the granularity is in the combo, the ABC/XYZ cell counts in the matrix.
TOTAL_KINDS = {
    "pipeline": "text", "entered_first_stage": "int", "won": "int", "conversion_to_won": "percent",
    "new": "int", "new_deals": "int", "won_count": "int", "won_amount": "money", "lost_count": "int",
    "lost_amount": "money", "win_rate": "percent", "average_amount": "money", "median_amount": "money",
    "average_cycle_days": "days", "median_cycle_days": "days", "conversion": "percent", "calls": "int",
    "meetings": "int", "emails": "int", "overdue_tasks": "int", "plan_amount": "money", "actual_amount": "money",
    "fulfilment": "percent", "forecast": "money", "plans": "int", "leads": "int", "contacts": "int",
    "won_revenue": "money", "campaign_cost": "money", "campaign_revenue": "money", "campaign_roi": "percent",
    "clients": "int", "revenue": "money", "months": "int", "total": "int",
}


def series_title(label: str) -> str:
    """A chart series' name (the service gives English labels)."""
    titles = {
        "Entered": QCoreApplication.translate("ReportSeries", "Entered"),
        "New": QCoreApplication.translate("ReportSeries", "New"),
        "Won": QCoreApplication.translate("ReportSeries", "Won"),
        "Lost": QCoreApplication.translate("ReportSeries", "Lost"),
        "Average days": QCoreApplication.translate("ReportSeries", "Average days"),
        "Won amount": QCoreApplication.translate("ReportSeries", "Won amount"),
        "Plan": QCoreApplication.translate("ReportSeries", "Plan"),
        "Actual": QCoreApplication.translate("ReportSeries", "Actual"),
        "Forecast": QCoreApplication.translate("ReportSeries", "Forecast"),
        "Leads": QCoreApplication.translate("ReportSeries", "Leads"),
        "Count": QCoreApplication.translate("ReportSeries", "Count"),
        "Clients": QCoreApplication.translate("ReportSeries", "Clients"),
        "Calls": QCoreApplication.translate("ReportSeries", "Calls"),
        "Emails": QCoreApplication.translate("ReportSeries", "Emails"),
        "Meetings": QCoreApplication.translate("ReportSeries", "Meetings"),
    }
    return titles.get(label, label)


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_WHO_PERIOD = re.compile(r"^(?P<who>.+) (?P<start>\d{4}-\d{2}(?:-\d{2})?)(?:…(?P<end>\d{4}-\d{2}-\d{2}))?$")


def category_title(label: str, locale: QLocale | None = None) -> str:
    """A chart category or a row's first cell: dates and months in the locale's calendar, known labels
    translated, names of stages, people and sources as they are."""
    locale = locale or QLocale()
    if match := _DAY.match(label):
        day = QDate(int(match[1]), int(match[2]), int(match[3]))
        return format_date(day, locale) if day.isValid() else label
    if match := _MONTH.match(label):
        day = QDate(int(match[1]), int(match[2]), 1)
        return locale.toString(day, "MMM yyyy") if day.isValid() else label
    if match := _WEEK.match(label):
        return QCoreApplication.translate("ReportSeries", "week %1 of %2").replace(
            "%1", locale.toString(int(match[2]))).replace("%2", locale.toString(int(match[1])).replace(
                locale.groupSeparator(), ""))
    if match := _WHO_PERIOD.match(label):
        # A plan: "Team 2026-03" or "Anna 2026-01-01…2026-03-31".
        start, end = match["start"], match["end"]
        when = category_title(start, locale) if end is None else \
            f"{category_title(start, locale)} – {category_title(end, locale)}"
        return f"{category_title(match['who'], locale)} {when}"
    titles = {
        "Won": QCoreApplication.translate("ReportSeries", "Won"),
        "No source": QCoreApplication.translate("ReportSeries", "No source"),
        "No reason": QCoreApplication.translate("ReportSeries", "No reason"),
        "No owner": QCoreApplication.translate("ReportSeries", "No owner"),
        "Team": QCoreApplication.translate("ReportSeries", "Team"),
    }
    return titles.get(label, label)


# The service's notes, in the order of _note_templates().
_NOTES = (
    re.compile(r"^Deals in (?P<cur>[A-Z]{3}) \((?P<n>\d+)\) are not in these figures; choose [A-Z]{3} to see them\.$"),
    re.compile(r"^Plans in (?P<cur>[A-Z, ]+) \((?P<n>\d+)\) are not shown; choose [A-Z]{3} to see them\.$"),
    re.compile(r"^Campaigns in (?P<cur>[A-Z, ]+) \((?P<n>\d+)\) are not shown; choose [A-Z]{3} to see them\.$"),
    re.compile(r"^Open deals without an expected close date \((?P<n>\d+)\) are not in the forecast\.$"),
    re.compile(r"^Won deals without a company or person \((?P<n>\d+)\) are not in this analysis\.$"),
    re.compile(r"^XYZ needs several months to say anything; choose a period of three months or more\.$"),
)


def _note_templates() -> tuple[str, ...]:
    # One literal per line, so that lupdate finds each.
    return (
        QCoreApplication.translate("ReportNotes", "Deals in %1 (%2) are not in these figures; choose %1 as the currency to see them."),  # noqa: E501
        QCoreApplication.translate("ReportNotes", "Plans in %1 (%2) are not shown; choose their currency to see them."),  # noqa: E501
        QCoreApplication.translate("ReportNotes", "Campaigns in %1 (%2) are not shown; choose their currency to see them."),  # noqa: E501
        QCoreApplication.translate("ReportNotes", "Open deals without an expected close date (%2) are not in the forecast."),  # noqa: E501
        QCoreApplication.translate("ReportNotes", "Won deals without a company or person (%2) are not in this analysis."),  # noqa: E501
        QCoreApplication.translate("ReportNotes", "XYZ needs several months to say anything; choose a period of three months or more."),  # noqa: E501
    )


def chart_category_lines(label: str, locale: QLocale | None = None) -> list[str]:
    """A chart category as the lines its axis label shows: a plan's whose on one line and its period, short, on
    the next (a whole month, quarter or year by name); any other category on one line."""
    locale = locale or QLocale()
    match = _WHO_PERIOD.match(label)
    if match is None:
        return [category_title(label, locale)]
    who = category_title(match["who"], locale)
    if match["end"] is None:
        return [who, category_title(match["start"], locale)]
    start, end = date.fromisoformat(match["start"]), date.fromisoformat(match["end"])
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        when = locale.toString(start.year).replace(locale.groupSeparator(), "")
    elif start.day == 1 and (start.month - 1) % 3 == 0 and end.year == start.year and end.month == start.month + 2 \
            and (end + timedelta(days=1)).day == 1:
        when = QCoreApplication.translate("ReportSeries", "Q%1 %2").replace(
            "%1", locale.toString((start.month - 1) // 3 + 1)).replace(
            "%2", locale.toString(start.year).replace(locale.groupSeparator(), ""))
    else:
        when = f"{format_date(start, locale)} – {format_date(end, locale)}"
    return [who, when]


def short_category_title(label: str, locale: QLocale | None = None) -> str:
    """A chart axis label where many share the axis: the day of the month (in the locale's calendar), the week's
    number or the month's short name; other labels as `category_title` gives them."""
    locale = locale or QLocale()
    if match := _DAY.match(label):
        day = QDate(int(match[1]), int(match[2]), int(match[3]))
        return locale.toString(display_calendar(locale).partsFromDate(day).day) if day.isValid() else label
    if match := _WEEK.match(label):
        return locale.toString(int(match[2]))
    if match := _MONTH.match(label):
        day = QDate(int(match[1]), int(match[2]), 1)
        return locale.toString(day, "MMM") if day.isValid() else label
    return category_title(label, locale)


def note_text(note: str, locale: QLocale | None = None) -> str:
    """A note of the service in the user's language: the service writes a few fixed English sentences with a
    currency and a count in them; one not known here is shown as it came."""
    locale = locale or QLocale()
    for index, pattern in enumerate(_NOTES):
        match = pattern.match(note)
        if match is not None:
            groups = match.groupdict()
            return _note_templates()[index].replace("%1", groups.get("cur") or "").replace(
                "%2", locale.toString(int(groups.get("n") or 0)))
    return note
