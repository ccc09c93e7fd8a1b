"""Migrations: from an empty file to head, head equal to the models, down and up again, the next release."""

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, select

from crm_desktop.db import migrate, search_index
from crm_desktop.db.database import open_database
from crm_desktop.db.engine import create_app_engine
from crm_desktop.errors import DatabaseOpenError
from crm_desktop.models import Base, Person


def _schema_differences(engine: Engine) -> list[object]:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": True,
                                                        "include_name": search_index.include_in_autogenerate})
        return list(compare_metadata(context, Base.metadata))


def _tables(engine: Engine) -> set[str]:
    """The tables of the models; the search index and its shadow tables are created by hand."""
    return {name for name in inspect(engine).get_table_names() if not search_index.is_search_table(name)}


def _downgrade(engine: Engine, revision: str) -> None:
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), revision)


@pytest.fixture
def engine(db_path: Path) -> Iterator[Engine]:
    engine = create_app_engine(db_path)
    yield engine
    engine.dispose()


def test_an_empty_file_migrates_to_head(engine: Engine) -> None:
    assert migrate.current_revision(engine) is None

    migrate.upgrade(engine)

    assert migrate.current_revision(engine) == migrate.head_revision()
    assert _tables(engine) == set(Base.metadata.tables) | {"alembic_version"}


def test_the_migrated_schema_equals_the_models(engine: Engine) -> None:
    migrate.upgrade(engine)

    assert _schema_differences(engine) == []


def test_downgrade_to_base_and_upgrade_again(engine: Engine) -> None:
    migrate.upgrade(engine)

    _downgrade(engine, "base")
    assert migrate.current_revision(engine) is None
    assert _tables(engine) == {"alembic_version"}

    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert _schema_differences(engine) == []


def test_a_zero_byte_file_is_a_new_database(db_path: Path, backups_dir: Path) -> None:
    db_path.touch()

    db = open_database(db_path, backups_dir=backups_dir)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        with db.session() as s:
            s.add(Person(first_name="Grace", last_name="Hopper"))
        with db.session(write=False) as s:
            assert s.scalars(select(Person.last_name)).all() == ["Hopper"]
    finally:
        db.close()
    assert not backups_dir.exists(), "an empty file has nothing worth a backup"


def test_a_database_of_the_previous_release_is_upgraded_with_its_data(
    db_path: Path, next_release: Callable[[str], str]
) -> None:
    previous = open_database(db_path)
    with previous.session() as s:
        s.add(Person(first_name="Grace", last_name="Hopper"))
    previous.close()
    new_head = next_release('op.create_table("release_notes", sa.Column("id", sa.Integer, primary_key=True))')

    db = open_database(db_path)
    try:
        assert migrate.current_revision(db.engine) == new_head
        assert "release_notes" in _tables(db.engine)
        with db.session(write=False) as s:
            assert s.scalars(select(Person.last_name)).all() == ["Hopper"]
    finally:
        db.close()


def test_a_failing_migration_leaves_the_previous_schema_and_data(
    db_path: Path, next_release: Callable[[str], str]
) -> None:
    previous = open_database(db_path)
    with previous.session() as s:
        s.add(Person(first_name="Grace", last_name="Hopper"))
    previous.close()
    old_head = migrate.head_revision()
    next_release("""
        op.create_table("release_notes", sa.Column("id", sa.Integer, primary_key=True))
        op.add_column("persons", sa.Column("nickname", sa.String(80)))
        raise RuntimeError("the migration broke half-way")
    """)

    with pytest.raises(DatabaseOpenError, match="the migration broke half-way"):
        open_database(db_path)

    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(old_head,)]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        columns = {row[1] for row in conn.execute("PRAGMA table_info(persons)")}
        assert conn.execute("SELECT last_name FROM persons").fetchall() == [("Hopper",)]
    finally:
        conn.close()
    assert "release_notes" not in tables
    assert "nickname" not in columns


def test_the_quick_revision_scan_agrees_with_alembic() -> None:
    from crm_desktop.db import migrate

    script = migrate.script_directory()
    assert migrate.head_revision() == script.get_current_head()
    assert migrate.known_revisions() == {rev.revision for rev in script.walk_revisions()}
