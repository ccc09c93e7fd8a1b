"""Personal data of one person: export of everything held about them (GDPR art. 15/20) and final erasure
(art. 17), including their data inside history entries. Qt-free."""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import phonenumbers
from sqlalchemy import delete, or_, select, text, update
from sqlalchemy.orm import Session

from crm_desktop import config
from crm_desktop.db import search_index
from crm_desktop.db.database import Database
from crm_desktop.errors import NotFoundError, ValidationError
from crm_desktop.models import (
    Activity,
    Attachment,
    ChangeAction,
    ChangeLog,
    Company,
    ContactChannel,
    CustomFieldDefinition,
    CustomFieldValue,
    Deal,
    Document,
    FieldType,
    LeadSource,
    MergeRecord,
    Person,
    Stage,
    Tag,
    Task,
    User,
    person_tags,
    utcnow,
)
from crm_desktop.services.custom_fields import read_value

EXPORT_FORMAT = "crm-desktop personal data export"
EXPORT_VERSION = 1
ERASED = "[erased]"
_PERSON_COLUMNS = ("first_name", "middle_name", "last_name", "position", "company_role", "birthday", "address",
                   "city", "country", "language", "status", "notes", "last_activity_at", "created_at", "updated_at",
                   "deleted_at")
_MIN_PHONE_DIGITS = 6    # shorter digit runs are too likely to be other numbers (amounts, dates) to erase


