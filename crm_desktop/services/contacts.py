"""People and companies: cards, typed channels with per-value checks, tags, owners, the timeline, the Trash and
export of a selection. Qt-free; every method is one user action (one transaction)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import phonenumbers
from sqlalchemy import Table, delete, exists, func, insert, or_, select, union_all, update
from sqlalchemy.orm import Session

from crm_desktop.db import search_index
from crm_desktop.db.database import Database
from crm_desktop.errors import ConflictError, NotFoundError, ValidationError
from crm_desktop.models import (
    Activity,
    ActivityKind,
    Attachment,
    ChangeAction,
    ChangeLog,
    Company,
    ContactChannel,
    ContactStatus,
    CustomFieldDefinition,
    CustomFieldValue,
    Deal,
    Document,
    EntityKind,
    FieldType,
    LeadSource,
    Person,
    Stage,
    Tag,
    Task,
    User,
    company_tags,
    person_tags,
    utcnow,
)
from crm_desktop.services import exports
from crm_desktop.services.custom_fields import checked_values, live_definitions, log_text, read_value, write_value
from crm_desktop.services.pipeline import AttachmentInfo, DocumentInfo, attachment_info
from crm_desktop.services.progress import NO_PROGRESS, Progress

KINDS = ("person", "company")
CHANNEL_KINDS = ("phone", "email", "messenger")
CHANNEL_LABELS = {
    "phone": ("work", "mobile", "home", "fax", "other"),
    "email": ("work", "personal", "other"),
    "messenger": ("telegram", "whatsapp", "signal", "viber", "skype", "wechat", "other"),
}
ROLE_SUGGESTIONS = ("director", "chief accountant", "accountant", "lawyer", "secretary", "purchasing manager",
                    "sales manager", "it manager", "chief engineer", "engineer", "owner")
STATUSES = tuple(s.value for s in ContactStatus)
_EXPORT_KINDS = {"person": "contacts", "company": "companies"}

_CHUNK = 500          # ids per IN (...) list: SQLite limits the number of bound parameters
_EMAIL_LOCAL_BAD = re.compile(r'[\s()<>\[\]:;,\\"]')
_DOMAIN_LABEL = re.compile(r"^[^\W_](?:(?:[^\W_]|-)*[^\W_])?$")
_COUNTRY = re.compile(r"[A-Z]{2}")
_COLOR = re.compile(r"#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?")


@dataclass(frozen=True)
class ChannelInput:
    kind: str               # phone | email | messenger
    value: str              # as typed
    label: str = "work"
    is_primary: bool = False


@dataclass(frozen=True)
class ChannelInfo:
    id: int
    kind: str
    label: str
    value: str
    normalized: str
    is_primary: bool
    problem: str | None     # why the value looks wrong, for the field; None when fine


@dataclass(frozen=True)
class PersonInput:
    first_name: str = ""
    last_name: str = ""
    middle_name: str | None = None
    position: str | None = None
    company_id: int | None = None
    company_role: str | None = None
    birthday: date | None = None
    address: str | None = None
    city: str | None = None
    country: str | None = None          # ISO 3166 alpha-2; also the region of phones typed without '+'
    status: str = ContactStatus.LEAD.value
    lead_source_id: int | None = None
    owner_id: int | None = None
    notes: str | None = None
    channels: tuple[ChannelInput, ...] = ()
    tag_ids: tuple[int, ...] = ()
    custom: Mapping[int, object] | None = None     # custom field definition id -> value; None = leave unchanged
    language: str | None = None


@dataclass(frozen=True)
class CompanyInput:
    name: str = ""
    legal_name: str | None = None
    tax_id: str | None = None
    registration_no: str | None = None
    industry: str | None = None
    website: str | None = None
    legal_address: str | None = None
    postal_address: str | None = None
    city: str | None = None
    country: str | None = None
    bank_details: str | None = None
    founded_on: date | None = None
    status: str = ContactStatus.LEAD.value
    lead_source_id: int | None = None
    owner_id: int | None = None
    notes: str | None = None
    channels: tuple[ChannelInput, ...] = ()
    tag_ids: tuple[int, ...] = ()
    custom: Mapping[int, object] | None = None


TagRef = tuple[int, str, str]   # (id, name, color)


@dataclass(frozen=True)
class PersonDetail:
    """What the person card shows; `input` saved back unchanged changes nothing."""

    id: int
    uuid: str
    version: int
    input: PersonInput      # custom holds the filled-in fields
    channels: tuple[ChannelInfo, ...]
    company_name: str
    owner_name: str
    lead_source_name: str
    tags: tuple[TagRef, ...]
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    last_activity_at: datetime | None

    @property
    def name(self) -> str:
        return person_name(self.input.first_name, self.input.last_name)


@dataclass(frozen=True)
class CompanyPerson:
    id: int
    name: str
    position: str | None
    role: str | None
    phone: str              # the primary phone as typed, "" when none
    email: str


@dataclass(frozen=True)
class CompanyDetail:
    """What the company card shows."""

    id: int
    uuid: str
    version: int
    input: CompanyInput
    channels: tuple[ChannelInfo, ...]
    owner_name: str
    lead_source_name: str
    tags: tuple[TagRef, ...]
    people: tuple[CompanyPerson, ...]
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    last_activity_at: datetime | None

    @property
    def name(self) -> str:
        return self.input.name


@dataclass(frozen=True)
class SaveResult:
    id: int
    version: int
    problems: tuple[str, ...]     # channel problems that did not block saving, each naming its value
    # The values before the save (None on create): undo calls update_*(id, previous, expected_version=version).
    previous: PersonInput | CompanyInput | None


@dataclass(frozen=True)
class TimelineEntry:
    id: int
    kind: str               # an ActivityKind value; "task_done" for completed tasks
    occurred_at: datetime
    subject: str
    body: str | None
    outcome: str | None
    user_name: str
    person_id: int | None
    person_name: str
    deal_id: int | None
    deal_title: str
    source: str             # "activity" | "task" (a completed task with its result)


@dataclass(frozen=True)
class RelatedDeal:
    id: int
    title: str
    stage_name: str
    status: str
    amount: Decimal
    currency: str


@dataclass(frozen=True)
class RelatedTask:
    id: int
    kind: str
    title: str
    due_at: datetime | None
    done_at: datetime | None
    result: str | None


@dataclass(frozen=True)
class TrashItem:
    kind: str
    id: int
    name: str
    deleted_at: datetime


class EditConflict(ConflictError):
    """A save refused because the record changed since it was opened; carries both values of what differs."""

    def __init__(self, message: str, theirs: PersonDetail | CompanyDetail,
                 fields: tuple[tuple[str, object, object], ...]) -> None:
        super().__init__(message)
        self.theirs = theirs
        self.fields = fields     # (field, their value, your value) of every field that differs


def person_name(first: str | None, last: str | None) -> str:
    return " ".join(p for p in (first, last) if p) or "?"


@dataclass(frozen=True)
class _Channel:
    kind: str
    label: str
    value: str
    normalized: str
    is_primary: bool
    problem: str | None


_PERSON_FIELDS = ("first_name", "middle_name", "last_name", "position", "company_id", "company_role", "birthday",
                  "address", "city", "country", "language", "status", "lead_source_id", "owner_id", "notes")
_COMPANY_FIELDS = ("name", "legal_name", "tax_id", "registration_no", "industry", "website", "legal_address",
                   "postal_address", "city", "country", "bank_details", "founded_on", "status", "lead_source_id",
                   "owner_id", "notes")
_FIELD_LABELS = {
    "first_name": "first name", "middle_name": "middle name", "last_name": "last name", "company_role": "role",
    "legal_name": "legal name", "tax_id": "tax id", "registration_no": "registration number",
    "legal_address": "legal address", "postal_address": "postal address", "bank_details": "bank details",
}


class ContactService:
    """Use cases of the Contacts panel and the person and company cards."""

    def __init__(self, db: Database, user_id: int | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        self.db = db
        self.user_id = user_id
        self._clock = clock or utcnow

    # ---- channels ----------------------------------------------------------------------------------------------

    def validate_channel(self, kind: str, value: str, country: str | None = None) -> tuple[str, str | None]:
        """(normalized, problem or None) of one typed value; `country` is the region of phones without '+'."""
        return check_channel(kind, value, country)

    # ---- people ------------------------------------------------------------------------------------------------

    def create_person(self, data: PersonInput) -> SaveResult:
        with self.db.session() as s:
            return self.create_person_in(s, data)

    def create_person_in(self, s: Session, data: PersonInput) -> SaveResult:
        """create_person inside the caller's transaction (an import writes many people in one)."""
        clean = self._clean_person(s, data, None)
        channels, problems = _checked_channels(clean.channels, self._person_region(s, clean))
        _refuse_unreachable(person_name(clean.first_name, clean.last_name), channels)
        now = self._clock()
        values = {f: getattr(clean, f) for f in _PERSON_FIELDS}
        person = Person(**values, birthday_md=_birthday_md(clean.birthday), created_at=now, updated_at=now)
        s.add(person)
        s.flush()
        _save_channels(s, "person", person.id, channels)
        _set_tags(s, "person", person.id, clean.tag_ids)
        if clean.custom:
            self._save_custom(s, EntityKind.PERSON, person.id, person.uuid, clean.custom)
        self._log(s, "persons", person.id, person.uuid, ChangeAction.INSERT, "name", None,
                  person_name(person.first_name, person.last_name))
        search_index.reindex(s, person_ids=[person.id])
        return SaveResult(person.id, person.version, problems, None)

    def update_person(self, person_id: int, data: PersonInput, expected_version: int) -> SaveResult:
        """Save the whole input. A stale `expected_version` raises EditConflict with both values of each
        differing field; nothing is written then."""
        with self.db.session() as s:
            return self.update_person_in(s, person_id, data, expected_version)

    def update_person_in(self, s: Session, person_id: int, data: PersonInput, expected_version: int) -> SaveResult:
        """update_person inside the caller's transaction."""
        person = _live(s, Person, person_id)
        if person.version != expected_version:
            theirs = self._person_detail(s, person)
            raise EditConflict(
                f"'{theirs.name}' was changed by someone else after you opened the card. Compare both values "
                "of each field, then save your version again or keep theirs.",
                theirs, _differences(theirs.input, data))
        clean = self._clean_person(s, data, person.company_id)
        channels, problems = _checked_channels(clean.channels, self._person_region(s, clean))
        _refuse_unreachable(person_name(clean.first_name, clean.last_name), channels)
        previous = self._person_input(s, person, all_custom=True)
        changed = self._apply_fields(s, person, "persons", _PERSON_FIELDS, clean)
        if person.birthday_md != _birthday_md(person.birthday):
            person.birthday_md = _birthday_md(person.birthday)
        if self._update_links(s, "person", person.id, person.uuid, channels, clean.tag_ids, clean.custom) and (
                not changed):
            # Channels, tags and custom values live in other tables: the version must still move on.
            person.updated_at = self._clock()
        s.flush()
        search_index.reindex(s, person_ids=[person.id])
        return SaveResult(person.id, person.version, problems, previous)

    def get_person_in(self, s: Session, person_id: int) -> PersonInput:
        """The stored values of a live person, inside the caller's transaction (custom fields left unchanged)."""
        return replace(self._person_input(s, _live(s, Person, person_id)), custom=None)

    def get_person(self, person_id: int) -> PersonDetail:
        """Also for a person in the Trash."""
        with self.db.session(write=False) as s:
            return self._person_detail(s, _row(s, Person, person_id))

    # ---- companies ---------------------------------------------------------------------------------------------

    def create_company(self, data: CompanyInput) -> SaveResult:
        with self.db.session() as s:
            return self.create_company_in(s, data)

    def create_company_in(self, s: Session, data: CompanyInput) -> SaveResult:
        """create_company inside the caller's transaction."""
        clean = self._clean_company(s, data)
        channels, problems = _checked_channels(clean.channels, clean.country)
        _refuse_unreachable(clean.name, channels)
        now = self._clock()
        company = Company(**{f: getattr(clean, f) for f in _COMPANY_FIELDS}, created_at=now, updated_at=now)
        s.add(company)
        s.flush()
        _save_channels(s, "company", company.id, channels)
        _set_tags(s, "company", company.id, clean.tag_ids)
        if clean.custom:
            self._save_custom(s, EntityKind.COMPANY, company.id, company.uuid, clean.custom)
        self._log(s, "companies", company.id, company.uuid, ChangeAction.INSERT, "name", None, company.name)
        search_index.reindex(s, company_ids=[company.id])
        return SaveResult(company.id, company.version, problems, None)

    def update_company(self, company_id: int, data: CompanyInput, expected_version: int) -> SaveResult:
        """Save the whole input; a stale `expected_version` raises EditConflict. A new name is re-indexed with the
        company's people, who are found by their company's name."""
        with self.db.session() as s:
            return self.update_company_in(s, company_id, data, expected_version)

    def update_company_in(self, s: Session, company_id: int, data: CompanyInput,
                          expected_version: int) -> SaveResult:
        """update_company inside the caller's transaction (an import updates many companies in one)."""
        company = _live(s, Company, company_id)
        if company.version != expected_version:
            theirs = self._company_detail(s, company)
            raise EditConflict(
                f"'{company.name}' was changed by someone else after you opened the card. Compare both "
                "values of each field, then save your version again or keep theirs.",
                theirs, _differences(theirs.input, data))
        clean = self._clean_company(s, data)
        channels, problems = _checked_channels(clean.channels, clean.country)
        _refuse_unreachable(clean.name, channels)
        previous = self._company_input(s, company, all_custom=True)
        renamed = company.name != clean.name
        changed = self._apply_fields(s, company, "companies", _COMPANY_FIELDS, clean)
        if self._update_links(s, "company", company.id, company.uuid, channels, clean.tag_ids,
                              clean.custom) and not changed:
            company.updated_at = self._clock()
        s.flush()
        people = _company_person_ids(s, company.id) if renamed else []
        search_index.reindex(s, company_ids=[company.id], person_ids=people)
        return SaveResult(company.id, company.version, problems, previous)

    def get_company_in(self, s: Session, company_id: int) -> CompanyInput:
        """The stored values of a live company, inside the caller's transaction (custom fields left unchanged)."""
        return replace(self._company_input(s, _live(s, Company, company_id)), custom=None)

    def get_company(self, company_id: int) -> CompanyDetail:
        """Also for a company in the Trash."""
        with self.db.session(write=False) as s:
            return self._company_detail(s, _row(s, Company, company_id))

    def company_people(self, company_id: int) -> list[CompanyPerson]:
        """The company's people (not those in the Trash) by last and first name."""
        with self.db.session(write=False) as s:
            _row(s, Company, company_id)
            return _company_people(s, company_id)

    # ---- what the cards show beside the record ----------------------------------------------------------------

    def related_deals(self, kind: str, entity_id: int) -> list[RelatedDeal]:
        """Open deals first, then the latest; a company's include the deals of its people."""
        with self.db.session(write=False) as s:
            scope = _scope(s, kind, entity_id, Deal.person_id, Deal.company_id)
            rows = s.execute(select(Deal.id, Deal.title, Stage.name, Deal.status, Deal.amount, Deal.currency)
                             .join(Stage, Stage.id == Deal.stage_id)
                             .where(scope, Deal.deleted_at.is_(None))
                             .order_by((Deal.status != "open"), Deal.created_at.desc(), Deal.id.desc())).all()
            return [RelatedDeal(r[0], r[1], r[2], r[3], Decimal(r[4] or 0), r[5]) for r in rows]

    def related_tasks(self, kind: str, entity_id: int) -> list[RelatedTask]:
        """Open tasks by due time (undated last), then done ones, the latest first."""
        with self.db.session(write=False) as s:
            scope = _scope(s, kind, entity_id, Task.person_id, Task.company_id)
            is_open = Task.done_at.is_(None)
            tasks = s.execute(select(Task.id, Task.kind, Task.title, Task.due_at, Task.done_at, Task.result)
                              .where(scope, Task.deleted_at.is_(None))
                              .order_by(~is_open, is_open & Task.due_at.is_(None), Task.due_at,
                                        Task.done_at.desc(), Task.id)).all()
            return [RelatedTask(*t) for t in tasks]

    def related_documents(self, kind: str, entity_id: int) -> list[DocumentInfo]:
        with self.db.session(write=False) as s:
            scope = _scope(s, kind, entity_id, Document.person_id, Document.company_id)
            return [DocumentInfo(d.id, d.title or d.template, d.template, d.number, d.created_at, Path(d.file_path))
                    for d in s.scalars(select(Document).where(scope, Document.deleted_at.is_(None))
                                       .order_by(Document.created_at.desc(), Document.id.desc()))]

    def related_attachments(self, kind: str, entity_id: int) -> list[AttachmentInfo]:
        with self.db.session(write=False) as s:
            scope = _scope(s, kind, entity_id, Attachment.person_id, Attachment.company_id)
            return [attachment_info(a) for a in s.scalars(
                select(Attachment).where(scope, Attachment.deleted_at.is_(None))
                .order_by(Attachment.created_at.desc(), Attachment.id.desc()))]

    # ---- timeline ----------------------------------------------------------------------------------------------

    def timeline(self, kind: str, entity_id: int, kinds: Collection[str] | None = None,
                 limit: int = 500) -> list[TimelineEntry]:
        """Activities and completed tasks, newest first; `kinds` keeps only those ActivityKind values ("task_done"
        covers completed tasks). A company's timeline holds its people's entries too."""
        with self.db.session(write=False) as s:
            wanted = None if kinds is None else set(kinds)
            entries: list[TimelineEntry] = []
            scope = _scope(s, kind, entity_id, Activity.person_id, Activity.company_id)
            stmt = (select(Activity.id, Activity.kind, Activity.occurred_at, Activity.subject, Activity.body,
                           Activity.outcome, User.full_name, User.login, Activity.person_id, Person.first_name,
                           Person.last_name, Activity.deal_id, Deal.title)
                    .outerjoin(User, User.id == Activity.user_id)
                    .outerjoin(Person, Person.id == Activity.person_id)
                    .outerjoin(Deal, Deal.id == Activity.deal_id)
                    .where(scope, Activity.deleted_at.is_(None))
                    .order_by(Activity.occurred_at.desc(), Activity.id.desc()).limit(limit))
            if wanted is not None:
                stmt = stmt.where(Activity.kind.in_(wanted))
            for r in s.execute(stmt):
                entries.append(TimelineEntry(r[0], r[1], r[2], r[3] or "", r[4], r[5], r[6] or r[7] or "", r[8],
                                             _name_or_blank(r[8], r[9], r[10]), r[11], r[12] or "", "activity"))
            if wanted is None or ActivityKind.TASK_DONE.value in wanted:
                task_scope = _scope(s, kind, entity_id, Task.person_id, Task.company_id)
                # A task completed through the funnel also wrote a task_done activity: show it once.
                logged = exists().where(Activity.task_id == Task.id, Activity.deleted_at.is_(None))
                tasks = (select(Task.id, Task.done_at, Task.title, Task.result, User.full_name, User.login,
                                Task.person_id, Person.first_name, Person.last_name, Task.deal_id, Deal.title)
                         .outerjoin(User, User.id == Task.owner_id)
                         .outerjoin(Person, Person.id == Task.person_id)
                         .outerjoin(Deal, Deal.id == Task.deal_id)
                         .where(task_scope, Task.done_at.is_not(None), Task.deleted_at.is_(None), ~logged)
                         .order_by(Task.done_at.desc(), Task.id.desc()).limit(limit))
                for t in s.execute(tasks):
                    assert t[1] is not None   # only done tasks were selected
                    entries.append(TimelineEntry(t[0], ActivityKind.TASK_DONE.value, t[1], t[2], t[3], None,
                                                 t[4] or t[5] or "", t[6], _name_or_blank(t[6], t[7], t[8]), t[9],
                                                 t[10] or "", "task"))
            entries.sort(key=lambda e: (e.occurred_at, e.source == "activity", e.id), reverse=True)
            return entries[:limit]

    def log_activity(self, kind: str, entity_id: int, activity_kind: str, subject: str, outcome: str | None = None,
                     body: str | None = None, occurred_at: datetime | None = None, deal_id: int | None = None,
                     duration_min: int | None = None) -> int:
        """A call, meeting, email or note on the person's or company's timeline; returns its id. Moves the last
        activity of the person and of their company on (never back, for an entry logged late)."""
        _kind(kind)
        if activity_kind not in {k.value for k in ActivityKind}:
            raise ValidationError(f"'{activity_kind}' is not a kind of timeline entry.")
        subject = (subject or "").strip()
        outcome = (outcome or "").strip() or None
        body = (body or "").strip() or None
        if not (subject or outcome or body):
            raise ValidationError("Write what happened: a subject, an outcome or a note.")
        _limit(subject, 300, "The subject")
        _limit(outcome, 200, "The outcome")
        if duration_min is not None and not 0 <= duration_min <= 24 * 60:
            raise ValidationError("The duration must be between 0 and 1440 minutes.")
        with self.db.session() as s:
            if kind == "person":
                person = _live(s, Person, entity_id)
                person_id, company_id = person.id, person.company_id
            else:
                person_id, company_id = None, _live(s, Company, entity_id).id
            if deal_id is not None and s.get(Deal, deal_id) is None:
                raise NotFoundError("The deal no longer exists; it may have been deleted.")
            at = occurred_at or self._clock()
            activity = Activity(kind=activity_kind, occurred_at=at, user_id=self.user_id, person_id=person_id,
                                company_id=company_id, deal_id=deal_id, subject=subject, outcome=outcome, body=body,
                                duration_min=duration_min)
            s.add(activity)
            # Plain UPDATEs: the version must not move, or a card open beside the log would conflict on save.
            for table, record_id in ((_table(Person), person_id), (_table(Company), company_id)):
                if record_id is not None:
                    s.execute(update(table).where(table.c.id == record_id,
                                                  or_(table.c.last_activity_at.is_(None),
                                                      table.c.last_activity_at < at))
                              .values(last_activity_at=at))
            s.flush()
            return activity.id

    def plan_task(self, kind: str, entity_id: int, task_kind: str, due_at: datetime, title: str,
                  all_day: bool = False) -> int:
        """A task for the person (linked to their company too) or the company, owned by the record's owner, else
        the current user; returns its id. An aware `due_at` is converted to naive UTC."""
        _kind(kind)
        task_kind, title = (task_kind or "").strip(), (title or "").strip()
        if not task_kind:
            raise ValidationError("Choose the kind of task.")
        if not title:
            raise ValidationError("The task needs a title.")
        _limit(task_kind, 40, "The kind of task")
        _limit(title, 300, "The title")
        if not isinstance(due_at, datetime):
            raise ValidationError("Enter when the task is due.")
        if due_at.tzinfo is not None:
            due_at = due_at.astimezone(UTC).replace(tzinfo=None)
        with self.db.session() as s:
            record = _live(s, _model(kind), entity_id)
            task = Task(kind=task_kind, title=title, due_at=due_at, all_day=all_day,
                        person_id=record.id if kind == "person" else None,
                        company_id=record.company_id if kind == "person" else record.id,
                        owner_id=record.owner_id or self.user_id)
            s.add(task)
            s.flush()
            self._log(s, "tasks", task.id, task.uuid, ChangeAction.INSERT, "title", None, title)
            return task.id

    def has_open_task(self, kind: str, entity_id: int) -> bool:
        """Whether a task is planned (open) for the record itself."""
        owner = Task.person_id if _kind(kind) == "person" else Task.company_id
        with self.db.session(write=False) as s:
            return s.scalar(select(Task.id).where(owner == entity_id, Task.done_at.is_(None),
                                                  Task.deleted_at.is_(None)).limit(1)) is not None

    # ---- Trash -------------------------------------------------------------------------------------------------

    def delete(self, kind: str, ids: Sequence[int]) -> int:
        """Move to the Trash; a company's people stay as they are, linked to it. Returns how many moved."""
        model = _model(kind)
        with self.db.session() as s:
            now = self._clock()
            done: list[int] = []
            for chunk in _chunks(ids):
                for record in s.scalars(select(model).where(model.id.in_(chunk), model.deleted_at.is_(None))):
                    record.deleted_at = now
                    self._log(s, _tablename(kind), record.id, record.uuid, ChangeAction.DELETE, None,
                              _record_name(record), None)
                    done.append(record.id)
            _reindex(s, kind, done)
            return len(done)

    def restore(self, kind: str, ids: Sequence[int]) -> int:
        """Back from the Trash; records folded into another by a merge come back only by undoing the merge."""
        model = _model(kind)
        with self.db.session() as s:
            done: list[int] = []
            for chunk in _chunks(ids):
                for record in s.scalars(select(model).where(model.id.in_(chunk), model.deleted_at.is_not(None),
                                                            model.merged_into_id.is_(None))):
                    record.deleted_at = None
                    self._log(s, _tablename(kind), record.id, record.uuid, ChangeAction.RESTORE, None, None,
                              _record_name(record))
                    done.append(record.id)
            _reindex(s, kind, done)
            return len(done)

    def purge(self, kind: str, ids: Sequence[int]) -> int:
        """Delete forever what is in the Trash (other ids are left alone); returns how many were deleted.

        Deals, tasks and documents stay, no longer linked. Timeline entries and attachment rows that belonged to
        nothing else go; stored attachment files stay, since the folder holds each content once for every record.
        """
        model = _model(kind)
        table = _table(model)
        link = Activity.person_id if kind == "person" else Activity.company_id
        att_link = Attachment.person_id if kind == "person" else Attachment.company_id
        with self.db.session() as s:
            purged: list[int] = []
            for chunk in _chunks(ids):
                rows = s.execute(select(table.c.id, table.c.uuid, *_name_columns(table))
                                 .where(table.c.id.in_(chunk), table.c.deleted_at.is_not(None),
                                        table.c.merged_into_id.is_(None))).all()
                found = [r[0] for r in rows]
                if not found:
                    continue
                s.execute(delete(Activity).where(link.in_(found), *_only_link(Activity, link)))
                s.execute(delete(Attachment).where(att_link.in_(found), Attachment.task_id.is_(None),
                                                   *_only_link(Attachment, att_link)))
                s.execute(delete(CustomFieldValue).where(
                    CustomFieldValue.entity_id.in_(found),
                    CustomFieldValue.definition_id.in_(select(CustomFieldDefinition.id)
                                                       .where(CustomFieldDefinition.entity == kind))))
                # Links, channels and tags go by the foreign keys' ON DELETE rules.
                s.execute(delete(table).where(table.c.id.in_(found)))
                for r in rows:
                    self._log(s, table.name, r[0], r[1], ChangeAction.DELETE, "purged", " ".join(
                        p for p in r[2:] if p), None)
                purged += found
            _reindex(s, kind, purged)
            return len(purged)

    def trash(self, kind: str | None = None) -> list[TrashItem]:
        """What is in the Trash, the latest deleted first (records merged into another are not listed)."""
        kinds = KINDS if kind is None else (_kind(kind),)
        items: list[TrashItem] = []
        with self.db.session(write=False) as s:
            for k in kinds:
                table = _table(_model(k))
                for r in s.execute(select(table.c.id, table.c.deleted_at, *_name_columns(table))
                                   .where(table.c.deleted_at.is_not(None), table.c.merged_into_id.is_(None))):
                    name = person_name(r[2], r[3]) if k == "person" else r[2]
                    items.append(TrashItem(k, r[0], name, r[1]))
        items.sort(key=lambda i: (i.deleted_at, i.id), reverse=True)
        return items

    # ---- bulk actions ------------------------------------------------------------------------------------------

    def add_tags(self, kind: str, ids: Sequence[int], tag_ids: Sequence[int]) -> int:
        """Put the tags on every record; returns how many records changed."""
        return self._change_tags(kind, ids, tag_ids, add=True)

    def remove_tags(self, kind: str, ids: Sequence[int], tag_ids: Sequence[int]) -> int:
        return self._change_tags(kind, ids, tag_ids, add=False)

    def _change_tags(self, kind: str, ids: Sequence[int], tag_ids: Sequence[int], *, add: bool) -> int:
        model = _model(kind)
        link, col = _tag_link(kind)
        wanted = sorted(set(tag_ids))
        with self.db.session() as s:
            names = _tag_names(s, wanted)
            changed: list[int] = []
            for chunk in _chunks(ids):
                records = {r.id: r.uuid for r in s.execute(select(model.id, model.uuid)
                                                           .where(model.id.in_(chunk), model.deleted_at.is_(None)))}
                before = _tags_of(s, kind, list(records))
                for record_id, uuid in records.items():
                    old = before.get(record_id, set())
                    new = old | set(wanted) if add else old - set(wanted)
                    if new == old:
                        continue
                    if add:
                        s.execute(insert(link), [{col.name: record_id, "tag_id": t} for t in sorted(new - old)])
                    else:
                        s.execute(delete(link).where(col == record_id, link.c.tag_id.in_(old - new)))
                    self._log(s, _tablename(kind), record_id, uuid, ChangeAction.UPDATE, "tags",
                              _tag_text(s, old, names), _tag_text(s, new, names))
                    changed.append(record_id)
            self._bump(s, model, changed)
            _reindex(s, kind, changed)
            return len(changed)

    def set_owner(self, kind: str, ids: Sequence[int], owner_id: int | None) -> dict[int, int | None]:
        """Give the records a new owner; returns each record's previous owner, for undo."""
        model = _model(kind)
        with self.db.session() as s:
            if owner_id is not None:
                _require(s, User, owner_id, "The chosen owner no longer exists.")
            previous: dict[int, int | None] = {}
            changed: list[int] = []
            for chunk in _chunks(ids):
                for rid, uuid, old in s.execute(select(model.id, model.uuid, model.owner_id)
                                                .where(model.id.in_(chunk), model.deleted_at.is_(None))):
                    previous[rid] = old
                    if old != owner_id:
                        self._log(s, _tablename(kind), rid, uuid, ChangeAction.UPDATE, "owner_id", old, owner_id)
                        changed.append(rid)
            table = _table(model)
            for chunk in _chunks(changed):
                s.execute(update(table).where(table.c.id.in_(chunk)).values(
                    owner_id=owner_id, version=table.c.version + 1, updated_at=self._clock()))
            return previous

    # ---- tags --------------------------------------------------------------------------------------------------

    def list_tags(self) -> list[TagRef]:
        with self.db.session(write=False) as s:
            rows = s.execute(select(Tag.id, Tag.name, Tag.color).where(Tag.deleted_at.is_(None))).all()
            return sorted(((r[0], r[1], r[2]) for r in rows), key=lambda t: (search_index.fold(t[1]), t[0]))

    def tag_usage(self) -> dict[int, int]:
        """Tag id -> how many people and companies outside the Trash carry it; tags on nobody are absent."""
        carried = union_all(
            select(person_tags.c.tag_id).join(Person, Person.id == person_tags.c.person_id)
            .where(Person.deleted_at.is_(None)),
            select(company_tags.c.tag_id).join(Company, Company.id == company_tags.c.company_id)
            .where(Company.deleted_at.is_(None))).subquery()
        with self.db.session(write=False) as s:
            rows = s.execute(select(carried.c.tag_id, func.count()).group_by(carried.c.tag_id)).all()
            return {tag_id: count for tag_id, count in rows}

    def save_tag(self, tag_id: int | None, name: str, color: str) -> int:
        """A new tag when `tag_id` is None, else that tag renamed or recoloured; returns its id."""
        name = (name or "").strip()
        if not name:
            raise ValidationError("The tag needs a name.")
        _limit(name, 80, "The tag name")
        if not _COLOR.fullmatch(color or ""):
            raise ValidationError(f"'{color}' is not a colour; use the form #RRGGBB.")
        with self.db.session() as s:
            folded = search_index.fold(name)
            for other_id, other in s.execute(select(Tag.id, Tag.name)):
                if other_id != tag_id and search_index.fold(other) == folded:
                    raise ValidationError(f"A tag named '{other}' already exists.")
            if tag_id is None:
                tag = Tag(name=name, color=color)
                s.add(tag)
                s.flush()
                self._log(s, "tags", tag.id, tag.uuid, ChangeAction.INSERT, "name", None, name)
                return tag.id
            tag = _live(s, Tag, tag_id)
            renamed = tag.name != name
            for field_name, value in (("name", name), ("color", color)):
                if getattr(tag, field_name) != value:
                    self._log(s, "tags", tag.id, tag.uuid, ChangeAction.UPDATE, field_name, getattr(tag, field_name),
                              value)
                    setattr(tag, field_name, value)
            if renamed:
                s.flush()
                _reindex_tagged(s, tag.id)
            return tag.id

    def delete_tag(self, tag_id: int) -> None:
        """Deleted for good: it comes off every person, company and deal."""
        with self.db.session() as s:
            tag = _live(s, Tag, tag_id)
            people = list(s.scalars(select(person_tags.c.person_id).where(person_tags.c.tag_id == tag_id)))
            companies = list(s.scalars(select(company_tags.c.company_id).where(company_tags.c.tag_id == tag_id)))
            self._log(s, "tags", tag.id, tag.uuid, ChangeAction.DELETE, None, tag.name, None)
            s.delete(tag)
            s.flush()
            search_index.reindex(s, person_ids=people, company_ids=companies)

    # ---- export ------------------------------------------------------------------------------------------------

    def export_rows(self, kind: str, ids: Sequence[int], path: Path, progress: Progress = NO_PROGRESS) -> int:
        """Write the records, in the order of `ids`, to an .xlsx or .csv file (by its suffix); returns how many.

        Every stored value, one column per field (all phones, emails and messengers in one cell each), custom
        fields last: exports.export_records with the "full" layout, which also keeps formulas out and writes the
        file only when complete.
        """
        return exports.export_records(self.db, _EXPORT_KINDS[_kind(kind)], path, ids=ids, progress=progress,
                                      layout="full")

    # ---- reading helpers ---------------------------------------------------------------------------------------

    def _person_input(self, s: Session, person: Person, *, all_custom: bool = False) -> PersonInput:
        channels = _channel_rows(s, "person", person.id)
        return PersonInput(
            **{f: getattr(person, f) for f in _PERSON_FIELDS},
            channels=tuple(ChannelInput(c.kind, c.value, c.label, c.is_primary) for c in channels),
            tag_ids=tuple(sorted(_tags_of(s, "person", [person.id]).get(person.id, ()))),
            custom=_custom_values(s, EntityKind.PERSON, person.id, all_custom))

    def _company_input(self, s: Session, company: Company, *, all_custom: bool = False) -> CompanyInput:
        channels = _channel_rows(s, "company", company.id)
        return CompanyInput(
            **{f: getattr(company, f) for f in _COMPANY_FIELDS},
            channels=tuple(ChannelInput(c.kind, c.value, c.label, c.is_primary) for c in channels),
            tag_ids=tuple(sorted(_tags_of(s, "company", [company.id]).get(company.id, ()))),
            custom=_custom_values(s, EntityKind.COMPANY, company.id, all_custom))

    def _person_detail(self, s: Session, person: Person) -> PersonDetail:
        company = s.get(Company, person.company_id) if person.company_id is not None else None
        region = person.country or (company.country if company is not None else None)
        return PersonDetail(
            id=person.id, uuid=person.uuid, version=person.version, input=self._person_input(s, person),
            channels=_channel_infos(s, "person", person.id, region),
            company_name=company.name if company is not None else "",
            owner_name=_user_name(s, person.owner_id), lead_source_name=_lead_source_name(s, person.lead_source_id),
            tags=_tag_refs(s, "person", person.id), created_at=person.created_at, updated_at=person.updated_at,
            deleted_at=person.deleted_at, last_activity_at=person.last_activity_at)

    def _company_detail(self, s: Session, company: Company) -> CompanyDetail:
        return CompanyDetail(
            id=company.id, uuid=company.uuid, version=company.version, input=self._company_input(s, company),
            channels=_channel_infos(s, "company", company.id, company.country),
            owner_name=_user_name(s, company.owner_id),
            lead_source_name=_lead_source_name(s, company.lead_source_id), tags=_tag_refs(s, "company", company.id),
            people=tuple(_company_people(s, company.id)), created_at=company.created_at,
            updated_at=company.updated_at, deleted_at=company.deleted_at, last_activity_at=company.last_activity_at)

    def _person_region(self, s: Session, clean: PersonInput) -> str | None:
        if clean.country:
            return clean.country
        if clean.company_id is not None:
            return s.scalar(select(Company.country).where(Company.id == clean.company_id))
        return None

    # ---- writing helpers ---------------------------------------------------------------------------------------

    def _clean_person(self, s: Session, data: PersonInput, current_company_id: int | None) -> PersonInput:
        clean = _stripped(data, Person)
        if not clean.first_name and not clean.last_name:
            raise ValidationError("A person needs a first name or a last name.")
        _check_common(s, clean.status, clean.country, clean.lead_source_id, clean.owner_id, clean.tag_ids)
        if clean.language is not None and len(clean.language) > 5:
            raise ValidationError("The language must be a code such as 'en' or 'pt-BR'.")
        # A person may keep a company that went to the Trash; choosing one there is refused.
        if clean.company_id is not None and clean.company_id != current_company_id:
            _live(s, Company, clean.company_id)
        if clean.birthday is not None and clean.birthday > self._clock().date():
            raise ValidationError("The birthday is in the future.")
        return clean

    def _clean_company(self, s: Session, data: CompanyInput) -> CompanyInput:
        clean = _stripped(data, Company)
        if not clean.name:
            raise ValidationError("The company needs a name.")
        _check_common(s, clean.status, clean.country, clean.lead_source_id, clean.owner_id, clean.tag_ids)
        return clean

    def _apply_fields(self, s: Session, record: Person | Company, table: str, names: Sequence[str],
                      clean: PersonInput | CompanyInput) -> bool:
        """Set and log the changed fields; True when any changed.

        updated_at is set with them, before anything flushes: one UPDATE, so the version moves on by one.
        """
        changed = False
        for name in names:
            old, new = getattr(record, name), getattr(clean, name)
            if old != new:
                self._log(s, table, record.id, record.uuid, ChangeAction.UPDATE, name, old, new)
                setattr(record, name, new)
                changed = True
        if changed:
            record.updated_at = self._clock()
        return changed

    def _update_links(self, s: Session, kind: str, record_id: int, uuid: str, channels: Sequence[_Channel],
                      tag_ids: Sequence[int], custom: Mapping[int, object] | None) -> bool:
        table = _tablename(kind)
        changed = False
        old_channels = _channel_rows(s, kind, record_id)
        if _save_channels(s, kind, record_id, channels):
            self._log(s, table, record_id, uuid, ChangeAction.UPDATE, "channels",
                      _channels_text((c.kind, c.label, c.value) for c in old_channels),
                      _channels_text((c.kind, c.label, c.value) for c in channels))
            changed = True
        old_tags = _tags_of(s, kind, [record_id]).get(record_id, set())
        if _set_tags(s, kind, record_id, tag_ids):
            names = _tag_names(s, sorted(old_tags | set(tag_ids)))
            self._log(s, table, record_id, uuid, ChangeAction.UPDATE, "tags", _tag_text(s, old_tags, names),
                      _tag_text(s, set(tag_ids), names))
            changed = True
        if custom is not None:
            entity = EntityKind.PERSON if kind == "person" else EntityKind.COMPANY
            changed |= self._save_custom(s, entity, record_id, uuid, custom)
        return changed

    def _save_custom(self, s: Session, entity: EntityKind, record_id: int, uuid: str,
                     values: Mapping[int, object]) -> bool:
        """Write the given custom fields (others stay); an empty value over an empty field is no change, so a
        field made required after the record was saved does not block saving its other fields."""
        stored = {v.definition_id: v for v in s.scalars(select(CustomFieldValue).where(
            CustomFieldValue.entity_id == record_id, CustomFieldValue.definition_id.in_(list(values))))}
        given = {k: v for k, v in values.items() if not (_blank(v) and k not in stored)}
        checked = checked_values(s, entity, given)
        definitions = {d.id: d for d in live_definitions(s, entity)}
        table = _tablename(entity.value)
        changed = False
        for def_id, new in checked.items():
            definition = definitions[def_id]
            ftype = FieldType(definition.field_type)
            row = stored.get(def_id)
            old = read_value(ftype, row) if row is not None else None
            if old == new:
                continue
            if new is None:
                assert row is not None
                s.delete(row)
            else:
                if row is None:
                    row = CustomFieldValue(definition_id=def_id, entity_id=record_id)
                    s.add(row)
                write_value(ftype, row, new)
            self._log(s, table, record_id, uuid, ChangeAction.UPDATE, definition.key, log_text(old), log_text(new))
            changed = True
        return changed

    def _bump(self, s: Session, model: type[Person] | type[Company], ids: Sequence[int]) -> None:
        """Move the version on after a change made with plain UPDATEs, so open cards see it."""
        table = _table(model)
        for chunk in _chunks(ids):
            s.execute(update(table).where(table.c.id.in_(chunk))
                      .values(version=table.c.version + 1, updated_at=self._clock()))

    def _log(self, s: Session, entity: str, entity_id: int, entity_uuid: str | None, action: ChangeAction,
             field_name: str | None, old: object, new: object) -> None:
        s.add(ChangeLog(changed_at=self._clock(), user_id=self.user_id, entity=entity, entity_id=entity_id,
                        entity_uuid=entity_uuid, action=action.value, field=field_name, old_value=log_text(old),
                        new_value=log_text(new)))


