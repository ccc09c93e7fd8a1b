"""The chart of a report: `build_chart` makes the QChart the panel shows, `render_png` draws the same chart as a
picture for Word export (also from the command line, where no window exists)."""

from __future__ import annotations

import html
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QLineSeries,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMargins, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QGraphicsScene

from crm_desktop.ui.i18n import isolate_ltr
from crm_desktop.ui.reports.names import (
    category_title,
    chart_category_lines,
    series_title,
    short_category_title,
)

if TYPE_CHECKING:
    from crm_desktop.services.reports import ReportResult

# Colours that read on light and dark backgrounds alike; won is green and lost red wherever they appear.
COLOURS = ("#3d7bd9", "#27ae60", "#c0392b", "#f39c12", "#8e44ad", "#16a085", "#d35400", "#7f8c8d", "#2c6e9b")
# By the service's English series label: the same meaning has the same colour in every report (the kinds of
# activity as on the contact timeline).
SERIES_COLOURS = {"won": "#27ae60", "won amount": "#27ae60", "lost": "#c0392b", "new": "#3d7bd9",
                  "actual": "#27ae60", "plan": "#7f8c8d", "forecast": "#f39c12", "calls": "#2e86de",
                  "emails": "#16a085", "meetings": "#8e44ad"}
SHORT_LABELS_ABOVE = 12    # more categories than this: days, weeks and months are labelled short so they fit
BAR_LABELS_UP_TO = 8       # more bars than this: their figures would run into each other; the table has them
PIE_LABELS_UP_TO = 8       # more slices than this: the legend names them, labels on the slices would collide

_own_app: list[QApplication] = []   # an application render_png made itself lives as long as the process


def build_chart(result: ReportResult, *, direction: Qt.LayoutDirection | None = None,
                palette: QPalette | None = None, font: QFont | None = None,
                locale: QLocale | None = None) -> QChart:
    """The chart for `result` in the application's direction, colours, font and locale unless told otherwise.

    QtCharts does not mirror itself, and its bar series cannot run an axis backwards: in a right-to-left language
    the categories are handed over in reverse (the first stage or the earliest day on the right) and the value
    axis stands on the right, as Persian readers expect and as Excel draws a right-to-left sheet's charts.
    """
    rtl = (direction or QGuiApplication.layoutDirection()) == Qt.LayoutDirection.RightToLeft
    palette = palette or QGuiApplication.palette()
    font = font or QGuiApplication.font()
    locale = locale or QLocale()
    text = palette.color(QPalette.ColorRole.WindowText)
    chart = QChart()
    chart.setObjectName(f"chart_{result.name}")
    chart.setLocale(locale)
    chart.setLocalizeNumbers(True)   # Persian digits and the locale's group separator on the axes
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    # The texts (slice labels, the legend) take their reading order from the chart's direction.
    chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    legend = chart.legend()
    legend.setFont(font)
    legend.setLabelColor(text)
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)

    # Axis labels are rich text: names are escaped, and a plan's period goes on a second line.
    if len(result.categories) > SHORT_LABELS_ABOVE:
        categories = [html.escape(short_category_title(c, locale)) for c in result.categories]
    else:
        categories = ["<br>".join(html.escape(line) for line in chart_category_lines(c, locale))
                      for c in result.categories]
    series = [s for s in result.series if len(s.values) == len(categories)]
    if not categories or not series:
        legend.hide()
        return chart
    style = _AxisStyle(font, text, palette.color(QPalette.ColorRole.Mid), rtl)
    if result.chart == "pie":
        # Slice labels are plain text.
        _pie(chart, [category_title(c, locale) for c in result.categories], series[0].values, style)
        return chart
    # Amounts are drawn to the unit (the table keeps the cents); small figures like days keep one decimal.
    top = max((abs(float(v)) for s in series for v in s.values), default=0.0)
    digits = 0 if top >= 100 else 1
    data = [(s.label, [round(float(v), digits) for v in s.values]) for s in series]
    if rtl:
        categories = categories[::-1]
        data = [(label, values[::-1]) for label, values in data]
    if result.chart == "line":
        _lines(chart, categories, data, style)
    else:
        _bars(chart, result.chart, categories, data, style)
    # One series needs no legend: the report's name says what the bars are.
    legend.setVisible(len(series) > 1)
    return chart


class _AxisStyle:
    """What every axis of one chart shares."""

    def __init__(self, font: QFont, text: QColor, grid: QColor, rtl: bool) -> None:
        self.font, self.text, self.grid, self.rtl = font, text, grid, rtl

    def apply(self, axis: QAbstractAxis) -> None:
        axis.setLabelsFont(self.font)
        axis.setLabelsColor(self.text)
        axis.setLinePenColor(self.grid)
        axis.setGridLineColor(self.grid)

    @property
    def value_side(self) -> Qt.AlignmentFlag:
        return Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft


def _colour(label: str, index: int) -> QColor:
    return QColor(SERIES_COLOURS.get(label.strip().lower(), COLOURS[index % len(COLOURS)]))


def _value_axis(values: Sequence[float], style: _AxisStyle) -> QValueAxis:
    axis = QValueAxis()
    axis.setObjectName("valueAxis")
    top = max([0.0, *values])
    bottom = min([0.0, *values])
    axis.setRange(bottom, top if top > bottom else 1.0)
    axis.applyNiceNumbers()
    whole = all(float(v).is_integer() for v in values)
    axis.setLabelFormat("%.0f" if whole or top >= 100 else "%.1f")
    style.apply(axis)
    return axis


