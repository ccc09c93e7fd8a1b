"""Offline copies for field work: take a copy of the database (or of some owners' records), bring it back.

Taking a copy writes a new database file with the same schema: all the lists (users, pipelines, stages, tags,
products, custom fields, settings) and the records in scope. Every copied record is also stored, as it was then, in
the copy's `offline_base` table: the base of the three-way merge that brings the copy back.

Bringing a copy back compares each record three ways (base, office, copy), matched by UUID, since integer ids
differ between the files for records created on both sides. What changed on one side only is taken from there;
what changed on both sides is merged field by field, and a field changed to different values on both sides is a
conflict the user decides. A record moved to the Trash on one side and edited on the other is a conflict too: a
bring-back never loses an edit silently. A bring-back with conflicts nobody chose for writes nothing (the window
first runs a dry run to let the user choose per field; the command line takes --prefer), and everything is written
in one transaction of the office file. The office file remembers each copy: a copy is brought back once, and
bringing it back again changes nothing.

Fields of a record are compared as "units": one column, one custom field, or a list that belongs to the record
(its phones and emails, tags, deal lines, task reminders). A deal's pipeline, stage and the time it entered the
stage are one unit, so a merge can never pair one side's pipeline with the other side's stage.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
import uuid as uuid_module
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    Numeric,
    PrimaryKeyConstraint,
    Table,
    UniqueConstraint,
    and_,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session

from crm_desktop.db import migrate, search_index
from crm_desktop.db.database import Database, inspect_file, open_database
from crm_desktop.errors import PermissionDeniedError, SchemaTooNewError, ValidationError
from crm_desktop.models import AppSetting, Base, OfflineBase, OfflineCopy, User, utcnow
from crm_desktop.models.enums import Role
from crm_desktop.services.progress import NO_PROGRESS, Progress

DATABASE_UUID_KEY = "database.uuid"
ROLE_OFFICE, ROLE_COPY = "office", "copy"
SIDES = ("office", "copy")

# The records that are merged, in the order new ones are inserted (a person may point at a company, a task at a
# deal, an activity at all of them).
RECORD_TABLES = ("companies", "persons", "deals", "tasks", "activities")
KIND_OF_TABLE = {"companies": "company", "persons": "person", "deals": "deal", "tasks": "task",
                 "activities": "activity"}
TABLE_OF_KIND = {v: k for k, v in KIND_OF_TABLE.items()}
# The lists records refer to, in insert order, with the unique columns that name an entry: a new entry made in the
# copy is added, or matched to the office's entry of the same name. Edits of list entries are not brought back (a
# renamed stage on a laptop must not rename the office's stage); users are matched, never added.
REFERENCE_TABLES: dict[str, tuple[str, ...]] = {
    "users": ("login",),
    "lead_sources": ("name",),
    "loss_reasons": ("name",),
    "tags": ("name",),
    "products": ("sku",),
    "pipelines": (),
    "stages": (),
    "custom_field_definitions": ("entity", "key"),
    "campaigns": (),
}
# Never compared: the row id differs between files; version and updated_at move with every save on either side.
_NOT_COMPARED = {"id", "version", "updated_at"}
# Computed from another field, written with it.
_DERIVED = {"persons": {"birthday_md"}}
# Kept by the services from other records (the latest activity): the later of both sides wins, never a conflict.
_LATEST_WINS = {"last_activity_at"}
# Cosmetic order on the board: taken from the copy only when the office did not move the card itself.
_OFFICE_WINS = {"board_position"}
# Columns compared together as one unit, under the unit's name.
_UNITS: dict[str, dict[str, tuple[str, ...]]] = {
    "deals": {"stage": ("pipeline_id", "stage_id", "stage_entered_at")},
}
# Columns of a unit that go along with it but do not make a change of their own: two sides that moved a deal to
# the same stage agree, whenever each of them did it.
_CARRIED = {"stage_entered_at"}
# Columns pointing at a record of the same table: set after every new record of the table is in.
_SELF_REFS = {"companies": ("merged_into_id",), "persons": ("merged_into_id",), "tasks": ("parent_id", "series_id")}
_TAG_LINKS = {"companies": ("company_tags", "company_id"), "persons": ("person_tags", "person_id"),
              "deals": ("deal_tags", "deal_id")}
_CHANNEL_OWNER = {"companies": "company_id", "persons": "person_id"}
_CUSTOM_ENTITY = {"companies": "company", "persons": "person", "deals": "deal"}
_NAME_COLUMNS: dict[str, tuple[str, ...]] = {
    "companies": ("name",), "persons": ("first_name", "last_name"), "deals": ("title",), "tasks": ("title",),
    "activities": ("subject",), "users": ("full_name", "login"), "stages": ("name",), "pipelines": ("name",),
    "lead_sources": ("name",), "loss_reasons": ("name",), "campaigns": ("name",), "products": ("name",),
    "tags": ("name",), "custom_field_definitions": ("label",),
}
_CHUNK = 500
_OWNED_TABLES = ("companies", "persons", "deals", "tasks")
DELETED = "deleted"   # the unit of a Trash conflict


# ---- results ----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CopyOutResult:
    """What a copy-out wrote."""

    path: Path
    copy_uuid: str
    counts: dict[str, int]          # kind -> records copied
    owners: tuple[str, ...]         # the chosen owners' names; empty = everything
    size_bytes: int
    seconds: float


@dataclass(frozen=True)
class Conflict:
    """One field changed to different values in the office and in the copy; the user picks a side."""

    key: str            # stable between a dry run and the real run: "table/uuid/unit"
    kind: str           # company | person | deal | task | activity
    uuid: str
    record: str         # the record's name, for people
    field: str          # a column, "custom:<label>", channels, tags, lines, reminders, stage, or "deleted"
    base: str           # values as text, for showing
    office: str
    copy: str
    chosen: str | None = None  # office | copy, once decided


@dataclass(frozen=True)
class KindCounts:
    """What a bring-back did to the records of one kind."""

    kind: str
    added: int = 0      # new in the copy
    updated: int = 0    # changed in the copy only
    merged: int = 0     # changed on both sides, the fields put together (conflicts included)
    deleted: int = 0    # moved to the Trash because the copy deleted them
    conflicts: int = 0


@dataclass(frozen=True)
class BringBackResult:
    """The outcome of a bring-back (or of its dry run)."""

    status: str                     # done | dry_run | needs_choices | already
    copy_uuid: str
    made_at: datetime
    made_by: str
    counts: tuple[KindCounts, ...]
    conflicts: tuple[Conflict, ...]
    history_added: int = 0          # stage history and change log rows made in the copy
    lists_added: int = 0            # new tags, lead sources, products... made in the copy
    brought_back_at: datetime | None = None
    notes: tuple[str, ...] = ()

    @property
    def unresolved(self) -> tuple[Conflict, ...]:
        return tuple(c for c in self.conflicts if c.chosen is None)

    @property
    def changed_anything(self) -> bool:
        return self.status == "done"

    def total(self, what: str) -> int:
        return sum(int(getattr(c, what)) for c in self.counts)

    @property
    def message(self) -> str:
        if self.status == "already":
            when = self.brought_back_at.strftime("%Y-%m-%d %H:%M") if self.brought_back_at else "?"
            return (f"This copy was already brought back on {when} (UTC); nothing changed. "
                    "Take a new copy to go on working offline.")
        parts = (f"{self.total('added')} added, {self.total('updated')} updated, {self.total('merged')} merged, "
                 f"{self.total('deleted')} moved to the Trash, {len(self.conflicts)} conflicts")
        if self.status == "needs_choices":
            return (f"Nothing was brought back: {len(self.unresolved)} conflicts need a choice "
                    f"(office or copy) first. Found: {parts}.")
        if self.status == "dry_run":
            return f"Dry run, nothing written: {parts}."
        return f"Brought back: {parts}."


@dataclass(frozen=True)
class CopyInfo:
    """What a file is, as an offline copy (shown before bringing it back)."""

    copy_uuid: str
    source_db_uuid: str
    made_at: datetime
    made_by: str
    owners: tuple[str, ...]
    schema_revision: str
    source_file: str = ""           # the office file it was taken from


@dataclass(frozen=True)
class TakenCopy:
    """A copy taken from this database, from the office's list of copies."""

    copy_uuid: str
    file_name: str
    made_at: datetime
    made_by: str
    owners: tuple[str, ...]
    brought_back_at: datetime | None


