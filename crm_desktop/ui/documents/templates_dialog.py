"""Tools › Templates…: the bundled and the user's own Word templates (add, replace, rename, delete, placeholders,
validate, preview with a sample deal), and "Your company": the requisites documents show as the seller, and the
patterns of invoice and offer numbers."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CancelledError, CrmError
from crm_desktop.services.documents import DocumentService, SellerInfo, TemplateError, TemplateInfo, TemplateProblem
from crm_desktop.services.progress import Progress
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.dialogs import ask_yes_no, side_button
from crm_desktop.ui.documents import ProblemsTable, open_in_system
from crm_desktop.ui.funnel.rules_dialog import RuleTexts
from crm_desktop.ui.i18n import NATIVE_NAMES, isolate_ltr
from crm_desktop.ui.task_runner import Job

# Columns of the templates table; the TemplateInfo sits in INFO_ROLE of the first cell.
COL_NAME, COL_KIND, COL_LANGUAGE = range(3)
INFO_ROLE = Qt.ItemDataRole.UserRole
NUMBERED = ("invoice", "offer")
ERROR_COLOR = "#c0392b"


class TemplatesDialog(QDialog):
    """The template manager and the seller's details; every change is written at once by its own service call."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, open_result: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("templatesDialog")
        self.setWindowTitle(self.tr("Templates"))
        self.ctx = ctx
        self.open_result = open_result   # False in tests: a preview is written, not opened
        self.service = DocumentService(ctx.db, ctx.user_id)
        self.texts = RuleTexts(self)
        self.templates: list[TemplateInfo] = []
        self.job: Job | None = None
        self.last_preview: Path | None = None
        self.saved_company: tuple[SellerInfo, tuple[str, ...]] | None = None
        self._close_when_done = False

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("templatesTabs")
        self.tabs.addTab(self._build_templates_page(), self.tr("&Templates"))
        self.tabs.addTab(self._build_company_page(), self.tr("Your &company"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(760, 560)

        self.reload()
        self.load_company()
        self.table.setFocus()

    # ---- construction -------------------------------------------------------------------------------------
    def _build_templates_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("templatesPage")
        self.table = QTableWidget(0, 3, page)
        self.table.setObjectName("templatesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Language")])
        self.table.setAccessibleName(self.tr("Templates"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for its buttons
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.on_preview_button_clicked())
        table_label = QLabel(self.tr("Bundled templates and &your own (Word .docx files):"), page)
        table_label.setBuddy(self.table)

        self.add_button = self._button(self.tr("&Add…"), "addTemplateButton", self.on_add_button_clicked)
        self.replace_button = self._button(self.tr("Re&place…"), "replaceTemplateButton",
                                           self.on_replace_button_clicked)
        self.rename_button = self._button(self.tr("Re&name…"), "renameTemplateButton", self.on_rename_button_clicked)
        self.delete_button = self._button(self.tr("&Delete"), "deleteTemplateButton", self.on_delete_button_clicked)
        self.placeholders_button = self._button(self.tr("Place&holders"), "placeholdersButton",
                                                self.on_placeholders_button_clicked)
        self.validate_button = self._button(self.tr("&Validate"), "validateTemplateButton",
                                            self.on_validate_button_clicked)
        self.preview_button = self._button(self.tr("P&review"), "previewTemplateButton",
                                           self.on_preview_button_clicked)
        self.preview_button.setToolTip(self.tr("Fill the template with a sample deal and open the result"))
        side = QVBoxLayout()
        for button in (self.add_button, self.replace_button, self.rename_button, self.delete_button):
            side.addWidget(button)
        side.addSpacing(12)
        for button in (self.placeholders_button, self.validate_button, self.preview_button):
            side.addWidget(button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)

        self.details = ProblemsTable(page)
        self.details.setObjectName("templateDetails")
        self.details.setAccessibleName(self.tr("Placeholders or problems of the template"))
        self.details_label = QLabel(page)
        self.details_label.setObjectName("templateDetailsLabel")
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label.setBuddy(self.details)
        self.status = QLabel(page)
        self.status.setObjectName("templatesStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_details("", None)

        layout = QVBoxLayout(page)
        layout.addWidget(table_label)
        layout.addLayout(body, 3)
        layout.addWidget(self.details_label)
        layout.addWidget(self.details, 2)
        layout.addWidget(self.status)
        return page

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = side_button(self, text, name)
        button.clicked.connect(slot)
        return button

    def _build_company_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("companyPage")
        intro = QLabel(self.tr("Your own company as documents show it: the seller on offers and invoices, the "
                               "party signing contracts and letters."), page)
        intro.setWordWrap(True)
        self.seller_edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = {
            "name": self.tr("&Name:"), "legal_name": self.tr("&Legal name:"), "tax_id": self.tr("Ta&x ID (VAT no.):"),
            "registration_no": self.tr("&Registration no.:"), "address": self.tr("A&ddress:"),
            "bank_details": self.tr("&Bank details:"), "phone": self.tr("&Phone:"), "email": self.tr("E&mail:"),
            "website": self.tr("&Website:"), "director": self.tr("Dir&ector (signs documents):"),
        }
        for key, text in labels.items():
            edit: QLineEdit | QPlainTextEdit
            if key in ("address", "bank_details"):
                edit = QPlainTextEdit(page)
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
            else:
                edit = QLineEdit(page)
            edit.setObjectName(f"seller_{key}")
            self.seller_edits[key] = edit
            self._form_row(form, text, edit, page)

        numbering = QLabel(self.tr("<b>Numbers of invoices and offers</b>: <code>{year}</code> is the year, "
                                   "<code>{n:04}</code> the number of the document in that year with four digits. "
                                   "Numbers are never reused."), page)
        numbering.setWordWrap(True)
        numbering.setTextFormat(Qt.TextFormat.RichText)
        form.addRow(numbering)
        self.pattern_edits: dict[str, QLineEdit] = {}
        self.pattern_messages: dict[str, QLabel] = {}
        for kind, text in (("invoice", self.tr("&Invoice numbers:")), ("offer", self.tr("&Offer numbers:"))):
            edit = QLineEdit(page)
            edit.setObjectName(f"pattern_{kind}")
            # A pattern is code-like ({year}): it reads left to right also in a right-to-left window.
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            message = QLabel(page)
            message.setObjectName(f"patternMessage_{kind}")
            message.setWordWrap(True)
            message.setStyleSheet(f"color: {ERROR_COLOR};")
            message.hide()
            edit.textEdited.connect(lambda _text, label=message: label.hide())
            column = QVBoxLayout()
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(edit)
            column.addWidget(message)
            self.pattern_edits[kind] = edit
            self.pattern_messages[kind] = message
            self._form_row(form, text, column, page, edit)

        self.save_company_button = QPushButton(self.tr("&Save"), page)
        self.save_company_button.setObjectName("saveCompanyButton")
        self.save_company_button.setAutoDefault(False)
        self.save_company_button.clicked.connect(self.on_save_company_button_clicked)
        self.company_status = QLabel(page)
        self.company_status.setObjectName("companyStatus")
        self.company_status.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.company_status, 1)
        bottom.addWidget(self.save_company_button)

        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(bottom)
        return page

    def _form_row(self, form: QFormLayout, text: str, field: QWidget | QVBoxLayout, parent: QWidget,
                  buddy: QWidget | None = None) -> None:
        label = QLabel(text, parent)
        label.setBuddy(buddy if buddy is not None else field)  # type: ignore[arg-type]
        form.addRow(label, field)

    # ---- the list of templates ----------------------------------------------------------------------------
    def template_title(self, info: TemplateInfo) -> str:
        return self.texts.template_name(info.name) if info.bundled else info.name

    def reload(self, select: tuple[str, str | None] | int | None = None) -> Job:
        """List the templates again on the worker (the first listing reads every file); `select` is the row to
        choose: (name, language) or a row number; without it the current template stays chosen."""
        current = self.current_template()
        if select is None and current is not None:
            select = (current.name, current.language)
        service = self.service

        def failed(exc: BaseException) -> None:
            self._fill_table([], None)
            self.status.setText(str(exc))

        self.status.setText(self.tr("Reading the templates…") if not self.templates else self.status.text())
        return self._run(lambda _progress: service.list_templates(), lambda found: self._fill_table(found, select),
                         failed, None)

    def _fill_table(self, templates: list[TemplateInfo], select: tuple[str, str | None] | int | None) -> None:
        if self.status.text() == self.tr("Reading the templates…"):
            self.status.setText("")
        self.templates = templates
        self.table.setRowCount(len(templates))
        for row, info in enumerate(templates):
            name = QTableWidgetItem(self.template_title(info))
            name.setData(INFO_ROLE, info)
            name.setToolTip(str(info.path))
            kind = QTableWidgetItem(self.tr("Bundled") if info.bundled else self.tr("Yours"))
            language = QTableWidgetItem(NATIVE_NAMES.get(info.language, info.language) if info.language
                                        else self.tr("Any"))
            for column, item in ((COL_NAME, name), (COL_KIND, kind), (COL_LANGUAGE, language)):
                self.table.setItem(row, column, item)
        if isinstance(select, int):
            found = min(select, len(templates) - 1)
        elif select is not None:
            found = next((row for row, t in enumerate(templates) if (t.name, t.language) == select),
                         next((row for row, t in enumerate(templates) if t.name == select[0]), -1))
        else:
            # At first the templates of the app's language are in view.
            found = next((row for row, t in enumerate(templates) if t.language == self.ctx.language),
                         0 if templates else -1)
        if found >= 0:
            self.table.setCurrentCell(found, COL_NAME)
        self._update_buttons()

    def current_template(self) -> TemplateInfo | None:
        item = self.table.item(self.table.currentRow(), COL_NAME)
        info = item.data(INFO_ROLE) if item is not None and item.isSelected() else None
        return info if isinstance(info, TemplateInfo) else None

    def select_template(self, name: str, language: str | None = None) -> bool:
        for row, info in enumerate(self.templates):
            if info.name == name and (language is None or info.language == language):
                self.table.setCurrentCell(row, COL_NAME)
                return True
        return False

    @Slot()
    def _update_buttons(self) -> None:
        info = self.current_template()
        busy = self.job is not None
        own = info is not None and not info.bundled
        self.add_button.setEnabled(not busy)
        for button in (self.replace_button, self.rename_button, self.delete_button):
            button.setEnabled(own and not busy)
            # Why a bundled template cannot be changed, where the user looks for it.
            button.setToolTip("" if own or info is None else
                              self.tr("Bundled templates cannot be changed; add your own copy instead."))
        for button in (self.placeholders_button, self.validate_button, self.preview_button):
            button.setEnabled(info is not None and not busy)

    def show_details(self, heading: str, problems: list[TemplateProblem] | tuple[TemplateProblem, ...] | None,
                     placeholders: tuple[str, ...] | None = None) -> None:
        """Show the problems or the placeholders of a template below the list (nothing when both are None)."""
        self.details_label.setText(heading)
        self.details_label.setVisible(bool(heading))
        if problems:
            self.details.show_problems(problems)
        elif placeholders:
            self.details.show_placeholders(placeholders)
        self.details.setVisible(bool(problems) or bool(placeholders))

    # ---- running service calls ----------------------------------------------------------------------------
    def _run(self, work: Callable[[Progress], Any], done: Callable[[Any], None],
             failed: Callable[[BaseException], None], title: str | None) -> Job:
        """One service call on the worker; the buttons wait until it is back."""

        def finish(result: object) -> None:
            self.job = None
            if self._close_when_done:
                super(TemplatesDialog, self).reject()
                return
            self._update_buttons()
            done(result)

        def fail(exc: BaseException) -> None:
            self.job = None
            if self._close_when_done:
                super(TemplatesDialog, self).reject()
                return
            self._update_buttons()
            if not isinstance(exc, CancelledError):
                failed(exc)

        self.job = self.ctx.runner.run(work, finish, fail, title=title, parent_widget=self)
        self._update_buttons()
        return self.job

    def warn(self, text: str) -> None:
        QMessageBox.warning(self, self.windowTitle(), text)

    def _show_error(self, exc: BaseException, heading: str) -> None:
        """A template refused with its problems goes below the list; any other refusal is a message box."""
        if isinstance(exc, TemplateError) and exc.problems:
            self.show_details(heading, exc.problems)
            self.status.setText("")   # the heading and the table say it all
            self.details.setFocus()
            return
        self.status.setText("")
        self.warn(str(exc) if isinstance(exc, CrmError)
                  else self.tr("Unexpected error: %1").replace("%1", str(exc)))

    # ---- asking the user (tests replace these) ------------------------------------------------------------
    def choose_docx(self, title: str) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(self, title, str(Path.home()),
                                                    self.tr("Word documents (*.docx)"))
        return Path(name) if name else None

    def ask_name(self, title: str, default: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, self.tr("Name of the template:"), QLineEdit.EchoMode.Normal,
                                        default)
        return text.strip() if ok and text.strip() else None

    def confirm(self, text: str) -> bool:
        return ask_yes_no(self, self.windowTitle(), text)

    # ---- commands -----------------------------------------------------------------------------------------
    @Slot()
    def on_add_button_clicked(self) -> None:
        source = self.choose_docx(self.tr("Add a template"))
        if source is None:
            return
        name = self.ask_name(self.tr("Add a template"), source.stem)
        if name is not None:
            self.add_template(source, name)

    def add_template(self, source: Path, name: str) -> Job:
        """Check and copy `source` in as the user's template `name`; problems are listed, nothing is added."""
        service = self.service

        def done(info: TemplateInfo) -> None:
            self.reload((info.name, info.language))
            self.show_details("", None)
            self.status.setText(self.tr("Template “%1” added.").replace("%1", info.name))

        heading = self.tr("“%1” was not added. Fix these places in Word and add it again:").replace(
            "%1", source.name)
        return self._run(lambda _p: service.add_template(source, name), done,
                         lambda exc: self._show_error(exc, heading), self.tr("Checking %1…").replace("%1", source.name))

    @Slot()
    def on_replace_button_clicked(self) -> None:
        info = self.current_template()
        if info is None or info.bundled:
            return
        source = self.choose_docx(self.tr("Replace “%1”").replace("%1", info.name))
        if source is not None:
            self.replace_template(info.name, source)

    def replace_template(self, name: str, source: Path) -> Job:
        service = self.service

        def done(info: TemplateInfo) -> None:
            self.reload((info.name, info.language))
            self.show_details("", None)
            self.status.setText(self.tr("Template “%1” replaced.").replace("%1", info.name))

        heading = self.tr("“%1” was not replaced. Fix these places in Word and try again:").replace("%1", name)
        return self._run(lambda _p: service.replace_template(name, source), done,
                         lambda exc: self._show_error(exc, heading), self.tr("Checking %1…").replace("%1", source.name))

    @Slot()
    def on_rename_button_clicked(self) -> None:
        info = self.current_template()
        if info is None or info.bundled:
            return
        new_name = self.ask_name(self.tr("Rename “%1”").replace("%1", info.name), info.name)
        if new_name is None or new_name == info.name:
            return
        try:
            renamed = self.service.rename_template(info.name, new_name)
        except CrmError as exc:
            self.warn(str(exc))
            return
        self.reload((renamed.name, renamed.language))
        self.status.setText(self.tr("Template “%1” renamed to “%2”.").replace("%1", info.name)
                            .replace("%2", renamed.name))

    @Slot()
    def on_delete_button_clicked(self) -> None:
        info = self.current_template()
        if info is None or info.bundled or not self.confirm(
                self.tr("Delete the template “%1”? Documents made from it stay as they are.").replace("%1", info.name)):
            return
        try:
            self.service.delete_template(info.name)
        except CrmError as exc:
            self.warn(str(exc))
            return
        self.reload(self.table.currentRow())
        self.show_details("", None)
        self.status.setText(self.tr("Template “%1” deleted.").replace("%1", info.name))

    @Slot()
    def on_placeholders_button_clicked(self) -> None:
        info = self.current_template()
        if info is None:
            return
        title = self.template_title(info)
        if info.placeholders:
            self.show_details(self.tr("Placeholders “%1” uses:").replace("%1", title), None, info.placeholders)
        else:
            self.show_details(self.tr("“%1” uses no placeholders.").replace("%1", title), None)

    @Slot()
    def on_validate_button_clicked(self) -> None:
        info = self.current_template()
        if info is not None:
            self.validate(info)

    def validate(self, info: TemplateInfo) -> Job:
        service, title = self.service, self.template_title(info)

        def done(problems: list[TemplateProblem]) -> None:
            errors = sum(p.severity == "error" for p in problems)
            if errors:
                heading = self.tr("%n problem(s) in “%1”; it cannot be used until they are fixed:", "", errors)
            elif problems:
                heading = self.tr("“%1” can be used; read these warnings:")
            else:
                heading = self.tr("No problems found in “%1”: it can be used.")
            self.show_details(heading.replace("%1", title), problems)
            if problems:
                self.details.setFocus()

        return self._run(lambda _p: service.validate_template(info.path), done,
                         lambda exc: self._show_error(exc, self.tr("Problems in “%1”:").replace("%1", title)),
                         self.tr("Checking %1…").replace("%1", title))

    @Slot()
    def on_preview_button_clicked(self) -> None:
        info = self.current_template()
        if info is not None and self.job is None:
            self.preview(info)

    def preview(self, info: TemplateInfo) -> Job:
        """Fill the template with the sample deal into a temporary file and open it."""
        service, title = self.service, self.template_title(info)
        language = info.language or self.ctx.language
        name = info.name

        def work(_progress: Progress) -> Path:
            # A fresh folder each time: the word processor may still hold the previous preview open.
            folder = Path(tempfile.mkdtemp(prefix="crm-desktop-preview-"))
            return service.preview(name, language, folder / f"{name}-{language}.docx")

        def done(path: Path) -> None:
            self.last_preview = path
            self.status.setText(self.tr("Preview written to %1").replace("%1", isolate_ltr(str(path))))
            if self.open_result and not open_in_system(path):
                self.warn(self.tr("No program could open %1.").replace("%1", isolate_ltr(str(path))))

        return self._run(work, done,
                         lambda exc: self._show_error(exc, self.tr("“%1” cannot be previewed:").replace("%1", title)),
                         self.tr("Preparing the preview of %1…").replace("%1", title))

    # ---- your company -------------------------------------------------------------------------------------
    def load_company(self) -> None:
        try:
            seller = self.service.seller()
            patterns = {kind: self.service.numbering_pattern(kind) for kind in NUMBERED}
        except CrmError as exc:
            self.company_status.setText(str(exc))
            return
        for key, edit in self.seller_edits.items():
            value = str(getattr(seller, key))
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(value)
            else:
                edit.setText(value)
        for kind, edit in self.pattern_edits.items():
            edit.setText(patterns[kind])
            self.pattern_messages[kind].hide()
        self.saved_company = self.company_state()

    def seller_input(self) -> SellerInfo:
        values = {key: (edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()).strip()
                  for key, edit in self.seller_edits.items()}
        return SellerInfo(**values)

    def company_state(self) -> tuple[SellerInfo, tuple[str, ...]]:
        return self.seller_input(), tuple(self.pattern_edits[kind].text().strip() for kind in NUMBERED)

    def company_dirty(self) -> bool:
        return self.saved_company is not None and self.company_state() != self.saved_company

    @Slot()
    def on_save_company_button_clicked(self) -> None:
        self.save_company()

    def save_company(self) -> bool:
        """Write the seller's details and the changed number patterns; a refused pattern is explained under it."""
        for message in self.pattern_messages.values():
            message.hide()
        saved_patterns = self.saved_company[1] if self.saved_company is not None else ()
        for index, kind in enumerate(NUMBERED):
            pattern = self.pattern_edits[kind].text().strip()
            if index < len(saved_patterns) and pattern == saved_patterns[index]:
                continue
            try:
                self.service.set_numbering_pattern(kind, pattern)
            except CrmError as exc:
                self.pattern_messages[kind].setText(str(exc))
                self.pattern_messages[kind].show()
                self.company_status.setText(self.tr("Not saved: correct the number pattern first."))
                self.pattern_edits[kind].setFocus()
                self.pattern_edits[kind].selectAll()
                return False
        try:
            self.service.save_seller(self.seller_input())
        except CrmError as exc:
            self.company_status.setText(str(exc))
            return False
        self.saved_company = self.company_state()
        self.company_status.setText(self.tr("Saved. New documents show these details."))
        return True

    # ---- closing ------------------------------------------------------------------------------------------
    def reject(self) -> None:
        if self.company_dirty():
            self.tabs.setCurrentIndex(1)
            if not self.confirm(self.tr("Your company's details were changed but not saved. Close and lose the "
                                        "changes?")):
                return
        if self.job is not None:
            # The job's answer comes back to this dialog: it closes once the job has stopped.
            self._close_when_done = True
            self.job.cancel()
            return
        super().reject()
