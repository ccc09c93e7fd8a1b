"""The Calendar panel: creating, moving and resizing tasks by mouse in the week view, the Solar Hijri month in
Persian, the week start of the locale, and laying out items that overlap."""

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QCalendar, QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from crm_desktop.models import Task
from crm_desktop.services.recurrence import Recurrence, to_utc
from crm_desktop.services.tasks import TaskInput, TaskService
from crm_desktop.ui.calendar.common import lay_out_lanes, lay_out_overlaps
from crm_desktop.ui.calendar.panel import CalendarPanel
from crm_desktop.ui.calendar.time_grid import HOUR_HEIGHT
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.i18n import install_language
from crm_desktop.ui.tasks.task_dialog import TaskDialog
from tests.ui.helpers import answer_modal

WEDNESDAY = date(2025, 3, 12)


@pytest.fixture
def panel(qtbot, ctx: AppContext) -> Iterator[CalendarPanel]:  # type: ignore[no-untyped-def]
    widget = CalendarPanel(ctx)
    qtbot.addWidget(widget)
    widget.setLocale(QLocale("en_US"))
    widget.resize(1100, 760)
    widget.anchor = WEDNESDAY
    widget.set_view("week")
    widget.show()
    qtbot.waitExposed(widget)
    settle(qtbot, widget)
    yield widget
    ctx.runner.wait_idle(10_000)


def settle(qtbot, panel: CalendarPanel) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not panel.ctx.runner.busy, timeout=10_000)
    QApplication.processEvents()


def add_task(ctx: AppContext, when: datetime, minutes: int = 30, **extra: object) -> int:
    service = TaskService(ctx.db, ctx.user_id)
    return service.create(TaskInput(title="Call Anna", kind="call", due_at=to_utc(when, service.tz),
                                    duration_min=minutes, **extra)).id  # type: ignore[arg-type]


def row(ctx: AppContext, task_id: int) -> Task:
    with ctx.db.session(write=False) as s:
        task = s.get(Task, task_id)
        assert task is not None
        s.expunge(task)
        return task


def drag(qtbot, widget, start: QPoint, end: QPoint) -> None:  # type: ignore[no-untyped-def]
    """Press, move in steps (past the drag distance) and release, as a hand does."""
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(widget, start + (end - start) * step / 5)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def test_dragging_over_free_time_opens_the_task_dialog_with_that_span(qtbot, panel: CalendarPanel,
                                                                      ctx: AppContext) -> None:
    grid = panel.grid
    assert grid.days[0] == date(2025, 3, 9)
    assert len(grid.days) == 7
    grid.scroll_to_minutes(10 * 60)

    def fill(dialog: TaskDialog) -> None:  # type: ignore[override]
        dialog.title_edit.setText("Plan the launch")
        dialog.accept()

    seen = answer_modal(qtbot, TaskDialog, fill)  # type: ignore[arg-type]
    drag(qtbot, grid.viewport(), grid.slot_point(WEDNESDAY, 10 * 60), grid.slot_point(WEDNESDAY, 10 * 60 + 55))
    assert seen
    settle(qtbot, panel)
    with ctx.db.session(write=False) as s:
        task = s.scalars(select(Task).where(Task.title == "Plan the launch")).one()
        tz = TaskService(ctx.db).tz
        assert task.due_at == to_utc(datetime(2025, 3, 12, 10, 0), tz)
        assert task.duration_min == 60
        assert not task.all_day
    qtbot.waitUntil(lambda: any(e.item.title == "Plan the launch" for e in grid.entries), timeout=5000)


def test_dragging_an_item_reschedules_it_to_another_day_and_hour(qtbot, panel: CalendarPanel,
                                                                 ctx: AppContext) -> None:
    task_id = add_task(ctx, datetime(2025, 3, 12, 9, 0))
    panel.reload()
    settle(qtbot, panel)
    grid = panel.grid
    grid.scroll_to_minutes(9 * 60)
    rect = grid.entry_rect(f"t{task_id}")
    assert rect is not None
    start = rect.center().toPoint()
    _left, width = grid.day_span(0)
    drag(qtbot, grid.viewport(), start, start + QPoint(int(width), HOUR_HEIGHT))
    settle(qtbot, panel)
    assert row(ctx, task_id).due_at == to_utc(datetime(2025, 3, 13, 10, 0), TaskService(ctx.db).tz)
    qtbot.waitUntil(lambda: any(e.start == datetime(2025, 3, 13, 10, 0) for e in grid.entries), timeout=5000)
    # The move is one step of the window's undo history.
    assert ctx.undo.can_undo()


def test_dragging_the_bottom_edge_changes_the_duration(qtbot, panel: CalendarPanel, ctx: AppContext) -> None:
    task_id = add_task(ctx, datetime(2025, 3, 11, 9, 0))
    panel.reload()
    settle(qtbot, panel)
    grid = panel.grid
    grid.scroll_to_minutes(9 * 60)
    rect = grid.entry_rect(f"t{task_id}")
    assert rect is not None
    edge = QPoint(int(rect.center().x()), int(rect.bottom()) - 2)
    drag(qtbot, grid.viewport(), edge, QPoint(edge.x(), int(grid.y_of(10 * 60 + 30))))
    settle(qtbot, panel)
    assert row(ctx, task_id).duration_min == 90
    assert row(ctx, task_id).due_at == to_utc(datetime(2025, 3, 11, 9, 0), TaskService(ctx.db).tz)


