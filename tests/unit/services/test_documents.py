"""Documents from Word templates: context, formatting, numbering, atomic files, missing data, templates, bulk,
the funnel's rule, PDF, and the real-world templates of ../shared/realdata/docx."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document as load_docx
from sqlalchemy import delete, func, select, update

from crm_desktop import config
from crm_desktop.db.database import Database
from crm_desktop.errors import CancelledError, NotFoundError, ValidationError
from crm_desktop.models import Activity, Document, NumberSequence, StageAutomationRule
from crm_desktop.services import documents as documents_module
from crm_desktop.services import pipeline as pipeline_module
from crm_desktop.services.contacts import ChannelInput, CompanyInput, ContactService, PersonInput
from crm_desktop.services.documents import (
    BUNDLED,
    DocumentService,
    SellerInfo,
    TemplateError,
    amount_in_words,
    format_money,
)
from crm_desktop.services.pipeline import DealInput, DealLineInput, PipelineService, line_totals
from crm_desktop.services.progress import Progress

NOW = datetime(2026, 3, 5, 10, 0, 0)
REALDATA = Path(__file__).resolve().parents[4] / "shared" / "realdata" / "docx"
LINE_ROWS = [
    ["#", "Item", "Qty", "Unit", "Price", "VAT", "Total"],
    ["{%tr for line in lines %}", "", "", "", "", "", ""],
    ["{{ line.n }}", "{{ line.name }}", "{{ line.quantity }}", "{{ line.unit }}", "{{ line.price }}",
     "{{ line.vat }}", "{{ line.total }}"],
    ["{%tr endfor %}", "", "", "", "", "", ""],
]
OFFER_TEXT = [
    "Offer {{ doc.number }} of {{ doc.date }}",
    "{{ seller.name }}, tax id {{ seller.tax_id }}",
    "To: {{ company.name }}, {{ company.address }}",
    "Dear {{ person.greeting_name }} ({{ person.email }}),",
    "Deal: {{ deal.title }}",
    "Net {{ totals.net }}, VAT {{ totals.vat }}, total {{ totals.gross }} {{ totals.currency }}",
    "In words: {{ totals.gross_in_words }}",
    "{{ manager.full_name }}",
]


def make_template(path: Path, paragraphs: Sequence[str] = (), rows: Sequence[Sequence[str]] | None = None,
                  header: str | None = None) -> Path:
    """A small .docx written with python-docx, as a user would type it in Word."""
    doc = load_docx()
    for text in paragraphs:
        doc.add_paragraph(text)
    if rows:
        table = doc.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.rows[r].cells[c].text = text
    if header is not None:
        doc.sections[0].header.paragraphs[0].text = header
    doc.save(path)
    return path


def all_text(path: Path) -> str:
    """The text of every paragraph (tables, headers and footers too), one line each, read back from the file."""
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    doc = load_docx(path)
    roots = [doc.element.body]
    for section in doc.sections:
        roots += [section.header._element, section.footer._element]
    lines = []
    for root in roots:
        for p in root.iter(f"{w}p"):
            lines.append("".join(("\n" if e.tag == f"{w}br" else e.text or "") for e in p.iter(f"{w}t", f"{w}br")))
    return "\n".join(lines)


class Data:
    """A company, its contact with an email, a deal with three lines, and the services."""

    def __init__(self, db: Database, tmp_path: Path) -> None:
        self.db = db
        self.contacts = ContactService(db)
        self.pipeline = PipelineService(db, clock=lambda: NOW)
        self.company_id = self.contacts.create_company(CompanyInput(
            name="Smith & Sons <Ltd>", legal_name="Smith and Sons Ltd", tax_id="GB123", country="GB",
            legal_address="1 High Street\nLondon")).id
        self.person_id = self.contacts.create_person(PersonInput(
            first_name="Anna", last_name="Berg", middle_name="Maria", company_id=self.company_id, language="nl",
            channels=(ChannelInput("email", "anna@example.com"),))).id
        self.pipeline_id = self.pipeline.default_pipeline_id()
        self.stages = [st.id for st in self.pipeline.list_pipelines()[0].stages]
        self.lines = (
            DealLineInput(name="Consulting", quantity=Decimal(12), price=Decimal("95.00"), vat_rate=Decimal(21),
                          unit="h"),
            DealLineInput(name="Laptop stand", quantity=Decimal(3), price=Decimal("49.90"), vat_rate=Decimal(21),
                          discount_pct=Decimal(10)),
            DealLineInput(name="Book", quantity=Decimal("2.5"), price=Decimal("10.00"), vat_rate=Decimal(9)),
        )
        self.deal_id = self.pipeline.create_deal(DealInput(
            title="Office 2026", pipeline_id=self.pipeline_id, stage_id=self.stages[1], company_id=self.company_id,
            person_id=self.person_id, lines=self.lines, currency="EUR"))
        self.service = DocumentService(db, clock=lambda: NOW, documents_dir=tmp_path / "documents",
                                       templates_dir=tmp_path / "templates")
        self.service.save_seller(SellerInfo(name="Northwind", tax_id="NL999", address="Main 1, Amsterdam"))
        self.offer = make_template(tmp_path / "offer.docx", OFFER_TEXT, LINE_ROWS, header="{{ seller.name }}")

    def bare_deal(self, title: str = "Bare") -> int:
        return self.pipeline.create_deal(DealInput(title=title, pipeline_id=self.pipeline_id,
                                                   stage_id=self.stages[1]))


@pytest.fixture
def data(db: Database, tmp_path: Path) -> Data:
    return Data(db, tmp_path)


@pytest.fixture
def no_generator() -> object:
    pipeline_module.register_document_generator(None)
    yield None
    pipeline_module.register_document_generator(None)


def count(db: Database, model: type) -> int:
    with db.session(write=False) as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


# ---- generating ------------------------------------------------------------------------------------------------

def test_a_deal_document_has_every_value_and_no_placeholder_left(data: Data) -> None:
    result = data.service.generate(str(data.offer), deal_id=data.deal_id, language="en")
    text = all_text(result.path)
    totals = line_totals(data.lines)
    assert result.number == "OFF-2026-0001"
    for expected in ("Offer OFF-2026-0001 of March 5, 2026", "Northwind, tax id NL999",
                     "To: Smith & Sons <Ltd>, 1 High Street\nLondon", "Dear Anna (anna@example.com),",
                     "Deal: Office 2026", f"total {format_money(totals.gross, 'en')} EUR", "Consulting",
                     "Laptop stand", "2.5", "1,379.40", "In words: one thousand"):
        assert expected in text, expected
    assert "{{" not in text
    assert "{%" not in text
    rows = load_docx(result.path).tables[0].rows
    assert len(rows) == 1 + len(data.lines)
    assert [c.text for c in rows[2].cells] == ["2", "Laptop stand", "3", "pcs", "49.90", "28.29", "163.02"]


def test_the_document_is_recorded_on_every_timeline(data: Data) -> None:
    result = data.service.generate(str(data.offer), deal_id=data.deal_id, language="en")
    with data.db.session(write=False) as s:
        doc = s.get(Document, result.document_id)
        assert doc is not None
        assert (doc.deal_id, doc.company_id, doc.person_id) == (data.deal_id, data.company_id, data.person_id)
        assert (doc.number, doc.language, doc.template, Path(doc.file_path)) == (
            "OFF-2026-0001", "en", "offer", result.path)
        activity = s.scalar(select(Activity).where(Activity.kind == "document"))
        assert activity is not None
        assert activity.data is not None
        assert activity.data["document_id"] == doc.id
    assert [d.id for d in data.pipeline.list_documents(data.deal_id)] == [result.document_id]
    assert [d.id for d in data.contacts.related_documents("person", data.person_id)] == [result.document_id]
    assert [d.id for d in data.contacts.related_documents("company", data.company_id)] == [result.document_id]
    kinds = [e.kind for e in data.contacts.timeline("person", data.person_id)]
    assert "document" in kinds


@pytest.mark.parametrize(("lang", "amount", "words"), [
    ("en", "1,234.50", "one thousand, two hundred and thirty-four euro, fifty cents"),
    ("nl", "1.234,50", "duizendtweehonderdvierendertig euro, vijftig cent"),
    ("pl", "1 234,50", "tysiąc dwieście trzydzieści cztery euro, pięćdziesiąt centów"),
    ("ru", "1 234,50", "одна тысяча двести тридцать четыре евро, пятьдесят центов"),
    ("fa", "۱٬۲۳۴٫۵۰", "هزار و دویست و سی و چهار EUR ۵۰/۱۰۰"),
])
def test_money_and_words_follow_the_language(lang: str, amount: str, words: str) -> None:
    assert format_money(Decimal("1234.5"), lang).replace("\xa0", " ") == amount
    assert amount_in_words(Decimal("1234.50"), "EUR", lang) == words


def test_a_currency_num2words_does_not_know_is_named_by_its_code() -> None:
    assert amount_in_words(Decimal(12), "CHF", "en") == "twelve CHF"
    assert amount_in_words(Decimal("12.05"), "CHF", "nl") == "twaalf CHF 05/100"


def test_the_person_language_is_the_default(data: Data) -> None:
    result = data.service.generate(str(data.offer), deal_id=data.deal_id)
    assert "maart 2026" in all_text(result.path)      # Anna's language is Dutch
    with data.db.session(write=False) as s:
        assert s.scalar(select(Document.language)) == "nl"


def test_russian_names_the_person_surname_first(data: Data, tmp_path: Path) -> None:
    template = make_template(tmp_path / "ru.docx", ["{{ person.full_name }} / {{ person.greeting_name }}"])
    result = data.service.generate(str(template), person_id=data.person_id, language="ru")
    assert "Berg Anna Maria / Anna Maria" in all_text(result.path)


def test_documents_for_a_company_and_for_a_person(data: Data, tmp_path: Path) -> None:
    letter = make_template(tmp_path / "letter.docx", ["{{ company.name }}", "{% if person %}{{ person.email }}"
                                                                           "{% endif %}"])
    by_company = data.service.generate(str(letter), company_id=data.company_id, language="en")
    by_person = data.service.generate(str(letter), person_id=data.person_id, language="en")
    assert "anna@example.com" not in all_text(by_company.path)
    assert "anna@example.com" in all_text(by_person.path)
    assert by_company.number is None        # a letter without doc.number is not numbered
    with data.db.session(write=False) as s:
        rows = s.execute(select(Document.company_id, Document.person_id, Document.deal_id)
                         .order_by(Document.id)).all()
    assert [tuple(r) for r in rows] == [(data.company_id, None, None), (data.company_id, data.person_id, None)]


def test_exactly_one_target(data: Data) -> None:
    with pytest.raises(ValidationError, match="exactly one"):
        data.service.generate(str(data.offer), deal_id=data.deal_id, person_id=data.person_id)
    with pytest.raises(ValidationError, match="exactly one"):
        data.service.generate(str(data.offer))
    with pytest.raises(NotFoundError, match="deal"):
        data.service.generate(str(data.offer), deal_id=9999)


# ---- numbering -------------------------------------------------------------------------------------------------

def test_numbers_follow_the_pattern_per_kind_and_are_never_reused(data: Data, tmp_path: Path) -> None:
    invoice = make_template(tmp_path / "invoice.docx", ["Invoice {{ doc.number }}"])
    first = data.service.generate(str(invoice), deal_id=data.deal_id, language="en")
    assert first.number == "INV-2026-0001"
    with data.db.session() as s:  # deleting the document, even its row, gives no number back
        s.execute(delete(Activity))
        s.execute(delete(Document))
    second = data.service.generate(str(invoice), deal_id=data.deal_id, language="en")
    assert second.number == "INV-2026-0002"
    data.service.set_numbering_pattern("invoice", "F{year}/{n:05}")
    assert data.service.numbering_pattern("INVOICE") == "F{year}/{n:05}"
    assert data.service.generate(str(invoice), deal_id=data.deal_id, language="en").number == "F2026/00003"
    assert data.service.numbering_pattern("offer") == "OFF-{year}-{n:04}"


def test_a_pattern_without_the_year_runs_on(data: Data, tmp_path: Path) -> None:
    invoice = make_template(tmp_path / "invoice.docx", ["Invoice {{ doc.number }}"])
    data.service.set_numbering_pattern("invoice", "No. {n}")
    assert data.service.generate(str(invoice), deal_id=data.deal_id, language="en").number == "No. 1"
    with data.db.session(write=False) as s:
        assert s.get(NumberSequence, ("invoice", 0)) is not None


@pytest.mark.parametrize(("pattern", "message"), [
    ("INV-{year}", "no {n}"),
    ("{n.__class__}", "nothing else"),
    ("{n!r}", "nothing else"),
    ("{name}-{n}", "nothing else"),
    ("{n:>99}", "nothing else"),
    ("{n", "not a numbering pattern"),
    ("X" * 70 + "{n}", "too long"),
])
def test_bad_patterns_are_refused(data: Data, pattern: str, message: str) -> None:
    with pytest.raises(ValidationError, match=re.escape(message)):
        data.service.set_numbering_pattern("invoice", pattern)


def test_a_number_that_would_repeat_is_refused(data: Data, tmp_path: Path) -> None:
    one = make_template(tmp_path / "one.docx", ["{{ doc.number }}"])
    two = make_template(tmp_path / "two.docx", ["{{ doc.number }}"])
    data.service.set_numbering_pattern("one", "A-{n}")
    data.service.set_numbering_pattern("two", "A-{n}")
    data.service.generate(str(one), deal_id=data.deal_id, language="en")
    with pytest.raises(ValidationError, match="already given"):
        data.service.generate(str(two), deal_id=data.deal_id, language="en")
    assert count(data.db, Document) == 1


# ---- all or nothing --------------------------------------------------------------------------------------------

def test_an_unwritable_folder_leaves_no_row_no_number_and_no_file(data: Data, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(ValidationError, match=re.escape(str(blocker))):
        data.service.generate(str(data.offer), deal_id=data.deal_id, language="en", out=blocker / "x" / "o.docx")
    assert count(data.db, Document) == 0
    assert count(data.db, Activity) == 0
    assert count(data.db, NumberSequence) == 0
    assert data.service.generate(str(data.offer), deal_id=data.deal_id, language="en").number == "OFF-2026-0001"


def test_the_file_is_written_without_a_temporary_left(data: Data, tmp_path: Path) -> None:
    out = tmp_path / "written" / "offer.docx"
    result = data.service.generate(str(data.offer), deal_id=data.deal_id, language="en", out=out)
    assert result.path == out.absolute()
    assert sorted(p.name for p in out.parent.iterdir()) == ["offer.docx"]
    assert zipfile.ZipFile(out).testzip() is None


def test_default_names_are_unique(data: Data) -> None:
    letter = data.service.templates_dir / "x.docx"
    data.service.templates_dir.mkdir()
    make_template(letter, ["{{ company.name }}"])
    first = data.service.generate("x", company_id=data.company_id, language="en")
    second = data.service.generate("x", company_id=data.company_id, language="en")
    assert first.path.parent == data.service.documents_dir
    assert first.path != second.path
    assert first.path.name == "x — Smith & Sons _Ltd_-2026-03-05.docx"


def test_output_must_be_a_docx(data: Data, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"\.docx"):
        data.service.generate(str(data.offer), deal_id=data.deal_id, out=tmp_path / "offer.pdf")


# ---- missing data ----------------------------------------------------------------------------------------------

def test_missing_company_and_lines_are_listed_and_refused(data: Data) -> None:
    bare = data.bare_deal()
    missing = data.service.missing_data(str(data.offer), deal_id=bare, language="en")
    assert any("has no company" in m for m in missing)
    assert any("no product lines" in m for m in missing)
    assert any("no contact person" in m for m in missing)
    with pytest.raises(ValidationError, match="no company") as refused:
        data.service.generate(str(data.offer), deal_id=bare, language="en")
    assert "no product lines" in str(refused.value)
    assert count(data.db, Document) == 0
    assert count(data.db, NumberSequence) == 0


def test_empty_fields_are_notes_that_do_not_stop_the_document(data: Data, tmp_path: Path) -> None:
    template = make_template(tmp_path / "t.docx", ["{{ company.name }} {{ company.bank_details }}",
                                                   "{{ seller.bank_details }}"])
    missing = data.service.missing_data(str(template), company_id=data.company_id, language="en")
    assert missing == [
        "Smith & Sons <Ltd> has no bank details: company.bank_details will be empty.",
        "Your company's details are incomplete (seller.bank_details will be empty): fill them in under Tools › "
        "Templates › Your company.",
    ]
    data.service.generate(str(template), company_id=data.company_id, language="en")


def test_a_guarded_group_is_not_required(data: Data, tmp_path: Path) -> None:
    template = make_template(tmp_path / "guarded.docx", [
        "{% if company %}{{ company.name }}{% endif %}",
        "{% if totals.count %}{{ totals.gross }}{% endif %}",
    ], [["{%tr for line in lines %}"], ["{{ line.name }}"], ["{%tr else %}"], ["No lines"], ["{%tr endfor %}"]])
    bare = data.bare_deal()
    assert data.service.missing_data(str(template), deal_id=bare, language="en") == []
    result = data.service.generate(str(template), deal_id=bare, language="en")
    assert "No lines" in all_text(result.path)


def test_a_document_from_a_person_has_no_deal_lines(data: Data) -> None:
    missing = data.service.missing_data(str(data.offer), person_id=data.person_id, language="en")
    assert any("only a deal has" in m for m in missing)


# ---- templates -------------------------------------------------------------------------------------------------

def test_add_list_rename_replace_and_delete_user_templates(data: Data, tmp_path: Path) -> None:
    service = data.service
    info = service.add_template(data.offer, "My offer")
    assert (info.name, info.bundled, info.language) == ("My offer", False, None)
    assert "lines.name" in info.placeholders
    assert "company.name" in info.placeholders
    assert [t.name for t in service.list_templates("en") if not t.bundled] == ["My offer"]
    with pytest.raises(ValidationError, match="already exists"):
        service.add_template(data.offer, "my OFFER")
    with pytest.raises(ValidationError, match="bundled"):
        service.add_template(data.offer, "invoice")
    with pytest.raises(ValidationError, match="cannot be a template's name"):
        service.add_template(data.offer, "../evil")
    renamed = service.rename_template("my offer", "Offer 2")
    assert renamed.path.name == "Offer 2.docx"
    assert not info.path.exists()
    replacement = make_template(tmp_path / "new.docx", ["{{ deal.title }}"])
    assert service.replace_template("Offer 2", replacement).placeholders == ("deal.title",)
    result = service.generate("offer 2", deal_id=data.deal_id, language="en")
    assert "Office 2026" in all_text(result.path)
    service.delete_template("Offer 2")
    assert [t for t in service.list_templates("en") if not t.bundled] == []
    with pytest.raises(NotFoundError):
        service.delete_template("Offer 2")


def test_a_template_with_problems_is_not_added(data: Data, tmp_path: Path) -> None:
    bad = make_template(tmp_path / "bad.docx", ["{{ compnay.name }}"])
    with pytest.raises(TemplateError, match="compnay.name") as refused:
        data.service.add_template(bad)
    assert refused.value.problems[0].where == "paragraph 1: “{{ compnay.name }}”"
    assert not data.service.templates_dir.exists() or not list(data.service.templates_dir.iterdir())


def test_rules_follow_a_renamed_template_and_keep_it_from_deletion(data: Data) -> None:
    data.service.add_template(data.offer, "quote")
    rule = data.pipeline.save_rule(None, data.stages[2], "generate_document", {"template": "quote"})
    data.service.rename_template("quote", "quotation")
    with data.db.session(write=False) as s:
        found = s.get(StageAutomationRule, rule)
        assert found is not None
        assert found.params["template"] == "quotation"
    with pytest.raises(ValidationError, match="automation"):
        data.service.delete_template("quotation")


def test_resolving_names_paths_and_unknown_names(data: Data) -> None:
    with pytest.raises(NotFoundError, match="no template named 'nope'"):
        data.service.resolve_template("nope", "en")
    with pytest.raises(NotFoundError, match="does not exist"):
        data.service.resolve_template("/no/such/file.docx", "en")
    with pytest.raises(ValidationError, match="language"):
        data.service.resolve_template("offer", "de")
    assert data.service.resolve_template(str(data.offer), "en").path == data.offer


def test_not_a_docx_is_refused_clearly(data: Data, tmp_path: Path) -> None:
    fake = tmp_path / "fake.docx"
    fake.write_text("hello")
    with pytest.raises(ValidationError, match="is not a Word document"):
        data.service.validate_template(fake)


def test_preview_fills_a_sample_without_recording(data: Data, tmp_path: Path) -> None:
    out = data.service.preview(str(data.offer), "pl", tmp_path / "preview.docx")
    text = all_text(out)
    assert "Example Trading" in text
    assert "Anna" in text
    assert "Laptop stand" in text
    assert "OFF-2026-0000" in text
    assert count(data.db, Document) == 0
    assert count(data.db, NumberSequence) == 0


def test_seller_is_saved_trimmed(data: Data) -> None:
    data.service.save_seller(SellerInfo(name="  Acme  ", bank_details="IBAN 1\nBIC 2"))
    assert data.service.seller() == SellerInfo(name="Acme", bank_details="IBAN 1\nBIC 2")
    with pytest.raises(ValidationError, match="too long"):
        data.service.save_seller(SellerInfo(name="x" * 301))


# ---- bulk ------------------------------------------------------------------------------------------------------

def test_one_file_each(data: Data, tmp_path: Path) -> None:
    second = data.pipeline.create_deal(DealInput(title="Second", pipeline_id=data.pipeline_id,
                                                 stage_id=data.stages[1], company_id=data.company_id,
                                                 person_id=data.person_id, lines=data.lines[:1]))
    steps: list[tuple[int, int]] = []
    results = data.service.generate_many(str(data.offer), [("deal", data.deal_id), ("deal", second)],
                                         combined=False, out_dir=tmp_path / "bulk", language="en",
                                         progress=Progress(lambda done, total, _t: steps.append((done, total))))
    assert [r.number for r in results] == ["OFF-2026-0001", "OFF-2026-0002"]
    assert len({r.path for r in results}) == 2
    assert all(r.path.parent == tmp_path / "bulk" for r in results)
    assert steps[-1] == (2, 2)


def test_one_combined_file(data: Data, tmp_path: Path) -> None:
    results = data.service.generate_many(str(data.offer), [("deal", data.deal_id)] * 2, combined=True,
                                         out_dir=tmp_path / "bulk", language="en")
    assert len(results) == 2
    assert results[0].path == results[1].path
    text = all_text(results[0].path)
    assert text.count("Offer OFF-2026-") == 2
    assert "OFF-2026-0001" in text
    assert "OFF-2026-0002" in text
    assert count(data.db, Document) == 2


def test_cancel_leaves_nothing(data: Data, tmp_path: Path) -> None:
    def cancel_after_first(done: int, _total: int, _text: str) -> None:
        if done == 1:
            progress.cancel()

    progress = Progress(cancel_after_first)
    with pytest.raises(CancelledError):
        data.service.generate_many(str(data.offer), [("deal", data.deal_id)] * 3, combined=False,
                                   out_dir=tmp_path / "bulk", language="en", progress=progress)
    assert count(data.db, Document) == 0
    assert count(data.db, NumberSequence) == 0
    assert not (tmp_path / "bulk").exists() or not list((tmp_path / "bulk").iterdir())


def test_a_failing_record_stops_the_whole_batch(data: Data, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="no company"):
        data.service.generate_many(str(data.offer), [("deal", data.deal_id), ("deal", data.bare_deal())],
                                   combined=False, out_dir=tmp_path / "bulk", language="en")
    assert count(data.db, Document) == 0
    assert not list((tmp_path / "bulk").glob("*.docx"))


# ---- the funnel's rule -----------------------------------------------------------------------------------------

def test_the_stage_rule_generates_inside_the_move(data: Data, no_generator: None) -> None:
    data.service.add_template(data.offer, "quote")
    documents_module.register(documents_dir=data.service.documents_dir, templates_dir=data.service.templates_dir)
    data.pipeline.save_rule(None, data.stages[2], "generate_document", {"template": "quote", "language": "en"})
    data.pipeline.move_deal(data.deal_id, data.stages[2])
    found = data.pipeline.list_documents(data.deal_id)
    assert len(found) == 1
    assert found[0].path.is_file()
    assert found[0].number is not None
    assert re.fullmatch(r"QUOTE-\d{4}-0001", found[0].number)
    assert "Office 2026" in all_text(found[0].path)


def test_a_rule_that_cannot_generate_says_why_and_the_move_happens(data: Data, no_generator: None) -> None:
    documents_module.register(documents_dir=data.service.documents_dir, templates_dir=data.service.templates_dir)
    data.pipeline.save_rule(None, data.stages[2], "generate_document", {"template": "no-such"})
    moved = data.pipeline.move_deal(data.deal_id, data.stages[2])
    assert moved.stage_changed
    with data.db.session(write=False) as s:
        notes = s.scalars(select(Activity.subject).where(Activity.kind == "document")).all()
    assert len(notes) == 1
    assert "'no-such' was not generated" in notes[0]
    assert count(data.db, Document) == 0


def test_a_move_rolled_back_after_the_rule_leaves_no_file(data: Data, no_generator: None) -> None:
    from crm_desktop.models import AppSetting
    from crm_desktop.services.pipeline import NEXT_TASK_MANDATORY, NextTaskRequiredError

    data.service.add_template(data.offer, "quote")
    documents_module.register(documents_dir=data.service.documents_dir, templates_dir=data.service.templates_dir)
    data.pipeline.save_rule(None, data.stages[2], "generate_document", {"template": "quote", "language": "en"})
    with data.db.session() as s:
        s.add(AppSetting(key=NEXT_TASK_MANDATORY, value=True))
    with pytest.raises(NextTaskRequiredError):
        data.pipeline.move_deal(data.deal_id, data.stages[2])
    assert count(data.db, Document) == 0
    assert not data.service.documents_dir.exists() or not list(data.service.documents_dir.iterdir())


# ---- PDF -------------------------------------------------------------------------------------------------------

def test_pdf_without_libreoffice_is_refused_before_anything(data: Data, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(DocumentService, "libreoffice", lambda self: None)
    with pytest.raises(ValidationError, match="LibreOffice is not installed"):
        data.service.generate(str(data.offer), deal_id=data.deal_id, language="en", pdf=True)
    assert count(data.db, Document) == 0


@pytest.mark.skipif(documents_module.find_libreoffice() is None, reason="LibreOffice is not installed")
def test_pdf_with_libreoffice(data: Data) -> None:
    result = data.service.generate(str(data.offer), deal_id=data.deal_id, language="en", pdf=True)
    assert result.pdf_path is not None
    assert result.pdf_path == result.path.with_suffix(".pdf")
    assert result.pdf_path.read_bytes().startswith(b"%PDF")


# ---- bundled and real-world templates --------------------------------------------------------------------------

BUNDLED_FILES = sorted((config.resource_dir() / "templates").glob("*/*.docx"))


@pytest.mark.skipif(not BUNDLED_FILES, reason="the bundled templates are not built yet")
@pytest.mark.parametrize("lang", config.LANGUAGES)
def test_every_bundled_template_renders_for_a_demo_deal(data: Data, lang: str) -> None:
    names = [t.name for t in data.service.list_templates(lang) if t.bundled]
    assert sorted(names) == sorted(BUNDLED)
    for name in names:
        assert [p for p in data.service.validate_template(data.service.resolve_template(name, lang).path)
                if p.severity == "error"] == []
        result = data.service.generate(name, deal_id=data.deal_id, language=lang)
        text = all_text(result.path)
        assert "{{" not in text, (lang, name)
        assert "{%" not in text, (lang, name)
        assert "Smith & Sons" in text or "Smith and Sons Ltd" in text, (lang, name)
        if name in ("offer", "invoice"):
            assert "Laptop stand" in text, (lang, name)
            assert format_money(line_totals(data.lines).gross, lang) in text, (lang, name)


REALDATA_FILES = sorted(REALDATA.glob("*.docx")) if REALDATA.is_dir() else []


@pytest.mark.skipif(not REALDATA_FILES, reason="../shared/realdata/docx is not there")
@pytest.mark.parametrize("path", REALDATA_FILES, ids=lambda p: p.name)
def test_real_world_templates_render_or_are_refused_clearly(data: Data, path: Path, tmp_path: Path) -> None:
    problems = [p for p in data.service.validate_template(path) if p.severity == "error"]
    if problems:
        for problem in problems:
            assert problem.where
            assert problem.message
            assert re.search(r"Unknown placeholder '|not supported|another template program|not allowed|"
                             r"holds \d+ such", problem.message), problem
        with pytest.raises(TemplateError) as refused:
            data.service.generate(str(path), deal_id=data.deal_id, language="en", out=tmp_path / "o.docx")
        assert "\n" not in str(refused.value)
        assert "cannot be used" in str(refused.value)
        assert not (tmp_path / "o.docx").exists()
    else:
        result = data.service.generate(str(path), deal_id=data.deal_id, language="en", out=tmp_path / "o.docx")
        assert "{{" not in all_text(result.path)


def test_the_documents_folder_defaults_to_the_data_folder(db: Database) -> None:
    service = DocumentService(db)
    assert service.documents_dir == config.data_dir() / "documents"
    assert service.templates_dir == config.data_dir() / "templates"


def test_dates_and_expected_close(data: Data, tmp_path: Path) -> None:
    with data.db.session() as s:
        from crm_desktop.models import Deal

        s.execute(update(Deal).where(Deal.id == data.deal_id).values(expected_close_on=date(2026, 12, 31)))
    template = make_template(tmp_path / "d.docx", ["{{ deal.expected_close }} | {{ deal.stage }} | "
                                                   "{{ deal.amount }} {{ deal.currency }}"])
    text = all_text(data.service.generate(str(template), deal_id=data.deal_id, language="en").path)
    assert f"December 31, 2026 | Qualified | {format_money(line_totals(data.lines).net, 'en')} EUR" in text
