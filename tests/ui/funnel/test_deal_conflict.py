"""The deal editor saving over a colleague's change (a second Database on the same file): per field their value and
yours, the chosen values saved against their version, nothing overwritten silently."""

from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from crm_desktop.db.database import Database
from crm_desktop.services import defaults
from crm_desktop.services.pipeline import DealInput, PipelineService, StageInfo
from crm_desktop.ui.conflicts import ConflictDialog
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.funnel.deal_editor import DealEditorDialog
from tests.ui.helpers import answer_modal, click_radio


@pytest.fixture
def service(ctx: AppContext) -> PipelineService:
    return PipelineService(ctx.db, ctx.user_id)


@pytest.fixture
def colleague(colleague_db: Database) -> PipelineService:
    return PipelineService(colleague_db, defaults.current_user_id(colleague_db))


def stages(service: PipelineService) -> tuple[StageInfo, ...]:
    return next(p for p in service.list_pipelines() if p.id == service.default_pipeline_id()).stages


def open_editor(qtbot, service: PipelineService) -> DealEditorDialog:  # type: ignore[no-untyped-def]
    st = stages(service)
    deal_id = service.create_deal(DealInput(title="Service contract", pipeline_id=st[0].pipeline_id,
                                            stage_id=st[0].id, amount=Decimal("500.00"), notes="Call in May"))
    dialog = DealEditorDialog(service, deal_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def colleague_edits(colleague: PipelineService, deal_id: int, **values: object) -> int:
    seen = colleague.get_deal(deal_id)
    return colleague.update_deal(deal_id, replace(seen.input, **values),  # type: ignore[arg-type]
                                 expected_version=seen.version)


def test_the_user_picks_per_field_and_both_changes_are_kept(
        qtbot, service: PipelineService, colleague: PipelineService, warnings: list[str]) -> None:
    dialog = open_editor(qtbot, service)
    deal_id = dialog.deal_id
    assert deal_id is not None
    st = stages(service)
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "Service contract 2027")
    dialog.notes.setPlainText("Call in June")
    # Meanwhile the colleague moves the card on the board and rewrites the notes.
    colleague.move_deal(deal_id, st[2].id)
    colleague_edits(colleague, deal_id, notes="Call after the holidays")

    shown: list[dict[str, tuple[str, str, bool, bool]]] = []

    def choose(widget: QWidget) -> None:
        assert isinstance(widget, ConflictDialog)
        shown.append({field: (theirs.text(), yours.text(), theirs.isChecked(), yours.isChecked())
                      for field, (theirs, yours) in widget.radios.items()})
        click_radio(qtbot, widget.radios["notes"][0])  # their notes win; the title stays ours
        qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)

    answer_modal(qtbot, ConflictDialog, choose)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert warnings == []
    assert shown == [{
        "title": ("Service contract", "Service contract 2027", False, True),
        # The user never touched the stage: their move is proposed, not silently undone.
        "stage_id": (st[2].name, st[0].name, True, False),
        "notes": ("Call after the holidays", "Call in June", False, True),
    }]
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = service.get_deal(deal_id)
    assert (stored.input.title, stored.input.stage_id, stored.input.notes) == (
        "Service contract 2027", st[2].id, "Call after the holidays")
    assert stored.version == dialog.version


def test_cancelling_the_choice_writes_nothing_and_keeps_the_typing(
        qtbot, service: PipelineService, colleague: PipelineService, warnings: list[str]) -> None:
    dialog = open_editor(qtbot, service)
    deal_id = dialog.deal_id
    assert deal_id is not None
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "Mine")
    theirs_version = colleague_edits(colleague, deal_id, title="Theirs")

    answer_modal(qtbot, ConflictDialog, lambda widget: widget.reject())  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert warnings == []
    assert dialog.isVisible()
    assert dialog.title_edit.text() == "Mine"
    assert "Not saved" in dialog.status_label.text()
    assert dialog.status_label.isVisibleTo(dialog)
    assert dialog.saved_deal_id is None
    stored = service.get_deal(deal_id)
    assert (stored.input.title, stored.version) == ("Theirs", theirs_version)


def test_a_second_change_while_choosing_asks_again_against_the_newest_version(
        qtbot, service: PipelineService, colleague: PipelineService, warnings: list[str]) -> None:
    dialog = open_editor(qtbot, service)
    deal_id = dialog.deal_id
    assert deal_id is not None
    dialog.probability.setValue(70)
    colleague_edits(colleague, deal_id, probability=20)
    asked: list[set[str]] = []

    def second(widget: QWidget) -> None:
        assert isinstance(widget, ConflictDialog)
        asked.append(set(widget.radios))
        qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)

    def first(widget: QWidget) -> None:
        assert isinstance(widget, ConflictDialog)
        asked.append(set(widget.radios))
        colleague_edits(colleague, deal_id, title="Renamed while you chose")  # yet another save meanwhile
        answer_modal(qtbot, ConflictDialog, second)
        qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)

    answer_modal(qtbot, ConflictDialog, first)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: len(asked) == 2, timeout=5000)
    assert asked == [{"probability"}, {"probability", "title"}]
    assert warnings == []
    stored = service.get_deal(deal_id)
    # Their new title was proposed (untouched here) and kept; our probability won both times.
    assert (stored.input.probability, stored.input.title) == (70, "Renamed while you chose")
