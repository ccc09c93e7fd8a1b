"""The history of spreadsheet imports: one run per import and one item per record it created or updated."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import Base, Tracked, utcnow


class ImportRun(Tracked, Base):
    """One import of a file: what was read, how, by whom, what came of it, and whether it was reverted."""

    __tablename__ = "import_runs"

    file_name: Mapped[str] = mapped_column(String(500))
    file_sha1: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[str] = mapped_column(String(20))  # contacts | companies | deals | products | tasks
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    counts: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    # Column index (as text: JSON keys are strings) -> field key, and the options the import ran with.
    mapping: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    options: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    reverted_at: Mapped[datetime | None] = mapped_column(DateTime)


class ImportItem(Base):
    """A record an import created or updated, with what revert needs: its version then and its old values."""

    __tablename__ = "import_items"
    # Revert reads a run's items; an import that updates a record again finds its item by (run, record).
    __table_args__ = (Index("ix_import_items_run", "run_id", "entity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("import_runs.id", ondelete="CASCADE"))
    entity: Mapped[str] = mapped_column(String(20))  # person | company | deal | product | task
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(10))  # created | updated
    # The record's version right after the import: a different version means someone changed it since.
    version_after: Mapped[int] = mapped_column(Integer)
    old_values: Mapped[dict[str, object] | None] = mapped_column(JSON)
