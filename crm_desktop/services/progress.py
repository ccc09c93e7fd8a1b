"""How long work reports progress and learns it was cancelled, without knowing about Qt."""

from __future__ import annotations

import threading
from collections.abc import Callable

from crm_desktop.errors import CancelledError

ProgressCallback = Callable[[int, int, str], None]


class Progress:
    """Passed into long service calls: `step()` reports and raises CancelledError once cancel() was called."""

    def __init__(self, callback: ProgressCallback | None = None) -> None:
        self._callback = callback
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def step(self, done: int, total: int, text: str = "") -> None:
        if self._cancelled.is_set():
            raise CancelledError("Cancelled; nothing was changed.")
        if self._callback is not None:
            self._callback(done, total, text)


NO_PROGRESS = Progress()
