"""Marketing campaigns: the list (with those in the Trash on request), and the editor of one campaign."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.services.plans import CampaignInfo, CampaignInput, PlanService
from crm_desktop.services.reports import ReportService
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.dialogs import ask_yes_no, run_modal, side_button
from crm_desktop.ui.funnel.move_dialogs import parse_amount
from crm_desktop.ui.reports.fields import (
    amount_edit,
    currency_combo,
    currency_of,
    date_edit,
    date_of,
    error_label,
    list_table,
    save_form,
)
from crm_desktop.ui.reports.names import format_date
from crm_desktop.ui.reports.table_model import format_money

COL_NAME, COL_SOURCE, COL_FROM, COL_TO, COL_COST = range(5)


class CampaignsDialog(QDialog):
    """The campaigns with Add, Change, Delete (to the Trash) and Restore; the sources report sets their cost
    against the deals they brought."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignsDialog")
        self.setWindowTitle(self.tr("Campaigns"))
        self.resize(760, 440)
        self.ctx = ctx
        self.service = PlanService(ctx.db, ctx.user_id)
        options = ReportService(ctx.db, ctx.user_id).options()
        self.sources, self.currencies = options.sources, options.currencies
        self.changed = False
        self.campaigns: list[CampaignInfo] = []

        self.table = list_table(self, "campaignsTable", 5)
        self.table.setHorizontalHeaderLabels([self.tr("Campaign"), self.tr("Lead source"), self.tr("From"),
                                              self.tr("To"), self.tr("Cost")])
        self.table.activated.connect(self.on_table_activated)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.add_button = side_button(self, self.tr("&Add…"), "addCampaignButton")
        self.add_button.clicked.connect(self.on_add_clicked)
        self.edit_button = side_button(self, self.tr("&Change…"), "editCampaignButton")
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.delete_button = side_button(self, self.tr("&Delete"), "deleteCampaignButton")
        self.delete_button.clicked.connect(self.on_delete_clicked)
        self.restore_button = side_button(self, self.tr("&Restore"), "restoreCampaignButton")
        self.restore_button.clicked.connect(self.on_restore_clicked)
        self.trash_check = QCheckBox(self.tr("Show campaigns in the &Trash"), self)
        self.trash_check.setObjectName("showDeletedCampaigns")
        self.trash_check.toggled.connect(lambda _on: self.reload())
        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.restore_button):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(side)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.trash_check)
        layout.addWidget(buttons)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.campaigns = self.service.list_campaigns(include_deleted=self.trash_check.isChecked())
        self.table.setRowCount(len(self.campaigns))
        for row, campaign in enumerate(self.campaigns):
            name = campaign.name if not campaign.deleted else self.tr("%1 (in the Trash)").replace("%1", campaign.name)
            cells = (name, campaign.source_name,
                     format_date(campaign.starts_on) if campaign.starts_on else "",
                     format_date(campaign.ends_on) if campaign.ends_on else "",
                     format_money(campaign.cost, campaign.currency))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == COL_COST:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
                if campaign.deleted:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        ids = [c.id for c in self.campaigns]
        if select in ids:
            self.table.setCurrentCell(ids.index(select), 0)
        elif self.campaigns:
            # Not selectRow: in a right-to-left table not yet shown it finds no column and selects nothing.
            self.table.setCurrentCell(0, 0)
        self.update_buttons()

    def current_campaign(self) -> CampaignInfo | None:
        row = self.table.currentRow()
        return self.campaigns[row] if 0 <= row < len(self.campaigns) else None

    @Slot()
    def update_buttons(self) -> None:
        current = self.current_campaign()
        live = current is not None and not current.deleted
        self.edit_button.setEnabled(live)
        self.delete_button.setEnabled(live)
        self.restore_button.setVisible(self.trash_check.isChecked())
        self.restore_button.setEnabled(current is not None and current.deleted)

    def edit(self, campaign: CampaignInfo | None) -> None:
        dialog = CampaignEditDialog(self.service, self.sources, self.currencies, campaign, self)
        if run_modal(dialog):
            self.changed = True
            self.reload(dialog.saved_id)

    @Slot()
    def on_add_clicked(self) -> None:
        self.edit(None)

    @Slot()
    def on_edit_clicked(self) -> None:
        campaign = self.current_campaign()
        if campaign is not None and not campaign.deleted:
            self.edit(campaign)

    @Slot(QModelIndex)
    def on_table_activated(self, _index: QModelIndex) -> None:
        self.on_edit_clicked()

    @Slot()
    def on_delete_clicked(self) -> None:
        campaign = self.current_campaign()
        if campaign is None or campaign.deleted:
            return
        if not ask_yes_no(self, self.tr("Delete campaign"),
                          self.tr("Move the campaign '%1' to the Trash? Its deals keep it; it can be restored.")
                          .replace("%1", campaign.name)):
            return
        self._apply(lambda: self.service.delete_campaign(campaign.id))

    @Slot()
    def on_restore_clicked(self) -> None:
        campaign = self.current_campaign()
        if campaign is not None and campaign.deleted:
            self._apply(lambda: self.service.restore_campaign(campaign.id), campaign.id)

    def _apply(self, action: Callable[[], None], select: int | None = None) -> None:
        try:
            action()
        except CrmError as exc:   # changed meanwhile: the list shows what is there now
            QMessageBox.warning(self, self.windowTitle(), str(exc))
        else:
            self.changed = True
        self.reload(select)


