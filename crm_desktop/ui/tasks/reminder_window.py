"""The reminder window: every due reminder with Open, Done, Snooze and Dismiss; it stays on top, never blocks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, time, timedelta
from functools import partial

from PySide6.QtCore import QDateTime, QEvent, QItemSelectionModel, QObject, Qt, QTime, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.models import utcnow
from crm_desktop.services.progress import Progress
from crm_desktop.services.reminders import DueReminder, ReminderService
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.dialogs import run_modal, side_button
from crm_desktop.ui.i18n import display_calendar, local_to_utc, utc_to_local
from crm_desktop.ui.tasks.task_dialog import (
    CompleteTaskDialog,
    TaskDialog,
    format_due,
    kind_label,
    qdate_of,
    read_left_to_right,
)

COL_TITLE, COL_DUE, COL_LINKS = range(3)
REMINDER_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_COLOR = "#c0392b"
MORNING = time(9, 0)    # "tomorrow morning" of the snooze menu


class ReminderWindow(QWidget):
    """Lists the due reminders; `set_due` replaces the list (the scheduler sends the whole list each time)."""

    changed = Signal()  # reminders were acknowledged, snoozed or their tasks completed here

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("reminderWindow")
        self.ctx = ctx
        self.clock = clock or utcnow
        self.reminders: list[DueReminder] = []
        self.setWindowTitle(self.tr("Reminders"))

        self.heading = QLabel(self)
        self.heading.setObjectName("reminderHeading")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("reminderList")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setHeaderLabels([self.tr("Task"), self.tr("Due"), self.tr("Links")])
        self.tree.itemDoubleClicked.connect(self.on_tree_item_double_clicked)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.installEventFilter(self)

        self.open_button = side_button(self, self.tr("&Open"), "reminderOpen")
        self.open_button.setToolTip(self.tr("Open the task (Enter)"))
        self.open_button.clicked.connect(self.open_current)
        self.done_button = side_button(self, self.tr("&Done…"), "reminderDone")
        self.done_button.setToolTip(self.tr("Complete the task with its result (D)"))
        self.done_button.clicked.connect(self.complete_selected)
        self.snooze_button = side_button(self, self.tr("&Snooze"), "reminderSnooze")
        self.snooze_button.setToolTip(self.tr("Remind me again later (S)"))
        self.snooze_menu = QMenu(self.snooze_button)
        self.snooze_menu.setObjectName("reminderSnoozeMenu")
        self.snooze_actions = [
            self.snooze_menu.addAction(self.tr("In 10 minutes"), partial(self.snooze_for, timedelta(minutes=10))),
            self.snooze_menu.addAction(self.tr("In 1 hour"), partial(self.snooze_for, timedelta(hours=1))),
            self.snooze_menu.addAction(self.tr("Tomorrow at 09:00"), self.snooze_tomorrow),
            self.snooze_menu.addAction(self.tr("At a chosen time…"), self.snooze_chosen),
        ]
        self.snooze_button.setMenu(self.snooze_menu)
        self.dismiss_button = side_button(self, self.tr("D&ismiss"), "reminderDismiss")
        self.dismiss_button.setToolTip(self.tr("Stop reminding without completing the task (Del)"))
        self.dismiss_button.clicked.connect(self.dismiss_selected)

        buttons = QHBoxLayout()
        for button in (self.open_button, self.done_button, self.snooze_button, self.dismiss_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.resize(640, 320)
        self._update_buttons()

    @property
    def service(self) -> ReminderService:
        # Made per use: the window outlives a switch to another database file.
        return ReminderService(self.ctx.db, self.ctx.user_id, clock=self.clock)

    # ---- the list ------------------------------------------------------------------------------------------
    def set_due(self, reminders: Sequence[DueReminder]) -> None:
        """Show exactly these reminders (those gone were acknowledged here or on another computer)."""
        selected = {r.id for r in self.selected()}
        current = self.current()
        self.reminders = list(reminders)
        now = self.clock()
        self.tree.clear()
        for reminder in self.reminders:
            item = QTreeWidgetItem(self.tree)
            item.setData(COL_TITLE, REMINDER_ROLE, reminder)
            item.setText(COL_TITLE, self.tr("%1: %2").replace("%1", kind_label(reminder.task_kind))
                         .replace("%2", reminder.task_title))
            due = format_due(reminder.due_at, reminder.all_day, self.locale())
            overdue = self.is_overdue(reminder, now)
            item.setText(COL_DUE, self.tr("%1 (overdue)").replace("%1", due) if overdue else due)
            if overdue:
                item.setForeground(COL_DUE, QBrush(QColor(OVERDUE_COLOR)))
            item.setText(COL_LINKS, " · ".join(p for p in (reminder.person_name, reminder.company_name,
                                                            reminder.deal_title) if p))
            item.setToolTip(COL_TITLE, reminder.task_title)
            if reminder.id in selected:
                item.setSelected(True)
            if current is not None and reminder.id == current.id:
                self.tree.setCurrentItem(item, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            # Nothing chosen before: the first (oldest) reminder, so the keys act at once.
            flag = (QItemSelectionModel.SelectionFlag.NoUpdate if self.tree.selectedItems()
                    else QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.tree.setCurrentItem(first, 0, flag)
        for column in (COL_TITLE, COL_DUE):
            self.tree.resizeColumnToContents(column)
        self.heading.setText(self.tr("%n reminder(s) due", "", len(self.reminders)))
        self._update_buttons()
        if not self.reminders:
            self.hide()

    def is_overdue(self, reminder: DueReminder, now: datetime) -> bool:
        if reminder.due_at is None:
            return False
        if reminder.all_day:
            # An all-day task is late once its local day is over.
            return utc_to_local(reminder.due_at).date() < utc_to_local(now).date()
        return reminder.due_at < now

    def selected(self) -> list[DueReminder]:
        found = [item.data(COL_TITLE, REMINDER_ROLE) for item in self.tree.selectedItems()]
        return [r for r in found if isinstance(r, DueReminder)]

    def current(self) -> DueReminder | None:
        item = self.tree.currentItem()
        value = item.data(COL_TITLE, REMINDER_ROLE) if item is not None else None
        return value if isinstance(value, DueReminder) else None

    def select_ids(self, ids: Sequence[int]) -> None:
        wanted = set(ids)
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is None:
                continue
            reminder = item.data(COL_TITLE, REMINDER_ROLE)
            item.setSelected(isinstance(reminder, DueReminder) and reminder.id in wanted)

    def _remove(self, ids: set[int]) -> None:
        self.set_due([r for r in self.reminders if r.id not in ids])
        self.changed.emit()

    def _update_buttons(self) -> None:
        chosen = bool(self.selected())
        for button in (self.done_button, self.snooze_button, self.dismiss_button):
            button.setEnabled(chosen)
        self.open_button.setEnabled(self.current() is not None or chosen)

    # ---- actions -------------------------------------------------------------------------------------------
    @Slot()
    def open_current(self) -> None:
        reminder = self.current() or next(iter(self.selected()), None)
        if reminder is None:
            return
        try:
            dialog = TaskDialog(self.ctx, reminder.task_id, occurrence_start=reminder.occurrence_start, parent=self)
        except CrmError as exc:
            self._gone([reminder], exc)
            return
        run_modal(dialog)

    @Slot()
    def complete_selected(self) -> None:
        """Ask the result of each selected reminder's task in turn; completing acknowledges its reminders."""
        handled: set[int] = set()
        done_tasks: set[tuple[int, datetime | None]] = set()
        for reminder in self.selected():
            key = (reminder.task_id, reminder.occurrence_start)
            if key in done_tasks:
                handled.add(reminder.id)
                continue
            try:
                dialog = CompleteTaskDialog(self.ctx, reminder.task_id, reminder.occurrence_start, self)
            except CrmError as exc:
                self._gone([reminder], exc)
                continue
            if not run_modal(dialog):
                break
            done_tasks.add(key)
            handled.add(reminder.id)
        # The other reminders of a completed task were acknowledged with it.
        handled |= {r.id for r in self.reminders if (r.task_id, r.occurrence_start) in done_tasks}
        if handled:
            self._remove(handled)

    @Slot()
    def dismiss_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        ids = [r.id for r in chosen]
        service = self.service

        def work(_progress: Progress) -> list[int]:
            return service.acknowledge(ids)

        # Whether this call or another computer acknowledged them, they are gone from the list.
        self.ctx.runner.run(work, lambda _done: self._remove(set(ids)), self._failed)

    def snooze_for(self, delta: timedelta, _checked: bool = False) -> None:
        self.snooze_until(self.clock() + delta)

    def snooze_tomorrow(self, _checked: bool = False) -> None:
        tomorrow = utc_to_local(self.clock()).date() + timedelta(days=1)
        self.snooze_until(local_to_utc(datetime.combine(tomorrow, MORNING)))

    def snooze_chosen(self, _checked: bool = False) -> None:
        until = self.choose_time()
        if until is not None:
            self.snooze_until(until)

    def choose_time(self) -> datetime | None:
        """Ask the time to remind again (naive UTC); None when cancelled."""
        dialog = QDialog(self)
        dialog.setObjectName("reminderSnoozeTime")
        dialog.setWindowTitle(self.tr("Snooze until"))
        local = utc_to_local(self.clock()) + timedelta(hours=2)
        edit = QDateTimeEdit(QDateTime(qdate_of(local), QTime(local.hour, 0)), dialog)
        edit.setCalendarPopup(True)
        edit.setCalendar(display_calendar(self.locale()))
        read_left_to_right(edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   dialog)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("Remind me again at:"), dialog))
        layout.addWidget(edit)
        layout.addWidget(buttons)
        if not run_modal(dialog):
            return None
        qdt = edit.dateTime()
        d, t = qdt.date(), qdt.time()
        return local_to_utc(datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()))

    def snooze_until(self, until: datetime) -> None:
        chosen = self.selected()
        if not chosen:
            return
        ids = [r.id for r in chosen]
        service = self.service

        def work(_progress: Progress) -> list[int]:
            return [rid for rid in ids if service.snooze(rid, until)]

        self.ctx.runner.run(work, lambda _done: self._remove(set(ids)), self._failed)

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Reminders"), str(exc))

    def _gone(self, reminders: list[DueReminder], exc: BaseException) -> None:
        """A task deleted meanwhile: say so and drop its reminders from the list."""
        QMessageBox.information(self, self.tr("Reminders"), str(exc))
        self._remove({r.id for r in reminders})

    # ---- events --------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.tree and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and self.handle_key(event)):
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Enter opens, D completes, S snoozes, Del dismisses (letters without modifiers only)."""
        key = event.key()
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_current()
        elif key == Qt.Key.Key_D and plain:
            self.complete_selected()
        elif key == Qt.Key.Key_S and plain:
            if self.selected():
                self.snooze_button.showMenu()
        elif key == Qt.Key.Key_Delete:
            self.dismiss_selected()
        else:
            return False
        return True

    @Slot(QTreeWidgetItem, int)
    def on_tree_item_double_clicked(self, _item: QTreeWidgetItem, _column: int) -> None:
        self.open_current()