def test_moving_an_occurrence_asks_one_or_series_and_detaches_one(qtbot, panel: CalendarPanel,
                                                                  ctx: AppContext) -> None:
    series_id = add_task(ctx, datetime(2025, 3, 10, 8, 0), recurrence=Recurrence(freq="daily", count=5))
    panel.reload()
    settle(qtbot, panel)
    grid = panel.grid
    grid.scroll_to_minutes(8 * 60)
    occurrence = next(e for e in grid.entries if e.start == datetime(2025, 3, 12, 8, 0))
    rect = grid.entry_rect(occurrence.key)
    assert rect is not None

    def only_this(box: QMessageBox) -> None:  # type: ignore[override]
        box.buttons()[[b.text() for b in box.buttons()].index("Only this &occurrence")].click()

    seen = answer_modal(qtbot, QMessageBox, only_this)  # type: ignore[arg-type]
    start = rect.center().toPoint()
    drag(qtbot, grid.viewport(), start, start + QPoint(0, 2 * HOUR_HEIGHT))
    assert seen
    settle(qtbot, panel)
    tz = TaskService(ctx.db).tz
    with ctx.db.session(write=False) as s:
        detached = s.scalars(select(Task).where(Task.series_id == series_id)).one()
        assert detached.due_at == to_utc(datetime(2025, 3, 12, 10, 0), tz)
        assert detached.occurrence_start == to_utc(datetime(2025, 3, 12, 8, 0), tz)


def test_keyboard_moves_the_slot_and_enter_opens_the_item_under_it(qtbot, panel: CalendarPanel,
                                                                   ctx: AppContext) -> None:
    task_id = add_task(ctx, datetime(2025, 3, 12, 9, 0))
    panel.reload()
    settle(qtbot, panel)
    grid = panel.grid
    grid.setFocus()
    grid.cursor_day, grid.cursor_min = date(2025, 3, 11), 9 * 60
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.selected_key == f"t{task_id}"
    seen = answer_modal(qtbot, TaskDialog, lambda d: d.reject())  # type: ignore[arg-type]
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert seen
    assert seen[0].task_id == task_id
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Right)   # past Saturday: the next week is shown
    settle(qtbot, panel)
    assert grid.days[0] == date(2025, 3, 16)
    assert grid.cursor_day == date(2025, 3, 16)


def test_month_view_in_persian_lays_out_the_solar_hijri_month(qtbot, ctx: AppContext) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "fa")
    widget = CalendarPanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.anchor = date(2025, 3, 25)            # 5 Farvardin 1404
    widget.set_view("month")
    widget.show()
    qtbot.waitExposed(widget)
    settle(qtbot, widget)
    jalali = QCalendar(QCalendar.System.Jalali)
    grid = widget.month_view.grid
    assert grid is not None
    assert grid.month_first == date(2025, 3, 21)
    assert grid.days_in_month == jalali.daysInMonth(1, 1404) == 31
    assert grid.first_cell.isoweekday() == 6     # the Iranian week starts on Saturday
    assert jalali.monthName(QLocale("fa"), 1, 1404) in widget.range_label.text()
    assert "۱۴۰۴" in widget.range_label.text()
    # Right to left: Saturday's cell is the rightmost of its row.
    cells = widget.month_view.cells()
    assert widget.isRightToLeft()
    assert cells[0].rect.left() > cells[6].rect.left()
    widget.step(-1)                               # Esfand 1403, a leap year's 30 days
    settle(qtbot, widget)
    previous = widget.month_view.grid
    assert previous is not None
    assert previous.days_in_month == jalali.daysInMonth(12, 1403) == 30
    assert jalali.monthName(QLocale("fa"), 12, 1403) in widget.range_label.text()


@pytest.mark.parametrize(("locale", "first"), [("en_US", date(2025, 3, 9)), ("de_DE", date(2025, 3, 10)),
                                               ("fa_IR", date(2025, 3, 8))])
def test_the_week_starts_on_the_locales_first_day(panel: CalendarPanel, locale: str, first: date) -> None:
    panel.setLocale(QLocale(locale))
    assert panel.date_range() == (first, first + timedelta(days=7))
    panel.set_view("month")
    grid = panel.month_view.grid
    assert grid is not None
    assert grid.first_cell.isoweekday() == QLocale(locale).firstDayOfWeek().value


def test_overlapping_items_share_the_width_and_separate_ones_keep_it() -> None:
    spans = [(0.0, 60.0), (30.0, 90.0), (45.0, 50.0), (120.0, 150.0)]
    assert lay_out_overlaps(spans) == [(0, 3), (1, 3), (2, 3), (0, 1)]
    assert lay_out_overlaps([(0.0, 30.0), (30.0, 60.0)]) == [(0, 1), (0, 1)]
    assert lay_out_lanes([(0, 2), (1, 1), (3, 4), (2, 3)]) == [0, 1, 0, 1]


def test_the_lists_toggle_shows_the_task_lists_beside_the_calendar(qtbot, panel: CalendarPanel) -> None:
    assert panel.lists is None
    panel.lists_button.click()
    settle(qtbot, panel)
    assert panel.lists is not None
    assert panel.lists.isVisible()
    assert panel.splitter.indexOf(panel.lists) == 1
    panel.lists_button.click()
    assert not panel.lists.isVisible()
