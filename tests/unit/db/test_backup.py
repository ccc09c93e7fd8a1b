"""Backups: a copy that verifies and holds the same rows, rotation, verification, restore, the pre-migrate copy."""

import os
import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from crm_desktop.db import backup, migrate
from crm_desktop.db.database import Database, open_database
from crm_desktop.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    DatabaseOpenError,
    NotADatabaseError,
    SchemaTooNewError,
)
from crm_desktop.models import Person
from crm_desktop.services import maintenance

Digest = Callable[[Path], str]


def _add_people(db: Database, *last_names: str) -> None:
    with db.session() as s:
        s.add_all(Person(first_name="Test", last_name=name) for name in last_names)


def _last_names(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT last_name FROM persons ORDER BY id")]
    finally:
        conn.close()


def _stamp(moment: datetime, suffix: str = "") -> str:
    return f"crm-{moment:%Y%m%d-%H%M%S}{suffix}.db"


def test_a_backup_verifies_and_holds_the_same_rows(db: Database, backups_dir: Path) -> None:
    _add_people(db, "Hopper", "Lovelace")

    path = maintenance.backup_now(db, backups_dir)

    assert path.parent == backups_dir
    assert backup.verify_backup(path, migrate.known_revisions()) == migrate.head_revision()
    assert _last_names(path) == ["Hopper", "Lovelace"]
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",), "a backup is one self-contained file"
    finally:
        conn.close()
    assert sorted(p.name for p in backups_dir.iterdir()) == [path.name], "no temporary .part file is left"


def test_a_backup_to_a_chosen_file(db: Database, tmp_path: Path, backups_dir: Path) -> None:
    _add_people(db, "Hopper")
    target = tmp_path / "copy for the accountant.db"

    assert maintenance.backup_now(db, backups_dir, target) == target

    assert _last_names(target) == ["Hopper"]
    assert not backups_dir.exists()


def test_a_backup_is_never_written_over_the_database_or_into_a_missing_folder(
    db: Database, db_path: Path, tmp_path: Path, backups_dir: Path
) -> None:
    with pytest.raises(DatabaseOpenError, match="over the database itself"):
        maintenance.backup_now(db, backups_dir, db_path)
    with pytest.raises(DatabaseOpenError, match="does not exist"):
        maintenance.backup_now(db, backups_dir, tmp_path / "missing" / "copy.db")
    assert not (tmp_path / "missing").exists()


def test_rotation_keeps_the_latest_ten_and_the_newest_of_each_of_thirty_days(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 3, 31, 12, 0, 0)
    today = [now.replace(hour=h) for h in range(12)]  # 00:00 .. 11:00
    earlier_days = [(now - timedelta(days=d)).date() for d in range(1, 36)]
    names = [_stamp(t) for t in today]
    for day in earlier_days:
        names += [_stamp(datetime.combine(day, datetime.min.time()).replace(hour=h)) for h in (9, 18)]
    names[11] = _stamp(today[11], "-auto")  # a reason in the name does not change the rules
    for name in names:
        (folder / name).write_bytes(b"")
    strangers = ["other-20200101-000000.db", "crm-notes.txt", "crm-old-20200101-000000.db"]
    for name in strangers:
        (folder / name).write_bytes(b"")

    removed = backup.rotate(folder, "crm", now=now)

    # The ten newest are 02:00..11:00 today; then the 18:00 backup of each of the 30 days back to 1 March,
    # whose 18:00 is still inside the 30-day horizon (1 March 12:00). 28 February and older go.
    expected = [_stamp(t) for t in today[2:11]] + [_stamp(today[11], "-auto")]
    expected += [_stamp(datetime(2026, 3, 31, 18) - timedelta(days=d)) for d in range(1, 31)]
    remaining = {p.name for p in folder.iterdir()}
    assert remaining == set(expected) | set(strangers)
    assert len(expected) == 40
    assert sorted(p.name for p in removed) == sorted(set(names) - set(expected))
    assert backup.rotate(folder, "crm", now=now) == [], "a second rotation removes nothing more"


def test_a_new_backup_rotates_the_backups_folder(db: Database, backups_dir: Path) -> None:
    backups_dir.mkdir()
    long_ago = datetime.now() - timedelta(days=400)
    for minute in range(12):
        (backups_dir / _stamp(long_ago + timedelta(minutes=minute))).write_bytes(b"")

    made = maintenance.backup_now(db, backups_dir)

    kept = sorted(p.name for p in backups_dir.iterdir())
    assert len(kept) == backup.KEEP_LATEST
    assert made.name in kept
    assert _stamp(long_ago) not in kept
    assert _stamp(long_ago + timedelta(minutes=1)) not in kept


def test_an_automatic_backup_is_made_once_a_day(db: Database, backups_dir: Path) -> None:
    first = maintenance.backup_if_due(db, backups_dir)

    assert first is not None
    assert first.name.endswith("-auto.db")
    assert maintenance.backup_if_due(db, backups_dir) is None
    assert [p.name for p in backups_dir.iterdir()] == [first.name]


def test_verify_refuses_a_missing_file_garbage_and_a_foreign_sqlite_file(tmp_path: Path) -> None:
    known = migrate.known_revisions()
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(os.urandom(8192))
    foreign = tmp_path / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.commit()
    conn.close()

    with pytest.raises(DatabaseOpenError, match="does not exist"):
        backup.verify_backup(tmp_path / "missing.db", known)
    with pytest.raises(NotADatabaseError, match="not an SQLite file"):
        backup.verify_backup(garbage, known)
    with pytest.raises(NotADatabaseError, match="not a crm-desktop backup"):
        backup.verify_backup(foreign, known)


@pytest.mark.parametrize("damage", ["truncate", "overwrite"])
def test_verify_refuses_a_damaged_backup(db: Database, backups_dir: Path, damage: str) -> None:
    _add_people(db, *(f"Name {i}" for i in range(2000)))
    path = maintenance.backup_now(db, backups_dir)
    size = path.stat().st_size
    with path.open("r+b") as fh:
        if damage == "truncate":
            fh.truncate(size // 2)
        else:  # zeros over pages in the middle, the header intact
            fh.seek(size // 2)
            fh.write(b"\x00" * 8192)

    with pytest.raises(CorruptDatabaseError, match="damaged"):
        backup.verify_backup(path, migrate.known_revisions())


def test_verify_refuses_a_backup_of_a_newer_version(db: Database, backups_dir: Path) -> None:
    path = maintenance.backup_now(db, backups_dir)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    conn.commit()
    conn.close()

    with pytest.raises(SchemaTooNewError, match="newer crm-desktop"):
        backup.verify_backup(path, migrate.known_revisions())


def test_restore_keeps_the_current_database_and_brings_the_backup_back(
    db: Database, db_path: Path, backups_dir: Path
) -> None:
    _add_people(db, "Hopper")
    saved = maintenance.backup_now(db, backups_dir)
    _add_people(db, "Lovelace")
    db.close()

    kept, revision = maintenance.restore(db_path, saved, backups_dir)

    assert revision == migrate.head_revision()
    assert kept is not None
    assert kept.parent == backups_dir
    assert kept.name.endswith("-pre-restore.db")
    assert _last_names(kept) == ["Hopper", "Lovelace"]
    assert _last_names(saved) == ["Hopper"], "the backup itself is not changed by restoring it"
    reopened = open_database(db_path, backups_dir=backups_dir)
    try:
        with reopened.session(write=False) as s:
            assert s.scalars(select(Person.last_name)).all() == ["Hopper"]
    finally:
        reopened.close()


def test_restore_of_a_garbage_backup_leaves_the_database_alone(
    db: Database, db_path: Path, tmp_path: Path, backups_dir: Path, sha256: Digest
) -> None:
    _add_people(db, "Hopper")
    db.close()
    before = sha256(db_path)
    garbage = tmp_path / "backup.db"
    garbage.write_bytes(os.urandom(8192))

    with pytest.raises(NotADatabaseError):
        maintenance.restore(db_path, garbage, backups_dir)

    assert sha256(db_path) == before
    assert not backups_dir.exists(), "nothing was kept because nothing was replaced"


def test_restore_over_a_damaged_database_keeps_its_bytes(
    db: Database, db_path: Path, backups_dir: Path, tmp_path: Path
) -> None:
    _add_people(db, "Hopper")
    saved = maintenance.backup_now(db, tmp_path)
    db.close()
    damaged = os.urandom(4096)
    db_path.write_bytes(damaged)

    kept, _revision = maintenance.restore(db_path, saved, backups_dir)

    assert kept is not None
    assert kept.name.endswith("-replaced.db")
    assert kept.read_bytes() == damaged
    assert _last_names(db_path) == ["Hopper"]


def test_restore_refuses_a_database_another_program_is_using(
    db: Database, db_path: Path, backups_dir: Path, sha256: Digest
) -> None:
    _add_people(db, "Hopper")
    saved = maintenance.backup_now(db, backups_dir)
    _add_people(db, "Lovelace")
    db.close()
    holder = sqlite3.connect(db_path, isolation_level=None)
    try:
        holder.execute("PRAGMA journal_mode=DELETE")
        before, inode = sha256(db_path), db_path.stat().st_ino
        holder.execute("BEGIN EXCLUSIVE")

        with pytest.raises(DatabaseLockedError, match="locked by another program"):
            maintenance.restore(db_path, saved, backups_dir)

        assert db_path.stat().st_ino == inode, "the file was not pulled from under the other program"
    finally:
        holder.rollback()
        holder.close()
    assert sha256(db_path) == before
    assert _last_names(db_path) == ["Hopper", "Lovelace"]
    assert [p.name for p in backups_dir.iterdir()] == [saved.name]


def test_restore_into_a_new_file(tmp_path: Path, db: Database, backups_dir: Path) -> None:
    _add_people(db, "Hopper")
    saved = maintenance.backup_now(db, backups_dir)
    fresh = tmp_path / "elsewhere.db"

    kept, _revision = maintenance.restore(fresh, saved, backups_dir)

    assert kept is None
    assert _last_names(fresh) == ["Hopper"]


def test_opening_a_database_at_head_makes_no_backup(db: Database, db_path: Path, backups_dir: Path) -> None:
    _add_people(db, "Hopper")
    db.close()

    open_database(db_path, backups_dir=backups_dir).close()

    assert not backups_dir.exists()


def test_a_backup_is_made_before_a_migration(
    db: Database, db_path: Path, backups_dir: Path, next_release: Callable[[str], str]
) -> None:
    # The fixture `db` is today's head; `next_release` makes it the previous release's schema.
    _add_people(db, "Hopper")
    db.close()
    old_head = migrate.head_revision()
    new_head = next_release('op.create_table("release_notes", sa.Column("id", sa.Integer, primary_key=True))')

    upgraded = open_database(db_path, backups_dir=backups_dir)
    try:
        assert migrate.current_revision(upgraded.engine) == new_head
    finally:
        upgraded.close()

    made = list(backups_dir.iterdir())
    assert len(made) == 1
    assert made[0].name.endswith("-pre-migrate.db")
    assert backup.verify_backup(made[0], migrate.known_revisions()) == old_head
    assert _last_names(made[0]) == ["Hopper"]


def test_restore_over_a_damaged_database_keeps_its_write_ahead_log_too(
    db: Database, db_path: Path, backups_dir: Path, tmp_path: Path
) -> None:
    _add_people(db, "Hopper")
    saved = maintenance.backup_now(db, tmp_path)
    db.close()
    db_path.write_bytes(os.urandom(4096))
    wal = Path(str(db_path) + "-wal")
    wal.write_bytes(b"log of committed pages" * 10)

    kept, _revision = maintenance.restore(db_path, saved, backups_dir)

    assert kept is not None
    assert Path(str(kept) + "-wal").read_bytes() == b"log of committed pages" * 10
    assert _last_names(db_path) == ["Hopper"]
