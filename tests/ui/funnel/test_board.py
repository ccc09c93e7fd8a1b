"""The kanban board driven as a user would: drops through the views, keys, and the dialogs they open."""

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from crm_desktop.db.database import Database
from crm_desktop.models import DealStatus
from crm_desktop.services.pipeline import DealInput, PipelineService
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.funnel.board import DealColumnModel, decode_deals
from crm_desktop.ui.funnel.move_dialogs import LostDialog, NextTaskDialog, WonDialog, parse_amount
from crm_desktop.ui.funnel.panel import FunnelPanel
from tests.ui.helpers import answer_modal

# PySide6 marks the QPoint constructors of drag events deprecated; they are what a drag delivers to a view.
pytestmark = pytest.mark.filterwarnings("ignore:Function.*is marked as deprecated:DeprecationWarning")


@pytest.fixture
def service(db: Database, ctx: AppContext) -> PipelineService:
    return PipelineService(db, ctx.user_id)


@pytest.fixture
def deals(service: PipelineService) -> dict[str, int]:
    pipeline = service.list_pipelines()[0]
    first, second = pipeline.stages[0].id, pipeline.stages[1].id
    made = {}
    for name, stage, amount in (("Alpha", first, 100), ("Bravo", first, 200), ("Charlie", first, 300),
                                ("Delta", second, 50)):
        made[name] = service.create_deal(DealInput(title=name, pipeline_id=pipeline.id, stage_id=stage,
                                                   amount=Decimal(amount), currency="EUR",
                                                   owner_id=service.user_id))
    return made


@pytest.fixture
def panel(qtbot, ctx: AppContext, deals: dict[str, int]) -> Iterator[FunnelPanel]:
    widget = FunnelPanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitUntil(lambda: len(widget.columns) == 5, timeout=10_000)
    yield widget
    ctx.runner.wait_idle(5000)


def titles(panel: FunnelPanel, column: int) -> list[str]:
    return [card.title for card in panel.columns[column].model.cards]



def drop_on(view: QWidget, mime: QMimeData, pos: QPoint) -> None:
    """Deliver a drag's enter, move and drop events to a widget, as Qt does at the end of a drag."""
    for event in (QDragEnterEvent(pos, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                                  Qt.KeyboardModifier.NoModifier),
                  QDragMoveEvent(pos, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                                 Qt.KeyboardModifier.NoModifier),
                  QDropEvent(pos.toPointF(), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier)):
        QApplication.sendEvent(view, event)


def test_the_board_shows_columns_with_counts_sums_and_cards(panel: FunnelPanel) -> None:
    assert titles(panel, 0) == ["Alpha", "Bravo", "Charlie"]
    assert titles(panel, 1) == ["Delta"]
    assert panel.columns[0].title.text().endswith("3")
    assert "600" in panel.columns[0].summary.text()
    assert "EUR" in panel.columns[0].summary.text()


def test_column_models_pass_the_model_tester(qtmodeltester, panel: FunnelPanel) -> None:
    qtmodeltester.check(panel.columns[0].model)


def test_drag_a_card_to_another_column_and_plan_the_next_task(qtbot, panel: FunnelPanel,
                                                              service: PipelineService,
                                                              deals: dict[str, int]) -> None:
    source, target = panel.columns[0], panel.columns[1]
    mime = source.model.mimeData([source.model.index(1, 0)])  # Bravo
    assert decode_deals(mime) == (source.model.stage.id, [deals["Bravo"]])

    def plan(dialog: QDialog) -> None:
        assert isinstance(dialog, NextTaskDialog)
        dialog.text.setText("Call about the offer")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    prompted = answer_modal(qtbot, NextTaskDialog, plan)
    drop_on(target.view.viewport(), mime, QPoint(20, target.view.viewport().height() - 5))
    qtbot.waitUntil(lambda: titles(panel, 1) == ["Delta", "Bravo"], timeout=5000)
    assert prompted
    assert titles(panel, 0) == ["Alpha", "Charlie"]
    detail = service.get_deal(deals["Bravo"])
    assert detail.input.stage_id == target.model.stage.id
    assert [s.stage_id for s in detail.history] == [source.model.stage.id, target.model.stage.id]
    assert service.card(deals["Bravo"]).next_task_due is not None
    assert target.model.cards[1].next_task_due is not None  # the card shows the planned task


def test_drop_inside_a_column_reorders_and_the_order_persists(qtbot, panel: FunnelPanel,
                                                              service: PipelineService) -> None:
    column = panel.columns[0]
    mime = column.model.mimeData([column.model.index(2, 0)])  # Charlie to the top
    first_rect = column.view.visualRect(column.model.index(0, 0))
    drop_on(column.view.viewport(), mime, first_rect.topLeft() + QPoint(10, 2))
    qtbot.waitUntil(lambda: titles(panel, 0) == ["Charlie", "Alpha", "Bravo"], timeout=5000)
    board = service.board(service.default_pipeline_id())
    assert [c.title for c in board.columns[0].cards] == ["Charlie", "Alpha", "Bravo"]


