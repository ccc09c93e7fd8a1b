"""What the calendar views share: items in local time, kind colours, laying out overlaps, weeks and months in the
locale's calendar (Solar Hijri for Persian)."""

from __future__ import annotations

import unicodedata
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import QCalendar, QCoreApplication, QDate, QLocale, QTime
from PySide6.QtGui import QColor

from crm_desktop.services.recurrence import to_local
from crm_desktop.services.tasks import CalendarItem
from crm_desktop.ui.i18n import display_calendar

# Saturated enough for white text on them in both themes; a kind the user added gets a hue from its name.
KIND_COLOURS = {
    "call": "#2f6fd6",
    "meeting": "#8a4fc7",
    "email": "#138a7a",
    "todo": "#d9731a",
    "birthday": "#d6457d",
    "anniversary": "#2e8b47",
}
SNAP_MIN = 15           # mouse drags land on quarter hours
SLOT_MIN = 30           # the keyboard moves by half hours
DEFAULT_DURATION_MIN = 30


@dataclass(frozen=True)
class Entry:
    """A calendar item with its start and end in the computer's wall-clock time (naive)."""

    item: CalendarItem
    start: datetime
    end: datetime

    @property
    def key(self) -> str:
        return self.item.key

    @property
    def all_day(self) -> bool:
        # A timed task of a day or more reads better in the all-day row than as a column filling whole days.
        return self.item.all_day or self.end - self.start >= timedelta(days=1)

    def first_day(self) -> date:
        return self.start.date()

    def last_day(self) -> date:
        """The last local day the entry covers (an end at midnight belongs to the day before)."""
        return (self.end - timedelta(microseconds=1)).date() if self.end > self.start else self.start.date()

    def covers(self, day: date) -> bool:
        return self.first_day() <= day <= self.last_day()

    def label(self) -> str:
        """The title, with the age or the years of a company for birthdays and anniversaries."""
        item = self.item
        if item.source == "birthday":
            text = QCoreApplication.translate("Calendar", "Birthday: %1").replace("%1", embed(item.title))
        elif item.source == "anniversary":
            text = QCoreApplication.translate("Calendar", "Anniversary: %1").replace("%1", embed(item.title))
        else:
            return item.title
        if item.years:
            text += f" ({QLocale().toString(item.years)})"
        return text


def embed(text: str) -> str:
    """A name embedded in its own direction, so that a Persian name in an English sentence (or the reverse) does
    not carry the age in brackets after it to the wrong side."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return f"\u202b{text}\u202c"
        if kind == "L":
            return f"\u202a{text}\u202c"
    return text


def to_entries(items: Sequence[CalendarItem], tz: tzinfo) -> list[Entry]:
    return [Entry(i, to_local(i.start, tz), to_local(i.end, tz)) for i in items]


def kind_colour(entry: Entry) -> QColor:
    item = entry.item
    name = item.source if item.source in ("birthday", "anniversary") else (item.task_kind or "todo")
    if name in KIND_COLOURS:
        colour = QColor(KIND_COLOURS[name])
    else:
        colour = QColor.fromHsl(zlib.crc32(name.encode()) % 360, 140, 105)
    if item.done:
        colour.setAlpha(110)   # done work stays visible but steps back
    return colour


def blend(a: QColor, b: QColor, share_of_b: float) -> QColor:
    """A colour between two palette colours: grid lines and shades that suit light and dark themes alike."""
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * share_of_b,
                           a.greenF() + (b.greenF() - a.greenF()) * share_of_b,
                           a.blueF() + (b.blueF() - a.blueF()) * share_of_b)


def lay_out_overlaps(spans: Sequence[tuple[float, float]]) -> list[tuple[int, int]]:
    """For spans (start, end) return (column, columns) each: overlapping spans share a cluster's width side by side.

    Greedy by start: a span takes the first column whose last span has ended; a cluster ends when every span in
    it has ended, so spans that do not touch one another keep the full width."""
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], -spans[i][1]))
    result = [(0, 1)] * len(spans)
    cluster: list[int] = []
    column_ends: list[float] = []
    cluster_end = float("-inf")

    def close() -> None:
        for index in cluster:
            result[index] = (result[index][0], len(column_ends))

    for index in order:
        start, end = spans[index]
        end = max(end, start + 1e-9)
        if cluster and start >= cluster_end:
            close()
            cluster.clear()
            column_ends.clear()
            cluster_end = float("-inf")
        column = next((c for c, last in enumerate(column_ends) if last <= start), len(column_ends))
        if column == len(column_ends):
            column_ends.append(end)
        else:
            column_ends[column] = end
        result[index] = (column, 0)
        cluster.append(index)
        cluster_end = max(cluster_end, end)
    if cluster:
        close()
    return result


def lay_out_lanes(spans: Sequence[tuple[int, int]]) -> list[int]:
    """For day spans (first, last) as indices, a lane each so that spans sharing a day never share a lane."""
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], -(spans[i][1] - spans[i][0])))
    lane_ends: list[int] = []
    lanes = [0] * len(spans)
    for index in order:
        first, last = spans[index]
        lane = next((n for n, end in enumerate(lane_ends) if end < first), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(last)
        else:
            lane_ends[lane] = last
        lanes[index] = lane
    return lanes


# ---- dates in the locale's calendar -------------------------------------------------------------------------------

def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def week_start(day: date, locale: QLocale) -> date:
    """The first day of `day`'s week as the locale counts weeks (Sunday in the US, Monday in Europe, Saturday in
    Iran)."""
    first = locale.firstDayOfWeek().value
    return day - timedelta(days=(day.isoweekday() - first) % 7)


@dataclass(frozen=True)
class MonthGrid:
    """A month of the locale's calendar laid out in whole weeks."""

    first_cell: date        # the first day shown (may belong to the month before)
    weeks: int
    month_first: date
    month_last: date
    year: int               # in the locale's calendar
    month: int

    @property
    def days_in_month(self) -> int:
        return (self.month_last - self.month_first).days + 1

    def cells(self) -> list[date]:
        return [self.first_cell + timedelta(days=n) for n in range(self.weeks * 7)]


