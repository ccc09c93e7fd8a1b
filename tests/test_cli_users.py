"""The command line's users: --user with a password, the user commands, reassign, and refusals by role."""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from crm_desktop.cli import EXIT_OK, EXIT_REFUSED
from crm_desktop.cli_users import PASSWORD_ENV
from crm_desktop.db.database import open_database
from crm_desktop.services import defaults
from crm_desktop.services.contacts import CompanyInput, ContactService, PersonInput
from crm_desktop.services.users import UserInput, UserService

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def office(db_path: Path) -> Path:
    """A database with passwords: the administrator (the computer's login), a manager and a read-only viewer."""
    db = open_database(db_path)
    defaults.ensure_defaults(db, "en")
    users = UserService(db)
    admin = defaults.current_user_id(db)
    users.set_password(admin, "admin-pass")
    mia = users.add(UserInput("mia", "Mia Manager"), "mia-pass").id
    users.add(UserInput("noa", "Noa Manager"), "noa-pass")
    users.add(UserInput("vic", "Vic Viewer", role="read_only"), "vic-pass")
    contacts = ContactService(db, admin)
    company = contacts.create_company(CompanyInput(name="Mia Co", owner_id=mia)).id
    contacts.create_person(PersonInput(first_name="Pat", last_name="Mia", company_id=company, owner_id=mia))
    db.close()
    return db_path


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _as(monkeypatch: pytest.MonkeyPatch, password: str) -> None:
    monkeypatch.setenv(PASSWORD_ENV, password)


def test_passwords_in_use_need_a_user(cli: Run, office: Path) -> None:
    code, _out, err = cli("--db", office, "list", "contacts")
    assert code == EXIT_REFUSED
    assert "--user LOGIN" in err