class PrivacyService:
    """Data-subject requests about one person."""

    def __init__(self, db: Database, user_id: int | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        self.db = db
        self.user_id = user_id
        self._clock = clock or utcnow

    def export_person(self, person_id: int, path: Path) -> Path:
        """Write everything held about the person to a JSON file (also for a person in the Trash): every field,
        channels, tags, custom fields, the timeline, tasks, deals, documents and attachments (metadata) and the
        change history of the record. The file appears only when complete; returns its path."""
        path = Path(path)
        with self.db.session(write=False) as s:
            data = _export(s, _person(s, person_id), self._clock())
        part = path.with_name(path.name + ".part")
        try:
            with part.open("w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, indent=2, default=_json_value)
                fh.write("\n")
            os.replace(part, path)
        except OSError as exc:
            part.unlink(missing_ok=True)
            raise ValidationError(f"The file '{path}' could not be written: {exc.strerror or exc}. "
                                  "Nothing was exported.") from None
        return path

    def erase_person(self, person_id: int) -> None:
        """Erase the person's personal data for good; the record stays as "Erased person #id" so deals and
        history keep their shape.

        Goes: names, channels, birthday, address, notes, custom values, tags, the files attached to the person
        alone, and the person's name, emails and phones inside the timeline, tasks and deals of the person, their
        deals and their company, and in the change log. Merges involving the person can no longer be undone.
        Duplicates merged into the person are erased too. A ChangeLog row with action "erase" records it, with no
        personal data.
        """
        files: list[Path] = []
        with self.db.session() as s:
            person = _person(s, person_id)
            folded = [person] + list(s.scalars(select(Person).where(Person.merged_into_id == person.id)))
            for record in folded:
                files += self._erase(s, record)
        # After the commit: a file removed before a rollback could not come back.
        for file in files:
            # The row is gone; a file left behind holds content nothing points to any more.
            with contextlib.suppress(OSError):
                file.unlink(missing_ok=True)

    def _erase(self, s: Session, person: Person) -> list[Path]:
        now = self._clock()
        channels = list(s.scalars(select(ContactChannel).where(ContactChannel.person_id == person.id)))
        full, partial = _scrubbers(person, channels)
        deal_ids = list(s.scalars(select(Deal.id).where(Deal.person_id == person.id)))
        company_id = person.company_id
        own = [Activity.person_id == person.id] + ([Activity.deal_id.in_(deal_ids)] if deal_ids else [])
        own_tasks = [Task.person_id == person.id] + ([Task.deal_id.in_(deal_ids)] if deal_ids else [])

        activity_ids: list[int] = []
        for activity in s.scalars(select(Activity).where(or_(
                *own, *([Activity.company_id == company_id] if company_id is not None else [])))):
            scrub = full if activity.person_id == person.id or activity.deal_id in deal_ids else partial
            activity.subject = scrub(activity.subject) or ""
            activity.body, activity.outcome = scrub(activity.body), scrub(activity.outcome)
            if activity.data:
                activity.data = _scrub_json(activity.data, scrub)
            activity_ids.append(activity.id)
        task_ids: list[int] = []
        for task in s.scalars(select(Task).where(or_(
                *own_tasks, *([Task.company_id == company_id] if company_id is not None else [])))):
            scrub = full if task.person_id == person.id or task.deal_id in deal_ids else partial
            task.title = scrub(task.title) or ""
            task.notes, task.result = scrub(task.notes), scrub(task.result)
            task_ids.append(task.id)
        for deal in s.scalars(select(Deal).where(Deal.id.in_(deal_ids))):
            deal.title = full(deal.title) or ""
            deal.notes = full(deal.notes)
        for document in s.scalars(select(Document).where(Document.person_id == person.id)):
            document.title = full(document.title) or ""
        if company_id is not None:
            company = s.get(Company, company_id)
            if company is not None:
                company.notes = partial(company.notes)

        for entity, ids, scrub in (("activities", activity_ids, full), ("tasks", task_ids, full),
                                   ("deals", deal_ids, full),
                                   ("companies", [company_id] if company_id is not None else [], partial)):
            for start in range(0, len(ids), 500):
                for row in s.scalars(select(ChangeLog).where(ChangeLog.entity == entity,
                                                             ChangeLog.entity_id.in_(ids[start:start + 500]))):
                    row.old_value, row.new_value = scrub(row.old_value), scrub(row.new_value)
        s.execute(update(ChangeLog).where(ChangeLog.entity == "persons", ChangeLog.entity_id == person.id)
                  .values(old_value=None, new_value=None))

        files = _remove_attachments(s, person.id)
        for channel in channels:
            s.delete(channel)
        s.execute(delete(person_tags).where(person_tags.c.person_id == person.id))
        s.execute(delete(CustomFieldValue).where(
            CustomFieldValue.entity_id == person.id,
            CustomFieldValue.definition_id.in_(select(CustomFieldDefinition.id)
                                               .where(CustomFieldDefinition.entity == "person"))))
        # The merge's undo data holds the person's old values; undoing the merge would bring them back.
        for record in s.scalars(select(MergeRecord).where(MergeRecord.entity == "person")):
            if record.survivor_id == person.id or person.id in (record.merged_ids or []):
                record.undo_data = {}
                record.undone_at = record.undone_at or now

        person.first_name, person.last_name = f"Erased person #{person.id}", ""
        for column in ("middle_name", "position", "company_role", "birthday", "birthday_md", "address", "city",
                       "country", "language", "notes"):
            setattr(person, column, None)
        person.updated_at = now
        s.add(ChangeLog(changed_at=now, user_id=self.user_id, entity="persons", entity_id=person.id,
                        entity_uuid=person.uuid, action=ChangeAction.ERASE.value))
        s.flush()
        if company_id is not None:   # its notes may have been scrubbed
            search_index.reindex(s, company_ids=[company_id])
        s.execute(text(f"DELETE FROM {search_index.SEARCH_TABLE} WHERE rowid = :id"), {"id": person.id})
        return files


# ---- erasure helpers -------------------------------------------------------------------------------------------

Scrub = Callable[[str | None], str | None]


def _scrubbers(person: Person, channels: Sequence[ContactChannel]) -> tuple[Scrub, Scrub]:
    """Two scrubbers: `full` erases every form of the name, the emails and the phones; `partial`, for entries of
    the company that may be about colleagues, leaves a bare first or middle name alone."""
    first, middle, last = (person.first_name or "").strip(), (person.middle_name or "").strip(), \
        (person.last_name or "").strip()
    whole = [" ".join(p for p in parts if p) for parts in
             ((first, middle, last), (first, last), (last, first), (last, middle, first))]
    whole += [f"{last}, {first}"] if first and last else []
    surnames = [last] + [p for p in re.split(r"[\s\-]+", last) if len(p) >= 3]
    given = [first, middle] + [p for p in re.split(r"[\s\-]+", f"{first} {middle}") if len(p) >= 3]
    emails = [c.value for c in channels if c.kind == "email"] + [c.normalized for c in channels if c.kind == "email"]
    handles = [c.value for c in channels if c.kind == "messenger" and len(c.value) >= 3]
    words = _variants([w for w in whole + surnames if len(w) >= 2])
    literal = [re.escape(v) for v in emails + handles if v]
    phone_patterns = _phone_patterns([c for c in channels if c.kind == "phone"])
    partial = _compile(words, literal, phone_patterns)
    full = _compile(_variants([w for w in whole + surnames + given if len(w) >= 2]), literal, phone_patterns)
    return full, partial


def _variants(words: Sequence[str]) -> list[str]:
    """Each word as typed and without its diacritics, so 'Lukasz' in a note goes with 'Łukasz'."""
    found: dict[str, None] = {}
    for word in words:
        found.setdefault(word)
        found.setdefault(search_index.fold(word))
    return list(found)


def _phone_patterns(channels: Sequence[ContactChannel]) -> list[str]:
    """Each phone's digits as typed, in E.164 and nationally, allowing any spaces, dashes, dots or brackets."""
    runs: dict[str, None] = {}
    for channel in channels:
        runs.setdefault(search_index.phone_digits(channel.value))
        if channel.normalized.isdigit():
            runs.setdefault(channel.normalized)
            with contextlib.suppress(phonenumbers.NumberParseException):
                runs.setdefault(str(phonenumbers.parse("+" + channel.normalized, None).national_number))
    between = r"[\s\-().\/]*"
    return [r"(?<!\d)(?:\+|00)?" + between.join(run) + r"(?!\d)"
            for run in sorted(runs, key=len, reverse=True) if len(run) >= _MIN_PHONE_DIGITS]


def _compile(words: Sequence[str], literal: Sequence[str], phones: Sequence[str]) -> Scrub:
    # Longest first: the full name goes as one piece before its parts are looked for.
    names = [r"(?<!\w)" + re.escape(w) + r"(?!\w)" for w in sorted(set(words), key=len, reverse=True)]
    parts = sorted(set(literal), key=len, reverse=True) + list(phones) + names
    if not parts:
        return lambda value: value
    pattern = re.compile("|".join(parts), re.IGNORECASE)

    def scrub(value: str | None) -> str | None:
        if not value:
            return value
        result = pattern.sub(ERASED, value)
        # Diacritics typed differently from the record's ('Łukasz' in a note about 'Lukasz'): look in the folded
        # text too. Its letters keep their places unless folding changed the length (ß -> ss); only then does the
        # whole entry stay folded.
        folded = search_index.fold(result)
        if pattern.search(folded) is None:
            return result
        if len(folded) != len(result):
            return pattern.sub(ERASED, folded)
        pieces, last_end = [], 0
        for match in pattern.finditer(folded):
            pieces += [result[last_end:match.start()], ERASED]
            last_end = match.end()
        return "".join(pieces) + result[last_end:]

    return scrub


def _scrub_json(value: Any, scrub: Scrub) -> Any:
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, list):
        return [_scrub_json(v, scrub) for v in value]
    if isinstance(value, dict):
        return {k: _scrub_json(v, scrub) for k, v in value.items()}
    return value


def _remove_attachments(s: Session, person_id: int) -> list[Path]:
    """Delete the rows of files attached to the person alone; the stored files no other row uses."""
    rows = list(s.scalars(select(Attachment).where(Attachment.person_id == person_id, Attachment.deal_id.is_(None),
                                                   Attachment.task_id.is_(None))))
    paths = {a.stored_path for a in rows}
    # File names of CVs and photos tend to carry the person's name.
    s.execute(update(ChangeLog).where(ChangeLog.entity == "attachments",
                                      ChangeLog.entity_id.in_([a.id for a in rows]))
              .values(old_value=None, new_value=None))
    for attachment in rows:
        s.delete(attachment)
    s.flush()
    still_used = set(s.scalars(select(Attachment.stored_path).where(Attachment.stored_path.in_(paths))))
    return [config.data_dir() / p for p in sorted(paths - still_used)]


# ---- export helpers --------------------------------------------------------------------------------------------

def _person(s: Session, person_id: int) -> Person:
    person = s.get(Person, person_id)
    if person is None:
        raise NotFoundError("The person no longer exists; they may have been deleted for good.")
    return person


def _export(s: Session, person: Person, now: datetime) -> dict[str, object]:
    pid = person.id
    deal_ids = list(s.scalars(select(Deal.id).where(Deal.person_id == pid)))
    company = s.get(Company, person.company_id) if person.company_id is not None else None
    user_names = {u.id: u.full_name or u.login for u in s.scalars(select(User))}
    record: dict[str, object] = {"id": pid, "uuid": person.uuid}
    record.update({c: getattr(person, c) for c in _PERSON_COLUMNS})
    record["company"] = None if company is None else {"id": company.id, "name": company.name}
    record["owner"] = user_names.get(person.owner_id) if person.owner_id is not None else None
    record["lead_source"] = (s.scalar(select(LeadSource.name).where(LeadSource.id == person.lead_source_id))
                             if person.lead_source_id is not None else None)
    definitions = {d.id: d for d in s.scalars(select(CustomFieldDefinition)
                                              .where(CustomFieldDefinition.entity == "person"))}
    custom = [{"field": definitions[v.definition_id].label, "key": definitions[v.definition_id].key,
               "value": read_value(FieldType(definitions[v.definition_id].field_type), v)}
              for v in s.scalars(select(CustomFieldValue).where(CustomFieldValue.entity_id == pid,
                                                                CustomFieldValue.definition_id.in_(definitions)))]
    about = [Activity.person_id == pid] + ([Activity.deal_id.in_(deal_ids)] if deal_ids else [])
    about_tasks = [Task.person_id == pid] + ([Task.deal_id.in_(deal_ids)] if deal_ids else [])
    return {
        "format": EXPORT_FORMAT, "version": EXPORT_VERSION, "exported_at": now,
        "person": record,
        "channels": [{"kind": c.kind, "label": c.label, "value": c.value, "primary": bool(c.is_primary)}
                     for c in s.scalars(select(ContactChannel).where(ContactChannel.person_id == pid)
                                        .order_by(ContactChannel.position, ContactChannel.id))],
        "tags": list(s.scalars(select(Tag.name).join(person_tags, person_tags.c.tag_id == Tag.id)
                               .where(person_tags.c.person_id == pid).order_by(Tag.name))),
        "custom_fields": [c for c in custom if c["value"] is not None],
        "activities": [{"id": a.id, "kind": a.kind, "occurred_at": a.occurred_at, "subject": a.subject,
                        "body": a.body, "outcome": a.outcome, "duration_min": a.duration_min, "deal_id": a.deal_id,
                        "by": user_names.get(a.user_id) if a.user_id is not None else None, "details": a.data}
                       for a in s.scalars(select(Activity).where(or_(*about), Activity.deleted_at.is_(None))
                                          .order_by(Activity.occurred_at, Activity.id))],
        "tasks": [{"id": t.id, "kind": t.kind, "title": t.title, "notes": t.notes, "due_at": t.due_at,
                   "done_at": t.done_at, "result": t.result, "deal_id": t.deal_id}
                  for t in s.scalars(select(Task).where(or_(*about_tasks), Task.deleted_at.is_(None))
                                     .order_by(Task.created_at, Task.id))],
        "deals": [{"id": d.id, "title": d.title, "stage": stage, "status": d.status, "amount": d.amount,
                   "currency": d.currency, "created_at": d.created_at, "closed_on": d.closed_on, "notes": d.notes}
                  for d, stage in s.execute(select(Deal, Stage.name).join(Stage, Stage.id == Deal.stage_id)
                                            .where(Deal.id.in_(deal_ids)).order_by(Deal.created_at, Deal.id))],
        "documents": [{"id": d.id, "title": d.title, "template": d.template, "number": d.number,
                       "created_at": d.created_at, "file": d.file_path}
                      for d in s.scalars(select(Document).where(
                          or_(Document.person_id == pid, Document.deal_id.in_(deal_ids)),
                          Document.deleted_at.is_(None)).order_by(Document.created_at, Document.id))],
        "attachments": [{"id": a.id, "file_name": a.file_name, "size": a.size, "sha256": a.sha256,
                         "mime_type": a.mime_type, "created_at": a.created_at}
                        for a in s.scalars(select(Attachment).where(
                            or_(Attachment.person_id == pid, Attachment.deal_id.in_(deal_ids)),
                            Attachment.deleted_at.is_(None)).order_by(Attachment.created_at, Attachment.id))],
        "history": [{"at": c.changed_at, "action": c.action, "field": c.field, "old": c.old_value,
                     "new": c.new_value, "by": user_names.get(c.user_id) if c.user_id is not None else None}
                    for c in s.scalars(select(ChangeLog).where(ChangeLog.entity == "persons",
                                                               ChangeLog.entity_id == pid)
                                       .order_by(ChangeLog.changed_at, ChangeLog.id))],
    }


def _json_value(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, set | tuple):
        return list(value)
    raise TypeError(f"{type(value).__name__} cannot be written to JSON")