# ---- channel checks --------------------------------------------------------------------------------------------

def check_channel(kind: str, value: str, region: str | None = None) -> tuple[str, str | None]:
    """(normalized, problem or None) of one phone, email or messenger handle as typed.

    Phones normalise to E.164 digits without '+' (raw digits when not a plausible number); emails to lower
    case; handles to lower case without a leading '@'.
    """
    if kind not in CHANNEL_KINDS:
        raise ValidationError(f"'{kind}' is not a kind of contact; choose phone, email or messenger.")
    text = (value or "").strip()
    if kind == "email":
        reason = _email_problem(text)
        return text.lower(), None if reason is None else f"Not a valid email address: {reason}."
    if kind == "messenger":
        return text.lstrip("@").lower(), None
    e164 = search_index.normalize_phone(text, region)
    if e164 is not None:
        return e164, None
    return search_index.phone_digits(text), f"Not a valid phone number: {_phone_problem(text, region)}."


def _email_problem(text: str) -> str | None:
    if not text:
        return "it is empty"
    if any(ch.isspace() for ch in text):
        return "it contains a space"
    if "@" not in text:
        return "it has no '@'"
    if text.count("@") > 1:
        return "it has more than one '@'"
    local, domain = text.split("@")
    if not local:
        return "nothing comes before the '@'"
    if not domain:
        return "no domain comes after the '@'"
    if len(text) > 254:
        return "it is longer than 254 characters"
    if len(local) > 64:
        return "the part before the '@' is longer than 64 characters"
    if local.startswith(".") or local.endswith(".") or ".." in local:
        return "a dot before the '@' is misplaced"
    bad = _EMAIL_LOCAL_BAD.search(local)
    if bad is not None:
        return f"'{bad.group()}' cannot stand before the '@'"
    if "." not in domain:
        return f"the domain '{domain}' has no dot (like example.com)"
    labels = domain.split(".")
    if not all(labels):
        return f"the domain '{domain}' has an empty part"
    wrong = next((label for label in labels if not _DOMAIN_LABEL.match(label) or len(label) > 63), None)
    if wrong is not None:
        return f"'{wrong}' cannot be part of a domain"
    if len(labels[-1]) < 2 or labels[-1].isdigit():
        return f"the domain ending '.{labels[-1]}' does not exist"
    return None


