"""Composition root of the window: settings, language, database, services, task runner, bridge, main window."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from crm_desktop import APP_NAME, __version__, config
from crm_desktop.db.database import Database, open_database
from crm_desktop.errors import CrmError
from crm_desktop.services import defaults, documents, maintenance
from crm_desktop.services.progress import Progress
from crm_desktop.ui.bridge import UiBridge
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.i18n import db_filter, install_language, isolate_ltr
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.sharing import SharingController
from crm_desktop.ui.task_runner import TaskRunner
from crm_desktop.ui.tasks.tray import TrayController
from crm_desktop.ui.theme import apply_theme
from crm_desktop.ui.users import sign_in, user_display_name

log = logging.getLogger(__name__)


def _application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_NAME)
    return app


def _open_for_window(target: str, cfg: config.AppConfig) -> Database | None:
    """Open the database, or let the user pick another file when it is refused; None when they give up.

    The full quick_check runs after the window is shown (see `_after_show`): on a large file it takes seconds.
    """
    while True:
        try:
            if not config.db_is_url(target) and Path(target).expanduser().resolve() == config.default_database_path():
                config.default_database_path().parent.mkdir(parents=True, exist_ok=True)
            return open_database(target, backups_dir=cfg.effective_backups_dir, quick_check=False)
        except CrmError as exc:
            box = QMessageBox(QMessageBox.Icon.Critical, QApplication.translate("App", "Cannot open the database"),
                              str(exc))
            box.setObjectName("openDatabaseError")
            open_other = box.addButton(QApplication.translate("App", "Open another file…"),
                                       QMessageBox.ButtonRole.AcceptRole)
            new_file = box.addButton(QApplication.translate("App", "Create a new database…"),
                                     QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            clicked = box.clickedButton()
            if clicked is open_other:
                path, _ = QFileDialog.getOpenFileName(None, QApplication.translate("App", "Open database"),
                                                      str(config.data_dir()), db_filter())
            elif clicked is new_file:
                path, _ = QFileDialog.getSaveFileName(None, QApplication.translate("App", "New database"),
                                                      str(config.data_dir()), db_filter())
            else:
                return None
            if not path:
                return None
            target = path


def launch(args: argparse.Namespace) -> tuple[QApplication, MainWindow | None]:
    """Build everything and show the main window (None when the user declined to open any database)."""
    app = _application()
    cfg = config.AppConfig.load()
    language = args.lang or cfg.effective_language
    install_language(app, language)
    apply_theme(app, cfg.theme)
    target = config.resolve_database(getattr(args, "db", None), cfg)
    db = _open_for_window(target, cfg)
    if db is None:
        return app, None
    defaults.ensure_defaults(db, language)
    # Who works: the login dialog when some user has a password, else the computer's login user.
    if not sign_in(db, login=getattr(args, "user", None)):
        db.close()
        return app, None
    user_id = defaults.current_user_id(db)
    # The funnel's "generate document" rule generates through the documents service from now on.
    documents.register(user_id=user_id)
    bridge = UiBridge(app)
    runner = TaskRunner(app)
    ctx = AppContext(config=cfg, db=db, runner=runner, bridge=bridge, user_id=user_id,
                     user_name=user_display_name(db), language=language, region=_locale_region())
    window = MainWindow(ctx)
    # Reminders fire from the start (those missed while the app was closed at once), also from the tray alone.
    window.tray = TrayController(window, ctx)
    window.tray.start()
    window.tray.apply_start()
    # Other users of a shared file: who is working, their changes reloaded, waits and maintenance shown.
    window.sharing = SharingController(window, ctx)
    window.sharing.start()
    QTimer.singleShot(0, lambda: _after_show(window))
    return app, window


def _locale_region() -> str | None:
    """The two-letter country of the system locale ("nl_NL" -> "NL"), None for the C locale."""
    parts = QLocale.system().name().split("_")
    return parts[1] if len(parts) > 1 and len(parts[1]) == 2 and parts[1].isalpha() else None


def _after_show(window: MainWindow) -> None:
    """Checks that may take seconds on a large file run on the worker once the window is up."""
    ctx = window.ctx
    db = ctx.db

    def work(_progress: Progress) -> Path | None:
        report = maintenance.check(db, full=False)
        if report.integrity != ["ok"]:
            raise CrmError(
                QApplication.translate("App", "The database '%1' is damaged (%2). Restore it from a backup "
                                              "(File > Restore from backup).")
                .replace("%1", db.display_name).replace("%2", report.integrity[0]))
        return maintenance.backup_if_due(db, ctx.config.effective_backups_dir)

    def done(path: Path | None) -> None:
        if path is not None:
            text = QApplication.translate("App", "Daily backup written to %1")
            window.statusBar().showMessage(text.replace("%1", isolate_ltr(str(path))), 8000)

    if ctx.background is None:
        ctx.background = TaskRunner(QApplication.instance())
    ctx.background.run(work, done, window.show_error)


def run_gui(args: argparse.Namespace) -> int:
    """Start the window and run the event loop until it is closed."""
    logging.basicConfig(level=logging.INFO)
    app, window = launch(args)
    if window is None:
        return 2
    code = app.exec()
    window.ctx.runner.wait_idle()
    window.ctx.db.close()
    return int(code)
