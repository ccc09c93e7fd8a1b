"""Spreadsheet import: every kind from xlsx and csv, duplicates, all or nothing, dry run, cancel, a killed process,
revert, the error workbook, the history and every real file."""

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, inspect, select, text

from crm_desktop.db import search_index
from crm_desktop.db.database import Database
from crm_desktop.errors import CancelledError, ConflictError, ValidationError
from crm_desktop.models import (
    Activity,
    Company,
    ContactChannel,
    CustomFieldDefinition,
    CustomFieldValue,
    Deal,
    ImportItem,
    ImportRun,
    LeadSource,
    Person,
    Product,
    Tag,
    Task,
    User,
    person_tags,
)
from crm_desktop.services import tabular
from crm_desktop.services.contacts import ContactService
from crm_desktop.services.imports import ImportOptions, ImportService, import_file
from crm_desktop.services.progress import Progress
from crm_desktop.services.recurrence import local_midnight

REALDATA = Path(__file__).resolve().parents[4] / "shared" / "realdata"
if not REALDATA.is_dir():
    REALDATA = Path("/work/shared/realdata")
REAL_FILES = sorted([*REALDATA.glob("csv/*.csv"), *REALDATA.glob("xlsx/*.xls*")])
# The real files live beside the repository (../shared/realdata); a clone without them skips these tests.
real = pytest.mark.skipif(not REAL_FILES, reason="../shared/realdata is not there")

PEOPLE_HEADERS = ["First name", "Last name", "Email", "Phone", "Company", "City", "Birthday", "Tags"]
PEOPLE = [
    ["Anna", "Nowak", "anna@example.pl", "+48 601 234 567", "Acme", "Kraków", "1985-03-04", "vip"],
    ["Jan", "Kowalski", "jan@example.pl", "+48 602 000 111", "Acme", "Gdańsk", None, "vip, partner"],
    ["Pieter", "de Vries", "pieter@example.nl", "+31 6 12345678", "Bakker BV", "Utrecht", None, None],
]


# ---- helpers ---------------------------------------------------------------------------------------------------

