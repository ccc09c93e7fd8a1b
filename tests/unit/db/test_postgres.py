"""PostgreSQL server mode at the database layer: migrations, the search index's tsvector and trigram indexes,
sequences after explicit ids, pg_dump backups, the password file and opening a newer schema."""

import logging
import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from crm_desktop.db import migrate, postgres, search_index
from crm_desktop.db.database import Database, open_database
from crm_desktop.errors import DatabaseOpenError, SchemaTooNewError
from crm_desktop.services import maintenance
from crm_desktop.services.contacts import ChannelInput, ContactService, PersonInput
from crm_desktop.services.demo import generate_demo
from tests.postgres_server import PostgresServer

pytestmark = pytest.mark.postgresql


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> Iterator[str]:
    """A new migrated database on the test server (a copy of the run's template)."""
    url = pg_server.create_database()
    yield url
    pg_server.drop_database(url)


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[Database]:
    database = open_database(pg_url)
    yield database
    database.close()


def test_the_migrations_build_the_schema_on_an_empty_server_database(pg_server: PostgresServer) -> None:
    url = pg_server.create_database(empty=True)
    try:
        database = open_database(url)
        try:
            assert migrate.current_revision(database.engine) == migrate.head_revision()
            with database.engine.connect() as conn:
                tables = set(inspect(conn).get_table_names())
                indexes = {i["name"] for i in inspect(conn).get_indexes("companies")}
                extension = conn.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").scalar()
            assert {"persons", "deals", "change_counter", "workstations", search_index.SEARCH_TABLE} <= tables
            assert "ix_companies_name_trgm" in indexes
            assert extension == 1
        finally:
            database.close()
        # Opening it again finds the schema up to date and migrates nothing.
        open_database(url).close()
    finally:
        pg_server.drop_database(url)


def test_a_refused_pg_trgm_leaves_the_transaction_usable_and_says_so(
        pg_db: Database, caplog: pytest.LogCaptureFixture) -> None:
    with pg_db.engine.connect() as conn, conn.begin():
        # A read-only transaction refuses CREATE EXTENSION as a role without the right would.
        conn.exec_driver_sql("SET TRANSACTION READ ONLY")
        with caplog.at_level(logging.WARNING, logger="crm_desktop.db.search_index"):
            assert search_index.create_trigram_indexes(conn) is False
        assert conn.exec_driver_sql("SELECT count(*) FROM persons").scalar() == 0
    assert "pg_trgm" in caplog.text
    assert "ILIKE" in caplog.text


def test_tiers_become_weighted_tsqueries() -> None:
    assert search_index.pg_tiers("jan de") == [
        "('jan':A) & ('de':A)", "('jan':A) & ('de':*A)", "('jan':*A) & ('de':*A)", "('jan':*) & ('de':*)"]
    assert search_index.pg_tiers("anna@smit.example") == ["('anna' <-> 'smit' <-> 'example':*)"]
    assert search_index.pg_tiers("+7 495")[-1] == "'7495':*C | (('7':*) & ('495':*))"
    assert search_index.pg_tiers("  ... ") == []


def test_the_index_words_are_python_s_not_the_server_parser_s(pg_db: Database) -> None:
    """to_tsvector() would keep 'anna@smit.example' as one e-mail token; the index holds FTS5's three words."""
    person_id = ContactService(pg_db).create_person(PersonInput(
        first_name="Anna", last_name="Smit", channels=(ChannelInput("email", "anna@smit.example"),))).id
    with pg_db.engine.connect() as conn:
        doc = conn.exec_driver_sql(f"SELECT doc::text FROM {search_index.SEARCH_TABLE} WHERE rowid = %s",
                                   (person_id,)).scalar()
        # Name words weigh A, the rest B, two positions apart: no phrase runs from the name into the e-mail.
        assert doc == "'anna':1A,5B 'example':7B 'smit':2A,6B"
        assert search_index.search_ids(conn, "smit.exam") == [("person", person_id)]
        assert search_index.search_ids(conn, "anna smit") == [("person", person_id)]


def test_ids_written_by_the_demo_leave_room_for_the_next_record(pg_db: Database) -> None:
    generate_demo(pg_db, contacts=30, deals=5, seed=3)

    created = ContactService(pg_db).create_person(PersonInput(first_name="Next", last_name="One"))

    with pg_db.engine.connect() as conn:
        assert created.id == conn.exec_driver_sql("SELECT max(id) FROM persons").scalar()


