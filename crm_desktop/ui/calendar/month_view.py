"""The month view: a painted grid of the weeks of one month of the locale's calendar, items in each day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from crm_desktop.ui.calendar.common import (
    DEFAULT_DURATION_MIN,
    Entry,
    MonthGrid,
    blend,
    kind_colour,
    qdate,
    time_text,
)
from crm_desktop.ui.i18n import display_calendar

NEW_TASK_HOUR = 9       # a task made on a month's day starts at nine


@dataclass
class _Cell:
    day: date
    rect: QRectF
    number: QRectF                                  # the day's number: clicking it opens the day view
    items: list[tuple[QRectF, Entry]]
    more: tuple[QRectF, int] | None                 # "+N more" and how many were left out


class MonthView(QWidget):
    """A month as weeks of day cells; Persian sees a Solar Hijri month (its own length and first day)."""

    create_requested = Signal(object, object, bool)
    open_requested = Signal(object)
    move_requested = Signal(object, object)
    date_requested = Signal(object)         # the keyboard left the month: show this date
    day_activated = Signal(object)          # a day's number or "+N more" was clicked: show that day alone

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.grid: MonthGrid | None = None
        self.entries: list[Entry] = []
        self.selected_day = date.today()
        self.selected_key: str | None = None
        self.clock = datetime.now
        self._cells: list[_Cell] | None = None
        self._press: tuple[Entry, date, QPointF] | None = None
        self._drop_day: date | None = None

    def set_data(self, grid: MonthGrid, entries: list[Entry], selected_day: date) -> None:
        self.grid = grid
        self.entries = entries
        self.selected_day = selected_day
        if self.selected_key not in {e.key for e in entries}:
            self.selected_key = None
        self._cells = None
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(720, 560)

    def rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _header_height(self) -> int:
        return self.fontMetrics().height() + 12

    def _line_height(self) -> int:
        return QFontMetrics(self._small_font()).height() + 4

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 0.88)
        return font

    # ---- layout -------------------------------------------------------------------------------------------
    def cells(self) -> list[_Cell]:
        """Each day's cell with the items that fit in it; computed once per size and data."""
        if self._cells is not None:
            return self._cells
        self._cells = []
        if self.grid is None:
            return self._cells
        top = self._header_height()
        width = self.width() / 7
        height = (self.height() - top) / self.grid.weeks
        line = self._line_height()
        number_height = self.fontMetrics().height() + 6
        by_day: dict[date, list[Entry]] = {}
        for entry in self.entries:
            day = max(entry.first_day(), self.grid.first_cell)
            while day <= entry.last_day() and day < self.grid.first_cell + timedelta(days=self.grid.weeks * 7):
                by_day.setdefault(day, []).append(entry)
                day += timedelta(days=1)
        for index, day in enumerate(self.grid.cells()):
            row, column = divmod(index, 7)
            x = self.width() - (column + 1) * width if self.rtl() else column * width
            rect = QRectF(x, top + row * height, width, height)
            number = QRectF(rect.left() + 2, rect.top() + 2, rect.width() - 4, number_height - 2)
            on_day = sorted(by_day.get(day, []), key=lambda e: (not e.all_day, e.start, e.label()))
            room = max(int((rect.height() - number_height - 2) // line), 0)
            shown = on_day if len(on_day) <= room else on_day[:max(room - 1, 0)]
            items = [(QRectF(rect.left() + 3, rect.top() + number_height + n * line, rect.width() - 6, line - 2), e)
                     for n, e in enumerate(shown)]
            more = None
            if len(shown) < len(on_day):
                more = (QRectF(rect.left() + 3, rect.top() + number_height + len(shown) * line, rect.width() - 6,
                               line - 2), len(on_day) - len(shown))
            self._cells.append(_Cell(day, rect, number, items, more))
        return self._cells

    def cell_of(self, day: date) -> _Cell | None:
        return next((c for c in self.cells() if c.day == day), None)

    def _cell_at(self, pos: QPointF) -> _Cell | None:
        return next((c for c in self.cells() if c.rect.contains(pos)), None)

    def _entry_at(self, pos: QPointF) -> Entry | None:
        cell = self._cell_at(pos)
        if cell is None:
            return None
        return next((e for r, e in cell.items if r.contains(pos)), None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._cells = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LayoutDirectionChange, QEvent.Type.FontChange, QEvent.Type.LocaleChange):
            self._cells = None
            self.update()
        super().changeEvent(event)

    # ---- painting -----------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Text alignment follows the painter's direction: AlignLeft is the reading start, also right to left.
        painter.setLayoutDirection(self.layoutDirection())
        palette = self.palette()
        base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        painter.fillRect(self.rect(), base)
        if self.grid is None:
            return
        locale = self.locale()
        calendar = display_calendar(locale)
        header = self._header_height()
        painter.fillRect(QRectF(0, 0, self.width(), header), blend(base, palette.color(
            QPalette.ColorRole.Window), 0.6))
        painter.setPen(blend(base, text, 0.65))
        for index in range(7):
            weekday = (self.grid.first_cell + timedelta(days=index)).isoweekday()
            width = self.width() / 7
            x = self.width() - (index + 1) * width if self.rtl() else index * width
            painter.drawText(QRectF(x, 0, width, header), int(Qt.AlignmentFlag.AlignCenter),
                             locale.standaloneDayName(weekday, QLocale.FormatType.ShortFormat))
        today = self.clock().date()
        line = blend(base, text, 0.16)
        small = self._small_font()
        metrics = QFontMetrics(small)
        weekend = {d.value for d in locale.weekdays()} ^ set(range(1, 8))
        align = Qt.AlignmentFlag.AlignLeft
        for cell in self.cells():
            outside = not self.grid.month_first <= cell.day <= self.grid.month_last
            if outside:
                painter.fillRect(cell.rect, blend(base, palette.color(QPalette.ColorRole.Window), 0.75))
            elif cell.day.isoweekday() in weekend:
                painter.fillRect(cell.rect, blend(base, text, 0.025))
            if self._drop_day == cell.day:
                drop = QColor(highlight)
                drop.setAlpha(50)
                painter.fillRect(cell.rect, drop)
            painter.setPen(QPen(line, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(cell.rect.adjusted(0.5, 0.5, 0.5, 0.5))
            parts = calendar.partsFromDate(qdate(cell.day))
            number = locale.toString(parts.day)
            if parts.day == 1:
                number += " " + calendar.monthName(locale, parts.month, parts.year, QLocale.FormatType.ShortFormat)
            font = QFont(self.font())
            font.setBold(cell.day == today)
            painter.setFont(font)
            number_rect = cell.number.adjusted(4, 0, -4, 0)
            if cell.day == today:
                advance = QFontMetrics(font).horizontalAdvance(number) + 12
                pill = QRectF(number_rect.right() + 6 - advance if self.rtl() else number_rect.left() - 6,
                              number_rect.top() + 1, advance, number_rect.height() - 2)
                pill_path = QPainterPath()
                pill_path.addRoundedRect(pill, pill.height() / 2, pill.height() / 2)
                painter.fillPath(pill_path, highlight)
                painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
            else:
                painter.setPen(blend(base, text, 0.4) if outside else text)
            painter.drawText(number_rect, int(align | Qt.AlignmentFlag.AlignVCenter), number)
            for rect, entry in cell.items:
                painter.setFont(small)
                self._paint_item(painter, rect, entry, metrics, text)
            painter.setFont(small)
            if cell.more is not None:
                rect, count = cell.more
                painter.setPen(blend(base, text, 0.7))
                painter.drawText(rect.adjusted(4, 0, -4, 0), int(align | Qt.AlignmentFlag.AlignVCenter),
                                 self.tr("+%1 more").replace("%1", locale.toString(count)))
            if cell.day == self.selected_day and self.hasFocus():
                painter.setPen(QPen(highlight, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(cell.rect.adjusted(1.5, 1.5, -1, -1))

    def _paint_item(self, painter: QPainter, rect: QRectF, entry: Entry, metrics: QFontMetrics,
                    text: QColor) -> None:
        colour = kind_colour(entry)
        selected = entry.key == self.selected_key
        rtl = self.rtl()
        align = Qt.AlignmentFlag.AlignLeft
        font = QFont(painter.font())
        font.setStrikeOut(entry.item.done)
        painter.setFont(font)
        if entry.all_day or selected:
            path = QPainterPath()
            path.addRoundedRect(rect, 3, 3)
            painter.fillPath(path, colour.darker(118) if selected else colour)
            painter.setPen(QColor("#ffffff"))
            label = entry.label() if entry.all_day else f"{time_text(entry.start, self.locale())} {entry.label()}"
            painter.drawText(rect.adjusted(5, 0, -5, 0), int(align | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(rect.width() - 10)))
            return
        # A timed item is a coloured dot and its time: many of them in a cell stay readable.
        dot_x = rect.right() - 7 if rtl else rect.left() + 7
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(dot_x, rect.center().y()), 3.5, 3.5)
        painter.setPen(text)
        label = f"{time_text(entry.start, self.locale())} {entry.label()}"
        inner = rect.adjusted(5, 0, -14, 0) if rtl else rect.adjusted(14, 0, -5, 0)
        painter.drawText(inner, int(align | Qt.AlignmentFlag.AlignVCenter),
                         metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(inner.width())))

    # ---- mouse --------------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        cell = self._cell_at(pos)
        if cell is None:
            return
        entry = self._entry_at(pos)
        self.selected_day = cell.day
        self.selected_key = entry.key if entry is not None else None
        if entry is not None and entry.item.movable:
            self._press = (entry, cell.day, pos)
        elif entry is None and (cell.number.contains(pos) or (cell.more and cell.more[0].contains(pos))):
            self.day_activated.emit(cell.day)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        pos = event.position()
        if self._drop_day is None and (pos - self._press[2]).manhattanLength() < QApplication.startDragDistance():
            return
        cell = self._cell_at(pos)
        self._drop_day = cell.day if cell is not None else self._press[1]
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, drop = self._press, self._drop_day
        self._press, self._drop_day = None, None
        self.update()
        if press is None or drop is None or drop == press[1]:
            return
        entry = press[0]
        self.selected_day = drop
        self.move_requested.emit(entry, entry.start + timedelta(days=(drop - press[1]).days))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._press = None
        pos = event.position()
        entry = self._entry_at(pos)
        if entry is not None:
            self.open_requested.emit(entry)
            return
        cell = self._cell_at(pos)
        if cell is not None:
            self.create_on(cell.day)

    def create_on(self, day: date) -> None:
        start = datetime.combine(day, time(NEW_TASK_HOUR))
        self.create_requested.emit(start, start + timedelta(minutes=DEFAULT_DURATION_MIN), False)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            entry = self._entry_at(QPointF(event.pos()))
            if entry is None:
                QToolTip.hideText()
            else:
                when = "" if entry.all_day else time_text(entry.start, self.locale()) + "  "
                QToolTip.showText(event.globalPos(), when + entry.label(), self)
            return True
        return super().event(event)

    # ---- keyboard -----------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier):
            super().keyPressEvent(event)
            return
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        if key in steps:
            step = steps[Qt.Key(key)]
            if self.rtl() and abs(step) == 1:
                step = -step
            self.select_day(self.selected_day + timedelta(days=step))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            entry = next((e for e in self.entries if e.key == self.selected_key), None)
            if entry is not None:
                self.open_requested.emit(entry)
            else:
                self.day_activated.emit(self.selected_day)
        elif key == Qt.Key.Key_N:
            self.create_on(self.selected_day)
        else:
            super().keyPressEvent(event)

    def select_day(self, day: date) -> None:
        self.selected_day = day
        self.selected_key = None
        if self.grid is not None and not self.grid.month_first <= day <= self.grid.month_last:
            self.date_requested.emit(day)
        self.update()

