"""The one door from worker threads (scheduler, services) into the UI: signals emitted from any thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

# The data_changed kind posted when another user of a shared file saved something: anything may have changed.
CHANGED_BY_OTHERS = "others"


class UiBridge(QObject):
    """App-wide signals. Emitting is thread-safe; connected slots run on the UI thread (queued connection)."""

    message_posted = Signal(str)
    error_posted = Signal(str)
    reminder_due = Signal(object)
    data_changed = Signal(str)  # the kind of records that changed: "contacts", "deals", "tasks", ...
    write_waiting = Signal(bool)  # a save waits for another user of a shared file (True) or no longer (False)

    def post_message(self, text: str) -> None:
        self.message_posted.emit(text)

    def post_error(self, text: str) -> None:
        self.error_posted.emit(text)

    def post_reminder(self, reminder: object) -> None:
        self.reminder_due.emit(reminder)

    def post_data_changed(self, kind: str) -> None:
        self.data_changed.emit(kind)

    def post_write_waiting(self, waiting: bool) -> None:
        self.write_waiting.emit(waiting)
