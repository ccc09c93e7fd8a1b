"""The main window shell: panels by side bar, shortcut and menu; language and theme; state; backup; demo offer."""

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLabel, QMessageBox

from crm_desktop.config import AppConfig
from crm_desktop.db import backup as backups
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.settings_dialog import SettingsChoice, SettingsDialog

PANEL_NAMES = ["homePanel", "contactsPanel", "funnelBoard", "calendarPanel", "reportsPanel"]


def current(window: MainWindow) -> str:
    return window.stack.currentWidget().objectName()


def test_panels_by_shortcut_side_bar_and_view_menu(qtbot, window: MainWindow) -> None:
    for index, name in enumerate(PANEL_NAMES):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
        assert current(window) == name
        assert window.side_bar.currentRow() == index
    for index in reversed(range(len(PANEL_NAMES))):
        item = window.side_bar.item(index)
        rect = window.side_bar.visualItemRect(item)
        qtbot.mouseClick(window.side_bar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert current(window) == PANEL_NAMES[index]
    view_actions = [a for a in window.view_menu.actions() if a.shortcut().toString().startswith("Ctrl+")]
    assert [a.shortcut().toString() for a in view_actions[:5]] == [f"Ctrl+{i}" for i in range(1, 6)]
    view_actions[3].trigger()
    assert current(window) == "calendarPanel"


def test_main_widgets_carry_object_and_accessible_names(window: MainWindow) -> None:
    for name in PANEL_NAMES:
        widget = window.findChild(object, name)
        assert widget is not None, name
        assert widget.accessibleName(), name  # type: ignore[attr-defined]
    assert window.findChild(object, "funnelBoard").accessibleName() == "Funnel"  # type: ignore[union-attr]


def test_status_bar_names_the_database_and_the_user(window: MainWindow, db_path: Path) -> None:
    assert str(db_path) in window.db_label.text()
    assert "tester" in window.user_label.text()


def test_home_shows_the_counts_and_offers_demo_data_on_an_empty_database(window: MainWindow) -> None:
    value = window.findChild(QLabel, "tileValue_contacts")
    assert value is not None
    assert value.text() == "0"
    assert window.home.demo_banner.isVisible()


def test_start_empty_hides_the_offer_for_good(qtbot, window: MainWindow, ctx: AppContext) -> None:
    qtbot.mouseClick(window.home.empty_button, Qt.MouseButton.LeftButton)
    assert not window.home.demo_banner.isVisible()
    assert any(k.startswith("demo_declined:") for k in AppConfig.load().extra)
    window.refresh_summary()
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=5000)
    assert not window.home.demo_banner.isVisible()


def test_load_demo_data_fills_the_database_and_the_home_figures(qtbot, window: MainWindow,
                                                                ctx: AppContext) -> None:
    pytest.importorskip("crm_desktop.services.demo")
    qtbot.mouseClick(window.home.demo_button, Qt.MouseButton.LeftButton)
    value = window.findChild(QLabel, "tileValue_contacts")
    assert value is not None
    qtbot.waitUntil(lambda: value.text() not in ("0", "–"), timeout=60_000)
    assert int(value.text().replace(",", "").replace("\u00a0", "")) == 1000
    assert not window.home.demo_banner.isVisible()


def test_switching_to_persian_turns_the_window_right_to_left_and_back(qtbot, qapp: QApplication,
                                                                      window: MainWindow) -> None:
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    window.apply_settings(SettingsChoice(language="fa", theme="system", database="", backups_dir=""))
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: window.side_bar.item(1).text() == "مخاطبان", timeout=3000)
    assert window.file_menu.title() == "&پرونده"
    assert window.home.heading.text() == "خانه"
    assert "Vazirmatn" in qapp.font().families()
    assert AppConfig.load().language == "fa"
    window.apply_settings(SettingsChoice(language="en", theme="system", database="", backups_dir=""))
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    qtbot.waitUntil(lambda: window.side_bar.item(1).text() == "Contacts", timeout=3000)


@pytest.mark.parametrize(("language", "contacts"), [("nl", "Contacten"), ("pl", "Kontakty"), ("ru", "Контакты")])
def test_every_language_translates_the_shell(qtbot, window: MainWindow, language: str, contacts: str) -> None:
    window.apply_settings(SettingsChoice(language=language, theme="system", database="", backups_dir=""))
    qtbot.waitUntil(lambda: window.side_bar.item(1).text() == contacts, timeout=3000)
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    window.apply_settings(SettingsChoice(language="en", theme="system", database="", backups_dir=""))


