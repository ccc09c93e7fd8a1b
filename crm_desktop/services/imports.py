"""Spreadsheet import of contacts, companies, deals, products and tasks; its history, revert and error workbook.

All or nothing: an import is one write transaction. Each row is written inside a SAVEPOINT, so a row that cannot be
stored is rejected with its reason and the rest goes on; a cancel, an error or a crash rolls the whole transaction
back and nothing of the file is in the database. A dry run does the same work and rolls back at the end, so its
counts are exact. People, the bulk of most imports, are written a chunk of rows at a time inside one savepoint
with Core inserts; a chunk the database refuses is written again row by row, each in its own savepoint, so the
rule "one bad row is rejected, the rest goes on" holds there too.

Duplicates are found in bulk: the match keys of a chunk of rows (emails, phone numbers, tax ids, SKUs, a chosen
column) are looked up with one query per kind of key, never one per row. Rows written earlier in the same import
are in the database by then, so a second row with the same email is a duplicate of the first one.

Every record an import created or updated is listed in `import_items` with its version afterwards and, for an
update, its values before; revert puts those back and moves what was created to the Trash, and refuses when any of
those records was changed since. Qt-free.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from datetime import time as day_time
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Date, DateTime, Table, func, insert, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from crm_desktop.db import postgres, search_index
from crm_desktop.db.database import Database
from crm_desktop.errors import ConflictError, CrmError, NotFoundError, ValidationError
from crm_desktop.models import (
    Activity,
    ActivityKind,
    ChangeAction,
    ChangeLog,
    Company,
    ContactChannel,
    ContactStatus,
    CustomFieldDefinition,
    CustomFieldValue,
    Deal,
    DealStageHistory,
    DealStatus,
    EntityKind,
    FieldType,
    ImportItem,
    ImportRun,
    LeadSource,
    LossReason,
    Person,
    Pipeline,
    Product,
    Stage,
    Tag,
    Task,
    TaskKind,
    User,
    new_uuid,
    utcnow,
)
from crm_desktop.services import import_mapping, tabular

# Private helpers of contacts.py and pipeline.py, imported rather than written again: the bulk path must check a
# person exactly as ContactService does, and a deal exactly as PipelineService does.
from crm_desktop.services.contacts import (
    STATUSES,
    ChannelInput,
    CompanyInput,
    ContactService,
    PersonInput,
    SaveResult,
    _birthday_md,
    _Channel,
    _checked_channels,
    _refuse_unreachable,
    _stripped,
    check_channel,
    person_name,
)
from crm_desktop.services.custom_fields import checked_values, live_definitions, log_text, write_value
from crm_desktop.services.duplicates import normalize_tax_id
from crm_desktop.services.exports import _FORMULA_START, neutralise
from crm_desktop.services.pipeline import (
    DealInput,
    _check_currency,
    _checked_deal,
    _column_end,
    _deal_amount,
    _money,
    _percent,
    _required_text,
)
from crm_desktop.services.pipeline import _set_tags as _set_deal_tags
from crm_desktop.services.progress import NO_PROGRESS, Progress
from crm_desktop.services.recurrence import to_local, to_utc
from crm_desktop.services.tabular import TableSource
from crm_desktop.services.vcard import country_code

KINDS = ("contacts", "companies", "deals", "products", "tasks")
ON_DUPLICATE = ("skip", "update", "create")
MATCH_KEYS = ("email", "phone", "taxid", "name")   # and "column:<index>"
ENTITIES = {"contacts": "person", "companies": "company", "deals": "deal", "products": "product", "tasks": "task"}
CUSTOM_PREFIX = "custom:"
ERROR_COLUMNS = ("Row", "Reason")   # added after the file's own columns in the error workbook
MAX_LISTED_REJECTS = 100_000     # rejected rows kept with their values (the counts stay exact past it)

_CHUNK = 2000           # rows read, matched and written together
_IN = 500               # values per IN (...) list: SQLite limits the bound parameters of a statement
_MODELS: dict[str, Any] = {"person": Person, "company": Company, "deal": Deal, "product": Product, "task": Task}
_TABLES = {"person": "persons", "company": "companies", "deal": "deals", "product": "products", "task": "tasks"}
_CUSTOM_ENTITY = {"contacts": EntityKind.PERSON, "companies": EntityKind.COMPANY, "deals": EntityKind.DEAL}
_CUSTOM_TYPES = {FieldType.TEXT: "text", FieldType.NUMBER: "decimal", FieldType.MONEY: "decimal",
                 FieldType.DATE: "date", FieldType.BOOL: "bool", FieldType.CHOICE: "text",
                 FieldType.MULTI_CHOICE: "text"}
# Contact statuses and deal outcomes as other CRMs and people write them; the stored value is on the right.
_STATUS_WORDS = {
    "lead": "lead", "new": "lead", "prospect": "prospect", "qualified": "prospect", "client": "client",
    "customer": "client", "active": "client", "former client": "former_client", "former_client": "former_client",
    "former customer": "former_client", "inactive": "former_client", "lost": "lost",
}
_DEAL_STATUS_WORDS = {
    "open": "open", "in progress": "open", "won": "won", "closed won": "won", "lost": "lost", "closed lost": "lost",
    "gewonnen": "won", "verloren": "lost", "open ": "open", "wygrana": "won", "przegrana": "lost",
    "otwarta": "open", "выиграна": "won", "проиграна": "lost", "открыта": "open", "موفق": "won", "ناموفق": "lost",
    "باز": "open",
}
_MONEY_KEYS = frozenset(("amount", "price"))
# Addresses contacts._email_problem accepts, in the form almost all have: letters, digits and the usual signs
# before the '@', dot-separated labels of letters, digits and inner hyphens after it, a top level of letters.
_PLAIN_EMAIL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                          r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}")
_TEXT_SPEC = import_mapping.FieldSpec("text", "Text", "text")
_TASK_SOURCES = {"owner_id": "owner", "company_id": "company", "person_id": "person", "deal_id": "deal"}
_PRIORITY_WORDS = {"low": 0, "normal": 1, "medium": 1, "high": 2, "urgent": 2}
_PERSON_LENGTHS = tuple((c.name, int(c.type.length)) for c in Person.__table__.c   # type: ignore[attr-defined]
                        if getattr(c.type, "length", None) and c.name in ("first_name", "last_name", "middle_name",
                                                                         "position", "company_role", "city"))
_PERSON_FIELDS = ("first_name", "last_name", "middle_name", "position", "company_role", "birthday", "address",
                  "city", "country", "language", "status", "notes")
_COMPANY_FIELDS = ("name", "legal_name", "tax_id", "registration_no", "industry", "website", "legal_address",
                   "postal_address", "city", "country", "status", "notes", "founded_on")
_PERSON_CHANNELS = {"email": ("email", "work"), "email2": ("email", "other"), "phone": ("phone", "work"),
                    "mobile": ("phone", "mobile"), "phone2": ("phone", "other"), "messenger": ("messenger", "other")}
_COMPANY_CHANNELS = {"email": ("email", "work"), "phone": ("phone", "work")}


# ---- what callers pass and get ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ImportOptions:
    """How to import a table: into what, which column is which field, and what to do with duplicates."""

    kind: str = "contacts"                                   # contacts | companies | deals | products | tasks
    mapping: Mapping[int, str] = field(default_factory=dict)  # column index -> field key; empty = propose()
    on_duplicate: str = "skip"                               # skip | update | create
    match: tuple[str, ...] = ("email", "phone", "taxid")     # and "name" (companies), "column:<index>"
    tags: tuple[str, ...] = ()                               # tag names put on every new or updated record
    owner_id: int | None = None                              # owner of new records without one in the file
    lead_source: str | None = None                           # lead source name of new records without one
    new_custom_fields: Mapping[int, str] = field(default_factory=dict)   # column index -> new text field's name
    locale: str = "en"                                       # decides day-first or month-first dates
    dry_run: bool = False


@dataclass(frozen=True)
class RejectedRow:
    """A row that was not imported: its number in the file, its values as read, and why."""

    row: int
    values: tuple[object, ...]
    reason: str


@dataclass
class ImportResult:
    """What an import did (or, for a dry run, would do)."""

    new: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: int = 0
    rejected_rows: list[RejectedRow] = field(default_factory=list)
    dry_run: bool = False
    run_id: int | None = None
    error_workbook: Path | None = None
    seconds: float = 0.0

    def counts(self) -> dict[str, int]:
        return {"new": self.new, "updated": self.updated, "skipped": self.skipped, "rejected": self.rejected}


@dataclass(frozen=True)
class PreviewRow:
    """One row as the import would read it: parsed values by field, problems by field, and what would happen."""

    row: int
    values: dict[str, object]
    problems: dict[str, str]
    action: str              # new | update | skip | reject


@dataclass(frozen=True)
class ImportRunInfo:
    """One line of the import history."""

    id: int
    file_name: str
    kind: str
    user_name: str
    started_at: datetime
    finished_at: datetime | None
    counts: dict[str, int]
    mapping: dict[int, str]
    options: dict[str, object]
    reverted_at: datetime | None
    revertible: bool


@dataclass(frozen=True)
class RevertResult:
    """What a revert did: records moved to the Trash and records given their old values back."""

    run_id: int
    removed: int
    restored: int


class _DryRun(Exception):
    """Raised at the end of a dry run so the transaction rolls back."""


# ---- the service -----------------------------------------------------------------------------------------------

class ImportService:
    """Import of tables (from tabular.inspect()) into the database, the import history and its revert."""

    def __init__(self, db: Database, user_id: int | None = None, tz: tzinfo | None = None) -> None:
        self.db = db
        self.user_id = user_id
        # The zone of the file's wall-clock times; None: the computer's, as exports.py writes them.
        self.tz = tz
        self.contacts = ContactService(db, user_id)

    def preview(self, source: TableSource, options: ImportOptions, limit: int = 20) -> list[PreviewRow]:
        """The first rows as the import would read and treat them; writes nothing (duplicates inside the preview
        count, as in a run)."""
        options = _checked_options(options, source)
        with self.db.session(write=False) as s:
            job = _Job(self, s, source, options, preview=True)
            return job.preview(tabular.preview_rows(source, limit))

    def run(self, source: TableSource, options: ImportOptions, progress: Progress = NO_PROGRESS,
            error_workbook: Path | None = None) -> ImportResult:
        """Import every row in one transaction; returns the counts. A dry run counts and writes nothing.

        With `error_workbook`, the rejected rows are written there (original columns, then Row and Reason), so
        they can be corrected and imported again with the same mapping.
        """
        options = _checked_options(options, source)
        started = time.perf_counter()
        result = ImportResult(dry_run=options.dry_run)
        sha1 = _file_sha1(source.path)
        try:
            with _fewer_collections(), self.db.session() as s:
                job = _Job(self, s, source, options, preview=False)
                job.start(sha1)
                job.run(tabular.iter_rows(source, progress), result)
                job.finish(result)
                if options.dry_run:
                    raise _DryRun
                result.run_id = job.run_id
        except _DryRun:
            result.run_id = None
        result.rejected_rows.sort(key=lambda r: r.row)
        if error_workbook is not None and result.rejected_rows:
            result.error_workbook = write_error_workbook(error_workbook, source.headers, result.rejected_rows)
        result.seconds = time.perf_counter() - started
        return result

    def history(self) -> list[ImportRunInfo]:
        """Every import, the latest first."""
        with self.db.session(write=False) as s:
            rows = s.execute(select(ImportRun, User.full_name, User.login)
                             .outerjoin(User, User.id == ImportRun.user_id)
                             .where(ImportRun.deleted_at.is_(None))
                             .order_by(ImportRun.started_at.desc(), ImportRun.id.desc())).all()
            found: list[ImportRunInfo] = []
            for run, full_name, login in rows:
                counts = {k: int(v) for k, v in dict(run.counts or {}).items() if isinstance(v, int)}
                mapping = {int(k): str(v) for k, v in dict(run.mapping or {}).items()}
                found.append(ImportRunInfo(
                    run.id, run.file_name, run.kind, full_name or login or "", run.started_at, run.finished_at,
                    counts, mapping, dict(run.options or {}), run.reverted_at,
                    run.reverted_at is None and run.finished_at is not None
                    and counts.get("new", 0) + counts.get("updated", 0) > 0))
            return found

    def revert(self, run_id: int) -> RevertResult:
        """Undo an import in one transaction: what it created goes to the Trash, what it updated gets its old
        values back. Refused (ConflictError naming the records) when any of them was changed since."""
        with self.db.session() as s:
            run = s.get(ImportRun, run_id)
            if run is None or run.deleted_at is not None:
                raise NotFoundError("The import no longer exists in the history.")
            if run.reverted_at is not None:
                raise ValidationError(f"The import of '{run.file_name}' was already reverted.")
            items = s.execute(select(ImportItem.entity, ImportItem.entity_id, ImportItem.action,
                                     ImportItem.version_after, ImportItem.old_values)
                              .where(ImportItem.run_id == run_id).order_by(ImportItem.id)).all()
            _refuse_changed(s, items)
            now = utcnow()
            created: dict[str, list[int]] = {}
            restored = 0
            for entity, entity_id, action, version_after, old_values in items:
                if action == "created":
                    created.setdefault(entity, []).append(entity_id)
                else:
                    self._restore(s, entity, entity_id, version_after, old_values or {})
                    restored += 1
            removed = 0
            for entity, ids in created.items():
                removed += _soft_delete(s, entity, ids, now, self.user_id)
            run.reverted_at = now
            s.add(Activity(kind=ActivityKind.IMPORT.value, occurred_at=now, user_id=self.user_id,
                           subject=f"Import of '{run.file_name}' reverted"[:300],
                           data={"run_id": run.id, "reverted": True, "removed": removed, "restored": restored}))
            return RevertResult(run_id, removed, restored)

    def _restore(self, s: Session, entity: str, entity_id: int, version: int, old: Mapping[str, Any]) -> None:
        if entity == "person":
            self.contacts.update_person_in(s, entity_id, _person_input_from_json(old), version)
        elif entity == "company":
            self.contacts.update_company_in(s, entity_id, _company_input_from_json(old), version)
        else:
            record = s.get(_MODELS[entity], entity_id)
            assert record is not None   # _refuse_changed saw it
            for name, value in old.items():
                setattr(record, name, _from_json(value))
            s.flush()


class ImportJournal:
    """The history entry of an import made outside the spreadsheet engine (a vCard file): written in that import's
    own transaction, so the import history lists it and Revert undoes it like any other."""

    def __init__(self, s: Session, user_id: int | None, path: Path, kind: str, options: Mapping[str, Any]) -> None:
        self.s, self.user_id, self.kind = s, user_id, kind
        run = ImportRun(file_name=path.name[:500], file_sha1=_file_sha1(path), kind=kind, user_id=user_id,
                        started_at=utcnow(), counts={}, mapping={}, options=dict(options))
        s.add(run)
        s.flush()
        self.run = run

    def created(self, entity: str, rid: int, version: int) -> None:
        self.s.execute(insert(ImportItem).values(run_id=self.run.id, entity=entity, entity_id=rid, action="created",
                                                 version_after=version))

    def updated(self, entity: str, rid: int, version: int, before: PersonInput | CompanyInput) -> None:
        """A record the import changed, with its values before (kept from the first change when changed twice)."""
        listed = self.s.execute(update(ImportItem).where(
            ImportItem.run_id == self.run.id, ImportItem.entity_id == rid, ImportItem.entity == entity)
            .values(version_after=version)).rowcount   # type: ignore[attr-defined]  # a CursorResult
        if not listed:
            self.s.execute(insert(ImportItem).values(run_id=self.run.id, entity=entity, entity_id=rid,
                                                     action="updated", version_after=version,
                                                     old_values=_input_json(before)))

    def finish(self, counts: Mapping[str, int]) -> None:
        self.run.finished_at = utcnow()
        self.run.counts = dict(counts)
        self.s.add(Activity(kind=ActivityKind.IMPORT.value, occurred_at=self.run.finished_at, user_id=self.user_id,
                            subject=f"Import of '{self.run.file_name}' into {self.kind}"[:300],
                            data={"run_id": self.run.id, "kind": self.kind, **counts}))
        self.s.flush()


def import_file(db: Database, path: Path | str, options: ImportOptions, user_id: int | None = None,
                progress: Progress = NO_PROGRESS, error_workbook: Path | None = None,
                tz: tzinfo | None = None) -> ImportResult:
    """Inspect a file (first sheet, detected encoding and header row) and import it: the command line's way."""
    source = tabular.inspect(path)
    return ImportService(db, user_id, tz).run(source, options, progress, error_workbook)


