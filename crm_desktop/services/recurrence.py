"""Recurring tasks: the small Recurrence a user edits, the RFC 5545 rule text stored with a series, and its
occurrences expanded in local wall-clock time (so a 09:00 meeting stays at 09:00 across a daylight-saving change)
and returned as naive UTC like every timestamp of the database. Qt-free and database-free.

The stored text of a series is two RFC 5545 lines, the anchor and the rule::

    DTSTART;TZID=Europe/Amsterdam:20250317T090000
    RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20250601T215959Z

An all-day series has ``DTSTART;VALUE=DATE:20250317`` and an UNTIL date; its occurrences are dates, placed at the
viewer's local midnight as all-day tasks are. The zone travels with the series, so two computers in different
zones that share one database file agree on every occurrence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrule, rrulestr

from crm_desktop.errors import ValidationError

FREQUENCIES = ("daily", "weekly", "monthly", "yearly")
DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
MAX_RULE_LENGTH = 500        # the width of tasks.recurrence_rule
MAX_INTERVAL = 999
MAX_COUNT = 10_000
# Occurrences walked in one search for a free one: a series whose every occurrence was edited by hand cannot make
# a search endless (100,000 daily occurrences are 270 years).
MAX_STEPS = 100_000

_PART = re.compile(r"^[A-Z-]+=[^;]*$")
_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_DATETIME = re.compile(r"^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$")
# Parts whose values name days of the month or year: a series with them cannot be dragged to another day.
_DAY_BOUND = ("BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYSETPOS", "BYMONTH")
_EDITOR_PARTS = ("FREQ", "INTERVAL", "BYDAY", "UNTIL", "COUNT")


def local_zone() -> ZoneInfo:
    """The computer's time zone as an IANA zone (UTC where it cannot be found, as in a bare container)."""
    try:
        from tzlocal import get_localzone_name

        name = get_localzone_name()
        if name:
            return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError, ImportError, LookupError):
        pass
    return ZoneInfo("UTC")


def to_utc(local: datetime, zone: tzinfo) -> datetime:
    """A naive local wall-clock time in `zone` as naive UTC; a time skipped by a DST change keeps the earlier
    offset (RFC 5545 3.3.5), a repeated one is its first instance."""
    return local.replace(tzinfo=zone).astimezone(UTC).replace(tzinfo=None)


def to_local(utc: datetime, zone: tzinfo) -> datetime:
    """Naive UTC as the naive wall-clock time in `zone`."""
    return utc.replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None)


def local_midnight(day: date, zone: tzinfo) -> datetime:
    """Naive UTC of the start of `day` in `zone`: where all-day tasks are stored."""
    return to_utc(datetime.combine(day, time()), zone)


def zone_key(zone: tzinfo) -> str | None:
    """The IANA name of a zone, None for zones without one (fixed offsets, zones built from a VTIMEZONE)."""
    key = getattr(zone, "key", None)
    return key if isinstance(key, str) and key and key != "localtime" else None


