"""The company card: requisites, phones and e-mails, its people with their roles, and the timeline of the company
and all its people, with its deals, tasks, documents and attachments."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt, QUrl, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.services.contacts import CompanyDetail, CompanyInput, CompanyPerson, SaveResult
from crm_desktop.ui.contacts.channels_editor import open_url
from crm_desktop.ui.contacts.person_card import (
    RECORD_ROLE,
    ContactCardDialog,
    OptionalDateEdit,
    _raise,
    cannot_open,
    find_card,
    open_person_card,
    role_names,
    section_label,
)
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.dialogs import side_button
from crm_desktop.ui.i18n import format_utc

# Columns of the people table.
PEOPLE_NAME, PEOPLE_POSITION, PEOPLE_ROLE, PEOPLE_PHONE, PEOPLE_EMAIL = range(5)


def open_company_card(ctx: AppContext, company_id: int | None, parent: QWidget | None) -> CompanyCardDialog | None:
    """Show the card of a company (None: a new one); an open card is raised. None when the company cannot be
    read (deleted for good meanwhile): the user is told why."""
    if company_id is not None:
        existing = find_card(ctx, "company", company_id)
        if isinstance(existing, CompanyCardDialog):
            _raise(existing)
            return existing
    try:
        card = CompanyCardDialog(ctx, company_id, parent)
    except CrmError as exc:
        cannot_open(parent, exc)
        return None
    card.show()
    return card


def website_url(text: str) -> QUrl | None:
    """The address a website field opens: http(s) only, with https:// added when no scheme was typed."""
    text = text.strip()
    if not text:
        return None
    url = QUrl.fromUserInput(text)
    return url if url.isValid() and url.scheme() in ("http", "https") else None


