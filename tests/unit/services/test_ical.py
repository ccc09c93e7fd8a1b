"""iCalendar: every real file imported or refused with a reason, zones (IANA, Windows, VTIMEZONE-only, unknown),
series with EXDATE and RECURRENCE-ID, alarms, re-import, bad input; export read back by icalendar."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from dateutil.rrule import rrulestr
from sqlalchemy import func, select

from crm_desktop.db.database import Database, open_database
from crm_desktop.errors import ValidationError
from crm_desktop.models import Task, TaskReminder
from crm_desktop.services import defaults, ical
from crm_desktop.services.ical import export_ics, import_ics, task_ids_for_export, uid_to_uuid
from crm_desktop.services.recurrence import Recurrence, parse_series
from crm_desktop.services.reminders import ReminderService, ReminderSpec
from crm_desktop.services.tasks import TaskInput, TaskService
from tests.unit.services.task_helpers import AMS, Clock, ams, first_user, local

REALDATA = Path(__file__).resolve().parents[4] / "shared" / "realdata" / "ics"
if not REALDATA.is_dir():
    REALDATA = Path("/work/shared/realdata/ics")
FILES = sorted(REALDATA.glob("*.ics"))
# The real files live beside the repository (../shared/realdata); a clone without them skips these tests.
real = pytest.mark.skipif(not FILES, reason="../shared/realdata/ics is not there")
T0 = ams(2025, 3, 12, 12, 0)
UTC = ZoneInfo("UTC")


@pytest.fixture
def clock() -> Clock:
    return Clock(T0)


@pytest.fixture
def user_id(db: Database) -> int:
    return first_user(db)


@pytest.fixture
def tasks(db: Database, user_id: int, clock: Clock) -> TaskService:
    return TaskService(db, user_id=user_id, clock=clock, tz=AMS)


@pytest.fixture
def other_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "other.db", backups_dir=tmp_path / "other-backups")
    defaults.ensure_defaults(database, "en")
    yield database
    database.close()


def _import(db: Database, path: Path, clock: Clock | None = None, **kwargs: object) -> ical.IcsImportResult:
    return import_ics(db, path, first_user(db), tz=AMS, clock=clock, **kwargs)  # type: ignore[arg-type]


def _ics(tmp_path: Path, body: str, name: str = "in.ics") -> Path:
    path = tmp_path / name
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
                    + textwrap.dedent(body).strip().replace("\n", "\r\n") + "\r\nEND:VCALENDAR\r\n",
                    encoding="utf-8")
    return path


def _tasks(db: Database) -> list[Task]:
    with db.session(write=False) as s:
        rows = list(s.scalars(select(Task).order_by(Task.id)))
        s.expunge_all()
        return rows


def _count(db: Database, model: type) -> int:
    with db.session(write=False) as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _by_uid(db: Database, uid: str) -> Task:
    with db.session(write=False) as s:
        task = s.scalar(select(Task).where(Task.uuid == uid_to_uuid(uid)))
        assert task is not None
        s.expunge(task)
        return task


# ---- the real files --------------------------------------------------------------------------------------------

@real
def test_the_real_files_are_there() -> None:
    assert len(FILES) >= 20


@real
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_real_file_is_imported_or_refused_with_a_reason(db: Database, path: Path) -> None:
    refusal: ValidationError | None = None
    try:
        dry = _import(db, path, dry_run=True)
    except ValidationError as exc:   # refused as a whole: with a message naming the file, nothing written
        refusal = exc
    if refusal is not None:
        assert path.name in str(refusal)
        assert _count(db, Task) == 0
        return
    assert _count(db, Task) == 0
    assert dry.task_ids == []

    result = _import(db, path)

    assert (result.created, result.updated, result.occurrences, result.rejected) == (
        dry.created, dry.updated, dry.occurrences, dry.rejected)
    assert result.created + result.updated + result.occurrences >= 1
    assert all(reason for _, _, reason in result.rejected_items + result.warnings)
    again = _import(db, path)   # the same file again updates, it does not double
    assert again.created == 0
    assert again.updated == result.created + result.updated


@real
def test_free_busy_times_alone_are_refused(db: Database) -> None:
    path = REALDATA / "icalendar_issue_27_multiple_periods_in_freebusy_multiple_freebusies.ics"
    with pytest.raises(ValidationError, match="no events or to-dos.*free/busy"):
        _import(db, path)


@real
def test_exchange_bydays_with_spaces_and_a_vtimezone_only_zone(db: Database, tasks: TaskService) -> None:
    result = _import(db, REALDATA / "icalendar_issue_165_missing_event.ics")

    assert result.warnings == []
    series = parse_series(_tasks(db)[0].recurrence_rule)
    assert series is not None
    assert (series.zone, series.start) == (AMS, datetime(2015, 7, 3, 10))   # the zone with the same offsets
    days = [local(i.start) for i in tasks.items(ams(2015, 7, 1), ams(2015, 8, 1))]
    assert len(days) == 14
    assert days[-1] == datetime(2015, 7, 22, 10)
    assert {d.weekday() for d in days} == {0, 1, 2, 3, 4}


@real
@pytest.mark.parametrize(("name", "start_utc"), [
    ("icalendar_issue_836_do_not_quote_tzid.ics", datetime(2024, 10, 28, 21)),         # Eastern Standard Time
    ("icalendar_issue_237_fail_to_parse_timezone_with_non_ascii_tzid.ics", datetime(2017, 5, 11, 16, 30)),
    ("vobject_tzid_8bit.ics", datetime(2008, 5, 30, 9)),                               # Екатеринбург
    ("vobject_ms_tzid.ics", datetime(2008, 5, 30, 5)),                                 # Canberra, Melbourne...
    ("icalendar_alarm_thunderbird_snoozed_until_1457.ics", datetime(2024, 10, 23, 14)),  # Europe/London
])
def test_zones_of_outlook_and_thunderbird_give_the_right_instant(db: Database, name: str,
                                                                 start_utc: datetime) -> None:
    _import(db, REALDATA / name)

    assert [t.due_at for t in _tasks(db)] == [start_utc]


@real
def test_the_outlook_holiday_calendar_is_all_day(db: Database) -> None:
    result = _import(db, REALDATA / "rie_Germany.ics")

    rows = _tasks(db)
    assert result.created == 159
    assert all(t.all_day and t.duration_min == 1440 and t.kind == "meeting" for t in rows)
    assert local(rows[0].due_at) == datetime(2008, 1, 1)   # type: ignore[arg-type]


@real
def test_exdates_and_cancelled_occurrences_are_deleted_occurrences(db: Database, tasks: TaskService) -> None:
    result = _import(db, REALDATA / "vobject_radicale-0827.ics")

    assert (result.created, result.occurrences) == (1, 2)
    series = _tasks(db)[0]
    with db.session(write=False) as s:
        deleted = s.scalar(select(func.count()).select_from(Task).where(Task.series_id == series.id,
                                                                          Task.deleted_at.is_not(None)))
    assert deleted == 11   # 9 EXDATEs and 2 cancelled occurrences
    starts = [local(i.start) for i in tasks.items(ams(2017, 10, 1), ams(2018, 7, 1))]
    assert datetime(2017, 10, 23, 20, 30) not in starts
    assert datetime(2018, 3, 26, 20, 30) not in starts
    assert datetime(2017, 10, 16, 20, 30) in starts
    assert starts[-1] == datetime(2018, 6, 18, 20, 30)
    assert {s.time() for s in starts} == {datetime(2000, 1, 1, 20, 30).time()}   # across both DST changes


@real
def test_an_all_day_series_with_a_utc_until_and_moved_occurrences(db: Database, tasks: TaskService) -> None:
    _import(db, REALDATA / "rie_issue_28_rrule_with_UTC_endinginZ.ics")

    black = _by_uid(db, "040000008200E00074C5B7101A82E00800000000017E1BADC42ED601000000000000000"
                        "010000000FBF1FBAE2E9FBC4D81F16854E2F4D51B")
    items = [i for i in tasks.items(ams(2020, 4, 1), ams(2020, 10, 1)) if i.title == "Refuse black bin"]
    days = [local(i.start).date() for i in items]
    assert date(2020, 4, 17) in days
    assert date(2020, 4, 16) not in days
    assert days[-1] == date(2020, 9, 17)   # UNTIL=20200916T230000Z is midnight of the 17th in London
    assert all(i.all_day for i in items)
    assert sum(1 for i in items if i.series_id == black.id and i.source == "task") == 3


@real
def test_google_alarms_become_reminders(db: Database) -> None:
    result = _import(db, REALDATA / "icalendar_alarm_google_future.ics", clock=Clock(datetime(2024, 10, 1)))

    task = _tasks(db)[0]
    with db.session(write=False) as s:
        offsets = sorted(s.scalars(select(TaskReminder.offset_min).where(TaskReminder.task_id == task.id)))
    assert result.reminders == 3
    assert offsets == sorted({o for o in offsets})
    assert 10 in offsets


# ---- files made for the tests --------------------------------------------------------------------------------

MIXED = """
    BEGIN:VEVENT
    UID:zone-unknown
    SUMMARY:Unknown zone
    DTSTART;TZID=Mars/Olympus:20250320T090000
    DTEND;TZID=Mars/Olympus:20250320T100000
    END:VEVENT
    this line is broken
    BEGIN:VEVENT
    UID:zone-windows
    SUMMARY:Windows zone
    DTSTART;TZID=W. Europe Standard Time:20250320T090000
    DURATION:PT45M
    PRIORITY:1
    DESCRIPTION:Bring the samples
    LOCATION:Utrecht
    BEGIN:VALARM
    ACTION:DISPLAY
    TRIGGER;RELATED=END:-PT5M
    END:VALARM
    BEGIN:VALARM
    ACTION:DISPLAY
    TRIGGER;VALUE=DATE-TIME:20250320T070000Z
    END:VALARM
    BEGIN:VALARM
    ACTION:NONE
    TRIGGER;VALUE=DATE-TIME:19760401T005545Z
    END:VALARM
    END:VEVENT
    BEGIN:VEVENT
    UID:broken-start
    SUMMARY:Broken start
    DTSTART:2025031X
    END:VEVENT
    BEGIN:VTODO
    UID:todo-done
    SUMMARY:Paid the invoice
    DUE;VALUE=DATE:20250310
    STATUS:COMPLETED
    COMPLETED:20250311T100000Z
    PRIORITY:9
    END:VTODO
    BEGIN:VTODO
    UID:todo-undated
    SUMMARY:Someday
    END:VTODO
