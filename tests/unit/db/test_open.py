"""Opening a file: refused files stay byte for byte as they were; connections and sessions behave as promised."""

import os
import sqlite3
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from crm_desktop.db.database import Database, open_database
from crm_desktop.db.engine import BUSY_TIMEOUT_MS
from crm_desktop.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    DatabaseOpenError,
    NotADatabaseError,
    SchemaTooNewError,
)
from crm_desktop.models import Person

SIDE_FILES = ("-wal", "-shm", "-journal")
Digest = Callable[[Path], str]


def _side_files(path: Path) -> dict[str, int]:
    """The journal files SQLite keeps beside a database, with their sizes."""
    found = {}
    for suffix in SIDE_FILES:
        side = Path(f"{path}{suffix}")
        if side.exists():
            found[suffix] = side.stat().st_size
    return found


def _count_people(db: Database) -> int:
    with db.session(write=False) as s:
        return int(s.scalar(select(func.count()).select_from(Person)) or 0)


@pytest.fixture
def full_db_path(tmp_path: Path) -> Path:
    """A closed crm-desktop database holding 2000 people: big enough to lose real pages when cut."""
    path = tmp_path / "full.db"
    db = open_database(path)
    with db.session() as s:
        s.add_all(Person(first_name=f"Person {i}", last_name="Example", notes="x" * 200) for i in range(2000))
    db.close()
    assert _side_files(path) == {}, "closing the last connection checkpoints the WAL into the file"
    return path


def test_a_garbage_file_is_refused_and_left_alone(tmp_path: Path, sha256: Digest) -> None:
    path = tmp_path / "holiday-photo.db"
    path.write_bytes(os.urandom(64 * 1024))
    before = sha256(path)

    with pytest.raises(NotADatabaseError, match="holiday-photo.db") as refused:
        open_database(path)

    assert "not an SQLite file" in str(refused.value)
    assert sha256(path) == before
    assert _side_files(path) == {}


def test_a_truncated_database_is_reported_damaged_and_left_alone(full_db_path: Path, sha256: Digest) -> None:
    size = full_db_path.stat().st_size
    assert size > 1_000_000
    with full_db_path.open("r+b") as fh:
        fh.truncate(size // 2)
    before = sha256(full_db_path)

    with pytest.raises(CorruptDatabaseError, match="full.db") as refused:
        open_database(full_db_path)

    assert "restore" in str(refused.value)
    assert sha256(full_db_path) == before
    # The file is in WAL mode, so SQLite's read-only look creates an empty -wal (and an -shm index) beside it;
    # neither holds data, and the database file itself is untouched.
    assert _side_files(full_db_path).get("-wal", 0) == 0


def test_an_sqlite_file_of_another_program_is_refused_and_left_alone(tmp_path: Path, sha256: Digest) -> None:
    path = tmp_path / "recipes.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT, minutes INTEGER)")
    conn.execute("INSERT INTO recipes VALUES ('bread', 240)")
    conn.commit()
    conn.close()
    before = sha256(path)

    with pytest.raises(NotADatabaseError, match="recipes.sqlite") as refused:
        open_database(path)

    assert "another program" in str(refused.value)
    assert sha256(path) == before
    assert _side_files(path) == {}


def test_a_database_of_a_newer_version_is_refused_and_left_alone(db_path: Path, sha256: Digest) -> None:
    db = open_database(db_path)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffff_future'")
    db.close()
    before = sha256(db_path)

    with pytest.raises(SchemaTooNewError, match="crm.db") as refused:
        open_database(db_path)

    assert "ffff_future" in str(refused.value)
    assert sha256(db_path) == before
    assert _side_files(db_path).get("-wal", 0) == 0


