"""The list of people or companies: a table model over the ordered ids of one query, rows read a page at a time.

The ids come from one SQL query (`ContactListService.ids`); the display values of the rows the view asks for are
read 200 at a time (`rows`) into a few cached pages, so a million contacts cost a million ints and a few pages.
Sorting asks the service for a new order (SQL), it never sorts in Python.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QGuiApplication, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from crm_desktop.services.contact_list import COMPANY_COLUMNS, PERSON_COLUMNS, ContactListService, ContactRow
from crm_desktop.ui.i18n import format_utc, isolate_ltr, utc_to_local

log = logging.getLogger(__name__)

PAGE_SIZE = 200
MAX_PAGES = 6  # pages kept in memory; the ones farthest from the page read last go first

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
TAGS_ROLE = Qt.ItemDataRole.UserRole + 3  # tuple[(name, colour)] of the row's tags
VERSION_ROLE = Qt.ItemDataRole.UserRole + 4

NUMBER_COLUMNS = frozenset({"people"})
DATE_COLUMNS = frozenset({"last_activity", "created"})
LTR_COLUMNS = frozenset({"phone", "email", "tax_id"})
STATUSES = ("lead", "prospect", "client", "former_client", "lost")

AnyIndex = QModelIndex | QPersistentModelIndex


def columns_of(kind: str) -> tuple[str, ...]:
    return COMPANY_COLUMNS if kind == "company" else PERSON_COLUMNS


def column_title(key: str) -> str:
    """A column's header in the current language."""
    titles = {
        "name": QCoreApplication.translate("ContactColumns", "Name"),
        "company": QCoreApplication.translate("ContactColumns", "Company"),
        "position": QCoreApplication.translate("ContactColumns", "Position"),
        "phone": QCoreApplication.translate("ContactColumns", "Phone"),
        "email": QCoreApplication.translate("ContactColumns", "Email"),
        "city": QCoreApplication.translate("ContactColumns", "City"),
        "status": QCoreApplication.translate("ContactColumns", "Status"),
        "owner": QCoreApplication.translate("ContactColumns", "Owner"),
        "tags": QCoreApplication.translate("ContactColumns", "Tags"),
        "last_activity": QCoreApplication.translate("ContactColumns", "Last contact"),
        "created": QCoreApplication.translate("ContactColumns", "Created"),
        "industry": QCoreApplication.translate("ContactColumns", "Industry"),
        "tax_id": QCoreApplication.translate("ContactColumns", "Tax id"),
        "people": QCoreApplication.translate("ContactColumns", "People"),
    }
    return titles.get(key, key)


def status_name(key: str) -> str:
    """A contact status (stored as a plain key) as the user reads it."""
    names = {
        "lead": QCoreApplication.translate("ContactStatus", "Lead"),
        "prospect": QCoreApplication.translate("ContactStatus", "Prospect"),
        "client": QCoreApplication.translate("ContactStatus", "Client"),
        "former_client": QCoreApplication.translate("ContactStatus", "Former client"),
        "lost": QCoreApplication.translate("ContactStatus", "Lost"),
    }
    return names.get(key, key)


def format_day(value: datetime) -> str:
    """A stored (naive UTC) time as the user's local date in the short format."""
    local = utc_to_local(value)
    return QLocale().toString(QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat)


