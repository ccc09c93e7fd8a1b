"""The Calendar panel: month, week, day and agenda views over the tasks, with the task lists beside them."""

from __future__ import annotations

import importlib.util
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolButton,
    QWidget,
)

from crm_desktop.errors import CancelledError, CrmError
from crm_desktop.services.pipeline import PipelineService
from crm_desktop.services.progress import Progress
from crm_desktop.services.recurrence import local_midnight, to_utc
from crm_desktop.services.tasks import CalendarItem, TaskService
from crm_desktop.ui.calendar.agenda_view import AgendaView
from crm_desktop.ui.calendar.common import (
    Entry,
    long_date,
    month_grid,
    month_title,
    span_title,
    to_entries,
    week_start,
)
from crm_desktop.ui.calendar.month_view import MonthView
from crm_desktop.ui.calendar.time_grid import TimeGridView
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.dialogs import run_modal
from crm_desktop.ui.panels import Panel

VIEWS = ("month", "week", "day", "agenda")
AGENDA_DAYS = 30
VIEW_SETTING = "calendar.view"
# Ctrl+1..5 already switch the window's panels; the calendar's own views take Alt+1..4 so neither hides the other.
VIEW_SHORTCUT = "Alt+%d"
# Kinds of change that can put something on the calendar.
RELEVANT_CHANGES = {"tasks", "all", "undo", "contacts", "companies", "people", "import", "others"}