def test_a_database_locked_by_another_program_is_refused_after_a_short_wait(
    full_db_path: Path, sha256: Digest
) -> None:
    holder = sqlite3.connect(full_db_path, isolation_level=None)
    try:
        assert holder.execute("PRAGMA journal_mode=DELETE").fetchone() == ("delete",)
        before = sha256(full_db_path)
        holder.execute("BEGIN EXCLUSIVE")
        started = time.monotonic()

        with pytest.raises(DatabaseLockedError, match="full.db") as refused:
            open_database(full_db_path)

        waited = time.monotonic() - started
    finally:
        holder.rollback()
        holder.close()
    assert "locked by another program" in str(refused.value)
    assert waited < BUSY_TIMEOUT_MS / 1000, "the read-only look gives up before the write timeout"
    assert sha256(full_db_path) == before
    # Once the other program lets go, the same file opens and nothing was lost.
    db = open_database(full_db_path)
    try:
        assert _count_people(db) == 2000
    finally:
        db.close()


def test_a_file_in_a_missing_folder_is_refused_without_creating_the_folder(tmp_path: Path) -> None:
    path = tmp_path / "no-such-folder" / "crm.db"

    with pytest.raises(DatabaseOpenError, match="no-such-folder") as refused:
        open_database(path)

    assert "does not exist" in str(refused.value)
    assert not path.parent.exists()


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    folder = tmp_path / "crm.db"
    folder.mkdir()

    with pytest.raises(NotADatabaseError, match="is a folder"):
        open_database(folder)


def test_every_connection_gets_wal_foreign_keys_and_busy_timeout(db: Database) -> None:
    first = db.engine.connect()
    second = db.engine.connect()  # a second pooled connection, opened while the first is in use
    try:
        for conn in (first, second):
            pragma = conn.exec_driver_sql
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA busy_timeout").scalar() == BUSY_TIMEOUT_MS
            assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
    finally:
        first.close()
        second.close()


def test_a_write_session_begins_immediate_and_a_read_session_deferred(db: Database) -> None:
    statements: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.startswith("BEGIN"):
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        with db.session() as s:
            s.execute(select(1))
        with db.session(write=False) as s:
            s.execute(select(1))
    finally:
        event.remove(db.engine, "before_cursor_execute", record)

    assert statements == ["BEGIN IMMEDIATE", "BEGIN DEFERRED"]


def test_two_writers_in_two_threads_take_turns_and_readers_do_not_wait(db: Database) -> None:
    first_holds_the_lock = threading.Event()
    second_is_starting = threading.Event()

    def first_writer() -> None:
        with db.session() as s:
            s.add(Person(first_name="First", last_name="Writer"))
            s.flush()
            first_holds_the_lock.set()
            assert second_is_starting.wait(5)
            time.sleep(0.3)  # the second writer reaches its BEGIN while this transaction is open

    def second_writer() -> int:
        assert first_holds_the_lock.wait(5)
        second_is_starting.set()
        with db.session() as s:
            # With BEGIN IMMEDIATE this waits for the first commit, so it sees the first row;
            # a deferred BEGIN would read an older snapshot here and then fail to write.
            seen = int(s.scalar(select(func.count()).select_from(Person)) or 0)
            s.add(Person(first_name="Second", last_name="Writer"))
        return seen

    def reader() -> tuple[int, float]:
        assert first_holds_the_lock.wait(5)
        started = time.monotonic()
        return _count_people(db), time.monotonic() - started

    with ThreadPoolExecutor(max_workers=3) as pool:
        first = pool.submit(first_writer)
        second = pool.submit(second_writer)
        read = pool.submit(reader)
        first.result(timeout=15)
        seen_by_second = second.result(timeout=15)
        seen_by_reader, reader_waited = read.result(timeout=15)

    assert seen_by_second == 1
    assert seen_by_reader == 0
    assert reader_waited < 0.25
    with db.session(write=False) as s:
        assert s.scalars(select(Person.first_name).order_by(Person.id)).all() == ["First", "Second"]


def test_a_session_that_raises_writes_nothing(db: Database) -> None:
    def cancelled_half_way() -> None:
        with db.session() as s:
            s.add(Person(first_name="Half", last_name="Done"))
            s.flush()
            raise RuntimeError("the user pressed Cancel")

    with pytest.raises(RuntimeError, match="the user pressed Cancel"):
        cancelled_half_way()

    assert _count_people(db) == 0


def test_a_read_session_never_commits(db: Database) -> None:
    with db.session(write=False) as s:
        s.add(Person(first_name="Not", last_name="Saved"))
        s.flush()

    assert _count_people(db) == 0