def test_no_password_without_a_terminal_is_refused(cli: Run, office: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _out, err = cli("--db", office, "--user", "mia", "list", "contacts")
    assert code == EXIT_REFUSED
    assert PASSWORD_ENV in err


def test_wrong_password_and_unknown_login_read_alike(cli: Run, office: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _as(monkeypatch, "guess")
    wrong = cli("--db", office, "--user", "mia", "list", "contacts")
    unknown = cli("--db", office, "--user", "nobody", "list", "contacts")
    assert wrong[0] == unknown[0] == EXIT_REFUSED
    assert wrong[2] == unknown[2]
    assert "not right" in wrong[2]


def test_a_user_with_the_right_password_works(cli: Run, office: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _as(monkeypatch, "mia-pass")
    code, out, _err = cli("--db", office, "--user", "mia", "list", "contacts", "--json")
    assert code == EXIT_OK
    assert [row["name"] for row in json.loads(out)] == ["Pat Mia"]


def test_read_only_import_is_not_allowed_and_changes_nothing(cli: Run, office: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = tmp_path / "people.csv"
    sheet.write_text("First name,Last name,Email\nIvo,Import,ivo@example.org\n", encoding="utf-8")
    before = {t: _count(office, t) for t in ("persons", "import_runs", "change_log", "contact_channels")}
    _as(monkeypatch, "vic-pass")
    code, _out, err = cli("--db", office, "--user", "vic", "import", sheet)
    assert code == EXIT_REFUSED
    assert "not allowed" in err
    assert {t: _count(office, t) for t in before} == before


def test_read_only_may_read(cli: Run, office: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _as(monkeypatch, "vic-pass")
    code, out, _err = cli("--db", office, "--user", "vic", "search", "pat")
    assert code == EXIT_OK
    assert "Pat" in out


def test_users_list_add_edit_and_password(cli: Run, office: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    admin = defaults.os_login()
    _as(monkeypatch, "admin-pass")
    code, out, _err = cli("--db", office, "--user", admin, "users", "--json")
    assert code == EXIT_OK
    assert {u["login"]: u["role"] for u in json.loads(out)} == {admin: "admin", "mia": "manager",
                                                                "noa": "manager", "vic": "read_only"}
    monkeypatch.setattr("sys.stdin", io.StringIO("ola-secret\n"))
    code, out, _err = cli("--db", office, "--user", admin, "user-add", "ola", "--name", "Ola New", "--role",
                          "manager", "--own-only", "--password-stdin")
    assert code == EXIT_OK
    assert "own records only" in out
    code, out, _err = cli("--db", office, "--user", admin, "user-edit", "ola", "--role", "read_only")
    assert (code, "read_only" in out) == (EXIT_OK, True)
    _as(monkeypatch, "ola-secret")
    assert cli("--db", office, "--user", "ola", "users")[0] == EXIT_OK
    # Ola changes her own password; she may not change Mia's.
    monkeypatch.setattr("sys.stdin", io.StringIO("ola-newer\n"))
    assert cli("--db", office, "--user", "ola", "user-passwd", "ola", "--password-stdin")[0] == EXIT_OK
    _as(monkeypatch, "ola-newer")
    monkeypatch.setattr("sys.stdin", io.StringIO("stolen-pass\n"))
    code, _out, err = cli("--db", office, "--user", "ola", "user-passwd", "mia", "--password-stdin")
    assert code == EXIT_REFUSED
    assert "administrator" in err


def test_a_manager_cannot_add_users(cli: Run, office: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _as(monkeypatch, "mia-pass")
    code, _out, err = cli("--db", office, "--user", "mia", "user-add", "eve")
    assert code == EXIT_REFUSED
    assert "Only an administrator" in err
    assert _count(office, "users") == 4


def test_reassign_dry_run_apply_and_undo(cli: Run, office: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    admin = defaults.os_login()
    _as(monkeypatch, "admin-pass")
    code, out, _err = cli("--db", office, "--user", admin, "reassign", "mia", "--to", "noa", "--dry-run", "--json")
    assert code == EXIT_OK
    preview = json.loads(out)
    assert (preview["dry_run"], preview["total"], preview["to"][0]["companies"]) == (True, 2, 1)
    code, out, _err = cli("--db", office, "--user", admin, "reassign", "Mia Manager", "--to", "noa")
    assert code == EXIT_OK
    assert "Moved 2 records of Mia Manager" in out
    with sqlite3.connect(office) as conn:
        assert conn.execute("SELECT DISTINCT u.login FROM persons p JOIN users u ON u.id = p.owner_id").fetchall() \
            == [("noa",)]
        reassignment = conn.execute("SELECT max(id) FROM reassignments").fetchone()[0]
    code, out, _err = cli("--db", office, "--user", admin, "reassign-undo", reassignment, "--json")
    assert code == EXIT_OK
    assert json.loads(out) == {"id": reassignment, "restored": 2, "kept": []}
    with sqlite3.connect(office) as conn:
        assert conn.execute("SELECT DISTINCT u.login FROM companies c JOIN users u ON u.id = c.owner_id").fetchall() \
            == [("mia",)]


def test_a_manager_cannot_reassign(cli: Run, office: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _as(monkeypatch, "noa-pass")
    code, _out, err = cli("--db", office, "--user", "noa", "reassign", "mia", "--to", "noa")
    assert code == EXIT_REFUSED
    assert "Only an administrator" in err
    assert _count(office, "reassignments") == 0


def test_without_passwords_nobody_logs_in(cli: Run, db_path: Path) -> None:
    code, out, _err = cli("--db", db_path, "users")
    assert code == EXIT_OK
    assert defaults.os_login() in out
    # --user picks whose rules apply; a read-only user is still refused writes.
    assert cli("--db", db_path, "user-add", "ro", "--role", "read_only")[0] == EXIT_OK
    code, _out, err = cli("--db", db_path, "--user", "ro", "demo", "--contacts", "3")
    assert code == EXIT_REFUSED
    assert "read-only" in err


def test_own_records_only_applies_to_the_command_line(cli: Run, office: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    admin = defaults.os_login()
    _as(monkeypatch, "admin-pass")
    assert cli("--db", office, "--user", admin, "user-edit", "noa", "--own-only", "yes")[0] == EXIT_OK
    _as(monkeypatch, "noa-pass")
    for command in (("list", "contacts", "--json"), ("list", "companies", "--json"), ("search", "pat", "--json")):
        code, out, _err = cli("--db", office, "--user", "noa", *command)
        assert (code, json.loads(out)) == (EXIT_OK, [])
    _as(monkeypatch, "mia-pass")
    code, out, _err = cli("--db", office, "--user", "mia", "search", "pat", "--json")
    assert [hit["name"] for hit in json.loads(out)] == ["Pat Mia"]
