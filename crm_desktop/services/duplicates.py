"""Duplicate people and companies: the warning while a new one is typed, the Find Duplicates scan over the whole
base, and merging duplicates into one survivor with an exact undo. Qt-free; every method is one user action."""

from __future__ import annotations

import re
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

import phonenumbers
from rapidfuzz import fuzz, process
from sqlalchemy import (
    ColumnElement,
    Date,
    DateTime,
    Float,
    Numeric,
    String,
    Table,
    and_,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy import cast as sql_cast
from sqlalchemy.orm import Session

from crm_desktop.db import access, search_index
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
    FieldType,
    LeadSource,
    MergeRecord,
    Person,
    Task,
    User,
    company_tags,
    person_tags,
    utcnow,
)
from crm_desktop.services.custom_fields import read_value
from crm_desktop.services.progress import NO_PROGRESS, Progress

MERGE_FIELDS_PERSON = ("first_name", "last_name", "middle_name", "position", "company_id", "company_role",
                       "birthday", "address", "city", "country", "status", "lead_source_id", "owner_id", "notes")
MERGE_FIELDS_COMPANY = ("name", "legal_name", "tax_id", "registration_no", "industry", "website", "legal_address",
                        "postal_address", "city", "country", "bank_details", "founded_on", "status",
                        "lead_source_id", "owner_id", "notes")
CUSTOM_PREFIX = "custom:"   # merge_preview/chosen key of a custom field: "custom:<definition id>"
KINDS = ("person", "company")
REASONS = ("phone", "email", "tax_id", "name")

# fuzz.ratio is an Indel similarity: one wrong letter costs two edits over both strings together, so 88 lets
# "ivanov petr"/"ivanof petr" (91) and "anna smit"/"anna smith" (95) through while "petr ivanov"/"pavel ivanov"
# (78) stays out; roughly one typo per eight letters. Names are compared as sorted folded tokens, which makes
# ratio() the same as token_sort_ratio() without sorting again for every pair.
NAME_THRESHOLD = 88.0
CANDIDATES_PER_QUERY = 50     # index hits per query variant in check(): enough for a page of warnings
# A phone, email or tax id shared by more records than this is a switchboard or a placeholder, not a duplicate.
MAX_EXACT_GROUP = 20
# Common names ("John Smith") are shared by strangers: past this size a name group only links records that also
# share the company (people) or the city (companies).
NAME_GROUP_CAP = 20
# Chains of overlapping groups (A and B share a phone, B and C a name, ...) can grow without end; past this size a
# merged group is no use in a merge dialog, so its parts are listed instead.
MAX_COMPONENT = 20
# Comparing every pair of a block is quadratic; bigger blocks are split further by the next letters.
BLOCK_MAX = 2000
_LOAD_CHUNK = 50_000
_IN_CHUNK = 500
_NAME_CHUNK = 5000    # well below SQLite's limit of 32,766 bound parameters
_TOKEN = re.compile(r"[^\W_]+")
# Legal forms say nothing about which company it is: "Romashka LLC" and "OOO Romashka" are the same name.
_LEGAL_FORMS = frozenset((
    "llc", "ltd", "limited", "inc", "corp", "corporation", "co", "company", "gmbh", "mbh", "ag", "kg", "ug", "bv",
    "nv", "vof", "plc", "llp", "lp", "sa", "sarl", "srl", "spa", "sp", "z", "o", "oo", "ooo", "zao", "oao", "pao",
    "ao", "ip", "ооо", "зао", "оао", "пао", "ао", "ип", "нко", "тов", "شرکت", "سهامی", "خاص", "عام",
))
_TAX_SEPARATORS = (" ", "-", ".", "/", ",", ":", "_")
_PRIORITY = {reason: n for n, reason in enumerate(REASONS)}


@dataclass(frozen=True)
class DuplicateCandidate:
    """An existing record the one being typed may duplicate, and why."""
    kind: str        # person | company
    id: int
    name: str
    detail: str      # a person's company (else position); a company's city and tax id
    reason: str      # phone | email | tax_id | name
    score: float     # 100 for exact matches


@dataclass(frozen=True)
class DuplicateGroup:
    """Records that look like one and the same contact."""
    kind: str
    ids: tuple[int, ...]
    names: tuple[str, ...]
    reason: str      # phone | email | tax_id | name; several joined by "," when groups overlapped


