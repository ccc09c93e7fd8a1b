"""A small sales base made today: three deals (won, lost, open), three clients, a task due today, one overdue."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select

from crm_desktop.db.database import Database
from crm_desktop.models import Activity, Company, LossReason, Task
from crm_desktop.services.pipeline import DealInput, PipelineService
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.i18n import local_to_utc


@dataclass(frozen=True)
class Sales:
    """What the fixture made, by id."""

    won: int
    lost: int
    open: int
    stages: tuple[int, ...]
    reason: str


def add(db: Database, record: object) -> int:
    with db.session() as s:
        s.add(record)
        s.flush()
        return int(record.id)  # type: ignore[attr-defined]


def make_sales(ctx: AppContext) -> Sales:
    """Acme's deal of 1,000 EUR went New lead -> Qualified -> won; Bolt's 500 EUR was lost from New lead with the
    first loss reason; Cord's 300 EUR is open in New lead with a task due later today, one overdue and a call
    logged now."""
    db = ctx.db
    svc = PipelineService(db, ctx.user_id)
    pipeline = svc.default_pipeline_id()
    stages = tuple(st.id for st in next(p for p in svc.list_pipelines() if p.id == pipeline).stages)
    acme, bolt, cord = (add(db, Company(name=name)) for name in ("Acme", "Bolt", "Cord"))

    def deal(title: str, amount: str, company: int) -> int:
        return svc.create_deal(DealInput(title=title, pipeline_id=pipeline, stage_id=stages[0],
                                         amount=Decimal(amount), currency="EUR", company_id=company,
                                         owner_id=ctx.user_id))

    won, lost, open_ = deal("Boxes", "1000", acme), deal("Crates", "500", bolt), deal("Pallets", "300", cord)
    svc.move_deal(won, stages[1])
    svc.win_deal(won, date.today())
    with db.session(write=False) as s:
        reason_id, reason = s.execute(select(LossReason.id, LossReason.name).order_by(LossReason.position)).first()
    svc.lose_deal(lost, reason_id)
    # Later today (but never past midnight) and yesterday, in local time as the user plans them.
    now = datetime.now()
    later = min(now + timedelta(minutes=5), now.replace(hour=23, minute=59, second=0, microsecond=0))
    add(db, Task(kind="call", title="Call Cord", due_at=local_to_utc(later), deal_id=open_, company_id=cord,
                 owner_id=ctx.user_id))
    add(db, Task(kind="email", title="Write to Cord", due_at=local_to_utc(now - timedelta(days=1)),
                 deal_id=open_, company_id=cord, owner_id=ctx.user_id))
    add(db, Activity(kind="call", subject="Called Cord", occurred_at=local_to_utc(now), user_id=ctx.user_id,
                     deal_id=open_, company_id=cord))
    return Sales(won=won, lost=lost, open=open_, stages=stages, reason=reason)
