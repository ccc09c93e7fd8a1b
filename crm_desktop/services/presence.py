"""Who works in the database file, and a cheap poll that says whether somebody else changed something."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update

from crm_desktop import __version__
from crm_desktop.db.database import Database
from crm_desktop.db.shared_file import MAINTENANCE_KEY, READ_COUNTER_SQL, MaintenanceNotice
from crm_desktop.errors import DatabaseBusyError, MaintenanceError
from crm_desktop.models import User
from crm_desktop.models.base import utcnow
from crm_desktop.models.meta import AppSetting
from crm_desktop.models.sharing import Workstation

HEARTBEAT_EVERY = timedelta(seconds=30)
# A workstation not seen for this long is not working any more (its app crashed, or the PC sleeps).
ONLINE_WITHIN = timedelta(minutes=2)
# Rows older than this are removed by whoever joins or beats next.
FORGET_AFTER = timedelta(minutes=10)


@dataclass(frozen=True)
class WorkstationInfo:
    """Another running app on this database: which computer, which user, since when."""

    host: str
    user_name: str
    since: datetime  # naive UTC
    seen_at: datetime  # naive UTC
    pid: int = 0
    app_version: str = ""


@dataclass(frozen=True)
class Poll:
    """One look at the change counter: its value, whether others changed data since the last look, maintenance."""

    counter: int
    changed_by_other: bool
    maintenance: MaintenanceNotice | None
    # The file was taken (maintenance, a long commit) and could not be read this time; try again later.
    busy: bool = False


class PresenceService:
    """This app's row in the workstations table: join at start, a heartbeat every 30 s, leave at the end."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._user_id: int | None = None

    def join(self, user_id: int | None) -> bool:
        """Say that this app works in the file; False when the file was too busy (the heartbeat retries)."""
        self._user_id = user_id
        return self._write_row()

    def heartbeat(self) -> bool:
        """Refresh `seen_at` (the row comes back if somebody removed it while this PC slept)."""
        return self._write_row()

    def leave(self) -> None:
        """Remove this app's row; a failure is harmless (the row is forgotten after a few minutes)."""
        try:
            with self.db.session(background=True) as s:
                s.execute(delete(Workstation).where(Workstation.session_uuid == self.db.session_uuid))
        except (DatabaseBusyError, MaintenanceError):
            pass

    def _write_row(self) -> bool:
        now = utcnow()
        try:
            with self.db.session(background=True) as s:
                s.execute(delete(Workstation).where(Workstation.seen_at < now - FORGET_AFTER))
                done = s.execute(
                    update(Workstation)
                    .where(Workstation.session_uuid == self.db.session_uuid)
                    .values(seen_at=now, user_id=self._user_id)
                    .execution_options(synchronize_session=False)
                )
                if not getattr(done, "rowcount", 0):
                    s.add(
                        Workstation(
                            session_uuid=self.db.session_uuid,
                            user_id=self._user_id,
                            host=socket.gethostname()[:200],
                            pid=os.getpid(),
                            app_version=__version__,
                            started_at=now,
                            seen_at=now,
                        )
                    )
        except (DatabaseBusyError, MaintenanceError):
            return False
        return True

    def others(self) -> list[WorkstationInfo]:
        """The other apps working in this file now (seen within two minutes), the longest-working first."""
        since = utcnow() - ONLINE_WITHIN
        with self.db.session(write=False) as s:
            rows = s.execute(
                select(
                    Workstation.host,
                    User.full_name,
                    User.login,
                    Workstation.started_at,
                    Workstation.seen_at,
                    Workstation.pid,
                    Workstation.app_version,
                )
                .outerjoin(User, User.id == Workstation.user_id)
                .where(Workstation.seen_at >= since, Workstation.session_uuid != self.db.session_uuid)
                .order_by(Workstation.started_at, Workstation.id)
            ).all()
        return [
            WorkstationInfo(
                host=host,
                user_name=full_name or login or "",
                since=started_at,
                seen_at=seen_at,
                pid=pid,
                app_version=app_version,
            )
            for host, full_name, login, started_at, seen_at, pid, app_version in rows
        ]


def poll(db: Database, last_counter: int | None) -> Poll:
    """Read the change counter and the maintenance notice (two rows by primary key); never waits long.

    `last_counter` is the counter of the previous poll (None at the first one: nothing counts as changed).
    """
    try:
        with db.session(write=False, quick=True) as s:
            row = s.execute(READ_COUNTER_SQL).first()
            raw = s.scalar(select(AppSetting.value).where(AppSetting.key == MAINTENANCE_KEY))
    except (DatabaseBusyError, MaintenanceError):
        return Poll(last_counter or 0, False, db.last_notice, busy=True)
    notice = MaintenanceNotice.from_json(raw) if raw is not None else None
    if notice is not None and (notice.stale or notice.session_uuid == db.session_uuid):
        notice = None
    db.last_notice = notice
    counter = int(row[0]) if row else 0
    return Poll(counter, db.others_changed(last_counter, counter), notice)
