"""Small pieces every dialog uses: a Yes/No question that defaults to No, and a button that Enter never presses."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


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