def _phone_problem(text: str, region: str | None) -> str:
    folded = search_index.fold(text)
    digits = search_index.phone_digits(text)
    if not digits:
        return "it has no digits"
    if any(ch.isalpha() for ch in folded):
        return "it contains letters"
    if any(not (ch.isdigit() or ch in "+ ().-/") for ch in folded):
        return "it contains characters a phone number does not have"
    if folded.startswith("00"):
        folded = "+" + folded[2:]
    try:
        number = phonenumbers.parse(folded, region.upper() if region else None)
    except phonenumbers.NumberParseException as exc:
        if exc.error_type == phonenumbers.NumberParseException.INVALID_COUNTRY_CODE:
            if not folded.lstrip().startswith("+"):
                return "start it with '+' and the country code, or set the country"
            return "the country code is unknown"
        if exc.error_type == phonenumbers.NumberParseException.TOO_LONG:
            return "it is too long"
        if exc.error_type in (phonenumbers.NumberParseException.TOO_SHORT_NSN,
                              phonenumbers.NumberParseException.TOO_SHORT_AFTER_IDD):
            return "it is too short"
        return "it is not a number"
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason == phonenumbers.ValidationResult.TOO_SHORT:
        return "it is too short"
    if reason == phonenumbers.ValidationResult.TOO_LONG:
        return "it is too long"
    if reason == phonenumbers.ValidationResult.INVALID_COUNTRY_CODE:
        return "the country code is unknown"
    where = phonenumbers.region_code_for_number(number)
    return f"it has the wrong number of digits for {where}" if where else "it has the wrong number of digits"