def month_grid(anchor: date, locale: QLocale) -> MonthGrid:
    """The month of the locale's calendar that holds `anchor`: a Jalali month for Persian."""
    calendar = display_calendar(locale)
    parts = calendar.partsFromDate(qdate(anchor))
    first = pydate(QDate(parts.year, parts.month, 1, calendar))
    last = first + timedelta(days=calendar.daysInMonth(parts.month, parts.year) - 1)
    first_cell = week_start(first, locale)
    weeks = ((last - first_cell).days // 7) + 1
    return MonthGrid(first_cell, weeks, first, last, parts.year, parts.month)


def month_title(grid: MonthGrid, locale: QLocale) -> str:
    """"March 2025", or "فروردین ۱۴۰۴" in the Solar Hijri calendar."""
    calendar = display_calendar(locale)
    name = calendar.standaloneMonthName(locale, grid.month, grid.year, QLocale.FormatType.LongFormat)
    return f"{name} {locale.toString(grid.year).replace(locale.groupSeparator(), '')}"


def day_number(day: date, locale: QLocale, calendar: QCalendar | None = None) -> str:
    """The day of the month in the locale's calendar and digits."""
    calendar = calendar or display_calendar(locale)
    return locale.toString(calendar.partsFromDate(qdate(day)).day)


def day_heading(day: date, locale: QLocale, calendar: QCalendar | None = None) -> str:
    """"Mon 17": the weekday's short name and the day of the month."""
    weekday = locale.standaloneDayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {day_number(day, locale, calendar)}"


def long_date(day: date, locale: QLocale) -> str:
    return locale.toString(qdate(day), QLocale.FormatType.LongFormat, display_calendar(locale))


def span_title(first: date, last: date, locale: QLocale) -> str:
    """"22 – 28 November 2026" or "29 November – 5 December 2026", with the locale's calendar, names and digits."""
    calendar = display_calendar(locale)
    a, b = calendar.partsFromDate(qdate(first)), calendar.partsFromDate(qdate(last))

    def month(parts: Any) -> str:
        return calendar.standaloneMonthName(locale, parts.month, parts.year, QLocale.FormatType.LongFormat)

    year = locale.toString(b.year).replace(locale.groupSeparator(), "")
    if (a.year, a.month) == (b.year, b.month):
        return f"{locale.toString(a.day)} – {locale.toString(b.day)} {month(b)} {year}"
    return f"{locale.toString(a.day)} {month(a)} – {locale.toString(b.day)} {month(b)} {year}"


def time_text(moment: datetime, locale: QLocale) -> str:
    return locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)

