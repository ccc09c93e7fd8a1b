"""The data model as the migrated database enforces it: tables, tracked columns, locking, keys and relationships."""

import re
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop.db import search_index
from crm_desktop.db.database import Database
from crm_desktop.models import (
    Base,
    ChannelKind,
    Company,
    ContactChannel,
    Deal,
    DealLine,
    DealStageHistory,
    Person,
    Pipeline,
    Stage,
    utcnow,
)
from crm_desktop.services import maintenance, records

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def _add_person(db: Database, **values: object) -> int:
    with db.session() as s:
        person = Person(first_name="Ada", last_name="Lovelace", **values)
        s.add(person)
        s.flush()
        return person.id


def _first_stage(db: Database) -> tuple[int, int]:
    with db.session(write=False) as s:
        stage = s.scalars(select(Stage).order_by(Stage.position)).first()
        assert stage is not None
        return stage.pipeline_id, stage.id


def test_every_table_of_the_model_exists_after_migration(db: Database) -> None:
    tables = set(inspect(db.engine).get_table_names())

    assert set(Base.metadata.tables) <= tables
    extra = tables - set(Base.metadata.tables)
    assert {t for t in extra if not search_index.is_search_table(t)} == {"alembic_version"}
    assert search_index.SEARCH_TABLE in extra


def test_a_tracked_row_gets_uuid_timestamps_and_version(db: Database) -> None:
    before = utcnow()
    person_id = _add_person(db)

    with db.session(write=False) as s:
        person = s.get(Person, person_id)
        assert person is not None
        assert UUID.match(person.uuid)
        assert before <= person.created_at <= utcnow()
        assert person.updated_at >= person.created_at
        assert person.version == 1
        assert person.deleted_at is None
        assert not person.is_deleted


def test_an_update_raises_the_version_and_updated_at(db: Database) -> None:
    person_id = _add_person(db)
    with db.session(write=False) as s:
        created = s.get(Person, person_id)
        assert created is not None
        created_uuid, created_updated_at = created.uuid, created.updated_at

    with db.session() as s:
        person = s.get(Person, person_id)
        assert person is not None
        person.city = "London"

    with db.session(write=False) as s:
        person = s.get(Person, person_id)
        assert person is not None
        assert person.version == 2
        assert person.updated_at >= created_updated_at
        assert person.uuid == created_uuid


def test_two_people_never_share_a_uuid(db: Database) -> None:
    first, second = _add_person(db), _add_person(db)

    with db.session(write=False) as s:
        uuids = s.scalars(select(Person.uuid).where(Person.id.in_([first, second]))).all()

    assert len(set(uuids)) == 2


def test_a_stale_session_cannot_overwrite_a_newer_save(db: Database) -> None:
    person_id = _add_person(db)
    # Two users load the same contact; each edit is its own unit of work, as in the app.
    stale = Session(db.engine, expire_on_commit=False)
    fresh = Session(db.engine, expire_on_commit=False)
    try:
        stale_person = stale.get(Person, person_id)
        assert stale_person is not None
        stale.commit()

        fresh_person = fresh.get(Person, person_id)
        assert fresh_person is not None
        fresh_person.last_name = "Byron"
        fresh.commit()

        stale_person.last_name = "King"
        with pytest.raises(StaleDataError):
            stale.commit()
        stale.rollback()
    finally:
        stale.close()
        fresh.close()

    with db.session(write=False) as s:
        person = s.get(Person, person_id)
        assert person is not None
        assert (person.last_name, person.version) == ("Byron", 2)


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(IntegrityError, match="FOREIGN KEY"):
        _add_person(db, company_id=99_999)

    with db.session(write=False) as s:
        assert s.scalars(select(Person)).all() == []


def test_a_channel_belongs_to_exactly_one_person_or_company(db: Database) -> None:
    person_id = _add_person(db)
    with db.session() as s:
        company = Company(name="Analytical Engines Ltd")
        s.add(company)
        s.flush()
        company_id = company.id

    def add_channel(**owner: int | None) -> None:
        with db.session() as s:
            s.add(ContactChannel(kind=ChannelKind.EMAIL.value, value="ada@example.org", **owner))

    with pytest.raises(IntegrityError, match="CHECK constraint failed: ck_contact_channels_exactly_one_owner"):
        add_channel(person_id=None, company_id=None)
    with pytest.raises(IntegrityError, match="CHECK constraint failed: ck_contact_channels_exactly_one_owner"):
        add_channel(person_id=person_id, company_id=company_id)
    add_channel(person_id=person_id)
    add_channel(company_id=company_id)

    with db.session(write=False) as s:
        owners = s.execute(select(ContactChannel.person_id, ContactChannel.company_id)).all()
    assert sorted(owners, key=str) == sorted([(person_id, None), (None, company_id)], key=str)


