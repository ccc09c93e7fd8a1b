"""Restore and compacting on a file others have open: they are told who holds the file, wait, and reload after."""

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from crm_desktop.db.database import Actor, Database, open_database
from crm_desktop.db.shared_file import mark_shared
from crm_desktop.errors import DatabaseBusyError, PermissionDeniedError
from crm_desktop.models import Person
from crm_desktop.services import maintenance
from crm_desktop.services.presence import poll


def _people(db: Database) -> list[str]:
    with db.session(write=False) as s:
        return list(s.scalars(select(Person.first_name).where(Person.deleted_at.is_(None)).order_by(Person.id)))


def _add(db: Database, *names: str, notes: str = "") -> None:
    with db.session() as s:
        s.add_all(Person(first_name=name, last_name="Client", notes=notes) for name in names)


@pytest.fixture
def other(db: Database) -> Iterator[Database]:
    """A second user's app on the same database."""
    second = open_database(db.path or db.engine.url.render_as_string(hide_password=False))
    yield second
    second.close()


@pytest.mark.sqlite_only("restoring a file from a backup file")
@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_a_restore_while_another_user_works_reloads_their_lists_and_lets_them_go_on(
    db: Database, db_path: Path, backups_dir: Path, tmp_path: Path, journal: str
) -> None:
    if journal == "delete":
        mark_shared(db.engine)
        db.close()
        db = open_database(db_path)
    _add(db, "Before")
    backup = maintenance.backup_now(db, backups_dir, tmp_path / "monday.db")
    _add(db, "After")
    other = open_database(db_path)
    try:
        seen = poll(other, None)
        db.close()  # the restoring app closes its own connections first (as the window does)

        kept, _revision = maintenance.restore(db_path, backup, backups_dir, user="Anna")

        after = poll(other, seen.counter)
        assert after.changed_by_other, "the other user's lists reload"
        assert after.maintenance is None, "the notice is gone with the restore"
        assert _people(other) == ["Before"]
        _add(other, "Later")
        assert _people(other) == ["Before", "Later"]
        with other.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == journal
    finally:
        other.close()
    # The notice was published before anything was replaced: the copy kept of the replaced file still shows it.
    assert kept is not None
    conn = sqlite3.connect(kept)
    try:
        notice = conn.execute("SELECT value FROM app_settings WHERE key = 'maintenance'").fetchone()
    finally:
        conn.close()
    assert notice is not None
    assert '"what": "restore"' in notice[0]
    assert '"user": "Anna"' in notice[0]


@pytest.mark.sqlite_only("compacting a file and measuring its size")
def test_compacting_shrinks_the_file_keeps_every_record_and_is_no_change_for_the_others(
    db: Database, other: Database
) -> None:
    _add(db, *(f"Gone {n}" for n in range(400)), notes="x" * 2000)
    _add(db, "Kept")
    with db.session() as s:
        s.execute(delete(Person).where(Person.first_name.like("Gone %")))
    seen = poll(other, None)

    result = maintenance.vacuum(db, user="Anna")

    assert result.size_after < result.size_before / 2
    assert _people(other) == ["Kept"]
    after = poll(other, seen.counter)
    assert not after.changed_by_other
    assert after.maintenance is None
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


@pytest.mark.sqlite_only("another program holding the file's lock")
def test_compacting_waits_for_another_users_save_then_gives_up_and_clears_its_notice(
    db: Database, db_path: Path, other: Database
) -> None:
    _add(db, "Kept")
    db.write_patience = 0.5
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE persons SET city = 'Delft'")
    try:
        with pytest.raises(DatabaseBusyError, match="not compacted"):
            maintenance.vacuum(db, user="Anna")
    finally:
        holder.execute("COMMIT")
        holder.close()

    assert poll(other, None).maintenance is None
    assert _people(db) == ["Kept"]


@pytest.mark.parametrize("role", ["manager", "read_only"])
def test_only_an_administrator_compacts(db: Database, role: str) -> None:
    _add(db, "Kept")
    db.actor = Actor(user_id=1, login="someone", role=role)

    with pytest.raises(PermissionDeniedError, match="administrator"):
        maintenance.vacuum(db)

    db.actor = None
    with db.session(write=False) as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 1


def test_compacting_a_database_keeps_its_records(db: Database) -> None:
    _add(db, "Kept", "Also kept")

    maintenance.vacuum(db)

    assert _people(db) == ["Kept", "Also kept"]
