"""The reports and the dashboard against a small hand-built base whose figures are worked out by hand below.

The base (the `base` fixture), all in the default "Sales" pipeline, stages S1..S5 = New lead, Qualified,
Proposal sent, Negotiation, For payment (probabilities 10/25/50/70/90 %, rotting 14/14/10/7/7 days); EUR unless said:

  deal  client    owner  source    created           outcome                   amount  stays (entered → left)
  D1    Acme      anna   Website*  2026-01-05 10:00  won  2026-01-20            1000  S1 01-05→01-08, S2→01-15, S5→01-20
  D2    Acme      anna   Website   2026-02-03 09:00  won  2026-03-10            3000  S1 02-03→02-05, S2→03-01, S3→03-10
  D3    Beta      boris  Referral  2026-01-10 12:00  won  2026-02-14            2000  S1 01-10→01-20, S2→02-14
  D4    Carl (p.) boris  -         2026-02-20 08:00  won  2026-03-05             500  S1 02-20→03-05
  D5    Beta      anna   Referral  2026-01-15 10:00  lost 2026-02-10 price, S2  4000  S1 01-15→01-25, S2→02-10
  D6    Acme      boris  Website*  2026-02-10 10:00  lost 2026-03-20 no reason  1500  S1 02-10→03-20
  D7    Acme      anna   Website   2026-03-01 10:00  open S3, exp. 03-25       10000  S1 03-01→03-03, S2→03-10, S3 open
  D8    Carl (p.) boris  Referral  2026-03-15 10:00  open S1, 30 %, exp. 03-30  2000  S1 03-15 open
  D9    Beta      anna   -         2025-12-20 10:00  open S2, no expected date   800  S1 →2026-01-02, S2 open
  D10   Acme      anna   Website   2026-01-07 10:00  won  2026-01-25 (USD)       900  S1 01-07→01-25
  D11   Acme      anna   -         2025-10-01 10:00  won  2025-12-15            7000  S1 →2025-12-15
  D12   Acme      anna   -         2026-01-10 (in the Trash) won 2026-02-01    99999  S1 2025-10-24→2026-02-01
  D13   Beta      anna   Referral  2025-12-01 10:00  lost 2026-03-25 price, S3   500  S1→12-20, S3 12-20→2026-03-25
  D14   Acme      anna   -         2026-04-10 10:00  open S1, exp. 05-15         300  S1 04-10 open
  D15   Carl (p.) boris  -         2026-04-12 10:00  open S1 (USD), exp. 05-15   100  S1 04-12 open
  D16   Acme      boris  -         2026-04-01 10:00  won  2026-04-03             700  S1 04-01→04-03
  (* campaign "Spring mail")

The reports run for Q1 2026 (2026-01-01 .. 2026-03-31) in UTC (the `utc` fixture sets the zone). "Now" is
2026-04-15 12:00 UTC.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import insert, select

from crm_desktop.db.database import Database
from crm_desktop.errors import ValidationError
from crm_desktop.models import (
    Activity,
    Campaign,
    Company,
    Deal,
    DealStageHistory,
    LeadSource,
    LossReason,
    Person,
    Pipeline,
    SalesPlan,
    Stage,
    Tag,
    Task,
    User,
    deal_tags,
)
from crm_desktop.services.reports import (
    CELLS,
    REPORTS,
    ReportQuery,
    ReportService,
    ReportTable,
    bucket_keys,
    period,
    resolve_granularity,
)

Q1 = (date(2026, 1, 1), date(2026, 3, 31))
NOW = datetime(2026, 4, 15, 12, 0)
D = Decimal


def in_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is UTC while a test runs, so local days and stored timestamps agree."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture(autouse=True)
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """UTC for every test here (one test changes it on purpose)."""
    yield from in_utc(monkeypatch)


@dataclass
class Base:
    db: Database
    anna: int
    boris: int
    stages: list[int]
    deals: dict[str, int]
    website: int
    referral: int
    exhibition: int
    tag: int
    pipeline: int

    def service(self) -> ReportService:
        return ReportService(self.db, today=lambda: NOW.date(), now=lambda: NOW)

    def run(self, name: str, **kw: object) -> object:
        return self.service().run(ReportQuery(name, *Q1, **kw))  # type: ignore[arg-type]


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.fixture
def base(db: Database) -> Base:
    return build_base(db)


def build_base(db: Database) -> Base:
    """The hand-worked base described at the top of this module."""
    with db.session() as s:
        anna = User(login="anna", full_name="Anna Alder")
        boris = User(login="boris", full_name="Boris Brandt")
        s.add_all([anna, boris])
        s.flush()
        pipeline = s.scalar(select(Pipeline.id).where(Pipeline.is_default.is_(True)))
        stages = list(s.scalars(select(Stage.id).where(Stage.pipeline_id == pipeline).order_by(Stage.position)))
        source = {name: sid for sid, name in s.execute(select(LeadSource.id, LeadSource.name))}
        reason = {name: rid for rid, name in s.execute(select(LossReason.id, LossReason.name))}
        acme = Company(name="Acme", created_at=at("2026-02-01 09:00"), lead_source_id=source["Website"])
        beta = Company(name="Beta", created_at=at("2025-06-01 09:00"))
        s.add_all([acme, beta])
        s.flush()
        carl = Person(first_name="Carl", last_name="Berg", created_at=at("2026-01-03 09:00"),
                      lead_source_id=source["Referral"])
        dana = Person(first_name="Dana", last_name="Dix", company_id=beta.id, created_at=at("2025-11-01 09:00"),
                      lead_source_id=source["Website"])
        eve = Person(first_name="Eve", last_name="Ek", created_at=at("2026-03-01 09:00"),
                     lead_source_id=source["Exhibition"])
        s.add_all([carl, dana, eve])
        s.flush()
        spring = Campaign(name="Spring mail", lead_source_id=source["Website"], starts_on=date(2026, 2, 1),
                          ends_on=date(2026, 2, 28), cost=D(1000), currency="EUR")
        webinar = Campaign(name="Free webinar", lead_source_id=source["Website"], starts_on=date(2026, 3, 1),
                           ends_on=None, cost=D(0), currency="EUR")
        fair = Campaign(name="Fair", lead_source_id=source["Exhibition"], starts_on=date(2025, 11, 1),
                        ends_on=date(2025, 11, 30), cost=D(500), currency="EUR")
        promo = Campaign(name="US promo", starts_on=date(2026, 1, 1), ends_on=date(2026, 1, 31), cost=D(200),
                         currency="USD")
        s.add_all([spring, webinar, fair, promo])
        s.flush()
        s1, s2, s3, s4, s5 = stages
        ids: dict[str, int] = {}

        def deal(key: str, *, owner: User, created: str, amount: int, stage: int, status: str = "open",
                 closed: date | None = None, company: Company | None = None, person: Person | None = None,
                 source_name: str | None = None, campaign: Campaign | None = None, currency: str = "EUR",
                 reason_name: str | None = None, expected: date | None = None, probability: int | None = None,
                 entered: str | None = None, deleted: bool = False,
                 history: tuple[tuple[int, str, str | None], ...] = ()) -> None:
            row = Deal(title=key, owner_id=owner.id, created_at=at(created), amount=D(amount), stage_id=stage,
                       pipeline_id=pipeline, status=status, closed_on=closed, currency=currency,
                       company_id=company.id if company else None, person_id=person.id if person else None,
                       lead_source_id=source[source_name] if source_name else None,
                       campaign_id=campaign.id if campaign else None,
                       loss_reason_id=reason[reason_name] if reason_name else None, expected_close_on=expected,
                       probability=probability, stage_entered_at=at(entered or history[-1][1]),
                       deleted_at=at("2026-03-01 00:00") if deleted else None)
            s.add(row)
            s.flush()
            ids[key] = row.id
            previous = None
            for stage_id, start, end in history:
                s.add(DealStageHistory(deal_id=row.id, stage_id=stage_id, from_stage_id=previous,
                                       entered_at=at(start), left_at=at(end) if end else None))
                previous = stage_id

        deal("D1", owner=anna, created="2026-01-05 10:00", amount=1000, stage=s5, status="won",
             closed=date(2026, 1, 20), company=acme, source_name="Website", campaign=spring,
             history=((s1, "2026-01-05 10:00", "2026-01-08 10:00"), (s2, "2026-01-08 10:00", "2026-01-15 10:00"),
                      (s5, "2026-01-15 10:00", "2026-01-20 10:00")))
        deal("D2", owner=anna, created="2026-02-03 09:00", amount=3000, stage=s3, status="won",
             closed=date(2026, 3, 10), company=acme, source_name="Website",
             history=((s1, "2026-02-03 09:00", "2026-02-05 09:00"), (s2, "2026-02-05 09:00", "2026-03-01 09:00"),
                      (s3, "2026-03-01 09:00", "2026-03-10 09:00")))
        deal("D3", owner=boris, created="2026-01-10 12:00", amount=2000, stage=s2, status="won",
             closed=date(2026, 2, 14), company=beta, person=dana, source_name="Referral",
             history=((s1, "2026-01-10 12:00", "2026-01-20 12:00"), (s2, "2026-01-20 12:00", "2026-02-14 12:00")))
        deal("D4", owner=boris, created="2026-02-20 08:00", amount=500, stage=s1, status="won",
             closed=date(2026, 3, 5), person=carl,
             history=((s1, "2026-02-20 08:00", "2026-03-05 08:00"),))
        deal("D5", owner=anna, created="2026-01-15 10:00", amount=4000, stage=s2, status="lost",
             closed=date(2026, 2, 10), company=beta, source_name="Referral", reason_name="Price too high",
             history=((s1, "2026-01-15 10:00", "2026-01-25 10:00"), (s2, "2026-01-25 10:00", "2026-02-10 10:00")))
        deal("D6", owner=boris, created="2026-02-10 10:00", amount=1500, stage=s1, status="lost",
             closed=date(2026, 3, 20), company=acme, source_name="Website", campaign=spring,
             history=((s1, "2026-02-10 10:00", "2026-03-20 10:00"),))
        deal("D7", owner=anna, created="2026-03-01 10:00", amount=10000, stage=s3, company=acme,
             source_name="Website", expected=date(2026, 3, 25),
             history=((s1, "2026-03-01 10:00", "2026-03-03 10:00"), (s2, "2026-03-03 10:00", "2026-03-10 10:00"),
                      (s3, "2026-03-10 10:00", None)))
        deal("D8", owner=boris, created="2026-03-15 10:00", amount=2000, stage=s1, person=carl,
             source_name="Referral", probability=30, expected=date(2026, 3, 30),
             history=((s1, "2026-03-15 10:00", None),))
        deal("D9", owner=anna, created="2025-12-20 10:00", amount=800, stage=s2, company=beta,
             history=((s1, "2025-12-20 10:00", "2026-01-02 10:00"), (s2, "2026-01-02 10:00", None)))
        deal("D10", owner=anna, created="2026-01-07 10:00", amount=900, stage=s1, status="won",
             closed=date(2026, 1, 25), company=acme, source_name="Website", currency="USD",
             history=((s1, "2026-01-07 10:00", "2026-01-25 10:00"),))
        deal("D11", owner=anna, created="2025-10-01 10:00", amount=7000, stage=s1, status="won",
             closed=date(2025, 12, 15), company=acme,
             history=((s1, "2025-10-01 10:00", "2025-12-15 10:00"),))
        deal("D12", owner=anna, created="2026-01-10 10:00", amount=99999, stage=s1, status="won",
             closed=date(2026, 2, 1), company=acme, deleted=True,
             history=((s1, "2025-10-24 10:00", "2026-02-01 10:00"),))
        deal("D13", owner=anna, created="2025-12-01 10:00", amount=500, stage=s3, status="lost",
             closed=date(2026, 3, 25), company=beta, source_name="Referral", reason_name="Price too high",
             history=((s1, "2025-12-01 10:00", "2025-12-20 10:00"), (s3, "2025-12-20 10:00", "2026-03-25 10:00")))
        deal("D14", owner=anna, created="2026-04-10 10:00", amount=300, stage=s1, company=acme,
             expected=date(2026, 5, 15), history=((s1, "2026-04-10 10:00", None),))
        deal("D15", owner=boris, created="2026-04-12 10:00", amount=100, stage=s1, person=carl, currency="USD",
             expected=date(2026, 5, 15), history=((s1, "2026-04-12 10:00", None),))
        deal("D16", owner=boris, created="2026-04-01 10:00", amount=700, stage=s1, status="won",
             closed=date(2026, 4, 3), company=acme,
             history=((s1, "2026-04-01 10:00", "2026-04-03 10:00"),))
        vip = Tag(name="vip")
        s.add(vip)
        s.flush()
        s.execute(insert(deal_tags), [{"deal_id": ids["D2"], "tag_id": vip.id},
                                      {"deal_id": ids["D3"], "tag_id": vip.id}])

        def activity(kind: str, user: User | None, when: str, deal_key: str | None = None,
                     deleted: bool = False) -> None:
            s.add(Activity(kind=kind, user_id=user.id if user else None, occurred_at=at(when),
                           deal_id=ids[deal_key] if deal_key else None, subject=f"{kind} {when}",
                           deleted_at=at("2026-03-01 00:00") if deleted else None))

        activity("call", anna, "2026-01-05 10:00", "D1")
        activity("call", anna, "2026-02-10 11:00", "D2")
        activity("meeting", anna, "2026-02-12 15:00", "D2")
        activity("email", anna, "2026-03-02 09:00", "D7")
        activity("call", boris, "2026-01-12 10:00", "D3")
        activity("email", boris, "2026-01-13 10:00", "D3")
        activity("email", boris, "2026-03-16 10:00", "D8")
        activity("note", anna, "2026-01-06 10:00", "D1")
        activity("call", anna, "2025-12-31 23:00", "D9")
        activity("call", boris, "2026-02-01 10:00", "D3", deleted=True)
        activity("call", None, "2026-03-31 23:30")

        def task(title: str, owner: User, due: str | None, deal_key: str | None = None, done: bool = False,
                 deleted: bool = False, person: Person | None = None) -> None:
            s.add(Task(title=title, owner_id=owner.id, due_at=at(due) if due else None,
                       deal_id=ids[deal_key] if deal_key else None, person_id=person.id if person else None,
                       done_at=at("2026-04-02 10:00") if done else None,
                       deleted_at=at("2026-03-02 10:00") if deleted else None))

        task("T1 call Acme", anna, "2026-04-15 09:00", "D7")
        task("T2 offer", anna, "2026-04-10 10:00", "D7")
        task("T3 call Carl", anna, "2026-04-14 10:00", person=carl)
        task("T4 remind", boris, "2026-02-01 10:00", "D8")
        task("T5 later", boris, "2026-04-20 10:00", "D8")
        task("T6 done", anna, "2026-04-01 10:00", "D7", done=True)
        task("T7 deleted", boris, "2026-03-01 10:00", "D8", deleted=True)
        task("T8 evening", boris, "2026-04-15 23:00")
        task("T9 undated", boris, None, "D8")
        s.add_all([
            SalesPlan(user_id=None, period_start=date(2026, 1, 1), period_end=date(2026, 3, 31), amount=D(10000),
                      deal_count=5, currency="EUR"),
            SalesPlan(user_id=anna.id, period_start=date(2026, 2, 1), period_end=date(2026, 2, 28), amount=D(0),
                      deal_count=0, currency="EUR"),
            SalesPlan(user_id=boris.id, period_start=date(2026, 3, 1), period_end=date(2026, 3, 31),
                      amount=D(2000), deal_count=2, currency="EUR"),
            SalesPlan(user_id=anna.id, period_start=date(2026, 1, 1), period_end=date(2026, 3, 31), amount=D(1000),
                      deal_count=1, currency="USD"),
            SalesPlan(user_id=None, period_start=date(2025, 12, 1), period_end=date(2025, 12, 31), amount=D(500),
                      deal_count=1, currency="EUR"),
            SalesPlan(user_id=None, period_start=date(2026, 4, 1), period_end=date(2026, 4, 30), amount=D(5000),
                      deal_count=4, currency="EUR"),
            SalesPlan(user_id=None, period_start=date(2026, 4, 1), period_end=date(2026, 6, 30), amount=D(910),
                      deal_count=1, currency="USD"),
        ])
        return Base(db, anna.id, boris.id, stages, ids, source["Website"], source["Referral"],
                    source["Exhibition"], vip.id, pipeline)


USD_NOTE = "Deals in USD (1) are not in these figures; choose USD to see them."


# ---- periods and buckets ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("key", "expected"), [
    ("this-month", (date(2026, 2, 1), date(2026, 2, 28))),
    ("last-month", (date(2026, 1, 1), date(2026, 1, 31))),
    ("this-quarter", (date(2026, 1, 1), date(2026, 3, 31))),
    ("last-quarter", (date(2025, 10, 1), date(2025, 12, 31))),
    ("this-year", (date(2026, 1, 1), date(2026, 12, 31))),
    ("last-year", (date(2025, 1, 1), date(2025, 12, 31))),
])
def test_named_periods(key: str, expected: tuple[date, date]) -> None:
    assert period(key, date(2026, 2, 14)) == expected


def test_last_month_of_january_is_december() -> None:
    assert period("last-month", date(2026, 1, 31)) == (date(2025, 12, 1), date(2025, 12, 31))


def test_an_unknown_period_is_refused() -> None:
    with pytest.raises(ValidationError, match="not a period"):
        period("next-decade", date(2026, 1, 1))


def test_auto_granularity_follows_the_length() -> None:
    assert resolve_granularity(ReportQuery("won-lost", date(2026, 1, 1), date(2026, 1, 31))) == "day"
    assert resolve_granularity(ReportQuery("won-lost", date(2026, 1, 1), date(2026, 3, 31))) == "week"
    assert resolve_granularity(ReportQuery("won-lost", date(2026, 1, 1), date(2026, 12, 31))) == "month"
    assert resolve_granularity(ReportQuery("won-lost", date(2026, 1, 1), date(2026, 1, 2), granularity="month")) \
        == "month"


def test_iso_weeks_of_the_first_quarter() -> None:
    keys = bucket_keys(*Q1, "week")
    # 2026-01-01 is a Thursday of ISO week 1; 2026-03-31 a Tuesday of week 14.
    assert keys[0] == "2026-W01"
    assert keys[-1] == "2026-W14"
    assert len(keys) == 14


@pytest.mark.parametrize("query", [
    ReportQuery("nonsense", *Q1),
    ReportQuery("won-lost", date(2026, 3, 1), date(2026, 2, 1)),
    ReportQuery("won-lost", *Q1, granularity="hour"),
    ReportQuery("won-lost", *Q1, currency="EURO"),
])
def test_a_query_that_makes_no_sense_is_refused(base: Base, query: ReportQuery) -> None:
    with pytest.raises(ValidationError):
        base.service().run(query)


# ---- funnel ------------------------------------------------------------------------------------------------------

def test_funnel(base: Base) -> None:
    r = base.run("funnel")
    # S1: D1 D2 D3 D4 D5 D6 D7 D8 D10 entered in Q1 (D9, D12, D13 before it). On: all but D6 and D8 (D4 and D10
    # were won from S1) = 7/9; won: D1 D2 D3 D4 D10 = 5/9.
    # S2: D1 D2 D3 D5 D7 D9. On: D1 (S5), D2 (S3), D3 (won), D7 (S3) = 4/6; won: D1 D2 D3 = 3/6.
    # S3: D2 D7. On: D2 (won) = 1/2; won 1/2. S4: nobody. S5: D1, won: 1/1.
    # Won: D1 D2 D3 D4 D10 closed in Q1 (D12 is in the Trash, D11 closed in 2025).
    assert r.rows == (("New lead", 9, 77.8, 55.6), ("Qualified", 6, 66.7, 50.0), ("Proposal sent", 2, 50.0, 50.0),
                      ("Negotiation", 0, None, None), ("For payment", 1, 100.0, 100.0), ("Won", 5, None, None))
    assert r.chart == "funnel"
    assert r.categories == ("New lead", "Qualified", "Proposal sent", "Negotiation", "For payment", "Won")
    assert r.series[0].values == (9.0, 6.0, 2.0, 0.0, 1.0, 5.0)
    assert r.totals == {"pipeline": "Sales", "entered_first_stage": 9, "won": 5, "conversion_to_won": 55.6}
    assert r.currency is None
    assert r.notes == ()


def test_funnel_by_owner(base: Base) -> None:
    r = base.run("funnel", owner_id=base.boris)
    # boris: D3 D4 D6 D8 entered S1 (on: D3 won, D4 won = 2/4; won 2/4); S2: D3 (won: 1/1).
    assert r.rows[:2] == (("New lead", 4, 50.0, 50.0), ("Qualified", 1, 100.0, 100.0))
    assert r.rows[-1] == ("Won", 2, None, None)
    assert r.extra["filters"] == {"owner": "Boris Brandt"}


# ---- won-lost ----------------------------------------------------------------------------------------------------

def test_won_lost_by_month(base: Base) -> None:
    r = base.run("won-lost", granularity="month")
    # new (EUR): Jan D1 D3 D5, Feb D2 D4 D6, Mar D7 D8; won: Jan D1 1000, Feb D3 2000, Mar D4 500 + D2 3000;
    # lost: Feb D5 4000, Mar D6 1500 + D13 500.
    assert r.rows == (("2026-01", 3, 1, D("1000.00"), 0, D("0.00")),
                      ("2026-02", 3, 1, D("2000.00"), 1, D("4000.00")),
                      ("2026-03", 2, 2, D("3500.00"), 2, D("2000.00")))
    assert r.totals == {"new": 8, "won_count": 4, "won_amount": D("6500.00"), "lost_count": 3,
                        "lost_amount": D("6000.00"), "win_rate": 57.1, "granularity": "month"}
    assert r.currency == "EUR"
    assert r.currencies_found == ("EUR", "USD")
    assert r.notes == (USD_NOTE,)
    assert [s.label for s in r.series] == ["New", "Won", "Lost"]
    assert r.series[1].values == (1.0, 1.0, 2.0)


def test_won_lost_auto_is_weekly_for_a_quarter(base: Base) -> None:
    r = base.run("won-lost")
    assert r.totals["granularity"] == "week"
    assert len(r.rows) == 14
    by_week = {row[0]: row for row in r.rows}
    # D1 won on Tuesday 2026-01-20 (ISO week 4); D1 created on Monday 2026-01-05 (week 2), D3 on 01-10 (week 2).
    assert by_week["2026-W04"][2:4] == (1, D("1000.00"))
    assert by_week["2026-W02"][1] == 2


def test_won_lost_in_dollars(base: Base) -> None:
    r = base.run("won-lost", currency="USD", granularity="month")
    assert r.rows[0] == ("2026-01", 1, 1, D("900.00"), 0, D("0.00"))
    assert r.totals["won_amount"] == D("900.00")
    # D1..D8 and D13 (created before Q1, lost in it) are the EUR deals of the period.
    assert r.notes == ("Deals in EUR (9) are not in these figures; choose EUR to see them.",)


def test_won_lost_with_a_tag(base: Base) -> None:
    r = base.run("won-lost", tag_id=base.tag, granularity="month")
    # vip: D2 (created Feb, won Mar 3000) and D3 (created Jan, won Feb 2000)
    assert r.rows == (("2026-01", 1, 0, D("0.00"), 0, D("0.00")), ("2026-02", 1, 1, D("2000.00"), 0, D("0.00")),
                      ("2026-03", 0, 1, D("3000.00"), 0, D("0.00")))


# ---- average deal ------------------------------------------------------------------------------------------------

def test_average_deal(base: Base) -> None:
    r = base.run("average-deal")
    # Won in Q1 (EUR): 1000, 2000, 500, 3000 -> average 1625, median (1000 + 2000) / 2 = 1500.
    # Days created -> closed: D1 15, D3 35, D4 13, D2 35 -> average 24.5, median (15 + 35) / 2 = 25.
    assert r.totals == {"won_count": 4, "average_amount": D("1625.00"), "median_amount": D("1500.00"),
                        "average_cycle_days": 24.5, "median_cycle_days": 25.0}
    # Stays that ended in Q1 (any currency): S1 D1 3, D2 2, D3 10, D4 13, D5 10, D6 38, D7 2, D9 13, D10 18
    # = 109 / 9; S2 D1 7, D2 24, D3 25, D5 16, D7 7 = 79 / 5; S3 D2 9, D13 95 = 104 / 2; S5 D1 5.
    assert r.rows == (("New lead", 9, 12.1), ("Qualified", 5, 15.8), ("Proposal sent", 2, 52.0),
                      ("For payment", 1, 5.0))
    assert r.notes == (USD_NOTE,)


# ---- managers ----------------------------------------------------------------------------------------------------

def test_managers(base: Base) -> None:
    r = base.run("managers")
    # anna: new D1 D2 D5 D7; won D1 D2 = 4000; lost D5 D13 -> 2/4; calls A1 A2, meeting A3, email A4;
    # overdue on 2026-04-15: T2 (04-10), T3 (04-14) (T1 is due today, T6 is done).
    # boris: new D3 D4 D6 D8; won D3 D4 = 2500; lost D6 -> 2/3; call A5, emails A6 A7; overdue T4.
    # The call without a user (A11, 2026-03-31 23:30) is "No owner"'s.
    assert r.rows == (
        ("Anna Alder", 4, 2, D("4000.00"), 2, 50.0, 2, 1, 1, 2),
        ("Boris Brandt", 4, 2, D("2500.00"), 1, 66.7, 1, 0, 2, 1),
        ("No owner", 0, 0, D("0.00"), 0, None, 1, 0, 0, 0),
    )
    assert r.totals == {"new_deals": 8, "won_count": 4, "won_amount": D("6500.00"), "lost_count": 3,
                        "conversion": 57.1, "calls": 4, "meetings": 1, "emails": 3, "overdue_tasks": 3}
    assert [c.key for c in r.columns] == ["owner", "new_deals", "won_count", "won_amount", "lost_count",
                                          "conversion", "calls", "meetings", "emails", "overdue_tasks"]


def test_managers_for_one_owner(base: Base) -> None:
    r = base.run("managers", owner_id=base.boris)
    assert r.rows == (("Boris Brandt", 4, 2, D("2500.00"), 1, 66.7, 1, 0, 2, 1),)


# ---- plan --------------------------------------------------------------------------------------------------------

def test_plan(base: Base) -> None:
    r = base.run("plan")
    # Team Q1 10000 / 5: won 6500 / 4 -> 65 %, 80 %; forecast 6500 + D7 10000 x 50 % + D8 2000 x 30 % = 12100.
    # anna February 0 / 0: nothing won in February -> no percentage (not a division by zero).
    # boris March 2000 / 2: D4 500 -> 25 %, 50 %; forecast 500 + D8 600 = 1100.
    assert r.rows == (
        ("Team", date(2026, 1, 1), date(2026, 3, 31), D("10000.00"), D("6500.00"), 65.0, D("12100.00"), 5, 4,
         80.0),
        ("Anna Alder", date(2026, 2, 1), date(2026, 2, 28), D("0.00"), D("0.00"), None, D("0.00"), 0, 0, None),
        ("Boris Brandt", date(2026, 3, 1), date(2026, 3, 31), D("2000.00"), D("500.00"), 25.0, D("1100.00"), 2, 1,
         50.0),
    )
    assert r.totals == {"plan_amount": D("10000.00"), "actual_amount": D("6500.00"), "fulfilment": 65.0,
                        "forecast": D("12100.00"), "plans": 3}
    assert r.categories == ("Team 2026-01-01…2026-03-31", "Anna Alder 2026-02", "Boris Brandt 2026-03")
    assert r.notes == (USD_NOTE, "Plans in USD (1) are not shown; choose USD to see them.",
                       "Open deals without an expected close date (1) are not in the forecast.")


def test_plan_of_one_owner_without_team_plans(base: Base) -> None:
    r = base.run("plan", owner_id=base.boris)
    assert [row[0] for row in r.rows] == ["Boris Brandt"]
    # Totals add the manager plans up when no team plan is shown.
    assert r.totals["plan_amount"] == D("2000.00")
    assert r.totals["fulfilment"] == 25.0


# ---- sources -----------------------------------------------------------------------------------------------------

def test_sources(base: Base) -> None:
    r = base.run("sources")
    # Leads (EUR, created in Q1): Website D1 D2 D6 D7, Referral D3 D5 D8, none D4. Of them won by now: Website D1
    # D2, Referral D3, none D4. Won in Q1: Website 1000 + 3000, Referral 2000, none 500. New contacts in Q1:
    # Carl (Referral), Acme (Website), Eve (Exhibition).
    assert r.rows == (("Website", 4, 1, 2, D("4000.00"), 50.0), ("Referral", 3, 1, 1, D("2000.00"), 33.3),
                      ("No source", 1, 0, 1, D("500.00"), 100.0), ("Exhibition", 0, 1, 0, D("0.00"), None))
    campaigns = r.extra["campaigns"]
    assert isinstance(campaigns, ReportTable)
    # Spring mail: D1 and D6 are its leads, D1 won 1000 against a cost of 1000: return 0 %, 500 per lead.
    # Free webinar costs nothing: no return and no cost per lead. Fair ran in 2025; US promo is in USD.
    assert campaigns.rows == (("Free webinar", "Website", D("0.00"), 0, 0, D("0.00"), None, None),
                              ("Spring mail", "Website", D("1000.00"), 2, 1, D("1000.00"), 0.0, D("500.00")))
    assert r.totals == {"leads": 8, "contacts": 3, "won_count": 4, "won_revenue": D("6500.00"), "conversion": 50.0,
                        "campaign_cost": D("1000.00"), "campaign_revenue": D("1000.00"), "campaign_roi": 0.0}
    assert r.notes == (USD_NOTE, "Campaigns in USD (1) are not shown; choose USD to see them.")


def test_sources_of_one_source(base: Base) -> None:
    r = base.run("sources", lead_source_id=base.referral)
    assert r.rows == (("Referral", 3, 1, 1, D("2000.00"), 33.3),)
    assert r.extra["campaigns"].rows == ()  # type: ignore[attr-defined]


# ---- loss reasons ------------------------------------------------------------------------------------------------

def test_loss_reasons(base: Base) -> None:
    r = base.run("loss-reasons")
    # Lost in Q1 (EUR): D5 price 4000 (in S2), D13 price 500 (in S3), D6 no reason 1500 (in S1).
    assert r.rows == (("Price too high", 2, D("4500.00"), 66.7), ("No reason", 1, D("1500.00"), 33.3))
    stages = r.extra["stages"]
    assert isinstance(stages, ReportTable)
    assert stages.rows == (("New lead", 1, D("1500.00"), 33.3), ("Qualified", 1, D("4000.00"), 33.3),
                           ("Proposal sent", 1, D("500.00"), 33.3))
    assert r.totals == {"lost_count": 3, "lost_amount": D("6000.00")}
    assert r.chart == "pie"
    assert r.series[0].values == (2.0, 1.0)


# ---- abc-xyz -----------------------------------------------------------------------------------------------------

def test_abc_xyz(base: Base) -> None:
    r = base.run("abc-xyz")
    # Won in Q1 (EUR) per client: Acme 1000 (Jan) + 3000 (Mar) = 4000, Beta 2000 (Feb), Carl 500 (Mar); 6500 in all.
    # Shares 61.5 %, 30.8 %, 7.7 %; before each: 0, 61.5, 92.3 -> A, A, B.
    # Monthly revenue over the 3 months: Acme [1000, 0, 3000]: mean 1333.33, sd 1247.22 -> 93.5 % (Z);
    # Beta [0, 2000, 0] and Carl [0, 0, 500]: sd / mean = sqrt(2) -> 141.4 % (Z).
    assert r.rows == (("A", 0, 0, 2), ("B", 0, 0, 1), ("C", 0, 0, 0))
    clients = r.extra["clients"]
    assert isinstance(clients, ReportTable)
    assert clients.rows == (("Acme", D("4000.00"), 61.5, 61.5, "A", 93.5, "Z"),
                            ("Beta", D("2000.00"), 30.8, 92.3, "A", 141.4, "Z"),
                            ("Carl Berg", D("500.00"), 7.7, 100.0, "B", 141.4, "Z"))
    cells = r.extra["cells"]
    assert cells == {**{c: () for c in CELLS}, "AZ": ("Acme", "Beta"), "BZ": ("Carl Berg",)}
    assert r.chart == "matrix"
    assert r.categories == CELLS
    assert r.totals["clients"] == 3
    assert r.totals["revenue"] == D("6500.00")
    assert r.totals["months"] == 3


def test_abc_xyz_regular_and_varying_buyers(base: Base) -> None:
    with base.db.session() as s:
        stage = base.stages[0]
        pipeline = base.pipeline
        delta, echo = Company(name="Delta"), Company(name="Echo")
        fox = Person(first_name="Fox", last_name="Fenn")
        s.add_all([delta, echo, fox])
        s.flush()
        sales = [(delta, None, "2026-01-15", 1000), (delta, None, "2026-02-15", 1000),
                 (delta, None, "2026-03-15", 1100), (echo, None, "2026-01-20", 1000),
                 (echo, None, "2026-02-20", 1500), (echo, None, "2026-03-20", 1000),
                 (None, fox, "2026-03-02", 400), (None, None, "2026-03-03", 50)]
        for company, person, closed, amount in sales:
            s.add(Deal(title="GBP", amount=D(amount), currency="GBP", pipeline_id=pipeline, stage_id=stage,
                       status="won", closed_on=date.fromisoformat(closed), created_at=at("2026-01-02 10:00"),
                       company_id=company.id if company else None, person_id=person.id if person else None))
    r = base.run("abc-xyz", currency="GBP")
    # Echo 3500 (50 %), Delta 3100 (44.3 %, 94.3 % with Echo), Fox 400: before each 0, 50, 94.3 -> A, A, B.
    # Echo [1000, 1500, 1000]: sd 235.70 / mean 1166.67 = 20.2 % (Y); Delta [1000, 1000, 1100]: 47.14 / 1033.33
    # = 4.6 % (X); Fox [0, 0, 400]: 141.4 % (Z). The deal without a client is left out and said so.
    assert r.extra["clients"].rows == (  # type: ignore[attr-defined]
        ("Echo", D("3500.00"), 50.0, 50.0, "A", 20.2, "Y"),
        ("Delta", D("3100.00"), 44.3, 94.3, "A", 4.6, "X"),
        ("Fox Fenn", D("400.00"), 5.7, 100.0, "B", 141.4, "Z"))
    assert r.rows == (("A", 1, 1, 0), ("B", 0, 0, 1), ("C", 0, 0, 0))
    assert r.extra["cells"]["AX"] == ("Delta",)
    assert r.extra["cells"]["AY"] == ("Echo",)
    assert "Won deals without a company or person (1) are not in this analysis." in r.notes


# ---- activity ----------------------------------------------------------------------------------------------------

def test_activity(base: Base) -> None:
    r = base.run("activity", granularity="month")
    # Jan: calls A1 A5, email A6; Feb: call A2, meeting A3 (A10 is in the Trash); Mar: call A11 (23:30 on the 31st),
    # emails A4 A7. The note and the call of 2025-12-31 do not count.
    assert r.rows == (("2026-01", 2, 1, 0, 3), ("2026-02", 1, 0, 1, 2), ("2026-03", 1, 2, 0, 3))
    assert r.totals == {"calls": 4, "emails": 3, "meetings": 1, "total": 8, "granularity": "month"}
    per_owner = r.extra["per_owner"]
    assert isinstance(per_owner, ReportTable)
    assert per_owner.rows == (("Anna Alder", 2, 1, 1, 4), ("Boris Brandt", 1, 2, 0, 3), ("No owner", 1, 0, 0, 1))
    assert r.chart == "stacked-bar"
    assert [s.label for s in r.series] == ["Calls", "Emails", "Meetings"]


def test_activity_of_the_deals_of_one_source(base: Base) -> None:
    r = base.run("activity", lead_source_id=base.referral, granularity="month")
    # Referral deals D3 D5 D8: A5 (call), A6 and A7 (emails).
    assert r.totals["calls"] == 1
    assert r.totals["emails"] == 2
    assert r.totals["total"] == 3


def test_local_days_follow_the_computer_zone(base: Base, monkeypatch: pytest.MonkeyPatch) -> None:
    # In Tehran (UTC+03:30) the call of 2026-03-31 23:30 UTC is on 1 April, and the call of 2025-12-31 23:00 UTC
    # on 1 January: the quarter's calls are A1 A2 A5 and that one.
    monkeypatch.setenv("TZ", "Asia/Tehran")
    time.tzset()
    if time.localtime(0).tm_gmtoff != 12600:
        pytest.skip("the zone database of this machine does not know Asia/Tehran")
    r = base.run("activity", granularity="month")
    assert r.totals["calls"] == 4
    assert r.rows[0][1] == 3   # January: A1, A5 and the 2025-12-31 23:00 UTC call
    assert r.rows[2][1] == 0   # March: A11 moved to April


# ---- empty period, options, dashboard ----------------------------------------------------------------------------

@pytest.mark.parametrize("name", REPORTS)
def test_an_empty_period_gives_empty_rows_and_zero_totals(base: Base, name: str) -> None:
    r = base.service().run(ReportQuery(name, date(2030, 1, 1), date(2030, 1, 31)))
    if name == "managers":
        # Overdue tasks are counted now, whatever the period: the managers with some stay listed, all else zero.
        assert [row[:-1] for row in r.rows] == [("Anna Alder", 0, 0, D(0), 0, None, 0, 0, 0),
                                                ("Boris Brandt", 0, 0, D(0), 0, None, 0, 0, 0)]
        assert r.totals.pop("overdue_tasks") == 3
    elif name == "plan":
        assert r.rows == ()
    else:
        assert r.rows == ()
        assert r.categories == ()
    for key, value in r.totals.items():
        assert value in (0, None, D(0)) or key in ("pipeline", "granularity", "months"), key


def test_reports_on_an_empty_database(db: Database) -> None:
    service = ReportService(db)
    for name in REPORTS:
        r = service.run(ReportQuery(name, *Q1))
        assert r.rows == (), name
        assert r.series == (), name
        assert r.currency is None
        assert r.currencies_found == ()
        assert "Deals in" not in " ".join(r.notes)


def test_options(base: Base) -> None:
    o = base.service().options()
    assert o.pipelines == ((base.pipeline, "Sales"),)
    assert o.default_pipeline_id == base.pipeline
    assert [name for _, name in o.owners][:2] == ["Anna Alder", "Boris Brandt"]
    assert (base.tag, "vip") in o.tags
    assert (base.website, "Website") in o.sources
    assert o.currencies == ("EUR", "USD")


def test_dashboard(base: Base) -> None:
    d = base.service().dashboard(NOW)
    # Today (2026-04-15): T1 09:00 and T8 23:00. Overdue: T3 (04-14), T2 (04-10), T4 (02-01), latest first.
    assert [t.title for t in d.tasks_today] == ["T1 call Acme", "T8 evening"]
    assert [t.title for t in d.tasks_overdue] == ["T3 call Carl", "T2 offer", "T4 remind"]
    assert (d.tasks_today_count, d.tasks_overdue_count) == (2, 3)
    assert d.tasks_today[0].party == "D7"
    assert d.tasks_overdue[0].party == "Carl Berg"
    # Open: D9 (S2 since 01-02, 103 days, limit 14, no task), D7 (S3 since 03-10, 36 days > 10, tasks),
    # D8 (S1 since 03-15, 31 days > 14, tasks), D14 (S1 since 04-10, 5 days, no task), D15 (S1 since 04-12,
    # 3 days, no task); oldest stay first.
    assert [(a.title, a.days_in_stage, a.rotting, a.has_open_task) for a in d.attention] == [
        ("D9", 103, True, False), ("D7", 36, True, True), ("D8", 31, True, True), ("D14", 5, False, False),
        ("D15", 3, False, False)]
    assert d.attention_count == 5
    # April: D16 won 700 EUR; plans: team April 5000 EUR, team Q2 910 USD x 30/91 days = 300 USD.
    assert d.month_won == {"EUR": D("700.00")}
    assert d.month_plan == {"EUR": D("5000.00"), "USD": D("300.00")}
    # Open deals by stage: S1 D8 2000 + D14 300 EUR, D15 100 USD; S2 D9 800; S3 D7 10000.
    assert d.funnel == (("New lead", 3, {"EUR": D("2300.00"), "USD": D("100.00")}),
                        ("Qualified", 1, {"EUR": D("800.00")}), ("Proposal sent", 1, {"EUR": D("10000.00")}),
                        ("Negotiation", 0, {}), ("For payment", 0, {}))
    # Latest first, the deleted call left out: A11, A7, A4, A3, A2, A6, A5, A8, A1, A9.
    assert [a.occurred_at for a in d.recent][:3] == [at("2026-03-31 23:30"), at("2026-03-16 10:00"),
                                                     at("2026-03-02 09:00")]
    assert len(d.recent) == 10
    assert d.recent[1].party == "D8"
    assert d.recent[1].user_name == "Boris Brandt"


def test_progress_can_cancel_a_report(base: Base) -> None:
    from crm_desktop.errors import CancelledError
    from crm_desktop.services.progress import Progress

    progress = Progress()
    progress.cancel()
    with pytest.raises(CancelledError):
        base.service().run(ReportQuery("won-lost", *Q1), progress)


def test_the_tz_fixture_left_utc() -> None:
    assert os.environ["TZ"] == "UTC"
