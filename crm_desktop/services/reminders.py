"""Reminders of tasks and the scheduler that fires them. Qt-free; the database, not a job store, is the truth.

A reminder row (task_reminders) is at a task's due time, N minutes before it (offset_min > 0; negative: after it)
or at an absolute time (offset_min NULL). Its effective time is snoozed_until when snoozed, else remind_at. It is
*due* while unacknowledged, its effective time has come and its task is open (not done, not in the Trash).

Rules the rest of the product relies on:

- **Exactly once.** `acknowledge()` is one `UPDATE ... WHERE id IN (...) AND acknowledged_at IS NULL RETURNING
  id` inside a write transaction: two processes on one file may both try, only one of them gets each reminder.
- **Past is not new.** A reminder written for an occurrence that has already begun (a task created or imported in
  the past) is stored as fired and acknowledged at once (acknowledged_by NULL): the task shows as overdue, nothing
  pops up. Reminders that came due while the app was closed were written earlier, so `due()` returns them at start.
- **Series.** A recurring task keeps, per offset, only the reminder of its next occurrence (the first one after
  now and after the last reminder already spent). When that reminder fires or is acknowledged, and when an
  occurrence is completed, moved or deleted, `sync_reminders_in()` writes the one of the following occurrence.
  A reminder row is never moved in time: one that no longer fits is deleted when nobody saw it yet, else
  acknowledged by the system, and a new row is written (so an acknowledgement can never hit the wrong occurrence).
- **One job.** `ReminderScheduler` keeps ONE APScheduler date job at the earliest pending time (one indexed query)
  plus a check every 30 s that catches other computers' changes and a sleeping laptop's wake-up.
"""

from __future__ import annotations

import logging
import threading
import time as time_module
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import Row, and_, func, select, update
from sqlalchemy.orm import Session

from crm_desktop.db.database import Database
from crm_desktop.errors import CrmError, NotFoundError, ValidationError
from crm_desktop.models import Company, Deal, Person, Task, TaskReminder, utcnow
from crm_desktop.services.recurrence import Series, local_zone, parse_series

log = logging.getLogger(__name__)

CHECK_INTERVAL_S = 30.0
MAX_OFFSET_MIN = 366 * 24 * 60     # a reminder at most a year before (or after) its task
_CHUNK = 500                       # ids per IN (...): SQLite limits bound parameters
_CLOCK_JUMP = timedelta(seconds=60)


@dataclass(frozen=True)
class ReminderSpec:
    """One reminder of a task as the editor sets it: `offset_min` before the due time, or at `at`."""

    offset_min: int | None = 0        # minutes before the due time (0: at it; negative: after it); None: use `at`
    at: datetime | None = None        # an absolute time, naive UTC (an aware time is converted)

    @classmethod
    def before(cls, *, minutes: int = 0, hours: int = 0, days: int = 0) -> ReminderSpec:
        return cls(offset_min=minutes + 60 * hours + 24 * 60 * days)

    @classmethod
    def absolute(cls, at: datetime) -> ReminderSpec:
        return cls(offset_min=None, at=at)


@dataclass(frozen=True)
class ReminderInfo:
    """A stored reminder row."""

    id: int
    task_id: int
    offset_min: int | None
    remind_at: datetime
    snoozed_until: datetime | None
    fired_at: datetime | None
    acknowledged_at: datetime | None
    acknowledged_by: int | None

    @property
    def effective_at(self) -> datetime:
        return self.snoozed_until or self.remind_at

    @property
    def spec(self) -> ReminderSpec:
        return ReminderSpec(self.offset_min, None if self.offset_min is not None else self.remind_at)


@dataclass(frozen=True)
class DueReminder:
    """A reminder to show, with what the reminder window needs: the task, its due time, its links."""

    id: int
    task_id: int
    task_title: str
    task_kind: str
    due_at: datetime | None            # naive UTC start of the occurrence reminded of (the task's due time)
    all_day: bool
    remind_at: datetime
    effective_at: datetime             # snoozed_until when snoozed, else remind_at
    snoozed_until: datetime | None
    fired_at: datetime | None          # first delivered by any computer; None: never shown yet
    occurrence_start: datetime | None  # for a recurring task: pass to TaskService.complete(..., occurrence_start)
    owner_id: int | None
    person_id: int | None
    person_name: str
    company_id: int | None
    company_name: str
    deal_id: int | None
    deal_title: str
    is_new: bool = False               # set by ReminderScheduler: not delivered before by this process


