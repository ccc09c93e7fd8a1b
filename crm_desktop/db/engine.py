"""Engines from a file path or a URL, with the SQLite pragmas and transaction handling the product relies on.

A file shared by several PCs needs three things from this layer: the rollback journal on network shares (WAL's
shared memory does not work across machines), a write lock that is waited for in visible, bounded steps
(`WriteGate`), and a mark on each connection that wrote data, so the session can bump the change counter.
"""

from __future__ import annotations

import os
import re
import sqlite3
import sys
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

from crm_desktop.errors import DatabaseBusyError, DatabaseLockedError, MaintenanceError

# Reads wait this long for a writer's commit (or a maintenance) before they give up.
BUSY_TIMEOUT_MS = 10_000
# Writes ask SQLite for the lock in short steps and wait in Python between them, so the wait can be shown.
WRITE_STEP_MS = 100
DEFAULT_PATIENCE_S = 60.0
SQLITE_HEADER = b"SQLite format 3\x00"
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "fuse.sshfs", "davfs", "ncpfs", "afpfs", "webdav"}

# Writes to these tables are bookkeeping of the sharing itself, not changes others must reload for.
UNCOUNTED_TABLES = frozenset({"change_counter", "workstations"})
DIRTY_KEY = "crm_wrote_data"
_DML = re.compile(
    r"^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+[\"`\[]?(\w+)",
    re.IGNORECASE,
)
_CTE_DML = re.compile(r"\b(?:INSERT|UPDATE|DELETE)\b", re.IGNORECASE)
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6


def is_url(target: str) -> bool:
    return "://" in target


def sqlite_url(path: Path) -> URL:
    return URL.create("sqlite+pysqlite", database=str(path))


def _mount_table() -> list[tuple[str, str]]:
    """(mount point, file system type) of every mount: Linux's /proc/mounts, else the `mount` command (macOS)."""
    try:
        lines = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        lines = []
    if lines:
        # Spaces and tabs in mount points are written as octal escapes there ("/mnt/Sales\040Team").
        return [(_unescape_octal(parts[1]), parts[2]) for parts in (line.split() for line in lines) if len(parts) >= 3]
    try:
        import subprocess

        output = subprocess.run(["mount"], capture_output=True, text=True, timeout=5, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return parse_bsd_mounts(output)


def _unescape_octal(text: str) -> str:
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), text)


def parse_bsd_mounts(output: str) -> list[tuple[str, str]]:
    """The mount table from macOS's `mount`: "//anna@nas/Sales on /Volumes/Sales (smbfs, nodev, ...)"."""
    found = []
    for line in output.splitlines():
        match = re.match(r"^.+? on (.+) \(([^,)]+)", line)
        if match:
            found.append((match.group(1), match.group(2).strip()))
    return found


def network_fs_of(path: str, mounts: list[tuple[str, str]]) -> bool:
    """Whether the deepest mount holding `path` is a network file system."""
    best, best_fs = "", ""
    for point, fs in mounts:
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_fs = point, fs
    return best_fs in _NETWORK_FS


