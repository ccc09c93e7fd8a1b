"""Pipelines and their stages: names, win probabilities, rotting limits, colours, order and automation rules."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QColor, QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.services.pipeline import PipelineInfo, PipelineService, StageInfo
from crm_desktop.ui.dialogs import ask_yes_no, side_button
from crm_desktop.ui.funnel.deal_editor import swatch
from crm_desktop.ui.funnel.rules_dialog import RulesDialog
from crm_desktop.ui.i18n import isolate_ltr

COL_NAME, COL_PROBABILITY, COL_ROTTING, COL_COLOR = range(4)
STAGE_ID_ROLE = Qt.ItemDataRole.UserRole


class StageDelegate(QStyledItemDelegate):
    """In-place editors: a 0-100 spin box for the probability, digits or nothing for the rotting limit."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        if index.column() == COL_PROBABILITY:
            spin = QSpinBox(parent)
            spin.setObjectName("stageProbabilityEditor")
            spin.setRange(0, 100)
            spin.setSuffix(self.tr(" %"))
            return spin
        if index.column() == COL_ROTTING:
            edit = QLineEdit(parent)
            edit.setObjectName("stageRottingEditor")
            # Blank is a valid answer (the stage never rots), so the validator accepts an empty text.
            edit.setValidator(QRegularExpressionValidator(r"\d{0,4}", edit))
            return edit
        return super().createEditor(parent, option, index)


