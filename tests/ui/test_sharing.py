"""The window on a shared file: a second Database on the same file plays the other user. Their saves appear in the
open lists, the board and the calendar; a save waiting for their lock is shown; who works in the file, their
maintenance, and a file in a synchronised folder or on a network share are shown in the window."""

import sqlite3
from argparse import Namespace
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, time
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from sqlalchemy import func, select

from crm_desktop.db.database import Database, open_database
from crm_desktop.db.shared_file import clear_notice, make_notice, publish_notice
from crm_desktop.errors import DatabaseBusyError
from crm_desktop.models import Person
from crm_desktop.models.sharing import Workstation
from crm_desktop.services import defaults, maintenance
from crm_desktop.services.contacts import ContactService, PersonInput
from crm_desktop.services.pipeline import DealInput, PipelineService
from crm_desktop.services.presence import PresenceService
from crm_desktop.services.tasks import TaskInput, TaskService
from crm_desktop.ui.calendar.panel import CalendarPanel
from crm_desktop.ui.contacts.panel import ContactsPanel
from crm_desktop.ui.contacts.person_card import PersonCardDialog, open_person_card
from crm_desktop.ui.funnel.panel import FunnelPanel
from crm_desktop.ui.i18n import local_to_utc
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.sharing import SYNC_WARNED_KEY, PresenceDialog, SharingController
from tests.ui.helpers import answer_modal

FAST_POLL_MS = 100   # the app polls every 2.5 s; the tests need not wait that long


@pytest.fixture
def sharing(qtbot, window: MainWindow) -> Iterator[SharingController]:  # type: ignore[no-untyped-def]
    controller = SharingController(window, window.ctx)
    window.sharing = controller
    controller.timer.setInterval(FAST_POLL_MS)
    controller.start()
    qtbot.waitUntil(lambda: controller.counter is not None, timeout=10_000)
    yield controller
    controller.stop()
    window.ctx.runner.wait_idle(10_000)


def names(panel: ContactsPanel) -> list[str]:
    return [panel.model.index(row, 0).data() for row in range(panel.model.rowCount())]


def test_another_users_changes_appear_in_the_open_contacts_list_board_and_calendar(
        qtbot, window: MainWindow, sharing: SharingController, colleague_db: Database) -> None:
    contacts = window.panels[1]
    assert isinstance(contacts, ContactsPanel)
    window.show_panel(1)
    qtbot.waitUntil(lambda: not contacts.loading and not window.ctx.runner.busy, timeout=10_000)
    assert "Vera Visser" not in names(contacts)

    ContactService(colleague_db, defaults.current_user_id(colleague_db)).create_person(
        PersonInput(first_name="Vera", last_name="Visser"))
    qtbot.waitUntil(lambda: "Vera Visser" in names(contacts), timeout=10_000)

    board = window.panels[2]
    assert isinstance(board, FunnelPanel)
    window.show_panel(2)
    qtbot.waitUntil(lambda: len(board.columns) > 0 and not window.ctx.runner.busy, timeout=10_000)
    theirs = PipelineService(colleague_db, defaults.current_user_id(colleague_db))
    stage = next(p for p in theirs.list_pipelines() if p.id == theirs.default_pipeline_id()).stages[0]
    theirs.create_deal(DealInput(title="Roof for Visser", pipeline_id=stage.pipeline_id, stage_id=stage.id,
                                 amount=Decimal("900")))
    qtbot.waitUntil(lambda: "Roof for Visser" in [card.title for card in board.columns[0].model.cards],
                    timeout=10_000)

    calendar = window.panels[3]
    assert isinstance(calendar, CalendarPanel)
    window.show_panel(3)
    calendar.set_view("week")
    qtbot.waitUntil(lambda: not window.ctx.runner.busy, timeout=10_000)
    today_ten = datetime.combine(calendar.clock().date(), time(10, 0))
    TaskService(colleague_db, defaults.current_user_id(colleague_db)).create(
        TaskInput(title="Visit Vera", kind="meeting", due_at=local_to_utc(today_ten), duration_min=30))
    qtbot.waitUntil(lambda: any(e.item.title == "Visit Vera" for e in calendar.grid.entries), timeout=10_000)