def write_xlsx(path: Path, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(list(headers))
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def write_csv(path: Path, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(headers)
        writer.writerows([["" if v is None else v for v in row] for row in rows])
    return path


def write_table(path: Path, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> Path:
    return write_xlsx(path, headers, rows) if path.suffix == ".xlsx" else write_csv(path, headers, rows)


def run(db: Database, path: Path, **options: object) -> object:
    """The file's times read as UTC, so the stored values checked below do not depend on the computer's zone."""
    return ImportService(db, tz=UTC).run(tabular.inspect(path), ImportOptions(**options))  # type: ignore[arg-type]


def count(db: Database, model: object) -> int:
    with db.session(write=False) as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)  # type: ignore[arg-type]


def all_counts(db: Database) -> dict[str, int]:
    """Rows of every table (the search index too): equal before and after means nothing was written."""
    with db.session(write=False) as s:
        names = inspect(s.connection()).get_table_names()
        return {n: int(s.scalar(text(f'SELECT count(*) FROM "{n}"')) or 0) for n in names}


def load(db: Database, model: type, *where: object) -> list:  # type: ignore[type-arg]
    """Records as plain snapshots, readable after the session."""
    with db.session(write=False) as s:
        found = list(s.scalars(select(model).where(*where).order_by(model.id)))  # type: ignore[attr-defined]
        s.expunge_all()
        return found


def people(db: Database) -> dict[str, Person]:
    with db.session(write=False) as s:
        found = {p.last_name: p for p in s.scalars(select(Person).where(Person.deleted_at.is_(None)))}
        s.expunge_all()
        return found


def emails(db: Database, person_id: int) -> list[str]:
    with db.session(write=False) as s:
        return list(s.scalars(select(ContactChannel.value).where(ContactChannel.person_id == person_id,
                                                                 ContactChannel.kind == "email")
                              .order_by(ContactChannel.position)))


def search(db: Database, words: str) -> list[tuple[str, int]]:
    with db.session(write=False) as s:
        return search_index.search_ids(s, words)


# ---- every kind, from xlsx and csv -----------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_contacts_are_imported_with_channels_companies_tags_and_the_search_index(
        db: Database, tmp_path: Path, suffix: str) -> None:
    result = run(db, write_table(tmp_path / f"people{suffix}", PEOPLE_HEADERS, PEOPLE))

    assert (result.new, result.updated, result.skipped, result.rejected) == (3, 0, 0, 0)  # type: ignore[attr-defined]
    found = people(db)
    assert set(found) == {"Nowak", "Kowalski", "de Vries"}
    anna = found["Nowak"]
    assert (anna.first_name, anna.city, anna.birthday, anna.birthday_md) == ("Anna", "Kraków", date(1985, 3, 4),
                                                                             "0304")
    assert emails(db, anna.id) == ["anna@example.pl"]
    with db.session(write=False) as s:
        phone = s.execute(select(ContactChannel.value, ContactChannel.normalized, ContactChannel.is_primary)
                          .where(ContactChannel.person_id == anna.id, ContactChannel.kind == "phone")).one()
        assert tuple(phone) == ("+48 601 234 567", "48601234567", True)
        companies = {c.name: c.id for c in s.scalars(select(Company))}
        tags = {t.name for t in s.scalars(select(Tag))}
        kowalski_tags = s.scalar(select(func.count()).select_from(person_tags)
                                 .where(person_tags.c.person_id == found["Kowalski"].id))
    assert set(companies) == {"Acme", "Bakker BV"}
    assert anna.company_id == companies["Acme"] == found["Kowalski"].company_id
    assert {"vip", "partner"} <= tags
    assert kowalski_tags == 2
    # The search index follows in the same transaction: by name, company, email and phone digits.
    assert ("person", anna.id) in search(db, "nowak")
    assert ("person", anna.id) in search(db, "acme anna")
    assert ("person", found["de Vries"].id) in search(db, "pieter@example.nl")
    assert ("person", anna.id) in search(db, "601234567")
    assert ("company", companies["Bakker BV"]) in search(db, "bakker")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_companies_are_imported(db: Database, tmp_path: Path, suffix: str) -> None:
    path = write_table(tmp_path / f"companies{suffix}", ["Company name", "NIP", "Email", "Phone", "City", "Country"], [
        ["Acme Sp. z o.o.", "526-000-12-46", "biuro@acme.pl", "+48 22 100 20 30", "Warszawa", "Poland"],
        ["Bakker BV", None, "info@bakker.nl", None, "Utrecht", "NL"],
    ])
    result = run(db, path, kind="companies")

    assert (result.new, result.rejected) == (2, 0)  # type: ignore[attr-defined]
    with db.session(write=False) as s:
        acme = s.scalars(select(Company).where(Company.name == "Acme Sp. z o.o.")).one()
        assert (acme.tax_id, acme.city, acme.country) == ("526-000-12-46", "Warszawa", "PL")
        assert ("company", acme.id) in search_index.search_ids(s, "biuro@acme.pl")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_deals_are_imported_with_their_company_person_stage_and_outcome(db: Database, tmp_path: Path,
                                                                       suffix: str) -> None:
    path = write_table(tmp_path / f"deals{suffix}",
                       ["Title", "Amount", "Currency", "Status", "Company", "Person", "Created", "Closed on"], [
                           ["Website", "1 234,50", "PLN", "open", "Acme", "anna@example.pl", None, None],
                           ["Support", "€ 900", None, "won", "Acme", "Jan Kowalski", "2025-01-10", "2025-02-01"],
                           ["Lost one", "100", "EUR", "lost", None, None, None, None],
                       ])
    result = run(db, path, kind="deals", locale="pl")

    assert (result.new, result.rejected) == (3, 0), result.rejected_rows  # type: ignore[attr-defined]
    with db.session(write=False) as s:
        deals = {d.title: d for d in s.scalars(select(Deal))}
        assert deals["Website"].amount == Decimal("1234.50")
        assert deals["Website"].currency == "PLN"
        assert deals["Support"].currency == "EUR"    # the sign beside the amount, with no currency column
        assert (deals["Support"].status, deals["Support"].closed_on) == ("won", date(2025, 2, 1))
        assert deals["Support"].created_at == datetime(2025, 1, 10)
        assert deals["Lost one"].status == "lost"
        assert deals["Lost one"].closed_on is not None
        acme = s.scalars(select(Company).where(Company.name == "Acme")).one()
        assert deals["Website"].company_id == deals["Support"].company_id == acme.id
        people_by_name = {(p.first_name, p.last_name): p.id for p in s.scalars(select(Person))}
        # A person named by an email or a name that is not there yet is created with it.
        assert deals["Support"].person_id == people_by_name[("Jan", "Kowalski")]
        assert deals["Website"].person_id is not None


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_products_are_imported_and_matched_by_sku(db: Database, tmp_path: Path, suffix: str) -> None:
    headers = ["Name", "SKU", "Unit", "Price", "VAT rate", "Active"]
    path = write_table(tmp_path / f"products{suffix}", headers, [
        ["Consulting hour", "C-1", "h", "120.00", "23", "yes"],
        ["Licence", "L-1", "pcs", "1,000.00", "0", "no"],
    ])
    assert run(db, path, kind="products").new == 2  # type: ignore[attr-defined]
    again = write_table(tmp_path / f"again{suffix}", headers, [["Consulting hour", "C-1", "h", "150", "23", "yes"]])

    result = run(db, again, kind="products", on_duplicate="update")

    assert (result.new, result.updated) == (0, 1)  # type: ignore[attr-defined]
    products = {p.sku: p for p in load(db, Product)}
    assert products["C-1"].price == Decimal("150.00")
    assert (products["L-1"].price, products["L-1"].active) == (Decimal("1000.00"), False)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_tasks_are_imported(db: Database, tmp_path: Path, suffix: str) -> None:
    path = write_table(tmp_path / f"tasks{suffix}", ["Title", "Kind", "Due", "Priority", "Company", "Notes"], [
        ["Call Anna", "call", "2026-04-01 09:30", "high", "Acme", "about the offer"],
        ["Send the offer", "email", "2026-04-02", None, None, None],
    ])
    result = run(db, path, kind="tasks")

    assert (result.new, result.rejected) == (2, 0), result.rejected_rows  # type: ignore[attr-defined]
    tasks = {t.title: t for t in load(db, Task)}
    assert (tasks["Call Anna"].due_at, tasks["Call Anna"].all_day, tasks["Call Anna"].priority) == (
        datetime(2026, 4, 1, 9, 30), False, 2)
    assert tasks["Call Anna"].company_id is not None
    assert (tasks["Send the offer"].all_day, tasks["Send the offer"].kind) == (True, "email")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_times_are_read_as_local_time_and_stored_as_utc(db: Database, tmp_path: Path, suffix: str) -> None:
    warsaw = ZoneInfo("Europe/Warsaw")   # +01:00 in winter, +02:00 in summer
    deals = write_table(tmp_path / f"deals{suffix}",
                        ["Title", "Status", "Created", "Closed on", "Expected close"], [
                            ["Winter", "open", "2025-01-10 09:30", None, "2025-03-31"],
                            ["Summer", "won", "2025-07-10 09:30", "2025-07-20", None],
                            ["Just after midnight", "won", "2025-01-10 00:30", None, None],
                        ])
    tasks = write_table(tmp_path / f"tasks{suffix}", ["Title", "Due", "All day", "Done"], [
        ["Call", "2026-07-01 09:30", None, "2026-07-01 10:00"],
        ["All day", "2026-04-02", None, None],
        ["All day with a time", "2026-04-03 15:00", "yes", None],
    ])
    service = ImportService(db, tz=warsaw)

    assert service.run(tabular.inspect(deals), ImportOptions(kind="deals")).new == 3
    assert service.run(tabular.inspect(tasks), ImportOptions(kind="tasks")).new == 3

    found = {d.title: d for d in load(db, Deal)}
    assert found["Winter"].created_at == datetime(2025, 1, 10, 8, 30)
    assert found["Winter"].expected_close_on == date(2025, 3, 31)           # a date stays a date
    assert found["Summer"].created_at == datetime(2025, 7, 10, 7, 30)
    assert found["Summer"].closed_on == date(2025, 7, 20)
    assert found["Just after midnight"].created_at == datetime(2025, 1, 9, 23, 30)
    assert found["Just after midnight"].closed_on == date(2025, 1, 10)     # closed on the local day it was won
    done = {t.title: t for t in load(db, Task)}
    assert (done["Call"].due_at, done["Call"].done_at, done["Call"].all_day) == (
        datetime(2026, 7, 1, 7, 30), datetime(2026, 7, 1, 8, 0), False)
    # An all-day task is due at the local midnight of its day, as TaskService stores it.
    assert (done["All day"].due_at, done["All day"].all_day) == (local_midnight(date(2026, 4, 2), warsaw), True)
    assert done["All day"].due_at == datetime(2026, 4, 1, 22, 0)
    assert done["All day with a time"].due_at == datetime(2026, 4, 2, 22, 0)


def test_the_owner_and_lead_source_of_a_deal_or_task_in_the_file_are_saved(db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        marta, piotr = User(login="marta", full_name="Marta Zielińska"), User(login="piotr", full_name="Piotr")
        s.add_all([marta, piotr])
        s.flush()
        marta_id, piotr_id = marta.id, piotr.id
    deals = write_csv(tmp_path / "deals.csv", ["Title", "Owner", "Lead source"], [
        ["From the file", "Marta Zielińska", "Trade fair"], ["From the options", None, None]])
    tasks = write_csv(tmp_path / "tasks.csv", ["Title", "Owner"], [["Call", "marta"], ["Mail", None]])

    new_deals = run(db, deals, kind="deals", owner_id=piotr_id, lead_source="Website")
    new_tasks = run(db, tasks, kind="tasks", owner_id=piotr_id)

    assert (new_deals.new, new_tasks.new) == (2, 2)  # type: ignore[attr-defined]
    sources = {source.name: source.id for source in load(db, LeadSource)}
    assert {d.title: (d.owner_id, d.lead_source_id) for d in load(db, Deal)} == {
        "From the file": (marta_id, sources["Trade fair"]), "From the options": (piotr_id, sources["Website"])}
    assert {t.title: t.owner_id for t in load(db, Task)} == {"Call": marta_id, "Mail": piotr_id}

    # A deal the file updates takes its owner and lead source too.
    again = write_csv(tmp_path / "again.csv", ["Title", "Owner", "Lead source"],
                      [["From the options", "marta", "Referral"]])
    result = run(db, again, kind="deals", on_duplicate="update", match=("column:0",))

    assert (result.new, result.updated) == (0, 1)  # type: ignore[attr-defined]
    [referral] = load(db, LeadSource, LeadSource.name == "Referral")
    [updated] = load(db, Deal, Deal.title == "From the options")
    assert (updated.owner_id, updated.lead_source_id) == (marta_id, referral.id)


@pytest.mark.parametrize("kind", ["contacts", "deals"])
def test_an_owner_who_is_no_user_here_keeps_the_row_with_the_imports_owner(db: Database, tmp_path: Path,
                                                                          kind: str) -> None:
    with db.session() as s:
        piotr = User(login="piotr", full_name="Piotr")
        s.add(piotr)
        s.flush()
        piotr_id = piotr.id
    headers = ["First name", "Last name", "Owner"] if kind == "contacts" else ["Title", "Owner"]
    row = ["Anna", "Nowak", "Emily Carter"] if kind == "contacts" else ["Fleet renewal", "Emily Carter"]
    path = write_csv(tmp_path / "other_database.csv", headers, [row])

    [preview] = ImportService(db).preview(tabular.inspect(path), ImportOptions(kind=kind, owner_id=piotr_id))
    result = run(db, path, kind=kind, owner_id=piotr_id)

    assert preview.action == "new"
    assert "'Emily Carter' is not a user of this database" in preview.problems["owner"]
    assert (result.new, result.rejected) == (1, 0)  # type: ignore[attr-defined]
    model = Person if kind == "contacts" else Deal
    assert [r.owner_id for r in load(db, model)] == [piotr_id]


# ---- duplicates ------------------------------------------------------------------------------------------------

def test_duplicates_are_skipped_by_default_also_inside_the_file(db: Database, tmp_path: Path) -> None:
    rows = [*PEOPLE, ["Anna", "Nowak-Twin", "ANNA@example.pl", None, None, None, None, None],   # same email
            ["Janek", "Phone-Twin", None, "0048 602 000 111", None, None, None, None]]         # same phone
    result = run(db, write_csv(tmp_path / "p.csv", PEOPLE_HEADERS, rows))
    assert (result.new, result.skipped) == (3, 2)  # type: ignore[attr-defined]

    again = run(db, write_csv(tmp_path / "p.csv", PEOPLE_HEADERS, rows))

    assert (again.new, again.skipped) == (0, 5)  # type: ignore[attr-defined]
    assert count(db, Person) == 3


def test_duplicates_update_the_existing_record_and_add_what_it_lacks(db: Database, tmp_path: Path) -> None:
    run(db, write_csv(tmp_path / "p.csv", PEOPLE_HEADERS, PEOPLE))
    rows = [["Anna", "Nowak", "anna@example.pl", "+48 22 111 22 33", None, "Warszawa", None, "new-tag"],
            ["Anna", "Nowak", "anna.private@example.pl", "+48 22 111 22 33", None, None, None, None]]

    result = run(db, write_csv(tmp_path / "u.csv", PEOPLE_HEADERS, rows), on_duplicate="update")

    assert (result.new, result.updated) == (0, 2)  # type: ignore[attr-defined]
    anna = people(db)["Nowak"]
    assert anna.city == "Warszawa"
    assert anna.company_id is not None          # an empty cell does not empty a stored value
    # The second row matched through the phone the first row added.
    assert emails(db, anna.id) == ["anna@example.pl", "anna.private@example.pl"]
    with db.session(write=False) as s:
        items = s.execute(select(ImportItem.action, ImportItem.entity_id)
                          .where(ImportItem.run_id == result.run_id)).all()  # type: ignore[attr-defined]
    assert items == [("updated", anna.id)]     # one item per record, however often the file updates it


def test_duplicates_inside_the_file_update_the_record_the_file_created(db: Database, tmp_path: Path) -> None:
    rows = [["Anna", "Nowak", "anna@example.pl", None, None, None, None, None],
            ["Anna", "Nowak", "anna@example.pl", None, None, "Kraków", None, None]]

    result = run(db, write_csv(tmp_path / "p.csv", PEOPLE_HEADERS, rows), on_duplicate="update")

    assert (result.new, result.updated) == (1, 1)  # type: ignore[attr-defined]
    assert people(db)["Nowak"].city == "Kraków"


def test_duplicates_created_anyway(db: Database, tmp_path: Path) -> None:
    run(db, write_csv(tmp_path / "p.csv", PEOPLE_HEADERS, PEOPLE))

    result = run(db, write_csv(tmp_path / "p.csv", PEOPLE_HEADERS, PEOPLE), on_duplicate="create")

    assert result.new == 3  # type: ignore[attr-defined]
    assert count(db, Person) == 6


def test_matching_on_a_chosen_column(db: Database, tmp_path: Path) -> None:
    ContactService(db)   # the custom field "Customer no." on people
    from crm_desktop.services.custom_fields import CustomFieldService

    field = CustomFieldService(db).create_definition("person", "Customer no.", "text")
    headers = ["First name", "Last name", "Customer no.", "City"]
    run(db, write_csv(tmp_path / "a.csv", headers, [["Anna", "Nowak", "K-1", "Kraków"]]),
        mapping={0: "first_name", 1: "last_name", 2: f"custom:{field.id}", 3: "city"})

    result = run(db, write_csv(tmp_path / "b.csv", headers, [["Anna", "Nowak-Kowalska", "K-1", "Łódź"]]),
                 mapping={0: "first_name", 1: "last_name", 2: f"custom:{field.id}", 3: "city"},
                 match=("column:2",), on_duplicate="update")

    assert (result.new, result.updated) == (0, 1)  # type: ignore[attr-defined]
    assert people(db)["Nowak-Kowalska"].city == "Łódź"


def test_companies_match_on_the_tax_id_whatever_its_separators(db: Database, tmp_path: Path) -> None:
    headers = ["Name", "Tax ID", "City"]
    run(db, write_csv(tmp_path / "a.csv", headers, [["Acme", "526-000-12-46", "Warszawa"]]), kind="companies")

    result = run(db, write_csv(tmp_path / "b.csv", headers, [["ACME S.A.", "5260001246", "Kraków"],
                                                             ["Acme twin", "526 000 12 46", None]]),
                 kind="companies", on_duplicate="update")

    assert (result.new, result.updated) == (0, 2)  # type: ignore[attr-defined]
    with db.session(write=False) as s:
        assert [(c.name, c.city) for c in s.scalars(select(Company))] == [("Acme twin", "Kraków")]


# ---- options for the whole import ------------------------------------------------------------------------------

def test_tags_owner_and_lead_source_for_the_whole_import(db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        user = User(login="marta", full_name="Marta Zielińska")
        s.add(user)
        s.flush()
        marta = user.id
    path = write_csv(tmp_path / "p.csv", [*PEOPLE_HEADERS, "Owner"], [
        [*PEOPLE[0], None], [*PEOPLE[1], "Marta Zielińska"], [*PEOPLE[2], "nobody-here"]])

    result = run(db, path, tags=("fair-2026",), owner_id=marta, lead_source="Trade fair")

    # An owner who is no user here keeps the row: it gets the import's owner (a warning in the preview says so).
    assert (result.new, result.rejected) == (3, 0)  # type: ignore[attr-defined]
    found = people(db)
    [fair] = load(db, Tag, Tag.name == "fair-2026")
    [source] = load(db, LeadSource, LeadSource.name == "Trade fair")
    with db.session(write=False) as s:
        tagged = set(s.scalars(select(person_tags.c.person_id).where(person_tags.c.tag_id == fair.id)))
    assert tagged == {p.id for p in found.values()}
    assert len(found) == 3
    assert {p.owner_id for p in found.values()} == {marta}
    assert {p.lead_source_id for p in found.values()} == {source.id}


def test_new_custom_field_from_a_column(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", ["First name", "Last name", "Shoe size"], [["Anna", "Nowak", "38"]])

    run(db, path, mapping={0: "first_name", 1: "last_name"}, new_custom_fields={2: "Shoe size"})

    [definition] = load(db, CustomFieldDefinition)
    with db.session(write=False) as s:
        value = s.scalars(select(CustomFieldValue)).one()
        s.expunge_all()
    assert (definition.label, definition.entity, definition.field_type) == ("Shoe size", "person", "text")
    assert (value.definition_id, value.value_text) == (definition.id, "38")


# ---- rejected rows ---------------------------------------------------------------------------------------------

def test_bad_rows_are_rejected_with_their_reason_and_the_rest_goes_on(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", PEOPLE_HEADERS, [
        PEOPLE[0],
        ["Bad", "Date", None, None, None, None, "31.02.2024", None],
        ["No", "Way", "not-an-address", None, None, None, None, None],
        [None, None, None, None, None, "Somewhere", None, None],
        ["Too", "x" * 200, None, None, None, None, None, None],
        PEOPLE[1],
    ])
    result = run(db, path, locale="pl")

    assert (result.new, result.rejected) == (2, 4)  # type: ignore[attr-defined]
    reasons = {r.row: r.reason for r in result.rejected_rows}  # type: ignore[attr-defined]
    assert "31.02.2024" in reasons[3]
    assert reasons[3].startswith("Birthday")
    assert "not-an-address" in reasons[4]
    assert "no name" in reasons[5]
    assert "too long" in reasons[6]
    assert result.rejected_rows[0].values == ("Bad", "Date", None, None, None, None, "31.02.2024", None)  # type: ignore[attr-defined]


def test_a_row_the_database_refuses_is_rejected_alone(db: Database, tmp_path: Path) -> None:
    """A chunk written in bulk that fails is written again row by row: only the bad row is rejected."""
    with db.engine.begin() as conn:
        if db.is_sqlite:
            conn.exec_driver_sql("CREATE TRIGGER refuse_mallory BEFORE INSERT ON persons WHEN NEW.first_name = "
                                 "'Mallory' BEGIN SELECT RAISE(ABORT, 'Mallory is not welcome'); END")
        else:
            conn.exec_driver_sql("CREATE FUNCTION refuse_mallory() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                 "IF NEW.first_name = 'Mallory' THEN RAISE EXCEPTION 'Mallory is not welcome'; END IF; "
                                 "RETURN NEW; END $$")
            conn.exec_driver_sql("CREATE TRIGGER refuse_mallory BEFORE INSERT ON persons FOR EACH ROW "
                                 "EXECUTE FUNCTION refuse_mallory()")
    rows = [*PEOPLE, ["Mallory", "Evil", "mallory@example.org", None, None, None, None, None]]

    result = run(db, write_csv(tmp_path / "p.csv", PEOPLE_HEADERS, rows))

    assert (result.new, result.rejected) == (3, 1)  # type: ignore[attr-defined]
    assert "Mallory is not welcome" in result.rejected_rows[0].reason  # type: ignore[attr-defined]
    assert set(people(db)) == {"Nowak", "Kowalski", "de Vries"}
    assert ("person", people(db)["Nowak"].id) in search(db, "nowak")


def test_the_error_workbook_is_neutralised_and_imports_again_once_corrected(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", PEOPLE_HEADERS, [
        PEOPLE[0],
        ["=HYPERLINK(\"http://evil\")", "Formula", "bad@", None, None, "+Kraków", None, None],
    ])
    errors = tmp_path / "rejected.xlsx"
    result = ImportService(db).run(tabular.inspect(path), ImportOptions(), error_workbook=errors)

    assert result.error_workbook == errors
    assert result.rejected == 1
    sheet = load_workbook(errors).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == [*PEOPLE_HEADERS, "Row", "Reason"]
    assert rows[1][0] == "'=HYPERLINK(\"http://evil\")"
    assert rows[1][5] == "'+Kraków"
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    assert rows[1][8] == 3
    assert "bad@" in rows[1][9]

    # Corrected by the user, then imported again with the same mapping: Row and Reason are left out.
    wb = load_workbook(errors)
    wb.active["C2"] = "formula@example.org"
    wb.save(errors)
    again = ImportService(db).run(tabular.inspect(errors), ImportOptions())

    assert (again.new, again.rejected) == (1, 0)
    fixed = people(db)["Formula"]
    assert fixed.first_name == "=HYPERLINK(\"http://evil\")"    # the text as the user typed it, never run
    assert fixed.city == "+Kraków"
    assert emails(db, fixed.id) == ["formula@example.org"]


# ---- all or nothing --------------------------------------------------------------------------------------------

def test_a_dry_run_counts_exactly_and_writes_nothing(db: Database, tmp_path: Path) -> None:
    rows = [*PEOPLE, ["Anna", "Twin", "anna@example.pl", None, None, None, None, None],
            ["Bad", "Row", "nope", None, None, None, None, None]]
    path = write_csv(tmp_path / "p.csv", PEOPLE_HEADERS, rows)
    before = all_counts(db)

    dry = run(db, path, dry_run=True, tags=("x",), lead_source="New source")

    assert all_counts(db) == before
    assert ImportService(db).history() == []
    real_run = run(db, path, tags=("x",), lead_source="New source")
    assert dry.counts() == real_run.counts() == {"new": 3, "updated": 0, "skipped": 1, "rejected": 1}  # type: ignore[attr-defined]
    assert (dry.dry_run, dry.run_id) == (True, None)  # type: ignore[attr-defined]


def test_cancel_in_the_middle_leaves_the_database_as_it_was(db: Database, tmp_path: Path) -> None:
    rows = [[f"First{i}", f"Last{i}", f"p{i}@example.org", None, "Acme" if i % 2 else None, None, None, "t"]
            for i in range(5000)]
    path = write_csv(tmp_path / "many.csv", PEOPLE_HEADERS, rows)
    before = all_counts(db)
    seen: list[int] = []

    def report(done: int, total: int, _text: str) -> None:
        seen.append(done)
        if len(seen) == 3:
            progress.cancel()

    progress = Progress(report)
    with pytest.raises(CancelledError):
        ImportService(db).run(tabular.inspect(path), ImportOptions(), progress=progress)

    assert len(seen) >= 3
    assert all_counts(db) == before


@pytest.mark.sqlite_only("kills a process writing the file, then checks the file")
def test_a_killed_import_leaves_a_sound_database_without_any_of_its_rows(db: Database, db_path: Path,
                                                                        tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["First name", "Last name", "Email", "City"])
        writer.writerows([f"Killed{i}", f"Import{i}", f"k{i}@example.org", "Delft"] for i in range(300_000))
    before = all_counts(db)
    db.close()
    script = textwrap.dedent(f"""
        import sys
        from crm_desktop.db.database import open_database
        from crm_desktop.services.imports import ImportOptions, import_file
        from crm_desktop.services.progress import Progress
        def report(done, total, text):
            if done > 100_000:
                print("writing", flush=True)
        db = open_database({str(db_path)!r})
        import_file(db, {str(path)!r}, ImportOptions(), progress=Progress(report))
        print("finished", flush=True)
    """)
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                             env=os.environ.copy())
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "writing", line
        time.sleep(0.5)
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL

    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("SELECT count(*) FROM persons WHERE first_name LIKE 'Killed%'").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM import_runs").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM persons").fetchone() == (before["persons"],)
    finally:
        conn.close()


