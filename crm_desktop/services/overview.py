"""The figures of the Home panel's summary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from crm_desktop.db.database import Database
from crm_desktop.models import Company, Deal, DealStatus, Person, Task


@dataclass(frozen=True)
class Summary:
    contacts: int
    companies: int
    open_deals: int
    tasks_today: int
    tasks_overdue: int


def summary(db: Database, now: datetime | None = None) -> Summary:
    """Counts for the Home panel; `now` is naive UTC (tests pass a fixed clock)."""
    now = now or datetime.now()
    start = now.replace(hour=0, minute=0, second=0, microsecond=0)
    open_tasks = (Task.done_at.is_(None), Task.deleted_at.is_(None), Task.due_at.is_not(None))
    with db.session(write=False) as s:
        def count(stmt: object) -> int:
            return int(s.scalar(stmt) or 0)  # type: ignore[call-overload]

        return Summary(
            contacts=count(select(func.count(Person.id)).where(Person.deleted_at.is_(None))),
            companies=count(select(func.count(Company.id)).where(Company.deleted_at.is_(None))),
            open_deals=count(select(func.count(Deal.id)).where(Deal.status == DealStatus.OPEN.value,
                                                                Deal.deleted_at.is_(None))),
            tasks_today=count(select(func.count(Task.id)).where(
                *open_tasks, Task.due_at >= start, Task.due_at < start + timedelta(days=1))),
            tasks_overdue=count(select(func.count(Task.id)).where(*open_tasks, Task.due_at < start)),
        )
