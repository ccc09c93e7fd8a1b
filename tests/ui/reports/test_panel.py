"""The Reports panel over a real base: each report's table, periods, filters, the ABC/XYZ lists, the list keys."""

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QListWidget

from crm_desktop.ui.context import AppContext
from crm_desktop.ui.reports.panel import CUSTOM, ClientListDialog, ReportsPanel
from crm_desktop.ui.reports.table_model import ReportTableModel
from tests.ui.helpers import answer_modal
from tests.ui.reports.dataset import Sales


@pytest.fixture
def panel(qtbot, ctx: AppContext, sales: Sales) -> Iterator[ReportsPanel]:  # type: ignore[no-untyped-def]
    widget = ReportsPanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    wait_for(qtbot, widget, "funnel")
    yield widget
    ctx.runner.wait_idle(10_000)


def wait_for(qtbot, panel: ReportsPanel, name: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: panel.result is not None and panel.result.name == name and not panel.ctx.runner.busy,
                    timeout=10_000)


def run(qtbot, panel: ReportsPanel, name: str) -> ReportTableModel:  # type: ignore[no-untyped-def]
    panel.select_report(name)
    wait_for(qtbot, panel, name)
    return panel.model


def column(model: ReportTableModel, key: str) -> list[object]:
    index = [c[0] for c in model.columns].index(key)
    return [model.index(row, index).data() for row in range(model.rowCount())]


def test_the_funnel_lists_the_stages_and_the_won_row(qtbot, panel: ReportsPanel, sales: Sales) -> None:
    model = panel.model
    assert column(model, "stage") == ["New lead", "Qualified", "Proposal sent", "Negotiation", "For payment", "Won"]
    assert column(model, "entered") == ["3", "1", "0", "0", "0", "1"]
    # One of the three that entered New lead went on and was won.
    assert column(model, "to_next")[0] == "33.3%"
    assert column(model, "to_won")[0] == "33.3%"
    assert column(model, "to_won")[2] == "—"   # nobody entered: no share of nothing
    assert panel.chart_stack.currentWidget() is panel.chart_view
    assert "Won: 1" in panel.totals_label.text()


def test_each_report_shows_its_rows(qtbot, panel: ReportsPanel, sales: Sales) -> None:
    today = date.today()
    won_lost = run(qtbot, panel, "won-lost")
    days = (panel.dates()[1] - panel.dates()[0]).days + 1
    assert won_lost.rowCount() == days   # auto: a row per day of this month
    row = (today - panel.dates()[0]).days
    assert [won_lost.index(row, c).data() for c in range(1, won_lost.columnCount())] == ["3", "1", "1,000", "1", "500"]
    assert won_lost.headerData(3, Qt.Orientation.Horizontal) == "Won amount (EUR)"

    reasons = run(qtbot, panel, "loss-reasons")
    assert column(reasons, "reason") == [sales.reason]
    assert column(reasons, "share") == ["100.0%"]
    assert [panel.tables.tabText(i) for i in range(panel.tables.count())] == ["Table", "Lost per stage"]
    stages = panel.extra_models[0]
    assert column(stages, "stage") == ["New lead"]

    managers = run(qtbot, panel, "managers")
    assert column(managers, "won_count") == ["1"]
    assert column(managers, "overdue_tasks") == ["1"]

    sources = run(qtbot, panel, "sources")
    assert column(sources, "source") == ["No source"]
    assert column(sources, "leads") == ["3"]
    assert panel.tables.tabText(1) == "Campaigns"

    average = run(qtbot, panel, "average-deal")
    assert "Won: 1" in panel.totals_label.text()
    assert "Average amount (EUR): 1,000" in panel.totals_label.text()
    assert "New lead" in column(average, "stage")

    activity = run(qtbot, panel, "activity")
    assert panel.granularity_combo.isVisible()
    assert activity.rowCount() == days
    assert column(activity, "calls")[row] == "1"
    assert panel.tables.tabText(1) == "Per manager"

    plan = run(qtbot, panel, "plan")
    assert plan.rowCount() == 0
    assert not panel.granularity_combo.isVisible()
    # No plan: the chart's place says so instead of showing empty axes.
    assert panel.chart_stack.currentWidget() is panel.empty_label


