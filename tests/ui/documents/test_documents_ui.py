"""The template manager and the Generate dialog over a real database and real .docx files, read back with
python-docx; modal dialogs are answered as a user would, with a poll once they are on screen."""

import shutil
import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget

from crm_desktop.services.contacts import CompanyInput, ContactService, PersonInput
from crm_desktop.services.documents import DocumentService
from crm_desktop.services.pipeline import DealInput, DealLineInput, PipelineService
from crm_desktop.ui.contacts.panel import ContactsPanel
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.documents.generate_dialog import GenerateDocumentDialog
from crm_desktop.ui.documents.templates_dialog import COL_KIND, COL_NAME, TemplatesDialog
from crm_desktop.ui.funnel.deal_editor import DOC_NUMBER, DOC_TITLE, DealEditorDialog
from crm_desktop.ui.funnel.rules_dialog import RuleEditorDialog
from tests.ui.helpers import answer_modal

# ---- fixtures and helpers -----------------------------------------------------------------------------------


@pytest.fixture
def documents(ctx: AppContext) -> DocumentService:
    return DocumentService(ctx.db, ctx.user_id)



@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files and folders the dialogs asked the system to open (nothing is opened for real)."""
    urls: list[Path] = []

    def open_url(url: QUrl) -> bool:
        urls.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls


@pytest.fixture(autouse=True)
def idle_runner(ctx: AppContext) -> Iterator[None]:
    yield
    ctx.runner.wait_idle(10_000)


def show(qtbot, dialog: QDialog) -> QDialog:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog



def docx_text(path: Path) -> str:
    """Every paragraph and table cell of a .docx file, one per line."""
    document = docx.Document(str(path))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.extend(cell.text for cell in row.cells)
    return "\n".join(lines)


def write_docx(path: Path, paragraphs: list[str], *, lines_table: bool = False) -> Path:
    """A Word file as a user writes a template: paragraphs and, optionally, a table row repeated per line."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if lines_table:
        table = document.add_table(rows=4, cols=3)
        for cell, text in zip(table.rows[0].cells, ("Item", "Quantity", "Total"), strict=True):
            cell.text = text
        table.rows[1].cells[0].text = "{%tr for line in lines %}"
        for cell, text in zip(table.rows[2].cells, ("{{ line.name }}", "{{ line.quantity }}", "{{ line.total }}"),
                              strict=True):
            cell.text = text
        table.rows[3].cells[0].text = "{%tr endfor %}"
    document.add_paragraph("Total: {{ totals.gross }} {{ totals.currency }}" if lines_table else "Kind regards,")
    document.save(str(path))
    return path


def template_for(documents: DocumentService, bundled: str, tmp_path: Path, paragraphs: list[str], *,
                 lines_table: bool = False) -> str:
    """The bundled template when the app has it, else the same kind of template added as the user's own."""
    if any(t.bundled and t.name == bundled for t in documents.list_templates("en")):
        return bundled
    source = write_docx(tmp_path / f"test-{bundled}.docx", paragraphs, lines_table=lines_table)
    return documents.add_template(source, f"Test {bundled}").name


def offer_template(documents: DocumentService, tmp_path: Path) -> str:
    return template_for(documents, "offer", tmp_path,
                        ["Offer {{ doc.number }}", "For {{ company.name }}", "Deal: {{ deal.title }}"],
                        lines_table=True)


def letter_template(documents: DocumentService, tmp_path: Path) -> str:
    """A letter to a person: the user's own template (the bundled letter thanks for a deal, so it needs one)."""
    source = write_docx(tmp_path / "note.docx", ["Dear {{ person.full_name }},", "Thank you."])
    return documents.add_template(source, "Thank-you note").name


def new_deal(ctx: AppContext, *, with_company: bool = True, with_lines: bool = True) -> int:
    pipeline = PipelineService(ctx.db, ctx.user_id)
    contacts = ContactService(ctx.db, ctx.user_id)
    company_id = contacts.create_company(CompanyInput(
        name="Initech", legal_name="Initech B.V.", city="Utrecht", legal_address="Main street 1, Utrecht")).id \
        if with_company else None
    person_id = contacts.create_person(PersonInput(first_name="Peter", last_name="Gibbons",
                                                   company_id=company_id)).id
    stage = next(p for p in pipeline.list_pipelines() if p.id == pipeline.default_pipeline_id()).stages[0]
    lines = (DealLineInput("Stapler, red", Decimal(2), Decimal("19.99"), vat_rate=Decimal(21)),
             DealLineInput("TPS report binder", Decimal(10), Decimal("4.50"), vat_rate=Decimal(21))) \
        if with_lines else ()
    return pipeline.create_deal(DealInput(title="Office supplies", pipeline_id=stage.pipeline_id,
                                          stage_id=stage.id, company_id=company_id, person_id=person_id,
                                          lines=lines))


