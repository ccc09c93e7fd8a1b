"""Tasks: create, edit with a version check, the Trash, completion on the timelines, checklists, user-defined kinds,
the task lists, and the calendar with recurring series. Qt-free; every public method is one user action.

Recurring series (see services/recurrence.py for the rule text):

- The series is one row whose `recurrence_rule` holds its anchor and rule. Its `due_at` is the series' *current*
  occurrence (the first one without a row of its own, from where the series has got to), so the task lists stay
  plain SQL over due_at; when no occurrence is left the series row is done.
- An occurrence changed alone (moved, resized, edited, completed) becomes its own row with `series_id` and
  `occurrence_start` (the start it had in the series).
- A deleted occurrence is such a row in the Trash (deleted_at set), not an EXDATE in the rule: it can be restored,
  two computers deleting different occurrences never overwrite each other's rule text, and an export writes those
  rows as EXDATE lines.
- A series created in the app starts at its first occurrence; an imported one at its first occurrence still to
  come (its past is history, not overdue work).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, fields, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import Table, and_, exists, func, literal_column, or_, select, update
from sqlalchemy.orm import Session, aliased

from crm_desktop.db.database import Database
from crm_desktop.errors import ConflictError, NotFoundError, ValidationError
from crm_desktop.models import (
    Activity,
    ActivityKind,
    AppSetting,
    ChangeAction,
    ChangeLog,
    Company,
    ContactStatus,
    Deal,
    DealStatus,
    Person,
    Task,
    TaskKind,
    User,
    utcnow,
)
from crm_desktop.services import reminders
from crm_desktop.services.custom_fields import log_text
from crm_desktop.services.pipeline import NEXT_TASK_MANDATORY, NextTaskRequiredError
from crm_desktop.services.recurrence import (
    Recurrence,
    Series,
    local_midnight,
    local_zone,
    parse_series,
    to_local,
    to_utc,
    zone_key,
)
from crm_desktop.services.reminders import ReminderInfo, ReminderSpec

BUILTIN_KINDS = tuple(k.value for k in TaskKind)
KINDS_SETTING = "tasks.kinds"          # AppSetting: the user-defined kinds, a JSON list of names
PRIORITIES = (0, 1, 2)                 # low, normal, high
SCOPES = ("one", "series")
MAX_DURATION_MIN = 62 * 24 * 60        # a task (an all-day one: days x 1440) lasts at most 62 days
# Kinds that are contact with the client: their completion is logged as such and moves "last contacted" on.
_CONTACT_KINDS = {TaskKind.CALL.value: ActivityKind.CALL, TaskKind.MEETING.value: ActivityKind.MEETING,
                  TaskKind.EMAIL.value: ActivityKind.EMAIL}
_ACTIVE_STATUSES = (ContactStatus.LEAD.value, ContactStatus.PROSPECT.value, ContactStatus.CLIENT.value)
_MAX_CALENDAR_DAYS = 400               # birthdays are listed for ranges up to this long
_CHUNK = 500


@dataclass(frozen=True)
class TaskInput:
    """What the task editor holds; times are naive UTC (an aware time is converted)."""

    title: str = ""
    kind: str = TaskKind.TODO.value
    notes: str | None = None
    due_at: datetime | None = None      # a series: its first occurrence; all-day: any time of the (local) day
    all_day: bool = False
    duration_min: int = 30              # all-day: 1440 per day
    priority: int = 1                   # 0 low, 1 normal, 2 high
    owner_id: int | None = None         # None on create: the current user
    company_id: int | None = None       # a person's or deal's company is filled in when left empty
    person_id: int | None = None
    deal_id: int | None = None
    parent_id: int | None = None        # a checklist item of that task
    recurrence: Recurrence | None = None
    reminders: tuple[ReminderSpec, ...] | None = None   # None: keep the reminders as they are (create: none)


@dataclass(frozen=True)
class TaskSaveResult:
    id: int
    version: int
    previous: TaskInput | None          # the values before an update (undo saves them back)


@dataclass(frozen=True)
class ChecklistItem:
    id: int
    title: str
    done: bool
    position: int


@dataclass(frozen=True)
class Checklist:
    """The subtasks of a task with its progress."""

    items: tuple[ChecklistItem, ...]

    @property
    def done(self) -> int:
        return sum(1 for i in self.items if i.done)

    @property
    def total(self) -> int:
        return len(self.items)


@dataclass(frozen=True)
class TaskDetail:
    """What the task editor shows; `input` saved back unchanged changes nothing."""

    id: int
    uuid: str
    version: int
    input: TaskInput                    # reminders and recurrence filled in
    next_due_at: datetime | None        # a series: its current occurrence; else the due time
    done_at: datetime | None
    result: str | None
    deleted_at: datetime | None
    created_at: datetime
    updated_at: datetime
    series_id: int | None               # an occurrence changed alone: its series
    occurrence_start: datetime | None   # ... and the start it had there
    rule_text: str | None               # the stored DTSTART + RRULE of a series
    owner_name: str
    company_name: str
    person_name: str
    deal_title: str
    checklist: Checklist
    reminders: tuple[ReminderInfo, ...]

    @property
    def is_series(self) -> bool:
        return self.rule_text is not None


@dataclass(frozen=True)
class TaskRow:
    """A line of a task list."""

    id: int
    kind: str
    title: str
    due_at: datetime | None             # a series: its current occurrence
    all_day: bool
    duration_min: int
    priority: int
    done_at: datetime | None
    owner_id: int | None
    owner_name: str
    company_id: int | None
    company_name: str
    person_id: int | None
    person_name: str
    deal_id: int | None
    deal_title: str
    is_series: bool
    series_id: int | None
    checklist_done: int
    checklist_total: int


@dataclass(frozen=True)
class CalendarItem:
    """One thing on the calendar: a task, an occurrence of a series, a birthday or a company anniversary."""

    key: str                            # stable across reloads: "t12", "o7@2025-03-17T08:00:00", "b3@2025-05-01"
    source: str                         # task | occurrence | birthday | anniversary
    title: str
    start: datetime                     # naive UTC
    end: datetime
    all_day: bool
    task_id: int | None                 # for an occurrence: the series' id
    task_kind: str | None
    occurrence_start: datetime | None   # pass to move/resize/complete/delete for one occurrence
    series_id: int | None               # the series an occurrence or an occurrence changed alone belongs to
    done: bool
    priority: int
    owner_id: int | None
    person_id: int | None
    company_id: int | None
    deal_id: int | None
    years: int | None = None            # birthday: the age reached; anniversary: years since founding

    @property
    def recurring(self) -> bool:
        return self.series_id is not None

    @property
    def movable(self) -> bool:
        return self.source in ("task", "occurrence") and not self.done


@dataclass(frozen=True)
class NextTaskSuggestion:
    """What the "plan the next task" prompt proposes after a completion."""

    kind: str
    title: str
    due_at: datetime
    all_day: bool
    person_id: int | None
    company_id: int | None
    deal_id: int | None

    def to_input(self) -> TaskInput:
        return TaskInput(title=self.title, kind=self.kind, due_at=self.due_at, all_day=self.all_day,
                         person_id=self.person_id, company_id=self.company_id, deal_id=self.deal_id)


@dataclass(frozen=True)
class CompletionResult:
    task_id: int                        # the row marked done (for a series: the occurrence's own row)
    activity_id: int
    next_task_id: int | None            # the task planned with the completion, if any
    next_occurrence: datetime | None    # a series: its next current occurrence (None: the series is over)
    suggestion: NextTaskSuggestion | None   # None for a series that goes on or when a next task was planned


@dataclass(frozen=True)
class WithoutNextTask:
    """An open deal or an active person or company with nothing planned from now on."""

    kind: str                           # deal | person | company
    id: int
    name: str
    owner_id: int | None
    owner_name: str
    status: str


@dataclass(frozen=True)
class TrashedTask:
    id: int
    kind: str
    title: str
    due_at: datetime | None
    deleted_at: datetime
    series_id: int | None               # a deleted occurrence of that series (restore brings it back)


class TaskEditConflict(ConflictError):
    """A save refused because the task changed since it was opened; carries both values of what differs."""

    def __init__(self, message: str, theirs: TaskDetail, fields: tuple[tuple[str, object, object], ...]) -> None:
        super().__init__(message)
        self.theirs = theirs
        self.fields = fields     # (field, their value, your value) of every field that differs


_COPIED = ("kind", "title", "notes", "all_day", "duration_min", "priority", "owner_id", "company_id", "person_id",
           "deal_id")


class TaskService:
    """Use cases of tasks, the task lists and the calendar."""

    def __init__(self, db: Database, user_id: int | None = None, clock: Callable[[], datetime] | None = None,
                 tz: tzinfo | None = None) -> None:
        self.db = db
        self.user_id = user_id
        self._clock = clock or utcnow
        self.tz = tz or local_zone()

    # ---- kinds -------------------------------------------------------------------------------------------------

    def kinds(self) -> list[str]:
        """The built-in kinds, then the user-defined ones in the order they were added."""
        with self.db.session(write=False) as s:
            return list(BUILTIN_KINDS) + _custom_kinds(s)

    def add_kind(self, name: str) -> list[str]:
        name = _required(name, "Name the kind of task.", 40)
        with self.db.session() as s:
            custom = _custom_kinds(s)
            if name.casefold() in {k.casefold() for k in (*BUILTIN_KINDS, *custom)}:
                raise ValidationError(f"The kind '{name}' exists already.")
            _save_setting(s, KINDS_SETTING, [*custom, name])
            return list(BUILTIN_KINDS) + [*custom, name]

    def remove_kind(self, name: str) -> list[str]:
        """Forget a user-defined kind; tasks of that kind keep it."""
        if name in BUILTIN_KINDS:
            raise ValidationError(f"'{name}' is a built-in kind and cannot be removed.")
        with self.db.session() as s:
            custom = [k for k in _custom_kinds(s) if k != name]
            _save_setting(s, KINDS_SETTING, custom)
            return list(BUILTIN_KINDS) + custom

    # ---- records -----------------------------------------------------------------------------------------------

    def create(self, data: TaskInput) -> TaskSaveResult:
        with self.db.session() as s:
            task = self.create_in(s, data)
            result = TaskSaveResult(task.id, task.version, None)
        reminders.notify_changed()
        return result

    def create_in(self, s: Session, data: TaskInput, *, uuid: str | None = None, series: Series | None = None,
                  current_from: datetime | None = None) -> Task:
        """create() inside the caller's transaction. An import passes the series as read from its file and
        `current_from`: the series' current occurrence is the first one from then on."""
        now = self._clock()
        values, series = self._clean(s, data, None, series)
        task = Task(**values, created_at=now, updated_at=now)
        if uuid is not None:
            task.uuid = uuid
        if values["owner_id"] is None:
            task.owner_id = self.user_id
        if values["parent_id"] is not None:
            task.position = _next_position(s, values["parent_id"])
        s.add(task)
        s.flush()
        if series is not None:
            self._advance(s, task, series, current_from or series.first_utc(self.tz))
        reminders.set_reminders_in(s, task, data.reminders or (), now, self.tz)
        self._log(s, task, ChangeAction.INSERT, "title", None, task.title)
        return task

    def get(self, task_id: int) -> TaskDetail:
        with self.db.session(write=False) as s:
            return self._detail(s, _row(s, task_id))

    def get_occurrence(self, series_id: int, occurrence_start: datetime) -> TaskDetail:
        """What the editor shows for one occurrence of a series that has no row of its own: the series' values at
        that occurrence's time, without repetition. Save it with update(series_id, ..., occurrence_start=...)."""
        occurrence = _naive(occurrence_start)
        with self.db.session(write=False) as s:
            detail = self._detail(s, _live(s, series_id))
        input_ = replace(detail.input, due_at=occurrence, recurrence=None)
        return replace(detail, input=input_, next_due_at=occurrence, occurrence_start=occurrence,
                       series_id=series_id, rule_text=None)

    def update(self, task_id: int, data: TaskInput, expected_version: int,
               occurrence_start: datetime | None = None) -> TaskSaveResult:
        """Save the whole input. With `occurrence_start` on a series only that occurrence changes (it becomes a
        task of its own, whose id is returned; `recurrence` is ignored then; get_occurrence() gives its input).
        A stale `expected_version` raises TaskEditConflict."""
        with self.db.session() as s:
            task = _live(s, task_id)
            if task.version != expected_version:
                theirs = self._detail(s, task)
                raise TaskEditConflict(
                    f"The task '{theirs.input.title}' was changed by someone else after you opened it. Compare "
                    "both values of each field, then save your version again or keep theirs.",
                    theirs, _differences(theirs.input, data))
            previous = self._input(s, task)
            if occurrence_start is not None and task.recurrence_rule:
                # One occurrence does not repeat by itself: the series' recurrence in the input is ignored.
                values, _ = self._clean(s, replace(data, recurrence=None), task, None)
                row = self.detach_in(s, task, _naive(occurrence_start),
                                   {k: values[k] for k in (*_COPIED, "due_at")})
                if data.reminders is not None:
                    reminders.set_reminders_in(s, row, data.reminders, self._clock(), self.tz)
                result = TaskSaveResult(row.id, row.version, previous)
            else:
                self.update_in(s, task, data)
                result = TaskSaveResult(task.id, task.version, previous)
        reminders.notify_changed()
        return result

    def update_in(self, s: Session, task: Task, data: TaskInput, *, series: Series | None = None,
                  current_from: datetime | None = None) -> None:
        """Write `data` over a live task inside the caller's transaction (no version check: update() does it)."""
        now = self._clock()
        old_series = parse_series(task.recurrence_rule)
        if task.series_id is not None and data.recurrence is not None:
            raise ValidationError("One occurrence of a series cannot repeat by itself; change the series.")
        if series is None and old_series is not None and data.recurrence is not None:
            if data.recurrence == old_series.recurrence() and _same_anchor(old_series, data, self.tz):
                series = old_series   # unchanged: keep the stored text as it is (an imported UNTIL stays exact)
            elif old_series.zone is not None and not data.all_day:
                series = Series.make(_naive(data.due_at) if data.due_at else old_series.first_utc(self.tz),
                                     data.recurrence, old_series.zone, False)
        values, series = self._clean(s, data, task, series)
        if old_series is not None and series is None and data.due_at is not None and _same_anchor(
                old_series, data, self.tz):
            values["due_at"] = task.due_at   # "stop repeating": the task stays at the series' current occurrence
        changed = False
        for name, value in values.items():
            if name == "due_at" and series is not None:
                continue   # the series' current occurrence is set by _advance below
            if getattr(task, name) != value:
                self._log(s, task, ChangeAction.UPDATE, name, getattr(task, name), value)
                setattr(task, name, value)
                changed = True
        if changed:
            task.updated_at = now
        s.flush()
        if series is not None:
            anchor_moved = old_series is None or (old_series.start, old_series.zone) != (series.start, series.zone)
            base = current_from or (series.first_utc(self.tz) if anchor_moved or task.due_at is None
                                    else task.due_at)
            self._advance(s, task, series, base)
        if data.reminders is not None:
            reminders.set_reminders_in(s, task, data.reminders, now, self.tz)
        else:
            reminders.sync_reminders_in(s, task, now, self.tz)

    def delete(self, task_id: int, occurrence_start: datetime | None = None, scope: str = "one") -> int:
        """Move to the Trash: a task with its checklist; one occurrence of a series (`occurrence_start`, or the
        task of an occurrence changed alone); or with scope="series" the whole series. Returns the rows moved."""
        _check_scope(scope)
        now = self._clock()
        with self.db.session() as s:
            task = _live(s, task_id)
            if scope == "series" and task.series_id is not None:
                task = _live(s, task.series_id)
            if task.recurrence_rule and scope == "one" and occurrence_start is not None:
                self.detach_in(s, task, _naive(occurrence_start), {"deleted_at": now})
                count = 1
            else:
                count = 0
                family = [task, *s.scalars(select(Task).where(or_(Task.parent_id == task.id,
                                                                  Task.series_id == task.id),
                                                              Task.deleted_at.is_(None)))]
                for row in family:
                    row.deleted_at = now
                    count += 1
                self._log(s, task, ChangeAction.DELETE, None, task.title, None)
                if task.series_id is not None:
                    series_row = s.get(Task, task.series_id)
                    if series_row is not None:
                        reminders.sync_reminders_in(s, series_row, now, self.tz)
        reminders.notify_changed()
        return count

    def restore(self, task_id: int) -> int:
        """Back from the Trash with what was deleted along with it; returns the rows restored."""
        with self.db.session() as s:
            task = _row(s, task_id)
            if task.deleted_at is None:
                return 0
            for parent_id in (task.series_id, task.parent_id):
                parent = s.get(Task, parent_id) if parent_id is not None else None
                if parent is not None and parent.deleted_at is not None:
                    raise ValidationError(f"'{task.title}' belongs to '{parent.title}', which is in the Trash; "
                                          "restore that first.")
            when = task.deleted_at
            family = [task, *s.scalars(select(Task).where(or_(Task.parent_id == task.id, Task.series_id == task.id),
                                                          Task.deleted_at == when))]
            for row in family:
                row.deleted_at = None
            self._log(s, task, ChangeAction.RESTORE, None, None, task.title)
            s.flush()
            now = self._clock()
            for row in family:
                reminders.sync_reminders_in(s, row, now, self.tz)
            if task.series_id is not None:
                series_row = s.get(Task, task.series_id)
                if series_row is not None:
                    reminders.sync_reminders_in(s, series_row, now, self.tz)
            count = len(family)
        reminders.notify_changed()
        return count

    def trash(self) -> list[TrashedTask]:
        """Deleted tasks and occurrences, the latest first; what went along with a deleted task is not listed."""
        parent = aliased(Task)
        with self.db.session(write=False) as s:
            along = exists().where(parent.id == func.coalesce(Task.series_id, Task.parent_id),
                                   parent.deleted_at == Task.deleted_at)
            rows = s.execute(select(Task.id, Task.kind, Task.title, Task.due_at, Task.deleted_at, Task.series_id)
                             .where(Task.deleted_at.is_not(None), ~along)
                             .order_by(Task.deleted_at.desc(), Task.id.desc())).all()
            return [TrashedTask(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows if r[4] is not None]

    # ---- completion --------------------------------------------------------------------------------------------

    def complete(self, task_id: int, result: str, occurrence_start: datetime | None = None,
                 next_task: TaskInput | None = None) -> CompletionResult:
        """Mark done with its result, log it on the person's, company's and deal's timelines (a call as a call, a
        meeting as a meeting, an e-mail as an e-mail, anything else as a completed task) and plan `next_task` in
        the same transaction. A series completes its current occurrence (or `occurrence_start`) and goes on.

        Refused (NextTaskRequiredError) when the funnel's next-task rule is on and the task's open deal would be
        left without a planned task.
        """
        result_text = (result or "").strip() or None
        now = self._clock()
        with self.db.session() as s:
            task = _live(s, task_id)
            if task.parent_id is not None:
                raise ValidationError("A checklist item is ticked off, not completed with a result.")
            next_occurrence: datetime | None = None
            if task.recurrence_rule:
                if task.done_at is not None:
                    raise ValidationError(f"Every occurrence of '{task.title}' is done already.")
                occurrence = _naive(occurrence_start) if occurrence_start is not None else task.due_at
                assert occurrence is not None   # a live series always has a current occurrence
                # Acknowledged by this user before the occurrence gets its row (which retires what is left).
                reminders.acknowledge_task_reminders_in(s, task.id, now, self.user_id, occurrence)
                done = self.detach_in(s, task, occurrence, {"done_at": now, "result": result_text})
                next_occurrence = task.due_at if task.done_at is None else None
            else:
                if task.done_at is not None:
                    raise ValidationError(f"The task '{task.title}' is done already.")
                task.done_at = now
                task.result = result_text
                done = task
                reminders.acknowledge_task_reminders_in(s, task.id, now, self.user_id)
            kind = _CONTACT_KINDS.get(done.kind, ActivityKind.TASK_DONE)
            activity = Activity(kind=kind.value, occurred_at=now, user_id=self.user_id, deal_id=done.deal_id,
                                company_id=done.company_id, person_id=done.person_id, task_id=done.id,
                                subject=done.title, body=result_text, duration_min=done.duration_min
                                if kind is not ActivityKind.TASK_DONE and not done.all_day else None,
                                data={"task_kind": done.kind})
            s.add(activity)
            if kind is not ActivityKind.TASK_DONE:
                # Contact with the client: "not contacted for N days" reads last_activity_at.
                for model, record_id in ((Company, done.company_id), (Person, done.person_id)):
                    table = cast(Table, model.__table__)
                    if record_id is not None:
                        # A plain UPDATE: the version must not move, or a card open beside would conflict on save.
                        s.execute(update(table).where(table.c.id == record_id,
                                                      or_(table.c.last_activity_at.is_(None),
                                                          table.c.last_activity_at < now))
                                  .values(last_activity_at=now))
            next_id = self.create_in(s, next_task).id if next_task is not None else None
            s.flush()
            self._check_next_task_rule(s, done)
            self._log(s, done, ChangeAction.UPDATE, "done_at", None, now)
            suggestion = None
            if next_task is None and not (task.recurrence_rule and next_occurrence is not None):
                suggestion = self._suggest(done, now)
            outcome = CompletionResult(done.id, activity.id, next_id, next_occurrence, suggestion)
        reminders.notify_changed()
        return outcome

    def _check_next_task_rule(self, s: Session, task: Task) -> None:
        if task.deal_id is None:
            return
        setting = s.get(AppSetting, NEXT_TASK_MANDATORY)
        if setting is None or setting.value is not True:
            return
        deal = s.get(Deal, task.deal_id)
        if deal is None or deal.status != DealStatus.OPEN.value or deal.deleted_at is not None:
            return
        if s.scalar(select(Task.id).where(Task.deal_id == deal.id, Task.done_at.is_(None),
                                          Task.deleted_at.is_(None), Task.parent_id.is_(None)).limit(1)) is None:
            raise NextTaskRequiredError(
                f"'{task.title}' is the last planned task of the deal '{deal.title}'. Plan the next task with it, "
                "or turn off the mandatory next task in the settings.")

    def _suggest(self, task: Task, now: datetime) -> NextTaskSuggestion:
        """A follow-up on the next working day at 10:00 local time, of the same kind for calls and e-mails."""
        day = to_local(now, self.tz).date() + timedelta(days=1)
        while day.weekday() >= 5:
            day += timedelta(days=1)
        kind = task.kind if task.kind in (TaskKind.CALL.value, TaskKind.EMAIL.value) else TaskKind.CALL.value
        title = f"Follow up: {task.title}"[:300]
        return NextTaskSuggestion(kind, title, to_utc(datetime.combine(day, time(10)), self.tz), False,
                                  task.person_id, task.company_id, task.deal_id)

    # ---- checklist ---------------------------------------------------------------------------------------------

    def add_subtask(self, parent_id: int, title: str) -> int:
        """A checklist item at the end of the task's checklist; returns its id."""
        title = _required(title, "The checklist item needs a text.", 300)
        with self.db.session() as s:
            parent = _live(s, parent_id)
            if parent.parent_id is not None:
                raise ValidationError("A checklist item cannot have a checklist of its own.")
            now = self._clock()
            item = Task(kind=TaskKind.TODO.value, title=title, parent_id=parent.id, owner_id=parent.owner_id,
                        position=_next_position(s, parent.id), created_at=now, updated_at=now)
            s.add(item)
            s.flush()
            return item.id

    def set_subtask_done(self, subtask_id: int, done: bool = True) -> Checklist:
        with self.db.session() as s:
            item = _live(s, subtask_id)
            if item.parent_id is None:
                raise ValidationError("Only checklist items are ticked off; complete a task with its result.")
            item.done_at = (item.done_at or self._clock()) if done else None
            s.flush()
            return _checklist(s, item.parent_id)

    def rename_subtask(self, subtask_id: int, title: str) -> None:
        title = _required(title, "The checklist item needs a text.", 300)
        with self.db.session() as s:
            _live(s, subtask_id).title = title

    def remove_subtask(self, subtask_id: int) -> Checklist:
        with self.db.session() as s:
            item = _live(s, subtask_id)
            parent_id = item.parent_id
            if parent_id is None:
                raise ValidationError("Only checklist items are removed this way; delete a task instead.")
            s.delete(item)
            s.flush()
            return _checklist(s, parent_id)

    def reorder_subtasks(self, parent_id: int, subtask_ids: Sequence[int]) -> Checklist:
        with self.db.session() as s:
            items = {t.id: t for t in s.scalars(select(Task).where(Task.parent_id == parent_id,
                                                                    Task.deleted_at.is_(None)))}
            if set(subtask_ids) != set(items):
                raise ConflictError("The checklist changed meanwhile; reopen the task and order it again.")
            for position, item_id in enumerate(subtask_ids):
                if items[item_id].position != position:
                    items[item_id].position = position
            s.flush()
            return _checklist(s, parent_id)

    def checklist(self, parent_id: int) -> Checklist:
        with self.db.session(write=False) as s:
            return _checklist(s, parent_id)

    # ---- lists ---------------------------------------------------------------------------------------------------

    def today(self, owner_id: int | None = None) -> list[TaskRow]:
        """Open tasks due today (local), all-day ones first, then by time."""
        start, end = self._day_bounds(0)
        return self._list([Task.due_at >= start, Task.due_at < end], owner_id)

    def overdue(self, owner_id: int | None = None) -> list[TaskRow]:
        """Open tasks whose time has passed (an all-day task once its day is over), the oldest first."""
        now = self._clock()
        start, _ = self._day_bounds(0)
        late = or_(and_(Task.all_day.is_(False), Task.due_at < now), and_(Task.all_day.is_(True),
                                                                         Task.due_at < start))
        return self._list([late], owner_id)

    def upcoming(self, days: int = 7, owner_id: int | None = None) -> list[TaskRow]:
        """Open tasks due after today, within `days` days."""
        if days < 1:
            raise ValidationError("Look ahead at least one day.")
        _, start = self._day_bounds(0)
        _, end = self._day_bounds(days)
        return self._list([Task.due_at >= start, Task.due_at < end], owner_id)

    def by_owner(self, owner_id: int | None, include_done: bool = False, limit: int = 1000) -> list[TaskRow]:
        """An owner's tasks (None: tasks without owner), open ones by due time, undated last."""
        owner = Task.owner_id.is_(None) if owner_id is None else Task.owner_id == owner_id
        return self._list([owner], None, include_done=include_done, limit=limit)

    def without_next_task(self, owner_id: int | None = None, limit: int = 500) -> list[WithoutNextTask]:
        """Open deals, then active people and companies (lead, prospect, client) with no open task from now on
        (undated tasks and repeating series count as planned); each kind up to `limit`, by name."""
        now = self._clock()
        planned = and_(Task.done_at.is_(None), Task.deleted_at.is_(None), Task.parent_id.is_(None),
                       or_(Task.due_at.is_(None), Task.due_at >= now, Task.recurrence_rule.is_not(None)))
        found: list[WithoutNextTask] = []
        with self.db.session(write=False) as s:
            owner_names = _owner_names(s)
            queries: list[tuple[str, Any, Any]] = [
                ("deal", select(Deal.id, Deal.title.label("name"), Deal.owner_id, Deal.status)
                 .where(Deal.status == DealStatus.OPEN.value, Deal.deleted_at.is_(None),
                        ~exists().where(Task.deal_id == Deal.id, planned)), Deal),
                ("person", select(Person.id, func.trim(func.coalesce(Person.first_name, "") + " "
                                                       + func.coalesce(Person.last_name, "")).label("name"),
                                  Person.owner_id, Person.status)
                 .where(Person.deleted_at.is_(None), Person.merged_into_id.is_(None),
                        Person.status.in_(_ACTIVE_STATUSES), ~exists().where(Task.person_id == Person.id, planned)),
                 Person),
                ("company", select(Company.id, Company.name.label("name"), Company.owner_id, Company.status)
                 .where(Company.deleted_at.is_(None), Company.merged_into_id.is_(None),
                        Company.status.in_(_ACTIVE_STATUSES), ~exists().where(Task.company_id == Company.id, planned)),
                 Company),
            ]
            for kind, stmt, model in queries:
                if owner_id is not None:
                    stmt = stmt.where(model.owner_id == owner_id)
                for r in s.execute(stmt.order_by(literal_column("name"), model.id).limit(limit)):
                    found.append(WithoutNextTask(kind, r[0], r[1] or "?", r[2], owner_names.get(r[2], ""), r[3]))
        return found

    # ---- calendar ------------------------------------------------------------------------------------------------

    def items(self, start_utc: datetime, end_utc: datetime, owner_id: int | None = None, tz: tzinfo | None = None,
              include_done: bool = True, include_dates: bool = True) -> list[CalendarItem]:
        """Everything on the calendar between two naive UTC times: tasks, the occurrences of series (expanded in
        the series' own zone), and, with `include_dates`, birthdays and company anniversaries as all-day items
        on the local dates of `tz` (default: the service's zone). Sorted by start."""
        tz = tz or self.tz
        start_utc, end_utc = _naive(start_utc), _naive(end_utc)
        if end_utc <= start_utc:
            return []
        found: list[CalendarItem] = []
        with self.db.session(write=False) as s:
            found += self._task_items(s, start_utc, end_utc, owner_id, include_done, tz)
            found += self._occurrence_items(s, start_utc, end_utc, owner_id, tz)
            if include_dates:
                found += _date_items(s, start_utc, end_utc, owner_id, tz)
        found.sort(key=lambda i: (i.start, not i.all_day, i.title, i.key))
        return found

    def move(self, task_id: int, new_start: datetime, occurrence_start: datetime | None = None,
             scope: str = "one") -> int:
        """Reschedule a task, one occurrence of a series (it becomes a task of its own) or, with scope="series",
        the whole series by the same local shift (weekly weekdays move along). Returns the id of the row that
        holds the moved time."""
        _check_scope(scope)
        new_start = _naive(new_start)
        now = self._clock()
        with self.db.session() as s:
            task = _live(s, task_id)
            if scope == "series" and (task.recurrence_rule or task.series_id is not None):
                moved = self._shift_series(s, task, occurrence_start, new_start)
            elif task.recurrence_rule:
                occurrence = _naive(occurrence_start) if occurrence_start is not None else task.due_at
                assert occurrence is not None
                moved = self.detach_in(s, task, occurrence,
                                     {"due_at": _day_start(new_start, self.tz) if task.all_day else new_start})
            else:
                if task.done_at is not None:
                    raise ValidationError(f"'{task.title}' is done; a done task keeps its time.")
                value = _day_start(new_start, self.tz) if task.all_day else new_start
                if task.due_at != value:
                    self._log(s, task, ChangeAction.UPDATE, "due_at", task.due_at, value)
                    task.due_at = value
                    task.updated_at = now
                    s.flush()
                    reminders.sync_reminders_in(s, task, now, self.tz)
                moved = task
            result = moved.id
        reminders.notify_changed()
        return result

    def resize(self, task_id: int, duration_min: int, occurrence_start: datetime | None = None,
               scope: str = "one") -> int:
        """Change how long a task lasts (one occurrence, or with scope="series" the series); returns the row's id."""
        _check_scope(scope)
        duration = _duration(duration_min)
        now = self._clock()
        with self.db.session() as s:
            task = _live(s, task_id)
            if scope == "series" and task.series_id is not None:
                task = _live(s, task.series_id)
            if task.recurrence_rule and scope == "one":
                occurrence = _naive(occurrence_start) if occurrence_start is not None else task.due_at
                assert occurrence is not None
                row = self.detach_in(s, task, occurrence, {"duration_min": duration})
            else:
                if task.duration_min != duration:
                    self._log(s, task, ChangeAction.UPDATE, "duration_min", task.duration_min, duration)
                    task.duration_min = duration
                    task.updated_at = now
                row = task
            result = row.id
        reminders.notify_changed()
        return result

    def local_midnight(self, day: date) -> datetime:
        """Naive UTC of the start of a local day: the due time of an all-day task on that day."""
        return local_midnight(day, self.tz)

    # ---- helpers -------------------------------------------------------------------------------------------------

    def _clean(self, s: Session, data: TaskInput, current: Task | None,
               series: Series | None) -> tuple[dict[str, Any], Series | None]:
        """Column values of a checked input and the series it makes (None: no repetition)."""
        title = _required(data.title, "The task needs a title.", 300)
        kind = _required(data.kind, "Choose the kind of task.", 40)
        if kind not in BUILTIN_KINDS and kind not in _custom_kinds(s) and (current is None or kind != current.kind):
            raise ValidationError(f"'{kind}' is not a kind of task; add it to the kinds first.")
        if data.priority not in PRIORITIES:
            raise ValidationError("The priority is 0 (low), 1 (normal) or 2 (high).")
        duration = _duration(data.duration_min)
        due_at = _naive(data.due_at) if data.due_at is not None else None
        if due_at is not None and data.all_day:
            due_at = _day_start(due_at, self.tz)
        notes = (data.notes or "").strip() or None
        owner_id = data.owner_id
        if owner_id is not None and s.get(User, owner_id) is None:
            raise NotFoundError("The owner no longer exists.")
        person_id, company_id, deal_id = data.person_id, data.company_id, data.deal_id
        if deal_id is not None:
            deal = s.get(Deal, deal_id)
            if deal is None or deal.deleted_at is not None:
                raise NotFoundError("The deal no longer exists; it may have been deleted.")
            person_id = person_id if person_id is not None else deal.person_id
            company_id = company_id if company_id is not None else deal.company_id
        if person_id is not None:
            person = s.get(Person, person_id)
            if person is None or person.deleted_at is not None:
                raise NotFoundError("The person no longer exists; they may have been deleted.")
            company_id = company_id if company_id is not None else person.company_id
        if company_id is not None:
            company = s.get(Company, company_id)
            if company is None or company.deleted_at is not None:
                raise NotFoundError("The company no longer exists; it may have been deleted.")
        parent_id = data.parent_id if current is None else current.parent_id
        if parent_id is not None:
            parent = s.get(Task, parent_id)
            if parent is None or parent.deleted_at is not None:
                raise NotFoundError("The task of this checklist no longer exists.")
            if parent.parent_id is not None:
                raise ValidationError("A checklist item cannot have a checklist of its own.")
        if series is None and data.recurrence is not None:
            if due_at is None:
                raise ValidationError("A repeating task needs the date (and time) of its first occurrence.")
            if parent_id is not None:
                raise ValidationError("A checklist item cannot repeat; make the task itself repeat.")
            series = Series.make(due_at, data.recurrence, _series_zone(self.tz), data.all_day)
        values: dict[str, Any] = {
            "kind": kind, "title": title, "notes": notes, "due_at": due_at, "all_day": bool(data.all_day),
            "duration_min": duration, "priority": data.priority, "owner_id": owner_id, "company_id": company_id,
            "person_id": person_id, "deal_id": deal_id, "parent_id": parent_id,
            "recurrence_rule": series.text() if series is not None else None,
        }
        if current is not None:
            del values["parent_id"]
        return values, series

    def _advance(self, s: Session, series_row: Task, series: Series, base: datetime) -> None:
        """Set the series' current occurrence: the first one from `base` on without a row of its own; none left
        makes the series done. Plain UPDATEs: this derived value must not bump the version an open editor holds."""
        handled = reminders.handled_occurrences(s, series_row.id)
        current = next((o for o in series.after(base, self.tz, inclusive=True) if o not in handled), None)
        if current is None:
            values: dict[str, Any] = {"done_at": series_row.done_at or self._clock()}
        else:
            values = {"due_at": current, "done_at": None}
        s.execute(update(Task).where(Task.id == series_row.id).values(**values)
                  .execution_options(synchronize_session=False))
        s.refresh(series_row, ["due_at", "done_at"])

    def detach_in(self, s: Session, series_row: Task, occurrence: datetime, changes: dict[str, Any]) -> Task:
        """The row of one occurrence of a series (made from the series when it has none yet) with `changes`,
        inside the caller's transaction; the series' current occurrence and reminders follow."""
        series = parse_series(series_row.recurrence_rule)
        assert series is not None
        now = self._clock()
        existing = s.scalar(select(Task).where(Task.series_id == series_row.id, Task.occurrence_start == occurrence))
        if existing is not None:
            if existing.deleted_at is not None:
                raise ValidationError("That occurrence of the series was deleted; restore it from the Trash first.")
            if existing.done_at is not None:
                raise ValidationError(f"That occurrence of '{series_row.title}' is done; a done task keeps its "
                                      "time and result.")
            row = existing
            for name, value in changes.items():
                setattr(row, name, value)
            row.updated_at = now
        else:
            if not series.contains(occurrence, self.tz):
                raise ValidationError(f"'{series_row.title}' has no occurrence at that time (any more); reload "
                                      "the calendar.")
            values = {name: getattr(series_row, name) for name in _COPIED}
            values.update(due_at=occurrence, series_id=series_row.id, occurrence_start=occurrence,
                          created_at=now, updated_at=now)
            values.update(changes)
            row = Task(**values)
            s.add(row)
        s.flush()
        if row.deleted_at is None and row.done_at is None and existing is None:
            # The occurrence keeps the series' reminders, now at its own time.
            offsets = sorted({r.offset_min for r in reminders.reminder_infos(s, series_row.id)
                              if r.offset_min is not None})
            if offsets and row.due_at is not None:
                reminders.set_reminders_in(s, row, [ReminderSpec(o) for o in offsets], now, self.tz)
        elif existing is not None:
            reminders.sync_reminders_in(s, row, now, self.tz)
        if series_row.due_at is not None:
            # From the current occurrence on: handling an earlier one never makes the series go back.
            self._advance(s, series_row, series, series_row.due_at)
        reminders.sync_reminders_in(s, series_row, now, self.tz)
        return row

    def _shift_series(self, s: Session, task: Task, occurrence_start: datetime | None, new_start: datetime) -> Task:
        """Move a whole series so that the dragged occurrence lands on `new_start` (local wall-clock shift)."""
        series_row = task if task.recurrence_rule else _live(s, task.series_id or 0)
        series = parse_series(series_row.recurrence_rule)
        if series is None:
            raise ValidationError(f"'{series_row.title}' no longer repeats; move it as a single task.")
        if occurrence_start is not None:
            reference = _naive(occurrence_start)
        elif task.series_id is not None and task.occurrence_start is not None:
            reference = task.occurrence_start
        else:
            reference = series_row.due_at or series.first_utc(self.tz)
        zone = series.zone or self.tz
        if series.all_day:
            delta = timedelta(days=(to_local(new_start, zone).date() - to_local(reference, zone).date()).days)
        else:
            delta = to_local(new_start, zone) - to_local(reference, zone)
        if not delta:
            return series_row
        shifted = series.shifted(delta)
        now = self._clock()
        for row in s.scalars(select(Task).where(Task.series_id == series_row.id,
                                                Task.occurrence_start.is_not(None))):
            assert row.occurrence_start is not None
            row.occurrence_start = to_utc(to_local(row.occurrence_start, zone) + delta, zone)
        old_current = series_row.due_at
        self._log(s, series_row, ChangeAction.UPDATE, "recurrence_rule", series_row.recurrence_rule, shifted.text())
        series_row.recurrence_rule = shifted.text()
        series_row.updated_at = now
        s.flush()
        base = to_utc(to_local(old_current, zone) + delta, zone) if old_current else shifted.first_utc(self.tz)
        self._advance(s, series_row, shifted, base)
        reminders.sync_reminders_in(s, series_row, now, self.tz)
        return series_row

    def _task_items(self, s: Session, start: datetime, end: datetime, owner_id: int | None, include_done: bool,
                    tz: tzinfo) -> Iterator[CalendarItem]:
        # Tasks that began up to the longest duration before the range may still reach into it.
        stmt = (select(Task.id, Task.kind, Task.title, Task.due_at, Task.all_day, Task.duration_min, Task.done_at,
                       Task.priority, Task.owner_id, Task.person_id, Task.company_id, Task.deal_id, Task.series_id,
                       Task.occurrence_start)
                .where(Task.recurrence_rule.is_(None), Task.parent_id.is_(None), Task.deleted_at.is_(None),
                       Task.due_at >= start - timedelta(minutes=MAX_DURATION_MIN), Task.due_at < end))
        if owner_id is not None:
            stmt = stmt.where(Task.owner_id == owner_id)
        if not include_done:
            stmt = stmt.where(Task.done_at.is_(None))
        for r in s.execute(stmt):
            begin, finish = _span(r.due_at, r.all_day, r.duration_min, tz)
            if finish > start or begin >= start:
                yield CalendarItem(f"t{r.id}", "task", r.title, begin, finish, bool(r.all_day), r.id, r.kind,
                                   r.occurrence_start, r.series_id, r.done_at is not None, r.priority, r.owner_id,
                                   r.person_id, r.company_id, r.deal_id)

    def _occurrence_items(self, s: Session, start: datetime, end: datetime, owner_id: int | None,
                          tz: tzinfo) -> Iterator[CalendarItem]:
        stmt = select(Task).where(Task.recurrence_rule.is_not(None), Task.parent_id.is_(None),
                                  Task.deleted_at.is_(None))
        if owner_id is not None:
            stmt = stmt.where(Task.owner_id == owner_id)
        series_rows = list(s.scalars(stmt))
        handled: dict[int, set[datetime]] = {t.id: set() for t in series_rows}
        for chunk in _chunks([t.id for t in series_rows]):
            for series_id, occurrence in s.execute(select(Task.series_id, Task.occurrence_start)
                                                   .where(Task.series_id.in_(chunk))):
                if series_id is not None and occurrence is not None:
                    handled[series_id].add(occurrence)
        for row in series_rows:
            series = parse_series(row.recurrence_rule)
            if series is None or series.first_utc(tz) >= end:
                continue
            reach = timedelta(days=math.ceil(row.duration_min / 1440)) if row.all_day else timedelta(
                minutes=row.duration_min)
            for occurrence in series.between(start - reach, end, tz):
                if occurrence in handled[row.id]:
                    continue
                begin, finish = _span(occurrence, row.all_day, row.duration_min, tz)
                if finish <= start and begin < start:
                    continue
                yield CalendarItem(f"o{row.id}@{occurrence.isoformat()}", "occurrence", row.title, begin, finish,
                                   bool(row.all_day), row.id, row.kind, occurrence, row.id, False, row.priority,
                                   row.owner_id, row.person_id, row.company_id, row.deal_id)

    def _list(self, conditions: Sequence[Any], owner_id: int | None, *, include_done: bool = False,
              limit: int = 1000) -> list[TaskRow]:
        sub = aliased(Task)
        done_count = (select(func.count()).where(sub.parent_id == Task.id, sub.deleted_at.is_(None),
                                                 sub.done_at.is_not(None)).scalar_subquery())
        total_count = (select(func.count()).where(sub.parent_id == Task.id, sub.deleted_at.is_(None))
                       .scalar_subquery())
        stmt = (select(Task.id, Task.kind, Task.title, Task.due_at, Task.all_day, Task.duration_min, Task.priority,
                       Task.done_at, Task.owner_id, User.full_name, User.login, Task.company_id, Company.name,
                       Task.person_id, Person.first_name, Person.last_name, Task.deal_id, Deal.title,
                       Task.recurrence_rule.is_not(None), Task.series_id, done_count, total_count)
                .outerjoin(User, User.id == Task.owner_id)
                .outerjoin(Company, Company.id == Task.company_id)
                .outerjoin(Person, Person.id == Task.person_id)
                .outerjoin(Deal, Deal.id == Task.deal_id)
                .where(Task.deleted_at.is_(None), Task.parent_id.is_(None), *conditions)
                .order_by(Task.due_at.is_(None), Task.due_at, Task.priority.desc(), Task.id).limit(limit))
        if not include_done:
            stmt = stmt.where(Task.done_at.is_(None))
        if owner_id is not None:
            stmt = stmt.where(Task.owner_id == owner_id)
        with self.db.session(write=False) as s:
            return [TaskRow(r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6], r[7], r[8], r[9] or r[10] or "",
                            r[11], r[12] or "", r[13], _person(r[13], r[14], r[15]), r[16], r[17] or "",
                            bool(r[18]), r[19], int(r[20] or 0), int(r[21] or 0)) for r in s.execute(stmt)]

    def _day_bounds(self, days_ahead: int) -> tuple[datetime, datetime]:
        """Naive UTC start and end of the local day `days_ahead` days from today."""
        day = to_local(self._clock(), self.tz).date() + timedelta(days=days_ahead)
        return local_midnight(day, self.tz), local_midnight(day + timedelta(days=1), self.tz)

    def _input(self, s: Session, task: Task) -> TaskInput:
        series = parse_series(task.recurrence_rule)
        specs = tuple(dict.fromkeys(r.spec for r in reminders.reminder_infos(s, task.id)))
        return TaskInput(title=task.title, kind=task.kind, notes=task.notes,
                         due_at=series.first_utc(self.tz) if series is not None else task.due_at,
                         all_day=bool(task.all_day), duration_min=task.duration_min, priority=task.priority,
                         owner_id=task.owner_id, company_id=task.company_id, person_id=task.person_id,
                         deal_id=task.deal_id, parent_id=task.parent_id,
                         recurrence=series.recurrence() if series is not None else None, reminders=specs)

    def _detail(self, s: Session, task: Task) -> TaskDetail:
        owner = s.get(User, task.owner_id) if task.owner_id is not None else None
        company = s.get(Company, task.company_id) if task.company_id is not None else None
        person = s.get(Person, task.person_id) if task.person_id is not None else None
        deal = s.get(Deal, task.deal_id) if task.deal_id is not None else None
        return TaskDetail(
            id=task.id, uuid=task.uuid, version=task.version, input=self._input(s, task), next_due_at=task.due_at,
            done_at=task.done_at, result=task.result, deleted_at=task.deleted_at, created_at=task.created_at,
            updated_at=task.updated_at, series_id=task.series_id, occurrence_start=task.occurrence_start,
            rule_text=task.recurrence_rule, owner_name=(owner.full_name or owner.login) if owner else "",
            company_name=company.name if company else "",
            person_name=_person(person.id, person.first_name, person.last_name) if person else "",
            deal_title=deal.title if deal else "", checklist=_checklist(s, task.id),
            reminders=tuple(reminders.reminder_infos(s, task.id)))

    def _log(self, s: Session, task: Task, action: ChangeAction, field_name: str | None, old: object,
             new: object) -> None:
        s.add(ChangeLog(changed_at=self._clock(), user_id=self.user_id, entity="tasks", entity_id=task.id,
                        entity_uuid=task.uuid, action=action.value, field=field_name, old_value=log_text(old),
                        new_value=log_text(new)))