class ContactTableModel(QAbstractTableModel):
    """People or companies as rows, in the order of the id list the panel loaded."""

    sort_requested = Signal(str, bool)  # column key, descending

    def __init__(self, service: ContactListService, kind: str = "person", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.kind = kind
        self.columns = columns_of(kind)
        self._ids: list[int] = []
        self._positions: dict[int, int] | None = None
        self._pages: dict[int, list[ContactRow | None]] = {}
        self.pages_read = 0  # how many pages were read from the database (tests and benchmarks look)

    # ---- the id list --------------------------------------------------------------------------------------
    @property
    def ids(self) -> Sequence[int]:
        return self._ids

    def set_ids(self, kind: str, ids: list[int]) -> None:
        """Show a new list (a new query, kind or order): a reset, the cache starts empty."""
        self.beginResetModel()
        if kind != self.kind:
            self.kind = kind
            self.columns = columns_of(kind)
        self._ids = ids
        self._positions = None
        self._pages.clear()
        self.endResetModel()

    def refresh_rows(self) -> None:
        """The same ids, values changed elsewhere: drop the cache and repaint; the view keeps selection and scroll."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1))

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int:
        if self._positions is None:
            self._positions = {rid: row for row, rid in enumerate(self._ids)}
        return self._positions.get(record_id, -1)

    def ids_of_rows(self, rows: Iterable[int]) -> list[int]:
        return [self._ids[r] for r in rows if 0 <= r < len(self._ids)]

    # ---- pages --------------------------------------------------------------------------------------------
    def row_data(self, row: int) -> ContactRow | None:
        """The display row at `row`, reading its page from the database when it is not cached."""
        if not 0 <= row < len(self._ids):
            return None
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            page = self._read_page(page_no)
        return page[row - page_no * PAGE_SIZE]

    def _read_page(self, page_no: int) -> list[ContactRow | None]:
        page_ids = self._ids[page_no * PAGE_SIZE:(page_no + 1) * PAGE_SIZE]
        try:
            found = {r.id: r for r in self.service.rows(self.kind, page_ids)}
        except Exception:  # noqa: BLE001 - a paint must not raise; the next refresh reads the page again
            log.exception("reading a page of the contact list failed")
            found = {}
        self.pages_read += 1
        page: list[ContactRow | None] = [found.get(i) for i in page_ids]
        self._pages[page_no] = page
        while len(self._pages) > MAX_PAGES:
            farthest = max(self._pages, key=lambda p: abs(p - page_no))
            del self._pages[farthest]
        return page

    @property
    def cached_pages(self) -> list[int]:
        return sorted(self._pages)

    # ---- Qt -----------------------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        key = self.columns[section]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column_title(key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids) or not 0 <= index.column() < len(
                self.columns):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == KIND_ROLE:
            return self.kind
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.TextAlignmentRole, TAGS_ROLE, VERSION_ROLE):
            return None
        key = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter) if key in NUMBER_COLUMNS \
                else None
        row = self.row_data(index.row())
        if row is None:
            return None
        if role == VERSION_ROLE:
            return row.version
        value = row.values.get(key)
        if role == TAGS_ROLE:
            return tuple(value) if key == "tags" and isinstance(value, tuple | list) else ()
        if role == Qt.ItemDataRole.ToolTipRole:
            if key in DATE_COLUMNS and isinstance(value, datetime):
                return format_utc(value)
            text = self._display(key, value)
            return text or None
        return self._display(key, value)

    def _display(self, key: str, value: object) -> str:
        if value is None:
            return ""
        if key in LTR_COLUMNS and value and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            # "+7 (495) 123-45-67" would come out reordered inside a right-to-left table.
            return isolate_ltr(str(value))
        if key == "status":
            return status_name(str(value))
        if key == "tags" and isinstance(value, tuple | list):
            return ", ".join(str(t[0]) if isinstance(t, tuple | list) else str(t) for t in value)
        if key in DATE_COLUMNS and isinstance(value, datetime):
            return format_day(value)
        if isinstance(value, int) and not isinstance(value, bool):
            return QLocale().toString(value)
        return str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A click on a header: the panel asks the service for the new order (SQL) and sets the ids."""
        if 0 <= column < len(self.columns):
            self.sort_requested.emit(self.columns[column], order == Qt.SortOrder.DescendingOrder)


class TagChipsDelegate(QStyledItemDelegate):
    """Paints a row's tags as small rounded chips in their colours, from the leading edge (right in Persian)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        tags = index.data(TAGS_ROLE) or ()
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if not tags:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(4, 2, -4, -2)
        metrics = option.fontMetrics
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        height = min(rect.height(), metrics.height() + 4)
        top = rect.top() + (rect.height() - height) // 2
        edge = rect.right() if rtl else rect.left()
        fallback = option.palette.mid().color()
        for name, colour in tags:
            room = edge - rect.left() if rtl else rect.right() - edge
            if room < 24:
                break
            width = min(metrics.horizontalAdvance(str(name)) + 14, room)
            chip = QRect(edge - width, top, width, height) if rtl else QRect(edge, top, width, height)
            fill = QColor(str(colour)) if QColor.isValidColorName(str(colour)) else fallback
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(chip, height / 2, height / 2)
            light = 0.299 * fill.red() + 0.587 * fill.green() + 0.114 * fill.blue() > 150
            painter.setPen(QColor("#1a1a1a") if light else QColor("#ffffff"))
            text_rect = chip.adjusted(7, 0, -7, 0)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter,
                             metrics.elidedText(str(name), Qt.TextElideMode.ElideRight, text_rect.width()))
            edge = edge - width - 4 if rtl else edge + width + 4
        painter.restore()
