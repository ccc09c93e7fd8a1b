"""The table behind a report's chart: a read-only model over the rows the service computed, formatted for the
user's locale (digits, separators, Jalali dates in Persian) and sortable by the raw values."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from crm_desktop.ui.reports.names import category_title, column_title, format_date

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1   # the raw value, so 9 sorts before 10 and dates by date
KEY_ROLE = Qt.ItemDataRole.UserRole + 2    # the cell's value as the service gave it
NUMERIC_KINDS = frozenset({"int", "money", "percent", "days"})
DASH = "—"


def format_number(value: float | Decimal | int, decimals: int, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(float(value), "f", decimals)


def format_money(value: float | Decimal | int, currency: str | None, locale: QLocale | None = None,
                 decimals: int | None = None) -> str:
    """An amount with its currency code; whole amounts without the cents nobody asked for."""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 2
    text = format_number(value, decimals, locale)
    return f"{text} {currency}" if currency else text


def format_cell(value: object, kind: str, locale: QLocale | None = None, decimals: int = 2) -> str:
    """One table cell as text; None (a figure that cannot be computed, like a share of nothing) is a dash."""
    locale = locale or QLocale()
    if value is None or value == "":
        return DASH if kind in NUMERIC_KINDS else ""
    if kind == "int" and isinstance(value, int | float | Decimal):
        return locale.toString(int(value))
    if kind == "money" and isinstance(value, int | float | Decimal):
        return format_number(value, decimals, locale)
    if kind == "percent" and isinstance(value, int | float | Decimal):
        return f"{format_number(value, 1, locale)}{locale.percent()}"
    if kind == "days" and isinstance(value, int | float | Decimal):
        return format_number(value, 1, locale)
    if isinstance(value, datetime):
        return format_date(value.date(), locale)
    if isinstance(value, date):
        return format_date(value, locale)
    if isinstance(value, int | float | Decimal):
        return format_number(value, 0 if float(value).is_integer() else 2, locale)
    return category_title(str(value), locale)


def sort_key(value: object) -> object:
    """Numbers as floats, dates as ordinals, text folded; empty figures sort first."""
    if value is None:
        return float("-inf")
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float | Decimal):
        return float(value)
    if isinstance(value, datetime):
        return float(value.timestamp())
    if isinstance(value, date):
        return float(value.toordinal())
    return str(value).casefold()


class ReportTableModel(QAbstractTableModel):
    """Columns (key, English label, kind) and rows of a report; headers in the user's language."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.columns: tuple[tuple[str, str, str], ...] = ()
        self.rows: tuple[tuple[object, ...], ...] = ()
        self.currency: str | None = None
        self._decimals: list[int] = []

    def set_table(self, columns: Sequence[tuple[str, str, str]], rows: Sequence[Sequence[object]],
                  currency: str | None = None) -> None:
        self.beginResetModel()
        self.columns = tuple(columns)
        self.rows = tuple(tuple(row) for row in rows)
        self.currency = currency
        # A money column shows cents only when one of its amounts has them, so its figures line up.
        self._decimals = [
            0 if all(v is None or not isinstance(v, int | float | Decimal) or float(v).is_integer()
                     for v in (row[i] for row in self.rows if i < len(row))) else 2
            for i in range(len(self.columns))
        ]
        self.endResetModel()

    def column_key(self, column: int) -> str:
        return self.columns[column][0] if 0 <= column < len(self.columns) else ""

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.rows) or index.column() >= len(self.columns):
            return None
        row = self.rows[index.row()]
        value = row[index.column()] if index.column() < len(row) else None
        kind = self.columns[index.column()][2]
        if role == Qt.ItemDataRole.DisplayRole:
            return format_cell(value, kind, decimals=self._decimals[index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # Trailing: right in English, left in Persian, as a right-to-left spreadsheet aligns its figures.
            horizontal = Qt.AlignmentFlag.AlignTrailing if kind in NUMERIC_KINDS else Qt.AlignmentFlag.AlignLeading
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            return sort_key(value)
        if role == KEY_ROLE:
            return value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        key, label, kind = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            title = column_title(key, label)
            return f"{title} ({self.currency})" if kind == "money" and self.currency else title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignTrailing if kind in NUMERIC_KINDS else Qt.AlignmentFlag.AlignLeading
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None
