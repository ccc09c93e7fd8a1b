"""`crm-desktop import FILE.ics` and `export tasks FILE.ics [--owner]`: tasks with reminders in and out."""

import json
from datetime import timedelta
from pathlib import Path

import icalendar
import pytest
from sqlalchemy import func, select

from crm_desktop.cli import EXIT_OK, EXIT_REFUSED, main
from crm_desktop.db.database import Database, open_database
from crm_desktop.models import Task, TaskReminder, User, utcnow
from crm_desktop.services.reminders import ReminderSpec
from crm_desktop.services.tasks import Recurrence, TaskInput, TaskService

REALDATA = Path(__file__).resolve().parents[2] / "shared" / "realdata" / "ics"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _counts(db: Database) -> tuple[int, int]:
    with db.session(write=False) as s:
        return (s.scalar(select(func.count(Task.id))) or 0, s.scalar(select(func.count(TaskReminder.id))) or 0)


@pytest.fixture
def planned(db: Database) -> Database:
    with db.session() as s:
        s.add(User(login="emily", full_name="Emily Carter"))
    with db.session(write=False) as s:
        emily = s.scalar(select(User.id).where(User.login == "emily"))
    tasks = TaskService(db)
    start = (utcnow() + timedelta(days=3)).replace(microsecond=0)
    tasks.create(TaskInput(title="Weekly call with Acme", kind="call", due_at=start,
                           recurrence=Recurrence(freq="weekly", count=4),
                           reminders=(ReminderSpec.before(minutes=15),)))
    tasks.create(TaskInput(title="Emily visits Beacon", kind="meeting", due_at=start + timedelta(hours=2),
                           owner_id=emily))
    return db


def test_export_then_import_into_another_database(planned: Database, db_path: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "tasks.ics"
    code, out, err = _run(capsys, "--db", str(db_path), "export", "tasks", str(out_file))
    assert (code, err) == (EXIT_OK, "")
    assert "2 tasks written" in out

    calendar = icalendar.Calendar.from_ical(out_file.read_bytes())
    events = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {"Weekly call with Acme", "Emily visits Beacon"}
    assert events["Weekly call with Acme"]["RRULE"]["FREQ"] == ["WEEKLY"]
    assert len(events["Weekly call with Acme"].walk("VALARM")) == 1

    other = tmp_path / "other.db"
    code, out, err = _run(capsys, "--db", str(other), "import", str(out_file), "--dry-run")
    assert (code, err) == (EXIT_OK, "")
    assert out.startswith("Dry run (nothing written): 2 new")
    code, out, err = _run(capsys, "--db", str(other), "import", str(out_file), "--json")
    assert (code, err) == (EXIT_OK, "")
    data = json.loads(out)
    assert (data["created"], data["rejected"], data["reminders"]) == (2, 0, 1)
    copy = open_database(other, backups_dir=tmp_path / "backups")
    try:
        assert _counts(copy) == (2, 1)
        with copy.session(write=False) as s:
            rule = s.scalar(select(Task.recurrence_rule).where(Task.title == "Weekly call with Acme"))
        assert rule is not None
        assert "FREQ=WEEKLY" in rule
    finally:
        copy.close()


def test_export_of_one_owner(planned: Database, db_path: Path, tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "emily.ics"
    code, out, _err = _run(capsys, "--db", str(db_path), "export", "tasks", str(out_file), "--owner", "Emily Carter")
    assert code == EXIT_OK
    summaries = [str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(out_file.read_bytes()).walk("VEVENT")]
    assert summaries == ["Emily visits Beacon"]

    code, _out, err = _run(capsys, "--db", str(db_path), "export", "tasks", str(tmp_path / "x.ics"),
                           "--owner", "nobody")
    assert code == EXIT_REFUSED
    assert "no user named 'nobody'" in err


@pytest.mark.parametrize(("argv", "message"), [
    (("import", "{ics}", "--into", "deals"), "holds tasks"),
    (("export", "deals", "{dir}/d.ics"), "holds tasks"),
    (("export", "tasks", "{dir}/t.ics", "--layout", "full"), "has none"),
    (("export", "contacts", "{dir}/c.xlsx", "--owner", "root"), "--owner"),
])
def test_refusals(db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                  argv: tuple[str, ...], message: str) -> None:
    ics = tmp_path / "one.ics"
    ics.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:1\r\n"
                   "DTSTART:20300101T090000Z\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    args = [a.format(ics=ics, dir=tmp_path) for a in argv]
    code, _out, err = _run(capsys, "--db", str(db_path), *args)
    assert code == EXIT_REFUSED
    assert message in err
    assert _counts(db) == (0, 0)


@pytest.mark.skipif(not REALDATA.is_dir(), reason="../shared/realdata is not beside this clone")
def test_every_real_calendar_imports_or_is_refused(db: Database, db_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    for path in sorted(REALDATA.glob("*.ics")):
        code, out, err = _run(capsys, "--db", str(db_path), "import", str(path))
        assert code in (EXIT_OK, EXIT_REFUSED), path.name
        assert (out if code == EXIT_OK else err).strip(), path.name
        assert "internal error" not in err, path.name