def is_network_path(path: Path) -> bool:
    """True for a file on a network share, where SQLite's WAL mode must not be used."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(text))[0] + "\\"
        DRIVE_REMOTE = 4
        return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == DRIVE_REMOTE)  # type: ignore[attr-defined]
    # The folder decides: the file itself may not exist yet.
    return network_fs_of(str(Path(text).resolve()), _mount_table())


_ONEDRIVE_ENV = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")


def _sync_kind_of(folder: Path) -> str | None:
    name = folder.name
    if name == "Dropbox" or name.startswith("Dropbox (") or name.startswith("Dropbox-"):
        return "Dropbox"
    if name.startswith("OneDrive"):  # "OneDrive", "OneDrive - Contoso", macOS "OneDrive-Personal"
        return "OneDrive"
    if name in ("Google Drive", "My Drive", "GoogleDrive", "Shared drives") or name.startswith("GoogleDrive-"):
        return "Google Drive"
    if name in ("iCloud Drive", "iCloudDrive") or (
        name == "com~apple~CloudDocs" and folder.parent.name == "Mobile Documents"
    ):
        return "iCloud Drive"
    try:
        if (folder / ".dropbox").exists() or (folder / ".dropbox.cache").exists():
            return "Dropbox"
    except OSError:  # an unreadable ancestor says nothing
        return None
    return None


def sync_folder_kind(path: Path) -> str | None:
    """The file-synchronising service whose folder holds `path` (Dropbox, OneDrive, ...), or None.

    Such services upload a database file while SQLite writes it and bring back other PCs' copies whole: two
    people working at once end with a "conflicted copy" or a damaged file, so the app warns about them.
    """
    target = Path(os.path.abspath(path))
    folders = [target] if target.is_dir() else []
    folders += list(target.parents)
    for variable in _ONEDRIVE_ENV:
        root = os.environ.get(variable)
        if root:
            root_path = Path(os.path.abspath(root))
            if root_path == target or root_path in folders:
                return "OneDrive"
    for folder in folders:
        if folder.parent == folder:
            break
        kind = _sync_kind_of(folder)
        if kind:
            return kind
    return None


def sqlite_error_code(exc: BaseException) -> int | None:
    """SQLite's primary result code behind a driver or SQLAlchemy error, or None."""
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_busy_error(exc: BaseException) -> bool:
    """True for "database is locked"/"busy": another connection holds the lock the statement needed."""
    orig = getattr(exc, "orig", None) or exc
    if not isinstance(orig, sqlite3.OperationalError):
        return False
    code = sqlite_error_code(orig)
    if code is not None:
        return code in (_SQLITE_BUSY, _SQLITE_LOCKED)
    text = str(orig).lower()
    return "locked" in text or "busy" in text


WaitListener = Callable[[bool], None]


class WriteGate:
    """Gets the write lock of a shared file in short attempts, telling listeners while another user holds it.

    SQLite's own busy timeout waits invisibly; here each attempt waits `WRITE_STEP_MS` and the gate sleeps
    between attempts (growing to half a second), so the app can say "waiting for another user" and give up
    after `patience` seconds with a clear message instead of "database is locked".
    """

    def __init__(self, patience: float = DEFAULT_PATIENCE_S) -> None:
        self.patience = patience
        self._listeners: list[WaitListener] = []
        self._lock = threading.Lock()
        # Says who holds the file for maintenance (or None); set by the Database, read only when giving up.
        self.explain_wait: Callable[[Any], str | None] | None = None

    def add_listener(self, listener: WaitListener) -> None:
        with self._lock:
            self._listeners.append(listener)

    def remove_listener(self, listener: WaitListener) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def _tell(self, waiting: bool) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            with suppress(Exception):  # a broken display of the wait must not break the save
                listener(waiting)

    def run(self, attempt: Callable[[], None], driver: sqlite3.Connection, *, what: str = "save") -> None:
        """Run `attempt` (BEGIN IMMEDIATE or COMMIT) until it is not refused as busy, within the patience.

        The first attempt waits `WRITE_STEP_MS` (SQLite's own busy handler); once the listeners know, each further
        attempt lets SQLite wait up to a second, so the save goes on within ~0.1 s of the other's commit.
        """
        deadline = time.monotonic() + self.patience
        waiting = False
        try:
            while True:
                try:
                    attempt()
                    return
                except Exception as exc:
                    if not is_busy_error(exc):
                        raise
                    if not waiting:
                        waiting = True
                        self._tell(True)
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        self._give_up(exc, driver, what)
                driver.execute(f"PRAGMA busy_timeout={max(1, int(min(1.0, remaining) * 1000))}")
                # SQLite returns "busy" at once in a few cases (it would deadlock): do not spin then.
                time.sleep(0.01)
        finally:
            if waiting:
                with suppress(sqlite3.Error):  # a connection gone with its share has no timeout to reset
                    driver.execute(f"PRAGMA busy_timeout={WRITE_STEP_MS}")
                self._tell(False)

    def _give_up(self, exc: BaseException, driver: Any, what: str) -> None:
        notice = None
        if self.explain_wait is not None:
            try:
                notice = self.explain_wait(driver)
            except Exception:  # noqa: BLE001 - the explanation is optional; the refusal is not
                notice = None
        seconds = round(self.patience)
        if notice:
            raise MaintenanceError(f"{notice} Your {what} waited {seconds} s and was not written; "
                                   "try again when they are done.") from exc
        raise DatabaseBusyError(
            f"Another user kept the shared database busy for {seconds} s, so your {what} was not written "
            "(nothing was changed). Try again in a moment."
        )