# ---- history and revert ----------------------------------------------------------------------------------------

def test_history_lists_the_import_with_its_counts_and_an_activity(db: Database, tmp_path: Path) -> None:
    result = run(db, write_csv(tmp_path / "people.csv", PEOPLE_HEADERS, PEOPLE))

    [info] = ImportService(db).history()

    assert (info.id, info.file_name, info.kind, info.revertible) == (result.run_id, "people.csv", "contacts",  # type: ignore[attr-defined]
                                                                     True)
    assert info.counts == {"new": 3, "updated": 0, "skipped": 0, "rejected": 0}
    assert info.mapping[0] == "first_name"
    assert info.finished_at is not None
    [activity] = load(db, Activity, Activity.kind == "import")
    [run_row] = load(db, ImportRun)
    assert len(run_row.file_sha1) == 40
    assert activity.data is not None
    assert activity.data["new"] == 3


def test_revert_removes_what_was_created_and_restores_what_was_updated(db: Database, tmp_path: Path) -> None:
    first = run(db, write_csv(tmp_path / "p.csv", PEOPLE_HEADERS, PEOPLE[:1]))
    anna_before = people(db)["Nowak"]
    update_rows = [["Anna", "Nowak", "anna@example.pl", "+48 22 111 22 33", "Other Co", "Warszawa", None, "new"],
                   PEOPLE[1]]
    second = run(db, write_csv(tmp_path / "u.csv", PEOPLE_HEADERS, update_rows), on_duplicate="update")
    assert (second.new, second.updated) == (1, 1)  # type: ignore[attr-defined]
    assert people(db)["Nowak"].city == "Warszawa"

    reverted = ImportService(db).revert(second.run_id)  # type: ignore[attr-defined]

    assert (reverted.removed, reverted.restored) == (2, 1)    # Kowalski and the company "Other Co"; Anna
    anna = people(db)["Nowak"]
    assert (anna.city, anna.company_id) == (anna_before.city, anna_before.company_id)
    assert emails(db, anna.id) == ["anna@example.pl"]
    with db.session(write=False) as s:
        phones = list(s.scalars(select(ContactChannel.value).where(ContactChannel.person_id == anna.id,
                                                                   ContactChannel.kind == "phone")))
    [other] = load(db, Company, Company.name == "Other Co")
    assert phones == ["+48 601 234 567"]
    assert other.deleted_at is not None
    assert "Kowalski" not in people(db)
    assert search(db, "kowalski") == []
    assert [t.name for t in ContactService(db).trash("person")] == ["Jan Kowalski"]
    history = {h.id: h for h in ImportService(db).history()}
    assert history[second.run_id].reverted_at is not None  # type: ignore[attr-defined]
    assert not history[second.run_id].revertible  # type: ignore[attr-defined]
    with pytest.raises(ValidationError, match="already reverted"):
        ImportService(db).revert(second.run_id)  # type: ignore[attr-defined]
    assert history[first.run_id].revertible  # type: ignore[attr-defined]


