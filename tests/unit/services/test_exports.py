"""Spreadsheet export: columns that import maps back, typed .xlsx cells, .csv read back, neutralised formulas,
filters and segments, cancel and failures that leave no file, and export -> import -> export giving the same."""

from __future__ import annotations

import csv
import io
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from crm_desktop.db.database import Database, open_database
from crm_desktop.errors import CancelledError, ValidationError
from crm_desktop.models import (
    Company,
    Deal,
    DealStatus,
    LeadSource,
    LossReason,
    Person,
    Pipeline,
    Product,
    Stage,
    Task,
    User,
)
from crm_desktop.services import defaults, exports, import_mapping
from crm_desktop.services.contact_list import ContactFilter, ContactListService
from crm_desktop.services.contacts import ChannelInput, CompanyInput, ContactService, PersonInput
from crm_desktop.services.custom_fields import CustomFieldService
from crm_desktop.services.progress import Progress

FORMULAS = ("=1+2", "+33 1 23", "-5+5", "@SUM(A1)", "\tTAB", "\rCR")


@dataclass(frozen=True)
class Base:
    """The ids of what the `base` fixture wrote."""

    people: dict[str, int]
    companies: dict[str, int]
    deals: list[int]
    tasks: list[int]
    products: list[int]
    custom: dict[str, int]


def add(db: Database, record: Any) -> int:
    with db.session() as s:
        s.add(record)
        s.flush()
        return int(record.id)


