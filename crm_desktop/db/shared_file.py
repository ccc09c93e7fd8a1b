"""The shared file's own bookkeeping: the maintenance notice others read, the change counter and the shared mark."""

from __future__ import annotations

import getpass
import json
import socket
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import JSON, Connection, Engine, bindparam, text

from crm_desktop.db.engine import WriteGate
from crm_desktop.models.base import utcnow

MAINTENANCE_KEY = "maintenance"
# Set once a file was opened from a network share: every later opener, even on the PC that shares the folder,
# then uses the rollback journal, because a WAL file cannot be shared over the network.
SHARED_KEY = "shared_file"
# A notice older than this was left by a maintenance that crashed; nobody waits for it any more.
NOTICE_STALE_AFTER = timedelta(hours=2)

_VERBS = {"restore": "restoring", "migrate": "updating", "vacuum": "compacting"}

BUMP_COUNTER_SQL = text(
    "INSERT INTO change_counter (id, value, changed_at, session_uuid) VALUES (1, 1, :now, :uuid) "
    "ON CONFLICT (id) DO UPDATE SET value = change_counter.value + 1, changed_at = :now, session_uuid = :uuid"
)
READ_COUNTER_SQL = text("SELECT value, session_uuid FROM change_counter WHERE id = 1")
_READ_NOTICE_SQL = "SELECT value FROM app_settings WHERE key = 'maintenance'"


@dataclass(frozen=True)
class MaintenanceNotice:
    """Who took the file for maintenance: the others show it and their writes wait until it is cleared."""

    what: str  # restore | migrate | vacuum
    host: str
    user: str
    since: datetime  # naive UTC
    session_uuid: str = ""

    @property
    def stale(self) -> bool:
        return utcnow() - self.since > NOTICE_STALE_AFTER

    def describe(self) -> str:
        """The notice as an English sentence (the UI builds its own translated one from the fields)."""
        verb = _VERBS.get(self.what, "maintaining")
        return f"{self.user or 'Somebody'} on {self.host or 'another computer'} is {verb} the database."

    def to_json(self) -> dict[str, str]:
        return {
            "what": self.what,
            "host": self.host,
            "user": self.user,
            "since": self.since.isoformat(timespec="seconds"),
            "session_uuid": self.session_uuid,
        }

    @classmethod
    def from_json(cls, value: object) -> MaintenanceNotice | None:
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                return None
        if not isinstance(value, dict):
            return None
        try:
            since = datetime.fromisoformat(str(value.get("since", "")))
        except ValueError:
            since = utcnow()
        return cls(
            what=str(value.get("what", "")),
            host=str(value.get("host", "")),
            user=str(value.get("user", "")),
            since=since,
            session_uuid=str(value.get("session_uuid", "")),
        )


def read_notice(conn: Connection) -> MaintenanceNotice | None:
    """The current maintenance notice, stale ones left out."""
    raw = conn.exec_driver_sql(_READ_NOTICE_SQL).scalar()
    notice = MaintenanceNotice.from_json(raw) if raw is not None else None
    return None if notice is None or notice.stale else notice


def read_notice_raw(driver: sqlite3.Connection) -> MaintenanceNotice | None:
    """The same through a bare SQLite connection (the write gate has only that at hand)."""
    row = driver.execute(_READ_NOTICE_SQL).fetchone()
    notice = MaintenanceNotice.from_json(row[0]) if row else None
    return None if notice is None or notice.stale else notice


def _has_table(conn: Connection, name: str) -> bool:
    from sqlalchemy import inspect

    return bool(inspect(conn).has_table(name))


def _put_setting(conn: Connection, key: str, value: object) -> None:
    conn.execute(text("DELETE FROM app_settings WHERE key = :key"), {"key": key})
    if value is not None:
        insert = text("INSERT INTO app_settings (key, value, updated_at) VALUES (:key, :value, :now)")
        conn.execute(
            insert.bindparams(bindparam("value", type_=JSON)), {"key": key, "value": value, "now": utcnow()}
        )


def _writer(engine: Engine, gate: WriteGate | None = None) -> Any:
    # With a gate the lock is waited for as a user's save is (visible, bounded); without, SQLite's busy timeout.
    options: dict[str, Any] = {"sqlite_begin": "IMMEDIATE"}
    if gate is not None and engine.dialect.name == "sqlite":
        options["write_gate"] = gate
    return engine.execution_options(**options).begin()


def publish_notice(engine: Engine, notice: MaintenanceNotice, gate: WriteGate | None = None) -> bool:
    """Tell the others, in a transaction of its own, that the file is taken; False when the file has no settings yet."""
    with _writer(engine, gate) as conn:
        if not _has_table(conn, "app_settings"):
            return False
        _put_setting(conn, MAINTENANCE_KEY, notice.to_json())
    return True


def clear_notice(engine: Engine, notice: MaintenanceNotice | None = None, gate: WriteGate | None = None) -> None:
    """Remove the notice (only `notice`'s own when given: a newer one of somebody else stays)."""
    with _writer(engine, gate) as conn:
        if not _has_table(conn, "app_settings"):
            return
        if notice is not None:
            current = conn.exec_driver_sql(_READ_NOTICE_SQL).scalar()
            found = MaintenanceNotice.from_json(current) if current is not None else None
            if found is not None and found.session_uuid != notice.session_uuid:
                return
        _put_setting(conn, MAINTENANCE_KEY, None)


def make_notice(what: str, *, user: str | None = None, session_uuid: str = "") -> MaintenanceNotice:
    if not user:
        try:
            user = getpass.getuser()
        except Exception:  # noqa: BLE001 - no login name in this environment
            user = ""
    return MaintenanceNotice(
        what=what, host=socket.gethostname(), user=user, since=utcnow(), session_uuid=session_uuid
    )


@contextmanager
def maintenance_notice(
    engine: Engine, what: str, *, user: str | None = None, session_uuid: str = "", gate: WriteGate | None = None
) -> Iterator[MaintenanceNotice]:
    """Publish a notice for the block's duration; it is cleared even when the maintenance fails."""
    notice = make_notice(what, user=user, session_uuid=session_uuid)
    published = publish_notice(engine, notice, gate)
    try:
        yield notice
    finally:
        if published:
            with suppress(Exception):  # an uncleared notice goes stale on its own; the real error matters
                clear_notice(engine, notice, gate)


def read_shared_mark(driver: sqlite3.Connection) -> bool:
    try:
        row = driver.execute("SELECT value FROM app_settings WHERE key = ?", (SHARED_KEY,)).fetchone()
    except sqlite3.DatabaseError:
        return False
    return row is not None


def mark_shared(engine: Engine) -> None:
    """Remember that the file is shared over a network, so every opener uses the rollback journal."""
    with _writer(engine) as conn:
        if not _has_table(conn, "app_settings"):
            return
        found = conn.execute(text("SELECT 1 FROM app_settings WHERE key = :key"), {"key": SHARED_KEY}).first()
        if found is None:
            _put_setting(conn, SHARED_KEY, {"since": utcnow().isoformat(timespec="seconds"),
                                            "host": socket.gethostname()})


def bump_counter(conn: Connection, session_uuid: str) -> int:
    """Add one to the change counter inside the caller's transaction; returns the new value."""
    conn.execute(BUMP_COUNTER_SQL, {"now": utcnow(), "uuid": session_uuid})
    row = conn.execute(READ_COUNTER_SQL).first()
    return int(row[0]) if row else 0
