"""The contacts service: people and companies with checked channels, conflicts, timeline, Trash, bulk actions,
export, and the search index following every change."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select, text

from crm_desktop.db import search_index
from crm_desktop.db.database import Database
from crm_desktop.errors import CancelledError, NotFoundError, ValidationError
from crm_desktop.models import (
    Activity,
    Attachment,
    ChangeLog,
    Company,
    ContactChannel,
    CustomFieldValue,
    Deal,
    LeadSource,
    Person,
    Pipeline,
    Stage,
    Task,
    User,
    deal_tags,
    person_tags,
)
from crm_desktop.services.contacts import (
    ChannelInput,
    CompanyInput,
    ContactService,
    EditConflict,
    PersonInput,
    check_channel,
)
from crm_desktop.services.custom_fields import CustomFieldService
from crm_desktop.services.progress import Progress

T0 = datetime(2025, 3, 10, 9, 0, 0)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(T0)


@pytest.fixture
def user_id(db: Database) -> int:
    return add(db, User(login="anna", full_name="Anna Manager"))


@pytest.fixture
def svc(db: Database, user_id: int, clock: Clock) -> ContactService:
    return ContactService(db, user_id, clock)


def add(db: Database, record: Any) -> int:
    with db.session() as s:
        s.add(record)
        s.flush()
        return int(record.id)


def email(value: str, label: str = "work") -> ChannelInput:
    return ChannelInput("email", value, label)


def phone(value: str, label: str = "work") -> ChannelInput:
    return ChannelInput("phone", value, label)


def found(db: Database, query: str, kind: str | None = None) -> list[tuple[str, int]]:
    with db.session(write=False) as s:
        return search_index.search_ids(s, query, kind, None)


def log_rows(db: Database, entity: str, entity_id: int) -> list[tuple[str, str | None, str | None, str | None]]:
    with db.session(write=False) as s:
        return [(r.action, r.field, r.old_value, r.new_value) for r in s.scalars(
            select(ChangeLog).where(ChangeLog.entity == entity, ChangeLog.entity_id == entity_id)
            .order_by(ChangeLog.id))]


@pytest.fixture
def acme(svc: ContactService) -> int:
    return svc.create_company(CompanyInput(name="Acme Sp. z o.o.", city="Kraków", country="PL", tax_id="5260001246",
                                           channels=(phone("+48 12 345 67 89"), email("office@acme.pl")))).id


# ---- people and companies --------------------------------------------------------------------------------------

def test_company_with_three_people_and_roles(svc: ContactService, db: Database, acme: int) -> None:
    people = [("Jan", "Kowalski", "director", "+48 601 000 001", "jan@acme.pl"),
              ("Łucja", "Nowak", "chief accountant", "601 000 002", "lucja@acme.pl"),
              ("Piotr", "Wiśniewski", "lawyer", "", "piotr@acme.pl")]
    ids = []
    for first, last, role, tel, mail in people:
        channels = tuple(c for c in (phone(tel, "mobile"), email(mail)) if c.value)
        result = svc.create_person(PersonInput(first_name=first, last_name=last, company_id=acme, company_role=role,
                                               position=role.title(), channels=channels))
        assert result.problems == ()
        assert result.previous is None
        assert result.version == 1
        ids.append(result.id)

    card = svc.get_company(acme)
    assert [(p.name, p.role) for p in card.people] == [("Jan Kowalski", "director"),
                                                        ("Łucja Nowak", "chief accountant"),
                                                        ("Piotr Wiśniewski", "lawyer")]
    assert card.people[1].phone == "601 000 002"
    assert card.people[2].phone == ""
    assert card.people[0].email == "jan@acme.pl"
    assert [(c.kind, c.normalized, c.is_primary) for c in card.channels] == [
        ("phone", "48123456789", True), ("email", "office@acme.pl", True)]
    lucja = svc.get_person(ids[1])
    assert lucja.company_name == "Acme Sp. z o.o."
    # Without a country of her own, the company's country reads her phone typed without '+'.
    assert lucja.channels[0].normalized == "48601000002"
    assert lucja.channels[0].problem is None
    assert log_rows(db, "persons", ids[0])[0] == ("insert", "name", None, "Jan Kowalski")
    assert found(db, "lucja nowak") == [("person", ids[1])]
    assert ("person", ids[2]) in found(db, "acme")


def test_names_are_required(svc: ContactService) -> None:
    with pytest.raises(ValidationError, match="first name or a last name"):
        svc.create_person(PersonInput(first_name="  ", channels=(email("x@example.com"),)))
    with pytest.raises(ValidationError, match="needs a name"):
        svc.create_company(CompanyInput(name=" "))
    only_last = svc.create_person(PersonInput(last_name="Müller"))
    assert svc.get_person(only_last.id).name == "Müller"


def test_bad_references_and_values_are_refused(svc: ContactService, acme: int) -> None:
    with pytest.raises(ValidationError, match="status"):
        svc.create_person(PersonInput(first_name="A", status="vip"))
    with pytest.raises(ValidationError, match="country code"):
        svc.create_person(PersonInput(first_name="A", country="Poland"))
    with pytest.raises(NotFoundError, match="tag"):
        svc.create_person(PersonInput(first_name="A", tag_ids=(999,)))
    with pytest.raises(ValidationError, match="too long"):
        svc.create_person(PersonInput(first_name="A" * 121))
    svc.delete("company", [acme])
    with pytest.raises(NotFoundError, match="Trash"):
        svc.create_person(PersonInput(first_name="A", company_id=acme))


def test_edit_person_logs_each_field_and_keeps_birthday_md(svc: ContactService, db: Database, acme: int,
                                                           clock: Clock) -> None:
    vip = svc.save_tag(None, "VIP", "#ff0000")
    created = svc.create_person(PersonInput(first_name="Jan", last_name="Kowalski", company_id=acme,
                                            birthday=date(1980, 2, 29), channels=(email("jan@acme.pl"),)))
    with db.session(write=False) as s:
        assert s.get(Person, created.id).birthday_md == "0229"
    before = svc.get_person(created.id)
    clock.now = T0 + timedelta(hours=1)
    data = PersonInput(**{**before.input.__dict__, "last_name": "Kowalski-Nowak", "birthday": date(1981, 12, 3),
                          "channels": (email("JAN@acme.pl"), phone("+48 601 222 333", "mobile")),
                          "tag_ids": (vip,)})
    result = svc.update_person(created.id, data, before.version)
    assert result.version == before.version + 1
    assert result.previous == svc_input_with_all_custom(before.input)
    after = svc.get_person(created.id)
    assert after.input.last_name == "Kowalski-Nowak"
    assert after.tags == ((vip, "VIP", "#ff0000"),)
    assert [c.normalized for c in after.channels] == ["jan@acme.pl", "48601222333"]
    with db.session(write=False) as s:
        assert s.get(Person, created.id).birthday_md == "1203"
    changes = {r[1]: r for r in log_rows(db, "persons", created.id) if r[0] == "update"}
    assert changes["last_name"][2:] == ("Kowalski", "Kowalski-Nowak")
    assert changes["birthday"][2:] == ("1980-02-29", "1981-12-03")
    assert changes["tags"][2:] == (None, "VIP")
    assert "phone (mobile): +48 601 222 333" in (changes["channels"][3] or "")
    # The index follows: the new name, the new phone's digits and the tag find her; the old name does not.
    assert found(db, "nowak") == [("person", created.id)]
    assert found(db, "601222333") == [("person", created.id)]
    assert ("person", created.id) in found(db, "vip")

    # Undo: the previous input saved back over the new version restores every field.
    svc.update_person(created.id, result.previous, result.version)  # type: ignore[arg-type]
    restored = svc.get_person(created.id)
    assert restored.input.last_name == "Kowalski"
    assert restored.input.birthday == date(1980, 2, 29)
    assert restored.tags == ()
    assert [c.value for c in restored.channels] == ["jan@acme.pl"]
    assert found(db, "nowak") == []


def svc_input_with_all_custom(data: PersonInput) -> PersonInput:
    """get_person lists filled custom fields only; `previous` names every field (None = empty)."""
    return PersonInput(**{**data.__dict__, "custom": {}})


def test_saving_unchanged_input_changes_nothing(svc: ContactService, acme: int) -> None:
    created = svc.create_person(PersonInput(first_name="Jan", company_id=acme, channels=(email("jan@acme.pl"),)))
    detail = svc.get_person(created.id)
    again = svc.update_person(created.id, detail.input, detail.version)
    assert again.version == detail.version


def test_conflict_shows_both_values(svc: ContactService, db: Database, user_id: int, clock: Clock) -> None:
    created = svc.create_person(PersonInput(first_name="Jan", last_name="Kowalski", city="Gdańsk",
                                            channels=(email("jan@example.com"),)))
    mine = svc.get_person(created.id)
    other = ContactService(db, user_id, clock)
    other.update_person(created.id, PersonInput(**{**mine.input.__dict__, "city": "Poznań"}), mine.version)
    with pytest.raises(EditConflict, match="changed by someone else") as caught:
        svc.update_person(created.id, PersonInput(**{**mine.input.__dict__, "city": "Łódź", "notes": "likes tea"}),
                          mine.version)
    conflict = caught.value
    assert conflict.theirs.input.city == "Poznań"
    assert conflict.theirs.version == mine.version + 1
    assert set(conflict.fields) == {("city", "Poznań", "Łódź"), ("notes", None, "likes tea")}
    assert svc.get_person(created.id).input.city == "Poznań"
    # Saving again against their version is the user's "keep mine".
    svc.update_person(created.id, PersonInput(**{**mine.input.__dict__, "city": "Łódź"}), conflict.theirs.version)
    assert svc.get_person(created.id).input.city == "Łódź"


def test_company_rename_reindexes_its_people(svc: ContactService, db: Database, acme: int) -> None:
    jan = svc.create_person(PersonInput(first_name="Jan", company_id=acme)).id
    assert ("person", jan) in found(db, "acme")
    card = svc.get_company(acme)
    svc.update_company(acme, CompanyInput(**{**card.input.__dict__, "name": "Globex"}), card.version)
    assert ("person", jan) in found(db, "globex")
    assert found(db, "acme", "person") == []
    assert log_rows(db, "companies", acme)[-1] == ("update", "name", "Acme Sp. z o.o.", "Globex")


# ---- channel checks --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "reason"), [
    ("ivan.example.com", "no '@'"),
    ("ivan@@example.com", "more than one '@'"),
    ("@example.com", "nothing comes before"),
    ("ivan@", "no domain"),
    ("ivan@localhost", "has no dot"),
    ("ivan..p@example.com", "dot before the '@' is misplaced"),
    ("iv an@example.com", "contains a space"),
    ("ivan@exa_mple.com", "cannot be part of a domain"),
    ("ivan@example..com", "empty part"),
    ("ivan@example.c", "does not exist"),
])
def test_bad_emails_name_the_reason(value: str, reason: str) -> None:
    normalized, problem = check_channel("email", value)
    assert problem is not None
    assert problem.startswith("Not a valid email address")
    assert reason in problem
    assert normalized == value.lower()


@pytest.mark.parametrize("value", ["Ivan.Petrov+crm@Example.COM", "o'neil@example.co.uk", "łukasz@przykład.pl",
                                   "user@xn--80ak6aa92e.com"])
def test_good_emails(value: str) -> None:
    assert check_channel("email", value) == (value.lower(), None)


def test_phones_normalise_with_the_region_and_say_why_not() -> None:
    assert check_channel("phone", "+7 (495) 123-45-67") == ("74951234567", None)
    assert check_channel("phone", "030 1234567", "DE") == ("49301234567", None)
    assert check_channel("phone", "0049 30 1234567") == ("49301234567", None)
    digits, problem = check_channel("phone", "030 1234567")
    assert digits == "0301234567"
    assert problem is not None
    assert "country code" in problem
    assert "too short" in (check_channel("phone", "+1 555")[1] or "")
    assert "letters" in (check_channel("phone", "+49 30 1234 ext 5")[1] or "")
    assert "too long" in (check_channel("phone", "+49 1234 5678 9012 3456 78")[1] or "")
    assert check_channel("messenger", "@Ivan_P") == ("ivan_p", None)
    with pytest.raises(ValidationError, match="kind of contact"):
        check_channel("fax", "1")


def test_invalid_email_is_kept_and_flagged(svc: ContactService, db: Database) -> None:
    result = svc.create_person(PersonInput(first_name="Ivan", channels=(phone("+7 495 123-45-67"),
                                                                        email("ivan.example.com"))))
    assert len(result.problems) == 1
    assert "'ivan.example.com'" in result.problems[0]
    assert "no '@'" in result.problems[0]
    card = svc.get_person(result.id)
    bad = [c for c in card.channels if c.kind == "email"][0]
    assert bad.value == "ivan.example.com"
    assert bad.problem is not None
    assert "no '@'" in bad.problem
    assert [c.problem for c in card.channels if c.kind == "phone"] == [None]


def test_only_way_to_reach_invalid_is_refused(svc: ContactService, db: Database) -> None:
    with pytest.raises(ValidationError, match="could not be reached") as caught:
        svc.create_person(PersonInput(first_name="Ivan", channels=(email("ivan.example.com"), phone("12"))))
    assert "no '@'" in str(caught.value)
    with db.session(write=False) as s:
        assert s.scalar(select(func.count(Person.id))) == 0
    # A person with no way to reach at all is allowed (a name is enough to start with).
    created = svc.create_person(PersonInput(first_name="Ivan"))
    detail = svc.get_person(created.id)
    with pytest.raises(ValidationError, match="could not be reached"):
        svc.update_person(created.id, PersonInput(first_name="Ivan", channels=(email("ivan@"),)), detail.version)
    assert svc.get_person(created.id).version == detail.version


# ---- custom fields ---------------------------------------------------------------------------------------------

def test_custom_fields_are_saved_checked_indexed_and_undone(svc: ContactService, db: Database) -> None:
    fields = CustomFieldService(db)
    hobby = fields.create_definition("person", "Hobby", "text").id
    size = fields.create_definition("person", "Shoe size", "number").id
    created = svc.create_person(PersonInput(first_name="Ola", custom={hobby: "Żeglarstwo"}))
    assert found(db, "zeglarstwo") == [("person", created.id)]
    detail = svc.get_person(created.id)
    assert detail.input.custom == {hobby: "Żeglarstwo"}
    with pytest.raises(ValidationError, match="Shoe size"):
        svc.update_person(created.id, PersonInput(first_name="Ola", custom={size: "big"}), detail.version)
    result = svc.update_person(created.id, PersonInput(first_name="Ola", custom={size: "42", hobby: ""}),
                               detail.version)
    assert svc.get_person(created.id).input.custom == {size: Decimal(42)}
    assert result.previous is not None
    assert result.previous.custom == {hobby: "Żeglarstwo", size: None}
    assert found(db, "zeglarstwo") == []
    svc.update_person(created.id, result.previous, result.version)  # type: ignore[arg-type]
    assert svc.get_person(created.id).input.custom == {hobby: "Żeglarstwo"}


# ---- timeline ----------------------------------------------------------------------------------------------------

def test_timeline_order_filter_and_company_aggregation(svc: ContactService, db: Database, acme: int,
                                                       user_id: int) -> None:
    jan = svc.create_person(PersonInput(first_name="Jan", last_name="Kowalski", company_id=acme)).id
    ewa = svc.create_person(PersonInput(first_name="Ewa", company_id=acme)).id
    other = svc.create_person(PersonInput(first_name="Outsider")).id
    call = svc.log_activity("person", jan, "call", "Intro call", outcome="interested", occurred_at=T0)
    note = svc.log_activity("person", ewa, "note", "Prefers email", occurred_at=T0 + timedelta(hours=2))
    meeting = svc.log_activity("company", acme, "meeting", "Visit", occurred_at=T0 + timedelta(hours=1))
    svc.log_activity("person", other, "call", "Unrelated", occurred_at=T0 + timedelta(hours=3))
    task = add(db, Task(title="Send offer", person_id=jan, done_at=T0 + timedelta(hours=4), result="sent",
                        owner_id=user_id))
    add(db, Task(title="Still open", person_id=jan))

    company = svc.timeline("company", acme)
    assert [(e.source, e.id) for e in company] == [("task", task), ("activity", note), ("activity", meeting),
                                                   ("activity", call)]
    assert company[0].kind == "task_done"
    assert company[0].body == "sent"
    assert company[0].user_name == "Anna Manager"
    assert company[3].person_name == "Jan Kowalski"
    assert company[3].outcome == "interested"
    assert company[2].person_id is None
    assert company[2].person_name == ""
    assert [e.id for e in svc.timeline("person", jan)] == [task, call]
    assert [e.id for e in svc.timeline("company", acme, kinds={"call", "meeting"})] == [meeting, call]
    assert [e.source for e in svc.timeline("company", acme, kinds={"task_done"})] == ["task"]
    assert len(svc.timeline("company", acme, limit=2)) == 2


def test_task_done_through_the_funnel_shows_once(svc: ContactService, db: Database, user_id: int) -> None:
    jan = svc.create_person(PersonInput(first_name="Jan")).id
    task = add(db, Task(title="Call back", person_id=jan, done_at=T0, result="ok"))
    add(db, Activity(kind="task_done", occurred_at=T0, person_id=jan, task_id=task, subject="Call back", body="ok"))
    assert [e.source for e in svc.timeline("person", jan)] == ["activity"]


def test_log_call_moves_last_activity_of_person_and_company(svc: ContactService, db: Database, acme: int,
                                                            clock: Clock) -> None:
    jan = svc.create_person(PersonInput(first_name="Jan", company_id=acme)).id
    version = svc.get_person(jan).version
    clock.now = T0 + timedelta(days=2)
    activity = svc.log_activity("person", jan, "call", "", outcome="no answer")
    assert svc.get_person(jan).last_activity_at == clock.now
    assert svc.get_company(acme).last_activity_at == clock.now
    # Not an edit of the card: the open card can still be saved.
    assert svc.get_person(jan).version == version
    # Logged late: the last activity does not go back.
    svc.log_activity("person", jan, "note", "Old note", occurred_at=T0)
    assert svc.get_person(jan).last_activity_at == clock.now
    with db.session(write=False) as s:
        row = s.get(Activity, activity)
        assert row is not None
        assert (row.person_id, row.company_id, row.user_id) == (jan, acme, svc.user_id)
    with pytest.raises(ValidationError, match="Write what happened"):
        svc.log_activity("person", jan, "call", " ")
    with pytest.raises(ValidationError, match="kind of timeline"):
        svc.log_activity("person", jan, "telepathy", "hi")


def test_has_open_task(svc: ContactService, db: Database) -> None:
    jan = svc.create_person(PersonInput(first_name="Jan")).id
    assert not svc.has_open_task("person", jan)
    add(db, Task(title="done", person_id=jan, done_at=T0))
    assert not svc.has_open_task("person", jan)
    add(db, Task(title="next", person_id=jan))
    assert svc.has_open_task("person", jan)


def test_plan_task_for_person_and_company(svc: ContactService, db: Database, acme: int, user_id: int) -> None:
    jan = svc.create_person(PersonInput(first_name="Jan", company_id=acme)).id
    assert not svc.has_open_task("company", acme)
    due = datetime(2025, 3, 12, 10, 0, tzinfo=UTC)
    task = svc.plan_task("person", jan, "call", due, "Call about the offer")
    company_task = svc.plan_task("company", acme, "email", T0, "Send the price list")
    with db.session(write=False) as s:
        rows = {t.id: (t.person_id, t.company_id, t.owner_id, t.due_at, t.kind) for t in s.scalars(select(Task))}
    assert rows[task] == (jan, acme, user_id, datetime(2025, 3, 12, 10, 0), "call")
    assert rows[company_task] == (None, acme, user_id, T0, "email")
    assert svc.has_open_task("company", acme)
    with pytest.raises(ValidationError, match="title"):
        svc.plan_task("person", jan, "call", T0, " ")


def test_related_deals_tasks_and_attachments(svc: ContactService, db: Database, acme: int) -> None:
    jan = svc.create_person(PersonInput(first_name="Jan", company_id=acme)).id
    with db.session(write=False) as s:
        pipeline = s.scalar(select(Pipeline.id).limit(1))
        stage = s.scalar(select(Stage.id).where(Stage.pipeline_id == pipeline).limit(1))
    assert pipeline is not None
    assert stage is not None
    deal = add(db, Deal(title="Big order", pipeline_id=pipeline, stage_id=stage, person_id=jan, amount=Decimal(100)))
    add(db, Attachment(file_name="a.pdf", stored_path="attachments/ab/abc", person_id=jan))
    assert [d.title for d in svc.related_deals("company", acme)] == ["Big order"]
    assert [d.id for d in svc.related_deals("person", jan)] == [deal]
    assert [a.file_name for a in svc.related_attachments("company", acme)] == ["a.pdf"]
    add(db, Task(title="Later", person_id=jan, due_at=T0 + timedelta(days=2)))
    add(db, Task(title="Sooner", company_id=acme, due_at=T0))
    add(db, Task(title="Done", person_id=jan, done_at=T0))
    assert [t.title for t in svc.related_tasks("company", acme)] == ["Sooner", "Later", "Done"]


# ---- Trash -------------------------------------------------------------------------------------------------------

def test_trash_restore_purge(svc: ContactService, db: Database, acme: int, clock: Clock) -> None:
    jan = svc.create_person(PersonInput(first_name="Jan", last_name="Kowalski", company_id=acme,
                                        channels=(email("jan@acme.pl"),))).id
    ewa = svc.create_person(PersonInput(first_name="Ewa", company_id=acme)).id
    svc.log_activity("person", jan, "note", "private note")
    CustomFieldService(db).create_definition("person", "Hobby", "text")
    clock.now = T0 + timedelta(minutes=1)
    assert svc.delete("person", [jan, jan]) == 1
    clock.now = T0 + timedelta(minutes=2)
    assert svc.delete("company", [acme]) == 1
    assert svc.delete("person", [jan]) == 0
    assert [(i.kind, i.id, i.name) for i in svc.trash()] == [("company", acme, "Acme Sp. z o.o."),
                                                             ("person", jan, "Jan Kowalski")]
    assert [i.id for i in svc.trash("person")] == [jan]
    assert found(db, "kowalski") == []
    assert found(db, "acme", "company") == []
    # The company's people stay, linked to it.
    assert svc.get_person(ewa).input.company_id == acme
    assert svc.get_person(ewa).deleted_at is None
    assert svc.get_person(jan).deleted_at == T0 + timedelta(minutes=1)

    assert svc.restore("person", [jan, ewa]) == 1
    assert found(db, "kowalski") == [("person", jan)]
    assert log_rows(db, "persons", jan)[-2:] == [("delete", None, "Jan Kowalski", None),
                                                 ("restore", None, None, "Jan Kowalski")]

    # Purge removes only what is in the Trash.
    assert svc.purge("person", [jan]) == 0
    svc.delete("person", [jan])
    assert svc.purge("person", [jan, ewa]) == 1
    with pytest.raises(NotFoundError):
        svc.get_person(jan)
    with db.session(write=False) as s:
        assert s.scalar(select(func.count(ContactChannel.id)).where(ContactChannel.person_id == jan)) == 0
        # The note belonged to Jan and his company; the company is still there, so the note stays with it.
        assert s.scalar(select(func.count(Activity.id)).where(Activity.company_id == acme)) == 1
    assert found(db, "kowalski") == []
    assert svc.purge("company", [acme]) == 1
    with db.session(write=False) as s:
        assert s.scalar(select(func.count(Activity.id))) == 0
        assert s.get(Person, ewa).company_id is None  # type: ignore[union-attr]
    assert svc.trash() == []


def test_purge_keeps_attachment_files_and_shared_rows(svc: ContactService, db: Database, app_home: Path) -> None:
    jan = svc.create_person(PersonInput(first_name="Jan")).id
    stored = app_home / "stored-file"
    stored.write_bytes(b"content")
    own = add(db, Attachment(file_name="cv.pdf", stored_path=str(stored), person_id=jan))
    with db.session(write=False) as s:
        pipeline = s.scalar(select(Pipeline.id).limit(1))
        stage = s.scalar(select(Stage.id).where(Stage.pipeline_id == pipeline).limit(1))
    deal = add(db, Deal(title="Order", pipeline_id=pipeline, stage_id=stage, person_id=jan))
    shared = add(db, Attachment(file_name="contract.pdf", stored_path=str(stored), person_id=jan, deal_id=deal))
    svc.delete("person", [jan])
    svc.purge("person", [jan])
    with db.session(write=False) as s:
        assert s.get(Attachment, own) is None
        kept = s.get(Attachment, shared)
        assert kept is not None
        assert kept.person_id is None
        assert kept.deal_id == deal
        assert s.get(Deal, deal).person_id is None  # type: ignore[union-attr]
    assert stored.read_bytes() == b"content"


def test_edits_of_trashed_records_are_refused(svc: ContactService) -> None:
    jan = svc.create_person(PersonInput(first_name="Jan"))
    svc.delete("person", [jan.id])
    with pytest.raises(NotFoundError, match="in the Trash"):
        svc.update_person(jan.id, PersonInput(first_name="Janek"), jan.version + 1)
    with pytest.raises(NotFoundError, match="in the Trash"):
        svc.log_activity("person", jan.id, "note", "x")


# ---- bulk actions -------------------------------------------------------------------------------------------------

def test_bulk_tags_and_owner(svc: ContactService, db: Database, user_id: int) -> None:
    ids = [svc.create_person(PersonInput(first_name=f"P{i}")).id for i in range(3)]
    vip = svc.save_tag(None, "VIP", "#ff0000")
    hot = svc.save_tag(None, "Hot lead", "#00ff00")
    svc.add_tags("person", [ids[0]], [vip])
    versions = [svc.get_person(i).version for i in ids]
    assert svc.add_tags("person", ids, [vip, hot]) == 3
    assert svc.add_tags("person", ids, [vip]) == 0
    assert [svc.get_person(i).version for i in ids] == [v + 1 for v in versions]
    assert sorted(i for _, i in found(db, "vip")) == ids
    assert log_rows(db, "persons", ids[0])[-1] == ("update", "tags", "VIP", "Hot lead, VIP")
    assert svc.remove_tags("person", ids[:2], [vip]) == 2
    assert found(db, "vip") == [("person", ids[2])]
    with db.session(write=False) as s:
        assert s.scalar(select(func.count()).select_from(person_tags)) == 4

    bob = add(db, User(login="bob", full_name="Bob"))
    svc.set_owner("person", [ids[0]], user_id)
    previous = svc.set_owner("person", ids, bob)
    assert previous == {ids[0]: user_id, ids[1]: None, ids[2]: None}
    assert {svc.get_person(i).owner_name for i in ids} == {"Bob"}
    for record_id, owner in previous.items():   # what undo does
        svc.set_owner("person", [record_id], owner)
    assert [svc.get_person(i).input.owner_id for i in ids] == [user_id, None, None]
    with pytest.raises(NotFoundError, match="owner"):
        svc.set_owner("person", ids, 9999)


def test_tags_rename_and_delete_follow_in_the_index(svc: ContactService, db: Database) -> None:
    vip = svc.save_tag(None, "VIP", "#ff0000")
    jan = svc.create_person(PersonInput(first_name="Jan", tag_ids=(vip,))).id
    with pytest.raises(ValidationError, match="already exists"):
        svc.save_tag(None, "vip", "#000000")
    with pytest.raises(ValidationError, match="colour"):
        svc.save_tag(None, "Cold", "red")
    svc.save_tag(vip, "Gold", "#ffd700")
    assert svc.list_tags() == [(vip, "Gold", "#ffd700")]
    assert found(db, "gold") == [("person", jan)]
    assert found(db, "vip") == []
    svc.delete_tag(vip)
    assert found(db, "gold") == []
    assert svc.get_person(jan).tags == ()


def test_tag_usage_counts_live_people_and_companies(svc: ContactService, db: Database, acme: int) -> None:
    vip = svc.save_tag(None, "VIP", "#ff0000")
    hot = svc.save_tag(None, "Hot lead", "#00ff00")
    svc.save_tag(None, "Unused", "#0000ff")
    people = [svc.create_person(PersonInput(first_name=f"P{i}", tag_ids=(vip,))).id for i in range(3)]
    svc.add_tags("company", [acme], [vip, hot])
    assert svc.tag_usage() == {vip: 4, hot: 1}   # a tag on nobody is absent
    svc.delete("person", people[:2])
    svc.delete("company", [acme])
    assert svc.tag_usage() == {vip: 1}           # what is in the Trash does not count
    svc.restore("company", [acme])
    assert svc.tag_usage() == {vip: 2, hot: 1}
    with db.session(write=False) as s:            # deals carry tags too, but are not counted here
        pipeline = s.scalar(select(Pipeline.id).limit(1))
        stage = s.scalar(select(Stage.id).where(Stage.pipeline_id == pipeline).limit(1))
    assert pipeline is not None
    assert stage is not None
    deal = add(db, Deal(title="Order", pipeline_id=pipeline, stage_id=stage))
    with db.session() as s:
        s.execute(deal_tags.insert().values(deal_id=deal, tag_id=hot))
    assert svc.tag_usage() == {vip: 2, hot: 1}


# ---- export ------------------------------------------------------------------------------------------------------

@pytest.fixture
def exported_people(svc: ContactService, db: Database, acme: int, clock: Clock) -> list[int]:
    hobby = CustomFieldService(db).create_definition("person", "Hobby", "text").id
    since = CustomFieldService(db).create_definition("person", "Client since", "date").id
    a = svc.create_person(PersonInput(first_name="=HYPERLINK(\"http://evil\")", last_name="Kowalski",
                                      company_id=acme, birthday=date(1980, 5, 17), notes="-2+3",
                                      channels=(phone("+48 601 000 001"), email("jan@acme.pl")),
                                      custom={hobby: "@SUM(1)", since: "2020-01-31"})).id
    clock.now = T0 + timedelta(days=1)
    b = svc.create_person(PersonInput(first_name="Zoë", last_name="Ünal", city="Köln")).id
    return [b, a]


def test_export_xlsx_typed_and_neutralised(svc: ContactService, tmp_path: Path, exported_people: list[int]) -> None:
    target = tmp_path / "people.xlsx"
    steps: list[tuple[int, int]] = []
    assert svc.export_rows("person", exported_people + [9999], target,
                           Progress(lambda d, t, _: steps.append((d, t)))) == 2
    assert steps[-1] == (3, 3)
    ws = load_workbook(target).active
    assert ws is not None
    rows = list(ws.iter_rows(values_only=False))
    header = [c.value for c in rows[0]]
    col = {h: i for i, h in enumerate(header)}
    assert header[:4] == ["ID", "First name", "Middle name", "Last name"]
    assert header[-2:] == ["Hobby", "Client since"]
    first, second = rows[1], rows[2]
    assert first[col["First name"]].value == "Zoë"
    assert first[col["Last name"]].value == "Ünal"
    assert first[col["ID"]].value == exported_people[0]
    assert first[col["ID"]].data_type == "n"
    evil = second[col["First name"]]
    assert evil.value == '=HYPERLINK("http://evil")'
    assert evil.data_type == "s"
    assert evil.quotePrefix
    assert second[col["Notes"]].data_type == "s"
    assert second[col["Notes"]].quotePrefix
    assert second[col["Hobby"]].value == "@SUM(1)"
    assert second[col["Hobby"]].quotePrefix
    assert second[col["Phones"]].value == "+48 601 000 001"
    assert second[col["Company"]].value == "Acme Sp. z o.o."
    birthday = second[col["Birthday"]]
    assert birthday.is_date
    assert birthday.value.date() == date(1980, 5, 17)
    assert second[col["Client since"]].value.date() == date(2020, 1, 31)
    created = second[col["Created"]]
    assert created.is_date
    assert created.value == T0.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{rows[0][-1].column_letter}3"
    assert ws.column_dimensions["B"].width is not None
    assert ws.column_dimensions["B"].width > 10


def test_export_csv_with_bom(svc: ContactService, tmp_path: Path, exported_people: list[int], acme: int) -> None:
    target = tmp_path / "people.csv"
    assert svc.export_rows("person", exported_people, target) == 2
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0]["First name"] == "Zoë"
    assert rows[0]["City"] == "Köln"
    assert rows[1]["First name"] == "'=HYPERLINK(\"http://evil\")"
    assert rows[1]["Notes"] == "'-2+3"
    assert rows[1]["Phones"] == "'+48 601 000 001"
    assert rows[1]["Birthday"] == "1980-05-17"
    assert rows[1]["Emails"] == "jan@acme.pl"
    companies = tmp_path / "companies.csv"
    assert svc.export_rows("company", [acme], companies) == 1
    company = next(csv.DictReader(companies.read_text("utf-8-sig").splitlines()))
    assert company["Name"] == "Acme Sp. z o.o."
    assert company["People"] == "1"
    assert company["Tax ID"] == "5260001246"


def test_export_refuses_other_formats_and_leaves_no_file_when_cancelled(svc: ContactService, tmp_path: Path,
                                                                        exported_people: list[int]) -> None:
    with pytest.raises(ValidationError, match=".xlsx or .csv"):
        svc.export_rows("person", exported_people, tmp_path / "people.pdf")
    folder = tmp_path / "out"
    folder.mkdir()
    progress = Progress()
    progress.cancel()
    with pytest.raises(CancelledError):
        svc.export_rows("person", exported_people, folder / "people.xlsx", progress)
    assert list(folder.iterdir()) == []


# ---- index consistency ---------------------------------------------------------------------------------------------

def test_index_rows_match_a_rebuild(svc: ContactService, db: Database, acme: int) -> None:
    """Whatever the service did, its incremental index holds what a full rebuild would."""
    vip = svc.save_tag(None, "VIP", "#ff0000")
    jan = svc.create_person(PersonInput(first_name="Jan", company_id=acme, tag_ids=(vip,),
                                        channels=(phone("+48 601 000 001"),))).id
    svc.add_tags("company", [acme], [vip])
    svc.delete("person", [jan])
    svc.restore("person", [jan])

    def rows() -> Iterator[tuple[Any, ...]]:
        with db.session(write=False) as s:
            yield from s.execute(text("SELECT rowid, name, body, phones FROM contact_search ORDER BY rowid"))

    incremental = list(rows())
    with db.session() as s:
        search_index.rebuild(s)
    assert list(rows()) == incremental


def test_lead_source_name_on_card(svc: ContactService, db: Database) -> None:
    with db.session(write=False) as s:
        source = s.execute(select(LeadSource.id, LeadSource.name)).first()
        assert source is not None
    jan = svc.create_person(PersonInput(first_name="Jan", lead_source_id=source.id)).id
    assert svc.get_person(jan).lead_source_name == source.name
    with db.session(write=False) as s:
        assert s.scalar(select(func.count()).select_from(CustomFieldValue)) == 0
    _ = Company