def fill(db: Database) -> Base:
    """A user, companies, people with every kind of field, deals, tasks and products; the same on every call."""
    user = add(db, User(login="anna", full_name="Anna Manager"))
    custom_fields = CustomFieldService(db)
    custom = {
        "hobby": custom_fields.create_definition("person", "Hobby", "text").id,
        "since": custom_fields.create_definition("person", "Client since", "date").id,
        "budget": custom_fields.create_definition("person", "Budget", "money").id,
        "langs": custom_fields.create_definition("person", "Speaks", "multi_choice", ("Dutch", "Polish")).id,
        "vip": custom_fields.create_definition("person", "Newsletter", "bool").id,
        "region": custom_fields.create_definition("company", "Region", "text").id,
        "channel": custom_fields.create_definition("deal", "Sales channel", "text").id,
    }
    svc = ContactService(db, user)
    hot, vip = svc.save_tag(None, "Hot", "#ff0000"), svc.save_tag(None, "VIP", "#00ff00")
    with db.session(write=False) as s:
        fair = s.scalar(select(LeadSource.id).order_by(LeadSource.id))
    acme = svc.create_company(CompanyInput(
        name="Acme Sp. z o.o.", legal_name="Acme spółka z o.o.", tax_id="5260001246", registration_no="0000123456",
        industry="Retail", website="https://acme.example", legal_address="ul. Prosta 1, Warszawa",
        postal_address="skr. 12", city="Warszawa", country="PL", founded_on=date(1999, 4, 1), status="client",
        lead_source_id=fair, owner_id=user, notes="Pays on time",
        channels=(ChannelInput("email", "office@acme.example"), ChannelInput("phone", "+48 22 123 45 67")),
        tag_ids=(vip,), custom={custom["region"]: "Mazovia"})).id
    delft = svc.create_company(CompanyInput(name="Delft Tiles B.V.", city="Delft", country="NL",
                                            channels=(ChannelInput("phone", "+31 6 1234 5678", "mobile"),))).id
    jan = svc.create_person(PersonInput(
        first_name="Jan", middle_name="Maria", last_name="Kowalski", position="Director", company_id=acme,
        company_role="director", birthday=date(1980, 5, 17), address="ul. Długa 5", city="Kraków", country="PL",
        language="pl", status="former_client", lead_source_id=fair, owner_id=user, notes="-2+3 is not a formula",
        channels=(ChannelInput("phone", "+48 12 345 67 89", "work", True),
                  ChannelInput("phone", "+48 601 000 001", "mobile"),
                  ChannelInput("phone", "+48 12 000 00 00", "home"),
                  ChannelInput("email", "jan@acme.example", "work", True),
                  ChannelInput("email", "jan.k@example.org", "personal"),
                  ChannelInput("messenger", "@jank", "telegram")),
        tag_ids=(hot, vip),
        custom={custom["hobby"]: "@SUM(1)", custom["since"]: date(2020, 1, 31), custom["budget"]: Decimal("2500.5"),
                custom["langs"]: ["Dutch", "Polish"], custom["vip"]: True})).id
    zoe = svc.create_person(PersonInput(first_name="Zoë", last_name="Ünal", city="Köln", company_id=delft,
                                        channels=(ChannelInput("email", "zoe@example.de"),))).id
    evil = svc.create_person(PersonInput(first_name="=HYPERLINK(\"http://evil\")", last_name="Attacker",
                                         channels=(ChannelInput("email", "evil@example.com"),))).id
    with db.session(write=False) as s:
        stages = list(s.scalars(select(Stage.id).order_by(Stage.position)))
        pipeline = s.scalar(select(Pipeline.id))
        reason = s.scalar(select(LossReason.id).order_by(LossReason.position))
    assert pipeline is not None
    deals = [
        add(db, Deal(title="Tiles for the office", amount=Decimal("1234.50"), currency="PLN", pipeline_id=pipeline,
                     stage_id=stages[1], company_id=acme, person_id=jan, owner_id=user, lead_source_id=fair,
                     expected_close_on=date(2026, 6, 30), notes="Call first",
                     created_at=datetime(2026, 1, 5, 8, 30))),
        add(db, Deal(title="Lost order", amount=Decimal("10.00"), currency="EUR", pipeline_id=pipeline,
                     stage_id=stages[0], status=DealStatus.LOST.value, closed_on=date(2026, 2, 1),
                     loss_reason_id=reason, created_at=datetime(2026, 1, 6, 9, 0))),
    ]
    tasks = [
        add(db, Task(title="Call back", kind="call", due_at=datetime(2026, 4, 1, 7, 15), duration_min=15,
                     priority=2, owner_id=user, person_id=jan, company_id=acme, deal_id=deals[0],
                     notes="About the tiles")),
        add(db, Task(title="Send samples", kind="todo", due_at=_utc_of_local_midnight(date(2026, 4, 2)),
                     all_day=True, done_at=datetime(2026, 4, 2, 10, 0), result="Sent")),
    ]
    products = [
        add(db, Product(name="Floor tile", sku="FT-1", unit="m2", price=Decimal("49.90"), currency="EUR",
                        vat_rate=Decimal("21.00"), description="Grey, 60x60")),
        add(db, Product(name="Old grout", sku="OG-2", price=Decimal("5.00"), active=False)),
    ]
    return Base({"jan": jan, "zoe": zoe, "evil": evil}, {"acme": acme, "delft": delft}, deals, tasks, products,
                custom)


def _utc_of_local_midnight(day: date) -> datetime:
    """How an all-day task stores its day: local midnight, in naive UTC."""
    return datetime(day.year, day.month, day.day).astimezone(UTC).replace(tzinfo=None)