# ---- module helpers ------------------------------------------------------------------------------------------------

def _series_zone(tz: tzinfo) -> ZoneInfo:
    """The zone a new series is stored in: the service's zone when it has an IANA name, else the computer's."""
    return tz if isinstance(tz, ZoneInfo) and zone_key(tz) else local_zone()


def _custom_kinds(s: Session) -> list[str]:
    setting = s.get(AppSetting, KINDS_SETTING)
    value = setting.value if setting is not None else None
    return [str(k) for k in value if isinstance(k, str) and k] if isinstance(value, list) else []


def _save_setting(s: Session, key: str, value: object) -> None:
    setting = s.get(AppSetting, key)
    if setting is None:
        s.add(AppSetting(key=key, value=value))
    else:
        setting.value = value


def _row(s: Session, task_id: int) -> Task:
    task = s.get(Task, task_id)
    if task is None:
        raise NotFoundError("The task no longer exists.")
    return task


def _live(s: Session, task_id: int) -> Task:
    task = _row(s, task_id)
    if task.deleted_at is not None:
        raise NotFoundError(f"The task '{task.title}' is in the Trash; restore it first.")
    return task


def _next_position(s: Session, parent_id: int) -> int:
    return int(s.scalar(select(func.coalesce(func.max(Task.position) + 1, 0)).where(Task.parent_id == parent_id))
               or 0)