def test_revert_is_refused_after_a_later_edit(db: Database, tmp_path: Path) -> None:
    result = run(db, write_csv(tmp_path / "p.csv", PEOPLE_HEADERS, PEOPLE))
    service = ContactService(db)
    anna = people(db)["Nowak"]
    data = service.get_person(anna.id)
    service.update_person(anna.id, data.input.__class__(**{**data.input.__dict__, "city": "Poznań"}), data.version)
    before = all_counts(db)

    with pytest.raises(ConflictError, match="Anna Nowak"):
        ImportService(db).revert(result.run_id)  # type: ignore[attr-defined]

    assert all_counts(db) == before
    assert len(people(db)) == 3


def test_revert_of_deals_and_products(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "products.csv", ["Name", "SKU", "Price"], [["Hour", "H-1", "100"]])
    run(db, path, kind="products")
    updated = run(db, write_csv(tmp_path / "p2.csv", ["Name", "SKU", "Price"], [["Hour", "H-1", "130"],
                                                                                 ["Day", "D-1", "800"]]),
                  kind="products", on_duplicate="update")

    ImportService(db).revert(updated.run_id)  # type: ignore[attr-defined]

    products = {p.sku: p for p in load(db, Product)}
    assert products["H-1"].price == Decimal("100.00")
    assert products["H-1"].deleted_at is None
    assert products["D-1"].deleted_at is not None


