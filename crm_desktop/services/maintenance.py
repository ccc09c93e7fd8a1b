"""Integrity check, counts, backup and restore of the database file."""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from crm_desktop.db import backup as backups
from crm_desktop.db import migrate
from crm_desktop.db.database import Database
from crm_desktop.db.engine import WriteGate
from crm_desktop.db.shared_file import clear_notice, maintenance_notice, make_notice, publish_notice
from crm_desktop.errors import (
    DatabaseBusyError,
    DatabaseLockedError,
    DatabaseOpenError,
    DatabaseWriteError,
    PermissionDeniedError,
)
from crm_desktop.models import Activity, Company, Deal, Person, Pipeline, Product, Stage, Task, User

COUNTED: dict[str, Any] = {
    "companies": Company,
    "contacts": Person,
    "deals": Deal,
    "tasks": Task,
    "activities": Activity,
    "products": Product,
    "pipelines": Pipeline,
    "stages": Stage,
    "users": User,
}


@dataclass(frozen=True)
class CheckReport:
    database: str
    integrity: list[str]
    schema_revision: str | None
    head_revision: str
    counts: dict[str, int] = field(default_factory=dict)
    journal_mode: str | None = None
    size_bytes: int | None = None

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and self.schema_revision == self.head_revision


def check(db: Database, *, full: bool = True) -> CheckReport:
    """Run SQLite's integrity check and count the records of each kind."""
    integrity: list[str] = ["ok"]
    journal = None
    with db.engine.connect() as conn:
        if db.is_sqlite:
            pragma = "integrity_check(20)" if full else "quick_check(20)"
            integrity = [str(r[0]) for r in conn.exec_driver_sql(f"PRAGMA {pragma}")]
            journal = str(conn.exec_driver_sql("PRAGMA journal_mode").scalar())
        else:
            conn.execute(text("SELECT 1"))
    with db.session(write=False) as s:
        counts = {
            name: int(s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None))) or 0)
            for name, model in COUNTED.items()
        }
    return CheckReport(
        database=db.display_name,
        integrity=integrity,
        schema_revision=migrate.current_revision(db.engine),
        head_revision=migrate.head_revision(),
        counts=counts,
        journal_mode=journal,
        size_bytes=db.path.stat().st_size if db.path else None,
    )


def backup_now(db: Database, backups_dir: Path, target: Path | None = None) -> Path:
    """Back up the open database to `target`, or to a new dated file in the backups folder (rotated)."""
    if db.path is None:
        # A server database: pg_dump writes it, named after the database (no rotation: an explicit backup).
        stem = db.engine.url.database or "server"
        return backups.backup_database(db.engine, backups_dir, stem, target=target and target.expanduser())
    if target is not None:
        target = target.expanduser().resolve()
        if target == db.path:
            raise DatabaseOpenError("The backup cannot be written over the database itself.")
    return backups.backup_database(db.engine, backups_dir, db.path.stem, reason=None, target=target)


def backup_if_due(db: Database, backups_dir: Path, *, every: timedelta = timedelta(days=1)) -> Path | None:
    """The automatic backup: one when the newest dated backup is older than `every`."""
    if db.path is None:
        return None
    latest = backups.list_backups(backups_dir, db.path.stem)
    if latest and datetime.now() - latest[0].taken_at < every:
        return None
    return backups.backup_database(db.engine, backups_dir, db.path.stem, reason="auto")


