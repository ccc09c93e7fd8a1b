"""Offline copies: copy-out and bring-back on real files, edits made through the real services on both sides."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from crm_desktop.db.database import Actor, Database, open_database
from crm_desktop.errors import CrmError, PermissionDeniedError, ValidationError
from crm_desktop.models import (
    Activity,
    ChangeLog,
    Company,
    Deal,
    DealStageHistory,
    OfflineBase,
    OfflineCopy,
    Person,
    Tag,
    Task,
    User,
)
from crm_desktop.services import defaults, offline
from crm_desktop.services.contacts import ChannelInput, CompanyInput, ContactService, PersonInput
from crm_desktop.services.custom_fields import CustomFieldService
from crm_desktop.services.pipeline import DealInput, PipelineService
from crm_desktop.services.tasks import TaskInput, TaskService

# Copies are SQLite files, taken from an SQLite file (a server is shared by every computer instead).
pytestmark = pytest.mark.sqlite_only(reason="offline copies are taken from and written to SQLite files")


# ---- helpers -------------------------------------------------------------------------------------------------------

def add_user(db: Database, login: str, name: str) -> int:
    with db.session() as s:
        user = User(login=login, full_name=name, role="manager")
        s.add(user)
        s.flush()
        return user.id


def add_person(db: Database, first: str, last: str, **extra: object) -> int:
    return ContactService(db).create_person(PersonInput(first_name=first, last_name=last, **extra)).id  # type: ignore[arg-type]


def edit_person(db: Database, person_id: int, **changes: object) -> None:
    service = ContactService(db)
    detail = service.get_person(person_id)
    service.update_person(person_id, replace(detail.input, custom=None, **changes), detail.version)  # type: ignore[arg-type]


def person(db: Database, person_id: int) -> PersonInput:
    return ContactService(db).get_person(person_id).input


def person_by_uuid(db: Database, uuid: str) -> dict[str, object] | None:
    with db.session(write=False) as s:
        row = s.execute(select(Person.__table__).where(Person.uuid == uuid)).mappings().first()
        return dict(row) if row is not None else None


def uuid_of(db: Database, model: type, record_id: int) -> str:
    with db.session(write=False) as s:
        return str(s.scalar(select(model.uuid).where(model.id == record_id)))  # type: ignore[attr-defined]


def first_stages(db: Database) -> tuple[int, list[int]]:
    service = PipelineService(db)
    pipeline_id = service.default_pipeline_id()
    board = service.board(pipeline_id)
    return pipeline_id, [column.stage.id for column in board.columns]


def dump(path: Path) -> list[str]:
    """Every row of the file as SQL text, so "nothing changed" is a comparison of two lists."""
    conn = sqlite3.connect(path)
    try:
        return [line for line in conn.iterdump() if "change_counter" not in line]
    finally:
        conn.close()


@pytest.fixture
def user_id(db: Database) -> int:
    return defaults.current_user_id(db)


@pytest.fixture
def take(db: Database, tmp_path: Path, user_id: int) -> Callable[..., Path]:
    def take_copy(owners: list[int] | None = None, name: str = "laptop.crm") -> Path:
        target = tmp_path / name
        offline.copy_out(db, target, owners, user_id=user_id)
        return target
    return take_copy


@pytest.fixture
def laptop(take: Callable[..., Path]) -> Iterator[tuple[Path, Database]]:
    """A full offline copy, opened as the rep's laptop opens it."""
    path = take()
    copy_db = open_database(path)
    yield path, copy_db
    copy_db.close()


# ---- copy-out ----------------------------------------------------------------------------------------------------

