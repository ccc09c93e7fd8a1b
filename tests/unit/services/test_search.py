"""Search as you type: case, diacritics and script variants, phone digits, emails, ranking, Trash, paging."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import pytest
from sqlalchemy import event, func, select, update
from sqlalchemy.orm import Session

from crm_desktop.db import search_index
from crm_desktop.db.database import Database
from crm_desktop.errors import ValidationError
from crm_desktop.models import ChannelKind, Company, ContactChannel, Person, Tag, person_tags
from crm_desktop.services.search import SearchHit, SearchService


def _phone_digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def add_company(s: Session, name: str, *, emails: Sequence[str] = (), phones: Sequence[str] = (),
                **fields: object) -> int:
    company = Company(name=name, **fields)
    s.add(company)
    s.flush()
    _add_channels(s, emails, phones, company_id=company.id)
    return company.id


def add_person(s: Session, first: str, last: str, *, emails: Sequence[str] = (), phones: Sequence[str] = (),
               **fields: object) -> int:
    person = Person(first_name=first, last_name=last, **fields)
    s.add(person)
    s.flush()
    _add_channels(s, emails, phones, person_id=person.id)
    return person.id


def _add_channels(s: Session, emails: Sequence[str], phones: Sequence[str], **owner: int) -> None:
    position = 0
    for value in phones:
        s.add(ContactChannel(kind=ChannelKind.PHONE.value, value=value, normalized=_phone_digits(value),
                             is_primary=position == 0, position=position, **owner))
        position += 1
    for i, value in enumerate(emails):
        s.add(ContactChannel(kind=ChannelKind.EMAIL.value, value=value, normalized=value.lower(),
                             is_primary=i == 0, position=position, **owner))
        position += 1
    s.flush()


def reindex_all(s: Session) -> None:
    search_index.reindex(s, person_ids=list(s.scalars(select(Person.id))),
                         company_ids=list(s.scalars(select(Company.id))))


def names(hits: Sequence[SearchHit]) -> list[str]:
    return [h.name for h in hits]


@pytest.fixture
def service(db: Database) -> SearchService:
    return SearchService(db)


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    """A small multilingual base: every case below looks for one of these and must not find the others."""
    with db.session() as s:
        ids = {
            "horns": add_company(s, "Рога и копыта", city="Москва", phones=("+7 (495) 000-11-22",)),
            "acme": add_company(s, "Acme Widgets", city="Delft", emails=("info@acme-widgets.example",)),
        }
        ids |= {
            "ivanov": add_person(s, "Иван", "Иванов", company_id=ids["horns"], position="Генеральный директор",
                                 phones=("+7 (495) 123-45-67",), emails=("i.ivanov@roga.example",)),
            "petrova": add_person(s, "Мария", "Петрова", city="Санкт-Петербург"),
            "lukasz": add_person(s, "Łukasz", "Żółć", city="Łódź", phones=("+48 601 234 567",)),
            "muller": add_person(s, "Jürgen", "Müller", city="Düsseldorf"),
            "strauss": add_person(s, "Anna", "Strauß"),
            "zoe": add_person(s, "Zoë", "van Daële", city="Utrecht"),
            "karimi": add_person(s, "علی", "کریمی", city="تهران"),
            "pat": add_person(s, "Pat", "Smith", company_id=ids["acme"], emails=("Pat.Smith@Acme-Widgets.example",),
                              phones=("+31 20 555 0101", "+31 6 1234 5678")),
            "john": add_person(s, "John", "Doe", emails=("john.doe@mail.example",)),
        }
        reindex_all(s)
    return ids


@pytest.mark.parametrize("typed", ["иВАН", "ИВАНОВ", "иванов", "Иван Иванов"])
def test_cyrillic_in_any_case(service: SearchService, people: dict[str, int], typed: str) -> None:
    assert [h.id for h in service.search(typed, kind="person")] == [people["ivanov"]]


def test_a_polish_name_typed_without_diacritics(service: SearchService, people: dict[str, int]) -> None:
    hits = service.search("lukasz zolc")

    assert [(h.kind, h.id, h.name) for h in hits] == [("person", people["lukasz"], "Łukasz Żółć")]
    assert names(service.search("LODZ")) == ["Łukasz Żółć"]  # the city, typed in capitals without the ł


@pytest.mark.parametrize(("typed", "who"), [
    ("muller", "muller"), ("MÜLLER", "muller"), ("jurgen", "muller"), ("dusseldorf", "muller"),
    ("strauss", "strauss"), ("zoe", "zoe"), ("van daele", "zoe"),
])
def test_german_and_dutch_umlauts(service: SearchService, people: dict[str, int], typed: str, who: str) -> None:
    assert [h.id for h in service.search(typed)] == [people[who]]


@pytest.mark.parametrize("typed", [
    "علي",          # Arabic yeh for the Persian one
    "كريمي",        # Arabic kaf and yeh
    "علي كريمي",
    "کریمی",        # as stored
])
def test_persian_typed_with_arabic_keyboard_letters(service: SearchService, people: dict[str, int],
                                                    typed: str) -> None:
    assert [h.id for h in service.search(typed)] == [people["karimi"]]


def test_persian_stored_with_arabic_letters_is_found_by_persian_ones(db: Database, service: SearchService) -> None:
    with db.session() as s:
        pid = add_person(s, "مهدي", "كاظمي")  # typed on an Arabic keyboard
        search_index.reindex(s, person_ids=[pid], company_ids=[])

    assert [h.id for h in service.search("کاظمی")] == [pid]


@pytest.mark.parametrize("typed", ["4951234567", "74951234567", "+7 495 123-45-67", "495123"])
def test_phone_digits_whatever_the_formatting(service: SearchService, people: dict[str, int], typed: str) -> None:
    hits = service.search(typed)

    assert [h.id for h in hits] == [people["ivanov"]]
    assert hits[0].phones == ("+7 (495) 123-45-67",)


def test_an_email_domain(service: SearchService, people: dict[str, int]) -> None:
    hits = service.search("acme-widgets.example")

    assert {(h.kind, h.id) for h in hits} == {("company", people["acme"]), ("person", people["pat"])}
    assert [h.id for h in service.search("mail.example")] == [people["john"]]
    assert [h.id for h in service.search("pat.smith@acme")] == [people["pat"]]


def test_a_hit_carries_company_emails_and_phones_as_typed(service: SearchService, people: dict[str, int]) -> None:
    pat = service.search("Pat Smith")[0]
    acme = service.search("Acme", kind="company")[0]

    assert pat == SearchHit(kind="person", id=people["pat"], name="Pat Smith", company="Acme Widgets",
                            emails=("Pat.Smith@Acme-Widgets.example",),
                            phones=("+31 20 555 0101", "+31 6 1234 5678"))
    assert acme == SearchHit(kind="company", id=people["acme"], name="Acme Widgets", company="",
                             emails=("info@acme-widgets.example",), phones=())


def test_the_primary_channel_comes_first(db: Database, service: SearchService) -> None:
    with db.session() as s:
        pid = add_person(s, "Primo", "Levi", phones=("+39 06 1111 1111", "+39 06 2222 2222"))
        s.execute(update(ContactChannel).where(ContactChannel.person_id == pid)
                  .values(is_primary=ContactChannel.position == 1))
        search_index.reindex(s, person_ids=[pid], company_ids=[])

    assert service.search("primo levi")[0].phones == ("+39 06 2222 2222", "+39 06 1111 1111")


def test_ranking_exact_then_prefix_then_elsewhere(db: Database, service: SearchService) -> None:
    with db.session() as s:
        # created in the reverse of the expected order: the ranking, not the ids, must decide
        elsewhere = add_person(s, "Carl", "Berg", notes="Referred by Anders at the trade fair")
        prefix = add_person(s, "Anna", "Andersson")
        exact = add_person(s, "Petr", "Anders")
        search_index.reindex(s, person_ids=[elsewhere, prefix, exact], company_ids=[])

    assert [h.id for h in service.search("anders")] == [exact, prefix, elsewhere]
    assert [h.id for h in service.search("ANDERS", kind="person", limit=1)] == [exact]


def test_city_position_and_tags_are_searched(db: Database, service: SearchService, people: dict[str, int]) -> None:
    with db.session() as s:
        tag = Tag(name="Keyaccount", color="#ff0000")
        s.add(tag)
        s.flush()
        s.execute(person_tags.insert().values(person_id=people["john"], tag_id=tag.id))
        search_index.reindex(s, person_ids=[people["john"]], company_ids=[])

    assert [h.id for h in service.search("keyacc")] == [people["john"]]
    assert [h.id for h in service.search("генеральный")] == [people["ivanov"]]
    assert {h.id for h in service.search("петербург")} == {people["petrova"]}


def test_deleted_records_are_not_found(db: Database, service: SearchService, people: dict[str, int]) -> None:
    with db.session() as s:
        s.execute(update(Person).where(Person.id == people["ivanov"]).values(deleted_at=datetime(2026, 1, 5)))
        s.execute(update(Company).where(Company.id == people["acme"]).values(deleted_at=datetime(2026, 1, 5)))
        search_index.reindex(s, person_ids=[people["ivanov"]], company_ids=[people["acme"]])

    assert service.search("иванов") == []
    assert service.search("4951234567") == []
    assert [h.id for h in service.search("acme")] == [people["pat"]]  # the person by the company's name
    assert service.count("acme") == 1


def test_a_rename_is_reindexed_in_the_same_transaction(db: Database, service: SearchService,
                                                       people: dict[str, int]) -> None:
    with db.session() as s:
        s.execute(update(Person).where(Person.id == people["petrova"]).values(last_name="Сидорова"))
        search_index.reindex(s, person_ids=[people["petrova"]], company_ids=[])
        # the session that renamed sees the new name before it commits
        assert search_index.search_ids(s, "сидорова", "person", 10) == [("person", people["petrova"])]

    assert names(service.search("Сидорова")) == ["Мария Сидорова"]
    assert service.search("петрова") == []


def test_a_rolled_back_rename_leaves_the_index_as_it_was(db: Database, service: SearchService,
                                                         people: dict[str, int]) -> None:
    def rename_then_fail() -> None:
        with db.session() as s:
            s.execute(update(Person).where(Person.id == people["muller"]).values(last_name="Schmidt"))
            search_index.reindex(s, person_ids=[people["muller"]], company_ids=[])
            raise RuntimeError("the save failed after the index was written")

    with pytest.raises(RuntimeError):
        rename_then_fail()

    assert service.search("schmidt") == []
    assert [h.id for h in service.search("muller")] == [people["muller"]]


def test_a_company_rename_reaches_its_people(db: Database, service: SearchService, people: dict[str, int]) -> None:
    with db.session() as s:
        s.execute(update(Company).where(Company.id == people["horns"]).values(name="Копыта и рога"))
        search_index.reindex(s, person_ids=[people["ivanov"]], company_ids=[people["horns"]])

    hits = service.search("копыта")
    assert {(h.kind, h.id) for h in hits} == {("company", people["horns"]), ("person", people["ivanov"])}
    assert next(h for h in hits if h.kind == "person").company == "Копыта и рога"


def test_kind_filter(service: SearchService, people: dict[str, int]) -> None:
    assert [(h.kind, h.id) for h in service.search("acme", kind="company")] == [("company", people["acme"])]
    assert [(h.kind, h.id) for h in service.search("acme", kind="person")] == [("person", people["pat"])]
    assert service.count("acme") == 2
    assert service.count("acme", kind="company") == 1


def test_limit_and_offset_page_through_the_hits(db: Database, service: SearchService) -> None:
    with db.session() as s:
        ids = [add_person(s, f"Pagey{i}", "Paginator") for i in range(7)]
        search_index.reindex(s, person_ids=ids, company_ids=[])

    pages = [service.search("paginator", limit=3, offset=offset) for offset in (0, 3, 6, 9)]

    assert [len(p) for p in pages] == [3, 3, 1, 0]
    assert sorted(h.id for page in pages for h in page) == ids
    assert [h.id for page in pages for h in page] == [h.id for h in service.search("paginator", limit=50)]
    assert service.count("paginator") == 7


def test_blank_text_finds_nothing(service: SearchService, people: dict[str, int]) -> None:
    assert service.search("") == []
    assert service.search("   ") == []
    assert service.count(" ") == 0
    assert service.search("zzqxnothing") == []


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"kind": "deal"}, "Unknown kind 'deal'"),
    ({"limit": 0}, "between 1 and"),
    ({"limit": 1_000_000}, "between 1 and"),
    ({"offset": -1}, "0 or more"),
])
def test_bad_arguments_are_refused(service: SearchService, kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        service.search("anna", **kwargs)  # type: ignore[arg-type]


def test_a_page_takes_two_queries_whatever_its_size(db: Database, service: SearchService) -> None:
    with db.session() as s:
        company = add_company(s, "Bulk Works", phones=("+44 20 7946 0000",))
        ids = [add_person(s, f"Bulky{i}", "Bulkman", company_id=company, emails=(f"b{i}@bulk.example",),
                          phones=(f"+44 20 7946 {i:04d}",)) for i in range(40)]
        search_index.reindex(s, person_ids=ids, company_ids=[company])
    statements: list[str] = []

    def record(conn: object, cursor: object, statement: str, *args: object) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        with db.session(write=False) as s:
            found = search_index.search_ids(s, "bul", None, 50)
        lookup = len(statements)
        statements.clear()
        hits = service.search("bul", limit=50)
    finally:
        event.remove(db.engine, "before_cursor_execute", record)

    assert len(hits) == 41
    assert [(h.kind, h.id) for h in hits] == found
    assert len(statements) - lookup <= 2, statements


def test_demo_data_is_searchable_at_once(db: Database, service: SearchService) -> None:
    from crm_desktop.services.demo import generate_demo

    generate_demo(db, contacts=300, deals=30, seed=5)

    with db.session(write=False) as s:
        indexed = s.connection().exec_driver_sql(f"SELECT count(*) FROM {search_index.SEARCH_TABLE}").scalar()
        person = s.execute(select(Person.id, Person.last_name, Company.name)
                           .outerjoin(Company, Company.id == Person.company_id)
                           .where(Person.company_id.is_not(None)).order_by(Person.id.desc()).limit(1)).one()
        phone = s.execute(select(ContactChannel.person_id, ContactChannel.normalized)
                          .where(ContactChannel.kind == ChannelKind.PHONE.value,
                                 ContactChannel.person_id.is_not(None)).limit(1)).one()
        people = s.scalar(select(func.count()).select_from(Person))
        companies = s.scalar(select(func.count()).select_from(Company))
    assert indexed == people + companies
    assert person.id in {h.id for h in service.search(f"{person.last_name} {person.name}", kind="person", limit=500)}
    assert phone.person_id in {h.id for h in service.search(phone.normalized, kind="person")}