def _checked_channels(channels: Sequence[ChannelInput], region: str | None) -> tuple[list[_Channel], tuple[str, ...]]:
    """The channels to store (blank rows left out), with the problems of those that look wrong.

    Without a primary one of a kind the first becomes primary; with several, the first of them stays.
    """
    found: list[_Channel] = []
    problems: list[str] = []
    primary_seen: set[str] = set()
    for channel in channels:
        value = (channel.value or "").strip()
        if not value:
            continue
        _limit(value, 300, f"The {channel.kind}")
        label = (channel.label or "").strip() or ("work" if channel.kind != "messenger" else "other")
        _limit(label, 40, "The label")
        normalized, problem = check_channel(channel.kind, value, region)
        if problem is not None:
            problems.append(f"'{value}': {problem}")
        found.append(_Channel(channel.kind, label, value, normalized[:300],
                              channel.is_primary and channel.kind not in primary_seen, problem))
        if channel.is_primary:
            primary_seen.add(channel.kind)
    for kind in CHANNEL_KINDS:
        if kind not in primary_seen:
            first = next((i for i, c in enumerate(found) if c.kind == kind), None)
            if first is not None:
                found[first] = replace(found[first], is_primary=True)
    return found, tuple(problems)


def _refuse_unreachable(name: str, channels: Sequence[_Channel]) -> None:
    """A record whose every phone, email and handle is wrong could not be reached at all: refused, with why."""
    if channels and all(c.problem is not None for c in channels):
        reasons = "\n".join(f"'{c.value}': {c.problem}" for c in channels)
        raise ValidationError(f"'{name}' could not be reached: every phone and email given is invalid. Correct "
                              f"at least one.\n{reasons}")


