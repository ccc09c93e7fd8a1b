"""The Contacts panel's lists: ordered ids of people or companies under filters, search text and a sort, pages of
display rows for those ids, and saved segments with live counts. Qt-free; every public method is one user action."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from sqlalchemy import Column, ColumnElement, Select, Table, func, literal, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression

from crm_desktop.db import access, search_index
from crm_desktop.db.database import Database
from crm_desktop.errors import NotFoundError, ValidationError
from crm_desktop.models import (
    ChangeAction,
    ChangeLog,
    Company,
    ContactChannel,
    ContactStatus,
    CustomFieldDefinition,
    CustomFieldValue,
    Deal,
    DealLine,
    DealStatus,
    FieldType,
    Person,
    SavedSegment,
    Tag,
    Task,
    User,
    company_tags,
    person_tags,
    utcnow,
)

PERSON_COLUMNS = ("name", "company", "position", "phone", "email", "city", "status", "owner", "tags",
                  "last_activity", "created")
COMPANY_COLUMNS = ("name", "city", "industry", "tax_id", "phone", "email", "status", "owner", "people",
                   "tags", "last_activity", "created")
KINDS = ("person", "company")
CUSTOM_OPS = ("=", "contains", ">=", "<=")
STATUSES = tuple(s.value for s in ContactStatus)
MAX_SEGMENT_NAME = 200
# Up to this many ids found by a search, the filter query is narrowed to them (about 9 µs per id); above it, the
# filter's own ids are read (about 0.6 s at 1,000,000 people) and intersected in Python. Measured at 1,000,000
# people, the two cost the same near 65,000 found ids; a temporary table of the found ids was never faster.
_FEW_FOUND = 50_000


@dataclass(frozen=True)
class ContactFilter:
    """What narrows a list of people or companies; every set field narrows further (AND)."""

    status: tuple[str, ...] = ()
    owner_id: int | None = None
    tag_id: int | None = None
    lead_source_id: int | None = None
    city: str = ""
    not_contacted_days: int | None = None
    no_next_task: bool = False
    bought_product_id: int | None = None
    birthday_this_week: bool = False     # people only; ignored for companies
    custom: tuple[tuple[int, str, object], ...] = ()   # (definition id, op in CUSTOM_OPS, value)

    @property
    def is_empty(self) -> bool:
        """True when nothing is set: the filter lets every record through."""
        return self == ContactFilter()

    def to_json(self) -> dict[str, object]:
        """The set fields as a JSON-safe dict (what a saved segment stores)."""
        data: dict[str, object] = {}
        if self.status:
            data["status"] = list(self.status)
        for key in ("owner_id", "tag_id", "lead_source_id", "not_contacted_days", "bought_product_id"):
            if getattr(self, key) is not None:
                data[key] = getattr(self, key)
        if self.city:
            data["city"] = self.city
        if self.no_next_task:
            data["no_next_task"] = True
        if self.birthday_this_week:
            data["birthday_this_week"] = True
        if self.custom:
            data["custom"] = [{"field": def_id, "op": op, "value": _json_value(value)}
                              for def_id, op, value in self.custom]
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, object] | None) -> ContactFilter:
        """The filter to_json() wrote; unknown keys and values of the wrong type are skipped."""
        if not isinstance(data, Mapping):
            return cls()
        status, city = data.get("status"), data.get("city")
        custom: list[tuple[int, str, object]] = []
        raw_custom = data.get("custom")
        for item in raw_custom if isinstance(raw_custom, list) else ():
            if (isinstance(item, Mapping) and _int_or_none(item.get("field")) is not None
                    and item.get("op") in CUSTOM_OPS):
                custom.append((int(item["field"]), str(item["op"]), _from_json_value(item.get("value"))))
        return cls(
            status=tuple(str(s) for s in status) if isinstance(status, list) else (),
            owner_id=_int_or_none(data.get("owner_id")),
            tag_id=_int_or_none(data.get("tag_id")),
            lead_source_id=_int_or_none(data.get("lead_source_id")),
            city=city if isinstance(city, str) else "",
            not_contacted_days=_int_or_none(data.get("not_contacted_days")),
            no_next_task=data.get("no_next_task") is True,
            bought_product_id=_int_or_none(data.get("bought_product_id")),
            birthday_this_week=data.get("birthday_this_week") is True,
            custom=tuple(custom),
        )


@dataclass(frozen=True)
class ContactRow:
    """One row of the list: the record's id, kind, version and its display values by column key."""

    id: int
    kind: str            # "person" | "company"
    version: int
    values: Mapping[str, object]


