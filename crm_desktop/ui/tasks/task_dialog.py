"""The task editor (kind, title, time, links, checklist, repetition, reminders) and the dialog that completes a
task with its result and offers to plan the next one."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, datetime, time, timedelta
from functools import partial

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QObject,
    Qt,
    QTime,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError, ValidationError
from crm_desktop.models import TaskKind
from crm_desktop.services.contacts import ContactService
from crm_desktop.services.pipeline import NextTaskRequiredError, PartyInfo, PipelineService
from crm_desktop.services.recurrence import FREQUENCIES, Recurrence
from crm_desktop.services.reminders import ReminderSpec
from crm_desktop.services.tasks import (
    BUILTIN_KINDS,
    CompletionResult,
    TaskDetail,
    TaskEditConflict,
    TaskInput,
    TaskSaveResult,
    TaskService,
)
from crm_desktop.ui.conflicts import ConflictDialog, untouched_fields
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.dialogs import run_modal, side_button
from crm_desktop.ui.funnel.deal_editor import PartyPicker
from crm_desktop.ui.i18n import display_calendar, local_to_utc, utc_to_local

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole
SPEC_ROLE = Qt.ItemDataRole.UserRole + 1
DEFAULT_DURATION_MIN = 30
# Rows of the reminder chooser: how the amount typed is turned into minutes before the due time.
REMIND_AT_DUE, REMIND_MINUTES, REMIND_HOURS, REMIND_DAYS, REMIND_ABSOLUTE = range(5)
_UNIT_MINUTES = {REMIND_MINUTES: 1, REMIND_HOURS: 60, REMIND_DAYS: 1440}
SCOPE_ONE, SCOPE_SERIES = "one", "series"


def tr(text: str) -> str:
    """Strings shared by the task widgets, translated in one context.

    lupdate files a call of a plain `tr("...")` under the empty context, so the lookup uses that context too.
    """
    return QCoreApplication.translate("", text)


def kind_label(kind: str | None) -> str:
    """A task kind as the user reads it: built-in kinds translated, user-defined ones as they were named."""
    names = {TaskKind.CALL.value: tr("Call"), TaskKind.MEETING.value: tr("Meeting"),
             TaskKind.EMAIL.value: tr("Email"), TaskKind.TODO.value: tr("To-do")}
    return names.get(kind or "", kind or "")


def priority_label(priority: int) -> str:
    return {0: tr("Low"), 1: tr("Normal"), 2: tr("High")}.get(priority, str(priority))


def format_due(value: datetime | None, all_day: bool, locale: QLocale | None = None) -> str:
    """A stored (naive UTC) due time as the user reads it: a short local date and time, only the date when all-day."""
    if value is None:
        return tr("No date")
    locale = locale or QLocale()
    local = utc_to_local(value)
    day = QDate(local.year, local.month, local.day)
    calendar = display_calendar(locale)
    if all_day:
        return locale.toString(day, QLocale.FormatType.ShortFormat, calendar)
    moment = QDateTime(day, QTime(local.hour, local.minute))
    return locale.toString(moment, QLocale.FormatType.ShortFormat, calendar)


class TaskCounts(QObject):
    """Counted words of the task widgets: `self.tr` with a count is what lupdate files as a plural entry."""

    def days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)

    def hours(self, n: int) -> str:
        return self.tr("%n hour(s)", "", n)

    def minutes(self, n: int) -> str:
        return self.tr("%n minute(s)", "", n)

    def times(self, n: int) -> str:
        return self.tr("%n time(s)", "", n)


def reminder_text(spec: ReminderSpec, locale: QLocale | None = None) -> str:
    """One reminder as the editor lists it."""
    if spec.offset_min is None:
        return tr("At %1").replace("%1", format_due(spec.at, False, locale))
    minutes = spec.offset_min
    if minutes == 0:
        return tr("At the due time")
    amount = abs(minutes)
    counts = TaskCounts()
    if amount % 1440 == 0:
        text = counts.days(amount // 1440)
    elif amount % 60 == 0:
        text = counts.hours(amount // 60)
    else:
        text = counts.minutes(amount)
    return (tr("%1 before") if minutes > 0 else tr("%1 after")).replace("%1", text)


def recurrence_text(value: Recurrence, locale: QLocale | None = None) -> str:
    """A repetition in a few words: "Weekly, every 2, Mon Thu, until 1 Jun 2025"."""
    locale = locale or QLocale()
    names = {"daily": tr("Daily"), "weekly": tr("Weekly"), "monthly": tr("Monthly"), "yearly": tr("Yearly")}
    parts = [names.get(value.freq, value.freq)]
    if value.interval != 1:
        parts.append(tr("every %1").replace("%1", str(value.interval)))
    if value.days:
        parts.append(" ".join(locale.dayName(d + 1, QLocale.FormatType.ShortFormat) for d in value.days))
    if value.until is not None:
        parts.append(tr("until %1").replace("%1", locale.toString(
            QDate(value.until.year, value.until.month, value.until.day), QLocale.FormatType.ShortFormat,
            display_calendar(locale))))
    if value.count is not None:
        parts.append(TaskCounts().times(value.count))
    return ", ".join(parts)


def read_left_to_right(edit: QDateTimeEdit) -> None:
    """A date or time is a number read left to right also in Persian (۱۴۰۵/۸/۱۰, ۱۴:۳۰, as the lists show it).

    A date edit made in a right-to-left application reverses its display format ("d/M/yyyy", "mm:H"); set in a
    left-to-right edit, the locale's own format reads as the lists do.
    """
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    locale, short = edit.locale(), QLocale.FormatType.ShortFormat
    if isinstance(edit, QDateEdit):
        edit.setDisplayFormat(locale.dateFormat(short))
    elif isinstance(edit, QTimeEdit):
        edit.setDisplayFormat(locale.timeFormat(short))
    else:
        edit.setDisplayFormat(locale.dateTimeFormat(short))


def qdate_of(value: datetime) -> QDate:
    return QDate(value.year, value.month, value.day)


def _weekday_order(locale: QLocale) -> list[int]:
    """Weekdays (0 = Monday) in the order the locale's week runs, from its first day."""
    first = locale.firstDayOfWeek().value - 1
    return [(first + i) % 7 for i in range(7)]