def _channel_rows(s: Session, kind: str, record_id: int) -> list[ContactChannel]:
    owner = ContactChannel.person_id if kind == "person" else ContactChannel.company_id
    return list(s.scalars(select(ContactChannel).where(owner == record_id)
                          .order_by(ContactChannel.position, ContactChannel.id)))


def _channel_infos(s: Session, kind: str, record_id: int, region: str | None) -> tuple[ChannelInfo, ...]:
    return tuple(ChannelInfo(c.id, c.kind, c.label, c.value, c.normalized, bool(c.is_primary),
                             check_channel(c.kind, c.value, region)[1] if c.kind in CHANNEL_KINDS else None)
                 for c in _channel_rows(s, kind, record_id))


def _save_channels(s: Session, kind: str, record_id: int, channels: Sequence[_Channel]) -> bool:
    """Store the channels in their order, reusing the rows there are; True when anything changed."""
    rows = _channel_rows(s, kind, record_id)
    if [(r.kind, r.label, r.value, r.normalized, bool(r.is_primary)) for r in rows] == [
            (c.kind, c.label, c.value, c.normalized, c.is_primary) for c in channels]:
        return False
    for position, channel in enumerate(channels):
        if position < len(rows):
            row = rows[position]
        else:
            row = ContactChannel(person_id=record_id if kind == "person" else None,
                                 company_id=record_id if kind == "company" else None)
            s.add(row)
        row.kind, row.label, row.value, row.normalized = channel.kind, channel.label, channel.value, channel.normalized
        row.is_primary, row.position = channel.is_primary, position
    for row in rows[len(channels):]:
        s.delete(row)
    s.flush()
    return True


