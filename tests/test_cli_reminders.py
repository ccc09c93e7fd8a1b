"""`crm-desktop reminders [--due] [--json]`: what is due now and what comes, with the task, its due time and links."""

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from crm_desktop.cli import EXIT_OK, EXIT_REFUSED, main
from crm_desktop.db.database import Database
from crm_desktop.models import utcnow
from crm_desktop.services.contacts import CompanyInput, ContactService, PersonInput
from crm_desktop.services.reminders import ReminderSpec
from crm_desktop.services.tasks import TaskInput, TaskService


@pytest.fixture
def filled(db: Database) -> Database:
    """A call due in an hour whose reminder (two hours before) is due now, and a meeting in two days."""
    contacts = ContactService(db)
    company = contacts.create_company(CompanyInput(name="Acme")).id
    person = contacts.create_person(PersonInput(first_name="Ada", last_name="Byron", company_id=company)).id
    tasks = TaskService(db)
    now = utcnow()
    tasks.create(TaskInput(title="Call Ada back", kind="call", person_id=person, due_at=now + timedelta(hours=1),
                           reminders=(ReminderSpec.before(hours=2),)))
    tasks.create(TaskInput(title="Visit Acme", kind="meeting", company_id=company, due_at=now + timedelta(days=2),
                           reminders=(ReminderSpec.before(minutes=15),)))
    return db


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_due_reminders_as_text(filled: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "--db", str(db_path), "reminders", "--due")

    assert (code, err) == (EXIT_OK, "")
    lines = out.splitlines()
    assert len(lines) == 1
    assert "Call Ada back" in lines[0]
    assert "Ada Byron, Acme" in lines[0]


def test_upcoming_reminders_as_json(filled: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--db", str(db_path), "reminders", "--json")

    assert code == EXIT_OK
    rows = json.loads(out)
    assert [r["task_title"] for r in rows] == ["Visit Acme"]
    assert rows[0]["company_name"] == "Acme"
    assert rows[0]["due_at"]
    assert rows[0]["effective_at"]


def test_nothing_due(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "--db", str(db_path), "reminders", "--due") == (EXIT_OK, "No reminders are due now.\n", "")
    assert _run(capsys, "--db", str(db_path), "reminders") == (EXIT_OK, "No reminders are coming up.\n", "")
    assert _run(capsys, "--db", str(db_path), "reminders", "--due", "--json") == (EXIT_OK, "[]\n", "")


def test_a_bad_limit_is_refused(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "--db", str(db_path), "reminders", "--limit", "0")

    assert code == EXIT_REFUSED
    assert err == "crm-desktop: --limit must be 1 or more.\n"


def test_as_a_real_process(filled: Database, db_path: Path, tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "crm_desktop", "--db", str(db_path), "reminders", "--due", "--json"],
                          capture_output=True, text=True, timeout=120, cwd=Path(__file__).resolve().parents[1],
                          env=os.environ.copy())

    assert done.returncode == EXIT_OK, done.stderr
    assert [r["task_title"] for r in json.loads(done.stdout)] == ["Call Ada back"]
