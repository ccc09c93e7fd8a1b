"""iCalendar in and out: `.ics` files of Google Calendar, Outlook/Exchange, Apple, Thunderbird, Android and CalDAV
servers. The `icalendar` library parses and writes; this module maps events and to-dos onto tasks. Qt-free.

Import. A VEVENT becomes a meeting, a VTODO a to-do: DTSTART/DTEND/DURATION/DUE, all-day dates, PRIORITY,
DESCRIPTION and LOCATION (notes), a completed to-do as done, RRULE with EXDATE as the task's series (an EXDATE is
a deleted occurrence, a RECURRENCE-ID a changed occurrence of its own), VALARM triggers (relative: N minutes
before, absolute: at a time) as reminders. Time zones: IANA names, Windows names ("W. Europe Standard Time"),
zones defined only by the file's VTIMEZONE (their IANA equivalent is found by their offsets, so a series keeps
its daylight-saving rules); an unknown TZID is read as local time with a warning. The UID decides the task's
UUID (a UUID as it is, anything else through uuid5), so importing a file again updates its tasks instead of
doubling them. Everything runs in one transaction with a savepoint per event: what cannot be stored is listed
with the reason and the rest is imported; a dry run rolls back, so its counts are exact. A file that is not
iCalendar, is empty or too big is refused as a whole (ValidationError) before anything is written.

Export. Dated tasks as VEVENTs (calendar apps import those), undated ones as VTODOs, UID = the task's UUID,
DTSTART with a TZID and a VTIMEZONE for every zone used, all-day as DATE, the series' RRULE with its deleted
occurrences as EXDATE and its changed ones as RECURRENCE-ID events, one VALARM per reminder; written atomically.
"""

from __future__ import annotations

import hashlib
import math
import re
import uuid as uuid_module
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import icalendar
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON
from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.db.database import Database
from crm_desktop.errors import CrmError, ValidationError
from crm_desktop.models import Task, TaskKind, TaskReminder, utcnow
from crm_desktop.services import reminders
from crm_desktop.services.files import read_import_file
from crm_desktop.services.progress import NO_PROGRESS, Progress
from crm_desktop.services.recurrence import (
    FREQUENCIES,
    Series,
    local_midnight,
    local_zone,
    parse_series,
    to_local,
    to_utc,
    zone_key,
)
from crm_desktop.services.reminders import ReminderSpec
from crm_desktop.services.tasks import MAX_DURATION_MIN, TaskInput, TaskService
from crm_desktop.services.vcard import _write_atomically

MAX_BYTES = 20 * 1024 * 1024
# Every UID that is not itself a UUID maps to the same UUID in every database: uuid5 in this namespace.
UID_NAMESPACE = uuid_module.uuid5(uuid_module.NAMESPACE_URL, "https://crm-desktop.invalid/ical-uid")
PRODID = "-//crm-desktop//Tasks//EN"

_LINE = re.compile(r"^[A-Za-z0-9-]+(;[^:]*)?:", re.DOTALL)
_BEGIN = re.compile(r"^BEGIN:(\S+)\s*$", re.IGNORECASE)
_END = re.compile(r"^END:(\S+)\s*$", re.IGNORECASE)
_ITEMS = ("VEVENT", "VTODO")
_NOT_TASKS = {"VJOURNAL": "journal entries", "VFREEBUSY": "free/busy times", "VAVAILABILITY": "availability"}

Problem = tuple[int, str, str]   # (number of the event or to-do in the file, its title, what happened)


@dataclass
class IcsImportResult:
    """What an import did (or, for a dry run, would do)."""

    created: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: int = 0
    occurrences: int = 0                                    # occurrences of series changed or cancelled
    reminders: int = 0                                      # reminders of the imported tasks
    rejected_items: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)   # imported, but something was left out or guessed
    task_ids: list[int] = field(default_factory=list)       # created or updated (empty for a dry run)
    dry_run: bool = False

    def report_lines(self) -> list[str]:
        """The result as the command line prints it: the counts, then each rejected event and each warning."""
        head = "Dry run (nothing written): " if self.dry_run else "Imported: "
        lines = [f"{head}{self.created} new, {self.updated} updated, {self.occurrences} occurrences changed, "
                 f"{self.skipped} skipped, {self.rejected} rejected; {self.reminders} reminders."]
        lines += [f"  event {n} ({title}): {reason}" for n, title, reason in self.rejected_items]
        lines += [f"  note{f' on event {n} ({title})' if n else ''}: {text}" for n, title, text in self.warnings]
        return lines


