"""Reminders: due with a hand-moved clock (missed while closed, snooze, past tasks, a series across summer time),
exactly-once acknowledgement by two processes on one file, and the scheduler firing for real."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from crm_desktop.db.database import Database
from crm_desktop.errors import ValidationError
from crm_desktop.models import TaskReminder, utcnow
from crm_desktop.services import reminders
from crm_desktop.services.recurrence import Recurrence
from crm_desktop.services.reminders import DueReminder, ReminderScheduler, ReminderService, ReminderSpec
from crm_desktop.services.tasks import TaskInput, TaskService
from tests.unit.services.task_helpers import AMS, Clock, ams, first_user

T0 = ams(2025, 3, 12, 12, 0)
REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def clock() -> Clock:
    return Clock(T0)


@pytest.fixture
def user_id(db: Database) -> int:
    return first_user(db)


@pytest.fixture
def tasks(db: Database, user_id: int, clock: Clock) -> TaskService:
    return TaskService(db, user_id=user_id, clock=clock, tz=AMS)


@pytest.fixture
def svc(db: Database, user_id: int, clock: Clock) -> ReminderService:
    return ReminderService(db, user_id=user_id, clock=clock, tz=AMS)


class Inbox:
    """Collects what a scheduler delivers, from whichever thread."""

    def __init__(self) -> None:
        self.calls: list[list[DueReminder]] = []
        self.event = threading.Event()

    def __call__(self, due: list[DueReminder]) -> None:
        self.calls.append(due)
        self.event.set()


def _task(tasks: TaskService, due: datetime, *specs: ReminderSpec, title: str = "Call back") -> int:
    return tasks.create(TaskInput(title=title, kind="call", due_at=due, reminders=specs)).id


def _rows(db: Database, task_id: int) -> list[TaskReminder]:
    with db.session(write=False) as s:
        rows = list(s.scalars(select(TaskReminder).where(TaskReminder.task_id == task_id)
                              .order_by(TaskReminder.remind_at, TaskReminder.id)))
        s.expunge_all()
        return rows


# ---- what is due -----------------------------------------------------------------------------------------------

def test_at_due_time_before_and_at_a_chosen_time(tasks: TaskService, svc: ReminderService, clock: Clock) -> None:
    due = T0 + timedelta(days=2)
    task_id = _task(tasks, due, ReminderSpec(0), ReminderSpec.before(hours=1), ReminderSpec.before(days=1),
                    ReminderSpec.absolute(T0 + timedelta(hours=5)))

    assert [r.remind_at for r in svc.for_task(task_id)] == [T0 + timedelta(hours=5), due - timedelta(days=1),
                                                             due - timedelta(hours=1), due]
    assert svc.due() == []
    clock.now = due - timedelta(days=1)
    assert [r.remind_at for r in svc.due()] == [T0 + timedelta(hours=5), due - timedelta(days=1)]
    first = svc.due()[0]
    assert (first.task_title, first.due_at, first.task_kind, first.occurrence_start) == ("Call back", due, "call",
                                                                                         None)
    assert [r.remind_at for r in svc.upcoming()] == [due - timedelta(hours=1), due]


def test_reminders_missed_while_the_app_was_closed_come_at_start(db: Database, tasks: TaskService,
                                                                 clock: Clock) -> None:
    task_id = _task(tasks, T0 + timedelta(hours=2), ReminderSpec(30))
    clock.now = T0 + timedelta(days=1)   # the app was closed all the time

    inbox = Inbox()
    scheduler = ReminderScheduler(db, inbox, now=clock, tz=AMS)   # a new start: not even the thread runs
    due = scheduler.check()

    assert [r.task_id for r in due] == [task_id]
    assert [[(r.task_id, r.is_new) for r in call] for call in inbox.calls] == [[(task_id, True)]]
    assert _rows(db, task_id)[0].fired_at == clock.now
    scheduler.check()
    assert len(inbox.calls) == 1   # nothing changed: nothing delivered again


def test_a_task_already_past_is_overdue_and_not_fired_as_new(db: Database, tasks: TaskService,
                                                             svc: ReminderService) -> None:
    task_id = _task(tasks, T0 - timedelta(hours=3), ReminderSpec(15), ReminderSpec.absolute(T0 - timedelta(days=1)))

    assert svc.due() == []
    rows = _rows(db, task_id)
    assert len(rows) == 2
    assert all(r.acknowledged_at == T0 and r.acknowledged_by is None for r in rows)
    assert [t.id for t in tasks.overdue()] == [task_id]


def test_a_reminder_late_for_a_task_still_to_come_fires_at_once(tasks: TaskService, svc: ReminderService) -> None:
    task_id = _task(tasks, T0 + timedelta(minutes=10), ReminderSpec(30))

    assert [r.task_id for r in svc.due()] == [task_id]


def test_acknowledge_returns_what_this_call_acknowledged(tasks: TaskService, svc: ReminderService,
                                                         clock: Clock, user_id: int) -> None:
    first = _task(tasks, T0 + timedelta(hours=1), ReminderSpec(60))
    second = _task(tasks, T0 + timedelta(hours=1), ReminderSpec(60))
    ids = [r.id for r in svc.due()]

    assert svc.acknowledge(ids[:1]) == ids[:1]
    assert svc.acknowledge(ids) == ids[1:]
    assert svc.acknowledge(ids) == []
    assert svc.dismiss(ids[0]) is False
    assert {r.acknowledged_by for t in (first, second) for r in svc.for_task(t)} == {user_id}
    assert svc.due() == []


def test_snooze(tasks: TaskService, svc: ReminderService, clock: Clock) -> None:
    _task(tasks, T0 + timedelta(minutes=30), ReminderSpec(30))
    reminder = svc.due()[0]

    assert svc.snooze(reminder.id, T0 + timedelta(minutes=10)) is True
    assert svc.due() == []
    assert svc.next_time() == T0 + timedelta(minutes=10)
    clock.advance(minutes=10)
    again = svc.due()
    assert [(r.id, r.effective_at, r.snoozed_until) for r in again] == [
        (reminder.id, clock.now, clock.now)]
    with pytest.raises(ValidationError, match="still to come"):
        svc.snooze(reminder.id, clock.now - timedelta(minutes=1))
    assert svc.acknowledge([reminder.id]) == [reminder.id]
    assert svc.snooze(reminder.id, clock.now + timedelta(hours=1)) is False   # acknowledged meanwhile


def test_a_snoozed_reminder_is_delivered_as_new_again(db: Database, tasks: TaskService, svc: ReminderService,
                                                      clock: Clock) -> None:
    _task(tasks, T0 + timedelta(minutes=30), ReminderSpec(30))
    inbox = Inbox()
    scheduler = ReminderScheduler(db, inbox, now=clock, tz=AMS)
    first = scheduler.check()[0]
    svc.snooze(first.id, T0 + timedelta(minutes=10))
    scheduler.check()                      # gone from the list while snoozed
    clock.advance(minutes=10)
    scheduler.check()

    assert [[r.is_new for r in call] for call in inbox.calls] == [[True], [], [True]]


def test_rescheduling_a_task_plans_its_reminder_again(db: Database, tasks: TaskService, svc: ReminderService,
                                                      clock: Clock) -> None:
    task_id = _task(tasks, T0 + timedelta(minutes=10), ReminderSpec(15))
    shown = svc.due()[0]

    tasks.move(task_id, T0 + timedelta(days=1))

    assert svc.due() == []   # the reminder being shown was for the old time
    rows = _rows(db, task_id)
    assert [(r.remind_at, r.acknowledged_at is not None) for r in rows] == [
        (shown.remind_at, True), (T0 + timedelta(days=1, minutes=-15), False)]
    assert svc.acknowledge([shown.id]) == []


def test_done_and_deleted_tasks_remind_no_more(tasks: TaskService, svc: ReminderService, clock: Clock) -> None:
    done = _task(tasks, T0 + timedelta(hours=1), ReminderSpec(60), title="done")
    deleted = _task(tasks, T0 + timedelta(hours=1), ReminderSpec(60), title="deleted")
    assert len(svc.due()) == 2

    tasks.complete(done, "ok")
    tasks.delete(deleted)
    assert svc.due() == []
    assert svc.next_time() is None

    tasks.restore(deleted)
    assert [r.task_title for r in svc.due()] == ["deleted"]


def test_set_reminders_keeps_what_was_seen(tasks: TaskService, svc: ReminderService, db: Database) -> None:
    task_id = _task(tasks, T0 + timedelta(minutes=30), ReminderSpec(45), ReminderSpec(10))
    svc.acknowledge([r.id for r in svc.due()])    # the 45-minutes one was late and seen

    svc.set_reminders(task_id, [ReminderSpec(45), ReminderSpec(5)])

    assert [(r.offset_min, r.acknowledged_at is not None) for r in _rows(db, task_id)] == [(45, True), (5, False)]
    assert svc.due() == []
    with pytest.raises(ValidationError, match="at most a year"):
        svc.set_reminders(task_id, [ReminderSpec(10**7)])


def test_next_time_is_the_earliest_pending_one(tasks: TaskService, svc: ReminderService, clock: Clock) -> None:
    assert svc.next_time() is None
    _task(tasks, T0 + timedelta(hours=3), ReminderSpec(0))
    later = _task(tasks, T0 + timedelta(hours=2), ReminderSpec(0))
    assert svc.next_time() == T0 + timedelta(hours=2)

    tasks.complete(later, "early")
    assert svc.next_time() == T0 + timedelta(hours=3)
    now_due = _task(tasks, T0 + timedelta(minutes=5), ReminderSpec(10))
    reminder = next(r for r in svc.due() if r.task_id == now_due)
    svc.snooze(reminder.id, T0 + timedelta(hours=1))
    assert svc.next_time() == T0 + timedelta(hours=1)


# ---- series ----------------------------------------------------------------------------------------------------

def test_a_weekly_series_reminds_at_8_45_local_across_summer_time(db: Database, tasks: TaskService,
                                                                 svc: ReminderService, clock: Clock) -> None:
    series_id = tasks.create(TaskInput(title="Stand-up", kind="meeting", due_at=ams(2025, 3, 17, 9),
                                       recurrence=Recurrence("weekly", days=(0,)),
                                       reminders=(ReminderSpec(15),))).id
    seen: list[datetime] = []
    for week in range(4):
        clock.now = ams(2025, 3, 17, 8, 46) + timedelta(weeks=week)
        due = svc.due()
        assert [r.task_id for r in due] == [series_id]
        seen.append(due[0].remind_at)
        assert due[0].occurrence_start == due[0].due_at == due[0].remind_at + timedelta(minutes=15)
        svc.acknowledge([due[0].id])

    # UTC shifts by an hour on 30 March, the local time stays 08:45.
    assert seen == [datetime(2025, 3, 17, 7, 45), datetime(2025, 3, 24, 7, 45), datetime(2025, 3, 31, 6, 45),
                    datetime(2025, 4, 7, 6, 45)]
    pending = [r for r in svc.for_task(series_id) if r.acknowledged_at is None]
    assert [r.remind_at for r in pending] == [datetime(2025, 4, 14, 6, 45)]   # only the next one exists


def test_a_fired_series_reminder_plans_the_next_even_if_nobody_acknowledges(db: Database, tasks: TaskService,
                                                                            clock: Clock) -> None:
    series_id = tasks.create(TaskInput(title="Stand-up", due_at=ams(2025, 3, 17, 9),
                                       recurrence=Recurrence("daily"), reminders=(ReminderSpec(15),))).id
    scheduler = ReminderScheduler(db, Inbox(), now=clock, tz=AMS)
    for day in range(3):
        clock.now = ams(2025, 3, 17, 8, 50) + timedelta(days=day)
        scheduler.check()

    # Three reminders fired and are still shown; the fourth day's waits for its time.
    assert len(ReminderService(db, clock=clock, tz=AMS).due()) == 3
    assert scheduler.next_at == ams(2025, 3, 20, 8, 45)
    assert len(_rows(db, series_id)) == 4


def test_completing_an_occurrence_acknowledges_its_reminder_and_plans_the_next(
        db: Database, tasks: TaskService, svc: ReminderService, clock: Clock, user_id: int) -> None:
    series_id = tasks.create(TaskInput(title="Stand-up", due_at=ams(2025, 3, 17, 9), recurrence=Recurrence("daily"),
                                       reminders=(ReminderSpec(15),))).id
    clock.now = ams(2025, 3, 17, 8, 50)
    reminder = svc.due()[0]

    tasks.complete(series_id, "held", occurrence_start=reminder.occurrence_start)

    rows = _rows(db, series_id)
    assert [(r.remind_at, r.acknowledged_by) for r in rows] == [(ams(2025, 3, 17, 8, 45), user_id),
                                                                 (ams(2025, 3, 18, 8, 45), None)]
    assert svc.due() == []


def test_a_moved_occurrence_takes_its_reminder_along(db: Database, tasks: TaskService, svc: ReminderService,
                                                     clock: Clock) -> None:
    series_id = tasks.create(TaskInput(title="Stand-up", due_at=ams(2025, 3, 17, 9), recurrence=Recurrence("daily"),
                                       reminders=(ReminderSpec(15),))).id

    moved = tasks.move(series_id, ams(2025, 3, 17, 11), occurrence_start=ams(2025, 3, 17, 9))

    assert [r.remind_at for r in svc.for_task(moved)] == [ams(2025, 3, 17, 10, 45)]
    assert [r.remind_at for r in svc.for_task(series_id)] == [ams(2025, 3, 18, 8, 45)]
    clock.now = ams(2025, 3, 17, 10, 50)
    assert [r.task_id for r in svc.due()] == [moved]


def test_a_series_created_with_a_past_start_reminds_from_now_on(db: Database, tasks: TaskService,
                                                               svc: ReminderService) -> None:
    series_id = tasks.create(TaskInput(title="Weekly report", due_at=ams(2025, 1, 6, 9),
                                       recurrence=Recurrence("weekly"), reminders=(ReminderSpec(60),))).id

    assert svc.due() == []
    assert [r.remind_at for r in svc.for_task(series_id)] == [ams(2025, 3, 17, 8)]


# ---- two processes, one file ---------------------------------------------------------------------------------

_ACK_SCRIPT = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    from crm_desktop.db.database import open_database
    from crm_desktop.services.reminders import ReminderService
    db_path, go, order = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    ids = json.loads(sys.argv[4])
    db = open_database(db_path, quick_check=False)
    service = ReminderService(db, user_id=int(sys.argv[5]))
    print("ready", flush=True)
    while not go.exists():
        time.sleep(0.001)
    mine = []
    for rid in (ids if order == "forward" else ids[::-1]):
        mine += service.acknowledge([rid])
    mine += service.acknowledge(ids)   # and all at once: whatever is left
    db.close()
    print(json.dumps(mine), flush=True)
""")


