"""Opening a database safely: checks before anything is written, a backup before migrations, sessions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.db import backup, migrate
from crm_desktop.db.engine import SQLITE_HEADER, create_app_engine, is_url
from crm_desktop.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    DatabaseOpenError,
    NotADatabaseError,
    SchemaTooNewError,
)


@dataclass(frozen=True)
class FileInspection:
    """What a read-only look at a database file found."""

    exists: bool
    empty: bool  # no crm-desktop tables yet: a new database
    revision: str | None


def _read_only_connection(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)


def inspect_file(path: Path, *, quick_check: bool = True) -> FileInspection:
    """Look at a file through a read-only connection and refuse anything the app must not touch.

    Nothing here can change the file: a refused file stays byte-for-byte as it was.
    """
    if not path.exists():
        if not path.parent.is_dir():
            raise DatabaseOpenError(
                f"Cannot create the database '{path}': the folder '{path.parent}' does not exist."
            )
        return FileInspection(exists=False, empty=True, revision=None)
    if path.is_dir():
        raise NotADatabaseError(f"'{path}' is a folder, not a database file. Choose a file name.")
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseOpenError(f"Cannot read '{path}': {exc.strerror or exc}.") from exc
    if not header:
        return FileInspection(exists=True, empty=True, revision=None)
    if header != SQLITE_HEADER:
        raise NotADatabaseError(
            f"'{path}' is not a crm-desktop database (it is not an SQLite file). "
            "The file was not changed; open another file or start with a new one."
        )
    try:
        conn = _read_only_connection(path)
    except sqlite3.Error as exc:
        raise DatabaseOpenError(f"Cannot open '{path}': {exc}.") from exc
    try:
        if quick_check:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
            if problems != ["ok"]:
                raise CorruptDatabaseError(
                    f"'{path}' is damaged ({problems[0]}). The file was not changed; "
                    "restore it from a backup (crm-desktop restore FILE) or open another file."
                )
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseLockedError(
                f"'{path}' is locked by another program. Close it there, or wait, and try again."
            ) from exc
        raise CorruptDatabaseError(
            f"'{path}' cannot be read ({exc}). The file was not changed; restore it from a backup."
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(
            f"'{path}' is damaged ({exc}). The file was not changed; "
            "restore it from a backup (crm-desktop restore FILE) or open another file."
        ) from exc
    finally:
        conn.close()
    user_tables = {t for t in tables if not t.startswith("sqlite_")}
    if revision is None and user_tables:
        raise NotADatabaseError(
            f"'{path}' is an SQLite database of another program, not of crm-desktop. The file was not changed."
        )
    if revision is not None and revision not in migrate.known_revisions():
        raise SchemaTooNewError(
            f"'{path}' was written by a newer version of crm-desktop (schema {revision}). "
            "Update crm-desktop to open it; the file was not changed."
        )
    return FileInspection(exists=True, empty=revision is None, revision=revision)


@dataclass(frozen=True)
class Actor:
    """Who works through this Database: every session carries it, and the access rules read it from there."""

    user_id: int
    login: str
    role: str  # admin | manager | read_only (models.enums.Role)
    own_records_only: bool = False


class Database:
    """An open, migrated database: the engine and the sessions the services use."""

    def __init__(self, engine: Engine, path: Path | None) -> None:
        self.engine = engine
        self.path = path
        # None until a user is known (first start, maintenance commands): no access rule applies then.
        self.actor: Actor | None = None
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            bind=engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self, *, write: bool = True) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back entirely if it raises."""
        factory = self._write_sessions if write else self._sessions
        with factory() as session:
            session.info["actor"] = self.actor
            try:
                yield session
                if write:
                    session.commit()
                else:
                    session.rollback()
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        if self.is_sqlite:
            # SQLite's advice for long-lived apps: refresh the planner's statistics on close where they are stale.
            # Without them a query on the channels table may pick the (kind, normalized) index and read every row.
            try:
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA optimize")
            except Exception:  # noqa: BLE001 - a busy or read-only file keeps the old statistics, nothing is lost
                pass
        self.engine.dispose()


def open_database(
    target: str | Path,
    *,
    backups_dir: Path | None = None,
    quick_check: bool = True,
) -> Database:
    """Check, back up, migrate and open a database given as a file path or a SQLAlchemy URL."""
    if isinstance(target, str) and is_url(target):
        engine = create_app_engine(target)
        try:
            migrate.upgrade(engine)
        except Exception as exc:
            engine.dispose()
            raise DatabaseOpenError(f"Cannot open the database at {target}: {exc}") from exc
        return Database(engine, None)

    path = Path(target).expanduser().resolve()
    found = inspect_file(path, quick_check=quick_check)
    engine = create_app_engine(path)
    try:
        pending = found.revision != migrate.head_revision()
        if pending and not found.empty and backups_dir is not None:
            backup.backup_database(engine, backups_dir, path.stem, reason="pre-migrate")
        if pending:
            migrate.upgrade(engine)
    except sqlite3.OperationalError as exc:
        engine.dispose()
        raise DatabaseLockedError(f"'{path}' is locked by another program ({exc}).") from exc
    except DatabaseOpenError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        if "locked" in str(exc):
            raise DatabaseLockedError(
                f"'{path}' is locked by another program. Close it there, or wait, and try again."
            ) from exc
        raise DatabaseOpenError(f"Cannot prepare '{path}': {exc}") from exc
    return Database(engine, path)


from crm_desktop.db import access  # noqa: E402, F401 - installs the access rules on every session (needs Actor)
