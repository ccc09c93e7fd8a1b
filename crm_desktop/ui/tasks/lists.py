"""The task lists: today, overdue, upcoming, by owner, and the clients and deals without a next task."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.models import utcnow
from crm_desktop.services.pipeline import PipelineService
from crm_desktop.services.progress import Progress
from crm_desktop.services.tasks import TaskRow, TaskService, WithoutNextTask
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.dialogs import run_modal, side_button
from crm_desktop.ui.tasks.task_dialog import CompleteTaskDialog, TaskDialog, format_due, kind_label, tr

LIST_TODAY, LIST_OVERDUE, LIST_UPCOMING, LIST_BY_OWNER, LIST_WITHOUT_NEXT = (
    "today", "overdue", "upcoming", "by-owner", "without-next")
UPCOMING_DAYS = 7
# Columns of a task list, and of the list of records without a next task.
COL_KIND, COL_TITLE, COL_DUE, COL_LINKS, COL_OWNER, COL_CHECKLIST = range(6)
COL_WHAT, COL_NAME, COL_RECORD_OWNER, COL_STATUS = range(4)
ROW_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_COLOR = "#c0392b"
# Data kinds of UiBridge.data_changed that can change what the lists show.
_RELEVANT = {"tasks", "contacts", "deals", "others"}

Row = TaskRow | WithoutNextTask


class TaskListModel(QAbstractTableModel):
    """The rows of one task list as the service returned them; `records` mode shows records without a next task."""

    def __init__(self, parent: QObject | None = None, clock: Callable[[], datetime] = utcnow) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.records = False
        self.clock = clock

    def set_rows(self, rows: list[Row], records: bool) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.records = records
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else (4 if self.records else 6)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names: tuple[str, ...]
        if self.records:
            names = (tr("What"), tr("Name"), tr("Owner"), tr("Status"))
        else:
            names = (tr("Kind"), tr("Task"), tr("Due"), tr("Links"), tr("Owner"), tr("Checklist"))
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == ROW_ROLE:
            return row
        if isinstance(row, WithoutNextTask):
            return self._record_data(row, index.column(), role)
        return self._task_data(row, index.column(), role)

    def _record_data(self, row: WithoutNextTask, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        what = {"deal": tr("Deal"), "person": tr("Person"), "company": tr("Company")}
        statuses = {"open": tr("Open"), "lead": tr("Lead"), "prospect": tr("Prospect"), "client": tr("Client")}
        values = (what.get(row.kind, row.kind), row.name, row.owner_name, statuses.get(row.status, row.status))
        return values[column] if 0 <= column < len(values) else None

    def _task_data(self, row: TaskRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_KIND:
                return kind_label(row.kind)
            if column == COL_TITLE:
                return row.title + (" ↻" if row.is_series else "")
            if column == COL_DUE:
                return format_due(row.due_at, row.all_day)
            if column == COL_LINKS:
                return " · ".join(p for p in (row.person_name, row.company_name, row.deal_title) if p)
            if column == COL_OWNER:
                return row.owner_name
            if column == COL_CHECKLIST:
                return f"{row.checklist_done}/{row.checklist_total}" if row.checklist_total else ""
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_DUE and self.is_overdue(row):
            return QBrush(QColor(OVERDUE_COLOR))
        if role == Qt.ItemDataRole.FontRole and column == COL_TITLE and row.priority >= 2:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TITLE and row.priority >= 2:
            return tr("High priority")
        return None

    def is_overdue(self, row: TaskRow) -> bool:
        # An all-day task is late once its day is over; the lists say so only for timed tasks past their time.
        return row.due_at is not None and not row.all_day and row.due_at < self.clock()

    def row_at(self, index: int) -> Row | None:
        return self.rows[index] if 0 <= index < len(self.rows) else None


class TaskListsWidget(QWidget):
    """A chooser of the task list, its table, and Open / Done / New; changes reload the list on the runner."""

    changed = Signal()  # a task was created, edited or completed here

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskLists")
        self.ctx = ctx
        self.clock = clock or utcnow
        self._generation = 0     # a reload answered after a newer one was asked is dropped
        self.loading = False

        self.list_combo = QComboBox(self)
        self.list_combo.setObjectName("taskListChooser")
        for key, text in ((LIST_TODAY, self.tr("Today")), (LIST_OVERDUE, self.tr("Overdue")),
                          (LIST_UPCOMING, self.tr("Upcoming (7 days)")), (LIST_BY_OWNER, self.tr("By owner")),
                          (LIST_WITHOUT_NEXT, self.tr("Without a next task"))):
            self.list_combo.addItem(text, key)
        self.list_combo.setAccessibleName(self.tr("Task list"))
        self.owner_combo = QComboBox(self)
        self.owner_combo.setObjectName("taskListOwner")
        self.owner_combo.setAccessibleName(self.tr("Owner"))
        self.owner_combo.addItem(self.tr("Everybody"), None)
        self.fill_owners()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("taskListCount")

        self.model = TaskListModel(self, self.clock)
        self.view = QTableView(self)
        self.view.setObjectName("taskListView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.doubleClicked.connect(self.on_view_double_clicked)
        self.view.installEventFilter(self)

        self.open_button = side_button(self, self.tr("&Open"), "taskListOpen")
        self.open_button.clicked.connect(self.open_current)
        self.done_button = side_button(self, self.tr("&Done…"), "taskListDone")
        self.done_button.setToolTip(self.tr("Complete the task with its result (Space)"))
        self.done_button.clicked.connect(self.complete_current)
        self.new_button = side_button(self, self.tr("&New task…"), "taskListNew")
        self.new_button.clicked.connect(self.new_task)

        top = QHBoxLayout()
        top.addWidget(self.list_combo, 1)
        top.addWidget(self.owner_combo, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.list_combo.currentIndexChanged.connect(self.refresh)
        self.owner_combo.currentIndexChanged.connect(self.refresh)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        ctx.bridge.data_changed.connect(self.on_bridge_data_changed)
        self._update_buttons()
        self.refresh()

    @property
    def service(self) -> TaskService:
        # Made per use: the lists outlive a switch to another database file.
        return TaskService(self.ctx.db, self.ctx.user_id, clock=self.clock)

    # ---- loading -------------------------------------------------------------------------------------------
    def fill_owners(self) -> None:
        for user_id, name in PipelineService(self.ctx.db, self.ctx.user_id).list_owners():
            self.owner_combo.addItem(name, user_id)

    def current_list(self) -> str:
        return str(self.list_combo.currentData())

    def set_list(self, key: str) -> None:
        self.list_combo.setCurrentIndex(max(0, self.list_combo.findData(key)))

    @Slot()
    def refresh(self) -> None:
        """Reload the list shown, on the runner; the selection stays on the same task when it is still there."""
        self._generation += 1
        generation = self._generation
        key = self.current_list()
        owner = self.owner_combo.currentData()
        service, user_id = self.service, self.ctx.user_id
        self.loading = True

        def work(_progress: Progress) -> list[Row]:
            if key == LIST_TODAY:
                return list(service.today(owner))
            if key == LIST_OVERDUE:
                return list(service.overdue(owner))
            if key == LIST_UPCOMING:
                return list(service.upcoming(UPCOMING_DAYS, owner))
            if key == LIST_BY_OWNER:
                # "Everybody" has no single owner to list: the user's own tasks then.
                return list(service.by_owner(owner if owner is not None else user_id))
            return list(service.without_next_task(owner))

        def done(rows: list[Row]) -> None:
            if generation != self._generation:
                return
            self.loading = False
            selected = self.current_row()
            self.model.set_rows(rows, key == LIST_WITHOUT_NEXT)
            self._reselect(selected)
            self.count_label.setText(self.tr("%n item(s)", "", len(rows)))
            self.view.resizeColumnsToContents()
            self._update_buttons()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.loading = False
                self.count_label.setText(str(exc))

        self.ctx.runner.run(work, done, failed)

    def _reselect(self, previous: Row | None) -> None:
        if previous is None:
            return
        for index, row in enumerate(self.model.rows):
            if type(row) is type(previous) and row.id == previous.id:
                self.view.selectRow(index)
                return

    # ---- acting --------------------------------------------------------------------------------------------
    def current_row(self) -> Row | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        row = self.current_row()
        self.open_button.setEnabled(row is not None)
        self.done_button.setEnabled(isinstance(row, TaskRow))
        self.new_button.setText(self.tr("&Plan a task…") if isinstance(row, WithoutNextTask)
                                else self.tr("&New task…"))

    @Slot()
    def open_current(self) -> None:
        row = self.current_row()
        if isinstance(row, TaskRow):
            try:
                dialog = TaskDialog(self.ctx, row.id, parent=self)
            except CrmError as exc:
                self._gone(exc)
                return
            if run_modal(dialog):
                self._after_change()
        elif isinstance(row, WithoutNextTask):
            self.open_record(row)

    def open_record(self, row: WithoutNextTask) -> None:
        """The card of the person or company, or the deal editor, of a record without a next task."""
        if row.kind == "person":
            from crm_desktop.ui.contacts.person_card import open_person_card

            open_person_card(self.ctx, row.id, self.window())
        elif row.kind == "company":
            from crm_desktop.ui.contacts.company_card import open_company_card

            open_company_card(self.ctx, row.id, self.window())
        else:
            from crm_desktop.ui.funnel.deal_editor import DealEditorDialog

            dialog = DealEditorDialog(PipelineService(self.ctx.db, self.ctx.user_id), row.id, self,
                                      runner=self.ctx.runner, ctx=self.ctx)
            if run_modal(dialog) or dialog.changed:
                self.ctx.bridge.post_data_changed("deals")

    @Slot()
    def complete_current(self) -> None:
        row = self.current_row()
        if not isinstance(row, TaskRow):
            return
        try:
            dialog = CompleteTaskDialog(self.ctx, row.id, row.due_at if row.is_series else None, self)
        except CrmError as exc:
            self._gone(exc)
            return
        if run_modal(dialog):
            self._after_change()

    @Slot()
    def new_task(self) -> None:
        row = self.current_row()
        record = row if isinstance(row, WithoutNextTask) else None
        dialog = TaskDialog(self.ctx, parent=self,
                            person_id=record.id if record and record.kind == "person" else None,
                            company_id=record.id if record and record.kind == "company" else None,
                            deal_id=record.id if record and record.kind == "deal" else None)
        if run_modal(dialog):
            self._after_change()

    def _after_change(self) -> None:
        # The dialogs post "tasks" on the bridge, which reloads this list; the signal tells the calendar.
        self.changed.emit()

    def _gone(self, exc: BaseException) -> None:
        self.count_label.setText(str(exc))
        self.refresh()

    # ---- events --------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
            if event.key() == Qt.Key.Key_Space and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self.complete_current()
                return True
        return super().eventFilter(watched, event)

    @Slot(QModelIndex)
    def on_view_double_clicked(self, _index: QModelIndex) -> None:
        self.open_current()

    @Slot(str)
    def on_bridge_data_changed(self, kind: str) -> None:
        if kind in _RELEVANT:
            self.refresh()
