"""Backups with SQLite's online backup API, their rotation, verification and restore."""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine

from crm_desktop.db import postgres
from crm_desktop.db.engine import SQLITE_HEADER
from crm_desktop.errors import CorruptDatabaseError, DatabaseOpenError, NotADatabaseError, SchemaTooNewError

KEEP_LATEST = 10
KEEP_DAILY_DAYS = 30
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<reason>[a-z-]+))?(?:-\d+)?\.db$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime


def _copy(source: sqlite3.Connection, target: Path) -> None:
    """Copy a live database into `target` atomically: a crash never leaves a half-written file there."""
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    dest = sqlite3.connect(tmp)
    try:
        source.backup(dest, pages=4096)
        # A backup is one self-contained file, whatever the journal mode of the original.
        dest.execute("PRAGMA journal_mode=DELETE")
        dest.commit()
    finally:
        dest.close()
    os.replace(tmp, target)


def _target_name(backups_dir: Path, stem: str, reason: str | None, now: datetime, suffix: str = ".db") -> Path:
    base = f"{stem}-{now.strftime(_STAMP)}" + (f"-{reason}" if reason else "")
    candidate = backups_dir / f"{base}{suffix}"
    n = 1
    while candidate.exists():
        candidate = backups_dir / f"{base}-{n}{suffix}"
        n += 1
    return candidate


def backup_database(
    engine: Engine, backups_dir: Path, stem: str, *, reason: str | None = None, target: Path | None = None
) -> Path:
    """Back up the database behind `engine` into `target`, or a new dated file in `backups_dir`."""
    if engine.dialect.name == "postgresql":
        # pg_dump's custom format (pg_restore reads it); these are not rotated: a server is backed up on purpose.
        if target is None:
            backups_dir.mkdir(parents=True, exist_ok=True)
            target = _target_name(backups_dir, stem, reason, datetime.now(), postgres.DUMP_SUFFIX)
        elif not target.parent.is_dir():
            raise DatabaseOpenError(f"Cannot write the backup: the folder '{target.parent}' does not exist.")
        return postgres.dump(engine, target)
    if engine.dialect.name != "sqlite":
        raise DatabaseOpenError("Backups of a server database are made with the server's own tools.")
    now = datetime.now()
    if target is None:
        backups_dir.mkdir(parents=True, exist_ok=True)
        target = _target_name(backups_dir, stem, reason, now)
    elif not target.parent.is_dir():
        raise DatabaseOpenError(f"Cannot write the backup: the folder '{target.parent}' does not exist.")
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        _copy(driver, target)
    except OSError as exc:
        raise DatabaseOpenError(f"Cannot write the backup '{target}': {exc.strerror or exc}.") from exc
    finally:
        raw.close()
    if target.parent == backups_dir:
        rotate(backups_dir, stem, now=now)
    return target


def list_backups(backups_dir: Path, stem: str) -> list[BackupFile]:
    """The dated backups of one database, newest first."""
    found = []
    if backups_dir.is_dir():
        for path in backups_dir.glob(f"{stem}-*.db"):
            match = _NAME.match(path.name)
            if match and match["stem"] == stem:
                found.append(BackupFile(path, datetime.strptime(match["stamp"], _STAMP)))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def rotate(backups_dir: Path, stem: str, *, now: datetime | None = None) -> list[Path]:
    """Keep the latest ten backups and the newest one of each of the last thirty days; delete the rest."""
    now = now or datetime.now()
    backups = list_backups(backups_dir, stem)
    keep = {b.path for b in backups[:KEEP_LATEST]}
    seen_days: set[str] = set()
    horizon = now - timedelta(days=KEEP_DAILY_DAYS)
    for b in backups:  # newest first, so the first of each day is that day's newest
        day = b.taken_at.strftime("%Y-%m-%d")
        if b.taken_at >= horizon and day not in seen_days:
            seen_days.add(day)
            keep.add(b.path)
    removed = []
    for b in backups:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def verify_backup(path: Path, known_revisions: set[str]) -> str:
    """Check that `path` is an intact crm-desktop database this version can open; return its schema revision."""
    if not path.is_file():
        raise DatabaseOpenError(f"The backup '{path}' does not exist.")
    with path.open("rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise NotADatabaseError(f"'{path}' is not a crm-desktop backup (it is not an SQLite file).")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
            if result != ["ok"]:
                raise CorruptDatabaseError(f"The backup '{path}' is damaged ({result[0]}); it was not restored.")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if "no such table" in str(exc):
            raise NotADatabaseError(f"'{path}' is an SQLite file but not a crm-desktop backup.") from exc
        raise CorruptDatabaseError(f"The backup '{path}' is damaged ({exc}); it was not restored.") from exc
    if row is None:
        raise NotADatabaseError(f"'{path}' is not a crm-desktop backup (it has no schema version).")
    if row[0] not in known_revisions:
        raise SchemaTooNewError(f"The backup '{path}' was made by a newer crm-desktop; update the app first.")
    return str(row[0])


def restore_file(backup_path: Path, database_path: Path, *, session_uuid: str = "") -> None:
    """Write the verified backup over the database through SQLite, so its WAL and locks are honoured.

    Others may have the file open: SQLite's backup takes the write lock (they wait), and afterwards the change
    counter is set above its value before the restore, so their open lists reload; the maintenance notice the
    restore published (and any the backup carried) is removed in the same transaction.
    """
    source = sqlite3.connect(f"{backup_path.resolve().as_uri()}?mode=ro", uri=True)
    dest = sqlite3.connect(database_path, timeout=10, isolation_level=None)
    try:
        before = _counter_value(dest)
        source.backup(dest)
        _after_restore(dest, before, session_uuid)
    except sqlite3.OperationalError as exc:
        raise DatabaseOpenError(f"Cannot restore into '{database_path}': {exc}.") from exc
    finally:
        dest.close()
        source.close()


def _counter_value(conn: sqlite3.Connection) -> int:
    try:
        row = conn.execute("SELECT value FROM change_counter WHERE id = 1").fetchone()
    except sqlite3.DatabaseError:  # an empty, older or damaged file: nobody polls its counter
        return 0
    return int(row[0]) if row else 0


def _after_restore(conn: sqlite3.Connection, before: int, session_uuid: str) -> None:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.execute("BEGIN IMMEDIATE")
    try:
        if "change_counter" in tables:
            value = max(before, _counter_value(conn)) + 1
            conn.execute("DELETE FROM change_counter WHERE id = 1")
            conn.execute(
                "INSERT INTO change_counter (id, value, changed_at, session_uuid) VALUES (1, ?, ?, ?)",
                (value, datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" "), session_uuid or None),
            )
        if "app_settings" in tables:
            conn.execute("DELETE FROM app_settings WHERE key = 'maintenance'")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
