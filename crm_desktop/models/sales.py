"""Pipelines, stages, deals, products, deal lines, lead sources, loss reasons, campaigns and sales plans."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crm_desktop.models.base import Base, Owned, Tracked, utcnow
from crm_desktop.models.enums import DealStatus

Money = Numeric(18, 2)


class LeadSource(Tracked, Base):
    """Where a lead came from (website, referral, exhibition...)."""

    __tablename__ = "lead_sources"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class LossReason(Tracked, Base):
    """A user-editable reason for losing a deal."""

    __tablename__ = "loss_reasons"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Campaign(Tracked, Owned, Base):
    """A marketing campaign with its cost, attributed to a lead source."""

    __tablename__ = "campaigns"

    name: Mapped[str] = mapped_column(String(200))
    lead_source_id: Mapped[int | None] = mapped_column(ForeignKey("lead_sources.id", ondelete="SET NULL"))
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    cost: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    notes: Mapped[str | None] = mapped_column(Text)


class Pipeline(Tracked, Base):
    """A sales process: an ordered list of stages that deals move through."""

    __tablename__ = "pipelines"

    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)

    stages: Mapped[list[Stage]] = relationship(back_populates="pipeline", order_by="Stage.position")


class Stage(Tracked, Base):
    """An open stage of a pipeline; a deal leaves the board when it is won or lost."""

    __tablename__ = "stages"
    __table_args__ = (Index("ix_stages_pipeline", "pipeline_id", "position"),)

    pipeline_id: Mapped[int] = mapped_column(ForeignKey("pipelines.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    probability: Mapped[int] = mapped_column(Integer, default=0)  # win probability, percent
    rotting_days: Mapped[int | None] = mapped_column(Integer)
    color: Mapped[str] = mapped_column(String(9), default="#4a90d9")

    pipeline: Mapped[Pipeline] = relationship(back_populates="stages")


class Deal(Tracked, Owned, Base):
    """An opportunity to sell: amount, stage, parties and outcome."""

    __tablename__ = "deals"
    __table_args__ = (
        # The board: open deals of a pipeline by stage in their persisted order.
        Index("ix_deals_board", "pipeline_id", "status", "stage_id", "board_position"),
        Index("ix_deals_company", "company_id"),
        Index("ix_deals_person", "person_id"),
        # Reports: outcomes and new deals by period.
        Index("ix_deals_closed", "status", "closed_on"),
        Index("ix_deals_created", "created_at"),
        Index("ix_deals_owner_status", "owner_id", "status"),
        Index("ix_deals_source", "lead_source_id"),
        # Reports (migration 0004): covering indexes over live deals, so a report over a period reads one index
        # range per currency instead of a million rows of the table.
        Index("ix_deals_report_created", "currency", "created_at", "status", "owner_id", "pipeline_id",
              "lead_source_id", "campaign_id", sqlite_where=text("deleted_at IS NULL"),
              postgresql_where=text("deleted_at IS NULL")),
        Index("ix_deals_report_status", "currency", "status", "closed_on", "expected_close_on", "amount", "owner_id",
              "pipeline_id", "lead_source_id", "campaign_id", "loss_reason_id", "stage_id", "company_id", "person_id",
              "created_at", "probability", sqlite_where=text("deleted_at IS NULL"),
              postgresql_where=text("deleted_at IS NULL")),
        # The managers report: per owner, grouped in index order.
        Index("ix_deals_report_owner_created", "currency", "owner_id", "created_at",
              sqlite_where=text("deleted_at IS NULL"), postgresql_where=text("deleted_at IS NULL")),
        Index("ix_deals_report_owner_closed", "currency", "owner_id", "status", "closed_on", "amount",
              sqlite_where=text("deleted_at IS NULL"), postgresql_where=text("deleted_at IS NULL")),
        # The few deals in the Trash, so a report over the stage history can leave them out without a join.
        Index("ix_deals_trash", "deleted_at", sqlite_where=text("deleted_at IS NOT NULL"),
              postgresql_where=text("deleted_at IS NOT NULL")),
    )

    title: Mapped[str] = mapped_column(String(300))
    amount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    # True when the amount is the sum of the deal lines rather than typed by hand.
    amount_from_lines: Mapped[bool] = mapped_column(Boolean, default=False)
    pipeline_id: Mapped[int] = mapped_column(ForeignKey("pipelines.id", ondelete="RESTRICT"))
    stage_id: Mapped[int] = mapped_column(ForeignKey("stages.id", ondelete="RESTRICT"))
    board_position: Mapped[float] = mapped_column(Float, default=0.0)
    stage_entered_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id", ondelete="SET NULL"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    lead_source_id: Mapped[int | None] = mapped_column(ForeignKey("lead_sources.id", ondelete="SET NULL"))
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id", ondelete="SET NULL"))
    expected_close_on: Mapped[date | None] = mapped_column(Date)
    probability: Mapped[int | None] = mapped_column(Integer)  # overrides the stage's when set
    status: Mapped[str] = mapped_column(String(10), default=DealStatus.OPEN.value)
    closed_on: Mapped[date | None] = mapped_column(Date)
    loss_reason_id: Mapped[int | None] = mapped_column(ForeignKey("loss_reasons.id", ondelete="SET NULL"))
    loss_note: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    lines: Mapped[list[DealLine]] = relationship(
        back_populates="deal", order_by="DealLine.position", cascade="all, delete-orphan"
    )
    stage_history: Mapped[list[DealStageHistory]] = relationship(
        back_populates="deal", order_by="DealStageHistory.entered_at", cascade="all, delete-orphan"
    )


class DealStageHistory(Base):
    """One stay of a deal in a stage: when it entered, when it left and who moved it."""

    __tablename__ = "deal_stage_history"
    __table_args__ = (
        Index("ix_deal_stage_history_deal", "deal_id", "entered_at"),
        Index("ix_deal_stage_history_stage", "stage_id", "entered_at"),
        # Reports (migration 0004): the funnel reads the history in deal order, days in stage by the end of a stay.
        Index("ix_deal_stage_history_report", "deal_id", "stage_id", "entered_at"),
        Index("ix_deal_stage_history_left", "stage_id", "left_at", "entered_at", "deal_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    stage_id: Mapped[int] = mapped_column(ForeignKey("stages.id", ondelete="CASCADE"))
    from_stage_id: Mapped[int | None] = mapped_column(ForeignKey("stages.id", ondelete="SET NULL"))
    entered_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    left_at: Mapped[datetime | None] = mapped_column(DateTime)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    deal: Mapped[Deal] = relationship(back_populates="stage_history")


class Product(Tracked, Base):
    """An item of the product catalogue."""

    __tablename__ = "products"
    __table_args__ = (Index("ix_products_name", "name"),)

    name: Mapped[str] = mapped_column(String(300))
    sku: Mapped[str | None] = mapped_column(String(80), unique=True)
    unit: Mapped[str] = mapped_column(String(20), default="pcs")
    price: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    vat_rate: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal(0))  # percent
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    description: Mapped[str | None] = mapped_column(Text)


class DealLine(Base):
    """A product line of a deal: quantity, price, discount and VAT as sold."""

    __tablename__ = "deal_lines"
    __table_args__ = (
        Index("ix_deal_lines_deal", "deal_id", "position"),
        Index("ix_deal_lines_product", "product_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(20), default="pcs")
    quantity: Mapped[Decimal] = mapped_column(Numeric(14, 3), default=Decimal(1))
    price: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    discount_pct: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal(0))
    vat_rate: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal(0))
    position: Mapped[int] = mapped_column(Integer, default=0)

    deal: Mapped[Deal] = relationship(back_populates="lines")


class SalesPlan(Tracked, Base):
    """A sales target for a manager (or the whole team when owner is empty) over a period."""

    __tablename__ = "sales_plans"
    __table_args__ = (Index("ix_sales_plans_period", "period_start", "period_end"),)

    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    deal_count: Mapped[int] = mapped_column(Integer, default=0)


class StageAutomationRule(Tracked, Base):
    """What happens when a deal enters a stage: create a task, set a field or generate a document."""

    __tablename__ = "stage_automation_rules"

    stage_id: Mapped[int] = mapped_column(ForeignKey("stages.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(30))  # create_task | set_field | generate_document
    params: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