def test_a_colleagues_edit_updates_the_shown_row_and_an_open_card_that_has_no_typing(
        qtbot, window: MainWindow, sharing: SharingController, colleague_db: Database) -> None:
    mine = ContactService(window.ctx.db, window.ctx.user_id)
    person_id = mine.create_person(PersonInput(first_name="Rob", last_name="Rover", city="Delft")).id
    contacts = window.panels[1]
    assert isinstance(contacts, ContactsPanel)
    window.show_panel(1)
    qtbot.waitUntil(lambda: "Rob Rover" in names(contacts), timeout=10_000)
    card = open_person_card(window.ctx, person_id, None)
    assert isinstance(card, PersonCardDialog)
    try:
        qtbot.waitExposed(card)
        assert card.city_edit.text() == "Delft"
        theirs = ContactService(colleague_db, defaults.current_user_id(colleague_db))
        seen = theirs.get_person(person_id)
        theirs.update_person(person_id, replace(seen.input, last_name="Rovers", city="Gouda"),
                             expected_version=seen.version)
        qtbot.waitUntil(lambda: "Rob Rovers" in names(contacts), timeout=10_000)
        qtbot.waitUntil(lambda: card.city_edit.text() == "Gouda", timeout=10_000)
        assert not card.is_dirty()
    finally:
        card.discard_and_close()


def test_our_own_saves_do_not_count_as_changes_by_others(
        qtbot, window: MainWindow, sharing: SharingController) -> None:
    seen: list[str] = []
    window.ctx.bridge.data_changed.connect(seen.append)
    ContactService(window.ctx.db, window.ctx.user_id).create_person(PersonInput(first_name="Own", last_name="Save"))
    start = sharing._ticks
    qtbot.waitUntil(lambda: sharing._ticks >= start + 3 and not sharing._polling, timeout=10_000)
    assert "others" not in seen


def test_a_save_waiting_for_another_users_lock_is_shown_and_then_goes_through(
        qtbot, window: MainWindow, sharing: SharingController, db_path: Path) -> None:
    indicator = sharing.wait_indicator
    assert not indicator.isVisible()
    holder = sqlite3.connect(db_path, isolation_level=None, timeout=5)
    holder.execute("BEGIN IMMEDIATE")   # the other user's save holds the write lock
    saved: list[int] = []
    service = ContactService(window.ctx.db, window.ctx.user_id)
    window.ctx.runner.run(lambda _p: service.create_person(PersonInput(first_name="Wait", last_name="Ing")).id,
                          saved.append, window.show_error)
    try:
        qtbot.waitUntil(indicator.isVisible, timeout=10_000)
        assert indicator.label.text() == "Waiting for another user…"
        assert window.isEnabled(), "the window stays usable while the save waits"
        assert saved == []
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    qtbot.waitUntil(lambda: not indicator.isVisible(), timeout=5000)
    assert service.get_person(saved[0]).name == "Wait Ing"


def test_a_wait_that_gives_up_hides_the_indicator_and_says_why(
        qtbot, window: MainWindow, sharing: SharingController, db_path: Path, warnings: list[str]) -> None:
    window.ctx.db.write_patience = 0.5
    holder = sqlite3.connect(db_path, isolation_level=None, timeout=5)
    holder.execute("BEGIN IMMEDIATE")
    failed: list[BaseException] = []

    def fail(exc: BaseException) -> None:
        failed.append(exc)
        window.show_error(exc)

    service = ContactService(window.ctx.db, window.ctx.user_id)
    try:
        window.ctx.runner.run(lambda _p: service.create_person(PersonInput(first_name="Never", last_name="Saved")),
                              None, fail)
        qtbot.waitUntil(lambda: bool(failed), timeout=10_000)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert isinstance(failed[0], DatabaseBusyError)
    assert len(warnings) == 1
    assert "nothing was changed" in warnings[0]
    qtbot.waitUntil(lambda: not sharing.wait_indicator.isVisible(), timeout=5000)


