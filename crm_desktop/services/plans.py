"""Sales plans (a manager's or the team's target for a period) and marketing campaigns (cost per lead source):
listing, creating, changing and deleting them with checks and the change log. Qt-free; one transaction per call.

Plans are deleted for good (a plan is a number someone typed; the change log keeps it); campaigns go to the Trash,
because deals point at them and the sources report still names them."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.db.database import Database
from crm_desktop.errors import ConflictError, NotFoundError, ValidationError
from crm_desktop.models import Campaign, ChangeAction, ChangeLog, LeadSource, SalesPlan, User, utcnow
from crm_desktop.services.custom_fields import log_text

_CURRENCY = re.compile(r"[A-Z]{3}")
_CENT = Decimal("0.01")
MAX_MONEY = Decimal("9999999999999999.99")


@dataclass(frozen=True)
class PlanInput:
    """What the plan editor sends: the owner (None = the whole team), the period and the targets."""

    user_id: int | None
    period_start: date
    period_end: date
    amount: Decimal
    currency: str = "EUR"
    deal_count: int = 0


@dataclass(frozen=True)
class PlanInfo:
    """A sales plan as the lists show it."""

    id: int
    version: int
    user_id: int | None
    owner_name: str          # "" for the team
    period_start: date
    period_end: date
    amount: Decimal
    currency: str
    deal_count: int


@dataclass(frozen=True)
class CampaignInput:
    """What the campaign editor sends."""

    name: str
    lead_source_id: int | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    cost: Decimal = Decimal(0)
    currency: str = "EUR"
    notes: str | None = None


@dataclass(frozen=True)
class CampaignInfo:
    """A campaign as the lists show it."""

    id: int
    version: int
    name: str
    lead_source_id: int | None
    source_name: str
    starts_on: date | None
    ends_on: date | None
    cost: Decimal
    currency: str
    notes: str | None
    deleted: bool


class PlanService:
    """Use cases of the plan and campaign editors."""

    def __init__(self, db: Database, user_id: int | None = None, clock: Callable[[], datetime] = utcnow) -> None:
        self.db = db
        self.user_id = user_id
        self._clock = clock

    # ---- plans ---------------------------------------------------------------------------------------------------

    def list_plans(self, start: date | None = None, end: date | None = None) -> list[PlanInfo]:
        """The plans overlapping [start, end] (all without bounds), by period, the team's first."""
        with self.db.session(write=False) as s:
            stmt = (select(SalesPlan, User.full_name, User.login).outerjoin(User, User.id == SalesPlan.user_id)
                    .where(SalesPlan.deleted_at.is_(None)))
            if end is not None:
                stmt = stmt.where(SalesPlan.period_start <= end)
            if start is not None:
                stmt = stmt.where(SalesPlan.period_end >= start)
            rows = s.execute(stmt.order_by(SalesPlan.period_start, SalesPlan.user_id.is_not(None),
                                           User.full_name, SalesPlan.id)).all()
            return [_plan_info(p, full_name, login) for p, full_name, login in rows]

    def create_plan(self, data: PlanInput) -> int:
        with self.db.session() as s:
            clean = self._checked_plan(s, data, None)
            plan = SalesPlan(**{f.name: getattr(clean, f.name) for f in fields(PlanInput)})
            s.add(plan)
            s.flush()
            self._log(s, "sales_plans", plan.id, plan.uuid, ChangeAction.INSERT, None, None, _plan_text(clean))
            return plan.id

    def update_plan(self, plan_id: int, data: PlanInput, expected_version: int | None = None) -> None:
        with self.db.session() as s:
            plan = _live(s, SalesPlan, plan_id, "That sales plan no longer exists.")
            _check_version(plan.version, expected_version, "sales plan")
            clean = self._checked_plan(s, data, plan_id)
            for f in fields(PlanInput):
                old, new = getattr(plan, f.name), getattr(clean, f.name)
                if old != new:
                    setattr(plan, f.name, new)
                    self._log(s, "sales_plans", plan.id, plan.uuid, ChangeAction.UPDATE, f.name, old, new)

    def delete_plan(self, plan_id: int) -> None:
        with self.db.session() as s:
            plan = _live(s, SalesPlan, plan_id, "That sales plan no longer exists.")
            text = _plan_text(PlanInput(plan.user_id, plan.period_start, plan.period_end, plan.amount,
                                        plan.currency, plan.deal_count))
            self._log(s, "sales_plans", plan.id, plan.uuid, ChangeAction.DELETE, None, text, None)
            s.delete(plan)

    def _checked_plan(self, s: Session, data: PlanInput, plan_id: int | None) -> PlanInput:
        if data.period_end < data.period_start:
            raise ValidationError(f"The plan ends ({data.period_end.isoformat()}) before it starts "
                                  f"({data.period_start.isoformat()}).")
        amount = _money(data.amount, "The planned amount")
        if not isinstance(data.deal_count, int) or isinstance(data.deal_count, bool) or data.deal_count < 0:
            raise ValidationError("The planned number of deals must be a whole number, 0 or more.")
        currency = _currency(data.currency)
        if data.user_id is not None and s.scalar(select(User.id).where(User.id == data.user_id,
                                                                       User.deleted_at.is_(None))) is None:
            raise NotFoundError("That manager no longer exists; choose another one or the team.")
        same = (select(SalesPlan.id).where(SalesPlan.deleted_at.is_(None), SalesPlan.currency == currency,
                                           SalesPlan.period_start == data.period_start,
                                           SalesPlan.period_end == data.period_end,
                                           SalesPlan.user_id.is_(None) if data.user_id is None
                                           else SalesPlan.user_id == data.user_id))
        if plan_id is not None:
            same = same.where(SalesPlan.id != plan_id)
        if s.scalar(same.limit(1)) is not None:
            raise ValidationError("There is already a plan in this currency for the same manager and period; "
                                  "change that one instead.")
        return PlanInput(data.user_id, data.period_start, data.period_end, amount, currency, data.deal_count)

    # ---- campaigns -----------------------------------------------------------------------------------------------

    def list_campaigns(self, include_deleted: bool = False) -> list[CampaignInfo]:
        """Campaigns by start date (undated last), then name; those in the Trash only when asked."""
        with self.db.session(write=False) as s:
            stmt = select(Campaign, LeadSource.name).outerjoin(LeadSource, LeadSource.id == Campaign.lead_source_id)
            if not include_deleted:
                stmt = stmt.where(Campaign.deleted_at.is_(None))
            rows = s.execute(stmt.order_by(Campaign.starts_on.is_(None), Campaign.starts_on.desc(), Campaign.name,
                                           Campaign.id)).all()
            return [_campaign_info(c, source) for c, source in rows]

    def create_campaign(self, data: CampaignInput) -> int:
        with self.db.session() as s:
            clean = self._checked_campaign(s, data)
            campaign = Campaign(owner_id=self.user_id, **{f.name: getattr(clean, f.name)
                                                          for f in fields(CampaignInput)})
            s.add(campaign)
            s.flush()
            self._log(s, "campaigns", campaign.id, campaign.uuid, ChangeAction.INSERT, None, None, clean.name)
            return campaign.id

    def update_campaign(self, campaign_id: int, data: CampaignInput, expected_version: int | None = None) -> None:
        with self.db.session() as s:
            campaign = _live(s, Campaign, campaign_id, "That campaign no longer exists.")
            _check_version(campaign.version, expected_version, "campaign")
            clean = self._checked_campaign(s, data)
            for f in fields(CampaignInput):
                old, new = getattr(campaign, f.name), getattr(clean, f.name)
                if old != new:
                    setattr(campaign, f.name, new)
                    self._log(s, "campaigns", campaign.id, campaign.uuid, ChangeAction.UPDATE, f.name, old, new)

    def delete_campaign(self, campaign_id: int) -> None:
        """Into the Trash: deals keep pointing at it and restore_campaign() brings it back."""
        with self.db.session() as s:
            campaign = _live(s, Campaign, campaign_id, "That campaign no longer exists.")
            campaign.deleted_at = self._clock()
            self._log(s, "campaigns", campaign.id, campaign.uuid, ChangeAction.DELETE, None, campaign.name, None)

    def restore_campaign(self, campaign_id: int) -> None:
        with self.db.session() as s:
            campaign = s.get(Campaign, campaign_id)
            if campaign is None:
                raise NotFoundError("That campaign no longer exists.")
            if campaign.deleted_at is not None:
                campaign.deleted_at = None
                self._log(s, "campaigns", campaign.id, campaign.uuid, ChangeAction.RESTORE, None, None,
                          campaign.name)

    def _checked_campaign(self, s: Session, data: CampaignInput) -> CampaignInput:
        name = " ".join((data.name or "").split())
        if not name:
            raise ValidationError("A campaign needs a name.")
        if len(name) > 200:
            raise ValidationError("The campaign's name is too long (200 characters at most).")
        if data.starts_on and data.ends_on and data.ends_on < data.starts_on:
            raise ValidationError(f"The campaign ends ({data.ends_on.isoformat()}) before it starts "
                                  f"({data.starts_on.isoformat()}).")
        if data.lead_source_id is not None and s.scalar(
                select(LeadSource.id).where(LeadSource.id == data.lead_source_id,
                                            LeadSource.deleted_at.is_(None))) is None:
            raise NotFoundError("That lead source no longer exists; choose another one.")
        notes = (data.notes or "").strip() or None
        return CampaignInput(name, data.lead_source_id, data.starts_on, data.ends_on,
                             _money(data.cost, "The campaign's cost"), _currency(data.currency), notes)

    # ---- shared ----------------------------------------------------------------------------------------------------

    def _log(self, s: Session, entity: str, entity_id: int, entity_uuid: str | None, action: ChangeAction,
             field_name: str | None, old: object, new: object) -> None:
        s.add(ChangeLog(changed_at=self._clock(), user_id=self.user_id, entity=entity, entity_id=entity_id,
                        entity_uuid=entity_uuid, action=action.value, field=field_name, old_value=log_text(old),
                        new_value=log_text(new)))


