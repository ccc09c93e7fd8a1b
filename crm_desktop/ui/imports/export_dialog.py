"""The Export dialog (File › Export…, and Export… in the Contacts panel): which records, which format, which
columns; the file is then chosen and written on the task runner with progress and Cancel."""

from __future__ import annotations

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
from crm_desktop.services import exports, vcard
from crm_desktop.services.contact_list import ContactListService
from crm_desktop.services.progress import Progress
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.i18n import isolate_ltr
from crm_desktop.ui.imports import ImportTexts, error_text
from crm_desktop.ui.task_runner import Job

FORMATS = (".xlsx", ".csv", ".vcf")
LAST_FOLDER_KEY = "export.last_folder"


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
                                          self.tr("vCard file for address books (.vcf)")), strict=True):
            self.format_combo.addItem(text, suffix)
        self.format_combo.currentIndexChanged.connect(lambda _i: self._update())
        self.layout_combo = QComboBox(self)
        self.layout_combo.setObjectName("exportLayout")
        self.layout_combo.addItem(self.tr("One column per field, ready to import again"), "import")
        self.layout_combo.addItem(self.tr("Everything stored, with IDs and dates of change"), "full")

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
                             (self.tr("&Columns:"), self.layout_combo)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
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
        self._update()
        self.resize(520, 0)

    # ---- choices ------------------------------------------------------------------------------------------
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def suffix(self) -> str:
        return str(self.format_combo.currentData())

    def scope(self) -> ExportScope | None:
        index = self.scope_group.checkedId()
        return self.scopes[index] if 0 <= index < len(self.scopes) else None

    @Slot(int)
    def on_kind_combo_changed(self, _index: int) -> None:
        if self.suffix() == ".vcf" and self.kind() != "contacts":
            self.format_combo.setCurrentIndex(0)
        self._update()

    def _update(self) -> None:
        kind = self.kind()
        vcf_item = self.format_combo.model().item(FORMATS.index(".vcf"))  # type: ignore[attr-defined]
        vcf_item.setEnabled(kind == "contacts")   # address books hold people only
        self.layout_combo.setEnabled(self.suffix() != ".vcf")
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

    # ---- exporting ----------------------------------------------------------------------------------------
    @Slot()
    def on_export_button_clicked(self) -> None:
        folder = Path(str(self.ctx.config.extra.get(LAST_FOLDER_KEY) or Path.home()))
        kind, suffix = self.kind(), self.suffix()
        filters = {".xlsx": self.tr("Excel workbook (*.xlsx)"), ".csv": self.tr("CSV file (*.csv)"),
                   ".vcf": self.tr("vCard file (*.vcf)")}
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
        if typed in FORMATS and typed != self.suffix() and (typed != ".vcf" or self.kind() == "contacts"):
            self.format_combo.setCurrentIndex(FORMATS.index(typed))
        suffix = self.suffix()
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        kind, layout, scope, db = self.kind(), str(self.layout_combo.currentData()), self.scope(), self.ctx.db
        ids = list(scope.ids) if scope is not None else None

        def work(progress: Progress) -> int:
            if suffix == ".vcf":
                people = ids if ids is not None else ContactListService(db).ids("person")
                progress.step(0, len(people), "")
                return vcard.export_vcards(db, people, path)
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
