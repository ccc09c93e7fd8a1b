"""Input fields the report editors share: dates in the user's calendar, amounts, currency codes, a read-only table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import TypeVar

from PySide6.QtCore import QDate, QLocale, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.ui.i18n import display_calendar

T = TypeVar("T")


def date_edit(parent: QWidget, name: str, value: date | None = None) -> QDateEdit:
    """A date field with a calendar popup, in the locale's calendar (Jalali in Persian) and short format."""
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    # A date is a number read left to right also in Persian (۱۴۰۵/۸/۱۰, as the tables show it). A right-to-left
    # date edit reverses its sections when the format is set, so the direction comes first.
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    configure_date_edit(edit)
    if value is not None:
        set_date(edit, value)
    return edit


def configure_date_edit(edit: QDateEdit) -> None:
    """Calendar and format of the current locale; again after the language changed."""
    locale = QLocale()
    calendar = display_calendar(locale)
    edit.setCalendar(calendar)
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    edit.setDisplayFormat(short if "yyyy" in short else short.replace("yy", "yyyy"))
    widget = edit.calendarWidget()
    if widget is not None:
        widget.setCalendar(calendar)


def set_date(edit: QDateEdit, value: date) -> None:
    edit.setDate(QDate(value.year, value.month, value.day))


def date_of(edit: QDateEdit) -> date:
    value = edit.date().toPython()
    assert isinstance(value, date)
    return value


def amount_edit(parent: QWidget, name: str, value: Decimal) -> QLineEdit:
    """An amount typed as people write it (any digits and separators); read with `parse_amount`."""
    edit = QLineEdit(QLocale().toString(float(value), "f", 0 if value == value.to_integral() else 2), parent)
    edit.setObjectName(name)
    edit.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
    return edit


def error_label(parent: QWidget, name: str) -> QLabel:
    """Where an editor says why it cannot save, in red under the fields (the dialog stays open)."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet("color: #c0392b")
    label.setWordWrap(True)
    label.hide()
    return label


def currency_combo(parent: QWidget, name: str, codes: Sequence[str], current: str | None) -> QComboBox:
    """An editable list of the codes in use; any other three letters may be typed."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), combo))
    for code in sorted({*codes, *([current] if current else [])}):
        combo.addItem(code)
    combo.setCurrentText(current or (codes[0] if codes else "EUR"))
    return combo


def currency_of(combo: QComboBox) -> str:
    return combo.currentText().strip().upper()


def list_table(parent: QWidget, name: str, columns: int) -> QTableWidget:
    """A read-only table of records: whole rows selected, Enter or a double click opens the current one."""
    table = QTableWidget(0, columns, parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # The first column (who, or the campaign's name) takes the room; figures stay beside their headers.
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    table.setTabKeyNavigation(False)   # Tab leaves the table for the buttons
    return table


def save_form(error: QLabel, read: Callable[[], T], write: Callable[[T], int],
              unreadable: Callable[[], str]) -> int | None:
    """Save an editor whose Save writes at once: `read()` the fields (ValueError: `unreadable()` is shown), then
    `write()` them through the service (a refusal is shown). Returns the record's id, or None: the dialog stays open."""
    try:
        data = read()
    except ValueError:
        show_error(error, unreadable())
        return None
    try:
        return write(data)
    except CrmError as exc:
        show_error(error, str(exc))
        return None


def show_error(error: QLabel, text: str) -> None:
    error.setText(text)
    error.show()
