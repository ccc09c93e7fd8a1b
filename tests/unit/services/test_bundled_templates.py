"""The bundled Word templates: every language and kind renders with docxtpl in a sandbox, and reads back whole."""

from __future__ import annotations

import importlib
import importlib.util
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent
from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.table import Table
from docxtpl import DocxTemplate
from jinja2.sandbox import ImmutableSandboxedEnvironment
from num2words import num2words
from sqlalchemy import select

from crm_desktop.db.database import Database
from crm_desktop.models import Company, Person, User
from crm_desktop.services.pipeline import DealInput, DealLineInput, PipelineService

ROOT = Path(__file__).resolve().parents[3]
TEMPLATES = ROOT / "resources" / "templates"
LANGUAGES = ("en", "nl", "fa", "pl", "ru")
NAMES = ("offer", "invoice", "contract", "letter")
WITH_LINES = ("offer", "invoice", "contract")
NUMBERED = {"offer": "OFF-2026-0007", "invoice": "INV-2026-0007"}
CASES = [(lang, name) for lang in LANGUAGES for name in NAMES]
# The runs of a Persian template that hold one left-to-right value, between left-to-right marks.
LTR_RUN = ("\u200e" + r"\{\{ (doc\.number|\w+\.(phone|email|website|tax_id|registration_no|bank_details)) \}\}"
           + "\u200e")

# (name, sku, unit, quantity, price, discount %, VAT %)
LINES: dict[str, list[tuple[str, str, str, Decimal, Decimal, Decimal, Decimal]]] = {
    "latin": [
        ("Annual licence, 10 seats", "LIC-10", "pcs", Decimal("1"), Decimal("1200.00"), Decimal("10"), Decimal("21")),
        ("Installation & set-up <on site>", "SRV-1", "h", Decimal("6.5"), Decimal("85.00"), Decimal("0"),
         Decimal("21")),
        ("Training day", "TRN-1", "day", Decimal("2"), Decimal("640.00"), Decimal("5"), Decimal("9")),
    ],
    "fa": [
        ("اشتراک سالانه نرم‌افزار", "LIC-10", "عدد", Decimal("1"), Decimal("1200.00"), Decimal("10"), Decimal("9")),
        ("نصب و راه‌اندازی", "SRV-1", "ساعت", Decimal("6.5"), Decimal("85.00"), Decimal("0"), Decimal("9")),
        ("دوره آموزشی", "TRN-1", "روز", Decimal("2"), Decimal("640.00"), Decimal("5"), Decimal("9")),
    ],
}

PEOPLE: dict[str, dict[str, dict[str, str]]] = {
    "latin": {
        "seller": {"name": "Northwind Software", "legal_name": "Northwind Software B.V.", "tax_id": "NL123456789B01",
                   "registration_no": "81234567", "address": "Keizersgracht 100, 1015 AA Amsterdam",
                   "bank_details": "IBAN NL91 ABNA 0417 1643 00, BIC ABNANL2A", "phone": "+31 20 123 4567",
                   "email": "sales@northwind.example", "website": "www.northwind.example",
                   "director": "Pieter de Vries"},
        "company": {"name": "Jansen & Zonen", "legal_name": "Jansen & Zonen Handel B.V.", "tax_id": "NL987654321B01",
                    "registration_no": "70012345", "legal_address": "Stationsplein 7, 3511 ED Utrecht",
                    "postal_address": "", "address": "Stationsplein 7, 3511 ED Utrecht", "city": "Utrecht",
                    "country": "NL", "website": "jansen.example", "phone": "+31 30 765 4321",
                    "email": "info@jansen.example", "bank_details": "IBAN NL02 RABO 0123 4567 89"},
        "person": {"full_name": "Anna Kowalczyk", "first_name": "Anna", "last_name": "Kowalczyk",
                   "middle_name": "", "position": "Head of Purchasing", "email": "anna@jansen.example",
                   "phone": "+31 6 1234 5678", "greeting_name": "Anna"},
        "manager": {"full_name": "Tom Bakker", "email": "tom@northwind.example", "phone": "+31 20 123 4570"},
        "deal": {"title": "CRM roll-out 2026", "stage": "Proposal sent"},
    },
    "fa": {
        "seller": {"name": "نوآوران پارس", "legal_name": "شرکت نوآوران پارس (سهامی خاص)", "tax_id": "411234567891",
                   "registration_no": "۵۴۳۲۱", "address": "تهران، خیابان ولیعصر، پلاک ۱۲۰",
                   "bank_details": "IR06 0120 0000 0000 1234 5678 90", "phone": "+98 21 8888 1234",
                   "email": "sales@noavaran.example", "website": "www.noavaran.example",
                   "director": "علی رضایی"},
        "company": {"name": "بازرگانی آریا", "legal_name": "شرکت بازرگانی آریا", "tax_id": "411987654321",
                    "registration_no": "۱۲۳۴۵", "legal_address": "اصفهان، خیابان چهارباغ، پلاک ۷",
                    "postal_address": "", "address": "اصفهان، خیابان چهارباغ، پلاک ۷", "city": "اصفهان",
                    "country": "IR", "website": "arya.example", "phone": "+98 31 3222 4455",
                    "email": "info@arya.example", "bank_details": "IR02 0170 0000 0012 3456 7890 01"},
        "person": {"full_name": "مریم احمدی", "first_name": "مریم", "last_name": "احمدی", "middle_name": "",
                   "position": "مدیر خرید", "email": "maryam@arya.example", "phone": "+98 912 123 4567",
                   "greeting_name": "خانم احمدی"},
        "manager": {"full_name": "سارا کریمی", "email": "sara@noavaran.example", "phone": "+98 21 8888 1240"},
        "deal": {"title": "راه‌اندازی CRM", "stage": "ارسال پیشنهاد"},
    },
}