def local(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


@pytest.fixture
def base(db: Database) -> Base:
    return fill(db)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for exported files (tmp_path holds the database)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def sheet_rows(path: Path) -> tuple[list[str], list[dict[str, Any]]]:
    """Header and rows (header -> cell) of the first sheet, cells with their styles."""
    ws = load_workbook(path).active
    assert ws is not None
    rows = list(ws.iter_rows())
    header = [str(c.value) for c in rows[0]]
    return header, [dict(zip(header, r, strict=True)) for r in rows[1:]]


def csv_rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


# ---- columns -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", exports.EXPORT_KINDS)
def test_every_column_maps_back_to_its_field(kind: str, db: Database, base: Base) -> None:
    columns = exports.export_columns(db, kind)
    assert columns[:len(exports.EXPORT_COLUMNS[kind])] == list(exports.EXPORT_COLUMNS[kind])
    custom = {int(key.removeprefix(exports.CUSTOM_PREFIX)): header for key, header in columns
              if key.startswith(exports.CUSTOM_PREFIX)}
    proposed = import_mapping.propose(kind, [header for _, header in columns], custom)
    assert proposed == {i: key for i, (key, _) in enumerate(columns)}
    valid = {spec.key for spec in import_mapping.TARGETS[kind]}
    assert {key for key, _ in exports.EXPORT_COLUMNS[kind]} <= valid


def test_custom_fields_come_last_and_the_full_layout_has_ids(db: Database, base: Base) -> None:
    columns = exports.export_columns(db, "contacts")
    assert [h for _, h in columns[-5:]] == ["Hobby", "Client since", "Budget", "Speaks", "Newsletter"]
    full = [h for _, h in exports.export_columns(db, "contacts", "full")]
    assert full[:4] == ["ID", "First name", "Middle name", "Last name"]
    assert {"Phones", "Emails", "Messengers", "Created", "Updated"} <= set(full)
    assert [h for _, h in exports.export_columns(db, "deals", "full")][0] == "ID"


@pytest.mark.parametrize("kind", exports.EXPORT_KINDS)
def test_the_full_layout_of_every_kind(kind: str, db: Database, base: Base, out: Path) -> None:
    target = out / f"{kind}.csv"
    count = exports.export_records(db, kind, target, layout="full")
    header, *rows = csv_rows(target)
    assert header == [h for _, h in exports.export_columns(db, kind, "full")]
    assert len(rows) == count >= 2
    assert all(r[0].isdigit() for r in rows)   # the ID comes first
    assert "Updated" in header


def test_unknown_kind_layout_and_suffix_are_refused(db: Database, out: Path) -> None:
    with pytest.raises(ValidationError, match="cannot be exported"):
        exports.export_records(db, "invoices", out / "x.xlsx")
    with pytest.raises(ValidationError, match="layout"):
        exports.export_records(db, "contacts", out / "x.xlsx", layout="wide")
    with pytest.raises(ValidationError, match=".xlsx or .csv"):
        exports.export_records(db, "contacts", out / "x.pdf")
    assert list(out.iterdir()) == []


# ---- .xlsx ---------------------------------------------------------------------------------------------------

def test_contacts_xlsx_typed_cells(db: Database, base: Base, tmp_path: Path) -> None:
    target = tmp_path / "people.xlsx"
    assert exports.export_records(db, "contacts", target) == 3
    header, rows = sheet_rows(target)
    assert [r["Last name"].value for r in rows] == ["Attacker", "Kowalski", "Ünal"]   # the list's order: by name
    jan = rows[1]
    assert [jan[h].value for h in ("First name", "Middle name", "Company", "Position", "Role")] == [
        "Jan", "Maria", "Acme Sp. z o.o.", "Director", "director"]
    assert [jan[h].value for h in ("Email", "Email 2", "Phone", "Mobile", "Phone 2", "Messenger")] == [
        "jan@acme.example", "jan.k@example.org", "+48 12 345 67 89", "+48 601 000 001", "+48 12 000 00 00", "@jank"]
    assert [jan[h].value for h in ("City", "Country", "Language", "Status", "Lead source", "Owner", "Tags")] == [
        "Kraków", "PL", "pl", "former_client", jan["Lead source"].value, "Anna Manager", "Hot, VIP"]
    assert jan["Lead source"].value
    birthday = jan["Birthday"]
    assert birthday.is_date
    assert birthday.value == datetime(1980, 5, 17)
    assert birthday.number_format == "yyyy-mm-dd"
    assert jan["Client since"].value == datetime(2020, 1, 31)
    budget = jan["Budget"]
    assert (budget.value, budget.data_type, budget.number_format) == (2500.5, "n", "#,##0.00")
    assert jan["Speaks"].value == "Dutch; Polish"
    assert jan["Newsletter"].value is True
    assert rows[2]["Email"].value == "zoe@example.de"
    assert rows[2]["Phone"].value is None
    ws = load_workbook(target).active
    assert ws is not None
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, len(header)).column_letter}4"
    assert ws.cell(1, 1).font.b
    assert ws.column_dimensions["A"].width is not None
    assert 8 <= ws.column_dimensions["A"].width <= 60


