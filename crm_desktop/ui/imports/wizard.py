"""The import wizard (File › Import…): a spreadsheet or CSV file into contacts, companies, deals, products or tasks,
a vCard file (.vcf) into contacts, an iCalendar file (.ics) into tasks.

Five pages: the file (what was detected, and the means to correct it), the mapping of its columns to fields, the
options for duplicates and for the whole import, a preview of the first rows as they would be imported, and the run
(a test run that writes nothing, then the import). A vCard or iCalendar file names its own fields: it goes from the
file page straight to the run page, which offers what the command line offers for it. Reading the file, the preview
and the import all run on the task runner; the window never waits for them and each can be cancelled.
"""

from __future__ import annotations

import logging
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QLocale, Qt, QTimer, Slot
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crm_desktop.config import LANGUAGES
from crm_desktop.db.database import Database
from crm_desktop.errors import CancelledError, ValidationError
from crm_desktop.services import ical, import_mapping, tabular
from crm_desktop.services.custom_fields import CustomFieldService
from crm_desktop.services.ical import IcsImportResult
from crm_desktop.services.imports import ImportOptions, ImportResult, ImportService, PreviewRow
from crm_desktop.services.pipeline import PipelineService
from crm_desktop.services.progress import Progress
from crm_desktop.services.tabular import TableSource
from crm_desktop.services.vcard import ImportCounts, VCardService, read_vcards
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.dialogs import run_modal
from crm_desktop.ui.i18n import NATIVE_NAMES, isolate_ltr
from crm_desktop.ui.imports import KINDS, ImportTexts, cell_text, error_text, service_text
from crm_desktop.ui.task_runner import Job

log = logging.getLogger(__name__)

CUSTOM_ENTITY = {"contacts": "person", "companies": "company", "deals": "deal"}   # kinds with custom fields
NEW_FIELD_KEY = f"{import_mapping.CUSTOM_PREFIX}new"   # how the preview names the values of a field to be created
NEW_CUSTOM = "\x00new"          # the mapping combo's "New custom field…" (no field key can look like it)
SAMPLE_ROWS = 20                # raw rows read for the mapping page's samples
SAMPLES_SHOWN = 3
PREVIEW_ROWS = 20
ANALYSE_DELAY_MS = 250          # a typed path or a spin box stepped quickly is read once, not per keystroke
MAX_HEADER_ROW = 1000
LAST_FOLDER_KEY = "import.last_folder"
MAX_REJECTED_SHOWN = 500        # the table of rejected rows; all of them go into the error workbook
FILE_SUFFIXES = "*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt"
# Files whose format fixes the kind of records and names its own fields: no mapping, no preview.
CARD_KINDS = {".vcf": "contacts", ".ics": "tasks"}
CARD_SUFFIXES = "*.vcf *.ics"
_CALENDAR_ITEM = re.compile(r"^BEGIN:(?:VEVENT|VTODO)[ \t\r]*$", re.IGNORECASE | re.MULTILINE)   # CRLF: $ is before \n
PROBLEM_BRUSH = QBrush(QColor(220, 53, 69, 80))   # translucent: readable on the light and on the dark theme
REJECT_BRUSH = QBrush(QColor(220, 53, 69))


def column_letter(index: int) -> str:
    """The spreadsheet name of a 0-based column: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass(frozen=True)
class FileRequest:
    """What the File page asks to be read: the file, the target kind, and the user's corrections (None: detect)."""

    path: Path
    kind: str
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    header_row: int | None = None


@dataclass(frozen=True)
class FileAnalysis:
    """What reading a file gave: the table, sample rows, a proposed mapping and the kind's custom fields."""

    request: FileRequest
    source: TableSource
    samples: tuple[tuple[int, tuple[object, ...]], ...]
    rows: int | None
    mapping: dict[int, str]
    remembered: bool                                  # the mapping is the one used last time for these columns
    custom_fields: tuple[tuple[str, str], ...] = ()   # ("custom:<id>", label)


@dataclass(frozen=True)
class Lookups:
    """The choices of the Options page, read once when the wizard opens."""

    owners: tuple[tuple[int, str], ...] = ()
    lead_sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class CardFile:
    """A vCard or iCalendar file as the File page found it: its kind is fixed by its format."""

    path: Path
    kind: str             # "contacts" for a .vcf, "tasks" for an .ics
    items: int            # cards, or events and to-dos, in the file
    unreadable: int = 0   # cards of a .vcf that cannot be read at all (the run lists them as rejected)


CardResult = ImportCounts | IcsImportResult


def inspect_card_file(path: Path) -> CardFile:
    """What the File page says about a .vcf or .ics before the test run (worker thread).

    A vCard file is read as the import reads it (that also refuses a file that is not one, with the reason); an
    iCalendar file only has its events and to-dos counted: the test run reads them fully and says what is wrong.
    """
    kind = CARD_KINDS[path.suffix.lower()]
    if kind == "contacts":
        read = read_vcards(path)
        return CardFile(path, kind, read.total, len(read.rejected))
    try:
        with path.open("rb") as fh:
            data = fh.read(ical.MAX_BYTES + 1)   # import_ics refuses anything bigger with its own reason
    except OSError as exc:
        raise ValidationError(f"Cannot read '{path}': {exc.strerror or exc}.") from None
    encoding = "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8"
    return CardFile(path, kind, len(_CALENDAR_ITEM.findall(data.decode(encoding, errors="replace"))))


def analyse(db: Database, request: FileRequest, progress: Progress) -> FileAnalysis:
    """Read the file's table, its first rows and the mapping to start from (worker thread)."""
    progress.step(0, 3, "")
    source = tabular.inspect(request.path, request.sheet, request.encoding, request.delimiter, request.header_row)
    progress.step(1, 3, "")
    samples = tuple(tabular.preview_rows(source, SAMPLE_ROWS))
    rows = tabular.count_rows(source)
    progress.step(2, 3, "")
    entity = CUSTOM_ENTITY.get(request.kind)
    definitions = CustomFieldService(db).list_definitions(entity) if entity else []
    remembered = import_mapping.remembered(db, request.kind, source.headers)
    mapping = dict(remembered) if remembered is not None else import_mapping.propose(
        request.kind, source.headers, {d.id: d.label for d in definitions})
    custom = tuple((f"{import_mapping.CUSTOM_PREFIX}{d.id}", d.label) for d in definitions)
    return FileAnalysis(request, source, samples, rows, mapping, remembered is not None, custom)


