"""The contact search index: folding, phone keys, ranking tiers and keeping rows in step with the tables."""

import pytest
from sqlalchemy import update

from crm_desktop.db import search_index
from crm_desktop.db.database import Database
from crm_desktop.models import Company, ContactChannel, Person, utcnow


@pytest.mark.parametrize(("typed", "stored"), [
    ("lukasz zolc", "Łukasz Żółć"),
    ("muller", "Müller"),
    ("strasse", "Straße"),
    ("иван", "ИВАН"),
    ("ёлкин", "Елкин"),
    ("علي كريمي", "علی کریمی"),
    ("09121234567", "۰۹۱۲۱۲۳۴۵۶۷"),
])
def test_fold_makes_the_typed_and_the_stored_spelling_equal(typed: str, stored: str) -> None:
    assert search_index.fold(typed) == search_index.fold(stored)


def test_phone_keys_hold_the_international_national_and_local_digits() -> None:
    keys = search_index.phone_keys("+7 (495) 123-45-67")

    assert {"74951234567", "4951234567", "1234567"} <= keys


def test_normalize_phone_needs_a_region_without_a_country_code() -> None:
    assert search_index.normalize_phone("06 12345678", "NL") == "31612345678"
    assert search_index.normalize_phone("0031 6 12345678") == "31612345678"
    assert search_index.normalize_phone("not a phone") is None


def _person(db: Database, first: str, last: str, **extra: object) -> int:
    with db.session() as s:
        person = Person(first_name=first, last_name=last, **extra)
        s.add(person)
        s.flush()
        search_index.reindex(s, person_ids=[person.id])
        return person.id


def test_whole_name_words_rank_before_prefixes_before_other_columns(db: Database) -> None:
    elsewhere = _person(db, "Anna", "Smith", notes="met Ivanova at the fair")
    prefix = _person(db, "Ivanka", "Trump")
    exact = _person(db, "Ivan", "Petrov")

    with db.session(write=False) as s:
        found = search_index.search_ids(s, "ivan", "person", limit=None)

    assert found == [("person", exact), ("person", prefix), ("person", elsewhere)]


def test_limit_and_offset_page_through_the_ranked_list(db: Database) -> None:
    ids = [_person(db, "Jan", f"de Vries {n}") for n in range(5)]

    with db.session(write=False) as s:
        pages = [search_index.search_ids(s, "jan", "person", limit=2, offset=o) for o in (0, 2, 4)]
        total = search_index.count(s, "jan", "person")

    assert [pid for page in pages for _kind, pid in page] == ids
    assert total == 5


def test_a_phone_is_found_by_its_digits_whatever_the_formatting(db: Database) -> None:
    pid = _person(db, "Olga", "Sidorova")
    with db.session() as s:
        s.add(ContactChannel(person_id=pid, kind="phone", value="+7 (495) 123-45-67"))
        s.flush()
        search_index.reindex(s, person_ids=[pid])

    with db.session(write=False) as s:
        for typed in ("4951234567", "+74951234567", "495 123", "123-45-67"):
            assert search_index.search_ids(s, typed, "person") == [("person", pid)], typed


def test_a_deleted_record_leaves_the_index_and_a_rename_is_found_at_once(db: Database) -> None:
    pid = _person(db, "Piet", "Jansen")
    with db.session() as s:
        company = Company(name="Acme")
        s.add(company)
        s.flush()
        s.execute(update(Person).where(Person.id == pid).values(company_id=company.id))
        search_index.reindex(s, person_ids=[pid], company_ids=[company.id])
        company_id = company.id

    with db.session(write=False) as s:
        assert search_index.search_ids(s, "acme", None) == [("company", company_id), ("person", pid)]

    with db.session() as s:
        s.execute(update(Company).where(Company.id == company_id).values(name="Globex"))
        s.execute(update(Person).where(Person.id == pid).values(deleted_at=utcnow()))
        search_index.reindex(s, person_ids=[pid], company_ids=[company_id])

    with db.session(write=False) as s:
        assert search_index.search_ids(s, "acme", None) == []
        assert search_index.search_ids(s, "globex", None) == [("company", company_id)]
        assert search_index.search_ids(s, "piet", None) == []


def test_rebuild_indexes_rows_written_without_the_services(db: Database) -> None:
    with db.session() as s:
        s.add_all([Person(first_name="Zofia", last_name="Wójcik"), Company(name="Łódź Trading")])

    with db.session() as s:
        assert search_index.search_ids(s, "wojcik", None) == []
        assert search_index.rebuild(s) == 2
        assert [kind for kind, _id in search_index.search_ids(s, "lodz", None)] == ["company"]
        assert [kind for kind, _id in search_index.search_ids(s, "zofia wojcik", None)] == ["person"]