def test_deals_tasks_and_products_xlsx(db: Database, base: Base, tmp_path: Path) -> None:
    exports.export_records(db, "deals", tmp_path / "deals.xlsx")
    _, deals = sheet_rows(tmp_path / "deals.xlsx")
    first = deals[0]
    assert first["Title"].value == "Tiles for the office"
    assert (first["Amount"].value, first["Amount"].number_format, first["Currency"].value) == (
        1234.5, "#,##0.00", "PLN")
    assert first["Created"].is_date
    assert first["Created"].value == local(datetime(2026, 1, 5, 8, 30))
    assert first["Expected close"].value == datetime(2026, 6, 30)
    assert (first["Company"].value, first["Person"].value, first["Owner"].value) == (
        "Acme Sp. z o.o.", "Jan Kowalski", "Anna Manager")
    assert (deals[1]["Amount"].value, deals[1]["Status"].value) == (10, "lost")
    assert deals[1]["Loss reason"].value
    exports.export_records(db, "tasks", tmp_path / "tasks.xlsx")
    _, tasks = sheet_rows(tmp_path / "tasks.xlsx")
    assert tasks[0]["Due"].value == local(datetime(2026, 4, 1, 7, 15))
    assert (tasks[0]["Duration (min)"].value, tasks[0]["Priority"].value, tasks[0]["All day"].value) == (15, 2, False)
    assert tasks[0]["Deal"].value == "Tiles for the office"
    assert tasks[1]["Due"].value == datetime(2026, 4, 2)   # an all-day task: its day, written as a date
    assert tasks[1]["Due"].number_format == "yyyy-mm-dd"
    assert tasks[1]["Done"].value == local(datetime(2026, 4, 2, 10, 0))
    exports.export_records(db, "products", tmp_path / "products.xlsx")
    _, products = sheet_rows(tmp_path / "products.xlsx")
    assert [(p["SKU"].value, p["Price"].value, p["VAT rate"].value, p["Active"].value) for p in products] == [
        ("FT-1", 49.9, 21, True), ("OG-2", 5, 0, False)]
    assert products[0]["Price"].number_format == "#,##0.00"


def test_formulas_stay_text_in_xlsx(tmp_path: Path) -> None:
    target = tmp_path / "t.xlsx"
    values = [*FORMULAS, "plain", "bell\x07ring"]
    assert exports.write_table(target, ["Value", "=Header"], [(v, v) for v in values]) == len(values)
    ws = load_workbook(target).active
    assert ws is not None
    assert ws.cell(1, 2).value == "=Header"
    assert ws.cell(1, 2).data_type == "s"
    for row, value in enumerate(values, 2):
        cell = ws.cell(row, 1)
        if value in FORMULAS:
            assert (cell.value, cell.data_type, cell.quotePrefix) == (value, "s", True), value
        else:
            assert not cell.quotePrefix
    assert ws.cell(len(values) + 1, 1).value == "bellring"   # a control character no .xlsx cell can hold


def test_export_formula_cells_of_records(db: Database, base: Base, tmp_path: Path) -> None:
    target = tmp_path / "people.xlsx"
    exports.export_records(db, "contacts", target)
    _, rows = sheet_rows(target)
    evil = rows[0]["First name"]
    assert (evil.value, evil.data_type, evil.quotePrefix) == ('=HYPERLINK("http://evil")', "s", True)
    assert rows[1]["Notes"].quotePrefix
    assert rows[1]["Hobby"].quotePrefix
    assert rows[1]["Phone"].quotePrefix   # "+48 ..." would become a formula when the cell is edited
    assert not rows[1]["City"].quotePrefix