class CampaignEditDialog(QDialog):
    """One campaign: its name, the lead source it feeds, its dates (either may be open), cost and notes."""

    def __init__(self, service: PlanService, sources: tuple[tuple[int, str], ...], currencies: tuple[str, ...],
                 campaign: CampaignInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignEditDialog")
        self.setWindowTitle(self.tr("Change campaign") if campaign else self.tr("New campaign"))
        self.resize(460, 0)
        self.service = service
        self.saved_id: int | None = None
        self.campaign = campaign
        today = date.today()

        self.name = QLineEdit(campaign.name if campaign else "", self)
        self.name.setObjectName("campaignName")
        self.name.setMaxLength(200)
        self.source = QComboBox(self)
        self.source.setObjectName("campaignSource")
        self.source.addItem(self.tr("No lead source"), None)
        for source_id, name in sources:
            self.source.addItem(name, source_id)
        if campaign is not None:
            self.source.setCurrentIndex(max(0, self.source.findData(campaign.lead_source_id)))
        # Either date may stay open: an always-on referral programme has neither.
        self.has_start = QCheckBox(self.tr("&From:"), self)
        self.has_start.setObjectName("campaignHasStart")
        self.start = date_edit(self, "campaignStart", campaign.starts_on if campaign and campaign.starts_on
                               else today)
        self.has_end = QCheckBox(self.tr("&Until:"), self)
        self.has_end.setObjectName("campaignHasEnd")
        self.end = date_edit(self, "campaignEnd", campaign.ends_on if campaign and campaign.ends_on else today)
        self.has_start.setChecked(campaign is None or campaign.starts_on is not None)
        self.has_end.setChecked(campaign is not None and campaign.ends_on is not None)
        for check, edit in ((self.has_start, self.start), (self.has_end, self.end)):
            edit.setEnabled(check.isChecked())
            check.toggled.connect(edit.setEnabled)
        dates = QHBoxLayout()
        for widget in (self.has_start, self.start, self.has_end, self.end):
            dates.addWidget(widget)
        dates.addStretch(1)
        self.cost = amount_edit(self, "campaignCost", campaign.cost if campaign else Decimal(0))
        self.currency = currency_combo(self, "campaignCurrency", currencies,
                                       campaign.currency if campaign else None)
        money = QHBoxLayout()
        money.addWidget(self.cost, 1)
        money.addWidget(self.currency)
        self.notes = QPlainTextEdit(campaign.notes or "" if campaign else "", self)
        self.notes.setObjectName("campaignNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.error = error_label(self, "campaignError")

        form = QFormLayout()
        form.addRow(self._label(self.tr("&Name:"), self.name), self.name)
        form.addRow(self._label(self.tr("Lead &source:"), self.source), self.source)
        form.addRow(self.tr("Dates:"), dates)
        form.addRow(self._label(self.tr("&Cost:"), self.cost), money)
        form.addRow(self._label(self.tr("N&otes:"), self.notes), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.name.setFocus()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def data(self) -> CampaignInput:
        """What the fields say; ValueError when the cost is not a number."""
        return CampaignInput(name=self.name.text(), lead_source_id=self.source.currentData(),
                             starts_on=date_of(self.start) if self.has_start.isChecked() else None,
                             ends_on=date_of(self.end) if self.has_end.isChecked() else None,
                             cost=parse_amount(self.cost.text()), currency=currency_of(self.currency),
                             notes=self.notes.toPlainText())

    def accept(self) -> None:
        saved = save_form(self.error, self.data, self.save, self.unreadable)
        if saved is not None:
            self.saved_id = saved
            super().accept()

    def unreadable(self) -> str:
        return self.tr("'%1' is not an amount. Type digits, for example 1500.").replace("%1", self.cost.text())

    def save(self, data: CampaignInput) -> int:
        if self.campaign is None:
            return self.service.create_campaign(data)
        self.service.update_campaign(self.campaign.id, data, expected_version=self.campaign.version)
        return self.campaign.id