def demo_context(lang: str, name: str) -> dict[str, Any]:
    """What the documents service hands a template: ready-formatted strings, as the spec's context describes."""
    kind = "fa" if lang == "fa" else "latin"
    people = PEOPLE[kind]

    def money(value: Decimal) -> str:
        return format_currency(value, "EUR", locale=lang)

    def number(value: Decimal) -> str:
        return format_decimal(value, locale=lang)

    def percent(value: Decimal) -> str:
        return format_percent(value / 100, locale=lang)

    lines, net_sum, vat_sum, before = [], Decimal(0), Decimal(0), Decimal(0)
    for n, (line_name, sku, unit, quantity, price, discount, vat_rate) in enumerate(LINES[kind], start=1):
        full = quantity * price
        net = (full * (1 - discount / 100)).quantize(Decimal("0.01"))
        vat = (net * vat_rate / 100).quantize(Decimal("0.01"))
        before, net_sum, vat_sum = before + full, net_sum + net, vat_sum + vat
        lines.append({"n": str(n), "name": line_name, "sku": sku, "unit": unit, "quantity": number(quantity),
                      "price": money(price), "discount": percent(discount), "net": money(net),
                      "vat_rate": percent(vat_rate), "vat": money(vat), "total": money(net + vat)})
    gross = net_sum + vat_sum
    try:
        in_words = num2words(gross, lang=lang, to="currency", currency="EUR")
    except (NotImplementedError, TypeError):
        in_words = ""  # num2words cannot say the amount with a currency in this language
    numbered = NUMBERED.get(name, "")
    return {
        "doc": {"number": numbered, "date": format_date(date(2026, 3, 10), "long", locale=lang),
                "title": name, "language": lang},
        "seller": people["seller"],
        "company": people["company"],
        "person": people["person"],
        "deal": {**people["deal"], "amount": money(net_sum), "currency": "EUR",
                 "expected_close": format_date(date(2026, 4, 1), "long", locale=lang),
                 "created": format_date(date(2026, 2, 2), "long", locale=lang)},
        "lines": lines,
        "totals": {"net": money(net_sum), "discount": money(before - net_sum), "vat": money(vat_sum),
                   "gross": money(gross), "gross_in_words": in_words, "currency": "EUR", "count": len(lines)},
        "manager": people["manager"],
    }


def render(template: Path, context: dict[str, Any], out: Path) -> Path:
    document = DocxTemplate(str(template))
    document.render(context, jinja_env=ImmutableSandboxedEnvironment(), autoescape=True)
    document.save(str(out))
    return out


