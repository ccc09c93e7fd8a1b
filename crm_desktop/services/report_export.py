"""A computed report written to .xlsx (typed table with a native Excel chart) or .docx (heading, notes, table,
the chart as a picture when the caller drew one). Qt-free: the picture comes in as PNG bytes. Both files are
written atomically (temporary file, then os.replace): an error leaves no half-written file."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from crm_desktop.services.documents import _write_atomically as write_atomically
from crm_desktop.services.reports import Column, ReportResult, ReportTable

NUMBER_FORMATS = {"money": "#,##0.00", "percent": "0.0%", "days": "0.0", "int": "0", "date": "yyyy-mm-dd"}
CHART_DATA_SHEET = "Chart data"
MAX_WIDTH = 50
DOCX_TABLE_STYLE = "Light Grid Accent 1"
NO_CHART_NOTE = "The chart is not included: it is drawn by the app's window, which this export ran without."


def period_text(result: ReportResult) -> str:
    """"2026-01-01 – 2026-03-31" and the filters the report was run with."""
    q = result.query
    parts = [f"{q.start.isoformat()} – {q.end.isoformat()}"]
    filters = result.extra.get("filters")
    if isinstance(filters, dict):
        parts += [f"{key}: {value}" for key, value in filters.items()]
    if result.currency:
        parts.append(f"currency: {result.currency}")
    return "; ".join(parts)


def cell_text(value: object, kind: str) -> str:
    """A value as the .docx table and the command line print it; "—" where there is none."""
    if value is None:
        return "—"
    if kind == "money" and isinstance(value, Decimal | int | float):
        return f"{Decimal(str(value)):,.2f}"
    if kind == "percent" and isinstance(value, int | float):
        return f"{value:.1f} %"
    if kind == "days" and isinstance(value, int | float):
        return f"{value:.1f}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# ---- xlsx ----------------------------------------------------------------------------------------------------------

def to_xlsx(result: ReportResult, path: Path) -> Path:
    """Write the table (typed cells, bold frozen header, column widths), the notes, the extra tables on their own
    sheets and a native chart of the result beside the table."""
    from openpyxl import Workbook  # only loaded when a workbook is written

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = _sheet_title(result.title)
    last_row = _write_table(sheet, result.columns, result.rows)
    if result.notes:
        for offset, note in enumerate(result.notes):
            sheet.cell(row=last_row + 2 + offset, column=1, value=note)
    for name, table in result.extra.items():
        if isinstance(table, ReportTable):
            _write_table(workbook.create_sheet(_sheet_title(table.title or name)), table.columns, table.rows)
    if result.categories and result.series:
        _add_chart(workbook, sheet, result)
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_atomically(path, buffer.getvalue())
    return path


def _sheet_title(text: str) -> str:
    # Excel refuses these characters and names longer than 31.
    clean = "".join("_" if c in "[]:*?/\\" else c for c in text)
    return clean[:31] or "Report"


def _write_table(sheet: object, columns: Sequence[Column], rows: Sequence[Sequence[object]]) -> int:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    ws = sheet  # openpyxl's Worksheet; typed loosely so the module imports without openpyxl
    bold = Font(bold=True)
    widths = [len(c.label) for c in columns]
    for col, column in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=col, value=column.label)  # type: ignore[attr-defined]
        cell.font = bold
    for r, row in enumerate(rows, start=2):
        for col, (column, value) in enumerate(zip(columns, row, strict=False), start=1):
            cell = ws.cell(row=r, column=col, value=_xlsx_value(value, column.kind))  # type: ignore[attr-defined]
            if column.kind in NUMBER_FORMATS and value is not None:
                cell.number_format = NUMBER_FORMATS[column.kind]
            widths[col - 1] = max(widths[col - 1], len(cell_text(value, column.kind)))
    ws.freeze_panes = "A2"  # type: ignore[attr-defined]
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = min(MAX_WIDTH, width + 2)  # type: ignore[attr-defined]
    return len(rows) + 1


def _xlsx_value(value: object, kind: str) -> object:
    if value is None:
        return None
    if kind == "percent" and isinstance(value, int | float):
        return value / 100.0       # Excel's percent format multiplies by 100
    if isinstance(value, Decimal):
        return float(value)        # a number Excel can sum; the format shows two decimals
    return value


def _add_chart(workbook: object, sheet: object, result: ReportResult) -> None:
    """The chart's data on a sheet of its own (categories and one column per series) and the chart beside the
    table; "matrix" (abc-xyz) becomes a bar chart of the nine cells."""
    from openpyxl.chart import BarChart, LineChart, PieChart, Reference
    from openpyxl.utils import get_column_letter

    data = workbook.create_sheet(CHART_DATA_SHEET)  # type: ignore[attr-defined]
    data.cell(row=1, column=1, value="")
    for col, series in enumerate(result.series, start=2):
        data.cell(row=1, column=col, value=series.label)
    for r, category in enumerate(result.categories, start=2):
        data.cell(row=r, column=1, value=category)
        for col, series in enumerate(result.series, start=2):
            data.cell(row=r, column=col, value=series.values[r - 2] if r - 2 < len(series.values) else None)
    n = len(result.categories)
    labels = Reference(data, min_col=1, min_row=2, max_row=n + 1)
    chart: BarChart | LineChart | PieChart
    if result.chart == "line":
        chart = LineChart()
    elif result.chart == "pie":
        chart = PieChart()
    else:
        chart = BarChart()
        chart.type = "bar" if result.chart == "funnel" else "col"
        if result.chart == "stacked-bar":
            chart.grouping = "stacked"
            chart.overlap = 100
    series_count = 1 if result.chart == "pie" else len(result.series)
    values = Reference(data, min_col=2, max_col=1 + series_count, min_row=1, max_row=n + 1)
    chart.add_data(values, titles_from_data=True)
    chart.set_categories(labels)
    chart.title = result.title
    chart.width, chart.height = 18, 10
    anchor_col = get_column_letter(len(result.columns) + 2)
    sheet.add_chart(chart, f"{anchor_col}2")  # type: ignore[attr-defined]


# ---- docx ----------------------------------------------------------------------------------------------------------

def to_docx(result: ReportResult, path: Path, chart_png: bytes | None = None) -> Path:
    """Write a heading (title, period, filters), the notes, the chart picture when given (else a line saying it is
    missing), the table with a table style, and the extra tables under their own headings."""
    import docx
    from docx.shared import Cm

    document = docx.Document()
    document.add_heading(result.title, level=1)
    document.add_paragraph(period_text(result))
    for note in result.notes:
        document.add_paragraph(note, style="List Bullet")
    if chart_png:
        document.add_picture(io.BytesIO(chart_png), width=Cm(16))
    else:
        document.add_paragraph(NO_CHART_NOTE)
    _docx_table(document, result.columns, result.rows)
    for name, table in result.extra.items():
        if isinstance(table, ReportTable):
            document.add_heading(table.title or name, level=2)
            _docx_table(document, table.columns, table.rows)
    buffer = io.BytesIO()
    document.save(buffer)
    write_atomically(path, buffer.getvalue())
    return path


def _docx_table(document: object, columns: Sequence[Column], rows: Sequence[Sequence[object]]) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    if not rows:
        document.add_paragraph("No data in this period.")  # type: ignore[attr-defined]
        return
    table = document.add_table(rows=1, cols=len(columns))  # type: ignore[attr-defined]
    table.style = DOCX_TABLE_STYLE
    for cell, column in zip(table.rows[0].cells, columns, strict=True):
        cell.text = column.label
    for row in rows:
        cells = table.add_row().cells
        for cell, column, value in zip(cells, columns, row, strict=False):
            cell.text = cell_text(value, column.kind)
            if column.kind != "text":
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