def wait_checked(qtbot, dialog: GenerateDocumentDialog) -> None:  # type: ignore[no-untyped-def]
    """Until the dialog knows what the records lack for its template."""
    qtbot.waitUntil(lambda: dialog.missing is not None and dialog.check_job is None, timeout=10_000)


# ---- generating from a deal ---------------------------------------------------------------------------------

def test_an_offer_is_generated_from_the_deal_editor_and_listed_with_the_deal(
        qtbot, ctx: AppContext, documents: DocumentService, tmp_path: Path, opened: list[Path],
        warnings: list[str]) -> None:
    template = offer_template(documents, tmp_path)
    deal_id = new_deal(ctx)
    editor = DealEditorDialog(PipelineService(ctx.db, ctx.user_id), deal_id, runner=ctx.runner, ctx=ctx)
    show(qtbot, editor)
    editor.tabs.setCurrentWidget(editor.files_page)
    assert editor.documents_table.rowCount() == 0
    assert editor.generate_document_button.isVisible()
    changes: list[str] = []
    ctx.bridge.data_changed.connect(changes.append)

    def generate(widget: QWidget) -> None:
        assert isinstance(widget, GenerateDocumentDialog)
        assert widget.chosen_language() == "en"   # the app's language
        assert widget.select_template(template)
        wait_checked(qtbot, widget)
        assert widget.blocked == 0
        assert widget.generate_button.isEnabled()
        qtbot.mouseClick(widget.generate_button, Qt.MouseButton.LeftButton)

    seen = answer_modal(qtbot, GenerateDocumentDialog, generate)
    qtbot.mouseClick(editor.generate_document_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    assert warnings == []

    assert editor.documents_table.rowCount() == 1
    assert editor.changed
    (document,) = PipelineService(ctx.db, ctx.user_id).list_documents(deal_id)
    assert document.path.is_file()
    assert opened == [document.path]          # opened in the word processor
    assert "documents" in changes             # the cards' Documents tabs refresh
    title_item = editor.documents_table.item(0, DOC_TITLE)
    assert title_item is not None
    assert title_item.text() == document.title
    text = docx_text(document.path)
    assert "Initech" in text
    assert "Stapler, red" in text
    assert "TPS report binder" in text
    assert "{{" not in text
    assert "{%" not in text
    if template == "offer":  # the bundled offer is numbered
        number_item = editor.documents_table.item(0, DOC_NUMBER)
        assert number_item is not None
        assert document.number
        assert number_item.text() == document.number
        assert document.number in text


def test_what_the_deal_lacks_is_listed_and_blocks_generating(
        qtbot, ctx: AppContext, documents: DocumentService, tmp_path: Path, opened: list[Path]) -> None:
    template = offer_template(documents, tmp_path)
    deal_id = new_deal(ctx, with_company=False, with_lines=False)
    dialog = GenerateDocumentDialog(ctx, "deal", [deal_id], open_result=False)
    show(qtbot, dialog)
    assert dialog.select_template(template)
    wait_checked(qtbot, dialog)
    assert dialog.blocked == 1
    assert dialog.missing_list.isVisible()
    assert dialog.missing_list.count() >= 1
    assert "cannot be generated" in dialog.missing_label.text()
    assert not dialog.generate_button.isEnabled()
    assert dialog.generate() is None          # also not by Enter or a shortcut
    assert "missing" in dialog.status.text()
    assert PipelineService(ctx.db, ctx.user_id).list_documents(deal_id) == []
    assert opened == []
    dialog.reject()


def test_pdf_is_offered_only_with_libreoffice_and_says_why(
        qtbot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    deal_id = new_deal(ctx)
    monkeypatch.setattr(DocumentService, "libreoffice", lambda _self: None)
    dialog = GenerateDocumentDialog(ctx, "deal", [deal_id], open_result=False)
    show(qtbot, dialog)
    assert not dialog.pdf.isEnabled()
    assert "LibreOffice" in dialog.pdf.toolTip()
    assert dialog.pdf_hint.isVisible()
    assert "LibreOffice" in dialog.pdf_hint.text()
    assert not dialog.each.isVisible()        # one record: no choice between one file each and one combined
    wait_checked(qtbot, dialog)
    dialog.reject()


def test_cancel_stops_a_generation_and_nothing_is_recorded(
        qtbot, ctx: AppContext, documents: DocumentService, tmp_path: Path, opened: list[Path]) -> None:
    template = offer_template(documents, tmp_path)
    deal_id = new_deal(ctx)
    dialog = GenerateDocumentDialog(ctx, "deal", [deal_id])
    show(qtbot, dialog)
    assert dialog.select_template(template)
    wait_checked(qtbot, dialog)
    # The one worker is busy, so the generation waits in the queue while the user cancels it.
    gate = threading.Event()
    ctx.runner.run(lambda _progress: gate.wait(10))
    assert dialog.generate() is not None
    assert not dialog.generate_button.isEnabled()
    assert not dialog.template.isEnabled()
    dialog.reject()                           # Cancel (or Esc) while generating
    assert dialog.isVisible()                 # it closes once the work has stopped
    gate.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert dialog.results == []
    assert PipelineService(ctx.db, ctx.user_id).list_documents(deal_id) == []
    assert opened == []


@pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                    reason="LibreOffice is not installed")
def test_also_pdf_writes_a_pdf_beside_the_document(
        qtbot, ctx: AppContext, documents: DocumentService, tmp_path: Path, opened: list[Path]) -> None:
    template = offer_template(documents, tmp_path)
    dialog = GenerateDocumentDialog(ctx, "deal", [new_deal(ctx)], open_result=False)
    show(qtbot, dialog)
    assert dialog.select_template(template)
    wait_checked(qtbot, dialog)
    assert dialog.pdf.isEnabled()
    dialog.pdf.setChecked(True)
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=120_000)
    (document,) = dialog.results
    assert document.pdf_path is not None
    assert document.pdf_path.read_bytes().startswith(b"%PDF")
    assert document.pdf_path.parent == document.path.parent
    assert opened == []