class CompanyCardDialog(ContactCardDialog):
    """A company: requisites, phones and e-mails, status, owner, lead source, tags and custom fields; its people,
    timeline, deals, tasks, documents and attachments."""

    kind = "company"

    def __init__(self, ctx: AppContext, company_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, company_id, parent)
        self.setObjectName("companyCard")
        self.people: list[CompanyPerson] = []
        self.tabs.addTab(self.scroll_page(self._build_details()), self.tr("D&etails"))
        self.build_tabs()
        self.resize(960, 700)
        self.load()
        self.name_edit.setFocus()

    # ---- construction ---------------------------------------------------------------------------------------
    def channel_kinds(self) -> tuple[str, ...]:
        return ("phone", "email")

    def _line(self, parent: QWidget, name: str, length: int) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setObjectName(name)
        edit.setMaxLength(length)
        return edit

    def _text(self, parent: QWidget, name: str, height: int = 56) -> QPlainTextEdit:
        edit = QPlainTextEdit(parent)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        return edit

    def _build_details(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("companyDetails")
        self.build_common_fields(page)
        self.name_edit = self._line(page, "companyName", 300)
        self.name_edit.textEdited.connect(self.schedule_duplicate_check)
        self.legal_name_edit = self._line(page, "companyLegalName", 500)
        self.tax_id_edit = self._line(page, "companyTaxId", 50)
        self.tax_id_edit.textEdited.connect(self.schedule_duplicate_check)
        self.registration_edit = self._line(page, "companyRegistrationNo", 50)
        self.industry_edit = self._line(page, "companyIndustry", 120)
        self.website_edit = self._line(page, "companyWebsite", 300)
        self.website_edit.setPlaceholderText(self.tr("example.com"))
        self.website_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.website_edit.textChanged.connect(self.on_website_edit_text_changed)
        self.open_website_button = QPushButton(self.tr("Open"), page)
        self.open_website_button.setObjectName("openWebsiteButton")
        self.open_website_button.setAutoDefault(False)
        self.open_website_button.setToolTip(self.tr("Open the website in the browser"))
        self.open_website_button.setEnabled(False)
        self.open_website_button.clicked.connect(self.on_open_website_button_clicked)
        website_row = QHBoxLayout()
        website_row.setContentsMargins(0, 0, 0, 0)
        website_row.addWidget(self.website_edit, 1)
        website_row.addWidget(self.open_website_button)
        self.founded_edit = OptionalDateEdit(QDate.currentDate(), page)
        self.founded_edit.setObjectName("companyFoundedOn")
        self.legal_address_edit = self._text(page, "companyLegalAddress")
        self.postal_address_edit = self._text(page, "companyPostalAddress")
        self.bank_details_edit = self._text(page, "companyBankDetails", 64)
        self.bank_details_edit.setPlaceholderText(self.tr("Bank, account number, BIC / SWIFT"))
        self.notes_edit.setPlaceholderText(self.tr("What to know about this company…"))
        for edit in (self.tax_id_edit, self.registration_edit):
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

        left = self.new_form(page)
        self.add_row(left, self.tr("&Name:"), self.name_edit)
        self.add_row(left, self.tr("Le&gal name:"), self.legal_name_edit)
        self.add_row(left, self.tr("Ta&x ID:"), self.tax_id_edit)
        self.add_row(left, self.tr("Re&gistration no.:"), self.registration_edit)
        self.add_row(left, self.tr("&Industry:"), self.industry_edit)
        self.add_row(left, self.tr("&Website:"), website_row, self.website_edit)
        self.add_row(left, self.tr("&Founded on:"), self.founded_edit, self.founded_edit.date_edit)
        left.addRow(section_label(self.tr("Phones and emails"), page))
        left.addRow(self.channels_editor)

        right = self.new_form(page)
        self.add_row(right, self.tr("S&tatus:"), self.status_combo)
        self.add_row(right, self.tr("&Owner:"), self.owner_combo)
        self.add_row(right, self.tr("Lead so&urce:"), self.lead_source_combo)
        self.add_row(right, self.tr("Legal a&ddress:"), self.legal_address_edit)
        self.add_row(right, self.tr("Postal addre&ss:"), self.postal_address_edit)
        self.add_row(right, self.tr("C&ity:"), self.city_edit)
        self.add_row(right, self.tr("Cou&ntry:"), self.country_combo)
        self.add_row(right, self.tr("&Bank details:"), self.bank_details_edit)
        tags_label = self.add_row(right, self.tr("Ta&gs:"), self.tags)
        tags_label.setVisible(bool(self.tag_list))

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        notes_label = QLabel(self.tr("N&otes:"), page)
        notes_label.setBuddy(self.notes_edit)
        layout = QVBoxLayout(page)
        layout.addLayout(columns)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes_edit, 1)

        chain: list[QWidget] = [self.name_edit, self.legal_name_edit, self.tax_id_edit, self.registration_edit,
                                self.industry_edit, self.website_edit, self.open_website_button,
                                self.founded_edit.date_edit, self.founded_edit.no_date, self.channels_editor,
                                self.status_combo, self.owner_combo, self.lead_source_combo,
                                self.legal_address_edit, self.postal_address_edit, self.city_edit,
                                self.country_combo, self.bank_details_edit, self.tags, self.notes_edit]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        return page

    def add_extra_tabs(self) -> None:
        page = QWidget(self)
        page.setObjectName("peoplePage")
        self.people_table = QTableWidget(0, 5, page)
        self.people_table.setObjectName("companyPeople")
        self.people_table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Position"), self.tr("Role"), self.tr("Phone"), self.tr("Email")])
        self.people_table.setAccessibleName(self.tr("People of the company"))
        self.people_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.people_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.people_table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.people_table.setTabKeyNavigation(False)
        self.people_table.verticalHeader().hide()
        self.people_table.horizontalHeader().setStretchLastSection(True)
        self.people_table.itemActivated.connect(lambda _item: self.on_open_person_button_clicked())
        self.people_table.itemSelectionChanged.connect(self._update_people_buttons)
        self.add_person_button = side_button(page, self.tr("&Add person…"), "addPersonButton")
        self.add_person_button.clicked.connect(self.on_add_person_button_clicked)
        self.open_person_button = side_button(page, self.tr("O&pen"), "openPersonButton")
        self.open_person_button.clicked.connect(self.on_open_person_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_person_button)
        buttons.addWidget(self.open_person_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.people_table, 1)
        layout.addLayout(buttons)
        self.people_page = page
        self.tabs.addTab(page, self.tr("&People"))

    def related_pages(self) -> list[QWidget]:
        return [self.people_page, *super().related_pages()]

    # ---- values ---------------------------------------------------------------------------------------------
    def collect_input(self) -> CompanyInput:
        return CompanyInput(
            name=self.name_edit.text().strip(),
            legal_name=self.text_or_none(self.legal_name_edit),
            tax_id=self.text_or_none(self.tax_id_edit),
            registration_no=self.text_or_none(self.registration_edit),
            industry=self.text_or_none(self.industry_edit),
            website=self.text_or_none(self.website_edit),
            legal_address=self.text_or_none(self.legal_address_edit),
            postal_address=self.text_or_none(self.postal_address_edit),
            city=self.text_or_none(self.city_edit),
            country=self.country_code(),
            bank_details=self.text_or_none(self.bank_details_edit),
            founded_on=self.founded_edit.value(),
            status=str(self.status_combo.currentData()),
            lead_source_id=self.lead_source_combo.currentData(),
            owner_id=self.owner_combo.currentData(),
            notes=self.text_or_none(self.notes_edit),
            channels=self.channels_editor.channels(),
            tag_ids=self.tag_ids(),
            custom=None,
        )

    def extra_state(self) -> object:
        return self.country_combo.currentText().strip()

    def fill_input(self, data: CompanyInput) -> None:
        detail = self.detail if isinstance(self.detail, CompanyDetail) else None
        self.name_edit.setText(data.name)
        self.legal_name_edit.setText(data.legal_name or "")
        self.tax_id_edit.setText(data.tax_id or "")
        self.registration_edit.setText(data.registration_no or "")
        self.industry_edit.setText(data.industry or "")
        self.website_edit.setText(data.website or "")
        self.legal_address_edit.setPlainText(data.legal_address or "")
        self.postal_address_edit.setPlainText(data.postal_address or "")
        self.city_edit.setText(data.city or "")
        self.country_combo.set_code(data.country)
        self.bank_details_edit.setPlainText(data.bank_details or "")
        self.founded_edit.set_value(data.founded_on)
        self.select_data(self.status_combo, data.status)
        self.select_data(self.owner_combo, data.owner_id,
                         detail.owner_name if detail is not None and detail.owner_name else "")
        self.select_data(self.lead_source_combo, data.lead_source_id,
                         detail.lead_source_name if detail is not None and detail.lead_source_name else "")
        self.notes_edit.setPlainText(data.notes or "")
        self.set_tag_ids(data.tag_ids)

    def fill_new(self) -> None:
        super().fill_new()
        self.select_data(self.status_combo, "lead")

    def get_detail(self, record_id: int) -> CompanyDetail:
        return self.service.get_company(record_id)

    def create_record(self, data: CompanyInput) -> SaveResult:
        return self.service.create_company(data)

    def update_method(self) -> Callable[..., SaveResult]:
        return self.service.update_company

    def duplicate_query(self) -> dict[str, Any]:
        return {"name": self.name_edit.text().strip(), "phones": self.channels_editor.values("phone"),
                "emails": self.channels_editor.values("email"), "tax_id": self.tax_id_edit.text().strip()}

    # ---- frame ----------------------------------------------------------------------------------------------
    def record_name(self) -> str:
        return self.detail.name if self.detail is not None else self.name_edit.text().strip()

    def window_title(self) -> str:
        if self.record_id is None:
            return self.tr("New company")
        return self.tr("Company: %1").replace("%1", self.record_name())

    def header_html(self) -> str:
        if not isinstance(self.detail, CompanyDetail):
            return f"<span style='font-size:14pt; font-weight:600'>{html.escape(self.tr('New company'))}</span>"
        detail = self.detail
        data = detail.input
        sub = [p for p in (data.legal_name if data.legal_name != data.name else None, data.industry, data.city) if p]
        sub.append(self.status_names.get(data.status, data.status))
        count = len(detail.people)
        if count:
            sub.append(self.tr("%n people", "", count))
        if detail.last_activity_at is not None:
            sub.append(self.tr("last contact %1").replace("%1", format_utc(detail.last_activity_at,
                                                                             self.locale())))
        return (f"<span style='font-size:14pt; font-weight:600'>{html.escape(detail.name)}</span><br>"
                f"<span style='color:{self.palette().color(QPalette.ColorRole.PlaceholderText).name()}'>"
                f"{html.escape(' · '.join(sub))}</span>")

    def field_labels(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"), "legal_name": self.tr("Legal name"), "tax_id": self.tr("Tax ID"),
            "registration_no": self.tr("Registration no."), "industry": self.tr("Industry"),
            "website": self.tr("Website"), "legal_address": self.tr("Legal address"),
            "postal_address": self.tr("Postal address"), "city": self.tr("City"), "country": self.tr("Country"),
            "bank_details": self.tr("Bank details"), "founded_on": self.tr("Founded on"), "status": self.tr("Status"),
            "lead_source_id": self.tr("Lead source"), "owner_id": self.tr("Owner"), "notes": self.tr("Notes"),
            "channels": self.tr("Phones and emails"), "tag_ids": self.tr("Tags"), "custom": self.tr("Custom fields"),
        }

    # ---- people ---------------------------------------------------------------------------------------------
    def fill_related(self) -> None:
        super().fill_related()
        self.fill_people()

    def fill_people(self) -> None:
        if self.record_id is None:
            self.people = []
        else:
            try:
                self.people = self.service.company_people(self.record_id)
            except CrmError as exc:
                self.status_label.setText(str(exc))
                return
        roles = role_names(self)
        current = self.current_person()
        table = self.people_table
        table.setRowCount(len(self.people))
        for row, person in enumerate(self.people):
            texts = [person.name, person.position or "", roles.get(person.role or "", person.role or ""),
                     person.phone, person.email]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column == PEOPLE_NAME:
                    item.setData(RECORD_ROLE, person)
                table.setItem(row, column, item)
            if current is not None and person.id == current.id:
                table.selectRow(row)
        table.resizeColumnsToContents()
        index = self.tabs.indexOf(self.people_page)
        self.tabs.setTabText(index, self.tr("&People (%1)").replace("%1", str(len(self.people))) if self.people
                             else self.tr("&People"))
        self._update_people_buttons()

    def current_person(self) -> CompanyPerson | None:
        item = self.people_table.item(self.people_table.currentRow(), PEOPLE_NAME)
        person = item.data(RECORD_ROLE) if item is not None else None
        return person if isinstance(person, CompanyPerson) else None

    def _update_people_buttons(self) -> None:
        self.add_person_button.setEnabled(self.record_id is not None)
        self.open_person_button.setEnabled(self.current_person() is not None)

    @Slot()
    def on_add_person_button_clicked(self) -> None:
        if self.record_id is not None:
            open_person_card(self.ctx, None, self.parentWidget(), company_id=self.record_id)

    @Slot()
    def on_open_person_button_clicked(self) -> None:
        person = self.current_person()
        if person is not None:
            open_person_card(self.ctx, person.id, self.parentWidget())

    # ---- website --------------------------------------------------------------------------------------------
    @Slot(str)
    def on_website_edit_text_changed(self, text: str) -> None:
        self.open_website_button.setEnabled(website_url(text) is not None)

    @Slot()
    def on_open_website_button_clicked(self) -> None:
        url = website_url(self.website_edit.text())
        if url is not None and not open_url(url):
            self.warn(self.tr("No program could open %1.").replace("%1", url.toString()))