def test_keyboard_moves_a_card_down_and_to_the_next_stage(qtbot, panel: FunnelPanel,
                                                          service: PipelineService) -> None:
    view = panel.columns[0].view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))  # Alpha
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(panel, 0) == ["Bravo", "Alpha", "Charlie"]
    answer_modal(qtbot, NextTaskDialog, lambda d: d.reject())
    view.setCurrentIndex(view.model().index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Alpha" in titles(panel, 1), timeout=5000)
    board = service.board(service.default_pipeline_id())
    assert [c.title for c in board.columns[0].cards] == ["Bravo", "Charlie"]
    assert [c.title for c in board.columns[1].cards] == ["Delta", "Alpha"]


def test_won_asks_for_the_date_and_final_amount(qtbot, panel: FunnelPanel, service: PipelineService,
                                                deals: dict[str, int]) -> None:
    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, WonDialog)
        dialog.amount_edit.setText("abc")
        dialog.accept()  # refused: the dialog stays open with a message
        assert dialog.isVisible()
        assert dialog.error.isVisible()
        dialog.amount_edit.setText("1 234,50")
        dialog.date_edit.setDate(date(2026, 11, 2))
        dialog.accept()

    answer_modal(qtbot, WonDialog, answer)
    column = panel.columns[0]
    drop_on(panel.won_zone, column.model.mimeData([column.model.index(0, 0)]), QPoint(10, 10))
    qtbot.waitUntil(lambda: "Alpha" not in titles(panel, 0), timeout=5000)
    detail = service.get_deal(deals["Alpha"])
    assert detail.status == DealStatus.WON.value
    assert detail.closed_on == date(2026, 11, 2)
    assert detail.input.amount == Decimal("1234.50")


def test_lost_needs_a_reason_or_a_comment(qtbot, panel: FunnelPanel, service: PipelineService,
                                          deals: dict[str, int]) -> None:
    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, LostDialog)
        dialog.accept()
        assert dialog.isVisible()
        dialog.reason.setCurrentIndex(2)
        dialog.note.setPlainText("They signed with another vendor")
        dialog.accept()

    answer_modal(qtbot, LostDialog, answer)
    column = panel.columns[1]
    drop_on(panel.lost_zone, column.model.mimeData([column.model.index(0, 0)]), QPoint(10, 10))
    qtbot.waitUntil(lambda: titles(panel, 1) == [], timeout=5000)
    detail = service.get_deal(deals["Delta"])
    assert detail.status == DealStatus.LOST.value
    assert detail.loss_reason == service.list_loss_reasons()[2][1]
    assert detail.loss_note == "They signed with another vendor"


def test_mandatory_next_task_refuses_a_move_until_one_is_planned(qtbot, panel: FunnelPanel,
                                                                 service: PipelineService,
                                                                 deals: dict[str, int]) -> None:
    qtbot.mouseClick(panel.mandatory, Qt.MouseButton.LeftButton)
    assert service.next_task_mandatory()
    target = panel.columns[2].model.stage.id

    answer_modal(qtbot, NextTaskDialog, lambda d: d.reject())
    assert panel.move_deal(deals["Alpha"], target, None) is False
    assert "Alpha" in titles(panel, 0)
    assert service.get_deal(deals["Alpha"]).input.stage_id == panel.columns[0].model.stage.id

    answer_modal(qtbot, NextTaskDialog, lambda d: d.accept())
    assert panel.move_deal(deals["Alpha"], target, None) is True
    assert titles(panel, 2) == ["Alpha"]
    assert service.get_deal(deals["Alpha"]).open_task_ids


def test_a_stage_rule_creates_the_task_and_no_prompt_is_needed(qtbot, panel: FunnelPanel,
                                                               service: PipelineService,
                                                               deals: dict[str, int]) -> None:
    target = panel.columns[3].model.stage.id
    service.save_rule(None, target, "create_task", {"kind": "call", "offset_days": 2, "title": "Negotiation call"})
    prompted = answer_modal(qtbot, NextTaskDialog, lambda d: d.reject())
    assert panel.move_deal(deals["Bravo"], target, None) is True
    assert titles(panel, 3) == ["Bravo"]
    assert service.get_deal(deals["Bravo"]).open_task_ids
    qtbot.wait(100)
    assert not prompted


def test_filters_narrow_the_board(qtbot, panel: FunnelPanel) -> None:
    qtbot.keyClicks(panel.search, "char")
    qtbot.waitUntil(lambda: titles(panel, 0) == ["Charlie"], timeout=5000)
    panel.search.clear()
    qtbot.waitUntil(lambda: len(titles(panel, 0)) == 3, timeout=5000)


def test_compact_cards_are_shorter(qtbot, panel: FunnelPanel) -> None:
    view = panel.columns[0].view
    detailed = view.visualRect(view.model().index(0, 0)).height()
    panel.card_size.setCurrentIndex(1)
    panel.on_card_size_activated(1)
    assert view.sizeHintForIndex(view.model().index(0, 0)).height() < detailed


def test_amounts_typed_in_every_language() -> None:
    from PySide6.QtCore import QLocale

    assert parse_amount("۱٬۲۵۰٫۵۰", QLocale("fa")) == Decimal("1250.50")
    assert parse_amount("1 250,50 ₽", QLocale("ru")) == Decimal("1250.50")
    assert parse_amount("1.250,50", QLocale("nl")) == Decimal("1250.50")
    assert parse_amount("1,250.50", QLocale("en")) == Decimal("1250.50")
    with pytest.raises(ValueError, match="twelve"):
        parse_amount("twelve", QLocale("en"))


def test_model_does_not_change_on_its_own_when_a_drop_arrives(panel: FunnelPanel) -> None:
    model: DealColumnModel = panel.columns[1].model
    mime = panel.columns[0].model.mimeData([panel.columns[0].model.index(0, 0)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex()) is False
    assert [c.title for c in model.cards] == ["Delta"]


def test_a_typed_loss_reason_joins_the_list(qtbot, panel: FunnelPanel, service: PipelineService,
                                           deals: dict[str, int]) -> None:
    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, LostDialog)
        dialog.reason.setEditText("Project cancelled by the board")
        dialog.accept()

    answer_modal(qtbot, LostDialog, answer)
    assert panel.lose(deals["Charlie"]) is True
    assert "Project cancelled by the board" in [name for _id, name in service.list_loss_reasons()]
    assert service.get_deal(deals["Charlie"]).loss_reason == "Project cancelled by the board"
