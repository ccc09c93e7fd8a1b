"""The task editor and the completion dialog over a real database: a repeating task with a reminder, a checklist,
one occurrence changed alone, a version conflict, and completing with a result and a next task."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QTime
from sqlalchemy import select

from crm_desktop.models import Activity, Company, Person, Task, TaskReminder
from crm_desktop.services.recurrence import Recurrence
from crm_desktop.services.reminders import ReminderSpec
from crm_desktop.services.tasks import TaskInput, TaskService
from crm_desktop.ui.contacts.person_card import ConflictDialog
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.i18n import local_to_utc
from crm_desktop.ui.tasks.task_dialog import (
    REMIND_HOURS,
    SCOPE_ONE,
    SCOPE_SERIES,
    CompleteTaskDialog,
    TaskDialog,
)
from tests.ui.helpers import answer_modal


@pytest.fixture
def service(ctx: AppContext) -> TaskService:
    return TaskService(ctx.db, ctx.user_id)


def a_person(ctx: AppContext) -> tuple[int, int]:
    with ctx.db.session() as s:
        company = Company(name="Vries BV")
        s.add(company)
        s.flush()
        person = Person(first_name="Jan", last_name="de Vries", company_id=company.id)
        s.add(person)
        s.flush()
        return person.id, company.id


def test_creates_a_weekly_task_with_a_reminder_and_a_checklist(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    person_id, company_id = a_person(ctx)
    start = datetime.now().replace(second=0, microsecond=0) + timedelta(days=2)
    dialog = TaskDialog(ctx, start=local_to_utc(start), person_id=person_id)
    qtbot.addWidget(dialog)
    saved: list[int] = []
    dialog.saved.connect(saved.append)
    assert dialog.company_picker.chosen() is None or dialog.company_picker.chosen().id == company_id
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("call"))
    dialog.title_edit.setText("Weekly check-in")
    dialog.freq_combo.setCurrentIndex(dialog.freq_combo.findData("weekly"))
    dialog.interval_spin.setValue(2)
    for check in dialog.weekday_checks.values():
        check.setChecked(False)
    dialog.weekday_checks[start.weekday()].setChecked(True)
    dialog.end_count.setChecked(True)
    dialog.count_spin.setValue(6)
    dialog.reminder_kind.setCurrentIndex(REMIND_HOURS)
    dialog.reminder_amount.setValue(2)
    dialog.on_add_reminder_button_clicked()
    dialog.new_item_edit.setText("Prepare the figures")
    dialog.on_add_item_button_clicked()
    dialog.new_item_edit.setText("Send the minutes")
    dialog.on_add_item_button_clicked()
    assert dialog.checklist_progress.format() == "0 of 2 done"
    dialog.accept()
    assert saved
    assert dialog.result() == TaskDialog.DialogCode.Accepted

    with ctx.db.session(write=False) as s:
        task = s.get(Task, saved[0])
        assert task is not None
        assert task.title == "Weekly check-in"
        assert task.kind == "call"
        assert task.person_id == person_id
        assert task.company_id == company_id   # the person's company comes along
        assert task.recurrence_rule is not None
        assert "FREQ=WEEKLY" in task.recurrence_rule
        assert "INTERVAL=2" in task.recurrence_rule
        assert "COUNT=6" in task.recurrence_rule
        reminders = list(s.scalars(select(TaskReminder).where(TaskReminder.task_id == task.id)))
        assert [r.offset_min for r in reminders] == [120]
        assert reminders[0].remind_at == task.due_at - timedelta(hours=2)
        items = list(s.scalars(select(Task).where(Task.parent_id == task.id).order_by(Task.position)))
        assert [i.title for i in items] == ["Prepare the figures", "Send the minutes"]


def test_edits_an_existing_task_and_ticks_its_checklist(qtbot, ctx: AppContext, service: TaskService) -> None:  # type: ignore[no-untyped-def]
    due = local_to_utc(datetime.now().replace(second=0, microsecond=0) + timedelta(days=1))
    task_id = service.create(TaskInput(title="Offer", kind="email", due_at=due)).id
    first = service.add_subtask(task_id, "Draft")
    service.add_subtask(task_id, "Check prices")
    dialog = TaskDialog(ctx, task_id)
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == "Offer"
    assert dialog.checklist_list.count() == 2
    dialog.checklist_list.item(0).setCheckState(dialog.checklist_list.item(0).checkState().Checked)
    assert dialog.checklist_progress.format() == "1 of 2 done"
    dialog.title_edit.setText("Offer v2")
    dialog.all_day_check.setChecked(True)
    assert dialog.save()
    detail = service.get(task_id)
    assert detail.input.title == "Offer v2"
    assert detail.input.all_day
    assert [(i.id, i.done) for i in detail.checklist.items][0] == (first, True)
    assert ctx.undo.can_undo()


def test_one_occurrence_or_the_whole_series(qtbot, ctx: AppContext, service: TaskService,  # type: ignore[no-untyped-def]
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    start = local_to_utc(datetime.now().replace(hour=9, minute=0, second=0, microsecond=0) + timedelta(days=1))
    series_id = service.create(TaskInput(title="Stand-up", due_at=start, recurrence=Recurrence("daily"))).id
    second = start + timedelta(days=1)
    dialog = TaskDialog(ctx, series_id, occurrence_start=second)
    qtbot.addWidget(dialog)
    assert dialog.occurrence_label.isVisibleTo(dialog)
    monkeypatch.setattr(dialog, "ask_scope", lambda: SCOPE_ONE)
    dialog.title_edit.setText("Stand-up (moved)")
    dialog.time_edit.setTime(QTime(11, 0))
    assert dialog.save()
    assert dialog.saved_id != series_id
    own = service.get(dialog.saved_id or 0)
    assert own.series_id == series_id
    assert own.input.title == "Stand-up (moved)"
    assert service.get(series_id).input.title == "Stand-up"

    third = start + timedelta(days=2)
    dialog = TaskDialog(ctx, series_id, occurrence_start=third)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "ask_scope", lambda: SCOPE_SERIES)
    dialog.title_edit.setText("Daily stand-up")
    assert dialog.save()
    series = service.get(series_id)
    assert series.input.title == "Daily stand-up"
    assert series.input.due_at == start


def test_a_conflict_shows_their_change_and_overwrites_nothing(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                           service: TaskService, warnings: list[str]) -> None:
    task_id = service.create(TaskInput(title="Call back", due_at=local_to_utc(datetime.now() + timedelta(days=1)))).id
    dialog = TaskDialog(ctx, task_id)
    qtbot.addWidget(dialog)
    theirs = service.get(task_id)
    service.update(task_id, TaskInput(**{**theirs.input.__dict__, "title": "Call back (theirs)"}), theirs.version)
    dialog.title_edit.setText("Call back (mine)")
    seen: list[str] = []

    def cancel(box: ConflictDialog) -> None:  # type: ignore[override]
        seen.extend(r.text() for pair in box.radios.values() for r in pair)
        box.reject()

    answer_modal(qtbot, ConflictDialog, cancel)  # type: ignore[arg-type]
    assert not dialog.save()
    assert "Call back (theirs)" in seen
    assert "Call back (mine)" in seen
    assert service.get(task_id).input.title == "Call back (theirs)"
    assert "changed elsewhere" in dialog.status_label.text()


def test_complete_with_a_result_logs_it_and_offers_the_next_task(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                                 service: TaskService) -> None:
    person_id, _company_id = a_person(ctx)
    task_id = service.create(TaskInput(title="Call Jan", kind="call", person_id=person_id,
                                       due_at=local_to_utc(datetime.now() - timedelta(hours=1)),
                                       reminders=(ReminderSpec(0),))).id
    dialog = CompleteTaskDialog(ctx, task_id)
    qtbot.addWidget(dialog)
    assert dialog.plan_next.isChecked()
    dialog.outcome_buttons[0].click()
    assert dialog.result_edit.toPlainText() == "Reached, agreed on the next step"

    def plan(editor: TaskDialog) -> None:  # type: ignore[override]
        assert editor.title_edit.text() == "Follow up: Call Jan"
        assert editor.person_picker.chosen() is not None
        editor.accept()

    answer_modal(qtbot, TaskDialog, plan)  # type: ignore[arg-type]
    dialog.accept()
    assert dialog.completion is not None
    assert dialog.next_task_id is not None
    with ctx.db.session(write=False) as s:
        task = s.get(Task, task_id)
        assert task is not None
        assert task.done_at is not None
        assert task.result == "Reached, agreed on the next step"
        activity = s.scalar(select(Activity).where(Activity.task_id == task_id))
        assert activity is not None
        assert activity.person_id == person_id
        assert activity.kind == "call"
        planned = s.get(Task, dialog.next_task_id)
        assert planned is not None
        assert planned.person_id == person_id
        assert planned.done_at is None