# ---- the change hook ---------------------------------------------------------------------------------------------

_listeners: list[Callable[[], None]] = []
_listeners_lock = threading.Lock()


def add_change_listener(listener: Callable[[], None]) -> None:
    """Call `listener` after every committed change of tasks or reminders (the scheduler's notify_changed)."""
    with _listeners_lock:
        _listeners.append(listener)


def remove_change_listener(listener: Callable[[], None]) -> None:
    with _listeners_lock:
        if listener in _listeners:
            _listeners.remove(listener)


def notify_changed() -> None:
    """Services call this after a commit that may change when the next reminder is due."""
    with _listeners_lock:
        listeners = list(_listeners)
    for listener in listeners:
        try:
            listener()
        except Exception:  # noqa: BLE001 - a broken listener must not undo the user's committed change
            log.exception("A reminder change listener failed")


# ---- keeping the rows of a task right (inside the caller's transaction) --------------------------------------

def checked_specs(specs: Sequence[ReminderSpec]) -> tuple[list[int], list[datetime]]:
    """The offsets and absolute times of `specs`, unique and sorted; ValidationError for a bad one."""
    offsets: set[int] = set()
    times: set[datetime] = set()
    for spec in specs:
        if spec.offset_min is None:
            if not isinstance(spec.at, datetime):
                raise ValidationError("Choose when the reminder should come.")
            at = spec.at
            if at.tzinfo is not None:
                at = at.astimezone(UTC).replace(tzinfo=None)
            times.add(at.replace(microsecond=0))
        else:
            if not isinstance(spec.offset_min, int) or abs(spec.offset_min) > MAX_OFFSET_MIN:
                raise ValidationError("A reminder comes at most a year before or after its task.")
            offsets.add(spec.offset_min)
    return sorted(offsets), sorted(times)


def set_reminders_in(s: Session, task: Task, specs: Sequence[ReminderSpec], now: datetime,
                     tz: tzinfo) -> None:
    """Make `specs` the reminders of `task`: rows of removed reminders go, new ones are written, the rest is
    kept as it is (an acknowledged reminder is not shown again)."""
    offsets, times = checked_specs(specs)
    if offsets and task.due_at is None and not task.recurrence_rule:
        raise ValidationError("A reminder before the due time needs a due time; set one, or remind at a chosen "
                              "time.")
    rows = list(s.scalars(select(TaskReminder).where(TaskReminder.task_id == task.id)))
    for row in rows:
        gone = row.offset_min not in offsets if row.offset_min is not None else row.remind_at not in times
        if gone:
            s.delete(row)
    have = {row.remind_at for row in rows if row.offset_min is None}
    for at in times:
        if at not in have:
            occurrence = task.due_at if task.due_at is not None else at
            s.add(_new_row(task.id, None, at, occurrence, now))
    s.flush()
    sync_reminders_in(s, task, now, tz, new_offsets=offsets)


def sync_reminders_in(s: Session, task: Task, now: datetime, tz: tzinfo,
                      new_offsets: Collection[int] = ()) -> None:
    """Bring the reminder rows of `task` in line with its due time or its series (see the module's rules)."""
    if task.deleted_at is not None or task.done_at is not None or task.id is None:
        return   # their rows stay as they are: due() ignores them, a restore finds them again
    rows = list(s.scalars(select(TaskReminder).where(TaskReminder.task_id == task.id)
                          .order_by(TaskReminder.remind_at, TaskReminder.id)))
    offsets = sorted({r.offset_min for r in rows if r.offset_min is not None} | set(new_offsets))
    series = parse_series(task.recurrence_rule)
    handled = handled_occurrences(s, task.id) if series is not None else set()
    for offset in offsets:
        mine = [r for r in rows if r.offset_min == offset]
        step = timedelta(minutes=offset)
        if series is None:
            occurrence = task.due_at
            target = None if occurrence is None else occurrence - step
            keep_due: list[TaskReminder] = []
        else:
            # A due reminder still being shown is kept as long as its occurrence is one of the series.
            keep_due = [r for r in mine if r.acknowledged_at is None and r.remind_at <= now
                        and _is_free(series, r.remind_at + step, handled, tz)]
            spent = [r.remind_at for r in mine if r.acknowledged_at is not None or r.remind_at <= now]
            occurrence = _next_free(series, handled, tz, now, offset, max(spent, default=None))
            target = None if occurrence is None else occurrence - step
        kept = False
        for row in mine:
            if row.acknowledged_at is not None:
                continue
            if row in keep_due:
                continue
            if not kept and target is not None and row.remind_at == target:
                kept = True
                continue
            _retire(s, row, now)
        already = any(r.remind_at == target and r.acknowledged_at is not None for r in mine)
        if not kept and target is not None and occurrence is not None and not already:
            s.add(_new_row(task.id, offset, target, occurrence, now))
    s.flush()


