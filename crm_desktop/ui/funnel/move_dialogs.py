"""The small dialogs of moving a deal: won (date and final amount), lost (reason) and planning the next task."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.models import TaskKind
from crm_desktop.ui.i18n import local_to_utc


def parse_amount(text: str, locale: QLocale | None = None) -> Decimal:
    """A money amount as a user types it: any script's digits, spaces, group and decimal separators, a sign."""
    # Persian and Arabic separators first, so their digits and the Latin rules below apply alike.
    text = text.replace("\u066b", ".").replace("\u066c", ",").replace("\u060c", ",")
    digits = []
    for ch in text.strip():
        if ch.isdigit():
            digits.append(str(unicodedata.digit(ch)))
        elif ch in ".,-":
            digits.append(ch)
        # spaces, no-break spaces, apostrophes and currency signs are left out
    cleaned = "".join(digits)
    loc = locale or QLocale()
    decimal_point = loc.decimalPoint()
    if "," in cleaned and "." in cleaned:
        # The separator that comes last is the decimal one: 1.234,56 or 1,234.56.
        decimal_point = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
    elif cleaned.count(",") == 1 and "." not in cleaned:
        # "12,5" is a decimal comma; "1,250" is a thousands group unless the locale writes decimals with a comma.
        decimal_point = "," if len(cleaned.split(",")[1]) != 3 or decimal_point == "," else "."
    elif cleaned.count(".") == 1 and "," not in cleaned:
        decimal_point = "."
    group = "." if decimal_point == "," else ","
    normalised = cleaned.replace(group, "").replace(decimal_point, ".")
    try:
        value = Decimal(normalised)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not value.is_finite():
        raise ValueError(text)
    return value.quantize(Decimal("0.01"))


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class WonDialog(QDialog):
    """Asks for the date the deal was won and its final amount."""

    def __init__(self, title: str, amount: Decimal, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wonDialog")
        self.setWindowTitle(self.tr("Deal won"))
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setObjectName("wonDate")
        self.date_edit.setCalendarPopup(True)
        self.amount_edit = QLineEdit(QLocale().toString(float(amount), "f", 2), self)
        self.amount_edit.setObjectName("wonAmount")
        self.error = QLabel(self)
        self.error.setObjectName("wonError")
        self.error.setStyleSheet("color: #c0392b")
        self.error.hide()
        form = QFormLayout()
        form.addRow(QLabel(f"<b>{title}</b>", self))
        form.addRow(self.tr("&Won on:"), self.date_edit)
        form.addRow(self.tr("&Final amount (%1):").replace("%1", currency), self.amount_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self))
        self.amount_edit.selectAll()
        self.amount_edit.setFocus()

    def closed_on(self) -> date:
        qdate = self.date_edit.date()
        return date(qdate.year(), qdate.month(), qdate.day())

    def amount(self) -> Decimal:
        return parse_amount(self.amount_edit.text())

    def accept(self) -> None:
        try:
            value = self.amount()
        except ValueError:
            self.error.setText(self.tr("'%1' is not an amount. Type digits, for example 1250.50.")
                               .replace("%1", self.amount_edit.text()))
            self.error.show()
            return
        if value < 0:
            self.error.setText(self.tr("The amount cannot be negative."))
            self.error.show()
            return
        super().accept()


class LostDialog(QDialog):
    """Asks why the deal was lost: a reason from the list, free text, or both."""

    def __init__(self, title: str, reasons: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lostDialog")
        self.setWindowTitle(self.tr("Deal lost"))
        # Editable: a reason typed that is not in the list is added to it (the list is the users' own).
        self.reason = QComboBox(self)
        self.reason.setObjectName("lossReason")
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for reason_id, name in reasons:
            self.reason.addItem(name, reason_id)
        self.reason.setCurrentIndex(-1)
        line_edit = self.reason.lineEdit()
        if line_edit is not None:
            line_edit.setPlaceholderText(self.tr("(choose a reason)"))
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("lossNote")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What happened, in your words"))
        self.note.setFixedHeight(80)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c0392b")
        self.error.hide()
        form = QFormLayout()
        form.addRow(QLabel(f"<b>{title}</b>", self))
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Comment:"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self))

    def reason_id(self) -> int | None:
        """The chosen reason of the list, or None (nothing chosen, or a new reason typed)."""
        found = self.reason.findText(self.reason.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        return int(self.reason.itemData(found)) if found >= 0 else None

    def new_reason(self) -> str | None:
        """A reason the user typed that is not in the list yet."""
        text = self.reason.currentText().strip()
        return text if text and self.reason_id() is None else None

    def note_text(self) -> str | None:
        return self.note.toPlainText().strip() or None

    def accept(self) -> None:
        if self.reason_id() is None and not self.new_reason() and not self.note_text():
            self.error.setText(self.tr("Choose a reason or write what happened."))
            self.error.show()
            return
        super().accept()


class NextTaskDialog(QDialog):
    """Plans the next task of a deal or a contact; Enter accepts the proposal (a call tomorrow at 10:00)."""

    def __init__(self, deal_title: str, parent: QWidget | None = None, *, mandatory: bool = False,
                 now: datetime | None = None, intro: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nextTaskDialog")
        self.setWindowTitle(self.tr("Plan the next task"))
        now = now or datetime.now()
        proposal = datetime.combine(now.date() + timedelta(days=1), time(10, 0))
        self.kind = QComboBox(self)
        self.kind.setObjectName("nextTaskKind")
        kinds = [(TaskKind.CALL, self.tr("Call")), (TaskKind.MEETING, self.tr("Meeting")),
                 (TaskKind.EMAIL, self.tr("Email")), (TaskKind.TODO, self.tr("To-do"))]
        for kind, label in kinds:
            self.kind.addItem(label, kind.value)
        start = QDateTime(QDate(proposal.year, proposal.month, proposal.day), QTime(proposal.hour, proposal.minute))
        self.when = QDateTimeEdit(start, self)
        self.when.setObjectName("nextTaskWhen")
        self.when.setCalendarPopup(True)
        self.text = QLineEdit(self.tr("Follow up: %1").replace("%1", deal_title), self)
        self.text.setObjectName("nextTaskText")
        if intro is None:
            intro = (self.tr("This deal has no next task. Every open deal needs one.") if mandatory
                     else self.tr("What is the next step for this deal?"))
        intro_label = QLabel(intro, self)
        intro_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(intro_label)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&When:"), self.when)
        form.addRow(self.tr("&Task:"), self.text)
        buttons = _buttons(self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Plan"))
        ok.setDefault(True)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Not now") if not mandatory else self.tr("Cancel the move"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.text.setFocus()
        self.text.selectAll()

    def task_kind(self) -> str:
        return str(self.kind.currentData())

    def due_at_local(self) -> datetime:
        qdt = self.when.dateTime()
        d, t = qdt.date(), qdt.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def title(self) -> str:
        return self.text.text().strip() or self.kind.currentText()

    def planned(self) -> tuple[str, datetime, str]:
        """Kind, due time as stored (naive UTC) and title of the task the user planned."""
        return self.task_kind(), local_to_utc(self.due_at_local()), self.title()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)
