"""Sales plans: the list by period, and the editor of one plan (the team's or a manager's target for a period)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.services.plans import PlanInfo, PlanInput, PlanService
from crm_desktop.services.reports import ReportService, period
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
    set_date,
)
from crm_desktop.ui.reports.names import category_title, format_date
from crm_desktop.ui.reports.table_model import format_money

COL_OWNER, COL_FROM, COL_TO, COL_AMOUNT, COL_DEALS = range(5)
ID_ROLE = Qt.ItemDataRole.UserRole
# The periods a plan is usually set for; "next" ones because plans are made ahead.
PLAN_PERIODS = ("this-month", "next-month", "this-quarter", "next-quarter", "this-year", "next-year")


def plan_period(key: str, today: date) -> tuple[date, date]:
    """The dates of a named plan period: this one, or the one after it."""
    start, end = period(key.replace("next-", "this-"), today)
    if key.startswith("next-"):
        return period(key.replace("next-", "this-"), end + timedelta(days=1))
    return start, end


class PlansDialog(QDialog):
    """The sales plans with Add, Change and Delete; the plan report and the Home dashboard count them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plansDialog")
        self.setWindowTitle(self.tr("Sales plans"))
        self.resize(720, 420)
        self.ctx = ctx
        self.service = PlanService(ctx.db, ctx.user_id)
        options = ReportService(ctx.db, ctx.user_id).options()
        self.owners, self.currencies = options.owners, options.currencies
        self.changed = False
        self.plans: list[PlanInfo] = []

        self.table = list_table(self, "plansTable", 5)
        self.table.setHorizontalHeaderLabels([self.tr("Manager"), self.tr("From"), self.tr("To"), self.tr("Amount"),
                                              self.tr("Deals")])
        self.table.activated.connect(self.on_table_activated)
        self.add_button = side_button(self, self.tr("&Add…"), "addPlanButton")
        self.add_button.clicked.connect(self.on_add_clicked)
        self.edit_button = side_button(self, self.tr("&Change…"), "editPlanButton")
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.delete_button = side_button(self, self.tr("&Delete"), "deletePlanButton")
        self.delete_button.clicked.connect(self.on_delete_clicked)
        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            side.addWidget(button)
        side.addStretch(1)
        self.hint = QLabel(self.tr("A team plan is the target of everyone together; a manager's plan is theirs "
                                   "alone. The plan report sets won deals against both."), self)
        self.hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(side)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.plans = self.service.list_plans()
        self.table.setRowCount(len(self.plans))
        for row, plan in enumerate(self.plans):
            cells = (plan.owner_name or category_title("Team"), format_date(plan.period_start),
                     format_date(plan.period_end), format_money(plan.amount, plan.currency),
                     self.locale().toString(plan.deal_count))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, plan.id)
                if column in (COL_AMOUNT, COL_DEALS):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        ids = [p.id for p in self.plans]
        if select in ids:
            self.table.setCurrentCell(ids.index(select), 0)
        elif self.plans:
            # Not selectRow: in a right-to-left table not yet shown it finds no column and selects nothing.
            self.table.setCurrentCell(0, 0)
        has = bool(self.plans)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def current_plan(self) -> PlanInfo | None:
        row = self.table.currentRow()
        return self.plans[row] if 0 <= row < len(self.plans) else None

    def edit(self, plan: PlanInfo | None) -> None:
        dialog = PlanEditDialog(self.service, self.owners, self.currencies, plan, self)
        if run_modal(dialog):
            self.changed = True
            self.reload(dialog.saved_id)

    @Slot()
    def on_add_clicked(self) -> None:
        self.edit(None)

    @Slot()
    def on_edit_clicked(self) -> None:
        plan = self.current_plan()
        if plan is not None:
            self.edit(plan)

    @Slot(QModelIndex)
    def on_table_activated(self, _index: QModelIndex) -> None:
        self.on_edit_clicked()

    @Slot()
    def on_delete_clicked(self) -> None:
        plan = self.current_plan()
        if plan is None:
            return
        who = plan.owner_name or category_title("Team")
        if not ask_yes_no(self, self.tr("Delete plan"),
                          self.tr("Delete the plan of %1 for %2 – %3?").replace("%1", who)
                          .replace("%2", format_date(plan.period_start)).replace("%3", format_date(plan.period_end))):
            return
        try:
            self.service.delete_plan(plan.id)
        except CrmError as exc:   # deleted meanwhile: the list shows what is left
            QMessageBox.warning(self, self.windowTitle(), str(exc))
        else:
            self.changed = True
        self.reload()


