"""The Export dialog (File › Export…, and Export… in the Contacts panel): which records, which format, which
columns; the file is then chosen and written on the task runner with progress and Cancel. Contacts can also go to a
vCard file (.vcf), tasks to an iCalendar file (.ics) for calendar apps, all of them or one owner's."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CancelledError
from crm_desktop.services import exports, ical, vcard
from crm_desktop.services.contact_list import ContactListService
from crm_desktop.services.pipeline import PipelineService
from crm_desktop.services.progress import Progress
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.i18n import isolate_ltr
from crm_desktop.ui.imports import ImportTexts, error_text
from crm_desktop.ui.task_runner import Job

FORMATS = (".xlsx", ".csv", ".vcf", ".ics")
# The formats that hold one kind of records only (the others hold every kind).
FORMAT_KIND = {".vcf": "contacts", ".ics": "tasks"}
LAST_FOLDER_KEY = "export.last_folder"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExportScope:
    """A part of a list that can be exported instead of every record: the selected rows, or the list as shown."""

    kind: str                 # an export kind: "contacts" or "companies"
    label: str                # what the radio button says, translated by whoever made the scope
    ids: tuple[int, ...]


class ExportDialog(QDialog):
    """Choose what to export; Export… asks for the file and writes it on the runner, then the dialog closes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, kind: str = "contacts",
                 scopes: Sequence[ExportScope] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.ctx = ctx
        self.texts = ImportTexts(self)
        self.scopes = list(scopes)
        self.job: Job | None = None
        self.written: tuple[Path, int] | None = None
        self._close_when_stopped = False

        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("exportKind")
        for name in exports.EXPORT_KINDS:
            self.kind_combo.addItem(self.texts.kind_name(name), name)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
        self.kind_combo.currentIndexChanged.connect(self.on_kind_combo_changed)
        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("exportFormat")
        for suffix, text in zip(FORMATS, (self.tr("Excel workbook (.xlsx)"), self.tr("CSV file (.csv)"),
                                          self.tr("vCard file for address books (.vcf)"),
                                          self.tr("iCalendar file for calendar apps (.ics)")), strict=True):
            self.format_combo.addItem(text, suffix)
        self.format_combo.currentIndexChanged.connect(lambda _i: self._update())
        self.layout_combo = QComboBox(self)
        self.layout_combo.setObjectName("exportLayout")
        self.layout_combo.addItem(self.tr("One column per field, ready to import again"), "import")
        self.layout_combo.addItem(self.tr("Everything stored, with IDs and dates of change"), "full")
        # Whose tasks an .ics holds; the owners are read on the runner, "All owners" is there at once.
        self.owner_combo = QComboBox(self)
        self.owner_combo.setObjectName("exportOwner")
        self.owner_combo.addItem(self.tr("All owners"), None)
        self.owner_combo.setToolTip(self.tr("Tasks that are done are not written"))

        self.scope_box = QGroupBox(self.tr("Records"), self)
        self.scope_group = QButtonGroup(self)
        self.all_radio = QRadioButton(self.tr("&All of them"), self.scope_box)
        self.all_radio.setObjectName("exportAll")
        self.all_radio.setChecked(True)
        self.scope_group.addButton(self.all_radio, -2)
        scope_layout = QVBoxLayout(self.scope_box)
        scope_layout.addWidget(self.all_radio)
        self.scope_radios: list[QRadioButton] = []
        for index, scope in enumerate(self.scopes):
            radio = QRadioButton(scope.label, self.scope_box)
            radio.setObjectName(f"exportScope{index}")
            self.scope_group.addButton(radio, index)
            scope_layout.addWidget(radio)
            self.scope_radios.append(radio)
        if self.scope_radios:
            # Opened over a selection: that is what the user most likely wants written.
            self.scope_radios[0].setChecked(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for text, widget in ((self.tr("&What:"), self.kind_combo), (self.tr("&Format:"), self.format_combo),
                             (self.tr("&Columns:"), self.layout_combo), (self.tr("&Owner:"), self.owner_combo)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.form = form
        self.status = QLabel(self)
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.on_export_button_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.scope_box)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.scope_group.idToggled.connect(lambda *_args: self._update())
        self._update()
        self.resize(520, 0)
        self.load_owners()

    def load_owners(self) -> None:
        db, user_id = self.ctx.db, self.ctx.user_id

        def done(owners: list[tuple[int, str]]) -> None:
            if not shiboken6.isValid(self):
                return
            for owner_id, name in owners:
                self.owner_combo.addItem(name, owner_id)

        self.ctx.runner.run(lambda _p: PipelineService(db, user_id).list_owners(), done,
                            lambda exc: log.warning("owners for the export not read: %s", exc))

    # ---- choices ------------------------------------------------------------------------------------------
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def suffix(self) -> str:
        return str(self.format_combo.currentData())

    def scope(self) -> ExportScope | None:
        index = self.scope_group.checkedId()
        return self.scopes[index] if 0 <= index < len(self.scopes) else None

    def owner_id(self) -> int | None:
        owner = self.owner_combo.currentData()
        return int(owner) if owner is not None else None

    @Slot(int)
    def on_kind_combo_changed(self, _index: int) -> None:
        if FORMAT_KIND.get(self.suffix(), self.kind()) != self.kind():
            self.format_combo.setCurrentIndex(0)
        self._update()

    def _update(self) -> None:
        kind, suffix = self.kind(), self.suffix()
        for one_kind_suffix, its_kind in FORMAT_KIND.items():
            # An address book holds people only, a calendar tasks only.
            item = self.format_combo.model().item(FORMATS.index(one_kind_suffix))  # type: ignore[attr-defined]
            item.setEnabled(kind == its_kind)
        self.layout_combo.setEnabled(suffix not in FORMAT_KIND)   # a .vcf or .ics has no columns
        self.form.setRowVisible(self.owner_combo, suffix == ".ics")
        # The owner narrows "All of them"; a selection offered by a list is written as it is.
        self.owner_combo.setEnabled(self.scope() is None)
        for radio, scope in zip(self.scope_radios, self.scopes, strict=True):
            radio.setEnabled(scope.kind == kind)
            if radio.isChecked() and not radio.isEnabled():
                self.all_radio.setChecked(True)
        self.scope_box.setVisible(bool(self.scopes))
        running = self.job is not None
        self.export_button.setEnabled(not running)
        for widget in (self.kind_combo, self.format_combo, self.scope_box):
            widget.setEnabled(not running)
        if running:
            self.layout_combo.setEnabled(False)
            self.owner_combo.setEnabled(False)

    # ---- exporting ----------------------------------------------------------------------------------------
    @Slot()
    def on_export_button_clicked(self) -> None:
        folder = Path(str(self.ctx.config.extra.get(LAST_FOLDER_KEY) or Path.home()))
        kind, suffix = self.kind(), self.suffix()
        filters = {".xlsx": self.tr("Excel workbook (*.xlsx)"), ".csv": self.tr("CSV file (*.csv)"),
                   ".vcf": self.tr("vCard file (*.vcf)"), ".ics": self.tr("iCalendar file (*.ics)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), str(folder / f"{kind}{suffix}"),
                                              filters[suffix])
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Job | None:
        """Write the chosen records to `path` on the runner; a name typed with another format's suffix chooses
        that format, a name without one gets the chosen format's."""
        if self.job is not None:
            return None
        typed = path.suffix.lower()
        if typed in FORMATS and typed != self.suffix() and FORMAT_KIND.get(typed, self.kind()) == self.kind():
            self.format_combo.setCurrentIndex(FORMATS.index(typed))
        suffix = self.suffix()
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        kind, layout, scope, db = self.kind(), str(self.layout_combo.currentData()), self.scope(), self.ctx.db
        ids = list(scope.ids) if scope is not None else None
        owner_id = self.owner_id()

        def work(progress: Progress) -> int:
            if suffix == ".vcf":
                people = ids if ids is not None else ContactListService(db).ids("person")
                progress.step(0, len(people), "")
                return vcard.export_vcards(db, people, path)
            if suffix == ".ics":
                tasks = ids if ids is not None else ical.task_ids_for_export(db, owner_id)
                progress.step(0, len(tasks), "")   # the one chance to stop: export_ics takes no progress
                return ical.export_ics(db, tasks, path)
            return exports.export_records(db, kind, path, ids=ids, progress=progress, layout=layout)

        self.ctx.config.extra[LAST_FOLDER_KEY] = str(path.parent)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Exporting…"))
        self.job = self.ctx.runner.run(work, lambda count: self.on_exported(path, int(count)), self.on_failed,
                                       title=self.tr("Exporting…"), parent_widget=self)
        self._update()
        return self.job

    def on_exported(self, path: Path, count: int) -> None:
        if not shiboken6.isValid(self):
            return
        self.job = None
        self.written = (path, count)
        self.ctx.bridge.post_message(self.tr("%n record(s) exported to %1", "", count)
                                     .replace("%1", isolate_ltr(str(path))))
        self._close_when_stopped = False
        super().accept()

    def on_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.job = None
        self._update()
        if self._close_when_stopped:
            super().reject()
            return
        if isinstance(exc, CancelledError):
            self.status.setText(self.tr("Cancelled; no file was written."))
            return
        self.status.setStyleSheet("color: #c0392b;")
        self.status.setText(error_text(exc, self))

    def reject(self) -> None:
        """Cancel stops an export that runs (no file is left) and closes once it has stopped."""
        if self.job is not None:
            self._close_when_stopped = True
            self.status.setText(self.tr("Cancelling…"))
            self.job.cancel()
            return
        super().reject()
