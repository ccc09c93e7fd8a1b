"""The Generate dialog: a template, a language, one file each or one combined document, and a PDF when LibreOffice is
installed, for one deal, company or person or a selection of them. What the records lack for the template is listed
before anything is written, and generating waits until nothing is missing."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.config import LANGUAGES
from crm_desktop.errors import CancelledError, CrmError
from crm_desktop.services.documents import DocumentService, GeneratedDocument, TemplateError, TemplateInfo
from crm_desktop.services.pipeline import PipelineService
from crm_desktop.services.progress import Progress
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.documents import TEXT_ROLE, ProblemsTable, bidi_safe, open_in_system
from crm_desktop.ui.funnel.rules_dialog import RuleTexts
from crm_desktop.ui.i18n import NATIVE_NAMES, isolate_ltr
from crm_desktop.ui.task_runner import Job

KINDS = ("deal", "company", "person")
TEMPLATE_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Generated:
    """What a generation job hands back to the dialog: the documents, and PDFs LibreOffice could not make."""

    documents: tuple[GeneratedDocument, ...]
    pdf_errors: tuple[str, ...] = ()


def targets(kind: str, record_id: int) -> tuple[int | None, int | None, int | None]:
    """The deal, company and person ids the service takes for one record (two of them None)."""
    return (record_id if kind == "deal" else None, record_id if kind == "company" else None,
            record_id if kind == "person" else None)


def stops_generation(sentence: str) -> bool:
    """Whether a sentence of `missing_data` stops the document; the others only say what will stay empty.

    The service lists what stops the document first, then what "… will be empty"; it refuses to generate only
    for the former.
    """
    return "will be empty" not in sentence


def record_name(pipeline: PipelineService, kind: str, record_id: int) -> str:
    """The name of a deal, company or person as the lists show it ("#id" when it is gone)."""
    try:
        if kind == "deal":
            return pipeline.card(record_id).title
        party = pipeline.get_party(kind, record_id)
    except CrmError:
        return f"#{record_id}"
    return party.name if party is not None else f"#{record_id}"


class GenerateDocumentDialog(QDialog):
    """Generates documents for `ids` of one `kind` ("deal", "company" or "person") on the task runner.

    `template` is chosen at first when given (a bundled or user template's name). When the documents are written
    it tells the windows (`data_changed("documents")`), opens the result (one file,
    or the folder of several) unless `open_result` is False, and closes; `results` holds what was written.
    """

    def __init__(self, ctx: AppContext, kind: str, ids: list[int], parent: QWidget | None = None, *,
                 template: str | None = None, open_result: bool = True) -> None:
        super().__init__(parent)
        if kind not in KINDS or not ids:
            raise ValueError(f"nothing to generate for: {kind} {ids}")
        self.setObjectName("generateDocumentDialog")
        self.ctx = ctx
        self.kind = kind
        self.ids = list(dict.fromkeys(ids))
        self.open_result = open_result
        self.service = DocumentService(ctx.db, ctx.user_id)
        self.pipeline = PipelineService(ctx.db, ctx.user_id)
        self.texts = RuleTexts(self)
        self.results: list[GeneratedDocument] = []
        self.job: Job | None = None          # the generation running now
        self.check_job: Job | None = None    # the missing-data check running now
        self._check_serial = 0               # a check's result counts only if no later check was started
        self.missing: list[tuple[str, list[str]]] | None = None   # (record, what it lacks); None while unknown
        self.blocked = 0                     # how many records lack something the template cannot do without
        self._close_when_stopped = False
        self._list_serial = 0                # the same for reading the list of templates
        self.templates_loaded = False
        self._wanted_template: str | None = template

        self.intro = QLabel(self._intro_text(), self)
        self.intro.setObjectName("generateIntro")
        self.intro.setWordWrap(True)

        self.language = QComboBox(self)
        self.language.setObjectName("generateLanguage")
        for code in LANGUAGES:
            self.language.addItem(NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(ctx.language), 0))
        self.template = QComboBox(self)
        self.template.setObjectName("generateTemplate")
        self.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template.setMinimumContentsLength(24)

        self.each = QRadioButton(self.tr("One &file for each record"), self)
        self.each.setObjectName("generateEach")
        self.each.setChecked(True)
        self.combined = QRadioButton(self.tr("One co&mbined document"), self)
        self.combined.setObjectName("generateCombined")
        self.layout_group = QButtonGroup(self)
        self.layout_group.addButton(self.each)
        self.layout_group.addButton(self.combined)
        several = len(self.ids) > 1
        self.each.setVisible(several)
        self.combined.setVisible(several)

        self.pdf = QCheckBox(self.tr("Also save as &PDF"), self)
        self.pdf.setObjectName("generatePdf")
        self.pdf_hint = QLabel(self)
        self.pdf_hint.setObjectName("generatePdfHint")
        self.pdf_hint.setWordWrap(True)
        self.pdf_available = self.service.libreoffice() is not None
        if not self.pdf_available:
            reason = self.tr("PDF files are made with LibreOffice, which is not installed on this computer.")
            self.pdf.setEnabled(False)
            self.pdf.setToolTip(reason)
            self.pdf_hint.setText(reason)
        else:
            self.pdf_hint.hide()

        self.missing_label = QLabel(self)
        self.missing_label.setObjectName("generateMissingLabel")
        self.missing_label.setWordWrap(True)
        self.missing_list = QListWidget(self)
        self.missing_list.setObjectName("generateMissing")
        self.missing_list.setAccessibleName(self.tr("What the records lack"))
        self.missing_list.setWordWrap(True)
        self.missing_label.setBuddy(self.missing_list)
        self.problems = ProblemsTable(self)
        self.problems.setObjectName("generateProblems")
        self.problems.setAccessibleName(self.tr("Problems of the template"))
        self.problems.hide()
        self.status = QLabel(self)
        self.status.setObjectName("generateStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(self)
        self.generate_button = QPushButton(self.tr("&Generate") if not several else self.tr("&Generate all"), self)
        self.generate_button.setObjectName("generateButton")
        self.generate_button.setDefault(True)
        self.buttons.addButton(self.generate_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("generateCancelButton")
        self.generate_button.clicked.connect(self.on_generate_button_clicked)
        self.cancel_button.clicked.connect(self.reject)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("&Template:"), self.template)
        self._row(form, self.tr("&Language:"), self.language)
        if several:
            choice = QVBoxLayout()
            choice.setContentsMargins(0, 0, 0, 0)
            choice.addWidget(self.each)
            choice.addWidget(self.combined)
            form.addRow(QLabel(self.tr("Documents:"), self), choice)
        pdf_row = QVBoxLayout()
        pdf_row.setContentsMargins(0, 0, 0, 0)
        pdf_row.addWidget(self.pdf)
        pdf_row.addWidget(self.pdf_hint)
        form.addRow("", pdf_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.missing_list, 1)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.status)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.setWindowTitle(self.tr("Generate document") if not several else self.tr("Generate documents"))
        self.resize(560, 440)

        self.template.currentIndexChanged.connect(self.on_template_changed)
        self.language.currentIndexChanged.connect(self.on_language_changed)
        self.fill_templates()
        self.template.setFocus()

    # ---- construction -------------------------------------------------------------------------------------
    def _row(self, form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(field)
        form.addRow(label, field)

    def _intro_text(self) -> str:
        count = len(self.ids)
        if count > 1:
            return {"deal": self.tr("Generate documents for %n selected deal(s).", "", count),
                    "company": self.tr("Generate documents for %n selected company(-ies).", "", count),
                    "person": self.tr("Generate documents for %n selected person(s).", "", count)}[self.kind]
        name = record_name(self.pipeline, self.kind, self.ids[0])
        return {"deal": self.tr("Generate a document for the deal “%1”."),
                "company": self.tr("Generate a document for the company “%1”."),
                "person": self.tr("Generate a document for %1.")}[self.kind].replace("%1", name)

    def template_title(self, info: TemplateInfo) -> str:
        return self.texts.template_name(info.name) if info.bundled else info.name

    # ---- choices ------------------------------------------------------------------------------------------
    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def chosen_template(self) -> str | None:
        data = self.template.currentData(TEMPLATE_ROLE)
        return str(data) if data is not None else None

    def select_template(self, name: str) -> bool:
        """Choose the template `name`; while the list is still being read, it is chosen once it is there."""
        if not self.templates_loaded:
            self._wanted_template = name
            return True
        index = self.template.findData(name, TEMPLATE_ROLE)
        if index >= 0:
            self.template.setCurrentIndex(index)
        return index >= 0

    def fill_templates(self) -> None:
        """The bundled templates of the chosen language, then the user's own, read on the worker (the first time
        each file is read and checked); the choice stays when it can."""
        if self.chosen_template() is not None:
            self._wanted_template = self.chosen_template()   # the choice stays in the new list when it is there
        if self.check_job is not None:
            self.check_job.cancel()
        self._check_serial += 1   # a check still running was for the list being replaced
        self._list_serial += 1
        serial = self._list_serial
        self.templates_loaded = False
        self.missing = None
        self._update_buttons()
        self.missing_label.setText(self.tr("Reading the templates…"))
        service, language = self.service, self.chosen_language()

        def done(templates: list[TemplateInfo]) -> None:
            if serial != self._list_serial:
                return
            self.template.blockSignals(True)
            self.template.clear()
            for info in templates:
                self.template.addItem(self.template_title(info), info.name)
                self.template.setItemData(self.template.count() - 1, str(info.path), Qt.ItemDataRole.ToolTipRole)
            wanted, self._wanted_template = self._wanted_template, None
            found = self.template.findData(wanted, TEMPLATE_ROLE) if wanted is not None else -1
            self.template.setCurrentIndex(found if found >= 0 else 0 if templates else -1)
            self.template.blockSignals(False)
            self.templates_loaded = True
            self.on_template_changed()

        def failed(exc: BaseException) -> None:
            if serial == self._list_serial:
                done([])
                self.status.setText(str(exc))

        self.ctx.runner.run(lambda _progress: service.list_templates(language), done, failed)

    @Slot()
    def on_language_changed(self) -> None:
        self.fill_templates()

    @Slot()
    def on_template_changed(self) -> None:
        self.problems.hide()
        self.check_missing()

    # ---- what is missing ----------------------------------------------------------------------------------
    def check_missing(self) -> None:
        """Ask the service, on the worker, what each record lacks for the chosen template."""
        if self.check_job is not None:
            self.check_job.cancel()
        self._check_serial += 1
        serial = self._check_serial
        self.missing = None
        self.blocked = 0
        template = self.chosen_template()
        self._update_buttons()
        if template is None:
            self.missing_label.setText(self.tr("There is no template to choose; add one under Tools › Templates…."))
            self.missing_list.clear()
            self.missing_list.hide()
            return
        self.missing_label.setText(self.tr("Checking the records…"))
        self.missing_list.clear()
        self.missing_list.hide()
        service, pipeline, kind, ids = self.service, self.pipeline, self.kind, self.ids
        language = self.chosen_language()

        def work(progress: Progress) -> list[tuple[str, list[str]]]:
            lacking = []
            for done, record_id in enumerate(ids):
                progress.step(done, len(ids))
                deal_id, company_id, person_id = targets(kind, record_id)
                missing = service.missing_data(template, deal_id=deal_id, company_id=company_id,
                                               person_id=person_id, language=language)
                if missing:
                    lacking.append((record_name(pipeline, kind, record_id), missing))
            return lacking

        def done(lacking: list[tuple[str, list[str]]]) -> None:
            if serial == self._check_serial:
                self.check_job = None
                self.show_missing(lacking)

        def failed(exc: BaseException) -> None:
            if serial != self._check_serial:
                return
            self.check_job = None
            if isinstance(exc, CancelledError):
                return
            self.missing = None
            self.missing_label.setText(str(exc) if isinstance(exc, CrmError)
                                       else self.tr("The records could not be checked: %1").replace("%1", str(exc)))
            self._show_template_problems(exc)
            self._update_buttons()

        # In the background, without a progress window: the label says it is checking, and closing stops it.
        self.check_job = self.ctx.runner.run(work, done, failed)

    def show_missing(self, lacking: list[tuple[str, list[str]]]) -> None:
        """List what the records lack: what stops the document first (and blocks Generate), then what stays empty."""
        self.missing = lacking
        self.missing_list.clear()
        single = len(self.ids) == 1
        stop = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        note = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.blocked = sum(any(stops_generation(s) for s in sentences) for _name, sentences in lacking)
        # What several records lack alike (your company's details, a deal the template needs) is said once.
        counts = Counter(sentence for _name, sentences in lacking for sentence in set(sentences))
        shown: set[str] = set()
        for name, sentences in lacking:
            for sentence in sentences:
                shared = counts[sentence] > 1
                if shared and sentence in shown:
                    continue
                shown.add(sentence)
                text = sentence if single or shared else self.tr("%1: %2").replace("%1", name).replace("%2", sentence)
                item = QListWidgetItem(stop if stops_generation(sentence) else note, bidi_safe(text, self),
                                       self.missing_list)
                item.setData(TEXT_ROLE, text)
                item.setToolTip(text)
        self.missing_list.setVisible(bool(lacking))
        if not lacking:
            self.missing_label.setText(self.tr("Everything the template needs is there."))
        elif not self.blocked:
            self.missing_label.setText(self.tr("The document can be generated, but some details are missing and "
                                               "will stay empty:"))
        elif single:
            self.missing_label.setText(self.tr(
                "The document cannot be generated yet. Fill in what is missing, or choose another template:"))
        else:
            self.missing_label.setText(self.tr(
                "The documents cannot be generated yet: %n record(s) lack what the template needs. Fill it in, "
                "or leave those records out of the selection:", "", self.blocked))
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self.job is not None
        ready = (self.templates_loaded and self.missing is not None and not self.blocked
                 and self.chosen_template() is not None)
        self.generate_button.setEnabled(ready and not running)
        for widget in (self.template, self.language, self.each, self.combined):
            widget.setEnabled(not running)
        self.pdf.setEnabled(not running and self.pdf_available)

    # ---- generating ---------------------------------------------------------------------------------------
    @Slot()
    def on_generate_button_clicked(self) -> None:
        self.generate()

    def generate(self) -> Job | None:
        """Start generating on the task runner; None when the dialog is not ready (something is missing)."""
        template = self.chosen_template()
        if template is None or self.job is not None:
            return None
        if self.missing is None:
            self.status.setText(self.tr("Still checking the records; try again in a moment."))
            return None
        if self.blocked:
            self.status.setText(self.tr("Fill in what is missing first: the list above says what."))
            self.missing_list.setFocus()
            return None
        service, kind, ids, language = self.service, self.kind, list(self.ids), self.chosen_language()
        combined, pdf = self.combined.isChecked(), self.pdf.isChecked() and self.pdf_available
        out_dir = service.documents_dir

        def work(progress: Progress) -> Generated:
            if len(ids) == 1:
                deal_id, company_id, person_id = targets(kind, ids[0])
                documents = [service.generate(template, deal_id=deal_id, company_id=company_id,
                                              person_id=person_id, language=language, progress=progress)]
            else:
                documents = service.generate_many(template, [(kind, record_id) for record_id in ids],
                                                  combined=combined, out_dir=out_dir, language=language,
                                                  progress=progress)
            if not pdf:
                return Generated(tuple(documents))
            # The PDF is a copy made afterwards: a LibreOffice failure keeps the Word documents and their numbers.
            pdfs: dict[Path, Path | None] = {}
            errors: list[str] = []
            for done, document in enumerate(documents):
                progress.step(done, len(documents), document.path.name)
                if document.path not in pdfs:   # a combined file is converted once
                    try:
                        pdfs[document.path] = service.to_pdf(document.path)
                    except CrmError as exc:
                        pdfs[document.path] = None
                        errors.append(str(exc))
            return Generated(tuple(replace(doc, pdf_path=pdfs[doc.path]) for doc in documents), tuple(errors))

        self.status.setText(self.tr("Generating…"))
        self.problems.hide()
        title = self.tr("Generating %1…").replace("%1", self.template.currentText())
        self.job = self.ctx.runner.run(work, self.on_generated, self.on_generate_failed, title=title,
                                       parent_widget=self)
        self._update_buttons()
        return self.job

    def on_generated(self, generated: Generated) -> None:
        self.job = None
        self.results = list(generated.documents)
        self.ctx.bridge.post_data_changed("documents")
        self._update_buttons()
        if not self.results:
            self.status.setText(self.tr("Nothing was generated."))
            return
        # A combined document is one file for all the records: each record's entry names that file.
        files = list(dict.fromkeys(doc.path for doc in self.results))
        if len(files) == 1:
            message = self.tr("Document saved to %1").replace("%1", isolate_ltr(str(files[0])))
        else:
            message = self.tr("%n document(s) saved to %1", "", len(files)).replace(
                "%1", isolate_ltr(str(files[0].parent)))
        self.ctx.bridge.post_message(message)
        if generated.pdf_errors:
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "The Word documents were saved, but no PDF could be made: %1").replace("%1", generated.pdf_errors[0]))
        if self.open_result:
            # One document opens in the word processor; several open their folder instead of a window each.
            target = files[0] if len(files) == 1 else files[0].parent
            if not open_in_system(target):
                QMessageBox.warning(self, self.windowTitle(), self.tr("No program could open %1.")
                                    .replace("%1", isolate_ltr(str(target))))
        self.accept()

    def on_generate_failed(self, exc: BaseException) -> None:
        self.job = None
        self._update_buttons()
        if isinstance(exc, CancelledError):
            # Documents of the records done before Cancel may have been kept: the lists look again.
            self.ctx.bridge.post_data_changed("documents")
            self.status.setText(self.tr("Cancelled."))
            if self._close_when_stopped:
                super().reject()
            return
        self._close_when_stopped = False
        text = str(exc) if isinstance(exc, CrmError) else self.tr("Unexpected error: %1").replace("%1", str(exc))
        self.status.setText(text)
        if not self._show_template_problems(exc):
            QMessageBox.warning(self, self.windowTitle(), text)

    def _show_template_problems(self, exc: BaseException) -> bool:
        if not isinstance(exc, TemplateError) or not exc.problems:
            return False
        self.problems.show_problems(exc.problems)
        self.problems.show()
        self.problems.setFocus()
        return True

    # ---- closing ------------------------------------------------------------------------------------------
    def reject(self) -> None:
        """Cancel stops a generation that is running (the dialog closes once it has); else it closes."""
        if self.job is not None:
            self._close_when_stopped = True
            self.status.setText(self.tr("Cancelling…"))
            self.job.cancel()
            return
        if self.check_job is not None:
            self.check_job.cancel()
        super().reject()