class DuplicateService:
    """Finds duplicate contacts and merges them, keeping enough to undo a merge exactly."""

    def __init__(self, db: Database, user_id: int | None = None, clock: Callable[[], datetime] = utcnow,
                 region: str | None = None) -> None:
        self.db = db
        self.user_id = user_id
        self._clock = clock
        self.region = region

    # ---- while typing ------------------------------------------------------------------------------------------

    def check(self, kind: str, *, name: str = "", phones: Sequence[str] = (), emails: Sequence[str] = (),
              tax_id: str = "", exclude_id: int | None = None, limit: int = 5) -> list[DuplicateCandidate]:
        """Existing records matching what is being typed: exact channel/tax id matches first, then similar names."""
        model = _model(kind)
        owner = _channel_owner(kind)
        exact: dict[int, str] = {}
        with self.db.session(write=False) as s:
            phone_keys = set().union(*(self._phone_lookup_keys(p) for p in phones)) if phones else set()
            email_keys = {e.strip().lower() for e in emails if "@" in e}
            for reason, keys in (("phone", phone_keys), ("email", email_keys)):
                if keys:
                    for (rid,) in s.execute(select(owner).where(ContactChannel.kind == reason,
                                                                ContactChannel.normalized.in_(keys),
                                                                owner.is_not(None))):
                        exact.setdefault(int(rid), reason)
            if kind == "company" and tax_id.strip():
                for rid in _tax_id_matches(s, tax_id):
                    exact.setdefault(rid, "tax_id")
            if exclude_id is not None:
                exact.pop(exclude_id, None)
            shown = _describe(s, kind, exact)
            found = [DuplicateCandidate(kind, rid, *shown[rid], reason, 100.0)
                     for rid, reason in sorted(exact.items(), key=lambda item: (_PRIORITY[item[1]], item[0]))
                     if rid in shown]
            if name.strip() and len(found) < limit:
                skip = set(exact) | ({exclude_id} if exclude_id is not None else set())
                found += self._similar_names(s, kind, model, name, skip, limit - len(found))
        return found[:limit]

    def _phone_lookup_keys(self, value: str) -> set[str]:
        """The forms a stored phone may have been normalised to: E.164, or digits as typed without a country."""
        digits = search_index.phone_digits(value)
        if len(digits) < 5:   # shorter is an extension or a half-typed number: it would match noise
            return set()
        keys = {digits}
        e164 = search_index.normalize_phone(value, self.region)
        if e164:
            keys.add(e164)
            try:
                national = str(phonenumbers.parse("+" + e164).national_number)
            except phonenumbers.NumberParseException:
                national = ""
            if national:
                # stored without a known country: as written nationally, with or without the trunk prefix
                keys |= {national, "0" + national}
                if e164.startswith("7"):
                    keys.add("8" + national)
        return keys

    def _similar_names(self, s: Session, kind: str, model: type[Person | Company], name: str,
                       skip: set[int], wanted: int) -> list[DuplicateCandidate]:
        key = name_key(name, company=kind == "company")
        if len(key.replace(" ", "")) < 3:
            return []
        scored: dict[int, tuple[float, str, str]] = {}
        seen = set(skip)
        for text in _query_variants(key):
            # The variants are for typos; once the name as typed found enough records, looking further only costs.
            if len(scored) >= wanted:
                break
            ids = [rid for _kind, rid in search_index.search_ids(s, text, kind, limit=CANDIDATES_PER_QUERY)
                   if rid not in seen]
            seen.update(ids)
            if ids:
                scored.update(_score_names(s, model, key, ids))
        ranked = sorted(scored.items(), key=lambda item: (-item[1][0], item[0]))
        return [DuplicateCandidate(kind, rid, shown, detail, "name", round(score, 1))
                for rid, (score, shown, detail) in ranked]

    # ---- whole base --------------------------------------------------------------------------------------------

    def find_groups(self, kind: str, progress: Progress = NO_PROGRESS) -> list[DuplicateGroup]:
        """Groups of likely duplicates over the whole base."""
        _model(kind)
        links = _Links()
        with self.db.session(write=False) as s:
            progress.step(0, 100, "Phones and emails")
            for n, (reason, ids) in enumerate(_channel_groups(s, kind), start=1):
                links.join(ids, reason)
                if n % 10_000 == 0:
                    progress.step(0, 100, f"Phones and emails: {n:,} shared")
            if kind == "company":
                progress.step(5, 100, "Tax ids")
                for ids in _tax_id_groups(s):
                    links.join(ids, "tax_id")
            names = _NameTable.load(s, kind, progress)
            progress.step(40, 100, "Same names")
            for positions in names.members.values():
                if len(positions) > 1:
                    for group in names.linkable(positions):
                        links.join(group, "name")
            for done, total, pair in names.similar_pairs():
                if pair is None:
                    progress.step(40 + 55 * done // max(total, 1), 100, "Similar names")
                    continue
                for group in names.linkable(names.members[pair[0]] + names.members[pair[1]]):
                    links.join(group, "name")
            del names
            progress.step(95, 100, "Grouping")
            components = links.components()
            if access.reads_filtered(s):
                # The scans above read everybody's rows (plain SQL, for speed); an own-records user sees their own.
                visible = access.visible_ids(s, kind, sorted({rid for ids, _ in components for rid in ids}))
                components = [(kept, reason) for ids, reason in components
                              if len(kept := tuple(i for i in ids if i in visible)) > 1]
            shown = _names(s, kind, {rid for ids, _ in components for rid in ids})
        groups = [DuplicateGroup(kind, ids, tuple(shown.get(i, "?") for i in ids), reason)
                  for ids, reason in components]
        groups.sort(key=lambda g: (min(_PRIORITY[r] for r in g.reason.split(",")), g.names, g.ids))
        progress.step(100, 100, "")
        return groups

    # ---- merging -----------------------------------------------------------------------------------------------

    def merge_preview(self, kind: str, ids: Sequence[int]) -> dict[str, list[object]]:
        """Field -> the value of each record in the order of ids; custom fields as "custom:<id>" when any is set."""
        _model(kind)
        with self.db.session(write=False) as s:
            records = [_live(s, kind, rid) for rid in ids]
            preview: dict[str, list[object]] = {f: [getattr(r, f) for r in records] for f in _merge_fields(kind)}
            values = _custom_values(s, kind, list(ids))
            for def_id in sorted({d for per in values.values() for d in per}):
                preview[f"{CUSTOM_PREFIX}{def_id}"] = [values.get(rid, {}).get(def_id) for rid in ids]
            return preview

    def merge(self, kind: str, survivor_id: int, merged_ids: Sequence[int], chosen: Mapping[str, object]) -> int:
        """Folds merged_ids into survivor_id and returns the MergeRecord id."""
        model = _model(kind)
        merged = list(dict.fromkeys(int(i) for i in merged_ids))
        if not merged:
            raise ValidationError("Choose at least one record to merge into the one that stays.")
        if survivor_id in merged:
            raise ValidationError("The record that stays cannot also be one of the records merged into it.")
        fields = _merge_fields(kind)
        unknown = [k for k in chosen if k not in fields and not _custom_key(k)]
        if unknown:
            raise ValidationError(f"'{unknown[0]}' is not a field that can be chosen when merging.")
        now = self._clock()
        with self.db.session() as s:
            survivor = _live(s, kind, survivor_id)
            others = [_live(s, kind, rid) for rid in merged]
            table = model.__tablename__
            extra = ("last_activity_at", "birthday_md") if kind == "person" else ("last_activity_at",)
            columns = (*fields, *extra)
            before = {f: _to_json(getattr(survivor, f)) for f in columns}
            for field_name, value in _checked_fields(s, kind, chosen).items():
                old = getattr(survivor, field_name)
                if old != value:
                    setattr(survivor, field_name, value)
                    self._log(s, table, survivor.id, survivor.uuid, ChangeAction.UPDATE, field_name, old, value)
            if isinstance(survivor, Person):
                survivor.birthday_md = survivor.birthday.strftime("%m%d") if survivor.birthday else None
            # the moved activities come with their dates: "not contacted for N days" must see them
            latest = [r.last_activity_at for r in (survivor, *others) if r.last_activity_at is not None]
            survivor.last_activity_at = max(latest) if latest else None
            survivor.updated_at = now   # always an UPDATE, so the version counter moves even when no field changed
            undo: dict[str, Any] = {"fields": {"before": before}}
            undo["moved"] = _move_rows(s, kind, survivor_id, merged)
            undo["channels"] = _move_channels(s, kind, survivor_id, merged)
            undo["tags"] = _move_tags(s, kind, survivor_id, merged)
            undo["custom"] = self._move_custom(s, kind, survivor, merged, chosen)
            undo["merged"] = {str(r.id): {"deleted_at": _to_json(r.deleted_at),
                                          "merged_into_id": r.merged_into_id} for r in others}
            for other in others:
                other.deleted_at = now
                other.merged_into_id = survivor_id
                self._log(s, table, other.id, other.uuid, ChangeAction.MERGE, "merged_into_id", None, survivor_id)
            s.flush()
            undo["fields"]["after"] = {f: _to_json(getattr(survivor, f)) for f in columns}
            names = [_record_name(r) for r in others]
            activity = Activity(kind=ActivityKind.MERGE.value, occurred_at=now, user_id=self.user_id,
                                subject=f"Merged: {', '.join(names)}"[:300],
                                data={"merged_ids": merged, "names": names},
                                **{"person_id" if kind == "person" else "company_id": survivor_id})
            s.add(activity)
            record = MergeRecord(entity=kind, survivor_id=survivor_id, merged_ids=merged, undo_data={},
                                 merged_at=now, merged_by=self.user_id)
            s.add(record)
            s.flush()
            undo["activity_id"] = activity.id
            record.undo_data = undo
            activity.data = {**(activity.data or {}), "merge_id": record.id}
            self._log(s, table, survivor.id, survivor.uuid, ChangeAction.MERGE, "merged_ids", None, merged)
            _reindex(s, kind, [survivor_id, *merged], undo["moved"].get("persons", ()))
            return record.id

    def undo_merge(self, merge_id: int) -> None:
        """Exact inverse of merge(); ConflictError when it was already undone."""
        now = self._clock()
        with self.db.session() as s:
            record = s.get(MergeRecord, merge_id)
            if record is None:
                raise NotFoundError("That merge is not recorded; there is nothing to undo.")
            if record.undone_at is not None:
                raise ConflictError("This merge was already undone.")
            kind = record.entity
            model = _model(kind)
            merged = [int(i) for i in record.merged_ids]
            involved = {record.survivor_id, *merged}
            for later in s.scalars(select(MergeRecord).where(MergeRecord.id > merge_id, MergeRecord.entity == kind,
                                                             MergeRecord.undone_at.is_(None))):
                if involved & {later.survivor_id, *later.merged_ids}:
                    raise ConflictError("These records were merged again later; undo the later merge first.")
            survivor = _get(s, kind, record.survivor_id)
            found = [_get(s, kind, rid) for rid in merged]
            others = [o for o in found if o is not None]
            if survivor is None or len(others) != len(found):
                raise ConflictError("A record of this merge was deleted for good since; the merge cannot be undone.")
            data: dict[str, Any] = dict(record.undo_data)
            table = model.__tablename__
            columns = _table(model).c
            for other in others:
                previous = data["merged"][str(other.id)]
                other.deleted_at = cast(datetime | None, _from_json(columns.deleted_at, previous["deleted_at"]))
                other.merged_into_id = previous["merged_into_id"]
                self._log(s, table, other.id, other.uuid, ChangeAction.RESTORE, "merged_into_id",
                          record.survivor_id, None)
            _unmove_rows(s, kind, record.survivor_id, data["moved"])
            _unmove_channels(s, data["channels"])
            _unmove_tags(s, kind, record.survivor_id, data["tags"])
            _unmove_custom(s, record.survivor_id, data["custom"])
            # Three-way: a field the user edited after the merge keeps the edit; the rest goes back.
            after, before = data["fields"]["after"], data["fields"]["before"]
            for field_name, merged_value in after.items():
                column = columns[field_name]
                current = getattr(survivor, field_name)
                if _to_json(current) == merged_value and merged_value != before[field_name]:
                    old = _from_json(column, before[field_name])
                    setattr(survivor, field_name, old)
                    if field_name not in ("last_activity_at", "birthday_md"):
                        self._log(s, table, survivor.id, survivor.uuid, ChangeAction.RESTORE, field_name,
                                  current, old)
            survivor.updated_at = now
            activity_id = data.get("activity_id")
            activity = s.get(Activity, activity_id) if activity_id is not None else None
            if activity is not None and activity.deleted_at is None:
                activity.deleted_at = now
                activity.data = {**(activity.data or {}), "undone": True}
            record.undone_at = now
            self._log(s, table, survivor.id, survivor.uuid, ChangeAction.RESTORE, "merged_ids", merged, None)
            _reindex(s, kind, sorted(involved), [row[0] for row in data["moved"].get("persons", ())])

    # ---- helpers -----------------------------------------------------------------------------------------------

    def _move_custom(self, s: Session, kind: str, survivor: Person | Company, merged: list[int],
                     chosen: Mapping[str, object]) -> dict[str, Any]:
        """The survivor keeps its own value of each field unless chosen says otherwise; else the first merged one."""
        definitions = {d.id: d for d in s.scalars(select(CustomFieldDefinition)
                                                  .where(CustomFieldDefinition.entity == kind))}
        owners = [survivor.id, *merged]
        rows = s.execute(select(_table(CustomFieldValue)).where(
            CustomFieldValue.entity_id.in_(owners), CustomFieldValue.definition_id.in_(list(definitions)))).all()
        per_def: dict[int, dict[int, Any]] = defaultdict(dict)
        for row in rows:
            per_def[row.definition_id][row.entity_id] = row
        for key in chosen:
            def_id = _custom_key(key)
            if def_id is not None and def_id not in definitions:
                raise ValidationError("A chosen custom field no longer exists; reload the merge dialog.")
        moved: list[list[int]] = []
        removed: list[dict[str, Any]] = []
        for def_id, per in per_def.items():
            ftype = FieldType(definitions[def_id].field_type)
            values = {eid: read_value(ftype, _value_row(row)) for eid, row in per.items()}
            key = f"{CUSTOM_PREFIX}{def_id}"
            if key in chosen:
                wanted = chosen[key]
                if wanted is None or wanted == "" or wanted == []:
                    source = None
                else:
                    source = next((eid for eid in owners if eid in values and values[eid] == wanted), -1)
                    if source == -1:
                        raise ValidationError(f"The value chosen for '{definitions[def_id].label}' is not one of "
                                              "the merged records' values.")
            else:
                source = next(eid for eid in owners if eid in per)
            for eid, row in per.items():
                if eid != source:
                    removed.append(_row_json(row))
                    s.execute(delete(_table(CustomFieldValue)).where(
                        CustomFieldValue.definition_id == def_id, CustomFieldValue.entity_id == eid))
            if source is not None and source != survivor.id:
                s.execute(update(_table(CustomFieldValue)).where(
                    CustomFieldValue.definition_id == def_id, CustomFieldValue.entity_id == source)
                    .values(entity_id=survivor.id))
                moved.append([def_id, source])
            new = None if source is None else values[source]
            if new != values.get(survivor.id):
                self._log(s, survivor.__tablename__, survivor.id, survivor.uuid, ChangeAction.UPDATE,
                          definitions[def_id].key, values.get(survivor.id), new)
        return {"moved": moved, "removed": removed}

    def _log(self, s: Session, entity: str, entity_id: int, entity_uuid: str | None, action: ChangeAction,
             field_name: str | None, old: object, new: object) -> None:
        s.add(ChangeLog(changed_at=self._clock(), user_id=self.user_id, entity=entity, entity_id=entity_id,
                        entity_uuid=entity_uuid, action=action.value, field=field_name, old_value=_text(old),
                        new_value=_text(new)))


# ---- names -------------------------------------------------------------------------------------------------------

def name_key(text: str | None, *, company: bool = False) -> str:
    """Folded words in sorted order (legal forms dropped for companies): what names are compared by."""
    tokens = _TOKEN.findall(search_index.fold(text))
    if company:
        tokens = [t for t in tokens if t not in _LEGAL_FORMS] or tokens
    return " ".join(sorted(tokens))


def _query_variants(key: str) -> list[str]:
    """Index queries that still find a name with a typo: as typed, each long word cut before its last letters,
    and (for several words) each word left out. A typo in the first three letters of every word is not found."""
    tokens = key.split()
    variants = [key]
    for i, token in enumerate(tokens):
        if len(token) >= 4:
            variants.append(" ".join([*tokens[:i], token[:max(3, len(token) - 2)], *tokens[i + 1:]]))
        rest = tokens[:i] + tokens[i + 1:]
        if rest and sum(map(len, rest)) >= 4:
            variants.append(" ".join(rest))
    return list(dict.fromkeys(variants))


def _person_name(first: str | None, last: str | None) -> str:
    return " ".join(p for p in (first, last) if p) or "?"


def _company_detail(city: str | None, tax_id: str | None) -> str:
    return ", ".join(p for p in (city, tax_id) if p)


def _record_name(record: Person | Company) -> str:
    return record.display_name if isinstance(record, Person) else record.name


def _score_names(s: Session, model: type[Person | Company], key: str,
                 ids: Sequence[int]) -> dict[int, tuple[float, str, str]]:
    """id -> (score, name, detail) of the live records among ids whose name is similar enough to key."""
    found: dict[int, tuple[float, str, str]] = {}
    if model is Person:
        rows = s.execute(select(Person.id, Person.first_name, Person.middle_name, Person.last_name, Person.position,
                                Company.name)
                         .outerjoin(Company, Company.id == Person.company_id)
                         .where(Person.id.in_(ids), Person.deleted_at.is_(None))).all()
        for rid, first, middle, last, position, company in rows:
            names = [f"{first} {last}", f"{first} {middle} {last}"] if middle else [f"{first} {last}"]
            score = max(fuzz.ratio(key, name_key(n), score_cutoff=NAME_THRESHOLD) for n in names)
            if score:
                found[rid] = (score, _person_name(first, last), company or position or "")
    else:
        for rid, cname, legal, city, tax in s.execute(
                select(Company.id, Company.name, Company.legal_name, Company.city, Company.tax_id)
                .where(Company.id.in_(ids), Company.deleted_at.is_(None))):
            score = max(fuzz.ratio(key, name_key(n, company=True), score_cutoff=NAME_THRESHOLD)
                        for n in (cname, legal) if n) if cname or legal else 0.0
            if score:
                found[rid] = (score, cname, _company_detail(city, tax))
    return found


def _describe(s: Session, kind: str, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """(name, detail) of the live records among ids."""
    found: dict[int, tuple[str, str]] = {}
    for chunk in _chunks(sorted(ids)):
        if kind == "person":
            for rid, first, last, position, company in s.execute(
                    select(Person.id, Person.first_name, Person.last_name, Person.position, Company.name)
                    .outerjoin(Company, Company.id == Person.company_id)
                    .where(Person.id.in_(chunk), Person.deleted_at.is_(None))):
                found[rid] = (_person_name(first, last), company or position or "")
        else:
            for rid, cname, city, tax in s.execute(select(Company.id, Company.name, Company.city, Company.tax_id)
                                                   .where(Company.id.in_(chunk), Company.deleted_at.is_(None))):
                found[rid] = (cname, _company_detail(city, tax))
    return found


def _names(s: Session, kind: str, ids: Iterable[int]) -> dict[int, str]:
    """The display names of the records among ids, in a few big queries (a scan may name half the base)."""
    found: dict[int, str] = {}
    wanted = sorted(ids)
    conn = s.connection()
    for start in range(0, len(wanted), _NAME_CHUNK):
        chunk = wanted[start:start + _NAME_CHUNK]
        if kind == "person":
            for rid, first, last in conn.execute(select(Person.id, Person.first_name, Person.last_name)
                                                 .where(Person.id.in_(chunk))):
                found[rid] = _person_name(first, last)
        else:
            for rid, name in conn.execute(select(Company.id, Company.name).where(Company.id.in_(chunk))):
                found[rid] = name
    return found


# ---- tax ids -----------------------------------------------------------------------------------------------------

def normalize_tax_id(value: str | None) -> str:
    """Letters and digits only, upper case: '123-456 78/90' and '1234567890' are one tax id."""
    return "".join(ch for ch in search_index.fold(value) if ch.isalnum()).upper()


def _tax_prefix(norm: str) -> str:
    """The leading part up to the second digit: stored ids keep their own separators, rarely before that."""
    digits = 0
    for n, ch in enumerate(norm):
        digits += ch.isdigit()
        if digits == 2:
            return norm[:n + 1]
    return norm


def _tax_id_matches(s: Session, tax_id: str) -> list[int]:
    """Live companies whose tax id is the same once normalised; uses ix_companies_tax_id with a prefix range,
    since the stored ids keep whatever separators they were typed with."""
    norm = normalize_tax_id(tax_id)
    if len(norm) < 4:
        return []
    live = Company.deleted_at.is_(None)
    spellings = {tax_id.strip(), norm, tax_id.strip().upper()}
    conditions: list[ColumnElement[bool]] = [Company.tax_id.in_(spellings)]
    prefix = _tax_prefix(norm)
    for p in {prefix, prefix.lower()}:
        conditions.append(and_(Company.tax_id >= p, Company.tax_id < p + "\U0010ffff"))
    found: set[int] = set()
    for condition in conditions:
        for rid, stored in s.execute(select(Company.id, Company.tax_id).where(condition, live).limit(5000)):
            if normalize_tax_id(stored) == norm:
                found.add(rid)
    return sorted(found)


def _sql_tax_norm(column: Any) -> Any:
    expr = column
    for sep in _TAX_SEPARATORS:
        expr = func.replace(expr, sep, "")
    return func.upper(expr)


def _tax_id_groups(s: Session) -> list[list[int]]:
    norm = _sql_tax_norm(Company.tax_id)
    live = and_(Company.deleted_at.is_(None), Company.tax_id.is_not(None), Company.tax_id != "")
    dup = (select(norm.label("norm")).where(live).group_by(norm)
           .having(func.count() > 1, func.count() <= MAX_EXACT_GROUP).subquery())
    groups: dict[str, list[int]] = defaultdict(list)
    for rid, key in s.execute(select(Company.id, norm).where(live, norm.in_(select(dup.c.norm)))):
        groups[key].append(rid)
    return list(groups.values())


# ---- find_groups machinery ---------------------------------------------------------------------------------------

def _channel_groups(s: Session, kind: str) -> Iterator[tuple[str, list[int]]]:
    """Records sharing a phone or an email, grouped in SQL; the Trash is left out afterwards."""
    model = _model(kind)
    owner = _channel_owner(kind)
    # Walks ix_contact_channels_lookup in order, so SQLite needs no sort of every channel (a few hundred MB at a
    # million, as this app keeps temporary data in memory); each row is fetched for its owner, unless the index
    # holds the owners too.
    channel_kind = ContactChannel.kind
    count = func.count(owner.distinct())
    # The Trash is small: one pass over the records beats a primary-key lookup per grouped channel.
    trashed = set(s.scalars(select(model.id).where(model.deleted_at.is_not(None))))
    query = (select(channel_kind, func.aggregate_strings(sql_cast(owner, String), ","))
             .where(channel_kind.in_(("phone", "email")), ContactChannel.normalized != "", owner.is_not(None))
             .group_by(channel_kind, ContactChannel.normalized)
             .having(count > 1, count <= MAX_EXACT_GROUP)
             .execution_options(yield_per=_LOAD_CHUNK))
    for reason, joined in s.connection().execute(query):
        ids = sorted({int(i) for i in joined.split(",")} - trashed)
        if len(ids) > 1:
            yield reason, ids


class _Links:
    """Union-find over record ids; each component remembers why its records were linked, and from which groups."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}
        self.reasons: dict[int, int] = {}     # root -> bit set of REASONS
        self.groups: list[tuple[tuple[int, ...], int]] = []

    def _root(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def join(self, ids: Sequence[int], reason: str) -> None:
        if len(ids) < 2:
            return
        bit = 1 << _PRIORITY[reason]
        self.groups.append((tuple(ids), bit))
        parent = self.parent
        for rid in ids:
            parent.setdefault(rid, rid)
        root = self._root(ids[0])
        reasons = self.reasons.get(root, 0) | bit
        for rid in ids[1:]:
            other = self._root(rid)
            if other != root:
                parent[other] = root
                reasons |= self.reasons.pop(other, 0)
        self.reasons[root] = reasons

    def components(self) -> list[tuple[tuple[int, ...], str]]:
        """Overlapping groups merged; a merged group too big to compare is given as the groups it was made of."""
        members: dict[int, list[int]] = defaultdict(list)
        for rid in self.parent:
            members[self._root(rid)].append(rid)
        found = [(tuple(sorted(ids)), _reason(self.reasons[root]))
                 for root, ids in members.items() if 1 < len(ids) <= MAX_COMPONENT]
        split: dict[tuple[int, ...], int] = defaultdict(int)
        for ids, bit in self.groups:
            if len(members[self._root(ids[0])]) > MAX_COMPONENT:
                split[tuple(sorted(set(ids)))] |= bit
        return found + [(ids, _reason(bits)) for ids, bits in split.items()]


def _reason(bits: int) -> str:
    return ",".join(reason for n, reason in enumerate(REASONS) if bits & (1 << n))


class _NameTable:
    """Every live record's name key, and which records share each key; positions index ids/splits."""

    def __init__(self) -> None:
        self.ids = array("q")
        # the second key a common name must share too: the company of a person, the city of a company
        self.splits = array("q")
        self.members: dict[str, list[int]] = {}

    @classmethod
    def load(cls, s: Session, kind: str, progress: Progress) -> _NameTable:
        table = cls()
        total = int(s.scalar(select(func.count()).select_from(_model(kind)).where(_model(kind).deleted_at.is_(None)))
                    or 0)
        # Names and cities repeat a lot: fold each distinct value once.
        words: dict[str | None, tuple[str, ...]] = {}
        cities: dict[str | None, int] = {None: 0}

        def tokens(text: str | None, company: bool = False) -> tuple[str, ...]:
            found = words.get(text)
            if found is None:
                found = words[text] = tuple(_TOKEN.findall(search_index.fold(text)))
            if company:
                return tuple(t for t in found if t not in _LEGAL_FORMS) or found
            return found

        last_id = 0
        conn = s.connection()
        while True:
            rows: Sequence[Any]
            # Core rows through the session's connection: the ORM's row processing would double the time.
            if kind == "person":
                rows = conn.execute(select(Person.id, Person.first_name, Person.last_name, Person.company_id)
                                    .where(Person.id > last_id, Person.deleted_at.is_(None))
                                    .order_by(Person.id).limit(_LOAD_CHUNK)).all()
            else:
                rows = conn.execute(select(Company.id, Company.name, Company.city)
                                    .where(Company.id > last_id, Company.deleted_at.is_(None))
                                    .order_by(Company.id).limit(_LOAD_CHUNK)).all()
            if not rows:
                break
            for row in cast(Sequence[Any], rows):
                if kind == "person":
                    key_tokens = tokens(row[1]) + tokens(row[2])
                    split = row[3] or 0
                else:
                    key_tokens = tokens(row[1], company=True)
                    city = search_index.fold(row[2]).strip() or None
                    split = cities.setdefault(city, len(cities))
                if not key_tokens:
                    continue
                key = " ".join(sorted(key_tokens))
                table.members.setdefault(key, []).append(len(table.ids))
                table.ids.append(row[0])
                table.splits.append(split)
            last_id = rows[-1][0]
            progress.step(5 + 35 * len(table.ids) // max(total, 1), 100, f"Reading names: {len(table.ids):,}")
        return table

    def linkable(self, positions: Sequence[int]) -> list[list[int]]:
        """The record ids a name group may link: all of them when few, else those sharing the split key."""
        if len(positions) <= NAME_GROUP_CAP:
            return [[self.ids[p] for p in positions]]
        by_split: dict[int, list[int]] = defaultdict(list)
        for p in positions:
            if self.splits[p]:
                by_split[self.splits[p]].append(self.ids[p])
        return [ids for ids in by_split.values() if 1 < len(ids) <= NAME_GROUP_CAP]

    def similar_pairs(self) -> Iterable[tuple[int, int, tuple[str, str] | None]]:
        """(done, total, pair) for every pair of distinct keys similar enough; pair None is a progress tick.

        Blocking: one typo leaves the other words intact, so keys are compared within a block of keys sharing a
        whole word; a block too big to compare pairwise is split by the first letters of the rest of the key.
        """
        blocks: dict[str, list[str]] = defaultdict(list)
        for key in self.members:
            for token in set(key.split()):
                if len(token) >= 2:
                    blocks[token].append(key)
        pending = [(token, keys) for token, keys in blocks.items() if len(keys) > 1]
        del blocks
        seen: set[tuple[str, str]] = set()
        total = len(pending)
        done = 0
        while pending:
            token, keys = pending.pop()
            if len(keys) > BLOCK_MAX:
                depth = token.count("\x00") + 1
                sub: dict[str, list[str]] = defaultdict(list)
                for key in keys:
                    rest = key.replace(token.split("\x00")[0], "", 1).replace(" ", "")
                    sub[f"{token}\x00{rest[:depth + 1]}"].append(key)
                if len(sub) > 1 or depth < 4:
                    more = [(t, k) for t, k in sub.items() if len(k) > 1]
                    pending.extend(more)
                    total += len(more)
                    continue
            done += 1
            if done % 500 == 0:
                yield done, total, None
            for i, key in enumerate(keys[:-1]):
                for other, _score, _n in process.extract(key, keys[i + 1:], scorer=fuzz.ratio,
                                                         score_cutoff=NAME_THRESHOLD, limit=None):
                    pair = (key, other) if key < other else (other, key)
                    if pair not in seen:
                        seen.add(pair)
                        yield done, total, pair
        yield total, total, None


# ---- moving rows -------------------------------------------------------------------------------------------------

def _move_rows(s: Session, kind: str, survivor_id: int, merged: list[int]) -> dict[str, list[list[int]]]:
    """Re-points deals, tasks, activities, documents, attachments (and a company's people) at the survivor."""
    moved: dict[str, list[list[int]]] = {}
    for model in _linked_models(kind):
        table = _table(model)
        column = table.c[_owner_column(kind)]
        rows = [[int(rid), int(owner)] for rid, owner in s.execute(
            select(table.c.id, column).where(column.in_(merged)).order_by(table.c.id))]
        if not rows:
            continue
        for chunk in _chunks([r[0] for r in rows]):
            # the version moves: an editor still holding the old row must not point it back at the merged record
            s.execute(update(table).where(table.c.id.in_(chunk))
                      .values({column.name: survivor_id, "version": table.c.version + 1}))
        moved[table.name] = rows
    return moved


def _unmove_rows(s: Session, kind: str, survivor_id: int, moved: Mapping[str, list[list[int]]]) -> None:
    for model in _linked_models(kind):
        table = _table(model)
        column = table.c[_owner_column(kind)]
        by_owner: dict[int, list[int]] = defaultdict(list)
        for rid, owner in moved.get(table.name, ()):
            by_owner[owner].append(rid)
        for owner, ids in by_owner.items():
            for chunk in _chunks(ids):
                # rows the user moved elsewhere since the merge stay where the user put them
                s.execute(update(table).where(table.c.id.in_(chunk), column == survivor_id)
                          .values({column.name: owner, "version": table.c.version + 1}))


def _move_channels(s: Session, kind: str, survivor_id: int, merged: list[int]) -> dict[str, list[dict[str, Any]]]:
    """Channels the survivor lacks move to it (after its own); the ones it already has are removed."""
    table = _table(ContactChannel)
    owner = table.c[_owner_column(kind)]
    own = s.execute(select(table).where(owner == survivor_id)).all()
    keys = {_channel_key(r) for r in own}
    primary_kinds = {r.kind for r in own if r.is_primary}
    position = max((r.position for r in own), default=-1)
    order = {rid: n for n, rid in enumerate(merged)}
    rows = sorted(s.execute(select(table).where(owner.in_(merged))).all(),
                  key=lambda r: (order[getattr(r, owner.name)], r.position, r.id))
    moved: list[dict[str, Any]] = []
    removed: list[dict[str, Any]] = []
    for row in rows:
        key = _channel_key(row)
        if key in keys:
            removed.append(_row_json(row))
            s.execute(delete(table).where(table.c.id == row.id))
            continue
        keys.add(key)
        position += 1
        primary = bool(row.is_primary) and row.kind not in primary_kinds
        if primary:
            primary_kinds.add(row.kind)
        moved.append(_row_json(row))
        s.execute(update(table).where(table.c.id == row.id)
                  .values({owner.name: survivor_id, "position": position, "is_primary": primary}))
    return {"moved": moved, "removed": removed}


def _unmove_channels(s: Session, data: Mapping[str, list[dict[str, Any]]]) -> None:
    table = _table(ContactChannel)
    for snapshot in data["moved"]:
        values = _row_from_json(table, snapshot)
        s.execute(update(table).where(table.c.id == values.pop("id")).values(values))
    for snapshot in data["removed"]:
        values = _row_from_json(table, snapshot)
        if s.get(ContactChannel, values["id"]) is not None:
            del values["id"]   # its id went to a newer channel since: same row, new id
        s.execute(insert(table).values(values))


def _channel_key(row: Any) -> tuple[str, str]:
    return row.kind, row.normalized or search_index.fold(row.value).strip()


def _move_tags(s: Session, kind: str, survivor_id: int, merged: list[int]) -> dict[str, list[Any]]:
    link = person_tags if kind == "person" else company_tags
    owner = link.c[f"{kind}_id"]
    own = set(s.scalars(select(link.c.tag_id).where(owner == survivor_id)))
    rows = [[int(o), int(t)] for o, t in s.execute(select(owner, link.c.tag_id).where(owner.in_(merged))
                                                   .order_by(owner, link.c.tag_id))]
    added = sorted({t for _, t in rows} - own)
    if rows:
        s.execute(delete(link).where(owner.in_(merged)))
    if added:
        s.execute(insert(link), [{owner.name: survivor_id, "tag_id": t} for t in added])
    return {"added": added, "removed": rows}


def _unmove_tags(s: Session, kind: str, survivor_id: int, data: Mapping[str, list[Any]]) -> None:
    link = person_tags if kind == "person" else company_tags
    owner = link.c[f"{kind}_id"]
    if data["added"]:
        s.execute(delete(link).where(owner == survivor_id, link.c.tag_id.in_(data["added"])))
    live_tags = set(s.scalars(select(link.c.tag_id).where(owner.in_({o for o, _ in data["removed"]}))))
    rows = [{owner.name: o, "tag_id": t} for o, t in data["removed"] if t not in live_tags]
    if rows:
        s.execute(insert(link), rows)


def _unmove_custom(s: Session, survivor_id: int, data: Mapping[str, Any]) -> None:
    table = _table(CustomFieldValue)
    for def_id, owner in data["moved"]:
        s.execute(update(table).where(table.c.definition_id == def_id, table.c.entity_id == survivor_id)
                  .values(entity_id=owner))
    for snapshot in data["removed"]:
        values = _row_from_json(table, snapshot)
        s.execute(delete(table).where(table.c.definition_id == values["definition_id"],
                                      table.c.entity_id == values["entity_id"]))
        s.execute(insert(table).values(values))


def _custom_values(s: Session, kind: str, ids: list[int]) -> dict[int, dict[int, object]]:
    """Entity id -> definition id -> typed value of live custom fields."""
    found: dict[int, dict[int, object]] = defaultdict(dict)
    for chunk in _chunks(ids):
        for ftype, row in s.execute(
                select(CustomFieldDefinition.field_type, CustomFieldValue)
                .join(CustomFieldDefinition, CustomFieldDefinition.id == CustomFieldValue.definition_id)
                .where(CustomFieldValue.entity_id.in_(chunk), CustomFieldDefinition.entity == kind,
                       CustomFieldDefinition.deleted_at.is_(None))):
            value = read_value(FieldType(ftype), row)
            if value is not None:
                found[row.entity_id][row.definition_id] = value
    return found


def _value_row(row: Any) -> CustomFieldValue:
    """A transient copy of a plain row, so custom_fields' own reader decodes it (never added to the session)."""
    return CustomFieldValue(definition_id=row.definition_id, entity_id=row.entity_id, value_text=row.value_text,
                            value_number=row.value_number, value_date=row.value_date, value_bool=row.value_bool)


# ---- checks and conversions --------------------------------------------------------------------------------------

def _model(kind: str) -> type[Person] | type[Company]:
    if kind == "person":
        return Person
    if kind == "company":
        return Company
    raise ValidationError(f"Unknown kind '{kind}'; duplicates are looked for among 'person' or 'company'.")


def _merge_fields(kind: str) -> tuple[str, ...]:
    return MERGE_FIELDS_PERSON if kind == "person" else MERGE_FIELDS_COMPANY


def _owner_column(kind: str) -> str:
    return "person_id" if kind == "person" else "company_id"


def _channel_owner(kind: str) -> Any:
    return ContactChannel.person_id if kind == "person" else ContactChannel.company_id


def _linked_models(kind: str) -> tuple[type[Any], ...]:
    common = (Deal, Task, Activity, Document, Attachment)
    return common if kind == "person" else (*common, Person)


def _custom_key(key: str) -> int | None:
    if key.startswith(CUSTOM_PREFIX) and key[len(CUSTOM_PREFIX):].isdigit():
        return int(key[len(CUSTOM_PREFIX):])
    return None


def _get(s: Session, kind: str, rid: int) -> Person | Company | None:
    return s.get(Person, rid) if kind == "person" else s.get(Company, rid)


def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


def _live(s: Session, kind: str, rid: int) -> Person | Company:
    record = _get(s, kind, rid)
    if record is None:
        raise NotFoundError(f"The {kind} #{rid} no longer exists; it may have been deleted.")
    if record.deleted_at is not None:
        raise ValidationError(f"The {kind} '{_record_name(record)}' is in the Trash; restore it before merging.")
    return record


_DATE_FIELDS = frozenset(("birthday", "founded_on"))
_ID_FIELDS = {"company_id": Company, "lead_source_id": LeadSource, "owner_id": User}
_REQUIRED_TEXT = frozenset(("name",))
_NOT_NULL_TEXT = frozenset(("first_name", "last_name", "name", "status"))


def _checked_fields(s: Session, kind: str, chosen: Mapping[str, object]) -> dict[str, object]:
    """The chosen plain fields as the columns store them, or a ValidationError naming the bad one."""
    checked: dict[str, object] = {}
    for field_name in _merge_fields(kind):
        if field_name not in chosen:
            continue
        value = chosen[field_name]
        if field_name in _DATE_FIELDS:
            if isinstance(value, str) and value:
                try:
                    value = date.fromisoformat(value)
                except ValueError:
                    raise ValidationError(f"'{value}' is not a date (YYYY-MM-DD) for {field_name}.") from None
            elif value == "":
                value = None
            if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
                raise ValidationError(f"The value chosen for {field_name} is not a date.")
        elif field_name in _ID_FIELDS:
            if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
                raise ValidationError(f"The value chosen for {field_name} is not a record id.")
            if value is not None and s.get(_ID_FIELDS[field_name], value) is None:
                raise ValidationError(f"The record chosen for {field_name} no longer exists.")
            if kind == "person" and field_name == "company_id" and value is not None:
                company = s.get(Company, value)
                if company is not None and company.deleted_at is not None:
                    raise ValidationError(f"The company '{company.name}' is in the Trash; choose another one.")
        else:
            if value is not None and not isinstance(value, str):
                raise ValidationError(f"The value chosen for {field_name} must be text.")
            if isinstance(value, str):
                value = value.strip() or None
            if field_name in _REQUIRED_TEXT and not value:
                raise ValidationError("The company needs a name.")
            if field_name == "status" and value not in {s_.value for s_ in ContactStatus}:
                raise ValidationError(f"'{value}' is not a status.")
            if field_name == "country" and value is not None and len(value) > 2:
                raise ValidationError(f"'{value}' is not a two-letter country code.")
            if field_name in _NOT_NULL_TEXT and value is None:
                value = ""
        checked[field_name] = value
    return checked


def _to_json(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _from_json(column: Any, value: object) -> object:
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(str(value))
    if isinstance(kind, Date):
        return date.fromisoformat(str(value))
    if isinstance(kind, Float):
        return float(str(value))
    if isinstance(kind, Numeric):
        return Decimal(str(value))
    return value


def _row_json(row: Any) -> dict[str, Any]:
    return {key: _to_json(value) for key, value in row._mapping.items()}


def _row_from_json(table: Table, snapshot: Mapping[str, Any]) -> dict[str, Any]:
    return {key: _from_json(table.c[key], value) for key, value in snapshot.items()}


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _IN_CHUNK):
        yield ids[start:start + _IN_CHUNK]


def _reindex(s: Session, kind: str, ids: Iterable[int], moved_people: Iterable[Any]) -> None:
    if kind == "person":
        search_index.reindex(s, person_ids=ids)
    else:
        people = [int(p[0]) if isinstance(p, list | tuple) else int(p) for p in moved_people]
        search_index.reindex(s, company_ids=ids, person_ids=people)
