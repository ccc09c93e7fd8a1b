"""Charts and tables of a report built from hand-made results: series, axes, right-to-left, the PNG, formatting."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QLineSeries, QPieSeries, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from crm_desktop.services.reports import Column, ReportQuery, ReportResult, Series
from crm_desktop.ui.reports.charts import build_chart, render_png
from crm_desktop.ui.reports.names import category_title, note_text, short_category_title
from crm_desktop.ui.reports.table_model import SORT_ROLE, ReportTableModel, format_cell


def result(chart: str, categories: tuple[str, ...], *series: Series, name: str = "won-lost") -> ReportResult:
    query = ReportQuery(name, date(2026, 3, 1), date(2026, 3, 31))
    columns = (Column("bucket", "Period", "text"), Column("new", "New", "int"))
    rows = tuple((c, int(series[0].values[i])) for i, c in enumerate(categories)) if series else ()
    return ReportResult(name=name, title="Won and lost", query=query, columns=columns, rows=rows, chart=chart,
                        categories=categories, series=series, currency="EUR", currencies_found=("EUR",), notes=(),
                        totals={}, extra={})


def axes(chart: object) -> tuple[QBarCategoryAxis, QValueAxis]:
    found = chart.axes()  # type: ignore[attr-defined]
    category = next(a for a in found if isinstance(a, QBarCategoryAxis))
    value = next(a for a in found if isinstance(a, QValueAxis))
    return category, value


def bar_values(series: QBarSeries) -> list[list[float]]:
    return [[bar_set.at(i) for i in range(bar_set.count())] for bar_set in series.barSets()]


def test_a_bar_chart_has_a_set_per_series_and_the_categories_in_order(qapp: QApplication) -> None:
    data = result("bar", ("Stage A", "Stage B", "Stage C"), Series("New", (3.0, 5.0, 1.0)),
                  Series("Won", (1.0, 2.0, 0.0)))
    chart = build_chart(data, direction=Qt.LayoutDirection.LeftToRight)
    [series] = chart.series()
    assert isinstance(series, QBarSeries)
    assert [s.label() for s in series.barSets()] == ["New", "Won"]
    assert bar_values(series) == [[3.0, 5.0, 1.0], [1.0, 2.0, 0.0]]
    category, value = axes(chart)
    assert category.categories() == ["Stage A", "Stage B", "Stage C"]
    assert value.max() >= 5
    assert chart.axes(Qt.Orientation.Vertical)[0].alignment() == Qt.AlignmentFlag.AlignLeft
    assert chart.legend().isVisible()


def test_right_to_left_puts_the_first_category_on_the_right_and_the_values_on_the_right(qapp: QApplication) -> None:
    data = result("funnel", ("New lead", "Qualified", "Won"), Series("Entered", (10.0, 6.0, 2.0)), name="funnel")
    chart = build_chart(data, direction=Qt.LayoutDirection.RightToLeft)
    [series] = chart.series()
    category, value = axes(chart)
    # Bar series cannot run an axis backwards: the data itself comes reversed, the figures stay with their names.
    assert category.categories() == ["Won", "Qualified", "New lead"]
    assert bar_values(series) == [[2.0, 6.0, 10.0]]
    assert value.alignment() == Qt.AlignmentFlag.AlignRight
    assert not chart.legend().isVisible()   # one series: the report's name says what the bars are


def test_stacked_lines_and_pies(qapp: QApplication) -> None:
    stacked = build_chart(result("stacked-bar", ("a", "b"), Series("Calls", (1.0, 2.0)), Series("Emails", (3.0, 4.0))))
    assert isinstance(stacked.series()[0], QStackedBarSeries)
    assert axes(stacked)[1].max() >= 6   # the tallest stack, not the tallest part
    lines = build_chart(result("line", ("a", "b", "c"), Series("New", (1.0, 2.0, 3.0)), Series("Won", (0, 1, 1))))
    assert [type(s) for s in lines.series()] == [QLineSeries, QLineSeries]
    assert [p.y() for p in lines.series()[0].points()] == [1.0, 2.0, 3.0]
    pie = build_chart(result("pie", ("Price", "Timing", "No reason"), Series("Count", (3.0, 1.0, 0.0)),
                             name="loss-reasons"))
    [slices] = pie.series()
    assert isinstance(slices, QPieSeries)
    # A slice of nothing is left out; the table still lists its row.
    assert [s.value() for s in slices.slices()] == [3.0, 1.0]
    assert slices.slices()[0].label().startswith("Price (")
    assert "75%" in slices.slices()[0].label()


def test_no_categories_make_an_empty_chart(qapp: QApplication) -> None:
    chart = build_chart(result("bar", ()))
    assert chart.series() == []
    assert not chart.legend().isVisible()


def test_many_days_are_labelled_by_their_number(qapp: QApplication) -> None:
    days = tuple(f"2026-03-{d:02d}" for d in range(1, 32))
    chart = build_chart(result("bar", days, Series("New", tuple(float(d) for d in range(31)))),
                        direction=Qt.LayoutDirection.LeftToRight, locale=QLocale("en"))
    category, _value = axes(chart)
    assert category.categories()[:3] == ["1", "2", "3"]
    assert category.categories()[-1] == "31"


def test_render_png_draws_the_chart_at_twice_the_size(qapp: QApplication) -> None:
    data = result("bar", ("A", "B"), Series("Won", (4.0, 9.0)))
    png = render_png(data, 400, 250)
    assert png.startswith(b"\x89PNG")
    image = QImage.fromData(png)
    assert (image.width(), image.height()) == (800, 500)
    # Not a blank page: the green of the won bars is there.
    colours = {image.pixelColor(x, y).name() for x in range(0, 800, 7) for y in range(0, 500, 7)}
    assert "#27ae60" in colours


def test_cells_read_as_the_locale_writes_them() -> None:
    en = QLocale("en")
    assert format_cell(Decimal("1234.5"), "money", en, decimals=2) == "1,234.50"
    assert format_cell(12.5, "percent", en) == "12.5%"
    assert format_cell(None, "percent", en) == "—"
    assert format_cell(7, "int", en) == "7"
    assert format_cell(date(2026, 3, 5), "date", en) == "3/5/26"
    fa = QLocale("fa")
    assert format_cell(date(2026, 3, 21), "date", fa) == "۱۴۰۵/۱/۱"   # Nowruz: the Jalali new year
    assert format_cell(3, "int", fa) == "۳"


def test_categories_and_notes_in_the_users_words() -> None:
    en = QLocale("en")
    assert category_title("2026-03-05", en) == "3/5/26"
    assert category_title("2026-03", en) == "Mar 2026"
    assert category_title("2026-W10", en) == "week 10 of 2026"
    assert category_title("Team 2026-03", en) == "Team Mar 2026"
    assert category_title("Anna 2026-01-01…2026-03-31", en) == "Anna 1/1/26 – 3/31/26"
    assert category_title("Stage name", en) == "Stage name"
    assert short_category_title("2026-03-21", QLocale("fa")) == "۱"
    note = "Deals in USD (3) are not in these figures; choose USD to see them."
    assert note_text(note, en) == "Deals in USD (3) are not in these figures; choose USD as the currency to see them."
    assert note_text("Something new.", en) == "Something new."


def test_the_table_model_formats_and_sorts_by_value(qapp: QApplication) -> None:
    model = ReportTableModel()
    columns = [("owner", "Manager", "text"), ("won_amount", "Won amount", "money"), ("conversion", "Conversion",
                                                                                      "percent")]
    model.set_table(columns, [("Ann", Decimal("900.00"), 50.0), ("Bob", Decimal("10000.00"), None)], "EUR")
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Won amount (EUR)"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Conversion"
    assert model.index(1, 1).data() == QLocale().toString(10000.0, "f", 0)   # no cents when none has any
    assert model.index(1, 2).data() == "—"
    assert model.index(0, 1).data(SORT_ROLE) < model.index(1, 1).data(SORT_ROLE)   # 900 before 10 000


@pytest.mark.parametrize("name", ["funnel", "won-lost", "average-deal", "managers", "plan", "sources",
                                  "loss-reasons", "abc-xyz", "activity"])
def test_every_report_has_a_translatable_name(name: str) -> None:
    from crm_desktop.ui.reports.names import report_description, report_title

    assert report_title(name) != name
    assert report_description(name)