def test_a_schema_newer_than_this_version_is_refused_and_left_alone(pg_url: str) -> None:
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()

    with pytest.raises(SchemaTooNewError, match="newer version"):
        open_database(pg_url)

    engine = create_engine(pg_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999_future"
    engine.dispose()


def test_a_wrong_password_is_told_without_showing_it(pg_url: str) -> None:
    wrong = make_url(pg_url).set(password="not-the-password").render_as_string(hide_password=False)

    with pytest.raises(DatabaseOpenError) as raised:
        open_database(wrong)

    assert "not-the-password" not in str(raised.value)
    assert "password authentication failed" in str(raised.value)


@pytest.mark.skipif(shutil.which("pg_dump") is None or shutil.which("pg_restore") is None,
                    reason="pg_dump and pg_restore are not installed")
def test_a_backup_of_a_server_database_is_a_pg_dump_archive(pg_db: Database, tmp_path: Path) -> None:
    ContactService(pg_db).create_person(PersonInput(first_name="Kept", last_name="Safe"))

    path = maintenance.backup_now(pg_db, tmp_path / "backups")

    assert path.suffix == postgres.DUMP_SUFFIX
    assert path.parent == tmp_path / "backups"
    listing = subprocess.run(["pg_restore", "--list", str(path)], capture_output=True, text=True, check=True)
    assert "TABLE DATA public persons" in listing.stdout
    assert not list(path.parent.glob("*.part"))


def test_without_pg_dump_a_backup_says_what_to_install(pg_db: Database, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))

    with pytest.raises(DatabaseOpenError, match="pg_dump was not found"):
        maintenance.backup_now(pg_db, tmp_path / "backups")
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())


def test_the_password_goes_to_the_password_file_and_the_url_without_it_connects(
        pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    (tmp_path / "pgpass").write_text("otherhost:5432:*:someone:secret\n", encoding="utf-8")
    os.chmod(tmp_path / "pgpass", 0o600)

    bare, stored = postgres.store_password(pg_url)
    again, _ = postgres.store_password(pg_url)   # the same server twice: one line, replaced

    assert stored == tmp_path / "pgpass"
    assert again == bare
    assert make_url(bare).password is None
    lines = stored.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "otherhost:5432:*:someone:secret"
    assert len(lines) == 2
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    assert postgres.server_version(bare).split(".")[0].isdigit()


def test_a_server_that_does_not_answer_is_told(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="Cannot connect"):
        postgres.server_version("postgresql+psycopg://nobody:pw@127.0.0.1:1/none")


def test_each_test_database_starts_from_the_template_s_rows(pg_server: PostgresServer) -> None:
    """The fixture's reset: rows and ids go back to the template's; a changed schema gets a new copy."""
    first_url = pg_server.clean_database()
    database = open_database(first_url)
    first_id = ContactService(database).create_person(PersonInput(first_name="Left", last_name="Over")).id
    database.close()

    again = pg_server.clean_database()
    database = open_database(again)
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM persons").scalar() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM pipelines").scalar() == 1   # the starting lists
    assert ContactService(database).create_person(PersonInput(first_name="Next", last_name="Test")).id == first_id
    with database.engine.begin() as conn:
        conn.exec_driver_sql("CREATE INDEX ix_a_test_s_own ON persons (notes)")
    database.close()

    fresh = pg_server.clean_database()

    assert fresh not in (first_url, again)
    assert again == first_url
    database = open_database(fresh)
    with database.engine.connect() as conn:
        assert "ix_a_test_s_own" not in {i["name"] for i in inspect(conn).get_indexes("persons")}
    database.close()


def test_a_plain_postgresql_url_as_psql_writes_it_opens_with_psycopg(pg_url: str) -> None:
    plain = pg_url.replace("postgresql+psycopg://", "postgresql://")

    database = open_database(plain)
    try:
        assert database.engine.url.drivername == "postgresql+psycopg"
        assert migrate.current_revision(database.engine) == migrate.head_revision()
    finally:
        database.close()


def test_the_migrated_server_schema_is_the_models_schema(pg_db: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from crm_desktop.models import Base

    with pg_db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={
            "compare_type": True, "include_name": search_index.include_in_autogenerate})
        assert compare_metadata(context, Base.metadata) == []