@pytest.mark.sqlite_only("two processes open the same database file by its path")
def test_two_processes_on_one_file_acknowledge_each_reminder_once(db: Database, db_path: Path, tasks: TaskService,
                                                                  svc: ReminderService, tmp_path: Path,
                                                                  user_id: int) -> None:
    for n in range(40):
        _task(tasks, T0 + timedelta(minutes=5), ReminderSpec(10), title=f"call {n}")
    ids = [r.id for r in svc.due()]
    assert len(ids) == 40
    go = tmp_path / "go"
    env = dict(os.environ, PYTHONPATH=str(REPO))
    workers = [subprocess.Popen([sys.executable, "-c", _ACK_SCRIPT, str(db_path), str(go), order, json.dumps(ids),
                                 str(user_id)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
                                env=env)
               for order in ("forward", "backward")]
    try:
        for worker in workers:
            assert worker.stdout is not None
            assert worker.stdout.readline().strip() == "ready"
        go.touch()   # both start acknowledging at the same moment
        results = []
        for worker in workers:
            out, err = worker.communicate(timeout=120)
            assert worker.returncode == 0, err
            results.append(json.loads(out.strip().splitlines()[-1]))
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()

    first, second = (set(r) for r in results)
    assert first.isdisjoint(second)                          # nobody acknowledged a reminder twice
    assert first | second == set(ids)                        # and every reminder was acknowledged
    assert sum(len(r) for r in results) == len(ids)
    assert svc.due() == []


# ---- the scheduler -------------------------------------------------------------------------------------------

def test_the_scheduler_keeps_one_job_for_the_earliest_time(db: Database, tasks: TaskService, clock: Clock) -> None:
    for hours in (5, 3, 4):
        _task(tasks, T0 + timedelta(hours=hours), ReminderSpec(0))
    scheduler = ReminderScheduler(db, Inbox(), now=clock, tz=AMS)

    assert scheduler.rebuild() == T0 + timedelta(hours=3)
    clock.advance(hours=3)
    assert [r.due_at for r in scheduler.check()] == [T0 + timedelta(hours=3)]
    assert scheduler.next_at == T0 + timedelta(hours=4)


def test_a_reminder_acknowledged_elsewhere_leaves_the_list(db: Database, tasks: TaskService, svc: ReminderService,
                                                          clock: Clock) -> None:
    _task(tasks, T0 + timedelta(minutes=5), ReminderSpec(10))
    inbox = Inbox()
    scheduler = ReminderScheduler(db, inbox, now=clock, tz=AMS)
    shown = scheduler.check()

    svc.acknowledge([shown[0].id])   # "another computer"
    scheduler.check()

    assert [len(call) for call in inbox.calls] == [1, 0]


def test_a_failing_receiver_does_not_stop_the_scheduler(db: Database, tasks: TaskService, clock: Clock) -> None:
    def broken(_due: list[DueReminder]) -> None:
        raise RuntimeError("the window is gone")

    _task(tasks, T0 + timedelta(minutes=5), ReminderSpec(10))
    _task(tasks, T0 + timedelta(hours=1), ReminderSpec(0))
    scheduler = ReminderScheduler(db, broken, now=clock, tz=AMS)

    assert len(scheduler.check()) == 1
    assert scheduler.next_at == T0 + timedelta(hours=1)


def test_the_scheduler_fires_a_reminder_on_time_for_real(db: Database, user_id: int) -> None:
    inbox = Inbox()
    scheduler = ReminderScheduler(db, inbox)
    scheduler.start()
    try:
        assert scheduler.running
        # Made after the start: the services' change hook makes the running scheduler plan it.
        task_id = TaskService(db, user_id=user_id).create(TaskInput(
            title="Call back now", due_at=utcnow() + timedelta(hours=1),
            reminders=(ReminderSpec.absolute(utcnow() + timedelta(seconds=1)),))).id
        assert inbox.event.wait(timeout=20), "the reminder did not fire"
    finally:
        scheduler.stop()
    assert not scheduler.running
    assert [(r.task_id, r.is_new) for r in inbox.calls[0]] == [(task_id, True)]


def test_a_change_made_while_a_check_runs_is_not_lost(db: Database, user_id: int,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    inbox = Inbox()
    scheduler = ReminderScheduler(db, inbox)
    service = scheduler._service
    read_next_time = service.next_time
    made: list[int] = []

    def next_time_then_a_change(now: datetime | None = None) -> datetime | None:
        found = read_next_time(now)
        if not made:   # the first check has just read "nothing pending"; now another action commits a reminder
            made.append(TaskService(db, user_id=user_id).create(TaskInput(
                title="Made meanwhile", due_at=utcnow() + timedelta(hours=1),
                reminders=(ReminderSpec.absolute(utcnow() + timedelta(seconds=1)),))).id)
            time.sleep(0.5)   # still running when the scheduler's thread picks the change's check up
        return found

    monkeypatch.setattr(service, "next_time", next_time_then_a_change)
    scheduler.start()
    try:
        # Well before the 30 s check: the change's own check ran after the one that was running.
        assert inbox.event.wait(timeout=20), "the change made during a check was lost"
    finally:
        scheduler.stop()
    assert [r.task_id for r in inbox.calls[0]] == made


def test_the_change_hook(db: Database) -> None:
    calls: list[int] = []

    def listener() -> None:
        calls.append(1)

    def broken() -> None:
        raise RuntimeError("no")

    reminders.add_change_listener(broken)
    reminders.add_change_listener(listener)
    try:
        reminders.notify_changed()
    finally:
        reminders.remove_change_listener(listener)
        reminders.remove_change_listener(broken)
    reminders.notify_changed()
    assert calls == [1]
    scheduler = ReminderScheduler(db, Inbox())
    scheduler.notify_changed()   # not running: nothing to do, nothing raised
    scheduler.stop()


def test_a_clock_jump_is_noticed(db: Database, clock: Clock, caplog: pytest.LogCaptureFixture) -> None:
    scheduler = ReminderScheduler(db, Inbox(), now=clock, tz=AMS)
    scheduler.check()
    clock.advance(hours=8)   # the laptop slept
    with caplog.at_level("INFO", logger="crm_desktop.services.reminders"):
        scheduler.check()
    assert "clock jumped" in caplog.text