# ---- .csv ----------------------------------------------------------------------------------------------------

def test_csv_reads_back(db: Database, base: Base, tmp_path: Path) -> None:
    target = tmp_path / "people.csv"
    assert exports.export_records(db, "contacts", target) == 3
    header, *rows = csv_rows(target)
    assert header == [h for _, h in exports.export_columns(db, "contacts")]
    jan = dict(zip(header, rows[1], strict=True))
    assert jan["First name"] == "Jan"
    assert jan["Birthday"] == "1980-05-17"
    assert jan["Client since"] == "2020-01-31"
    assert jan["Budget"] == "2500.50"
    assert jan["Newsletter"] == "yes"
    assert jan["Phone"] == "'+48 12 345 67 89"
    assert jan["Notes"] == "'-2+3 is not a formula"
    assert jan["Hobby"] == "'@SUM(1)"
    assert jan["Email"] == "jan@acme.example"
    assert dict(zip(header, rows[0], strict=True))["First name"] == "'=HYPERLINK(\"http://evil\")"
    assert dict(zip(header, rows[2], strict=True))["City"] == "Köln"
    exports.export_records(db, "deals", tmp_path / "deals.csv")
    deal_header, first, _second = csv_rows(tmp_path / "deals.csv")
    deal = dict(zip(deal_header, first, strict=True))
    assert (deal["Amount"], deal["Currency"]) == ("1234.50", "PLN")
    assert deal["Created"] == local(datetime(2026, 1, 5, 8, 30)).isoformat(sep=" ")


def test_csv_neutralises_every_formula_start(tmp_path: Path) -> None:
    target = tmp_path / "t.csv"
    exports.write_table(target, ["Value"], [(v,) for v in [*FORMULAS, "plain", "a,b \"quoted\"", Decimal("-10.50")]])
    _, *rows = csv_rows(target)
    # A negative number is a number: only text is prefixed.
    assert [r[0] for r in rows] == ["'" + v for v in FORMULAS] + ["plain", "a,b \"quoted\"", "-10.50"]
    assert exports.neutralise("=1") == "'=1"
    assert exports.neutralise("1=1") == "1=1"


# ---- which records -------------------------------------------------------------------------------------------

def test_ids_in_their_order_with_the_trash_and_without_missing_ones(db: Database, base: Base,
                                                                     tmp_path: Path) -> None:
    ContactService(db).delete("person", [base.people["zoe"]])
    target = tmp_path / "p.csv"
    ids = [base.people["zoe"], 99999, base.people["jan"], base.people["zoe"]]
    assert exports.export_records(db, "contacts", target, ids=ids) == 2
    assert [r[2] for r in csv_rows(target)[1:]] == ["Ünal", "Kowalski"]
    assert exports.export_records(db, "contacts", target) == 2   # without ids: live records only
    assert exports.record_ids(db, "deals") == base.deals


def test_filter_and_segment(db: Database, base: Base, tmp_path: Path) -> None:
    target = tmp_path / "p.csv"
    clients = ContactFilter(status=("former_client",))
    assert exports.export_records(db, "contacts", target, filt=clients) == 1
    assert csv_rows(target)[1][0] == "Jan"
    lists = ContactListService(db)
    segment = lists.save_segment(None, "Former clients", "person", clients)
    assert exports.export_records(db, "contacts", target, segment_id=segment) == 1
    companies = lists.save_segment(None, "Dutch", "company", ContactFilter(city="Delft"))
    assert exports.export_records(db, "companies", target, segment_id=companies) == 1
    assert csv_rows(target)[1][0] == "Delft Tiles B.V."
    with pytest.raises(ValidationError, match="holds companies"):
        exports.export_records(db, "contacts", target, segment_id=companies)
    with pytest.raises(ValidationError, match="contacts or companies"):
        exports.export_records(db, "deals", target, filt=clients)
    with pytest.raises(ValidationError, match="not several"):
        exports.export_records(db, "contacts", target, ids=[1], filt=clients)
    lists.delete_segment(segment)
    with pytest.raises(ValidationError, match="no longer exists"):
        exports.export_records(db, "contacts", target, segment_id=segment)


