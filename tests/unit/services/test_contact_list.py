"""The contact lists: each filter on a hand-built set of people and companies, sorting, search text, pages of rows,
saved segments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from crm_desktop.db import search_index
from crm_desktop.db.database import Database
from crm_desktop.errors import NotFoundError, ValidationError
from crm_desktop.models import (
    ChangeLog,
    Company,
    ContactChannel,
    CustomFieldDefinition,
    CustomFieldValue,
    Deal,
    DealLine,
    LeadSource,
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
from crm_desktop.services import contact_list
from crm_desktop.services.contact_list import (
    COMPANY_COLUMNS,
    PERSON_COLUMNS,
    ContactFilter,
    ContactListService,
)

# A Wednesday at noon: the ISO week runs from Monday 10 to Sunday 16 March 2025 in any time zone within ±11 h.
NOW = datetime(2025, 3, 12, 12, 0, 0)


@dataclass
class Data:
    """Ids of the hand-built records, named after their role in the tests."""

    anna_user: int
    boris_user: int
    vip: int
    cold: int
    source_web: int
    source_fair: int
    acme: int
    borealis: int
    zeta: int            # a company in the Trash
    ivan: int
    kowalska: int
    jan: int
    olga: int
    adams: int           # a person in the Trash
    omer: int
    product_x: int
    product_y: int
    budget: int          # number field of people
    hobby: int           # text field of people
    since: int           # date field of people
    newsletter: int      # yes/no field of people
    sectors: int         # multi-choice field of companies


def _phone(value: str, *, primary: bool = False, position: int = 0, **owner: int) -> ContactChannel:
    return ContactChannel(kind="phone", value=value, normalized="".join(ch for ch in value if ch.isdigit()),
                          is_primary=primary, position=position, **owner)


def _email(value: str, **owner: int) -> ContactChannel:
    return ContactChannel(kind="email", value=value, normalized=value.lower(), is_primary=True, **owner)


@pytest.fixture
def data(db: Database) -> Data:
    with db.session() as s:
        anna = User(login="anna", full_name="Anna Admin")
        boris = User(login="boris", full_name="")
        vip, cold = Tag(name="VIP", color="#ff0000"), Tag(name="cold", color="#0000ff")
        x, y = Product(name="Product X"), Product(name="Product Y")
        s.add_all([anna, boris, vip, cold, x, y])
        s.flush()
        web, fair = s.scalars(select(LeadSource.id).order_by(LeadSource.id).limit(2)).all()
        acme = Company(name="Acme", city="Łódź", status="client", owner_id=anna.id, industry="Retail",
                       tax_id="111", last_activity_at=NOW - timedelta(days=5), lead_source_id=web)
        borealis = Company(name="Borealis", city="Berlin", status="lead", owner_id=boris.id, industry="Energy",
                           tax_id="222", lead_source_id=fair)
        zeta = Company(name="Zeta", city="Berlin", status="lead", deleted_at=NOW - timedelta(days=1))
        s.add_all([acme, borealis, zeta])
        s.flush()
        people = [
            Person(first_name="Ivan", last_name="Petrov", company_id=acme.id, position="Director", city="Łódź",
                   status="client", owner_id=anna.id, lead_source_id=web, last_activity_at=NOW - timedelta(days=10),
                   birthday=date(1980, 3, 12), birthday_md="0312"),
            Person(first_name="Anna", last_name="Kowalska", city="LODZ", status="lead", owner_id=boris.id,
                   lead_source_id=fair, last_activity_at=NOW - timedelta(days=31),
                   birthday=date(1990, 3, 17), birthday_md="0317", notes="Met Jan at the fair"),
            Person(first_name="Jan", last_name="Müller", company_id=borealis.id, city="Berlin", status="prospect",
                   birthday=date(1975, 3, 10), birthday_md="0310"),
            Person(first_name="Olga", last_name="Smirnova", company_id=acme.id, position="Chief accountant",
                   city="Łódź", status="client", owner_id=anna.id, last_activity_at=NOW - timedelta(days=30),
                   birthday=date(1985, 3, 9), birthday_md="0309"),
            Person(first_name="Zed", last_name="Adams", company_id=acme.id, status="client",
                   deleted_at=NOW - timedelta(days=2)),
            Person(first_name="Ömer", last_name="Yılmaz", status="lost", last_activity_at=NOW - timedelta(days=1),
                   birthday=date(2000, 3, 16), birthday_md="0316"),
        ]
        s.add_all(people)
        s.flush()
        ivan, kowalska, jan, olga, adams, omer = (p.id for p in people)
        s.add_all([
            # Ivan's primary phone is not his first one: the list shows the primary one.
            _phone("111", position=0, person_id=ivan), _phone("+7 495 123-45-67", primary=True, position=1,
                                                               person_id=ivan),
            _email("ivan@acme.com", person_id=ivan),
            _phone("+49 30 1234567", primary=True, person_id=jan),
            _phone("8 800 555", person_id=olga),
            _email("olga@acme.com", person_id=olga),
            _phone("+48 22 000", primary=True, company_id=acme.id),
            _email("office@borealis.de", company_id=borealis.id),
        ])
        s.execute(person_tags.insert(), [{"person_id": ivan, "tag_id": vip.id}, {"person_id": kowalska,
                                         "tag_id": cold.id}, {"person_id": jan, "tag_id": cold.id},
                                        {"person_id": jan, "tag_id": vip.id}, {"person_id": adams, "tag_id": vip.id}])
        s.execute(company_tags.insert(), [{"company_id": borealis.id, "tag_id": vip.id}])
        s.add_all([
            Task(title="Call back", person_id=ivan, due_at=NOW + timedelta(days=1)),
            Task(title="Done", person_id=kowalska, done_at=NOW - timedelta(days=3)),
            Task(title="Deleted", person_id=jan, deleted_at=NOW - timedelta(days=1)),
            Task(title="Visit", company_id=acme.id),
        ])
        pipeline = s.scalars(select(Pipeline)).first()
        assert pipeline is not None
        stage = s.scalars(select(Stage).where(Stage.pipeline_id == pipeline.id)).first()
        assert stage is not None

        def deal(status: str, product: int, *, deleted: bool = False, **party: int) -> None:
            d = Deal(title="d", pipeline_id=pipeline.id, stage_id=stage.id, status=status, amount=Decimal(10),
                     deleted_at=NOW if deleted else None, **party)
            s.add(d)
            s.flush()
            s.add(DealLine(deal_id=d.id, product_id=product, name="line", quantity=Decimal(1), price=Decimal(10)))

        deal("won", x.id, person_id=ivan, company_id=acme.id)
        deal("open", x.id, person_id=kowalska)
        deal("lost", x.id, person_id=jan, company_id=borealis.id)
        deal("won", y.id, person_id=olga)
        deal("won", x.id, person_id=omer, deleted=True)
        defs = [CustomFieldDefinition(entity="person", key="budget", label="Budget", field_type="number"),
                CustomFieldDefinition(entity="person", key="hobby", label="Hobby", field_type="text"),
                CustomFieldDefinition(entity="person", key="since", label="Client since", field_type="date"),
                CustomFieldDefinition(entity="person", key="newsletter", label="Newsletter", field_type="bool"),
                CustomFieldDefinition(entity="company", key="sectors", label="Sectors", field_type="multi_choice",
                                      options=["Food", "Steel", "Software"])]
        s.add_all(defs)
        s.flush()
        budget, hobby, since, newsletter, sectors = (d.id for d in defs)
        s.add_all([
            CustomFieldValue(definition_id=budget, entity_id=ivan, value_number=Decimal(100)),
            CustomFieldValue(definition_id=budget, entity_id=kowalska, value_number=Decimal(250)),
            CustomFieldValue(definition_id=budget, entity_id=jan, value_number=Decimal(50)),
            CustomFieldValue(definition_id=hobby, entity_id=ivan, value_text="Chess"),
            CustomFieldValue(definition_id=hobby, entity_id=kowalska, value_text="ЧЕСС and chess club"),
            CustomFieldValue(definition_id=hobby, entity_id=olga, value_text="Tennis"),
            CustomFieldValue(definition_id=since, entity_id=ivan, value_date=date(2020, 1, 1)),
            CustomFieldValue(definition_id=since, entity_id=olga, value_date=date(2023, 6, 1)),
            CustomFieldValue(definition_id=newsletter, entity_id=ivan, value_bool=True),
            CustomFieldValue(definition_id=newsletter, entity_id=jan, value_bool=False),
            CustomFieldValue(definition_id=sectors, entity_id=acme.id, value_text='["Food", "Software"]'),
            CustomFieldValue(definition_id=sectors, entity_id=borealis.id, value_text='["Steel"]'),
        ])
        all_people = [ivan, kowalska, jan, olga, adams, omer]
        search_index.reindex(s, person_ids=all_people, company_ids=[acme.id, borealis.id, zeta.id])
        return Data(anna.id, boris.id, vip.id, cold.id, web, fair, acme.id, borealis.id, zeta.id, ivan, kowalska,
                    jan, olga, adams, omer, x.id, y.id, budget, hobby, since, newsletter, sectors)


@pytest.fixture
def service(db: Database) -> ContactListService:
    return ContactListService(db, clock=lambda: NOW)


def people(service: ContactListService, **filters: object) -> list[int]:
    return service.ids("person", filt=ContactFilter(**filters))  # type: ignore[arg-type]


def companies(service: ContactListService, **filters: object) -> list[int]:
    return service.ids("company", filt=ContactFilter(**filters))  # type: ignore[arg-type]


# ---- each filter alone ------------------------------------------------------------------------------------------

def test_no_filter_lists_live_records_by_name(service: ContactListService, data: Data) -> None:
    d = data
    # Kowalska, Müller, Petrov, Smirnova, Yılmaz; Adams is in the Trash
    assert people(service) == [d.kowalska, d.jan, d.ivan, d.olga, d.omer]
    assert service.ids("person", include_deleted=True) == [d.adams, d.kowalska, d.jan, d.ivan, d.olga, d.omer]
    assert companies(service) == [d.acme, d.borealis]
    assert service.ids("company", include_deleted=True) == [d.acme, d.borealis, d.zeta]


def test_status(service: ContactListService, data: Data) -> None:
    d = data
    assert people(service, status=("client",)) == [d.ivan, d.olga]
    assert people(service, status=("lead", "lost")) == [d.kowalska, d.omer]
    assert companies(service, status=("lead",)) == [d.borealis]


def test_owner_tag_and_lead_source(service: ContactListService, data: Data) -> None:
    d = data
    assert people(service, owner_id=d.anna_user) == [d.ivan, d.olga]
    assert people(service, tag_id=d.vip) == [d.jan, d.ivan]
    assert people(service, tag_id=d.cold) == [d.kowalska, d.jan]
    assert companies(service, tag_id=d.vip) == [d.borealis]
    assert people(service, lead_source_id=d.source_fair) == [d.kowalska]
    assert companies(service, lead_source_id=d.source_web) == [d.acme]


def test_city_ignores_case_and_diacritics(service: ContactListService, data: Data) -> None:
    d = data
    assert people(service, city="lodz") == [d.kowalska, d.ivan, d.olga]
    assert people(service, city="  ŁÓDŹ ") == [d.kowalska, d.ivan, d.olga]
    assert people(service, city="berlin") == [d.jan]
    assert people(service, city="Paris") == []
    assert companies(service, city="LODZ") == [d.acme]


def test_not_contacted_for_30_days(service: ContactListService, data: Data) -> None:
    d = data
    # Never contacted (Müller), 31 days ago (Kowalska) and exactly 30 days ago (Smirnova); not Petrov (10 days),
    # Yılmaz (1 day) nor Adams (in the Trash, never contacted).
    assert people(service, not_contacted_days=30) == [d.kowalska, d.jan, d.olga]
    assert people(service, not_contacted_days=31) == [d.kowalska, d.jan]
    assert people(service, not_contacted_days=0) == [d.kowalska, d.jan, d.ivan, d.olga, d.omer]
    assert companies(service, not_contacted_days=5) == [d.acme, d.borealis]
    assert companies(service, not_contacted_days=6) == [d.borealis]


def test_the_clock_decides_what_not_contacted_means(db: Database, data: Data) -> None:
    later = ContactListService(db, clock=lambda: NOW + timedelta(days=25))
    assert later.ids("person", filt=ContactFilter(not_contacted_days=30)) == [data.kowalska, data.jan,
                                                                              data.ivan, data.olga]


def test_no_planned_next_task(service: ContactListService, data: Data) -> None:
    d = data
    # Petrov has an open task; Kowalska's is done and Müller's deleted, so they count as having none.
    assert people(service, no_next_task=True) == [d.kowalska, d.jan, d.olga, d.omer]
    assert companies(service, no_next_task=True) == [d.borealis]


def test_bought_product_only_through_won_deals(service: ContactListService, data: Data) -> None:
    d = data
    # X is in Kowalska's open deal, Müller's lost deal and Yılmaz's deleted won deal: none of them bought it.
    assert people(service, bought_product_id=d.product_x) == [d.ivan]
    assert people(service, bought_product_id=d.product_y) == [d.olga]
    assert companies(service, bought_product_id=d.product_x) == [d.acme]
    assert companies(service, bought_product_id=d.product_y) == []


def test_birthday_this_week(service: ContactListService, data: Data) -> None:
    d = data
    # Monday 10 (Müller), Wednesday 12 (Petrov), Sunday 16 (Yılmaz); not Sunday 9 nor Monday 17.
    assert people(service, birthday_this_week=True) == [d.jan, d.ivan, d.omer]
    # companies have no birthdays: the filter does not narrow them
    assert companies(service, birthday_this_week=True) == [d.acme, d.borealis]


def test_birthday_this_week_across_new_year(db: Database) -> None:
    with db.session() as s:
        found = {}
        for md in ("1228", "1229", "1231", "0101", "0104", "0105"):
            p = Person(first_name="B", last_name=md, birthday_md=md, birthday=date(1990, int(md[:2]), int(md[2:])))
            s.add(p)
            s.flush()
            found[md] = p.id
    # Wednesday 31 December 2025: the ISO week runs from Monday 29 December to Sunday 4 January.
    service = ContactListService(db, clock=lambda: datetime(2025, 12, 31, 12, 0))
    assert service.ids("person", filt=ContactFilter(birthday_this_week=True)) == [
        found["0101"], found["0104"], found["1229"], found["1231"]]
    # a week within one year (Monday 5 to Sunday 11 January 2026)
    service = ContactListService(db, clock=lambda: datetime(2026, 1, 7, 12, 0))
    assert service.ids("person", filt=ContactFilter(birthday_this_week=True)) == [found["0105"]]


def test_custom_number_fields(service: ContactListService, data: Data) -> None:
    d = data
    assert people(service, custom=((d.budget, ">=", Decimal(100)),)) == [d.kowalska, d.ivan]
    assert people(service, custom=((d.budget, "<=", "100"),)) == [d.jan, d.ivan]
    assert people(service, custom=((d.budget, "=", 250),)) == [d.kowalska]


def test_custom_text_fields_fold_case_and_script(service: ContactListService, data: Data) -> None:
    d = data
    assert people(service, custom=((d.hobby, "=", "CHESS"),)) == [d.ivan]
    assert people(service, custom=((d.hobby, "contains", "chess"),)) == [d.kowalska, d.ivan]
    assert people(service, custom=((d.hobby, "contains", "чесс"),)) == [d.kowalska]


def test_custom_date_bool_and_multi_choice_fields(service: ContactListService, data: Data) -> None:
    d = data
    assert people(service, custom=((d.since, ">=", date(2021, 1, 1)),)) == [d.olga]
    assert people(service, custom=((d.since, "<=", "2023-06-01"),)) == [d.ivan, d.olga]
    assert people(service, custom=((d.newsletter, "=", True),)) == [d.ivan]
    assert people(service, custom=((d.newsletter, "=", "no"),)) == [d.jan]
    assert companies(service, custom=((d.sectors, "=", "software"),)) == [d.acme]
    assert companies(service, custom=((d.sectors, "contains", "ee"),)) == [d.borealis]


def test_custom_field_misuse(service: ContactListService, data: Data) -> None:
    d = data
    with pytest.raises(ValidationError, match="Budget"):
        people(service, custom=((d.budget, "contains", "1"),))
    with pytest.raises(ValidationError, match="not a number"):
        people(service, custom=((d.budget, ">=", "lots"),))
    with pytest.raises(ValidationError, match="Hobby"):
        people(service, custom=((d.hobby, ">=", "a"),))
    with pytest.raises(ValidationError):
        people(service, custom=((d.budget, "~", "1"),))
    # a field of companies, or one that no longer exists, matches nobody
    assert people(service, custom=((d.sectors, "=", "Food"),)) == []
    assert people(service, custom=((10_000, "=", "x"),)) == []


# ---- combinations, sorting, text ------------------------------------------------------------------------------

def test_filters_combine_with_and(service: ContactListService, data: Data) -> None:
    d = data
    assert people(service, city="lodz", no_next_task=True) == [d.kowalska, d.olga]
    assert people(service, city="lodz", no_next_task=True, status=("client",)) == [d.olga]
    assert people(service, tag_id=d.vip, birthday_this_week=True, not_contacted_days=30) == [d.jan]
    assert people(service, owner_id=d.anna_user, custom=((d.hobby, "contains", "e"),)) == [d.ivan, d.olga]
    assert people(service, status=("lead",), tag_id=d.vip) == []
    assert service.count("person", ContactFilter(city="lodz", no_next_task=True)) == 2
    assert service.count("company") == 2


PERSON_ORDERS = {
    "name": ["kowalska", "jan", "ivan", "olga", "omer"],
    "company": ["kowalska", "omer", "ivan", "olga", "jan"],      # no company first, then Acme, Borealis
    "position": ["kowalska", "jan", "omer", "olga", "ivan"],     # empty, "Chief accountant", "Director"
    "phone": ["kowalska", "omer", "jan", "ivan", "olga"],        # none, +49, +7 (the primary), 8 800
    "email": ["kowalska", "jan", "omer", "ivan", "olga"],
    "city": ["omer", "jan", "kowalska", "ivan", "olga"],         # none, Berlin, LODZ, Łódź
    "status": ["ivan", "olga", "kowalska", "omer", "jan"],       # client, lead, lost, prospect
    "owner": ["jan", "omer", "ivan", "olga", "kowalska"],        # none, Anna Admin, boris (no full name)
    "tags": ["olga", "omer", "jan", "ivan", "kowalska"],         # none, VIP, VIP, cold (binary order)
    "last_activity": ["jan", "kowalska", "olga", "ivan", "omer"],
    "created": ["ivan", "kowalska", "jan", "olga", "omer"],
}
COMPANY_ORDERS = {
    "name": ["acme", "borealis"], "city": ["borealis", "acme"], "industry": ["borealis", "acme"],
    "tax_id": ["acme", "borealis"], "phone": ["borealis", "acme"], "email": ["acme", "borealis"],
    "status": ["acme", "borealis"], "owner": ["acme", "borealis"], "people": ["borealis", "acme"],
    "tags": ["acme", "borealis"], "last_activity": ["borealis", "acme"], "created": ["acme", "borealis"],
}


@pytest.mark.parametrize("column", PERSON_COLUMNS)
def test_sort_people_by_each_column_both_ways(service: ContactListService, data: Data, column: str) -> None:
    expected = [getattr(data, name) for name in PERSON_ORDERS[column]]
    assert service.ids("person", sort=column) == expected
    assert service.ids("person", sort=column, descending=True) == expected[::-1]
    # A selective filter makes the rows be found through its index and sorted afterwards: the same order.
    every_status = ContactFilter(status=("client", "lead", "prospect", "lost"))
    assert service.ids("person", sort=column, filt=every_status) == expected
    assert service.ids("person", sort=column, filt=every_status, descending=True) == expected[::-1]


@pytest.mark.parametrize("column", COMPANY_COLUMNS)
def test_sort_companies_by_each_column_both_ways(service: ContactListService, data: Data, column: str) -> None:
    expected = [getattr(data, name) for name in COMPANY_ORDERS[column]]
    assert service.ids("company", sort=column) == expected
    assert service.ids("company", sort=column, descending=True) == expected[::-1]


def test_unknown_sort_or_kind_is_refused(service: ContactListService, data: Data) -> None:
    with pytest.raises(ValidationError):
        service.ids("person", sort="salary")
    with pytest.raises(ValidationError):
        service.ids("deal")


@pytest.mark.parametrize("few_found", [50_000, 0], ids=["narrowed-in-sql", "intersected-in-python"])
def test_text_keeps_the_ranked_order_within_the_filter(service: ContactListService, data: Data, few_found: int,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # Both ways of intersecting the found ids with the filter give the same list.
    monkeypatch.setattr(contact_list, "_FEW_FOUND", few_found)
    d = data
    # Müller is named Jan (an exact name match) and ranks above Kowalska, whose notes mention Jan.
    assert service.ids("person", text="jan", sort="") == [d.jan, d.kowalska]
    assert service.ids("person", text="JAN", sort="", filt=ContactFilter(status=("lead", "prospect"))) == [
        d.jan, d.kowalska]
    assert service.ids("person", text="jan", sort="", filt=ContactFilter(status=("lead",))) == [d.kowalska]
    # a clicked column sorts the found records
    assert service.ids("person", text="jan", sort="name") == [d.kowalska, d.jan]
    assert service.ids("person", text="jan", sort="name", descending=True) == [d.jan, d.kowalska]
    assert service.ids("person", text="acme", sort="", filt=ContactFilter(tag_id=d.vip)) == [d.ivan]
    assert service.ids("person", text="nobody-like-this", sort="") == []
    assert service.ids("company", text="lodz", sort="") == [d.acme]
    assert service.ids("person", text="   ", sort="") == service.ids("person")


# ---- pages of rows ------------------------------------------------------------------------------------------------

def test_rows_in_the_order_asked_with_their_values(service: ContactListService, data: Data) -> None:
    d = data
    rows = service.rows("person", [d.jan, d.ivan, 999_999, d.kowalska])
    assert [r.id for r in rows] == [d.jan, d.ivan, d.kowalska]
    jan, ivan, kowalska = rows
    assert ivan.kind == "person"
    assert ivan.version == 1
    created = ivan.values["created"]
    assert isinstance(created, datetime)
    assert {k: v for k, v in ivan.values.items() if k != "created"} == {
        "name": "Ivan Petrov", "company": "Acme", "position": "Director", "phone": "+7 495 123-45-67",
        "email": "ivan@acme.com", "city": "Łódź", "status": "client", "owner": "Anna Admin",
        "tags": (("VIP", "#ff0000"),), "last_activity": NOW - timedelta(days=10)}
    assert jan.values["tags"] == (("VIP", "#ff0000"), ("cold", "#0000ff"))
    assert jan.values["owner"] == ""
    assert jan.values["last_activity"] is None
    assert kowalska.values["company"] == ""
    assert kowalska.values["owner"] == "boris"   # no full name: the login
    assert set(PERSON_COLUMNS) <= set(ivan.values)


def test_company_rows(service: ContactListService, data: Data) -> None:
    d = data
    acme, borealis = service.rows("company", [d.acme, d.borealis])
    # Adams, in the Trash, is not counted among Acme's people
    assert acme.values["people"] == 2
    assert acme.values["phone"] == "+48 22 000"
    assert acme.values["industry"] == "Retail"
    assert acme.values["tax_id"] == "111"
    assert borealis.values["email"] == "office@borealis.de"
    assert borealis.values["tags"] == (("VIP", "#ff0000"),)
    assert set(COMPANY_COLUMNS) <= set(acme.values)
    assert service.rows("company", []) == []


def test_a_company_in_the_trash_is_not_shown_nor_sorted_by(db: Database, service: ContactListService,
                                                          data: Data) -> None:
    d = data
    with db.session() as s:
        s.get_one(Person, d.jan).company_id = d.zeta
    assert service.rows("person", [d.jan])[0].values["company"] == ""
    assert service.ids("person", sort="company") == [d.kowalska, d.jan, d.omer, d.ivan, d.olga]


# ---- saved segments -----------------------------------------------------------------------------------------------

def test_segments_save_list_with_counts_rename_and_delete(db: Database, service: ContactListService,
                                                          data: Data) -> None:
    d = data
    stale = service.save_segment(None, "Not contacted for 30 days", "person", ContactFilter(not_contacted_days=30))
    vip = service.save_segment(None, "VIP companies", "company", ContactFilter(tag_id=d.vip))
    listed = service.segments()
    assert [(g.id, g.name, g.kind, g.count) for g in listed] == [
        (stale, "Not contacted for 30 days", "person", 3), (vip, "VIP companies", "company", 1)]
    assert listed[0].filters == ContactFilter(not_contacted_days=30)
    with db.session() as s:
        s.get_one(Person, d.olga).last_activity_at = NOW
    assert service.segments()[0].count == 2   # live counts
    with pytest.raises(ValidationError, match="exists already"):
        service.save_segment(None, "vip COMPANIES", "company", ContactFilter())
    assert service.save_segment(vip, "Cold companies", "company", ContactFilter(tag_id=d.cold)) == vip
    assert [(g.name, g.count) for g in service.segments()] == [("Not contacted for 30 days", 2),
                                                               ("Cold companies", 0)]
    service.delete_segment(stale)
    assert [g.id for g in service.segments()] == [vip]
    with db.session() as s:
        assert s.get_one(SavedSegment, stale).deleted_at == NOW
        actions = s.scalars(select(ChangeLog.action).where(ChangeLog.entity == "saved_segments",
                                                           ChangeLog.entity_id == stale).order_by(ChangeLog.id)).all()
        assert actions == ["insert", "delete"]
    with pytest.raises(NotFoundError):
        service.delete_segment(stale)
    with pytest.raises(ValidationError, match="name"):
        service.save_segment(None, "   ", "person", ContactFilter())


def test_segments_of_other_users_are_not_listed(db: Database, data: Data) -> None:
    anna = ContactListService(db, data.anna_user, clock=lambda: NOW)
    boris = ContactListService(db, data.boris_user, clock=lambda: NOW)
    anna.save_segment(None, "Mine", "person", ContactFilter())
    boris.save_segment(None, "Mine", "person", ContactFilter(status=("lead",)))   # same name, other user
    assert [(g.name, g.count) for g in anna.segments()] == [("Mine", 5)]
    assert [(g.name, g.count) for g in boris.segments()] == [("Mine", 1)]
    with pytest.raises(NotFoundError):
        boris.delete_segment(anna.segments()[0].id)


def test_filter_json_round_trip(data: Data) -> None:
    full = ContactFilter(status=("lead", "client"), owner_id=3, tag_id=4, lead_source_id=5, city="Łódź",
                         not_contacted_days=30, no_next_task=True, bought_product_id=6, birthday_this_week=True,
                         custom=((1, "=", "Chess"), (2, ">=", Decimal("10.50")), (3, "<=", date(2024, 2, 29)),
                                 (4, "=", True), (5, "=", 7)))
    assert ContactFilter.from_json(full.to_json()) == full
    assert ContactFilter().to_json() == {}
    assert ContactFilter.from_json({}) == ContactFilter()
    # what another version (or a damaged file) wrote is read as far as it makes sense
    assert ContactFilter.from_json({"status": "lead", "owner_id": "x", "custom": [{"field": 1, "op": "??"}],
                                    "no_next_task": True, "later": 1}) == ContactFilter(no_next_task=True)