def _category_axis(categories: Sequence[str], style: _AxisStyle) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.setObjectName("categoryAxis")
    axis.append(list(categories))
    if len(categories) > SHORT_LABELS_ABOVE:
        # Thirty-one day numbers side by side: a smaller font keeps two-digit ones from turning into "...".
        small = QFont(style.font)
        small.setPointSizeF(style.font.pointSizeF() * 0.85)
    style.apply(axis)
    if len(categories) > SHORT_LABELS_ABOVE:
        axis.setLabelsFont(small)
    axis.setGridLineVisible(False)
    return axis


def _bars(chart: QChart, kind: str, categories: Sequence[str], data: Sequence[tuple[str, list[float]]],
          style: _AxisStyle) -> None:
    stacked = kind == "stacked-bar"
    bar_series: QAbstractBarSeries = QStackedBarSeries() if stacked else QBarSeries()
    bar_series.setObjectName("barSeries")
    values: list[float] = []
    for index, (label, row) in enumerate(data):
        bar_set = QBarSet(series_title(label))
        bar_set.setColor(_colour(label, index))
        bar_set.setBorderColor(_colour(label, index))
        bar_set.setLabelColor(style.text)
        bar_set.setLabelFont(style.font)
        bar_set.append(row)
        bar_series.append(bar_set)
        values.extend(row)
    if stacked:
        # A stack is as tall as its parts together; the axis must reach the tallest one.
        values = [sum(max(0.0, row[i]) for _label, row in data) for i in range(len(categories))]
    chart.addSeries(bar_series)
    if len(categories) * len(data) <= BAR_LABELS_UP_TO and not stacked:
        # Few bars have room for their figures: a funnel or a handful of managers reads by its numbers.
        bar_series.setLabelsVisible(True)
        bar_series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        bar_series.setLabelsPrecision(12)
    category_axis = _category_axis(categories, style)
    value_axis = _value_axis(values, style)
    chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(value_axis, style.value_side)
    bar_series.attachAxis(category_axis)
    bar_series.attachAxis(value_axis)


def _lines(chart: QChart, categories: Sequence[str], data: Sequence[tuple[str, list[float]]],
           style: _AxisStyle) -> None:
    category_axis = _category_axis(categories, style)
    value_axis = _value_axis([v for _label, row in data for v in row], style)
    chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(value_axis, style.value_side)
    for index, (label, row) in enumerate(data):
        line = QLineSeries()
        line.setName(series_title(label))
        pen = QPen(_colour(label, index))
        pen.setWidthF(2.0)
        line.setPen(pen)
        # A single bucket is no line at all: the points show where the values are.
        line.setPointsVisible(len(categories) <= 31)
        for x, value in enumerate(row):
            line.append(QPointF(x, value))
        chart.addSeries(line)
        line.attachAxis(category_axis)
        line.attachAxis(value_axis)


def _pie(chart: QChart, categories: Sequence[str], values: Sequence[float], style: _AxisStyle) -> None:
    pie = QPieSeries()
    pie.setObjectName("pieSeries")
    total = sum(max(0.0, float(v)) for v in values)
    locale = chart.locale()
    for index, (name, value) in enumerate(zip(categories, values, strict=True)):
        if float(value) <= 0:
            continue   # a pie cannot show nothing or less than nothing; the table still lists the row
        share = float(value) / total * 100 if total else 0.0
        # The share is isolated: inside a right-to-left label the slice's text otherwise puts ٪ before the digits.
        share_text = isolate_ltr(f"{locale.toString(share, 'f', 0)}{locale.percent()}")
        pie_slice = pie.append(f"{name} ({share_text})", float(value))
        pie_slice.setColor(QColor(COLOURS[index % len(COLOURS)]))
        pie_slice.setLabelColor(style.text)
        pie_slice.setLabelFont(style.font)
    labelled = len(pie.slices()) <= PIE_LABELS_UP_TO
    pie.setLabelsVisible(labelled)
    pie.setPieSize(0.6 if labelled else 0.8)
    chart.addSeries(pie)
    # Slices with their labels need no legend; many small ones are named in a legend at the far side.
    chart.legend().setVisible(not labelled)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignLeft if style.rtl else Qt.AlignmentFlag.AlignRight)


def _ensure_application() -> None:
    """Charts are widgets of a graphics scene and need a QApplication; the command line has none."""
    if QApplication.instance() is not None:
        return
    if sys.platform not in ("win32", "darwin") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _own_app.append(QApplication(sys.argv[:1] or ["crm-desktop"]))


def render_png(result: ReportResult, width: int = 900, height: int = 520) -> bytes:
    """The chart of `result` as PNG bytes, on white and at twice `width` x `height` pixels so print stays sharp."""
    _ensure_application()
    scale = 2
    palette = QPalette(QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.Mid, QColor("#c8c8c8"))
    chart = build_chart(result, palette=palette)
    chart.setBackgroundVisible(True)
    chart.setBackgroundBrush(QBrush(QColor("#ffffff")))
    chart.setBackgroundRoundness(0)
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.setGeometry(QRectF(0, 0, width, height))
    QApplication.processEvents()   # the chart lays out its axes and series on posted events
    image = QImage(width * scale, height * scale, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, width * scale, height * scale), QRectF(0, 0, width, height))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes, PySide6 wants str
    buffer.close()
    scene.removeItem(chart)
    chart.deleteLater()
    return bytes(data.data())