def test_abc_xyz_lists_the_clients_of_a_cell(qtbot, panel: ReportsPanel, sales: Sales) -> None:
    model = run(qtbot, panel, "abc-xyz")
    assert [[model.index(r, c).data() for c in range(4)] for r in range(3)] == \
        [["A", "1", "0", "0"], ["B", "0", "0", "0"], ["C", "0", "0", "0"]]
    shown: list[list[str]] = []

    def read(dialog: object) -> None:
        assert isinstance(dialog, ClientListDialog)
        shown.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        dialog.reject()

    answer_modal(qtbot, ClientListDialog, read)
    proxy = panel.table.model()
    panel.table.setFocus()
    panel.table.setCurrentIndex(proxy.index(0, 1))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert shown == [["Acme"]]


def test_a_period_change_runs_the_report_again(qtbot, panel: ReportsPanel, sales: Sales) -> None:
    run(qtbot, panel, "won-lost")
    first_of_month = date.today().replace(day=1)
    panel.period_combo.setCurrentIndex(panel.period_combo.findData("last-month"))
    panel.period_combo.activated.emit(panel.period_combo.currentIndex())
    qtbot.waitUntil(lambda: panel.result is not None and panel.result.query.end == first_of_month - timedelta(days=1),
                    timeout=10_000)
    qtbot.waitUntil(lambda: not panel.ctx.runner.busy, timeout=10_000)
    assert panel.result is not None
    assert panel.result.query.start == (first_of_month - timedelta(days=1)).replace(day=1)
    assert panel.result.totals["won_count"] == 0
    # Typed dates make the period a custom one.
    panel.set_period(CUSTOM, date.today(), date.today())
    qtbot.waitUntil(lambda: panel.result is not None and panel.result.query.start == date.today()
                    and not panel.ctx.runner.busy, timeout=10_000)
    assert panel.period_key() == CUSTOM
    assert panel.result.totals["won_count"] == 1
    assert panel.model.rowCount() == 1


def test_a_filter_runs_the_report_again(qtbot, panel: ReportsPanel, sales: Sales, ctx: AppContext) -> None:
    run(qtbot, panel, "managers")
    assert panel.owner_combo.itemText(0) == "All managers"
    panel.owner_combo.setCurrentIndex(panel.owner_combo.findData(ctx.user_id))
    panel.owner_combo.activated.emit(panel.owner_combo.currentIndex())
    qtbot.waitUntil(lambda: panel.result is not None and panel.result.query.owner_id == ctx.user_id
                    and not panel.ctx.runner.busy, timeout=10_000)
    assert panel.result.totals["won_count"] == 1
    source = panel.source_combo.findText("Website")
    panel.source_combo.setCurrentIndex(source)
    panel.source_combo.activated.emit(source)
    qtbot.waitUntil(lambda: panel.result is not None and panel.result.query.lead_source_id is not None
                    and not panel.ctx.runner.busy, timeout=10_000)
    assert panel.result.totals["won_count"] == 0   # none of the deals came from the website


def test_the_report_list_is_driven_by_the_keyboard(qtbot, panel: ReportsPanel) -> None:
    listing: QListWidget = panel.report_list
    listing.setFocus()
    qtbot.keyClick(listing, Qt.Key.Key_Down)
    wait_for(qtbot, panel, "won-lost")
    qtbot.keyClick(listing, Qt.Key.Key_End)
    wait_for(qtbot, panel, "activity")
    assert listing.currentItem().text() == "Activity"
    assert panel.chart_view.accessibleName() == "Activity"


def test_export_writes_a_workbook_and_a_document_with_the_chart(qtbot, panel: ReportsPanel, sales: Sales,
                                                                tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from docx import Document
    from openpyxl import load_workbook

    run(qtbot, panel, "won-lost")
    target = tmp_path / "won-lost"
    chosen = [(str(target), "Excel workbook (*.xlsx)"), (str(tmp_path / "report.docx"), "Word document (*.docx)")]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: chosen.pop(0))
    messages: list[str] = []
    panel.ctx.bridge.message_posted.connect(messages.append)
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(messages) == 1, timeout=10_000)
    workbook = load_workbook(tmp_path / "won-lost.xlsx")   # the filter chosen gave the suffix
    sheet = workbook.worksheets[0]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert ["Period", "New", "Won", "Won amount", "Lost", "Lost amount"] in values
    assert len(sheet._charts) == 1   # noqa: SLF001 - openpyxl keeps the charts there
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(messages) == 2, timeout=10_000)
    document = Document(str(tmp_path / "report.docx"))
    assert document.tables
    assert document.tables[0].rows[0].cells[0].text == "Period"
    assert len(document.inline_shapes) == 1   # the chart as the window draws it
    assert "report.docx" in messages[1]