# ---- one import ------------------------------------------------------------------------------------------------

@dataclass(slots=True)
class _Row:
    """A row read and checked: what the kind's writer needs, its match keys, or why it is rejected."""

    row: int
    values: tuple[object, ...]
    parsed: dict[str, object]
    problems: dict[str, str]
    keys: list[tuple[str, str]] = field(default_factory=list)
    data: Any = None          # PersonInput / CompanyInput / dict of a deal, product or task
    extra: dict[str, Any] = field(default_factory=dict)
    channels: list[_Channel] = field(default_factory=list)
    reason: str | None = None
    warnings: dict[str, str] = field(default_factory=dict)   # values stored all the same, with what looks wrong


@dataclass(frozen=True)
class _Links:
    """What a new person points at, resolved to ids when the person is about to be written."""

    company_id: int | None
    owner_id: int | None
    lead_source_id: int | None
    tag_ids: tuple[int, ...]
    custom: Mapping[int, object]


class _Job:
    """The state of one run or preview: the session, the checked mapping and the caches of names to ids."""

    def __init__(self, service: ImportService, s: Session, source: TableSource, options: ImportOptions, *,
                 preview: bool) -> None:
        self.service = service
        self.contacts = service.contacts
        self.s = s
        self.source = source
        self.options = options
        self.kind = options.kind
        self.entity = ENTITIES[options.kind]
        self.is_preview = preview
        self.user_id = service.user_id
        self.tz = service.tz
        self.now = utcnow()
        self.run_id: int | None = None
        self.result = ImportResult(dry_run=options.dry_run)
        self._companies: dict[str, tuple[int, str | None]] | None = None
        self._users: dict[str, int] | None = None
        self._tags: dict[str, int] | None = None
        self._sources: dict[str, int] | None = None
        self._refs: dict[tuple[str, str], int | None] = {}
        self.pending: list[_Row] = []          # people checked and waiting for the next bulk insert
        self.pending_keys: dict[tuple[str, str], int] = {}
        # Match key -> id of the records of the chunk's keys: looked up in the database, then the records written.
        self.found: dict[tuple[str, str], int] = {}
        self._taxids: list[tuple[int, str]] | None = None
        self._countries: dict[str, str | None] = {}
        self.mapping = self._mapping()
        self.specs = self._specs()
        self.columns = [(index, key, self.specs[key]) for index, key in sorted(self.mapping.items())]
        self.has_custom = any(key.startswith(CUSTOM_PREFIX) for key in self.mapping.values())
        self.match_email, self.match_phone = "email" in options.match, "phone" in options.match
        self.column_matches = self._column_matches()
        self.option_tags: tuple[str, ...] = tuple(t.strip() for t in options.tags if t.strip())

    # ---- set-up ------------------------------------------------------------------------------------------------

    def _mapping(self) -> dict[int, str]:
        headers = self.source.headers
        if self.options.mapping:
            given = dict(self.options.mapping)
        else:
            entity = _CUSTOM_ENTITY.get(self.kind)
            custom = {d.id: d.label for d in live_definitions(self.s, entity)} if entity is not None else {}
            given = import_mapping.propose(self.kind, headers, custom)
            if tuple(headers[-2:]) == ERROR_COLUMNS:   # an error workbook of an earlier import: not data
                given.update({len(headers) - 2: "", len(headers) - 1: ""})
        mapping = {int(i): k for i, k in given.items() if k and 0 <= int(i) < len(headers)}
        for index in self.options.new_custom_fields:
            if not 0 <= int(index) < len(headers):
                raise ValidationError(f"Column {int(index) + 1} does not exist in '{self.source.path.name}'.")
            mapping[int(index)] = f"{CUSTOM_PREFIX}new"
        known = {f.key for f in import_mapping.TARGETS[self.kind]}
        seen: dict[str, int] = {}
        for index, key in sorted(mapping.items()):
            if key.startswith(CUSTOM_PREFIX):
                if self.kind not in _CUSTOM_ENTITY:
                    raise ValidationError(f"{self.kind.capitalize()} have no custom fields; map column "
                                          f"'{headers[index]}' to another field or skip it.")
                if key == f"{CUSTOM_PREFIX}new":
                    continue
            elif key not in known:
                raise ValidationError(f"'{key}' is not a field of {self.kind}; map column '{headers[index]}' to "
                                      "another field or skip it.")
            if key in seen:
                raise ValidationError(f"The columns '{headers[seen[key]]}' and '{headers[index]}' are both mapped "
                                      f"to the same field; map one of them to another field or skip it.")
            seen[key] = index
        if not mapping:
            raise ValidationError(f"No column of '{self.source.path.name}' is mapped to a field; choose at least "
                                  "one.")
        return mapping

    def _specs(self) -> dict[str, Any]:
        specs: dict[str, Any] = {f.key: f for f in import_mapping.TARGETS[self.kind]}
        entity = _CUSTOM_ENTITY.get(self.kind)
        if entity is not None:
            for definition in live_definitions(self.s, entity):
                key = f"{CUSTOM_PREFIX}{definition.id}"
                specs[key] = import_mapping.FieldSpec(key, definition.label,
                                                      _CUSTOM_TYPES[FieldType(definition.field_type)])
            specs[f"{CUSTOM_PREFIX}new"] = import_mapping.FieldSpec(f"{CUSTOM_PREFIX}new", "New field", "text")
        for key in self.mapping.values():
            if key not in specs:
                raise ValidationError("A custom field chosen for a column no longer exists; it may have been "
                                      "deleted. Choose the fields again.")
        return specs

    def _create_custom_fields(self) -> None:
        """The new text fields asked for, created inside the import's transaction (a dry run leaves none)."""
        entity = _CUSTOM_ENTITY[self.kind]
        live = {search_index.fold(d.label): d.id for d in live_definitions(self.s, entity)}
        taken = set(self.s.scalars(select(CustomFieldDefinition.key)
                                   .where(CustomFieldDefinition.entity == entity.value)))
        last = self.s.scalar(select(func.max(CustomFieldDefinition.position))
                             .where(CustomFieldDefinition.entity == entity.value))
        position = (last if last is not None else -1) + 1
        from crm_desktop.services.custom_fields import _slug, _unique_key  # the keys custom fields get elsewhere

        for index, name in sorted(self.options.new_custom_fields.items()):
            label = (name or "").strip() or self.source.headers[int(index)]
            def_id = live.get(search_index.fold(label))
            if def_id is None:
                key = _unique_key(_slug(label), taken)
                taken.add(key)
                definition = CustomFieldDefinition(entity=entity.value, key=key, label=label[:200],
                                                   field_type=FieldType.TEXT.value, position=position)
                position += 1
                self.s.add(definition)
                self.s.flush()
                def_id = definition.id
                live[search_index.fold(label)] = def_id
            key = f"{CUSTOM_PREFIX}{def_id}"
            self.mapping[int(index)] = key
            self.specs[key] = import_mapping.FieldSpec(key, label, "text")
        self.columns = [(index, key, self.specs[key]) for index, key in sorted(self.mapping.items())]
        self.has_custom = True
        self.column_matches = self._column_matches()

    def _column_matches(self) -> list[str]:
        """The fields of the columns chosen to match on ("column:N"); channel and tax id columns are matched by
        their own keys already."""
        found: list[str] = []
        for match in self.options.match:
            index = _column_index(match)
            key = self.mapping.get(index) if index is not None else None
            if key and key not in ("email", "phone", "tax_id") and key not in _PERSON_CHANNELS:
                found.append(key)
        return found

    def start(self, sha1: str) -> None:
        if self.options.new_custom_fields:
            self._create_custom_fields()
        run = ImportRun(file_name=self.source.path.name[:500], file_sha1=sha1, kind=self.kind,
                        user_id=self.user_id, started_at=self.now, counts={},
                        mapping={str(i): k for i, k in sorted(self.mapping.items())},
                        options=_options_json(self.options, self.source))
        self.s.add(run)
        self.s.flush()
        self.run_id = run.id

    # ---- the run -----------------------------------------------------------------------------------------------

    def run(self, rows: Iterator[tuple[int, tuple[object, ...]]], result: ImportResult) -> None:
        self.result = result
        chunk: list[tuple[int, tuple[object, ...]]] = []
        for item in rows:
            chunk.append(item)
            if len(chunk) >= _CHUNK:
                self._chunk(chunk)
                chunk = []
        if chunk:
            self._chunk(chunk)

    def _chunk(self, raw: Sequence[tuple[int, tuple[object, ...]]]) -> None:
        rows = [self._read(number, values) for number, values in raw]
        self.found = self._lookup([r for r in rows if r.reason is None])
        for row in rows:
            if row.reason is not None:
                self._reject(row, row.reason)
                continue
            match = self._match(row)
            if match is not None and self.options.on_duplicate == "skip":
                self.result.skipped += 1
                continue
            if match is not None and self.options.on_duplicate == "update":
                if match < 0:    # a person of this file still waiting to be written: write them first
                    self._flush_people()
                    match = self._match(row)
                if match is None or match < 0:   # the person it matched was rejected: this row is new
                    self._write(row, None)
                else:
                    self._write(row, match)
            else:
                self._write(row, None)
        self._flush_people()
        # Nothing of the chunk is needed again: the identity map would otherwise grow with every updated record.
        self.s.expunge_all()

    def finish(self, result: ImportResult) -> None:
        assert self.run_id is not None
        counts = result.counts()
        run = self.s.get(ImportRun, self.run_id)
        assert run is not None
        run.finished_at = utcnow()
        run.counts = dict(counts)
        self.s.add(Activity(kind=ActivityKind.IMPORT.value, occurred_at=run.finished_at, user_id=self.user_id,
                            subject=f"Import of '{run.file_name}' into {self.kind}"[:300],
                            data={"run_id": run.id, "kind": self.kind, **counts}))
        self.s.flush()

    def preview(self, raw: Sequence[tuple[int, tuple[object, ...]]]) -> list[PreviewRow]:
        rows = [self._read(number, values) for number, values in raw]
        self.found = self._lookup([r for r in rows if r.reason is None])
        shown: list[PreviewRow] = []
        seen: dict[tuple[str, str], int] = {}
        for row in rows:
            values = {k: v for k, v in row.parsed.items()}
            if row.reason is not None:
                problems = dict(row.problems) or {"": row.reason}
                shown.append(PreviewRow(row.row, values, problems, "reject"))
                continue
            match = self._match(row) or next((seen[k] for k in row.keys if k in seen), None)
            if match is None:
                action = "new"
            else:
                action = {"skip": "skip", "update": "update", "create": "new"}[self.options.on_duplicate]
            for key in row.keys:
                seen.setdefault(key, -row.row)
            shown.append(PreviewRow(row.row, values, dict(row.warnings), action))
        return shown

    def _reject(self, row: _Row, reason: str) -> None:
        self.result.rejected += 1
        if len(self.result.rejected_rows) < MAX_LISTED_REJECTS:
            self.result.rejected_rows.append(RejectedRow(row.row, row.values, reason))

    # ---- reading a row -----------------------------------------------------------------------------------------

    def _read(self, number: int, values: tuple[object, ...]) -> _Row:
        parsed: dict[str, object] = {}
        problems: dict[str, str] = {}
        for index, key, spec in self.columns:
            raw = values[index] if index < len(values) else None
            if raw is None:
                continue
            if isinstance(raw, str):
                if not raw or raw.isspace():
                    continue
                if raw[0] == "'" and raw[1:2] in _FORMULA_START:
                    raw = raw[1:]   # a cell this app (or Excel) neutralised on export: the value is what follows
            try:
                if key in _MONEY_KEYS:
                    # "1 234,50 zł": the amount, and the currency written beside it when no column says it.
                    amount, code = import_mapping.parse_number(raw)
                    value: object = amount
                    if code and "currency" not in parsed:
                        parsed["currency"] = code
                else:
                    value = import_mapping.parse_value(spec, raw, locale=self.options.locale,
                                                       date_1904=self.source.date_1904)
            except ValueError as exc:
                if spec.type in ("email", "phone"):
                    # Kept as typed, as the card keeps it: the channel check below says what is wrong, and the
                    # row is refused only when none of its phones and emails could reach the person.
                    value = import_mapping.parse_value(_TEXT_SPEC, raw, locale=self.options.locale)
                else:
                    problems[key] = str(exc)
                    continue
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            parsed[key] = value
        row = _Row(number, values, parsed, problems)
        if problems:
            row.reason = "; ".join(f"{self.specs[k].label}: {v}" for k, v in problems.items())
            return row
        try:
            getattr(self, f"_read_{self.entity}")(row)
        except CrmError as exc:
            row.reason = str(exc)
        except ValueError as exc:
            row.reason = str(exc)
        return row

    def _custom(self, row: _Row) -> dict[int, object]:
        if not self.has_custom:
            return {}
        custom = {int(k[len(CUSTOM_PREFIX):]): v for k, v in row.parsed.items()
                  if k.startswith(CUSTOM_PREFIX) and k != f"{CUSTOM_PREFIX}new"}
        for def_id, value in list(custom.items()):
            if isinstance(value, str) and self._field_type(def_id) == FieldType.MULTI_CHOICE:
                custom[def_id] = [p.strip() for p in value.replace(";", ",").split(",") if p.strip()]
        return checked_values(self.s, _CUSTOM_ENTITY[self.kind], custom) if custom else {}

    def _field_type(self, def_id: int) -> FieldType:
        definition = self.s.get(CustomFieldDefinition, def_id)
        return FieldType(definition.field_type) if definition is not None else FieldType.TEXT

    def _read_person(self, row: _Row) -> None:
        p = row.parsed
        first, last = str(p.get("first_name") or ""), str(p.get("last_name") or "")
        if not first and not last and p.get("full_name"):
            first, last = _split_name(_text(p.get("full_name")))
        channel_keys = [key for key in _PERSON_CHANNELS if p.get(key) not in (None, "")]
        company = _text(p.get("company")) or None
        if not first and not last:
            # Lists of addresses often have no names: the person is named after the company, email or phone.
            first = company or next((_text(p[key]) for key in channel_keys), "")
            if not first:
                raise ValidationError("The row has no name (first name, last name, company, email or phone).")
        # The checks of ContactService._clean_person without building an input per row: the bulk of an import.
        # parse_value gives text fields as stripped, non-empty strings (empty cells are left out of `parsed`).
        get = p.get
        data: dict[str, Any] = {
            "first_name": first, "last_name": last, "middle_name": get("middle_name"), "position": get("position"),
            "company_role": get("company_role"), "birthday": _date(get("birthday")), "address": get("address"),
            "city": get("city"), "country": self._country(get("country")), "status": _status(get("status")),
            "notes": get("notes"), "language": get("language")}
        for name, limit in _PERSON_LENGTHS:
            value = data[name]
            if value is not None and len(value) > limit:
                raise ValidationError(f"The {self.specs[name].label.lower()} is too long ({limit} characters at "
                                      "most).")
        if data["language"] is not None and len(data["language"]) > 5:
            raise ValidationError("The language must be a code such as 'en' or 'pt-BR'.")
        if data["birthday"] is not None and data["birthday"] > self.now.date():
            raise ValidationError("The birthday is in the future.")
        region = data["country"]
        if region is None and company:
            region = self.companies().get(search_index.fold(company), (0, None))[1]
        checked = _person_channels([(key, str(p[key])) for key in channel_keys], region)
        _refuse_unreachable(person_name(first, last), checked)
        if any(c.problem for c in checked):
            row.warnings = {key: c.problem for key, c in zip(channel_keys, checked, strict=True) if c.problem}
        row.data = data
        row.channels = checked
        row.extra = {"company": company, "tags": _names(p.get("tags")), "owner_id": self._owner(p.get("owner"), row),
                     "lead_source": _opt(p.get("lead_source")), "custom": self._custom(row)}
        self._channel_keys(row, checked)
        self._column_keys(row)

    def _read_company(self, row: _Row) -> None:
        p = row.parsed
        channel_keys = [key for key in _COMPANY_CHANNELS if p.get(key) not in (None, "")]
        channels = tuple(ChannelInput(_COMPANY_CHANNELS[key][0], _text(p[key]), _COMPANY_CHANNELS[key][1])
                         for key in channel_keys)
        data = CompanyInput(
            name=_text(p.get("name")), legal_name=_opt(p.get("legal_name")), tax_id=_opt(p.get("tax_id")),
            registration_no=_opt(p.get("registration_no")), industry=_opt(p.get("industry")),
            website=_opt(p.get("website")), legal_address=_opt(p.get("legal_address")),
            postal_address=_opt(p.get("postal_address")), city=_opt(p.get("city")),
            country=self._country(p.get("country")), status=_status(p.get("status")), notes=_opt(p.get("notes")),
            founded_on=_date(p.get("founded_on")), channels=channels)
        clean: CompanyInput = _stripped(data, Company)
        if not clean.name:
            raise ValidationError("The company needs a name.")
        checked, _problems = _checked_channels(clean.channels, clean.country)
        _refuse_unreachable(clean.name, checked)
        row.warnings = {key: c.problem for key, c in zip(channel_keys, checked, strict=True) if c.problem}
        row.data = clean
        row.channels = checked
        row.extra = {"tags": _names(p.get("tags")), "owner_id": self._owner(p.get("owner"), row),
                     "lead_source": _opt(p.get("lead_source")), "custom": self._custom(row)}
        if "taxid" in self.options.match and clean.tax_id:
            norm = normalize_tax_id(clean.tax_id)
            if len(norm) >= 4:
                row.keys.append(("taxid", norm))
        self._channel_keys(row, checked)
        if "name" in self.options.match:
            row.keys.append(("name", search_index.fold(clean.name)))
        self._column_keys(row)

    def _read_deal(self, row: _Row) -> None:
        p = row.parsed
        title = _required_text(_text(p.get("title")), "The deal needs a title.", 300)
        pipeline_id, stage_id = self._stage(_opt(p.get("pipeline")), _opt(p.get("stage")))
        status = _deal_status(p.get("status"))
        data: dict[str, Any] = {
            "title": title, "pipeline_id": pipeline_id, "stage_id": stage_id, "status": status,
            "amount": _money(p["amount"], "The amount") if p.get("amount") is not None else None,
            "currency": _check_currency(_text(p.get("currency")) or "EUR"),
            "created_at": _datetime(p.get("created_at"), self.tz), "closed_on": _date(p.get("closed_on")),
            "expected_close_on": _date(p.get("expected_close_on")), "notes": _opt(p.get("notes")),
            "loss_reason": _opt(p.get("loss_reason")), "company": _opt(p.get("company")),
            "person": _opt(p.get("person")), "custom": self._custom(row)}
        row.data = data
        # Where _write_deal's _common_ids reads them, as for people and companies.
        row.extra = {"owner_id": self._owner(p.get("owner"), row), "lead_source": _opt(p.get("lead_source"))}
        self._column_keys(row)

    def _read_product(self, row: _Row) -> None:
        p = row.parsed
        sku = _opt(p.get("sku"))
        if sku is not None and len(sku) > 80:
            raise ValidationError("The SKU is too long (80 characters at most).")
        data: dict[str, Any] = {
            "name": _required_text(_text(p.get("name")), "The product needs a name.", 300), "sku": sku,
            "unit": _required_text(_text(p.get("unit")) or "pcs", "Enter the unit the product is sold in.", 20),
            "price": _money(p.get("price") or 0, "The price"),
            "currency": _check_currency(_text(p.get("currency")) or "EUR"),
            "vat_rate": _percent(p.get("vat_rate") or 0, "The VAT rate"),
            "description": _opt(p.get("description")),
            "active": _bool(p.get("active"), True)}
        row.data = data
        if sku is not None:
            row.keys.append(("sku", sku))
        self._column_keys(row)

    def _read_task(self, row: _Row) -> None:
        p = row.parsed
        due = p.get("due_at")
        all_day = _bool(p.get("all_day"), isinstance(due, date) and not isinstance(due, datetime))
        duration = _int(p.get("duration_min"), 30, "The duration")
        if not 0 <= duration <= 24 * 60 * 31:
            raise ValidationError("The duration must be between 0 and 44640 minutes.")
        if due is not None and all_day:   # due at the start of its local day, as TaskService stores it
            due = datetime.combine(_local_day(due, self.tz), day_time())
        data: dict[str, Any] = {
            "title": _required_text(_text(p.get("title")), "The task needs a title.", 300),
            "kind": (_text(p.get("kind")) or TaskKind.TODO.value)[:40], "due_at": _datetime(due, self.tz),
            "all_day": all_day, "duration_min": duration, "priority": _priority(p.get("priority")),
            "owner_id": self._owner(p.get("owner"), row), "company": _opt(p.get("company")),
            "person": _opt(p.get("person")), "deal": _opt(p.get("deal")), "notes": _opt(p.get("notes")),
            "done_at": _datetime(p.get("done_at"), self.tz), "result": _opt(p.get("result"))}
        row.data = data
        self._column_keys(row)

    def _channel_keys(self, row: _Row, channels: Sequence[_Channel]) -> None:
        for c in channels:
            if c.kind == "email" and self.match_email and c.problem is None:
                row.keys.append(("email", c.normalized))
            elif c.kind == "phone" and self.match_phone and len(c.normalized) >= 5:
                row.keys.append(("phone", c.normalized))

    def _column_keys(self, row: _Row) -> None:
        for key in self.column_matches:
            value = row.parsed.get(key)
            if value is not None:
                row.keys.append((f"column:{key}", _key_text(value)))

    # ---- name -> id lookups ------------------------------------------------------------------------------------

    def companies(self) -> dict[str, tuple[int, str | None]]:
        if self._companies is None:
            self._companies = {}
            for cid, name, country in self.s.execute(select(Company.id, Company.name, Company.country)
                                                     .where(Company.deleted_at.is_(None)).order_by(Company.id)):
                self._companies.setdefault(search_index.fold(name), (cid, country))
        return self._companies

    def _owner(self, value: object, row: _Row) -> int | None:
        """The user named in the owner column; a name that is no user here (a file from another database) keeps
        the row, which then gets the import's owner, and says so: a contact is never dropped for its owner."""
        text = _text(value)
        if not text:
            return None
        if self._users is None:
            self._users = {}
            for uid, login, full_name, email in self.s.execute(
                    select(User.id, User.login, User.full_name, User.email)
                    .where(User.deleted_at.is_(None)).order_by(User.id)):
                for name in (login, full_name, email):
                    if name:
                        self._users.setdefault(search_index.fold(name), uid)
        found = self._users.get(search_index.fold(text))
        if found is None:
            row.warnings["owner"] = (f"'{text}' is not a user of this database; the record gets the import's owner "
                                     "instead.")
        return found

    def _country(self, value: object) -> str | None:
        text = _text(value)
        if not text:
            return None
        if text not in self._countries:   # country_code() reads babel's tables: once per spelling, not per row
            self._countries[text] = country_code(text)
        code = self._countries[text]
        if code is None:
            raise ValidationError(f"'{text}' is not a country (a name or a two-letter code such as PL).")
        return code

    def _stage(self, pipeline: str | None, stage: str | None) -> tuple[int, int]:
        key = ("stage", f"{search_index.fold(pipeline)}\x00{search_index.fold(stage)}")
        if key in self._refs:
            found = self._refs[key]
            if found is None:
                raise ValidationError(f"'{stage or pipeline}' is not a stage of a pipeline here.")
            return divmod(found, 1 << 32)
        pipelines = list(self.s.execute(select(Pipeline.id, Pipeline.name, Pipeline.is_default)
                                        .where(Pipeline.deleted_at.is_(None))
                                        .order_by(Pipeline.is_default.desc(), Pipeline.position, Pipeline.id)))
        if pipeline:
            chosen = [pid for pid, name, _d in pipelines if search_index.fold(name) == search_index.fold(pipeline)]
            if not chosen:
                self._refs[key] = None
                raise ValidationError(f"'{pipeline}' is not a pipeline; create it or skip the pipeline column.")
        else:
            chosen = [pipelines[0][0]] if pipelines else []
        if not chosen:
            raise ValidationError("There is no pipeline to put deals in; create one first.")
        stages = list(self.s.execute(select(Stage.id, Stage.name).where(Stage.pipeline_id == chosen[0],
                                                                        Stage.deleted_at.is_(None))
                                     .order_by(Stage.position, Stage.id)))
        if stage:
            stage_ids = [sid for sid, name in stages if search_index.fold(name) == search_index.fold(stage)]
        else:
            stage_ids = [stages[0][0]] if stages else []
        if not stage_ids:
            self._refs[key] = None
            raise ValidationError(f"'{stage}' is not a stage of the pipeline; use one of: "
                                  f"{', '.join(name for _sid, name in stages)}.")
        self._refs[key] = chosen[0] * (1 << 32) + stage_ids[0]
        return chosen[0], stage_ids[0]

    def _company_id(self, name: str | None) -> int | None:
        """The live company of that name, created (and listed in the import) when there is none."""
        if not name:
            return None
        folded = search_index.fold(name)
        found = self.companies().get(folded)
        if found is not None:
            return found[0]
        owner_id = self.options.owner_id
        with self.s.begin_nested():
            saved = self.contacts.create_company_in(self.s, CompanyInput(name=name[:300], owner_id=owner_id))
            self._item("company", saved.id, "created", saved.version)
        self.companies()[folded] = (saved.id, None)
        return saved.id

    def _tag_ids(self, names: Iterable[str]) -> tuple[int, ...]:
        if self._tags is None:
            self._tags = {search_index.fold(name): tid for tid, name in self.s.execute(
                select(Tag.id, Tag.name).where(Tag.deleted_at.is_(None)).order_by(Tag.id))}
        ids: list[int] = []
        for name in names:
            folded = search_index.fold(name)
            found = self._tags.get(folded)
            if found is None:
                if len(name) > 80:
                    raise ValidationError(f"The tag '{name[:40]}…' is too long (80 characters at most).")
                with self.s.begin_nested():
                    tag = Tag(name=name)
                    self.s.add(tag)
                    self.s.flush()
                    self._log("tags", tag.id, tag.uuid, ChangeAction.INSERT, "name", name)
                found = self._tags[folded] = tag.id
            if found not in ids:
                ids.append(found)
        return tuple(ids)

    def _lead_source_id(self, name: str | None) -> int | None:
        if not name:
            return None
        if self._sources is None:
            self._sources = {search_index.fold(n): sid for sid, n in self.s.execute(
                select(LeadSource.id, LeadSource.name).where(LeadSource.deleted_at.is_(None)).order_by(LeadSource.id))}
        folded = search_index.fold(name)
        found = self._sources.get(folded)
        if found is None:
            with self.s.begin_nested():
                source = LeadSource(name=name[:120])
                self.s.add(source)
                self.s.flush()
            found = self._sources[folded] = source.id
        return found

    def _person_ref(self, text: str | None) -> int | None:
        """A person named by email or by full name (the first match), created from the name when there is none."""
        if not text:
            return None
        key = ("person", search_index.fold(text))
        if key not in self._refs:
            found: int | None = None
            if "@" in text:
                found = self.s.scalar(select(ContactChannel.person_id)
                                      .join(Person, Person.id == ContactChannel.person_id)
                                      .where(ContactChannel.kind == "email",
                                             ContactChannel.normalized == text.strip().lower(),
                                             Person.deleted_at.is_(None)).order_by(Person.id).limit(1))
            else:
                for _kind, pid in search_index.search_ids(self.s, text, kind="person", limit=20):
                    person = self.s.get(Person, pid)
                    if person is not None and search_index.fold(person_name(person.first_name, person.last_name)) \
                            == key[1]:
                        found = pid
                        break
            if found is None:
                first, last = _split_name(text)
                if "@" in text:
                    first, last = text.split("@")[0], ""
                with self.s.begin_nested():
                    channels = (ChannelInput("email", text.strip(), "work"),) if "@" in text else ()
                    saved = self.contacts.create_person_in(self.s, PersonInput(
                        first_name=first[:120], last_name=last[:120], channels=channels,
                        owner_id=self.options.owner_id))
                    self._item("person", saved.id, "created", saved.version)
                found = saved.id
            self._refs[key] = found
        return self._refs[key]

    def _deal_ref(self, title: str | None) -> int | None:
        if not title:
            return None
        key = ("deal", search_index.fold(title))
        if key not in self._refs:
            self._refs[key] = self.s.scalar(select(Deal.id).where(Deal.title == title, Deal.deleted_at.is_(None))
                                            .order_by(Deal.id.desc()).limit(1))
            if self._refs[key] is None:
                raise ValidationError(f"No deal is called '{title}'.")
        return self._refs[key]

    # ---- matching ----------------------------------------------------------------------------------------------

    def _lookup(self, rows: Sequence[_Row]) -> dict[tuple[str, str], int]:
        """The existing live records of every match key of the rows, in one query per kind of key."""
        wanted: dict[str, set[str]] = {}
        for row in rows:
            for kind, key in row.keys:
                wanted.setdefault(kind, set()).add(key)
        found: dict[tuple[str, str], int] = {}
        model = _MODELS[self.entity]
        sqlite = self.s.get_bind().dialect.name == "sqlite"
        for kind, keys in wanted.items():
            size = len(keys) if sqlite and kind in ("email", "phone") else _IN
            for chunk in _chunks(sorted(keys), size):
                for key, rid in self._query(kind, model, chunk):
                    found.setdefault((kind, str(key)), int(rid))
        return found

    def _query(self, kind: str, model: Any, keys: list[str]) -> Iterable[Any]:
        live = model.deleted_at.is_(None)
        if kind in ("email", "phone"):
            owner = ContactChannel.person_id if self.entity == "person" else ContactChannel.company_id
            if self.s.get_bind().dialect.name == "sqlite":
                # One statement with the keys as a JSON array: no statement with 500 parameters to compile.
                table, column = _TABLES[self.entity], owner.name
                return self.s.connection().exec_driver_sql(
                    f"SELECT c.normalized, c.{column} FROM contact_channels c JOIN {table} r ON r.id = c.{column} "
                    "WHERE c.kind = ? AND c.normalized IN (SELECT value FROM json_each(?)) AND r.deleted_at IS NULL "
                    f"ORDER BY c.{column}", (kind, json.dumps(keys)))
            return self.s.execute(select(ContactChannel.normalized, owner).join(model, model.id == owner)
                                  .where(ContactChannel.kind == kind, ContactChannel.normalized.in_(keys), live)
                                  .order_by(owner))
        wanted = set(keys)
        if kind == "taxid":
            return ((norm, cid) for cid, norm in self._tax_ids() if norm in wanted)
        if kind == "name":
            return ((name, cid) for name, (cid, _c) in self.companies().items() if name in wanted)
        if kind == "sku":
            return self.s.execute(select(Product.sku, Product.id).where(Product.sku.in_(keys))
                                  .order_by(Product.id))
        key = kind.split(":", 1)[1]
        if key.startswith(CUSTOM_PREFIX):
            def_id = int(key[len(CUSTOM_PREFIX):])
            return self.s.execute(select(CustomFieldValue.value_text, CustomFieldValue.entity_id)
                                  .join(model, model.id == CustomFieldValue.entity_id)
                                  .where(CustomFieldValue.definition_id == def_id,
                                         CustomFieldValue.value_text.in_(keys), live)
                                  .order_by(CustomFieldValue.entity_id))
        column = getattr(model, key, None)
        if column is None:
            return ()
        return ((_key_text(v), rid) for v, rid in self.s.execute(
            select(column, model.id).where(func.lower(column).in_([k.lower() for k in keys]), live)
            .order_by(model.id)))

    def _tax_ids(self) -> list[tuple[int, str]]:
        """(id, normalised tax id) of every live company with one: few enough to hold, compared in Python because
        stored ids keep the separators they were typed with."""
        if self._taxids is None:
            self._taxids = [(cid, normalize_tax_id(t)) for cid, t in self.s.execute(
                select(Company.id, Company.tax_id).where(Company.deleted_at.is_(None), Company.tax_id.is_not(None))
                .order_by(Company.id))]
        return self._taxids

    def _match(self, row: _Row) -> int | None:
        """The record the row duplicates: in the database (an id), or a person waiting to be written (< 0)."""
        for key in row.keys:
            rid = self.found.get(key)
            if rid is None:
                rid = self.pending_keys.get(key)
            if rid is not None:
                return rid
        return None

    def _written(self, row: _Row, rid: int) -> None:
        """A later row of the chunk with one of these keys is a duplicate of the record just written."""
        for key in row.keys:
            self.found.setdefault(key, rid)

    # ---- writing -----------------------------------------------------------------------------------------------

    def _write(self, row: _Row, match: int | None) -> None:
        try:
            if self.entity == "person" and match is None:
                # People are written in bulk; their keys wait beside them, so a later row of the chunk matches.
                self.pending.append(row)
                for key in row.keys:
                    self.pending_keys.setdefault(key, -len(self.pending))
                return
            with self.s.begin_nested():
                rid: int = getattr(self, f"_write_{self.entity}")(row, match)
        except (CrmError, DBAPIError) as exc:
            self._reject(row, _reason(exc))
            return
        self._written(row, rid)
        if match is None:
            self.result.new += 1
        else:
            self.result.updated += 1

    def _item(self, entity: str, rid: int, action: str, version: int, old: dict[str, Any] | None = None) -> None:
        """List the record in the import; a record already listed keeps its first entry with the newer version."""
        if self.run_id is None:
            return
        listed = 0
        if action == "updated":   # a record created or updated earlier in this import is listed already
            listed = self.s.execute(update(ImportItem).where(
                ImportItem.run_id == self.run_id, ImportItem.entity_id == rid, ImportItem.entity == entity)
                .values(version_after=version)).rowcount   # type: ignore[attr-defined]  # a CursorResult
        if not listed:
            self.s.execute(insert(ImportItem).values(run_id=self.run_id, entity=entity, entity_id=rid,
                                                     action=action, version_after=version, old_values=old))

    def _log(self, table: str, rid: int, uuid: str | None, action: ChangeAction, name: str | None,
             new: object, old: object = None) -> None:
        self.s.add(ChangeLog(changed_at=self.now, user_id=self.user_id, entity=table, entity_id=rid,
                             entity_uuid=uuid, action=action.value, field=name, old_value=log_text(old),
                             new_value=log_text(new)))

    def _common_ids(self, row: _Row, *, new: bool) -> tuple[int | None, int | None, tuple[int, ...]]:
        """(owner, lead source, tags) of a row: the file's, else the import's for new records."""
        owner_id = row.extra.get("owner_id") or (self.options.owner_id if new else None)
        source_id = self._lead_source_id(row.extra.get("lead_source") or (self.options.lead_source if new else None))
        names = row.extra.get("tags", ())
        tags = self._tag_ids([*names, *self.option_tags]) if names or self.option_tags else ()
        return owner_id, source_id, tags

    # people ------------------------------------------------------------------------------------------------------

    def _flush_people(self) -> None:
        """Write the waiting people in one savepoint; a chunk the database refuses goes again row by row."""
        rows, self.pending = self.pending, []
        self.pending_keys.clear()
        if not rows:
            return
        # Companies, tags and lead sources first, each in its own savepoint: a person's failure must not take a
        # company another row links to with it.
        self._new_companies([row.extra["company"] for row in rows if row.extra.get("company")])
        ready: list[tuple[_Row, _Links]] = []
        for row in rows:
            try:
                ready.append((row, self._links(row)))
            except (CrmError, DBAPIError) as exc:
                self._reject(row, _reason(exc))
        try:
            with self.s.begin_nested():
                ids = self._insert_people(ready)
            for (row, _data), rid in zip(ready, ids, strict=True):
                self._written(row, rid)
            self.result.new += len(ready)
            return
        except DBAPIError:
            pass
        for one in ready:
            try:
                with self.s.begin_nested():
                    ids = self._insert_people([one])
                self._written(one[0], ids[0])
                self.result.new += 1
            except (CrmError, DBAPIError) as exc:
                self._reject(one[0], _reason(exc))

    def _new_companies(self, names: Sequence[str]) -> None:
        """The companies named by a chunk of people that do not exist yet, created together (a file of 50,000
        people often names thousands of companies; one create_company_in each would be most of the import)."""
        known = self.companies()
        missing: dict[str, str] = {}
        for name in names:
            folded = search_index.fold(name)
            if folded not in known:
                missing.setdefault(folded, name[:300])
        if not missing:
            return
        conn = self.s.connection()
        try:
            with self.s.begin_nested():
                # The table's column, not the mapped one: an own-records user's reads are filtered, ids are not.
                start = int(self.s.scalar(select(func.max(Company.__table__.c.id))) or 0) + 1
                stamp = _stored_datetime(conn)(self.now)
                uuids = [new_uuid() for _ in missing]
                ids = range(start, start + len(missing))
                _executemany(conn, _INSERT_COMPANY, [
                    (cid, uuid, stamp, stamp, self.options.owner_id, name, ContactStatus.LEAD.value)
                    for cid, uuid, name in zip(ids, uuids, missing.values(), strict=True)])
                postgres.sync_sequences(conn, ["companies"])   # the ids were written explicitly
                _executemany(conn, _INSERT_LOG.replace("'persons'", "'companies'"), [
                    (stamp, self.user_id, cid, uuid, name)
                    for cid, uuid, name in zip(ids, uuids, missing.values(), strict=True)])
                if self.run_id is not None:
                    _executemany(conn, _INSERT_ITEM.replace("'person'", "'company'"),
                                 [(self.run_id, cid) for cid in ids])
                search_index.reindex(conn, company_ids=ids)
        except DBAPIError:
            return   # each is then created alone by _company_id, where a refusal rejects only its row
        for cid, folded in zip(ids, missing, strict=True):
            known[folded] = (cid, None)

    def _links(self, row: _Row) -> _Links:
        """The ids a new person links to; the company, tags and lead source are created when missing."""
        owner_id, source_id, tags = self._common_ids(row, new=True)
        return _Links(self._company_id(row.extra.get("company")), owner_id, source_id, tags,
                      row.extra.get("custom") or {})

    def _insert_people(self, rows: Sequence[tuple[_Row, _Links]]) -> range:
        """People with their channels, tags, custom values, change log, import items and index rows, in bulk.

        The ids are given here (the transaction holds the write lock, so nobody else takes them meanwhile), so
        the channels and links go in with plain executemany, not a round trip per person. Rows are tuples in the
        columns' order, with dates already in the text form SQLAlchemy stores on SQLite: this is the hot loop of a
        million-row import, and building a dict per row for Core to take apart again costs a third of it.
        """
        s = self.s
        conn = s.connection()
        # The table's column, not the mapped one: an own-records user's reads are filtered, ids are not.
        start = int(s.scalar(select(func.max(Person.__table__.c.id))) or 0) + 1
        stamp, store_date = _stored_datetime(conn)(self.now), _stored_date(conn)
        user_id, run_id = self.user_id, self.run_id
        people: list[tuple[object, ...]] = []
        channels: list[tuple[object, ...]] = []
        tags: list[tuple[int, int]] = []
        logs: list[tuple[object, ...]] = []
        custom: list[CustomFieldValue] = []
        for offset, (row, links) in enumerate(rows):
            pid = start + offset
            uuid = new_uuid()
            d = row.data
            birthday = d["birthday"]
            people.append((
                pid, uuid, stamp, stamp, links.owner_id, d["first_name"], d["middle_name"], d["last_name"],
                d["position"], links.company_id, d["company_role"], store_date(birthday),
                _birthday_md(birthday), d["address"], d["city"], d["country"], d["language"], d["status"],
                links.lead_source_id, d["notes"]))
            for position, c in enumerate(row.channels):
                channels.append((pid, c.kind, c.label, c.value, c.normalized, c.is_primary, position))
            tags.extend((pid, t) for t in links.tag_ids)
            logs.append((stamp, user_id, pid, uuid, person_name(d["first_name"], d["last_name"])))
            for def_id, value in links.custom.items():
                if value is not None:
                    cell = CustomFieldValue(definition_id=def_id, entity_id=pid)
                    write_value(self._field_type(def_id), cell, value)
                    custom.append(cell)
        _executemany(conn, _INSERT_PERSON, people)
        postgres.sync_sequences(conn, ["persons"])   # the ids were written explicitly
        if channels:
            _executemany(conn, _INSERT_CHANNEL, channels)
        if tags:
            _executemany(conn, _INSERT_PERSON_TAG, tags)
        _executemany(conn, _INSERT_LOG, logs)
        ids = range(start, start + len(rows))
        if run_id is not None:
            _executemany(conn, _INSERT_ITEM, [(run_id, pid) for pid in ids])
        if custom:
            s.add_all(custom)
            s.flush()
        search_index.reindex(conn, person_ids=ids)
        return ids

    def _write_person(self, row: _Row, match: int | None) -> int:
        assert match is not None   # new people go through _insert_people
        current = self.contacts.get_person_in(self.s, match)
        version = int(self.s.scalar(select(Person.version).where(Person.id == match)) or 0)
        owner_id, source_id, tags = self._common_ids(row, new=False)
        data: dict[str, Any] = row.data
        changes: dict[str, object] = {name: data[name] for name in _PERSON_FIELDS if data[name] not in (None, "")}
        if "status" not in row.parsed:
            changes.pop("status", None)   # the default of a row without status does not overwrite the stored one
        if row.extra.get("company"):
            changes["company_id"] = self._company_id(row.extra["company"])
        if data["notes"] and current.notes and data["notes"] not in current.notes:
            changes["notes"] = f"{current.notes}\n{data['notes']}"
        changes.update(_owner_source(current, owner_id, source_id))
        changes["channels"] = _more_channels(current.channels, row.channels, current.country)
        changes["tag_ids"] = tuple(dict.fromkeys([*current.tag_ids, *tags]))
        changes["custom"] = row.extra.get("custom") or None
        merged = replace(current, **changes)  # type: ignore[arg-type]
        saved = self.contacts.update_person_in(self.s, match, merged, version)
        self._updated("person", match, version, saved)
        return match

    def _updated(self, entity: str, rid: int, version: int, saved: SaveResult) -> None:
        if saved.version != version and saved.previous is not None:
            self._item(entity, rid, "updated", saved.version, _input_json(saved.previous))

    # companies ---------------------------------------------------------------------------------------------------

    def _write_company(self, row: _Row, match: int | None) -> int:
        data: CompanyInput = row.data
        custom = row.extra.get("custom") or None
        if match is None:
            owner_id, source_id, tags = self._common_ids(row, new=True)
            saved = self.contacts.create_company_in(self.s, replace(
                data, owner_id=owner_id, lead_source_id=source_id, tag_ids=tags, custom=custom))
            self._item("company", saved.id, "created", saved.version)
            self.companies().setdefault(search_index.fold(data.name), (saved.id, data.country))
            if data.tax_id and self._taxids is not None:
                self._taxids.append((saved.id, normalize_tax_id(data.tax_id)))
            return saved.id
        owner_id, source_id, tags = self._common_ids(row, new=False)
        current = self.contacts.get_company_in(self.s, match)
        version = int(self.s.scalar(select(Company.version).where(Company.id == match)) or 0)
        changes: dict[str, object] = {name: getattr(data, name) for name in _COMPANY_FIELDS
                                      if getattr(data, name) not in (None, "")}
        if "status" not in row.parsed:
            changes.pop("status", None)
        if data.notes and current.notes and data.notes not in current.notes:
            changes["notes"] = f"{current.notes}\n{data.notes}"
        changes.update(_owner_source(current, owner_id, source_id))
        changes["channels"] = _more_channels(current.channels, row.channels, current.country)
        changes["tag_ids"] = tuple(dict.fromkeys([*current.tag_ids, *tags]))
        changes["custom"] = custom
        merged = replace(current, **changes)  # type: ignore[arg-type]
        saved = self.contacts.update_company_in(self.s, match, merged, version)
        self._updated("company", match, version, saved)
        return match

    # deals, products, tasks --------------------------------------------------------------------------------------

    def _write_deal(self, row: _Row, match: int | None) -> int:
        d: dict[str, Any] = row.data
        owner_id, source_id, tags = self._common_ids(row, new=match is None)
        company_id = self._company_id(d["company"])
        person_id = self._person_ref(d["person"])
        reason_id = self._loss_reason_id(d["loss_reason"]) if d["status"] == DealStatus.LOST.value else None
        if match is None:
            clean = _checked_deal(self.s, DealInput(
                title=d["title"], pipeline_id=d["pipeline_id"], stage_id=d["stage_id"], amount=d["amount"],
                currency=d["currency"], expected_close_on=d["expected_close_on"], lead_source_id=source_id,
                company_id=company_id, person_id=person_id, owner_id=owner_id, notes=d["notes"], tag_ids=tags))
            amount, _from_lines = _deal_amount(clean)
            created = d["created_at"] or self.now
            closed = d["closed_on"] or (_local(created, self.tz).date() if d["status"] != DealStatus.OPEN.value
                                        else None)
            deal = Deal(title=clean.title, amount=amount, currency=clean.currency, pipeline_id=clean.pipeline_id,
                        stage_id=clean.stage_id, stage_entered_at=created, company_id=clean.company_id,
                        person_id=clean.person_id, lead_source_id=clean.lead_source_id,
                        expected_close_on=clean.expected_close_on, owner_id=clean.owner_id, notes=clean.notes,
                        status=d["status"], closed_on=closed, loss_reason_id=reason_id, created_at=created,
                        updated_at=self.now,
                        board_position=_column_end(self.s, clean.pipeline_id, clean.stage_id) + 1.0)
            self.s.add(deal)
            self.s.flush()
            self.s.add(DealStageHistory(deal_id=deal.id, stage_id=deal.stage_id, entered_at=created,
                                        user_id=self.user_id))
            _set_deal_tags(self.s, deal.id, clean.tag_ids)
            self._save_custom(EntityKind.DEAL, deal.id, d["custom"])
            self._log("deals", deal.id, deal.uuid, ChangeAction.INSERT, "title", deal.title)
            self.s.flush()
            self._item("deal", deal.id, "created", deal.version)
            return deal.id
        values = {"title": d["title"], "amount": d["amount"], "currency": d["currency"] if "currency" in row.parsed
                  else None, "expected_close_on": d["expected_close_on"], "notes": d["notes"],
                  "company_id": company_id, "person_id": person_id, "owner_id": owner_id,
                  "lead_source_id": source_id, "closed_on": d["closed_on"], "loss_reason_id": reason_id}
        if "status" in row.parsed:
            values["status"] = d["status"]
        self._save_custom(EntityKind.DEAL, match, d["custom"])
        self._update_record("deal", match, values, tags=tags)
        return match

    def _write_product(self, row: _Row, match: int | None) -> int:
        d: dict[str, Any] = row.data
        if match is None:
            if d["sku"] is not None and self.s.scalar(select(Product.id).where(Product.sku == d["sku"])) is not None:
                raise ValidationError(f"The SKU '{d['sku']}' is already used by a product in the Trash.")
            return self._add("product", Product(**d), d["name"])
        given = {k: v for k, v in d.items() if k in row.parsed or k == "name"}
        self._update_record("product", match, given)
        return match

    def _write_task(self, row: _Row, match: int | None) -> int:
        d: dict[str, Any] = row.data
        owner_id = d["owner_id"] or (self.options.owner_id if match is None else None) or (
            self.user_id if match is None else None)
        values: dict[str, Any] = {
            "title": d["title"], "kind": d["kind"], "due_at": d["due_at"], "all_day": d["all_day"],
            "duration_min": d["duration_min"], "priority": d["priority"], "owner_id": owner_id,
            "company_id": self._company_id(d["company"]), "person_id": self._person_ref(d["person"]),
            "deal_id": self._deal_ref(d["deal"]), "notes": d["notes"], "done_at": d["done_at"],
            "result": d["result"]}
        if match is None:
            return self._add("task", Task(**values), values["title"])
        # Only what the file gives: a default (normal priority, 30 minutes) must not overwrite the stored value.
        given = {k: v for k, v in values.items() if v is not None and _TASK_SOURCES.get(k, k) in row.parsed}
        self._update_record("task", match, given)
        return match

    def _add(self, entity: str, record: Any, name: str) -> int:
        """A new product or task: stored, logged and listed in the import."""
        self.s.add(record)
        self.s.flush()
        self._log(_TABLES[entity], record.id, record.uuid, ChangeAction.INSERT, "title" if entity == "task" else "name",
                  name)
        self._item(entity, record.id, "created", record.version)
        return int(record.id)

    def _update_record(self, entity: str, rid: int, values: Mapping[str, Any], *,
                       tags: Sequence[int] = ()) -> None:
        """Set the given non-empty values of a deal, product or task, keeping the old ones for revert."""
        record = self.s.get(_MODELS[entity], rid)
        if record is None or record.deleted_at is not None:
            raise NotFoundError("The matching record is in the Trash.")
        version = record.version
        old: dict[str, Any] = {}
        for name, value in values.items():
            if value is None or getattr(record, name) == value:
                continue
            old[name] = _to_json(getattr(record, name))
            self._log(_TABLES[entity], rid, record.uuid, ChangeAction.UPDATE, name, value, getattr(record, name))
            setattr(record, name, value)
        if entity == "deal" and tags:
            from crm_desktop.models import deal_tags

            have = set(self.s.scalars(select(deal_tags.c.tag_id).where(deal_tags.c.deal_id == rid)))
            if not set(tags) <= have and _set_deal_tags(self.s, rid, sorted(have | set(tags))):
                record.updated_at = self.now
        if old:
            record.updated_at = self.now
        self.s.flush()
        if record.version != version:
            self._item(entity, rid, "updated", record.version, old)

    def _save_custom(self, entity: EntityKind, rid: int, values: Mapping[int, object]) -> None:
        for def_id, value in values.items():
            cell = self.s.get(CustomFieldValue, (def_id, rid))
            if value is None:
                continue
            if cell is None:
                cell = CustomFieldValue(definition_id=def_id, entity_id=rid)
                self.s.add(cell)
            write_value(self._field_type(def_id), cell, value)

    def _loss_reason_id(self, name: str | None) -> int | None:
        if not name:
            return None
        key = ("loss_reason", search_index.fold(name))
        if key not in self._refs:
            for rid, existing in self.s.execute(select(LossReason.id, LossReason.name)
                                                .where(LossReason.deleted_at.is_(None))):
                if search_index.fold(existing) == key[1]:
                    self._refs[key] = rid
                    break
            else:
                with self.s.begin_nested():
                    reason = LossReason(name=name[:200])
                    self.s.add(reason)
                    self.s.flush()
                self._refs[key] = reason.id
        return self._refs[key]


