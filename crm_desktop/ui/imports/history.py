"""The import history (File › Import history…): every import with its counts, and Revert, which takes an import
back after a confirmation (refused, with the reason, when a record it touched was changed since)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CancelledError
from crm_desktop.services.imports import ImportRunInfo, ImportService, RevertResult
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.dialogs import ask_yes_no, side_button
from crm_desktop.ui.i18n import format_utc
from crm_desktop.ui.imports import ImportTexts, error_text
from crm_desktop.ui.task_runner import Job

RUN_ROLE = Qt.ItemDataRole.UserRole
COL_STARTED, COL_FILE, COL_KIND, COL_USER, COL_NEW, COL_UPDATED, COL_SKIPPED, COL_REJECTED, COL_STATE = range(9)


class ImportHistoryDialog(QDialog):
    """The imports of this database, newest first; Revert takes the selected one back on the task runner."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importHistoryDialog")
        self.setWindowTitle(self.tr("Import history"))
        self.ctx = ctx
        self.texts = ImportTexts(self)
        self.runs: list[ImportRunInfo] = []
        self.job: Job | None = None
        self.loaded = False

        self.table = QTableWidget(0, 9, self)
        self.table.setObjectName("importHistoryTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeaderLabels([
            self.tr("Imported"), self.tr("File"), self.tr("Into"), self.tr("By"), self.tr("New"),
            self.tr("Updated"), self.tr("Skipped"), self.tr("Rejected"), self.tr("State")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_FILE, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.status = QLabel(self)
        self.status.setObjectName("importHistoryStatus")
        self.status.setWordWrap(True)
        self.revert_button = side_button(self, self.tr("&Revert…"), "importRevertButton")
        self.revert_button.setToolTip(self.tr("Take the selected import back: the records it created go to the "
                                              "Trash and the ones it updated get their old values"))
        self.revert_button.clicked.connect(self.on_revert_button_clicked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.revert_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.resize(900, 420)
        self.reload()

    # ---- the list -----------------------------------------------------------------------------------------
    def reload(self) -> None:
        service = ImportService(self.ctx.db, self.ctx.user_id)
        self.status.setText(self.tr("Reading the history…"))
        self.ctx.runner.run(lambda _p: service.history(), self.show_runs, self.on_failed)

    def show_runs(self, runs: list[ImportRunInfo]) -> None:
        if not self._usable():
            return
        selected = self.selected_run()
        self.runs = sorted(runs, key=lambda r: r.started_at, reverse=True)
        locale = QLocale()
        self.table.setRowCount(len(self.runs))
        for row, run in enumerate(self.runs):
            counts = run.counts
            cells = {
                COL_STARTED: format_utc(run.started_at, locale),
                COL_FILE: run.file_name,
                COL_KIND: self.texts.kind_name(run.kind),
                COL_USER: run.user_name or "",
                COL_NEW: locale.toString(int(counts.get("new", 0))),
                COL_UPDATED: locale.toString(int(counts.get("updated", 0))),
                COL_SKIPPED: locale.toString(int(counts.get("skipped", 0))),
                COL_REJECTED: locale.toString(int(counts.get("rejected", 0))),
                COL_STATE: self.state_text(run),
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                if column == COL_FILE:
                    item.setToolTip(run.file_name)
                item.setData(RUN_ROLE, run.id)
                if column >= COL_NEW and column != COL_STATE:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.loaded = True
        self.status.setText("" if self.runs else self.tr("Nothing was imported into this database yet."))
        keep = next((i for i, r in enumerate(self.runs) if selected is not None and r.id == selected.id), 0)
        if self.runs:
            self._select_row(keep)
        self._update_buttons()

    def state_text(self, run: ImportRunInfo) -> str:
        if run.reverted_at is not None:
            return self.tr("Reverted %1").replace("%1", format_utc(run.reverted_at))
        if run.finished_at is None:
            return self.tr("Not finished")
        return self.tr("Imported") if run.revertible else self.tr("Cannot be reverted")

    def selected_run(self) -> ImportRunInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.runs):
            return None
        return self.runs[rows[0].row()]

    def select_run(self, run_id: int) -> None:
        for row, run in enumerate(self.runs):
            if run.id == run_id:
                self._select_row(row)

    def _select_row(self, row: int) -> None:
        # Not QTableView.selectRow(): right to left it looks for the column at the viewport's far edge, finds
        # none, and selects nothing.
        index = self.table.model().index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    @Slot()
    def _update_buttons(self) -> None:
        run = self.selected_run()
        self.revert_button.setEnabled(self.job is None and run is not None and run.revertible
                                      and run.reverted_at is None)

    # ---- revert -------------------------------------------------------------------------------------------
    @Slot()
    def on_revert_button_clicked(self) -> None:
        run = self.selected_run()
        if run is None or not self.revert_button.isEnabled():
            return
        counts = run.counts
        text = self.tr("Revert the import of “%1”? The %2 record(s) it created go to the Trash and the %3 it "
                       "updated get their values from before the import.") \
            .replace("%1", run.file_name).replace("%2", QLocale().toString(int(counts.get("new", 0)))) \
            .replace("%3", QLocale().toString(int(counts.get("updated", 0))))
        if ask_yes_no(self, self.tr("Revert import"), text):
            self.revert(run.id)

    def revert(self, run_id: int) -> Job:
        service = ImportService(self.ctx.db, self.ctx.user_id)

        def done(result: RevertResult) -> None:
            self.job = None
            self.ctx.bridge.post_data_changed("all")
            message = self.tr("The import was reverted: %1 record(s) moved to the Trash, %2 given their old values "
                              "back.").replace("%1", QLocale().toString(result.removed)) \
                .replace("%2", QLocale().toString(result.restored))
            self.ctx.bridge.post_message(message)
            if self._usable():
                self.status.setText(message)
                self.reload()

        def failed(exc: BaseException) -> None:
            self.job = None
            if not self._usable():
                return
            self._update_buttons()
            if isinstance(exc, CancelledError):
                self.status.setText(self.tr("Cancelled; nothing was changed."))
                return
            self.status.setText("")
            QMessageBox.warning(self, self.tr("Revert import"), error_text(exc, self))

        self.job = self.ctx.runner.run(lambda _p: service.revert(run_id), done, failed,
                                       title=self.tr("Reverting the import…"), parent_widget=self)
        self._update_buttons()
        return self.job

    def on_failed(self, exc: BaseException) -> None:
        if self._usable():
            self.status.setText(error_text(exc, self))

    def _usable(self) -> bool:
        return shiboken6.isValid(self)

    def reject(self) -> None:
        """A revert that runs finishes first: it is one short transaction, and stopping it halfway means nothing."""
        if self.job is not None:
            return
        super().reject()