# ---- preview ---------------------------------------------------------------------------------------------------

def test_preview_shows_what_would_happen_and_writes_nothing(db: Database, tmp_path: Path) -> None:
    run(db, write_csv(tmp_path / "a.csv", PEOPLE_HEADERS, PEOPLE[:1]))
    path = write_csv(tmp_path / "p.csv", PEOPLE_HEADERS, [
        PEOPLE[0], PEOPLE[1], ["Twin", "Kowalski", "jan@example.pl", None, None, None, None, None],
        ["Bad", "Date", None, None, None, None, "soon", None]])
    before = all_counts(db)

    rows = ImportService(db).preview(tabular.inspect(path), ImportOptions(on_duplicate="update"))

    assert [(r.row, r.action) for r in rows] == [(2, "update"), (3, "new"), (4, "update"), (5, "reject")]
    assert rows[0].values["email"] == "anna@example.pl"
    assert "birthday" in rows[3].problems
    assert all_counts(db) == before


def test_options_are_checked(db: Database, tmp_path: Path) -> None:
    source = tabular.inspect(write_csv(tmp_path / "p.csv", PEOPLE_HEADERS, PEOPLE))
    service = ImportService(db)
    with pytest.raises(ValidationError, match="cannot be imported"):
        service.run(source, ImportOptions(kind="unicorns"))
    with pytest.raises(ValidationError, match="skip, update or create"):
        service.run(source, ImportOptions(on_duplicate="merge"))
    with pytest.raises(ValidationError, match="match duplicates"):
        service.run(source, ImportOptions(match=("shoe-size",)))
    with pytest.raises(ValidationError, match="both mapped"):
        service.run(source, ImportOptions(mapping={0: "first_name", 1: "first_name"}))
    with pytest.raises(ValidationError, match="not a field"):
        service.run(source, ImportOptions(mapping={0: "colour"}))
    assert service.history() == []