def _tables_text(tables: list[Table]) -> Iterator[str]:
    for table in tables:
        for row in table.rows:
            for cell in row.cells:
                yield from (paragraph.text for paragraph in cell.paragraphs)
                yield from _tables_text(cell.tables)


def all_text(document: DocxDocument) -> str:
    """Every paragraph of the body, its tables, the headers and the footers, one per line."""
    parts = [paragraph.text for paragraph in document.paragraphs]
    parts.extend(_tables_text(document.tables))
    for section in document.sections:
        for part in (section.header, section.footer):
            parts.extend(paragraph.text for paragraph in part.paragraphs)
            parts.extend(_tables_text(part.tables))
    return "\n".join(parts)


def expected(context: dict[str, Any], name: str) -> list[str]:
    """What a reader must find in the rendered document."""
    wanted = [context["seller"]["name"], context["company"]["name"], context["person"]["full_name"],
              context["deal"]["title"], context["doc"]["date"]]
    if name in NUMBERED:
        wanted.append(context["doc"]["number"])
    if name in WITH_LINES:
        wanted.extend(line["name"] for line in context["lines"])
        wanted.extend(line["total"] for line in context["lines"])
        wanted.extend(context["totals"][key] for key in ("net", "discount", "vat", "gross"))
    if name == "invoice":
        wanted.append(context["seller"]["bank_details"])
    if name == "letter":
        wanted.extend([context["person"]["greeting_name"], context["manager"]["full_name"]])
    return wanted


@pytest.mark.parametrize(("lang", "name"), CASES)
def test_bundled_template_renders_every_field_and_no_placeholder_remains(lang: str, name: str,
                                                                         tmp_path: Path) -> None:
    template = TEMPLATES / lang / f"{name}.docx"
    assert template.is_file(), f"{template} is missing: run scripts/make_templates.py"
    context = demo_context(lang, name)
    text = all_text(Document(str(render(template, context, tmp_path / f"{lang}-{name}.docx"))))

    missing = [value for value in expected(context, name) if value not in text]
    assert not missing, f"{lang}/{name} lacks {missing}"
    for marker in ("{{", "}}", "{%", "%}", "{#"):
        assert marker not in text, f"{lang}/{name} keeps {marker!r}"
    if name in WITH_LINES:
        # The loop's own rows are gone: exactly the three lines are drawn, each once.
        for line in context["lines"]:
            assert text.count(line["name"]) == 1
    if name == "invoice" and lang in ("pl", "ru"):
        assert context["totals"]["gross_in_words"]
        assert context["totals"]["gross_in_words"] in text


@pytest.mark.parametrize("name", NAMES)
def test_persian_templates_are_right_to_left(name: str, tmp_path: Path) -> None:
    rendered = Document(str(render(TEMPLATES / "fa" / f"{name}.docx", demo_context("fa", name),
                                   tmp_path / f"{name}.docx")))
    body = rendered.element.body
    paragraphs = body.findall(f".//{qn('w:p')}")
    assert paragraphs
    assert all(p.find(f"{qn('w:pPr')}/{qn('w:bidi')}") is not None for p in paragraphs)
    assert all(t.find(f"{qn('w:tblPr')}/{qn('w:bidiVisual')}") is not None for t in body.iter(qn("w:tbl")))
    # Every run is right-to-left, except those that hold one left-to-right value (a phone number, an e-mail
    # address, an IBAN, the document number): Word stores Latin typed into Persian text that way.
    template = Document(str(TEMPLATES / "fa" / f"{name}.docx")).element.body
    for run in template.iter(qn("w:r")):
        if run.find(f"{qn('w:rPr')}/{qn('w:rtl')}") is None:
            text = "".join(t.text or "" for t in run.iter(qn("w:t")))
            assert re.fullmatch(LTR_RUN, text), f"fa/{name}: the run {text!r} is not right-to-left"
    fonts = {f.get(qn("w:cs")) for f in body.iter(qn("w:rFonts"))}
    assert fonts == {"Vazirmatn"}
    assert rendered.sections[0]._sectPr.find(qn("w:bidi")) is not None
    # The font travels with the document, so a machine without Vazirmatn shows the same letters.
    with zipfile.ZipFile(TEMPLATES / "fa" / f"{name}.docx") as package:
        assert any(item.startswith("word/fonts/") for item in package.namelist())


