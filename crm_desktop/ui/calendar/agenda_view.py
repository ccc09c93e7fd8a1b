"""The agenda: the coming days as a list, each day with its items in order; read aloud well by screen readers."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from crm_desktop.ui.calendar.common import Entry, kind_colour, long_date, time_text

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


def kind_name(entry: Entry) -> str:
    """The kind as a reader sees it; a kind the user added is shown as typed."""
    names = {
        "call": QCoreApplication.translate("Calendar", "Call"),
        "meeting": QCoreApplication.translate("Calendar", "Meeting"),
        "email": QCoreApplication.translate("Calendar", "Email"),
        "todo": QCoreApplication.translate("Calendar", "To-do"),
        "birthday": QCoreApplication.translate("Calendar", "Birthday"),
        "anniversary": QCoreApplication.translate("Calendar", "Anniversary"),
    }
    item = entry.item
    name = item.source if item.source in ("birthday", "anniversary") else (item.task_kind or "todo")
    return names.get(name, name)


class AgendaView(QTreeWidget):
    """Days as bold rows, their items beneath: time, title and kind."""

    open_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaView")
        self.setColumnCount(3)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setIndentation(0)
        self.setIconSize(QSize(12, 12))
        self.setAlternatingRowColors(False)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.itemActivated.connect(self.on_item_activated)
        self._icons: dict[str, QIcon] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Time"), self.tr("Title"), self.tr("Kind")])

    def _icon(self, colour: QColor) -> QIcon:
        if colour.name() not in self._icons:
            pixmap = QPixmap(12, 12)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(1, 1, 10, 10)
            painter.end()
            self._icons[colour.name()] = QIcon(pixmap)
        return self._icons[colour.name()]

    def set_data(self, first: date, end: date, entries: list[Entry], today: date) -> None:
        self.clear()
        locale = self.locale()
        bold = QFont(self.font())
        bold.setBold(True)
        day = first
        while day < end:
            on_day = [e for e in entries if e.covers(day)]
            on_day.sort(key=lambda e: (not e.all_day, e.start, e.label()))
            if on_day or day == today:
                heading = QTreeWidgetItem(self)
                text = long_date(day, locale)
                if day == today:
                    text = self.tr("Today, %1").replace("%1", text)
                heading.setText(0, text)
                heading.setFirstColumnSpanned(True)
                heading.setFont(0, bold)
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                for entry in on_day:
                    row = QTreeWidgetItem(self)
                    if entry.all_day:
                        row.setText(0, self.tr("all day"))
                    else:
                        row.setText(0, f"{time_text(entry.start, locale)} – {time_text(entry.end, locale)}")
                    row.setText(1, entry.label())
                    row.setText(2, kind_name(entry))
                    row.setIcon(1, self._icon(kind_colour(entry)))
                    row.setData(0, ENTRY_ROLE, entry)
                    if entry.item.done:
                        font = QFont(self.font())
                        font.setStrikeOut(True)
                        row.setFont(1, font)
                if not on_day:
                    empty = QTreeWidgetItem(self)
                    empty.setText(1, self.tr("Nothing planned"))
                    empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            day += timedelta(days=1)
        if self.topLevelItemCount() == 0:
            empty = QTreeWidgetItem(self)
            empty.setText(1, self.tr("Nothing planned in these days"))
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)

    def entry_of(self, item: QTreeWidgetItem | None) -> Entry | None:
        value = item.data(0, ENTRY_ROLE) if item is not None else None
        return value if isinstance(value, Entry) else None

    @Slot(QTreeWidgetItem, int)
    def on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        entry = self.entry_of(item)
        if entry is not None:
            self.open_requested.emit(entry)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter opens through itemActivated; a tree would otherwise only expand the row.
        current = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current is not None:
            self.on_item_activated(current, 0)
            return
        super().keyPressEvent(event)