def acknowledge_task_reminders_in(s: Session, task_id: int, now: datetime, user_id: int | None,
                                  occurrence: datetime | None = None) -> list[int]:
    """Acknowledge the pending reminders of a task (of one occurrence of a series, when given): the task was done."""
    pending = s.execute(select(TaskReminder.id, TaskReminder.offset_min, TaskReminder.remind_at)
                        .where(TaskReminder.task_id == task_id, TaskReminder.acknowledged_at.is_(None))).all()
    ids = [rid for rid, offset, remind_at in pending
           if occurrence is None or (offset is not None and remind_at + timedelta(minutes=offset) == occurrence)]
    if not ids:
        return []
    # The same guarded UPDATE as acknowledge(): a reminder another computer acknowledged first stays theirs.
    return list(s.scalars(update(TaskReminder)
                          .where(TaskReminder.id.in_(ids), TaskReminder.acknowledged_at.is_(None))
                          .values(acknowledged_at=now, acknowledged_by=user_id).returning(TaskReminder.id)))


def handled_occurrences(s: Session, series_id: int) -> set[datetime]:
    """Occurrences of a series that have their own row: moved, completed or deleted one by one."""
    return {o for o in s.scalars(select(Task.occurrence_start).where(Task.series_id == series_id,
                                                                      Task.occurrence_start.is_not(None)))
            if o is not None}


def _is_free(series: Series, occurrence: datetime, handled: set[datetime], tz: tzinfo) -> bool:
    return occurrence not in handled and series.contains(occurrence, tz)


def _next_free(series: Series, handled: set[datetime], tz: tzinfo, now: datetime, offset: int,
               spent: datetime | None) -> datetime | None:
    """The first occurrence without its own row that is still to come and whose reminder is not spent yet."""
    start = now if spent is None else max(now, spent + timedelta(minutes=offset))
    for occurrence in series.after(start, tz):
        if occurrence not in handled:
            return occurrence
    return None


def _new_row(task_id: int, offset: int | None, remind_at: datetime, occurrence: datetime,
             now: datetime) -> TaskReminder:
    if occurrence <= now:
        # The occurrence has begun already: the task shows as overdue, a reminder would be stale news.
        return TaskReminder(task_id=task_id, offset_min=offset, remind_at=remind_at, fired_at=now,
                            acknowledged_at=now, acknowledged_by=None)
    return TaskReminder(task_id=task_id, offset_min=offset, remind_at=remind_at)


def _retire(s: Session, row: TaskReminder, now: datetime) -> None:
    """A pending row that no longer fits: gone when nobody can have seen it, else acknowledged by the system."""
    if row.fired_at is None and row.remind_at > now and row.snoozed_until is None:
        s.delete(row)
    else:
        row.acknowledged_at = now
        row.acknowledged_by = None


# ---- the service -------------------------------------------------------------------------------------------------

