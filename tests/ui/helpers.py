"""What the widget tests share: answering a modal dialog from inside the test, and clicking a radio button."""

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QRadioButton, QWidget


def answer_modal(qtbot, kind: type[QWidget], act: Callable[[QWidget], None]) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Act on the next modal dialog of `kind` as soon as it is on screen (a modal exec() blocks the test)."""
    seen: list[QWidget] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible() and dialog not in seen:
            seen.append(dialog)
            qtbot.waitExposed(dialog)
            dialog.activateWindow()  # a window manager activates a new dialog; the offscreen platform waits
            qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
            try:
                act(dialog)
            except BaseException:
                if isinstance(dialog, QDialog) and dialog.isVisible():
                    dialog.reject()  # a failed check must fail the test, not leave it waiting on the dialog
                raise
        elif len(seen) == 0:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


def click_radio(qtbot, radio: QRadioButton) -> None:  # type: ignore[no-untyped-def]
    """Click on the radio's indicator (its middle may lie beyond its short text, where clicks do nothing)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(radio.height() // 2, radio.height() // 2))
    assert radio.isChecked()