def _sqlite_driver(conn: Any) -> sqlite3.Connection:
    driver = conn.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver


def _install_sqlite_events(engine: Engine, *, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # pysqlite's own transaction handling is turned off; SQLAlchemy emits BEGIN itself (see below).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        mode = cur.execute(f"PRAGMA journal_mode={'WAL' if wal else 'DELETE'}").fetchone()
        if not wal and mode and str(mode[0]).lower() == "wal":
            # Another program keeps the file in WAL mode; over a network its shared memory is not shared,
            # so working on would risk the file. The Database tells the user (see database.open_database).
            cur.close()
            raise DatabaseLockedError(
                "The shared database is open in WAL mode on another computer (or by another program there), "
                "which is unsafe over a network. Close crm-desktop on the other computers, then open it again."
            )
        # FULL: a committed change survives a power cut, not only a crash of the app.
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA cache_size=-65536")
        cur.execute("PRAGMA temp_store=MEMORY")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A write takes the lock up front, so two writers never deadlock half-way through a transaction.
        options = conn.get_execution_options()
        mode = options.get("sqlite_begin", "DEFERRED")
        gate = options.get("write_gate")
        driver = _sqlite_driver(conn)
        if gate is None or mode == "DEFERRED":
            driver.execute(f"PRAGMA busy_timeout={int(options.get('busy_timeout_ms', BUSY_TIMEOUT_MS))}")
            conn.exec_driver_sql(f"BEGIN {mode}")
            return
        driver.execute(f"PRAGMA busy_timeout={WRITE_STEP_MS}")
        gate.run(lambda: conn.exec_driver_sql(f"BEGIN {mode}"), driver)

    @event.listens_for(engine, "commit")
    def _on_commit(conn: Any) -> None:
        gate = conn.get_execution_options().get("write_gate")
        if gate is None:
            return  # pysqlite's commit() does it, waiting up to the busy timeout
        driver = _sqlite_driver(conn)
        if driver.in_transaction:
            # In rollback-journal mode the commit waits for readers to finish; a busy COMMIT keeps the
            # transaction open, so it is simply tried again. pysqlite's commit() then has nothing left to do.
            gate.run(lambda: driver.execute("COMMIT"), driver)


def install_change_tracking(engine: Engine) -> None:
    """Mark a connection whose transaction changed data, so the session can bump the change counter."""

    @event.listens_for(engine, "begin")
    def _reset(conn: Any) -> None:
        conn.info.pop(DIRTY_KEY, None)

    @event.listens_for(engine, "after_cursor_execute")
    def _note(conn: Any, _cursor: Any, statement: str, _params: Any, _context: Any, _many: bool) -> None:
        match = _DML.match(statement)
        if match:
            if match.group(1).lower() not in UNCOUNTED_TABLES:
                conn.info[DIRTY_KEY] = True
        elif statement.lstrip()[:4].upper() == "WITH" and _CTE_DML.search(statement):
            conn.info[DIRTY_KEY] = True


def create_app_engine(target: str | Path, *, echo: bool = False, wal: bool | None = None) -> Engine:
    """Build the engine for a database file path or a SQLAlchemy URL.

    `wal` None chooses by the file's place: the rollback journal on a network share, WAL elsewhere.
    """
    if isinstance(target, Path) or not is_url(target):
        path = Path(target)
        engine = create_engine(
            sqlite_url(path),
            echo=echo,
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        )
        _install_sqlite_events(engine, wal=(not is_network_path(path)) if wal is None else wal)
        install_change_tracking(engine)
        return engine
    url = make_url(str(target))
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, echo=echo, connect_args={"check_same_thread": False})
        _install_sqlite_events(engine, wal=url.database not in (None, "", ":memory:") if wal is None else wal)
        install_change_tracking(engine)
        return engine
    if url.drivername in ("postgresql", "postgres"):
        # A plain postgresql:// URL (as psql and pgAdmin write it) means SQLAlchemy's psycopg2, which is not
        # installed: psycopg 3 is the driver the app ships.
        url = url.set(drivername="postgresql+psycopg")
    engine = create_engine(url, echo=echo, pool_pre_ping=True)
    install_change_tracking(engine)
    return engine