def _checklist(s: Session, parent_id: int) -> Checklist:
    return Checklist(tuple(ChecklistItem(t.id, t.title, t.done_at is not None, t.position)
                           for t in s.scalars(select(Task).where(Task.parent_id == parent_id,
                                                                 Task.deleted_at.is_(None))
                                              .order_by(Task.position, Task.id))))


def _owner_names(s: Session) -> dict[int | None, str]:
    return {uid: full or login for uid, full, login in s.execute(select(User.id, User.full_name, User.login))}


def _required(value: str | None, message: str, max_len: int) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(message)
    if len(text) > max_len:
        raise ValidationError(f"'{text[:40]}…' is too long: at most {max_len} characters.")
    return text


def _duration(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_DURATION_MIN:
        raise ValidationError(f"A task lasts 0 to {MAX_DURATION_MIN // 1440} days.")
    return value


def _naive(value: datetime | None) -> datetime:
    if not isinstance(value, datetime):
        raise ValidationError("Enter a date and time.")
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.replace(microsecond=0)


def _day_start(moment: datetime, tz: tzinfo) -> datetime:
    return local_midnight(to_local(moment, tz).date(), tz)


def _span(start: datetime, all_day: bool, duration_min: int, tz: tzinfo) -> tuple[datetime, datetime]:
    """Start and end (naive UTC) of a task on the calendar: an all-day task covers whole local days."""
    if all_day:
        day = to_local(start, tz).date()
        days = max(1, math.ceil(duration_min / 1440))
        return local_midnight(day, tz), local_midnight(day + timedelta(days=days), tz)
    return start, start + timedelta(minutes=duration_min)


def _same_anchor(series: Series, data: TaskInput, tz: tzinfo) -> bool:
    return data.due_at is not None and bool(data.all_day) == series.all_day and (
        _naive(data.due_at) == series.first_utc(tz) or (series.all_day and to_local(
            _naive(data.due_at), tz).date() == series.start.date()))


def _check_scope(scope: str) -> None:
    if scope not in SCOPES:
        raise ValidationError(f"'{scope}' is not a scope; use 'one' or 'series'.")


def _person(person_id: int | None, first: str | None, last: str | None) -> str:
    if person_id is None:
        return ""
    return " ".join(p for p in (first, last) if p) or "?"


def _differences(theirs: TaskInput, yours: TaskInput) -> tuple[tuple[str, object, object], ...]:
    return tuple((f.name, getattr(theirs, f.name), getattr(yours, f.name)) for f in fields(TaskInput)
                 if getattr(theirs, f.name) != getattr(yours, f.name) and f.name != "reminders")


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start:start + _CHUNK])