def test_copy_out_writes_a_marked_copy_with_its_base(db: Database, tmp_path: Path, user_id: int) -> None:
    pid = add_person(db, "Anna", "Berg", channels=(ChannelInput("email", "anna@example.com"),))
    result = offline.copy_out(db, tmp_path / "copy.crm", user_id=user_id)

    assert result.path.is_file()
    assert result.counts["person"] == 1
    assert not (tmp_path / "copy.crm.part").exists()
    copy_db = open_database(result.path)
    try:
        with copy_db.session(write=False) as s:
            row = s.scalar(select(OfflineCopy))
            assert row is not None
            assert (row.role, row.copy_uuid) == ("copy", result.copy_uuid)
            base = s.get(OfflineBase, ("persons", uuid_of(db, Person, pid)))
            assert base is not None
            assert base.data["first_name"] == "Anna"
            assert base.data["channels"][0][2] == "anna@example.com"
        # The copy works as a database of its own, with an identity of its own.
        assert offline.database_uuid(copy_db) != offline.database_uuid(db)
        assert ContactService(copy_db).get_person(pid).input.last_name == "Berg"
    finally:
        copy_db.close()
    with db.session(write=False) as s:
        office_row = s.scalar(select(OfflineCopy))
        assert office_row is not None
        assert (office_row.role, office_row.brought_back_at) == ("office", None)
    assert [c.copy_uuid for c in offline.taken_copies(db)] == [result.copy_uuid]


def test_copy_out_of_owners_keeps_their_records_and_what_they_refer_to(db: Database, tmp_path: Path) -> None:
    rep, other = add_user(db, "rep", "Rita Rep"), add_user(db, "other", "Otto Other")
    contacts = ContactService(db)
    theirs = contacts.create_company(CompanyInput(name="Zebra Secret Holdings", owner_id=other)).id
    client = add_person(db, "Carl", "Client", owner_id=other, company_id=theirs)
    add_person(db, "Hidden", "Stranger", owner_id=other)
    mine = add_person(db, "Mia", "Mine", owner_id=rep)
    pipeline_id, stages = first_stages(db)
    PipelineService(db).create_deal(DealInput("Big deal", pipeline_id, stages[0], company_id=theirs,
                                              person_id=client, owner_id=rep))

    result = offline.copy_out(db, tmp_path / "rep.crm", [rep])

    assert result.owners == ("Rita Rep",)
    assert result.counts == {"company": 1, "person": 2, "deal": 1, "task": 0, "activity": 0}
    copy_db = open_database(result.path)
    try:
        with copy_db.session(write=False) as s:
            names = set(s.scalars(select(Person.last_name)))
        assert names == {"Client", "Mine"}
        assert ContactService(copy_db).get_person(mine).input.first_name == "Mia"
    finally:
        copy_db.close()
    # Pruned records are gone from the file itself, not only from its tables.
    assert b"Stranger" not in result.path.read_bytes()


def test_copy_out_refuses_an_existing_file_and_a_read_only_user(db: Database, tmp_path: Path) -> None:
    target = tmp_path / "there.crm"
    target.write_bytes(b"keep me")
    with pytest.raises(ValidationError, match="exists already"):
        offline.copy_out(db, target)
    assert target.read_bytes() == b"keep me"
    reader = add_user(db, "reader", "Rea Der")
    db.actor = Actor(reader, "reader", "read_only")
    with pytest.raises(PermissionDeniedError, match="Not allowed"):
        offline.copy_out(db, tmp_path / "new.crm")
    assert not (tmp_path / "new.crm").exists()


# ---- bring-back: the merge rules -------------------------------------------------------------------------------

def test_a_person_new_in_the_copy_is_added_with_its_lists(db: Database, laptop: tuple[Path, Database]) -> None:
    path, copy_db = laptop
    tag = ContactService(copy_db).save_tag(None, "Met at fair", "#ff0000")
    field = CustomFieldService(copy_db).create_definition("person", "Shoe size", "number")
    new = ContactService(copy_db).create_person(PersonInput(
        first_name="Nina", last_name="New", channels=(ChannelInput("phone", "+31 20 123 4567"),),
        tag_ids=(tag,), custom={field.id: Decimal("42")})).id
    office_person = add_person(db, "Otto", "Office")   # takes the id the copy gave Nina
    assert office_person == new

    result = offline.bring_back(db, path)

    assert result.status == "done"
    assert result.total("added") == 1
    nina = person_by_uuid(db, uuid_of(copy_db, Person, new))
    assert nina is not None
    assert nina["id"] != new
    detail = ContactService(db).get_person(int(nina["id"]))  # type: ignore[call-overload]
    assert [c.value for c in detail.channels] == ["+31 20 123 4567"]
    assert [t[1] for t in detail.tags] == ["Met at fair"]
    office_field = next(d for d in CustomFieldService(db).list_definitions("person") if d.label == "Shoe size")
    assert CustomFieldService(db).values("person", detail.id)[office_field.id] == Decimal("42")
    assert person(db, office_person).first_name == "Otto"
    # Found by search in the office, as any person saved there.
    from crm_desktop.services.search import SearchService
    assert [h.name for h in SearchService(db).search("Nina")] == ["Nina New"]