@dataclass(frozen=True)
class _Item:
    """One VEVENT or VTODO as plain data, its times resolved."""

    number: int
    component: str
    uid: str | None
    title: str
    kind: str
    notes: str | None
    due_at: datetime | None                 # naive UTC (all-day: local midnight)
    all_day: bool
    duration_min: int
    priority: int
    done_at: datetime | None
    cancelled: bool
    series: Series | None
    exdates: tuple[datetime, ...]           # occurrence starts, naive UTC
    recurrence_id: datetime | None          # this item changes that occurrence of the series with its UID
    alarms: tuple[ReminderSpec, ...]
    warnings: tuple[str, ...]


class _DryRun(Exception):
    """Raised at the end of a dry run so the transaction rolls back."""


# ---- reading ---------------------------------------------------------------------------------------------------

def _read_text(path: Path) -> str:
    data = read_import_file(path, MAX_BYTES, "calendar files")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # RFC 5545 says UTF-8; old Outlook files are in the Windows code page.
        return data.decode("cp1252", errors="replace")


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """Unfolded lines with the number of their first physical line."""
    lines: list[tuple[int, str]] = []
    for number, raw in enumerate(re.split(r"\r\n|\n|\r", text), start=1):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] = (lines[-1][0], lines[-1][1] + raw[1:])
        elif raw.strip():
            lines.append((number, raw))
    return lines


def _clean_lines(lines: list[tuple[int, str]]) -> tuple[list[str], list[str]]:
    """The lines an iCalendar parser can read, and a note for each line left out."""
    kept: list[str] = []
    dropped: list[str] = []
    for number, line in lines:
        if _LINE.match(line):
            kept.append(line)
        else:
            dropped.append(f"line {number} is not an iCalendar line and was left out: {line[:60]!r}")
    return kept, dropped


def _blocks(lines: list[str]) -> tuple[list[str], list[list[str]], dict[str, int]]:
    """The VTIMEZONE lines, each top-level VEVENT/VTODO as its own list of lines, and counts of other parts.

    Used when the file as a whole cannot be parsed: then each event is parsed on its own and one broken event
    costs only itself.
    """
    timezones: list[str] = []
    items: list[list[str]] = []
    others: dict[str, int] = {}
    stack: list[str] = []
    current: list[str] | None = None
    zone: list[str] | None = None
    for line in lines:
        begin, end = _BEGIN.match(line), _END.match(line)
        if begin:
            name = begin.group(1).upper()
            stack.append(name)
            if name in _ITEMS and current is None:
                current = []
            elif name == "VTIMEZONE" and zone is None:
                zone = []
            elif name in _NOT_TASKS and current is None:
                others[name] = others.get(name, 0) + 1
        if current is not None:
            current.append(line)
        elif zone is not None:
            zone.append(line)
        if end:
            name = end.group(1).upper()
            if name in stack:
                while stack and stack.pop() != name:
                    pass
            if name in _ITEMS and current is not None and name not in stack:
                items.append(current)
                current = None
            elif name == "VTIMEZONE" and zone is not None:
                timezones += zone
                zone = None
    if current:   # not closed at the end of the file: parse what there is
        items.append([*current, "END:" + current[0].split(":", 1)[1].strip().upper()])
    return timezones, items, others


def _components(text: str) -> tuple[list[Any], list[str], dict[str, int], list[tuple[int, str]]]:
    """(events and to-dos, file-level notes, counts of parts that are not tasks, events that could not be read)."""
    lines = _logical_lines(text)
    if not any(_BEGIN.match(line) and _BEGIN.match(line).group(1).upper() in (  # type: ignore[union-attr]
            "VCALENDAR", *_ITEMS, *_NOT_TASKS) for _, line in lines):
        raise ValidationError("The file is not an iCalendar (.ics) file: it has no BEGIN:VCALENDAR, BEGIN:VEVENT "
                              "or BEGIN:VTODO line.")
    kept, notes = _clean_lines(lines)
    timezones, blocks, others = _blocks(kept)
    failed: list[tuple[int, str]] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")   # icalendar warns about guessed zones; the items carry our own notes
            calendars = icalendar.Calendar.from_ical("\r\n".join(kept), multiple=True)
        found = [c for cal in calendars for c in cal.walk() if c.name in _ITEMS]
        if len(found) == len(blocks):
            return found, notes, others, failed
    except Exception:  # noqa: BLE001 - the whole file did not parse: go event by event below
        pass
    components: list[Any] = []
    for number, block in enumerate(blocks, start=1):
        wrapped = ["BEGIN:VCALENDAR", "VERSION:2.0", *timezones, *block, "END:VCALENDAR"]
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                calendar = icalendar.Calendar.from_ical("\r\n".join(wrapped))
            parsed = [c for c in calendar.walk() if c.name in _ITEMS]
            if not parsed:
                raise ValueError("no event or to-do in it")
            components.append(parsed[0])
        except Exception as exc:  # noqa: BLE001 - one broken event never stops the others
            failed.append((number, f"It could not be read: {exc}"))
            components.append(None)
    return components, notes, others, failed