@dataclass(frozen=True)
class Recurrence:
    """How a task repeats, as the task editor shows it; `extra` keeps RRULE parts the editor has no field for."""

    freq: str                        # daily | weekly | monthly | yearly
    interval: int = 1                # every N days, weeks, months or years
    days: tuple[int, ...] = ()       # weekly: the weekdays, 0 = Monday; empty = the start's weekday
    until: date | None = None        # the last day an occurrence may fall on (local, inclusive)
    count: int | None = None         # or: this many occurrences in all
    extra: str = ""                  # e.g. "BYSETPOS=-1;WKST=SU", as it came from an imported file

    def checked(self) -> Recurrence:
        """The same recurrence with sorted unique days; ValidationError names what is wrong."""
        if self.freq not in FREQUENCIES:
            raise ValidationError(f"'{self.freq}' is not a repeat frequency; choose daily, weekly, monthly or "
                                  "yearly.")
        if not 1 <= self.interval <= MAX_INTERVAL:
            raise ValidationError(f"Repeat every 1 to {MAX_INTERVAL} {self.freq} periods.")
        if self.until is not None and self.count is not None:
            raise ValidationError("A series ends on a date or after a number of times, not both.")
        if self.count is not None and not 1 <= self.count <= MAX_COUNT:
            raise ValidationError(f"A series repeats 1 to {MAX_COUNT:,} times.")
        if any(not 0 <= d <= 6 for d in self.days):
            raise ValidationError("Weekdays are numbered 0 (Monday) to 6 (Sunday).")
        if self.days and self.freq != "weekly":
            raise ValidationError("Weekdays can be chosen for a weekly series only.")
        # The editor's own parts live in their fields; BYDAY stays in `extra` only for monthly/yearly rules.
        owned = set(_EDITOR_PARTS) - ({"BYDAY"} if not self.days else set())
        for part in filter(None, self.extra.split(";")):
            name = part.split("=", 1)[0].upper()
            if not _PART.match(part.upper()) or name in owned:
                raise ValidationError(f"'{part}' is not a recurrence rule part that can be kept.")
        return replace(self, days=tuple(sorted(set(self.days))))

    def rrule(self, start: datetime, zone: tzinfo | None) -> str:
        """The RRULE value for a series starting at local `start` in `zone` (None: an all-day series)."""
        clean = self.checked()
        parts = [f"FREQ={clean.freq.upper()}"]
        if clean.interval != 1:
            parts.append(f"INTERVAL={clean.interval}")
        if clean.days:
            parts.append("BYDAY=" + ",".join(DAY_CODES[d] for d in clean.days))
        if clean.extra:
            parts.append(clean.extra.strip(";"))
        if clean.count is not None:
            parts.append(f"COUNT={clean.count}")
        if clean.until is not None:
            if clean.until < start.date():
                raise ValidationError("The series would end before it starts; choose a later end date.")
            if zone is None:
                parts.append(f"UNTIL={clean.until:%Y%m%d}")
            else:
                # RFC 5545: with a zoned DTSTART, UNTIL is UTC; the end of the chosen local day keeps its occurrence.
                last = to_utc(datetime.combine(clean.until, time(23, 59, 59)), zone)
                parts.append(f"UNTIL={last:%Y%m%dT%H%M%SZ}")
        return ";".join(parts)

    @classmethod
    def from_rrule(cls, value: str, zone: tzinfo | None) -> Recurrence:
        """The editor's view of an RRULE value of a series in `zone` (None: all-day)."""
        parts = _split_rule(value)
        freq = parts.pop("FREQ", "").lower()
        interval = _int_part(parts.pop("INTERVAL", "1"), "INTERVAL")
        count = parts.pop("COUNT", None)
        until_text = parts.pop("UNTIL", None)
        days: tuple[int, ...] = ()
        byday = parts.get("BYDAY")
        if byday is not None and freq == "weekly" and all(code in DAY_CODES for code in byday.split(",")):
            days = tuple(DAY_CODES.index(code) for code in byday.split(","))
            del parts["BYDAY"]
        until = None
        if until_text is not None:
            moment = _parse_until(until_text)
            if isinstance(moment, datetime):
                until = (to_local(moment, zone) if zone is not None else moment).date()
            else:
                until = moment
        extra = ";".join(f"{k}={v}" for k, v in parts.items())
        return cls(freq=freq, interval=interval, days=days, until=until,
                   count=None if count is None else _int_part(count, "COUNT"), extra=extra)


