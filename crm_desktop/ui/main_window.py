"""The main window: side bar, the five panels, menus, toolbar and status bar."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from crm_desktop import __version__, config
from crm_desktop.db.database import Database, open_database
from crm_desktop.errors import CancelledError, CrmError
from crm_desktop.services import defaults, documents, maintenance, overview
from crm_desktop.services.progress import Progress
from crm_desktop.ui.calendar.panel import CalendarPanel
from crm_desktop.ui.contacts.panel import ContactsPanel
from crm_desktop.ui.contacts.person_card import close_all_cards
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.dialogs import run_modal
from crm_desktop.ui.funnel.panel import FunnelPanel
from crm_desktop.ui.home import HomePanel
from crm_desktop.ui.i18n import db_filter, install_language, isolate_ltr
from crm_desktop.ui.panels import Panel
from crm_desktop.ui.reports.panel import ReportsPanel
from crm_desktop.ui.settings_dialog import SettingsDialog
from crm_desktop.ui.tasks.tray import KEEP_RUNNING_KEY, START_MINIMIZED_KEY, TrayController
from crm_desktop.ui.theme import apply_theme
from crm_desktop.ui.users import role_label, sign_in, user_display_name

if TYPE_CHECKING:
    from crm_desktop.ui.sharing import SharingController

log = logging.getLogger(__name__)

DEMO_CONTACTS, DEMO_DEALS = 1000, 300


class MainWindow(QMainWindow):
    """One window over one database; the panels are reached from the side bar, Ctrl+1..5 and the View menu."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.tray: TrayController | None = None   # set by the app: the reminder scheduler and the tray icon
        # Set by the app: waiting for other users, who is working, their changes reloaded (crm_desktop.ui.sharing).
        self.sharing: SharingController | None = None
        self.setMinimumSize(QSize(760, 480))

        self.home = HomePanel(ctx, self)
        self.panels: list[Panel] = [
            self.home, ContactsPanel(ctx, self), FunnelPanel(ctx, self), CalendarPanel(ctx, self),
            ReportsPanel(ctx, self),
        ]
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("panelStack")
        for panel in self.panels:
            self.stack.addWidget(panel)

        self.side_bar = QListWidget(self)
        self.side_bar.setObjectName("sideBar")
        self.side_bar.setIconSize(QSize(22, 22))
        self.side_bar.setFixedWidth(190)
        icons = (QStyle.StandardPixmap.SP_DirHomeIcon, QStyle.StandardPixmap.SP_FileDialogDetailedView,
                 QStyle.StandardPixmap.SP_ArrowRight, QStyle.StandardPixmap.SP_FileDialogInfoView,
                 QStyle.StandardPixmap.SP_FileDialogContentsView)
        for icon in icons:
            QListWidgetItem(self.style().standardIcon(icon), "", self.side_bar)
        self.side_bar.currentRowChanged.connect(self.on_side_bar_row_changed)

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.side_bar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_menus()
        self.db_label = QLabel(self)
        self.db_label.setObjectName("statusDatabase")
        self.user_label = QLabel(self)
        self.user_label.setObjectName("statusUser")
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)

        self.home.demo_requested.connect(self.on_home_demo_requested)
        self.home.demo_declined.connect(self.on_home_demo_declined)
        self.home.panel_requested.connect(self.on_home_panel_requested)
        ctx.bridge.message_posted.connect(self.on_bridge_message_posted)
        ctx.bridge.error_posted.connect(self.on_bridge_error_posted)
        ctx.bridge.data_changed.connect(self.on_bridge_data_changed)

        self.retranslate()
        self._restore_window_state()
        self.refresh_status()
        self.refresh_summary()

    # ---- construction -------------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.panel_group = QActionGroup(self)
        self.panel_actions: list[QAction] = []
        for index in range(len(self.panels)):
            action = QAction(self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.setObjectName(f"showPanel{index + 1}")
            action.triggered.connect(lambda _checked=False, i=index: self.show_panel(i))
            self.panel_group.addAction(action)
            self.panel_actions.append(action)
        style = self.style()
        # Ctrl+N is "New person" in the Contacts panel: a new database is made far less often.
        self.new_db_action = QAction(self)
        self.new_db_action.triggered.connect(self.on_new_db_action_triggered)
        self.open_db_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton), "", self)
        self.open_db_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_db_action.triggered.connect(self.on_open_db_action_triggered)
        self.backup_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton), "", self)
        self.backup_action.setObjectName("backupAction")
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_action.triggered.connect(self.on_backup_action_triggered)
        self.restore_action = QAction(self)
        self.restore_action.setObjectName("restoreAction")
        self.restore_action.triggered.connect(self.on_restore_action_triggered)
        self.import_action = QAction(self)
        self.import_action.setObjectName("importAction")
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_action.triggered.connect(self.on_import_action_triggered)
        self.import_history_action = QAction(self)
        self.import_history_action.setObjectName("importHistoryAction")
        self.import_history_action.triggered.connect(self.on_import_history_action_triggered)
        self.export_action = QAction(self)
        self.export_action.setObjectName("exportAction")
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.triggered.connect(self.on_export_action_triggered)
        self.take_copy_action = QAction(self)
        self.take_copy_action.setObjectName("takeCopyAction")
        self.take_copy_action.triggered.connect(self.on_take_copy_action_triggered)
        self.bring_back_action = QAction(self)
        self.bring_back_action.setObjectName("bringBackAction")
        self.bring_back_action.triggered.connect(self.on_bring_back_action_triggered)
        self.move_to_server_action = QAction(self)
        self.move_to_server_action.setObjectName("moveToServerAction")
        self.move_to_server_action.triggered.connect(self.on_move_to_server_action_triggered)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.on_quit_action_triggered)
        self.settings_action = QAction(self)
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.on_settings_action_triggered)
        self.templates_action = QAction(self)
        self.templates_action.setObjectName("templatesAction")
        self.templates_action.triggered.connect(self.on_templates_action_triggered)
        self.users_action = QAction(self)
        self.users_action.setObjectName("usersAction")
        self.users_action.triggered.connect(self.on_users_action_triggered)
        self.password_action = QAction(self)
        self.password_action.setObjectName("passwordAction")
        self.password_action.triggered.connect(self.on_password_action_triggered)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.on_about_action_triggered)
        self.about_qt_action = QAction(self)
        self.about_qt_action.triggered.connect(QApplication.aboutQt)
        self.undo_action = QAction(self)
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.on_undo_action_triggered)
        self.ctx.undo.changed.connect(self.on_undo_changed)
        self.toggle_side_bar_action = QAction(self)
        self.toggle_side_bar_action.setCheckable(True)
        self.toggle_side_bar_action.setChecked(True)
        self.toggle_side_bar_action.setShortcut(QKeySequence("Ctrl+B"))
        self.toggle_side_bar_action.toggled.connect(self.side_bar.setVisible)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.new_db_action, self.open_db_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.import_action, self.import_history_action, self.export_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.backup_action, self.restore_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.take_copy_action, self.bring_back_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.move_to_server_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions(self.panel_actions)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.toggle_side_bar_action)
        self.tools_menu = bar.addMenu("")
        self.tools_menu.addAction(self.templates_action)
        self.tools_menu.addActions([self.users_action, self.password_action])
        self.tools_menu.addAction(self.settings_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.about_action, self.about_qt_action])

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolBar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.open_db_action)
        self.toolbar.addAction(self.backup_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("crm-desktop"))
        names = [panel.title() for panel in self.panels]
        for index, name in enumerate(names):
            self.side_bar.item(index).setText(name)
            self.panel_actions[index].setText(name)
        self.side_bar.setAccessibleName(self.tr("Panels"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_db_action.setText(self.tr("&New database…"))
        self.open_db_action.setText(self.tr("&Open database…"))
        self.backup_action.setText(self.tr("&Back up now"))
        self.restore_action.setText(self.tr("&Restore from backup…"))
        self.import_action.setText(self.tr("&Import…"))
        self.import_action.setToolTip(self.tr("Import contacts, companies, deals, products or tasks from an Excel "
                                              "or CSV file"))
        self.import_history_action.setText(self.tr("Import &history…"))
        self.export_action.setText(self.tr("&Export…"))
        self.take_copy_action.setText(self.tr("&Take an offline copy…"))
        self.take_copy_action.setToolTip(self.tr("A copy of the database (or of some owners' records) to work in "
                                                 "on a laptop without the network"))
        self.bring_back_action.setText(self.tr("Brin&g back an offline copy…"))
        self.move_to_server_action.setText(self.tr("&Move to a PostgreSQL server…"))
        self.move_to_server_action.setToolTip(self.tr("Copy this database file into an empty database on a "
                                                      "server and check that every record arrived"))
        self.quit_action.setText(self.tr("&Quit"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.templates_action.setText(self.tr("&Templates…"))
        self.users_action.setText(self.tr("&Users…"))
        self.password_action.setText(self.tr("Change my &password…"))
        self.about_action.setText(self.tr("&About crm-desktop"))
        self.about_qt_action.setText(self.tr("About &Qt"))
        self.toggle_side_bar_action.setText(self.tr("Side &bar"))
        self.on_undo_changed()
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.refresh_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- state --------------------------------------------------------------------------------------------
    def _restore_window_state(self) -> None:
        cfg = self.ctx.config
        if not (cfg.window_geometry and self.restoreGeometry(QByteArray.fromHex(cfg.window_geometry.encode()))):
            self.resize(1100, 720)
        if cfg.window_state:
            self.restoreState(QByteArray.fromHex(cfg.window_state.encode()))
        self.show_panel(cfg.last_panel if 0 <= cfg.last_panel < len(self.panels) else 0)

    def save_window_state(self) -> None:
        cfg = self.ctx.config
        cfg.window_geometry = bytes(self.saveGeometry().toHex().data()).decode()
        cfg.window_state = bytes(self.saveState().toHex().data()).decode()
        cfg.last_panel = self.stack.currentIndex()
        try:
            cfg.save()
        except OSError as exc:
            log.warning("settings not saved: %s", exc)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.tray is not None and self.tray.hide_to_tray(event):
            return   # still running in the tray: reminders keep firing
        if not close_all_cards():   # a card with unsaved changes asked, and the user chose to stay
            event.ignore()
            return
        runner = self.ctx.runner
        if runner.unsaved_jobs:
            answer = QMessageBox.question(
                self, self.tr("Work in progress"),
                self.tr("A task is still running. Cancel it and quit? Nothing half-done is kept."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            runner.cancel_all()
        for job in runner.user_jobs:
            job.cancel()   # what is left only reads: a report being computed is simply dropped
        # Background refreshes are short; a cancelled job rolls back its transaction before it ends.
        runner.wait_idle(30_000)
        if self.ctx.background is not None:
            # A backup being written goes to a temporary file first: stopping it leaves no half-written copy.
            self.ctx.background.cancel_all()
            self.ctx.background.wait_idle(30_000)
        if self.sharing is not None:
            self.sharing.stop()   # the others no longer list this PC
        self.save_window_state()
        event.accept()

    @Slot()
    def on_quit_action_triggered(self) -> None:
        # With the tray keeping the app alive a close only hides the window; Quit ends the app.
        if self.tray is not None:
            self.tray.quit()
        else:
            self.close()

    # ---- panels -------------------------------------------------------------------------------------------
    def show_panel(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.panel_actions[index].setChecked(True)
        if self.side_bar.currentRow() != index:
            self.side_bar.setCurrentRow(index)

    @Slot(int)
    def on_side_bar_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.panels) and row != self.stack.currentIndex():
            self.show_panel(row)

    def current_panel(self) -> Panel:
        return self.panels[self.stack.currentIndex()]

    def refresh_status(self) -> None:
        if not hasattr(self, "db_label"):
            return
        # Paths and logins read left to right also inside a right-to-left sentence: isolate them.
        self.db_label.setText(self.tr("Database: %1").replace("%1", isolate_ltr(self.ctx.db.display_name)))
        self.db_label.setToolTip(self.ctx.db.display_name)
        from crm_desktop.ui.offline.dialogs import show_copy_mark

        show_copy_mark(self.ctx, self.db_label)   # an offline copy says so, once it is read on the runner
        actor = self.ctx.db.actor
        who = isolate_ltr(self.ctx.user_name) + (f" ({role_label(actor.role)})" if actor is not None else "")
        self.user_label.setText(self.tr("User: %1").replace("%1", who))
        # Users are managed by administrators (nobody logged in counts as one: the solo start).
        self.users_action.setVisible(actor is None or actor.role == "admin")
        self.password_action.setVisible(actor is not None)
        # Courtesy only (the access rules refuse the writes anyway): a read-only user imports nothing, and
        # replacing the whole shared file by a backup is an administrator's decision.
        self.import_action.setEnabled(actor is None or actor.role != "read_only")
        self.restore_action.setEnabled(actor is None or actor.role == "admin")

    def refresh_summary(self) -> None:
        db = self.ctx.db

        def work(_progress: Progress) -> tuple[overview.Summary, bool]:
            result = overview.summary(db)
            offer = result.contacts == 0 and result.companies == 0 and not self.ctx.config.extra.get(
                f"demo_declined:{db.display_name}")
            return result, offer

        def done(result: tuple[overview.Summary, bool]) -> None:
            if db is self.ctx.db:
                self.home.set_summary(result[0])
                self.home.offer_demo(result[1])

        self.ctx.runner.run(work, done, self.show_error)

    # ---- commands -----------------------------------------------------------------------------------------
    def show_error(self, exc: BaseException) -> None:
        if isinstance(exc, CancelledError):
            self.statusBar().showMessage(self.tr("Cancelled; nothing was changed."), 5000)
            return
        text = str(exc) if isinstance(exc, CrmError) else self.tr("Unexpected error: %1").replace("%1", str(exc))
        QMessageBox.warning(self, self.tr("crm-desktop"), text)

    @Slot()
    def on_home_demo_requested(self) -> None:
        from crm_desktop.services import demo  # loaded on demand: start-up does not need it

        db, language = self.ctx.db, self.ctx.language
        self.home.offer_demo(False)

        def work(progress: Progress) -> demo.DemoCounts:
            return demo.generate_demo(db, contacts=DEMO_CONTACTS, deals=DEMO_DEALS, seed=1, language=language,
                                      progress=progress)

        def done(counts: demo.DemoCounts) -> None:
            self.statusBar().showMessage(
                self.tr("Demo data loaded: %1 contacts, %2 deals.")
                .replace("%1", str(counts.contacts)).replace("%2", str(counts.deals)), 8000)
            self.ctx.bridge.post_data_changed("all")

        def failed(exc: BaseException) -> None:
            self.show_error(exc)
            self.refresh_summary()

        self.ctx.runner.run(work, done, failed, title=self.tr("Loading demo data…"), parent_widget=self)

    @Slot()
    def on_home_demo_declined(self) -> None:
        self.ctx.config.extra[f"demo_declined:{self.ctx.db.display_name}"] = True
        self.save_window_state()

    @Slot(str, str)
    def on_home_panel_requested(self, name: str, detail: str) -> None:
        """A dashboard tile opens the panel behind it: people or companies, the funnel, a report."""
        index = next((i for i, p in enumerate(self.panels) if p.objectName() == name), None)
        if index is None:
            return
        self.show_panel(index)
        panel = self.panels[index]
        if detail and isinstance(panel, ContactsPanel):
            panel.set_kind(detail)
        elif detail and isinstance(panel, ReportsPanel):
            panel.select_report(detail)

    @Slot(str)
    def on_bridge_message_posted(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    @Slot(str)
    def on_bridge_error_posted(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("crm-desktop"), text)

    @Slot(str)
    def on_bridge_data_changed(self, _kind: str) -> None:
        self.refresh_summary()

    @Slot()
    def on_undo_changed(self) -> None:
        undo = self.ctx.undo
        self.undo_action.setEnabled(undo.can_undo())
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", undo.undo_text()) if undo.can_undo()
                                 else self.tr("&Undo"))

    @Slot()
    def on_undo_action_triggered(self) -> None:
        step = self.ctx.undo.take()
        if step is None:
            return

        def done(_result: object) -> None:
            self.statusBar().showMessage(self.tr("Undone: %1").replace("%1", step.text), 5000)
            self.ctx.bridge.post_data_changed("undo")

        self.ctx.runner.run(lambda _progress: step.undo(), done, self.show_error)

    @Slot()
    def on_backup_action_triggered(self) -> None:
        db, folder = self.ctx.db, self.ctx.config.effective_backups_dir

        def done(path: Path) -> None:
            self.statusBar().showMessage(self.tr("Backup written to %1").replace("%1", isolate_ltr(str(path))), 10000)

        self.ctx.runner.run(lambda _p: maintenance.backup_now(db, folder), done, self.show_error,
                            title=self.tr("Backing up…"), parent_widget=self)

    @Slot()
    def on_restore_action_triggered(self) -> None:
        if self.ctx.db.path is None:
            self.show_error(CrmError(self.tr("A server database is restored with the server's own tools.")))
            return
        folder = str(self.ctx.config.effective_backups_dir)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from backup"), folder, db_filter())
        if not path:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore from backup"),
            self.tr("Replace the current database with the backup '%1'? The current database is kept as a "
                    "backup first.").replace("%1", isolate_ltr(path)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        current = self.ctx.db
        database_path, folder_path = current.path, self.ctx.config.effective_backups_dir
        assert database_path is not None
        if self.sharing is not None:
            self.sharing.suspend()   # no poll may open the file while it is replaced; set_database resumes it
        current.close()
        restorer = self.ctx.user_name  # the others are told who restores the file

        def work(_progress: Progress) -> Database:
            maintenance.restore(database_path, Path(path), folder_path, user=restorer)
            return open_database(database_path, backups_dir=folder_path)

        def failed(exc: BaseException) -> None:
            self.show_error(exc)
            # The restore refused the backup before touching anything: go on with the same file.
            self.ctx.runner.run(lambda _p: open_database(database_path, backups_dir=folder_path),
                                self.set_database, self.show_error)

        self.ctx.runner.run(work, self.set_database, failed, title=self.tr("Restoring…"), parent_widget=self)

    @Slot()
    def on_open_db_action_triggered(self) -> None:
        start = str(self.ctx.db.path.parent) if self.ctx.db.path else str(config.data_dir())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"), start, db_filter())
        if path:
            self.switch_database(path)

    @Slot()
    def on_new_db_action_triggered(self) -> None:
        start = str(self.ctx.db.path.parent) if self.ctx.db.path else str(config.data_dir())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New database"), start, db_filter())
        if not path:
            return
        if Path(path).exists():
            self.show_error(CrmError(self.tr("'%1' already exists; use Open database to open it.")
                                     .replace("%1", isolate_ltr(path))))
            return
        self.switch_database(path)

    def switch_database(self, target: str) -> None:
        """Open another database on the worker; the current one stays open if that fails."""
        if not close_all_cards():
            return
        folder, language = self.ctx.config.effective_backups_dir, self.ctx.language

        def work(_progress: Progress) -> Database:
            if target == str(config.default_database_path()):
                config.default_database_path().parent.mkdir(parents=True, exist_ok=True)
            db = open_database(target, backups_dir=folder)
            try:
                defaults.ensure_defaults(db, language)
            except BaseException:
                db.close()
                raise
            return db

        def done(db: Database) -> None:
            old = self.ctx.db
            if not self.adopt_database(db):
                return   # the login to the other file was cancelled: it is closed, this one stays
            old.close()
            self.ctx.config.database = "" if target == str(config.default_database_path()) else target
            self.save_window_state()

        self.ctx.runner.run(work, done, self.show_error, title=self.tr("Opening the database…"), parent_widget=self)

    def set_database(self, db: Database) -> None:
        """Work in `db` from now on (after its login, when it asks for one)."""
        self.adopt_database(db)

    def adopt_database(self, db: Database) -> bool:
        """Work in `db` from now on; False (and `db` closed) when its login was cancelled."""
        if db.actor is None:
            # The same file again (a restore): its user goes on working; another file asks who works in it.
            same = db.path is not None and db.path == self.ctx.db.path
            if not sign_in(db, self, self.ctx.db.actor if same else None):
                db.close()
                if same:   # the old connection is gone already: there is nothing left to work in
                    self.on_quit_action_triggered()
                return False
            self.ctx.user_name = user_display_name(db)
        self.ctx.db = db
        self.ctx.user_id = defaults.current_user_id(db)
        self.ctx.undo.clear()
        documents.register(user_id=self.ctx.user_id)
        self.refresh_status()
        self.ctx.bridge.post_data_changed("all")
        return True

    @Slot()
    def on_import_action_triggered(self) -> None:
        from crm_desktop.ui.imports.wizard import ImportWizard  # loads the spreadsheet readers

        run_modal(ImportWizard(self.ctx, self))

    @Slot()
    def on_import_history_action_triggered(self) -> None:
        from crm_desktop.ui.imports.history import ImportHistoryDialog

        run_modal(ImportHistoryDialog(self.ctx, self))

    @Slot()
    def on_export_action_triggered(self) -> None:
        current = self.current_panel()
        if isinstance(current, ContactsPanel):
            current.bulk.on_export()   # offers the selection and the list shown there
            return
        from crm_desktop.ui.imports.export_dialog import ExportDialog

        run_modal(ExportDialog(self.ctx, self))

    @Slot()
    def on_take_copy_action_triggered(self) -> None:
        from crm_desktop.ui.offline.dialogs import TakeCopyDialog

        run_modal(TakeCopyDialog(self.ctx, self))

    @Slot()
    def on_bring_back_action_triggered(self) -> None:
        from crm_desktop.ui.offline.dialogs import BringBackDialog

        run_modal(BringBackDialog(self.ctx, self))

    @Slot()
    def on_move_to_server_action_triggered(self) -> None:
        from crm_desktop.ui.server_dialog import MoveToServerDialog

        if not self.ctx.db.is_sqlite:
            self.show_error(CrmError(self.tr("This database is on a server already.")))
            return
        dialog = MoveToServerDialog(self.ctx, self)
        if run_modal(dialog) and dialog.server_url:
            self.switch_database(dialog.server_url)

    @Slot()
    def on_settings_action_triggered(self) -> None:
        dialog = SettingsDialog(self.ctx.config, self.ctx.language, self, runner=self.ctx.runner)
        if not run_modal(dialog):
            return
        self.apply_settings(dialog.choice())

    @Slot()
    def on_users_action_triggered(self) -> None:
        from crm_desktop.ui.users.users_dialog import UsersDialog

        run_modal(UsersDialog(self.ctx, self))
        # The working user's own name, role or rule may have changed: the rules follow at once.
        db = self.ctx.db
        if db.actor is not None:
            from crm_desktop.services.users import UserService, actor_for

            db.actor = actor_for(UserService(db).get(db.actor.user_id))
            self.ctx.user_name = user_display_name(db)
        self.refresh_status()

    @Slot()
    def on_password_action_triggered(self) -> None:
        from crm_desktop.services.users import UserService
        from crm_desktop.ui.users.users_dialog import PasswordDialog

        db = self.ctx.db
        if db.actor is None:
            return
        me = UserService(db).get(db.actor.user_id)
        dialog = PasswordDialog(me, can_remove=db.actor.role == "admin", parent=self)
        if not run_modal(dialog):
            return
        password = dialog.password()
        self.ctx.runner.run(lambda _p: UserService(db).set_password(me.id, password),
                            lambda _r: self.statusBar().showMessage(self.tr("Password changed."), 5000),
                            self.show_error)

    @Slot()
    def on_templates_action_triggered(self) -> None:
        from crm_desktop.ui.documents.templates_dialog import TemplatesDialog  # loads the template engine

        run_modal(TemplatesDialog(self.ctx, self))

    def apply_settings(self, choice: object) -> None:
        from crm_desktop.ui.settings_dialog import SettingsChoice

        assert isinstance(choice, SettingsChoice)
        cfg = self.ctx.config
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        if choice.language != self.ctx.language:
            cfg.language = choice.language
            self.ctx.language = choice.language
            install_language(app, choice.language)
        if choice.theme != cfg.theme:
            cfg.theme = choice.theme
            apply_theme(app, choice.theme)
        cfg.backups_dir = choice.backups_dir
        cfg.extra[KEEP_RUNNING_KEY] = choice.keep_in_tray
        cfg.extra[START_MINIMIZED_KEY] = choice.start_minimized
        database_changed = choice.database != cfg.database
        self.save_window_state()
        if database_changed:
            self.switch_database(choice.database or str(config.default_database_path()))

    @Slot()
    def on_about_action_triggered(self) -> None:
        from PySide6 import __version__ as pyside_version
        from sqlalchemy import __version__ as sqlalchemy_version

        text = self.tr(
            "<h3>crm-desktop %1</h3><p>An offline-first desktop CRM: contacts, a sales funnel, tasks with "
            "reminders, reports and documents, in one file on your computer.</p>"
            "<p>Database: %2<br>Data folder: %3<br>Backups: %4</p>"
            "<p>Qt for Python %5, SQLAlchemy %6. Persian text uses the Vazirmatn font (SIL Open Font License).</p>"
        )
        for key, value in (("%1", __version__), ("%2", self.ctx.db.display_name), ("%3", str(config.data_dir())),
                           ("%4", str(self.ctx.config.effective_backups_dir)), ("%5", pyside_version),
                           ("%6", sqlalchemy_version)):
            text = text.replace(key, value)
        QMessageBox.about(self, self.tr("About crm-desktop"), text)