def _date_items(s: Session, start: datetime, end: datetime, owner_id: int | None,
                tz: tzinfo) -> list[CalendarItem]:
    """Birthdays and company anniversaries on the local days of the range, as all-day items."""
    first = to_local(start, tz).date()
    last = to_local(end - timedelta(seconds=1), tz).date()
    if (last - first).days > _MAX_CALENDAR_DAYS:
        last = first + timedelta(days=_MAX_CALENDAR_DAYS)
    days: dict[str, list[date]] = {}
    midnights: dict[date, datetime] = {}
    day = first
    while day <= last + timedelta(days=1):
        midnights[day] = local_midnight(day, tz)
        day += timedelta(days=1)
    day = first
    while day <= last:
        days.setdefault(f"{day:%m%d}", []).append(day)
        if day.month == 2 and day.day == 28 and not _leap(day.year):
            days.setdefault("0229", []).append(day)   # 29 February falls on the 28th in other years
        day += timedelta(days=1)
    found: list[CalendarItem] = []
    people = select(Person.id, Person.first_name, Person.last_name, Person.birthday, Person.birthday_md,
                    Person.owner_id, Person.company_id).where(Person.birthday_md.in_(sorted(days)),
                                                              Person.deleted_at.is_(None),
                                                              Person.merged_into_id.is_(None))
    sqlite = s.get_bind().dialect.name == "sqlite"
    md = func.strftime("%m%d", Company.founded_on) if sqlite else func.to_char(Company.founded_on, "MMDD")
    companies = select(Company.id, Company.name, Company.founded_on, md, Company.owner_id).where(
        Company.founded_on.is_not(None), md.in_(sorted(days)), Company.deleted_at.is_(None),
        Company.merged_into_id.is_(None))
    if owner_id is not None:
        people = people.where(Person.owner_id == owner_id)
        companies = companies.where(Company.owner_id == owner_id)
    for pid, first_name, last_name, birthday, key, owner, company_id in s.execute(people):
        for day in days.get(key or "", ()):
            years = day.year - birthday.year if birthday is not None and 1900 < birthday.year <= day.year else None
            found.append(CalendarItem(f"b{pid}@{day.isoformat()}", "birthday",
                                      _person(pid, first_name, last_name), midnights[day],
                                      midnights[day + timedelta(days=1)], True, None, None, None, None,
                                      False, 1, owner, pid, company_id, None, years))
    for cid, name, founded, key, owner in s.execute(companies):
        for day in days.get(key or "", ()):
            years = day.year - founded.year
            if years < 1:
                continue
            found.append(CalendarItem(f"a{cid}@{day.isoformat()}", "anniversary", name, midnights[day],
                                      midnights[day + timedelta(days=1)], True, None, None, None, None,
                                      False, 1, owner, None, cid, None, years))
    return found


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