@pytest.mark.parametrize("lang", ["en", "nl", "pl", "ru"])
def test_left_to_right_templates_carry_no_bidi(lang: str) -> None:
    document = Document(str(TEMPLATES / lang / "offer.docx"))
    assert not list(document.element.body.iter(qn("w:bidi")))
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)


@pytest.mark.parametrize(("lang", "name"), CASES)
def test_templates_use_only_the_documents_context(lang: str, name: str) -> None:
    allowed = {"doc", "seller", "company", "person", "deal", "lines", "totals", "manager"}
    template = DocxTemplate(str(TEMPLATES / lang / f"{name}.docx"))
    assert template.get_undeclared_template_variables(ImmutableSandboxedEnvironment()) <= allowed


def test_the_script_rebuilds_the_bundled_files_byte_for_byte(tmp_path: Path) -> None:
    script = ROOT / "scripts" / "make_templates.py"
    subprocess.run([sys.executable, str(script), "--out", str(tmp_path), "--lang", "en", "--lang", "fa",
                    "--name", "invoice"], check=True, capture_output=True)
    for lang in ("en", "fa"):
        assert (tmp_path / lang / "invoice.docx").read_bytes() == (TEMPLATES / lang / "invoice.docx").read_bytes()


# ---- through the documents service, for a deal in the database ---------------------------------------------

def _documents_module() -> Any:
    if importlib.util.find_spec("crm_desktop.services.documents") is None:
        pytest.skip("crm_desktop.services.documents is not written yet")
    module = importlib.import_module("crm_desktop.services.documents")
    if not hasattr(getattr(module, "DocumentService", None), "generate"):
        pytest.skip("DocumentService.generate is not written yet")
    return module


@pytest.fixture
def deal_with_lines(db: Database) -> int:
    """A deal of a company with a contact person, three product lines and an owner, as a user would enter it."""
    with db.session() as s:
        company = Company(name="Jansen & Zonen", legal_name="Jansen & Zonen Handel B.V.", tax_id="NL987654321B01",
                          registration_no="70012345", legal_address="Stationsplein 7, 3511 ED Utrecht",
                          city="Utrecht", country="NL", bank_details="IBAN NL02 RABO 0123 4567 89")
        person = Person(first_name="Anna", last_name="Kowalczyk", position="Head of Purchasing", company=company)
        s.add_all([company, person])
        s.flush()
        company_id, person_id = company.id, person.id
        owner_id = s.scalar(select(User.id).order_by(User.id).limit(1))
    pipeline = PipelineService(db, user_id=owner_id)
    stage = pipeline.list_pipelines()[0].stages[2].id
    lines = tuple(DealLineInput(name, quantity, price, discount, vat, unit)
                  for name, _sku, unit, quantity, price, discount, vat in LINES["latin"])
    return pipeline.create_deal(DealInput(title="CRM roll-out 2026", pipeline_id=pipeline.default_pipeline_id(),
                                          stage_id=stage, company_id=company_id, person_id=person_id,
                                          owner_id=owner_id, lines=lines))


@pytest.mark.parametrize(("lang", "name"), CASES)
def test_bundled_template_generates_for_a_deal_in_the_database(lang: str, name: str, db: Database,
                                                               deal_with_lines: int, tmp_path: Path) -> None:
    documents = _documents_module()
    service = documents.DocumentService(db, documents_dir=tmp_path / "documents", templates_dir=tmp_path / "mine")
    seller = PEOPLE["latin"]["seller"]
    service.save_seller(documents.SellerInfo(**seller))
    assert service.validate_template(TEMPLATES / lang / f"{name}.docx") == []

    result = service.generate(name, deal_id=deal_with_lines, language=lang, out=tmp_path / f"{lang}-{name}.docx")
    text = all_text(Document(str(result.path)))

    wanted = [seller["name"], "Jansen & Zonen", "Kowalczyk", "CRM roll-out 2026"]
    if name in NUMBERED:
        assert result.number
        wanted.append(result.number)
    if name in WITH_LINES:
        wanted.extend(line[0] for line in LINES["latin"])
    missing = [value for value in wanted if value not in text]
    assert not missing, f"{lang}/{name} lacks {missing}"
    for marker in ("{{", "}}", "{%", "%}"):
        assert marker not in text, f"{lang}/{name} keeps {marker!r}"
    if name in WITH_LINES:
        for line in LINES["latin"]:
            assert text.count(line[0]) == 1
        # The grand total is the same figure the funnel computes for the deal.
        gross = PipelineService(db).get_deal(deal_with_lines).line_totals.gross
        assert documents.format_money(gross, lang) in text