def test_one_sided_changes_are_applied_and_versions_move_on(db: Database, laptop: tuple[Path, Database]) -> None:
    path, copy_db = laptop   # taken before the people exist: create them first in a new copy
    a, b = add_person(db, "Ada", "A", city="Rome"), add_person(db, "Bob", "B", city="Oslo")
    path = path.with_name("second.crm")
    offline.copy_out(db, path)
    second = open_database(path)
    try:
        edit_person(second, a, city="Paris")          # copy only
    finally:
        second.close()
    edit_person(db, b, city="Bergen")                 # office only
    version_before = ContactService(db).get_person(a).version

    result = offline.bring_back(db, path)

    assert (result.status, result.total("updated"), result.conflicts) == ("done", 1, ())
    assert person(db, a).city == "Paris"
    assert person(db, b).city == "Bergen"
    assert ContactService(db).get_person(a).version > version_before


def test_different_fields_changed_on_both_sides_are_merged(db: Database, tmp_path: Path) -> None:
    pid = add_person(db, "Ada", "Lovelace", city="London", position="Analyst")
    path = tmp_path / "c.crm"
    offline.copy_out(db, path)
    copy_db = open_database(path)
    try:
        edit_person(copy_db, pid, city="Paris")
    finally:
        copy_db.close()
    edit_person(db, pid, position="Countess")

    result = offline.bring_back(db, path)

    assert (result.status, result.total("merged"), result.conflicts) == ("done", 1, ())
    assert (person(db, pid).city, person(db, pid).position) == ("Paris", "Countess")


def test_the_same_field_changed_differently_is_a_conflict_and_nothing_is_written_until_chosen(
        db: Database, db_path: Path, tmp_path: Path) -> None:
    pid = add_person(db, "Ada", "Lovelace", city="London")
    same = add_person(db, "Sam", "Same", city="York")
    path = tmp_path / "c.crm"
    offline.copy_out(db, path)
    copy_db = open_database(path)
    try:
        edit_person(copy_db, pid, city="Paris")
        edit_person(copy_db, same, city="Leeds")
    finally:
        copy_db.close()
    edit_person(db, pid, city="Berlin")
    edit_person(db, same, city="Leeds")     # the same new value on both sides: no conflict
    before = dump(db_path)

    undecided = offline.bring_back(db, path)

    assert undecided.status == "needs_choices"
    assert dump(db_path) == before
    [conflict] = undecided.conflicts
    assert (conflict.kind, conflict.field, conflict.record) == ("person", "city", "Ada Lovelace")
    assert (conflict.base, conflict.office, conflict.copy) == ("London", "Berlin", "Paris")
    assert "need a choice" in undecided.message

    done = offline.bring_back(db, path, {conflict.key: "copy"})

    assert done.status == "done"
    assert person(db, pid).city == "Paris"
    assert person(db, same).city == "Leeds"
    with db.session(write=False) as s:
        row = s.scalar(select(OfflineCopy))
        assert row is not None
        assert row.result is not None
        stored = row.result["conflicts"]
    assert stored == [{"key": conflict.key, "kind": "person", "uuid": conflict.uuid, "record": "Ada Lovelace",
                       "field": "city", "base": "London", "office": "Berlin", "copy": "Paris", "chosen": "copy"}]


def test_prefer_office_keeps_the_office_values(db: Database, tmp_path: Path) -> None:
    pid = add_person(db, "Ada", "Lovelace", city="London", tag_ids=())
    path = tmp_path / "c.crm"
    offline.copy_out(db, path)
    copy_db = open_database(path)
    try:
        edit_person(copy_db, pid, city="Paris", notes="seen in Paris")
    finally:
        copy_db.close()
    edit_person(db, pid, city="Berlin")

    result = offline.bring_back(db, path, prefer="office")

    assert [c.chosen for c in result.conflicts] == ["office"]
    assert person(db, pid).city == "Berlin"
    assert person(db, pid).notes == "seen in Paris"