def _channels_text(channels: Iterator[tuple[str, str, str]] | Sequence[tuple[str, str, str]]) -> str | None:
    return "; ".join(f"{kind} ({label}): {value}" for kind, label, value in channels) or None


# ---- tags ------------------------------------------------------------------------------------------------------

def _tag_link(kind: str) -> tuple[Table, Any]:
    if kind == "person":
        return person_tags, person_tags.c.person_id
    return company_tags, company_tags.c.company_id


def _tags_of(s: Session, kind: str, ids: Sequence[int]) -> dict[int, set[int]]:
    link, col = _tag_link(kind)
    found: dict[int, set[int]] = defaultdict(set)
    for chunk in _chunks(ids):
        for rid, tag_id in s.execute(select(col, link.c.tag_id).where(col.in_(chunk))):
            found[rid].add(tag_id)
    return found


def _tag_names(s: Session, tag_ids: Sequence[int]) -> dict[int, str]:
    names = {r[0]: r[1] for r in s.execute(select(Tag.id, Tag.name).where(Tag.id.in_(tag_ids),
                                                                           Tag.deleted_at.is_(None)))}
    missing = [t for t in tag_ids if t not in names]
    if missing:
        raise NotFoundError("A chosen tag no longer exists; it may have been deleted. Reload and try again.")
    return names