# ---- the letter without a deal: from a person's card or a company's card ----------------------------------------

# (subject, greeting when the person is known, greeting to a company alone) as the script draws them; Persian
# documents put a left-to-right mark on each side of a value.
WITHOUT_DEAL: dict[str, tuple[str, str, str]] = {
    "en": ("Thank you for your cooperation", "Dear Anna,", "Dear Sir or Madam,"),
    "nl": ("Betreft: hartelijk dank voor de samenwerking", "Beste Anna,", "Geachte heer, mevrouw,"),
    "fa": ("موضوع: قدردانی از همکاری", "\u200eAnna\u200e گرامی،", "با سلام و احترام،"),
    "pl": ("Dotyczy: podziękowanie za współpracę", "Dzień dobry, Anna!", "Szanowni Państwo,"),
    "ru": ("Благодарность за сотрудничество", "Добрый день, Anna!", "Добрый день!"),
}


@pytest.fixture
def lone_person(db: Database) -> int:
    """A contact of no company and with no deals."""
    with db.session() as s:
        person = Person(first_name="Anna", last_name="Kowalczyk", position="Head of Purchasing")
        s.add(person)
        s.flush()
        return person.id


@pytest.fixture
def lone_company(db: Database) -> int:
    """A company with no contact person and no deals."""
    with db.session() as s:
        company = Company(name="Jansen & Zonen", legal_name="Jansen & Zonen Handel B.V.",
                          legal_address="Stationsplein 7, 3511 ED Utrecht", city="Utrecht", country="NL")
        s.add(company)
        s.flush()
        return company.id


def _letter_without_deal(db: Database, tmp_path: Path, lang: str, target: dict[str, int]) -> tuple[str, list[str]]:
    documents = _documents_module()
    with db.session() as s:
        owner_id = s.scalar(select(User.id).order_by(User.id).limit(1))
    service = documents.DocumentService(db, user_id=owner_id, documents_dir=tmp_path / "documents",
                                        templates_dir=tmp_path / "mine")
    service.save_seller(documents.SellerInfo(**PEOPLE["latin"]["seller"]))
    notes = service.missing_data("letter", language=lang, **target)
    result = service.generate("letter", language=lang, out=tmp_path / f"{lang}-letter.docx", **target)
    assert result.number is None
    return all_text(Document(str(result.path))), notes


def _assert_whole(text: str, lang: str, wanted: list[str], notes: list[str]) -> None:
    missing = [value for value in wanted if value not in text]
    assert not missing, f"{lang}/letter lacks {missing}"
    for marker in ("{{", "}}", "{%", "%}"):
        assert marker not in text, f"{lang}/letter keeps {marker!r}"
    # Only notes about empty fields ("… will be empty"), nothing that stops the document.
    blocking = [note for note in notes if "will be empty" not in note]
    assert not blocking, f"{lang}/letter is blocked: {blocking}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_bundled_letter_generates_for_a_person_without_deals(lang: str, db: Database, lone_person: int,
                                                             tmp_path: Path) -> None:
    text, notes = _letter_without_deal(db, tmp_path, lang, {"person_id": lone_person})
    subject, greeting, _generic = WITHOUT_DEAL[lang]
    wanted = [PEOPLE["latin"]["seller"]["name"], "Anna", "Kowalczyk", subject, greeting]
    _assert_whole(text, lang, wanted, notes)
    assert "Jansen" not in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_bundled_letter_generates_for_a_company_alone(lang: str, db: Database, lone_company: int,
                                                      tmp_path: Path) -> None:
    text, notes = _letter_without_deal(db, tmp_path, lang, {"company_id": lone_company})
    subject, _greeting, generic = WITHOUT_DEAL[lang]
    wanted = [PEOPLE["latin"]["seller"]["name"], "Jansen & Zonen", "Stationsplein 7", subject, generic]
    _assert_whole(text, lang, wanted, notes)
    assert "Kowalczyk" not in text
