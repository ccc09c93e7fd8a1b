"""The week and day views: a painted time grid with an all-day row, a now-line and overlapping items side by side.

Painted rather than built from widgets: a week with a few hundred items stays one widget whose paintEvent draws only
what is on screen, and dragging only repaints. Geometry is mirrored by hand for right-to-left languages (painting
does not follow the layout direction by itself)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, QTimer, Signal
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
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QToolTip, QWidget

from crm_desktop.ui.calendar.common import (
    DEFAULT_DURATION_MIN,
    SLOT_MIN,
    SNAP_MIN,
    Entry,
    blend,
    day_heading,
    kind_colour,
    lay_out_lanes,
    lay_out_overlaps,
    time_text,
)
from crm_desktop.ui.i18n import display_calendar

HOUR_HEIGHT = 44
DAY_MIN = 24 * 60
MIN_LAYOUT_MIN = 22         # short items take this much room when laying out overlaps, so their labels stay apart
MAX_LANES = 3               # all-day lanes shown before "+N"
EDGE_PX = 6                 # the bottom edge an item is resized by


@dataclass
class _Segment:
    """The part of a timed entry that falls on one day of the grid."""

    entry: Entry
    day: int            # index into the grid's days
    top: float          # minutes from that day's midnight
    bottom: float
    last: bool          # the entry ends on this day: its bottom edge resizes it
    column: int = 0
    columns: int = 1


@dataclass
class _Drag:
    mode: str           # move | resize | create | allday
    entry: Entry | None
    day: int            # day index and minutes where the button went down
    minutes: float
    origin: QPointF
    active: bool = False
    cur_day: int = 0
    cur_min: float = 0.0


def _snap(minutes: float, step: int = SNAP_MIN) -> int:
    return int(round(minutes / step) * step)


class TimeGridView(QAbstractScrollArea):
    """Days side by side with hours down the side; one day for the day view, seven for the week view."""

    create_requested = Signal(object, object, bool)    # start, end (local wall-clock), all-day
    open_requested = Signal(object)                    # Entry
    move_requested = Signal(object, object)            # Entry, its new local start
    resize_requested = Signal(object, int)             # Entry, its new duration in minutes
    date_requested = Signal(object)                    # the keyboard left the days shown: show this date
    day_activated = Signal(object)                     # a day's heading was clicked: show that day alone

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeGrid")
        self.days: list[date] = []
        self.entries: list[Entry] = []
        self.segments: list[_Segment] = []
        self.all_day: list[tuple[Entry, int, int, int]] = []     # entry, first and last day index, lane
        self.selected_key: str | None = None
        self.cursor_day = date.today()
        self.cursor_min = 9 * 60
        self.clock = datetime.now
        self._drag: _Drag | None = None
        self.header = _AllDayHeader(self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
        self.viewport().setMouseTracking(True)
        self.verticalScrollBar().setSingleStep(HOUR_HEIGHT // 2)
        # The now-line creeps down; a minute is as fine as it can be seen.
        self._now_timer = QTimer(self)
        self._now_timer.setInterval(60_000)
        self._now_timer.timeout.connect(self.viewport().update)
        self._now_timer.start()
        self._update_header_height()

    # ---- data ---------------------------------------------------------------------------------------------
    def set_data(self, days: list[date], entries: list[Entry]) -> None:
        self.days = list(days)
        self.entries = list(entries)
        if self.days and self.cursor_day not in self.days:
            self.cursor_day = self.days[0]
        keys = {e.key for e in self.entries}
        if self.selected_key not in keys:
            self.selected_key = None
        self._lay_out()
        self._update_header_height()
        self.viewport().update()
        self.header.update()

    def selected_entry(self) -> Entry | None:
        return next((e for e in self.entries if e.key == self.selected_key), None)

    def select(self, key: str | None) -> None:
        if key != self.selected_key:
            self.selected_key = key
            self.viewport().update()
            self.header.update()

    def _pieces(self, start: datetime, end: datetime) -> list[tuple[int, float, float, bool]]:
        """(day index, top, bottom, ends here) of a local span on each day of the grid it touches."""
        pieces = []
        for index, day in enumerate(self.days):
            midnight = datetime.combine(day, time())
            following = midnight + timedelta(days=1)
            if start >= following or (end <= midnight and not (start == end == midnight)):
                continue
            top = max((start - midnight).total_seconds() / 60, 0.0)
            bottom = min((end - midnight).total_seconds() / 60, float(DAY_MIN))
            pieces.append((index, top, max(bottom, top), end <= following))
        return pieces

    def _lay_out(self) -> None:
        self.segments = []
        spans: list[tuple[int, int]] = []
        banner: list[Entry] = []
        for entry in self.entries:
            if entry.all_day:
                first = next((i for i, d in enumerate(self.days) if entry.covers(d)), None)
                if first is None:
                    continue
                last = max(i for i, d in enumerate(self.days) if entry.covers(d))
                spans.append((first, last))
                banner.append(entry)
            else:
                for day, top, bottom, last_piece in self._pieces(entry.start, entry.end):
                    self.segments.append(_Segment(entry, day, top, bottom, last_piece))
        self.all_day = [(e, s[0], s[1], lane) for e, s, lane in zip(banner, spans, lay_out_lanes(spans),
                                                                     strict=True)]
        for index in range(len(self.days)):
            on_day = [s for s in self.segments if s.day == index]
            placed = lay_out_overlaps([(s.top, max(s.bottom, s.top + MIN_LAYOUT_MIN)) for s in on_day])
            for segment, (column, columns) in zip(on_day, placed, strict=True):
                segment.column, segment.columns = column, columns

    # ---- geometry (viewport coordinates) ------------------------------------------------------------------
    def rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def gutter(self) -> int:
        sample = time_text(datetime(2000, 1, 1, 23, 0), self.locale())
        return self.fontMetrics().horizontalAdvance(sample) + 16

    def _area(self) -> tuple[float, float]:
        gutter = self.gutter()
        width = max(self.viewport().width() - gutter, 1)
        return (0.0 if self.rtl() else float(gutter)), float(width)

    def day_span(self, index: int) -> tuple[float, float]:
        """Left edge and width of a day's column."""
        left, width = self._area()
        column = width / max(len(self.days), 1)
        if self.rtl():
            return left + width - (index + 1) * column, column
        return left + index * column, column

    def day_index_at(self, x: float, clamp: bool = False) -> int:
        left, width = self._area()
        if not self.days:
            return -1
        column = width / len(self.days)
        index = math.floor((x - left) / column)
        if self.rtl():
            index = len(self.days) - 1 - index
        if clamp:
            return min(max(index, 0), len(self.days) - 1)
        return index if 0 <= index < len(self.days) else -1

    def minutes_at(self, y: float) -> float:
        return (y + self.verticalScrollBar().value()) * 60 / HOUR_HEIGHT

    def y_of(self, minutes: float) -> float:
        return minutes * HOUR_HEIGHT / 60 - self.verticalScrollBar().value()

    def scroll_to_minutes(self, minutes: float) -> None:
        """Bring a time of day near the top, an hour of context above it."""
        self.verticalScrollBar().setValue(int((minutes - 60) * HOUR_HEIGHT / 60))

    def ensure_visible(self, minutes: float) -> None:
        top, bottom = self.y_of(minutes), self.y_of(minutes + SLOT_MIN)
        bar = self.verticalScrollBar()
        if top < 0:
            bar.setValue(bar.value() + int(top))
        elif bottom > self.viewport().height():
            bar.setValue(bar.value() + int(bottom - self.viewport().height()))

    def slot_point(self, day: date, minutes: float) -> QPoint:
        """The viewport point in the middle of a day's column a little below `minutes` (tests press there)."""
        left, width = self.day_span(self.days.index(day))
        return QPoint(int(left + width / 2), int(self.y_of(minutes) + 2))

    def _segment_rect(self, segment: _Segment) -> QRectF:
        left, width = self.day_span(segment.day)
        inner = width - 6
        column = inner / segment.columns
        x = (left + width - 2 - (segment.column + 1) * column) if self.rtl() else left + 2 + segment.column * column
        top = self.y_of(segment.top) + 1
        height = max(self.y_of(segment.bottom) - self.y_of(segment.top) - 2, 16.0)
        return QRectF(x, top, column - 1, height)

    def entry_rect(self, key: str) -> QRectF | None:
        """Where an entry's first piece is drawn (viewport coordinates), None when not in the timed grid."""
        segment = next((s for s in self.segments if s.entry.key == key), None)
        return self._segment_rect(segment) if segment is not None else None

    def _segment_at(self, pos: QPointF) -> _Segment | None:
        for segment in reversed(self.segments):
            if self._segment_rect(segment).contains(pos):
                return segment
        return None

    # ---- Qt overrides -------------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(720, 560)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scroll_range()
        self._place_header()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LayoutDirectionChange, QEvent.Type.FontChange, QEvent.Type.LocaleChange):
            self._update_header_height()
            self.viewport().update()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def _update_scroll_range(self) -> None:
        bar = self.verticalScrollBar()
        bar.setPageStep(self.viewport().height())
        bar.setRange(0, max(0, 24 * HOUR_HEIGHT - self.viewport().height()))

    def _update_header_height(self) -> None:
        height = self.header.wanted_height()
        if height != self.viewportMargins().top():
            self.setViewportMargins(0, height, 0, 0)
        self._place_header()

    def _place_header(self) -> None:
        port = self.viewport().geometry()
        top = self.viewportMargins().top()
        self.header.setGeometry(port.x(), port.y() - top, port.width(), top)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            segment = self._segment_at(QPointF(event.pos()))
            if segment is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.describe(segment.entry), self.viewport())
            return True
        return super().viewportEvent(event)

    def describe(self, entry: Entry) -> str:
        locale = self.locale()
        if entry.all_day:
            return entry.label()
        return f"{time_text(entry.start, locale)} – {time_text(entry.end, locale)}  {entry.label()}"

    # ---- painting -----------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Text alignment follows the painter's direction: AlignLeft is the reading start, also right to left.
        painter.setLayoutDirection(self.layoutDirection())
        palette = self.palette()
        base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        painter.fillRect(self.viewport().rect(), base)
        self._paint_grid(painter, base, text)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.88)
        painter.setFont(small)
        visible = QRectF(self.viewport().rect())
        for segment in self.segments:
            rect = self._segment_rect(segment)
            if rect.intersects(visible):
                self._paint_segment(painter, segment, rect)
        self._paint_drag(painter)
        self._paint_now(painter)
        if self.hasFocus() and self.selected_key is None and self.cursor_day in self.days:
            left, width = self.day_span(self.days.index(self.cursor_day))
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(left + 1, self.y_of(self.cursor_min) + 1, width - 3,
                                    SLOT_MIN * HOUR_HEIGHT / 60 - 2))

    def _paint_grid(self, painter: QPainter, base: QColor, text: QColor) -> None:
        palette = self.palette()
        port = self.viewport().rect()
        gutter = self.gutter()
        left, width = self._area()
        line = blend(base, text, 0.16)
        half_line = blend(base, text, 0.07)
        gutter_x = port.width() - gutter if self.rtl() else 0
        painter.fillRect(QRectF(gutter_x, 0, gutter, port.height()), blend(base, palette.color(
            QPalette.ColorRole.Window), 0.6))
        today = self.clock().date()
        for index, day in enumerate(self.days):
            if day == today:
                tint = QColor(palette.color(QPalette.ColorRole.Highlight))
                tint.setAlpha(22)
                day_left, day_width = self.day_span(index)
                painter.fillRect(QRectF(day_left, 0, day_width, port.height()), tint)
            elif day.isoweekday() in self._weekend():
                day_left, day_width = self.day_span(index)
                painter.fillRect(QRectF(day_left, 0, day_width, port.height()), blend(base, text, 0.025))
        locale = self.locale()
        metrics = QFontMetrics(self.font())
        label_pen = QPen(blend(base, text, 0.6))
        for hour in range(25):
            y = self.y_of(hour * 60)
            if -HOUR_HEIGHT <= y <= port.height() + HOUR_HEIGHT:
                painter.setPen(QPen(line, 1))
                painter.drawLine(QPointF(left, y + 0.5), QPointF(left + width, y + 0.5))
                painter.setPen(QPen(half_line, 1, Qt.PenStyle.DotLine))
                half = self.y_of(hour * 60 + 30) + 0.5
                painter.drawLine(QPointF(left, half), QPointF(left + width, half))
                if 0 < hour < 24:
                    painter.setPen(label_pen)
                    label = time_text(datetime(2000, 1, 1, hour), locale)
                    box = QRectF(gutter_x + 4, y - metrics.height() / 2, gutter - 10, metrics.height())
                    align = Qt.AlignmentFlag.AlignRight
                    painter.drawText(box, int(align | Qt.AlignmentFlag.AlignVCenter), label)
        painter.setPen(QPen(line, 1))
        for index in range(len(self.days) + 1):
            x = left + width * index / max(len(self.days), 1)
            painter.drawLine(QPointF(x + 0.5, 0), QPointF(x + 0.5, port.height()))

    def _weekend(self) -> set[int]:
        return {d.value for d in self.locale().weekdays()} ^ set(range(1, 8))

    def _paint_segment(self, painter: QPainter, segment: _Segment, rect: QRectF) -> None:
        entry = segment.entry
        palette = self.palette()
        colour = kind_colour(entry)
        selected = entry.key == self.selected_key
        dragging = self._drag is not None and self._drag.active and self._drag.entry is entry
        if dragging:
            colour.setAlpha(70)
        path = QPainterPath()
        path.addRoundedRect(rect, 4, 4)
        painter.fillPath(path, colour.darker(118) if selected else colour)
        # A darker stripe on the leading edge tells items of one colour apart when they touch.
        stripe = QRectF(rect.right() - 3 if self.rtl() else rect.left(), rect.top(), 3, rect.height())
        painter.fillRect(stripe, colour.darker(150))
        if selected:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 2))
            painter.drawPath(path)
        item = entry.item
        font = QFont(painter.font())
        font.setStrikeOut(item.done)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        painter.setPen(QColor("#ffffff") if not item.done else palette.color(QPalette.ColorRole.Text))
        inner = rect.adjusted(6, 1, -6, -1)
        title = entry.label()
        if item.priority >= 2:
            title = "! " + title
        if item.recurring:
            title = "↻ " + title
        when = time_text(entry.start, self.locale())
        align = Qt.AlignmentFlag.AlignLeft
        if inner.height() < metrics.height() * 2:
            text = metrics.elidedText(f"{when}  {title}", Qt.TextElideMode.ElideRight, int(inner.width()))
            painter.drawText(inner, int(align | Qt.AlignmentFlag.AlignVCenter), text)
        else:
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            first = QRectF(inner.left(), inner.top(), inner.width(), metrics.height())
            painter.drawText(first, int(align | Qt.AlignmentFlag.AlignTop),
                             metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(inner.width())))
            painter.setFont(font)
            rest = inner.adjusted(0, metrics.height(), 0, 0)
            span = f"{when} – {time_text(entry.end, self.locale())}"
            painter.drawText(rest, int(align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap), span)

    def _paint_drag(self, painter: QPainter) -> None:
        ghost = self._ghost(self._drag)
        if ghost is None:
            return
        start, end = ghost
        colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
        colour.setAlpha(80)
        painter.setBrush(colour)
        for day, top, bottom, _last in self._pieces(start, end):
            left, width = self.day_span(day)
            rect = QRectF(left + 2, self.y_of(top) + 1, width - 5, max(self.y_of(bottom) - self.y_of(top) - 2, 14))
            painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        pieces = self._pieces(start, end)
        if pieces:
            day, top, _bottom, _last = pieces[0]
            left, width = self.day_span(day)
            label = f"{time_text(start, self.locale())} – {time_text(end, self.locale())}"
            painter.drawText(QRectF(left + 6, self.y_of(top) + 2, width - 12, 40),
                             int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft), label)

    def _paint_now(self, painter: QPainter) -> None:
        now = self.clock()
        if now.date() not in self.days:
            return
        left, width = self.day_span(self.days.index(now.date()))
        y = self.y_of(now.hour * 60 + now.minute + now.second / 60)
        red = QColor("#e0342b")
        painter.setPen(QPen(red, 2))
        painter.drawLine(QPointF(left, y), QPointF(left + width, y))
        painter.setBrush(red)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QPointF(left + width if self.rtl() else left, y), 4.5, 4.5)

    # ---- dragging -----------------------------------------------------------------------------------------
    def _ghost(self, drag: _Drag | None) -> tuple[datetime, datetime] | None:
        """Where the item being dragged, or the new item being drawn, would land."""
        if drag is None or not drag.active or drag.mode == "allday":
            return None
        if drag.mode == "create":
            low = math.floor(min(drag.minutes, drag.cur_min) / SNAP_MIN) * SNAP_MIN
            high = math.ceil(max(drag.minutes, drag.cur_min) / SNAP_MIN) * SNAP_MIN
            high = max(high, low + SNAP_MIN)
            midnight = datetime.combine(self.days[drag.day], time())
            return midnight + timedelta(minutes=low), midnight + timedelta(minutes=min(high, DAY_MIN))
        assert drag.entry is not None
        entry = drag.entry
        if drag.mode == "move":
            delta = timedelta(days=drag.cur_day - drag.day, minutes=_snap(drag.cur_min - drag.minutes))
            return entry.start + delta, entry.end + delta
        end = datetime.combine(self.days[drag.cur_day], time()) + timedelta(minutes=_snap(drag.cur_min))
        return entry.start, max(end, entry.start + timedelta(minutes=SNAP_MIN))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        segment = self._segment_at(pos)
        day = self.day_index_at(pos.x())
        minutes = self.minutes_at(pos.y())
        if segment is not None:
            self.select(segment.entry.key)
            if segment.entry.item.movable:
                rect = self._segment_rect(segment)
                mode = "resize" if segment.last and pos.y() >= rect.bottom() - EDGE_PX else "move"
                self._drag = _Drag(mode, segment.entry, segment.day, minutes, pos, cur_day=segment.day,
                                   cur_min=minutes)
        elif day >= 0:
            self.select(None)
            self.cursor_day = self.days[day]
            self.cursor_min = min(int(minutes // SLOT_MIN) * SLOT_MIN, DAY_MIN - SLOT_MIN)
            self._drag = _Drag("create", None, day, minutes, pos, cur_day=day, cur_min=minutes)
        self.viewport().update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        drag = self._drag
        if drag is None:
            segment = self._segment_at(pos)
            resizing = (segment is not None and segment.last and segment.entry.item.movable
                        and pos.y() >= self._segment_rect(segment).bottom() - EDGE_PX)
            self.viewport().setCursor(Qt.CursorShape.SizeVerCursor if resizing else Qt.CursorShape.ArrowCursor)
            return
        if not drag.active and (pos - drag.origin).manhattanLength() < QApplication.startDragDistance():
            return
        drag.active = True
        drag.cur_day = self.day_index_at(pos.x(), clamp=True) if drag.mode != "create" else drag.day
        drag.cur_min = min(max(self.minutes_at(pos.y()), 0.0), float(DAY_MIN))
        if pos.y() < 8 or pos.y() > self.viewport().height() - 8:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + (-HOUR_HEIGHT // 4 if pos.y() < 8 else HOUR_HEIGHT // 4))
        self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or not drag.active:
            return
        self.viewport().update()
        ghost = self._ghost(drag)
        if ghost is None:
            return
        start, end = ghost
        if drag.mode == "create":
            self.cursor_day, self.cursor_min = start.date(), start.hour * 60 + start.minute
            self.create_requested.emit(start, end, False)
        elif drag.mode == "move" and drag.entry is not None and start != drag.entry.start:
            self.move_requested.emit(drag.entry, start)
        elif drag.mode == "resize" and drag.entry is not None and end != drag.entry.end:
            self.resize_requested.emit(drag.entry, int((end - start).total_seconds() // 60))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._drag = None
        pos = event.position()
        segment = self._segment_at(pos)
        if segment is not None:
            self.open_requested.emit(segment.entry)
            return
        day = self.day_index_at(pos.x())
        if day < 0:
            return
        minutes = min(int(self.minutes_at(pos.y()) // SLOT_MIN) * SLOT_MIN, DAY_MIN - SLOT_MIN)
        start = datetime.combine(self.days[day], time()) + timedelta(minutes=minutes)
        self.create_requested.emit(start, start + timedelta(minutes=DEFAULT_DURATION_MIN), False)

    # ---- keyboard -----------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            self.move_cursor(days=-step if self.rtl() else step)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_cursor(minutes=-SLOT_MIN if key == Qt.Key.Key_Up else SLOT_MIN)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            entry = self.selected_entry()
            if entry is not None:
                self.open_requested.emit(entry)
            else:
                self.create_at_cursor()
        elif key == Qt.Key.Key_N:
            self.create_at_cursor()
        elif key == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self.viewport().update()
        else:
            super().keyPressEvent(event)

    def create_at_cursor(self) -> None:
        start = datetime.combine(self.cursor_day, time()) + timedelta(minutes=self.cursor_min)
        self.create_requested.emit(start, start + timedelta(minutes=DEFAULT_DURATION_MIN), False)

    def move_cursor(self, days: int = 0, minutes: int = 0) -> None:
        """Move the keyboard slot; the item under it becomes the selection, so Enter opens it."""
        self.cursor_min = min(max(self.cursor_min + minutes, 0), DAY_MIN - SLOT_MIN)
        target = self.cursor_day + timedelta(days=days)
        self.cursor_day = target
        if target not in self.days:
            self.date_requested.emit(target)
        self.ensure_visible(self.cursor_min)
        index = self.days.index(target) if target in self.days else -1
        under = next((s for s in reversed(self.segments)
                      if s.day == index and s.top <= self.cursor_min < max(s.bottom, s.top + SLOT_MIN)), None)
        self.select(under.entry.key if under is not None else None)
        self.viewport().update()


class _AllDayHeader(QWidget):
    """Above the grid: each day's name, and the all-day row (tasks, birthdays, anniversaries) in lanes."""

    def __init__(self, view: TimeGridView) -> None:
        super().__init__(view)
        self.setObjectName("allDayRow")
        self.view = view
        self._drag: _Drag | None = None
        self.setMouseTracking(True)

    def _metrics(self) -> tuple[int, int]:
        height = self.fontMetrics().height()
        return height + 14, height + 6     # the names' row, one lane

    def wanted_height(self) -> int:
        names, lane = self._metrics()
        lanes = max((lane_no for *_rest, lane_no in self.view.all_day), default=-1) + 1
        return names + max(1, min(lanes, MAX_LANES)) * lane + 6

    def lane_rect(self, first: int, last: int, lane: int) -> QRectF:
        names, lane_height = self._metrics()
        a_left, a_width = self.view.day_span(first)
        b_left, b_width = self.view.day_span(last)
        left = min(a_left, b_left)
        right = max(a_left + a_width, b_left + b_width)
        return QRectF(left + 2, names + lane * lane_height + 1, right - left - 5, lane_height - 3)

    def entry_rect(self, key: str) -> QRectF | None:
        for entry, first, last, lane in self.view.all_day:
            if entry.key == key and lane < MAX_LANES:
                return self.lane_rect(first, last, lane)
        return None

    def _shown(self) -> list[tuple[Entry, int, int, int]]:
        too_many = max((lane for *_rest, lane in self.view.all_day), default=-1) >= MAX_LANES
        limit = MAX_LANES - 1 if too_many else MAX_LANES
        return [row for row in self.view.all_day if row[3] < limit]

    def _hidden_counts(self) -> dict[int, int]:
        shown = {id(row) for row in self._shown()}
        counts: dict[int, int] = {}
        for row in self.view.all_day:
            if id(row) not in shown:
                for day in range(row[1], row[2] + 1):
                    counts[day] = counts.get(day, 0) + 1
        return counts

    def _entry_at(self, pos: QPointF) -> Entry | None:
        for entry, first, last, lane in reversed(self._shown()):
            if self.lane_rect(first, last, lane).contains(pos):
                return entry
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        view = self.view
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Text alignment follows the painter's direction: AlignLeft is the reading start, also right to left.
        painter.setLayoutDirection(self.layoutDirection())
        palette = self.palette()
        base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        window = palette.color(QPalette.ColorRole.Window)
        painter.fillRect(self.rect(), blend(base, window, 0.6))
        names, lane_height = self._metrics()
        locale = self.locale()
        calendar = display_calendar(locale)
        today = view.clock().date()
        rtl = view.rtl()
        gutter = view.gutter()
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        painter.setFont(small)
        painter.setPen(blend(base, text, 0.6))
        gutter_rect = QRectF(self.width() - gutter if rtl else 0, names, gutter - 6, lane_height)
        painter.drawText(gutter_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                         self.tr("all day"))
        line = blend(base, text, 0.16)
        for index, day in enumerate(view.days):
            left, width = view.day_span(index)
            heading = QFont(self.font())
            if day == today:
                heading.setBold(True)
                painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            else:
                painter.setPen(text)
            painter.setFont(heading)
            painter.drawText(QRectF(left, 0, width, names), int(Qt.AlignmentFlag.AlignCenter),
                             day_heading(day, locale, calendar))
            if day == today:
                underline = palette.color(QPalette.ColorRole.Highlight)
                painter.fillRect(QRectF(left + width * 0.3, names - 4, width * 0.4, 3), underline)
            painter.setPen(QPen(line, 1))
            painter.drawLine(QPointF(left + 0.5, 0), QPointF(left + 0.5, self.height()))
        painter.setPen(QPen(line, 1))
        painter.drawLine(QPointF(0, self.height() - 0.5), QPointF(self.width(), self.height() - 0.5))
        painter.setFont(small)
        metrics = QFontMetrics(small)
        for entry, first, last, lane in self._shown():
            rect = self.lane_rect(first, last, lane)
            colour = kind_colour(entry)
            if self._drag is not None and self._drag.active and self._drag.entry is entry:
                colour.setAlpha(70)
            path = QPainterPath()
            path.addRoundedRect(rect, 3, 3)
            painter.fillPath(path, colour.darker(118) if entry.key == view.selected_key else colour)
            if entry.key == view.selected_key:
                painter.setPen(QPen(text, 2))
                painter.drawPath(path)
            painter.setPen(QColor("#ffffff") if not entry.item.done else text)
            label = metrics.elidedText(entry.label(), Qt.TextElideMode.ElideRight, int(rect.width() - 10))
            painter.drawText(rect.adjusted(5, 0, -5, 0),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), label)
        painter.setPen(text)
        for day_index, count in self._hidden_counts().items():
            left, width = view.day_span(day_index)
            painter.drawText(QRectF(left + 4, names + (MAX_LANES - 1) * lane_height, width - 8, lane_height),
                             int(Qt.AlignmentFlag.AlignCenter), self.tr("+%1 more").replace(
                                 "%1", locale.toString(count)))
        drag = self._drag
        if drag is not None and drag.active and drag.entry is not None:
            shift = drag.cur_day - drag.day
            row = next((r for r in view.all_day if r[0] is drag.entry), None)
            if row is not None:
                first = min(max(row[1] + shift, 0), len(view.days) - 1)
                last = min(max(row[2] + shift, 0), len(view.days) - 1)
                ghost = QColor(palette.color(QPalette.ColorRole.Highlight))
                painter.setPen(QPen(ghost, 1.5, Qt.PenStyle.DashLine))
                ghost.setAlpha(80)
                painter.setBrush(ghost)
                painter.drawRoundedRect(self.lane_rect(first, last, min(row[3], MAX_LANES - 1)), 3, 3)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.view.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        entry = self._entry_at(pos)
        self.view.select(entry.key if entry is not None else None)
        day = self.view.day_index_at(pos.x())
        if entry is not None and entry.item.movable and day >= 0:
            self._drag = _Drag("allday", entry, day, 0.0, pos, cur_day=day)
        elif entry is None and day >= 0 and pos.y() < self._metrics()[0]:
            self.view.day_activated.emit(self.view.days[day])

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        if drag is None:
            return
        pos = event.position()
        if not drag.active and (pos - drag.origin).manhattanLength() < QApplication.startDragDistance():
            return
        drag.active = True
        drag.cur_day = self.view.day_index_at(pos.x(), clamp=True)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        self.update()
        if drag is None or not drag.active or drag.entry is None or drag.cur_day == drag.day:
            return
        self.view.move_requested.emit(drag.entry, drag.entry.start + timedelta(days=drag.cur_day - drag.day))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._drag = None
        pos = event.position()
        entry = self._entry_at(pos)
        if entry is not None:
            self.view.open_requested.emit(entry)
            return
        day = self.view.day_index_at(pos.x())
        if day >= 0 and pos.y() >= self._metrics()[0]:
            start = datetime.combine(self.view.days[day], time())
            self.view.create_requested.emit(start, start + timedelta(days=1), True)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            entry = self._entry_at(QPointF(event.pos()))
            if entry is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.view.describe(entry), self)
            return True
        return super().event(event)