def test_a_soft_deleted_record_stays_in_the_table_but_leaves_lists_and_counts(db: Database) -> None:
    kept_id = _add_person(db)
    deleted_id = _add_person(db)
    with db.session() as s:
        person = s.get(Person, deleted_id)
        assert person is not None
        person.deleted_at = utcnow()

    with db.session(write=False) as s:
        person = s.get(Person, deleted_id)
        assert person is not None
        assert person.is_deleted
    assert [row.id for row in records.list_records(db, "contacts")] == [kept_id]
    assert maintenance.check(db).counts["contacts"] == 1


def test_company_people_relationship(db: Database) -> None:
    with db.session() as s:
        company = Company(name="Analytical Engines Ltd")
        company.people.extend([Person(first_name="Ada", last_name="Lovelace"),
                               Person(first_name="Charles", last_name="Babbage")])
        s.add(company)
        s.flush()
        company_id = company.id

    with db.session(write=False) as s:
        company = s.get(Company, company_id)
        assert company is not None
        assert sorted(p.display_name for p in company.people) == ["Ada Lovelace", "Charles Babbage"]
        assert all(p.company_id == company_id for p in company.people)


def test_deal_lines_are_ordered_and_go_with_the_deal(db: Database) -> None:
    pipeline_id, stage_id = _first_stage(db)
    with db.session() as s:
        deal = Deal(title="Engine No. 2", pipeline_id=pipeline_id, stage_id=stage_id, amount=Decimal("1500.00"))
        deal.lines.extend([
            DealLine(name="Mill", position=1, quantity=Decimal(1), price=Decimal("1000.00")),
            DealLine(name="Store", position=0, quantity=Decimal(2), price=Decimal("250.00")),
        ])
        s.add(deal)
        s.flush()
        deal_id = deal.id

    with db.session(write=False) as s:
        deal = s.get(Deal, deal_id)
        assert deal is not None
        assert [line.name for line in deal.lines] == ["Store", "Mill"]
        assert deal.lines[0].price == Decimal("250.00")
        assert deal.lines[0].quantity == Decimal(2)

    with db.session() as s:
        deal = s.get(Deal, deal_id)
        s.delete(deal)
    with db.session(write=False) as s:
        assert s.scalars(select(DealLine)).all() == []


def test_stage_history_of_a_deal_in_time_order(db: Database) -> None:
    with db.session(write=False) as s:
        pipeline = s.scalars(select(Pipeline).where(Pipeline.is_default)).one()
        pipeline_id, stage_ids = pipeline.id, [stage.id for stage in pipeline.stages]
    assert len(stage_ids) == 5
    first, second = stage_ids[0], stage_ids[1]
    entered = datetime(2026, 1, 5, 9, 0)
    with db.session() as s:
        deal = Deal(title="Engine No. 3", pipeline_id=pipeline_id, stage_id=second, expected_close_on=date(2026, 2, 1))
        deal.stage_history.extend([
            DealStageHistory(stage_id=second, from_stage_id=first, entered_at=entered + timedelta(days=3)),
            DealStageHistory(stage_id=first, entered_at=entered, left_at=entered + timedelta(days=3)),
        ])
        s.add(deal)
        s.flush()
        deal_id = deal.id

    with db.session(write=False) as s:
        deal = s.get(Deal, deal_id)
        assert deal is not None
        history = [(h.stage_id, h.from_stage_id, h.left_at is None) for h in deal.stage_history]
    assert history == [(first, None, False), (second, first, True)]


def test_a_stage_in_use_cannot_be_deleted(db: Database) -> None:
    pipeline_id, stage_id = _first_stage(db)
    with db.session() as s:
        s.add(Deal(title="Engine No. 4", pipeline_id=pipeline_id, stage_id=stage_id))

    with pytest.raises(IntegrityError, match="FOREIGN KEY"), db.session() as s:
        s.delete(s.get(Stage, stage_id))

    with db.session(write=False) as s:
        assert s.get(Stage, stage_id) is not None
