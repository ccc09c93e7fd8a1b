"""Working together on one database: who is in it, a change counter, reassignments and offline copies."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import Base, utcnow


class Workstation(Base):
    """One running app on this database (host, user, since); its `seen_at` is refreshed while it runs."""

    __tablename__ = "workstations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    host: Mapped[str] = mapped_column(String(200), default="")
    pid: Mapped[int] = mapped_column(Integer, default=0)
    app_version: Mapped[str] = mapped_column(String(40), default="")
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    seen_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)


class ChangeCounter(Base):
    """A single row whose value grows with every committed write: open lists poll it to see others' changes."""

    __tablename__ = "change_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1
    value: Mapped[int] = mapped_column(Integer, default=0)
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    session_uuid: Mapped[str | None] = mapped_column(String(36))  # the workstation of the last write


class Reassignment(Base):
    """Everything of one user handed to others in one step, with the previous owners so it can be undone."""

    __tablename__ = "reassignments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    from_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    made_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    made_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # {table: [[record id, old owner id, new owner id, version after], ...]}
    moves: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)


class OfflineCopy(Base):
    """An offline copy: in the office file, one row per copy taken; in the copy, the row that says what it is."""

    __tablename__ = "offline_copies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    copy_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    role: Mapped[str] = mapped_column(String(10))  # office | copy
    source_db_uuid: Mapped[str] = mapped_column(String(36))  # the office database the copy was taken from
    schema_revision: Mapped[str] = mapped_column(String(40), default="")
    made_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    made_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    scope: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)  # {"owners": [user uuids]} or {}
    file_name: Mapped[str] = mapped_column(String(500), default="")
    brought_back_at: Mapped[datetime | None] = mapped_column(DateTime)
    brought_back_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    result: Mapped[dict[str, object] | None] = mapped_column(JSON)


class OfflineBase(Base):
    """In an offline copy: each copied record as it was when the copy was taken (the base of a 3-way merge)."""

    __tablename__ = "offline_base"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_key: Mapped[str] = mapped_column(String(200), primary_key=True)  # the UUID, or a key of a child row
    data: Mapped[dict[str, object]] = mapped_column(JSON)
