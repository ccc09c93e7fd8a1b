"""The reminder window over real reminders: snooze 10 minutes, dismiss, done with a result, a reminder taken by
another computer meanwhile, and the scheduler's path through the UiBridge into the window."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from crm_desktop.models import Task, TaskReminder, utcnow
from crm_desktop.services.reminders import DueReminder, ReminderService, ReminderSpec
from crm_desktop.services.tasks import TaskInput, TaskService
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.tasks.reminder_window import COL_DUE, ReminderWindow
from crm_desktop.ui.tasks.task_dialog import CompleteTaskDialog
from crm_desktop.ui.tasks.tray import TrayController
from tests.ui.helpers import answer_modal


class Clock:
    """A clock the test moves by hand (naive UTC)."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2030, 3, 13, 8, 0))


def due_reminders(ctx: AppContext, clock: Clock) -> list[DueReminder]:
    """Two tasks an hour ahead with a reminder at their time; then the clock moves past both."""
    tasks = TaskService(ctx.db, ctx.user_id, clock=clock)
    for title, minutes in (("Call Anna", 60), ("Send the offer", 65)):
        tasks.create(TaskInput(title=title, kind="call", due_at=clock.now + timedelta(minutes=minutes),
                               reminders=(ReminderSpec(0),)))
    clock.now += timedelta(minutes=70)
    return ReminderService(ctx.db, ctx.user_id, clock=clock).due()


def reminder_row(ctx: AppContext, reminder_id: int) -> TaskReminder:
    with ctx.db.session(write=False) as s:
        row = s.get(TaskReminder, reminder_id)
        assert row is not None
        s.expunge(row)
        return row


def window_with(qtbot, ctx: AppContext, clock: Clock, due: list[DueReminder]) -> ReminderWindow:  # type: ignore[no-untyped-def]
    window = ReminderWindow(ctx, clock=clock)
    qtbot.addWidget(window)
    window.set_due(due)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_lists_the_due_reminders_with_an_overdue_marker(qtbot, ctx: AppContext, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    window = window_with(qtbot, ctx, clock, due_reminders(ctx, clock))
    assert window.tree.topLevelItemCount() == 2
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert not window.isModal()
    assert "overdue" in window.tree.topLevelItem(0).text(COL_DUE)
    assert window.heading.text().startswith("2 reminder")


def test_snooze_ten_minutes_sets_snoozed_until(qtbot, ctx: AppContext, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    due = due_reminders(ctx, clock)
    window = window_with(qtbot, ctx, clock, due)
    window.select_ids([due[0].id])
    window.snooze_actions[0].trigger()
    qtbot.waitUntil(lambda: window.tree.topLevelItemCount() == 1, timeout=5000)
    assert reminder_row(ctx, due[0].id).snoozed_until == clock.now + timedelta(minutes=10)
    assert reminder_row(ctx, due[1].id).snoozed_until is None
    clock.now += timedelta(minutes=11)
    assert due[0].id in [r.id for r in ReminderService(ctx.db, clock=clock).due()]


def test_delete_key_dismisses_the_selection(qtbot, ctx: AppContext, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    due = due_reminders(ctx, clock)
    window = window_with(qtbot, ctx, clock, due)
    window.select_ids([r.id for r in due])
    qtbot.keyClick(window.tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.tree.topLevelItemCount() == 0, timeout=5000)
    assert all(reminder_row(ctx, r.id).acknowledged_at is not None for r in due)
    assert not window.isVisible()   # nothing left to show


def test_a_reminder_taken_on_another_computer_just_disappears(qtbot, ctx: AppContext, clock: Clock,  # type: ignore[no-untyped-def]
                                                              warnings: list[str]) -> None:
    due = due_reminders(ctx, clock)
    window = window_with(qtbot, ctx, clock, due)
    assert ReminderService(ctx.db, user_id=None, clock=clock).acknowledge([due[0].id]) == [due[0].id]
    window.select_ids([due[0].id])
    window.dismiss_selected()
    qtbot.waitUntil(lambda: window.tree.topLevelItemCount() == 1, timeout=5000)
    assert warnings == []


def test_d_completes_the_task_with_its_result(qtbot, ctx: AppContext, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    due = due_reminders(ctx, clock)
    window = window_with(qtbot, ctx, clock, due)
    window.select_ids([due[1].id])

    def finish(dialog: CompleteTaskDialog) -> None:  # type: ignore[override]
        dialog.result_edit.setPlainText("Offer sent")
        dialog.plan_next.setChecked(False)
        dialog.accept()

    answer_modal(qtbot, CompleteTaskDialog, finish)  # type: ignore[arg-type]
    qtbot.keyClick(window.tree, Qt.Key.Key_D)
    assert [window.tree.topLevelItem(i).text(0) for i in range(window.tree.topLevelItemCount())] == [
        "Call: Call Anna"]
    with ctx.db.session(write=False) as s:
        task = s.get(Task, due[1].task_id)
        assert task is not None
        assert task.result == "Offer sent"
    assert reminder_row(ctx, due[1].id).acknowledged_at is not None


# The offscreen platform cannot raise a window or pass size hints and says so; real platforms do it silently.
@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support propagateSizeHints")
def test_the_scheduler_fires_through_the_bridge_into_the_window(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    main = QMainWindow()
    qtbot.addWidget(main)
    TaskService(ctx.db, ctx.user_id).create(TaskInput(
        title="Call back Jan", kind="call", due_at=utcnow() + timedelta(seconds=2), reminders=(ReminderSpec(0),)))
    tray = TrayController(main, ctx, use_tray=False)
    tray.start()
    try:
        qtbot.waitUntil(lambda: tray.reminder_window.isVisible(), timeout=15_000)
        assert [r.task_title for r in tray.reminder_window.reminders] == ["Call back Jan"]
        assert tray.reminder_window.reminders[0].is_new
    finally:
        tray.stop()
    assert tray.scheduler is None
