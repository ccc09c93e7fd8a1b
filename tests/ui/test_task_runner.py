"""TaskRunner: work off the UI thread, results back on it, errors delivered, Cancel that rolls back."""

import threading
import time

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from sqlalchemy import func, select

from crm_desktop.db.database import Database
from crm_desktop.errors import CancelledError, ValidationError
from crm_desktop.models import Person
from crm_desktop.services.progress import Progress
from crm_desktop.ui.task_runner import TaskRunner


def test_work_runs_on_a_worker_and_the_result_arrives_on_the_ui_thread(qtbot, qapp: QApplication) -> None:
    runner = TaskRunner()
    seen: dict[str, object] = {}

    def work(_progress: Progress) -> int:
        seen["work_thread"] = threading.get_ident()
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["done_on_ui"] = QThread.currentThread() is qapp.thread()

    runner.run(work, done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["done_on_ui"] is True
    assert seen["work_thread"] != threading.get_ident()
    assert not runner.busy


def test_errors_reach_the_error_callback(qtbot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    def work(_progress: Progress) -> None:
        raise ValidationError("Email 'x' is not valid")

    runner.run(work, lambda _r: pytest.fail("must not succeed"), errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValidationError)
    assert "is not valid" in str(errors[0])


def test_jobs_run_one_at_a_time_in_order(qtbot) -> None:
    runner = TaskRunner()
    order: list[str] = []
    active = []

    def make(name: str):  # type: ignore[no-untyped-def]
        def work(_progress: Progress) -> str:
            active.append(name)
            assert len(active) == 1, "two jobs ran at once"
            time.sleep(0.05)
            active.remove(name)
            return name
        return work

    for name in ("a", "b", "c"):
        runner.run(make(name), order.append)
    qtbot.waitUntil(lambda: len(order) == 3, timeout=5000)
    assert order == ["a", "b", "c"]


def test_cancel_stops_the_work_and_its_transaction_is_rolled_back(qtbot, db: Database) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []
    started = threading.Event()

    def work(progress: Progress) -> None:
        with db.session() as s:
            for i in range(10_000):
                s.add(Person(first_name=f"P{i}", last_name="Cancelled"))
                if i % 100 == 0:
                    s.flush()
                    started.set()
                    progress.step(i, 10_000)
                    time.sleep(0.005)

    job = runner.run(work, lambda _r: pytest.fail("must be cancelled"), errors.append)
    assert started.wait(5)
    job.cancel()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert isinstance(errors[0], CancelledError)
    with db.session(write=False) as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0


def test_progress_dialog_appears_for_long_work_and_its_cancel_button_cancels(qtbot, qapp: QApplication) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    def work(progress: Progress) -> None:
        for i in range(400):
            progress.step(i, 400, f"row {i}")
            time.sleep(0.01)

    job = runner.run(work, None, errors.append, title="Long work")
    qtbot.waitUntil(lambda: job.dialog is not None and job.dialog.isVisible(), timeout=3000)
    dialog = job.dialog
    assert isinstance(dialog, QProgressDialog)
    assert dialog.maximum() == 400
    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button is not None
    assert cancel_button.text() == "Cancel"
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], CancelledError)
    assert job.dialog is None


def test_short_work_shows_no_dialog(qtbot) -> None:
    runner = TaskRunner()
    results: list[int] = []
    job = runner.run(lambda _p: 7, results.append, title="Quick")
    qtbot.waitUntil(lambda: results == [7], timeout=3000)
    assert job.dialog is None


def test_synchronous_runner_delivers_at_once() -> None:
    runner = TaskRunner(synchronous=True)
    results: list[str] = []
    runner.run(lambda _p: "now", results.append)
    assert results == ["now"]


def test_many_results_cross_threads_without_corrupting_the_interpreter(qtbot) -> None:
    """PySide6 6.12.0 lost a reference on every object emitted from a worker thread and aborted the app."""
    runner = TaskRunner()
    results: list[object] = []
    for index in range(600):
        runner.run(lambda _p, i=index: None if i % 3 == 0 else [i] if i % 3 == 1 else i % 2 == 0, results.append)
    qtbot.waitUntil(lambda: len(results) == 600, timeout=30_000)
    assert results[:4] == [None, [1], True, None]
