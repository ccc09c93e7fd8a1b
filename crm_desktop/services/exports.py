"""Spreadsheet export of contacts, companies, deals, tasks and products to .xlsx (typed cells) or .csv.

The columns of the "import" layout are the English labels of the import fields (EXPORT_COLUMNS, custom fields
last), one column per field, so that import_mapping.propose() maps an exported file back to the same fields and
export -> import -> export gives the same file. The "full" layout is what the Contacts panel's bulk export writes:
every stored value of a person or company, all channels in one cell each, the id and the timestamps.

Cells a spreadsheet would run as a formula (OWASP "CSV injection": text starting with = + - @, tab or CR) stay
text: in .xlsx the cell is a string with Excel's quote prefix (the value itself is unchanged), in .csv, which has
no other way to say it, the text gets a leading "'". The file appears only when complete (a temporary file beside
it, then os.replace); a cancel or an error leaves no file. Qt-free.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import re
import secrets
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from itertools import chain, islice
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import Select, Table, func, select
from sqlalchemy.orm import Session, aliased

from crm_desktop.db.database import Database
from crm_desktop.errors import ValidationError
from crm_desktop.models import (
    Company,
    ContactChannel,
    CustomFieldValue,
    Deal,
    EntityKind,
    FieldType,
    LeadSource,
    LossReason,
    Person,
    Pipeline,
    Product,
    SavedSegment,
    Stage,
    Tag,
    Task,
    User,
    company_tags,
    person_tags,
)
from crm_desktop.services.contact_list import ContactFilter, ContactListService
from crm_desktop.services.custom_fields import live_definitions, read_value
from crm_desktop.services.progress import NO_PROGRESS, Progress

EXPORT_KINDS = ("contacts", "companies", "deals", "tasks", "products")
EXPORT_SUFFIXES = (".xlsx", ".csv")
LAYOUTS = ("import", "full")
CUSTOM_PREFIX = "custom:"     # the field key of a custom field is "custom:<definition id>"

# (field key, English header) per kind: the import field keys of import_mapping, in the order of the sheet.
EXPORT_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "contacts": (
        ("first_name", "First name"), ("middle_name", "Middle name"), ("last_name", "Last name"),
        ("email", "Email"), ("email2", "Email 2"), ("phone", "Phone"), ("mobile", "Mobile"), ("phone2", "Phone 2"),
        ("messenger", "Messenger"), ("company", "Company"), ("position", "Position"), ("company_role", "Role"),
        ("birthday", "Birthday"), ("address", "Address"), ("city", "City"), ("country", "Country"),
        ("language", "Language"), ("status", "Status"), ("lead_source", "Lead source"), ("owner", "Owner"),
        ("tags", "Tags"), ("notes", "Notes"),
    ),
    "companies": (
        ("name", "Name"), ("legal_name", "Legal name"), ("tax_id", "Tax ID"),
        ("registration_no", "Registration number"), ("industry", "Industry"), ("website", "Website"),
        ("email", "Email"), ("phone", "Phone"), ("legal_address", "Legal address"),
        ("postal_address", "Postal address"), ("city", "City"), ("country", "Country"), ("status", "Status"),
        ("lead_source", "Lead source"), ("owner", "Owner"), ("tags", "Tags"), ("notes", "Notes"),
        ("founded_on", "Founded on"),
    ),
    "deals": (
        ("title", "Title"), ("amount", "Amount"), ("currency", "Currency"), ("pipeline", "Pipeline"),
        ("stage", "Stage"), ("status", "Status"), ("created_at", "Created"), ("closed_on", "Closed on"),
        ("loss_reason", "Loss reason"), ("owner", "Owner"), ("lead_source", "Lead source"), ("company", "Company"),
        ("person", "Person"), ("expected_close_on", "Expected close"), ("notes", "Notes"),
    ),
    "tasks": (
        ("title", "Title"), ("kind", "Kind"), ("due_at", "Due"), ("all_day", "All day"),
        ("duration_min", "Duration (min)"), ("priority", "Priority"), ("owner", "Owner"), ("company", "Company"),
        ("person", "Person"), ("deal", "Deal"), ("notes", "Notes"), ("done_at", "Done"), ("result", "Result"),
    ),
    "products": (
        ("name", "Name"), ("sku", "SKU"), ("unit", "Unit"), ("price", "Price"), ("currency", "Currency"),
        ("vat_rate", "VAT rate"), ("description", "Description"), ("active", "Active"),
    ),
}
# Everything stored about a person or company, read rather than imported again (the bulk export of a selection).
_FULL_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "contacts": (
        ("id", "ID"), ("first_name", "First name"), ("middle_name", "Middle name"), ("last_name", "Last name"),
        ("position", "Position"), ("company", "Company"), ("company_role", "Role"), ("phones", "Phones"),
        ("emails", "Emails"), ("messengers", "Messengers"), ("birthday", "Birthday"), ("address", "Address"),
        ("city", "City"), ("country", "Country"), ("language", "Language"), ("status", "Status"),
        ("lead_source", "Lead source"), ("owner", "Owner"), ("tags", "Tags"), ("notes", "Notes"),
        ("last_activity_at", "Last activity"), ("created_at", "Created"), ("updated_at", "Updated"),
    ),
    "companies": (
        ("id", "ID"), ("name", "Name"), ("legal_name", "Legal name"), ("tax_id", "Tax ID"),
        ("registration_no", "Registration no."), ("industry", "Industry"), ("website", "Website"),
        ("phones", "Phones"), ("emails", "Emails"), ("messengers", "Messengers"),
        ("legal_address", "Legal address"), ("postal_address", "Postal address"), ("city", "City"),
        ("country", "Country"), ("bank_details", "Bank details"), ("founded_on", "Founded"), ("status", "Status"),
        ("lead_source", "Lead source"), ("owner", "Owner"), ("people", "People"), ("tags", "Tags"),
        ("notes", "Notes"), ("last_activity_at", "Last activity"), ("created_at", "Created"),
        ("updated_at", "Updated"),
    ),
    "deals": (("id", "ID"), *EXPORT_COLUMNS["deals"], ("updated_at", "Updated")),
    "tasks": (("id", "ID"), *EXPORT_COLUMNS["tasks"], ("created_at", "Created"), ("updated_at", "Updated")),
    "products": (("id", "ID"), *EXPORT_COLUMNS["products"], ("created_at", "Created"), ("updated_at", "Updated")),
}
_MONEY_KEYS = frozenset({"amount", "price"})
_SHEETS = {"contacts": "People", "companies": "Companies", "deals": "Deals", "tasks": "Tasks",
           "products": "Products"}
_CUSTOM_ENTITY = {"contacts": EntityKind.PERSON, "companies": EntityKind.COMPANY, "deals": EntityKind.DEAL}
_SEGMENT_KIND = {"contacts": "person", "companies": "company"}

_MONEY_FORMAT = "#,##0.00"
_CHUNK = 5000         # records read per query: fewer round trips, and a cancel is still seen at once
_WIDTH_SAMPLE = 500   # rows that decide the column widths of an .xlsx sheet (they are fixed before the rows)
_MAX_WIDTH = 60
# Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A formula start at the beginning of a line (of a cell, when the cells of a row are joined by newlines), or a
# control character an .xlsx cell cannot hold (openpyxl's ILLEGAL_CHARACTERS_RE).
_NEEDS_CARE = re.compile(r"^[=+\-@\t\r]|[\x00-\x08\x0b\x0c\x0e-\x1f]", re.MULTILINE)

Row = tuple[object, ...]


def neutralise(value: str) -> str:
    """The text as a spreadsheet shows it without running it: "'" before text that starts like a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def export_columns(db: Database, kind: str, layout: str = "import") -> list[tuple[str, str]]:
    """(field key, header) of every column an export of `kind` writes now, custom fields last."""
    _check_kind(kind, layout)
    with db.session(write=False) as s:
        return [(key, header) for key, header, _ in _columns(s, kind, layout)]


