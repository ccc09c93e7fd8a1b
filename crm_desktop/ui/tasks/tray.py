"""Reminders while the app runs: the scheduler of the open database, the reminder window it fills, and the tray."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QCloseEvent, QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStyle, QSystemTrayIcon

from crm_desktop.config import AppConfig
from crm_desktop.db.database import Database
from crm_desktop.services.reminders import CHECK_INTERVAL_S, DueReminder, ReminderScheduler
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.tasks.reminder_window import ReminderWindow

# Settings of this computer (AppConfig.extra): keep running in the tray when the window is closed, start there.
KEEP_RUNNING_KEY = "tray.keep_running"
START_MINIMIZED_KEY = "tray.start_minimized"
MESSAGE_MS = 10_000
MESSAGE_TITLES = 3      # titles named in one tray message; the rest are counted


def keep_running_in_tray(cfg: AppConfig) -> bool:
    """On unless switched off: reminders keep firing with the window closed (where a tray exists)."""
    value = cfg.extra.get(KEEP_RUNNING_KEY)
    return value if isinstance(value, bool) else True


def start_minimized(cfg: AppConfig) -> bool:
    return cfg.extra.get(START_MINIMIZED_KEY) is True


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class TrayController(QObject):
    """Runs the ReminderScheduler for the open database (restarted when another file is opened, stopped on quit),
    shows what fires in the ReminderWindow and as a tray message, and keeps the app in the tray on close."""

    def __init__(self, window: QMainWindow, ctx: AppContext, *, clock: Callable[[], datetime] | None = None,
                 use_tray: bool | None = None, check_interval_s: float = CHECK_INTERVAL_S) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.clock = clock
        self.check_interval_s = check_interval_s
        self.scheduler: ReminderScheduler | None = None
        self.quitting = False
        self._db: Database | None = None
        self.reminder_window = ReminderWindow(ctx, window, clock=clock)
        self.icon: QSystemTrayIcon | None = None
        if use_tray if use_tray is not None else tray_available():
            self.icon = self._make_icon()
        ctx.bridge.reminder_due.connect(self.on_bridge_reminder_due)
        ctx.bridge.data_changed.connect(self.on_bridge_data_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.aboutToQuit.connect(self.stop)

    def _make_icon(self) -> QSystemTrayIcon:
        image = self.window.windowIcon()
        if image.isNull():
            image = self.window.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogInfoView)
        icon = QSystemTrayIcon(QIcon(image), self)
        icon.setObjectName("trayIcon")
        icon.setToolTip(self.tr("crm-desktop"))
        menu = QMenu(self.window)
        menu.setObjectName("trayMenu")
        self.show_action = QAction(self.tr("&Show"), menu)
        self.show_action.triggered.connect(self.show_window)
        self.reminders_action = QAction(self.tr("&Reminders"), menu)
        self.reminders_action.triggered.connect(self.show_reminders)
        self.quit_action = QAction(self.tr("&Quit"), menu)
        self.quit_action.triggered.connect(self.quit)
        menu.addAction(self.show_action)
        menu.addAction(self.reminders_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        icon.setContextMenu(menu)
        icon.activated.connect(self.on_icon_activated)
        icon.messageClicked.connect(self.show_reminders)
        icon.show()
        return icon

    # ---- the scheduler -------------------------------------------------------------------------------------
    def start(self) -> None:
        """Start firing the reminders of the open database; the first check runs at once (missed ones)."""
        self.stop()
        self._db = self.ctx.db
        self.scheduler = ReminderScheduler(self.ctx.db, self.ctx.bridge.post_reminder, now=self.clock,
                                           check_interval_s=self.check_interval_s)
        self.scheduler.start()

    @Slot()
    def stop(self) -> None:
        if self.scheduler is not None:
            self.scheduler.stop()
            self.scheduler = None

    @Slot(str)
    def on_bridge_data_changed(self, _kind: str) -> None:
        # MainWindow.set_database posts a change of everything: the scheduler follows the file now open.
        if self.scheduler is not None and self.ctx.db is not self._db:
            self.reminder_window.set_due([])
            self.start()

    @Slot(object)
    def on_bridge_reminder_due(self, reminders: object) -> None:
        due = [r for r in reminders if isinstance(r, DueReminder)] if isinstance(reminders, list) else []
        self.reminder_window.set_due(due)
        new = [r for r in due if r.is_new]
        if not new:
            return
        self.show_reminders()
        if self.icon is not None:
            titles = [r.task_title for r in new[:MESSAGE_TITLES]]
            more = len(new) - len(titles)
            text = "\n".join(titles) + ("\n" + self.tr("and %n more", "", more) if more > 0 else "")
            self.icon.showMessage(self.tr("%n reminder(s)", "", len(new)), text,
                                  QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)

    # ---- windows -------------------------------------------------------------------------------------------
    @Slot()
    def show_window(self) -> None:
        if self.window.isMinimized():
            self.window.showNormal()
        else:
            self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    @Slot()
    def show_reminders(self) -> None:
        if not self.reminder_window.reminders:
            return
        self.reminder_window.show()
        self.reminder_window.raise_()
        self.reminder_window.activateWindow()

    @Slot(QSystemTrayIcon.ActivationReason)
    def on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            if self.window.isVisible() and not self.window.isMinimized():
                self.window.hide()
            else:
                self.show_window()

    def keeps_running(self) -> bool:
        """Closing the window hides it in the tray (reminders keep firing) rather than quitting."""
        return self.icon is not None and not self.quitting and keep_running_in_tray(self.ctx.config)

    def hide_to_tray(self, event: QCloseEvent) -> bool:
        """MainWindow.closeEvent asks first; True when the window was hidden instead of closed."""
        if not self.keeps_running():
            return False
        event.ignore()
        self.window.hide()
        if self.icon is not None and not self.ctx.config.extra.get("tray.told"):
            # Said once: people otherwise think the app quit and wonder why reminders still appear.
            self.ctx.config.extra["tray.told"] = True
            self.icon.showMessage(self.tr("crm-desktop is still running"),
                                  self.tr("Reminders keep coming. Quit from the tray icon's menu or File › Quit."),
                                  QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
        return True

    @Slot()
    def quit(self) -> None:
        """Quit for real (File › Quit, the tray's Quit): the window closes as usual, then the app ends."""
        self.quitting = True
        self.reminder_window.hide()
        if not self.window.close():
            self.quitting = False    # the user chose to stay (unsaved changes, work running)
            return
        self.stop()
        if self.icon is not None:
            self.icon.hide()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def apply_start(self) -> None:
        """At start: show the window, or leave only the tray icon when the user asked to start minimized."""
        if self.icon is not None and start_minimized(self.ctx.config):
            return
        self.window.show()