def _tag_text(s: Session, tag_ids: Collection[int], names: Mapping[int, str]) -> str | None:
    return ", ".join(sorted(names.get(t, str(t)) for t in tag_ids)) or None


def _tag_refs(s: Session, kind: str, record_id: int) -> tuple[TagRef, ...]:
    link, col = _tag_link(kind)
    rows = s.execute(select(Tag.id, Tag.name, Tag.color).join(link, link.c.tag_id == Tag.id)
                     .where(col == record_id, Tag.deleted_at.is_(None))).all()
    return tuple(sorted(((r[0], r[1], r[2]) for r in rows), key=lambda t: (search_index.fold(t[1]), t[0])))


def _set_tags(s: Session, kind: str, record_id: int, tag_ids: Sequence[int]) -> bool:
    link, col = _tag_link(kind)
    wanted = set(tag_ids)
    current = set(s.scalars(select(link.c.tag_id).where(col == record_id)))
    if wanted == current:
        return False
    if current - wanted:
        s.execute(delete(link).where(col == record_id, link.c.tag_id.in_(current - wanted)))
    if wanted - current:
        s.execute(insert(link), [{col.name: record_id, "tag_id": t} for t in sorted(wanted - current)])
    return True


def _reindex_tagged(s: Session, tag_id: int) -> None:
    search_index.reindex(
        s, person_ids=list(s.scalars(select(person_tags.c.person_id).where(person_tags.c.tag_id == tag_id))),
        company_ids=list(s.scalars(select(company_tags.c.company_id).where(company_tags.c.tag_id == tag_id))))


# ---- custom fields ---------------------------------------------------------------------------------------------

def _custom_values(s: Session, entity: EntityKind, record_id: int, with_empty: bool) -> dict[int, object]:
    """Definition id -> value of the filled-in fields; with_empty adds None for every empty live field, which is
    what undo needs to empty again a field the save filled."""
    definitions = live_definitions(s, entity)
    stored = {v.definition_id: v for v in s.scalars(select(CustomFieldValue).where(
        CustomFieldValue.entity_id == record_id, CustomFieldValue.definition_id.in_([d.id for d in definitions])))}
    found: dict[int, object] = {}
    for d in definitions:
        row = stored.get(d.id)
        value = read_value(FieldType(d.field_type), row) if row is not None else None
        if value is not None or with_empty:
            found[d.id] = value
    return found


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or (
        isinstance(value, list | tuple) and not value)


# ---- input checks ----------------------------------------------------------------------------------------------