# ---- real files ------------------------------------------------------------------------------------------------

@real
@pytest.mark.parametrize("path", REAL_FILES, ids=[p.name for p in REAL_FILES])
def test_every_real_file_is_imported_or_refused_cleanly(db: Database, path: Path) -> None:
    try:
        result = import_file(db, path, ImportOptions())
    except ValidationError as exc:
        refusal = str(exc)
    else:
        refusal = ""
    if refusal:
        assert ImportService(db).history() == []
        return
    assert result.new + result.updated + result.skipped + result.rejected >= 1
    assert count(db, Person) >= result.new
    assert all(r.reason for r in result.rejected_rows)


@real
def test_a_real_export_is_mapped_and_imported(db: Database) -> None:
    result = import_file(db, REALDATA / "csv" / "twenty_spreadsheet_import_exampleFile_EXCERPT.csv", ImportOptions())
    assert result.new >= 2
    assert result.rejected == 0
    assert people(db)["Rodmann"].first_name == "Christy"
    assert emails(db, people(db)["Rodmann"].id) == ["Christy.Rodmann@mailmail.com"]


@real
def test_rows_whose_only_address_is_invalid_are_rejected_as_the_card_would(db: Database) -> None:
    result = import_file(db, REALDATA / "csv" / "thunderbird_export.csv", ImportOptions())
    assert result.rejected >= 1
    assert "contact1@invalid" in result.rejected_rows[0].reason


# ---- the migration ---------------------------------------------------------------------------------------------

def test_migration_0003_adds_the_history_to_a_database_of_the_previous_release(db: Database) -> None:
    from alembic import command

    from crm_desktop.db import migrate

    with db.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0002_contacts")
    with db.engine.begin() as conn:
        assert "import_runs" not in inspect(conn).get_table_names()
        conn.exec_driver_sql("INSERT INTO persons (uuid, first_name, last_name, status, created_at, updated_at, "
                             "version) VALUES ('u-1', 'Grace', 'Hopper', 'lead', '2026-01-01', '2026-01-01', 1)")

    migrate.upgrade(db.engine)

    assert migrate.current_revision(db.engine) == migrate.head_revision()
    assert [p.last_name for p in load(db, Person)] == ["Hopper"]
    assert ImportService(db).history() == []
