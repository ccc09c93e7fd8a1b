"""Opening a database safely: checks before anything is written, a backup before migrations, sessions."""

from __future__ import annotations

import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.db import backup, migrate
from crm_desktop.db.engine import (
    DIRTY_KEY,
    SQLITE_HEADER,
    WriteGate,
    create_app_engine,
    is_busy_error,
    is_network_path,
    is_url,
    sqlite_error_code,
)
from crm_desktop.db.shared_file import (
    MaintenanceNotice,
    bump_counter,
    maintenance_notice,
    mark_shared,
    read_notice_raw,
    read_shared_mark,
)
from crm_desktop.errors import (
    CorruptDatabaseError,
    CrmError,
    DatabaseBusyError,
    DatabaseLockedError,
    DatabaseOpenError,
    DatabaseWriteError,
    MaintenanceError,
    NotADatabaseError,
    SchemaTooNewError,
)

# A poll of the change counter gives up after this long when the file is taken, rather than stall its thread.
QUICK_READ_MS = 1500
_CONNECTIONS = "crm_connections"
_COUNTED = "crm_counted"
# SQLite's codes for a file that cannot be written or read: I/O error, read-only, full disk, cannot open.
_FILE_ERRORS = {3, 8, 10, 13, 14}
_SQLITE_READONLY_ROLLBACK = 776  # a read-only connection met a hot journal it may not roll back


@dataclass(frozen=True)
class FileInspection:
    """What a read-only look at a database file found."""

    exists: bool
    empty: bool  # no crm-desktop tables yet: a new database
    revision: str | None
    wal: bool = False  # the file is in WAL mode (byte 18 of its header)
    shared_mark: bool = False  # it was once opened from a network share (see shared_file.SHARED_KEY)


def _roll_back_hot_journal(path: Path) -> None:
    """Let SQLite undo the half-written transaction of a crashed writer: the first read of a read-write
    connection rolls the hot journal back into the file and removes it."""
    try:
        conn = sqlite3.connect(path, timeout=5)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise DatabaseOpenError(
            f"'{path}' was left half-written by a program that stopped, and it cannot be repaired from here "
            f"({exc}). Open it where you can write to its folder, or restore it from a backup."
        ) from exc


def _read_only_connection(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)