_Record = TypeVar("_Record", SalesPlan, Campaign)


def _live(s: Session, model: type[_Record], record_id: int, message: str) -> _Record:
    found = s.scalar(select(model).where(model.id == record_id, model.deleted_at.is_(None)))
    if found is None:
        raise NotFoundError(message)
    return found


def _check_version(current: int, expected: int | None, what: str) -> None:
    if expected is not None and current != expected:
        raise ConflictError(f"Someone else changed this {what} in the meantime; close the editor and open it "
                            "again to see their change.")


def _money(value: object, what: str) -> Decimal:
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise ValidationError(f"{what} must be a number.") from None
    if not number.is_finite():
        raise ValidationError(f"{what} must be a number.")
    if number < 0:
        raise ValidationError(f"{what} cannot be negative.")
    if number > MAX_MONEY:
        raise ValidationError(f"{what} is too large.")
    return number.quantize(_CENT, ROUND_HALF_UP)


def _currency(value: str) -> str:
    code = (value or "").strip().upper()
    if not _CURRENCY.fullmatch(code):
        raise ValidationError(f"'{value}' is not a currency code; use three letters such as EUR or USD.")
    return code


def _plan_text(p: PlanInput) -> str:
    return (f"{p.period_start.isoformat()}..{p.period_end.isoformat()} {p.amount} {p.currency}, "
            f"{p.deal_count} deals, {'team' if p.user_id is None else f'user {p.user_id}'}")


def _plan_info(p: SalesPlan, full_name: str | None, login: str | None) -> PlanInfo:
    owner = (full_name or login or "") if p.user_id is not None else ""
    return PlanInfo(p.id, p.version, p.user_id, owner, p.period_start, p.period_end,
                    Decimal(p.amount).quantize(_CENT), p.currency, int(p.deal_count or 0))


def _campaign_info(c: Campaign, source: str | None) -> CampaignInfo:
    return CampaignInfo(c.id, c.version, c.name, c.lead_source_id, source or "", c.starts_on, c.ends_on,
                        Decimal(c.cost).quantize(_CENT), c.currency, c.notes, c.deleted_at is not None)
