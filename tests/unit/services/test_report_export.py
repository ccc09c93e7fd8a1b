"""Reports written to .xlsx and .docx, read back: typed values, the native chart, the table and the picture."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import docx
import openpyxl
import pytest

from crm_desktop.db.database import Database
from crm_desktop.errors import ValidationError
from crm_desktop.services import report_export
from crm_desktop.services.report_export import NO_CHART_NOTE, to_docx, to_xlsx
from crm_desktop.services.reports import ReportQuery
from tests.unit.services.test_reports import Base, build_base, in_utc


@pytest.fixture(autouse=True)
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    yield from in_utc(monkeypatch)


@pytest.fixture
def base(db: Database) -> Base:
    return build_base(db)


def tiny_png() -> bytes:
    """A valid 2x1 PNG, enough for python-docx to place a picture."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"\x00" + b"\xff\x00\x00" * 2
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def test_xlsx_of_won_and_lost(base: Base, tmp_path: Path) -> None:
    result = base.run("won-lost", granularity="month")
    path = to_xlsx(result, tmp_path / "won-lost.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    assert ws.title == "Won and lost"
    assert [c.value for c in ws[1]] == ["Period", "New", "Won", "Won amount", "Lost", "Lost amount"]
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert [c.value for c in ws[2]] == ["2026-01", 3, 1, 1000, 0, 0]
    assert [c.value for c in ws[4]] == ["2026-03", 2, 2, 3500, 2, 2000]
    assert ws["D2"].number_format == "#,##0.00"
    assert ws["A6"].value == "Deals in USD (1) are not in these figures; choose USD to see them."
    assert ws.column_dimensions["D"].width >= len("Won amount")
    charts = ws._charts
    assert len(charts) == 1
    assert type(charts[0]).__name__ == "BarChart"
    assert len(charts[0].series) == 3          # new, won, lost
    data = wb[report_export.CHART_DATA_SHEET]
    assert [data.cell(row=r, column=1).value for r in range(2, 5)] == ["2026-01", "2026-02", "2026-03"]


def test_xlsx_percentages_dates_and_extra_tables(base: Base, tmp_path: Path) -> None:
    plan = openpyxl.load_workbook(to_xlsx(base.run("plan"), tmp_path / "plan.xlsx")).worksheets[0]
    # Team: 65 % fulfilment is the fraction 0.65 shown as a percentage; dates are dates.
    assert plan["B2"].value.date() == date(2026, 1, 1)
    assert plan["F2"].value == pytest.approx(0.65)
    assert plan["F2"].number_format == "0.0%"
    assert plan["F3"].value is None   # the plan of 0: no percentage
    sources = openpyxl.load_workbook(to_xlsx(base.run("sources"), tmp_path / "sources.xlsx"))
    assert sources.sheetnames == ["Lead sources and campaigns", "Campaigns", "Chart data"]
    assert [c.value for c in sources["Campaigns"][3]][:4] == ["Spring mail", "Website", 1000, 2]


@pytest.mark.parametrize(("name", "chart_type", "bar_dir"), [
    ("funnel", "BarChart", "bar"), ("loss-reasons", "PieChart", None), ("abc-xyz", "BarChart", "col"),
    ("activity", "BarChart", "col"),
])
def test_xlsx_chart_types(base: Base, tmp_path: Path, name: str, chart_type: str, bar_dir: str | None) -> None:
    result = base.run(name, granularity="month") if name == "activity" else base.run(name)
    ws = openpyxl.load_workbook(to_xlsx(result, tmp_path / f"{name}.xlsx")).worksheets[0]
    assert [type(c).__name__ for c in ws._charts] == [chart_type]
    if bar_dir:
        assert ws._charts[0].type == bar_dir
    if name == "activity":
        assert ws._charts[0].grouping == "stacked"


def test_xlsx_of_an_empty_report_has_no_chart(base: Base, tmp_path: Path) -> None:
    result = base.service().run(ReportQuery("won-lost", date(2030, 1, 1), date(2030, 1, 31)))
    ws = openpyxl.load_workbook(to_xlsx(result, tmp_path / "empty.xlsx")).worksheets[0]
    assert ws.max_row == 1
    assert ws._charts == []


def test_docx_with_the_chart_picture(base: Base, tmp_path: Path) -> None:
    result = base.run("loss-reasons")
    document = docx.Document(str(to_docx(result, tmp_path / "loss.docx", tiny_png())))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Loss reasons"
    assert texts[1] == "2026-01-01 – 2026-03-31; currency: EUR"
    assert "Deals in USD (1) are not in these figures; choose USD to see them." in texts
    assert len(document.inline_shapes) == 1
    table = document.tables[0]
    assert table.style.name == report_export.DOCX_TABLE_STYLE
    assert [c.text for c in table.rows[0].cells] == ["Reason", "Count", "Amount", "Share"]
    assert [c.text for c in table.rows[1].cells] == ["Price too high", "2", "4,500.00", "66.7 %"]
    assert [c.text for c in document.tables[1].rows[1].cells] == ["New lead", "1", "1,500.00", "33.3 %"]


def test_docx_without_a_renderer_says_the_chart_is_missing(base: Base, tmp_path: Path) -> None:
    result = base.run("plan", owner_id=base.boris)
    document = docx.Document(str(to_docx(result, tmp_path / "plan.docx", None)))
    texts = [p.text for p in document.paragraphs]
    assert NO_CHART_NOTE in texts
    assert "owner: Boris Brandt" in texts[1]
    assert len(document.inline_shapes) == 0
    assert [c.text for c in document.tables[0].rows[1].cells][:6] == [
        "Boris Brandt", "2026-03-01", "2026-03-31", "2,000.00", "500.00", "25.0 %"]


def test_a_failed_write_leaves_no_file(base: Base, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(ValidationError):
        to_xlsx(base.run("activity"), blocker / "report.xlsx")
    target = tmp_path / "report.docx"
    target.write_bytes(b"old")

    def failing(path: Path, data: bytes) -> None:
        raise ValidationError("disk full")

    monkeypatch.setattr(report_export, "write_atomically", failing)
    with pytest.raises(ValidationError, match="disk full"):
        to_docx(base.run("activity"), target)
    assert target.read_bytes() == b"old"
    assert not [p.name for p in tmp_path.iterdir() if p.suffix in (".part", ".tmp")]


def test_cell_text() -> None:
    assert report_export.cell_text(None, "percent") == "—"
    assert report_export.cell_text(Decimal("1234.5"), "money") == "1,234.50"
    assert report_export.cell_text(12.25, "days") == "12.2"
    assert report_export.cell_text(date(2026, 1, 2), "date") == "2026-01-02"
