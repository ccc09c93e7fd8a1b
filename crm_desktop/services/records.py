"""Plain-data listings of contacts, companies, deals and tasks, for the command line and simple lists."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from crm_desktop.db.database import Database
from crm_desktop.errors import ValidationError
from crm_desktop.models import Company, ContactChannel, Deal, Person, Pipeline, Stage, Task, User

LIST_KINDS = ("contacts", "companies", "deals", "tasks")


@dataclass(frozen=True)
class ContactRow:
    id: int
    uuid: str
    name: str
    company: str | None
    position: str | None
    status: str
    city: str | None
    email: str | None
    phone: str | None
    owner: str | None


@dataclass(frozen=True)
class CompanyRow:
    id: int
    uuid: str
    name: str
    legal_name: str | None
    tax_id: str | None
    industry: str | None
    city: str | None
    status: str
    owner: str | None


@dataclass(frozen=True)
class DealRow:
    id: int
    uuid: str
    title: str
    amount: str
    currency: str
    pipeline: str
    stage: str
    status: str
    company: str | None
    person: str | None
    owner: str | None
    expected_close_on: date | None
    closed_on: date | None


@dataclass(frozen=True)
class TaskRow:
    id: int
    uuid: str
    kind: str
    title: str
    due_at: datetime | None
    all_day: bool
    done: bool
    owner: str | None
    company: str | None
    person: str | None
    deal: str | None


Row = ContactRow | CompanyRow | DealRow | TaskRow


def _first_channel(kind: str) -> Any:
    return (
        select(ContactChannel.value)
        .where(ContactChannel.person_id == Person.id, ContactChannel.kind == kind)
        .order_by(ContactChannel.is_primary.desc(), ContactChannel.position)
        .limit(1)
        .scalar_subquery()
    )


def _rows(result: Iterable[Any]) -> list[Any]:
    """Rows as plain tuples (the listings have more columns than SQLAlchemy's typed tuples describe)."""
    return [tuple(r) for r in result]


def list_records(db: Database, kind: str, limit: int = 50) -> list[Row]:
    """The newest `limit` records of a kind (deleted ones excluded)."""
    if kind not in LIST_KINDS:
        raise ValidationError(f"Unknown list '{kind}'; choose one of: {', '.join(LIST_KINDS)}.")
    if limit < 1:
        raise ValidationError("--limit must be 1 or more.")
    with db.session(write=False) as s:
        if kind == "contacts":
            stmt = (
                select(Person.id, Person.uuid, Person.first_name, Person.last_name, Company.name,
                       Person.position, Person.status, Person.city, _first_channel("email"),
                       _first_channel("phone"), User.full_name)
                .outerjoin(Company, Company.id == Person.company_id)
                .outerjoin(User, User.id == Person.owner_id)
                .where(Person.deleted_at.is_(None))
                .order_by(Person.id.desc())
                .limit(limit)
            )
            return [
                ContactRow(r[0], r[1], f"{r[2]} {r[3]}".strip(), r[4], r[5], r[6], r[7], r[8], r[9], r[10])
                for r in _rows(s.execute(stmt))
            ]
        if kind == "companies":
            stmt = (
                select(Company.id, Company.uuid, Company.name, Company.legal_name, Company.tax_id,
                       Company.industry, Company.city, Company.status, User.full_name)
                .outerjoin(User, User.id == Company.owner_id)
                .where(Company.deleted_at.is_(None))
                .order_by(Company.id.desc())
                .limit(limit)
            )
            return [CompanyRow(*r) for r in _rows(s.execute(stmt))]
        if kind == "deals":
            person = aliased(Person)
            stmt = (
                select(Deal.id, Deal.uuid, Deal.title, Deal.amount, Deal.currency, Pipeline.name, Stage.name,
                       Deal.status, Company.name, person.first_name, person.last_name, User.full_name,
                       Deal.expected_close_on, Deal.closed_on)
                .join(Pipeline, Pipeline.id == Deal.pipeline_id)
                .join(Stage, Stage.id == Deal.stage_id)
                .outerjoin(Company, Company.id == Deal.company_id)
                .outerjoin(person, person.id == Deal.person_id)
                .outerjoin(User, User.id == Deal.owner_id)
                .where(Deal.deleted_at.is_(None))
                .order_by(Deal.id.desc())
                .limit(limit)
            )
            return [
                DealRow(r[0], r[1], r[2], f"{r[3]:.2f}", r[4], r[5], r[6], r[7], r[8],
                        f"{r[9]} {r[10]}".strip() if r[9] is not None else None, r[11], r[12], r[13])
                for r in _rows(s.execute(stmt))
            ]
        person = aliased(Person)
        stmt = (
            select(Task.id, Task.uuid, Task.kind, Task.title, Task.due_at, Task.all_day, Task.done_at,
                   User.full_name, Company.name, person.first_name, person.last_name, Deal.title)
            .outerjoin(User, User.id == Task.owner_id)
            .outerjoin(Company, Company.id == Task.company_id)
            .outerjoin(person, person.id == Task.person_id)
            .outerjoin(Deal, Deal.id == Task.deal_id)
            .where(Task.deleted_at.is_(None))
            .order_by(Task.id.desc())
            .limit(limit)
        )
        return [
            TaskRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6] is not None, r[7], r[8],
                    f"{r[9]} {r[10]}".strip() if r[9] is not None else None, r[11])
            for r in _rows(s.execute(stmt))
        ]
