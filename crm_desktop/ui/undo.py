"""The window's undo history: each user action that can be taken back leaves one step here; Ctrl+Z takes the last.

A step is a label and a function that reverses the action through the services (restore from the Trash, the
previous field values with the version the save produced, undo a merge). The services check versions, so an undo
over a record someone changed since is refused with a message instead of overwriting their change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

MAX_STEPS = 50


@dataclass(frozen=True)
class UndoStep:
    text: str                     # what the menu says after "Undo": "Delete 3 people", "Edit Anna Smith"
    undo: Callable[[], object]    # runs on the task runner's worker: database work only, no widgets


class UndoStack(QObject):
    """The last MAX_STEPS undoable actions, newest last."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: list[UndoStep] = []

    def push(self, text: str, undo: Callable[[], object]) -> None:
        self._steps.append(UndoStep(text, undo))
        del self._steps[:-MAX_STEPS]
        self.changed.emit()

    def can_undo(self) -> bool:
        return bool(self._steps)

    def undo_text(self) -> str:
        return self._steps[-1].text if self._steps else ""

    def take(self) -> UndoStep | None:
        """Remove and return the newest step; the caller runs it."""
        if not self._steps:
            return None
        step = self._steps.pop()
        self.changed.emit()
        return step

    def clear(self) -> None:
        """Forget every step: after opening another database they would act on the wrong file."""
        self._steps.clear()
        self.changed.emit()
