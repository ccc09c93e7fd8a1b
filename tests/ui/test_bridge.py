"""UiBridge: signals emitted on any thread arrive on the UI thread."""

import threading

from PySide6.QtCore import QObject, QThread, Slot
from PySide6.QtWidgets import QApplication

from crm_desktop.ui.bridge import UiBridge


class Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.got: list[tuple[str, bool]] = []

    @Slot(object)
    def on_bridge_reminder_due(self, reminder: object) -> None:
        self.got.append((str(reminder), QThread.currentThread() is QApplication.instance().thread()))

    @Slot(str)
    def on_bridge_message_posted(self, text: str) -> None:
        self.got.append((text, QThread.currentThread() is QApplication.instance().thread()))


def test_emits_from_a_worker_thread_run_slots_on_the_ui_thread(qtbot) -> None:
    bridge = UiBridge()
    receiver = Receiver()
    bridge.reminder_due.connect(receiver.on_bridge_reminder_due)
    bridge.message_posted.connect(receiver.on_bridge_message_posted)

    def worker() -> None:
        bridge.post_reminder("call Anna at 10:00")
        bridge.post_message("saved")

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(receiver.got) == 2, timeout=3000)
    assert receiver.got == [("call Anna at 10:00", True), ("saved", True)]