def _read_items(path: Path | str, tz: tzinfo | None = None) -> tuple[list[_Item], list[Problem], list[Problem]]:
    """The events and to-dos of a file, with the ones that cannot be read and the file's notes (warnings)."""
    path = Path(path)
    tz = tz or local_zone()
    text = _read_text(path)
    components, notes, others, failed = _components(text)
    file_notes: list[Problem] = [(0, path.name, note) for note in notes]
    for name, count in others.items():
        file_notes.append((0, path.name, f"{count} {_NOT_TASKS[name]} ({name}) not imported: they are not events "
                                         "or to-dos."))
    rejected: list[Problem] = [(n, "?", reason) for n, reason in failed]
    items: list[_Item] = []
    for number, component in enumerate(components, start=1):
        if component is None:
            continue
        try:
            items.append(_item(number, component, tz))
        except (ValidationError, ValueError) as exc:
            rejected.append((number, _title(component), str(exc)))
        except Exception as exc:  # noqa: BLE001 - an odd event never stops the others
            rejected.append((number, _title(component), f"It could not be read: {exc}"))
    if not items and not rejected:
        what = "; ".join(n[2] for n in file_notes) if file_notes else "nothing"
        raise ValidationError(f"'{path.name}' holds no events or to-dos to import ({what}).")
    return items, rejected, file_notes


def _made_up_uid(component: Any) -> str:
    """A UID for an event that lacks one (RFC 5545 requires it; some exporters forget): the same event in the
    same file gets the same one, so importing that file again still updates instead of doubling."""
    start = component.get("DTSTART") or component.get("DUE")
    text = "\x1f".join((component.name, _title(component), start.to_ical().decode() if start is not None else ""))
    return "no-uid-" + hashlib.sha1(text.encode("utf-8")).hexdigest()


def _title(component: Any) -> str:
    value = component.get("SUMMARY")
    text = str(value).strip() if value is not None else ""
    return text[:300] or ("Untitled to-do" if component.name == "VTODO" else "Untitled event")