# ---- generating in bulk -------------------------------------------------------------------------------------

def test_bulk_generation_from_the_contacts_panel_makes_one_file_per_person(
        qtbot, ctx: AppContext, documents: DocumentService, tmp_path: Path, opened: list[Path],
        warnings: list[str]) -> None:
    template = letter_template(documents, tmp_path)
    contacts = ContactService(ctx.db, ctx.user_id)
    names = ["Anna Nowak", "Bob Smith", "Ivan Petrov"]
    person_ids = [contacts.create_person(PersonInput(first_name=name.split()[0], last_name=name.split()[1])).id
                  for name in names]
    panel = ContactsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: not panel.loading and not ctx.runner.busy, timeout=10_000)
    assert panel.model.rowCount() == 3
    assert not panel.bulk.generate_action.isEnabled()   # nothing selected yet
    selection = panel.table.selectionModel()
    for row in range(3):
        selection.select(panel.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert panel.bulk.generate_action.isEnabled()
    assert panel.bulk.generate_action in panel.table_menu().actions()
    dialogs: list[GenerateDocumentDialog] = []

    def generate(widget: QWidget) -> None:
        assert isinstance(widget, GenerateDocumentDialog)
        dialogs.append(widget)
        assert widget.kind == "person"
        assert len(widget.ids) == 3
        assert widget.each.isVisible()
        assert widget.each.isChecked()
        assert widget.select_template(template)
        wait_checked(qtbot, widget)
        assert widget.blocked == 0
        qtbot.mouseClick(widget.generate_button, Qt.MouseButton.LeftButton)

    seen = answer_modal(qtbot, GenerateDocumentDialog, generate)
    panel.bulk.generate_action.trigger()
    assert len(seen) == 1
    assert warnings == []
    results = dialogs[0].results
    assert len(results) == 3
    paths = {doc.path for doc in results}
    assert len(paths) == 3
    assert all(path.is_file() for path in paths)
    texts = [docx_text(path) for path in paths]
    for name in names:
        assert sum(name in text for text in texts) == 1, name
    assert opened == [results[0].path.parent]   # several files: their folder opens, not three windows
    assert [len(contacts.related_documents("person", person_id)) for person_id in person_ids] == [1, 1, 1]


def test_several_records_can_make_one_combined_document(
        qtbot, ctx: AppContext, documents: DocumentService, tmp_path: Path, opened: list[Path]) -> None:
    template = letter_template(documents, tmp_path)
    contacts = ContactService(ctx.db, ctx.user_id)
    ids = [contacts.create_person(PersonInput(first_name=name, last_name="Lumbergh")).id for name in ("Bill", "Jo")]
    dialog = GenerateDocumentDialog(ctx, "person", ids)
    show(qtbot, dialog)
    assert dialog.select_template(template)
    wait_checked(qtbot, dialog)
    dialog.combined.setChecked(True)
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert len(dialog.results) == 2           # each record has its document entry, in the one file
    (combined,) = {doc.path for doc in dialog.results}
    assert [len(ContactService(ctx.db, ctx.user_id).related_documents("person", i)) for i in ids] == [1, 1]
    text = docx_text(combined)
    assert "Bill Lumbergh" in text
    assert "Jo Lumbergh" in text
    assert opened == [combined]


def test_the_card_generates_from_its_documents_tab(
        qtbot, ctx: AppContext, documents: DocumentService, tmp_path: Path, opened: list[Path]) -> None:
    from crm_desktop.ui.contacts.person_card import open_person_card

    template = letter_template(documents, tmp_path)
    person_id = ContactService(ctx.db, ctx.user_id).create_person(PersonInput(first_name="Milton",
                                                                              last_name="Waddams")).id
    card = open_person_card(ctx, person_id, None)
    assert card is not None
    qtbot.waitExposed(card)
    card.tabs.setCurrentWidget(card.documents_page)
    assert card.generate_document_button.isEnabled()

    def generate(widget: QWidget) -> None:
        assert isinstance(widget, GenerateDocumentDialog)
        assert widget.select_template(template)
        wait_checked(qtbot, widget)
        qtbot.mouseClick(widget.generate_button, Qt.MouseButton.LeftButton)

    answer_modal(qtbot, GenerateDocumentDialog, generate)
    qtbot.mouseClick(card.generate_document_button, Qt.MouseButton.LeftButton)
    assert card.documents_table.rowCount() == 1
    assert "Milton Waddams" in docx_text(opened[0])
    card.discard_and_close()


# ---- the template manager -----------------------------------------------------------------------------------

def rows(dialog: TemplatesDialog) -> list[tuple[str, str]]:
    table = dialog.table
    return [(table.item(row, COL_NAME).text(), table.item(row, COL_KIND).text())  # type: ignore[union-attr]
            for row in range(table.rowCount())]


def wait_idle(qtbot, dialog: TemplatesDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)


def test_a_user_template_is_added_checked_previewed_renamed_and_deleted(
        qtbot, ctx: AppContext, documents: DocumentService, tmp_path: Path, warnings: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    source = write_docx(tmp_path / "thanks.docx", ["Dear {{ person.full_name }},",
                                                   "Thank you for choosing {{ seller.name }}."])
    dialog = TemplatesDialog(ctx, open_result=False)
    show(qtbot, dialog)
    wait_idle(qtbot, dialog)                  # the list is read on the worker
    bundled_rows = dialog.table.rowCount()
    monkeypatch.setattr(dialog, "choose_docx", lambda _title: source)
    monkeypatch.setattr(dialog, "ask_name", lambda _title, default: "Thank you" if default == "thanks" else None)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert warnings == []
    assert dialog.table.rowCount() == bundled_rows + 1
    assert ("Thank you", "Yours") in rows(dialog)
    current = dialog.current_template()
    assert current is not None
    assert current.name == "Thank you"
    assert not current.bundled
    assert current.path.is_file()
    assert current.path != source
    assert "added" in dialog.status.text()
    assert dialog.rename_button.isEnabled()
    assert dialog.delete_button.isEnabled()

    qtbot.mouseClick(dialog.placeholders_button, Qt.MouseButton.LeftButton)
    shown_placeholders = [row[0] for row in dialog.details.rows()]
    assert any("person.full_name" in p for p in shown_placeholders)
    assert any("seller.name" in p for p in shown_placeholders)

    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert "No problems" in dialog.details_label.text()
    assert not dialog.details.isVisible()

    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert dialog.last_preview is not None
    assert dialog.last_preview.is_file()
    preview_text = docx_text(dialog.last_preview)
    assert "Dear " in preview_text
    assert "{{" not in preview_text

    replacement = write_docx(tmp_path / "thanks-2.docx", ["Dear {{ person.first_name }},", "Many thanks."])
    monkeypatch.setattr(dialog, "choose_docx", lambda _title: replacement)
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert "replaced" in dialog.status.text()
    current = dialog.current_template()
    assert current is not None
    assert current.name == "Thank you"
    assert "Many thanks." in docx_text(current.path)

    monkeypatch.setattr(dialog, "ask_name", lambda _title, _default: "Thanks a lot")
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert ("Thanks a lot", "Yours") in rows(dialog)
    assert [t.name for t in documents.list_templates() if not t.bundled] == ["Thanks a lot"]

    # The funnel's "generate document" rule offers the user's template by name.
    from crm_desktop.ui.funnel.rules_dialog import RulesDialog

    pipeline = PipelineService(ctx.db, ctx.user_id)
    stage = next(p for p in pipeline.list_pipelines() if p.id == pipeline.default_pipeline_id()).stages[0]
    rules = RulesDialog(pipeline, stage.id)
    show(qtbot, rules)
    editor = rules.open_editor(None)
    assert isinstance(editor, RuleEditorDialog)
    assert editor.template.findData("Thanks a lot") >= 0
    assert editor.template.findData("offer") >= 0
    editor.reject()
    rules.reject()

    asked: list[str] = []
    monkeypatch.setattr(dialog, "confirm", lambda text: asked.append(text) or True)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert len(asked) == 1
    assert "Thanks a lot" in asked[0]
    assert dialog.table.rowCount() == bundled_rows
    assert [t for t in documents.list_templates() if not t.bundled] == []
    assert warnings == []


def test_a_broken_template_is_refused_with_its_problems_and_places(
        qtbot, ctx: AppContext, documents: DocumentService, tmp_path: Path, warnings: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    broken = write_docx(tmp_path / "broken.docx", ["Hello {{ company.nmae }}", "{% if deal.title %}no end",
                                                   "Fine paragraph"])
    dialog = TemplatesDialog(ctx, open_result=False)
    show(qtbot, dialog)
    wait_idle(qtbot, dialog)                  # the list is read on the worker
    before = dialog.table.rowCount()
    monkeypatch.setattr(dialog, "choose_docx", lambda _title: broken)
    monkeypatch.setattr(dialog, "ask_name", lambda _title, _default: "Broken")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert warnings == []                      # the problems are listed in the dialog, not in a message box
    assert dialog.table.rowCount() == before
    assert [t for t in documents.list_templates() if not t.bundled] == []
    assert "broken.docx" in dialog.details_label.text()
    assert "not added" in dialog.details_label.text()
    assert dialog.details.isVisible()
    problems = dialog.details.rows()
    assert problems
    assert any("nmae" in message for message, _where in problems)
    assert all(where for _message, where in problems)        # each problem says where it is
    assert any("paragraph" in where.lower() for _message, where in problems)


def test_your_company_and_number_patterns_are_saved_and_a_bad_pattern_is_explained(
        qtbot, ctx: AppContext, documents: DocumentService, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = TemplatesDialog(ctx, open_result=False)
    show(qtbot, dialog)
    wait_idle(qtbot, dialog)                  # the list is read on the worker
    # Closing with unsaved details asks first; a failed check must not leave the test waiting on that question.
    answers: list[bool] = [True]
    asked: list[str] = []
    monkeypatch.setattr(dialog, "confirm", lambda text: asked.append(text) is None and answers[0])
    dialog.tabs.setCurrentIndex(1)
    assert dialog.pattern_edits["invoice"].text() == documents.numbering_pattern("invoice")
    for key, value in (("name", "Penetrode"), ("legal_name", "Penetrode B.V."), ("tax_id", "NL001234567B01"),
                       ("email", "sales@penetrode.example"), ("director", "Bill Lumbergh")):
        edit = dialog.seller_edits[key]
        edit.setFocus()
        qtbot.keyClicks(edit, value)
    dialog.seller_edits["address"].setPlainText("Keizersgracht 1\nAmsterdam")  # type: ignore[union-attr]
    invoice = dialog.pattern_edits["invoice"]
    invoice.clear()
    qtbot.keyClicks(invoice, "F-{year}")      # no number in it
    qtbot.mouseClick(dialog.save_company_button, Qt.MouseButton.LeftButton)
    message = dialog.pattern_messages["invoice"]
    assert message.isVisible()
    assert message.text()
    assert "Not saved" in dialog.company_status.text()
    assert documents.seller().name == ""
    assert documents.numbering_pattern("invoice") != "F-{year}"

    assert dialog.focusWidget() is invoice    # the refused pattern is selected, ready to be corrected
    assert invoice.selectedText() == "F-{year}"
    invoice.end(False)
    qtbot.keyClicks(invoice, "-{n:05}")
    assert not message.isVisible()            # typing hides the old complaint
    dialog.pattern_edits["offer"].setText("OF/{year}/{n}")
    qtbot.mouseClick(dialog.save_company_button, Qt.MouseButton.LeftButton)
    assert "Saved" in dialog.company_status.text()
    seller = documents.seller()
    assert (seller.name, seller.legal_name, seller.tax_id, seller.director) == (
        "Penetrode", "Penetrode B.V.", "NL001234567B01", "Bill Lumbergh")
    assert seller.address == "Keizersgracht 1\nAmsterdam"
    assert documents.numbering_pattern("invoice") == "F-{year}-{n:05}"
    assert documents.numbering_pattern("offer") == "OF/{year}/{n}"
    assert not dialog.company_dirty()

    # Unsaved changes are not lost without asking.
    dialog.seller_edits["phone"].setText("+31 20 123 4567")  # type: ignore[union-attr]
    answers[0] = False
    dialog.reject()
    assert len(asked) == 1
    assert dialog.isVisible()
    answers[0] = True
    dialog.reject()
    assert not dialog.isVisible()
    assert documents.seller().phone == ""


def test_bundled_templates_cannot_be_changed_and_the_tools_menu_opens_the_manager(
        qtbot, ctx: AppContext, window) -> None:  # type: ignore[no-untyped-def]
    assert window.templates_action in window.tools_menu.actions()

    def check(widget: QWidget) -> None:
        assert isinstance(widget, TemplatesDialog)
        wait_idle(qtbot, widget)
        assert widget.table.rowCount() > 0
        current = widget.current_template()
        assert current is not None
        assert current.language == "en"       # the app's language in view at first
        bundled = [row for row in range(widget.table.rowCount())
                   if widget.table.item(row, COL_KIND).text() == "Bundled"]  # type: ignore[union-attr]
        if bundled:
            widget.table.selectRow(bundled[0])
            assert not widget.rename_button.isEnabled()
            assert not widget.delete_button.isEnabled()
            assert "Bundled" in widget.rename_button.toolTip()
            assert widget.preview_button.isEnabled()
        widget.reject()

    seen = answer_modal(qtbot, TemplatesDialog, check)
    window.templates_action.trigger()
    assert len(seen) == 1


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_every_mnemonic_label_has_a_buddy_in_both_directions(qtbot, qapp, ctx: AppContext,
                                                             direction: Qt.LayoutDirection) -> None:
    from PySide6.QtWidgets import QLabel

    qapp.setLayoutDirection(direction)
    try:
        contacts = ContactService(ctx.db, ctx.user_id)
        ids = [contacts.create_person(PersonInput(first_name=name)).id for name in ("Ann", "Bo")]
        for dialog in (TemplatesDialog(ctx, open_result=False), GenerateDocumentDialog(ctx, "person", ids),
                       GenerateDocumentDialog(ctx, "deal", [new_deal(ctx)])):
            show(qtbot, dialog)
            assert dialog.isRightToLeft() == (direction == Qt.LayoutDirection.RightToLeft)
            for label in dialog.findChildren(QLabel):
                if "&" in label.text() and "&&" not in label.text():
                    assert label.buddy() is not None, (dialog.objectName(), label.text())
            if isinstance(dialog, GenerateDocumentDialog):
                wait_checked(qtbot, dialog)
            else:
                wait_idle(qtbot, dialog)
            dialog.reject()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
