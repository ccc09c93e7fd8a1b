"""Declarative base, naming convention and the columns every user-edited table carries."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, ForeignKey, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Named constraints let Alembic's batch mode (SQLite table rebuilds) find and alter them later.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Current time as naive UTC: every timestamp in the database is stored this way."""
    return datetime.now(UTC).replace(tzinfo=None)


def new_uuid() -> str:
    """A new stable identifier for a record, unique across copies of the database."""
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    """Root of all mapped classes."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Tracked:
    """Stable UUID, timestamps, soft-delete marker and optimistic-lock version.

    The UUID survives copies and merges of the file; the version counter makes a save
    that collides with another user's change fail instead of overwriting it.
    """

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    version: Mapped[int] = mapped_column(Integer, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - declarative directive
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


class Owned:
    """A record that belongs to a user (the manager responsible for it)."""

    @declared_attr
    def owner_id(cls) -> Mapped[int | None]:  # noqa: N805 - declarative attribute
        return mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
