"""Tasks with reminders and recurrence, and the activity timeline."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crm_desktop.models.base import Base, Owned, Tracked, utcnow
from crm_desktop.models.enums import TaskKind


class Task(Tracked, Owned, Base):
    """A call, meeting, email or to-do, possibly recurring, possibly a subtask of another task."""

    __tablename__ = "tasks"
    __table_args__ = (
        # Task lists: an owner's open tasks by due time.
        Index("ix_tasks_owner_open", "owner_id", "done_at", "due_at"),
        Index("ix_tasks_due", "due_at"),
        Index("ix_tasks_deal", "deal_id", "done_at"),
        Index("ix_tasks_person", "person_id", "done_at"),
        Index("ix_tasks_company", "company_id", "done_at"),
        Index("ix_tasks_parent", "parent_id"),
        Index("ix_tasks_series", "series_id"),
        # Reports (migration 0004): open tasks per owner by due time, from the index alone (overdue counts).
        Index("ix_tasks_open_due", "owner_id", "due_at",
              sqlite_where=text("done_at IS NULL AND deleted_at IS NULL"),
              postgresql_where=text("done_at IS NULL AND deleted_at IS NULL")),
    )

    kind: Mapped[str] = mapped_column(String(40), default=TaskKind.TODO.value)
    title: Mapped[str] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    due_at: Mapped[datetime | None] = mapped_column(DateTime)  # UTC; local midnight for all-day tasks
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    duration_min: Mapped[int] = mapped_column(Integer, default=30)
    priority: Mapped[int] = mapped_column(Integer, default=1)  # 0 low, 1 normal, 2 high
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id", ondelete="SET NULL"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deals.id", ondelete="SET NULL"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"))
    # RFC 5545 RRULE text of a recurring series; occurrences changed by hand point back to their series.
    recurrence_rule: Mapped[str | None] = mapped_column(String(500))
    series_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"))
    occurrence_start: Mapped[datetime | None] = mapped_column(DateTime)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    result: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)  # order inside a checklist

    reminders: Mapped[list[TaskReminder]] = relationship(
        back_populates="task", cascade="all, delete-orphan", order_by="TaskReminder.remind_at"
    )


class TaskReminder(Base):
    """When to remind about a task; acknowledged in the database so no PC shows it twice."""

    __tablename__ = "task_reminders"
    __table_args__ = (
        # The scheduler asks for unacknowledged reminders by time.
        Index("ix_task_reminders_pending", "acknowledged_at", "remind_at"),
        Index("ix_task_reminders_task", "task_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"))
    # Minutes before the due time, or NULL for a reminder at an absolute time.
    offset_min: Mapped[int | None] = mapped_column(Integer)
    remind_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    snoozed_until: Mapped[datetime | None] = mapped_column(DateTime)
    fired_at: Mapped[datetime | None] = mapped_column(DateTime)
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime)
    acknowledged_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    task: Mapped[Task] = relationship(back_populates="reminders")


class Activity(Tracked, Base):
    """An entry of the timeline: a call, meeting, email, note, stage change, document, import or merge."""

    __tablename__ = "activities"
    __table_args__ = (
        Index("ix_activities_person", "person_id", "occurred_at"),
        Index("ix_activities_company", "company_id", "occurred_at"),
        Index("ix_activities_deal", "deal_id", "occurred_at"),
        Index("ix_activities_user", "user_id", "occurred_at"),
        Index("ix_activities_kind", "kind", "occurred_at"),
        # Reports (migration 0004): counts per kind and user over a period from the index alone; the latest entries.
        Index("ix_activities_report", "kind", "user_id", "occurred_at", "deal_id",
              sqlite_where=text("deleted_at IS NULL"), postgresql_where=text("deleted_at IS NULL")),
        Index("ix_activities_recent", "occurred_at"),
    )

    kind: Mapped[str] = mapped_column(String(20))
    occurred_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id", ondelete="SET NULL"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deals.id", ondelete="SET NULL"))
    task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id", ondelete="SET NULL"))
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(String(200))
    duration_min: Mapped[int | None] = mapped_column(Integer)
    # Kind-specific details: stage ids of a move, the file of a document, counts of an import.
    data: Mapped[dict[str, object] | None] = mapped_column(JSON)
