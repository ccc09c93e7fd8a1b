"""Sales plans and campaigns: create, list, change, delete, the checks and the change log; a plan feeds the report."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from crm_desktop.db.database import Database
from crm_desktop.errors import ConflictError, NotFoundError, ValidationError
from crm_desktop.models import Campaign, ChangeLog, LeadSource, SalesPlan, User
from crm_desktop.services.plans import CampaignInput, PlanInput, PlanService
from crm_desktop.services.reports import ReportQuery, ReportService

NOW = datetime(2026, 3, 1, 9, 0)
MARCH = (date(2026, 3, 1), date(2026, 3, 31))


@pytest.fixture
def service(db: Database) -> PlanService:
    return PlanService(db, user_id=None, clock=lambda: NOW)


@pytest.fixture
def anna(db: Database) -> int:
    with db.session() as s:
        user = User(login="anna", full_name="Anna Alder")
        s.add(user)
        s.flush()
        return user.id


def _log(db: Database, entity: str) -> list[tuple[str, str | None, str | None, str | None]]:
    with db.session(write=False) as s:
        return [(r.action, r.field, r.old_value, r.new_value) for r in s.scalars(
            select(ChangeLog).where(ChangeLog.entity == entity).order_by(ChangeLog.id))]


def test_create_list_update_and_delete_a_plan(service: PlanService, db: Database, anna: int) -> None:
    team = service.create_plan(PlanInput(None, *MARCH, Decimal("10000"), "eur", 5))
    own = service.create_plan(PlanInput(anna, *MARCH, Decimal("2500.555"), "EUR", 2))
    plans = service.list_plans(*MARCH)
    assert [(p.id, p.owner_name, p.amount, p.currency, p.deal_count) for p in plans] == [
        (team, "", Decimal("10000.00"), "EUR", 5), (own, "Anna Alder", Decimal("2500.56"), "EUR", 2)]
    assert service.list_plans(date(2026, 4, 1), date(2026, 4, 30)) == []

    service.update_plan(own, PlanInput(anna, *MARCH, Decimal("3000"), "EUR", 3), expected_version=plans[1].version)
    changed = [p for p in service.list_plans() if p.id == own][0]
    assert (changed.amount, changed.deal_count, changed.version) == (Decimal("3000.00"), 3, 2)
    with pytest.raises(ConflictError):
        service.update_plan(own, PlanInput(anna, *MARCH, Decimal("1"), "EUR", 1), expected_version=1)

    service.delete_plan(own)
    assert [p.id for p in service.list_plans()] == [team]
    with pytest.raises(NotFoundError):
        service.delete_plan(own)
    log = _log(db, "sales_plans")
    assert [entry[:2] for entry in log] == [("insert", None), ("insert", None), ("update", "amount"),
                                            ("update", "deal_count"), ("delete", None)]
    assert log[2][2:] == ("2500.56", "3000.00")


@pytest.mark.parametrize(("data", "message"), [
    (PlanInput(None, date(2026, 3, 31), date(2026, 3, 1), Decimal(1)), "ends .* before it starts"),
    (PlanInput(None, *MARCH, Decimal(-1)), "cannot be negative"),
    (PlanInput(None, *MARCH, Decimal("NaN")), "must be a number"),
    (PlanInput(None, *MARCH, Decimal(1), "EURO"), "not a currency code"),
    (PlanInput(None, *MARCH, Decimal(1), "EUR", -2), "whole number, 0 or more"),
    (PlanInput(999, *MARCH, Decimal(1)), "manager no longer exists"),
])
def test_a_plan_that_makes_no_sense_is_refused(service: PlanService, data: PlanInput, message: str) -> None:
    with pytest.raises(ValidationError if "manager" not in message else NotFoundError, match=message):
        service.create_plan(data)
    assert service.list_plans() == []


def test_a_second_plan_for_the_same_owner_period_and_currency_is_refused(service: PlanService, anna: int) -> None:
    first = service.create_plan(PlanInput(anna, *MARCH, Decimal(100)))
    service.create_plan(PlanInput(anna, *MARCH, Decimal(100), "USD"))     # another currency is another plan
    service.create_plan(PlanInput(None, *MARCH, Decimal(100)))            # and so is the team's
    with pytest.raises(ValidationError, match="already a plan"):
        service.create_plan(PlanInput(anna, *MARCH, Decimal(200)))
    service.update_plan(first, PlanInput(anna, *MARCH, Decimal(300)))     # changing itself is no duplicate


def test_a_plan_of_zero_is_allowed_and_the_report_shows_no_percentage(service: PlanService, db: Database) -> None:
    service.create_plan(PlanInput(None, *MARCH, Decimal(0), "EUR", 0))
    result = ReportService(db).run(ReportQuery("plan", *MARCH))
    assert result.rows == (("Team", *MARCH, Decimal("0.00"), Decimal("0.00"), None, Decimal("0.00"), 0, 0, None),)
    assert result.totals["fulfilment"] is None


def test_campaigns(service: PlanService, db: Database) -> None:
    with db.session(write=False) as s:
        website = s.scalar(select(LeadSource.id).where(LeadSource.name == "Website"))
    spring = service.create_campaign(CampaignInput("  Spring   mail ", website, date(2026, 3, 1), date(2026, 3, 31),
                                                   Decimal("1200.5"), "eur", "  "))
    fair = service.create_campaign(CampaignInput("Fair", None, None, None))
    listed = service.list_campaigns()
    assert [(c.name, c.source_name, c.cost, c.currency, c.notes) for c in listed] == [
        ("Spring mail", "Website", Decimal("1200.50"), "EUR", None), ("Fair", "", Decimal("0.00"), "EUR", None)]
    service.update_campaign(spring, CampaignInput("Spring mail", website, date(2026, 3, 1), date(2026, 4, 15),
                                                  Decimal(1500), "EUR", "extended"), expected_version=1)
    with pytest.raises(ConflictError):
        service.update_campaign(spring, CampaignInput("Spring mail"), expected_version=1)

    service.delete_campaign(fair)
    assert [c.id for c in service.list_campaigns()] == [spring]
    assert [(c.id, c.deleted) for c in service.list_campaigns(include_deleted=True)] == [(spring, False),
                                                                                        (fair, True)]
    with db.session(write=False) as s:
        assert s.get(Campaign, fair).deleted_at == NOW   # type: ignore[union-attr]
    service.restore_campaign(fair)
    assert len(service.list_campaigns()) == 2
    assert [entry[:2] for entry in _log(db, "campaigns")] == [
        ("insert", None), ("insert", None), ("update", "ends_on"), ("update", "cost"), ("update", "notes"),
        ("delete", None), ("restore", None)]


@pytest.mark.parametrize(("data", "error", "message"), [
    (CampaignInput("   "), ValidationError, "needs a name"),
    (CampaignInput("x" * 201), ValidationError, "too long"),
    (CampaignInput("A", None, date(2026, 3, 2), date(2026, 3, 1)), ValidationError, "ends .* before it starts"),
    (CampaignInput("A", cost=Decimal(-5)), ValidationError, "cannot be negative"),
    (CampaignInput("A", currency="E1"), ValidationError, "not a currency code"),
    (CampaignInput("A", lead_source_id=999), NotFoundError, "lead source no longer exists"),
])
def test_a_campaign_that_makes_no_sense_is_refused(service: PlanService, data: CampaignInput,
                                                    error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        service.create_campaign(data)
    assert service.list_campaigns(include_deleted=True) == []


def test_a_deleted_plan_is_gone_from_the_report(service: PlanService, db: Database) -> None:
    plan = service.create_plan(PlanInput(None, *MARCH, Decimal(100)))
    service.delete_plan(plan)
    with db.session(write=False) as s:
        assert s.scalar(select(SalesPlan.id)) is None
    assert ReportService(db).run(ReportQuery("plan", *MARCH)).rows == ()
