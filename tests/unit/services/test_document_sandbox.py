"""The template sandbox: what a template may not do is refused before anything is written, with the place and the
reason; what it may do renders; loops, texts and output are bounded while rendering."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document as load_docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from sqlalchemy import func, select

from crm_desktop.db.database import Database
from crm_desktop.errors import ValidationError
from crm_desktop.models import Document, NumberSequence
from crm_desktop.services.contacts import CompanyInput, ContactService, PersonInput
from crm_desktop.services.documents import DocumentService, TemplateError, TemplateProblem
from crm_desktop.services.pipeline import DealInput, DealLineInput, PipelineService


def make_template(path: Path, paragraphs: Sequence[str] = (), rows: Sequence[Sequence[str]] | None = None) -> Path:
    doc = load_docx()
    for text in paragraphs:
        doc.add_paragraph(text)
    if rows:
        table = doc.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.rows[r].cells[c].text = text
    doc.save(path)
    return path


def body_text(path: Path) -> str:
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    return "\n".join("".join(t.text or "" for t in p.iter(f"{w}t"))
                     for p in load_docx(path).element.body.iter(f"{w}p"))


class Setup:
    def __init__(self, db: Database, tmp_path: Path) -> None:
        self.db = db
        self.tmp = tmp_path
        company = ContactService(db).create_company(CompanyInput(name="Acme")).id
        person = ContactService(db).create_person(PersonInput(first_name="Ann", last_name="Lee")).id
        pipeline = PipelineService(db)
        stage = pipeline.list_pipelines()[0].stages[0].id
        self.deal_id = pipeline.create_deal(DealInput(
            title="Won", pipeline_id=pipeline.default_pipeline_id(), stage_id=stage, company_id=company,
            lines=(DealLineInput(name="Widget", quantity=Decimal(1), price=Decimal(5)),) * 3))
        self.person_deal = pipeline.create_deal(DealInput(
            title="Private", pipeline_id=pipeline.default_pipeline_id(), stage_id=stage, person_id=person))
        self.service = DocumentService(db, documents_dir=tmp_path / "out")

    def template(self, *paragraphs: str, rows: Sequence[Sequence[str]] | None = None) -> Path:
        return make_template(self.tmp / f"t{len(list(self.tmp.glob('t*.docx')))}.docx", paragraphs, rows)

    def problems(self, *paragraphs: str, rows: Sequence[Sequence[str]] | None = None) -> list[TemplateProblem]:
        return [p for p in self.service.validate_template(self.template(*paragraphs, rows=rows))
                if p.severity == "error"]

    def refused(self, *paragraphs: str) -> TemplateError:
        path = self.template(*paragraphs)
        with pytest.raises(TemplateError) as caught:
            self.service.generate(str(path), deal_id=self.deal_id, language="en", out=self.tmp / "out.docx")
        assert not (self.tmp / "out.docx").exists()
        with self.db.session(write=False) as s:
            assert s.scalar(select(func.count()).select_from(Document)) == 0
            assert s.scalar(select(func.count()).select_from(NumberSequence)) == 0
        return caught.value

    def render(self, *paragraphs: str, rows: Sequence[Sequence[str]] | None = None) -> str:
        path = self.template(*paragraphs, rows=rows)
        return body_text(self.service.generate(str(path), deal_id=self.deal_id, language="en").path)


@pytest.fixture
def setup(db: Database, tmp_path: Path) -> Setup:
    return Setup(db, tmp_path)


# ---- refused before rendering, with the place and the reason ---------------------------------------------------

@pytest.mark.parametrize(("tag", "reason"), [
    ("{{ ''.__class__ }}", "'__class__': access to internals"),
    ("{{ company.name.__class__.__mro__ }}", "access to internals"),
    ("{{ lines['__class__'] }}", "access to internals"),
    ("{{ company|attr('__class__') }}", "The filter 'attr' is not available"),
    ("{% import 'macros.html' as m %}", "templates cannot import other templates"),
    ("{% from 'x' import y %}", "templates cannot import other templates"),
    ("{% include 'secret.txt' %}", "templates cannot include other files"),
    ("{% extends 'base.docx' %}", "templates cannot extend other templates"),
    ("{% macro m() %}x{% endmacro %}", "macros are not allowed"),
    ("{% autoescape false %}{{ company.name }}{% endautoescape %}", "switching off the escaping"),
    ("{% for i in range(1000000000) %}x{% endfor %}", "range() of 1,000,000,000 numbers"),
    ("{{ 'x' * 1000000000 }}", "at most 100,000"),
    ("{{ 2 ** 100000 }}", "Powers above 64"),
    ("{{ company.name.upper() }}", "Calling 'company.name.upper()' is not allowed"),
    ("{{ lipsum(100000) }}", "Unknown placeholder 'lipsum'"),
    ("{{ cycler }}", "Unknown placeholder 'cycler'"),
    ("{{ company.name|format(1) }}", "The filter 'format' is not available"),
    ("{{ company.name|center(1000000000) }}", "The filter 'center' is not available"),
    ("{{ lines|batch(1000000000) }}", "The filter 'batch' is not available"),
    ("{{ company.name|safe }}", "The filter 'safe' is not available"),
    ("{% for x in lines recursive %}{{ loop(x) }}{% endfor %}", "recursive loops are not allowed"),
])
def test_hostile_constructs_are_refused_with_place_and_reason(setup: Setup, tag: str, reason: str) -> None:
    refused = setup.refused("Harmless first paragraph", f"Dear {{{{ company.name }}}}, {tag}")
    assert reason in str(refused)
    wanted = [p for p in refused.problems if reason in p.message]
    assert wanted, refused.problems
    assert wanted[0].where.startswith("paragraph 2: “Dear {{ company.name }}")


@pytest.mark.parametrize(("paragraphs", "message", "where"), [
    (["{{ compnay.name }}"], "Unknown placeholder 'compnay.name' (did you mean 'company.name'?)", "paragraph 1"),
    (["x", "{{ company.nmae }}"], "Unknown placeholder 'company.nmae' (did you mean 'company.name'?)", "paragraph 2"),
    (["{{ company.name.first }}"], "Unknown placeholder 'company.name.first'", "paragraph 1"),
    (["{{ company. }}"], "Broken syntax in '{{ company. }}'", "paragraph 1"),
    (["{{ company.name }"], "is not closed in this paragraph", "paragraph 1"),
    (["{% if deal.title %}", "open"], "'{% if deal.title %}' is never closed: add '{% endif %}'", "paragraph 1"),
    (["a", "{% endfor %}"], "'{% endfor %}' closes nothing", "paragraph 2"),
    (["{% for l in lines %}{% endif %}{% endfor %}"], "cannot close '{% for l in lines %}'", "paragraph 1"),
    (["{% else %}"], "stands outside any {% if %}", "paragraph 1"),
    (["{% frobnicate %}"], "is not a template command", "paragraph 1"),
    (["{{r company.name }}"], "rich-text and sub-document placeholders", "paragraph 1"),
    (["{%tr for line in lines %}"], "must stand in a table row", "paragraph 1"),
    (["+++INS name+++"], "another template program (docx-templates)", "paragraph 1"),
])
def test_mistakes_are_refused_with_where(setup: Setup, paragraphs: list[str], message: str, where: str) -> None:
    problems = setup.problems(*paragraphs)
    found = [p for p in problems if message in p.message]
    assert found, problems
    assert found[0].where.startswith(where)


def test_table_cells_are_named_by_table_row_and_cell(setup: Setup) -> None:
    problems = setup.problems("intro", rows=[["a", "b"], ["{%tr for line in lines %}", ""],
                                             ["{{ line.nam }}", "{{ line.price }}"], ["{%tr endfor %}", ""]])
    assert [(p.message, p.where) for p in problems] == [
        ("Unknown placeholder 'line.nam' (did you mean 'lines.name'?).", "table 1, row 3, cell 1: “{{ line.nam }}”")]


def test_a_placeholder_across_two_paragraphs_is_refused(setup: Setup) -> None:
    problems = setup.problems("Dear {{ company.", "name }}")
    assert len(problems) == 1
    assert "is not closed in this paragraph" in problems[0].message
    assert problems[0].where == "paragraph 1: “Dear {{ company.”"


def test_a_row_loop_closed_outside_its_row_is_refused(setup: Setup) -> None:
    problems = setup.problems("{% endfor %}", rows=[["{%tr for line in lines %}"], ["{{ line.name }}"]])
    assert any("needs '{%tr endfor %}'" in p.message or "closes" in p.message for p in problems), problems


def test_a_placeholder_cut_by_a_link_is_refused(setup: Setup, tmp_path: Path) -> None:
    doc = load_docx()
    paragraph = doc.add_paragraph("Visit ")
    paragraph._p.append(parse_xml(f'<w:hyperlink {nsdecls("w")}><w:r><w:t xml:space="preserve">{{{{ company.</w:t>'
                                  '</w:r></w:hyperlink>'))
    paragraph.add_run("website }} today")
    doc.save(tmp_path / "link.docx")
    problems = setup.service.validate_template(tmp_path / "link.docx")
    assert [(p.message.split(" is split")[0], p.where) for p in problems] == [
        ("'{{ company.website }}'", "paragraph 1: “Visit {{ company.website }} today”")]


def test_mail_merge_fields_are_named(setup: Setup, tmp_path: Path) -> None:
    doc = load_docx()
    paragraph = doc.add_paragraph()
    paragraph._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" MERGEFIELD CustomerName \\* MERGEFORMAT ">'
                                  '<w:r><w:t>«CustomerName»</w:t></w:r></w:fldSimple>'))
    doc.save(tmp_path / "merge.docx")
    problems = setup.service.validate_template(tmp_path / "merge.docx")
    assert [p.message for p in problems] == [
        "The mail-merge field «CustomerName» is not filled by crm-desktop; replace it with a placeholder such as "
        "{{ company.name }}."]


# ---- allowed, and rendered ---------------------------------------------------------------------------------------

def test_curly_quotes_are_read_as_straight_ones_with_a_warning(setup: Setup) -> None:
    path = setup.template("{% if deal.title == “Won” %}yes{% endif %}", "{{ company.name|replace(„A”, ‘B’) }}")
    problems = setup.service.validate_template(path)
    assert [p.severity for p in problems] == ["warning", "warning"]
    assert "curly quotes" in problems[0].message
    assert problems[0].where.startswith("paragraph 1")
    text = body_text(setup.service.generate(str(path), deal_id=setup.deal_id, language="en").path)
    assert text.splitlines() == ["yes", "Bcme"]


def test_a_placeholder_split_across_formatted_runs_is_joined(setup: Setup, tmp_path: Path) -> None:
    doc = load_docx()
    paragraph = doc.add_paragraph("Dear ")
    for piece, bold in (("{{ comp", True), ("any.na", False), ("me }}", True), ("!", False)):
        paragraph.add_run(piece).bold = bold
    doc.save(tmp_path / "runs.docx")
    assert setup.service.validate_template(tmp_path / "runs.docx") == []
    result = setup.service.generate(str(tmp_path / "runs.docx"), deal_id=setup.deal_id, language="en")
    assert body_text(result.path) == "Dear Acme!"


def test_ordinary_jinja_renders(setup: Setup) -> None:
    text = setup.render(
        "{% set shout = company.name|upper %}{{ shout }}",
        "{% for line in lines %}{{ loop.index }}:{{ line.name }}{% if not loop.last %}, {% endif %}{% endfor %}",
        "{{ lines|map(attribute='name')|join(' + ') }}",
        "{% for i in range(3) %}{{ i }}{% endfor %} {{ totals.count * 2 }} {{ 'ab' ~ 'cd' }}",
        "{% with n = totals.count %}{{ n }}{% endwith %}",
        "{% filter upper %}{{ deal.title }}{% endfilter %}",
        "{# a comment #}{{ company.name if company else 'nobody' }}",
    )
    assert text.splitlines() == ["ACME", "1:Widget, 2:Widget, 3:Widget", "Widget + Widget + Widget", "012 6 abcd",
                                 "3", "WON", "Acme"]


def test_data_is_escaped_into_the_word_xml(db: Database, tmp_path: Path) -> None:
    company = ContactService(db).create_company(CompanyInput(name="A & B <C> \"D\"")).id
    service = DocumentService(db, documents_dir=tmp_path / "out")
    path = make_template(tmp_path / "t.docx", ["{{ company.name }}"])
    assert body_text(service.generate(str(path), company_id=company, language="en").path) == "A & B <C> \"D\""


def test_one_of_or_is_enough(setup: Setup) -> None:
    path = setup.template("To: {{ company.name or person.full_name }}")
    assert setup.service.missing_data(str(path), deal_id=setup.person_deal, language="en") == []
    result = setup.service.generate(str(path), deal_id=setup.person_deal, language="en")
    assert body_text(result.path) == "To: Ann Lee"


# ---- bounded while rendering --------------------------------------------------------------------------------------

def test_nested_loops_past_the_budget_stop_while_rendering(setup: Setup) -> None:
    refused = setup.refused("{% for a in range(5000) %}{% for b in range(5000) %}{% endfor %}{% endfor %}")
    assert "loops more than 10,000 times" in str(refused)


def test_a_computed_range_past_the_limit_stops(setup: Setup) -> None:
    refused = setup.refused("{% for i in range(totals.count * 100000) %}x{% endfor %}")
    assert "templates may count to 10,000" in str(refused)


def test_a_growing_text_stops(setup: Setup) -> None:
    refused = setup.refused("{% set a = 'x' * 60000 %}{% set b = a ~ a %}{{ b }}")
    assert "more than 100,000 characters" in str(refused)
    refused = setup.refused("{% set a = 'x' * 60000 %}{{ a|replace('x', 'xx') }}")
    assert "more than 100,000 characters" in str(refused)


def test_text_formatting_with_percent_is_refused(setup: Setup) -> None:
    refused = setup.refused("{{ '%999999999s' % company.name }}")
    assert "'%' formatting of text is not allowed" in str(refused)


def test_nothing_in_a_refused_template_reaches_the_disk(setup: Setup) -> None:
    with pytest.raises(ValidationError):
        setup.service.add_template(setup.template("{% include '/etc/passwd' %}"), "evil")
    assert not setup.service.templates_dir.exists() or not list(setup.service.templates_dir.iterdir())