@dataclass(frozen=True)
class Series:
    """The anchor and the rule of a recurring task, as stored in tasks.recurrence_rule."""

    start: datetime            # naive local wall-clock time of the first occurrence (midnight for all-day)
    zone: ZoneInfo | None      # None: an all-day series (dates at the viewer's midnight)
    rule: str                  # the RRULE value: UNTIL as UTC (timed) or as a date (all-day)

    @property
    def all_day(self) -> bool:
        return self.zone is None

    @classmethod
    def make(cls, start_utc: datetime, recurrence: Recurrence, zone: ZoneInfo, all_day: bool) -> Series:
        """A new series whose first occurrence is at `start_utc` (the local date of it, for all-day)."""
        local = to_local(start_utc, zone)
        if all_day:
            anchor = datetime.combine(local.date(), time())
            return cls(anchor, None, recurrence.rrule(anchor, None)).checked()
        anchor = local.replace(microsecond=0)
        return cls(anchor, zone, recurrence.rrule(anchor, zone)).checked()

    def checked(self) -> Series:
        """This series once its text fits the column and dateutil accepts the rule."""
        if len(self.text()) > MAX_RULE_LENGTH:
            raise ValidationError("The recurrence rule is too long to be stored (at most "
                                  f"{MAX_RULE_LENGTH} characters).")
        freq = _split_rule(self.rule).get("FREQ", "").lower()
        if freq not in FREQUENCIES:
            raise ValidationError(f"Tasks repeat daily, weekly, monthly or yearly, not '{freq or '?'}'.")
        try:
            _compiled(self.start, self.rule, _zone_name(self.zone))
        except (ValueError, TypeError) as exc:
            raise ValidationError(f"The recurrence rule '{self.rule}' cannot be used: {exc}.") from None
        return self

    def text(self) -> str:
        """The two lines stored in tasks.recurrence_rule."""
        if self.zone is None:
            head = f"DTSTART;VALUE=DATE:{self.start:%Y%m%d}"
        else:
            head = f"DTSTART;TZID={_zone_name(self.zone)}:{self.start:%Y%m%dT%H%M%S}"
        return f"{head}\nRRULE:{self.rule}"

    @classmethod
    def parse(cls, text: str) -> Series:
        """The series of a stored text; ValidationError when it is not one this module wrote."""
        head, _, rule_line = text.strip().partition("\n")
        rule_line = rule_line.strip()
        if not head.startswith("DTSTART") or not rule_line.startswith("RRULE:"):
            raise ValidationError("The stored recurrence of the task cannot be read.")
        params, _, value = head.partition(":")
        zone: ZoneInfo | None = None
        found = re.search(r";TZID=([^;:]+)", params)
        try:
            if found is not None:
                zone = ZoneInfo(found.group(1))
            moment = _parse_until(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValidationError(f"The stored recurrence of the task cannot be read: {exc}.") from None
        start = moment if isinstance(moment, datetime) else datetime.combine(moment, time())
        if zone is None and found is None and isinstance(moment, datetime):
            zone = ZoneInfo("UTC")   # a floating time: read as UTC rather than dropped
        return cls(start, zone, rule_line[len("RRULE:"):])

    def recurrence(self) -> Recurrence:
        return Recurrence.from_rrule(self.rule, self.zone)

    def with_recurrence(self, recurrence: Recurrence) -> Series:
        return replace(self, rule=recurrence.rrule(self.start, self.zone)).checked()

    def first_utc(self, tz: tzinfo) -> datetime:
        """The anchor as naive UTC (an all-day anchor at local midnight in `tz`)."""
        return to_utc(self.start, self.zone or tz)

    def between(self, start_utc: datetime, end_utc: datetime, tz: tzinfo) -> list[datetime]:
        """Occurrence starts in [start_utc, end_utc), naive UTC, in order."""
        zone = self.zone or tz
        compiled = _compiled(self.start, self.rule, _zone_name(self.zone))
        # One day either side: a local window converted from UTC is off by the zone's offset at most.
        low = to_local(start_utc, zone) - timedelta(days=1)
        high = to_local(end_utc, zone) + timedelta(days=1)
        found = []
        for occurrence in compiled.between(low, high, inc=True):
            moment = to_utc(occurrence, zone)
            if start_utc <= moment < end_utc:
                found.append(moment)
        return found

    def after(self, moment_utc: datetime, tz: tzinfo, *, inclusive: bool = False) -> Iterator[datetime]:
        """Occurrence starts after (or at, when inclusive) `moment_utc`, in order; at most MAX_STEPS of them."""
        zone = self.zone or tz
        compiled = _compiled(self.start, self.rule, _zone_name(self.zone))
        low = to_local(moment_utc, zone) - timedelta(days=1)
        for steps, occurrence in enumerate(compiled.xafter(low, inc=True)):
            if steps >= MAX_STEPS:
                return
            moment = to_utc(occurrence, zone)
            if moment > moment_utc or (inclusive and moment == moment_utc):
                yield moment

    def contains(self, moment_utc: datetime, tz: tzinfo) -> bool:
        return bool(self.between(moment_utc, moment_utc + timedelta(seconds=1), tz))

    def last_utc(self, tz: tzinfo) -> datetime | None:
        """The last occurrence of a series that ends (UNTIL or COUNT), None for an endless one."""
        parts = _split_rule(self.rule)
        if "UNTIL" not in parts and "COUNT" not in parts:
            return None
        compiled = _compiled(self.start, self.rule, _zone_name(self.zone))
        last = None
        for steps, occurrence in enumerate(compiled):
            if steps >= MAX_STEPS:
                break
            last = occurrence
        return None if last is None else to_utc(last, self.zone or tz)

    def shifted(self, delta: timedelta) -> Series:
        """The series moved by `delta` of local wall-clock time; weekly weekdays move along with the days.

        Refused for rules tied to days of the month or year (BYMONTHDAY...) when the day changes: those are edited
        in the series' editor, not dragged.
        """
        new_start = self.start + delta
        day_shift = (new_start.date() - self.start.date()).days
        parts = _split_rule(self.rule)
        if day_shift:
            if any(name in parts for name in _DAY_BOUND):
                raise ValidationError("This series repeats on set days of the month or year; change its days in "
                                      "the series' editor instead of moving it to another day.")
            if "BYDAY" in parts:
                codes = parts["BYDAY"].split(",")
                if not all(code in DAY_CODES for code in codes):
                    raise ValidationError("This series repeats on set weekdays of the month; change them in the "
                                          "series' editor instead of moving it to another day.")
                parts["BYDAY"] = ",".join(DAY_CODES[(DAY_CODES.index(c) + day_shift) % 7] for c in codes)
        if "UNTIL" in parts:
            until = _parse_until(parts["UNTIL"])
            if isinstance(until, datetime):
                parts["UNTIL"] = f"{until + delta:%Y%m%dT%H%M%SZ}"
            else:
                parts["UNTIL"] = f"{until + timedelta(days=day_shift):%Y%m%d}"
        rule = ";".join(f"{k}={v}" for k, v in parts.items())
        return Series(new_start, self.zone, rule).checked()


def parse_series(text: str | None) -> Series | None:
    """The series of a task's stored rule, None for a task that does not repeat."""
    return Series.parse(text) if text else None


def _zone_name(zone: ZoneInfo | None) -> str:
    if zone is None:
        return ""
    return zone_key(zone) or "UTC"


@lru_cache(maxsize=512)
def _compiled(start: datetime, rule: str, zone_name: str) -> rrule:
    """dateutil's rule over naive local times: UNTIL turned into the local wall-clock time it stands for."""
    parts = _split_rule(rule)
    if "UNTIL" in parts:
        until = _parse_until(parts["UNTIL"])
        if isinstance(until, datetime):
            local = to_local(until, ZoneInfo(zone_name)) if zone_name else until
            parts["UNTIL"] = f"{local:%Y%m%dT%H%M%S}"
        else:
            parts["UNTIL"] = f"{until:%Y%m%d}T000000"
    text = ";".join(f"{k}={v}" for k, v in parts.items())
    compiled = rrulestr(text, dtstart=start, cache=True)
    assert isinstance(compiled, rrule)   # a single RRULE value, never a set
    return compiled


def _split_rule(rule: str) -> dict[str, str]:
    """RRULE parts in their order, names upper-cased; spaces (Exchange writes "MO, TU") removed."""
    parts: dict[str, str] = {}
    for part in rule.replace(" ", "").strip(";").split(";"):
        if not part:
            continue
        name, sep, value = part.partition("=")
        if not sep:
            raise ValidationError(f"'{part}' is not a part of a recurrence rule.")
        parts[name.upper()] = value.upper() if name.upper() != "UNTIL" else value
    return parts


def _int_part(value: str, name: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise ValidationError(f"{name}={value} is not a number.") from None


def _parse_until(value: str) -> date | datetime:
    """A DATE or DATE-TIME value; a UTC one (ending in Z) comes back as naive UTC."""
    value = value.strip()
    found = _DATETIME.match(value)
    if found is not None:
        year, month, day, hour, minute, second = (int(g) for g in found.groups()[:6])
        return datetime(year, month, day, hour, minute, second)
    found = _DATE.match(value)
    if found is not None:
        return date(*(int(g) for g in found.groups()))
    raise ValueError(f"'{value}' is not a date or time")
