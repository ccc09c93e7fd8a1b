"""Screenshots of the window for review: every panel, the dashboard and the reports, dialogs, in a chosen language.

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots.py OUT_DIR --db FILE --lang fa
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--db", required=True)
    parser.add_argument("--lang", default="en")
    options = parser.parse_args()
    os.environ.setdefault("CRM_DESKTOP_HOME", tempfile.mkdtemp(prefix="crm-shots-"))
    options.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from crm_desktop.app import launch
    from crm_desktop.cli import build_parser
    from crm_desktop.ui.settings_dialog import SettingsDialog

    app, window = launch(build_parser().parse_args(["--db", options.db, "--lang", options.lang]))
    assert window is not None

    def settle() -> None:
        deadline = time.monotonic() + 1.5
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        window.ctx.runner.wait_idle(30_000)
        for _ in range(20):
            app.processEvents()

    window.resize(1180, 720)
    settle()
    for index, panel in enumerate(window.panels):
        window.show_panel(index)
        settle()
        window.grab().save(str(options.out / f"{options.lang}_{index + 1}_{panel.objectName()}.png"))
    funnel = window.panels[2]
    if funnel.columns and funnel.columns[0].model.cards:
        from crm_desktop.ui.funnel.deal_editor import DealEditorDialog
        from crm_desktop.ui.funnel.stages_dialog import StagesDialog

        editor = DealEditorDialog(funnel.service, funnel.columns[0].model.cards[0].id, window)
        editor.show()
        for tab in range(editor.tabs.count()):
            editor.tabs.setCurrentIndex(tab)
            settle()
            editor.grab().save(str(options.out / f"{options.lang}_deal_tab{tab + 1}.png"))
        editor.close()
        stages = StagesDialog(funnel.service, funnel.service.default_pipeline_id(), window)
        stages.show()
        settle()
        stages.grab().save(str(options.out / f"{options.lang}_stages.png"))
        stages.close()
    contacts = window.panels[1]
    if contacts.model.rowCount() > 0:
        from crm_desktop.ui.contacts.company_card import open_company_card
        from crm_desktop.ui.contacts.person_card import close_all_cards, open_person_card

        person_id = contacts.model.id_at(0)
        card = open_person_card(window.ctx, person_id, window)
        if card is not None:
            card.resize(960, 700)
            for tab in range(card.tabs.count()):
                card.tabs.setCurrentIndex(tab)
                settle()
                card.grab().save(str(options.out / f"{options.lang}_person_tab{tab + 1}.png"))
            company_id = card.detail.input.company_id if card.detail is not None else None
            if company_id is not None:
                company = open_company_card(window.ctx, company_id, window)
                if company is not None:
                    company.resize(960, 700)
                    for tab in range(company.tabs.count()):
                        company.tabs.setCurrentIndex(tab)
                        settle()
                        company.grab().save(str(options.out / f"{options.lang}_company_tab{tab + 1}.png"))
        close_all_cards()
    dialog = SettingsDialog(window.ctx.config, options.lang, window)
    dialog.show()
    settle()
    dialog.grab().save(str(options.out / f"{options.lang}_settings.png"))
    dialog.close()
    import_wizard_shots(window, options.out, options.lang, settle)
    task_shots(window, options.out, options.lang, settle)
    calendar_shots(window, options.out, options.lang, settle)
    reports_shots(window, options.out, options.lang, settle)
    window.close()
    QApplication.processEvents()
    return 0


# A small sheet as people get them (a title above the header), in the language of the screenshots.
SAMPLE_SHEETS = {
    "fa": (["نام", "نام خانوادگی", "ایمیل", "تلفن همراه", "شرکت", "شهر", "تاریخ تولد", "علاقه"],
           [["سارا", "احمدی", "sara@example.ir", "+98 912 345 6789", "پارس تجارت", "تهران", "۱۳۶۴/۰۱/۱۵", "کوه"],
            ["علی", "رضایی", "نامعتبر", "", "پارس تجارت", "اصفهان", "", ""],
            ["مریم", "کریمی", "maryam@example.ir", "+98 935 111 2233", "", "شیراز", "۱۳۷۰/۰۶/۳۱", "کتاب"]]),
    "en": (["First Name", "Last Name", "E-mail Address", "Mobile Phone", "Company", "City", "Birthday", "Hobby"],
           [["Anna", "Kowalska", "anna@example.pl", "+48 601 234 567", "Kowalski Sp. z o.o.", "Kraków",
             "1985-04-12", "sailing"],
            ["Jan", "de Vries", "not an email", "", "Vries BV", "Utrecht", "", "chess"],
            ["Olga", "Ivanova", "olga@example.ru", "+7 912 345-67-89", "", "Kazan", "1990-03-12", ""]]),
}


def import_wizard_shots(window: Any, out: Path, lang: str, settle: Callable[[], None]) -> None:
    """The import wizard's pages over a generated workbook: file, mapping, options, preview, a test run."""
    import openpyxl
    from PySide6.QtWidgets import QWizard

    from crm_desktop.ui.imports.wizard import ImportWizard

    headers, rows = SAMPLE_SHEETS.get(lang, SAMPLE_SHEETS["en"])
    path = Path(tempfile.mkdtemp(prefix="crm-shots-")) / "customers.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Customers 2025"])
    sheet.append([])
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)

    def wait_for(condition: Callable[[], bool]) -> None:
        deadline = time.monotonic() + 20
        while not condition() and time.monotonic() < deadline:
            settle()

    wizard = ImportWizard(window.ctx, window, path=path)
    wizard.show()
    wait_for(wizard.file_page.isComplete)
    names = ("file", "mapping", "options", "preview", "run")
    for index, name in enumerate(names):
        if index == ImportWizard.PAGE_PREVIEW:
            wait_for(wizard.preview_page.isComplete)
        if index == ImportWizard.PAGE_RUN:
            wizard.run_page.start(dry_run=True)
            wait_for(lambda: wizard.run_page.job is None)
        settle()
        wizard.grab().save(str(out / f"{lang}_import_{index + 1}_{name}.png"))
        if index + 1 < len(names):
            wizard.next()
            wait_for(lambda: wizard.button(QWizard.WizardButton.NextButton).isEnabled()
                     or wizard.currentId() == ImportWizard.PAGE_RUN)
    wizard.reject()
    settle()