class ReminderService:
    """Due and upcoming reminders, acknowledge, snooze, dismiss; reminders of one task."""

    def __init__(self, db: Database, user_id: int | None = None, clock: Callable[[], datetime] | None = None,
                 tz: tzinfo | None = None) -> None:
        self.db = db
        self.user_id = user_id
        self._clock = clock or utcnow
        self.tz = tz or local_zone()

    def due(self, now: datetime | None = None, owner_id: int | None = None) -> list[DueReminder]:
        """Unacknowledged reminders of open tasks whose effective time has come, the earliest first."""
        now = now or self._clock()
        effective = func.coalesce(TaskReminder.snoozed_until, TaskReminder.remind_at)
        with self.db.session(write=False) as s:
            # remind_at <= now first: the pending index gives that range; a snooze only ever moves later.
            stmt = _due_select().where(TaskReminder.acknowledged_at.is_(None), TaskReminder.remind_at <= now,
                                       effective <= now).order_by(effective, TaskReminder.id)
            if owner_id is not None:
                stmt = stmt.where(Task.owner_id == owner_id)
            return [_due_reminder(r) for r in s.execute(stmt)]

    def upcoming(self, now: datetime | None = None, limit: int = 50,
                 owner_id: int | None = None) -> list[DueReminder]:
        """Pending reminders still to come, the earliest first."""
        now = now or self._clock()
        effective = func.coalesce(TaskReminder.snoozed_until, TaskReminder.remind_at)
        with self.db.session(write=False) as s:
            stmt = (_due_select().where(TaskReminder.acknowledged_at.is_(None), effective > now)
                    .order_by(effective, TaskReminder.id).limit(limit))
            if owner_id is not None:
                stmt = stmt.where(Task.owner_id == owner_id)
            return [_due_reminder(r) for r in s.execute(stmt)]

    def next_time(self, now: datetime | None = None) -> datetime | None:
        """The earliest effective time after `now` of a pending reminder of an open task, from the index."""
        now = now or self._clock()
        live = and_(Task.id == TaskReminder.task_id, Task.done_at.is_(None), Task.deleted_at.is_(None))
        with self.db.session(write=False) as s:
            # Walks ix_task_reminders_pending in time order and stops at the first live row. A row snoozed
            # later than its remind_at may wake the scheduler early; it then finds nothing and waits again.
            upcoming = s.scalar(select(TaskReminder.remind_at).join(Task, live)
                                .where(TaskReminder.acknowledged_at.is_(None), TaskReminder.remind_at > now)
                                .order_by(TaskReminder.remind_at).limit(1))
            snoozed = s.scalar(select(TaskReminder.snoozed_until).join(Task, live)
                               .where(TaskReminder.acknowledged_at.is_(None), TaskReminder.remind_at <= now,
                                      TaskReminder.snoozed_until > now)
                               .order_by(TaskReminder.snoozed_until).limit(1))
        found = [t for t in (upcoming, snoozed) if t is not None]
        return min(found) if found else None

    def acknowledge(self, ids: Sequence[int], user_id: int | None = None) -> list[int]:
        """Mark reminders seen; returns the ids THIS call acknowledged (another computer may have been first).

        The next reminder of a recurring task is written in the same transaction.
        """
        now = self._clock()
        by = user_id if user_id is not None else self.user_id
        done: list[int] = []
        with self.db.session() as s:
            for chunk in _chunks(ids):
                done += s.scalars(update(TaskReminder)
                                  .where(TaskReminder.id.in_(chunk), TaskReminder.acknowledged_at.is_(None))
                                  .values(acknowledged_at=now, acknowledged_by=by)
                                  .returning(TaskReminder.id))
            self._sync_series_of(s, done, now)
        if done:
            notify_changed()
        return sorted(done)

    def dismiss(self, reminder_id: int) -> bool:
        """Stop a reminder without opening its task; False when it was acknowledged already (here or elsewhere)."""
        return bool(self.acknowledge([reminder_id]))

    def snooze(self, reminder_id: int, until: datetime) -> bool:
        """Show the reminder again at `until`; False when it was acknowledged meanwhile (here or elsewhere)."""
        if until.tzinfo is not None:
            until = until.astimezone(UTC).replace(tzinfo=None)
        now = self._clock()
        if until <= now:
            raise ValidationError("Snooze until a time that is still to come.")
        with self.db.session() as s:
            row = s.get(TaskReminder, reminder_id)
            if row is None:
                raise NotFoundError("The reminder no longer exists; its task may have been deleted.")
            if until <= row.remind_at:
                raise ValidationError("Snooze until a time after the reminder's own time.")
            changed = s.execute(update(TaskReminder)
                                .where(TaskReminder.id == reminder_id, TaskReminder.acknowledged_at.is_(None))
                                .values(snoozed_until=until).returning(TaskReminder.id)).first()
        if changed is not None:
            notify_changed()
        return changed is not None

    def mark_fired(self, ids: Sequence[int], now: datetime | None = None) -> list[int]:
        """Record the first delivery of reminders; a recurring task gets the reminder of its next occurrence."""
        now = now or self._clock()
        fired: list[int] = []
        with self.db.session() as s:
            for chunk in _chunks(ids):
                fired += s.scalars(update(TaskReminder)
                                   .where(TaskReminder.id.in_(chunk), TaskReminder.fired_at.is_(None))
                                   .values(fired_at=now).returning(TaskReminder.id))
            self._sync_series_of(s, fired, now)
        return sorted(fired)

    def for_task(self, task_id: int) -> list[ReminderInfo]:
        """Every reminder row of a task, pending and past, by time."""
        with self.db.session(write=False) as s:
            return reminder_infos(s, task_id)

    def set_reminders(self, task_id: int, specs: Sequence[ReminderSpec]) -> list[ReminderInfo]:
        """Replace the reminders of a task (the rows of reminders kept stay as they are)."""
        now = self._clock()
        with self.db.session() as s:
            task = s.get(Task, task_id)
            if task is None or task.deleted_at is not None:
                raise NotFoundError("The task no longer exists; it may have been deleted.")
            set_reminders_in(s, task, specs, now, self.tz)
            infos = reminder_infos(s, task_id)
        notify_changed()
        return infos

    def _sync_series_of(self, s: Session, reminder_ids: Sequence[int], now: datetime) -> None:
        if not reminder_ids:
            return
        task_ids: set[int] = set()
        for chunk in _chunks(reminder_ids):
            task_ids.update(s.scalars(select(Task.id).join(TaskReminder, TaskReminder.task_id == Task.id)
                                      .where(TaskReminder.id.in_(chunk), Task.recurrence_rule.is_not(None))))
        for task_id in sorted(task_ids):
            task = s.get(Task, task_id)
            if task is None:
                continue
            try:
                with s.begin_nested():
                    sync_reminders_in(s, task, now, self.tz)
            except CrmError:
                # A series whose stored rule cannot be read must not keep its reminder from being acknowledged.
                log.exception("The next reminder of task %s could not be planned", task_id)


