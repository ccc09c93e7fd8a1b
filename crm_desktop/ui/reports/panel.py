"""The Reports panel: the list of reports beside a period, filters, a chart and the table behind it.

Every report runs on the task runner; a newer request cancels the one still running and makes its result
worthless (each run carries a generation number), so flicking through the list or the periods never queues up
stale work and the window never waits for a report.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCharts import QChartView
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QSignalBlocker,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
    Slot,
)
from PySide6.QtGui import QPainter, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CancelledError, CrmError
from crm_desktop.services.progress import Progress
from crm_desktop.services.reports import (
    ReportOptions,
    ReportQuery,
    ReportResult,
    ReportService,
    ReportTable,
    period,
)
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.dialogs import run_modal, side_button
from crm_desktop.ui.i18n import isolate_ltr
from crm_desktop.ui.panels import Panel
from crm_desktop.ui.reports.charts import build_chart
from crm_desktop.ui.reports.fields import configure_date_edit, date_edit
from crm_desktop.ui.reports.names import (
    BUCKETED_REPORTS,
    GRANULARITIES,
    PERIODS,
    TOTAL_KINDS,
    column_title,
    format_date,
    granularity_title,
    note_text,
    period_title,
    report_description,
    report_title,
)
from crm_desktop.ui.reports.table_model import (
    SORT_ROLE,
    ReportTableModel,
    format_cell,
)

if TYPE_CHECKING:
    from crm_desktop.ui.task_runner import Job

log = logging.getLogger(__name__)

NAME_ROLE = Qt.ItemDataRole.UserRole
CUSTOM = "custom"
# What other panels change that a report counts.
REFRESHING_KINDS = frozenset({"all", "deals", "tasks", "activities", "contacts", "plans", "campaigns", "undo",
                              "others"})
ABC, XYZ = ("A", "B", "C"), ("X", "Y", "Z")


class ReportsPanel(Panel):
    """Reports over `ReportService`: choose one on the side, set the period and filters, read the chart."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("reportsPanel", parent)
        self.ctx = ctx
        self.result: ReportResult | None = None
        self.options: ReportOptions | None = None
        self._loaded_once = False
        self._stale = False   # data changed while the panel was hidden: run again when it is shown
        self._generation = 0
        self._job: Job | None = None

        self.report_list = QListWidget(self)
        self.report_list.setObjectName("reportList")
        for name in ("funnel", "won-lost", "average-deal", "managers", "plan", "sources", "loss-reasons",
                     "abc-xyz", "activity"):
            item = QListWidgetItem(self.report_list)
            item.setData(NAME_ROLE, name)
        self.report_list.setCurrentRow(0)
        self.report_list.currentRowChanged.connect(self.on_report_list_row_changed)
        self.description = QLabel(self)
        self.description.setObjectName("reportDescription")
        self.description.setWordWrap(True)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.plans_button = side_button(self, "", "plansButton")
        self.plans_button.clicked.connect(self.on_plans_button_clicked)
        self.campaigns_button = side_button(self, "", "campaignsButton")
        self.campaigns_button.clicked.connect(self.on_campaigns_button_clicked)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.report_list, 1)
        side_layout.addWidget(self.description)
        side_layout.addWidget(self.plans_button)
        side_layout.addWidget(self.campaigns_button)

        self.period_label = QLabel(self)
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("periodCombo")
        for key in (*PERIODS, CUSTOM):
            self.period_combo.addItem("", key)
        self.period_combo.activated.connect(self.on_period_combo_activated)
        self.period_label.setBuddy(self.period_combo)
        self.start_edit = self._date_edit("startDateEdit")
        self.end_edit = self._date_edit("endDateEdit")
        self.dash_label = QLabel("–", self)
        self.granularity_combo = QComboBox(self)
        self.granularity_combo.setObjectName("granularityCombo")
        for key in GRANULARITIES:
            self.granularity_combo.addItem("", key)
        self.granularity_combo.activated.connect(lambda _i: self.run_report())
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.on_export_button_clicked)

        self.pipeline_combo = self._filter_combo("pipelineFilter")
        self.owner_combo = self._filter_combo("ownerFilter")
        self.source_combo = self._filter_combo("sourceFilter")
        self.tag_combo = self._filter_combo("tagFilter")
        self.currency_combo = self._filter_combo("currencyFilter")

        first = QHBoxLayout()
        first.addWidget(self.period_label)
        first.addWidget(self.period_combo)
        first.addWidget(self.start_edit)
        first.addWidget(self.dash_label)
        first.addWidget(self.end_edit)
        first.addWidget(self.granularity_combo)
        first.addStretch(1)
        first.addWidget(self.export_button)
        second = QHBoxLayout()
        for combo in (self.pipeline_combo, self.owner_combo, self.source_combo, self.tag_combo,
                      self.currency_combo):
            second.addWidget(combo)
        second.addStretch(1)

        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("reportTotals")
        self.totals_label.setWordWrap(True)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes_label = QLabel(self)
        self.notes_label.setObjectName("reportNotes")
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes_label.hide()

        self.chart_view = QChartView(self)
        self.chart_view.setObjectName("reportChart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(180)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("reportEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.chart_stack = QStackedWidget(self)
        self.chart_stack.addWidget(self.empty_label)
        self.chart_stack.addWidget(self.chart_view)

        self.model = ReportTableModel(self)
        self.table = self._table_view("reportTable", self.model)
        self.table.activated.connect(self.on_table_activated)
        self.table.doubleClicked.connect(self.on_table_activated)
        self.tables = QTabWidget(self)
        self.tables.setObjectName("reportTables")
        self.tables.setDocumentMode(True)
        self.tables.addTab(self.table, "")
        self.extra_models: list[ReportTableModel] = []

        self.output = QSplitter(Qt.Orientation.Vertical, self)
        self.output.setObjectName("reportSplitter")
        self.output.addWidget(self.chart_stack)
        self.output.addWidget(self.tables)
        self.output.setStretchFactor(0, 3)
        self.output.setStretchFactor(1, 2)
        self.output.setChildrenCollapsible(False)

        main = QWidget(self)
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addLayout(first)
        main_layout.addLayout(second)
        main_layout.addWidget(self.totals_label)
        main_layout.addWidget(self.notes_label)
        main_layout.addWidget(self.output, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("reportsSplitter")
        self.splitter.addWidget(side)
        self.splitter.addWidget(main)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([190, 800])
        self.splitter.setChildrenCollapsible(False)
        self.layout_.addWidget(self.splitter, 1)

        ctx.bridge.data_changed.connect(self.on_bridge_data_changed)
        self._set_period_dates("this-month")
        self.retranslate()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = date_edit(self, name)
        edit.editingFinished.connect(self.on_date_edit_finished)
        return edit

    def _filter_combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMaximumWidth(220)   # a long pipeline or source name must not push the other filters away
        combo.addItem("", None)
        combo.activated.connect(lambda _i: self.run_report())
        return combo

    def _table_view(self, name: str, model: ReportTableModel) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        proxy = QSortFilterProxyModel(view)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)   # the service's order (stage order, time) first
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(False)   # figures stay beside their headers
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return view

    # ---- texts --------------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Reports")

    def retranslate(self) -> None:
        super().retranslate()
        for row in range(self.report_list.count()):
            item = self.report_list.item(row)
            item.setText(report_title(str(item.data(NAME_ROLE))))
        self.report_list.setAccessibleName(self.tr("Reports"))
        self.description.setText(report_description(self.report_name()))
        self.plans_button.setText(self.tr("Sales &plans…"))
        self.campaigns_button.setText(self.tr("&Campaigns…"))
        self.period_label.setText(self.tr("P&eriod:"))
        for index in range(self.period_combo.count()):
            self.period_combo.setItemText(index, period_title(str(self.period_combo.itemData(index))))
        self.start_edit.setAccessibleName(self.tr("From"))
        self.end_edit.setAccessibleName(self.tr("To"))
        for index in range(self.granularity_combo.count()):
            self.granularity_combo.setItemText(index, granularity_title(str(self.granularity_combo.itemData(index))))
        self.granularity_combo.setAccessibleName(self.tr("Grouping"))
        self.export_button.setText(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Save this report as an Excel workbook with a chart, or as a Word "
                                              "document with the chart as a picture"))
        texts = ((self.pipeline_combo, self.tr("All pipelines"), self.tr("Pipeline")),
                 (self.owner_combo, self.tr("All managers"), self.tr("Manager")),
                 (self.source_combo, self.tr("All lead sources"), self.tr("Lead source")),
                 (self.tag_combo, self.tr("All tags"), self.tr("Tag")),
                 (self.currency_combo, self.tr("Main currency"), self.tr("Currency")))
        for combo, everything, name in texts:
            combo.setItemText(0, everything)
            combo.setAccessibleName(name)
        self.currency_combo.setToolTip(self.tr("Reports never add up different currencies; the main currency is "
                                               "the one with the most won amount"))
        self.tables.setTabText(0, self.tr("Table"))
        self._configure_dates()
        self._update_granularity()
        if self.result is not None:
            self.show_result(self.result)
        else:
            self.empty_label.setText(self.tr("Choose a report on the side."))

    def _configure_dates(self) -> None:
        # Persian readers date in the Jalali calendar; the stored dates stay Gregorian.
        for edit in (self.start_edit, self.end_edit):
            configure_date_edit(edit)

    # ---- state --------------------------------------------------------------------------------------------
    def report_name(self) -> str:
        item = self.report_list.currentItem()
        return str(item.data(NAME_ROLE)) if item is not None else "funnel"

    def select_report(self, name: str) -> None:
        """Show the report `name` (a key of REPORTS) and run it."""
        for row in range(self.report_list.count()):
            if self.report_list.item(row).data(NAME_ROLE) == name:
                self.report_list.setCurrentRow(row)
                return

    def period_key(self) -> str:
        return str(self.period_combo.currentData())

    def set_period(self, key: str, start: date | None = None, end: date | None = None) -> None:
        """Choose a named period, or CUSTOM with its dates, and run the report again."""
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(key)))
        if key == CUSTOM and start is not None and end is not None:
            for edit, day in ((self.start_edit, start), (self.end_edit, end)):
                with QSignalBlocker(edit):
                    edit.setDate(QDate(day.year, day.month, day.day))
        else:
            self._set_period_dates(key)
        self.run_report()

    def _set_period_dates(self, key: str) -> None:
        if key == CUSTOM:
            return
        start, end = period(key, date.today())
        for edit, day in ((self.start_edit, start), (self.end_edit, end)):
            with QSignalBlocker(edit):
                edit.setDate(QDate(day.year, day.month, day.day))

    def dates(self) -> tuple[date, date]:
        start, end = self.start_edit.date().toPython(), self.end_edit.date().toPython()
        assert isinstance(start, date)
        assert isinstance(end, date)
        return (start, end) if start <= end else (end, start)

    def current_query(self) -> ReportQuery:
        start, end = self.dates()
        name = self.report_name()
        return ReportQuery(
            name=name, start=start, end=end,
            pipeline_id=self.pipeline_combo.currentData(), owner_id=self.owner_combo.currentData(),
            lead_source_id=self.source_combo.currentData(), tag_id=self.tag_combo.currentData(),
            granularity=str(self.granularity_combo.currentData()) if name in BUCKETED_REPORTS else "auto",
            currency=self.currency_combo.currentData(),
        )

    def _update_granularity(self) -> None:
        self.granularity_combo.setVisible(self.report_name() in BUCKETED_REPORTS)

    # ---- loading ------------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self._loaded_once = True
            self.load_options()
        elif self._stale:
            self._stale = False
            self.load_options()

    def _service(self) -> ReportService:
        return ReportService(self.ctx.db, self.ctx.user_id)

    def load_options(self) -> None:
        """Read the filters' choices on the worker, then run the report."""
        service = self._service()
        self.ctx.runner.run(lambda _p: service.options(), self._fill_options, self.show_error)

    def _fill_options(self, options: ReportOptions) -> None:
        self.options = options

        def fill(combo: QComboBox, items: Any) -> None:
            current = combo.currentData()
            with QSignalBlocker(combo):
                while combo.count() > 1:
                    combo.removeItem(1)
                for item_id, name in items:
                    combo.addItem(name, item_id)
                found = combo.findData(current)
                combo.setCurrentIndex(found if found >= 0 else 0)

        fill(self.pipeline_combo, options.pipelines)
        fill(self.owner_combo, options.owners)
        fill(self.source_combo, options.sources)
        fill(self.tag_combo, options.tags)
        fill(self.currency_combo, [(code, code) for code in options.currencies])
        # One currency in the base: nothing to choose.
        self.currency_combo.setVisible(len(options.currencies) > 1)
        self.run_report()

    def run_report(self) -> None:
        """Compute the chosen report on the worker; a run still going is cancelled, its result dropped."""
        if not self._loaded_once:
            return
        self._generation += 1
        generation = self._generation
        if self._job is not None:
            self._job.cancel()
        service = self._service()
        query = self.current_query()
        self.export_button.setEnabled(False)

        def work(progress: Progress) -> ReportResult:
            return service.run(query, progress)

        def done(result: ReportResult) -> None:
            if generation == self._generation:
                self._job = None
                self.show_result(result)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._job = None
                if not isinstance(exc, CancelledError):
                    self.show_error(exc)

        self._job = self.ctx.runner.run(work, done, failed, title=self.tr("Computing the report…"),
                                        parent_widget=self, read_only=True)

    # ---- showing ------------------------------------------------------------------------------------------
    def show_result(self, result: ReportResult) -> None:
        self.result = result
        self.export_button.setEnabled(True)
        self.model.set_table([(c.key, c.label, c.kind) for c in result.columns], result.rows, result.currency)
        self._show_extra_tables(result)
        self.table.resizeColumnsToContents()
        self.totals_label.setText(self.totals_text(result))
        self.totals_label.setVisible(bool(self.totals_label.text()))
        notes = [note_text(n, self.locale()) for n in result.notes]
        self.notes_label.setText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))
        if result.rows and result.categories:
            old = self.chart_view.chart()
            self.chart_view.setChart(build_chart(result, direction=self.layoutDirection(), palette=self.palette(),
                                                 font=self.font(), locale=self.locale()))
            if old is not None:
                old.deleteLater()
            self.chart_stack.setCurrentWidget(self.chart_view)
        else:
            self.empty_label.setText(self.tr("Nothing to show for %1 – %2 with these filters.")
                                     .replace("%1", format_date(result.query.start, self.locale()))
                                     .replace("%2", format_date(result.query.end, self.locale())))
            self.chart_stack.setCurrentWidget(self.empty_label)
        self.table.setToolTip(self.tr("Double-click a count, or press Enter on it, to list its clients.")
                              if result.name == "abc-xyz" else "")
        self.chart_view.setAccessibleName(report_title(result.name))
        self.table.setAccessibleName(report_title(result.name))

    def totals_text(self, result: ReportResult) -> str:
        """The headline figures in one line: "Won: 12 · Won amount (EUR): 34,000"."""
        parts = []
        for key, value in result.totals.items():
            kind = TOTAL_KINDS.get(key)
            if kind is None:
                continue
            title = column_title(key)
            if kind == "money" and result.currency:
                title = f"{title} ({result.currency})"
            text = format_cell(value, kind, self.locale(), decimals=0 if kind == "money" else 2)
            parts.append(self.tr("%1: %2").replace("%1", title).replace("%2", text))
        return "  ·  ".join(parts)

    def _show_extra_tables(self, result: ReportResult) -> None:
        while self.tables.count() > 1:
            widget = self.tables.widget(1)
            self.tables.removeTab(1)
            if widget is not None:
                widget.deleteLater()
        self.extra_models = []
        for key, title, table in extra_tables(result):
            model = ReportTableModel(self)
            model.set_table([(c.key, c.label, c.kind) for c in table.columns], table.rows, result.currency)
            view = self._table_view(f"reportTable_{key}", model)
            view.resizeColumnsToContents()
            self.tables.addTab(view, title)
            self.extra_models.append(model)

    def show_error(self, exc: BaseException) -> None:
        if isinstance(exc, CancelledError):
            return
        text = str(exc) if isinstance(exc, CrmError) else self.tr("Unexpected error: %1").replace("%1", str(exc))
        QMessageBox.warning(self, self.tr("Reports"), text)

    # ---- slots --------------------------------------------------------------------------------------------
    @Slot(int)
    def on_report_list_row_changed(self, _row: int) -> None:
        self.description.setText(report_description(self.report_name()))
        self._update_granularity()
        self.run_report()

    @Slot(int)
    def on_period_combo_activated(self, _index: int) -> None:
        key = self.period_key()
        if key == CUSTOM:
            self.start_edit.setFocus()
            return
        self._set_period_dates(key)
        self.run_report()

    @Slot()
    def on_date_edit_finished(self) -> None:
        # Typing a date makes the period a custom one; the same dates again change nothing.
        if self.result is not None and self.dates() == (self.result.query.start, self.result.query.end):
            return
        with QSignalBlocker(self.period_combo):
            self.period_combo.setCurrentIndex(self.period_combo.findData(CUSTOM))
        self.run_report()

    @Slot(QModelIndex)
    def on_table_activated(self, index: QModelIndex) -> None:
        if self.result is None or self.result.name != "abc-xyz" or not index.isValid():
            return
        proxy = self.table.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        source = proxy.mapToSource(index)
        cell = matrix_cell(self.model, source.row(), source.column())
        if cell is None:
            return
        clients = list(self.result.extra.get("cells", {}).get(cell, ()))  # type: ignore[attr-defined]
        run_modal(ClientListDialog(cell, clients, self))

    @Slot()
    def on_export_button_clicked(self) -> None:
        if self.result is None:
            return
        result = self.result
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        base = f"{result.name}_{result.query.start.isoformat()}_{result.query.end.isoformat()}"
        xlsx_filter = self.tr("Excel workbook (*.xlsx)")
        docx_filter = self.tr("Word document (*.docx)")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export report"), str(Path(folder) / f"{base}.xlsx"),
                                                   f"{xlsx_filter};;{docx_filter}")
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".docx"):
            target = target.with_suffix(".docx" if chosen == docx_filter else ".xlsx")
        self.export(target)

    def export(self, target: Path) -> None:
        """Write the shown report to `target` (.xlsx or .docx) on the worker."""
        from crm_desktop.services import report_export
        from crm_desktop.ui.reports.charts import render_png

        result = self.result
        if result is None:
            return
        if target.suffix.lower() == ".docx":
            # The picture is drawn here: Qt paints on the UI thread only. It takes milliseconds.
            png = render_png(result) if result.rows and result.categories else None

            def work(_p: Progress) -> Path:
                report_export.to_docx(result, target, png)
                return target
        else:
            def work(_p: Progress) -> Path:
                report_export.to_xlsx(result, target)
                return target

        def done(path: Path) -> None:
            self.ctx.bridge.post_message(self.tr("Report saved to %1").replace("%1", isolate_ltr(str(path))))

        self.ctx.runner.run(work, done, self.show_error, title=self.tr("Exporting the report…"), parent_widget=self)

    @Slot()
    def on_plans_button_clicked(self) -> None:
        from crm_desktop.ui.reports.plans_dialog import PlansDialog

        dialog = PlansDialog(self.ctx, self)
        run_modal(dialog)
        if dialog.changed:
            self.ctx.bridge.post_data_changed("plans")

    @Slot()
    def on_campaigns_button_clicked(self) -> None:
        from crm_desktop.ui.reports.campaigns_dialog import CampaignsDialog

        dialog = CampaignsDialog(self.ctx, self)
        run_modal(dialog)
        if dialog.changed:
            self.ctx.bridge.post_data_changed("campaigns")

    @Slot(str)
    def on_bridge_data_changed(self, kind: str) -> None:
        if kind not in REFRESHING_KINDS or not self._loaded_once:
            return
        if self.isVisible():
            self.load_options()
        else:
            self._stale = True