def test_the_status_bar_says_who_works_in_the_file_and_lists_them(
        qtbot, window: MainWindow, sharing: SharingController, colleague_db: Database) -> None:
    button = sharing.presence_button
    assert button.text() == "Only you"
    assert button.isVisible()
    other = PresenceService(colleague_db)
    assert other.join(defaults.current_user_id(colleague_db))
    qtbot.waitUntil(lambda: button.text() == "2 people in this file", timeout=10_000)

    shown: list[list[list[str]]] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, PresenceDialog)
        table = dialog.table
        shown.append([[table.item(r, c).text() for c in range(2)] for r in range(table.rowCount())])
        dialog.reject()

    answer_modal(qtbot, PresenceDialog, read)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    rows = shown[0]
    assert len(rows) == 2
    assert rows[0][0] == "tester (you)"
    host = sharing.others[0].host
    assert host in rows[1][1]
    assert rows[1][0] == sharing.others[0].user_name

    other.leave()
    qtbot.waitUntil(lambda: button.text() == "Only you", timeout=10_000)


def test_maintenance_by_another_user_shows_a_banner_and_pauses_editing_until_done(
        qtbot, window: MainWindow, sharing: SharingController, colleague_db: Database) -> None:
    banner = sharing.banner
    assert not banner.isVisible()
    notice = make_notice("restore", user="Anna", session_uuid=colleague_db.session_uuid)
    assert publish_notice(colleague_db.engine, notice)
    try:
        qtbot.waitUntil(banner.isVisible, timeout=10_000)
        assert banner.label.text().startswith(f"Anna on \u200e\u202a{notice.host}\u202c\u200e is restoring the "
                                              "database from a backup; please wait.")
        assert sharing.content is not None
        assert not sharing.content.isEnabled()
        assert window.statusBar().isEnabled()
        assert not window.import_action.isEnabled()
        assert not window.restore_action.isEnabled()
    finally:
        clear_notice(colleague_db.engine, notice)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10_000)
    assert sharing.content.isEnabled()
    assert window.import_action.isEnabled()
    assert window.restore_action.isEnabled()


def dropbox_database(tmp_path: Path) -> Database:
    folder = tmp_path / "Dropbox" / "office"
    folder.mkdir(parents=True)
    synced = open_database(folder / "crm.db", backups_dir=tmp_path / "dropbox-backups")
    defaults.ensure_defaults(synced, "en")
    return synced


def test_a_file_in_a_synchronised_folder_warns_once_and_keeps_an_icon_in_the_status_bar(
        qtbot, window: MainWindow, sharing: SharingController, tmp_path: Path, db: Database) -> None:
    assert not sharing.file_label.isVisible()
    synced = dropbox_database(tmp_path)
    warned: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        warned.append(box.text())
        box.accept()

    try:
        answer_modal(qtbot, QMessageBox, read)
        window.set_database(synced)
        qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
        assert "synchronised by Dropbox" in warned[0]
        assert "network share" in warned[0]
        assert "offline copy" in warned[0]
        assert window.ctx.config.extra.get(SYNC_WARNED_KEY + str(synced.path.resolve())) is True
        assert sharing.file_label.isVisible()
        assert not sharing.file_label.pixmap().isNull()
        assert "Dropbox" in sharing.file_label.toolTip()

        # Back to the local file: no icon; to the synced one again: the icon, but no second warning.
        window.set_database(db)
        qtbot.waitUntil(lambda: not sharing.file_label.isVisible(), timeout=5000)
        window.set_database(synced)
        qtbot.waitUntil(lambda: not window.ctx.runner.busy, timeout=10_000)
        for _ in range(5):
            QApplication.processEvents()
        assert len(warned) == 1
        assert sharing.file_label.isVisible()
    finally:
        window.set_database(db)
        qtbot.waitUntil(lambda: not window.ctx.runner.busy and not sharing.runner.busy, timeout=10_000)
        synced.close()