@dataclass
class _ChecklistEntry:
    id: int | None          # None: added in this dialog, written on save
    title: str
    done: bool


class TaskDialog(QDialog):
    """Creates or edits one task; Save writes it with a version check and keeps the dialog open on a refusal.

    With `occurrence_start` on a recurring task the dialog shows that occurrence and asks on save whether the
    change is for this occurrence only or for the whole series.
    """

    saved = Signal(int)  # the id of the task row written

    def __init__(self, ctx: AppContext, task_id: int | None = None, *, start: datetime | None = None,
                 all_day: bool = False, person_id: int | None = None, company_id: int | None = None,
                 deal_id: int | None = None, occurrence_start: datetime | None = None,
                 parent: QWidget | None = None, duration_min: int | None = None, initial: TaskInput | None = None,
                 save_on_accept: bool = True, service: TaskService | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskDialog")
        self.ctx = ctx
        self.service = service or TaskService(ctx.db, ctx.user_id)
        self.pipeline = PipelineService(ctx.db, ctx.user_id)
        self.contacts = ContactService(ctx.db, ctx.user_id)
        self.task_id = task_id
        self.save_on_accept = save_on_accept
        self.saved_id: int | None = None
        self.collected: TaskInput | None = None   # save_on_accept=False: the input typed, for the caller to save
        self.detail: TaskDetail | None = None
        self.series_detail: TaskDetail | None = None   # occurrence mode: the series itself
        self.occurrence_start: datetime | None = None
        if task_id is not None:
            detail = self.service.get(task_id)
            if occurrence_start is not None and detail.is_series:
                self.series_detail = detail
                self.occurrence_start = occurrence_start
                detail = self.service.get_occurrence(task_id, occurrence_start)
            self.detail = detail
        self.version: int | None = (self.series_detail or self.detail).version if self.detail else None
        self.kinds = self.service.kinds()
        self.owners = self.pipeline.list_owners()
        self.checklist: list[_ChecklistEntry] = []
        self._filling = False

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("taskTabs")
        self.tabs.addTab(self._build_main_tab(), self.tr("&Task"))
        self.tabs.addTab(self._build_checklist_tab(), self.tr("C&hecklist"))
        self.tabs.addTab(self._build_repeat_tab(), self.tr("&Repeat"))
        self.tabs.addTab(self._build_reminders_tab(), self.tr("Re&minders"))

        self.status_label = QLabel(self)
        self.status_label.setObjectName("taskStatus")
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("taskSaveButton")
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.resize(640, 560)

        if self.detail is not None:
            self._fill(self.detail.input, self.detail)
        else:
            base = initial or TaskInput(due_at=start, all_day=all_day, person_id=person_id, company_id=company_id,
                                        deal_id=deal_id, duration_min=duration_min if duration_min is not None
                                        else (1440 if all_day else DEFAULT_DURATION_MIN))
            if base.due_at is None and initial is None:
                base = replace(base, due_at=self._next_slot())
            self._fill(base, None)
        self.setWindowTitle(self.tr("New task") if self.detail is None
                            else self.tr("Task: %1").replace("%1", self.detail.input.title))
        self.title_edit.setFocus()

    # ---- construction -------------------------------------------------------------------------------------
    def _build_main_tab(self) -> QWidget:
        page = QWidget(self)
        self.kind_combo = QComboBox(page)
        self.kind_combo.setObjectName("taskKind")
        self.kind_button = QToolButton(page)
        self.kind_button.setObjectName("taskKindsButton")
        self.kind_button.setText(self.tr("Kinds…"))
        self.kind_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        kind_menu = QMenu(self.kind_button)
        self.kind_button.setMenu(kind_menu)
        kind_menu.addAction(self.tr("Add a kind…"), self.on_add_kind_triggered)
        self.remove_kind_action = kind_menu.addAction(self.tr("Remove this kind"), self.on_remove_kind_triggered)
        kind_row = QHBoxLayout()
        kind_row.setContentsMargins(0, 0, 0, 0)
        kind_row.addWidget(self.kind_combo, 1)
        kind_row.addWidget(self.kind_button)
        self.kind_combo.currentIndexChanged.connect(self._update_kind_actions)

        self.title_edit = QLineEdit(page)
        self.title_edit.setObjectName("taskTitle")
        self.title_edit.setMaxLength(300)

        self.date_edit = QDateEdit(page)
        read_left_to_right(self.date_edit)
        self.date_edit.setObjectName("taskDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setCalendar(display_calendar(self.locale()))
        self.time_edit = QTimeEdit(page)
        read_left_to_right(self.time_edit)
        self.time_edit.setObjectName("taskTime")
        self.all_day_check = QCheckBox(self.tr("A&ll day"), page)
        self.all_day_check.setObjectName("taskAllDay")
        self.no_date_check = QCheckBox(self.tr("&No date"), page)
        self.no_date_check.setObjectName("taskNoDate")
        self.all_day_check.toggled.connect(self.on_all_day_check_toggled)
        self.no_date_check.toggled.connect(self.on_no_date_check_toggled)
        when_row = QHBoxLayout()
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.date_edit)
        when_row.addWidget(self.time_edit)
        when_row.addWidget(self.all_day_check)
        when_row.addWidget(self.no_date_check)
        when_row.addStretch(1)

        self.duration_spin = QSpinBox(page)
        self.duration_spin.setObjectName("taskDuration")
        self.duration_spin.setRange(0, 24 * 60)
        self.duration_spin.setSingleStep(15)

        self.priority_combo = QComboBox(page)
        self.priority_combo.setObjectName("taskPriority")
        for value in (0, 1, 2):
            self.priority_combo.addItem(priority_label(value), value)
        self.owner_combo = QComboBox(page)
        self.owner_combo.setObjectName("taskOwner")
        self.owner_combo.addItem(self.tr("(nobody)"), None)
        for user_id, name in self.owners:
            self.owner_combo.addItem(name, user_id)

        self.company_picker = PartyPicker(
            "company", lambda text: self.pipeline.find_parties(text, kind="company"), page)
        self.company_picker.setObjectName("taskCompany")
        self.company_picker.line_edit().setPlaceholderText(self.tr("Type to find a company"))
        self.person_picker = PartyPicker(
            "person", lambda text: self.pipeline.find_parties(text, kind="person"), page)
        self.person_picker.setObjectName("taskPerson")
        self.person_picker.line_edit().setPlaceholderText(self.tr("Type to find a person"))
        self.person_picker.party_chosen.connect(self.on_person_picker_party_chosen)
        self.company_picker.party_chosen.connect(self.on_company_picker_party_chosen)
        self.deal_combo = QComboBox(page)
        self.deal_combo.setObjectName("taskDeal")
        self.deal_combo.setToolTip(self.tr("The deals of the person or company chosen"))

        self.notes_edit = QPlainTextEdit(page)
        self.notes_edit.setObjectName("taskNotes")
        self.notes_edit.setTabChangesFocus(True)

        self.occurrence_label = QLabel(page)
        self.occurrence_label.setObjectName("taskOccurrenceNote")
        self.occurrence_label.setWordWrap(True)
        self.occurrence_label.hide()

        form = QFormLayout(page)
        # Long labels (40% longer translations) move above their field instead of squeezing it.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.occurrence_label)
        self._add_row(form, self.tr("&Kind:"), kind_row, self.kind_combo)
        self._add_row(form, self.tr("T&itle:"), self.title_edit)
        self._add_row(form, self.tr("&Due:"), when_row, self.date_edit)
        self._add_row(form, self.tr("D&uration:"), self.duration_spin)
        self._add_row(form, self.tr("&Priority:"), self.priority_combo)
        self._add_row(form, self.tr("&Owner:"), self.owner_combo)
        self._add_row(form, self.tr("Compan&y:"), self.company_picker)
        self._add_row(form, self.tr("Per&son:"), self.person_picker)
        self._add_row(form, self.tr("D&eal:"), self.deal_combo)
        self._add_row(form, self.tr("No&tes:"), self.notes_edit)
        return page

    def _add_row(self, form: QFormLayout, text: str, field: QWidget | QHBoxLayout,
                 buddy: QWidget | None = None) -> None:
        label = QLabel(text, form.parentWidget())
        label.setBuddy(buddy if buddy is not None else field)  # type: ignore[arg-type]
        form.addRow(label, field)

    def _build_checklist_tab(self) -> QWidget:
        page = QWidget(self)
        self.checklist_list = QListWidget(page)
        self.checklist_list.setObjectName("taskChecklist")
        self.checklist_list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.checklist_list.itemChanged.connect(self.on_checklist_list_item_changed)
        self.checklist_list.model().rowsMoved.connect(self._update_progress)
        self.checklist_progress = QProgressBar(page)
        self.checklist_progress.setObjectName("taskChecklistProgress")
        self.checklist_progress.setTextVisible(True)
        self.new_item_edit = QLineEdit(page)
        self.new_item_edit.setObjectName("taskChecklistNew")
        self.new_item_edit.setPlaceholderText(self.tr("A step to tick off, then Enter"))
        self.new_item_edit.returnPressed.connect(self.on_add_item_button_clicked)
        add = side_button(page, self.tr("&Add"), "taskChecklistAdd")
        add.clicked.connect(self.on_add_item_button_clicked)
        remove = side_button(page, self.tr("Re&move"), "taskChecklistRemove")
        remove.clicked.connect(self.on_remove_item_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.new_item_edit, 1)
        row.addWidget(add)
        row.addWidget(remove)
        layout = QVBoxLayout(page)
        layout.addWidget(self.checklist_progress)
        layout.addWidget(self.checklist_list, 1)
        layout.addLayout(row)
        return page

    def _build_repeat_tab(self) -> QWidget:
        page = QWidget(self)
        self.freq_combo = QComboBox(page)
        self.freq_combo.setObjectName("taskRepeat")
        self.freq_combo.addItem(self.tr("Does not repeat"), None)
        names = {"daily": self.tr("Daily"), "weekly": self.tr("Weekly"), "monthly": self.tr("Monthly"),
                 "yearly": self.tr("Yearly")}
        for freq in FREQUENCIES:
            self.freq_combo.addItem(names[freq], freq)
        self.interval_spin = QSpinBox(page)
        self.interval_spin.setObjectName("taskRepeatInterval")
        self.interval_spin.setRange(1, 999)
        self.interval_unit = QLabel(page)
        interval_row = QHBoxLayout()
        interval_row.setContentsMargins(0, 0, 0, 0)
        interval_row.addWidget(self.interval_spin)
        interval_row.addWidget(self.interval_unit, 1)

        self.weekdays_box = QWidget(page)
        days_row = QHBoxLayout(self.weekdays_box)
        days_row.setContentsMargins(0, 0, 0, 0)
        self.weekday_checks: dict[int, QCheckBox] = {}
        locale = self.locale()
        for day in _weekday_order(locale):
            check = QCheckBox(locale.dayName(day + 1, QLocale.FormatType.ShortFormat), self.weekdays_box)
            check.setObjectName(f"taskWeekday{day}")
            self.weekday_checks[day] = check
            days_row.addWidget(check)
        days_row.addStretch(1)

        self.end_group = QButtonGroup(self)
        self.end_never = QRadioButton(self.tr("Ne&ver"), page)
        self.end_never.setObjectName("taskRepeatForever")
        self.end_until = QRadioButton(self.tr("&Until"), page)
        self.end_until.setObjectName("taskRepeatUntil")
        self.end_count = QRadioButton(self.tr("&After"), page)
        self.end_count.setObjectName("taskRepeatCount")
        for radio in (self.end_never, self.end_until, self.end_count):
            self.end_group.addButton(radio)
        self.until_edit = QDateEdit(page)
        read_left_to_right(self.until_edit)
        self.until_edit.setObjectName("taskRepeatUntilDate")
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setCalendar(display_calendar(self.locale()))
        self.count_spin = QSpinBox(page)
        self.count_spin.setObjectName("taskRepeatTimes")
        self.count_spin.setRange(1, 10_000)
        self.count_spin.setValue(10)
        self.count_spin.setSuffix(self.tr(" times"))
        end_grid = QGridLayout()
        end_grid.addWidget(self.end_never, 0, 0)
        end_grid.addWidget(self.end_until, 1, 0)
        end_grid.addWidget(self.until_edit, 1, 1)
        end_grid.addWidget(self.end_count, 2, 0)
        end_grid.addWidget(self.count_spin, 2, 1)
        end_grid.setColumnStretch(2, 1)
        self.end_box = QGroupBox(self.tr("Ends"), page)
        self.end_box.setLayout(end_grid)

        self.repeat_extra_label = QLabel(page)
        self.repeat_extra_label.setObjectName("taskRepeatExtra")
        self.repeat_extra_label.setWordWrap(True)
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._add_row(form, self.tr("Re&peats:"), self.freq_combo)
        self._add_row(form, self.tr("&Every:"), interval_row, self.interval_spin)
        self._add_row(form, self.tr("On:"), self.weekdays_box)
        form.addRow(self.end_box)
        form.addRow(self.repeat_extra_label)
        self.freq_combo.currentIndexChanged.connect(self._update_repeat)
        self.interval_spin.valueChanged.connect(self._update_repeat)
        self.end_group.buttonToggled.connect(self._update_repeat)
        return page

    def _build_reminders_tab(self) -> QWidget:
        page = QWidget(self)
        self.reminder_list = QListWidget(page)
        self.reminder_list.setObjectName("taskReminders")
        self.reminder_kind = QComboBox(page)
        self.reminder_kind.setObjectName("taskReminderKind")
        for text in (self.tr("At the due time"), self.tr("Minutes before"), self.tr("Hours before"),
                     self.tr("Days before"), self.tr("At a chosen time")):
            self.reminder_kind.addItem(text)
        self.reminder_amount = QSpinBox(page)
        self.reminder_amount.setObjectName("taskReminderAmount")
        self.reminder_amount.setRange(1, 999)
        self.reminder_amount.setValue(15)
        self.reminder_at = QDateTimeEdit(page)
        read_left_to_right(self.reminder_at)
        self.reminder_at.setObjectName("taskReminderAt")
        self.reminder_at.setCalendarPopup(True)
        self.reminder_at.setCalendar(display_calendar(self.locale()))
        self.reminder_at.setDateTime(QDateTime.currentDateTime().addSecs(3600))
        add = side_button(page, self.tr("&Add reminder"), "taskReminderAdd")
        add.clicked.connect(self.on_add_reminder_button_clicked)
        remove = side_button(page, self.tr("Re&move"), "taskReminderRemove")
        remove.clicked.connect(self.on_remove_reminder_button_clicked)
        self.reminder_kind.currentIndexChanged.connect(self._update_reminder_editor)
        row = QHBoxLayout()
        row.addWidget(self.reminder_kind)
        row.addWidget(self.reminder_amount)
        row.addWidget(self.reminder_at)
        row.addWidget(add)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.reminder_list, 1)
        layout.addLayout(row)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeading)
        self._update_reminder_editor()
        return page

    # ---- filling ------------------------------------------------------------------------------------------
    def _next_slot(self) -> datetime:
        """A new task without a time: the next full hour (stored as naive UTC)."""
        local = datetime.now().replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        return local_to_utc(local)

    def _fill(self, data: TaskInput, detail: TaskDetail | None) -> None:
        self._filling = True
        try:
            self._fill_kinds(data.kind)
            self.title_edit.setText(data.title)
            self.notes_edit.setPlainText(data.notes or "")
            local = utc_to_local(data.due_at) if data.due_at is not None else None
            if local is None:
                default = utc_to_local(self._next_slot())
                self.date_edit.setDate(qdate_of(default))
                self.time_edit.setTime(QTime(default.hour, 0))
            else:
                self.date_edit.setDate(qdate_of(local))
                self.time_edit.setTime(QTime(local.hour, local.minute))
            self.no_date_check.setChecked(data.due_at is None)
            self.all_day_check.setChecked(data.all_day)
            self._set_duration(data.duration_min, data.all_day)
            self.priority_combo.setCurrentIndex(max(0, self.priority_combo.findData(data.priority)))
            owner = data.owner_id if data.owner_id is not None or detail is not None else self.ctx.user_id
            found = self.owner_combo.findData(owner)
            if found < 0 and owner is not None:
                self.owner_combo.addItem(detail.owner_name if detail else f"#{owner}", owner)
                found = self.owner_combo.count() - 1
            self.owner_combo.setCurrentIndex(max(0, found))
            self.company_picker.set_party(self.pipeline.get_party("company", data.company_id)
                                          if data.company_id is not None else None)
            self.person_picker.set_party(self.pipeline.get_party("person", data.person_id)
                                         if data.person_id is not None else None)
            self._fill_deals(data.deal_id, detail.deal_title if detail else "")
            series = self.series_detail or detail
            recurrence = series.input.recurrence if series is not None else data.recurrence
            self._fill_recurrence(recurrence, data)
            self.reminder_list.clear()
            for spec in data.reminders or ():
                self._append_reminder(spec)
            self.checklist = [_ChecklistEntry(i.id, i.title, i.done)
                              for i in series.checklist.items] if series is not None else []
            self._fill_checklist()
            if self.occurrence_start is not None:
                self.occurrence_label.setText(self.tr(
                    "This is one occurrence of a repeating task. When you save, you choose whether the change is "
                    "for this occurrence only or for the whole series."))
                self.occurrence_label.show()
            elif detail is not None and detail.series_id is not None:
                self.occurrence_label.setText(self.tr(
                    "This occurrence was changed on its own; its changes do not reach the rest of the series."))
                self.occurrence_label.show()
        finally:
            self._filling = False
        self._update_when()
        self._update_repeat()
        self._update_kind_actions()

    def _fill_kinds(self, current: str) -> None:
        self.kind_combo.blockSignals(True)
        try:
            self.kind_combo.clear()
            for kind in self.kinds:
                self.kind_combo.addItem(kind_label(kind), kind)
            if current and self.kind_combo.findData(current) < 0:
                self.kind_combo.addItem(kind_label(current), current)   # a kind removed since, kept by the task
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(current)))
        finally:
            self.kind_combo.blockSignals(False)

    def _set_duration(self, minutes: int, all_day: bool) -> None:
        if all_day:
            self.duration_spin.setRange(1, 62)
            self.duration_spin.setSingleStep(1)
            self.duration_spin.setSuffix(self.tr(" day(s)"))
            self.duration_spin.setValue(max(1, -(-minutes // 1440)))
        else:
            self.duration_spin.setRange(0, 24 * 60)
            self.duration_spin.setSingleStep(15)
            self.duration_spin.setSuffix(self.tr(" min"))
            self.duration_spin.setValue(minutes if minutes < 1440 else DEFAULT_DURATION_MIN)

    def _fill_deals(self, selected: int | None, selected_title: str = "") -> None:
        """The deals of the chosen person, else of the chosen company, and the task's own deal."""
        self.deal_combo.clear()
        self.deal_combo.addItem(self.tr("(none)"), None)
        person, company = self.person_picker.chosen(), self.company_picker.chosen()
        party = person or company
        deals = self.contacts.related_deals(party.kind, party.id) if party is not None else []
        for deal in deals:
            self.deal_combo.addItem(deal.title, deal.id)
        if selected is not None and self.deal_combo.findData(selected) < 0:
            self.deal_combo.addItem(selected_title or f"#{selected}", selected)
        self.deal_combo.setCurrentIndex(max(0, self.deal_combo.findData(selected)))

    def _fill_recurrence(self, recurrence: Recurrence | None, data: TaskInput) -> None:
        self.freq_combo.setCurrentIndex(max(0, self.freq_combo.findData(recurrence.freq if recurrence else None)))
        self.interval_spin.setValue(recurrence.interval if recurrence else 1)
        due_day = utc_to_local(data.due_at).weekday() if data.due_at is not None else None
        days = set(recurrence.days) if recurrence and recurrence.days else ({due_day} if due_day is not None
                                                                            else set())
        for day, check in self.weekday_checks.items():
            check.setChecked(day in days)
        if recurrence is not None and recurrence.until is not None:
            self.end_until.setChecked(True)
            self.until_edit.setDate(QDate(recurrence.until.year, recurrence.until.month, recurrence.until.day))
        elif recurrence is not None and recurrence.count is not None:
            self.end_count.setChecked(True)
            self.count_spin.setValue(recurrence.count)
        else:
            self.end_never.setChecked(True)
            self.until_edit.setDate(self.date_edit.date().addMonths(3))
        self._recurrence_extra = recurrence.extra if recurrence else ""
        self._loaded_recurrence = recurrence
        # One occurrence changed on its own cannot repeat by itself: its series does.
        own_occurrence = self.detail is not None and self.detail.series_id is not None and self.series_detail is None
        self.freq_combo.setEnabled(not own_occurrence)

    def _fill_checklist(self) -> None:
        self.checklist_list.blockSignals(True)
        try:
            self.checklist_list.clear()
            for index, entry in enumerate(self.checklist):
                item = QListWidgetItem(entry.title, self.checklist_list)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
                              | Qt.ItemFlag.ItemIsDragEnabled)
                item.setCheckState(Qt.CheckState.Checked if entry.done else Qt.CheckState.Unchecked)
                item.setData(ITEM_ID_ROLE, index)
        finally:
            self.checklist_list.blockSignals(False)
        self._update_progress()

    def _append_reminder(self, spec: ReminderSpec) -> None:
        item = QListWidgetItem(reminder_text(spec, self.locale()), self.reminder_list)
        item.setData(SPEC_ROLE, spec)

    # ---- reading ------------------------------------------------------------------------------------------
    def due_local(self) -> datetime | None:
        """The due time typed, as this computer's wall-clock time (midnight for all-day)."""
        if self.no_date_check.isChecked():
            return None
        d = self.date_edit.date()
        t = self.time_edit.time() if not self.all_day_check.isChecked() else QTime(0, 0)
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def recurrence(self) -> Recurrence | None:
        freq = self.freq_combo.currentData()
        if freq is None:
            return None
        days: tuple[int, ...] = ()
        if freq == "weekly":
            days = tuple(sorted(day for day, check in self.weekday_checks.items() if check.isChecked()))
        until = None
        if self.end_until.isChecked():
            d = self.until_edit.date()
            until = date(d.year(), d.month(), d.day())
        count = self.count_spin.value() if self.end_count.isChecked() else None
        extra = self._recurrence_extra if self._loaded_recurrence and freq == self._loaded_recurrence.freq else ""
        return Recurrence(freq=str(freq), interval=self.interval_spin.value(), days=days, until=until, count=count,
                          extra=extra)

    def reminders(self) -> tuple[ReminderSpec, ...]:
        specs = [self.reminder_list.item(i).data(SPEC_ROLE) for i in range(self.reminder_list.count())]
        return tuple(dict.fromkeys(s for s in specs if isinstance(s, ReminderSpec)))

    def collect(self) -> TaskInput:
        """The task as typed; the links a chooser cannot resolve are refused with a message."""
        for picker, what in ((self.company_picker, self.tr("company")), (self.person_picker, self.tr("person"))):
            if not picker.resolve():
                raise ValidationError(self.tr("No single %1 is named '%2'; choose one from the suggestions.")
                                      .replace("%1", what).replace("%2", picker.unresolved_text()))
        company, person = self.company_picker.chosen(), self.person_picker.chosen()
        due = self.due_local()
        all_day = self.all_day_check.isChecked()
        duration = self.duration_spin.value() * 1440 if all_day else self.duration_spin.value()
        owner = self.owner_combo.currentData()
        return TaskInput(
            title=self.title_edit.text().strip(), kind=str(self.kind_combo.currentData() or TaskKind.TODO.value),
            notes=self.notes_edit.toPlainText().strip() or None,
            due_at=local_to_utc(due) if due is not None else None, all_day=all_day, duration_min=duration,
            priority=int(self.priority_combo.currentData()), owner_id=owner if isinstance(owner, int) else None,
            company_id=company.id if company else None, person_id=person.id if person else None,
            deal_id=self.deal_combo.currentData(),
            recurrence=self.recurrence() if due is not None else None, reminders=self.reminders())

    # ---- saving -------------------------------------------------------------------------------------------
    def accept(self) -> None:
        if not self.save_on_accept:
            try:
                self.collected = self.collect()
            except CrmError as exc:
                self.warn(str(exc))
                return
            super().accept()
            return
        if self.save():
            super().accept()

    def ask_scope(self) -> str | None:
        """This occurrence or the whole series; None when the user cancels."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Repeating task"),
                          self.tr("Change only this occurrence, or every occurrence of the series?"),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("taskScopeQuestion")
        one = box.addButton(self.tr("Only this &occurrence"), QMessageBox.ButtonRole.AcceptRole)
        series = box.addButton(self.tr("The whole &series"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(one)
        run_modal(box)
        clicked = box.clickedButton()
        return SCOPE_ONE if clicked is one else SCOPE_SERIES if clicked is series else None

    def save(self) -> bool:
        """Write the task (and its checklist); False when refused or cancelled, the dialog then stays open."""
        self._sync_checklist_order()
        try:
            data = self.collect()
        except CrmError as exc:
            self.warn(str(exc))
            return False
        occurrence: datetime | None = None
        if self.occurrence_start is not None and self.series_detail is not None:
            scope = self.ask_scope()
            if scope is None:
                return False
            if scope == SCOPE_ONE:
                occurrence = self.occurrence_start
                data = replace(data, recurrence=None)
            else:
                data = self._as_series(data, self.series_detail)
        result = self._write(data, occurrence)
        if result is None:
            return False
        try:
            # The checklist belongs to the task opened (a series keeps one checklist for all its occurrences).
            self._save_checklist(self.task_id if self.task_id is not None else result.id)
        except CrmError as exc:
            self.warn(self.tr("The task was saved, but not its checklist: %1").replace("%1", str(exc)))
        self.saved_id = result.id
        if result.previous is not None and self.task_id is not None and occurrence is None:
            self._push_undo(result)
        self.ctx.bridge.post_data_changed("tasks")
        self.saved.emit(result.id)
        return True

    def _as_series(self, data: TaskInput, series: TaskDetail) -> TaskInput:
        """The occurrence's edit applied to the whole series: a new time shifts the series' start by as much."""
        assert self.occurrence_start is not None
        anchor = series.input.due_at
        if data.due_at is not None and anchor is not None:
            shift = utc_to_local(data.due_at) - utc_to_local(self.occurrence_start)
            data = replace(data, due_at=local_to_utc(utc_to_local(anchor) + shift))
        return data

    def _write(self, data: TaskInput, occurrence: datetime | None) -> TaskSaveResult | None:
        version = self.version
        while True:
            try:
                if self.task_id is None:
                    return self.service.create(data)
                assert version is not None
                return self.service.update(self.task_id, data, version, occurrence_start=occurrence)
            except TaskEditConflict as exc:
                merged = self.resolve_conflict(exc, data)
                if merged is None:
                    self.status_label.setText(self.tr("Not saved: the task was changed elsewhere."))
                    return None
                data, version = merged, exc.theirs.version
                self.version = version
            except NextTaskRequiredError as exc:
                self.warn(str(exc))
                return None
            except CrmError as exc:
                self.warn(str(exc))
                return None

    def resolve_conflict(self, conflict: TaskEditConflict, mine: TaskInput) -> TaskInput | None:
        """Show their value and yours of each field that differs; the input to save, None when cancelled."""
        labels = {"title": self.tr("Title"), "kind": self.tr("Kind"), "notes": self.tr("Notes"),
                  "due_at": self.tr("Due"), "all_day": self.tr("All day"), "duration_min": self.tr("Duration"),
                  "priority": self.tr("Priority"), "owner_id": self.tr("Owner"), "company_id": self.tr("Company"),
                  "person_id": self.tr("Person"), "deal_id": self.tr("Deal"), "recurrence": self.tr("Repeat")}
        rows = [(name, labels.get(name, name), self.format_value(name, theirs), self.format_value(name, yours))
                for name, theirs, yours in conflict.fields]
        # An occurrence's input is not the series' one the conflict compares with: no field is proposed as theirs.
        opened = self.detail.input if self.detail is not None and self.series_detail is None else None
        dialog = ConflictDialog(rows, self, theirs_default=untouched_fields(opened, conflict.fields))
        if not run_modal(dialog):
            return None
        take_theirs = dialog.theirs_chosen()
        values = {f.name: getattr(mine, f.name) for f in fields(mine)}
        for name, _theirs, _yours in conflict.fields:
            if name in take_theirs:
                values[name] = getattr(conflict.theirs.input, name)
        return TaskInput(**values)

    def format_value(self, name: str, value: object) -> str:
        if value is None or value == "":
            return self.tr("(empty)")
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if name == "due_at" and isinstance(value, datetime):
            return format_due(value, False, self.locale())
        if name == "kind":
            return kind_label(str(value))
        if name == "priority" and isinstance(value, int):
            return priority_label(value)
        if name == "owner_id":
            return dict(self.owners).get(value, f"#{value}")  # type: ignore[call-overload]
        if name in ("company_id", "person_id") and isinstance(value, int):
            party = self.pipeline.get_party(name.removesuffix("_id"), value)
            return party.name if party is not None else f"#{value}"
        if isinstance(value, Recurrence):
            return recurrence_text(value, self.locale())
        return str(value)

    def _save_checklist(self, task_id: int) -> None:
        opened = self.series_detail or self.detail
        original = {i.id: i for i in opened.checklist.items} if opened is not None else {}
        kept = {e.id for e in self.checklist if e.id is not None}
        for item_id in original.keys() - kept:
            self.service.remove_subtask(item_id)
        order: list[int] = []
        for entry in self.checklist:
            if entry.id is None:
                entry.id = self.service.add_subtask(task_id, entry.title)
                if entry.done:
                    self.service.set_subtask_done(entry.id, True)
            else:
                before = original.get(entry.id)
                if before is not None and before.title != entry.title:
                    self.service.rename_subtask(entry.id, entry.title)
                if before is not None and before.done != entry.done:
                    self.service.set_subtask_done(entry.id, entry.done)
            order.append(entry.id)
        # New items were added at the end; anything else means the user dragged items into another order.
        natural = [i for i in original if i in kept] + [i for i in order if i not in original]
        if order != natural:
            self.service.reorder_subtasks(task_id, order)

    def _push_undo(self, result: TaskSaveResult) -> None:
        """Ctrl+Z puts the values back as they were before this save (refused if the task changed since)."""
        previous, service, task_id, version = result.previous, self.service, result.id, result.version
        assert previous is not None

        def undo_edit() -> TaskSaveResult:
            return service.update(task_id, previous, version)

        self.ctx.undo.push(self.tr("Edit %1").replace("%1", previous.title), undo_edit)

    def warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Task"), text)

    # ---- reacting -----------------------------------------------------------------------------------------
    def _update_when(self) -> None:
        no_date = self.no_date_check.isChecked()
        self.date_edit.setEnabled(not no_date)
        self.time_edit.setEnabled(not no_date and not self.all_day_check.isChecked())
        self.all_day_check.setEnabled(not no_date)
        self.duration_spin.setEnabled(not no_date)

    def _update_repeat(self) -> None:
        freq = self.freq_combo.currentData()
        repeats = freq is not None
        n = self.interval_spin.value()
        units = {"daily": self.tr("day(s)", "", n), "weekly": self.tr("week(s)", "", n),
                 "monthly": self.tr("month(s)", "", n), "yearly": self.tr("year(s)", "", n)}
        self.interval_unit.setText(units.get(str(freq), ""))
        self.interval_spin.setEnabled(repeats)
        self.weekdays_box.setEnabled(freq == "weekly")
        self.end_box.setEnabled(repeats)
        self.until_edit.setEnabled(repeats and self.end_until.isChecked())
        self.count_spin.setEnabled(repeats and self.end_count.isChecked())
        extra = getattr(self, "_recurrence_extra", "")
        self.repeat_extra_label.setText(self.tr("Kept from the imported rule: %1").replace("%1", extra)
                                        if repeats and extra else "")

    def _update_reminder_editor(self) -> None:
        kind = self.reminder_kind.currentIndex()
        self.reminder_amount.setVisible(kind in _UNIT_MINUTES)
        self.reminder_at.setVisible(kind == REMIND_ABSOLUTE)

    def _update_progress(self) -> None:
        total = len(self.checklist)
        done = sum(1 for e in self.checklist if e.done)
        self.checklist_progress.setRange(0, max(total, 1))
        self.checklist_progress.setValue(done)
        self.checklist_progress.setFormat(self.tr("%1 of %2 done").replace("%1", str(done))
                                          .replace("%2", str(total)))

    def _sync_checklist_order(self) -> None:
        """The list widget's order (after a drag) as the checklist's order."""
        entries = []
        for row in range(self.checklist_list.count()):
            index = self.checklist_list.item(row).data(ITEM_ID_ROLE)
            if isinstance(index, int) and 0 <= index < len(self.checklist):
                entries.append(self.checklist[index])
        if len(entries) == len(self.checklist):
            self.checklist = entries
            self._fill_checklist()

    def _update_kind_actions(self) -> None:
        self.remove_kind_action.setEnabled(self.kind_combo.currentData() not in BUILTIN_KINDS)

    @Slot(bool)
    def on_all_day_check_toggled(self, checked: bool) -> None:
        if self._filling:
            return
        minutes = self.duration_spin.value() * (1 if checked else 1440)
        self._set_duration(minutes if not checked else 1440, checked)
        self._update_when()

    @Slot(bool)
    def on_no_date_check_toggled(self, _checked: bool) -> None:
        self._update_when()

    @Slot(object)
    def on_person_picker_party_chosen(self, party: PartyInfo | None) -> None:
        if party is not None and party.company_id is not None and self.company_picker.chosen() is None:
            self.company_picker.set_party(self.pipeline.get_party("company", party.company_id))
        self._fill_deals(self.deal_combo.currentData(), self.deal_combo.currentText())

    @Slot(object)
    def on_company_picker_party_chosen(self, _party: PartyInfo | None) -> None:
        self._fill_deals(self.deal_combo.currentData(), self.deal_combo.currentText())

    @Slot()
    def on_add_kind_triggered(self) -> None:
        dialog = QInputDialog(self)
        dialog.setObjectName("taskKindNameDialog")
        dialog.setWindowTitle(self.tr("New kind of task"))
        dialog.setLabelText(self.tr("Name of the kind (for example: Visit):"))
        if not run_modal(dialog):
            return
        name = dialog.textValue().strip()
        try:
            self.kinds = self.service.add_kind(name)
        except CrmError as exc:
            self.warn(str(exc))
            return
        self._fill_kinds(name)
        self._update_kind_actions()

    @Slot()
    def on_remove_kind_triggered(self) -> None:
        kind = str(self.kind_combo.currentData())
        try:
            self.kinds = self.service.remove_kind(kind)
        except CrmError as exc:
            self.warn(str(exc))
            return
        self._fill_kinds(kind)   # this task keeps its kind until another is chosen
        self._update_kind_actions()

    @Slot()
    def on_add_item_button_clicked(self) -> None:
        text = self.new_item_edit.text().strip()
        if not text:
            return
        self._sync_checklist_order()
        self.checklist.append(_ChecklistEntry(None, text[:300], False))
        self.new_item_edit.clear()
        self._fill_checklist()

    @Slot()
    def on_remove_item_button_clicked(self) -> None:
        self._sync_checklist_order()
        row = self.checklist_list.currentRow()
        if 0 <= row < len(self.checklist):
            del self.checklist[row]
            self._fill_checklist()

    @Slot(QListWidgetItem)
    def on_checklist_list_item_changed(self, item: QListWidgetItem) -> None:
        index = item.data(ITEM_ID_ROLE)
        if not isinstance(index, int) or not 0 <= index < len(self.checklist):
            return
        entry = self.checklist[index]
        entry.done = item.checkState() == Qt.CheckState.Checked
        text = item.text().strip()
        if text:
            entry.title = text[:300]
        self._update_progress()

    @Slot()
    def on_add_reminder_button_clicked(self) -> None:
        kind = self.reminder_kind.currentIndex()
        if kind == REMIND_ABSOLUTE:
            qdt = self.reminder_at.dateTime()
            d, t = qdt.date(), qdt.time()
            spec = ReminderSpec.absolute(local_to_utc(datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())))
        else:
            spec = ReminderSpec(self.reminder_amount.value() * _UNIT_MINUTES.get(kind, 0))
        if spec not in self.reminders():
            self._append_reminder(spec)

    @Slot()
    def on_remove_reminder_button_clicked(self) -> None:
        row = self.reminder_list.currentRow()
        if row >= 0:
            self.reminder_list.takeItem(row)


# Quick outcomes of a completed task: a click puts the words in the result.
QUICK_OUTCOMES = (QT_TRANSLATE_NOOP("CompleteTaskDialog", "Reached, agreed on the next step"),
                  QT_TRANSLATE_NOOP("CompleteTaskDialog", "No answer"),
                  QT_TRANSLATE_NOOP("CompleteTaskDialog", "Left a message"),
                  QT_TRANSLATE_NOOP("CompleteTaskDialog", "Done as planned"),
                  QT_TRANSLATE_NOOP("CompleteTaskDialog", "Postponed by the client"))


class CompleteTaskDialog(QDialog):
    """Asks the result of a task, completes it (logged on the timelines) and offers to plan the next task."""

    completed = Signal(object)  # the CompletionResult

    def __init__(self, ctx: AppContext, task_id: int, occurrence_start: datetime | None = None,
                 parent: QWidget | None = None, *, service: TaskService | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("completeTaskDialog")
        self.ctx = ctx
        self.service = service or TaskService(ctx.db, ctx.user_id)
        self.task_id = task_id
        self.occurrence_start = occurrence_start
        self.completion: CompletionResult | None = None
        self.next_task_id: int | None = None
        detail = self.service.get(task_id)
        self.detail = detail
        self.setWindowTitle(self.tr("Complete: %1").replace("%1", detail.input.title))
        when = occurrence_start or detail.next_due_at
        heading = QLabel(self.tr("<b>%1</b> — %2").replace("%1", kind_label(detail.input.kind))
                         .replace("%2", detail.input.title.replace("<", "&lt;")), self)
        heading.setWordWrap(True)
        due_label = QLabel(format_due(when, detail.input.all_day, self.locale()), self)
        due_label.setObjectName("completeTaskDue")
        self.result_edit = QPlainTextEdit(self)
        self.result_edit.setObjectName("completeTaskResult")
        self.result_edit.setPlaceholderText(self.tr("What came of it?"))
        self.result_edit.setTabChangesFocus(True)
        outcomes = QWidget(self)
        outcome_row = QHBoxLayout(outcomes)
        outcome_row.setContentsMargins(0, 0, 0, 0)
        self.outcome_buttons: list[QPushButton] = []
        for index, text in enumerate(QUICK_OUTCOMES):
            button = side_button(outcomes, QCoreApplication.translate("CompleteTaskDialog", str(text)),
                                 f"completeTaskOutcome{index}")
            button.clicked.connect(partial(self.add_outcome, button.text()))
            outcome_row.addWidget(button)
            self.outcome_buttons.append(button)
        outcome_row.addStretch(1)
        self.plan_next = QCheckBox(self.tr("&Plan the next task"), self)
        self.plan_next.setObjectName("completeTaskPlanNext")
        # A series goes on by itself; a single task usually wants a follow-up.
        self.plan_next.setChecked(not detail.is_series)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.done_button = buttons.addButton(self.tr("&Done"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.done_button.setObjectName("completeTaskDone")
        self.done_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(due_label)
        result_label = QLabel(self.tr("&Result:"), self)
        result_label.setBuddy(self.result_edit)
        layout.addWidget(result_label)
        layout.addWidget(self.result_edit, 1)
        layout.addWidget(outcomes)
        layout.addWidget(self.plan_next)
        layout.addWidget(buttons)
        self.resize(620, 340)
        self.result_edit.setFocus()

    def add_outcome(self, text: str, _checked: bool = False) -> None:
        current = self.result_edit.toPlainText().strip()
        self.result_edit.setPlainText(f"{current}\n{text}" if current else text)
        self.result_edit.setFocus()

    def accept(self) -> None:
        if self.complete():
            super().accept()

    def complete(self, next_task: TaskInput | None = None) -> bool:
        """Complete the task; a refusal because the deal needs a next task asks for it, then tries again."""
        result_text = self.result_edit.toPlainText().strip()
        try:
            self.completion = self.service.complete(self.task_id, result_text, self.occurrence_start, next_task)
        except NextTaskRequiredError as exc:
            planned = self.ask_next_task(str(exc))
            return planned is not None and self.complete(planned)
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Complete task"), str(exc))
            return False
        self.next_task_id = self.completion.next_task_id
        self.ctx.bridge.post_data_changed("tasks")
        self.completed.emit(self.completion)
        if self.completion.suggestion is not None and self.plan_next.isChecked():
            self.plan_suggested(self.completion.suggestion.to_input())
        return True

    def ask_next_task(self, reason: str) -> TaskInput | None:
        """The next task typed in the task editor, saved together with the completion."""
        suggestion = TaskInput(title=self.tr("Follow up: %1").replace("%1", self.detail.input.title),
                               kind=TaskKind.CALL.value, due_at=local_to_utc(datetime.combine(
                                   datetime.now().date() + timedelta(days=1), time(10))),
                               person_id=self.detail.input.person_id, company_id=self.detail.input.company_id,
                               deal_id=self.detail.input.deal_id)
        dialog = TaskDialog(self.ctx, parent=self, initial=suggestion, save_on_accept=False, service=self.service)
        dialog.status_label.setText(reason)
        if not run_modal(dialog):
            return None
        return dialog.collected

    def plan_suggested(self, suggestion: TaskInput) -> None:
        """Open the task editor prefilled with the suggested follow-up; the user saves or cancels it."""
        dialog = TaskDialog(self.ctx, parent=self.parentWidget() or self, initial=suggestion, service=self.service)
        dialog.setWindowTitle(self.tr("Plan the next task"))
        if run_modal(dialog):
            self.next_task_id = dialog.saved_id
