"""Spreadsheet import and export in the window: the import wizard, the import history and the export dialog.

Shared by them: the translated names of the kinds of records and of the import fields (the services name them in
English), and how a value read from a file is shown in a table."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, QTime
from PySide6.QtWidgets import QWidget

from crm_desktop.errors import CrmError
from crm_desktop.ui.i18n import isolate_ltr

KINDS = ("contacts", "companies", "deals", "products", "tasks")


def cell_text(text: str, widget: QWidget) -> str:
    """A value from a file for a cell of a right-to-left table: unless it starts in a right-to-left script, it
    keeps its own order (a phone number "+98 912 345 6789" would otherwise show its groups back to front)."""
    if not text or not widget.isRightToLeft():
        return text
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return text
        if direction == "L":
            break
    return isolate_ltr(text)


def service_text(text: str, widget: QWidget) -> str:
    """A sentence of a service (the services speak English) for a right-to-left window: each line reads left to
    right as a whole, also when it starts with a quoted Persian name."""
    if not text or not widget.isRightToLeft():
        return text
    return "\n".join(isolate_ltr(line) if line else line for line in text.split("\n"))


def error_text(exc: BaseException, widget: QWidget) -> str:
    """What a failed job tells the user: a CrmError's own sentence, anything else as an unexpected error."""
    if isinstance(exc, CrmError):
        return service_text(str(exc), widget)
    return QCoreApplication.translate("ImportTexts", "Unexpected error: %1").replace(
        "%1", service_text(str(exc), widget))


class ImportTexts(QObject):
    """Readable names of kinds, fields and actions; a QObject so that they are translated."""

    def kind_name(self, kind: str) -> str:
        return {"contacts": self.tr("Contacts (people)"), "companies": self.tr("Companies"),
                "deals": self.tr("Deals"), "products": self.tr("Products"), "tasks": self.tr("Tasks")}.get(kind, kind)

    def action_name(self, action: str) -> str:
        return {"new": self.tr("New"), "update": self.tr("Update"), "skip": self.tr("Skip"),
                "reject": self.tr("Reject")}.get(action, action)

    def field_label(self, key: str, fallback: str = "") -> str:
        """The field's name in the user's language; `fallback` (the service's English label) for unknown keys."""
        # One table for every kind: a key means the same thing wherever it appears ("owner", "notes").
        labels = {
            "first_name": self.tr("First name"), "last_name": self.tr("Last name"),
            "full_name": self.tr("Full name (split into first and last)"), "middle_name": self.tr("Middle name"),
            "position": self.tr("Position"), "company": self.tr("Company"),
            "company_role": self.tr("Role in the company"), "email": self.tr("Email"), "email2": self.tr("Email 2"),
            "phone": self.tr("Phone"), "mobile": self.tr("Mobile"), "phone2": self.tr("Phone 2"),
            "messenger": self.tr("Messenger"), "birthday": self.tr("Birthday"), "address": self.tr("Address"),
            "city": self.tr("City"), "country": self.tr("Country"), "language": self.tr("Language"),
            "status": self.tr("Status"), "lead_source": self.tr("Lead source"), "owner": self.tr("Owner"),
            "tags": self.tr("Tags"), "notes": self.tr("Notes"),
            "name": self.tr("Name"), "legal_name": self.tr("Legal name"), "tax_id": self.tr("Tax ID"),
            "registration_no": self.tr("Registration number"), "industry": self.tr("Industry"),
            "website": self.tr("Website"), "legal_address": self.tr("Legal address"),
            "postal_address": self.tr("Postal address"), "founded_on": self.tr("Founded"),
            "title": self.tr("Title"), "amount": self.tr("Amount"), "currency": self.tr("Currency"),
            "pipeline": self.tr("Pipeline"), "stage": self.tr("Stage"), "created_at": self.tr("Created"),
            "closed_on": self.tr("Closed on"), "loss_reason": self.tr("Loss reason"), "person": self.tr("Person"),
            "expected_close_on": self.tr("Expected close"),
            "sku": self.tr("SKU"), "unit": self.tr("Unit"), "price": self.tr("Price"), "vat_rate": self.tr("VAT rate"),
            "description": self.tr("Description"), "active": self.tr("Active"),
            "kind": self.tr("Kind"), "due_at": self.tr("Due"), "all_day": self.tr("All day"),
            "duration_min": self.tr("Duration (minutes)"), "priority": self.tr("Priority"), "deal": self.tr("Deal"),
            "done_at": self.tr("Done at"), "result": self.tr("Result"),
        }
        return labels.get(key) or fallback or key

    def yes_no(self, value: bool) -> str:
        return self.tr("Yes") if value else self.tr("No")

    def display(self, value: object, locale: QLocale | None = None) -> str:
        """A value read from a file or parsed for the preview, as a table cell shows it."""
        locale = locale or QLocale()
        if value is None:
            return ""
        if isinstance(value, bool):
            return self.yes_no(value)
        if isinstance(value, datetime):
            moment = QDateTime(QDate(value.year, value.month, value.day),
                               QTime(value.hour, value.minute, value.second))
            return locale.toString(moment, QLocale.FormatType.ShortFormat)
        if isinstance(value, date):
            return locale.toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)
        if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
            return str(int(value))   # Excel stores every number as a float: 42.0 is the 42 the user typed
        if isinstance(value, Decimal):
            return format(value, "f")
        if isinstance(value, Sequence) and not isinstance(value, str):
            return ", ".join(self.display(item, locale) for item in value)
        return str(value)