class ImportWizard(QWizard):
    """Imports one file in five pages; `imported` (a spreadsheet) or `card_imported` (a .vcf or .ics) holds the
    result once the import was made."""

    PAGE_FILE, PAGE_MAPPING, PAGE_OPTIONS, PAGE_PREVIEW, PAGE_RUN = range(5)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, path: Path | str | None = None,
                 kind: str = "contacts") -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import"))
        self.ctx = ctx
        self.texts = ImportTexts(self)
        self.analysis: FileAnalysis | None = None
        self.card_file: CardFile | None = None    # set instead of `analysis` for a .vcf or .ics
        self.lookups = Lookups()
        self.imported: ImportResult | None = None
        self.card_imported: CardResult | None = None
        self.jobs: set[Job] = set()
        self.write_job: Job | None = None      # the test run or import running now: closing waits for it
        self._alive = True
        self._close_when_stopped = False
        # The error workbook of each run goes here first; "Save rejected rows…" copies it where the user wants.
        self.workdir = Path(tempfile.mkdtemp(prefix="crm-import-"))

        self.file_page = FilePage(self, kind)
        self.mapping_page = MappingPage(self)
        self.options_page = OptionsPage(self)
        self.preview_page = PreviewPage(self)
        self.run_page = RunPage(self)
        for page_id, page in enumerate((self.file_page, self.mapping_page, self.options_page, self.preview_page,
                                        self.run_page)):
            self.setPage(page_id, page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self.resize(940, 660)
        self.finished.connect(self._on_finished)
        self.load_lookups()
        if path is not None:
            self.file_page.set_path(Path(path))

    # ---- jobs ---------------------------------------------------------------------------------------------
    def run_job(self, work: Callable[[Progress], Any], done: Callable[[Any], None],
                failed: Callable[[BaseException], None], *, title: str | None = None) -> Job:
        """Run `work` on the task runner; the callbacks are dropped once the wizard is closed."""
        finished: list[bool] = []
        job_ref: list[Job] = []
        jobs = self.jobs

        def forget() -> None:
            finished.append(True)
            if job_ref:
                jobs.discard(job_ref[0])

        def on_done(result: object) -> None:
            forget()
            if self._usable():
                done(result)

        def on_failed(exc: BaseException) -> None:
            forget()
            if self._usable():
                failed(exc)

        job = self.ctx.runner.run(work, on_done, on_failed, title=title, parent_widget=self if title else None)
        job_ref.append(job)
        if not finished:   # a synchronous runner (unit tests) has called back already
            jobs.add(job)
        return job

    def _usable(self) -> bool:
        return self._alive and shiboken6.isValid(self)

    def load_lookups(self) -> None:
        db, user_id = self.ctx.db, self.ctx.user_id

        def work(_progress: Progress) -> Lookups:
            pipeline = PipelineService(db, user_id)
            return Lookups(tuple(pipeline.list_owners()), tuple(name for _id, name in pipeline.list_lead_sources()))

        def done(lookups: Lookups) -> None:
            self.lookups = lookups
            self.options_page.fill_lookups()

        self.run_job(work, done, lambda exc: log.warning("import choices not read: %s", exc))

    def error_text(self, exc: BaseException) -> str:
        if isinstance(exc, CancelledError):
            return self.tr("Cancelled; nothing was changed.")
        return error_text(exc, self)

    # ---- what the pages give ------------------------------------------------------------------------------
    def import_options(self, *, dry_run: bool) -> ImportOptions:
        assert self.analysis is not None
        return self.options_page.options(self.analysis.request.kind, self.mapping_page.mapping(),
                                         self.mapping_page.new_fields_for_options(), dry_run=dry_run)

    # ---- closing ------------------------------------------------------------------------------------------
    def reject(self) -> None:
        """Cancel stops what runs; a test run or an import rolls back first, and the wizard closes after it."""
        for job in list(self.jobs):
            job.cancel()
        if self.write_job is not None:
            self._close_when_stopped = True
            self.run_page.show_cancelling()
            return
        super().reject()

    def write_job_stopped(self) -> None:
        """The run page's job ended (done, failed or cancelled): a Cancel that waited for it closes now."""
        self.write_job = None
        if self._close_when_stopped:
            self._close_when_stopped = False
            super().reject()

    @Slot(int)
    def _on_finished(self, _result: int) -> None:
        self._alive = False
        for job in list(self.jobs):
            job.cancel()
        shutil.rmtree(self.workdir, ignore_errors=True)


# ---- page 1: the file -------------------------------------------------------------------------------------------

class FilePage(QWizardPage):
    """Choose the file and the kind of records; what was detected (sheet, encoding, separator, header) can be
    corrected, and the file is read again on the runner after each change."""

    def __init__(self, wizard: ImportWizard, kind: str) -> None:
        super().__init__()
        self.w = wizard
        self.setObjectName("importFilePage")
        self.setTitle(self.tr("Choose the file"))
        # The spreadsheet sentence is kept as it was (it is translated); the one on vCard and iCalendar follows it.
        self.setSubTitle(self.tr("An Excel workbook (.xlsx, .xls), an OpenDocument spreadsheet (.ods) or a CSV "
                                 "file. Its first row with column names is found by itself.") + " " + self.tr(
            "A vCard file (.vcf) imports contacts, an iCalendar file (.ics) its events and to-dos as tasks."))
        self.job: Job | None = None
        self.serial = 0
        self.overrides: dict[str, Any] = {}   # the user's corrections of what was detected
        self.error = ""

        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(self.tr("Path of the file to import"))
        self.path_edit.textEdited.connect(self.on_path_edit_text_edited)
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.setObjectName("importBrowse")
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.on_browse_button_clicked)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("importKind")
        for name in KINDS:
            self.kind_combo.addItem(wizard.texts.kind_name(name), name)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
        self.kind_combo.currentIndexChanged.connect(self.on_kind_combo_changed)
        self.chosen_kind = self.kind()   # the user's choice, back once a .vcf or .ics no longer fixes the kind
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("importSheet")
        self.sheet_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sheet_combo.currentIndexChanged.connect(self.on_sheet_combo_changed)
        self.encoding_combo = QComboBox(self)
        self.encoding_combo.setObjectName("importEncoding")
        self.encoding_combo.currentIndexChanged.connect(self.on_encoding_combo_changed)
        self.delimiter_combo = QComboBox(self)
        self.delimiter_combo.setObjectName("importDelimiter")
        for delimiter, name in zip(tabular.DELIMITERS, (self.tr("Comma ,"), self.tr("Semicolon ;"), self.tr("Tab"),
                                                self.tr("Vertical bar |")), strict=True):
            self.delimiter_combo.addItem(name, delimiter)
        self.delimiter_combo.currentIndexChanged.connect(self.on_delimiter_combo_changed)
        self.header_spin = QSpinBox(self)
        self.header_spin.setObjectName("importHeaderRow")
        self.header_spin.setRange(1, MAX_HEADER_ROW)
        self.header_spin.valueChanged.connect(self.on_header_spin_changed)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.rows: dict[str, QLabel] = {}
        for key, text, buddy in (("file", self.tr("&File:"), self.path_edit),
                                 ("kind", self.tr("Import &into:"), self.kind_combo),
                                 ("sheet", self.tr("&Sheet:"), self.sheet_combo),
                                 ("encoding", self.tr("&Encoding:"), self.encoding_combo),
                                 ("delimiter", self.tr("Se&parator:"), self.delimiter_combo),
                                 ("header", self.tr("&Header row:"), self.header_spin)):
            label = QLabel(text, self)
            label.setBuddy(buddy)
            self.rows[key] = label
            form.addRow(label, path_row if key == "file" else buddy)
        self.form = form

        self.summary = QLabel(self)
        self.summary.setObjectName("importFileSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        self.status.setObjectName("importFileStatus")
        self.status.setWordWrap(True)
        # The first rows under the header, as read: a wrong header row or separator shows at a glance.
        self.rows_table = QTableWidget(0, 0, self)
        self.rows_table.setObjectName("importFileRows")
        self.rows_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows_table.setTabKeyNavigation(False)
        self.rows_table.setWordWrap(False)
        self.rows_table.setAccessibleName(self.tr("First rows of the file"))
        self.rows_table.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addWidget(self.rows_table, 1)
        # Takes the room of the table while it is hidden (a .vcf or .ics): the summary stays under the form.
        layout.addStretch(0)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(ANALYSE_DELAY_MS)
        self.timer.timeout.connect(self.start_analysis)
        self._show_format_rows(None)

    # ---- inputs -------------------------------------------------------------------------------------------
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def set_path(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        self.overrides = {}
        self.schedule(at_once=True)

    @Slot()
    def on_browse_button_clicked(self) -> None:
        current = self.path_edit.text().strip()
        start = str(Path(current).parent) if current else str(self.w.ctx.config.extra.get(LAST_FOLDER_KEY)
                                                               or Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a file"), start,
            self.tr("Files to import (%1);;Spreadsheets and CSV files (%2);;vCard contacts (*.vcf);;"
                    "iCalendar events and to-dos (*.ics);;All files (*)")
            .replace("%1", f"{FILE_SUFFIXES} {CARD_SUFFIXES}").replace("%2", FILE_SUFFIXES))
        if path:
            self.w.ctx.config.extra[LAST_FOLDER_KEY] = str(Path(path).parent)
            self.set_path(Path(path))

    @Slot(str)
    def on_path_edit_text_edited(self, _text: str) -> None:
        self.overrides = {}
        self.schedule()

    @Slot(int)
    def on_kind_combo_changed(self, _index: int) -> None:
        self.chosen_kind = self.kind()
        self.schedule(at_once=True)

    @Slot(int)
    def on_sheet_combo_changed(self, _index: int) -> None:
        # Another sheet has its own header row: find it again.
        self.overrides = {"sheet": self.sheet_combo.currentData()}
        self.schedule(at_once=True)

    @Slot(int)
    def on_encoding_combo_changed(self, _index: int) -> None:
        self.overrides.update(encoding=self.encoding_combo.currentData(), header_row=None)
        self.schedule(at_once=True)

    @Slot(int)
    def on_delimiter_combo_changed(self, _index: int) -> None:
        self.overrides.update(delimiter=self.delimiter_combo.currentData(), header_row=None)
        self.schedule(at_once=True)

    @Slot(int)
    def on_header_spin_changed(self, value: int) -> None:
        self.overrides["header_row"] = value - 1
        self.schedule()

    def request(self) -> FileRequest | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        return FileRequest(Path(text).expanduser(), self.kind(), **self.overrides)

    # ---- reading ------------------------------------------------------------------------------------------
    def schedule(self, *, at_once: bool = False) -> None:
        """Forget what was read and read again shortly (at once for a choice made in a list)."""
        self.serial += 1
        if self.job is not None:
            self.job.cancel()
            self.job = None
        self.w.analysis = None
        self.w.card_file = None
        self.error = ""
        self.completeChanged.emit()
        self.timer.start(0 if at_once else ANALYSE_DELAY_MS)

    def card_kind(self) -> str | None:
        """The kind a .vcf or .ics file fixes; None for a spreadsheet (the user chooses it)."""
        text = self.path_edit.text().strip()
        return CARD_KINDS.get(Path(text).suffix.lower()) if text else None

    def _fix_kind(self, kind: str | None) -> None:
        """Show the kind a .vcf or .ics holds and keep it from being changed; give the choice back otherwise."""
        self.kind_combo.blockSignals(True)   # not a choice of the user: no new reading
        try:
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind or self.chosen_kind), 0))
        finally:
            self.kind_combo.blockSignals(False)
        self.kind_combo.setEnabled(kind is None)
        self.kind_combo.setToolTip(
            "" if kind is None else self.tr("A vCard file holds contacts") if kind == "contacts"
            else self.tr("An iCalendar file's events and to-dos become tasks"))

    @Slot()
    def start_analysis(self) -> None:
        card_kind = self.card_kind()
        self._fix_kind(card_kind)
        request = self.request()
        if request is None:
            self._show(None)
            return
        self.serial += 1
        serial = self.serial
        db = self.w.ctx.db
        self.status.setText(self.tr("Reading the file…"))
        if card_kind is not None:
            self._start_card(request.path, serial)
            return

        def done(analysis: FileAnalysis) -> None:
            if serial != self.serial:
                return
            self.job = None
            self.w.analysis = analysis
            self._show(analysis)
            self.completeChanged.emit()

        def failed(exc: BaseException) -> None:
            if serial != self.serial:
                return
            self.job = None
            self.error = self.w.error_text(exc)
            self._show(None)
            self.completeChanged.emit()

        self.job = self.w.run_job(lambda progress: analyse(db, request, progress), done, failed,
                                  title=self.tr("Reading the file…"))

    def _start_card(self, path: Path, serial: int) -> None:
        def done(card: CardFile) -> None:
            if serial != self.serial:
                return
            self.job = None
            if card.kind == "tasks" and not card.items:
                # import_ics would refuse it as well, but only after the user went on to the run page.
                self.error = self.tr("“%1” holds no events or to-dos (no BEGIN:VEVENT or BEGIN:VTODO line).") \
                    .replace("%1", card.path.name)
                self._show(None)
            else:
                self.w.card_file = card
                self._show_card(card)
            self.completeChanged.emit()

        def failed(exc: BaseException) -> None:
            if serial != self.serial:
                return
            self.job = None
            self.error = self.w.error_text(exc)
            self._show(None)
            self.completeChanged.emit()

        self.job = self.w.run_job(lambda _progress: inspect_card_file(path), done, failed,
                                  title=self.tr("Reading the file…"))

    def isComplete(self) -> bool:
        return self.w.analysis is not None or self.w.card_file is not None

    def nextId(self) -> int:
        # A vCard or iCalendar file names its own fields: nothing to match, nothing to preview.
        return ImportWizard.PAGE_RUN if self.w.card_file is not None else ImportWizard.PAGE_MAPPING

    def busy(self) -> bool:
        return self.job is not None or self.timer.isActive()

    # ---- showing what was found ---------------------------------------------------------------------------
    def _show_format_rows(self, kind: str | None) -> None:
        for key, widget in (("sheet", self.sheet_combo), ("encoding", self.encoding_combo),
                            ("delimiter", self.delimiter_combo), ("header", self.header_spin)):
            shown = kind is not None and (key == "header" or (key == "sheet") == (kind != "csv"))
            self.form.setRowVisible(widget, shown)

    def _show(self, analysis: FileAnalysis | None) -> None:
        if analysis is None:
            self.summary.clear()
            self.rows_table.clear()
            self.rows_table.setRowCount(0)
            self.rows_table.setColumnCount(0)
            self.rows_table.hide()
            self.status.setText(self.error)
            self.status.setStyleSheet("color: #c0392b;" if self.error else "")
            if not self.error:
                self._show_format_rows(None)
            return
        source = analysis.source
        self.status.clear()
        self.status.setStyleSheet("")
        self._show_format_rows(source.kind)
        widgets = (self.sheet_combo, self.encoding_combo, self.delimiter_combo, self.header_spin)
        for widget in widgets:
            widget.blockSignals(True)   # showing what was detected is not a correction by the user
        try:
            self.sheet_combo.clear()
            for sheet in source.sheets:
                text = sheet.name if sheet.rows is None else \
                    self.tr("%1 (%n row(s))", "", sheet.rows).replace("%1", sheet.name)
                self.sheet_combo.addItem(text, sheet.name)
            self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findData(source.sheet), 0))
            self.sheet_combo.setEnabled(len(source.sheets) > 1)
            self.encoding_combo.clear()
            names = list(tabular.ENCODINGS)
            if source.encoding and _codec(source.encoding) not in {_codec(n) for n in names}:
                names.insert(0, source.encoding)
            for name in names:
                self.encoding_combo.addItem(name.upper(), name)
            current = next((i for i, n in enumerate(names) if source.encoding and _codec(n) == _codec(
                source.encoding)), 0)
            self.encoding_combo.setCurrentIndex(current)
            self.delimiter_combo.setCurrentIndex(max(self.delimiter_combo.findData(source.delimiter), 0))
            self.header_spin.setValue(source.header_row + 1)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        rows = self.tr("about %n data row(s)", "", analysis.rows) if analysis.rows is not None else \
            self.tr("an unknown number of data rows")
        shown = ", ".join(f"“{h}”" for h in source.headers[:8]) + ("…" if len(source.headers) > 8 else "")
        text = self.tr("%n column(s), %1. Header on row %2: %3", "", len(source.headers))
        self.summary.setText(text.replace("%1", rows).replace("%2", QLocale().toString(source.header_row + 1))
                             .replace("%3", shown))
        self._show_rows(analysis)

    def _show_card(self, card: CardFile) -> None:
        self._show(None)   # no table of rows, no sheet, encoding or separator to correct
        locale = QLocale()
        if card.kind == "contacts":
            text = self.tr("A vCard file. Cards found: %1. Each becomes a contact (a person); their fields need no "
                           "matching.").replace("%1", locale.toString(card.items))
            if card.unreadable:
                text += " " + self.tr("Cards that cannot be read: %1; the run lists them with the reason.") \
                    .replace("%1", locale.toString(card.unreadable))
        else:
            text = self.tr("An iCalendar file. Events and to-dos found: %1. Each becomes a task, with its reminders "
                           "and its repeats.").replace("%1", locale.toString(card.items))
        self.summary.setText(text)

    def _show_rows(self, analysis: FileAnalysis) -> None:
        table, texts = self.rows_table, self.w.texts
        table.clear()
        table.setColumnCount(len(analysis.source.headers))
        table.setHorizontalHeaderLabels(list(analysis.source.headers))
        table.setRowCount(len(analysis.samples))
        table.setVerticalHeaderLabels([QLocale().toString(line) for line, _values in analysis.samples])
        for r, (_line, values) in enumerate(analysis.samples):
            for c, value in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(cell_text(texts.display(value).replace("\n", " "), table)))
        table.resizeColumnsToContents()
        for column in range(table.columnCount()):
            table.setColumnWidth(column, min(table.columnWidth(column), 220))
        table.show()