class StagesDialog(QDialog):
    """Edits pipelines and stages in place: every change is saved at once through the pipeline service."""

    pipelines_changed = Signal()

    def __init__(self, service: PipelineService, pipeline_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stagesDialog")
        self.setWindowTitle(self.tr("Pipelines and stages"))
        self.service = service
        self.pipeline_id = pipeline_id
        self.pipelines: list[PipelineInfo] = []
        self.stages: list[StageInfo] = []
        self.rules_dialog: RulesDialog | None = None
        self._loading = False

        self.pipeline_combo = QComboBox(self)
        self.pipeline_combo.setObjectName("pipelineCombo")
        self.pipeline_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        pipeline_label = QLabel(self.tr("&Pipeline:"), self)
        pipeline_label.setBuddy(self.pipeline_combo)
        self.add_pipeline_button = self._button(self.tr("&New pipeline…"), "addPipelineButton")
        self.rename_pipeline_button = self._button(self.tr("Rena&me…"), "renamePipelineButton")
        self.delete_pipeline_button = self._button(self.tr("Delete pipe&line"), "deletePipelineButton")

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("stagesTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Stage"), self.tr("Win probability (%)"), self.tr("Rotting after (days)"), self.tr("Colour"),
        ])
        self.table.setAccessibleName(self.tr("Stages"))
        self.table.setItemDelegate(StageDelegate(self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        stages_label = QLabel(self.tr("&Stages, in the order deals move through them:"), self)
        stages_label.setBuddy(self.table)
        stages_label.setWordWrap(True)
        hint = QLabel(self.tr("Leave the rotting limit blank for a stage where deals never go stale."), self)
        hint.setObjectName("stagesHint")
        hint.setWordWrap(True)

        self.add_stage_button = self._button(self.tr("&Add stage…"), "addStageButton")
        self.delete_stage_button = self._button(self.tr("&Delete stage"), "deleteStageButton")
        self.move_up_button = self._button(self.tr("Move &up"), "moveStageUpButton")
        self.move_down_button = self._button(self.tr("Move do&wn"), "moveStageDownButton")
        self.color_button = self._button(self.tr("C&olour…"), "stageColorButton")
        self.rules_button = self._button(self.tr("Automation &rules…"), "stageRulesButton")

        # Keys on the table itself (not while a cell is being edited): Delete, and Ctrl+Up/Down to reorder.
        for keys, slot in ((QKeySequence.StandardKey.Delete, self.on_delete_stage_button_clicked),
                           (QKeySequence("Ctrl+Up"), self.on_move_up_button_clicked),
                           (QKeySequence("Ctrl+Down"), self.on_move_down_button_clicked)):
            action = QAction(self.table)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("stagesButtons")
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)

        pipeline_row = QHBoxLayout()
        pipeline_row.addWidget(pipeline_label)
        pipeline_row.addWidget(self.pipeline_combo, 1)
        pipeline_row.addWidget(self.add_pipeline_button)
        pipeline_row.addWidget(self.rename_pipeline_button)
        pipeline_row.addWidget(self.delete_pipeline_button)
        side = QVBoxLayout()
        for button in (self.add_stage_button, self.delete_stage_button, self.move_up_button, self.move_down_button,
                       self.color_button, self.rules_button):
            side.addWidget(button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(pipeline_row)
        layout.addWidget(stages_label)
        layout.addLayout(body, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(760, 440)

        self.pipeline_combo.currentIndexChanged.connect(self.on_pipeline_combo_changed)
        self.add_pipeline_button.clicked.connect(self.on_add_pipeline_button_clicked)
        self.rename_pipeline_button.clicked.connect(self.on_rename_pipeline_button_clicked)
        self.delete_pipeline_button.clicked.connect(self.on_delete_pipeline_button_clicked)
        self.add_stage_button.clicked.connect(self.on_add_stage_button_clicked)
        self.delete_stage_button.clicked.connect(self.on_delete_stage_button_clicked)
        self.move_up_button.clicked.connect(self.on_move_up_button_clicked)
        self.move_down_button.clicked.connect(self.on_move_down_button_clicked)
        self.color_button.clicked.connect(self.on_color_button_clicked)
        self.rules_button.clicked.connect(self.on_rules_button_clicked)
        self.table.itemChanged.connect(self.on_table_item_changed)
        self.table.currentCellChanged.connect(self.on_table_current_cell_changed)
        self.reload()
        self.table.setFocus()

    def _button(self, text: str, name: str) -> QPushButton:
        return side_button(self, text, name)

    # ---- questions to the user: separate methods so tests replace them instead of clicking modal boxes ------
    def confirm(self, text: str) -> bool:
        return ask_yes_no(self, self.windowTitle(), text)

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        return value.strip() if ok and value.strip() else None

    def choose_move_target(self, stage: StageInfo) -> int | None:
        """The stage that takes over the deals of `stage` before it is deleted, or None to keep it."""
        others = [s for s in self.stages if s.id != stage.id]
        if not others:
            return None
        name, ok = QInputDialog.getItem(
            self, self.tr("Move the deals"),
            self.tr("The stage '%1' holds deals. Move them to:").replace("%1", stage.name),
            [s.name for s in others], 0, False)
        if not ok:
            return None
        return next((s.id for s in others if s.name == name), None)

    def choose_color(self, initial: str) -> str | None:
        color = QColorDialog.getColor(QColor(initial), self, self.tr("Stage colour"))
        return color.name() if color.isValid() else None

    def warn(self, text: str) -> None:
        QMessageBox.warning(self, self.windowTitle(), text)

    # ---- filling ------------------------------------------------------------------------------------------
    def reload(self, select_stage_id: int | None = None) -> None:
        """Read the pipelines again and show the current one; keeps the selected stage unless told otherwise."""
        current = self.current_stage()
        if select_stage_id is None and current is not None:
            select_stage_id = current.id
        self.pipelines = self.service.list_pipelines()
        if not any(p.id == self.pipeline_id for p in self.pipelines) and self.pipelines:
            self.pipeline_id = next((p.id for p in self.pipelines if p.is_default), self.pipelines[0].id)
        self.pipeline_combo.blockSignals(True)
        self.pipeline_combo.clear()
        for info in self.pipelines:
            text = info.name if not info.is_default else self.tr("%1 (default)").replace("%1", info.name)
            self.pipeline_combo.addItem(text, info.id)
        self.pipeline_combo.setCurrentIndex(max(self.pipeline_combo.findData(self.pipeline_id), 0))
        self.pipeline_combo.blockSignals(False)
        self._fill_table(select_stage_id)

    def _fill_table(self, select_stage_id: int | None) -> None:
        pipeline = next((p for p in self.pipelines if p.id == self.pipeline_id), None)
        self.stages = list(pipeline.stages) if pipeline else []
        self._loading = True
        try:
            self.table.setRowCount(len(self.stages))
            for row, stage in enumerate(self.stages):
                self._fill_row(row, stage)
        finally:
            self._loading = False
        row = next((i for i, s in enumerate(self.stages) if s.id == select_stage_id), 0 if self.stages else -1)
        if row >= 0:
            self.table.setCurrentCell(row, COL_NAME)
        self._update_buttons()

    def _fill_row(self, row: int, stage: StageInfo) -> None:
        name = QTableWidgetItem(stage.name)
        name.setData(STAGE_ID_ROLE, stage.id)
        if stage.open_deals:
            name.setToolTip(self.tr("%n open deal(s)", "", stage.open_deals))
        probability = QTableWidgetItem()
        probability.setData(Qt.ItemDataRole.EditRole, stage.probability)
        probability.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        rotting = QTableWidgetItem("" if stage.rotting_days is None else str(stage.rotting_days))
        rotting.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        # The swatch button covers the cell; the item only carries the colour for screen readers.
        color = QTableWidgetItem()
        color.setData(Qt.ItemDataRole.AccessibleTextRole, stage.color)
        color.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        for column, item in ((COL_NAME, name), (COL_PROBABILITY, probability), (COL_ROTTING, rotting),
                             (COL_COLOR, color)):
            self.table.setItem(row, column, item)
        swatch_button = QToolButton(self.table)
        swatch_button.setObjectName(f"stageSwatch_{stage.id}")
        swatch_button.setIcon(swatch(stage.color, 16))
        swatch_button.setText(isolate_ltr(stage.color))
        swatch_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        swatch_button.setAutoRaise(True)
        swatch_button.setToolTip(self.tr("Choose the colour of '%1'").replace("%1", stage.name))
        # The table's own keys reach the colour through the Colour… button; the swatch is for the mouse.
        swatch_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        swatch_button.clicked.connect(lambda _checked=False, stage_id=stage.id: self.change_color(stage_id))
        self.table.setCellWidget(row, COL_COLOR, swatch_button)

    def current_stage(self) -> StageInfo | None:
        row = self.table.currentRow()
        return self.stages[row] if 0 <= row < len(self.stages) else None

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        has = 0 <= row < len(self.stages)
        for button in (self.delete_stage_button, self.color_button, self.rules_button):
            button.setEnabled(has)
        self.move_up_button.setEnabled(has and row > 0)
        self.move_down_button.setEnabled(has and row < len(self.stages) - 1)
        self.rename_pipeline_button.setEnabled(bool(self.pipelines))
        self.delete_pipeline_button.setEnabled(bool(self.pipelines))
        self.add_stage_button.setEnabled(bool(self.pipelines))

    def _changed(self) -> None:
        self.pipelines_changed.emit()

    # ---- pipelines ----------------------------------------------------------------------------------------
    @Slot()
    def on_pipeline_combo_changed(self) -> None:
        data = self.pipeline_combo.currentData()
        if data is not None and data != self.pipeline_id:
            self.pipeline_id = int(data)
            self._fill_table(None)

    @Slot()
    def on_add_pipeline_button_clicked(self) -> None:
        name = self.ask_text(self.tr("New pipeline"), self.tr("Name of the new pipeline:"))
        if name is None:
            return
        try:
            info = self.service.create_pipeline(name)
        except CrmError as exc:
            self.warn(str(exc))
            return
        self.pipeline_id = info.id
        self.reload()
        self._changed()

    @Slot()
    def on_rename_pipeline_button_clicked(self) -> None:
        pipeline = next((p for p in self.pipelines if p.id == self.pipeline_id), None)
        if pipeline is None:
            return
        name = self.ask_text(self.tr("Rename pipeline"), self.tr("New name of the pipeline:"), pipeline.name)
        if name is None or name == pipeline.name:
            return
        try:
            self.service.rename_pipeline(pipeline.id, name)
        except CrmError as exc:
            self.warn(str(exc))
            return
        self.reload()
        self._changed()

    @Slot()
    def on_delete_pipeline_button_clicked(self) -> None:
        pipeline = next((p for p in self.pipelines if p.id == self.pipeline_id), None)
        if pipeline is None or not self.confirm(
                self.tr("Delete the pipeline '%1' with its stages?").replace("%1", pipeline.name)):
            return
        try:
            self.service.delete_pipeline(pipeline.id)
        except CrmError as exc:
            self.warn(str(exc))
            return
        self.reload()
        self._changed()

    # ---- stages -------------------------------------------------------------------------------------------
    @Slot(int, int, int, int)
    def on_table_current_cell_changed(self, *_cells: int) -> None:
        self._update_buttons()

    @Slot(QTableWidgetItem)
    def on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or not 0 <= item.row() < len(self.stages):
            return
        stage = self.stages[item.row()]
        column = item.column()
        try:
            if column == COL_NAME:
                if item.text().strip() == stage.name:
                    return
                updated = self.service.update_stage(stage.id, name=item.text().strip())
            elif column == COL_PROBABILITY:
                updated = self.service.update_stage(stage.id, probability=int(item.data(Qt.ItemDataRole.EditRole)))
            elif column == COL_ROTTING:
                text = item.text().strip()
                updated = (self.service.update_stage(stage.id, clear_rotting=True) if not text
                           else self.service.update_stage(stage.id, rotting_days=int(text)))
            else:
                return
        except (CrmError, ValueError) as exc:
            self.warn(str(exc))
            # The table shows what is stored: the refused value goes back to the saved one.
            self.reload(stage.id)
            return
        self.stages[item.row()] = updated
        self._changed()

    def change_color(self, stage_id: int) -> None:
        stage = next((s for s in self.stages if s.id == stage_id), None)
        if stage is None:
            return
        color = self.choose_color(stage.color)
        if color is None or color == stage.color:
            return
        try:
            self.service.update_stage(stage.id, color=color)
        except CrmError as exc:
            self.warn(str(exc))
            return
        self.reload(stage.id)
        self._changed()

    @Slot()
    def on_color_button_clicked(self) -> None:
        stage = self.current_stage()
        if stage is not None:
            self.change_color(stage.id)

    @Slot()
    def on_add_stage_button_clicked(self) -> None:
        if not self.pipelines:
            return
        name = self.ask_text(self.tr("New stage"), self.tr("Name of the new stage:"))
        if name is None:
            return
        try:
            info = self.service.add_stage(self.pipeline_id, name)
        except CrmError as exc:
            self.warn(str(exc))
            return
        self.reload(info.id)
        self._changed()

    @Slot()
    def on_delete_stage_button_clicked(self) -> None:
        stage = self.current_stage()
        if stage is None or not self.confirm(self.tr("Delete the stage '%1'?").replace("%1", stage.name)):
            return
        target: int | None = None
        if stage.open_deals:
            target = self.choose_move_target(stage)
            if target is None:
                return
        try:
            self.service.delete_stage(stage.id, move_deals_to=target)
        except CrmError as exc:
            # Won and lost deals are not counted on the board but still belong to the stage: ask once more.
            if target is not None or len(self.stages) < 2:
                self.warn(str(exc))
                return
            target = self.choose_move_target(stage)
            if target is None:
                return
            try:
                self.service.delete_stage(stage.id, move_deals_to=target)
            except CrmError as again:
                self.warn(str(again))
                return
        self.reload(target)
        self._changed()

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        other = row + step
        if not (0 <= row < len(self.stages) and 0 <= other < len(self.stages)):
            return
        ids = [s.id for s in self.stages]
        ids[row], ids[other] = ids[other], ids[row]
        try:
            self.service.reorder_stages(self.pipeline_id, ids)
        except CrmError as exc:
            self.warn(str(exc))
            return
        self.reload(ids[other])
        self._changed()

    @Slot()
    def on_move_up_button_clicked(self) -> None:
        self._move(-1)

    @Slot()
    def on_move_down_button_clicked(self) -> None:
        self._move(1)

    @Slot()
    def on_rules_button_clicked(self) -> None:
        stage = self.current_stage()
        if stage is None:
            return
        # Window-modal but not blocking: the rules dialog lives on its own and tests can drive it.
        self.rules_dialog = RulesDialog(self.service, stage.id, self)
        self.rules_dialog.open()