def test_a_file_on_a_network_share_says_so_in_the_status_bar(
        qtbot, window: MainWindow, db: Database) -> None:
    # No network share can be mounted in a test: the flag open_database sets for one is set by hand.
    db.shared = True
    controller = SharingController(window, window.ctx)
    controller.start()
    try:
        assert controller.file_label.isVisible()
        assert controller.file_label.text() == "Shared file (network)"
    finally:
        controller.stop()


def test_the_window_closing_leaves_the_file(qtbot, window: MainWindow, sharing: SharingController,
                                            colleague_db: Database) -> None:
    others = PresenceService(colleague_db)
    qtbot.waitUntil(lambda: len(others.others()) == 1, timeout=10_000)
    window.close()   # closeEvent stops the controller, which removes this PC's row
    assert not sharing.timer.isActive()
    assert others.others() == []


def test_a_file_that_cannot_be_reached_is_said_in_the_status_bar_and_cleared_when_it_is_back(
        qtbot, window: MainWindow, sharing: SharingController, db: Database, db_path: Path) -> None:
    moved = db_path.parent.with_name(db_path.parent.name + "-gone")
    sharing.timer.stop()
    qtbot.waitUntil(lambda: not sharing.runner.busy, timeout=10_000)
    db.engine.dispose()   # no pooled connection keeps the file open: the next poll must open it again
    db_path.parent.rename(moved)   # the share is gone
    try:
        sharing.timer.start()
        qtbot.waitUntil(lambda: sharing.file_label.text() == "Database file not reachable", timeout=15_000)
        assert sharing.file_label.isVisible()
    finally:
        moved.rename(db_path.parent)
    qtbot.waitUntil(lambda: not sharing.file_label.isVisible(), timeout=15_000)
    assert sharing.failures == 0


def test_restoring_a_backup_in_this_window_pauses_the_poll_and_follows_the_restored_file(
        qtbot, window: MainWindow, sharing: SharingController, backups_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    old = window.ctx.db
    backup = maintenance.backup_now(old, backups_dir)
    ContactService(old, window.ctx.user_id).create_person(PersonInput(first_name="After", last_name="Backup"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(backup), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)

    window.restore_action.trigger()
    assert sharing.db is None, "no poll may open the file while it is being replaced"
    qtbot.waitUntil(lambda: window.ctx.db is not old and sharing.db is window.ctx.db, timeout=20_000)
    qtbot.waitUntil(lambda: sharing.counter is not None and not sharing.runner.busy, timeout=10_000)
    assert sharing.timer.isActive()
    with window.ctx.db.session(write=False) as s:
        assert s.scalar(select(func.count()).select_from(Person).where(Person.first_name == "After")) == 0


def test_the_app_starts_sharing_with_its_window_and_stops_it_when_the_window_closes(
        qtbot, tmp_path: Path) -> None:
    from crm_desktop.app import launch

    _app, window = launch(Namespace(db=str(tmp_path / "office.db"), lang="en"))
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert window.sharing is not None
        assert window.sharing.started
        qtbot.waitUntil(lambda: window.sharing is not None and window.sharing.counter is not None, timeout=10_000)
        assert window.sharing.presence_button.text() == "Only you"
        db = window.ctx.db

        def own_rows() -> int:
            with db.session(write=False) as s:
                return int(s.scalar(select(func.count()).select_from(Workstation)
                                    .where(Workstation.session_uuid == db.session_uuid)) or 0)

        assert own_rows() == 1, "the app joined the file at start"
        assert window.close()
        assert not window.sharing.started
        assert own_rows() == 0, "the window closing removed this PC from the file's list"
    finally:
        if window.tray is not None:
            window.tray.stop()
        window.ctx.runner.wait_idle(10_000)
        window.ctx.db.close()