def _person_channels(given: Sequence[tuple[str, str]], region: str | None) -> list[_Channel]:
    """The channels of a person's row as contacts._checked_channels stores them, in the import's hot loop.

    A file marks no channel primary, so that rule comes down to "the first of each kind"; an email of the
    common plain form is accepted without the full check (the check would accept it too: the pattern allows
    nothing that it refuses).
    """
    found: list[_Channel] = []
    seen: set[str] = set()
    for key, value in given:
        kind, label = _PERSON_CHANNELS[key]
        if len(value) > 300:
            raise ValidationError(f"The {kind} is too long (300 characters at most).")
        if kind == "email" and len(value) <= 254 and _PLAIN_EMAIL.fullmatch(value) and value.index("@") <= 64:
            normalized, problem = value.lower(), None
        else:
            normalized, problem = check_channel(kind, value, region)
        found.append(_Channel(kind, label, value, normalized[:300], kind not in seen, problem))
        seen.add(kind)
    return found


# ---- raw statements of the bulk path ---------------------------------------------------------------------------

_INSERT_PERSON = (
    "INSERT INTO persons (id, uuid, created_at, updated_at, version, owner_id, first_name, middle_name, last_name, "
    "position, company_id, company_role, birthday, birthday_md, address, city, country, language, status, "
    "lead_source_id, notes) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
_INSERT_COMPANY = ("INSERT INTO companies (id, uuid, created_at, updated_at, version, owner_id, name, status) "
                   "VALUES (?, ?, ?, ?, 1, ?, ?, ?)")
_INSERT_CHANNEL = ("INSERT INTO contact_channels (person_id, kind, label, value, normalized, is_primary, position) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)")
_INSERT_PERSON_TAG = "INSERT INTO person_tags (person_id, tag_id) VALUES (?, ?)"
_INSERT_LOG = ("INSERT INTO change_log (changed_at, user_id, entity, entity_id, entity_uuid, action, field, "
               "new_value) VALUES (?, ?, 'persons', ?, ?, 'insert', 'name', ?)")
_INSERT_ITEM = ("INSERT INTO import_items (run_id, entity, entity_id, action, version_after) "
                "VALUES (?, 'person', ?, 'created', 1)")


def _executemany(conn: Any, statement: str, rows: Sequence[tuple[object, ...]]) -> None:
    """The statement (written with ? placeholders) for every row, in the driver's own parameter style."""
    if conn.dialect.paramstyle != "qmark":
        statement = statement.replace("?", "%s")   # psycopg and the other format-style drivers
    conn.exec_driver_sql(statement, rows)


def _stored_datetime(conn: Any) -> Callable[[datetime], Any]:
    """How SQLAlchemy writes a DateTime on this connection's dialect (text on SQLite), for raw statements."""
    process = DateTime().bind_processor(conn.dialect)
    return process if process is not None else (lambda value: value)


def _stored_date(conn: Any) -> Callable[[date | None], Any]:
    process = Date().bind_processor(conn.dialect)
    return process if process is not None else (lambda value: value)


# ---- revert helpers --------------------------------------------------------------------------------------------

def _refuse_changed(s: Session, items: Sequence[Any]) -> None:
    """ConflictError naming the records changed (or deleted for good) since the import; nothing is reverted."""
    expected: dict[str, dict[int, int]] = {}
    for entity, entity_id, _action, version_after, _old in items:
        expected.setdefault(entity, {})[entity_id] = version_after
    changed: list[str] = []
    for entity, versions in expected.items():
        model = _MODELS[entity]
        seen: set[int] = set()
        for chunk in _chunks(sorted(versions)):
            for rid, version, name in s.execute(select(model.id, model.version, *_name_columns(model))
                                                .where(model.id.in_(chunk))):
                seen.add(rid)
                if version != versions[rid]:
                    changed.append(name)
        changed.extend(f"{entity} #{rid}" for rid in versions if rid not in seen)
    if changed:
        shown = ", ".join(f"'{n}'" for n in changed[:10]) + (f" and {len(changed) - 10} more" if len(changed) > 10
                                                              else "")
        raise ConflictError(f"The import cannot be reverted: {len(changed)} of its records were changed since "
                            f"({shown}). Undo those changes or edit the records by hand.")


def _name_columns(model: Any) -> list[Any]:
    if model is Person:
        return [(Person.first_name + " " + Person.last_name).label("name")]
    if model in (Deal, Task):
        return [model.title]
    return [model.name]


def _soft_delete(s: Session, entity: str, ids: Sequence[int], now: datetime, user_id: int | None) -> int:
    """Move the records to the Trash as delete does: deleted_at set, version moved on, a change log entry each."""
    model = _MODELS[entity]
    table = _table(model)
    done = 0
    for chunk in _chunks(sorted(ids)):
        rows = s.execute(select(table.c.id, table.c.uuid, *_name_columns(model))
                         .where(table.c.id.in_(chunk), table.c.deleted_at.is_(None))).all()
        if not rows:
            continue
        s.execute(update(table).where(table.c.id.in_([r[0] for r in rows]))
                  .values(deleted_at=now, updated_at=now, version=table.c.version + 1))
        s.execute(insert(_table(ChangeLog)), [
            {"changed_at": now, "user_id": user_id, "entity": table.name, "entity_id": r[0], "entity_uuid": r[1],
             "action": ChangeAction.DELETE.value, "field": None, "old_value": r[2], "new_value": None}
            for r in rows])
        if entity == "person":
            search_index.reindex(s, person_ids=[r[0] for r in rows])
        elif entity == "company":
            search_index.reindex(s, company_ids=[r[0] for r in rows])
        done += len(rows)
    return done


def _input_json(data: PersonInput | CompanyInput) -> dict[str, Any]:
    """A person's or company's input as JSON: what revert gives back to update_*_in."""
    found: dict[str, Any] = {}
    for f in fields(data):
        value = getattr(data, f.name)
        if f.name == "channels":
            found[f.name] = [[c.kind, c.value, c.label, c.is_primary] for c in value]
        elif f.name == "tag_ids":
            found[f.name] = list(value)
        elif f.name == "custom":
            found[f.name] = None if value is None else [[k, _to_json(v)] for k, v in value.items()]
        else:
            found[f.name] = _to_json(value)
    return found


def _input_args(data: Mapping[str, Any]) -> dict[str, Any]:
    args: dict[str, Any] = {}
    for name, value in data.items():
        if name == "channels":
            args[name] = tuple(ChannelInput(k, v, label, bool(primary)) for k, v, label, primary in value)
        elif name == "tag_ids":
            args[name] = tuple(int(t) for t in value)
        elif name == "custom":
            args[name] = None if value is None else {int(k): _from_json(v) for k, v in value}
        else:
            args[name] = _from_json(value)
    return args


def _person_input_from_json(data: Mapping[str, Any]) -> PersonInput:
    return PersonInput(**_input_args(data))


def _company_input_from_json(data: Mapping[str, Any]) -> CompanyInput:
    return CompanyInput(**_input_args(data))


def _to_json(value: object) -> Any:
    """Dates and decimals tagged, so _from_json gives back the same type."""
    if isinstance(value, datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    if isinstance(value, tuple):
        return list(value)
    return value


def _from_json(value: Any) -> Any:
    if isinstance(value, dict) and len(value) == 1:
        (tag, text), = value.items()
        if tag == "datetime":
            return datetime.fromisoformat(text)
        if tag == "date":
            return date.fromisoformat(text)
        if tag == "decimal":
            return Decimal(text)
    return value


# ---- the error workbook ----------------------------------------------------------------------------------------

def write_error_workbook(path: Path | str, headers: Sequence[str], rejected: Sequence[RejectedRow]) -> Path:
    """The rejected rows as an .xlsx: the file's columns as read, then Row and Reason; written atomically.

    Text a spreadsheet would run as a formula is neutralised. The columns keep their places, so the workbook can be
    corrected and imported again with the same mapping (Row and Reason mapped to nothing).
    """
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError(f"'{path.name}' does not end in .xlsx; rejected rows are written to an .xlsx file.")
    def cell(value: object) -> object:
        if isinstance(value, str):
            return neutralise(ILLEGAL_CHARACTERS_RE.sub("", value))
        if value is None or isinstance(value, int | float | bool | datetime | date | timedelta):
            return value
        return neutralise(str(value))

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Rejected rows")
    ws.freeze_panes = "A2"
    ws.append([*headers, *ERROR_COLUMNS])
    for r in rejected:
        values = list(r.values[:len(headers)]) + [None] * (len(headers) - len(r.values))
        ws.append([cell(v) for v in values] + [r.row, cell(r.reason)])
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        wb.save(temp)
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise ValidationError(f"'{path}' could not be written: {exc.strerror or exc}.") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return path


# ---- small helpers ---------------------------------------------------------------------------------------------

@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """Python's cycle collector paced for a bulk load while the import runs.

    A million-row import allocates rows, tuples and strings that die by reference counting, yet each allocation
    burst triggers collections that walk every live object of the process (SQLAlchemy's and Qt's too): about a
    fifth of the import's time. The objects alive before the import are frozen out of those walks and young
    collections run ten times less often; both are put back afterwards, so cycles are still collected.
    """
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(threshold[0], 10_000), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def _checked_options(options: ImportOptions, source: TableSource) -> ImportOptions:
    if options.kind not in KINDS:
        raise ValidationError(f"'{options.kind}' cannot be imported; choose one of {', '.join(KINDS)}.")
    if options.on_duplicate not in ON_DUPLICATE:
        raise ValidationError(f"'{options.on_duplicate}' is not a choice for duplicates; use skip, update or "
                              "create.")
    for match in options.match:
        index = _column_index(match)
        if match not in MATCH_KEYS and index is None:
            raise ValidationError(f"'{match}' is not a way to match duplicates; use email, phone, taxid, name or "
                                  "column:N.")
        if index is not None and not 0 <= index < len(source.headers):
            raise ValidationError(f"Column {index + 1} does not exist in '{source.path.name}'.")
    return options


def _column_index(match: str) -> int | None:
    if not match.startswith("column:"):
        return None
    try:
        return int(match.split(":", 1)[1])
    except ValueError:
        raise ValidationError(f"'{match}' does not name a column; write column:N with N the column's index."
                              ) from None


def _options_json(options: ImportOptions, source: TableSource) -> dict[str, object]:
    return {"on_duplicate": options.on_duplicate, "match": list(options.match), "tags": list(options.tags),
            "owner_id": options.owner_id, "lead_source": options.lead_source, "locale": options.locale,
            "new_custom_fields": {str(k): v for k, v in options.new_custom_fields.items()},
            "sheet": source.sheet, "encoding": source.encoding, "delimiter": source.delimiter,
            "header_row": source.header_row, "headers": list(source.headers)}


def _file_sha1(path: Path) -> str:
    digest = hashlib.sha1(usedforsecurity=False)
    try:
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:
        raise ValidationError(f"Cannot read '{path}': {exc.strerror or exc}.") from None
    return digest.hexdigest()


def _reason(exc: BaseException) -> str:
    if isinstance(exc, DBAPIError):
        return f"The database refused the row: {exc.orig}"
    return str(exc)


def _table(model: type[Any]) -> Table:
    table: Table = model.__table__
    return table


def _chunks(values: Sequence[Any], size: int = _IN) -> Iterator[list[Any]]:
    for start in range(0, len(values), max(size, 1)):
        yield list(values[start:start + size])


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))   # a phone or a code a workbook stored as a number
    return str(value).strip()