def _stripped(data: Any, model: type[Person] | type[Company]) -> Any:
    """The input with its texts trimmed (empty optional texts become None), each within its column's length."""
    changes: dict[str, object] = {}
    columns = _table(model).c
    for f in fields(data):
        value = getattr(data, f.name)
        if not isinstance(value, str):
            continue
        text = value.strip()
        if f.name in ("first_name", "last_name", "name", "status"):
            changes[f.name] = text
        else:
            changes[f.name] = text or None
        # The country gets its own message from _check_common.
        length = getattr(columns[f.name].type, "length", None) if f.name in columns and f.name != "country" else None
        if length is not None and len(text) > length:
            raise ValidationError(f"The {_FIELD_LABELS.get(f.name, f.name)} is too long ({length} characters at "
                                  "most).")
    if isinstance(changes.get("country"), str):
        changes["country"] = str(changes["country"]).upper()
    return replace(data, **changes)


def _check_common(s: Session, status: str, country: str | None, lead_source_id: int | None, owner_id: int | None,
                  tag_ids: Sequence[int]) -> None:
    if status not in STATUSES:
        raise ValidationError(f"'{status}' is not a status; choose one of {', '.join(STATUSES)}.")
    if country is not None and not _COUNTRY.fullmatch(country):
        raise ValidationError(f"'{country}' is not a country code; use two letters such as DE or PL.")
    if lead_source_id is not None:
        _require(s, LeadSource, lead_source_id, "The chosen lead source no longer exists.")
    if owner_id is not None:
        _require(s, User, owner_id, "The chosen owner no longer exists.")
    _tag_names(s, sorted(set(tag_ids)))


def _require(s: Session, model: type[Any], record_id: int, message: str) -> None:
    found = s.get(model, record_id)
    if found is None or found.deleted_at is not None:
        raise NotFoundError(message)


def _limit(text: str | None, length: int, what: str) -> None:
    if text is not None and len(text) > length:
        raise ValidationError(f"{what} is too long ({length} characters at most).")


def _differences(theirs: PersonInput | CompanyInput,
                 yours: PersonInput | CompanyInput) -> tuple[tuple[str, object, object], ...]:
    """(field, their value, your value) of each field whose values differ, ignoring surrounding spaces."""
    found: list[tuple[str, object, object]] = []
    for f in fields(theirs):
        mine, other = getattr(yours, f.name), getattr(theirs, f.name)
        if f.name == "custom":
            if mine is None:
                continue
            differing = {k for k in mine if not (_blank(mine[k]) and _blank((other or {}).get(k)))
                         and mine[k] != (other or {}).get(k)}
            if differing:
                found.append(("custom", {k: (other or {}).get(k) for k in differing},
                              {k: mine[k] for k in differing}))
        elif f.name == "channels":
            if _channel_key(mine) != _channel_key(other):
                found.append((f.name, other, mine))
        elif f.name == "tag_ids":
            if set(mine) != set(other):
                found.append((f.name, other, mine))
        elif _comparable(mine) != _comparable(other):
            found.append((f.name, other, mine))
    return tuple(found)


def _channel_key(channels: Sequence[ChannelInput]) -> list[tuple[str, str, str]]:
    return [(c.kind, (c.label or "").strip(), c.value.strip()) for c in channels if (c.value or "").strip()]


def _comparable(value: object) -> object:
    if isinstance(value, str):
        return value.strip() or None
    return value


# ---- small lookups ---------------------------------------------------------------------------------------------

def _kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValidationError(f"'{kind}' is not a kind of contact; choose person or company.")
    return kind


def _model(kind: str) -> Any:   # type[Person] | type[Company]; mypy joins that union into their base class
    return Person if _kind(kind) == "person" else Company


def _tablename(kind: str) -> str:
    return "persons" if kind == "person" else "companies"


def _table(model: type[Any]) -> Table:
    table: Table = model.__table__
    return table


def _row(s: Session, model: type[Any], record_id: int) -> Any:
    record = s.get(model, record_id)
    if record is None:
        raise NotFoundError(f"The {_noun(model)} no longer exists; it may have been deleted for good.")
    return record


def _live(s: Session, model: type[Any], record_id: int) -> Any:
    record = _row(s, model, record_id)
    if record.deleted_at is not None:
        raise NotFoundError(f"The {_noun(model)} '{_record_name(record)}' is in the Trash; restore it first.")
    return record


def _noun(model: type[Any]) -> str:
    return {Person: "person", Company: "company", Tag: "tag"}.get(model, "record")


def _record_name(record: Any) -> str:
    if isinstance(record, Person):
        return person_name(record.first_name, record.last_name)
    return str(getattr(record, "name", ""))


def _name_columns(table: Table) -> list[Any]:
    return [table.c.first_name, table.c.last_name] if table.name == "persons" else [table.c.name]


def _name_or_blank(person_id: int | None, first: str | None, last: str | None) -> str:
    return person_name(first, last) if person_id is not None else ""


def _user_name(s: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    row = s.execute(select(User.full_name, User.login).where(User.id == user_id)).first()
    return (row[0] or row[1] or "") if row is not None else ""


def _lead_source_name(s: Session, lead_source_id: int | None) -> str:
    if lead_source_id is None:
        return ""
    return s.scalar(select(LeadSource.name).where(LeadSource.id == lead_source_id)) or ""


def _birthday_md(birthday: date | None) -> str | None:
    return None if birthday is None else f"{birthday.month:02d}{birthday.day:02d}"


def _company_person_ids(s: Session, company_id: int) -> list[int]:
    return list(s.scalars(select(Person.id).where(Person.company_id == company_id)))


def _company_people(s: Session, company_id: int) -> list[CompanyPerson]:
    people = s.execute(select(Person.id, Person.first_name, Person.last_name, Person.position, Person.company_role)
                       .where(Person.company_id == company_id, Person.deleted_at.is_(None))).all()
    primary = _primary_channels(s, [p[0] for p in people])
    found = [CompanyPerson(p[0], person_name(p[1], p[2]), p[3], p[4], primary.get((p[0], "phone"), ""),
                           primary.get((p[0], "email"), "")) for p in people]
    return sorted(found, key=lambda p: (search_index.fold(p.name), p.id))


def _primary_channels(s: Session, person_ids: Sequence[int]) -> dict[tuple[int | None, str], str]:
    """(person id, kind) -> the primary value of that kind, else the first."""
    found: dict[tuple[int | None, str], str] = {}
    for chunk in _chunks(person_ids):
        for pid, kind, value in s.execute(
                select(ContactChannel.person_id, ContactChannel.kind, ContactChannel.value)
                .where(ContactChannel.person_id.in_(chunk))
                .order_by(ContactChannel.is_primary.desc(), ContactChannel.position, ContactChannel.id)):
            found.setdefault((pid, kind), value)
    return found


def _scope(s: Session, kind: str, entity_id: int, person_col: Any, company_col: Any) -> Any:
    """Rows linked to the person, or to the company or any of its people."""
    if _kind(kind) == "person":
        _row(s, Person, entity_id)
        return person_col == entity_id
    _row(s, Company, entity_id)
    return or_(company_col == entity_id, person_col.in_(select(Person.id).where(Person.company_id == entity_id)))


def _only_link(model: type[Activity] | type[Attachment], keep: Any) -> list[Any]:
    """Conditions: the row has no link but `keep` (to a person, company or deal)."""
    return [col.is_(None) for col in (model.person_id, model.company_id, model.deal_id) if col is not keep]


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), _CHUNK):
        yield unique[start:start + _CHUNK]


def _reindex(s: Session, kind: str, ids: Sequence[int]) -> None:
    if kind == "person":
        search_index.reindex(s, person_ids=ids)
    else:
        search_index.reindex(s, company_ids=ids)