def test_trash_in_the_copy_against_an_edit_in_the_office_is_a_conflict(db: Database, tmp_path: Path) -> None:
    pid = add_person(db, "Del", "Eted", city="Rome")
    path = tmp_path / "c.crm"
    offline.copy_out(db, path)
    copy_db = open_database(path)
    try:
        ContactService(copy_db).delete("person", [pid])
    finally:
        copy_db.close()
    edit_person(db, pid, city="Milan")

    result = offline.bring_back(db, path, dry_run=True)
    [conflict] = result.conflicts
    assert (conflict.field, conflict.office, conflict.copy) == ("deleted", "edited", "in the Trash")

    offline.bring_back(db, path, {conflict.key: "copy"})

    detail = ContactService(db).get_person(pid)
    assert detail.deleted_at is not None
    assert detail.input.city == "Milan"     # in the Trash with the office's edit: nothing lost


def test_trash_in_the_office_against_an_edit_in_the_copy_keeps_the_edit(db: Database, tmp_path: Path) -> None:
    pid = add_person(db, "Del", "Eted", city="Rome")
    path = tmp_path / "c.crm"
    offline.copy_out(db, path)
    copy_db = open_database(path)
    try:
        edit_person(copy_db, pid, city="Naples")
    finally:
        copy_db.close()
    ContactService(db).delete("person", [pid])

    result = offline.bring_back(db, path, prefer="office")

    assert [(c.field, c.office, c.copy) for c in result.conflicts] == [("deleted", "in the Trash", "edited")]
    detail = ContactService(db).get_person(pid)
    assert detail.deleted_at is not None
    assert detail.input.city == "Naples"


def test_a_record_purged_in_the_office_but_edited_in_the_copy_can_come_back(db: Database, tmp_path: Path) -> None:
    pid = add_person(db, "Pur", "Ged", city="Rome")
    uuid = uuid_of(db, Person, pid)
    path = tmp_path / "c.crm"
    offline.copy_out(db, path)
    copy_db = open_database(path)
    try:
        edit_person(copy_db, pid, city="Turin")
    finally:
        copy_db.close()
    ContactService(db).delete("person", [pid])
    ContactService(db).purge("person", [pid])

    result = offline.bring_back(db, path, dry_run=True)
    [conflict] = result.conflicts
    assert (conflict.field, conflict.office, conflict.copy) == ("deleted", "deleted for good", "edited")
    offline.bring_back(db, path, {conflict.key: "copy"})

    back = person_by_uuid(db, uuid)
    assert back is not None
    assert (back["city"], back["deleted_at"]) == ("Turin", None)


def test_a_record_purged_in_the_copy_goes_to_the_office_trash(db: Database, tmp_path: Path) -> None:
    pid = add_person(db, "Pur", "Ged")
    path = tmp_path / "c.crm"
    offline.copy_out(db, path)
    copy_db = open_database(path)
    try:
        ContactService(copy_db).delete("person", [pid])
        ContactService(copy_db).purge("person", [pid])
    finally:
        copy_db.close()

    result = offline.bring_back(db, path)

    assert result.total("deleted") == 1
    assert ContactService(db).get_person(pid).deleted_at is not None