def _item(number: int, c: Any, tz: tzinfo) -> _Item:
    notes_out: list[str] = []
    todo = c.name == "VTODO"
    title = _title(c)
    parts = [str(c.get("DESCRIPTION")).strip() if c.get("DESCRIPTION") is not None else ""]
    location = str(c.get("LOCATION") or "").strip()
    if location:
        parts.append(f"Location: {location}")
    notes = "\n\n".join(p for p in parts if p) or None
    start = _moment(c, "DTSTART", tz, notes_out)
    due_value = _moment(c, "DUE", tz, notes_out) if todo else None
    end = None if todo else _moment(c, "DTEND", tz, notes_out)
    duration = _duration_of(c, notes_out)
    anchor = due_value or start
    if anchor is None and not todo:
        raise ValidationError("The event has no start (DTSTART).")
    all_day = anchor is not None and anchor.all_day
    minutes = 30
    if start is not None and end is not None:
        minutes = int((end.utc - start.utc).total_seconds() // 60)
    elif duration is not None:
        minutes = int(duration.total_seconds() // 60)
    elif start is not None and due_value is not None:
        minutes = int((due_value.utc - start.utc).total_seconds() // 60)
    elif not todo:
        minutes = 1440 if all_day else 0    # RFC 5545: a DATE start lasts one day, a DATE-TIME start no time
    if all_day:
        minutes = max(1, math.ceil(minutes / 1440)) * 1440
    if minutes < 0:
        notes_out.append("It ends before it starts; its duration was set to 0.")
        minutes = 0
    if minutes > MAX_DURATION_MIN:
        notes_out.append(f"It lasts longer than {MAX_DURATION_MIN // 1440} days; that was shortened.")
        minutes = MAX_DURATION_MIN
    status = str(c.get("STATUS") or "").upper()
    done_at = None
    if todo and (status == "COMPLETED" or c.get("COMPLETED") is not None):
        completed = _moment(c, "COMPLETED", tz, notes_out)
        done_at = completed.utc if completed is not None else utcnow()
    series: Series | None = None
    exdates: tuple[datetime, ...] = ()
    if c.get("RRULE") is not None and anchor is not None:
        series = _series(c, anchor, tz, notes_out)
        if series is not None:
            exdates = _exdates(c, series, tz, notes_out)
    for name in ("RDATE", "EXRULE"):
        if c.get(name) is not None:
            notes_out.append(f"Its {name} was left out: only RRULE repetitions are kept.")
    recurrence_id = None
    if c.get("RECURRENCE-ID") is not None:
        rid = _moment(c, "RECURRENCE-ID", tz, notes_out)
        if rid is None:
            raise ValidationError("Its RECURRENCE-ID cannot be read.")
        recurrence_id = rid.utc
    alarms = _alarms(c, anchor, minutes, notes_out)
    uid = str(c.get("UID") or "").strip() or _made_up_uid(c)
    return _Item(number=number, component=c.name, uid=uid,
                 title=title, kind=TaskKind.TODO.value if todo else TaskKind.MEETING.value, notes=notes,
                 due_at=anchor.utc if anchor is not None else None, all_day=all_day, duration_min=minutes,
                 priority=_priority(c.get("PRIORITY")), done_at=done_at, cancelled=status == "CANCELLED",
                 series=series, exdates=exdates, recurrence_id=recurrence_id, alarms=alarms,
                 warnings=tuple(dict.fromkeys(notes_out)))


@dataclass(frozen=True)
class _Moment:
    utc: datetime              # naive UTC (a date: its local midnight)
    all_day: bool
    local: datetime            # the wall-clock time as written (a date: its midnight)
    zone: tzinfo | None        # the zone it was written in (None for a date); resolved to IANA only for a series
    tzid: str | None


def _moment(c: Any, name: str, tz: tzinfo, notes: list[str]) -> _Moment | None:
    prop = c.get(name)
    if prop is None:
        return None
    if isinstance(prop, list):
        prop = prop[0]
    try:
        value = prop.dt
    except Exception:  # noqa: BLE001 - icalendar keeps a broken value as text and raises on .dt
        raise ValidationError(f"Its {name} '{str(prop)[:40]}' is not a date or time.") from None
    return _resolve(value, getattr(prop, "params", {}).get("TZID"), name, tz, notes)


def _resolve(value: Any, tzid: str | None, name: str, tz: tzinfo, notes: list[str]) -> _Moment:
    if isinstance(value, datetime):
        value = value.replace(microsecond=0)
        if value.tzinfo is None:
            # Floating time (or a TZID nobody knows): the wall-clock time where the user is.
            if tzid:
                notes.append(f"The time zone '{tzid}' of its {name} is unknown; the time was read as local time.")
            return _Moment(to_utc(value, tz), False, value, tz, None)
        return _Moment(value.astimezone(UTC).replace(tzinfo=None), False, value.replace(tzinfo=None),
                       value.tzinfo, tzid)
    if isinstance(value, date):
        return _Moment(local_midnight(value, tz), True, datetime.combine(value, time()), None, None)
    raise ValidationError(f"Its {name} is not a date or time.")


def _iana(zone: tzinfo, tzid: str | None, around: datetime, own: tzinfo | None = None) -> ZoneInfo | None:
    """The IANA zone of a tzinfo: its own name, the Windows name's zone, or the zone with the same offsets."""
    for name in (zone_key(zone), WINDOWS_TO_OLSON.get((tzid or "").strip('"/')), tzid):
        if name:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                pass
    if zone is UTC or getattr(zone, "utcoffset", None) is None:
        return ZoneInfo("UTC")
    return _equivalent_zone(zone, around.year, own or local_zone())


_SAMPLE_DAYS = range(0, 730, 5)   # two years in 5-day steps: DST rules that differ by days still differ here


def _offsets(zone: tzinfo, year: int) -> tuple[timedelta | None, ...]:
    base = datetime(year, 1, 1, 12, tzinfo=UTC)
    return tuple((base + timedelta(days=d)).astimezone(zone).utcoffset() for d in _SAMPLE_DAYS)


@lru_cache(maxsize=64)
def _candidate_offsets(year: int) -> tuple[tuple[str, tuple[timedelta | None, ...]], ...]:
    # The zones Windows names stand for come first: they are the well-known city of each set of rules.
    preferred = sorted(set(WINDOWS_TO_OLSON.values()))
    others = sorted(n for n in available_timezones() if "/" in n and not n.startswith(("Etc/", "SystemV/")))
    names = [*preferred, *(n for n in others if n not in set(preferred))]
    return tuple((n, _offsets(ZoneInfo(n), year)) for n in names)


def _equivalent_zone(zone: tzinfo, year: int, own: tzinfo) -> ZoneInfo | None:
    """An IANA zone with the same UTC offsets as `zone` over two years (the user's own zone preferred)."""
    try:
        wanted = _offsets(zone, year)
    except Exception:  # noqa: BLE001 - a zone that cannot convert has no equivalent
        return None
    if isinstance(own, ZoneInfo) and zone_key(own) and _offsets(own, year) == wanted:
        return own
    for name, offsets in _candidate_offsets(year):
        if offsets == wanted:
            return ZoneInfo(name)
    return None


def _duration_of(c: Any, notes: list[str]) -> timedelta | None:
    prop = c.get("DURATION")
    if prop is None:
        return None
    try:
        value = prop.dt
    except Exception:  # noqa: BLE001 - a broken DURATION is left out, with a note
        notes.append(f"Its DURATION '{str(prop)[:40]}' cannot be read and was left out.")
        return None
    return value if isinstance(value, timedelta) else None


def _priority(prop: Any) -> int:
    """RFC 5545 PRIORITY (1 highest ... 9 lowest, 0 undefined) as low, normal or high."""
    try:
        value = int(prop) if prop is not None else 0
    except (TypeError, ValueError):
        return 1
    if 1 <= value <= 4:
        return 2
    if value >= 6:
        return 0
    return 1


def _series(c: Any, anchor: _Moment, tz: tzinfo, notes: list[str]) -> Series | None:
    prop = c.get("RRULE")
    if isinstance(prop, list):
        notes.append("It has several RRULEs; only the first was kept.")
        prop = prop[0]
    # A rule icalendar could not parse is kept as its raw text (vBroken); Exchange writes "BYDAY=MO, TU".
    raw = str(prop) if isinstance(prop, icalendar.vBroken) else prop.to_ical().decode()
    raw = raw.replace(" ", "")
    try:
        parts = [p for p in raw.strip(";").split(";") if p]
        values = dict(p.split("=", 1) for p in parts)
    except ValueError:
        notes.append(f"Its repetition '{raw[:60]}' cannot be read; only its first occurrence was imported.")
        return None
    freq = values.get("FREQ", "").upper()
    if freq.lower() not in FREQUENCIES:
        notes.append(f"It repeats {freq.lower() or 'in an unknown way'}, which tasks do not; only its first "
                     "occurrence was imported.")
        return None
    zone: ZoneInfo | None = None
    local = anchor.local
    if not anchor.all_day:
        # The series repeats in its own zone's wall-clock time, so that zone needs its IANA name.
        assert anchor.zone is not None
        zone = _iana(anchor.zone, anchor.tzid, anchor.local, tz)
        if zone is None:
            zone = _iana(tz, None, anchor.local) or ZoneInfo("UTC")
            notes.append(f"The time zone '{anchor.tzid}' matches no known zone; its repetitions follow your time "
                         "zone's daylight-saving changes.")
        local = to_local(anchor.utc, zone)
    if "UNTIL" in values:
        values["UNTIL"] = _until(values["UNTIL"], zone)
    rule = ";".join(f"{k.upper()}={v}" for k, v in values.items())
    try:
        return Series(local, zone, rule).checked()
    except ValidationError as exc:
        notes.append(f"{exc} Only its first occurrence was imported.")
        return None


def _until(value: str, zone: ZoneInfo | None) -> str:
    """UNTIL as this app stores it: UTC for a timed series, a date for an all-day one."""
    found = re.match(r"^(\d{8})(T(\d{6})(Z?))?$", value)
    if found is None:
        raise ValidationError(f"UNTIL={value} is not a date or time.")
    day = datetime.strptime(found.group(1), "%Y%m%d")
    if found.group(2) is None:
        if zone is None:
            return found.group(1)
        return f"{to_utc(day.replace(hour=23, minute=59, second=59), zone):%Y%m%dT%H%M%SZ}"
    moment = datetime.strptime(found.group(1) + found.group(3), "%Y%m%d%H%M%S")
    if zone is None:
        # An all-day series with a UTC UNTIL: exporters write the start of the last day in their own zone, which
        # is within 12 hours of that day's UTC midnight.
        if found.group(4):
            moment += timedelta(hours=12)
        return f"{moment:%Y%m%d}"
    if not found.group(4):
        moment = to_utc(moment, zone)
    return f"{moment:%Y%m%dT%H%M%SZ}"


def _exdates(c: Any, series: Series, tz: tzinfo, notes: list[str]) -> tuple[datetime, ...]:
    props = c.get("EXDATE")
    if props is None:
        return ()
    found: list[datetime] = []
    for prop in props if isinstance(props, list) else [props]:
        tzid = getattr(prop, "params", {}).get("TZID")
        for entry in getattr(prop, "dts", []):
            try:
                value = entry.dt
            except Exception:  # noqa: BLE001 - a broken EXDATE is left out, with a note
                notes.append("An EXDATE cannot be read and was left out.")
                continue
            found += _occurrences_at(value, tzid, series, tz, notes)
    return tuple(sorted(set(found)))


def _occurrences_at(value: Any, tzid: str | None, series: Series, tz: tzinfo, notes: list[str]) -> list[datetime]:
    """The occurrence starts an EXDATE or RECURRENCE-ID value names (a date: the occurrences of that day)."""
    if isinstance(value, datetime):
        if series.all_day:
            day = value.date()   # the day as written, in its own zone
            return [local_midnight(day, tz)]
        if value.tzinfo is None:
            return [to_utc(value.replace(microsecond=0), series.zone or tz)]
        return [value.astimezone(UTC).replace(tzinfo=None, microsecond=0)]
    if isinstance(value, date):
        if series.all_day:
            return [local_midnight(value, tz)]
        zone = series.zone or tz
        return series.between(to_utc(datetime.combine(value, time()), zone),
                              to_utc(datetime.combine(value + timedelta(days=1), time()), zone), tz)
    return []


def _alarms(c: Any, anchor: _Moment | None, duration_min: int, notes: list[str]) -> tuple[ReminderSpec, ...]:
    specs: list[ReminderSpec] = []
    for alarm in c.walk("VALARM"):
        if str(alarm.get("ACTION") or "DISPLAY").upper() == "NONE":
            continue   # Apple's placeholder alarm: no reminder meant
        trigger = alarm.get("TRIGGER")
        if trigger is None:
            notes.append("A reminder (VALARM) without a TRIGGER was left out.")
            continue
        try:
            value = trigger.dt
        except Exception:  # noqa: BLE001 - a broken trigger is left out, with a note
            notes.append(f"A reminder's TRIGGER '{str(trigger)[:40]}' cannot be read and was left out.")
            continue
        if isinstance(value, timedelta):
            if anchor is None:
                notes.append("A reminder relative to the due time of an undated to-do was left out.")
                continue
            minutes = value.total_seconds() / 60
            if str(trigger.params.get("RELATED", "START")).upper() == "END":
                minutes += duration_min
            specs.append(ReminderSpec(offset_min=-round(minutes)))
        elif isinstance(value, datetime):
            at = value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value
            specs.append(ReminderSpec.absolute(at.replace(microsecond=0)))
        else:
            notes.append("A reminder with a date but no time was left out.")
    return tuple(dict.fromkeys(specs))


# ---- importing -------------------------------------------------------------------------------------------------

def uid_to_uuid(uid: str) -> str:
    """The task UUID an iCalendar UID stands for: the UID itself when it is a UUID, else its uuid5."""
    try:
        return str(uuid_module.UUID(uid.strip()))
    except ValueError:
        return str(uuid_module.uuid5(UID_NAMESPACE, uid.strip()))


def import_ics(db: Database, path: Path | str, user_id: int | None = None, dry_run: bool = False,
               progress: Progress = NO_PROGRESS, *, tz: tzinfo | None = None,
               clock: Callable[[], datetime] | None = None) -> IcsImportResult:
    """Import the events and to-dos of an `.ics` file as tasks of `user_id` (see the module's description)."""
    tz = tz or local_zone()
    items, rejected, notes = _read_items(path, tz)
    result = IcsImportResult(rejected=len(rejected), rejected_items=list(rejected), warnings=list(notes),
                             dry_run=dry_run)
    service = TaskService(db, user_id, clock, tz)
    now = (clock or utcnow)()
    masters = [i for i in items if i.recurrence_id is None]
    changes = [i for i in items if i.recurrence_id is not None]
    total = len(items)
    try:
        with db.session() as s:
            for done, item in enumerate([*masters, *changes]):
                progress.step(done, total, item.title)
                try:
                    with s.begin_nested():
                        outcome = (_import_item(s, service, item, now) if item.recurrence_id is None
                                   else _import_change(s, service, item, now))
                except CrmError as exc:
                    result.rejected += 1
                    result.rejected_items.append((item.number, item.title, str(exc)))
                    continue
                kind, task_id, extra = outcome
                if kind == "skipped":
                    result.skipped += 1
                else:
                    result.created += kind == "created"
                    result.updated += kind == "updated"
                    result.occurrences += kind == "occurrence"
                    result.task_ids.append(task_id)
                    result.reminders += len(item.alarms)
                result.warnings += [(item.number, item.title, w) for w in (*item.warnings, *extra)]
            progress.step(total, total, "")
            if dry_run:
                raise _DryRun
    except _DryRun:
        result.task_ids = []
    result.rejected_items.sort()
    result.warnings.sort(key=lambda p: p[0])
    if not dry_run and (result.created or result.updated):
        reminders.notify_changed()
    return result


def _input(item: _Item, owner_id: int | None) -> TaskInput:
    return TaskInput(title=item.title, kind=item.kind, notes=item.notes, due_at=item.due_at, all_day=item.all_day,
                     duration_min=item.duration_min, priority=item.priority, owner_id=owner_id,
                     reminders=item.alarms)


def _import_item(s: Session, service: TaskService, item: _Item, now: datetime) -> tuple[str, int, list[str]]:
    extra: list[str] = []
    existing = s.scalar(select(Task).where(Task.uuid == uid_to_uuid(item.uid))) if item.uid else None
    if existing is not None and existing.deleted_at is not None:
        return "skipped", existing.id, [f"Its task '{existing.title}' is in the Trash; restore it to update it "
                                        "from the file."]
    if item.cancelled and item.component == "VEVENT":
        return "skipped", 0, ["It is cancelled (STATUS:CANCELLED); not imported."]
    if existing is not None and (existing.series_id is not None or existing.parent_id is not None):
        raise ValidationError("Its UID belongs to an occurrence or a checklist item here; it was not imported.")
    owner = existing.owner_id if existing is not None else service.user_id
    data = _input(item, owner)
    if existing is None:
        task = service.create_in(s, data, uuid=uid_to_uuid(item.uid) if item.uid else None, series=item.series,
                                 current_from=now)
        kind = "created"
    else:
        task = existing
        if task.done_at is not None and task.recurrence_rule is None and item.done_at is None:
            extra.append("Its task is done here; it was updated and stays done.")
        service.update_in(s, task, data, series=item.series, current_from=now)
        kind = "updated"
    if item.done_at is not None and task.done_at is None and task.recurrence_rule is None:
        task.done_at = item.done_at
    if item.series is not None:
        for occurrence in item.exdates:
            if s.scalar(select(Task.id).where(Task.series_id == task.id, Task.occurrence_start == occurrence)):
                continue
            if item.series.contains(occurrence, service.tz):
                service.detach_in(s, task, occurrence, {"deleted_at": now})
    return kind, task.id, extra


def _import_change(s: Session, service: TaskService, item: _Item, now: datetime) -> tuple[str, int, list[str]]:
    """A RECURRENCE-ID event: one occurrence of a series changed (or cancelled)."""
    assert item.recurrence_id is not None
    series_row = s.scalar(select(Task).where(Task.uuid == uid_to_uuid(item.uid))) if item.uid else None
    series = parse_series(series_row.recurrence_rule) if series_row is not None else None
    occurrence = item.recurrence_id
    if series is not None and series.all_day:
        occurrence = local_midnight(to_local(occurrence, service.tz).date(), service.tz)
    if series_row is None or series is None or series_row.deleted_at is not None or not series.contains(
            occurrence, service.tz):
        if item.cancelled:
            return "skipped", 0, ["It cancels an occurrence of a series that is not here; nothing to do."]
        # Its series is not here (or has no such occurrence): the changed occurrence still happens.
        task = service.create_in(s, _input(item, service.user_id))
        return "created", task.id, ["Its series is not in the file (or has no such occurrence); it was imported "
                                    "as a task of its own."]
    existing = s.scalar(select(Task).where(Task.series_id == series_row.id, Task.occurrence_start == occurrence))
    if existing is not None:
        if existing.deleted_at is not None or existing.done_at is not None:
            return "skipped", existing.id, ["That occurrence is deleted or done here; it was left as it is."]
        if item.cancelled:
            existing.deleted_at = now
            return "occurrence", existing.id, []
        service.update_in(s, existing, _input(item, existing.owner_id))
        return "occurrence", existing.id, []
    if item.cancelled:
        row = service.detach_in(s, series_row, occurrence, {"deleted_at": now})
        return "occurrence", row.id, []
    data = _input(item, series_row.owner_id)
    values = {"title": data.title, "notes": data.notes, "due_at": data.due_at, "all_day": data.all_day,
              "duration_min": data.duration_min, "priority": data.priority, "kind": data.kind}
    row = service.detach_in(s, series_row, occurrence, values)
    if item.alarms:
        reminders.set_reminders_in(s, row, item.alarms, now, service.tz)
    return "occurrence", row.id, []


# ---- exporting -------------------------------------------------------------------------------------------------

def task_ids_for_export(db: Database, owner_id: int | None = None, include_done: bool = False) -> list[int]:
    """The tasks an export of everything (or of one owner's tasks) writes: live, not checklist items, not
    occurrences (they go with their series)."""
    with db.session(write=False) as s:
        stmt = select(Task.id).where(Task.deleted_at.is_(None), Task.parent_id.is_(None),
                                     Task.series_id.is_(None)).order_by(Task.due_at.is_(None), Task.due_at, Task.id)
        if owner_id is not None:
            stmt = stmt.where(Task.owner_id == owner_id)
        if not include_done:
            stmt = stmt.where(Task.done_at.is_(None))
        return list(s.scalars(stmt))


def export_ics(db: Database, task_ids: Sequence[int], path: Path | str, *, tz: tzinfo | None = None) -> int:
    """Write the tasks (a series with its changed occurrences) to `path` atomically; returns how many tasks were
    written (occurrence events not counted)."""
    path = Path(path)
    if path.suffix.lower() not in (".ics", ".ical", ".ifb", ".icalendar"):
        raise ValidationError(f"'{path.name}' does not end in .ics; calendars are written to an .ics file.")
    tz = tz or local_zone()
    zone = _iana(tz, None, datetime.now()) or ZoneInfo("UTC")
    calendar = icalendar.Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    stamp = utcnow().replace(microsecond=0, tzinfo=UTC)
    written = 0
    years: list[int] = []
    with db.session(write=False) as s:
        wanted = list(dict.fromkeys(task_ids))
        tasks = {t.id: t for chunk in _chunks(wanted)
                 for t in s.scalars(select(Task).where(Task.id.in_(chunk), Task.deleted_at.is_(None),
                                                       Task.parent_id.is_(None)))}
        for task_id in wanted:
            task = tasks.get(task_id)
            if task is None or (task.series_id is not None and task.series_id in tasks):
                continue   # gone, or an occurrence written with its series
            alarms = _task_alarms(s, task.id)
            series = parse_series(task.recurrence_rule)
            calendar.add_component(_component(task, series, zone, tz, stamp, alarms, years, uid=task.uuid))
            written += 1
            if series is None:
                continue
            rows = list(s.scalars(select(Task).where(Task.series_id == task.id,
                                                     Task.occurrence_start.is_not(None))
                                  .order_by(Task.occurrence_start)))
            master = calendar.subcomponents[-1]
            deleted = [r.occurrence_start for r in rows if r.deleted_at is not None and r.occurrence_start]
            if deleted:
                master.add("EXDATE", [_value(o, series.all_day, series.zone or zone, tz) for o in deleted])
            for row in rows:
                if row.deleted_at is not None or row.occurrence_start is None:
                    continue
                event = _component(row, None, zone, tz, stamp, _task_alarms(s, row.id), years, uid=task.uuid)
                event.add("RECURRENCE-ID", _value(row.occurrence_start, series.all_day, series.zone or zone, tz))
                calendar.add_component(event)
    if years:
        calendar.add_missing_timezones(first_date=date(min(years) - 1, 1, 1), last_date=date(max(years) + 11, 1, 1))
    _write_atomically(path, calendar.to_ical().decode("utf-8"))
    return written


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), 500):
        yield list(ids[start:start + 500])


def _task_alarms(s: Session, task_id: int) -> list[tuple[int | None, datetime]]:
    """One (offset, time) per reminder the task has: each offset once, each absolute time once."""
    seen: dict[object, tuple[int | None, datetime]] = {}
    for offset, at in s.execute(select(TaskReminder.offset_min, TaskReminder.remind_at)
                                .where(TaskReminder.task_id == task_id).order_by(TaskReminder.remind_at)):
        seen.setdefault(offset if offset is not None else at, (offset, at))
    return list(seen.values())


def _value(moment: datetime, all_day: bool, zone: ZoneInfo, tz: tzinfo) -> date | datetime:
    """A stored naive UTC time as an iCalendar value: a date for all-day, else a time in `zone`."""
    if all_day:
        return to_local(moment, tz).date()
    return moment.replace(tzinfo=UTC).astimezone(zone)


def _component(task: Task, series: Series | None, zone: ZoneInfo, tz: tzinfo, stamp: datetime,
               alarms: list[tuple[int | None, datetime]], years: list[int], *, uid: str) -> Any:
    dated = task.due_at is not None or series is not None
    component = icalendar.Event() if dated else icalendar.Todo()
    component.add("UID", uid)
    component.add("DTSTAMP", stamp)
    component.add("SUMMARY", task.title)
    if task.notes:
        component.add("DESCRIPTION", task.notes + (f"\n\nResult: {task.result}" if task.result else ""))
    elif task.result:
        component.add("DESCRIPTION", f"Result: {task.result}")
    component.add("CATEGORIES", [task.kind])
    component.add("PRIORITY", {2: 1, 1: 5, 0: 9}.get(task.priority, 5))
    if task.created_at is not None:
        component.add("CREATED", task.created_at.replace(tzinfo=UTC))
    if task.updated_at is not None:
        component.add("LAST-MODIFIED", task.updated_at.replace(tzinfo=UTC))
    if not dated:
        component.add("STATUS", "COMPLETED" if task.done_at else "NEEDS-ACTION")
        if task.done_at:
            component.add("COMPLETED", task.done_at.replace(tzinfo=UTC))
    else:
        if series is not None:
            event_zone = series.zone or zone
            if series.all_day:
                start_value: date | datetime = series.start.date()
            else:
                start_value = series.start.replace(tzinfo=event_zone)
            component.add("RRULE", icalendar.vRecur.from_ical(series.rule))
        else:
            assert task.due_at is not None
            start_value = _value(task.due_at, bool(task.all_day), zone, tz)
        component.add("DTSTART", start_value)
        if isinstance(start_value, datetime):
            years.append(start_value.year)
            component.add("DTEND", start_value + timedelta(minutes=task.duration_min))
        else:
            component.add("DTEND", start_value + timedelta(days=max(1, math.ceil(task.duration_min / 1440))))
    for offset, at in alarms:
        alarm = icalendar.Alarm()
        alarm.add("ACTION", "DISPLAY")
        alarm.add("DESCRIPTION", task.title)
        if offset is None:
            alarm.add("TRIGGER", at.replace(tzinfo=UTC))
        elif dated:
            alarm.add("TRIGGER", timedelta(minutes=-offset))
        else:
            continue
        component.add_component(alarm)
    return component