@dataclass(frozen=True)
class SegmentInfo:
    """A saved segment with the number of records it matches now."""

    id: int
    name: str
    kind: str
    filters: ContactFilter
    count: int


Model = type[Person] | type[Company]


class ContactListService:
    """Use cases of the contact lists: ids under filters and sort, pages of rows, saved segments."""

    def __init__(self, db: Database, user_id: int | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        self.db = db
        self.user_id = user_id
        self._clock = clock or utcnow

    # ---- lists ---------------------------------------------------------------------------------------------------

    def ids(self, kind: str, *, text: str = "", filt: ContactFilter = ContactFilter(), sort: str = "name",
            descending: bool = False, include_deleted: bool = False) -> list[int]:
        """Ids of the matching people or companies, in the order of `sort`, or ranked by `text` when sort="".

        Records in the Trash are left out unless include_deleted; the search index never holds them, so a text
        search finds live records only.
        """
        model = _model(kind)
        needle = " ".join((text or "").split())
        with self.db.session(write=False) as s:
            dialect = s.get_bind().dialect.name
            first = _filter_first(sort or "name", filt, dialect)
            if not needle:
                where = self._conditions(s, model, filt, include_deleted, first)
                order = _order_by(model, sort or "name", descending, filter_first=first, dialect=dialect)
                return _fetch_ints(s, select(model.id).where(*where).order_by(*order))
            found = [i for _k, i in search_index.search_ids(s, needle, kind, limit=None)]
            if not found:
                return []
            if not sort:
                if filt.is_empty and not access.reads_filtered(s):
                    return found   # the index holds live records only: nothing left to check
                where = self._conditions(s, model, filt, include_deleted)
                keep = set(_fetch_ints(s, select(model.id).where(*where, *_among(s, model, found))))
                return [i for i in found if i in keep]
            if len(found) <= _FEW_FOUND:
                where = self._conditions(s, model, filt, include_deleted)
                order = _order_by(model, sort, descending, dialect=dialect)
                return _fetch_ints(s, select(model.id).where(_in_ids(s, model.id, found), *where).order_by(*order))
            wanted = set(found)
            where = self._conditions(s, model, filt, include_deleted, first)
            order = _order_by(model, sort, descending, filter_first=first, dialect=dialect)
            return [i for i in _fetch_ints(s, select(model.id).where(*where).order_by(*order)) if i in wanted]

    def count(self, kind: str, filt: ContactFilter = ContactFilter()) -> int:
        """How many live records match the filter."""
        model = _model(kind)
        with self.db.session(write=False) as s:
            return self._count(s, model, filt)

    def rows(self, kind: str, ids: Sequence[int]) -> list[ContactRow]:
        """Display rows of the given ids (a page), in their order; ids that no longer exist are left out."""
        model = _model(kind)
        if not ids:
            return []
        with self.db.session(write=False) as s:
            rows = s.execute(_row_query(model, kind).where(_in_ids(s, model.id, ids))).all()
            link, key = _tag_link(kind)
            tags: dict[int, list[tuple[str, str]]] = {}
            for owner, name, color in s.execute(
                    select(key, Tag.name, Tag.color).join(Tag, Tag.id == link.c.tag_id)
                    .where(_in_ids(s, key, ids), Tag.deleted_at.is_(None)).order_by(Tag.name, Tag.id)):
                tags.setdefault(owner, []).append((name, color))
            by_id = {r.id: r for r in rows}
            result = []
            for record_id in ids:
                r = by_id.get(record_id)
                if r is None:
                    continue
                values: dict[str, object] = {
                    "city": r.city or "", "status": r.status, "owner": r.owner_full or r.owner_login or "",
                    "phone": r.phone or "", "email": r.email or "", "tags": tuple(tags.get(r.id, ())),
                    "last_activity": r.last_activity_at, "created": r.created_at}
                if kind == "person":
                    values.update(name=_person_name(r.first_name, r.last_name), company=r.company or "",
                                  position=r.position or "")
                else:
                    values.update(name=r.name, industry=r.industry or "", tax_id=r.tax_id or "", people=r.people)
                result.append(ContactRow(r.id, kind, r.version, values))
            return result

    # ---- saved segments ------------------------------------------------------------------------------------------

    def segments(self) -> list[SegmentInfo]:
        """The saved segments in their order, each with its live count; another user's segments are not shown."""
        with self.db.session(write=False) as s:
            query = select(SavedSegment).where(SavedSegment.deleted_at.is_(None), *self._visible())
            found = []
            for seg in s.scalars(query.order_by(SavedSegment.position, SavedSegment.id)):
                if seg.entity not in KINDS:
                    continue
                filt = ContactFilter.from_json(seg.filters)
                found.append(SegmentInfo(seg.id, seg.name, seg.entity, filt,
                                         self._count(s, _model(seg.entity), filt)))
            return found

    def save_segment(self, segment_id: int | None, name: str, kind: str, filt: ContactFilter) -> int:
        """Create (segment_id None) or rename/replace a segment; returns its id."""
        _model(kind)
        name = " ".join((name or "").split())
        if not name:
            raise ValidationError("The segment needs a name.")
        if len(name) > MAX_SEGMENT_NAME:
            raise ValidationError(f"The segment name is too long: {len(name)} characters, "
                                  f"at most {MAX_SEGMENT_NAME}.")
        filters = filt.to_json()
        with self.db.session() as s:
            folded = search_index.fold(name)
            others = s.execute(select(SavedSegment.id, SavedSegment.name).where(
                SavedSegment.deleted_at.is_(None), SavedSegment.entity == kind, *self._visible())).all()
            if any(o.id != segment_id and search_index.fold(o.name) == folded for o in others):
                raise ValidationError(f"A segment named '{name}' exists already. Choose another name.")
            if segment_id is None:
                position = (s.scalar(select(func.max(SavedSegment.position))
                                     .where(SavedSegment.deleted_at.is_(None))) or 0) + 1
                seg = SavedSegment(name=name, entity=kind, filters=filters, position=position,
                                   owner_id=self.user_id)
                s.add(seg)
                s.flush()
                self._log(s, seg, ChangeAction.INSERT, None, None, name)
                return seg.id
            seg = self._get_segment(s, segment_id)
            for field_name, new in (("name", name), ("entity", kind), ("filters", filters)):
                old = getattr(seg, field_name)
                if old != new:
                    setattr(seg, field_name, new)
                    self._log(s, seg, ChangeAction.UPDATE, field_name, old, new)
            return seg.id

    def delete_segment(self, segment_id: int) -> None:
        """Move a segment to the Trash (soft delete)."""
        with self.db.session() as s:
            seg = self._get_segment(s, segment_id)
            seg.deleted_at = self._clock()
            self._log(s, seg, ChangeAction.DELETE, None, None, None)

    # ---- helpers -------------------------------------------------------------------------------------------------

    def _visible(self) -> list[ColumnElement[bool]]:
        """Segments this user sees: shared ones and their own (everyone's when nobody is logged in)."""
        if self.user_id is None:
            return []
        return [or_(SavedSegment.owner_id.is_(None), SavedSegment.owner_id == self.user_id)]

    def _get_segment(self, s: Session, segment_id: int) -> SavedSegment:
        seg = s.get(SavedSegment, segment_id)
        if (seg is None or seg.deleted_at is not None
                or self.user_id is not None and seg.owner_id not in (None, self.user_id)):
            raise NotFoundError("This segment no longer exists; it may have been deleted.")
        return seg

    def _count(self, s: Session, model: Model, filt: ContactFilter) -> int:
        where = self._conditions(s, model, filt, include_deleted=False)
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0

    def _conditions(self, s: Session, model: Model, filt: ContactFilter, include_deleted: bool,
                    filter_first: bool = False) -> list[ColumnElement[bool]]:
        """The WHERE terms of the filter, each one SQL the indexes can serve.

        filter_first: the rows are to be found through the filter and sorted (see _order_by); then "not in the
        Trash" must not pick an index of live rows, which would be walked with a lookup of every row.
        """
        kind = "person" if model is Person else "company"
        live = (_plus(model.deleted_at.expression) if filter_first else model.deleted_at).is_(None)
        where: list[ColumnElement[bool]] = [] if include_deleted else [live]
        if filt.status:
            where.append(model.status.in_(filt.status))
        if filt.owner_id is not None:
            where.append(model.owner_id == filt.owner_id)
        if filt.lead_source_id is not None:
            where.append(model.lead_source_id == filt.lead_source_id)
        if filt.tag_id is not None:
            link, key = _tag_link(kind)
            where.append(model.id.in_(select(key).where(link.c.tag_id == filt.tag_id)))
        if filt.city.strip():
            wanted = search_index.fold(" ".join(filt.city.split()))
            # Folded in Python over the distinct cities (read from the city index), then an indexed IN:
            # a SQL folding function would be called once per row instead.
            cities = [c for c in s.scalars(select(model.city).where(model.city.is_not(None)).distinct())
                      if c is not None and search_index.fold(" ".join(c.split())) == wanted]
            where.append(_in_values(s, model.city, cities))
        # The two "not done" conditions usually match most records, so they are written as NOT IN the few that
        # did: SQLite builds that small set once from an index and probes it while it walks the rows in list order,
        # where "last_activity_at IS NULL OR <= cutoff" or a correlated NOT EXISTS looked up every row (3-4 s
        # against about 1 s at 1,000,000 people). The sets hold no NULLs, so NOT IN means what it says.
        if filt.not_contacted_days is not None:
            cutoff = self._clock() - timedelta(days=max(0, filt.not_contacted_days))
            recent = aliased(model)
            where.append(model.id.not_in(select(recent.id).where(recent.last_activity_at > cutoff)))
        if filt.no_next_task:
            task_owner = Task.person_id if model is Person else Task.company_id
            where.append(model.id.not_in(select(task_owner).where(
                task_owner.is_not(None), Task.done_at.is_(None), Task.deleted_at.is_(None))))
        if filt.bought_product_id is not None:
            deal_owner = Deal.person_id if model is Person else Deal.company_id
            where.append(model.id.in_(
                select(deal_owner).join(DealLine, DealLine.deal_id == Deal.id)
                .where(DealLine.product_id == filt.bought_product_id, Deal.status == DealStatus.WON.value,
                       Deal.deleted_at.is_(None), deal_owner.is_not(None))))
        if filt.birthday_this_week and model is Person:
            where.append(self._birthday_this_week())
        for def_id, op, value in filt.custom:
            where.append(model.id.in_(_custom_ids(s, kind, def_id, op, value)))
        return where

    def _birthday_this_week(self) -> ColumnElement[bool]:
        # Birthdays are dates of the user's calendar, so the week is the local one; the clock gives naive UTC.
        today = self._clock().replace(tzinfo=UTC).astimezone().date()
        monday = today - timedelta(days=today.weekday())
        first, last = monday.strftime("%m%d"), (monday + timedelta(days=6)).strftime("%m%d")
        if first <= last:
            return Person.birthday_md.between(first, last)
        # A week over New Year: late December or early January.
        return or_(Person.birthday_md >= first, Person.birthday_md <= last)

    def _log(self, s: Session, seg: SavedSegment, action: ChangeAction, field_name: str | None,
             old: object, new: object) -> None:
        s.add(ChangeLog(changed_at=self._clock(), user_id=self.user_id, entity=SavedSegment.__tablename__,
                        entity_id=seg.id, entity_uuid=seg.uuid, action=action.value, field=field_name,
                        old_value=_log_text(old), new_value=_log_text(new)))


# ---- sorting and fetching ------------------------------------------------------------------------------------------

def _model(kind: str) -> Model:
    if kind == "person":
        return Person
    if kind == "company":
        return Company
    raise ValidationError(f"'{kind}' is neither a person nor a company.")


def _tag_link(kind: str) -> tuple[Table, Any]:
    if kind == "person":
        return person_tags, person_tags.c.person_id
    return company_tags, company_tags.c.company_id


def _primary_channel(model: Model, channel_kind: str) -> Any:
    """The value of the record's primary channel of a kind (the first one when none is marked primary)."""
    owner = ContactChannel.person_id if model is Person else ContactChannel.company_id
    return (select(ContactChannel.value).where(owner == model.id, ContactChannel.kind == channel_kind)
            .order_by(ContactChannel.is_primary.desc(), ContactChannel.position, ContactChannel.id)
            .limit(1).scalar_subquery())


def _owner_name(model: Model) -> Any:
    """The owner as the list shows them: the full name, else the login."""
    return (select(func.coalesce(func.nullif(User.full_name, ""), User.login)).where(User.id == model.owner_id)
            .scalar_subquery())


def _first_tag(model: Model) -> Any:
    link, key = _tag_link("person" if model is Person else "company")
    return (select(func.min(Tag.name)).join(link, link.c.tag_id == Tag.id)
            .where(key == model.id, Tag.deleted_at.is_(None)).scalar_subquery())


def _people_count(company: Any) -> Any:
    return (select(func.count()).select_from(Person)
            .where(Person.company_id == company, Person.deleted_at.is_(None)).scalar_subquery())


def _order_by(model: Model, sort: str, descending: bool, *, filter_first: bool = False,
              dialect: str = "sqlite") -> list[Any]:
    """ORDER BY terms of a column; ties fall back on the name and the id, so the order is total and stable.

    filter_first (SQLite): the terms get SQLite's no-op unary '+', so the planner cannot read rows in the order of
    an index and must find them through the filter's index, then sort them. Left alone, it prefers walking the
    name index and looking up every one of a million rows: 3-7 s for a status filter at 1,000,000 people, against
    0.5 s for the filter's index and a sort (benchmarks/contacts_list.py prints the filtered figures).
    """
    if model is Person:
        tail: list[Any] = [Person.last_name, Person.first_name, Person.id]
        keys: dict[str, list[Any]] = {
            "name": [],
            "company": [select(Company.name).where(Company.id == Person.company_id, Company.deleted_at.is_(None))
                        .scalar_subquery()],
            "position": [Person.position],
            "phone": [_primary_channel(Person, "phone")],
            "email": [_primary_channel(Person, "email")],
            "city": [Person.city],
            "status": [Person.status],
            "owner": [_owner_name(Person)],
            "tags": [_first_tag(Person)],
            "last_activity": [Person.last_activity_at],
            "created": [Person.created_at],
        }
    else:
        tail = [Company.name, Company.id]
        keys = {
            "name": [],
            "city": [Company.city],
            "industry": [Company.industry],
            "tax_id": [Company.tax_id],
            "phone": [_primary_channel(Company, "phone")],
            "email": [_primary_channel(Company, "email")],
            "status": [Company.status],
            "owner": [_owner_name(Company)],
            "people": [_people_count(Company.id)],
            "tags": [_first_tag(Company)],
            "last_activity": [Company.last_activity_at],
            "created": [Company.created_at],
        }
    if sort not in keys:
        raise ValidationError(f"The list cannot be sorted by '{sort}'.")
    if sort in ("last_activity", "created"):
        tail = [model.id]   # timestamps rarely tie, and the id is the cheapest tie-break
    terms = keys[sort] + tail
    if filter_first:
        terms = [_plus(t) if isinstance(t, Column) else t for t in (getattr(t, "expression", t) for t in terms)]
    if dialect != "sqlite":
        # SQLite sorts empty values first; PostgreSQL puts NULL last unless told: both lists read the same.
        return [t.desc().nulls_last() for t in terms] if descending else [t.asc().nulls_first() for t in terms]
    return [t.desc() for t in terms] if descending else terms


def _plus(column: Any) -> Any:
    """SQLite's no-op unary '+': the same value, which no index (nor partial index) can serve."""
    return UnaryExpression(column, operator=operators.custom_op("+"), type_=column.type)


def _filter_first(sort: str, filt: ContactFilter, dialect: str) -> bool:
    """True unless reading rows in the order of the name index is the fastest plan: the name sort with no filter
    but the two "not done" ones, which usually match most people. Other columns' indexes hold deleted rows too,
    so walking them looks up every row; a scan and a sort is faster (city 2.5 s against 3.3 s, last activity
    1.9 s against 3.0 s at 1,000,000 people)."""
    weak = ContactFilter(not_contacted_days=filt.not_contacted_days, no_next_task=filt.no_next_task)
    return dialect == "sqlite" and (sort != "name" or filt != weak)


def _fetch_ints(s: Session, query: Select[Any]) -> list[int]:
    """The first column of a query as a plain list of ints.

    On SQLite the statement is compiled by SQLAlchemy and run on the driver's own cursor with a row factory that
    returns the int itself: for a million ids that is much faster than building SQLAlchemy rows (see
    benchmarks/contacts_list.py). Parameters get SQLAlchemy's conversions; anything else takes the plain path.
    """
    conn = s.connection()
    # The driver's cursor bypasses the ORM, and with it the access rules' "own records only" filter.
    if conn.dialect.name == "sqlite" and not access.reads_filtered(s):
        compiled = query.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
        params = compiled.construct_params()
        processors = getattr(compiled, "_bind_processors", {})
        positional = [processors[name](params[name]) if name in processors else params[name]
                      for name in compiled.positiontup or ()]
        if all(v is None or isinstance(v, int | float | str) for v in positional):
            cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
            cursor.row_factory = _first
            try:
                found: list[int] = cursor.execute(compiled.string, positional).fetchall()
                return found
            finally:
                cursor.close()
    return list(s.execute(query).scalars().all())


def _first(_cursor: object, row: tuple[Any, ...]) -> Any:
    return row[0]


def _among(s: Session, model: Model, found: Sequence[int]) -> list[ColumnElement[bool]]:
    """Narrow a query to the found ids when there are few; else the caller intersects the query's ids in Python."""
    return [_in_ids(s, model.id, found)] if len(found) <= _FEW_FOUND else []


def _in_ids(s: Session, column: Any, ids: Sequence[int]) -> ColumnElement[bool]:
    return _in_values(s, column, [int(i) for i in ids])


def _in_values(s: Session, column: Any, values: Sequence[object]) -> ColumnElement[bool]:
    """column IN values, as one JSON parameter on SQLite: no limit on the number of variables, one plan."""
    if not values:
        return literal(False)
    if s.get_bind().dialect.name != "sqlite":
        return column.in_(values)
    each = func.json_each(json.dumps(list(values), ensure_ascii=False)).table_valued("value")
    return column.in_(select(each.c.value))


@lru_cache(maxsize=2)
def _row_query(model: Model, kind: str) -> Select[Any]:
    """The page query without its ids; built once per kind (statements are immutable), a page is read often."""
    owner = (User.full_name.label("owner_full"), User.login.label("owner_login"))
    common = (model.id, model.version, model.city, model.status, model.last_activity_at, model.created_at,
              _primary_channel(model, "phone").label("phone"), _primary_channel(model, "email").label("email"))
    if kind == "person":
        return (select(*common, Person.first_name, Person.last_name, Person.position,
                       Company.name.label("company"), *owner)
                # a company in the Trash is not shown, as everywhere a person's company is named
                .outerjoin(Company, (Company.id == Person.company_id) & Company.deleted_at.is_(None))
                .outerjoin(User, User.id == Person.owner_id))
    return (select(*common, Company.name, Company.industry, Company.tax_id,
                   _people_count(Company.id).label("people"), *owner)
            .outerjoin(User, User.id == Company.owner_id))


def _person_name(first: str | None, last: str | None) -> str:
    return " ".join(p for p in (first, last) if p)


# ---- custom field conditions ----------------------------------------------------------------------------------------

def _custom_ids(s: Session, kind: str, def_id: int, op: str, value: object) -> Select[Any]:
    """Entity ids whose custom field compares to the value; a deleted or foreign field matches no record."""
    if op not in CUSTOM_OPS:
        raise ValidationError(f"'{op}' is not a way to compare a field; use one of {', '.join(CUSTOM_OPS)}.")
    definition = s.get(CustomFieldDefinition, def_id)
    base = select(CustomFieldValue.entity_id).where(CustomFieldValue.definition_id == def_id)
    if definition is None or definition.deleted_at is not None or definition.entity != kind:
        return base.where(literal(False))
    ftype = FieldType(definition.field_type)
    label = definition.label
    column: Any
    if ftype in (FieldType.TEXT, FieldType.CHOICE, FieldType.MULTI_CHOICE):
        if op not in ("=", "contains"):
            raise ValidationError(f"'{label}' is text: it can only equal or contain a value.")
        needle = search_index.fold(" ".join(str(value if value is not None else "").split()))
        # The field's distinct values come from the (definition, value) index and are folded in Python,
        # as SQLite's own lower() knows ASCII only; the matches go back as an indexed IN.
        texts = [t for t in s.scalars(select(CustomFieldValue.value_text).distinct().where(
            CustomFieldValue.definition_id == def_id, CustomFieldValue.value_text.is_not(None))) if t is not None]
        if ftype == FieldType.MULTI_CHOICE:
            matched = [t for t in texts if _any_option(t, needle, op)]
        elif op == "=":
            matched = [t for t in texts if search_index.fold(" ".join(t.split())) == needle]
        else:
            matched = [t for t in texts if needle in search_index.fold(t)]
        return base.where(_in_values(s, CustomFieldValue.value_text, matched))
    if op == "contains":
        raise ValidationError(f"'{label}' is not text: compare it with =, >= or <=.")
    typed: object
    if ftype in (FieldType.NUMBER, FieldType.MONEY):
        column, typed = CustomFieldValue.value_number, _decimal(value, label)
    elif ftype == FieldType.DATE:
        column, typed = CustomFieldValue.value_date, _date(value, label)
    else:
        if op != "=":
            raise ValidationError(f"'{label}' is yes or no: it can only equal a value.")
        column, typed = CustomFieldValue.value_bool, _bool(value, label)
    if op == "=":
        return base.where(column == typed)
    return base.where(column >= typed if op == ">=" else column <= typed)


def _any_option(stored: str, needle: str, op: str) -> bool:
    try:
        options = json.loads(stored)
    except ValueError:
        options = [stored]
    if not isinstance(options, list):
        options = [options]
    folded = [search_index.fold(str(o)) for o in options]
    return needle in folded if op == "=" else any(needle in o for o in folded)


def _decimal(value: object, label: str) -> Decimal:
    try:
        if isinstance(value, bool):
            raise InvalidOperation
        return Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        raise ValidationError(f"'{value}' is not a number; '{label}' compares with numbers.") from None


def _date(value: object, label: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(f"'{value}' is not a date (YYYY-MM-DD); '{label}' compares with dates.") from None


def _bool(value: object, label: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().casefold()
    if text in ("true", "yes", "1"):
        return True
    if text in ("false", "no", "0"):
        return False
    raise ValidationError(f"'{value}' is neither yes nor no; '{label}' is a yes/no field.")


# ---- JSON of filters and the change log ------------------------------------------------------------------------

def _json_value(value: object) -> object:
    """A custom-field value as JSON; numbers and dates keep their type through a one-key object."""
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    if isinstance(value, datetime | date):
        return {"date": value.isoformat()[:10]}
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def _from_json_value(value: object) -> object:
    if isinstance(value, Mapping):
        if "decimal" in value:
            try:
                return Decimal(str(value["decimal"]))
            except InvalidOperation:
                return None
        if "date" in value:
            try:
                return date.fromisoformat(str(value["date"]))
            except ValueError:
                return None
        return None
    return value if value is None or isinstance(value, bool | int | float | str) else None


def _int_or_none(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _log_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)

