"""Runs long work off the UI thread, one job at a time, with a progress dialog and a working Cancel."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from crm_desktop.errors import CancelledError, CrmError
from crm_desktop.services.progress import Progress

log = logging.getLogger(__name__)
PROGRESS_DELAY_MS = 500


class _JobSignals(QObject):
    """Created on the UI thread, so the worker's emits arrive there as queued calls."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """One piece of work: `fn(progress)` on the worker, then `on_done(result)` or `on_error(exc)` on the UI."""

    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.signals = _JobSignals()
        self.progress = Progress(self.signals.progressed.emit)
        self.dialog: QProgressDialog | None = None
        self.title: str | None = None
        # Reads only (a report, a preview): quitting cancels it without asking, as nothing of it would be lost.
        self.read_only = False

    def cancel(self) -> None:
        self.progress.cancel()

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except BaseException as exc:  # everything goes back to the UI thread to be shown
            if not isinstance(exc, CrmError):
                log.error("background job failed\n%s", traceback.format_exc())
            self._deliver(self.signals.failed, exc)
        else:
            self._deliver(self.signals.succeeded, result)

    def _deliver(self, signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            # The application is shutting down and took the receiving objects with it: nobody is waiting.
            log.info("a background job finished after the window was closed")


class TaskRunner(QObject):
    """A single worker thread for database work (writes are serialised anyway), results back on the UI thread.

    `synchronous=True` runs jobs in the caller's thread: unit tests use it to get results at once.
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._jobs: set[Job] = set()

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    @property
    def user_jobs(self) -> list[Job]:
        """Jobs the user started and sees a progress dialog for (not quick background refreshes)."""
        return [job for job in self._jobs if job.title is not None]

    @property
    def unsaved_jobs(self) -> list[Job]:
        """User jobs whose work would be lost by quitting now (writes, files being made), not mere reads."""
        return [job for job in self.user_jobs if not job.read_only]

    def cancel_all(self) -> None:
        for job in list(self._jobs):
            job.cancel()

    def run(
        self,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        title: str | None = None,
        parent_widget: QWidget | None = None,
        read_only: bool = False,
    ) -> Job:
        """Queue `fn`; with a `title`, a progress dialog with Cancel appears if it runs longer than 0.5 s."""
        job = Job(fn)
        job.title = title
        job.read_only = read_only
        self._jobs.add(job)

        def finish() -> None:
            if job.dialog is not None:
                job.dialog.reset()
                job.dialog.deleteLater()
                job.dialog = None
            self._jobs.discard(job)
            if not self._jobs:
                self.busy_changed.emit(False)

        def done(result: object) -> None:
            finish()
            if on_done is not None:
                on_done(result)

        def failed(exc: object) -> None:
            finish()
            if on_error is not None:
                on_error(exc)  # type: ignore[arg-type]
            elif not isinstance(exc, CancelledError):
                log.error("unhandled background error: %s", exc)

        job.signals.succeeded.connect(done)
        job.signals.failed.connect(failed)
        if title is not None:
            job.dialog = self._make_dialog(job, title, parent_widget)
        if len(self._jobs) == 1:
            self.busy_changed.emit(True)
        if self.synchronous:
            job.run()
        else:
            self._pool.start(job)
        return job

    def _make_dialog(self, job: Job, title: str, parent: QWidget | None) -> QProgressDialog:
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        dialog.setObjectName("taskProgressDialog")
        dialog.setWindowTitle(title)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(job.cancel)

        @Slot(int, int, str)
        def on_progress(done: int, total: int, text: str) -> None:
            if job.dialog is None:
                return
            job.dialog.setMaximum(max(total, 0))
            job.dialog.setValue(min(done, total) if total else 0)
            if text:
                job.dialog.setLabelText(text)

        job.signals.progressed.connect(on_progress)
        # QProgressDialog shows itself after minimumDuration only when setValue is called; make sure it does.
        def nudge() -> None:
            if job.dialog is not None:
                job.dialog.setValue(job.dialog.value() if job.dialog.value() >= 0 else 0)

        QTimer.singleShot(PROGRESS_DELAY_MS, nudge)
        return dialog

    def wait_idle(self, msecs: int = -1) -> bool:
        """Block until queued jobs finished on the worker (their UI callbacks run at the next event loop turn)."""
        return self._pool.waitForDone(msecs)
