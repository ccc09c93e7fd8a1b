"""Small pieces every dialog uses: a Yes/No question that defaults to No, a button that Enter never presses, and
running a modal dialog so that it is destroyed on the UI thread."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    """Ask before something destructive; No is the default, so a stray Enter changes nothing."""
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def side_button(parent: QWidget, text: str, name: str) -> QPushButton:
    """A button beside a list or table: Enter there edits or opens the row, it must not press this button."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAutoDefault(False)
    return button


def run_modal(dialog: QDialog) -> bool:
    """exec() a dialog, then hand it back to Qt to be deleted here, on the UI thread; True when accepted.

    PySide6 6.11 gives a dialog that went through exec() to Python. A dialog caught in a reference cycle is then
    freed by whichever thread next runs the garbage collector, often the task runner's worker, and a widget
    destroyed there crashes the app. deleteLater() gives ownership back to Qt; the dialog stays readable until the
    event loop runs again.
    """
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