def test_deals_moves_activities_and_history_come_back(db: Database, tmp_path: Path, user_id: int) -> None:
    pipeline_id, stages = first_stages(db)
    company = ContactService(db).create_company(CompanyInput(name="Acme")).id
    deal = PipelineService(db).create_deal(DealInput("Roof", pipeline_id, stages[0], company_id=company,
                                                     amount=Decimal("1200.50")))
    path = tmp_path / "c.crm"
    offline.copy_out(db, path)
    copy_db = open_database(path)
    try:
        PipelineService(copy_db, user_id=user_id).move_deal(deal, stages[2])
        ContactService(copy_db, user_id=user_id).log_activity("company", company, "call", "Called about the roof")
        task = TaskService(copy_db, user_id=user_id).create(TaskInput(
            title="Send the offer", deal_id=deal, due_at=datetime(2030, 1, 2, 9, 0))).id
        TaskService(copy_db, user_id=user_id).create(TaskInput(title="Check the price", parent_id=task))
    finally:
        copy_db.close()
    with db.session(write=False) as s:
        history_before = s.scalar(select(func.count()).select_from(DealStageHistory))
        log_before = s.scalar(select(func.count()).select_from(ChangeLog))

    result = offline.bring_back(db, path)

    assert result.status == "done"
    detail = PipelineService(db).get_deal(deal)
    assert detail.input.stage_id == stages[2]
    assert detail.input.amount == Decimal("1200.50")
    with db.session(write=False) as s:
        assert s.scalar(select(Activity.subject).where(Activity.company_id == company,
                                                       Activity.kind == "call")) == "Called about the roof"
        tasks = {t.title: t for t in s.scalars(select(Task))}
        assert tasks["Send the offer"].deal_id == deal
        assert tasks["Check the price"].parent_id == tasks["Send the offer"].id
        stays = list(s.scalars(select(DealStageHistory).where(DealStageHistory.deal_id == deal)
                               .order_by(DealStageHistory.entered_at)))
        assert [h.stage_id for h in stays][-1] == stages[2]
        assert [h.left_at is None for h in stays].count(True) == 1
        assert (s.scalar(select(func.count()).select_from(DealStageHistory)) or 0) > (history_before or 0)
        assert (s.scalar(select(func.count()).select_from(ChangeLog)) or 0) > (log_before or 0)
        company_row = s.get(Company, company)
        assert company_row is not None
        assert company_row.last_activity_at is not None
    assert result.history_added > 0


def test_a_stage_moved_on_both_sides_is_one_conflict(db: Database, tmp_path: Path) -> None:
    pipeline_id, stages = first_stages(db)
    deal = PipelineService(db).create_deal(DealInput("Roof", pipeline_id, stages[0]))
    path = tmp_path / "c.crm"
    offline.copy_out(db, path)
    copy_db = open_database(path)
    try:
        PipelineService(copy_db).move_deal(deal, stages[2])
    finally:
        copy_db.close()
    PipelineService(db).move_deal(deal, stages[1])
    names = {c.stage.id: c.stage.name for c in PipelineService(db).board(pipeline_id).columns}

    result = offline.bring_back(db, path, dry_run=True)

    [conflict] = result.conflicts
    assert conflict.field == "stage"
    assert conflict.office.endswith(names[stages[1]])
    assert conflict.copy.endswith(names[stages[2]])
    offline.bring_back(db, path, {conflict.key: "copy"})
    assert PipelineService(db).get_deal(deal).input.stage_id == stages[2]


def test_a_tag_made_on_both_sides_with_one_name_is_one_tag(db: Database, tmp_path: Path) -> None:
    pid = add_person(db, "Tia", "Tag")
    path = tmp_path / "c.crm"
    offline.copy_out(db, path)
    copy_db = open_database(path)
    try:
        tag = ContactService(copy_db).save_tag(None, "VIP", "#00ff00")
        ContactService(copy_db).add_tags("person", [pid], [tag])
    finally:
        copy_db.close()
    office_tag = ContactService(db).save_tag(None, "VIP", "#0000ff")

    offline.bring_back(db, path)

    assert [t[0] for t in ContactService(db).get_person(pid).tags] == [office_tag]
    with db.session(write=False) as s:
        assert s.scalar(select(func.count()).select_from(Tag)) == 1


# ---- bring-back: refusals and idempotence --------------------------------------------------------------------

def test_a_second_bring_back_changes_nothing(db: Database, db_path: Path, tmp_path: Path) -> None:
    pid = add_person(db, "Ada", "A")
    path = tmp_path / "c.crm"
    offline.copy_out(db, path)
    copy_db = open_database(path)
    try:
        edit_person(copy_db, pid, city="Paris")
        add_person(copy_db, "New", "One")
    finally:
        copy_db.close()
    first = offline.bring_back(db, path)
    assert first.status == "done"
    before = dump(db_path)

    second = offline.bring_back(db, path)

    assert second.status == "already"
    assert "already brought back" in second.message
    assert dump(db_path) == before


