"""`crm-desktop export`: every kind to .xlsx and .csv, a segment, .vcf for contacts, and one-line refusals (exit 2)
that leave no file and the database as it was."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from crm_desktop.cli import EXIT_OK, EXIT_REFUSED
from crm_desktop.db.database import Database
from crm_desktop.models import ChannelKind, Company, ContactChannel, Deal, Person, Product, Stage, Task
from crm_desktop.services.contact_list import ContactFilter, ContactListService

Run = Callable[..., tuple[int, str, str]]
Digest = Callable[[Path], str]


@pytest.fixture
def filled(db: Database, db_path: Path) -> Path:
    """A closed database with two companies, three people (two in Delft), a deal, a task and a product, and a
    segment of the people in Delft."""
    with db.session() as s:
        stage = s.scalars(select(Stage).order_by(Stage.position)).first()
        assert stage is not None
        acme, tiles = Company(name="Acme", city="Warszawa"), Company(name="Tiles", city="Delft")
        people = [Person(first_name="Anna", last_name="Nowak", city="Delft", company=tiles),
                  Person(first_name="Bob", last_name="Smith", city="Delft"),
                  Person(first_name="Иван", last_name="Петров", city="Москва", company=acme)]
        s.add_all([acme, tiles, *people])
        s.flush()
        s.add(ContactChannel(person_id=people[0].id, kind=ChannelKind.EMAIL.value, value="anna@example.org",
                             normalized="anna@example.org", is_primary=True))
        s.add(Deal(title="Tiles", pipeline_id=stage.pipeline_id, stage_id=stage.id, amount=Decimal("1200.50"),
                   company_id=acme.id, person_id=people[2].id))
        s.add(Task(title="Call back", due_at=datetime(2026, 4, 1, 9), person_id=people[0].id))
        s.add(Product(name="Tile", sku="T-1", price=Decimal("9.99")))
    ContactListService(db).save_segment(None, "In Delft", "person", ContactFilter(city="Delft"))
    db.close()
    return db_path


@pytest.mark.parametrize(("what", "count"), [("contacts", 3), ("companies", 2), ("deals", 1), ("tasks", 1),
                                             ("products", 1)])
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_every_kind_to_a_spreadsheet(cli: Run, filled: Path, tmp_path: Path, what: str, count: int,
                                     suffix: str) -> None:
    target = tmp_path / f"{what}{suffix}"
    code, out, err = cli("--db", filled, "export", what, target, "--json")
    assert (code, err) == (EXIT_OK, "")
    assert json.loads(out) == {"written": count, "path": str(target), "what": what}
    if suffix == ".csv":
        rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    else:
        ws = load_workbook(target, read_only=True).active
        assert ws is not None
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
    assert len(rows) == count + 1


def test_a_segment_and_the_text_output(cli: Run, filled: Path, tmp_path: Path) -> None:
    target = tmp_path / "delft.csv"
    code, out, _err = cli("--db", filled, "export", "contacts", target, "--segment", "in delft")
    assert code == EXIT_OK
    assert out == f"2 contacts written to '{target}'.\n"
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert [(r["First name"], r["Company"]) for r in rows] == [("Anna", "Tiles"), ("Bob", "")]


def test_the_full_layout(cli: Run, filled: Path, tmp_path: Path) -> None:
    target = tmp_path / "companies.csv"
    code, _out, _err = cli("--db", filled, "export", "companies", target, "--layout", "full")
    assert code == EXIT_OK
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert [(r["Name"], r["People"]) for r in rows] == [("Acme", "1"), ("Tiles", "1")]
    assert rows[0]["ID"].isdigit()


def test_contacts_of_a_segment_as_vcards(cli: Run, filled: Path, tmp_path: Path) -> None:
    import vobject

    target = tmp_path / "delft.vcf"
    code, out, _err = cli("--db", filled, "export", "contacts", target, "--segment", "In Delft", "--json")
    assert (code, json.loads(out)["written"]) == (EXIT_OK, 2)
    cards = list(vobject.readComponents(target.read_text(encoding="utf-8")))
    assert sorted(c.n.value.family for c in cards) == ["Nowak", "Smith"]


def test_an_unknown_segment_names_the_ones_there_are(cli: Run, filled: Path, tmp_path: Path) -> None:
    code, out, err = cli("--db", filled, "export", "contacts", tmp_path / "x.xlsx", "--segment", "Nowhere")
    assert (code, out) == (EXIT_REFUSED, "")
    assert err == "crm-desktop: No segment of contacts is named 'Nowhere'; the segments of contacts: 'In Delft'.\n"
    code, _out, err = cli("--db", filled, "export", "companies", tmp_path / "x.xlsx", "--segment", "In Delft")
    assert code == EXIT_REFUSED
    assert "segments of companies: none" in err
    assert list(tmp_path.glob("x.*")) == []


@pytest.mark.parametrize(("args", "expected"), [
    (("companies", "companies.ics"), "an .ics file holds tasks"),
    (("deals", "deals.vcf"), "a .vcf file holds contacts"),
    (("contacts", "contacts.pdf"), "exporting to .pdf is not available"),
    (("products", "products"), "exporting to a file without a suffix is not available"),
    (("deals", "deals.xlsx", "--segment", "In Delft"), "deals have no segments"),
    (("contacts", "contacts.vcf", "--layout", "full"), "a .vcf file has none"),
])
def test_refusals_are_one_line_and_change_nothing(cli: Run, filled: Path, tmp_path: Path, sha256: Digest,
                                                  args: tuple[str, ...], expected: str) -> None:
    before = sha256(filled)
    code, out, err = cli("--db", filled, "export", args[0], tmp_path / args[1], *args[2:])
    assert (code, out) == (EXIT_REFUSED, "")
    assert len(err.splitlines()) == 1
    assert err.startswith("crm-desktop: ")
    assert expected in err
    assert sha256(filled) == before
    assert not (tmp_path / args[1]).exists()


def test_a_missing_folder_is_refused(cli: Run, filled: Path, tmp_path: Path) -> None:
    code, _out, err = cli("--db", filled, "export", "contacts", tmp_path / "missing" / "people.xlsx")
    assert code == EXIT_REFUSED
    assert "does not exist" in err
    assert not (tmp_path / "missing").exists()
