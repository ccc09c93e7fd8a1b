"""The nine sales reports and the Home dashboard, computed with SQL aggregates; Qt-free, plain dataclasses out.

Periods are inclusive local dates. Timestamps (Deal.created_at, activities, stage history, tasks) are stored as
naive UTC, so a period becomes the UTC instants of its first and last local midnight; a closing date
(Deal.closed_on) is already a local date. What each report counts in the period:

- funnel: stage entries (DealStageHistory.entered_at), distinct deals per stage of one pipeline (the default one
  when none is chosen); "to next" is the share of them that entered a later stage (by position) from the period's
  start on, or were won; "to won" the share that were won (by now). The "Won" row counts the pipeline's deals won
  in the period.
- won-lost: deals created (new), and won and lost by closing date, per day, ISO week or month.
- average-deal: deals won in the period: count, average and median amount, average and median days from creation
  to the closing date; per stage, the average days of the stays that ended in the period.
- managers: per owner: new deals, won and lost in the period, won amount, conversion won / (won + lost), calls,
  meetings and emails logged in the period, and open tasks overdue now.
- plan: each sales plan overlapping the period against won deals in the overlap (team plans count every owner);
  forecast = that actual + the weighted amount (deal probability, else the stage's) of open deals expected to close
  inside the plan's period. Open deals without an expected date are left out of the forecast and counted in a note.
- sources: per lead source, leads = deals created in the period; conversion = the share of those leads won by now;
  won count and revenue = deals won in the period; new contacts = people and companies created in the period with
  that source. Per campaign whose dates overlap the period: its whole cost, its leads and won revenue, return
  (revenue - cost) / cost and cost per lead.
- loss-reasons: deals lost in the period per reason and (extra "stages") per stage they were lost in.
- abc-xyz: clients (the deal's company, else its person) with deals won in the period. ABC by revenue share, clients
  sorted by revenue: A while the cumulative share before the client is below 80 %, B below 95 %, C after. XYZ by the
  coefficient of variation (population standard deviation / mean) of the client's revenue per calendar month of
  the period, months without a sale counting 0: X <= 10 %, Y <= 25 %, Z > 25 %.
- activity: calls, emails and meetings per day, week or month, and per manager (extra "per_owner").

Money is never summed across currencies: a money report works in `query.currency`, else in the currency with the
largest won amount in the period, and every deal figure of it (counts too) is limited to that currency; other
currencies found are named in `notes`. Percentages are 0-100 floats rounded to one decimal, None when the base is
zero ("—" in the table). Rows and totals are plain values: str, int, Decimal (money), float, date or None.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    DateTime,
    Float,
    Select,
    and_,
    case,
    cast,
    false,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from crm_desktop.db.database import Database
from crm_desktop.errors import NotFoundError, ValidationError
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
    utcnow,
)
from crm_desktop.services.progress import NO_PROGRESS, Progress

REPORTS = ("funnel", "won-lost", "average-deal", "managers", "plan", "sources", "loss-reasons", "abc-xyz", "activity")
PERIODS = ("this-month", "last-month", "this-quarter", "last-quarter", "this-year", "last-year")
GRANULARITIES = ("auto", "day", "week", "month")
TITLES = {
    "funnel": "Funnel conversion", "won-lost": "Won and lost", "average-deal": "Average deal and sales cycle",
    "managers": "Managers", "plan": "Plan and forecast", "sources": "Lead sources and campaigns",
    "loss-reasons": "Loss reasons", "abc-xyz": "ABC/XYZ analysis", "activity": "Activity",
}
MONEY_REPORTS = frozenset({"won-lost", "average-deal", "managers", "plan", "sources", "loss-reasons", "abc-xyz"})
ACTIVITY_KINDS = ("call", "email", "meeting")
ABC_LIMITS = (80.0, 95.0)      # cumulative revenue share (%) before a client: below 80 A, below 95 B, else C
XYZ_LIMITS = (10.0, 25.0)      # coefficient of variation (%) of monthly revenue: <= 10 X, <= 25 Y, else Z
CELLS = tuple(a + x for a in "ABC" for x in "XYZ")
DASHBOARD_LIST = 20
RECENT_ACTIVITIES = 15
_CENT = Decimal("0.01")
_WON, _LOST, _OPEN = "won", "lost", "open"


@dataclass(frozen=True)
class ReportQuery:
    """What to report on: the report's name, an inclusive local period and optional filters."""

    name: str
    start: date
    end: date
    pipeline_id: int | None = None
    owner_id: int | None = None
    lead_source_id: int | None = None
    tag_id: int | None = None
    granularity: str = "auto"          # day|week|month|auto (won-lost, activity)
    currency: str | None = None        # None: the currency with the largest won amount in the period


@dataclass(frozen=True)
class Column:
    """A table column: a stable key (the UI translates it), an English label and the kind of its values."""

    key: str
    label: str
    kind: str        # text|int|money|percent|days|date


@dataclass(frozen=True)
class Series:
    """One data series of the chart: a value per category."""

    label: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class ReportTable:
    """A second table of a report (kept in ReportResult.extra)."""

    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[object, ...], ...]


@dataclass(frozen=True)
class ReportResult:
    """A computed report: the table behind the chart, the chart's data, headline totals and notes."""

    name: str
    title: str
    query: ReportQuery
    columns: tuple[Column, ...]
    rows: tuple[tuple[object, ...], ...]
    chart: str                                   # bar|stacked-bar|line|funnel|pie|matrix
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    currency: str | None
    currencies_found: tuple[str, ...]
    notes: tuple[str, ...]
    totals: dict[str, object]
    extra: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class ReportOptions:
    """What the filters offer: (id, name) pairs, the currencies present and the default pipeline."""

    pipelines: tuple[tuple[int, str], ...]
    owners: tuple[tuple[int, str], ...]
    sources: tuple[tuple[int, str], ...]
    tags: tuple[tuple[int, str], ...]
    currencies: tuple[str, ...]
    default_pipeline_id: int | None


@dataclass(frozen=True)
class TaskItem:
    """An open task on the dashboard."""

    id: int
    title: str
    kind: str
    due_at: datetime | None          # naive UTC
    owner_name: str
    deal_id: int | None
    person_id: int | None
    company_id: int | None
    party: str                       # the deal's title, else the person's or company's name


@dataclass(frozen=True)
class DealItem:
    """An open deal needing attention: rotting in its stage, or without an open task."""

    id: int
    title: str
    party: str
    amount: Decimal
    currency: str
    stage_name: str
    owner_name: str
    days_in_stage: int
    rotting: bool
    has_open_task: bool


@dataclass(frozen=True)
class ActivityItem:
    """A recent entry of the timeline."""

    id: int
    kind: str
    occurred_at: datetime            # naive UTC
    subject: str
    user_name: str
    deal_id: int | None
    person_id: int | None
    company_id: int | None
    party: str


@dataclass(frozen=True)
class Dashboard:
    """Everything the Home panel shows."""

    tasks_today: tuple[TaskItem, ...]
    tasks_overdue: tuple[TaskItem, ...]
    tasks_today_count: int
    tasks_overdue_count: int
    attention: tuple[DealItem, ...]
    attention_count: int
    month_won: dict[str, Decimal]
    month_plan: dict[str, Decimal]
    funnel: tuple[tuple[str, int, dict[str, Decimal]], ...]
    recent: tuple[ActivityItem, ...]


# ---- periods and buckets ---------------------------------------------------------------------------------------

def period(key: str, today: date) -> tuple[date, date]:
    """The inclusive dates of a named period around `today`."""
    if key not in PERIODS:
        raise ValidationError(f"'{key}' is not a period; choose one of {', '.join(PERIODS)}.")
    if key.endswith("month"):
        first = today.replace(day=1)
        if key == "last-month":
            first = (first - timedelta(days=1)).replace(day=1)
        return first, _add_months(first, 1) - timedelta(days=1)
    if key.endswith("quarter"):
        first = date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
        if key == "last-quarter":
            first = _add_months(first, -3)
        return first, _add_months(first, 3) - timedelta(days=1)
    year = today.year - (key == "last-year")
    return date(year, 1, 1), date(year, 12, 31)


def _add_months(first: date, months: int) -> date:
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def resolve_granularity(query: ReportQuery) -> str:
    """day, week or month: `auto` picks by the length of the period."""
    if query.granularity != "auto":
        return query.granularity
    days = (query.end - query.start).days + 1
    return "day" if days <= 31 else "week" if days <= 120 else "month"


