"""The Funnel panel: pipeline and filters above the board, won and lost targets below it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.services.pipeline import Board, BoardFilter, DealCard, NextTaskRequiredError, PipelineService
from crm_desktop.services.progress import Progress
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.dialogs import run_modal
from crm_desktop.ui.funnel.board import (
    DealCardDelegate,
    DealColumnModel,
    OutcomeDropZone,
    StageColumn,
    format_money,
)
from crm_desktop.ui.funnel.move_dialogs import LostDialog, NextTaskDialog, WonDialog
from crm_desktop.ui.panels import Panel


class FunnelPanel(Panel):
    """The sales funnel as a kanban board over `PipelineService`."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("funnelBoard", parent)
        self.ctx = ctx
        self.service = PipelineService(ctx.db, ctx.user_id)
        self.board_state: Board | None = None
        self.columns: list[StageColumn] = []
        self.delegate = DealCardDelegate(self)
        self._loaded_once = False

        self.pipeline_combo = QComboBox(self)
        self.pipeline_combo.setObjectName("pipelineCombo")
        self.pipeline_combo.activated.connect(lambda _i: self.reload())
        self.search = QLineEdit(self)
        self.search.setObjectName("boardSearch")
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.owner_filter = QComboBox(self)
        self.owner_filter.setObjectName("ownerFilter")
        self.tag_filter = QComboBox(self)
        self.tag_filter.setObjectName("tagFilter")
        self.source_filter = QComboBox(self)
        self.source_filter.setObjectName("sourceFilter")
        for combo in (self.owner_filter, self.tag_filter, self.source_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.activated.connect(lambda _i: self.reload())
        self.my_deals = QCheckBox(self)
        self.my_deals.setObjectName("myDealsCheck")
        self.my_deals.toggled.connect(lambda _c: self.reload())
        self.card_size = QComboBox(self)
        self.card_size.setObjectName("cardSizeCombo")
        self.card_size.addItems(["", ""])
        self.card_size.activated.connect(self.on_card_size_activated)
        self.new_deal_button = QPushButton(self)
        self.new_deal_button.setObjectName("newDealButton")
        self.new_deal_button.clicked.connect(self.on_new_deal_clicked)
        self.stages_button = QPushButton(self)
        self.stages_button.setObjectName("stagesButton")
        self.stages_button.clicked.connect(self.on_stages_clicked)
        self.no_task_button = QPushButton(self)
        self.no_task_button.setObjectName("noNextTaskButton")
        self.no_task_button.clicked.connect(self.on_no_task_clicked)
        self.mandatory = QCheckBox(self)
        self.mandatory.setObjectName("nextTaskMandatoryCheck")
        self.mandatory.clicked.connect(self.on_mandatory_clicked)

        top = QHBoxLayout()
        for widget in (self.pipeline_combo, self.search, self.owner_filter, self.tag_filter, self.source_filter,
                       self.my_deals):
            top.addWidget(widget)
        top.addStretch(1)
        second = QHBoxLayout()
        for button in (self.new_deal_button, self.stages_button, self.no_task_button, self.mandatory):
            second.addWidget(button)
        second.addStretch(1)
        second.addWidget(self.card_size)

        self.board_scroll = QScrollArea(self)
        self.board_scroll.setObjectName("boardScroll")
        self.board_scroll.setWidgetResizable(True)
        self.columns_host = QWidget(self.board_scroll)
        self.columns_layout = QHBoxLayout(self.columns_host)
        self.columns_layout.setContentsMargins(0, 0, 0, 0)
        self.columns_layout.addStretch(1)
        self.board_scroll.setWidget(self.columns_host)

        self.won_zone = OutcomeDropZone("wonDropZone", "#27ae60", self)
        self.won_zone.deals_dropped.connect(self.on_won_zone_deals_dropped)
        self.lost_zone = OutcomeDropZone("lostDropZone", "#c0392b", self)
        self.lost_zone.deals_dropped.connect(self.on_lost_zone_deals_dropped)
        bottom = QHBoxLayout()
        bottom.addWidget(self.won_zone)
        bottom.addWidget(self.lost_zone)

        self.layout_.addLayout(top)
        self.layout_.addLayout(second)
        self.layout_.addWidget(self.board_scroll, 1)
        self.layout_.addLayout(bottom)
        ctx.bridge.data_changed.connect(self.on_bridge_data_changed)
        self.retranslate()

    # ---- texts --------------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Funnel")

    def retranslate(self) -> None:
        super().retranslate()
        self.search.setPlaceholderText(self.tr("Filter deals…"))
        self.my_deals.setText(self.tr("&My deals"))
        self.card_size.setItemText(0, self.tr("Detailed cards"))
        self.card_size.setItemText(1, self.tr("Compact cards"))
        self.new_deal_button.setText(self.tr("&New deal…"))
        self.stages_button.setText(self.tr("&Stages…"))
        self.no_task_button.setText(self.tr("Without next &task…"))
        self.mandatory.setText(self.tr("Next task &required"))
        self.mandatory.setToolTip(self.tr("Refuse moves and task completions that leave an open deal without a "
                                          "planned next task"))
        self.won_zone.setText(self.tr("Drop here: won"))
        self.lost_zone.setText(self.tr("Drop here: lost"))
        if self.board_state is not None:
            self._fill_filters()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self._loaded_once = True
            self.reload()

    # ---- loading ------------------------------------------------------------------------------------------
    def current_filter(self) -> BoardFilter:
        owner = self.ctx.user_id if self.my_deals.isChecked() else self.owner_filter.currentData()
        return BoardFilter(owner_id=owner, tag_id=self.tag_filter.currentData(),
                           lead_source_id=self.source_filter.currentData(), text=self.search.text().strip())

    def filtering(self) -> bool:
        return self.current_filter() != BoardFilter()

    def reload(self) -> None:
        """Load the board on the worker and show it; the columns are rebuilt only when the stages changed."""
        service = self.service
        pipeline_id = self.pipeline_combo.currentData()
        filt = self.current_filter()

        def work(_progress: Progress) -> tuple[Board, dict[str, object]]:
            pid = pipeline_id if pipeline_id is not None else service.default_pipeline_id()
            lists = {
                "pipelines": [(p.id, p.name) for p in service.list_pipelines()],
                "owners": service.list_owners(),
                "tags": [(t[0], t[1]) for t in service.list_tags()],
                "sources": service.list_lead_sources(),
                "mandatory": service.next_task_mandatory(),
            }
            return service.board(pid, filt), lists

        self.ctx.runner.run(work, self._show_board, self.show_error)

    def _show_board(self, result: tuple[Board, dict[str, object]]) -> None:
        board, lists = result
        self.board_state = board
        self._lists = lists
        self._fill_filters()
        self.mandatory.setChecked(bool(lists["mandatory"]))
        stage_ids = [c.stage.id for c in board.columns]
        if [c.model.stage.id for c in self.columns] == stage_ids:
            for column, data in zip(self.columns, board.columns, strict=True):
                column.model.reset(data.stage, data.cards)
            return
        for column in self.columns:
            self.columns_layout.removeWidget(column)
            column.deleteLater()
        self.columns = []
        for index, data in enumerate(board.columns):
            model = DealColumnModel(data.stage, data.cards, self)
            model.deals_dropped.connect(self.on_model_deals_dropped)
            column = StageColumn(model, self.delegate, self.columns_host)
            column.view.move_requested.connect(self.on_view_move_requested)
            column.view.reorder_requested.connect(self.on_view_reorder_requested)
            column.view.open_requested.connect(self.open_deal)
            column.view.focus_neighbour.connect(lambda step, i=index: self.focus_column(i + step))
            self.columns_layout.insertWidget(index, column)
            self.columns.append(column)

    def _fill_filters(self) -> None:
        lists = getattr(self, "_lists", None)
        if not lists or self.board_state is None:
            return

        def fill(combo: QComboBox, everything: str, items: Any) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for item_id, name in items:
                combo.addItem(name, item_id)
            found = combo.findData(current)
            combo.setCurrentIndex(found if found >= 0 else 0)
            combo.blockSignals(False)

        fill(self.owner_filter, self.tr("All owners"), lists["owners"])
        fill(self.tag_filter, self.tr("All tags"), lists["tags"])
        fill(self.source_filter, self.tr("All sources"), lists["sources"])
        self.pipeline_combo.blockSignals(True)
        self.pipeline_combo.clear()
        for pid, name in lists["pipelines"]:
            self.pipeline_combo.addItem(name, pid)
        self.pipeline_combo.setCurrentIndex(max(0, self.pipeline_combo.findData(self.board_state.pipeline.id)))
        self.pipeline_combo.blockSignals(False)

    def column_of(self, deal_id: int) -> StageColumn | None:
        for column in self.columns:
            if column.model.row_of(deal_id) >= 0:
                return column
        return None

    def column_for_stage(self, stage_id: int) -> StageColumn | None:
        return next((c for c in self.columns if c.model.stage.id == stage_id), None)

    def focus_column(self, index: int) -> None:
        if 0 <= index < len(self.columns):
            view = self.columns[index].view
            view.setFocus()
            if not view.currentIndex().isValid() and view.model().rowCount() > 0:
                view.setCurrentIndex(view.model().index(0, 0))

    # ---- moving -------------------------------------------------------------------------------------------
    def _unfiltered_ids(self, stage_id: int) -> list[int]:
        if not self.filtering() or self.board_state is None:
            column = self.column_for_stage(stage_id)
            return [c.id for c in column.model.cards] if column else []
        full = self.service.board(self.board_state.pipeline.id)
        return next(([c.id for c in col.cards] for col in full.columns if col.stage.id == stage_id), [])

    def move_deal(self, deal_id: int, stage_id: int, before_id: int | None) -> bool:
        """Ask the service to move `deal_id` into `stage_id` before the card `before_id` (None: at the end)."""
        source = self.column_of(deal_id)
        if source is None:
            return False
        card = source.model.cards[source.model.row_of(deal_id)]
        ids = [i for i in self._unfiltered_ids(stage_id) if i != deal_id]
        index = ids.index(before_id) if before_id in ids else None
        try:
            result = self.service.move_deal(deal_id, stage_id, index, expected_version=card.version)
        except NextTaskRequiredError:
            planned = self.ask_next_task(card, mandatory=True)
            if planned is None:
                return False
            try:
                self.service.plan_next_task(deal_id, *planned)
                card = self.service.card(deal_id)
                result = self.service.move_deal(deal_id, stage_id, index, expected_version=card.version)
            except CrmError as exc:
                self.show_error(exc)
                self.reload()
                return False
        except CrmError as exc:
            self.show_error(exc)
            self.reload()
            return False
        source.model.remove_deal(deal_id)
        target = self.column_for_stage(stage_id)
        if target is not None:
            row = target.model.row_of(before_id) if before_id is not None else -1
            target.model.insert_card(row, result.card)
            target.view.setCurrentIndex(target.model.index(target.model.row_of(deal_id), 0))
            target.view.setFocus()
        if result.stage_changed and result.card.next_task_due is None:
            planned = self.ask_next_task(result.card, mandatory=False)
            if planned is not None:
                try:
                    self.service.plan_next_task(deal_id, *planned)
                    if target is not None:
                        target.model.update_card(self.service.card(deal_id))
                except CrmError as exc:
                    self.show_error(exc)
        self.ctx.bridge.post_data_changed("deals")
        return True

    @Slot(list, int, int)
    def on_model_deals_dropped(self, deal_ids: list[int], stage_id: int, row: int) -> None:
        target = self.column_for_stage(stage_id)
        if target is None or not deal_ids:
            return
        deal_id = deal_ids[0]
        cards = target.model.cards
        before_id = cards[row].id if 0 <= row < len(cards) else None
        if before_id == deal_id:
            return
        # Queued: the drag's own event loop must end before a dialog can open.
        QTimer.singleShot(0, lambda: self.move_deal(deal_id, stage_id, before_id))

    @Slot(int, int)
    def on_view_move_requested(self, deal_id: int, step: int) -> None:
        source = self.column_of(deal_id)
        if source is None:
            return
        index = self.columns.index(source) + step
        if 0 <= index < len(self.columns):
            self.move_deal(deal_id, self.columns[index].model.stage.id, None)

    @Slot(int, int)
    def on_view_reorder_requested(self, deal_id: int, step: int) -> None:
        column = self.column_of(deal_id)
        if column is None:
            return
        cards = column.model.cards
        row = column.model.row_of(deal_id)
        target_row = row + step
        if not 0 <= target_row < len(cards):
            return
        before_row = target_row if step < 0 else target_row + 1
        before_id = cards[before_row].id if before_row < len(cards) else None
        self.move_deal(deal_id, column.model.stage.id, before_id)

    @Slot(list)
    def on_won_zone_deals_dropped(self, deal_ids: list[int]) -> None:
        QTimer.singleShot(0, lambda: [self.win(d) for d in deal_ids[:1]])

    @Slot(list)
    def on_lost_zone_deals_dropped(self, deal_ids: list[int]) -> None:
        QTimer.singleShot(0, lambda: [self.lose(d) for d in deal_ids[:1]])

    def _card(self, deal_id: int) -> tuple[StageColumn, DealCard] | None:
        column = self.column_of(deal_id)
        if column is None:
            return None
        return column, column.model.cards[column.model.row_of(deal_id)]

    def win(self, deal_id: int) -> bool:
        found = self._card(deal_id)
        if found is None:
            return False
        column, card = found
        dialog = WonDialog(card.title, card.amount, card.currency, self)
        if not run_modal(dialog):
            return False
        try:
            self.service.win_deal(deal_id, dialog.closed_on(), dialog.amount(), expected_version=card.version)
        except CrmError as exc:
            self.show_error(exc)
            return False
        column.model.remove_deal(deal_id)
        self.ctx.bridge.post_data_changed("deals")
        return True

    def lose(self, deal_id: int) -> bool:
        found = self._card(deal_id)
        if found is None:
            return False
        column, card = found
        dialog = LostDialog(card.title, self.service.list_loss_reasons(), self)
        if not run_modal(dialog):
            return False
        try:
            reason_id = dialog.reason_id()
            new_reason = dialog.new_reason()
            if new_reason is not None:
                reason_id = self.service.add_loss_reason(new_reason)
            self.service.lose_deal(deal_id, reason_id, dialog.note_text(), expected_version=card.version)
        except CrmError as exc:
            self.show_error(exc)
            return False
        column.model.remove_deal(deal_id)
        self.ctx.bridge.post_data_changed("deals")
        return True

    def ask_next_task(self, card: DealCard, *, mandatory: bool) -> tuple[str, datetime, str] | None:
        dialog = NextTaskDialog(card.title, self, mandatory=mandatory)
        if not run_modal(dialog):
            return None
        return dialog.planned()

    # ---- other commands -----------------------------------------------------------------------------------
    def show_error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Funnel"), str(exc))

    def open_deal(self, deal_id: int | None) -> None:
        from crm_desktop.ui.funnel.deal_editor import DealEditorDialog

        pipeline_id = stage_id = None
        if deal_id is None and self.board_state is not None:
            pipeline_id = self.board_state.pipeline.id
            if self.board_state.columns:
                stage_id = self.board_state.columns[0].stage.id
        dialog = DealEditorDialog(self.service, deal_id, self, pipeline_id=pipeline_id, stage_id=stage_id,
                                  runner=self.ctx.runner)
        # Tasks, files and reopening are written from the dialog at once: Cancel does not undo them.
        if run_modal(dialog) or dialog.changed:
            self.reload()
            self.ctx.bridge.post_data_changed("deals")

    @Slot()
    def on_new_deal_clicked(self) -> None:
        self.open_deal(None)

    @Slot()
    def on_stages_clicked(self) -> None:
        from crm_desktop.ui.funnel.stages_dialog import StagesDialog

        if self.board_state is None:
            return
        run_modal(StagesDialog(self.service, self.board_state.pipeline.id, self))
        self.reload()

    @Slot()
    def on_no_task_clicked(self) -> None:
        pipeline_id = self.board_state.pipeline.id if self.board_state else None
        dialog = NoNextTaskDialog(self.service.deals_without_next_task(pipeline_id), self)
        dialog.open_requested.connect(self.open_deal)
        run_modal(dialog)

    @Slot(bool)
    def on_mandatory_clicked(self, checked: bool) -> None:
        try:
            self.service.set_next_task_mandatory(checked)
        except CrmError as exc:
            self.show_error(exc)
            self.mandatory.setChecked(not checked)

    @Slot(int)
    def on_card_size_activated(self, index: int) -> None:
        self.delegate.compact = index == 1
        for column in self.columns:
            column.view.doItemsLayout()
            column.view.viewport().update()

    @Slot(str)
    def on_bridge_data_changed(self, kind: str) -> None:
        if kind == "all":
            self.service = PipelineService(self.ctx.db, self.ctx.user_id)
        # "others": another user of a shared file saved something; the board shows their moves too.
        if kind in ("all", "tasks", "others") and self._loaded_once:
            self.reload()


class NoNextTaskDialog(QDialog):
    """The open deals that have no planned next task; double-click or Enter opens one."""

    from PySide6.QtCore import Signal as _Signal

    open_requested = _Signal(int)

    def __init__(self, cards: list[DealCard], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noNextTaskDialog")
        self.setWindowTitle(self.tr("Open deals without a next task"))
        self.resize(520, 420)
        self.list = QListWidget(self)
        self.list.setObjectName("noNextTaskList")
        for card in cards:
            item = QListWidgetItem(f"{card.title} — {card.party} — {format_money(card.amount, card.currency)}")
            item.setData(Qt.ItemDataRole.UserRole, card.id)
            self.list.addItem(item)
        if not cards:
            self.list.addItem(self.tr("Every open deal has a next task."))
        self.list.itemActivated.connect(self._activated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def _activated(self, item: QListWidgetItem) -> None:
        deal_id = item.data(Qt.ItemDataRole.UserRole)
        if deal_id is not None:
            self.open_requested.emit(int(deal_id))