def inspect_file(path: Path, *, quick_check: bool = True, _recovered: bool = False) -> FileInspection:
    """Look at a file through a read-only connection and refuse anything the app must not touch.

    Nothing here can change the file: a refused file stays byte-for-byte as it was. The one exception is
    SQLite's own recovery: a writer that crashed in rollback-journal mode (a shared file) leaves a "hot"
    journal that a read-only connection may not roll back; it is rolled back first, as any opener would.
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
            start = fh.read(20)
    except OSError as exc:
        raise DatabaseOpenError(f"Cannot read '{path}': {exc.strerror or exc}.") from exc
    header = start[: len(SQLITE_HEADER)]
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
        shared_mark = "app_settings" in tables and read_shared_mark(conn)
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorcode", None) == _SQLITE_READONLY_ROLLBACK and not _recovered:
            conn.close()
            _roll_back_hot_journal(path)
            return inspect_file(path, quick_check=quick_check, _recovered=True)
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
    return FileInspection(
        exists=True,
        empty=revision is None,
        revision=revision,
        wal=len(start) >= 20 and start[18] == 2,
        shared_mark=shared_mark,
    )


@dataclass(frozen=True)
class Actor:
    """Who works through this Database: every session carries it, and the access rules read it from there."""

    user_id: int
    login: str
    role: str  # admin | manager | read_only (models.enums.Role)
    own_records_only: bool = False


class Database:
    """An open, migrated database: the engine and the sessions the services use.

    Writes on SQLite wait for the file's write lock through `write_gate` (listeners see the wait); every
    committed write session that changed data adds one to the change counter, in the same transaction.
    """

    def __init__(self, engine: Engine, path: Path | None, *, shared: bool = False) -> None:
        self.engine = engine
        self.path = path
        # True when the file is used over a network: the rollback journal, and the others may be working in it.
        self.shared = shared
        # This open database among everybody's: the change counter and the workstations row carry it.
        self.session_uuid = str(uuid.uuid4())
        # None until a user is known (first start, maintenance commands): no access rule applies then.
        self.actor: Actor | None = None
        self.write_gate = WriteGate()
        self.write_gate.explain_wait = self._explain_wait
        # Background writes (the presence heartbeat) wait briefly and are not shown as "waiting".
        self._quiet_gate = WriteGate(patience=5.0)
        self._quiet_gate.explain_wait = self._explain_wait
        # The last maintenance notice seen: while the file is taken, the notice itself may not be readable.
        self.last_notice: MaintenanceNotice | None = None
        self._own_counts: set[int] = set()
        self._own_lock = threading.Lock()
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        self._quick_read_sessions = sessionmaker(
            bind=engine.execution_options(busy_timeout_ms=QUICK_READ_MS), expire_on_commit=False
        )
        gated = {"write_gate": self.write_gate} if self.is_sqlite else {}
        quiet = {"write_gate": self._quiet_gate} if self.is_sqlite else {}
        self._write_sessions = sessionmaker(
            bind=engine.execution_options(sqlite_begin="IMMEDIATE", **gated), expire_on_commit=False
        )
        self._quiet_write_sessions = sessionmaker(
            bind=engine.execution_options(sqlite_begin="IMMEDIATE", **quiet), expire_on_commit=False
        )
        for factory in (self._write_sessions, self._quiet_write_sessions):
            event.listen(factory, "after_begin", self._on_after_begin)
            event.listen(factory, "before_commit", self._on_before_commit)
            event.listen(factory, "after_commit", self._on_after_commit)
            event.listen(factory, "after_rollback", self._on_after_rollback)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else self.engine.url.render_as_string(hide_password=True)

    @property
    def write_patience(self) -> float:
        """Seconds a write waits for another user's lock before it gives up with DatabaseBusyError."""
        return self.write_gate.patience

    @write_patience.setter
    def write_patience(self, seconds: float) -> None:
        self.write_gate.patience = seconds

    def add_wait_listener(self, listener: Callable[[bool], None]) -> None:
        """Call `listener(True)` when a write has to wait for another user, `listener(False)` when it goes on.

        It is called on the thread doing the write (a worker thread in the app).
        """
        self.write_gate.add_listener(listener)

    def remove_wait_listener(self, listener: Callable[[bool], None]) -> None:
        self.write_gate.remove_listener(listener)

    # The change counter ------------------------------------------------------------------------------------

    @staticmethod
    def _on_after_begin(session: Session, _transaction: Any, connection: Connection) -> None:
        session.info.setdefault(_CONNECTIONS, []).append(connection)

    def _on_before_commit(self, session: Session) -> None:
        # The commit's own flush comes after this event: flush here so the ORM's writes are seen as well.
        session.flush()
        connections: list[Connection] = session.info.get(_CONNECTIONS, [])
        if any(conn.info.get(DIRTY_KEY) for conn in connections):
            session.info[_COUNTED] = bump_counter(connections[0], self.session_uuid)

    def _on_after_commit(self, session: Session) -> None:
        session.info.pop(_CONNECTIONS, None)
        value = session.info.pop(_COUNTED, None)
        if value is not None:
            with self._own_lock:
                self._own_counts.add(value)
                if len(self._own_counts) > 50_000:  # only recent values matter to a poll
                    floor = value - 25_000
                    self._own_counts = {v for v in self._own_counts if v > floor}

    @staticmethod
    def _on_after_rollback(session: Session) -> None:
        session.info.pop(_CONNECTIONS, None)
        session.info.pop(_COUNTED, None)

    def others_changed(self, last: int | None, current: int) -> bool:
        """True when somebody else committed between counter values `last` and `current`."""
        if last is None or current == last:
            return False
        if current < last:
            return True  # the file was restored from a backup
        with self._own_lock:
            own = sum(1 for value in self._own_counts if last < value <= current)
        return current - last > own

    def _explain_wait(self, driver: Any) -> str | None:
        notice = None
        try:
            notice = read_notice_raw(driver)
        except sqlite3.Error:
            notice = self.last_notice  # the maintenance holds the file: the notice seen last is the best guess
        if notice is None or notice.session_uuid == self.session_uuid:
            return None
        return notice.describe()

    # Sessions ----------------------------------------------------------------------------------------------

    @contextmanager
    def session(self, *, write: bool = True, background: bool = False, quick: bool = False) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back entirely if it raises.

        `background`: a write nobody waits for (waits briefly, unseen); `quick`: a read that gives up soon
        when the file is taken (a poll).
        """
        if write:
            factory = self._quiet_write_sessions if background else self._write_sessions
        else:
            factory = self._quick_read_sessions if quick else self._sessions
        with factory() as session:
            session.info["actor"] = self.actor
            try:
                yield session
                if write:
                    session.commit()
                else:
                    session.rollback()
            except BaseException as exc:
                # The connection may be gone with the share: the first error is the one to report.
                with suppress(Exception):
                    session.rollback()
                understood = self._user_error(exc, write=write)
                if understood is not None:
                    raise understood from exc
                raise

    def _user_error(self, exc: BaseException, *, write: bool) -> CrmError | None:
        """The error the user is shown for a failure of the file itself, or None to let `exc` through."""
        if isinstance(exc, CrmError) or not isinstance(exc, (SQLAlchemyError, sqlite3.Error, OSError)):
            return None
        if is_busy_error(exc):
            explained = None
            if self.last_notice is not None and not self.last_notice.stale:
                explained = self.last_notice.describe()
            if explained:
                return MaintenanceError(f"{explained} Nothing was changed; try again when they are done.")
            what = "your change was not saved" if write else "the data could not be read"
            return DatabaseBusyError(
                f"Another user kept the shared database busy too long: {what}. Try again in a moment."
            )
        code = sqlite_error_code(exc)
        if isinstance(exc, OSError) or code in _FILE_ERRORS:
            reason = str(getattr(exc, "orig", None) or exc)
            if write:
                return DatabaseWriteError(
                    f"The database '{self.display_name}' could not be written ({reason}); nothing was saved. "
                    "Check that its folder or network share is reachable, then try again."
                )
            return DatabaseWriteError(
                f"The database '{self.display_name}' could not be read ({reason}). "
                "Check that its folder or network share is reachable, then try again."
            )
        return None

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
        shown = engine.url.render_as_string(hide_password=True)   # messages and logs never show the password
        try:
            revision = migrate.current_revision(engine)
            if revision is not None and revision not in migrate.known_revisions():
                raise SchemaTooNewError(f"The database at {shown} was written by a newer version of crm-desktop "
                                        f"(schema {revision}). Update crm-desktop to open it; nothing was changed.")
            if revision != migrate.head_revision():
                migrate.upgrade(engine)
        except SchemaTooNewError:
            engine.dispose()
            raise
        except Exception as exc:
            engine.dispose()
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
            raise DatabaseOpenError(f"Cannot open the database at {shown}: "
                                    f"{reason[0] if reason else type(exc).__name__}") from exc
        return Database(engine, None)

    path = Path(target).expanduser().resolve()
    found = inspect_file(path, quick_check=quick_check)
    network = is_network_path(path)
    shared = network or found.shared_mark
    if shared and found.wal:
        _leave_wal(path)
    engine = create_app_engine(path, wal=not shared)
    # Migrations take the file exclusively; the others are told why their work waits (see shared_file).
    exclusive = engine.execution_options(sqlite_begin="EXCLUSIVE")
    try:
        pending = found.revision != migrate.head_revision()
        if pending and not found.empty:
            with maintenance_notice(engine, "migrate"):
                if backups_dir is not None:
                    backup.backup_database(engine, backups_dir, path.stem, reason="pre-migrate")
                migrate.upgrade(exclusive)
        elif pending:
            migrate.upgrade(exclusive)
        if network and not found.shared_mark:
            mark_shared(engine)
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
    return Database(engine, path, shared=shared)


def _leave_wal(path: Path) -> None:
    """Switch a WAL file to the rollback journal before it is used over a network; SQLite first copies the
    log's committed changes into the file, so nothing is lost. Refused while another program has it open."""
    try:
        conn = sqlite3.connect(path, timeout=5, isolation_level=None)
        try:
            mode = str(conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]).lower()
        finally:
            conn.close()
    except sqlite3.OperationalError:
        mode = "wal"
    if mode != "delete":
        raise DatabaseLockedError(
            f"'{path}' is open in WAL mode by crm-desktop on another computer (maybe the one that shares the "
            "folder), which is unsafe over a network. Close it there, then open the file again."
        )


from crm_desktop.db import access  # noqa: E402, F401 - installs the access rules on every session (needs Actor)