def test_refusals_leave_the_office_file_unchanged(db: Database, db_path: Path, tmp_path: Path,
                                                  sha256: Callable[[Path], str]) -> None:
    path = tmp_path / "c.crm"
    offline.copy_out(db, path)
    before = dump(db_path)
    # Not a copy: a database of its own.
    other = open_database(tmp_path / "other.crm")
    other.close()
    with pytest.raises(ValidationError, match="not an offline copy"):
        offline.bring_back(db, tmp_path / "other.crm")
    # Not a database at all.
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(Exception, match="not a crm-desktop database"):
        offline.bring_back(db, tmp_path / "notes.txt")
    # Taken from another database: one that gave copies of its own, and one that never gave any.
    stranger = open_database(tmp_path / "stranger.crm")
    defaults.ensure_defaults(stranger)
    try:
        with pytest.raises(ValidationError, match="no offline copy was ever taken from it"):
            offline.bring_back(stranger, path)
        offline.copy_out(stranger, tmp_path / "stranger-copy.crm")
        with pytest.raises(ValidationError, match="taken from another database"):
            offline.bring_back(stranger, path)
    finally:
        stranger.close()
    # Written by a newer crm-desktop.
    newer = tmp_path / "newer.crm"
    newer.write_bytes(path.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    digest = sha256(newer)
    with pytest.raises(ValidationError, match="newer version of crm-desktop"):
        offline.bring_back(db, newer)
    assert sha256(newer) == digest
    assert dump(db_path) == before


def test_a_read_only_user_cannot_bring_back(db: Database, db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "c.crm"
    offline.copy_out(db, path)
    before = dump(db_path)
    reader = add_user(db, "reader", "Rea Der")
    before = dump(db_path)
    db.actor = Actor(reader, "reader", "read_only")
    with pytest.raises(PermissionDeniedError):
        offline.bring_back(db, path)
    assert dump(db_path) == before


def test_a_copy_of_an_older_schema_is_migrated_on_a_snapshot(
        db: Database, db_path: Path, tmp_path: Path, next_release: Callable[[str], str],
        sha256: Callable[[Path], str]) -> None:
    pid = add_person(db, "Ada", "A")
    path = tmp_path / "c.crm"
    offline.copy_out(db, path)
    copy_db = open_database(path)
    try:
        edit_person(copy_db, pid, city="Paris")
    finally:
        copy_db.close()
    db.close()
    head = next_release('op.create_table("release_notes", sa.Column("id", sa.Integer(), primary_key=True))')
    office = open_database(db_path)
    digest = sha256(path)
    try:
        result = offline.bring_back(office, path)
        assert result.status == "done"
        assert person(office, pid).city == "Paris"
    finally:
        office.close()
    assert sha256(path) == digest     # the laptop's file was only read
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head
    conn.close()


def test_dry_run_counts_and_writes_nothing(db: Database, db_path: Path, tmp_path: Path) -> None:
    add_person(db, "Ada", "A")
    path = tmp_path / "c.crm"
    offline.copy_out(db, path)
    copy_db = open_database(path)
    try:
        add_person(copy_db, "New", "One")
        add_person(copy_db, "New", "Two")
    finally:
        copy_db.close()
    before = dump(db_path)

    result = offline.bring_back(db, path, dry_run=True)

    assert (result.status, result.total("added")) == ("dry_run", 2)
    assert dump(db_path) == before
    assert offline.bring_back(db, path).total("added") == 2


def test_describe_copy(db: Database, tmp_path: Path) -> None:
    rep = add_user(db, "rep", "Rita Rep")
    result = offline.copy_out(db, tmp_path / "c.crm", [rep])
    info = offline.describe_copy(result.path)
    assert (info.copy_uuid, info.owners) == (result.copy_uuid, ("Rita Rep",))
    assert info.source_file == str(db.path)
    assert offline.copy_mark(db) is None
    assert info.made_at > datetime.now() - timedelta(days=2)


def test_a_user_of_own_records_carries_and_brings_back_only_their_own(db: Database, tmp_path: Path) -> None:
    rep, other = add_user(db, "rep", "Rita Rep"), add_user(db, "other", "Otto Other")
    with db.session() as s:
        user = s.get(User, rep)
        assert user is not None
        user.own_records_only = True
    contacts = ContactService(db)
    theirs = contacts.create_company(CompanyInput(name="Their Co", owner_id=other, city="Oslo")).id
    mine = add_person(db, "Mia", "Mine", owner_id=rep, company_id=theirs)
    add_person(db, "Otto", "Stranger", owner_id=other)
    db.actor = Actor(rep, "rep", "manager", own_records_only=True)
    path = tmp_path / "c.crm"

    result = offline.copy_out(db, path)   # no owners asked: still only the rep's

    assert result.counts["person"] == 1
    assert result.counts["company"] == 1   # the company Mia works for, to be read
    copy_db = open_database(path)
    try:
        edit_person(copy_db, mine, city="Paris")
        company = ContactService(copy_db).get_company(theirs)
        ContactService(copy_db).update_company(theirs, replace(company.input, city="Bergen", custom=None),
                                               company.version)
    finally:
        copy_db.close()

    back = offline.bring_back(db, path)

    db.actor = None
    assert person(db, mine).city == "Paris"
    assert ContactService(db).get_company(theirs).input.city == "Oslo"
    assert any("other users" in note for note in back.notes)


def test_a_new_pipeline_of_the_copy_does_not_become_the_office_default(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "c.crm"
    offline.copy_out(db, path)
    copy_db = open_database(path)
    try:
        pipeline = PipelineService(copy_db).create_pipeline("Field sales")
        stage = PipelineService(copy_db).add_stage(pipeline.id, "Visit")
        PipelineService(copy_db).create_deal(DealInput("Field deal", pipeline.id, stage.id))
        with copy_db.session() as s:
            s.add(User(login="newbie", full_name="New Bie"))
    finally:
        copy_db.close()
    default_before = PipelineService(db).default_pipeline_id()

    result = offline.bring_back(db, path)

    assert result.lists_added >= 2
    assert PipelineService(db).default_pipeline_id() == default_before
    names = [p.name for p in PipelineService(db).list_pipelines()]
    assert "Field sales" in names
    with db.session(write=False) as s:
        deal = s.scalar(select(Deal).where(Deal.title == "Field deal"))
        assert deal is not None
        assert s.scalar(select(func.count()).select_from(User).where(User.login == "newbie")) == 0
    assert any("newbie" in note for note in result.notes)


def test_a_save_in_the_office_during_the_bring_back_is_seen(db: Database, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    ada, bob = add_person(db, "Ada", "A", city="London"), add_person(db, "Bob", "B", city="York")
    path = tmp_path / "c.crm"
    offline.copy_out(db, path)
    copy_db = open_database(path)
    try:
        edit_person(copy_db, ada, city="Paris")
        edit_person(copy_db, bob, city="Leeds")
    finally:
        copy_db.close()
    edit_person(db, ada, city="Berlin")
    first = offline.bring_back(db, path, dry_run=True)
    choices = {c.key: "copy" for c in first.conflicts}
    real_look = offline._look
    calls: list[int] = []

    def look_then_someone_saves(*args: object, **kwargs: object) -> object:
        found = real_look(*args, **kwargs)  # type: ignore[arg-type]
        if not calls:
            edit_person(db, bob, city="Hull")   # another user, after the look, before the write
        calls.append(1)
        return found

    monkeypatch.setattr(offline, "_look", look_then_someone_saves)

    result = offline.bring_back(db, path, choices)

    assert result.status == "needs_choices"
    assert [(c.record, c.office, c.copy) for c in result.unresolved] == [("Bob B", "Hull", "Leeds")]
    assert person(db, ada).city == "Berlin"      # nothing written
    monkeypatch.setattr(offline, "_look", real_look)
    done = offline.bring_back(db, path, {c.key: "copy" for c in result.conflicts})
    assert done.status == "done"
    assert (person(db, ada).city, person(db, bob).city) == ("Paris", "Leeds")


def _round_trip_through(office: Database, tmp_path: Path) -> None:
    """Copy out of `office`, edit and add in the copy and in the office, bring back, check the merge."""
    contacts = ContactService(office)
    ada = contacts.create_person(PersonInput(first_name="Ada", last_name="Lovelace", city="London",
                                             channels=(ChannelInput("email", "ada@example.com"),))).id
    company = contacts.create_company(CompanyInput(name="Acme")).id
    path = tmp_path / "from-url.crm"
    result = offline.copy_out(office, path)
    assert result.counts["person"] == 1
    laptop = open_database(path)
    try:
        ada_copy = person(laptop, ada)
        assert ada_copy.first_name == "Ada"
        edit_person(laptop, ada, city="Paris")
        nina = add_person(laptop, "Nina", "New", company_id=company)
        nina_uuid = uuid_of(laptop, Person, nina)
    finally:
        laptop.close()
    edit_person(office, ada, position="Countess")

    back = offline.bring_back(office, path)

    assert back.status == "done"
    assert (person(office, ada).city, person(office, ada).position) == ("Paris", "Countess")
    added = person_by_uuid(office, nina_uuid)
    assert added is not None
    assert added["company_id"] == company
    assert offline.bring_back(office, path).status == "already"


def test_a_database_opened_by_url_is_copied_row_by_row(db: Database, db_path: Path, tmp_path: Path) -> None:
    db.close()
    office = open_database(f"sqlite:///{db_path}")
    try:
        _round_trip_through(office, tmp_path)
    finally:
        office.close()


@pytest.mark.postgresql
def test_offline_copy_of_a_postgresql_database(pg_server: Any, tmp_path: Path) -> None:
    url = pg_server.create_database()
    office = open_database(url)
    try:
        defaults.ensure_defaults(office)
        _round_trip_through(office, tmp_path)
    finally:
        office.close()
        pg_server.drop_database(url)


def test_a_deal_moved_to_the_same_stage_on_both_sides_is_no_conflict(db: Database, tmp_path: Path) -> None:
    pipeline_id, stages = first_stages(db)
    deal = PipelineService(db).create_deal(DealInput("Roof", pipeline_id, stages[0]))
    path = tmp_path / "c.crm"
    offline.copy_out(db, path)
    copy_db = open_database(path)
    try:
        PipelineService(copy_db).move_deal(deal, stages[1])
    finally:
        copy_db.close()
    PipelineService(db).move_deal(deal, stages[1])    # a moment later: another time of entering the stage

    result = offline.bring_back(db, path)

    assert (result.status, result.conflicts) == ("done", ())
    assert PipelineService(db).get_deal(deal).input.stage_id == stages[1]


def test_a_failure_half_way_leaves_the_office_file_as_it_was(db: Database, db_path: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    ada = add_person(db, "Ada", "A", city="London")
    path = tmp_path / "c.crm"
    offline.copy_out(db, path)
    copy_db = open_database(path)
    try:
        edit_person(copy_db, ada, city="Paris")
        add_person(copy_db, "New", "One")
    finally:
        copy_db.close()
    before = dump(db_path)

    def broken(*_args: object) -> int:
        raise OSError("the network share went away")

    monkeypatch.setattr(offline._Writer, "add_history", broken)   # after the records were written
    with pytest.raises(CrmError, match="went away") as failed:   # told as the office's share being lost
        offline.bring_back(db, path)
    assert str(db_path) in str(failed.value)

    assert dump(db_path) == before
    monkeypatch.undo()
    assert offline.bring_back(db, path).status == "done"        # and it can be brought back afterwards
    assert person(db, ada).city == "Paris"


def test_cancel_leaves_no_copy_and_changes_nothing(db: Database, db_path: Path, tmp_path: Path) -> None:
    from crm_desktop.errors import CancelledError
    from crm_desktop.services.progress import Progress

    ada = add_person(db, "Ada", "A", city="London")

    def cancelling_at(text: str) -> Progress:
        progress = Progress(lambda _done, _total, said: progress.cancel() if said == text else None)
        return progress

    with pytest.raises(CancelledError):
        offline.copy_out(db, tmp_path / "never.crm", progress=cancelling_at("Choosing the records"))
    assert list(tmp_path.glob("never.crm*")) == []
    assert offline.taken_copies(db) == []

    path = tmp_path / "c.crm"
    offline.copy_out(db, path)
    copy_db = open_database(path)
    try:
        edit_person(copy_db, ada, city="Paris")
    finally:
        copy_db.close()
    before = dump(db_path)
    with pytest.raises(CancelledError):
        offline.bring_back(db, path, progress=cancelling_at("Writing the changes"))
    assert dump(db_path) == before
    assert offline.bring_back(db, path).status == "done"
