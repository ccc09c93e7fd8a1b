"""Word documents in the window: the template manager (Tools › Templates…) and the Generate dialog.

Shared by both: the table that lists a template's problems (or its placeholders), and opening a file in the
program the system has for it."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from crm_desktop.services.documents import TemplateProblem
from crm_desktop.ui.i18n import isolate_ltr

TEXT_ROLE = Qt.ItemDataRole.UserRole   # an item's text as given, for reading it back


def bidi_safe(text: str, widget: QWidget) -> str:
    """Text for an item of a right-to-left view: an item's base direction is the view's, so an English message
    (the services speak English) or a path would have its punctuation moved to the wrong end; wrap those."""
    if not widget.isRightToLeft():
        return text
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return text
        if direction == "L":
            return isolate_ltr(text)
    return text


def open_in_system(path: Path) -> bool:
    """Open a file or a folder in the program the system has for it; False when none could."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ProblemsTable(QTableWidget):
    """What is wrong with a template and where (two columns), or the placeholders it uses (one column)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def show_problems(self, problems: Sequence[TemplateProblem]) -> None:
        """Errors (the template is refused) first, then warnings (it works, but may not do what was meant)."""
        self.setColumnCount(2)
        self.setHorizontalHeaderLabels([self.tr("Problem"), self.tr("Where")])
        ordered = sorted(problems, key=lambda p: p.severity != "error")
        self._fill([(p.message if p.severity == "error" else self.tr("Warning: %1").replace("%1", p.message),
                     p.where) for p in ordered])

    def show_placeholders(self, names: Sequence[str]) -> None:
        self.setColumnCount(1)
        self.setHorizontalHeaderLabels([self.tr("Placeholder")])
        # Placeholders are code ({{ company.name }}): they read left to right also in a right-to-left window.
        self._fill([(name,) for name in names], Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Wrapped texts need their rows as tall as the new column widths make them.
        self.resizeRowsToContents()

    def rows(self) -> list[tuple[str, ...]]:
        """The texts of the table, row by row (as given, without the marks that keep their direction)."""
        def text(row: int, column: int) -> str:
            item = self.item(row, column)
            return str(item.data(TEXT_ROLE)) if item is not None else ""

        return [tuple(text(row, column) for column in range(self.columnCount())) for row in range(self.rowCount())]

    def _fill(self, rows: list[tuple[str, ...]], alignment: Qt.AlignmentFlag | None = None) -> None:
        self.setRowCount(len(rows))
        for row, texts in enumerate(rows):
            for column, text in enumerate(texts):
                item = QTableWidgetItem(bidi_safe(text, self))
                item.setData(TEXT_ROLE, text)
                item.setToolTip(text)
                if alignment is not None:
                    item.setTextAlignment(alignment | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, item)
        self.resizeRowsToContents()