# ---- values -----------------------------------------------------------------------------------------------------

def _canon(value: Any) -> Any:
    """One JSON-friendly spelling of a stored value, the same in both files, so equal values compare equal."""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f")
        return "0" if text in ("-0", "0") else text
    return value


def _stored(column: Column[Any], value: Any) -> Any:
    """The Python value SQLAlchemy expects for a column, from its canonical spelling."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Float):
        return float(value)
    if isinstance(kind, Numeric):
        return Decimal(str(value))
    return value


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _fk_target(column: Column[Any]) -> str | None:
    for fk in column.foreign_keys:
        return fk.column.table.name
    return None


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]


def _name_of(table: str, row: Any) -> str:
    if table == "users":
        return str(row.get("full_name") or row.get("login") or "")
    return " ".join(str(row[c]) for c in _NAME_COLUMNS.get(table, ()) if row.get(c)) or "?"


# ---- reading records as plain data ------------------------------------------------------------------------------

class _Reader:
    """Records of one file as canonical dicts (foreign keys as UUIDs, a record's lists inside it)."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self._uuid: dict[str, dict[int, str]] = defaultdict(dict)
        self._id: dict[str, dict[str, int]] = defaultdict(dict)

    def uuids(self, table: str, ids: Iterable[int | None]) -> dict[int, str]:
        known = self._uuid[table]
        missing = sorted({i for i in ids if i is not None and i not in known})
        t = _table(table)
        for chunk in _chunks(missing):
            for rid, ruuid in self.s.execute(select(t.c.id, t.c.uuid).where(t.c.id.in_(chunk))):
                known[rid] = ruuid
                self._id[table][ruuid] = rid
        return known

    def ids(self, table: str, uuids: Iterable[str | None]) -> dict[str, int]:
        known = self._id[table]
        missing = sorted({u for u in uuids if u is not None and u not in known})
        t = _table(table)
        for chunk in _chunks(missing):
            for rid, ruuid in self.s.execute(select(t.c.id, t.c.uuid).where(t.c.uuid.in_(chunk))):
                known[ruuid] = rid
                self._uuid[table][rid] = ruuid
        return known

    def remember(self, table: str, rid: int, ruuid: str) -> None:
        self._uuid[table][rid] = ruuid
        self._id[table][ruuid] = rid

    def names(self, table: str, uuids: Iterable[str]) -> dict[str, str]:
        t = _table(table)
        wanted = sorted(set(uuids))
        found: dict[str, str] = {}
        cols = [t.c[c] for c in _NAME_COLUMNS.get(table, ())]
        for chunk in _chunks(wanted):
            for row in self.s.execute(select(t.c.uuid, *cols).where(t.c.uuid.in_(chunk))).mappings():
                found[row["uuid"]] = _name_of(table, row)
        return found

    def records(self, table: str, uuids: Sequence[str] | None = None) -> dict[str, dict[str, Any]]:
        """Every record of the table (uuids None) or the given ones, by UUID."""
        t = _table(table)
        rows: list[Any] = []
        if uuids is None:
            rows = list(self.s.execute(select(t).order_by(t.c.id)).mappings())
        else:
            for chunk in _chunks(sorted(set(uuids))):
                rows += list(self.s.execute(select(t).where(t.c.uuid.in_(chunk))).mappings())
        skip = _NOT_COMPARED | _DERIVED.get(table, set())
        fks = {c.name: target for c in t.columns if (target := _fk_target(c)) and c.name not in skip}
        for col, target in fks.items():
            self.uuids(target, (r[col] for r in rows))
        # Per column once, not per value: most columns are text and need no conversion at all.
        columns = [c for c in t.columns if c.name not in skip and c.name not in fks]
        converted = [c.name for c in columns if isinstance(c.type, DateTime | Date | Numeric)
                     and not isinstance(c.type, Float)]
        plain = [c.name for c in columns if c.name not in converted]
        linked = [(name, self._uuid[target]) for name, target in fks.items()]
        by_id: dict[int, dict[str, Any]] = {}
        out: dict[str, dict[str, Any]] = {}
        for r in rows:
            data: dict[str, Any] = {name: r[name] for name in plain}
            for name in converted:
                data[name] = _canon(r[name])
            for name, uuids_of in linked:
                value = r[name]
                data[name] = None if value is None else uuids_of.get(value)
            by_id[r["id"]] = data
            out[r["uuid"]] = data
            self.remember(table, r["id"], r["uuid"])
        self._add_lists(table, by_id)
        return out

    def _add_lists(self, table: str, by_id: dict[int, dict[str, Any]]) -> None:
        ids = sorted(by_id)
        if not ids:
            return
        r: Any  # rows of several queries below
        for data in by_id.values():
            if table in _CHANNEL_OWNER:
                data["channels"] = []
            if table in _TAG_LINKS:
                data["tags"] = []
            if table == "deals":
                data["lines"] = []
            if table == "tasks":
                data["reminders"] = []
        s = self.s
        if table in _CHANNEL_OWNER:
            cc = _table("contact_channels")
            owner = cc.c[_CHANNEL_OWNER[table]]
            for chunk in _chunks(ids):
                for r in s.execute(select(owner, cc.c.kind, cc.c.label, cc.c.value, cc.c.normalized,
                                          cc.c.is_primary, cc.c.position)
                                   .where(owner.in_(chunk)).order_by(owner, cc.c.position, cc.c.id)):
                    by_id[r[0]]["channels"].append([r[1], r[2], r[3], r[4], bool(r[5]), r[6]])
        if table in _TAG_LINKS:
            link_name, col = _TAG_LINKS[table]
            link = _table(link_name)
            pairs: list[tuple[int, int]] = []
            for chunk in _chunks(ids):
                pairs += [(r[0], r[1]) for r in s.execute(select(link.c[col], link.c.tag_id)
                                                          .where(link.c[col].in_(chunk)))]
            tag_uuids = self.uuids("tags", (p[1] for p in pairs))
            for rid, tag_id in pairs:
                by_id[rid]["tags"].append(tag_uuids[tag_id])
            for data in by_id.values():
                data["tags"].sort()
        if table in _CUSTOM_ENTITY:
            cv, cd = _table("custom_field_values"), _table("custom_field_definitions")
            for chunk in _chunks(ids):
                for r in s.execute(select(cv.c.entity_id, cd.c.uuid, cv.c.value_text, cv.c.value_number,
                                          cv.c.value_date, cv.c.value_bool)
                                   .join(cd, cd.c.id == cv.c.definition_id)
                                   .where(cd.c.entity == _CUSTOM_ENTITY[table], cv.c.entity_id.in_(chunk))):
                    if r[0] in by_id:
                        by_id[r[0]][f"custom:{r[1]}"] = [r[2], _canon(r[3]), _canon(r[4]), r[5]]
        if table == "deals":
            dl = _table("deal_lines")
            lines = []
            for chunk in _chunks(ids):
                lines += list(s.execute(select(dl).where(dl.c.deal_id.in_(chunk))
                                        .order_by(dl.c.deal_id, dl.c.position, dl.c.id)).mappings())
            products = self.uuids("products", (r["product_id"] for r in lines))
            for r in lines:
                by_id[r["deal_id"]]["lines"].append(
                    [products.get(r["product_id"]) if r["product_id"] else None, r["name"], r["unit"],
                     _canon(r["quantity"]), _canon(r["price"]), _canon(r["discount_pct"]), _canon(r["vat_rate"]),
                     r["position"]])
        if table == "tasks":
            tr = _table("task_reminders")
            for chunk in _chunks(ids):
                for r in s.execute(select(tr.c.task_id, tr.c.offset_min, tr.c.remind_at, tr.c.acknowledged_at)
                                   .where(tr.c.task_id.in_(chunk)).order_by(tr.c.task_id, tr.c.remind_at, tr.c.id)):
                    # Acknowledged on both sides at different times is the same fact: compare only whether it was.
                    by_id[r[0]]["reminders"].append([r[1], _canon(r[2]), r[3] is not None])


# ---- database identity --------------------------------------------------------------------------------------------

def database_uuid(db: Database, *, create: bool = True) -> str | None:
    """This database's identity (app setting "database.uuid"), made on first need."""
    with db.session(write=create) as s:
        return _database_uuid_in(s, create=create)


def _database_uuid_in(s: Session, *, create: bool) -> str | None:
    row = s.get(AppSetting, DATABASE_UUID_KEY)
    if row is not None and isinstance(row.value, str) and row.value:
        return row.value
    if not create:
        return None
    value = str(uuid_module.uuid4())
    if row is None:
        s.add(AppSetting(key=DATABASE_UUID_KEY, value=value))
    else:
        row.value = value
    s.flush()
    return value


def _user_name(s: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    user = s.get(User, user_id)
    return (user.full_name or user.login) if user is not None else ""


def _refuse_read_only(db: Database, what: str) -> None:
    actor = db.actor
    if actor is not None and actor.role == Role.READ_ONLY.value:
        raise PermissionDeniedError(f"Not allowed: {actor.login} may only read this database, not {what}.")


# ---- copy-out -----------------------------------------------------------------------------------------------------

def copy_out(db: Database, target: Path, owners: Sequence[int] | None = None, *, user_id: int | None = None,
             overwrite: bool = False, progress: Progress = NO_PROGRESS) -> CopyOutResult:
    """Write an offline copy of the database to `target`: everything, or the chosen owners' records and what they
    refer to. The file appears only when it is complete; the office file gets a row saying the copy was taken."""
    started = time.perf_counter()
    _refuse_read_only(db, "take copies of it")
    target = Path(target).expanduser()
    if not target.parent.is_dir():
        raise ValidationError(f"The folder '{target.parent}' does not exist; choose where the copy goes.")
    if db.path is not None and target.resolve() == db.path.resolve():
        raise ValidationError("The copy cannot replace the database it is taken from; choose another file name.")
    if target.exists() and not overwrite:
        raise ValidationError(f"'{target}' exists already; choose a new file name (or replace it with --force).")
    actor = db.actor
    if actor is not None and actor.own_records_only:
        # A manager who sees only their own records carries only those.
        owners = [actor.user_id]
    with db.session() as s:
        source_uuid = _database_uuid_in(s, create=True)
        owner_names: list[str] = []
        for oid in owners or ():
            user = s.get(User, oid)
            if user is None:
                raise ValidationError(f"There is no user with id {oid}; choose owners among the users.")
            owner_names.append(user.full_name or user.login)
        owner_uuids = [s.get(User, oid).uuid for oid in owners or ()]  # type: ignore[union-attr]
        made_by = user_id if user_id is not None else (actor.user_id if actor else None)
    assert source_uuid is not None
    copy_uuid = str(uuid_module.uuid4())
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    progress.step(0, 4, "Copying the database")
    try:
        if db.is_sqlite and db.path is not None:
            _backup_file(db.path, part)
        else:
            _copy_rows(db, part)
        progress.step(1, 4, "Choosing the records")
        counts = _prepare_copy(part, copy_uuid=copy_uuid, source_uuid=source_uuid,
                               owners=list(owners) if owners else None, owner_uuids=owner_uuids,
                               made_by=made_by, file_name=db.display_name, progress=progress,
                               reindex=not db.is_sqlite)
        progress.step(3, 4, "Recording the copy")
        with db.session() as s:
            s.add(OfflineCopy(copy_uuid=copy_uuid, role=ROLE_OFFICE, source_db_uuid=source_uuid,
                              schema_revision=migrate.head_revision(), made_at=utcnow(), made_by=made_by,
                              scope={"owners": owner_uuids} if owners else {}, file_name=str(target)))
        if target.exists():
            target.unlink()
        part.replace(target)
    except BaseException:
        for leftover in (part, part.with_name(part.name + "-wal"), part.with_name(part.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    # No last progress step: a Cancel pressed now must not say "cancelled" about a copy that is written.
    return CopyOutResult(target, copy_uuid, counts, tuple(owner_names), target.stat().st_size,
                         time.perf_counter() - started)


def _backup_file(source: Path, dest: Path) -> None:
    """A consistent snapshot of a database file (SQLite's online backup: writers elsewhere may go on)."""
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    try:
        out = sqlite3.connect(dest)
        try:
            src.backup(out)
            # The copy is a file of its own: the rollback journal until the app opens it, no WAL files beside it.
            out.execute("PRAGMA journal_mode=DELETE")
        finally:
            out.close()
    finally:
        src.close()


# Who works in the file and which copies it gave out belong to the office alone.
_NOT_COPIED = {"workstations", "offline_copies", "offline_base"}


def _copy_rows(db: Database, dest: Path) -> None:
    """A server database into a new file: the schema made by the same migrations, then every row as it is."""
    target = open_database(dest, quick_check=False)
    try:
        with db.session(write=False) as s, target.session() as t:
            # Rows pointing at a row of their own table further on (a merged record's survivor) arrive in any
            # order: the foreign keys are checked when the whole copy commits.
            t.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            for table in Base.metadata.sorted_tables:
                if table.name in _NOT_COPIED:
                    continue
                t.execute(delete(table))   # what the migrations put there (the change counter's row)
                batch: list[dict[str, Any]] = []
                for row in s.execute(select(table).execution_options(yield_per=2000)).mappings():
                    batch.append(dict(row))
                    if len(batch) >= 2000:
                        t.execute(insert(table), batch)
                        batch = []
                if batch:
                    t.execute(insert(table), batch)
    finally:
        target.close()


def _prepare_copy(path: Path, *, copy_uuid: str, source_uuid: str, owners: list[int] | None,
                  owner_uuids: list[str], made_by: int | None, file_name: str,
                  progress: Progress, reindex: bool = False) -> dict[str, int]:
    """Turn a snapshot of the office file into an offline copy: prune, mark, store the base of the merge.

    The copy's own `offline_copies` row names the office database it came from in `file_name` (the office's row
    names the copy's file), so the copy can say whose copy it is."""
    copy_db = open_database(path, quick_check=False)
    try:
        with copy_db.session() as s:
            if owners is not None:
                _prune(s, owners)
            if owners is not None or reindex:
                search_index.rebuild(s)
            for name in ("workstations", "offline_copies", "offline_base"):
                s.execute(delete(_table(name)))
            setting = s.get(AppSetting, DATABASE_UUID_KEY)
            assert setting is not None
            setting.value = str(uuid_module.uuid4())  # the copy is a database of its own
            max_ids = {name: int(s.scalar(select(func.max(_table(name).c.id))) or 0)
                       for name in ("change_log", "deal_stage_history")}
            s.add(OfflineCopy(copy_uuid=copy_uuid, role=ROLE_COPY, source_db_uuid=source_uuid,
                              schema_revision=migrate.head_revision(), made_at=utcnow(), made_by=made_by,
                              scope={"owners": owner_uuids, "max_ids": max_ids} if owners is not None
                              else {"max_ids": max_ids}, file_name=file_name))
            progress.step(2, 4, "Remembering the records as copied")
            reader = _Reader(s)
            counts: dict[str, int] = {}
            for table in RECORD_TABLES:
                records = reader.records(table)
                counts[KIND_OF_TABLE[table]] = len(records)
                rows = [{"table_name": table, "row_key": key, "data": data} for key, data in records.items()]
                for chunk in _chunks(rows):
                    s.execute(insert(OfflineBase), list(chunk))
    finally:
        copy_db.close()
    conn = sqlite3.connect(path)
    try:
        # The file travels alone: no WAL file beside it; and VACUUM gives the pruned records' pages back, so the
        # copy holds nothing of the records left in the office.
        conn.execute("PRAGMA journal_mode=DELETE")
        if owners is not None:
            conn.execute("VACUUM")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    return counts


def _prune(s: Session, owners: list[int]) -> None:
    """Delete every record outside the owners' scope from the copy, keeping what in-scope records refer to."""
    def ids(sql: Any) -> set[int]:
        return {int(r[0]) for r in s.execute(sql) if r[0] is not None}

    t = {name: _table(name) for name in RECORD_TABLES}
    companies = ids(select(t["companies"].c.id).where(t["companies"].c.owner_id.in_(owners)))
    deals = ids(select(t["deals"].c.id).where(t["deals"].c.owner_id.in_(owners)))
    tasks = ids(select(t["tasks"].c.id).where(t["tasks"].c.owner_id.in_(owners)))
    people_t = t["persons"]
    persons = ids(select(people_t.c.id).where(people_t.c.owner_id.in_(owners)))
    # The people of the owners' companies go along: a visit to a company needs its contacts.
    persons |= _ids_where(s, people_t, people_t.c.company_id, companies)
    while True:
        before = (len(companies), len(persons), len(deals), len(tasks))
        deals |= _refs(s, t["tasks"], "deal_id", tasks)
        tasks |= _refs(s, t["tasks"], "parent_id", tasks) | _refs(s, t["tasks"], "series_id", tasks)
        persons |= _refs(s, t["deals"], "person_id", deals) | _refs(s, t["tasks"], "person_id", tasks)
        companies |= (_refs(s, t["deals"], "company_id", deals) | _refs(s, t["tasks"], "company_id", tasks)
                      | _refs(s, people_t, "company_id", persons))
        if (len(companies), len(persons), len(deals), len(tasks)) == before:
            break
    act = t["activities"]
    activities: set[int] = set()
    for col, linked in (("person_id", persons), ("company_id", companies), ("deal_id", deals),
                        ("task_id", tasks)):
        activities |= _ids_where(s, act, act.c[col], linked)
    activities |= ids(select(act.c.id).where(act.c.user_id.in_(owners), act.c.person_id.is_(None),
                                             act.c.company_id.is_(None), act.c.deal_id.is_(None),
                                             act.c.task_id.is_(None)))
    keep = {"companies": companies, "persons": persons, "deals": deals, "tasks": tasks, "activities": activities}
    conn = s.connection()
    # Each deleted row makes SQLite look up the rows pointing at it; a pointing column without an index (a merged
    # record's survivor, an activity's task) would be read whole once per deleted row: minutes, not a second.
    helpers = _unindexed_references(set(keep))
    for name, (table, column) in helpers.items():
        conn.exec_driver_sql(f"CREATE INDEX {name} ON {table} ({column})")
    for name, kept in keep.items():
        conn.exec_driver_sql(f"CREATE TEMP TABLE keep_{name} (id INTEGER PRIMARY KEY)")
        rows = [{"id": i} for i in sorted(kept)]
        if rows:
            conn.exec_driver_sql(f"INSERT INTO keep_{name} (id) VALUES (?)", [(r["id"],) for r in rows])
    # Children before parents, so ON DELETE rules change as little as possible in what stays.
    for name in ("activities", "tasks", "deals", "persons", "companies"):
        entity = KIND_OF_TABLE[name]
        if name in _CUSTOM_ENTITY:
            conn.exec_driver_sql(
                "DELETE FROM custom_field_values WHERE definition_id IN "
                f"(SELECT id FROM custom_field_definitions WHERE entity = '{entity}') "
                f"AND entity_id NOT IN (SELECT id FROM keep_{name})")
        conn.exec_driver_sql(f"DELETE FROM change_log WHERE entity = '{name}' "
                             f"AND entity_id NOT IN (SELECT id FROM keep_{name})")
        conn.exec_driver_sql(f"DELETE FROM {name} WHERE id NOT IN (SELECT id FROM keep_{name})")
    for name in ("documents", "attachments"):
        links = "deal_id IS NULL AND company_id IS NULL AND person_id IS NULL"
        if name == "attachments":
            links += " AND task_id IS NULL"
        conn.exec_driver_sql(f"DELETE FROM {name} WHERE {links}")
    # The office's history of imports, merges and reassignments names records the copy does not carry.
    for name in ("import_items", "import_runs", "merge_records", "reassignments"):
        conn.exec_driver_sql(f"DELETE FROM {name}")
    for name in keep:
        conn.exec_driver_sql(f"DROP TABLE keep_{name}")
    for name in helpers:
        conn.exec_driver_sql(f"DROP INDEX {name}")


def _unindexed_references(targets: set[str]) -> dict[str, tuple[str, str]]:
    """Columns pointing at the target tables that no index starts with: {index name to make: (table, column)}."""
    found: dict[str, tuple[str, str]] = {}
    for table in Base.metadata.sorted_tables:
        leading = {next(iter(ix.columns)).name for ix in table.indexes if ix.columns}
        leading |= {next(iter(uq.columns)).name for uq in table.constraints
                    if isinstance(uq, PrimaryKeyConstraint | UniqueConstraint) and len(uq.columns) > 0}
        for column in table.columns:
            target = _fk_target(column)
            if target in targets and column.name not in leading:
                found[f"offline_prune_{table.name}_{column.name}"] = (table.name, column.name)
    return found


def _ids_where(s: Session, table: Table, column: Any, values: set[int]) -> set[int]:
    found: set[int] = set()
    for chunk in _chunks(sorted(values)):
        found |= {int(r[0]) for r in s.execute(select(table.c.id).where(column.in_(chunk)))}
    return found


def _refs(s: Session, table: Table, column: str, ids: set[int]) -> set[int]:
    found: set[int] = set()
    for chunk in _chunks(sorted(ids)):
        found |= {int(r[0]) for r in s.execute(select(table.c[column]).where(table.c.id.in_(chunk),
                                                                               table.c[column].is_not(None)))}
    return found


# ---- looking at a copy ----------------------------------------------------------------------------------------------

@contextmanager
def _opened_copy(path: Path) -> Iterator[Database]:
    """The copy, migrated if it is older, through a snapshot in a temporary folder: the laptop's file is only read.

    Refuses what is not an offline copy of this app's schema, before anything is written anywhere."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise ValidationError(f"'{path}' does not exist or is not a file.")
    try:
        found = inspect_file(path)
    except SchemaTooNewError:
        raise ValidationError(
            f"'{path.name}' was written by a newer version of crm-desktop; update crm-desktop on this computer "
            "to bring it back. Nothing was changed.") from None
    if found.empty:
        raise ValidationError(f"'{path.name}' is not an offline copy (it holds no crm-desktop data). "
                              "Nothing was changed.")
    with tempfile.TemporaryDirectory(prefix="crm-bring-back-") as folder:
        snapshot = Path(folder) / "copy.db"
        _backup_file(path, snapshot)
        copy_db = open_database(snapshot, quick_check=False)
        try:
            yield copy_db
        finally:
            copy_db.close()
            shutil.rmtree(folder, ignore_errors=True)


@dataclass(frozen=True)
class _CopyMark:
    """The copy's own `offline_copies` row, as plain data."""

    copy_uuid: str
    source_db_uuid: str
    schema_revision: str
    made_at: datetime
    made_by: int | None
    scope: dict[str, object]


def _copy_row(copy_db: Database, path: Path) -> _CopyMark:
    with copy_db.session(write=False) as s:
        row = s.scalar(select(OfflineCopy).where(OfflineCopy.role == ROLE_COPY))
        if row is None:
            raise ValidationError(f"'{path.name}' is a crm-desktop database, not an offline copy: it can be "
                                  "opened, not brought back. Nothing was changed.")
        return _CopyMark(row.copy_uuid, row.source_db_uuid, row.schema_revision, row.made_at, row.made_by,
                         dict(row.scope or {}))


def describe_copy(path: Path) -> CopyInfo:
    """What the file is as an offline copy; refuses other files with the reason."""
    with _opened_copy(path) as copy_db:
        info = copy_mark(copy_db)
        if info is None:
            _copy_row(copy_db, path)   # raises with the reason
        assert info is not None
        return info


def copy_mark(db: Database) -> CopyInfo | None:
    """When this open database is an offline copy: whose, taken when; None for any other database."""
    with db.session(write=False) as s:
        row = s.scalar(select(OfflineCopy).where(OfflineCopy.role == ROLE_COPY))
        if row is None:
            return None
        owners = tuple(s.scalars(select(User.full_name).where(User.uuid.in_(_scope_owners(row.scope)))))
        return CopyInfo(row.copy_uuid, row.source_db_uuid, row.made_at, _user_name(s, row.made_by), owners,
                        row.schema_revision, row.file_name)


def _scope_owners(scope: Mapping[str, object]) -> list[str]:
    owners = scope.get("owners")
    return [str(u) for u in owners] if isinstance(owners, list) else []


def taken_copies(db: Database) -> list[TakenCopy]:
    """The copies taken from this database, the latest first."""
    with db.session(write=False) as s:
        rows = list(s.scalars(select(OfflineCopy).where(OfflineCopy.role == ROLE_OFFICE)
                              .order_by(OfflineCopy.made_at.desc())))
        users = {u.uuid: (u.full_name or u.login) for u in s.scalars(select(User))}
        return [TakenCopy(r.copy_uuid, r.file_name, r.made_at, _user_name(s, r.made_by),
                          tuple(users.get(u, "?") for u in _scope_owners(r.scope)),
                          r.brought_back_at) for r in rows]


# ---- bring-back -----------------------------------------------------------------------------------------------------

@dataclass
class _Plan:
    """What a bring-back will write, worked out before anything is written."""

    inserts: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    updates: dict[str, dict[str, dict[str, Any]]] = field(default_factory=lambda: defaultdict(dict))
    # Conflicts with the values of each side (canonical), by key.
    conflicts: list[tuple[Conflict, str, str, dict[str, Any], dict[str, Any], dict[str, Any], str]] = field(
        default_factory=list)
    counts: dict[str, dict[str, int]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(int)))
    stage_from_copy: set[str] = field(default_factory=set)   # deal uuids whose stage comes from the copy
    notes: list[str] = field(default_factory=list)


def bring_back(db: Database, path: Path, choices: Mapping[str, str] | None = None, *, prefer: str | None = None,
               dry_run: bool = False, user_id: int | None = None,
               progress: Progress = NO_PROGRESS) -> BringBackResult:
    """Merge an offline copy into this database (see the module's description).

    `choices` maps conflict keys to "office" or "copy"; `prefer` decides the conflicts not in `choices`. With
    conflicts left undecided, nothing is written and the result's status is "needs_choices"; a dry run writes
    nothing either. A failure rolls everything back: the office file is then unchanged."""
    _refuse_read_only(db, "bring copies back into it")
    if prefer is not None and prefer not in SIDES:
        raise ValidationError(f"Choose 'office' or 'copy', not '{prefer}'.")
    for key, side in (choices or {}).items():
        if side not in SIDES:
            raise ValidationError(f"The choice for {key} must be 'office' or 'copy', not '{side}'.")
    path = Path(path).expanduser()
    progress.step(0, 4, "Reading the copy")
    with _opened_copy(path) as copy_db:
        info = _copy_row(copy_db, path)
        # A look first, in a read transaction: a dry run, a refusal or undecided conflicts never take the write
        # lock of a shared file.
        # The office's session inside the copy's: a failure of the office file (a share gone) is told as one.
        with copy_db.session(write=False) as cs, db.session(write=False) as s:
            found = _look(s, cs, info, path, choices or {}, prefer, dry_run, progress)
        if found.status != "done":
            return found.result()
        try:
            with copy_db.session(write=False) as cs, db.session() as s:
                counter = _change_counter(s)
                if counter is not None and counter == found.counter and found.office and found.copy:
                    # Nobody saved since the look: its plan holds, in this transaction.
                    look = found
                    found.office.s, found.copy.s = s, cs
                    look.office_row = s.scalar(select(OfflineCopy).where(OfflineCopy.copy_uuid == info.copy_uuid,
                                                                         OfflineCopy.role == ROLE_OFFICE))
                else:
                    # Again inside the write transaction: someone saved in between.
                    look = _look(s, cs, info, path, choices or {}, prefer, dry_run, progress)
                if look.status != "done":
                    raise _NotNow(look)
                progress.step(2, 4, "Writing the changes")
                assert look.plan is not None
                assert look.office is not None
                assert look.copy is not None
                writer = _Writer(s, look.office, look.copy, utcnow())
                lists_added = writer.add_lists()
                writer.apply(look.plan)
                history = writer.add_history(look.plan, info)
                writer.reindex()
                progress.step(3, 4, "Finishing")
                result = BringBackResult("done", info.copy_uuid, info.made_at, look.made_by, look.counts,
                                         look.conflicts, history_added=history, lists_added=lists_added,
                                         brought_back_at=writer.now, notes=tuple(look.plan.notes))
                office_row = look.office_row
                if office_row is None:
                    # An office file restored from a backup older than the copy: the copy's base still tells.
                    office_row = OfflineCopy(copy_uuid=info.copy_uuid, role=ROLE_OFFICE,
                                             source_db_uuid=info.source_db_uuid,
                                             schema_revision=info.schema_revision, made_at=info.made_at,
                                             made_by=None, scope=dict(info.scope), file_name=str(path))
                    s.add(office_row)
                office_row.brought_back_at = writer.now
                office_row.brought_back_by = user_id if user_id is not None else (
                    db.actor.user_id if db.actor else None)
                office_row.result = _result_json(result)
        except _NotNow as stop:
            return stop.look.result()
    return result   # no progress step after the commit: a late Cancel cannot undo what is written


@dataclass
class _Look:
    """A bring-back worked out but not written: its result, or the plan to write."""

    status: str
    info: _CopyMark
    made_by: str
    counts: tuple[KindCounts, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    brought_back_at: datetime | None = None
    lists_added: int = 0
    plan: _Plan | None = None
    office: _Reader | None = None
    copy: _Reader | None = None
    office_row: OfflineCopy | None = None
    counter: int | None = None   # the office's change counter when it was looked at

    def result(self) -> BringBackResult:
        return BringBackResult(self.status, self.info.copy_uuid, self.info.made_at, self.made_by, self.counts,
                               self.conflicts, lists_added=self.lists_added, brought_back_at=self.brought_back_at,
                               notes=tuple(self.plan.notes) if self.plan else ())


class _NotNow(Exception):
    """Leaves the write transaction without writing (rolled back) when the bring-back cannot finish now."""

    def __init__(self, look: _Look) -> None:
        super().__init__(look.status)
        self.look = look


def _look(s: Session, cs: Session, info: _CopyMark, path: Path, choices: Mapping[str, str], prefer: str | None,
          dry_run: bool, progress: Progress) -> _Look:
    """Refuse a copy of another database; say when it was brought back already; else plan the merge."""
    counter = _change_counter(s)
    office_uuid = _database_uuid_in(s, create=False)
    if office_uuid is None:
        raise ValidationError(
            f"'{path.name}' was not taken from this database: no offline copy was ever taken from it (or it was "
            "restored from a backup older than its first copy). Nothing was changed.")
    if office_uuid != info.source_db_uuid:
        raise ValidationError(
            f"'{path.name}' was taken from another database, not from this one; open the database it was "
            "taken from to bring it back. Nothing was changed.")
    office_row = s.scalar(select(OfflineCopy).where(OfflineCopy.copy_uuid == info.copy_uuid,
                                                    OfflineCopy.role == ROLE_OFFICE))
    made_by = _user_name(s, info.made_by) or _user_name(cs, info.made_by)
    if office_row is not None and office_row.brought_back_at is not None:
        return _Look("already", info, made_by, brought_back_at=office_row.brought_back_at)
    office, copy = _Reader(s), _Reader(cs)
    progress.step(1, 4, "Comparing the records")
    actor = s.info.get("actor")
    own_uuid = None
    if actor is not None and getattr(actor, "own_records_only", False):
        own_uuid = office.uuids("users", [actor.user_id]).get(actor.user_id)
    plan = _plan(office, copy, _base_records(cs), own_uuid)
    plan.notes += _extra_notes(office, copy)
    _describe(plan, office, copy)
    conflicts = _decide(plan, choices, prefer)
    counts = tuple(KindCounts(KIND_OF_TABLE[t], **{k: plan.counts[t][k] for k in
                                                   ("added", "updated", "merged", "deleted", "conflicts")})
                   for t in RECORD_TABLES)
    status = "dry_run" if dry_run else "needs_choices" if any(c.chosen is None for c in conflicts) else "done"
    return _Look(status, info, made_by, counts, conflicts, lists_added=_count_new_lists(office, copy), plan=plan,
                 office=office, copy=copy, office_row=office_row, counter=counter)


def _change_counter(s: Session) -> int | None:
    """The office's change counter: it moves on with every save anybody makes in the file."""
    value = s.scalar(select(_table("change_counter").c.value).where(_table("change_counter").c.id == 1))
    return int(value) if value is not None else None


def _result_json(result: BringBackResult) -> dict[str, object]:
    """What the office remembers of a bring-back: the counts and every conflict with both values and the choice."""
    return {
        "counts": {c.kind: {"added": c.added, "updated": c.updated, "merged": c.merged, "deleted": c.deleted,
                            "conflicts": c.conflicts} for c in result.counts},
        "history_added": result.history_added,
        "lists_added": result.lists_added,
        "conflicts": [{"key": c.key, "kind": c.kind, "uuid": c.uuid, "record": c.record, "field": c.field,
                       "base": c.base, "office": c.office, "copy": c.copy, "chosen": c.chosen}
                      for c in result.conflicts],
        "notes": list(result.notes),
    }


def _base_records(cs: Session) -> dict[str, dict[str, dict[str, Any]]]:
    base: dict[str, dict[str, dict[str, Any]]] = {t: {} for t in RECORD_TABLES}
    for table_name, key, data in cs.execute(select(OfflineBase.table_name, OfflineBase.row_key, OfflineBase.data)):
        if table_name in base:
            base[table_name][key] = dict(data)
    return base


def _units(table: str, *records: Mapping[str, Any] | None) -> dict[str, tuple[str, ...]]:
    """The compared units of a record: each column, custom field or list alone, except the grouped columns."""
    grouped = _UNITS.get(table, {})
    in_group = {f for fields in grouped.values() for f in fields}
    keys: set[str] = set()
    for r in records:
        if r is not None:
            keys |= set(r)
    keys -= {"deleted_at", "uuid"} | _LATEST_WINS | _OFFICE_WINS | in_group
    units: dict[str, tuple[str, ...]] = {k: (k,) for k in sorted(keys)}
    units.update(grouped)
    return units


def _values(record: Mapping[str, Any] | None, fields: tuple[str, ...]) -> tuple[Any, ...]:
    """The compared values of a unit's fields (the carried ones left out)."""
    return tuple(None if record is None else record.get(f) for f in fields if f not in _CARRIED)


def _plan(office: _Reader, copy: _Reader, base: dict[str, dict[str, dict[str, Any]]],
          own_uuid: str | None = None) -> _Plan:
    """The merge of every record; `own_uuid`: the user who may change only their own records."""
    plan = _Plan()
    others = 0
    for table in RECORD_TABLES:
        copy_records = copy.records(table)
        base_records = base[table]
        # A record the copy left as it was needs no look at the office: whatever the office did stays.
        touched = sorted(k for k in set(copy_records) | set(base_records)
                         if copy_records.get(k) != base_records.get(k))
        office_records = office.records(table, touched)
        for key in touched:
            b, o, c = base_records.get(key), office_records.get(key), copy_records.get(key)
            if own_uuid is not None and table in _OWNED_TABLES and o is not None and o.get("owner_id") != own_uuid:
                others += 1   # the copy carried it to be read (a deal's company): its changes are not theirs
                continue
            if c is not None and c == o:
                continue      # both sides made the same changes
            _plan_record(plan, table, key, b, o, c)
    if others:
        plan.notes.append(f"{others} records of other users were changed in the copy; you may change only your "
                          "own records, so those changes were not brought back.")
    return plan


def _extra_notes(office: _Reader, copy: _Reader) -> list[str]:
    """What a copy holds that a bring-back does not carry into the office, said so it is not a surprise."""
    notes: list[str] = []
    users = _table("users")
    copy_users = {r[0]: r[1] for r in copy.s.execute(select(users.c.uuid, users.c.login))}
    known = office.ids("users", list(copy_users))
    logins = set(office.s.scalars(select(users.c.login)))
    new_users = sorted(login for u, login in copy_users.items() if u not in known and login not in logins)
    if new_users:
        notes.append(f"Users made in the copy are not added ({', '.join(new_users)}); their records have no owner "
                     "here. An administrator adds users in the office.")
    for name, what in (("documents", "documents"), ("attachments", "attached files")):
        t = _table(name)
        made = [r[0] for r in copy.s.execute(select(t.c.uuid))]
        new = len(made) - len(office.ids(name, made))
        if new:
            notes.append(f"{new} {what} made in the copy stay in the copy: their files are on the laptop.")
    return notes


def _plan_record(plan: _Plan, table: str, key: str, b: dict[str, Any] | None, o: dict[str, Any] | None,
                 c: dict[str, Any] | None) -> None:
    counts = plan.counts[table]
    if b is None and o is None:
        assert c is not None
        plan.inserts[table].append(key)
        counts["added"] += 1
        return
    if c is None:
        # Deleted for good in the copy (emptied from its Trash).
        if o is None:
            return
        assert b is not None
        office_edited = any(_values(o, f) != _values(b, f) for f in _units(table, b, o).values())
        if office_edited:
            _add_conflict(plan, table, key, DELETED, (DELETED,), b, o, c, "edited", "deleted for good", "")
        elif o.get("deleted_at") is None:
            plan.updates[table].setdefault(key, {})["deleted_at"] = "now"
            counts["deleted"] += 1
        return
    if o is None:
        # Deleted for good in the office while the copy kept it.
        assert b is not None
        copy_edited = any(_values(c, f) != _values(b, f) for f in _units(table, b, c).values())
        if copy_edited:
            _add_conflict(plan, table, key, DELETED, (DELETED,), b, o, c, "deleted for good", "edited", "")
        return
    base = b or {}
    changes: dict[str, Any] = {}
    office_edited = copy_edited = False
    conflicted = False
    for unit, fields in _units(table, base, o, c).items():
        bv, ov, cv = _values(base, fields), _values(o, fields), _values(c, fields)
        office_edited |= ov != bv
        copy_edited |= cv != bv
        if cv == bv or ov == cv:
            continue
        if ov == bv:
            changes.update({f: c.get(f) for f in fields})
            if table == "deals" and unit == "stage":
                plan.stage_from_copy.add(key)
            continue
        _add_conflict(plan, table, key, unit, fields, base, o, c)
        conflicted = True
    for name in _LATEST_WINS:
        if name in c and c[name] is not None and (o.get(name) is None or c[name] > o[name]):
            changes[name] = c[name]
    for name in _OFFICE_WINS:
        if name in c and c[name] != base.get(name) and o.get(name) == base.get(name):
            changes[name] = c[name]
    # The Trash: a move into it (or out of it) on one side, edits on the other, is for the user to decide.
    bd, od, cd = (base.get("deleted_at") is not None, o.get("deleted_at") is not None,
                  c.get("deleted_at") is not None)
    if cd != bd and od == bd:
        if cd and office_edited:
            _add_conflict(plan, table, key, DELETED, (DELETED,), base, o, c, "edited", "in the Trash", "")
            conflicted = True
        else:
            changes["deleted_at"] = c.get("deleted_at")
            if cd:
                counts["deleted"] += 1
    elif od != bd and cd == bd and od and copy_edited:
        _add_conflict(plan, table, key, DELETED, (DELETED,), base, o, c, "in the Trash", "edited", "")
        conflicted = True
    real = {k for k in changes if k not in _LATEST_WINS}
    if changes:
        plan.updates[table][key] = changes
    if conflicted or (real and office_edited and "deleted_at" not in real):
        counts["merged"] += 1
    elif real - {"deleted_at"}:
        counts["updated"] += 1


def _add_conflict(plan: _Plan, table: str, key: str, unit: str, fields: tuple[str, ...], b: Mapping[str, Any],
                  o: Mapping[str, Any] | None, c: Mapping[str, Any] | None, office_text: str = "",
                  copy_text: str = "", base_text: str = "") -> None:
    name_source = c or o or b
    conflict = Conflict(f"{table}/{key}/{unit}", KIND_OF_TABLE[table], key, _name_of(table, name_source), unit,
                        base_text, office_text, copy_text)
    plan.conflicts.append((conflict, table, key, dict(b), dict(o or {}), dict(c or {}), unit))
    plan.counts[table]["conflicts"] += 1


def _decide(plan: _Plan, choices: Mapping[str, str], prefer: str | None) -> tuple[Conflict, ...]:
    """The conflicts with their chosen side; a side taken from the copy becomes part of the plan's updates."""
    decided: list[Conflict] = []
    for conflict, table, key, _b, o, c, unit in plan.conflicts:
        side = choices.get(conflict.key, prefer)
        decided.append(replace(conflict, chosen=side))
        if side != "copy":
            continue
        changes = plan.updates[table].setdefault(key, {})
        if unit == DELETED:
            if not o:                        # deleted for good in the office: the copy's record comes back
                plan.inserts[table].append(key)
                plan.updates[table].pop(key, None)
            elif not c:                      # deleted for good in the copy: the office's goes to the Trash
                changes["deleted_at"] = "now"
            else:
                changes["deleted_at"] = c.get("deleted_at")
            continue
        fields = _UNITS.get(table, {}).get(unit, (unit,))
        changes.update({f: c.get(f) for f in fields})
        if table == "deals" and unit == "stage":
            plan.stage_from_copy.add(key)
    # In the order people look through them: people, companies, deals... each by name, then by field.
    order = {table: n for n, table in enumerate(("persons", "companies", "deals", "tasks", "activities"))}
    decided.sort(key=lambda c: (order[TABLE_OF_KIND[c.kind]], c.record.casefold(), c.uuid, c.field))
    return tuple(decided)


def _describe(plan: _Plan, office: _Reader, copy: _Reader) -> None:
    """Fill in each conflict's values as text people read: names instead of UUIDs, lists as short lines."""
    described = []
    for conflict, table, key, b, o, c, unit in plan.conflicts:
        if unit == DELETED:
            described.append((conflict, table, key, b, o, c, unit))
            continue
        fields = _UNITS.get(table, {}).get(unit, (unit,))
        label = unit
        if unit.startswith("custom:"):
            found = office.names("custom_field_definitions", [unit[7:]]) or copy.names(
                "custom_field_definitions", [unit[7:]])
            label = f"custom:{found.get(unit[7:], '?')}"
        texts = [_text(table, fields, tuple(side.get(f) for f in fields), office, copy) for side in (b, o, c)]
        described.append((replace(conflict, field=label, base=texts[0], office=texts[1], copy=texts[2]),
                          table, key, b, o, c, unit))
    plan.conflicts = described


def _text(table: str, fields: tuple[str, ...], values: tuple[Any, ...], office: _Reader, copy: _Reader) -> str:
    t = _table(table)
    parts: list[str] = []
    for name, value in zip(fields, values, strict=True):
        if value is None or name == "stage_entered_at":
            continue
        if name in t.c and (target := _fk_target(t.c[name])) is not None:
            parts.append(_ref_name(target, value, office, copy))
        elif name == "tags":
            parts.append(", ".join(sorted(_ref_name("tags", u, office, copy) for u in value)))
        elif name == "channels":
            parts.append("; ".join(str(ch[2]) for ch in value))
        elif name == "lines":
            parts.append("; ".join(f"{ln[1]} × {ln[3]}" for ln in value))
        elif name == "reminders":
            parts.append(", ".join(str(r[1])[:16] for r in value))
        elif name.startswith("custom:"):
            parts.append(next((str(v) for v in value if v is not None), ""))
        elif isinstance(value, bool):
            parts.append("yes" if value else "no")
        else:
            parts.append(str(value))
    return " › ".join(p for p in parts if p)


def _ref_name(table: str, ruuid: str, office: _Reader, copy: _Reader) -> str:
    return (office.names(table, [ruuid]) or copy.names(table, [ruuid])).get(ruuid, "?")


def _count_new_lists(office: _Reader, copy: _Reader) -> int:
    """How many list entries (tags, stages, products...) of the copy the office has neither by UUID nor by name."""
    added = 0
    for table, natural in REFERENCE_TABLES.items():
        if table == "users":
            continue
        t = _table(table)
        rows = list(copy.s.execute(select(t)).mappings())
        known = office.ids(table, [r["uuid"] for r in rows])
        added += sum(1 for r in rows if r["uuid"] not in known and _same_name(office.s, t, natural, r) is None)
    return added


def _same_name(s: Session, t: Table, natural: tuple[str, ...], row: Any) -> int | None:
    """The id of the list entry with the same unique name (a tag made on both sides with one name is one tag)."""
    if not natural or any(row[c] is None for c in natural):
        return None
    found = s.scalar(select(t.c.id).where(and_(*(t.c[c] == row[c] for c in natural))))
    return int(found) if found is not None else None


# ---- writing into the office file ----------------------------------------------------------------------------------

class _Writer:
    """Writes a bring-back's plan into the office session: lists first, then new records, then changes."""

    def __init__(self, s: Session, office: _Reader, copy: _Reader, now: datetime) -> None:
        self.s, self.office, self.copy, self.now = s, office, copy, now
        self.touched: dict[str, set[int]] = defaultdict(set)
        self.new_ids: dict[str, dict[str, int]] = defaultdict(dict)

    # lists

    def add_lists(self) -> int:
        """New list entries of the copy (tags, stages, products...) into the office; users are only matched."""
        added = 0
        for table, natural in REFERENCE_TABLES.items():
            t = _table(table)
            rows = list(self.copy.s.execute(select(t).order_by(t.c.id)).mappings())
            known = self.office.ids(table, [r["uuid"] for r in rows])
            for r in rows:
                if r["uuid"] in known:
                    continue
                same = _same_name(self.s, t, natural, r)
                if same is not None:
                    self.office.remember(table, same, r["uuid"])
                    continue
                if table == "users":
                    continue
                values = {c.name: self._office_ref(c, r[c.name]) if _fk_target(c) else r[c.name]
                          for c in t.columns if c.name != "id"}
                if table == "pipelines":
                    values["is_default"] = False   # the office keeps its default pipeline
                self.office.remember(table, _inserted_id(self.s, insert(t).values(**values)), r["uuid"])
                added += 1
        return added

    def _office_ref(self, column: Column[Any], copy_id: int | None) -> int | None:
        """A copy's foreign key as the office's id of the same record (None when the office has no such record)."""
        target = _fk_target(column)
        if copy_id is None or target is None:
            return copy_id
        ruuid = self.copy.uuids(target, [copy_id]).get(copy_id)
        return self._id_of(target, ruuid)

    def _id_of(self, table: str, ruuid: str | None) -> int | None:
        if ruuid is None:
            return None
        return self.office.ids(table, [ruuid]).get(ruuid)

    # records

    def apply(self, plan: _Plan) -> None:
        copy_records = {t: self.copy.records(t, sorted(set(plan.inserts[t]))) for t in RECORD_TABLES}
        for table in RECORD_TABLES:
            for key in plan.inserts[table]:
                self._insert(table, copy_records[table][key])
        for table in RECORD_TABLES:   # now that every new record has its office id
            for key in plan.inserts[table]:
                data = copy_records[table][key]
                refs = {f: data.get(f) for f in _SELF_REFS.get(table, ()) if data.get(f)}
                if refs:
                    self._write(table, self.new_ids[table][key], refs, bump=False)
        for table in RECORD_TABLES:
            for key, changes in plan.updates[table].items():
                rid = self.office.ids(table, [key]).get(key)
                if rid is not None and changes:
                    self._write(table, rid, changes, bump=True)

    def _insert(self, table: str, data: Mapping[str, Any]) -> None:
        t = _table(table)
        values: dict[str, Any] = {}
        for c in t.columns:
            if c.name in ("id",) or c.name in _SELF_REFS.get(table, ()):
                continue
            if c.name not in data and c.name not in ("version", "updated_at", "birthday_md"):
                continue
            values[c.name] = self._column_value(table, c, data.get(c.name))
        values["version"] = 1
        values["updated_at"] = self.now
        if table == "persons":
            values["birthday_md"] = _birthday_md(data.get("birthday"))
        if table == "deals" and values.get("stage_id") is None:
            values["pipeline_id"], values["stage_id"] = self._fallback_stage()
        rid = _inserted_id(self.s, insert(t).values(**values))
        self.office.remember(table, rid, str(data["uuid"]))
        self.new_ids[table][str(data["uuid"])] = rid
        self._write_lists(table, rid, data)
        self.touched[table].add(rid)

    def _fallback_stage(self) -> tuple[int, int]:
        """The first stage of the default pipeline, for a deal whose stage the office no longer has."""
        p, st = _table("pipelines"), _table("stages")
        row = self.s.execute(select(st.c.pipeline_id, st.c.id).join(p, p.c.id == st.c.pipeline_id)
                             .order_by(p.c.is_default.desc(), p.c.position, st.c.position)).first()
        if row is None:
            raise ValidationError("This database has no pipeline with stages to put the copy's deals in.")
        return int(row[0]), int(row[1])

    def _column_value(self, table: str, column: Column[Any], value: Any) -> Any:
        target = _fk_target(column)
        if target is not None:
            return self._id_of(target, value)
        if column.name == "deleted_at" and value == "now":
            return self.now
        return _stored(column, value)

    def _write(self, table: str, rid: int, changes: Mapping[str, Any], *, bump: bool) -> None:
        t = _table(table)
        values: dict[str, Any] = {}
        for name, value in changes.items():
            if name in t.c:
                column = t.c[name]
                mapped = self._column_value(table, column, value)
                if mapped is None and value is not None and not column.nullable:
                    continue        # a stage the office no longer has: the office's stays
                values[name] = mapped
        if table == "persons" and "birthday" in changes:
            values["birthday_md"] = _birthday_md(changes["birthday"])
        if bump:
            # Editors open elsewhere see a newer version and show a conflict instead of overwriting the merge.
            values["version"] = t.c.version + 1
            values["updated_at"] = self.now
        if values:
            self.s.execute(update(t).where(t.c.id == rid).values(**values))
        self._write_lists(table, rid, changes)
        self.touched[table].add(rid)

    def _write_lists(self, table: str, rid: int, data: Mapping[str, Any]) -> None:
        s = self.s
        if "channels" in data and table in _CHANNEL_OWNER:
            cc = _table("contact_channels")
            owner = _CHANNEL_OWNER[table]
            s.execute(delete(cc).where(cc.c[owner] == rid))
            rows = [{owner: rid, "kind": ch[0], "label": ch[1], "value": ch[2], "normalized": ch[3],
                     "is_primary": bool(ch[4]), "position": ch[5]} for ch in data["channels"] or []]
            if rows:
                s.execute(insert(cc), rows)
        if "tags" in data and table in _TAG_LINKS:
            link_name, col = _TAG_LINKS[table]
            link = _table(link_name)
            s.execute(delete(link).where(link.c[col] == rid))
            tag_ids = sorted({i for u in data["tags"] or [] if (i := self._id_of("tags", u)) is not None})
            if tag_ids:
                s.execute(insert(link), [{col: rid, "tag_id": i} for i in tag_ids])
        if table == "deals" and "lines" in data:
            dl = _table("deal_lines")
            s.execute(delete(dl).where(dl.c.deal_id == rid))
            rows = [{"deal_id": rid, "product_id": self._id_of("products", ln[0]), "name": ln[1], "unit": ln[2],
                     "quantity": Decimal(str(ln[3])), "price": Decimal(str(ln[4])),
                     "discount_pct": Decimal(str(ln[5])), "vat_rate": Decimal(str(ln[6])), "position": ln[7]}
                    for ln in data["lines"] or []]
            if rows:
                s.execute(insert(dl), rows)
        if table == "tasks" and "reminders" in data:
            tr = _table("task_reminders")
            s.execute(delete(tr).where(tr.c.task_id == rid))
            rows = [{"task_id": rid, "offset_min": r[0], "remind_at": datetime.fromisoformat(r[1]),
                     "acknowledged_at": self.now if r[2] else None, "fired_at": None, "snoozed_until": None}
                    for r in data["reminders"] or []]
            if rows:
                s.execute(insert(tr), rows)
        if table in _CUSTOM_ENTITY:
            cv = _table("custom_field_values")
            for name, value in data.items():
                if not name.startswith("custom:"):
                    continue
                def_id = self._id_of("custom_field_definitions", name[len("custom:"):])
                if def_id is None:
                    continue
                s.execute(delete(cv).where(cv.c.definition_id == def_id, cv.c.entity_id == rid))
                if value is not None and any(v is not None for v in value):
                    s.execute(insert(cv).values(
                        definition_id=def_id, entity_id=rid, value_text=value[0],
                        value_number=None if value[1] is None else Decimal(str(value[1])),
                        value_date=None if value[2] is None else date.fromisoformat(value[2]),
                        value_bool=value[3]))

    # history

    def add_history(self, plan: _Plan, info: _CopyMark) -> int:
        """Stage stays and change-log rows made in the copy, for the records that are now in the office."""
        max_ids: Mapping[str, int] = info.scope.get("max_ids") or {}  # type: ignore[assignment]
        added = 0
        hist, log = _table("deal_stage_history"), _table("change_log")
        cs = self.copy.s
        moved = set(plan.stage_from_copy) | set(plan.inserts["deals"])
        new_stays = list(cs.execute(select(hist).where(hist.c.id > int(max_ids.get("deal_stage_history", 0)))
                                    .order_by(hist.c.entered_at, hist.c.id)).mappings())
        deal_uuids = self.copy.uuids("deals", (r["deal_id"] for r in new_stays))
        closed: set[int] = set()
        for r in new_stays:
            deal_uuid = deal_uuids.get(r["deal_id"])
            if deal_uuid not in moved:
                continue   # the deal kept the office's stage: the copy's moves did not happen here
            deal_id = self._id_of("deals", deal_uuid)
            if deal_id is None:
                continue
            if deal_id not in closed and deal_uuid in plan.stage_from_copy:
                self.s.execute(update(hist).where(hist.c.deal_id == deal_id, hist.c.left_at.is_(None))
                               .values(left_at=r["entered_at"]))
                closed.add(deal_id)
            stage_id = self._office_ref(hist.c.stage_id, r["stage_id"])
            if stage_id is None:
                continue
            self.s.execute(insert(hist).values(
                deal_id=deal_id, stage_id=stage_id, from_stage_id=self._office_ref(hist.c.from_stage_id,
                                                                                    r["from_stage_id"]),
                entered_at=r["entered_at"], left_at=r["left_at"],
                user_id=self._office_ref(hist.c.user_id, r["user_id"])))
            added += 1
        entries = list(cs.execute(select(log).where(log.c.id > int(max_ids.get("change_log", 0)),
                                                    log.c.entity.in_(RECORD_TABLES)).order_by(log.c.id)).mappings())
        rows = []
        for r in entries:
            entity_id = self._id_of(r["entity"], r["entity_uuid"])
            if entity_id is None:
                continue
            rows.append({"changed_at": r["changed_at"], "user_id": self._office_ref(log.c.user_id, r["user_id"]),
                         "entity": r["entity"], "entity_id": entity_id, "entity_uuid": r["entity_uuid"],
                         "action": r["action"], "field": r["field"], "old_value": r["old_value"],
                         "new_value": r["new_value"]})
        if rows:
            self.s.execute(insert(log), rows)
        return added + len(rows)

    def reindex(self) -> None:
        companies = sorted(self.touched["companies"])
        people = set(self.touched["persons"])
        p = _table("persons")
        for chunk in _chunks(companies):   # people are found by their company's name too
            people |= {int(r[0]) for r in self.s.execute(select(p.c.id).where(p.c.company_id.in_(chunk)))}
        search_index.reindex(self.s, person_ids=sorted(people), company_ids=companies)


def _inserted_id(s: Session, statement: Any) -> int:
    result: Any = s.execute(statement)
    return int(result.inserted_primary_key[0])


def _birthday_md(value: Any) -> str | None:
    if not value:
        return None
    text = str(value)
    return text[5:7] + text[8:10]