# ---- a file appears only when complete ---------------------------------------------------------------------

@pytest.mark.parametrize("suffix", exports.EXPORT_SUFFIXES)
def test_cancel_midway_leaves_the_old_file(db: Database, base: Base, out: Path, monkeypatch: pytest.MonkeyPatch,
                                           suffix: str) -> None:
    monkeypatch.setattr(exports, "_CHUNK", 1)   # one record per step: a cancel lands between records
    monkeypatch.setattr(exports, "_WIDTH_SAMPLE", 1)   # rows are written to the sheet before the cancel
    target = out / f"people{suffix}"
    target.write_bytes(b"the previous export")
    steps: list[tuple[int, int]] = []

    def on_step(done: int, total: int, _text: str) -> None:
        steps.append((done, total))
        if done == 2:
            progress.cancel()

    progress = Progress(on_step)
    with pytest.raises(CancelledError):
        exports.export_records(db, "contacts", target, progress=progress)
    assert steps == [(0, 3), (1, 3), (2, 3)]
    assert [p.name for p in out.iterdir()] == [target.name]
    assert target.read_bytes() == b"the previous export"


def test_progress_ends_at_the_total(db: Database, base: Base, tmp_path: Path) -> None:
    steps: list[tuple[int, int]] = []
    exports.export_records(db, "contacts", tmp_path / "p.xlsx",
                           progress=Progress(lambda d, t, _: steps.append((d, t))))
    assert steps == [(0, 3), (3, 3)]


def test_an_unwritable_place_is_a_validation_error(db: Database, base: Base, out: Path) -> None:
    with pytest.raises(ValidationError, match="could not be written"):
        exports.export_records(db, "contacts", out / "missing" / "people.xlsx")
    folder = out / "folder.xlsx"
    folder.mkdir()
    with pytest.raises(ValidationError, match="could not be written"):
        exports.export_records(db, "contacts", folder)
    assert [p.name for p in out.iterdir()] == ["folder.xlsx"]
    assert list(folder.iterdir()) == []


def test_an_error_while_reading_leaves_no_file(tmp_path: Path) -> None:
    def rows() -> Iterator[tuple[object, ...]]:
        yield ("one",)
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError):
        exports.write_table(tmp_path / "t.xlsx", ["Value"], rows())
    assert list(tmp_path.iterdir()) == []


def test_many_rows_keep_their_order_and_widths_come_from_the_first(tmp_path: Path) -> None:
    target = tmp_path / "t.xlsx"
    rows = [(i, f"name {i}", "x" * 200 if i == 0 else "", Decimal(i) / 4) for i in range(1200)]
    assert exports.write_table(target, ["N", "Name", "Long", "Money"], rows, money_columns=[3]) == 1200
    ws = load_workbook(target).active
    assert ws is not None
    values = [(r[0].value, r[1].value, r[3].value) for r in ws.iter_rows(min_row=2)]
    assert values == [(i, f"name {i}", i / 4) for i in range(1200)]
    assert ws.column_dimensions["C"].width == 60   # capped
    assert ws.cell(1201, 4).number_format == "#,##0.00"


# ---- export -> import -> export ----------------------------------------------------------------------------