"""


def test_what_can_be_imported_is_and_the_rest_is_listed(db: Database, tmp_path: Path, clock: Clock) -> None:
    result = _import(db, _ics(tmp_path, MIXED), clock=clock)

    assert (result.created, result.rejected) == (4, 1)
    lines = result.report_lines()
    assert lines[0] == "Imported: 4 new, 0 updated, 0 occurrences changed, 0 skipped, 1 rejected; 2 reminders."
    assert lines[1] == "  event 3 (Broken start): Its DTSTART '2025031X' is not a date or time."
    assert result.rejected_items[0][1:] == ("Broken start", "Its DTSTART '2025031X' is not a date or time.")
    notes = [w[2] for w in result.warnings]
    assert any(n.startswith("line 10 is not an iCalendar line and was left out: 'this line is broken'")
               for n in notes)
    assert any("'Mars/Olympus'" in n and "local time" in n for n in notes)
    unknown, windows = _by_uid(db, "zone-unknown"), _by_uid(db, "zone-windows")
    assert (local(unknown.due_at), unknown.duration_min) == (datetime(2025, 3, 20, 9), 60)  # type: ignore[arg-type]
    assert windows.due_at == datetime(2025, 3, 20, 8)   # Europe/Berlin in winter: UTC+1
    assert (windows.duration_min, windows.priority, windows.kind) == (45, 2, "meeting")
    assert windows.notes == "Bring the samples\n\nLocation: Utrecht"
    with db.session(write=False) as s:
        alarms = s.execute(select(TaskReminder.offset_min, TaskReminder.remind_at)
                           .where(TaskReminder.task_id == windows.id).order_by(TaskReminder.remind_at)).all()
    assert [tuple(a) for a in alarms] == [(None, datetime(2025, 3, 20, 7)), (-40, datetime(2025, 3, 20, 8, 40))]
    done = _by_uid(db, "todo-done")
    assert (done.kind, done.all_day, done.done_at, done.priority) == ("todo", True, datetime(2025, 3, 11, 10), 0)
    assert _by_uid(db, "todo-undated").due_at is None


def test_the_same_file_again_updates_its_tasks(db: Database, tmp_path: Path, tasks: TaskService) -> None:
    path = _ics(tmp_path, """
        BEGIN:VEVENT
        UID:meeting-1
        SUMMARY:Kick-off
        DTSTART:20250320T090000Z
        END:VEVENT
    """)
    _import(db, path)
    path = _ics(tmp_path, """
        BEGIN:VEVENT
        UID:meeting-1
        SUMMARY:Kick-off with Ada
        DTSTART:20250321T090000Z
        END:VEVENT
    """)

    result = _import(db, path)

    assert (result.created, result.updated) == (0, 1)
    assert [(t.title, t.due_at) for t in _tasks(db)] == [("Kick-off with Ada", datetime(2025, 3, 21, 9))]
    tasks.delete(_tasks(db)[0].id)
    again = _import(db, path)
    assert again.skipped == 1
    assert "Trash" in again.warnings[0][2]


def test_a_past_event_with_an_alarm_is_not_fired_as_new(db: Database, tmp_path: Path, clock: Clock) -> None:
    path = _ics(tmp_path, """
        BEGIN:VEVENT
        UID:past
        SUMMARY:Yesterday's call
        DTSTART:20250311T090000Z
        BEGIN:VALARM
        ACTION:DISPLAY
        TRIGGER:-PT15M
        END:VALARM
        END:VEVENT
        BEGIN:VEVENT
        UID:soon
        SUMMARY:Tomorrow's call
        DTSTART:20250313T090000Z
        BEGIN:VALARM
        ACTION:DISPLAY
        TRIGGER:-PT15M
        END:VALARM
        END:VEVENT
    """)
    _import(db, path, clock=clock)
    service = ReminderService(db, clock=clock, tz=AMS)

    assert service.due() == []
    clock.now = datetime(2025, 3, 13, 8, 46)
    assert [r.task_title for r in service.due()] == ["Tomorrow's call"]


def test_a_series_imported_after_its_start_begins_with_its_next_occurrence(db: Database, tmp_path: Path,
                                                                          tasks: TaskService) -> None:
    _import(db, _ics(tmp_path, """
        BEGIN:VEVENT
        UID:weekly
        SUMMARY:Weekly
        DTSTART;TZID=Europe/Amsterdam:20250106T090000
        RRULE:FREQ=WEEKLY
        END:VEVENT
    """), clock=Clock(T0))

    series = _by_uid(db, "weekly")
    assert series.due_at == ams(2025, 3, 17, 9)
    assert tasks.overdue() == []
    assert [local(i.start) for i in tasks.items(ams(2025, 3, 1), ams(2025, 3, 11))] == [
        datetime(2025, 3, 3, 9), datetime(2025, 3, 10, 9)]   # its past stays on the calendar


def test_odd_repetitions_and_orphan_occurrences(db: Database, tmp_path: Path) -> None:
    result = _import(db, _ics(tmp_path, """
        BEGIN:VEVENT
        UID:hourly
        SUMMARY:Hourly
        DTSTART:20250320T090000Z
        RRULE:FREQ=HOURLY;COUNT=5
        RDATE:20250401T090000Z
        END:VEVENT
        BEGIN:VEVENT
        UID:orphan
        SUMMARY:Moved occurrence
        RECURRENCE-ID:20250320T090000Z
        DTSTART:20250320T110000Z
        END:VEVENT
        BEGIN:VEVENT
        UID:gone
        SUMMARY:Cancelled
        STATUS:CANCELLED
        DTSTART:20250320T110000Z
        END:VEVENT
    """))

    notes = " | ".join(w[2] for w in result.warnings)
    assert "repeats hourly" in notes
    assert "RDATE" in notes
    assert "imported as a task of its own" in notes
    assert "cancelled" in notes
    assert (result.created, result.skipped) == (2, 1)
    assert all(t.recurrence_rule is None for t in _tasks(db))


def test_a_file_that_does_not_parse_as_a_whole_is_read_event_by_event(db: Database, tmp_path: Path) -> None:
    path = _ics(tmp_path, """
        BEGIN:VEVENT
        UID:good
        SUMMARY:Good
        DTSTART:20250320T090000Z
        END:VEVENT
        END:VTODO
        BEGIN:VTODO
        UID:todo
        SUMMARY:Todo with a broken line
        X-BROKEN;=
        DUE:20250321T090000Z
        END:VTODO
        BEGIN:VEVENT
        UID:unclosed
        SUMMARY:Never closed
        DTSTART:20250322T090000Z
    """)
    path.write_text(path.read_text(encoding="utf-8").replace("END:VCALENDAR\r\n", ""), encoding="utf-8")

    result = _import(db, path)

    assert sorted(t.title for t in _tasks(db)) == ["Good", "Never closed", "Todo with a broken line"]
    assert result.rejected == 0


@pytest.mark.parametrize(("content", "message"), [
    (b"", "is empty"),
    (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nEND:VCARD\r\n", "not an iCalendar"),
    (b"\x00\x01binary\xff", "not an iCalendar"),
    (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "no events or to-dos"),
])
def test_a_file_that_is_no_calendar_is_refused(db: Database, tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.ics"
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=message):
        _import(db, path)
    assert _count(db, Task) == 0


def test_a_missing_or_too_big_file_is_refused(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValidationError, match="Cannot read"):
        _import(db, tmp_path / "nowhere.ics")
    monkeypatch.setattr(ical, "MAX_BYTES", 10)
    with pytest.raises(ValidationError, match="are refused"):
        _import(db, _ics(tmp_path, MIXED))


def test_uids_map_to_stable_uuids() -> None:
    assert uid_to_uuid("4F4B4D3C-2B1A-4E5F-8A9B-0C1D2E3F4A5B") == "4f4b4d3c-2b1a-4e5f-8a9b-0c1d2e3f4a5b"
    assert uid_to_uuid("abc@google.com") == uid_to_uuid(" abc@google.com ") != uid_to_uuid("abd@google.com")


# ---- export ----------------------------------------------------------------------------------------------------

def _sample(tasks: TaskService) -> dict[str, int]:
    series = tasks.create(TaskInput(title="Stand-up", kind="meeting", due_at=ams(2025, 3, 17, 9), duration_min=15,
                                    recurrence=Recurrence("weekly", days=(0,), count=6),
                                    reminders=(ReminderSpec(15),))).id
    tasks.delete(series, occurrence_start=ams(2025, 3, 24, 9))
    moved = tasks.move(series, ams(2025, 4, 1, 14), occurrence_start=ams(2025, 3, 31, 9))
    fair = tasks.create(TaskInput(title="Fair", due_at=ams(2025, 3, 20), all_day=True, duration_min=2880)).id
    call = tasks.create(TaskInput(title="Call Ada", kind="call", due_at=ams(2025, 3, 13, 10), priority=2,
                                  notes="about the offer", reminders=(ReminderSpec.absolute(ams(2025, 3, 13, 8)),))).id
    someday = tasks.create(TaskInput(title="Someday")).id
    return {"series": series, "moved": moved, "fair": fair, "call": call, "someday": someday}


def test_export_reads_back_with_icalendar(db: Database, tasks: TaskService, tmp_path: Path) -> None:
    made = _sample(tasks)
    path = tmp_path / "out.ics"

    assert export_ics(db, task_ids_for_export(db), path, tz=AMS) == 4
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.ics")] == []   # no temp file left

    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    events = calendar.walk("VEVENT")
    by_title = {str(e["SUMMARY"]): e for e in events if "RECURRENCE-ID" not in e}
    assert str(by_title["Stand-up"]["UID"]) == tasks.get(made["series"]).uuid
    assert by_title["Stand-up"]["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert by_title["Stand-up"]["DTSTART"].dt == datetime(2025, 3, 17, 9, tzinfo=AMS)
    assert [a["TRIGGER"].dt for a in by_title["Stand-up"].walk("VALARM")] == [timedelta(minutes=-15)]
    assert by_title["Fair"]["DTSTART"].dt == date(2025, 3, 20)
    assert by_title["Fair"]["DTEND"].dt == date(2025, 3, 22)
    assert by_title["Call Ada"]["PRIORITY"] == 1
    assert str(by_title["Call Ada"]["DESCRIPTION"]) == "about the offer"
    assert [a["TRIGGER"].dt for a in by_title["Call Ada"].walk("VALARM")] == [
        ams(2025, 3, 13, 8).replace(tzinfo=UTC)]
    override = next(e for e in events if "RECURRENCE-ID" in e)
    assert override["RECURRENCE-ID"].dt == datetime(2025, 3, 31, 9, tzinfo=AMS)
    assert override["DTSTART"].dt == datetime(2025, 4, 1, 14, tzinfo=AMS)
    assert [str(t["SUMMARY"]) for t in calendar.walk("VTODO")] == ["Someday"]


def test_the_exported_recurrence_expands_to_the_same_dates(db: Database, tasks: TaskService, tmp_path: Path) -> None:
    made = _sample(tasks)
    path = tmp_path / "out.ics"
    export_ics(db, [made["series"]], path, tz=AMS)

    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    master = next(e for e in calendar.walk("VEVENT") if "RRULE" in e)
    rule = rrulestr(master["RRULE"].to_ical().decode(), dtstart=master["DTSTART"].dt)
    excluded = {d.dt for prop in [master["EXDATE"]] for d in prop.dts}
    moved = {e["RECURRENCE-ID"].dt: e["DTSTART"].dt for e in calendar.walk("VEVENT") if "RECURRENCE-ID" in e}
    theirs = sorted(moved.get(d, d).astimezone(UTC).replace(tzinfo=None) for d in rule if d not in excluded)

    ours = [i.start for i in tasks.items(ams(2025, 3, 1), ams(2025, 6, 1)) if i.series_id == made["series"]]
    assert theirs == ours
    # The 24th deleted, the 31st moved to 1 April 14:00; from 30 March, 09:00 local is 07:00 UTC.
    assert ours == [datetime(2025, 3, 17, 8), datetime(2025, 4, 1, 12), datetime(2025, 4, 7, 7),
                    datetime(2025, 4, 14, 7), datetime(2025, 4, 21, 7)]


def test_an_export_imported_elsewhere_gives_the_same_calendar(db: Database, other_db: Database, tasks: TaskService,
                                                              tmp_path: Path) -> None:
    _sample(tasks)
    path = tmp_path / "out.ics"
    export_ics(db, task_ids_for_export(db), path, tz=AMS)

    result = _import(other_db, path, clock=Clock(T0))
    again = _import(db, path, clock=Clock(T0))

    assert (result.created, result.occurrences, result.rejected) == (4, 1, 0)   # and one EXDATE
    other = TaskService(other_db, tz=AMS, clock=Clock(T0))

    def view(service: TaskService) -> list[tuple[str, datetime, datetime, bool]]:
        return [(i.title, i.start, i.end, i.all_day) for i in service.items(ams(2025, 3, 1), ams(2025, 6, 1),
                                                                              include_dates=False)]

    assert view(other) == view(tasks)
    assert (again.created, again.updated) == (0, 4)   # the UIDs are the tasks' UUIDs: nothing doubled
    assert view(tasks) == view(other)


def test_export_refuses_another_suffix(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"\.ics"):
        export_ics(db, [], tmp_path / "out.txt")