class PlanEditDialog(QDialog):
    """One plan: whose (the team's or a manager's), the period, the amount and currency, the number of deals.

    Save writes it at once; a refusal (the period backwards, a duplicate) is shown and the dialog stays open."""

    def __init__(self, service: PlanService, owners: tuple[tuple[int, str], ...], currencies: tuple[str, ...],
                 plan: PlanInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planEditDialog")
        self.setWindowTitle(self.tr("Change plan") if plan else self.tr("New plan"))
        self.service = service
        self.saved_id: int | None = None
        self.plan = plan
        today = date.today()
        start, end = (plan.period_start, plan.period_end) if plan else plan_period("this-month", today)

        self.owner = QComboBox(self)
        self.owner.setObjectName("planOwner")
        self.owner.addItem(self.tr("The whole team"), None)
        for user_id, name in owners:
            self.owner.addItem(name, user_id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(plan.user_id)) if plan else 0)
        self.period = QComboBox(self)
        self.period.setObjectName("planPeriod")
        names = {"this-month": self.tr("This month"), "next-month": self.tr("Next month"),
                 "this-quarter": self.tr("This quarter"), "next-quarter": self.tr("Next quarter"),
                 "this-year": self.tr("This year"), "next-year": self.tr("Next year")}
        for key in PLAN_PERIODS:
            self.period.addItem(names[key], key)
        self.period.addItem(self.tr("Other dates"), "custom")
        matching = [k for k in PLAN_PERIODS if plan_period(k, today) == (start, end)]
        self.period.setCurrentIndex(self.period.findData(matching[0] if matching else "custom"))
        self.period.activated.connect(self.on_period_activated)
        self.start = date_edit(self, "planStart", start)
        self.end = date_edit(self, "planEnd", end)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self.on_date_changed)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.end)
        dates.addStretch(1)
        self.amount = amount_edit(self, "planAmount", plan.amount if plan else Decimal(0))
        self.currency = currency_combo(self, "planCurrency", currencies, plan.currency if plan else None)
        money = QHBoxLayout()
        money.addWidget(self.amount, 1)
        money.addWidget(self.currency)
        self.deals = QSpinBox(self)
        self.deals.setObjectName("planDeals")
        self.deals.setRange(0, 1_000_000)
        self.deals.setValue(plan.deal_count if plan else 0)
        self.deals.setSpecialValueText(self.tr("no target"))
        self.error = error_label(self, "planError")

        form = QFormLayout()
        form.addRow(self._label(self.tr("&For:"), self.owner), self.owner)
        form.addRow(self._label(self.tr("&Period:"), self.period), self.period)
        form.addRow("", dates)
        form.addRow(self._label(self.tr("&Amount to win:"), self.amount), money)
        form.addRow(self._label(self.tr("&Deals to win:"), self.deals), self.deals)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.amount.setFocus()
        self.amount.selectAll()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    @Slot(int)
    def on_period_activated(self, _index: int) -> None:
        key = str(self.period.currentData())
        if key == "custom":
            self.start.setFocus()
            return
        start, end = plan_period(key, date.today())
        for edit, day in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            set_date(edit, day)
            edit.blockSignals(False)

    @Slot()
    def on_date_changed(self) -> None:
        self.period.setCurrentIndex(self.period.findData("custom"))

    def data(self) -> PlanInput:
        """What the fields say; ValueError when the amount is not a number."""
        return PlanInput(user_id=self.owner.currentData(), period_start=date_of(self.start),
                         period_end=date_of(self.end), amount=parse_amount(self.amount.text()),
                         currency=currency_of(self.currency), deal_count=self.deals.value())

    def accept(self) -> None:
        saved = save_form(self.error, self.data, self.save, self.unreadable)
        if saved is not None:
            self.saved_id = saved
            super().accept()

    def unreadable(self) -> str:
        return self.tr("'%1' is not an amount. Type digits, for example 25000.").replace("%1", self.amount.text())

    def save(self, data: PlanInput) -> int:
        if self.plan is None:
            return self.service.create_plan(data)
        self.service.update_plan(self.plan.id, data, expected_version=self.plan.version)
        return self.plan.id