def restore(
    database_path: Path, backup_file: Path, backups_dir: Path, *, user: str | None = None
) -> tuple[Path | None, str]:
    """Verify `backup_file`, keep the current database as a backup, then put the backup in its place.

    Returns the backup made of the current file (None when there was no file) and the restored revision.
    The database must not be open in this process. Others working in the file are told who restores it
    (`user`, this computer) and wait; their lists reload afterwards.
    """
    from crm_desktop.db.database import inspect_file
    from crm_desktop.db.engine import create_app_engine

    backup_file = backup_file.expanduser().resolve()
    database_path = database_path.expanduser().resolve()
    if backup_file == database_path:
        raise DatabaseOpenError("The backup and the database are the same file.")
    revision = backups.verify_backup(backup_file, migrate.known_revisions())
    kept: Path | None = None
    restorer = str(uuid.uuid4())
    if database_path.exists() and database_path.stat().st_size > 0:
        try:
            found = inspect_file(database_path, quick_check=False)
            # The file keeps the journal mode it has: a shared file's openers chose it (see open_database).
            engine = create_app_engine(database_path, wal=found.wal)
            try:
                if not found.empty:
                    notice = make_notice("restore", user=user, session_uuid=restorer)
                    publish_notice(engine, notice, WriteGate())
                kept = backups.backup_database(engine, backups_dir, database_path.stem, reason="pre-restore")
            except BaseException:
                with suppress(Exception):
                    clear_notice(engine)
                raise
            finally:
                engine.dispose()
        except DatabaseLockedError:
            raise  # in use by another program: replacing it would pull the file from under that program
        except DatabaseOpenError:
            # A damaged or foreign current file is kept byte for byte before it is replaced.
            backups_dir.mkdir(parents=True, exist_ok=True)
            kept = backups_dir / f"{database_path.stem}-{datetime.now():%Y%m%d-%H%M%S}-replaced.db"
            kept.write_bytes(database_path.read_bytes())
            # Committed changes may still sit in the write-ahead log: keep it beside the copy, where SQLite finds it.
            wal = Path(str(database_path) + "-wal")
            if wal.is_file() and wal.stat().st_size:
                Path(str(kept) + "-wal").write_bytes(wal.read_bytes())
            database_path.unlink()
            for suffix in ("-wal", "-shm"):
                Path(str(database_path) + suffix).unlink(missing_ok=True)
    # Clears the notice in the restored file (see restore_file); a failed restore leaves the old file: clear it there.
    try:
        backups.restore_file(backup_file, database_path, session_uuid=restorer)
    except BaseException:
        with suppress(Exception):
            _clear_notice_at(database_path)
        raise
    return kept, revision


def _clear_notice_at(database_path: Path) -> None:
    from crm_desktop.db.engine import create_app_engine

    engine = create_app_engine(database_path, wal=inspect_wal(database_path))
    try:
        clear_notice(engine)
    finally:
        engine.dispose()


def inspect_wal(path: Path) -> bool:
    """Whether the file is in WAL mode now (byte 18 of its header), so a maintenance keeps its mode."""
    try:
        with path.open("rb") as fh:
            start = fh.read(20)
    except OSError:
        return False
    return len(start) >= 20 and start[18] == 2


@dataclass(frozen=True)
class VacuumResult:
    size_before: int
    size_after: int


def vacuum(db: Database, *, user: str | None = None) -> VacuumResult:
    """Compact the database file (SQLite's VACUUM), taking it exclusively; the others are told to wait.

    VACUUM holds SQLite's exclusive lock for its whole run: others' writes wait through their write gate and
    show the notice; it waits for them at most the write patience itself.
    """
    if db.actor is not None and db.actor.role != "admin":
        raise PermissionDeniedError("Only an administrator can compact the database; nothing was changed.")
    if not db.is_sqlite or db.path is None:
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
        return VacuumResult(0, 0)
    path = db.path
    before = _file_size(path)
    try:
        with maintenance_notice(db.engine, "vacuum", user=user, session_uuid=db.session_uuid, gate=db.write_gate):
            _vacuum_file(path, db.write_patience)
    except DatabaseBusyError as exc:
        raise DatabaseBusyError(
            "Another user kept the database busy, so it was not compacted; try again later."
        ) from exc
    return VacuumResult(before, _file_size(path))


def _vacuum_file(path: Path, patience: float) -> None:
    # A connection of its own: VACUUM cannot run inside a transaction, and the pool's connections stay as they
    # are. It opens the file in the journal mode the file has.
    raw = sqlite3.connect(path, timeout=patience, isolation_level=None)
    try:
        raw.execute("VACUUM")
        if str(raw.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseBusyError("busy") from exc  # worded by vacuum()
        raise DatabaseWriteError(f"The database could not be compacted ({exc}); nothing was changed.") from exc
    finally:
        raw.close()


def _file_size(path: Path) -> int:
    size = path.stat().st_size
    wal = Path(str(path) + "-wal")
    return size + (wal.stat().st_size if wal.exists() else 0)