def export_records(db: Database, kind: str, path: Path | str, *, ids: Sequence[int] | None = None,
                   filt: ContactFilter | None = None, segment_id: int | None = None,
                   progress: Progress = NO_PROGRESS, layout: str = "import") -> int:
    """Write records of `kind` to an .xlsx or .csv file (by its suffix); returns the number of rows written.

    `ids` exports those records in that order (also ones in the Trash; ids that no longer exist are left out);
    otherwise `filt` or the saved segment `segment_id` (contacts and companies only) choose live records in the
    order of the Contacts list (by name); with none of them, every live record is written. A CancelledError from
    `progress` or any error leaves no file.
    """
    _check_kind(kind, layout)
    path = Path(path)
    if path.suffix.lower() not in EXPORT_SUFFIXES:
        raise ValidationError(f"Export to a file ending in .xlsx or .csv, not '{path.name}'.")
    wanted = record_ids(db, kind, ids=ids, filt=filt, segment_id=segment_id)
    with db.session(write=False) as s:
        columns = _columns(s, kind, layout)
        rows = _rows(s, kind, wanted, [key for key, _, _ in columns], progress)
        return write_table(path, [header for _, header, _ in columns], rows, sheet=_SHEETS[kind],
                           money_columns={i for i, (_, _, money) in enumerate(columns) if money})


