"""vCard and iCalendar in the window: the import wizard takes a .vcf or an .ics past the mapping and preview straight
to the run page, and the export dialog writes tasks to an .ics; over a real SQLite file, through the real services."""

import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from crm_desktop.models import Person, Task, TaskReminder, User
from crm_desktop.services.tasks import TaskInput, TaskService
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.imports.export_dialog import ExportDialog
from crm_desktop.ui.imports.wizard import ImportWizard
from tests.ui.helpers import click_radio

REAL_VCF = Path(__file__).resolve().parents[3].parent / "shared" / "realdata" / "vcf" / "ezvcard_gmail-list.vcf"
SMALL_VCF = """BEGIN:VCARD
VERSION:3.0
FN:Arnold Smith
N:Smith;Arnold;;;
EMAIL;TYPE=INTERNET:asmithk@gmail.com
END:VCARD
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8:Beatle;Chris;;;
EMAIL;INTERNET:chrisy55d@yahoo.com
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Doug White
EMAIL:dwhite@gmail.com
END:VCARD
"""
# A card with nothing to name a person by: the import rejects it with the reason and goes on.
NAMELESS_CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:met at the fair\r\nEND:VCARD\r\n"
# A weekly meeting with a reminder, and an event without a start that cannot become a task.
ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Example//Calendar//EN
BEGIN:VEVENT
UID:weekly-review@example.com
DTSTAMP:20250101T080000Z
DTSTART;TZID=Europe/Warsaw:20300107T100000
DTEND;TZID=Europe/Warsaw:20300107T110000
RRULE:FREQ=WEEKLY;COUNT=10
SUMMARY:Weekly review
LOCATION:Room 4
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Weekly review
TRIGGER:-PT15M
END:VALARM
END:VEVENT
BEGIN:VEVENT
UID:no-start@example.com
DTSTAMP:20250101T080000Z
SUMMARY:Lost meeting
END:VEVENT
END:VCALENDAR
"""


# ---- fixtures and helpers -----------------------------------------------------------------------------------

@pytest.fixture(autouse=True)
def idle_runner(ctx: AppContext) -> Iterator[None]:
    yield
    ctx.runner.wait_idle(10_000)


@pytest.fixture
def vcf(tmp_path: Path) -> Path:
    """Three people from a real Gmail export (when the shared samples are there), and a card without a name."""
    path = tmp_path / "contacts.vcf"
    if REAL_VCF.exists():
        shutil.copyfile(REAL_VCF, path)
    else:
        path.write_text(SMALL_VCF, encoding="utf-8")
    with path.open("a", encoding="utf-8", newline="") as f:
        f.write("\r\n" + NAMELESS_CARD)   # the real file ends without a line break
    return path


@pytest.fixture
def ics(tmp_path: Path) -> Path:
    path = tmp_path / "calendar.ics"
    path.write_text(ICS.replace("\n", "\r\n"), encoding="utf-8", newline="")
    return path


@pytest.fixture
def changes(ctx: AppContext) -> list[str]:
    """The kinds of data the window was told have changed."""
    seen: list[str] = []
    ctx.bridge.data_changed.connect(seen.append)
    return seen


def count(ctx: AppContext, model: type) -> int:
    with ctx.db.session(write=False) as s:
        stmt = select(func.count()).select_from(model)
        if hasattr(model, "deleted_at"):
            stmt = stmt.where(model.deleted_at.is_(None))
        return int(s.scalar(stmt) or 0)


def open_wizard(qtbot, ctx: AppContext, path: Path) -> ImportWizard:  # type: ignore[no-untyped-def]
    wizard = ImportWizard(ctx, None, path=path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    return wizard


def to_run_page(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled, timeout=10_000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == ImportWizard.PAGE_RUN   # no mapping, no preview


def run(qtbot, wizard: ImportWizard, *, dry_run: bool) -> str:  # type: ignore[no-untyped-def]
    page = wizard.run_page
    qtbot.mouseClick(page.dry_button if dry_run else page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None, timeout=20_000)
    return page.result_label.text()


def table_rows(wizard: ImportWizard) -> list[list[str]]:
    table = wizard.run_page.rejected_table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


# ---- the import wizard ------------------------------------------------------------------------------------------

def test_a_vcard_file_is_imported_into_contacts(qtbot, ctx: AppContext, vcf: Path,  # type: ignore[no-untyped-def]
                                                changes: list[str]) -> None:
    wizard = open_wizard(qtbot, ctx, vcf)
    page = wizard.file_page
    assert page.kind() == "contacts"
    assert not page.kind_combo.isEnabled()               # a vCard holds contacts, nothing else
    assert "Cards found: 4" in page.summary.text()
    assert not page.encoding_combo.isVisibleTo(page)
    assert not page.rows_table.isVisibleTo(page)

    to_run_page(qtbot, wizard)
    run_page = wizard.run_page
    assert run_page.card_box.isVisibleTo(run_page)
    assert run_page.card_skip.isChecked()
    assert "contacts.vcf" in run_page.intro.text()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()

    text = run(qtbot, wizard, dry_run=True)
    assert "Test run: 3 new, 0 updated, 0 skipped, 1 rejected." in text
    assert count(ctx, Person) == 0                         # the test run saved nothing
    assert run_page.rejected_table.isVisibleTo(run_page)
    [[number, name, reason]] = table_rows(wizard)
    assert number == "4"
    assert "no name" in reason
    assert not run_page.save_button.isVisibleTo(run_page)   # no workbook of rejected rows for a vCard
    assert changes == []

    text = run(qtbot, wizard, dry_run=False)
    assert "Imported: 3 new, 0 updated, 0 skipped, 1 rejected." in text
    assert count(ctx, Person) == 3
    assert wizard.card_imported is not None
    assert wizard.imported is None
    assert changes == ["contacts"]
    assert finish.isEnabled()
    assert not run_page.import_button.isEnabled()          # the same file is not imported twice by accident
    assert not run_page.card_box.isEnabled()

    # The same file again: its people are found by their emails and updated, as chosen.
    again = open_wizard(qtbot, ctx, vcf)
    to_run_page(qtbot, again)
    click_radio(qtbot, again.run_page.card_update)
    assert "Imported: 0 new, 3 updated, 0 skipped, 1 rejected." in run(qtbot, again, dry_run=False)
    assert count(ctx, Person) == 3


def test_an_icalendar_file_is_imported_into_tasks(qtbot, ctx: AppContext, ics: Path,  # type: ignore[no-untyped-def]
                                                  changes: list[str]) -> None:
    wizard = open_wizard(qtbot, ctx, ics)
    page = wizard.file_page
    assert page.kind() == "tasks"
    assert not page.kind_combo.isEnabled()
    assert "Events and to-dos found: 2" in page.summary.text()

    to_run_page(qtbot, wizard)
    run_page = wizard.run_page
    assert not run_page.card_box.isVisibleTo(run_page)     # no duplicates to choose about: the UID decides

    text = run(qtbot, wizard, dry_run=True)
    assert "Test run: 1 new, 0 updated, 0 occurrences changed, 0 skipped, 1 rejected; reminders: 1." in text
    assert count(ctx, Task) == 0
    rows = table_rows(wizard)
    assert rows[0][:2] == ["2", "Lost meeting"]
    assert rows[0][2].startswith("Rejected: ")
    assert "DTSTART" in rows[0][2]

    text = run(qtbot, wizard, dry_run=False)
    assert "Imported: 1 new" in text
    assert changes == ["tasks"]                            # the calendar and the task lists reload
    with ctx.db.session(write=False) as s:
        task = s.scalars(select(Task).where(Task.title == "Weekly review")).one()
        assert task.recurrence_rule is not None
        assert "Room 4" in (task.notes or "")
        assert task.owner_id == ctx.user_id
        offsets = list(s.scalars(select(TaskReminder.offset_min).where(TaskReminder.task_id == task.id)))
    assert offsets
    assert set(offsets) == {15}
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_back_from_a_card_file_and_a_spreadsheet_gives_the_kind_back(qtbot, ctx: AppContext, ics: Path,  # type: ignore[no-untyped-def]
                                                                       tmp_path: Path) -> None:
    wizard = open_wizard(qtbot, ctx, ics)
    to_run_page(qtbot, wizard)
    wizard.back()
    assert wizard.currentId() == ImportWizard.PAGE_FILE
    page = wizard.file_page
    sheet = tmp_path / "people.csv"
    sheet.write_text("First name,Last name,Email\nAnna,Nowak,anna@example.pl\n", encoding="utf-8")
    page.set_path(sheet)
    qtbot.waitUntil(lambda: wizard.analysis is not None, timeout=10_000)
    assert wizard.card_file is None
    assert page.kind_combo.isEnabled()
    assert page.kind() == "contacts"                        # the choice made before the .ics, not its tasks
    button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == ImportWizard.PAGE_MAPPING


def test_an_ics_without_events_is_refused_on_the_file_page(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "empty.ics"
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    wizard = ImportWizard(ctx, None, path=path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: bool(wizard.file_page.error), timeout=10_000)
    assert "empty.ics" in wizard.file_page.status.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_stop_leaves_no_contact_behind(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "many.vcf"
    path.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Last{n};First{n};;;\r\nEMAIL:p{n}@example.com\r\n"
                            "END:VCARD\r\n" for n in range(2000)), encoding="utf-8")
    wizard = open_wizard(qtbot, ctx, path)
    to_run_page(qtbot, wizard)
    run_page = wizard.run_page
    assert run_page.start(dry_run=False) is not None
    assert run_page.cancel_button.isEnabled()
    qtbot.mouseClick(run_page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: run_page.job is None, timeout=30_000)
    assert "nothing was changed" in run_page.result_label.text()
    assert count(ctx, Person) == 0
    assert wizard.card_imported is None
    assert run_page.import_button.isEnabled()


# ---- the export dialog ------------------------------------------------------------------------------------------

def test_tasks_are_exported_to_an_ics_for_one_owner(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.session() as s:
        other = User(login="marta", full_name="Marta Zielińska")
        s.add(other)
        s.flush()
        other_id = other.id
    due = (datetime.now() + timedelta(days=3)).replace(hour=9, minute=0, second=0, microsecond=0)
    tasks = TaskService(ctx.db, ctx.user_id)
    tasks.create(TaskInput(title="Call the printer", kind="call", due_at=due, owner_id=ctx.user_id))
    tasks.create(TaskInput(title="Marta's visit", kind="meeting", due_at=due, owner_id=other_id))

    dialog = ExportDialog(ctx, None, kind="contacts")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ics_index = dialog.format_combo.findData(".ics")
    assert not dialog.format_combo.model().item(ics_index).isEnabled()   # a calendar holds tasks only
    assert not dialog.owner_combo.isVisibleTo(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("tasks"))
    assert dialog.format_combo.model().item(ics_index).isEnabled()
    dialog.format_combo.setCurrentIndex(ics_index)
    assert dialog.owner_combo.isVisibleTo(dialog)
    assert not dialog.layout_combo.isEnabled()
    assert dialog.owner_combo.currentText() == "All owners"
    qtbot.waitUntil(lambda: dialog.owner_combo.findData(other_id) >= 0, timeout=10_000)
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findData(ctx.user_id))

    dialog.export_to(tmp_path / "my-tasks")                 # the chosen format's suffix is added
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=10_000)
    written, exported = dialog.written  # type: ignore[misc]
    assert written == tmp_path / "my-tasks.ics"
    assert exported == 1
    calendar = icalendar.Calendar.from_ical(written.read_bytes())
    assert [str(e.get("SUMMARY")) for e in calendar.walk("VEVENT")] == ["Call the printer"]

    everyone = ExportDialog(ctx, None, kind="tasks")
    qtbot.addWidget(everyone)
    everyone.export_to(tmp_path / "all.ics")                # the typed suffix chooses the format
    qtbot.waitUntil(lambda: everyone.written is not None, timeout=10_000)
    assert everyone.suffix() == ".ics"
    calendar = icalendar.Calendar.from_ical((tmp_path / "all.ics").read_bytes())
    assert sorted(str(e.get("SUMMARY")) for e in calendar.walk("VEVENT")) == ["Call the printer", "Marta's visit"]
    everyone.kind_combo.setCurrentIndex(everyone.kind_combo.findData("contacts"))
    assert everyone.suffix() == ".xlsx"                    # contacts do not go into a calendar