def reminder_infos(s: Session, task_id: int) -> list[ReminderInfo]:
    return [ReminderInfo(r.id, r.task_id, r.offset_min, r.remind_at, r.snoozed_until, r.fired_at,
                         r.acknowledged_at, r.acknowledged_by)
            for r in s.scalars(select(TaskReminder).where(TaskReminder.task_id == task_id)
                               .order_by(TaskReminder.remind_at, TaskReminder.id))]


def _due_select() -> Any:
    return (select(TaskReminder.id, TaskReminder.task_id, Task.title, Task.kind, Task.due_at, Task.all_day,
                   TaskReminder.remind_at, TaskReminder.snoozed_until, TaskReminder.fired_at,
                   TaskReminder.offset_min, Task.recurrence_rule, Task.owner_id, Task.person_id, Person.first_name,
                   Person.last_name, Task.company_id, Company.name, Task.deal_id, Deal.title.label("deal_title"))
            .join(Task, Task.id == TaskReminder.task_id)
            .outerjoin(Person, Person.id == Task.person_id)
            .outerjoin(Company, Company.id == Task.company_id)
            .outerjoin(Deal, Deal.id == Task.deal_id)
            .where(Task.deleted_at.is_(None), Task.done_at.is_(None)))


def _due_reminder(r: Row[Any]) -> DueReminder:
    (rid, task_id, title, kind, task_due, all_day, remind_at, snoozed, fired, offset, rule, owner_id, person_id,
     first, last, company_id, company, deal_id, deal_title) = tuple(r)
    # An offset reminder names its occurrence exactly; an absolute one belongs to the task's (next) due time.
    due_at = remind_at + timedelta(minutes=offset) if offset is not None else task_due
    person = " ".join(p for p in (first, last) if p) if person_id is not None else ""
    return DueReminder(id=rid, task_id=task_id, task_title=title, task_kind=kind, due_at=due_at,
                       all_day=bool(all_day), remind_at=remind_at, effective_at=snoozed or remind_at,
                       snoozed_until=snoozed, fired_at=fired,
                       occurrence_start=due_at if rule and offset is not None else None, owner_id=owner_id,
                       person_id=person_id, person_name=person, company_id=company_id, company_name=company or "",
                       deal_id=deal_id, deal_title=deal_title or "")


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), _CHUNK):
        yield unique[start:start + _CHUNK]


# ---- the scheduler -----------------------------------------------------------------------------------------------