def extra_tables(result: ReportResult) -> list[tuple[str, str, ReportTable]]:
    """The second tables a report carries in `extra` (per stage, per campaign, per manager, the clients):
    key, tab title in the user's language, and the table."""
    from crm_desktop.services.reports import ReportTable

    return [(key, extra_title(key, value.title), value) for key, value in result.extra.items()
            if isinstance(value, ReportTable)]


def extra_title(key: str, fallback: str) -> str:
    titles = {
        "stages": QCoreApplication.translate("ReportsPanel", "Lost per stage"),
        "campaigns": QCoreApplication.translate("ReportsPanel", "Campaigns"),
        "per_owner": QCoreApplication.translate("ReportsPanel", "Per manager"),
        "clients": QCoreApplication.translate("ReportsPanel", "Clients"),
    }
    return titles.get(key, fallback)


def matrix_cell(model: ReportTableModel, row: int, column: int) -> str | None:
    """The ABC/XYZ cell ("AX".."CZ") under a table cell of the matrix, None off the matrix."""
    key = model.column_key(column)
    if key not in XYZ or not 0 <= row < len(model.rows):
        return None
    letter = str(model.rows[row][0]).strip()[:1]
    return f"{letter}{key}" if letter in ABC else None


class ClientListDialog(QDialog):
    """The clients of one ABC/XYZ cell."""

    def __init__(self, cell: str, clients: list[object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("abcXyzClientsDialog")
        self.setWindowTitle(self.tr("Clients in %1").replace("%1", cell))
        self.resize(460, 420)
        self.list = QListWidget(self)
        self.list.setObjectName("abcXyzClientList")
        for client in clients:
            self.list.addItem(client_text(client))
        if not clients:
            self.list.addItem(self.tr("No clients in this cell."))
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)


def client_text(client: object) -> str:
    """A client of the lists: a name, or a name with its revenue when the service gives both."""
    if isinstance(client, str):
        return client
    if isinstance(client, dict):
        return str(client.get("name", client))
    if isinstance(client, tuple | list) and client:
        return str(client[0])
    return str(client)
