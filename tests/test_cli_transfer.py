"""`crm-desktop move-to-server URL`: the file moves into an empty PostgreSQL database, or nothing happens."""

import json
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from crm_desktop import config
from crm_desktop.cli import EXIT_OK, EXIT_REFUSED
from crm_desktop.db.database import Database
from crm_desktop.services.contacts import ContactService, PersonInput
from tests.postgres_server import PostgresServer

Run = Callable[..., tuple[int, str, str]]
pytestmark = pytest.mark.postgresql


@pytest.fixture
def target(pg_server: PostgresServer) -> Iterator[str]:
    url = pg_server.create_database(empty=True)
    yield url
    pg_server.drop_database(url)


@pytest.fixture
def source(db: Database, db_path: Path) -> Path:
    service = ContactService(db)
    for first, last in (("Anna", "Nowak"), ("Jan", "Kowalski"), ("Olga", "Ivanova")):
        service.create_person(PersonInput(first_name=first, last_name=last))
    db.close()
    return db_path


def _server_people(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [r[0] for r in conn.execute(text("SELECT last_name FROM persons ORDER BY id"))]
    finally:
        engine.dispose()


def test_move_copies_the_file_and_prints_the_counts(cli: Run, source: Path, target: str) -> None:
    code, out, err = cli("move-to-server", target, "--from", source)

    assert code == EXIT_OK, err
    assert "the counts of every table are equal" in out
    assert "persons" in out
    assert f":{make_url(target).password}@" not in out   # the URL is shown without its password
    assert _server_people(target) == ["Nowak", "Kowalski", "Ivanova"]
    code, out, _err = cli("--db", target, "search", "kowal", "--json")
    assert code == EXIT_OK
    assert [h["name"] for h in json.loads(out)] == ["Jan Kowalski"]


def test_move_json_and_use_stores_the_url_without_its_password(cli: Run, source: Path, target: str,
                                                               tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))

    code, out, err = cli("--db", source, "move-to-server", target, "--use", "--json")

    assert code == EXIT_OK, err
    result = json.loads(out)
    assert {t["table"]: t["target"] for t in result["tables"]}["persons"] == 3
    assert all(t["source"] == t["target"] for t in result["tables"])
    saved = config.AppConfig.load().database
    assert make_url(saved).password is None
    assert make_url(saved).database == make_url(target).database
    assert stat.S_IMODE(os.stat(tmp_path / "pgpass").st_mode) == 0o600
    # The next command opens the server from Settings, with the password from the password file.
    code, out, _err = cli("list", "contacts", "--json")
    assert code == EXIT_OK
    assert len(json.loads(out)) == 3


def test_move_into_a_database_with_rows_is_refused(cli: Run, source: Path, target: str) -> None:
    assert cli("move-to-server", target, "--from", source)[0] == EXIT_OK

    code, out, err = cli("move-to-server", target, "--from", source)

    assert code == EXIT_REFUSED
    assert "not empty" in err
    assert "Traceback" not in err
    assert _server_people(target) == ["Nowak", "Kowalski", "Ivanova"]


@pytest.mark.parametrize(("url", "problem"), [("sqlite:///other.db", "not a PostgreSQL URL"),
                                              ("postgresql+psycopg://x:y@127.0.0.1:1/none", "Cannot open")])
def test_a_wrong_target_is_refused_with_the_reason(cli: Run, source: Path, url: str, problem: str) -> None:
    code, _out, err = cli("move-to-server", url, "--from", source)

    assert code == EXIT_REFUSED
    assert problem in err
    assert ":y@" not in err


def test_a_missing_file_is_refused_before_anything_opens(cli: Run, tmp_path: Path, target: str) -> None:
    code, _out, err = cli("move-to-server", target, "--from", tmp_path / "missing.db")

    assert code == EXIT_REFUSED
    assert "does not exist" in err
    assert not (tmp_path / "missing.db").exists()
