"""`crm-desktop copy-out FILE [--owner NAME]` and `crm-desktop bring-back FILE [--json] [--prefer ...]`."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from crm_desktop.cli import EXIT_OK, EXIT_REFUSED
from crm_desktop.cli_offline import EXIT_CONFLICTS
from crm_desktop.db.database import open_database
from crm_desktop.models import User
from crm_desktop.services import defaults
from crm_desktop.services.contacts import ContactService, PersonInput

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def office(tmp_path: Path) -> Path:
    path = tmp_path / "office.crm"
    db = open_database(path)
    defaults.ensure_defaults(db)
    try:
        with db.session() as s:
            s.add(User(login="rita", full_name="Rita Rep", role="manager"))
        with db.session(write=False) as s:
            from sqlalchemy import select
            rita = s.scalar(select(User.id).where(User.login == "rita"))
        contacts = ContactService(db)
        contacts.create_person(PersonInput(first_name="Ada", last_name="Lovelace", city="London", owner_id=rita))
        contacts.create_person(PersonInput(first_name="Otto", last_name="Other", city="Oslo"))
    finally:
        db.close()
    return path


def edit_city(path: Path, last_name: str, city: str) -> None:
    db = open_database(path)
    try:
        service = ContactService(db)
        from sqlalchemy import select

        from crm_desktop.models import Person
        with db.session(write=False) as s:
            pid = s.scalar(select(Person.id).where(Person.last_name == last_name))
        assert pid is not None
        detail = service.get_person(pid)
        service.update_person(pid, replace(detail.input, city=city, custom=None), detail.version)
    finally:
        db.close()


def city(path: Path, last_name: str) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT city FROM persons WHERE last_name = ?", (last_name,)).fetchone()[0])
    finally:
        conn.close()


def test_copy_out_of_an_owner_and_bring_back(cli: Run, office: Path, tmp_path: Path) -> None:
    laptop = tmp_path / "rita.crm"

    code, out, err = cli("--db", office, "copy-out", laptop, "--owner", "Rita Rep")

    assert (code, err) == (EXIT_OK, "")
    assert "Offline copy of Rita Rep written to" in out
    assert ": 0 companies, 1 person, 0 deals" in out
    edit_city(laptop, "Lovelace", "Paris")
    code, out, err = cli("--db", office, "bring-back", laptop)
    assert (code, err) == (EXIT_OK, "")
    assert out.startswith("Brought back: 0 added, 1 updated")
    assert city(office, "Lovelace") == "Paris"

    code, out, err = cli("--db", office, "bring-back", laptop, "--json")

    assert code == EXIT_OK
    data = json.loads(out)
    assert data["status"] == "already"
    assert "already brought back" in data["message"]


def test_conflicts_stop_the_bring_back_until_a_side_is_preferred(cli: Run, office: Path, tmp_path: Path) -> None:
    laptop = tmp_path / "all.crm"
    assert cli("--db", office, "copy-out", laptop)[0] == EXIT_OK
    edit_city(laptop, "Lovelace", "Paris")
    edit_city(office, "Lovelace", "Berlin")

    code, out, _ = cli("--db", office, "bring-back", laptop, "--json")

    assert code == EXIT_CONFLICTS
    data = json.loads(out)
    assert data["status"] == "needs_choices"
    assert [(c["field"], c["office"], c["copy"], c["chosen"]) for c in data["conflicts"]] == [
        ("city", "Berlin", "Paris", None)]
    assert data["counts"]["person"]["conflicts"] == 1
    assert city(office, "Lovelace") == "Berlin"

    code, out, _ = cli("--db", office, "bring-back", laptop, "--prefer", "copy")

    assert code == EXIT_OK
    assert "-> copy" in out
    assert city(office, "Lovelace") == "Paris"


def test_refusals_are_one_line(cli: Run, office: Path, tmp_path: Path) -> None:
    taken = tmp_path / "taken.crm"
    taken.write_text("already here")
    code, _, err = cli("--db", office, "copy-out", taken)
    assert code == EXIT_REFUSED
    assert err.startswith("crm-desktop: ")
    assert "exists already" in err
    assert taken.read_text() == "already here"

    code, _, err = cli("--db", office, "copy-out", tmp_path / "x.crm", "--owner", "nobody")
    assert code == EXIT_REFUSED
    assert "no user named 'nobody'" in err
    assert not (tmp_path / "x.crm").exists()

    code, _, err = cli("--db", office, "bring-back", tmp_path / "missing.crm")
    assert code == EXIT_REFUSED
    assert "does not exist" in err

    other = tmp_path / "other.crm"
    open_database(other).close()
    code, _, err = cli("--db", office, "bring-back", other)
    assert code == EXIT_REFUSED
    assert "not an offline copy" in err
    assert len(err.splitlines()) == 1


def test_dry_run_writes_nothing(cli: Run, office: Path, tmp_path: Path) -> None:
    laptop = tmp_path / "all.crm"
    cli("--db", office, "copy-out", laptop)
    edit_city(laptop, "Other", "Bergen")

    code, out, _ = cli("--db", office, "bring-back", laptop, "--dry-run")

    assert code == EXIT_OK
    assert out.startswith("Dry run, nothing written: 0 added, 1 updated")
    assert city(office, "Other") == "Oslo"


def test_the_copy_opens_as_a_database(cli: Run, office: Path, tmp_path: Path) -> None:
    laptop = tmp_path / "all.crm"
    cli("--db", office, "copy-out", laptop)

    code, out, _ = cli("--db", laptop, "list", "contacts", "--json")

    assert code == EXIT_OK
    assert sorted(r["name"] for r in json.loads(out)) == ["Ada Lovelace", "Otto Other"]


def test_copies_lists_what_was_taken_and_brought_back(cli: Run, office: Path, tmp_path: Path) -> None:
    code, out, _ = cli("--db", office, "copies")
    assert (code, out.strip()) == (EXIT_OK, "No offline copy was taken from this database.")
    cli("--db", office, "copy-out", tmp_path / "one.crm", "--owner", "rita")
    cli("--db", office, "copy-out", tmp_path / "two.crm")
    cli("--db", office, "bring-back", tmp_path / "one.crm")

    code, out, _ = cli("--db", office, "copies", "--json")

    assert code == EXIT_OK
    rows = {Path(r["file_name"]).name: r for r in json.loads(out)}
    assert rows["one.crm"]["owners"] == ["Rita Rep"]
    assert rows["one.crm"]["brought_back_at"] is not None
    assert rows["two.crm"]["brought_back_at"] is None
    code, out, _ = cli("--db", office, "copies")
    assert "not brought back yet" in out