def bucket_key(day: date, granularity: str) -> str:
    """2026-03-05 by day, 2026-W10 by ISO week, 2026-03 by month."""
    if granularity == "day":
        return day.isoformat()
    if granularity == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{day.year}-{day.month:02d}"


def bucket_keys(start: date, end: date, granularity: str) -> list[str]:
    """Every bucket of the period in order, so a chart has no holes where nothing happened."""
    keys: list[str] = []
    day = start
    while day <= end:
        key = bucket_key(day, granularity)
        if not keys or keys[-1] != key:
            keys.append(key)
        day += timedelta(days=1)
    return keys


def _month_keys(start: date, end: date) -> list[str]:
    return bucket_keys(start, end, "month")


def _local_offset(moment: datetime) -> timedelta:
    """The local zone's offset from UTC at a naive local moment."""
    return moment.astimezone().utcoffset() or timedelta(0)


def _local_date(moment: datetime) -> date:
    """The local date of a naive UTC instant."""
    return moment.replace(tzinfo=UTC).astimezone().date()


def _utc(day: date) -> datetime:
    """The naive UTC instant of a local midnight."""
    local = datetime.combine(day, time())
    return local - _local_offset(local)


# ---- small value helpers ---------------------------------------------------------------------------------------

def _money(value: object) -> Decimal:
    if value is None:
        return Decimal(0).quantize(_CENT)
    if isinstance(value, Decimal):
        return value.quantize(_CENT, ROUND_HALF_UP)
    # SQLite sums REAL values: repr() gives the shortest text of the float, which rounds as a person would.
    return Decimal(repr(float(value))).quantize(_CENT, ROUND_HALF_UP)  # type: ignore[arg-type]


def _cents(value: float) -> Decimal:
    """A float sum of amounts as money, without the cost of _money() (for per-client rows)."""
    return Decimal(f"{value:.2f}")


def _pct(part: float | Decimal | int, whole: float | Decimal | int) -> float | None:
    if not whole:
        return None
    return round(float(part) * 100.0 / float(whole), 1)


def _days(value: object) -> float | None:
    return None if value is None else round(float(value), 1)  # type: ignore[arg-type]


def _name(full_name: str | None, login: str | None) -> str:
    return full_name or login or ""


def _person_name(first: str | None, last: str | None) -> str:
    return " ".join(p for p in (first, last) if p)


def _col(key: str, label: str, kind: str) -> Column:
    return Column(key, label, kind)