def _opt(value: object) -> str | None:
    return _text(value) or None


def _key_text(value: object) -> str:
    return _text(value.isoformat() if isinstance(value, date) else value)


def _names(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, list | tuple) else str(value).replace(";", ",").split(",")
    return tuple(dict.fromkeys(t for t in (_text(i) for i in items) if t))


def _split_name(full: str) -> tuple[str, str]:
    words = full.split()
    if len(words) <= 1:
        return (words[0] if words else ""), ""
    return " ".join(words[:-1]), words[-1]


def _date(value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raise ValueError(f"'{value}' is not a date.")


def _datetime(value: object, tz: tzinfo | None) -> datetime | None:
    """A file's date and time as stored: naive UTC. A time without a zone is the wall-clock time of `tz` (None:
    the computer's zone, the one exports._local writes); a date alone is its local midnight."""
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(UTC).replace(tzinfo=None)
        return value.astimezone(UTC).replace(tzinfo=None) if tz is None else to_utc(value, tz)
    if isinstance(value, date):
        return _datetime(datetime.combine(value, day_time()), tz)
    raise ValueError(f"'{value}' is not a date and time.")


def _local(utc: datetime, tz: tzinfo | None) -> datetime:
    """Naive UTC as the naive wall-clock time of `tz` (None: the computer's zone)."""
    return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None) if tz is None else to_local(utc, tz)