def _codec(name: str) -> str:
    import codecs

    try:
        return codecs.lookup(name).name
    except LookupError:
        return name.casefold()


# ---- page 2: the mapping ----------------------------------------------------------------------------------------

class MappingPage(QWizardPage):
    """One row per column of the file: its name, some of its values, and the field it goes into (or Skip)."""

    COL_HEADER, COL_SAMPLES, COL_FIELD = range(3)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setObjectName("importMappingPage")
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Choose for each column of the file the field it holds. Columns set to Skip are "
                                 "not imported."))
        self.built_for: FileAnalysis | None = None
        self.combos: list[QComboBox] = []
        self.keys: dict[int, str] = {}
        self.new_fields: dict[int, str] = {}
        self._filling = False

        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("importMappingTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # Tab walks from one field list to the next instead of from cell to cell.
        self.table.setTabKeyNavigation(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Values"),
                                              self.tr("Import as")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_HEADER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.COL_SAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_FIELD, QHeaderView.ResizeMode.Interactive)
        self.status = QLabel(self)
        self.status.setObjectName("importMappingStatus")
        self.status.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setObjectName("importMappingNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.note)

    def initializePage(self) -> None:
        analysis = self.w.analysis
        if analysis is not None and analysis is not self.built_for:
            self.build(analysis)

    def build(self, analysis: FileAnalysis) -> None:
        self.built_for = analysis
        source = analysis.source
        self.keys = {column: key for column, key in analysis.mapping.items() if key}
        self.new_fields = {}
        self.combos = []
        specs = import_mapping.TARGETS[analysis.request.kind]
        self.table.setRowCount(len(source.headers))
        self._filling = True
        try:
            for column, name in enumerate(source.headers):
                item = QTableWidgetItem(name)
                item.setToolTip(self.tr("Column %1").replace("%1", column_letter(column)))
                self.table.setItem(column, self.COL_HEADER, item)
                values = [self.w.texts.display(row[column]) for _line, row in analysis.samples
                          if column < len(row) and row[column] not in (None, "")][:SAMPLES_SHOWN]
                samples = QTableWidgetItem("  ·  ".join(cell_text(v.replace("\n", " "), self.table) for v in values))
                samples.setToolTip("\n".join(values))
                self.table.setItem(column, self.COL_SAMPLES, samples)
                combo = QComboBox(self.table)
                combo.setObjectName(f"importField{column}")
                combo.setAccessibleName(self.tr("Import column “%1” as").replace("%1", name))
                combo.addItem(self.tr("Skip"), "")
                for spec in specs:
                    if not spec.key.startswith("custom:"):
                        combo.addItem(self.w.texts.field_label(spec.key, spec.label), spec.key)
                for key, label in analysis.custom_fields:
                    combo.addItem(self.tr("%1 (custom field)").replace("%1", label), key)
                if analysis.request.kind in CUSTOM_ENTITY:
                    combo.addItem(self.tr("New custom field…"), NEW_CUSTOM)
                index = combo.findData(self.keys.get(column, ""))
                if index < 0:   # a remembered field that no longer exists (a custom field deleted since)
                    self.keys.pop(column, None)
                    index = 0
                combo.setCurrentIndex(index)
                combo.currentIndexChanged.connect(lambda _i, c=column: self.on_field_combo_changed(c))
                self.table.setCellWidget(column, self.COL_FIELD, combo)
                self.combos.append(combo)
        finally:
            self._filling = False
        self.table.resizeColumnToContents(self.COL_HEADER)
        self.table.setColumnWidth(self.COL_HEADER, min(self.table.columnWidth(self.COL_HEADER), 260))
        self.table.setColumnWidth(self.COL_FIELD, max((c.sizeHint().width() for c in self.combos), default=200))
        self.note.setText(self.tr("The columns are matched as in your last import of a file with the same "
                                  "columns.") if analysis.remembered else "")
        self.update_status()
        if self.combos:
            self.setFocusProxy(self.combos[0])

    def combo(self, column: int) -> QComboBox:
        return self.combos[column]

    def on_field_combo_changed(self, column: int) -> None:
        if self._filling:
            return
        combo = self.combos[column]
        key = str(combo.currentData() or "")
        previous = self.keys.get(column, "")
        moved = ""
        if key == NEW_CUSTOM:
            name = self.ask_field_name(column)
            if not name:
                self._set_combo(column, previous)
                return
            self.new_fields[column] = name
            combo.setItemText(combo.currentIndex(), self.tr("New custom field “%1”").replace("%1", name))
        else:
            self.new_fields.pop(column, None)
        if key and key != NEW_CUSTOM:
            # A field takes the values of one column: the column that had it gives it up.
            for other, other_key in list(self.keys.items()):
                if other != column and other_key == key:
                    self._set_combo(other, "")
                    moved = self.tr("“%1” was taken from column “%2”, which is now skipped.").replace(
                        "%1", combo.currentText()).replace("%2", self.w.analysis.source.headers[other]
                                                           if self.w.analysis else "")
        if key:
            self.keys[column] = key
        else:
            self.keys.pop(column, None)
        self.update_status(moved)
        self.completeChanged.emit()

    def _set_combo(self, column: int, key: str) -> None:
        self._filling = True
        try:
            self.combos[column].setCurrentIndex(max(self.combos[column].findData(key), 0))
        finally:
            self._filling = False
        if key:
            self.keys[column] = key
        else:
            self.keys.pop(column, None)
            self.new_fields.pop(column, None)

    def ask_field_name(self, column: int) -> str:
        """The name of the custom field a column creates; "" when the user gave none."""
        dialog = QInputDialog(self)
        dialog.setObjectName("newCustomFieldDialog")
        dialog.setWindowTitle(self.tr("New custom field"))
        dialog.setLabelText(self.tr("Name of the new field (it holds text):"))
        dialog.setTextValue(self.w.analysis.source.headers[column] if self.w.analysis else "")
        if not run_modal(dialog):
            return ""
        return " ".join(dialog.textValue().split())

    def mapping(self) -> dict[int, str]:
        return {column: key for column, key in sorted(self.keys.items()) if key and key != NEW_CUSTOM}

    def new_fields_for_options(self) -> dict[int, str]:
        return {column: name for column, name in sorted(self.new_fields.items())
                if self.keys.get(column) == NEW_CUSTOM}

    def mapped_count(self) -> int:
        return sum(1 for key in self.keys.values() if key)

    def update_status(self, extra: str = "") -> None:
        total = len(self.combos)
        text = self.tr("%1 of %2 columns mapped.").replace("%1", QLocale().toString(self.mapped_count())) \
            .replace("%2", QLocale().toString(total))
        if not self.mapped_count():
            text += " " + self.tr("Choose a field for at least one column.")
        self.status.setText(f"{text} {extra}".strip())

    def isComplete(self) -> bool:
        return self.mapped_count() > 0


# ---- page 3: options --------------------------------------------------------------------------------------------

class OptionsPage(QWizardPage):
    """What to do with records that exist already, how they are recognised, and what every record gets."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setObjectName("importOptionsPage")
        self.setTitle(self.tr("Options"))
        self.setSubTitle(self.tr("Records already in the database are found by the values chosen below; rows that "
                                 "repeat an earlier row of the file count as well."))

        duplicates = QGroupBox(self.tr("When a record exists already"), self)
        self.skip_radio = QRadioButton(self.tr("S&kip the row"), duplicates)
        self.skip_radio.setObjectName("importSkip")
        self.update_radio = QRadioButton(self.tr("&Update the record with the file's values"), duplicates)
        self.update_radio.setObjectName("importUpdate")
        self.create_radio = QRadioButton(self.tr("Create a &new record anyway"), duplicates)
        self.create_radio.setObjectName("importCreate")
        self.skip_radio.setChecked(True)
        self.duplicate_group = QButtonGroup(self)
        for radio in (self.skip_radio, self.update_radio, self.create_radio):
            self.duplicate_group.addButton(radio)
        self.duplicate_group.buttonToggled.connect(lambda *_args: self._update_enabled())
        box = QVBoxLayout(duplicates)
        for radio in (self.skip_radio, self.update_radio, self.create_radio):
            box.addWidget(radio)

        self.match_box = QGroupBox(self.tr("A record exists already when it has the same"), self)
        self.match_email = QCheckBox(self.tr("&Email"), self.match_box)
        self.match_email.setObjectName("importMatchEmail")
        self.match_phone = QCheckBox(self.tr("P&hone"), self.match_box)
        self.match_phone.setObjectName("importMatchPhone")
        self.match_taxid = QCheckBox(self.tr("&Tax ID"), self.match_box)
        self.match_taxid.setObjectName("importMatchTaxId")
        self.match_name = QCheckBox(self.tr("Na&me"), self.match_box)
        self.match_name.setObjectName("importMatchName")
        self.match_column = QCheckBox(self.tr("Value in the c&olumn"), self.match_box)
        self.match_column.setObjectName("importMatchColumn")
        self.match_column_combo = QComboBox(self.match_box)
        self.match_column_combo.setObjectName("importMatchColumnCombo")
        self.match_column_combo.setAccessibleName(self.tr("Column whose value identifies a record"))
        self.match_column.toggled.connect(lambda *_args: self._update_enabled())
        # A company list often holds nothing but names: without the name, importing it twice doubles it.
        for check in (self.match_email, self.match_phone, self.match_taxid, self.match_name):
            check.setChecked(True)
        match_layout = QVBoxLayout(self.match_box)
        for check in (self.match_email, self.match_phone, self.match_taxid, self.match_name):
            match_layout.addWidget(check)
        column_row = QHBoxLayout()
        column_row.addWidget(self.match_column)
        column_row.addWidget(self.match_column_combo, 1)
        match_layout.addLayout(column_row)

        self.tags_edit = QLineEdit(self)
        self.tags_edit.setObjectName("importTags")
        self.tags_edit.setPlaceholderText(self.tr("For example: fair 2025, newsletter"))
        self.owner_combo = QComboBox(self)
        self.owner_combo.setObjectName("importOwner")
        self.source_combo = QComboBox(self)
        self.source_combo.setObjectName("importLeadSource")
        self.locale_combo = QComboBox(self)
        self.locale_combo.setObjectName("importLocale")
        examples = {"en": "12/31/2025", "nl": "31-12-2025", "fa": "۱۴۰۴/۱۰/۱۰", "pl": "31.12.2025",
                    "ru": "31.12.2025"}
        for code in LANGUAGES:
            self.locale_combo.addItem(self.tr("%1 (dates like %2)").replace("%1", NATIVE_NAMES[code])
                                      .replace("%2", isolate_ltr(examples.get(code, ""))), code)
        self.locale_combo.setCurrentIndex(max(self.locale_combo.findData(wizard.ctx.language), 0))
        self.fill_lookups()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        # The file's own owner and lead source columns win; these fill in where a row names none.
        for text, widget in ((self.tr("T&ags for every imported record:"), self.tags_edit),
                             (self.tr("O&wner where the file names none:"), self.owner_combo),
                             (self.tr("&Lead source where the file names none:"), self.source_combo),
                             (self.tr("&Dates and numbers are written as in:"), self.locale_combo)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)

        top = QHBoxLayout()
        top.addWidget(duplicates, 1)
        top.addWidget(self.match_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)

    def fill_lookups(self) -> None:
        lookups = self.w.lookups
        owner, source = self.owner_combo.currentData(), self.source_combo.currentData()
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("Nobody"), None)
        for owner_id, name in lookups.owners:
            self.owner_combo.addItem(name, owner_id)
        self.owner_combo.setCurrentIndex(max(self.owner_combo.findData(owner), 0))
        self.source_combo.clear()
        self.source_combo.addItem(self.tr("None"), None)
        for name in lookups.lead_sources:
            self.source_combo.addItem(name, name)
        self.source_combo.setCurrentIndex(max(self.source_combo.findData(source), 0))

    def initializePage(self) -> None:
        analysis = self.w.analysis
        if analysis is None:
            return
        kind = analysis.request.kind
        current = self.match_column_combo.currentData()
        self.match_column_combo.clear()
        for column, name in enumerate(analysis.source.headers):
            self.match_column_combo.addItem(self.tr("%1 (column %2)").replace("%1", name)
                                            .replace("%2", column_letter(column)), column)
        self.match_column_combo.setCurrentIndex(max(self.match_column_combo.findData(current), 0))
        self.match_email.setVisible(kind in ("contacts", "companies"))
        self.match_phone.setVisible(kind in ("contacts", "companies"))
        self.match_taxid.setVisible(kind == "companies")
        self.match_name.setVisible(kind == "companies")
        self.tags_edit.setEnabled(kind in ("contacts", "companies", "deals"))
        self.source_combo.setEnabled(kind in ("contacts", "companies", "deals"))
        self.owner_combo.setEnabled(kind != "products")
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.match_box.setEnabled(not self.create_radio.isChecked())
        self.match_column_combo.setEnabled(self.match_column.isChecked())

    def on_duplicate(self) -> str:
        return "update" if self.update_radio.isChecked() else "create" if self.create_radio.isChecked() else "skip"

    def match(self, kind: str) -> tuple[str, ...]:
        chosen: list[str] = []
        if kind in ("contacts", "companies"):
            chosen += [name for name, check in (("email", self.match_email), ("phone", self.match_phone))
                       if check.isChecked()]
        if kind == "companies":
            chosen += [name for name, check in (("taxid", self.match_taxid), ("name", self.match_name))
                       if check.isChecked()]
        if self.match_column.isChecked() and self.match_column_combo.currentData() is not None:
            chosen.append(f"column:{self.match_column_combo.currentData()}")
        return tuple(chosen)

    def tags(self) -> tuple[str, ...]:
        parts = self.tags_edit.text().replace(";", ",").split(",")
        return tuple(dict.fromkeys(" ".join(p.split()) for p in parts if p.strip()))

    def options(self, kind: str, mapping: dict[int, str], new_fields: dict[int, str], *,
                dry_run: bool) -> ImportOptions:
        owner = self.owner_combo.currentData() if self.owner_combo.isEnabled() else None
        source = self.source_combo.currentData() if self.source_combo.isEnabled() else None
        return ImportOptions(kind=kind, mapping=mapping, on_duplicate=self.on_duplicate(), match=self.match(kind),
                             tags=self.tags() if self.tags_edit.isEnabled() else (),
                             owner_id=int(owner) if owner is not None else None,
                             lead_source=str(source) if source is not None else None,
                             new_custom_fields=new_fields, locale=str(self.locale_combo.currentData()),
                             dry_run=dry_run)


# ---- page 4: preview --------------------------------------------------------------------------------------------

class PreviewPage(QWizardPage):
    """The first rows as they would be imported: what happens to each, and the values that have a problem."""

    COL_ROW, COL_ACTION = range(2)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setObjectName("importPreviewPage")
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("The first rows of the file as they would be imported. Cells with a problem are "
                                 "red; point at one to read why."))
        self.job: Job | None = None
        self.serial = 0
        self.rows: list[PreviewRow] | None = None
        self.keys: list[str] = []
        self.table = QTableWidget(0, 0, self)
        self.table.setObjectName("importPreviewTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.summary = QLabel(self)
        self.summary.setObjectName("importPreviewSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

    def initializePage(self) -> None:
        self.serial += 1
        serial = self.serial
        self.rows = None
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Preparing the preview…"))
        analysis = self.w.analysis
        if analysis is None:
            return
        service = ImportService(self.w.ctx.db, self.w.ctx.user_id)
        source, options = analysis.source, self.w.import_options(dry_run=True)

        def done(rows: list[PreviewRow]) -> None:
            if serial == self.serial:
                self.job = None
                self.show_rows(rows)
                self.completeChanged.emit()

        def failed(exc: BaseException) -> None:
            if serial == self.serial:
                self.job = None
                self.summary.setStyleSheet("color: #c0392b;")
                self.summary.setText(self.w.error_text(exc))
                self.completeChanged.emit()

        self.job = self.w.run_job(lambda _p: service.preview(source, options, limit=PREVIEW_ROWS), done, failed,
                                  title=self.tr("Preparing the preview…"))

    def cleanupPage(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job = None
        self.serial += 1

    def show_rows(self, rows: list[PreviewRow]) -> None:
        self.rows = rows
        texts = self.w.texts
        mapping = self.w.mapping_page.mapping()
        new_fields = self.w.mapping_page.new_fields_for_options()
        custom = dict(self.w.analysis.custom_fields) if self.w.analysis else {}
        keys = list(dict.fromkeys(mapping.values()))
        for row in rows:   # values the engine adds beyond the mapping (a new custom field, a split name)
            keys += [key for key in row.values if key not in keys]
        self.keys = keys
        labels = [self.tr("Row"), self.tr("Action")]
        for key in keys:
            if key in custom:
                labels.append(custom[key])
            elif key == NEW_FIELD_KEY:   # the engine's one key for the fields it creates
                names = list(new_fields.values())
                labels.append(names[0] if len(names) == 1 else self.tr("New custom field"))
            else:
                labels.append(texts.field_label(key))
        self.table.setColumnCount(len(labels))
        self.table.setHorizontalHeaderLabels(labels)
        self.table.setRowCount(len(rows))
        locale = QLocale()
        # A value that could not be read has no parsed value: the cell shows it as it is in the file.
        raw_rows = dict(self.w.analysis.samples) if self.w.analysis else {}
        column_of = {key: column for column, key in mapping.items()}
        for r, row in enumerate(rows):
            number = QTableWidgetItem(locale.toString(row.row))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, self.COL_ROW, number)
            action = QTableWidgetItem(texts.action_name(row.action))
            if row.action == "reject":
                action.setForeground(REJECT_BRUSH)
            loose = [f"{p}" for k, p in row.problems.items() if k not in keys]
            if loose:   # a problem of the row as a whole (a missing name) sits on the action
                action.setBackground(PROBLEM_BRUSH)
                action.setToolTip(service_text("\n".join(loose), self.table))
            self.table.setItem(r, self.COL_ACTION, action)
            for c, key in enumerate(keys, start=2):
                problem = row.problems.get(key)
                value = row.values.get(key)
                if not problem and value is not None:
                    # A problem of the whole row that quotes this cell's value is shown on the cell as well.
                    quoted = f"'{value}'"
                    problem = "\n".join(line for text in loose for line in text.splitlines() if quoted in line)
                raw = raw_rows.get(row.row, ())
                if value is None and problem and column_of.get(key, len(raw)) < len(raw):
                    value = raw[column_of[key]]
                item = QTableWidgetItem(cell_text(texts.display(value, locale).replace("\n", " "), self.table))
                if problem:
                    item.setBackground(PROBLEM_BRUSH)
                    item.setToolTip(service_text(problem, self.table))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 240))
        counts = Counter(row.action for row in rows)
        text = self.tr("First %n row(s):", "", len(rows)) + " " + self.tr(
            "%1 new, %2 to update, %3 skipped, %4 rejected.")
        for marker, name in (("%1", "new"), ("%2", "update"), ("%3", "skip"), ("%4", "reject")):
            text = text.replace(marker, locale.toString(counts.get(name, 0)))
        if not rows:
            text = self.tr("The file has no data rows below its header.")
        self.summary.setText(text)

    def isComplete(self) -> bool:
        return bool(self.rows)


def _card_problems(result: CardResult) -> list[tuple[int, str, str, bool]]:
    """(number in the file, name or title, reason, rejected) of what a vCard or iCalendar run did not import as
    it is: the rejected first, then an .ics's notes."""
    if isinstance(result, IcsImportResult):
        return [(n, title, reason, True) for n, title, reason in result.rejected_items] + \
            [(n, title, text, False) for n, title, text in result.warnings]
    return [(n, name, reason, True) for n, name, reason in result.rejected_rows]


# ---- page 5: run ------------------------------------------------------------------------------------------------

@dataclass
class RunState:
    """The last test run or import the page showed."""

    result: ImportResult | None = None
    dry_run: bool = True
    rejected_file: Path | None = None
    card_result: CardResult | None = None   # of a .vcf or .ics, instead of `result`


class RunPage(QWizardPage):
    """A test run that counts without saving, the import, their progress with Cancel, and the rejected rows; for a
    vCard file also what to do with contacts that exist already."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setObjectName("importRunPage")
        self.setTitle(self.tr("Import"))
        self.table_subtitle = self.tr("All or nothing: a row that cannot be imported is rejected with its reason and "
                                      "the others are imported; a cancel leaves the database as it was.")
        self.card_subtitle = self.tr("What cannot be imported is listed with its reason and the rest is imported; "
                                     "Stop leaves the database as it was.")
        self.setSubTitle(self.table_subtitle)
        self.state = RunState()
        self.runs = 0
        self.job: Job | None = None
        self.intro = QLabel(self)
        self.intro.setObjectName("importRunIntro")
        self.intro.setWordWrap(True)
        # A vCard's duplicates are found by email or phone, as the command line's import finds them.
        self.card_box = QGroupBox(self.tr("When a contact with the same email or phone exists already"), self)
        self.card_box.setObjectName("importCardDuplicates")
        self.card_skip = QRadioButton(self.tr("S&kip the card"), self.card_box)
        self.card_skip.setObjectName("importCardSkip")
        self.card_update = QRadioButton(self.tr("&Update the contact with the card's values"), self.card_box)
        self.card_update.setObjectName("importCardUpdate")
        self.card_create = QRadioButton(self.tr("Create a &new contact anyway"), self.card_box)
        self.card_create.setObjectName("importCardCreate")
        self.card_skip.setChecked(True)
        self.card_group = QButtonGroup(self)
        card_layout = QVBoxLayout(self.card_box)
        for radio in (self.card_skip, self.card_update, self.card_create):
            self.card_group.addButton(radio)
            card_layout.addWidget(radio)
        self.card_box.hide()
        self.dry_button = QPushButton(self.tr("&Test run (saves nothing)"), self)
        self.dry_button.setObjectName("importDryRunButton")
        self.dry_button.setAutoDefault(False)
        self.dry_button.clicked.connect(lambda: self.start(dry_run=True))
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setObjectName("importRunButton")
        self.import_button.setAutoDefault(False)
        self.import_button.clicked.connect(lambda: self.start(dry_run=False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.dry_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("importProgressText")
        self.cancel_button = QPushButton(self.tr("&Stop"), self)
        self.cancel_button.setObjectName("importCancelButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setToolTip(self.tr("Stop the run; nothing of it is kept"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.on_cancel_button_clicked)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("importResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rejected_table = QTableWidget(0, 2, self)
        self.rejected_table.setObjectName("importRejectedTable")
        self.rejected_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejected_table.setTabKeyNavigation(False)
        self.rejected_table.verticalHeader().hide()
        self.rejected_table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Why it was rejected")])
        self.rejected_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.rejected_table.setAccessibleName(self.tr("Rejected rows"))
        self.save_button = QPushButton(self.tr("&Save rejected rows…"), self)
        self.save_button.setObjectName("importSaveRejected")
        self.save_button.setAutoDefault(False)
        self.save_button.setToolTip(self.tr("A workbook with the rejected rows and the reason for each: fix them "
                                            "there and import that file again"))
        self.save_button.clicked.connect(self.on_save_button_clicked)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.card_box)
        layout.addLayout(buttons)
        layout.addLayout(progress_row)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.result_label)
        layout.addWidget(self.rejected_table, 1)
        layout.addLayout(save_row)
        self.stop_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.stop_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.stop_shortcut.setEnabled(False)
        self.stop_shortcut.activated.connect(self.on_cancel_button_clicked)
        self._update()

    def initializePage(self) -> None:
        analysis, card = self.w.analysis, self.w.card_file
        if analysis is None and card is None:
            return
        self.state = RunState()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress_label.clear()
        self.result_label.clear()
        self.result_label.setStyleSheet("")
        self.rejected_table.setRowCount(0)
        self.card_box.setVisible(card is not None and card.kind == "contacts")
        self.setSubTitle(self.card_subtitle if card is not None else self.table_subtitle)
        if card is not None:
            self._set_columns(card.kind)
            locale = QLocale()
            intro = self.tr("Import the contacts of “%1” (cards: %2). A test run first shows what would happen.") \
                if card.kind == "contacts" else self.tr(
                "Import the events and to-dos of “%1” (%2) as tasks; importing the file again updates them instead "
                "of doubling them. A test run first shows what would happen.")
            self.intro.setText(intro.replace("%1", card.path.name).replace("%2", locale.toString(card.items)))
            self._update()
            return
        assert analysis is not None
        self._set_columns(None)
        rows = self.tr("about %n row(s)", "", analysis.rows) if analysis.rows is not None else self.tr("the rows")
        self.intro.setText(self.tr("Import %1 of “%2” into %3. A test run first shows what would happen.")
                           .replace("%1", rows).replace("%2", analysis.request.path.name)
                           .replace("%3", self.w.texts.kind_name(analysis.request.kind)))
        self._update()

    def _set_columns(self, card_kind: str | None) -> None:
        """The rejected table's columns: row and reason for a spreadsheet; number, name and reason for a card or an
        event (its number alone would not find it in the file)."""
        table = self.rejected_table
        if card_kind is None:
            labels = [self.tr("Row"), self.tr("Why it was rejected")]
        elif card_kind == "contacts":
            labels = [self.tr("Card"), self.tr("Name"), self.tr("Why it was rejected")]
        else:   # an .ics lists its notes (what was left out or guessed) below the rejected events
            labels = [self.tr("Event"), self.tr("Title"), self.tr("What happened")]
        table.setColumnCount(len(labels))
        table.setHorizontalHeaderLabels(labels)
        header = table.horizontalHeader()
        for column in range(len(labels) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(len(labels) - 1, QHeaderView.ResizeMode.Stretch)

    def card_duplicate(self) -> str:
        """VCardService's on_duplicate for the radio checked."""
        return "update" if self.card_update.isChecked() else "create" if self.card_create.isChecked() else "skip"

    def has_imported(self) -> bool:
        return self.w.imported is not None or self.w.card_imported is not None

    def _update(self) -> None:
        running = self.job is not None
        done = self.has_imported()
        self.dry_button.setEnabled(not running and not done)
        self.import_button.setEnabled(not running and not done)
        self.card_box.setEnabled(not running and not done)
        self.cancel_button.setEnabled(running)
        self.stop_shortcut.setEnabled(running)
        result, card_result = self.state.result, self.state.card_result
        has_rejected = result is not None and result.rejected > 0 and self.state.rejected_file is not None
        self.save_button.setVisible(has_rejected)
        self.save_button.setEnabled(has_rejected and not running)
        self.rejected_table.setVisible((result is not None and bool(result.rejected_rows)) or (
            card_result is not None and bool(_card_problems(card_result))))
        self.completeChanged.emit()
        back = self.w.button(QWizard.WizardButton.BackButton)
        if running and back is not None:
            back.setEnabled(False)   # after completeChanged: the wizard sets Back's state there
        if done:
            # Once the import is made, going back to change the mapping would suggest it can be redone in place;
            # Close is all that is left.
            self.w.setButtonLayout([QWizard.WizardButton.Stretch, QWizard.WizardButton.FinishButton])

    def isComplete(self) -> bool:
        return self.has_imported() and self.job is None

    def start(self, *, dry_run: bool) -> Job | None:
        if self.job is not None:
            return None
        if self.w.card_file is not None:
            return self._start_card(self.w.card_file, dry_run=dry_run)
        analysis = self.w.analysis
        if analysis is None:
            return None
        db, user_id = self.w.ctx.db, self.w.ctx.user_id
        source, options = analysis.source, self.w.import_options(dry_run=dry_run)
        headers, mapping, kind = analysis.source.headers, self.w.mapping_page.mapping(), analysis.request.kind
        self.runs += 1
        errors = self.w.workdir / f"rejected-{self.runs}.xlsx"

        def work(progress: Progress) -> ImportResult:
            result = ImportService(db, user_id).run(source, options, progress, error_workbook=errors)
            if not dry_run:
                try:
                    import_mapping.remember(db, kind, headers, mapping)
                except Exception:  # noqa: BLE001 - the import is made; a mapping not remembered only costs a click
                    log.warning("the import's mapping was not remembered", exc_info=True)
            return result

        return self._run(work, self.on_run_done, dry_run=dry_run)

    def _start_card(self, card: CardFile, *, dry_run: bool) -> Job:
        db, user_id, path = self.w.ctx.db, self.w.ctx.user_id, card.path
        if card.kind == "tasks":
            def work(progress: Progress) -> CardResult:
                return ical.import_ics(db, path, user_id=user_id, dry_run=dry_run, progress=progress)
        else:
            on_duplicate = self.card_duplicate()

            def work(progress: Progress) -> CardResult:
                return VCardService(db, user_id).import_file(path, on_duplicate=on_duplicate, dry_run=dry_run,
                                                             progress=progress)
        return self._run(work, self.on_card_run_done, dry_run=dry_run)

    def _run(self, work: Callable[[Progress], Any], done: Callable[[Any], None], *, dry_run: bool) -> Job:
        """Start a test run or an import: one job at a time, Stop and closing the wizard wait for its rollback."""
        self.state = RunState(dry_run=dry_run)
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("Test run…") if dry_run else self.tr("Importing…"))
        self.rejected_table.setRowCount(0)
        self.progress.setRange(0, 0)   # busy until the first step tells the total
        self.progress_label.clear()
        self.job = self.w.run_job(work, done, self.on_run_failed)
        self.w.write_job = self.job
        self.job.signals.progressed.connect(self.on_progress)
        self._update()
        if self.cancel_button.isEnabled():
            self.cancel_button.setFocus()
        return self.job

    @Slot(int, int, str)
    def on_progress(self, done: int, total: int, text: str) -> None:
        if self.job is None:
            return
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            card = self.w.card_file
            step = self.tr("%1 of %2 rows") if card is None else self.tr("%1 of %2 cards") \
                if card.kind == "contacts" else self.tr("%1 of %2 events and to-dos")
            self.progress_label.setText(step.replace("%1", QLocale().toString(done))
                                        .replace("%2", QLocale().toString(total)))
        if text:
            self.progress_label.setText(text)

    @Slot()
    def on_cancel_button_clicked(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.show_cancelling()

    def show_cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.result_label.setText(self.tr("Stopping; what was done is being rolled back…"))

    def on_run_done(self, result: ImportResult) -> None:
        self.job = None
        self.state.result = result
        self.state.rejected_file = result.error_workbook if result.error_workbook is not None and \
            result.error_workbook.exists() else None
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.progress_label.clear()
        locale = QLocale()
        counts = self.tr("%1 new, %2 updated, %3 skipped, %4 rejected.")
        for marker, value in (("%1", result.new), ("%2", result.updated), ("%3", result.skipped),
                              ("%4", result.rejected)):
            counts = counts.replace(marker, locale.toString(value))
        if result.dry_run:
            text = self.tr("Test run: %1 Nothing was saved.").replace("%1", counts)
        else:
            self.w.imported = result
            text = self.tr("Imported: %1 You can undo this import in File › Import history.").replace("%1", counts)
            self.w.ctx.bridge.post_data_changed("all")
            self.w.ctx.bridge.post_message(self.tr("Import finished: %1").replace("%1", counts))
        self.result_label.setText(text)
        self.show_rejected(result)
        self._update()
        self.w.write_job_stopped()
        if not result.dry_run:
            finish = self.w.button(QWizard.WizardButton.FinishButton)
            if finish is not None and finish.isEnabled():
                finish.setFocus()

    def on_card_run_done(self, result: CardResult) -> None:
        self.job = None
        self.state.card_result = result
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.progress_label.clear()
        locale = QLocale()
        values: tuple[int, ...]
        if isinstance(result, IcsImportResult):
            counts = self.tr("%1 new, %2 updated, %3 occurrences changed, %4 skipped, %5 rejected; reminders: %6.")
            values = (result.created, result.updated, result.occurrences, result.skipped, result.rejected,
                      result.reminders)
            changed = "tasks"   # the calendar and the task lists reload on it
        else:
            counts = self.tr("%1 new, %2 updated, %3 skipped, %4 rejected.")
            values = (result.new, result.updated, result.skipped, result.rejected)
            changed = "contacts"
        for number, value in enumerate(values, start=1):
            counts = counts.replace(f"%{number}", locale.toString(value))
        if result.dry_run:
            text = self.tr("Test run: %1 Nothing was saved.").replace("%1", counts)
        else:
            self.w.card_imported = result
            # Not in File › Import history: the vCard and iCalendar imports keep no record of their rows there.
            text = self.tr("Imported: %1").replace("%1", counts)
            self.w.ctx.bridge.post_data_changed(changed)
            self.w.ctx.bridge.post_message(self.tr("Import finished: %1").replace("%1", counts))
        self.result_label.setText(text)
        self.show_card_problems(result)
        self._update()
        self.w.write_job_stopped()
        if not result.dry_run:
            finish = self.w.button(QWizard.WizardButton.FinishButton)
            if finish is not None and finish.isEnabled():
                finish.setFocus()

    def show_card_problems(self, result: CardResult) -> None:
        """The rejected cards or events with their reasons; for an .ics also its notes."""
        problems = _card_problems(result)[:MAX_REJECTED_SHOWN]
        table = self.rejected_table
        table.setRowCount(len(problems))
        locale = QLocale()
        calendar = isinstance(result, IcsImportResult)
        for r, (number, name, reason, rejected) in enumerate(problems):
            # A note on the whole file has no number: the cell stays empty rather than saying 0.
            item = QTableWidgetItem(locale.toString(number) if number else "")
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, 0, item)
            table.setItem(r, 1, QTableWidgetItem(cell_text(name, table)))
            words = service_text(" ".join(reason.split()), table)
            if calendar:
                words = (self.tr("Rejected: %1") if rejected else self.tr("Note: %1")).replace("%1", words)
            why = QTableWidgetItem(words)
            why.setToolTip(service_text(reason, table))
            if rejected and calendar:
                why.setForeground(REJECT_BRUSH)
            table.setItem(r, 2, why)
        table.resizeColumnToContents(0)
        table.resizeColumnToContents(1)
        table.setColumnWidth(1, min(table.columnWidth(1), 260))

    def on_run_failed(self, exc: BaseException) -> None:
        self.job = None
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress_label.clear()
        self.result_label.setStyleSheet("" if isinstance(exc, CancelledError) else "color: #c0392b;")
        self.result_label.setText(self.w.error_text(exc))
        self._update()
        self.w.write_job_stopped()

    def show_rejected(self, result: ImportResult) -> None:
        rows = result.rejected_rows[:MAX_REJECTED_SHOWN]
        self.rejected_table.setRowCount(len(rows))
        locale = QLocale()
        for r, rejected in enumerate(rows):
            number = QTableWidgetItem(locale.toString(rejected.row))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.rejected_table.setItem(r, 0, number)
            reason = QTableWidgetItem(service_text(" ".join(rejected.reason.split()), self.rejected_table))
            reason.setToolTip(service_text(rejected.reason, self.rejected_table))
            self.rejected_table.setItem(r, 1, reason)
        self.rejected_table.resizeColumnToContents(0)

    @Slot()
    def on_save_button_clicked(self) -> None:
        source = self.state.rejected_file
        analysis = self.w.analysis
        if source is None or analysis is None:
            return
        start = analysis.request.path.with_name(f"{analysis.request.path.stem}-rejected.xlsx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save rejected rows"), str(start),
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.save_rejected(Path(path))

    def save_rejected(self, target: Path) -> Job | None:
        source = self.state.rejected_file
        if source is None:
            return None
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")

        def done(_result: object) -> None:
            self.w.ctx.bridge.post_message(self.tr("Rejected rows saved to %1").replace("%1", isolate_ltr(str(target))))
            self.progress_label.setText(self.tr("Rejected rows saved to %1").replace("%1", isolate_ltr(str(target))))

        def failed(exc: BaseException) -> None:
            self.progress_label.setText(self.w.error_text(exc))

        return self.w.run_job(lambda _p: shutil.copyfile(source, target), done, failed,
                              title=self.tr("Saving the rejected rows…"))
