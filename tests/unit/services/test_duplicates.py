"""Duplicates: the check while typing, Find Duplicates over a hand-built base, and merge with an exact undo."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Table, select

from crm_desktop.db import search_index
from crm_desktop.db.database import Database
from crm_desktop.errors import ConflictError, ValidationError
from crm_desktop.models import (
    Activity,
    Attachment,
    ChangeLog,
    Company,
    ContactChannel,
    CustomFieldDefinition,
    CustomFieldValue,
    Deal,
    Document,
    MergeRecord,
    Person,
    Pipeline,
    Stage,
    Tag,
    Task,
    User,
    company_tags,
    person_tags,
)
from crm_desktop.services.duplicates import DuplicateGroup, DuplicateService, name_key, normalize_tax_id

T0 = datetime(2025, 3, 10, 9, 0, 0)
# Columns a merge and its undo move on purpose: the version counter (so stale editors conflict) and the time of
# the last write. Every other column of every involved row must come back exactly.
MOVING_COLUMNS = frozenset({"version", "updated_at"})


# ---- building data with plain inserts ------------------------------------------------------------------------

def add_person(db: Database, first: str, last: str, *, phones: tuple[str, ...] = (), emails: tuple[str, ...] = (),
               company_id: int | None = None, deleted: bool = False, **fields: Any) -> int:
    with db.session() as s:
        person = Person(first_name=first, last_name=last, company_id=company_id,
                        deleted_at=T0 if deleted else None, **fields)
        s.add(person)
        s.flush()
        add_channels(s, person_id=person.id, phones=phones, emails=emails)
        search_index.reindex(s, person_ids=[person.id])
        return person.id


def add_company(db: Database, name: str, *, tax_id: str | None = None, phones: tuple[str, ...] = (),
                city: str | None = None, deleted: bool = False) -> int:
    with db.session() as s:
        company = Company(name=name, tax_id=tax_id, city=city, deleted_at=T0 if deleted else None)
        s.add(company)
        s.flush()
        add_channels(s, company_id=company.id, phones=phones, emails=())
        search_index.reindex(s, company_ids=[company.id])
        return company.id


def add_channels(s: Any, *, phones: tuple[str, ...], emails: tuple[str, ...], person_id: int | None = None,
                 company_id: int | None = None) -> None:
    for n, phone in enumerate(phones):
        normalized = search_index.normalize_phone(phone, None) or search_index.phone_digits(phone)
        s.add(ContactChannel(person_id=person_id, company_id=company_id, kind="phone", value=phone,
                             normalized=normalized, is_primary=n == 0, position=n))
    for n, email in enumerate(emails):
        s.add(ContactChannel(person_id=person_id, company_id=company_id, kind="email", value=email,
                             normalized=email.lower(), is_primary=n == 0, position=len(phones) + n))


def first_stage(db: Database) -> tuple[int, int]:
    with db.session(write=False) as s:
        pipeline_id = s.scalar(select(Pipeline.id).order_by(Pipeline.id).limit(1))
        stage_id = s.scalar(select(Stage.id).where(Stage.pipeline_id == pipeline_id).order_by(Stage.position))
    assert pipeline_id is not None
    assert stage_id is not None
    return pipeline_id, stage_id


def add_linked(db: Database, owner: str, owner_id: int, label: str) -> dict[str, int]:
    """One deal, task, activity, document and attachment of a person or company; their ids by table."""
    pipeline_id, stage_id = first_stage(db)
    link = {owner: owner_id}
    with db.session() as s:
        rows = {
            "deals": Deal(title=f"Deal {label}", pipeline_id=pipeline_id, stage_id=stage_id, amount=Decimal("10.50"),
                          **link),
            "tasks": Task(title=f"Call {label}", due_at=T0, **link),
            "activities": Activity(kind="call", occurred_at=T0, subject=f"Called {label}", **link),
            "documents": Document(template="offer", title=f"Offer {label}", file_path=f"/tmp/{label}.docx", **link),
            "attachments": Attachment(file_name=f"{label}.pdf", stored_path=f"att/{label}.pdf", size=3, **link),
        }
        s.add_all(rows.values())
        s.flush()
        return {table: row.id for table, row in rows.items()}


def snapshot(db: Database, tables: dict[Table, tuple[str, set[int]]]) -> dict[str, list[dict[str, Any]]]:
    """The rows of each table whose column is in the id set, every column but the moving ones, in id order."""
    found: dict[str, list[dict[str, Any]]] = {}
    with db.session(write=False) as s:
        for table, (column, ids) in tables.items():
            rows = s.execute(select(table).where(table.c[column].in_(ids))
                             .order_by(*table.primary_key.columns)).mappings()
            found[table.name] = [{k: v for k, v in row.items() if k not in MOVING_COLUMNS} for row in rows]
    return found


@pytest.fixture
def user_id(db: Database) -> int:
    with db.session(write=False) as s:
        found = s.scalar(select(User.id).order_by(User.id).limit(1))
    assert found is not None
    return found


@pytest.fixture
def svc(db: Database, user_id: int) -> DuplicateService:
    return DuplicateService(db, user_id=user_id, clock=lambda: T0, region="RU")


# ---- check ---------------------------------------------------------------------------------------------------

def test_check_finds_a_phone_typed_in_another_format(db: Database, svc: DuplicateService) -> None:
    anna = add_person(db, "Anna", "Ivanova", phones=("+7 (495) 123-45-67",))
    add_person(db, "Boris", "Other", phones=("+7 (495) 765-43-21",))
    for typed in ("8 495 123 45 67", "+74951234567", "495-123-45-67"):
        found = svc.check("person", phones=[typed])
        assert [(c.id, c.reason, c.score) for c in found] == [(anna, "phone", 100.0)], typed
    assert found[0].name == "Anna Ivanova"
    assert svc.check("person", phones=["123"]) == []          # too short to mean anything
    assert svc.check("company", phones=["+7 495 123 45 67"]) == []   # a person's phone is no company duplicate


def test_check_finds_an_email_in_another_case(db: Database, svc: DuplicateService) -> None:
    anna = add_person(db, "Anna", "Ivanova", emails=("anna.ivanova@example.com",))
    found = svc.check("person", emails=[" Anna.Ivanova@EXAMPLE.com "])
    assert [(c.id, c.reason) for c in found] == [(anna, "email")]
    assert svc.check("person", emails=["anna@example.com"]) == []


def test_check_finds_a_tax_id_whatever_its_separators(db: Database, svc: DuplicateService) -> None:
    nip = add_company(db, "Kowalski i Synowie", tax_id="123-456-78-90", city="Kraków")
    vat = add_company(db, "Bakker BV", tax_id="NL123456789B01")
    add_company(db, "Other", tax_id="123-456-78-91")
    found = svc.check("company", tax_id="1234567890")
    assert [(c.id, c.reason, c.detail) for c in found] == [(nip, "tax_id", "Kraków, 123-456-78-90")]
    assert [c.id for c in svc.check("company", tax_id="nl 1234.56789 b01")] == [vat]
    assert [c.id for c in svc.check("company", tax_id="123 456 78 90")] == [nip]
    assert svc.check("company", tax_id="12") == []
    assert normalize_tax_id("nl-123.456/789 b01") == "NL123456789B01"


def test_check_finds_misspelt_names_in_cyrillic_and_latin(db: Database, svc: DuplicateService) -> None:
    petr = add_person(db, "Пётр", "Иванов")
    anna = add_person(db, "Anna", "Smith")
    lukasz = add_person(db, "Łukasz", "Nowak")
    add_person(db, "Павел", "Иванов")
    add_person(db, "Anna", "Schmidt-Weber")

    found = svc.check("person", name="петр иваноф")
    assert [(c.id, c.reason) for c in found] == [(petr, "name")]
    assert 88 <= found[0].score < 100
    assert [c.id for c in svc.check("person", name="Иванов Пётр")] == [petr]     # the other order, exact
    assert svc.check("person", name="Иванов Пётр")[0].score == 100.0
    assert [c.id for c in svc.check("person", name="Ana Smith")] == [anna]
    assert [c.id for c in svc.check("person", name="Anna Smiht")] == [anna]
    assert [c.id for c in svc.check("person", name="Lukasz Nowak")] == [lukasz]
    assert svc.check("person", name="Anna") == []                                # a first name alone is no match
    assert svc.check("person", name="Smi") == []


def test_check_finds_similar_company_names_without_legal_forms(db: Database, svc: DuplicateService) -> None:
    romashka = add_company(db, "ООО Ромашка")
    add_company(db, "Ромашкин и партнёры")
    assert [c.id for c in svc.check("company", name="Ромашка LLC")] == [romashka]
    assert name_key("OOO  Romashka, Ltd.", company=True) == "romashka"


def test_check_leaves_out_the_record_being_edited_and_the_trash(db: Database, svc: DuplicateService) -> None:
    editing = add_person(db, "Anna", "Smith", phones=("+44 20 7946 0018",))
    add_person(db, "Anna", "Smith", phones=("+44 20 7946 0018",), deleted=True)
    other = add_person(db, "Anna", "Smyth", emails=("anna@smith.example",))
    found = svc.check("person", name="Anna Smith", phones=["+44 20 7946 0018"], emails=["ANNA@smith.example"],
                      exclude_id=editing)
    assert [(c.id, c.reason) for c in found] == [(other, "email")]
    assert svc.check("person", name="Anna Smith", phones=["+44 20 7946 0018"], exclude_id=editing)[0].id == other


def test_check_puts_exact_matches_first_then_the_best_names(db: Database, svc: DuplicateService) -> None:
    by_phone = add_person(db, "Someone", "Else", phones=("+31 6 1234 5678",))
    exact_name = add_person(db, "Maria", "Jansen")
    close_name = add_person(db, "Marie", "Jansen")
    found = svc.check("person", name="Maria Jansen", phones=["+31612345678"])
    assert [(c.id, c.reason) for c in found] == [(by_phone, "phone"), (exact_name, "name"), (close_name, "name")]
    assert found[1].score > found[2].score
    assert len(svc.check("person", name="Maria Jansen", phones=["+31612345678"], limit=2)) == 2


# ---- find_groups -------------------------------------------------------------------------------------------

def test_find_groups_on_a_hand_built_base(db: Database, svc: DuplicateService) -> None:
    anna = add_person(db, "Anna", "Smith", phones=("+44 20 7946 0001",))
    anna_typo = add_person(db, "Anna", "Smit", phones=("+44 20 7946 0002",))
    add_person(db, "Anna", "Smith", deleted=True)
    john = add_person(db, "John", "Doe", emails=("john@doe.example",))
    jonathan = add_person(db, "Jonathan", "Doe", emails=("JOHN@doe.example",))
    peter = add_person(db, "Peter", "Brown", phones=("+44 20 7946 0099",))
    olga = add_person(db, "Olga", "White", phones=("+44 (20) 7946-0099",))
    olga_typo = add_person(db, "Olga", "Whyte")
    ivan = add_person(db, "Ivan", "Petrov")
    swapped = add_person(db, "Petrov", "Ivan")
    add_person(db, "Zed", "Zulu")
    add_person(db, "Maria", "Jansen")

    groups = svc.find_groups("person")

    assert groups == [
        DuplicateGroup("person", (peter, olga, olga_typo), ("Peter Brown", "Olga White", "Olga Whyte"), "phone,name"),
        DuplicateGroup("person", (john, jonathan), ("John Doe", "Jonathan Doe"), "email"),
        DuplicateGroup("person", (anna, anna_typo), ("Anna Smith", "Anna Smit"), "name"),
        DuplicateGroup("person", (ivan, swapped), ("Ivan Petrov", "Petrov Ivan"), "name"),
    ]


def test_find_groups_of_companies_by_tax_id_and_name(db: Database, svc: DuplicateService) -> None:
    first = add_company(db, "Romashka LLC", tax_id="123-456-78-90")
    second = add_company(db, "OOO Romashka", tax_id="1234567890")
    acme = add_company(db, "Acme", phones=("+1 212 555 0100",))
    acme_too = add_company(db, "ACME Inc.", phones=("+1 (212) 555-0100",))
    add_company(db, "Globex")
    groups = svc.find_groups("company")
    assert groups == [
        DuplicateGroup("company", (acme, acme_too), ("Acme", "ACME Inc."), "phone,name"),
        DuplicateGroup("company", (first, second), ("Romashka LLC", "OOO Romashka"), "tax_id,name"),
    ]


def test_a_common_name_links_only_people_of_the_same_company(db: Database, svc: DuplicateService) -> None:
    companies = [add_company(db, f"Firm {n}") for n in range(25)]
    people = [add_person(db, "John", "Smith", company_id=c) for c in companies]
    colleague = add_person(db, "John", "Smith", company_id=companies[3])
    groups = svc.find_groups("person")
    assert [g.ids for g in groups] == [(people[3], colleague)]


def test_a_chain_of_overlapping_groups_too_big_to_merge_is_listed_as_its_parts(db: Database,
                                                                               svc: DuplicateService) -> None:
    # person n shares a phone with person n+1: 22 people in one chain, but no two of them are alike by name
    people = [add_person(db, f"Person{n:02d}", f"Zz{n:02d}x", phones=(f"+44 20 7946 {n:04d}",
                                                                      f"+44 20 7946 {n + 1:04d}"))
              for n in range(22)]
    groups = svc.find_groups("person")
    assert [g.ids for g in groups] == [(a, b) for a, b in zip(people, people[1:], strict=False)]
    assert {g.reason for g in groups} == {"phone"}


def test_find_groups_reports_progress_and_can_be_cancelled(db: Database, svc: DuplicateService) -> None:
    from crm_desktop.errors import CancelledError
    from crm_desktop.services.progress import Progress

    add_person(db, "Anna", "Smith")
    add_person(db, "Anna", "Smith")
    seen: list[tuple[int, int, str]] = []
    assert len(svc.find_groups("person", Progress(lambda d, t, text: seen.append((d, t, text))))) == 1
    assert seen[-1][0] == seen[-1][1]

    progress = Progress(lambda d, t, text: progress.cancel() if d >= 40 else None)
    with pytest.raises(CancelledError):
        svc.find_groups("person", progress)


# ---- merge and undo ----------------------------------------------------------------------------------------

def test_merge_two_people_moves_everything_and_undo_restores_every_row(db: Database, svc: DuplicateService) -> None:
    survivor = add_person(db, "Anna", "Smith", phones=("+44 20 7946 0001",), city="London",
                          birthday=date(1990, 5, 1), birthday_md="0501", last_activity_at=datetime(2025, 1, 1))
    merged = add_person(db, "Anna", "Smit", phones=("+44 (20) 7946-0001", "+44 20 7946 0777"),
                        emails=("anna@smit.example",), city="Leeds", birthday=date(1990, 1, 5),
                        birthday_md="0105", last_activity_at=datetime(2025, 2, 1))
    bystander = add_person(db, "Other", "Person", phones=("+44 20 7946 0555",))
    linked = {"survivor": add_linked(db, "person_id", survivor, "s"),
              "merged": add_linked(db, "person_id", merged, "m"),
              "bystander": add_linked(db, "person_id", bystander, "b")}
    with db.session() as s:
        shared, only_merged, own = Tag(name="vip"), Tag(name="newsletter"), Tag(name="own")
        hobby = CustomFieldDefinition(entity="person", key="hobby", label="Hobby", field_type="text")
        size = CustomFieldDefinition(entity="person", key="size", label="Size", field_type="number")
        colour = CustomFieldDefinition(entity="person", key="colour", label="Colour", field_type="text")
        s.add_all([shared, only_merged, own, hobby, size, colour])
        s.flush()
        s.execute(person_tags.insert(), [{"person_id": survivor, "tag_id": shared.id},
                                         {"person_id": survivor, "tag_id": own.id},
                                         {"person_id": merged, "tag_id": shared.id},
                                         {"person_id": merged, "tag_id": only_merged.id}])
        s.add_all([CustomFieldValue(definition_id=hobby.id, entity_id=survivor, value_text="chess"),
                   CustomFieldValue(definition_id=hobby.id, entity_id=merged, value_text="golf"),
                   CustomFieldValue(definition_id=size.id, entity_id=merged, value_number=Decimal(42)),
                   CustomFieldValue(definition_id=colour.id, entity_id=survivor, value_text="red"),
                   CustomFieldValue(definition_id=colour.id, entity_id=merged, value_text="blue")])
        search_index.reindex(s, person_ids=[survivor, merged])
        tag_ids = {"shared": shared.id, "only_merged": only_merged.id}
        hobby_id, size_id, colour_id = hobby.id, size.id, colour.id
        survivor_version = s.get_one(Person, survivor).version
    ids = {table: {linked[who][table] for who in linked} for table in linked["survivor"]}
    involved = {
        Person.__table__: ("id", {survivor, merged, bystander}),
        Deal.__table__: ("id", ids["deals"]), Task.__table__: ("id", ids["tasks"]),
        Activity.__table__: ("id", ids["activities"]), Document.__table__: ("id", ids["documents"]),
        Attachment.__table__: ("id", ids["attachments"]),
        ContactChannel.__table__: ("person_id", {survivor, merged, bystander}),
        person_tags: ("person_id", {survivor, merged}),
        CustomFieldValue.__table__: ("entity_id", {survivor, merged}),
    }
    before = snapshot(db, involved)  # type: ignore[arg-type]

    preview = svc.merge_preview("person", [survivor, merged])
    assert preview["city"] == ["London", "Leeds"]
    assert preview[f"custom:{hobby_id}"] == ["chess", "golf"]
    assert preview[f"custom:{size_id}"] == [None, Decimal(42)]

    merge_id = svc.merge("person", survivor, [merged], {"city": "Leeds", "birthday": date(1990, 1, 5),
                                                        f"custom:{hobby_id}": "golf"})

    with db.session(write=False) as s:
        anna = s.get_one(Person, survivor)
        gone = s.get_one(Person, merged)
        assert (anna.city, anna.birthday, anna.birthday_md) == ("Leeds", date(1990, 1, 5), "0105")
        assert anna.last_activity_at == datetime(2025, 2, 1)
        assert anna.version == survivor_version + 1
        assert (gone.deleted_at, gone.merged_into_id) == (T0, survivor)
        for model, table in ((Deal, "deals"), (Task, "tasks"), (Document, "documents"),
                             (Attachment, "attachments")):
            assert set(s.scalars(select(model.person_id).where(model.id.in_(ids[table])))) == {survivor, bystander}
        channels = s.execute(select(ContactChannel.kind, ContactChannel.normalized, ContactChannel.is_primary)
                             .where(ContactChannel.person_id == survivor).order_by(ContactChannel.position)).all()
        assert channels == [("phone", "442079460001", True), ("phone", "442079460777", False),
                            ("email", "anna@smit.example", True)]
        assert not s.scalars(select(ContactChannel.id).where(ContactChannel.person_id == merged)).all()
        assert set(s.scalars(select(person_tags.c.tag_id).where(person_tags.c.person_id == survivor))) == \
            {tag_ids["shared"], tag_ids["only_merged"], own.id}
        custom = {(v.definition_id, v.value_text, v.value_number) for v in s.scalars(
            select(CustomFieldValue).where(CustomFieldValue.entity_id.in_([survivor, merged])))}
        assert custom == {(hobby_id, "golf", None), (size_id, None, Decimal(42)), (colour_id, "red", None)}
        activity = s.scalars(select(Activity).where(Activity.kind == "merge")).one()
        assert (activity.person_id, activity.subject, activity.data["merge_id"]) == (survivor, "Merged: Anna Smit",
                                                                                      merge_id)
        assert s.scalars(select(ChangeLog.entity_id).where(ChangeLog.action == "merge")).all() == [merged, survivor]
        record = s.get_one(MergeRecord, merge_id)
        assert (record.entity, record.survivor_id, record.merged_ids, record.undone_at) == (
            "person", survivor, [merged], None)
    with db.engine.connect() as conn:
        assert [i for _, i in search_index.search_ids(conn, "anna@smit.example", "person", 10)] == [survivor]
        assert [i for _, i in search_index.search_ids(conn, "Anna", "person", 10)] == [survivor]

    svc.undo_merge(merge_id)

    assert snapshot(db, involved) == before  # type: ignore[arg-type]
    with db.session(write=False) as s:
        activity = s.scalars(select(Activity).where(Activity.kind == "merge")).one()
        assert activity.deleted_at == T0
        assert s.get_one(MergeRecord, merge_id).undone_at == T0
        assert s.get_one(Person, survivor).version == survivor_version + 2
    with db.engine.connect() as conn:
        assert {i for _, i in search_index.search_ids(conn, "Anna", "person", 10)} == {survivor, merged}
    with pytest.raises(ConflictError):
        svc.undo_merge(merge_id)


def test_merge_of_companies_moves_their_people_and_undo_puts_them_back(db: Database,
                                                                       svc: DuplicateService) -> None:
    survivor = add_company(db, "Romashka LLC", tax_id="123-456-78-90")
    merged = add_company(db, "OOO Romashka", tax_id="1234567890", phones=("+7 495 111 22 33",))
    boss = add_person(db, "Ivan", "Petrov", company_id=survivor)
    accountant = add_person(db, "Olga", "Sidorova", company_id=merged, company_role="chief accountant")
    lawyer = add_person(db, "Pavel", "Orlov", company_id=merged)
    deal_ids = {add_linked(db, "company_id", survivor, "s")["deals"],
                add_linked(db, "company_id", merged, "m")["deals"]}
    with db.session() as s:
        tag = Tag(name="supplier")
        s.add(tag)
        s.flush()
        s.execute(company_tags.insert(), [{"company_id": merged, "tag_id": tag.id}])
    involved = {
        Company.__table__: ("id", {survivor, merged}),
        Person.__table__: ("id", {boss, accountant, lawyer}),
        Deal.__table__: ("id", deal_ids),
        ContactChannel.__table__: ("company_id", {survivor, merged}),
        company_tags: ("company_id", {survivor, merged}),
    }
    before = snapshot(db, involved)  # type: ignore[arg-type]

    merge_id = svc.merge("company", survivor, [merged], {"tax_id": "1234567890"})

    with db.session(write=False) as s:
        assert set(s.scalars(select(Person.company_id).where(Person.id.in_([boss, accountant, lawyer])))) == {survivor}
        assert set(s.scalars(select(Deal.company_id).where(Deal.id.in_(deal_ids)))) == {survivor}
        assert s.get_one(Company, survivor).tax_id == "1234567890"
        assert s.get_one(Company, merged).merged_into_id == survivor
        assert s.scalars(select(ContactChannel.company_id).where(ContactChannel.normalized == "74951112233")).all() \
            == [survivor]
        assert s.scalars(select(company_tags.c.company_id)).all() == [survivor]
    assert [c.id for c in svc.check("company", tax_id="123 456 78 90")] == [survivor]   # the merged one is gone

    svc.undo_merge(merge_id)

    assert snapshot(db, involved) == before  # type: ignore[arg-type]
    with pytest.raises(ConflictError):
        svc.undo_merge(merge_id)


def test_merge_refuses_bad_requests(db: Database, svc: DuplicateService) -> None:
    a = add_person(db, "Anna", "Smith")
    b = add_person(db, "Anna", "Smit")
    trashed = add_person(db, "Anna", "Smyth", deleted=True)
    with pytest.raises(ValidationError):
        svc.merge("person", a, [], {})
    with pytest.raises(ValidationError):
        svc.merge("person", a, [a], {})
    with pytest.raises(ValidationError):
        svc.merge("person", a, [trashed], {})
    with pytest.raises(ValidationError):
        svc.merge("person", a, [b], {"uuid": "x"})
    with pytest.raises(ValidationError):
        svc.merge("person", a, [b], {"birthday": "not a date"})
    with pytest.raises(ValidationError):
        svc.merge("person", a, [b], {"custom:999999": "x"})
    with pytest.raises(ValidationError):
        svc.merge("animal", a, [b], {})
    with db.session(write=False) as s:
        assert s.get_one(Person, b).deleted_at is None
        assert s.scalar(select(MergeRecord.id)) is None


def test_undo_waits_for_a_later_merge_of_the_same_records(db: Database, svc: DuplicateService) -> None:
    a = add_person(db, "Anna", "Smith")
    b = add_person(db, "Anna", "Smit")
    c = add_person(db, "Anna", "Smyth")
    first = svc.merge("person", a, [b], {})
    second = svc.merge("person", a, [c], {"last_name": "Smyth"})
    with pytest.raises(ConflictError):
        svc.undo_merge(first)
    svc.undo_merge(second)
    svc.undo_merge(first)
    with db.session(write=False) as s:
        assert [(p.last_name, p.deleted_at) for p in s.scalars(select(Person).order_by(Person.id))] == [
            ("Smith", None), ("Smit", None), ("Smyth", None)]


def test_undo_keeps_a_field_edited_after_the_merge(db: Database, svc: DuplicateService) -> None:
    a = add_person(db, "Anna", "Smith", city="London", position="Buyer")
    b = add_person(db, "Anna", "Smit", city="Leeds", position="Head buyer")
    merge_id = svc.merge("person", a, [b], {"city": "Leeds", "position": "Head buyer"})
    with db.session() as s:
        s.get_one(Person, a).city = "York"
    svc.undo_merge(merge_id)
    with db.session(write=False) as s:
        anna = s.get_one(Person, a)
        assert (anna.city, anna.position) == ("York", "Buyer")
