"""The plans and campaigns editors: what they save is what the plan and sources reports count."""

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QProgressBar, QWidget

from crm_desktop.services.plans import PlanService
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.reports import campaigns_dialog
from crm_desktop.ui.reports.campaigns_dialog import CampaignEditDialog, CampaignsDialog
from crm_desktop.ui.reports.fields import set_date
from crm_desktop.ui.reports.panel import ReportsPanel
from crm_desktop.ui.reports.plans_dialog import PlanEditDialog, PlansDialog, plan_period
from tests.ui.helpers import answer_modal
from tests.ui.reports.dataset import Sales


@pytest.fixture
def panel(qtbot, ctx: AppContext, sales: Sales) -> Iterator[ReportsPanel]:  # type: ignore[no-untyped-def]
    widget = ReportsPanel(ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.result is not None and not ctx.runner.busy, timeout=10_000)
    yield widget
    ctx.runner.wait_idle(10_000)


def save(qtbot, dialog: QWidget) -> None:  # type: ignore[no-untyped-def]
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def run(qtbot, panel: ReportsPanel, name: str) -> None:  # type: ignore[no-untyped-def]
    panel.select_report(name)
    qtbot.waitUntil(lambda: panel.result is not None and panel.result.name == name and not panel.ctx.runner.busy,
                    timeout=10_000)


def test_a_plan_made_in_the_editor_is_in_the_plan_report(qtbot, panel: ReportsPanel, sales: Sales) -> None:
    run(qtbot, panel, "plan")
    assert panel.model.rowCount() == 0

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, PlanEditDialog)
        assert dialog.owner.currentData() is None   # the team by default
        assert dialog.period.currentData() == "this-month"
        dialog.amount.clear()
        qtbot.keyClicks(dialog.amount, "2,000")
        dialog.deals.setValue(4)
        dialog.currency.setCurrentText("eur")
        save(qtbot, dialog)

    def in_list(dialog: QWidget) -> None:
        assert isinstance(dialog, PlansDialog)
        answer_modal(qtbot, PlanEditDialog, fill)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        assert dialog.table.rowCount() == 1
        assert dialog.table.item(0, 0).text() == "Team"
        assert dialog.table.item(0, 3).text() == "2,000 EUR"
        dialog.reject()

    answer_modal(qtbot, PlansDialog, in_list)
    qtbot.mouseClick(panel.plans_button, Qt.MouseButton.LeftButton)
    # The dialog said it changed something; the panel runs the report again.
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and not panel.ctx.runner.busy, timeout=10_000)
    keys = [c[0] for c in panel.model.columns]
    row = {key: panel.model.index(0, i).data() for i, key in enumerate(keys)}
    assert row["owner"] == "Team"
    assert row["plan_amount"] == "2,000"
    assert row["actual_amount"] == "1,000"
    assert row["fulfilment"] == "50.0%"
    assert row["plan_count"] == "4"
    assert row["actual_count"] == "1"


def test_the_plan_editor_refuses_and_stays_open(qtbot, ctx: AppContext) -> None:
    service = PlanService(ctx.db, ctx.user_id)
    dialog = PlanEditDialog(service, ((ctx.user_id, "tester"),), ("EUR",), None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.amount.setText("lots")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "'lots' is not an amount" in dialog.error.text()
    dialog.amount.setText("100")
    set_date(dialog.end, date.today() - timedelta(days=400))
    assert dialog.period.currentData() == "custom"   # typed dates are other dates
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "before it starts" in dialog.error.text()
    assert service.list_plans() == []


def test_plan_periods_run_ahead() -> None:
    assert plan_period("next-month", date(2026, 12, 15)) == (date(2027, 1, 1), date(2027, 1, 31))
    assert plan_period("next-quarter", date(2026, 11, 23)) == (date(2027, 1, 1), date(2027, 3, 31))
    assert plan_period("this-year", date(2026, 5, 2)) == (date(2026, 1, 1), date(2026, 12, 31))


def test_campaigns_are_added_trashed_restored_and_counted(qtbot, panel: ReportsPanel, ctx: AppContext,
                                                          sales: Sales, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = CampaignsDialog(ctx, panel)
    qtbot.addWidget(dialog)
    dialog.show()

    def fill(editor: QWidget) -> None:
        assert isinstance(editor, CampaignEditDialog)
        qtbot.keyClicks(editor.name, "Spring fair")
        editor.source.setCurrentIndex(editor.source.findText("Exhibition"))
        editor.cost.clear()
        qtbot.keyClicks(editor.cost, "1500")
        editor.has_end.setChecked(True)
        set_date(editor.end, date.today() + timedelta(days=30))
        save(qtbot, editor)

    answer_modal(qtbot, CampaignEditDialog, fill)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.changed
    assert [dialog.table.item(0, c).text() for c in (0, 1, 4)] == ["Spring fair", "Exhibition", "1,500 EUR"]

    monkeypatch.setattr(campaigns_dialog, "ask_yes_no", lambda *_args: True)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0
    dialog.trash_check.setChecked(True)
    assert dialog.table.rowCount() == 1
    assert dialog.restore_button.isEnabled()
    assert not dialog.edit_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    dialog.trash_check.setChecked(False)
    assert dialog.table.rowCount() == 1
    dialog.reject()

    ctx.bridge.post_data_changed("campaigns")
    run(qtbot, panel, "sources")
    campaigns = panel.extra_models[0]
    assert [campaigns.index(0, c).data() for c in range(3)] == ["Spring fair", "Exhibition", "1,500"]


def test_the_home_month_card_fills_its_bar_once_there_is_a_plan(qtbot, window: MainWindow, ctx: AppContext,
                                                                sales: Sales) -> None:
    from decimal import Decimal

    from crm_desktop.services.plans import PlanInput

    start, end = plan_period("this-month", date.today())
    PlanService(ctx.db, ctx.user_id).create_plan(PlanInput(None, start, end, Decimal(4000), "EUR", 0))
    window.show_panel(0)
    ctx.bridge.post_data_changed("plans")
    qtbot.waitUntil(lambda: window.home.findChild(QProgressBar, "monthBar_EUR") is not None, timeout=10_000)
    bar = window.home.findChild(QProgressBar, "monthBar_EUR")
    assert bar.value() == 25
    assert bar.text() == "25%"
    label = window.home.findChild(QLabel, "monthWon_EUR")
    assert label is not None
    assert label.text() == "1,000 EUR"
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)


def test_the_lists_start_on_their_first_row_also_right_to_left(qtbot, qapp, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from decimal import Decimal

    from crm_desktop.services.plans import CampaignInput
    from crm_desktop.ui.i18n import install_language

    PlanService(ctx.db, ctx.user_id).create_campaign(CampaignInput("Fair", cost=Decimal(10)))
    install_language(qapp, "fa")
    dialog = CampaignsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.currentRow() == 0
    assert dialog.edit_button.isEnabled()