class ReminderScheduler:
    """Fires due reminders through `on_due`, called on the scheduler's worker thread (hand it to the UiBridge).

    `on_due` receives the whole list of due reminders whenever it changes: new ones (is_new=True; show a tray
    message for those), and a shorter list when some were acknowledged, here or on another computer.
    `now` is the clock that decides what is due (tests pass a hand-moved one); jobs run on the real clock, at the
    same distance from now as the clock says.
    """

    def __init__(self, db: Database, on_due: Callable[[list[DueReminder]], None], *,
                 now: Callable[[], datetime] | None = None, check_interval_s: float = CHECK_INTERVAL_S,
                 tz: tzinfo | None = None) -> None:
        from apscheduler.schedulers.background import BackgroundScheduler

        self._now = now or utcnow
        self._on_due = on_due
        self._service = ReminderService(db, clock=self._now, tz=tz)
        self._interval = check_interval_s
        self._lock = threading.RLock()
        self._delivered: dict[int, datetime] = {}     # reminder id -> effective time last delivered
        self._next_at: datetime | None = None
        self._last_check: tuple[datetime, float] | None = None
        # Coalesce and no grace limit: a job missed while the computer slept runs once on wake-up. Two instances:
        # APScheduler skips a job whose instance is still running, and a change notified (or a next reminder
        # due) while a check runs must get a check after it; the lock makes the second wait, then read afresh.
        self._scheduler = BackgroundScheduler(
            timezone=UTC, job_defaults={"coalesce": True, "misfire_grace_time": None, "max_instances": 2})

    @property
    def running(self) -> bool:
        return bool(self._scheduler.running)

    @property
    def next_at(self) -> datetime | None:
        """The time (naive UTC, on the injected clock) the single date job is set for."""
        return self._next_at

    def start(self) -> None:
        """Start the worker thread; the first check runs at once (reminders missed while the app was closed)."""
        from apscheduler.triggers.interval import IntervalTrigger

        if self.running:
            return
        self._scheduler.start()
        self._scheduler.add_job(self.check, IntervalTrigger(seconds=self._interval), id="check",
                                replace_existing=True)
        self._scheduler.add_job(self.check, id="check-now", replace_existing=True)
        add_change_listener(self.notify_changed)

    def stop(self) -> None:
        """Stop the worker thread, waiting for a running check to end."""
        remove_change_listener(self.notify_changed)
        if self.running:
            self._scheduler.shutdown(wait=True)

    def notify_changed(self) -> None:
        """Tasks or reminders changed: check and rebuild soon, on the worker thread (never blocks the caller)."""
        if self.running:
            self._scheduler.add_job(self.check, id="check-now", replace_existing=True)

    def rebuild(self) -> datetime | None:
        """Re-read the earliest pending time and keep ONE date job for it; returns that time (None: nothing)."""
        from apscheduler.triggers.date import DateTrigger

        with self._lock:
            now = self._now()
            next_at = self._service.next_time(now)
            self._next_at = next_at
            if not self.running:
                return next_at
            if next_at is None:
                if self._scheduler.get_job("next") is not None:
                    self._scheduler.remove_job("next")
                return None
            run_at = datetime.now(UTC) + (next_at - now)
            self._scheduler.add_job(self.check, DateTrigger(run_date=run_at), id="next", replace_existing=True)
            return next_at

    def check(self) -> list[DueReminder]:
        """Read the due reminders, deliver them when the list changed, and rebuild; returns the list."""
        with self._lock:
            now = self._now()
            self._note_clock(now)
            try:
                due = self._service.due(now)
                current = {r.id: r.effective_at for r in due}
                new_ids = {r.id for r in due if self._delivered.get(r.id) != r.effective_at}
                changed = current != self._delivered
                self._delivered = current
                if new_ids:
                    self._service.mark_fired(sorted(new_ids), now)
                if changed:
                    listing = [replace(r, is_new=r.id in new_ids) for r in due]
                    try:
                        self._on_due(listing)
                    except Exception:  # noqa: BLE001 - the next reminders must still fire
                        log.exception("Delivering due reminders failed")
            finally:
                self.rebuild()
            return due

    def _note_clock(self, now: datetime) -> None:
        """Log a wall-clock jump (sleep, wake-up, a changed clock); the check that follows re-reads everything."""
        monotonic = time_module.monotonic()
        if self._last_check is not None:
            last_now, last_monotonic = self._last_check
            expected = last_now + timedelta(seconds=monotonic - last_monotonic)
            if abs(now - expected) > _CLOCK_JUMP:
                log.info("The clock jumped by %s; re-reading the due reminders", now - expected)
        self._last_check = (now, monotonic)