def _local_day(value: object, tz: tzinfo | None) -> date:
    """The local day of a file's date or date and time (one with a zone is moved into `tz` first)."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return _local(value.astimezone(UTC).replace(tzinfo=None), tz).date()
        return value.date()
    if isinstance(value, date):
        return value
    raise ValueError(f"'{value}' is not a date.")


def _status(value: object) -> str:
    text = search_index.fold(_text(value)).replace("-", " ").strip()
    if not text:
        return ContactStatus.LEAD.value
    found = _STATUS_WORDS.get(text) or (text if text in STATUSES else None)
    if found is None:
        raise ValueError(f"'{value}' is not a status; use one of {', '.join(STATUSES)}.")
    return found


def _deal_status(value: object) -> str:
    text = search_index.fold(_text(value)).strip()
    if not text:
        return DealStatus.OPEN.value
    found = _DEAL_STATUS_WORDS.get(text) or (text if text in {s.value for s in DealStatus} else None)
    if found is None:
        raise ValueError(f"'{value}' is not a deal status; use open, won or lost.")
    return found


def _bool(value: object, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    raise ValueError(f"'{value}' is not yes or no.")


def _int(value: object, default: int, what: str) -> int:
    if value is None:
        return default
    if isinstance(value, bool):
        raise ValueError(f"{what} must be a whole number.")
    if isinstance(value, int):
        return value
    if isinstance(value, float | Decimal) and value == int(value):
        return int(value)
    raise ValueError(f"{what} must be a whole number.")


def _priority(value: object) -> int:
    if value is None:
        return 1
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool) and 0 <= value <= 2:
        return int(value)
    found = _PRIORITY_WORDS.get(search_index.fold(_text(value)))
    if found is None:
        raise ValueError(f"'{value}' is not a priority; use low, normal or high (or 0, 1, 2).")
    return found


def _owner_source(current: PersonInput | CompanyInput, owner_id: int | None,
                  source_id: int | None) -> dict[str, object]:
    """The file's owner and lead source win; the import's defaults only fill what is empty."""
    changes: dict[str, object] = {}
    if owner_id is not None:
        changes["owner_id"] = owner_id
    if source_id is not None and current.lead_source_id is None:
        changes["lead_source_id"] = source_id
    return changes


def _more_channels(current: Sequence[ChannelInput], given: Sequence[_Channel],
                   region: str | None) -> tuple[ChannelInput, ...]:
    """The stored channels with those of the file the record lacks added (same kind and normalised value)."""
    have = {(c.kind, check_channel(c.kind, c.value, region)[0]) for c in current}
    extra = [ChannelInput(c.kind, c.value, c.label, False) for c in given if (c.kind, c.normalized) not in have]
    return tuple(current) + tuple(extra)