def test_settings_dialog_returns_what_the_user_chose(qtbot, ctx: AppContext, tmp_path: Path) -> None:
    dialog = SettingsDialog(ctx.config, "en")
    qtbot.addWidget(dialog)
    language = dialog.findChild(QComboBox, "languageCombo")
    theme = dialog.findChild(QComboBox, "themeCombo")
    assert language is not None
    assert theme is not None
    language.setCurrentIndex(language.findData("ru"))
    theme.setCurrentIndex(theme.findData("dark"))
    qtbot.keyClicks(dialog.backups, str(tmp_path / "bk"))
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert dialog.choice() == SettingsChoice(language="ru", theme="dark", database="",
                                             backups_dir=str(tmp_path / "bk"))


def test_dark_theme_changes_the_palette(qapp: QApplication, window: MainWindow) -> None:
    window.apply_settings(SettingsChoice(language="en", theme="dark", database="", backups_dir=""))
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
    window.apply_settings(SettingsChoice(language="en", theme="light", database="", backups_dir=""))
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 180
    assert AppConfig.load().theme == "light"


def test_geometry_and_panel_are_restored_on_the_next_start(qtbot, ctx: AppContext) -> None:
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(781, 533)  # the offscreen screen is 800x600; the window is at least 760 wide
    first.show_panel(2)
    first.close()
    ctx.runner.wait_idle(5000)
    ctx.config = AppConfig.load()
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (781, 533)
    assert current(second) == "funnelBoard"
    ctx.runner.wait_idle(5000)


def test_back_up_now_writes_a_verified_backup(qtbot, window: MainWindow, ctx: AppContext, db_path: Path) -> None:
    folder = Path(ctx.config.effective_backups_dir)
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(backups.list_backups(folder, db_path.stem)), timeout=10_000)
    made = backups.list_backups(folder, db_path.stem)[0].path
    from crm_desktop.db.migrate import known_revisions

    assert backups.verify_backup(made, known_revisions())
    qtbot.waitUntil(lambda: "Backup written" in window.statusBar().currentMessage(), timeout=5000)


def test_opening_a_garbage_file_keeps_the_current_database(qtbot, window: MainWindow, ctx: AppContext,
                                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not a database" * 100)
    before = garbage.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr("crm_desktop.ui.main_window.QMessageBox.warning",
                        lambda _parent, _title, text: shown.append(text))
    old_db = ctx.db
    window.switch_database(str(garbage))
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "garbage.db" in shown[0]
    assert "not a crm-desktop database" in shown[0]
    assert ctx.db is old_db
    assert garbage.read_bytes() == before


def test_switching_to_a_new_database_file(qtbot, window: MainWindow, ctx: AppContext, tmp_path: Path) -> None:
    target = tmp_path / "second.db"
    window.switch_database(str(target))
    qtbot.waitUntil(lambda: ctx.db.path == target, timeout=10_000)
    assert str(target) in window.db_label.text()
    assert AppConfig.load().database == str(target)


def test_ctrl_z_runs_the_newest_undo_step_and_names_it_in_the_edit_menu(qtbot, window: MainWindow,
                                                                        ctx: AppContext) -> None:
    from sqlalchemy import select

    from crm_desktop.models import Tag

    def rename(name: str) -> None:
        with ctx.db.session() as s:
            s.scalars(select(Tag)).one().name = name

    with ctx.db.session() as s:
        s.add(Tag(name="vip"))
    assert not window.undo_action.isEnabled()
    rename("gold")
    ctx.undo.push("Rename tag", lambda: rename("vip"))
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo Rename tag"

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=5000)

    with ctx.db.session(write=False) as s:
        assert s.scalars(select(Tag.name)).all() == ["vip"]
    assert not window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo"


def _endless(started: threading.Event):  # type: ignore[no-untyped-def]
    def work(progress):  # type: ignore[no-untyped-def]
        started.set()
        while True:
            progress.step(0, 1)   # raises CancelledError once the job is cancelled
            time.sleep(0.01)
    return work


@pytest.mark.parametrize("read_only", [True, False])
def test_quitting_asks_only_about_work_that_would_be_lost(qtbot, window: MainWindow, ctx: AppContext,
                                                         monkeypatch: pytest.MonkeyPatch, read_only: bool) -> None:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    started = threading.Event()
    ctx.runner.run(_endless(started), title="Working", read_only=read_only)
    assert started.wait(5)

    window.close()

    if read_only:   # a report being computed is dropped without a question
        assert asked == []
        assert not window.isVisible()
    else:           # a write is not thrown away behind the user's back
        assert len(asked) == 1
        assert window.isVisible()
        ctx.runner.cancel_all()
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=5_000)
