"""The Home dashboard: its tiles and cards show the base's figures, and each opens the list or panel behind it."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar

from crm_desktop.services.pipeline import DealInput, PipelineService
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.funnel.deal_editor import DealEditorDialog
from crm_desktop.ui.home import HomePanel, ItemListDialog
from crm_desktop.ui.main_window import MainWindow
from tests.ui.helpers import answer_modal
from tests.ui.reports.dataset import Sales, make_sales


@pytest.fixture
def sales(ctx: AppContext) -> Sales:
    data = make_sales(ctx)
    # An open deal without a task: the dashboard asks for attention to it.
    svc = PipelineService(ctx.db, ctx.user_id)
    svc.create_deal(DealInput(title="Forgotten", pipeline_id=svc.default_pipeline_id(), stage_id=data.stages[1],
                              amount=Decimal("250"), currency="EUR"))
    return data


@pytest.fixture
def home(qtbot, window: MainWindow, sales: Sales) -> HomePanel:  # type: ignore[no-untyped-def]
    """The main window on its Home panel after the data changed, with the dashboard read again."""
    window.show_panel(0)
    window.ctx.bridge.post_data_changed("deals")
    qtbot.waitUntil(lambda: window.home.dashboard is not None and window.home.dashboard.attention_count == 1
                    and not window.ctx.runner.busy, timeout=10_000)
    return window.home


def texts(home: HomePanel, key: str) -> list[str]:
    widget = home.lists[key]
    return [widget.item(i).text() for i in range(widget.count())]


def test_the_cards_show_the_days_work_and_the_month(qtbot, home: HomePanel) -> None:
    assert home.tiles["open_deals"].value.text() == "2"
    assert home.tiles["tasks_today"].value.text() == "1"
    assert home.tiles["tasks_overdue"].value.text() == "1"
    assert home.cards["today"].header.text() == "Today's tasks (1)"
    assert [t.split("\n")[0] for t in texts(home, "today")] == ["Call Cord"]
    assert [t.split("\n")[0] for t in texts(home, "overdue")] == ["Write to Cord"]
    assert home.cards["attention"].header.text() == "Deals needing attention (1)"
    assert texts(home, "attention")[0].startswith("Forgotten\n250 EUR · no next task")
    won = home.findChild(QLabel, "monthWon_EUR")
    assert won is not None
    assert won.text() == "1,000 EUR"
    assert home.findChild(QProgressBar, "monthBar_EUR") is None   # no plan yet: nothing to fill
    bars = [home.findChild(QProgressBar, f"funnelBar_{i}") for i in range(5)]
    assert [bar.value() for bar in bars if bar is not None] == [1, 1, 0, 0, 0]
    assert home.dashboard is not None
    assert home.dashboard.recent   # the moves and closings of the deals
    assert len(texts(home, "recent")) == len(home.dashboard.recent)


def test_a_card_opens_its_list_and_an_entry_opens_the_deal(qtbot, home: HomePanel, sales: Sales,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[int] = []
    monkeypatch.setattr(HomePanel, "open_deal", lambda _self, deal_id: opened.append(deal_id))
    seen: list[list[str]] = []

    def choose(dialog: object) -> None:
        assert isinstance(dialog, ItemListDialog)
        seen.append([dialog.list.item(i).text().split("\n")[0] for i in range(dialog.list.count())])
        dialog.list.setFocus()
        dialog.list.setCurrentRow(0)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    answer_modal(qtbot, ItemListDialog, choose)
    home.cards["overdue"].header.setFocus()
    qtbot.keyClick(home.cards["overdue"].header, Qt.Key.Key_Space)
    assert seen == [["Write to Cord"]]
    assert opened == [sales.open]   # the task's deal


def test_an_entry_of_a_list_opens_the_deal_dialog(qtbot, home: HomePanel) -> None:
    titles: list[str] = []

    def read(dialog: object) -> None:
        assert isinstance(dialog, DealEditorDialog)
        titles.append(dialog.windowTitle())
        dialog.reject()

    answer_modal(qtbot, DealEditorDialog, read)
    widget = home.lists["attention"]
    widget.setFocus()
    widget.setCurrentRow(0)
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert len(titles) == 1
    assert "Forgotten" in titles[0]


def test_tiles_open_their_panels_by_mouse_and_keyboard(qtbot, window: MainWindow, home: HomePanel) -> None:
    qtbot.mouseClick(home.tiles["companies"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget().objectName() == "contactsPanel"
    assert window.panels[1].kind == "company"  # type: ignore[attr-defined]
    window.show_panel(0)
    home.tiles["contacts"].setFocus()
    qtbot.keyClick(home.tiles["contacts"], Qt.Key.Key_Return)
    assert window.panels[1].kind == "person"  # type: ignore[attr-defined]
    window.show_panel(0)
    qtbot.keyClick(home.tiles["open_deals"], Qt.Key.Key_Space)
    assert window.stack.currentWidget().objectName() == "funnelBoard"
    window.show_panel(0)
    home.cards["month"].header.click()
    assert window.stack.currentWidget().objectName() == "reportsPanel"
    assert window.panels[4].report_name() == "plan"  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not window.ctx.runner.busy, timeout=10_000)


def test_the_tasks_tile_opens_the_list_of_todays_tasks(qtbot, home: HomePanel) -> None:
    seen: list[str] = []

    def read(dialog: object) -> None:
        assert isinstance(dialog, QDialog)
        seen.append(dialog.windowTitle())
        dialog.reject()

    answer_modal(qtbot, ItemListDialog, read)
    home.tiles["tasks_today"].setFocus()
    qtbot.keyClick(home.tiles["tasks_today"], Qt.Key.Key_Enter)
    assert seen == ["Today's tasks"]


def test_the_dashboard_follows_changes_while_shown(qtbot, home: HomePanel, ctx: AppContext) -> None:
    svc = PipelineService(ctx.db, ctx.user_id)
    svc.create_deal(DealInput(title="Another", pipeline_id=svc.default_pipeline_id(),
                              stage_id=svc.list_pipelines()[0].stages[0].id, amount=Decimal("5")))
    ctx.bridge.post_data_changed("deals")
    qtbot.waitUntil(lambda: home.dashboard is not None and home.dashboard.attention_count == 2, timeout=10_000)
    qtbot.waitUntil(lambda: home.cards["attention"].header.text() == "Deals needing attention (2)", timeout=5000)