class CalendarPanel(Panel):
    """The calendar of tasks, occurrences of series, birthdays and company anniversaries."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("calendarPanel", parent)
        self.ctx = ctx
        self.anchor = date.today()
        saved = ctx.config.extra.get(VIEW_SETTING)
        self.view_name = saved if saved in VIEWS else "week"
        self.entries: list[Entry] = []
        self.tz: tzinfo | None = None
        self.clock = datetime.now
        self._request = 0
        self._dirty = True
        self._scrolled = False
        self.lists: QWidget | None = None

        self.today_button = QPushButton(self)
        self.today_button.setObjectName("calendarToday")
        self.today_button.clicked.connect(self.go_today)
        self.prev_button = QToolButton(self)
        self.prev_button.setObjectName("calendarPrevious")
        self.prev_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QToolButton(self)
        self.next_button.setObjectName("calendarNext")
        self.next_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.range_label = QLabel(self)
        self.range_label.setObjectName("calendarRange")
        font = self.range_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.range_label.setFont(font)
        self.view_buttons: dict[str, QToolButton] = {}
        self.view_group = QButtonGroup(self)
        self.view_group.setExclusive(True)
        for index, name in enumerate(VIEWS):
            button = QToolButton(self)
            button.setObjectName(f"calendarView_{name}")
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.clicked.connect(lambda _checked=False, n=name: self.set_view(n))
            self.view_group.addButton(button)
            self.view_buttons[name] = button
            shortcut = QShortcut(QKeySequence(VIEW_SHORTCUT % (index + 1)), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=name: self.set_view(n))
        self.owner_filter = QComboBox(self)
        self.owner_filter.setObjectName("calendarOwner")
        self.owner_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.owner_filter.addItem("", None)
        self.owner_filter.activated.connect(lambda _i: self.reload())
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("calendarNewTask")
        self.new_button.clicked.connect(self.on_new_button_clicked)
        self.lists_button = QToolButton(self)
        self.lists_button.setObjectName("calendarListsToggle")
        self.lists_button.setCheckable(True)
        self.lists_button.toggled.connect(self.on_lists_button_toggled)
        self._lists_available = importlib.util.find_spec("crm_desktop.ui.tasks.lists") is not None
        self.lists_button.setEnabled(self._lists_available)

        bar = QHBoxLayout()
        bar.addWidget(self.today_button)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(8)
        bar.addWidget(self.range_label, 1)
        bar.addWidget(self.owner_filter)
        bar.addSpacing(8)
        switch = QHBoxLayout()
        switch.setSpacing(0)
        for button in self.view_buttons.values():
            switch.addWidget(button)
        bar.addLayout(switch)
        bar.addSpacing(8)
        bar.addWidget(self.lists_button)
        bar.addWidget(self.new_button)

        self.month_view = MonthView(self)
        self.grid = TimeGridView(self)
        self.agenda = AgendaView(self)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("calendarViews")
        for view in (self.month_view, self.grid, self.agenda):
            self.stack.addWidget(view)
        for timed in (self.month_view, self.grid):
            timed.create_requested.connect(self.on_view_create_requested)
            timed.open_requested.connect(self.open_entry)
            timed.move_requested.connect(self.on_view_move_requested)
            timed.date_requested.connect(self.on_view_date_requested)
            timed.day_activated.connect(self.on_view_day_activated)
        self.grid.resize_requested.connect(self.on_grid_resize_requested)
        self.agenda.open_requested.connect(self.open_entry)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("calendarSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.stack)

        self.layout_.addLayout(bar)
        self.layout_.addWidget(self.splitter, 1)
        ctx.bridge.data_changed.connect(self.on_bridge_data_changed)
        self.retranslate()
        self._show_view()

    # ---- texts --------------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Calendar")

    def retranslate(self) -> None:
        super().retranslate()
        self.today_button.setText(self.tr("&Today"))
        self.prev_button.setToolTip(self.tr("Previous"))
        self.prev_button.setAccessibleName(self.tr("Previous"))
        self.next_button.setToolTip(self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Next"))
        names = {"month": self.tr("Month"), "week": self.tr("Week"), "day": self.tr("Day"),
                 "agenda": self.tr("Agenda")}
        for index, (name, button) in enumerate(self.view_buttons.items()):
            button.setText(names[name])
            shortcut = QKeySequence(VIEW_SHORTCUT % (index + 1)).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{names[name]} ({shortcut})")
        self.owner_filter.setItemText(0, self.tr("All owners"))
        self.owner_filter.setAccessibleName(self.tr("Owner"))
        self.new_button.setText(self.tr("&New task…"))
        self.new_button.setToolTip(self.tr("New task (N in the calendar)"))
        self.lists_button.setText(self.tr("Lists"))
        self.lists_button.setToolTip(self.tr("Show the task lists beside the calendar") if self._lists_available
                                     else self.tr("The task lists are not available in this version"))
        self.grid.setAccessibleName(self.tr("Calendar days by the hour"))
        self.month_view.setAccessibleName(self.tr("Calendar month"))
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.retranslate()
        self._update_label()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LocaleChange:
            self._apply()

    # ---- range and views ----------------------------------------------------------------------------------
    def date_range(self) -> tuple[date, date]:
        """The first day shown and the day after the last."""
        locale = self.locale()
        if self.view_name == "month":
            grid = month_grid(self.anchor, locale)
            return grid.first_cell, grid.first_cell + timedelta(days=grid.weeks * 7)
        if self.view_name == "week":
            first = week_start(self.anchor, locale)
            return first, first + timedelta(days=7)
        if self.view_name == "day":
            return self.anchor, self.anchor + timedelta(days=1)
        return self.anchor, self.anchor + timedelta(days=AGENDA_DAYS)

    def current_view(self) -> QWidget:
        return {"month": self.month_view, "agenda": self.agenda}.get(self.view_name, self.grid)

    def set_view(self, name: str) -> None:
        if name not in VIEWS:
            return
        self.view_name = name
        self.ctx.config.extra[VIEW_SETTING] = name
        self._show_view()
        self.reload()
        self.current_view().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_view(self) -> None:
        self.view_buttons[self.view_name].setChecked(True)
        self.stack.setCurrentWidget(self.current_view())
        self._apply()

    def set_anchor(self, day: date) -> None:
        before = self.date_range()
        self.anchor = day
        self._apply()
        if self.date_range() != before:
            self.reload()

    @Slot()
    def go_today(self) -> None:
        self.grid.cursor_day = self.month_view.selected_day = self.clock().date()
        self.set_anchor(self.clock().date())

    def step(self, direction: int) -> None:
        """One month, week, day or agenda page forward (1) or back (-1)."""
        if self.view_name == "month":
            grid = month_grid(self.anchor, self.locale())
            day = grid.month_last + timedelta(days=1) if direction > 0 else grid.month_first - timedelta(days=1)
            target = month_grid(day, self.locale()).month_first
        else:
            target = self.anchor + timedelta(days=direction * {"week": 7, "day": 1}.get(self.view_name, 7))
        self.grid.cursor_day = self.month_view.selected_day = target
        self.set_anchor(target)

    def _update_label(self) -> None:
        if not hasattr(self, "grid"):
            return
        locale = self.locale()
        first, end = self.date_range()
        if self.view_name == "month":
            text = month_title(month_grid(self.anchor, locale), locale)
        elif self.view_name == "day":
            text = long_date(self.anchor, locale)
        else:
            text = span_title(first, end - timedelta(days=1), locale)
        self.range_label.setText(text)

    def _apply(self) -> None:
        """Show the range and the entries loaded so far in the current view."""
        if not hasattr(self, "grid"):
            return
        self._update_label()
        first, end = self.date_range()
        shown = [e for e in self.entries if e.last_day() >= first and e.first_day() < end]
        if self.view_name == "month":
            self.month_view.set_data(month_grid(self.anchor, self.locale()), shown, self.anchor)
        elif self.view_name == "agenda":
            self.agenda.set_data(first, end, shown, self.clock().date())
        else:
            days = [first + timedelta(days=n) for n in range((end - first).days)]
            if self.grid.cursor_day not in days:
                self.grid.cursor_day = self.anchor
            self.grid.set_data(days, shown)

    # ---- loading ------------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()

    @Slot(str)
    def on_bridge_data_changed(self, kind: str) -> None:
        if kind not in RELEVANT_CHANGES:
            return
        if self.isVisible():
            self.reload()
        else:
            self._dirty = True

    def reload(self) -> None:
        """Load the items of the range shown on the worker; an answer to an older request is dropped."""
        self._dirty = False
        self._request += 1
        request = self._request
        db, user_id = self.ctx.db, self.ctx.user_id
        first, end = self.date_range()
        owner = self.owner_filter.currentData()

        def work(_progress: Progress) -> tuple[list[CalendarItem], tzinfo, list[tuple[int, str]]]:
            service = TaskService(db, user_id)
            items = service.items(local_midnight(first, service.tz), local_midnight(end, service.tz),
                                  owner_id=owner)
            return items, service.tz, PipelineService(db, user_id).list_owners()

        def done(result: tuple[list[CalendarItem], tzinfo, list[tuple[int, str]]]) -> None:
            if request != self._request:
                return
            items, tz, owners = result
            self.tz = tz
            self.entries = to_entries(items, tz)
            self._fill_owners(owners)
            self._apply()
            if not self._scrolled and self.view_name in ("week", "day"):
                self._scroll_to_work()

        self.ctx.runner.run(work, done, self.show_error)

    def _fill_owners(self, owners: list[tuple[int, str]]) -> None:
        current = self.owner_filter.currentData()
        self.owner_filter.blockSignals(True)
        while self.owner_filter.count() > 1:
            self.owner_filter.removeItem(1)
        for owner_id, name in owners:
            self.owner_filter.addItem(name, owner_id)
        self.owner_filter.setCurrentIndex(max(self.owner_filter.findData(current), 0))
        self.owner_filter.blockSignals(False)

    def _scroll_to_work(self) -> None:
        """Open the day at the first timed item, or at eight in the morning when it starts later."""
        self._scrolled = True
        timed = [e.start.hour * 60 + e.start.minute for e in self.grid.entries if not e.all_day]
        self.grid.scroll_to_minutes(min([8 * 60, *timed]))

    def show_error(self, exc: BaseException) -> None:
        if isinstance(exc, CancelledError):
            return
        text = str(exc) if isinstance(exc, CrmError) else self.tr("Unexpected error: %1").replace("%1", str(exc))
        QMessageBox.warning(self, self.tr("Calendar"), text)
        self.reload()

    # ---- commands -----------------------------------------------------------------------------------------
    def _zone(self) -> tzinfo:
        return self.tz if self.tz is not None else TaskService(self.ctx.db, self.ctx.user_id).tz

    @Slot()
    def on_new_button_clicked(self) -> None:
        view = self.current_view()
        if view is self.grid:
            self.grid.create_at_cursor()
        elif view is self.month_view:
            self.month_view.create_on(self.month_view.selected_day)
        else:
            self.new_task(datetime.combine(self.anchor, datetime.min.time()).replace(hour=9),
                          datetime.combine(self.anchor, datetime.min.time()).replace(hour=9, minute=30), False)

    @Slot(object, object, bool)
    def on_view_create_requested(self, start: datetime, end: datetime, all_day: bool) -> None:
        self.new_task(start, end, all_day)

    def new_task(self, start: datetime, end: datetime, all_day: bool) -> None:
        """Plan a task over a local span: the task dialog opens with its time and length filled in."""
        from crm_desktop.ui.tasks.task_dialog import TaskDialog

        tz = self._zone()
        minutes = max(int((end - start).total_seconds() // 60), 0)
        due = local_midnight(start.date(), tz) if all_day else to_utc(start, tz)
        run_modal(TaskDialog(self.ctx, None, start=due, all_day=all_day, duration_min=minutes, parent=self))

    @Slot(object)
    def open_entry(self, entry: Entry) -> None:
        item = entry.item
        if item.source == "birthday" and item.person_id is not None:
            from crm_desktop.ui.contacts.person_card import open_person_card

            open_person_card(self.ctx, item.person_id, self)
            return
        if item.source == "anniversary" and item.company_id is not None:
            from crm_desktop.ui.contacts.company_card import open_company_card

            open_company_card(self.ctx, item.company_id, self)
            return
        if item.task_id is None:
            return
        from crm_desktop.ui.tasks.task_dialog import TaskDialog

        occurrence = item.occurrence_start if item.source == "occurrence" else None
        try:
            dialog = TaskDialog(self.ctx, item.task_id, occurrence_start=occurrence, parent=self)
        except CrmError as exc:
            self.show_error(exc)
            return
        run_modal(dialog)

    def ask_scope(self) -> str | None:
        """Move or resize one occurrence or the whole series; None when the user cancels."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Repeating task"),
                          self.tr("Change only this occurrence, or every occurrence of the series?"),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("calendarScopeQuestion")
        one = box.addButton(self.tr("Only this &occurrence"), QMessageBox.ButtonRole.AcceptRole)
        series = box.addButton(self.tr("The whole &series"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(one)
        run_modal(box)
        clicked = box.clickedButton()
        return "one" if clicked is one else "series" if clicked is series else None

    def _scope_of(self, entry: Entry) -> str | None:
        return self.ask_scope() if entry.item.recurring else "one"

    @Slot(object, object)
    def on_view_move_requested(self, entry: Entry, new_start: datetime) -> None:
        item = entry.item
        scope = self._scope_of(entry)
        if scope is None or item.task_id is None:
            self._apply()
            return
        tz = self._zone()
        task_id, occurrence = item.task_id, item.occurrence_start if item.source == "occurrence" else None
        target, old = to_utc(new_start, tz), item.start
        db, user_id = self.ctx.db, self.ctx.user_id

        def done(row_id: int) -> None:
            if scope == "one" and not item.recurring:
                # Only a plain task moves back by moving it again; a series shift is undone in the task dialog.
                self.ctx.undo.push(self.tr("Move %1").replace("%1", item.title),
                                   lambda: TaskService(db, user_id).move(row_id, old))
            self.ctx.bridge.post_data_changed("tasks")

        self.ctx.runner.run(lambda _p: TaskService(db, user_id).move(task_id, target, occurrence, scope), done,
                            self.show_error)

    @Slot(object, int)
    def on_grid_resize_requested(self, entry: Entry, minutes: int) -> None:
        item = entry.item
        scope = self._scope_of(entry)
        if scope is None or item.task_id is None:
            self._apply()
            return
        task_id, occurrence = item.task_id, item.occurrence_start if item.source == "occurrence" else None
        old = int((item.end - item.start).total_seconds() // 60)
        db, user_id = self.ctx.db, self.ctx.user_id

        def done(row_id: int) -> None:
            if scope == "one" and not item.recurring:
                self.ctx.undo.push(self.tr("Change the length of %1").replace("%1", item.title),
                                   lambda: TaskService(db, user_id).resize(row_id, old))
            self.ctx.bridge.post_data_changed("tasks")

        self.ctx.runner.run(lambda _p: TaskService(db, user_id).resize(task_id, minutes, occurrence, scope), done,
                            self.show_error)

    @Slot(object)
    def on_view_date_requested(self, day: date) -> None:
        self.set_anchor(day)

    @Slot(object)
    def on_view_day_activated(self, day: date) -> None:
        self.anchor = day
        self.grid.cursor_day = day
        self.set_view("day")

    @Slot(bool)
    def on_lists_button_toggled(self, checked: bool) -> None:
        if checked and self.lists is None and self._lists_available:
            from crm_desktop.ui.tasks.lists import TaskListsWidget

            lists: Any = TaskListsWidget(self.ctx, self)
            lists.changed.connect(self.reload)
            self.lists = lists
            self.splitter.addWidget(lists)
            self.splitter.setSizes([max(self.width() - 380, 400), 360])
        if self.lists is not None:
            self.lists.setVisible(checked)