def write_table(path: Path | str, headers: Sequence[str], rows: Iterable[Sequence[object]], *, sheet: str = "Sheet1",
                money_columns: Iterable[int] = ()) -> int:
    """Write a header row and `rows` to .xlsx or .csv (by the suffix), atomically; returns the number of rows.

    Values: str, int, float, Decimal, bool, date, datetime or None. In .xlsx, dates and numbers stay typed, the
    columns in `money_columns` get a money format, the header row is frozen and filtered. Formula-like text is
    neutralised in both formats (see the module docstring). OSError becomes a ValidationError naming the file.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise ValidationError(f"Export to a file ending in .xlsx or .csv, not '{path.name}'.")
    if not path.parent.is_dir():   # found now, not after the last row was read
        raise ValidationError(f"The file '{path}' could not be written: the folder '{path.parent}' does not "
                              "exist. Nothing was exported.")
    # Created by the writer itself (not mkstemp), so the file gets the user's usual permissions.
    part = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        if suffix == ".xlsx":
            count = _write_xlsx(part, sheet, headers, rows, frozenset(money_columns))
        else:
            count = _write_csv(part, headers, rows)
        os.replace(part, path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise ValidationError(f"The file '{path}' could not be written: {exc.strerror or exc}. "
                              "Nothing was exported.") from None
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return count


# ---- which records ---------------------------------------------------------------------------------------------

def _check_kind(kind: str, layout: str) -> None:
    if kind not in EXPORT_KINDS:
        raise ValidationError(f"'{kind}' cannot be exported; choose one of: {', '.join(EXPORT_KINDS)}.")
    if layout not in LAYOUTS:
        raise ValidationError(f"'{layout}' is not a layout of an export; choose one of: {', '.join(LAYOUTS)}.")


def record_ids(db: Database, kind: str, *, ids: Sequence[int] | None = None, filt: ContactFilter | None = None,
               segment_id: int | None = None) -> list[int]:
    """The ids export_records writes, in its order (see there); also what a .vcf export of a segment writes."""
    _check_kind(kind, "import")
    if sum(x is not None for x in (ids, filt, segment_id)) > 1:
        raise ValidationError("Export either the given records, a filter or a segment, not several of them.")
    if ids is not None:
        return list(dict.fromkeys(int(i) for i in ids))
    if (filt is not None or segment_id is not None) and kind not in _SEGMENT_KIND:
        raise ValidationError(f"Filters and segments choose contacts or companies, not {kind}.")
    if segment_id is not None:
        filt = _segment_filter(db, kind, segment_id)
    if kind in _SEGMENT_KIND:
        return ContactListService(db).ids(_SEGMENT_KIND[kind], filt=filt or ContactFilter())
    model: Any = {"deals": Deal, "tasks": Task, "products": Product}[kind]
    with db.session(write=False) as s:
        return list(s.scalars(select(model.id).where(model.deleted_at.is_(None)).order_by(model.id)))


def _segment_filter(db: Database, kind: str, segment_id: int) -> ContactFilter:
    with db.session(write=False) as s:
        segment = s.get(SavedSegment, segment_id)
        if segment is None or segment.deleted_at is not None:
            raise ValidationError("This segment no longer exists; it may have been deleted.")
        if segment.entity != _SEGMENT_KIND[kind]:
            holds = "contacts" if segment.entity == "person" else "companies"
            raise ValidationError(f"The segment '{segment.name}' holds {holds}, not {kind}.")
        return ContactFilter.from_json(segment.filters)


# ---- columns and rows ------------------------------------------------------------------------------------------

def _columns(s: Session, kind: str, layout: str) -> list[tuple[str, str, bool]]:
    """(key, header, is money) of each column, the live custom fields of the kind last."""
    base = EXPORT_COLUMNS[kind] if layout == "import" else _FULL_COLUMNS[kind]
    found = [(key, header, key in _MONEY_KEYS) for key, header in base]
    entity = _CUSTOM_ENTITY.get(kind)
    if entity is not None:
        found += [(f"{CUSTOM_PREFIX}{d.id}", d.label, d.field_type == FieldType.MONEY.value)
                  for d in live_definitions(s, entity)]
    return found


def _rows(s: Session, kind: str, ids: Sequence[int], keys: Sequence[str], progress: Progress) -> Iterator[Row]:
    """The rows of the records in the order of `ids`, read a chunk at a time; only the wanted keys are read."""
    source = _sources()[kind]
    wanted = set(keys)
    if kind == "tasks" and "due_at" in wanted:
        wanted.add("all_day")   # an all-day task's due time is written as its day
    plain = [key for key in source.columns if key in wanted or key == "id"]
    stmt = source.joins(select(*(source.columns[key] for key in plain)))
    id_col = source.columns["id"]
    local = [key for key in plain if key in _LOCAL_TIMES]
    entity = _CUSTOM_ENTITY.get(kind)
    definitions = {d.id: FieldType(d.field_type) for d in live_definitions(s, entity)
                   if f"{CUSTOM_PREFIX}{d.id}" in wanted} if entity else {}
    channels = source.channel_col is not None and not wanted.isdisjoint(_CHANNEL_KEYS)
    blank = dict.fromkeys(keys)
    row_of = itemgetter(*keys) if len(keys) > 1 else (lambda record: (record[keys[0]],))
    total = len(ids)
    for start in range(0, total, _CHUNK):
        progress.step(start, total, "Exporting")
        chunk = list(ids[start:start + _CHUNK])
        records: dict[int, dict[str, Any]] = {}
        for row in s.execute(stmt.where(_among(s, id_col, chunk))):
            records[row[0]] = record = blank.copy()
            record.update(zip(plain, row, strict=True))
        for values in records.values():
            for key in local:
                values[key] = _local(values[key])
        if kind == "tasks" and "due_at" in wanted:
            for values in records.values():
                if values["all_day"] and values["due_at"] is not None:
                    # An all-day task is due on a day: its stored time is local midnight, which says nothing more.
                    values["due_at"] = values["due_at"].date()
        if channels:
            _add_channels(s, source.channel_col, records, chunk, company=kind == "companies",
                          joined=not wanted.isdisjoint(_JOINED.values()))
        if "tags" in wanted and source.tag_link is not None:
            _add_tags(s, *source.tag_link, records, chunk)
        if "people" in wanted and kind == "companies":
            for rid, count in s.execute(select(Person.company_id, func.count(Person.id))
                                        .where(_among(s, Person.company_id, chunk), Person.deleted_at.is_(None))
                                        .group_by(Person.company_id)):
                if rid in records:
                    records[rid]["people"] = count
        if definitions:
            _add_custom(s, records, chunk, definitions)
        for rid in chunk:
            found = records.get(rid)
            if found is not None:
                yield row_of(found)
    progress.step(total, total, "Exporting")


def _among(s: Session, column: Any, ids: Sequence[int]) -> Any:
    """column IN ids; on SQLite as one JSON parameter (as contact_list does): any number of ids, no SQL per id."""
    if s.get_bind().dialect.name != "sqlite":
        return column.in_(ids)
    return column.in_(select(func.json_each(json.dumps(list(ids))).table_valued("value").c.value))


@dataclass(frozen=True)
class _Source:
    """How the records of one kind are read: the SQL expression of each plain key, the joins, the links."""

    columns: Mapping[str, Any]                     # key -> column or expression; "id" first
    joins: Callable[[Select[Any]], Select[Any]]
    channel_col: Any = None                        # ContactChannel's column pointing at the record
    tag_link: tuple[Table, Any] | None = None      # the link table and its column pointing at the record


_LOCAL_TIMES = frozenset({"last_activity_at", "created_at", "updated_at", "due_at", "done_at"})
_CHANNEL_KEYS = frozenset({"email", "email2", "phone", "mobile", "phone2", "messenger", "phones", "emails",
                           "messengers"})


@lru_cache(maxsize=1)
def _sources() -> dict[str, _Source]:
    owner = func.coalesce(func.nullif(User.full_name, ""), User.login)
    person = aliased(Person)
    person_name = func.nullif(func.trim(func.coalesce(person.first_name, "") + " "
                                        + func.coalesce(person.last_name, "")), "")
    times = ("last_activity_at", "created_at", "updated_at")

    def stamps(model: Any, *keys: str) -> dict[str, Any]:
        return {key: getattr(model, key) for key in keys}

    people = {
        "id": Person.id, "first_name": func.nullif(Person.first_name, ""), "middle_name": Person.middle_name,
        "last_name": func.nullif(Person.last_name, ""), "position": Person.position, "company": Company.name,
        "company_role": Person.company_role, "birthday": Person.birthday, "address": Person.address,
        "city": Person.city, "country": Person.country, "language": Person.language, "status": Person.status,
        "lead_source": LeadSource.name, "owner": owner, "notes": Person.notes, **stamps(Person, *times)}
    companies = {
        "id": Company.id, "name": Company.name, "legal_name": Company.legal_name, "tax_id": Company.tax_id,
        "registration_no": Company.registration_no, "industry": Company.industry, "website": Company.website,
        "legal_address": Company.legal_address, "postal_address": Company.postal_address, "city": Company.city,
        "country": Company.country, "bank_details": Company.bank_details, "founded_on": Company.founded_on,
        "status": Company.status, "lead_source": LeadSource.name, "owner": owner, "notes": Company.notes,
        **stamps(Company, *times)}
    deals = {
        "id": Deal.id, "title": Deal.title, "amount": Deal.amount, "currency": Deal.currency,
        "pipeline": Pipeline.name, "stage": Stage.name, "status": Deal.status, "created_at": Deal.created_at,
        "closed_on": Deal.closed_on, "loss_reason": LossReason.name, "owner": owner, "lead_source": LeadSource.name,
        "company": Company.name, "person": person_name, "expected_close_on": Deal.expected_close_on,
        "notes": Deal.notes, "updated_at": Deal.updated_at}
    tasks = {
        "id": Task.id, "title": Task.title, "kind": Task.kind, "due_at": Task.due_at, "all_day": Task.all_day,
        "duration_min": Task.duration_min, "priority": Task.priority, "owner": owner, "company": Company.name,
        "person": person_name, "deal": Deal.title, "notes": Task.notes, "done_at": Task.done_at,
        "result": Task.result, **stamps(Task, "created_at", "updated_at")}
    products = {
        "id": Product.id, "name": Product.name, "sku": Product.sku, "unit": Product.unit, "price": Product.price,
        "currency": Product.currency, "vat_rate": Product.vat_rate, "description": Product.description,
        "active": Product.active, **stamps(Product, "created_at", "updated_at")}
    return {
        "contacts": _Source(
            people, lambda q: q.select_from(Person).outerjoin(Company, Company.id == Person.company_id)
            .outerjoin(User, User.id == Person.owner_id).outerjoin(LeadSource, LeadSource.id == Person.lead_source_id),
            ContactChannel.person_id, (person_tags, person_tags.c.person_id)),
        "companies": _Source(
            companies, lambda q: q.select_from(Company).outerjoin(User, User.id == Company.owner_id)
            .outerjoin(LeadSource, LeadSource.id == Company.lead_source_id),
            ContactChannel.company_id, (company_tags, company_tags.c.company_id)),
        "deals": _Source(
            deals, lambda q: q.select_from(Deal).join(Pipeline, Pipeline.id == Deal.pipeline_id)
            .join(Stage, Stage.id == Deal.stage_id).outerjoin(LossReason, LossReason.id == Deal.loss_reason_id)
            .outerjoin(User, User.id == Deal.owner_id).outerjoin(LeadSource, LeadSource.id == Deal.lead_source_id)
            .outerjoin(Company, Company.id == Deal.company_id).outerjoin(person, person.id == Deal.person_id)),
        "tasks": _Source(
            tasks, lambda q: q.select_from(Task).outerjoin(User, User.id == Task.owner_id)
            .outerjoin(Company, Company.id == Task.company_id).outerjoin(person, person.id == Task.person_id)
            .outerjoin(Deal, Deal.id == Task.deal_id)),
        "products": _Source(products, lambda q: q.select_from(Product)),
    }


def _add_channels(s: Session, owner_col: Any, records: Mapping[int, dict[str, object]], chunk: Sequence[int],
                  *, company: bool, joined: bool) -> None:
    """The channel cells: one value per import field (Email, Email 2, Phone, Mobile, Phone 2, Messenger) and, when
    `joined`, every value of a kind in one cell (Phones, Emails, Messengers); the primary of each kind first."""
    every: dict[tuple[int, str], list[str]] = defaultdict(list)
    for rid, kind, label, value in s.execute(
            select(owner_col, ContactChannel.kind, ContactChannel.label, ContactChannel.value)
            .where(_among(s, owner_col, chunk))
            .order_by(owner_col, ContactChannel.is_primary.desc(), ContactChannel.position, ContactChannel.id)):
        record = records.get(rid)
        if record is None:
            continue
        if joined:
            every[(rid, kind)].append(value)
        if kind == "phone" and not company:
            # The first phone labelled mobile is the Mobile column; the other phones fill Phone and Phone 2 in
            # order, so an imported file (mobile -> label mobile) exports the same cells again.
            if label == "mobile" and record.get("mobile") is None:
                record["mobile"] = value
                continue
            slots: tuple[str, ...] = ("phone", "phone2")
        else:
            slots = _SLOTS.get(kind, ())   # a company has one Phone column: its first phone, mobile or not
        for slot in slots:
            if record.get(slot) is None:
                record[slot] = value
                break
    for (rid, kind), values in every.items():
        records[rid][_JOINED[kind]] = "; ".join(values)


_SLOTS = {"email": ("email", "email2"), "phone": ("phone",), "messenger": ("messenger",)}
_JOINED = {"phone": "phones", "email": "emails", "messenger": "messengers"}


def _add_tags(s: Session, link: Table, owner_col: Any, records: Mapping[int, dict[str, object]],
              chunk: Sequence[int]) -> None:
    names: dict[int, list[str]] = defaultdict(list)
    for rid, name in s.execute(select(owner_col, Tag.name).join(Tag, Tag.id == link.c.tag_id)
                               .where(_among(s, owner_col, chunk), Tag.deleted_at.is_(None)).order_by(Tag.name)):
        names[rid].append(name)
    for rid, found in names.items():
        if rid in records:
            records[rid]["tags"] = ", ".join(found)


def _add_custom(s: Session, records: Mapping[int, dict[str, object]], chunk: Sequence[int],
                definitions: Mapping[int, FieldType]) -> None:
    for row in s.scalars(select(CustomFieldValue).where(_among(s, CustomFieldValue.entity_id, chunk),
                                                        CustomFieldValue.definition_id.in_(list(definitions)))):
        values = records.get(row.entity_id)
        if values is not None:
            value = read_value(definitions[row.definition_id], row)
            values[f"{CUSTOM_PREFIX}{row.definition_id}"] = "; ".join(value) if isinstance(value, list) else value


def _local(value: datetime | None) -> datetime | None:
    """Stored naive UTC as the local wall-clock time a spreadsheet user reads."""
    return None if value is None else value.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


# ---- writers ---------------------------------------------------------------------------------------------------

def _write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    count = 0
    # UTF-8 with a BOM: Excel reads the file as UTF-8 only when the BOM is there. "x": the name is ours alone.
    with path.open("x", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([neutralise(h) for h in headers])
        for row in rows:
            writer.writerow([_csv_cell(v) for v in row])
            count += 1
    return count


def _csv_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value   # numbers: csv writes str(value), a Decimal with its places ("1200.50")


def _write_xlsx(path: Path, sheet: str, headers: Sequence[str], rows: Iterable[Sequence[object]],
                money_columns: frozenset[int]) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet)
    ws.freeze_panes = "A2"
    rows = iter(rows)
    # Widths go before the first row in a write-only sheet: they follow the header and the first rows.
    sample = [list(r) for r in islice(rows, _WIDTH_SAMPLE)]
    for index, header in enumerate(headers):
        width = max([len(header)] + [_display_width(r[index]) for r in sample])
        ws.column_dimensions[get_column_letter(index + 1)].width = min(max(width + 2, 8), _MAX_WIDTH)
    bold = Font(bold=True)
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(ws, value=_clean_text(header, ILLEGAL_CHARACTERS_RE))
        cell.font = bold
        if cell.value != header or header.startswith(_FORMULA_START):
            cell.data_type, cell.quotePrefix = "s", True
        header_cells.append(cell)
    ws.append(header_cells)

    # One styled cell per column, given each value in turn: a write-only sheet writes a row out as soon as it is
    # appended, so a cell is free again once its row is. Saves making a cell and a style lookup per value (most
    # rows have a phone starting with '+').
    quoted: dict[int, Any] = {}
    priced: dict[int, Any] = {}

    def text_cell(index: int, value: str) -> object:
        value = _clean_text(value, ILLEGAL_CHARACTERS_RE)
        if not value.startswith(_FORMULA_START):
            return value
        cell = quoted.get(index)
        if cell is None:
            cell = quoted[index] = WriteOnlyCell(ws)
            cell.quotePrefix = True
        cell.value = value
        cell.data_type = "s"   # kept as typed, but as text with Excel's quote prefix: never a formula
        return cell

    def money_cell(index: int, value: object) -> object:
        if value is None or isinstance(value, str):
            return value
        cell = priced.get(index)
        if cell is None:
            cell = priced[index] = WriteOnlyCell(ws)
            cell.number_format = _MONEY_FORMAT
        cell.value = value
        return cell

    money = sorted(money_columns)
    count = 0
    try:
        for row in chain(sample, rows):
            # Most cells pass unchanged: the text of a row is looked at in one search (a formula start, a control
            # character), and only a row that has such a cell is looked at cell by cell.
            if _NEEDS_CARE.search("\n".join([v for v in row if v.__class__ is str])):
                row = [text_cell(i, v) if type(v) is str and _NEEDS_CARE.search(v) else v
                       for i, v in enumerate(row)]
            if money:
                row = list(row)
                for i in money:
                    row[i] = money_cell(i, row[i])
            ws.append(row if isinstance(row, list | tuple) else list(row))
            count += 1
        ws.auto_filter.ref = f"A1:{get_column_letter(max(len(headers), 1))}{count + 1}"
        wb.save(path)
    except BaseException:
        _discard(ws)
        raise
    return count


def _discard(ws: Any) -> None:
    """End a sheet that will not be saved: its stream closed and its temporary file removed now, not at exit."""
    with contextlib.suppress(Exception):   # openpyxl has no public call for this; the export fails anyway
        ws.close()
        ws._writer.cleanup()


def _clean_text(value: str, illegal: Any) -> str:
    """Without the control characters an .xlsx cell cannot hold (openpyxl refuses them)."""
    return illegal.sub("", value) if illegal.search(value) else value


def _display_width(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 19
    if isinstance(value, date):
        return 10
    return min(len(str(value)), _MAX_WIDTH)