@pytest.fixture
def warsaw() -> Iterator[None]:
    """Local time away from UTC, so a time written or read without its conversion shows."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Warsaw"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def _round_trip(db: Database, folder: Path, suffix: str) -> dict[str, tuple[list[list[object]], list[list[object]]]]:
    """Each kind exported from `db`, imported into an empty database and exported again: kind -> both files' cells.

    The empty database has the same user and custom fields (an import links owners and fills fields, it does
    not create users or field definitions from a file's values).
    """
    from crm_desktop.services import imports, tabular

    fill(db)
    found = {}
    empty = open_database(folder / "empty.db")
    try:
        defaults.ensure_defaults(empty, "en")
        add(empty, User(login="anna", full_name="Anna Manager"))
        fields = CustomFieldService(empty)
        fields.create_definition("person", "Hobby", "text")
        fields.create_definition("person", "Client since", "date")
        fields.create_definition("person", "Budget", "money")
        fields.create_definition("person", "Speaks", "multi_choice", ("Dutch", "Polish"))
        fields.create_definition("person", "Newsletter", "bool")
        fields.create_definition("company", "Region", "text")
        fields.create_definition("deal", "Sales channel", "text")
        # Companies before the people who work there, people before the deals and tasks that name them.
        for kind in ("companies", "contacts", "products", "deals", "tasks"):
            first = folder / f"{kind}-1{suffix}"
            assert exports.export_records(db, kind, first) > 0
            source = tabular.inspect(first)
            custom = {int(k.removeprefix(exports.CUSTOM_PREFIX)): h for k, h in exports.export_columns(empty, kind)
                      if k.startswith(exports.CUSTOM_PREFIX)}
            mapping = import_mapping.propose(kind, source.headers, custom)
            result = imports.import_file(empty, first, imports.ImportOptions(kind=kind, mapping=mapping))
            assert (result.new, result.rejected, result.rejected_rows) == (len(_cells(first)) - 1, 0, []), kind
            again = folder / f"{kind}-2{suffix}"
            exports.export_records(empty, kind, again)
            found[kind] = (_cells(first), _cells(again))
    finally:
        empty.close()
    return found


@pytest.mark.parametrize("suffix", exports.EXPORT_SUFFIXES)
def test_export_import_export_gives_the_same_file(db: Database, out: Path, warsaw: None, suffix: str) -> None:
    for kind, (first, again) in _round_trip(db, out, suffix).items():
        if kind in ("contacts", "companies", "products"):
            assert again == first, kind


@pytest.mark.parametrize("suffix", exports.EXPORT_SUFFIXES)
def test_deals_and_tasks_come_back_the_same(db: Database, out: Path, warsaw: None, suffix: str) -> None:
    trip = _round_trip(db, out, suffix)
    assert trip["deals"][1] == trip["deals"][0]
    assert trip["tasks"][1] == trip["tasks"][0]


def _cells(path: Path) -> list[list[object]]:
    if path.suffix == ".csv":
        return [list(r) for r in csv_rows(path)]
    ws = load_workbook(path).active
    assert ws is not None
    return [[(c.value, c.number_format, c.quotePrefix) for c in r] for r in ws.iter_rows()]


def test_companies_export_their_first_phone_and_people(db: Database, base: Base, tmp_path: Path) -> None:
    exports.export_records(db, "companies", tmp_path / "c.csv")
    header, acme, delft = csv_rows(tmp_path / "c.csv")
    assert dict(zip(header, delft, strict=True))["Phone"] == "'+31 6 1234 5678"   # a mobile is still its phone
    assert dict(zip(header, acme, strict=True))["Region"] == "Mazovia"
    exports.export_records(db, "companies", tmp_path / "full.csv", layout="full")
    header, acme, _ = csv_rows(tmp_path / "full.csv")
    assert dict(zip(header, acme, strict=True))["People"] == "1"
    with db.session(write=False) as s:
        assert s.scalar(select(Company.id).where(Company.name == "Acme Sp. z o.o.")) == base.companies["acme"]
        assert s.scalar(select(Person.id).where(Person.last_name == "Kowalski")) == base.people["jan"]