class _Ctx:
    """What one run of a report shares: the session, the query, its UTC bounds and SQL dialect helpers."""

    def __init__(self, s: Session, query: ReportQuery, now: datetime) -> None:
        self.s = s
        self.q = query
        self.now = now
        self.lo = _utc(query.start)
        self.hi = _utc(query.end + timedelta(days=1))
        self.sqlite = s.get_bind().dialect.name == "sqlite"
        # One offset for the whole period: local days of UTC timestamps are cut with it (a DST change inside the
        # period shifts the hour around midnight by one for part of it, which a daily report can live with).
        self.offset_min = int(_local_offset(datetime.combine(query.start, time(12))).total_seconds() // 60)
        self.notes: list[str] = []
        self._users: list[int] | None = None

    # SQL pieces ------------------------------------------------------------------------------------------------

    def local_day(self, column: Any) -> ColumnElement[Any]:
        """The local date of a UTC timestamp column, as 'YYYY-MM-DD' text."""
        if self.sqlite:
            if self.offset_min:
                return func.date(column, f"{self.offset_min:+d} minutes")
            return func.date(column)
        return func.to_char(column + timedelta(minutes=self.offset_min), "YYYY-MM-DD")

    def day_text(self, column: Any) -> ColumnElement[Any]:
        """A date column as 'YYYY-MM-DD' text."""
        return func.date(column) if self.sqlite else func.to_char(column, "YYYY-MM-DD")

    def month_text(self, column: Any) -> ColumnElement[Any]:
        return func.strftime("%Y-%m", column) if self.sqlite else func.to_char(column, "YYYY-MM")

    def days_between(self, later: Any, earlier: Any) -> ColumnElement[Any]:
        if self.sqlite:
            return func.julianday(later) - func.julianday(earlier)
        # Either side may be a date, a timestamp or local_day()'s text: PostgreSQL subtracts timestamps only.
        return func.extract("epoch", cast(later, DateTime) - cast(earlier, DateTime)) / 86400.0

    def in_period(self, column: Any) -> ColumnElement[bool]:
        return and_(column >= self.lo, column < self.hi)

    def closed_in_period(self) -> ColumnElement[bool]:
        return Deal.closed_on.between(self.q.start, self.q.end)

    def deal_filters(self) -> list[ColumnElement[bool]]:
        q = self.q
        where: list[ColumnElement[bool]] = [Deal.deleted_at.is_(None)]
        if q.pipeline_id is not None:
            where.append(Deal.pipeline_id == q.pipeline_id)
        if q.owner_id is not None:
            where.append(Deal.owner_id == q.owner_id)
        if q.lead_source_id is not None:
            where.append(Deal.lead_source_id == q.lead_source_id)
        if q.tag_id is not None:
            where.append(Deal.id.in_(select(deal_tags.c.deal_id).where(deal_tags.c.tag_id == q.tag_id)))
        return where

    def user_ids(self) -> list[int]:
        if self._users is None:
            self._users = list(self.s.scalars(select(User.id).order_by(User.id)))
        return self._users

    def owner_groups(self, column: Any) -> list[ColumnElement[bool]]:
        """`column IN (every user)` and `column IS NULL`, or `column = owner` under an owner filter: an IN list
        lets an index that starts with the owner deliver its rows already grouped."""
        if self.q.owner_id is not None:
            return [column == self.q.owner_id]
        users = self.user_ids()
        return ([column.in_(users)] if users else []) + [column.is_(None)]

    def has_deal_filters(self) -> bool:
        q = self.q
        return q.pipeline_id is not None or q.lead_source_id is not None or q.tag_id is not None

    # lookups -----------------------------------------------------------------------------------------------------

    def user_names(self, ids: Iterable[int | None]) -> dict[int | None, str]:
        wanted = {i for i in ids if i is not None}
        names: dict[int | None, str] = {None: "No owner"}
        if wanted:
            for uid, full_name, login in self.s.execute(select(User.id, User.full_name, User.login)
                                                        .where(User.id.in_(wanted))):
                names[uid] = _name(full_name, login)
        return names

    def currencies(self) -> list[str]:
        """The currencies of live deals, one index seek each (a loose scan: no pass over the deals)."""
        found: list[str] = []
        while True:
            stmt = select(func.min(Deal.currency)).where(Deal.deleted_at.is_(None))
            if found:
                stmt = stmt.where(Deal.currency > found[-1])
            code = self.s.scalar(stmt)
            if code is None:
                return found
            found.append(code)

    def pick_currency(self, fallback: Sequence[str] = ()) -> tuple[str | None, tuple[str, ...]]:
        """The report's currency and every currency found among the period's deals; notes for the others.

        Per currency: deals created in the period, plus deals closed in it that were created before it (so no
        deal is counted twice), and the won amount that picks the dominant currency.
        """
        counts: dict[str, int] = {}
        won: dict[str, float] = {}
        won_amount = func.sum(case((Deal.status == _WON, Deal.amount), else_=None))
        earlier = or_(Deal.created_at < self.lo, Deal.created_at >= self.hi)
        for code in self.currencies():
            where = [*self.deal_filters(), Deal.currency == code]
            created = int(self.s.scalar(select(func.count(Deal.id)).where(*where, self.in_period(Deal.created_at)))
                          or 0)
            closed, amount = self.s.execute(
                select(func.count(case((earlier, Deal.id), else_=None)), won_amount)
                .where(*where, Deal.status.in_((_WON, _LOST)), self.closed_in_period())).one()
            if created or closed:
                counts[code] = created + int(closed or 0)
                won[code] = float(amount or 0)
        found = tuple(sorted(set(counts) | set(fallback)))
        if self.q.currency:
            chosen: str | None = self.q.currency.upper()
        elif counts:
            chosen = max(counts, key=lambda c: (won[c], counts[c], c))
        else:
            chosen = sorted(fallback)[0] if fallback else None
        for code in found:
            if code != chosen and counts.get(code):
                self.notes.append(f"Deals in {code} ({counts[code]}) are not in these figures; "
                                  f"choose {code} to see them.")
        return chosen, found

    def buckets(self, granularity: str) -> list[tuple[str, datetime, datetime]]:
        """The buckets of the period as (key, UTC start, UTC end): local midnights, exact across DST changes."""
        q = self.q
        out: list[tuple[str, date, date]] = []
        day = q.start
        while day <= q.end:
            key = bucket_key(day, granularity)
            if out and out[-1][0] == key:
                out[-1] = (key, out[-1][1], day)
            else:
                out.append((key, day, day))
            day += timedelta(days=1)
        return [(key, _utc(first), _utc(last + timedelta(days=1))) for key, first, last in out]


# ---- the service -----------------------------------------------------------------------------------------------

class ReportService:
    """Runs the reports, lists what their filters offer, and computes the Home dashboard."""

    def __init__(self, db: Database, user_id: int | None = None, today: Callable[[], date] = date.today,
                 now: Callable[[], datetime] = utcnow) -> None:
        self.db = db
        self.user_id = user_id
        self.today = today
        self._now = now

    # ---- reports -----------------------------------------------------------------------------------------------

    def run(self, query: ReportQuery, progress: Progress = NO_PROGRESS) -> ReportResult:
        """Compute one report; raises ValidationError for a query that makes no sense."""
        _check(query)
        progress.step(0, 3, TITLES[query.name])
        with self.db.session(write=False) as s:
            ctx = _Ctx(s, query, self._now())
            builder = _BUILDERS[query.name]
            result = builder(ctx, progress)
        progress.step(3, 3, TITLES[query.name])
        return result

    def options(self) -> ReportOptions:
        """Pipelines, owners, sources, tags and currencies for the report filters."""
        with self.db.session(write=False) as s:
            pipelines = tuple((r.id, r.name) for r in s.execute(
                select(Pipeline.id, Pipeline.name).where(Pipeline.deleted_at.is_(None))
                .order_by(Pipeline.is_default.desc(), Pipeline.position, Pipeline.id)))
            owners = sorted(((r.id, _name(r.full_name, r.login)) for r in s.execute(
                select(User.id, User.full_name, User.login).where(User.deleted_at.is_(None)))),
                key=lambda r: r[1].casefold())
            sources = tuple((r.id, r.name) for r in s.execute(
                select(LeadSource.id, LeadSource.name).where(LeadSource.deleted_at.is_(None))
                .order_by(LeadSource.name)))
            tags = tuple((r.id, r.name) for r in s.execute(
                select(Tag.id, Tag.name).where(Tag.deleted_at.is_(None)).order_by(Tag.name)))
            currencies: set[str] = set(s.scalars(select(Deal.currency).where(Deal.deleted_at.is_(None)).distinct()))
            currencies |= set(s.scalars(select(SalesPlan.currency).distinct()))
            currencies |= set(s.scalars(select(Campaign.currency).distinct()))
            return ReportOptions(pipelines=pipelines, owners=tuple(owners), sources=sources, tags=tags,
                                 currencies=tuple(sorted(c for c in currencies if c)),
                                 default_pipeline_id=pipelines[0][0] if pipelines else None)

    # ---- the dashboard -------------------------------------------------------------------------------------------

    def dashboard(self, now: datetime | None = None) -> Dashboard:
        """Today's and overdue tasks, deals needing attention, this month's sales and plan, the funnel, the
        latest activities. `now` is naive UTC."""
        now = now or self._now()
        today = _local_date(now)
        day_start, day_end = _utc(today), _utc(today + timedelta(days=1))
        with self.db.session(write=False) as s:
            open_task = (Task.done_at.is_(None), Task.deleted_at.is_(None), Task.due_at.is_not(None))
            today_where = (*open_task, Task.due_at >= day_start, Task.due_at < day_end)
            overdue_where = (*open_task, Task.due_at < day_start)
            tasks_today = _task_items(s, today_where)
            tasks_overdue = _task_items(s, overdue_where, newest_first=True)
            today_count = int(s.scalar(select(func.count(Task.id)).where(*today_where)) or 0)
            overdue_count = int(s.scalar(select(func.count(Task.id)).where(*overdue_where)) or 0)
            attention, attention_count = _attention(s, now)
            month_first = today.replace(day=1)
            month_last = _add_months(month_first, 1) - timedelta(days=1)
            month_won = {cur: _money(total) for cur, total in s.execute(
                select(Deal.currency, func.sum(Deal.amount))
                .where(Deal.status == _WON, Deal.closed_on.between(month_first, month_last),
                       Deal.deleted_at.is_(None)).group_by(Deal.currency).order_by(Deal.currency))}
            month_plan = _month_plan(s, month_first, month_last)
            funnel = _funnel_snapshot(s)
            recent = _recent(s)
        return Dashboard(tasks_today=tasks_today, tasks_overdue=tasks_overdue, tasks_today_count=today_count,
                         tasks_overdue_count=overdue_count, attention=attention, attention_count=attention_count,
                         month_won=month_won, month_plan=month_plan, funnel=funnel, recent=recent)


def _check(q: ReportQuery) -> None:
    if q.name not in REPORTS:
        raise ValidationError(f"'{q.name}' is not a report; choose one of {', '.join(REPORTS)}.")
    if q.end < q.start:
        raise ValidationError(f"The period ends ({q.end.isoformat()}) before it starts ({q.start.isoformat()}).")
    if q.granularity not in GRANULARITIES:
        raise ValidationError(f"'{q.granularity}' is not a granularity; choose day, week, month or auto.")
    if q.currency is not None and (len(q.currency) != 3 or not q.currency.isalpha()):
        raise ValidationError(f"'{q.currency}' is not a currency code; use three letters such as EUR.")


def _result(ctx: _Ctx, columns: Sequence[Column], rows: Sequence[Sequence[object]], chart: str,
            categories: Sequence[str], series: Sequence[Series], totals: dict[str, object],
            currency: str | None = None, found: Sequence[str] = (), extra: dict[str, object] | None = None,
            ) -> ReportResult:
    q = ctx.q
    if not rows:
        categories, series = (), ()   # no data: no chart either
    extra = dict(extra or {})
    filters = _filter_names(ctx)
    if filters:
        extra["filters"] = filters
    return ReportResult(name=q.name, title=TITLES[q.name], query=q, columns=tuple(columns),
                        rows=tuple(tuple(r) for r in rows), chart=chart, categories=tuple(categories),
                        series=tuple(series), currency=currency, currencies_found=tuple(found),
                        notes=tuple(ctx.notes), totals=totals, extra=extra)


def _filter_names(ctx: _Ctx) -> dict[str, str]:
    """The filters the report ran with, by name, for the heading of an export."""
    q, s = ctx.q, ctx.s
    names: dict[str, str] = {}
    if q.pipeline_id is not None:
        names["pipeline"] = s.scalar(select(Pipeline.name).where(Pipeline.id == q.pipeline_id)) or "?"
    if q.owner_id is not None:
        names["owner"] = ctx.user_names([q.owner_id]).get(q.owner_id) or "?"
    if q.lead_source_id is not None:
        names["source"] = s.scalar(select(LeadSource.name).where(LeadSource.id == q.lead_source_id)) or "?"
    if q.tag_id is not None:
        names["tag"] = s.scalar(select(Tag.name).where(Tag.id == q.tag_id)) or "?"
    return names


# ---- funnel ------------------------------------------------------------------------------------------------------

def _pipeline_of(ctx: _Ctx) -> tuple[int, str]:
    s = ctx.s
    stmt = select(Pipeline.id, Pipeline.name).where(Pipeline.deleted_at.is_(None))
    if ctx.q.pipeline_id is not None:
        row = s.execute(stmt.where(Pipeline.id == ctx.q.pipeline_id)).first()
        if row is None:
            raise NotFoundError("That pipeline no longer exists.")
    else:
        row = s.execute(stmt.order_by(Pipeline.is_default.desc(), Pipeline.position, Pipeline.id).limit(1)).first()
        if row is None:
            raise NotFoundError("There is no sales pipeline yet. Create one in the pipeline settings.")
    return int(row[0]), str(row[1])


def _funnel(ctx: _Ctx, progress: Progress) -> ReportResult:
    s = ctx.s
    pipeline_id, pipeline_name = _pipeline_of(ctx)
    stages = s.execute(select(Stage.id, Stage.name, Stage.position)
                       .where(Stage.pipeline_id == pipeline_id, Stage.deleted_at.is_(None))
                       .order_by(Stage.position, Stage.id)).all()
    filters = [*ctx.deal_filters(), Deal.pipeline_id == pipeline_id]
    H = DealStageHistory
    # One pass over the stage history in deal order (a covering index, no sort): per deal, which stages it entered
    # in the period and the furthest stage position it entered from the period's start on. A deal that entered
    # stage i went on when it was won or that furthest position lies beyond i.
    entered = [func.max(case((and_(H.stage_id == st.id, H.entered_at < ctx.hi), 1), else_=0)).label(f"e{n}")
               for n, st in enumerate(stages)]
    furthest = func.max(case({st.id: st.position for st in stages}, value=H.stage_id)).label("top")
    per_deal = (select(H.deal_id, *entered, furthest).where(H.entered_at >= ctx.lo)
                .group_by(H.deal_id).subquery("per_deal"))
    won = Deal.status == _WON
    figures: list[Any] = []
    for n, st in enumerate(stages):
        flag = per_deal.c[f"e{n}"] == 1
        figures += [func.sum(case((flag, 1), else_=0)),
                    func.sum(case((and_(flag, or_(won, per_deal.c.top > st.position)), 1), else_=0)),
                    func.sum(case((and_(flag, won), 1), else_=0))]
    sums = s.execute(select(*figures).select_from(per_deal).join(Deal, Deal.id == per_deal.c.deal_id)
                     .where(*filters)).one() if stages else ()
    progress.step(1, 3, TITLES["funnel"])
    # Currencies named so the (currency, status, closed_on) index ranges instead of reading deals.
    won_count = int(s.scalar(select(func.count(Deal.id)).where(*filters, Deal.currency.in_(ctx.currencies()), won,
                                                              ctx.closed_in_period())) or 0)
    rows: list[tuple[object, ...]] = []
    for n, st in enumerate(stages):
        count, onward, won_n = (int(v or 0) for v in sums[3 * n:3 * n + 3])
        rows.append((st.name, count, _pct(onward, count), _pct(won_n, count)))
    rows.append(("Won", won_count, None, None))
    if not any(r[1] for r in rows):
        rows = []      # nothing entered and nothing won: an empty report, not a row of zeros per stage
    columns = (_col("stage", "Stage", "text"), _col("entered", "Entered", "int"),
               _col("to_next", "To next stage", "percent"), _col("to_won", "To won", "percent"))
    first = rows[0] if rows and stages else None
    totals: dict[str, object] = {"pipeline": pipeline_name, "entered_first_stage": first[1] if first else 0,
                                 "won": won_count, "conversion_to_won": first[3] if first else None}
    return _result(ctx, columns, rows, "funnel", [str(r[0]) for r in rows],
                   [Series("Entered", tuple(float(r[1]) for r in rows))], totals,  # type: ignore[arg-type]
                   extra={"pipeline_id": pipeline_id})


# ---- won-lost ------------------------------------------------------------------------------------------------------

def _won_lost(ctx: _Ctx, progress: Progress) -> ReportResult:
    s, q = ctx.s, ctx.q
    currency, found = ctx.pick_currency()
    gran = resolve_granularity(q)
    keys = bucket_keys(q.start, q.end, gran)
    counts = {k: Counter[str]() for k in keys}
    amounts = {k: {_WON: Decimal(0), _LOST: Decimal(0)} for k in keys}
    where = [*ctx.deal_filters(), Deal.currency == currency]
    # One count per bucket over the (currency, created_at) index: no sort of the period's deals by day.
    for key, lo, hi in ctx.buckets(gran):
        counts[key]["new"] = int(s.scalar(select(func.count(Deal.id))
                                          .where(*where, Deal.created_at >= lo, Deal.created_at < hi)) or 0)
    progress.step(1, 3, TITLES["won-lost"])
    # Closing dates are local dates: grouped in the (currency, status, closed_on) index order.
    for status, day, n, total in s.execute(
            select(Deal.status, Deal.closed_on, func.count(Deal.id), func.sum(Deal.amount))
            .where(*where, Deal.status.in_((_WON, _LOST)), ctx.closed_in_period())
            .group_by(Deal.status, Deal.closed_on)):
        key = bucket_key(day or q.start, gran)
        counts[key][status] += int(n)
        amounts[key][status] += _money(total)
    # Every bucket is listed so the chart has no holes, unless nothing at all happened in the period.
    if not any(sum(c.values()) for c in counts.values()):
        keys = []
    rows = [(k, counts[k]["new"], counts[k][_WON], amounts[k][_WON], counts[k][_LOST], amounts[k][_LOST])
            for k in keys]
    columns = (_col("bucket", "Period", "text"), _col("new", "New", "int"), _col("won_count", "Won", "int"),
               _col("won_amount", "Won amount", "money"), _col("lost_count", "Lost", "int"),
               _col("lost_amount", "Lost amount", "money"))
    all_counts = sum(counts.values(), Counter[str]())
    won_n, lost_n = all_counts[_WON], all_counts[_LOST]
    totals: dict[str, object] = {
        "new": all_counts["new"], "won_count": won_n, "won_amount": _money(sum(a[_WON] for a in amounts.values())),
        "lost_count": lost_n, "lost_amount": _money(sum(a[_LOST] for a in amounts.values())),
        "win_rate": _pct(won_n, won_n + lost_n), "granularity": gran}
    series = [Series("New", tuple(float(r[1]) for r in rows)), Series("Won", tuple(float(r[2]) for r in rows)),
              Series("Lost", tuple(float(r[4]) for r in rows))]
    return _result(ctx, columns, rows, "bar", keys, series, totals, currency, found)


# ---- average deal --------------------------------------------------------------------------------------------------

def _median(s: Session, values: Select[Any], n: int) -> float | None:
    """The median of a one-column query's values, found by SQL's own sort (one or two middle rows)."""
    if n == 0:
        return None
    sub = values.subquery()
    column = sub.c[0]
    middle = [float(v) for v in s.scalars(select(column).order_by(column).limit(2 - n % 2).offset((n - 1) // 2))]
    return sum(middle) / len(middle)


def _average_deal(ctx: _Ctx, progress: Progress) -> ReportResult:
    s = ctx.s
    currency, found = ctx.pick_currency()
    where = [*ctx.deal_filters(), Deal.currency == currency, Deal.status == _WON, ctx.closed_in_period()]
    cycle = ctx.days_between(Deal.closed_on, ctx.local_day(Deal.created_at))
    n, avg_amount, avg_cycle = s.execute(select(func.count(Deal.id), func.avg(Deal.amount), func.avg(cycle))
                                         .where(*where)).one()
    n = int(n or 0)
    median_amount = _median(s, select(Deal.amount).where(*where), n)
    median_cycle = _median(s, select(cycle.label("cycle")).where(*where), n)
    progress.step(1, 3, TITLES["average-deal"])
    H = DealStageHistory
    stage_where: list[ColumnElement[bool]] = [Stage.deleted_at.is_(None)]
    if ctx.q.pipeline_id is not None:
        stage_where.append(Stage.pipeline_id == ctx.q.pipeline_id)
    stage_list = s.execute(select(Stage.id, Pipeline.name, Stage.name).join(Pipeline, Pipeline.id == Stage.pipeline_id)
                           .where(*stage_where)
                           .order_by(Pipeline.is_default.desc(), Pipeline.position, Pipeline.id, Stage.position,
                                     Stage.id)).all()
    # Stays by stage and end over the (stage_id, left_at, ...) index, grouped as they come; deals in the Trash are
    # a small set left out by id, so no deal is looked up unless a filter asks for it.
    stay_where: list[ColumnElement[bool]] = [
        H.stage_id.in_([st[0] for st in stage_list]), ctx.in_period(H.left_at),
        H.deal_id.not_in(select(Deal.id).where(Deal.deleted_at.is_not(None)))]
    if ctx.q.owner_id is not None or ctx.has_deal_filters():
        stay_where.append(H.deal_id.in_(select(Deal.id).where(*ctx.deal_filters())))
    stays = {stage_id: (int(count), avg) for stage_id, count, avg in s.execute(
        select(H.stage_id, func.count(), func.avg(ctx.days_between(H.left_at, H.entered_at)))
        .where(*stay_where).group_by(H.stage_id))}
    rows_sql = [(p, st, *stays[sid]) for sid, p, st in stage_list if sid in stays]
    several = len({r[0] for r in rows_sql}) > 1
    rows = [(f"{p} › {st}" if several else st, int(count), _days(avg)) for p, st, count, avg in rows_sql]
    columns = (_col("stage", "Stage", "text"), _col("stays", "Stays", "int"),
               _col("average_days", "Average days", "days"))
    totals: dict[str, object] = {
        "won_count": n, "average_amount": _money(avg_amount) if n else None,
        "median_amount": _money(median_amount) if median_amount is not None else None,
        "average_cycle_days": _days(avg_cycle) if n else None, "median_cycle_days": _days(median_cycle)}
    return _result(ctx, columns, rows, "bar", [str(r[0]) for r in rows],
                   [Series("Average days", tuple(float(r[2] or 0) for r in rows))], totals, currency, found)


# ---- managers ------------------------------------------------------------------------------------------------------

def _managers(ctx: _Ctx, progress: Progress) -> ReportResult:
    s = ctx.s
    currency, found = ctx.pick_currency()
    where = [*ctx.deal_filters(), Deal.currency == currency]
    figures: dict[int | None, Counter[str]] = defaultdict(Counter)
    won_amount: dict[int | None, Decimal] = defaultdict(Decimal)
    # Owners named in an IN list (and the deals without one apart): the (currency, owner_id, ...) indexes then
    # hand the rows over grouped by owner, with no sort of the period's deals.
    for owner_is in ctx.owner_groups(Deal.owner_id):
        for owner, n in s.execute(select(Deal.owner_id, func.count(Deal.id))
                                  .where(*where, owner_is, ctx.in_period(Deal.created_at)).group_by(Deal.owner_id)):
            figures[owner]["new"] = int(n)
        for owner, status, n, total in s.execute(
                select(Deal.owner_id, Deal.status, func.count(Deal.id), func.sum(Deal.amount))
                .where(*where, owner_is, Deal.status.in_((_WON, _LOST)), ctx.closed_in_period())
                .group_by(Deal.owner_id, Deal.status)):
            figures[owner][status] = int(n)
            if status == _WON:
                won_amount[owner] = _money(total)
    progress.step(1, 3, TITLES["managers"])
    for user, kind, n in _activity_counts(ctx, ctx.lo, ctx.hi):
        figures[user][kind] += n
    # Overdue as on the dashboard: due before today began (a task due this morning is today's, not overdue).
    today = _local_date(ctx.now)
    task_where = [Task.done_at.is_(None), Task.deleted_at.is_(None), Task.due_at < _utc(today)]
    for owner_is in ctx.owner_groups(Task.owner_id):
        for owner, n in s.execute(select(Task.owner_id, func.count(Task.id)).where(*task_where, owner_is)
                                  .group_by(Task.owner_id)):
            figures[owner]["overdue"] = int(n)
    names = ctx.user_names(figures)
    order = sorted(figures, key=lambda o: (-won_amount[o], names.get(o, "").casefold()))
    rows = [(names.get(o, ""), f["new"], f[_WON], won_amount[o], f[_LOST], _pct(f[_WON], f[_WON] + f[_LOST]),
             f["call"], f["meeting"], f["email"], f["overdue"]) for o in order for f in (figures[o],)]
    columns = (_col("owner", "Manager", "text"), _col("new_deals", "New deals", "int"),
               _col("won_count", "Won", "int"), _col("won_amount", "Won amount", "money"),
               _col("lost_count", "Lost", "int"), _col("conversion", "Conversion", "percent"),
               _col("calls", "Calls", "int"), _col("meetings", "Meetings", "int"), _col("emails", "Emails", "int"),
               _col("overdue_tasks", "Overdue tasks", "int"))
    overall = sum(figures.values(), Counter[str]())
    won_n, lost_n = overall[_WON], overall[_LOST]
    totals: dict[str, object] = {
        "new_deals": overall["new"], "won_count": won_n, "won_amount": _money(sum(won_amount.values())),
        "lost_count": lost_n, "conversion": _pct(won_n, won_n + lost_n), "calls": overall["call"],
        "meetings": overall["meeting"], "emails": overall["email"], "overdue_tasks": overall["overdue"]}
    return _result(ctx, columns, rows, "bar", [str(r[0]) for r in rows],
                   [Series("Won amount", tuple(float(won_amount[o]) for o in order))], totals, currency, found)


def _activity_counts(ctx: _Ctx, lo: datetime, hi: datetime) -> list[tuple[int | None, str, int]]:
    """(user, kind, count) of the calls, emails and meetings in [lo, hi); deal filters apply through the deal.

    Users are named in an IN list so the (kind, user_id, occurred_at) index hands the rows over already grouped:
    no sort of a million activities; the rows without a user are counted by a second query on the same index.
    """
    q = ctx.q
    where: list[ColumnElement[bool]] = [Activity.kind.in_(ACTIVITY_KINDS), Activity.occurred_at >= lo,
                                        Activity.occurred_at < hi, Activity.deleted_at.is_(None)]
    if ctx.has_deal_filters():
        where.append(Activity.deal_id.in_(select(Deal.id).where(*ctx.deal_filters())))
    users = [q.owner_id] if q.owner_id is not None else ctx.user_ids()
    rows: list[tuple[int | None, str, int]] = []
    if users:
        rows += [(u, k, int(n)) for k, u, n in ctx.s.execute(
            select(Activity.kind, Activity.user_id, func.count(Activity.id))
            .where(*where, Activity.user_id.in_(users)).group_by(Activity.kind, Activity.user_id))]
    if q.owner_id is None:
        rows += [(None, k, int(n)) for k, n in ctx.s.execute(
            select(Activity.kind, func.count(Activity.id)).where(*where, Activity.user_id.is_(None))
            .group_by(Activity.kind))]
    return rows


# ---- plan ----------------------------------------------------------------------------------------------------------

def _plan(ctx: _Ctx, progress: Progress) -> ReportResult:
    s, q = ctx.s, ctx.q
    plan_where = [SalesPlan.deleted_at.is_(None), SalesPlan.period_start <= q.end, SalesPlan.period_end >= q.start]
    if q.owner_id is not None:
        plan_where.append(SalesPlan.user_id == q.owner_id)
    plans = s.execute(select(SalesPlan.id, SalesPlan.user_id, SalesPlan.period_start, SalesPlan.period_end,
                             SalesPlan.amount, SalesPlan.currency, SalesPlan.deal_count)
                      .where(*plan_where)
                      .order_by(SalesPlan.period_start, SalesPlan.user_id.is_not(None), SalesPlan.id)).all()
    plan_currencies = sorted({p.currency for p in plans})
    currency, found = ctx.pick_currency(plan_currencies)
    others = [p for p in plans if p.currency != currency]
    if others:
        codes = sorted({p.currency for p in others})
        ctx.notes.append(f"Plans in {', '.join(codes)} ({len(others)}) are not shown; choose "
                         f"{codes[0]} to see them.")
    plans = [p for p in plans if p.currency == currency]
    lines: list[_PlanLine] = []
    if plans:
        first = min(p.period_start for p in plans)
        last = max(p.period_end for p in plans)
        where = [*ctx.deal_filters(), Deal.currency == currency]
        # Won deals per owner and day, and open deals' weighted amounts per owner and expected day: a few thousand
        # aggregated rows however many plans there are; each plan sums the days of its own period.
        won: dict[int | None, list[tuple[date, int, Decimal]]] = defaultdict(list)
        for owner, day, n, total in s.execute(
                select(Deal.owner_id, Deal.closed_on, func.count(Deal.id), func.sum(Deal.amount))
                .where(*where, Deal.status == _WON,
                       Deal.closed_on.between(max(first, q.start), min(last, q.end)))
                .group_by(Deal.owner_id, Deal.closed_on)):
            if day is not None:
                won[owner].append((day, int(n), _money(total)))
        progress.step(1, 3, TITLES["plan"])
        # Open amounts per owner, expected day, stage and own probability (closed_on IS NULL lets the status index
        # range over the expected dates); the stage's probability is applied here, to a few thousand sums.
        stage_probability = {r[0]: r[1] for r in s.execute(select(Stage.id, Stage.probability))}
        weighted: dict[int | None, list[tuple[date, float]]] = defaultdict(list)
        for owner, day, stage_id, own, total in s.execute(
                select(Deal.owner_id, Deal.expected_close_on, Deal.stage_id, Deal.probability,
                       func.sum(Deal.amount))
                .where(*where, Deal.status == _OPEN, Deal.closed_on.is_(None),
                       Deal.expected_close_on.between(first, last))
                .group_by(Deal.owner_id, Deal.expected_close_on, Deal.stage_id, Deal.probability)):
            percent = own if own is not None else stage_probability.get(stage_id, 0)
            if day is not None:
                weighted[owner].append((day, float(total or 0) * (percent or 0) / 100.0))
        team = any(p.user_id is None for p in plans)
        owners = {p.user_id for p in plans}
        undated_where = [*where, Deal.status == _OPEN, Deal.expected_close_on.is_(None)]
        if not team:
            undated_where.append(Deal.owner_id.in_([o for o in owners if o is not None]))
        undated = int(s.scalar(select(func.count(Deal.id)).where(*undated_where)) or 0)
        if undated:
            ctx.notes.append(f"Open deals without an expected close date ({undated}) are not in the forecast.")
        names = ctx.user_names(owners)
        for p in plans:
            lo, hi = max(p.period_start, q.start), min(p.period_end, q.end)
            pools = won.values() if p.user_id is None else [won.get(p.user_id, [])]
            actual_n = sum(n for pool in pools for d, n, _ in pool if lo <= d <= hi)
            actual = _money(sum((t for pool in pools for d, _, t in pool if lo <= d <= hi), Decimal(0)))
            expected = weighted.values() if p.user_id is None else [weighted.get(p.user_id, [])]
            ahead = _money(sum(t for pool in expected for d, t in pool if p.period_start <= d <= p.period_end))
            lines.append(_PlanLine("Team" if p.user_id is None else names.get(p.user_id, ""), p.user_id is None,
                                   p.period_start, p.period_end, _money(p.amount), actual, actual + ahead,
                                   int(p.deal_count or 0), actual_n))
    rows = [(ln.who, ln.start, ln.end, ln.amount, ln.actual, _pct(ln.actual, ln.amount), ln.forecast, ln.count,
             ln.actual_count, _pct(ln.actual_count, ln.count)) for ln in lines]
    columns = (_col("owner", "Manager", "text"), _col("period_start", "From", "date"),
               _col("period_end", "To", "date"), _col("plan_amount", "Plan amount", "money"),
               _col("actual_amount", "Actual amount", "money"), _col("fulfilment", "Fulfilment", "percent"),
               _col("forecast", "Forecast", "money"), _col("plan_count", "Plan count", "int"),
               _col("actual_count", "Actual count", "int"), _col("count_fulfilment", "Count fulfilment", "percent"))
    # Team plans are the whole team's target; manager plans add up to it only when there is no team plan.
    headline = [ln for ln in lines if ln.team] or lines
    plan_total = _money(sum(ln.amount for ln in headline))
    actual_total = _money(sum(ln.actual for ln in headline))
    totals: dict[str, object] = {
        "plan_amount": plan_total, "actual_amount": actual_total, "fulfilment": _pct(actual_total, plan_total),
        "forecast": _money(sum(ln.forecast for ln in headline)), "plans": len(lines)}
    series = [Series("Plan", tuple(float(ln.amount) for ln in lines)),
              Series("Actual", tuple(float(ln.actual) for ln in lines)),
              Series("Forecast", tuple(float(ln.forecast) for ln in lines))]
    categories = [f"{ln.who} {_period_label(ln.start, ln.end)}" for ln in lines]
    return _result(ctx, columns, rows, "bar", categories, series, totals, currency, found)


@dataclass(frozen=True)
class _PlanLine:
    who: str
    team: bool
    start: date
    end: date
    amount: Decimal
    actual: Decimal
    forecast: Decimal
    count: int
    actual_count: int


def _period_label(start: date, end: date) -> str:
    if start.day == 1 and end == _add_months(start, 1) - timedelta(days=1):
        return f"{start.year}-{start.month:02d}"
    return f"{start.isoformat()}…{end.isoformat()}"


# ---- sources -------------------------------------------------------------------------------------------------------

def _sources(ctx: _Ctx, progress: Progress) -> ReportResult:
    s, q = ctx.s, ctx.q
    currency, found = ctx.pick_currency()
    where = [*ctx.deal_filters(), Deal.currency == currency]
    # Counts and revenue per source, and per campaign (a campaign's deals also count for their source).
    by_source: dict[int | None, Counter[str]] = defaultdict(Counter)
    by_campaign: dict[int, Counter[str]] = defaultdict(Counter)
    source_revenue: dict[int | None, Decimal] = defaultdict(Decimal)
    campaign_revenue: dict[int, Decimal] = defaultdict(Decimal)
    converted = func.sum(case((Deal.status == _WON, 1), else_=0))
    for source, campaign, n, conv in s.execute(
            select(Deal.lead_source_id, Deal.campaign_id, func.count(Deal.id), converted)
            .where(*where, ctx.in_period(Deal.created_at)).group_by(Deal.lead_source_id, Deal.campaign_id)):
        figures = Counter({"leads": int(n), "converted": int(conv or 0)})
        by_source[source].update(figures)
        if campaign is not None:
            by_campaign[campaign].update(figures)
    progress.step(1, 3, TITLES["sources"])
    for source, campaign, n, total in s.execute(
            select(Deal.lead_source_id, Deal.campaign_id, func.count(Deal.id), func.sum(Deal.amount))
            .where(*where, Deal.status == _WON, ctx.closed_in_period())
            .group_by(Deal.lead_source_id, Deal.campaign_id)):
        by_source[source]["won"] += int(n)
        source_revenue[source] += _money(total)
        if campaign is not None:
            by_campaign[campaign]["won"] += int(n)
            campaign_revenue[campaign] += _money(total)
    for model in (Person, Company):
        contact_where = [model.deleted_at.is_(None), ctx.in_period(model.created_at)]
        if q.owner_id is not None:
            contact_where.append(model.owner_id == q.owner_id)
        if q.lead_source_id is not None:
            contact_where.append(model.lead_source_id == q.lead_source_id)
        for source, n in s.execute(select(model.lead_source_id, func.count(model.id)).where(*contact_where)
                                   .group_by(model.lead_source_id)):
            by_source[source]["contacts"] += int(n)
    source_names: dict[int | None, str] = {None: "No source"}
    source_names.update((r[0], r[1]) for r in s.execute(select(LeadSource.id, LeadSource.name)))
    order = sorted(by_source, key=lambda k: (-source_revenue[k], -by_source[k]["leads"], k is None,
                                             source_names.get(k, "").casefold()))
    rows = [(source_names.get(k, ""), f["leads"], f["contacts"], f["won"], source_revenue[k],
             _pct(f["converted"], f["leads"])) for k in order for f in (by_source[k],)]
    columns = (_col("source", "Lead source", "text"), _col("leads", "Leads", "int"),
               _col("contacts", "New contacts", "int"), _col("won_count", "Won", "int"),
               _col("won_revenue", "Won revenue", "money"), _col("conversion", "Conversion", "percent"))
    campaigns, cost_total, revenue_total = _campaign_table(ctx, by_campaign, campaign_revenue, currency,
                                                           source_names)
    overall = sum(by_source.values(), Counter[str]())
    totals: dict[str, object] = {
        "leads": overall["leads"], "contacts": overall["contacts"], "won_count": overall["won"],
        "won_revenue": _money(sum(source_revenue.values())), "conversion": _pct(overall["converted"],
                                                                                overall["leads"]),
        "campaign_cost": cost_total, "campaign_revenue": revenue_total,
        "campaign_roi": _pct(revenue_total - cost_total, cost_total)}
    series = [Series("Leads", tuple(float(by_source[k]["leads"]) for k in order)),
              Series("Won", tuple(float(by_source[k]["won"]) for k in order))]
    return _result(ctx, columns, rows, "bar", [source_names.get(k, "") for k in order], series, totals, currency,
                   found, {"campaigns": campaigns})


def _campaign_table(ctx: _Ctx, figures: dict[int, Counter[str]], revenues: dict[int, Decimal],
                    currency: str | None, source_names: dict[int | None, str]) -> tuple[ReportTable, Decimal, Decimal]:
    """The campaigns overlapping the period in the report's currency, with their whole cost; the table and the
    total cost and revenue."""
    q = ctx.q
    where = [Campaign.deleted_at.is_(None), or_(Campaign.starts_on.is_(None), Campaign.starts_on <= q.end),
             or_(Campaign.ends_on.is_(None), Campaign.ends_on >= q.start)]
    if q.lead_source_id is not None:
        where.append(Campaign.lead_source_id == q.lead_source_id)
    campaigns = ctx.s.execute(select(Campaign.id, Campaign.name, Campaign.lead_source_id, Campaign.cost,
                                     Campaign.currency).where(*where).order_by(Campaign.name, Campaign.id)).all()
    elsewhere = [c for c in campaigns if c.currency != currency]
    if elsewhere:
        codes = sorted({c.currency for c in elsewhere})
        ctx.notes.append(f"Campaigns in {', '.join(codes)} ({len(elsewhere)}) are not shown; choose "
                         f"{codes[0]} to see them.")
    rows = []
    cost_total = revenue_total = Decimal(0)
    for c in campaigns:
        if c.currency != currency:
            continue
        f = figures.get(c.id, Counter())
        cost, revenue = _money(c.cost), _money(revenues.get(c.id))
        cost_total += cost
        revenue_total += revenue
        rows.append((c.name, source_names.get(c.lead_source_id, "") if c.lead_source_id else "No source", cost,
                     f["leads"], f["won"], revenue, _pct(revenue - cost, cost),
                     _money(cost / f["leads"]) if f["leads"] else None))
    columns = (_col("campaign", "Campaign", "text"), _col("source", "Lead source", "text"),
               _col("cost", "Cost", "money"), _col("leads", "Leads", "int"), _col("won_count", "Won", "int"),
               _col("won_revenue", "Won revenue", "money"), _col("roi", "Return", "percent"),
               _col("cost_per_lead", "Cost per lead", "money"))
    return ReportTable("Campaigns", columns, tuple(rows)), _money(cost_total), _money(revenue_total)


# ---- loss reasons --------------------------------------------------------------------------------------------------

def _loss_reasons(ctx: _Ctx, progress: Progress) -> ReportResult:
    s = ctx.s
    currency, found = ctx.pick_currency()
    where = [*ctx.deal_filters(), Deal.currency == currency, Deal.status == _LOST, ctx.closed_in_period()]
    reasons = s.execute(select(Deal.loss_reason_id, func.count(Deal.id), func.sum(Deal.amount))
                        .where(*where).group_by(Deal.loss_reason_id)).all()
    names: dict[int | None, str] = {None: "No reason"}
    names.update((r[0], r[1]) for r in s.execute(select(LossReason.id, LossReason.name)))
    total = sum(int(n) for _, n, _ in reasons)
    rows = [(names.get(r, ""), int(n), _money(a), _pct(int(n), total)) for r, n, a in reasons]
    rows.sort(key=lambda r: (-r[1], r[0] == "No reason", str(r[0]).casefold()))
    progress.step(1, 3, TITLES["loss-reasons"])
    per_stage = (select(Deal.stage_id, func.count(Deal.id).label("n"), func.sum(Deal.amount).label("a"))
                 .where(*where).group_by(Deal.stage_id).subquery())
    stage_rows = s.execute(select(Pipeline.name, Stage.name, per_stage.c.n, per_stage.c.a)
                           .join(Stage, Stage.id == per_stage.c.stage_id)
                           .join(Pipeline, Pipeline.id == Stage.pipeline_id)
                           .order_by(Pipeline.is_default.desc(), Pipeline.position, Pipeline.id, Stage.position,
                                     Stage.id)).all()
    several = len({r[0] for r in stage_rows}) > 1
    stages = ReportTable("Lost per stage", (
        _col("stage", "Stage", "text"), _col("count", "Count", "int"), _col("amount", "Amount", "money"),
        _col("share", "Share", "percent")),
        tuple((f"{p} › {st}" if several else st, int(n), _money(a), _pct(int(n), total))
              for p, st, n, a in stage_rows))
    columns = (_col("reason", "Reason", "text"), _col("count", "Count", "int"), _col("amount", "Amount", "money"),
               _col("share", "Share", "percent"))
    totals: dict[str, object] = {"lost_count": total, "lost_amount": _money(sum((r[2] for r in rows), Decimal(0)))}
    return _result(ctx, columns, rows, "pie", [r[0] for r in rows],
                   [Series("Count", tuple(float(r[1]) for r in rows))], totals, currency, found,
                   {"stages": stages})


# ---- abc-xyz -------------------------------------------------------------------------------------------------------

def _abc_xyz(ctx: _Ctx, progress: Progress) -> ReportResult:
    s, q = ctx.s, ctx.q
    currency, found = ctx.pick_currency()
    where = [*ctx.deal_filters(), Deal.currency == currency, Deal.status == _WON, ctx.closed_in_period()]
    no_client = int(s.scalar(select(func.count(Deal.id))
                             .where(*where, Deal.company_id.is_(None), Deal.person_id.is_(None))) or 0)
    if no_client:
        ctx.notes.append(f"Won deals without a company or person ({no_client}) are not in this analysis.")
    person_key = case((Deal.company_id.is_(None), Deal.person_id), else_=None)
    month = ctx.month_text(Deal.closed_on)
    per_month = (select(Deal.company_id.label("co"), person_key.label("pe"), month.label("m"),
                        func.sum(Deal.amount).label("r"))
                 .where(*where, or_(Deal.company_id.is_not(None), Deal.person_id.is_not(None)))
                 .group_by(Deal.company_id, person_key, month).subquery())
    # Plain floats out (no Decimal per row): a year of a big base has a hundred thousand clients.
    per_client = (select(per_month.c.co, per_month.c.pe,
                         type_coerce(func.sum(per_month.c.r), Float).label("rev"),
                         type_coerce(func.sum(per_month.c.r * per_month.c.r), Float).label("sq"))
                  .group_by(per_month.c.co, per_month.c.pe).subquery())
    clients = s.execute(select(per_client.c.rev, per_client.c.sq, Company.name, Person.first_name, Person.last_name)
                        .outerjoin(Company, Company.id == per_client.c.co)
                        .outerjoin(Person, Person.id == per_client.c.pe)
                        .order_by(per_client.c.rev.desc(), Company.name, Person.last_name, Person.first_name,
                                  per_client.c.co, per_client.c.pe)).all()
    progress.step(1, 3, TITLES["abc-xyz"])
    months = len(_month_keys(q.start, q.end))
    if months < 3:
        ctx.notes.append("XYZ needs several months to say anything; choose a period of three months or more.")
    revenue_total = sum(r[0] or 0.0 for r in clients)
    scale = 100.0 / revenue_total if revenue_total else 0.0
    cells: dict[str, list[str]] = {cell: [] for cell in CELLS}
    client_rows = []
    running = 0.0
    # A hair of tolerance: float sums must not push an exactly-on-the-limit client into the next class.
    x_limit, y_limit = XYZ_LIMITS[0] + 1e-9, XYZ_LIMITS[1] + 1e-9
    sqrt = math.sqrt
    for rev, sq, company, first, last in clients:
        rev = rev or 0.0
        share_before = running * scale
        running += rev
        abc = "A" if share_before < ABC_LIMITS[0] else "B" if share_before < ABC_LIMITS[1] else "C"
        mean = rev / months
        variance = (sq or 0.0) / months - mean * mean
        cv = sqrt(variance) / mean * 100.0 if mean > 0 and variance > 0 else 0.0
        xyz = "X" if cv <= x_limit else "Y" if cv <= y_limit else "Z"
        name = company or _person_name(first, last)
        cells[abc + xyz].append(name)
        client_rows.append((name, _cents(rev), round(rev * scale, 1), round(running * scale, 1), abc, round(cv, 1),
                            xyz))
    rows = [(a, len(cells[a + "X"]), len(cells[a + "Y"]), len(cells[a + "Z"])) for a in "ABC"] if clients else []
    columns = (_col("class", "Class", "text"), _col("X", "X", "int"), _col("Y", "Y", "int"), _col("Z", "Z", "int"))
    client_table = ReportTable("Clients", (
        _col("client", "Client", "text"), _col("revenue", "Revenue", "money"), _col("share", "Share", "percent"),
        _col("cumulative", "Cumulative share", "percent"), _col("abc", "ABC", "text"),
        _col("cv", "Variation", "percent"), _col("xyz", "XYZ", "text")), tuple(client_rows))
    totals: dict[str, object] = {"clients": len(client_rows), "revenue": _money(revenue_total), "months": months,
                                 **{cell: len(cells[cell]) for cell in CELLS}}
    return _result(ctx, columns, rows, "matrix", CELLS if clients else (),
                   [Series("Clients", tuple(float(len(cells[c])) for c in CELLS))] if clients else [], totals,
                   currency, found,
                   {"cells": {c: tuple(v) for c, v in cells.items()}, "clients": client_table})


# ---- activity ------------------------------------------------------------------------------------------------------

def _activity(ctx: _Ctx, progress: Progress) -> ReportResult:
    q = ctx.q
    gran = resolve_granularity(q)
    keys = bucket_keys(q.start, q.end, gran)
    per_bucket = {k: dict.fromkeys(ACTIVITY_KINDS, 0) for k in keys}
    per_owner: dict[int | None, dict[str, int]] = defaultdict(lambda: dict.fromkeys(ACTIVITY_KINDS, 0))
    for key, lo, hi in ctx.buckets(gran):
        for user, kind, n in _activity_counts(ctx, lo, hi):
            per_bucket[key][kind] += n
            per_owner[user][kind] += n
    progress.step(1, 3, TITLES["activity"])
    if not any(any(c.values()) for c in per_bucket.values()):
        keys = []
    rows = [(k, per_bucket[k]["call"], per_bucket[k]["email"], per_bucket[k]["meeting"],
             sum(per_bucket[k].values())) for k in keys]
    names = ctx.user_names(per_owner)
    owner_rows = sorted(((names.get(o, ""), c["call"], c["email"], c["meeting"], sum(c.values()))
                         for o, c in per_owner.items()), key=lambda r: (-r[4], str(r[0]).casefold()))
    count_columns = (_col("calls", "Calls", "int"), _col("emails", "Emails", "int"),
                     _col("meetings", "Meetings", "int"), _col("total", "Total", "int"))
    columns = (_col("bucket", "Period", "text"), *count_columns)
    owners = ReportTable("Per manager", (_col("owner", "Manager", "text"), *count_columns), tuple(owner_rows))
    totals: dict[str, object] = {"calls": sum(r[1] for r in rows), "emails": sum(r[2] for r in rows),
                                 "meetings": sum(r[3] for r in rows), "total": sum(r[4] for r in rows),
                                 "granularity": gran}
    series = [Series(label, tuple(float(r[i]) for r in rows))
              for i, label in ((1, "Calls"), (2, "Emails"), (3, "Meetings"))]
    return _result(ctx, columns, rows, "stacked-bar", keys, series, totals, extra={"per_owner": owners})


_BUILDERS: dict[str, Callable[[_Ctx, Progress], ReportResult]] = {
    "funnel": _funnel, "won-lost": _won_lost, "average-deal": _average_deal, "managers": _managers,
    "plan": _plan, "sources": _sources, "loss-reasons": _loss_reasons, "abc-xyz": _abc_xyz, "activity": _activity,
}


# ---- dashboard helpers -----------------------------------------------------------------------------------------

def _task_items(s: Session, where: Sequence[ColumnElement[bool]], newest_first: bool = False) -> tuple[TaskItem, ...]:
    order = (Task.due_at.desc(), Task.id.desc()) if newest_first else (Task.due_at, Task.id)
    rows = s.execute(select(Task.id, Task.title, Task.kind, Task.due_at, Task.owner_id, User.full_name, User.login,
                            Task.deal_id, Task.person_id, Task.company_id, Deal.title, Person.first_name,
                            Person.last_name, Company.name)
                     .outerjoin(User, User.id == Task.owner_id)
                     .outerjoin(Deal, Deal.id == Task.deal_id)
                     .outerjoin(Person, Person.id == Task.person_id)
                     .outerjoin(Company, Company.id == Task.company_id)
                     .where(*where).order_by(*order).limit(DASHBOARD_LIST)).all()
    return tuple(TaskItem(r[0], r[1], r[2], r[3], _name(r[5], r[6]) if r[4] is not None else "", r[7], r[8], r[9],
                          r[10] or _person_name(r[11], r[12]) or r[13] or "") for r in rows)


def _attention(s: Session, now: datetime) -> tuple[tuple[DealItem, ...], int]:
    has_task = (select(Task.id).where(Task.deal_id == Deal.id, Task.done_at.is_(None), Task.deleted_at.is_(None))
                .exists())
    # Whole days in the stage above the limit, as the board counts them (a card turns red the day after): one
    # cut-off time per stage, so each deal is a comparison of stored timestamps, no date arithmetic per row.
    limits = s.execute(select(Stage.id, Stage.rotting_days).where(Stage.rotting_days.is_not(None))).all()
    rotting = or_(false(), *(and_(Deal.stage_id == stage_id,
                                  Deal.stage_entered_at <= now - timedelta(days=(days or 0) + 1))
                             for stage_id, days in limits))
    where = (Deal.status == _OPEN, Deal.deleted_at.is_(None), or_(rotting, ~has_task))
    count = int(s.scalar(select(func.count(Deal.id)).where(*where)) or 0)
    rows = s.execute(select(Deal.id, Deal.title, Deal.amount, Deal.currency, Deal.stage_entered_at, Stage.name,
                            Deal.owner_id, User.full_name, User.login, Company.name, Person.first_name,
                            Person.last_name, case((rotting, 1), else_=0), case((has_task, 1), else_=0))
                     .join(Stage, Stage.id == Deal.stage_id)
                     .outerjoin(User, User.id == Deal.owner_id)
                     .outerjoin(Company, Company.id == Deal.company_id)
                     .outerjoin(Person, Person.id == Deal.person_id)
                     .where(*where).order_by(Deal.stage_entered_at, Deal.id).limit(DASHBOARD_LIST)).all()
    items = tuple(DealItem(r[0], r[1], r[9] or _person_name(r[10], r[11]), _money(r[2]), r[3], r[5],
                           _name(r[7], r[8]) if r[6] is not None else "", max(0, (now - r[4]).days), bool(r[12]),
                           bool(r[13])) for r in rows)
    return items, count


def _month_plan(s: Session, first: date, last: date) -> dict[str, Decimal]:
    """Team plans overlapping the month, prorated by the days they share with it; manager plans when no team
    plan exists."""
    plans = s.execute(select(SalesPlan.user_id, SalesPlan.period_start, SalesPlan.period_end, SalesPlan.amount,
                             SalesPlan.currency)
                      .where(SalesPlan.deleted_at.is_(None), SalesPlan.period_start <= last,
                             SalesPlan.period_end >= first)).all()
    chosen = [p for p in plans if p.user_id is None] or plans
    totals: dict[str, Decimal] = {}
    for p in chosen:
        days = (p.period_end - p.period_start).days + 1
        shared = (min(p.period_end, last) - max(p.period_start, first)).days + 1
        amount = _money(p.amount) if shared >= days else _money(Decimal(p.amount) * shared / days)
        totals[p.currency] = totals.get(p.currency, Decimal(0)) + amount
    return dict(sorted(totals.items()))


def _funnel_snapshot(s: Session) -> tuple[tuple[str, int, dict[str, Decimal]], ...]:
    pipeline_id = s.scalar(select(Pipeline.id).where(Pipeline.deleted_at.is_(None))
                           .order_by(Pipeline.is_default.desc(), Pipeline.position, Pipeline.id).limit(1))
    if pipeline_id is None:
        return ()
    stages = s.execute(select(Stage.id, Stage.name).where(Stage.pipeline_id == pipeline_id,
                                                          Stage.deleted_at.is_(None))
                       .order_by(Stage.position, Stage.id)).all()
    counts: dict[int, int] = defaultdict(int)
    sums: dict[int, dict[str, Decimal]] = defaultdict(dict)
    for stage_id, cur, n, total in s.execute(
            select(Deal.stage_id, Deal.currency, func.count(Deal.id), func.sum(Deal.amount))
            .where(Deal.pipeline_id == pipeline_id, Deal.status == _OPEN, Deal.deleted_at.is_(None))
            .group_by(Deal.stage_id, Deal.currency).order_by(Deal.currency)):
        counts[stage_id] += int(n)
        sums[stage_id][cur] = _money(total)
    return tuple((name, counts.get(sid, 0), dict(sums.get(sid, {}))) for sid, name in stages)


def _recent(s: Session) -> tuple[ActivityItem, ...]:
    rows = s.execute(select(Activity.id, Activity.kind, Activity.occurred_at, Activity.subject, Activity.user_id,
                            User.full_name, User.login, Activity.deal_id, Activity.person_id, Activity.company_id,
                            Deal.title, Person.first_name, Person.last_name, Company.name)
                     .outerjoin(User, User.id == Activity.user_id)
                     .outerjoin(Deal, Deal.id == Activity.deal_id)
                     .outerjoin(Person, Person.id == Activity.person_id)
                     .outerjoin(Company, Company.id == Activity.company_id)
                     .where(Activity.deleted_at.is_(None))
                     .order_by(Activity.occurred_at.desc(), Activity.id.desc()).limit(RECENT_ACTIVITIES)).all()
    return tuple(ActivityItem(r[0], r[1], r[2], r[3] or "", _name(r[5], r[6]) if r[4] is not None else "", r[7],
                              r[8], r[9], r[10] or _person_name(r[11], r[12]) or r[13] or "") for r in rows)


__all__ = [
    "ABC_LIMITS", "CELLS", "GRANULARITIES", "PERIODS", "REPORTS", "TITLES", "XYZ_LIMITS", "ActivityItem", "Column",
    "Dashboard", "DealItem", "ReportOptions", "ReportQuery", "ReportResult", "ReportService", "ReportTable",
    "Series", "TaskItem", "bucket_key", "bucket_keys", "period", "resolve_granularity",
]