def reports_shots(window: Any, out: Path, lang: str, settle: Callable[[], None]) -> None:
    """The Home dashboard and every report (a year for those that need months), the plans and campaigns editors."""
    from crm_desktop.ui.reports.campaigns_dialog import CampaignsDialog
    from crm_desktop.ui.reports.panel import NAME_ROLE
    from crm_desktop.ui.reports.plans_dialog import PlansDialog

    window.show_panel(0)
    settle()
    window.grab().save(str(out / f"{lang}_home_dashboard.png"))
    index = next(i for i, p in enumerate(window.panels) if p.objectName() == "reportsPanel")
    reports = window.panels[index]
    window.show_panel(index)
    settle()
    for row in range(reports.report_list.count()):
        name = str(reports.report_list.item(row).data(NAME_ROLE))
        reports.select_report(name)
        reports.set_period("this-year" if name in ("average-deal", "plan", "abc-xyz") else "this-month")
        settle()
        window.grab().save(str(out / f"{lang}_report_{row + 1}_{name}.png"))
    for dialog_class, name in ((PlansDialog, "plans"), (CampaignsDialog, "campaigns")):
        dialog = dialog_class(window.ctx, window)
        dialog.show()
        settle()
        dialog.grab().save(str(out / f"{lang}_{name}.png"))
        dialog.reject()
    settle()


def calendar_shots(window: Any, out: Path, lang: str, settle: Callable[[], None]) -> None:
    """The Calendar panel in each of its views: month, week, day and agenda (Solar Hijri months in Persian)."""
    from crm_desktop.ui.calendar.panel import VIEWS

    index = next(i for i, p in enumerate(window.panels) if p.objectName() == "calendarPanel")
    window.show_panel(index)
    calendar = window.panels[index]
    for view in VIEWS:
        calendar.set_view(view)
        settle()
        window.grab().save(str(out / f"{lang}_calendar_{view}.png"))
    calendar.set_view("week")


def task_shots(window: Any, out: Path, lang: str, settle: Callable[[], None]) -> None:
    """The task editor (its tabs), completing a task, and the reminder window with the reminders due (or, where
    none are, the open tasks shown as reminders would be)."""
    from dataclasses import replace

    from crm_desktop.services.reminders import DueReminder, ReminderService
    from crm_desktop.services.tasks import TaskService
    from crm_desktop.ui.tasks.task_dialog import CompleteTaskDialog, TaskDialog

    ctx = window.ctx
    tasks = TaskService(ctx.db, ctx.user_id)
    rows = tasks.overdue() + tasks.today() + tasks.upcoming(30)
    if rows:
        dialog = TaskDialog(ctx, rows[0].id, parent=window)
        dialog.show()
        for tab in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(tab)
            settle()
            dialog.grab().save(str(out / f"{lang}_task_tab{tab + 1}.png"))
        dialog.reject()
        done = CompleteTaskDialog(ctx, rows[0].id, parent=window)
        done.show()
        settle()
        done.grab().save(str(out / f"{lang}_task_complete.png"))
        done.reject()
    due = ReminderService(ctx.db, ctx.user_id).due()
    if not due:
        due = [DueReminder(id=-r.id, task_id=r.id, task_title=r.title, task_kind=r.kind, due_at=r.due_at,
                           all_day=r.all_day, remind_at=r.due_at, effective_at=r.due_at, snoozed_until=None,
                           fired_at=None, occurrence_start=None, owner_id=r.owner_id, person_id=r.person_id,
                           person_name=r.person_name, company_id=r.company_id, company_name=r.company_name,
                           deal_id=r.deal_id, deal_title=r.deal_title) for r in rows[:6] if r.due_at is not None]
    reminders = window.tray.reminder_window
    reminders.set_due([replace(r, is_new=False) for r in due])
    reminders.show()
    settle()
    reminders.grab().save(str(out / f"{lang}_reminders.png"))
    reminders.hide()
    settle()


if __name__ == "__main__":
    sys.exit(main())
