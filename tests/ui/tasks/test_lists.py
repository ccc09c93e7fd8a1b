"""The task lists with a fixed clock: today, overdue, upcoming, by owner, records without a next task; Space
completes the task chosen."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from crm_desktop.models import Person, Task
from crm_desktop.services.tasks import TaskInput, TaskService
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.tasks.lists import (
    COL_DUE,
    COL_TITLE,
    LIST_BY_OWNER,
    LIST_OVERDUE,
    LIST_UPCOMING,
    LIST_WITHOUT_NEXT,
    OVERDUE_COLOR,
    TaskListsWidget,
)
from crm_desktop.ui.tasks.task_dialog import CompleteTaskDialog
from tests.ui.helpers import answer_modal

NOW = datetime(2030, 3, 13, 12, 0)   # naive UTC, a Wednesday


@pytest.fixture
def service(ctx: AppContext) -> TaskService:
    return TaskService(ctx.db, ctx.user_id, clock=lambda: NOW)


def titles(widget: TaskListsWidget) -> list[str]:
    return [widget.model.index(r, COL_TITLE).data() for r in range(widget.model.rowCount())]


def show(qtbot, widget: TaskListsWidget, key: str) -> None:  # type: ignore[no-untyped-def]
    widget.set_list(key)
    widget.refresh()
    qtbot.waitUntil(lambda: not widget.loading, timeout=5000)


def test_lists_show_today_overdue_upcoming_and_by_owner(qtbot, ctx: AppContext, service: TaskService) -> None:  # type: ignore[no-untyped-def]
    service.create(TaskInput(title="Call later today", kind="call", due_at=NOW + timedelta(hours=3)))
    service.create(TaskInput(title="Late offer", kind="email", due_at=NOW - timedelta(days=2), priority=2))
    service.create(TaskInput(title="Next week visit", kind="meeting", due_at=NOW + timedelta(days=3)))
    service.create(TaskInput(title="Far away", due_at=NOW + timedelta(days=30)))
    widget = TaskListsWidget(ctx, clock=lambda: NOW)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: not widget.loading, timeout=5000)
    assert titles(widget) == ["Call later today"]
    show(qtbot, widget, LIST_OVERDUE)
    assert titles(widget) == ["Late offer"]
    assert widget.model.index(0, COL_DUE).data(Qt.ItemDataRole.ForegroundRole).color().name() == OVERDUE_COLOR
    assert widget.model.index(0, COL_TITLE).data(Qt.ItemDataRole.FontRole).bold()
    show(qtbot, widget, LIST_UPCOMING)
    assert titles(widget) == ["Next week visit"]
    show(qtbot, widget, LIST_BY_OWNER)
    assert titles(widget) == ["Late offer", "Call later today", "Next week visit", "Far away"]


def test_without_next_task_lists_a_client_and_plans_for_it(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.session() as s:
        person = Person(first_name="Olga", last_name="Ivanova", status="client")
        s.add(person)
        s.flush()
        person_id = person.id
    widget = TaskListsWidget(ctx, clock=lambda: NOW)
    qtbot.addWidget(widget)
    show(qtbot, widget, LIST_WITHOUT_NEXT)
    names = [widget.model.index(r, 1).data() for r in range(widget.model.rowCount())]
    assert "Olga Ivanova" in names
    widget.view.selectRow(names.index("Olga Ivanova"))
    assert widget.new_button.text() == "&Plan a task…"
    row = widget.current_row()
    assert row is not None
    assert (row.kind, row.id) == ("person", person_id)


def test_space_completes_the_chosen_task(qtbot, ctx: AppContext, service: TaskService) -> None:  # type: ignore[no-untyped-def]
    task_id = service.create(TaskInput(title="Call later today", kind="call", due_at=NOW + timedelta(hours=3))).id
    widget = TaskListsWidget(ctx, clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1, timeout=5000)
    widget.view.selectRow(0)
    changed: list[bool] = []
    widget.changed.connect(lambda: changed.append(True))

    def finish(dialog: CompleteTaskDialog) -> None:  # type: ignore[override]
        dialog.result_edit.setPlainText("Talked, sends the order")
        dialog.plan_next.setChecked(False)
        dialog.accept()

    answer_modal(qtbot, CompleteTaskDialog, finish)  # type: ignore[arg-type]
    qtbot.keyClick(widget.view, Qt.Key.Key_Space)
    assert changed
    with ctx.db.session(write=False) as s:
        task = s.get(Task, task_id)
        assert task is not None
        assert task.result == "Talked, sends the order"
    qtbot.waitUntil(lambda: widget.model.rowCount() == 0, timeout=5000)
