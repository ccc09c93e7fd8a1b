"""The window's side of a database file shared by several PCs: "waiting for another user", who is working in the
file, other users' changes reloaded within seconds, maintenance notices, and the warning about synced folders."""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.db.database import Database
from crm_desktop.db.engine import is_network_path, sync_folder_kind
from crm_desktop.db.shared_file import MaintenanceNotice
from crm_desktop.models import utcnow
from crm_desktop.services import presence, reminders
from crm_desktop.services.progress import Progress
from crm_desktop.ui.bridge import CHANGED_BY_OTHERS
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.dialogs import run_modal
from crm_desktop.ui.i18n import format_utc, in_reading_direction, isolate_ltr
from crm_desktop.ui.task_runner import TaskRunner

log = logging.getLogger(__name__)

POLL_INTERVAL_MS = 2500      # others' changes show within a few seconds; one indexed row read each time
PEOPLE_EVERY = 4             # polls between two reads of who is working (10 s)
HEARTBEAT_EVERY = 12         # polls between two "still here" marks (30 s); others drop us after 2 minutes
UNREACHABLE_AFTER = 3        # failed polls in a row before the status bar says the file cannot be reached
LEAVE_WAIT_MS = 3000         # closing waits this long for our row to be removed; a stale row expires anyway
SYNC_WARNED_KEY = "sync_folder_warned:"   # + the file's path: the warning is shown once per file
WARNING_COLOR = "#c0392b"
# The main window's menu actions that write to the file; paused while someone else maintains it.
MAINTENANCE_PAUSED_ACTIONS = ("import_action", "restore_action", "backup_action")


@dataclass(frozen=True)
class PollResult:
    """What one round of the poll thread brought back to the UI thread."""

    db: Database
    poll: presence.Poll
    others: list[presence.WorkstationInfo] | None   # read every few rounds only


class WaitIndicator(QWidget):
    """A busy bar and "Waiting for another user…" while a save waits for the lock of a shared file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharingWaitIndicator")
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)   # busy: it moves without a known end
        self.bar.setTextVisible(False)
        self.bar.setFixedSize(QSize(48, 12))
        self.label = QLabel(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar)
        row.addWidget(self.label)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Waiting for another user…"))
        self.setToolTip(self.tr("Someone else is saving to this shared file; your change is saved as soon as "
                                "they are done. You can go on working."))


class MaintenanceBanner(QFrame):
    """The strip above the panels while someone else restores, migrates or compacts the shared file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharingMaintenanceBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#sharingMaintenanceBanner { background: #fff4ce; color: #3d3000; }")
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(20, 20))
        self.label = QLabel(self)
        self.label.setObjectName("sharingMaintenanceText")
        self.label.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
        self.hide()


class PresenceDialog(QDialog):
    """Who works in this file now: user, computer, since when, last seen."""

    COL_USER, COL_HOST, COL_SINCE, COL_SEEN = range(4)

    def __init__(self, rows: list[tuple[str, str, datetime | None, datetime | None]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharingPresenceDialog")
        self.setWindowTitle(self.tr("Who is working in this file"))
        self.table = QTableWidget(len(rows), 4, self)
        self.table.setObjectName("sharingPresenceTable")
        self.table.setHorizontalHeaderLabels([self.tr("User"), self.tr("Computer"), self.tr("Working since"),
                                              self.tr("Last seen")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, (user, host, since, seen) in enumerate(rows):
            values = (user, isolate_ltr(host), format_utc(since, self.locale()) if since else "",
                      format_utc(seen, self.locale()) if seen else "")
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        note = QLabel(self.tr("Changes made by the others appear in your lists within a few seconds."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, 300)


class SharingController(QObject):
    """Watches the open database for other users and shows what they do; owns the status-bar pieces of sharing.

    The poll runs on a thread of its own: the shared file may be locked by someone else's write, and neither the
    UI thread nor the app's task runner (the user's own saves) must wait behind a poll.
    """

    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.setObjectName("sharingController")
        self.main_window = window
        self.ctx = ctx
        self.db: Database | None = None
        self.started = False
        self.counter: int | None = None
        self.others: list[presence.WorkstationInfo] = []
        self.joined_at: datetime | None = None
        self.maintenance: MaintenanceNotice | None = None
        self.failures = 0
        self._ticks = 0
        self._polling = False
        self._waiting: dict[int, bool] = {}   # thread id -> waiting, so two waits at once show as one
        self._waiting_lock = threading.Lock()
        self.runner = TaskRunner(self)

        self.wait_indicator = WaitIndicator(window)
        self.presence_button = QToolButton(window)
        self.presence_button.setObjectName("sharingPresence")
        self.presence_button.setAutoRaise(True)
        self.presence_button.clicked.connect(self.on_presence_button_clicked)
        self.file_label = QLabel(window)
        self.file_label.setObjectName("sharingFileKind")
        self.file_label.hide()
        status = window.statusBar()
        # Permanent widgets: a passing status message does not hide them.
        status.addPermanentWidget(self.wait_indicator)
        status.addPermanentWidget(self.file_label)
        status.addPermanentWidget(self.presence_button)
        self.banner = MaintenanceBanner(window)
        self._wrap_central()

        self.timer = QTimer(self)
        self.timer.setInterval(POLL_INTERVAL_MS)
        self.timer.timeout.connect(self.on_timer_timeout)
        ctx.bridge.write_waiting.connect(self.on_bridge_write_waiting)
        ctx.bridge.data_changed.connect(self.on_bridge_data_changed)
        window.installEventFilter(self)   # the window's language changes reach this object through it
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.main_window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def _wrap_central(self) -> None:
        """Put the maintenance banner above the window's panels without the window knowing about it."""
        central = self.main_window.takeCentralWidget()
        container = QWidget(self.main_window)
        container.setObjectName("sharingCentral")
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        self.content = central
        if central is not None:
            column.addWidget(central, 1)
        self.main_window.setCentralWidget(container)

    # ---- life cycle ---------------------------------------------------------------------------------------
    def start(self) -> None:
        """Follow the open database: the wait listener, the file's kind, joining, then a poll every few seconds."""
        self.started = True
        self._attach(self.ctx.db)
        self.timer.start()

    def suspend(self) -> None:
        """Stop looking at the file (it is about to be replaced); the next database set on the window resumes."""
        self.timer.stop()
        self._detach()

    def stop(self) -> None:
        """Leave the file (best effort, briefly) and stop polling; called when the window closes."""
        self.started = False
        self.timer.stop()
        db = self.db
        self._detach()
        if db is not None:
            self._run_quiet(lambda: presence.PresenceService(db).leave())
            self.runner.wait_idle(LEAVE_WAIT_MS)

    def _attach(self, db: Database) -> None:
        self._detach()
        self.db = db
        self.counter = None
        self.others = []
        self.failures = 0
        self._ticks = 0
        self.joined_at = utcnow()
        self._set_maintenance(None)
        db.add_wait_listener(self._on_wait)
        self._show_file_kind(db)
        user_id = self.ctx.user_id
        self._run_quiet(lambda: presence.PresenceService(db).join(user_id))
        self.refresh_presence_button()
        self.poll_now()
        if self._sync_kind(db) is not None:
            QTimer.singleShot(0, self.warn_about_sync_folder)

    def _detach(self) -> None:
        if self.db is not None:
            self.db.remove_wait_listener(self._on_wait)
        with self._waiting_lock:
            self._waiting.clear()
        self.wait_indicator.hide()
        self.db = None

    def _run_quiet(self, fn: Callable[[], object]) -> None:
        """Bookkeeping writes on the poll thread; a failure is logged, never shown: the next round tries again.

        They are background writes for the database: a wait for the lock is brief and not shown as the user's."""
        self.runner.run(lambda _progress: fn(), None, lambda exc: log.info("sharing bookkeeping failed: %s", exc))

    # ---- waiting for the lock -----------------------------------------------------------------------------
    def _on_wait(self, waiting: bool) -> None:
        """Called by the database on the thread whose write waits; the bridge carries it to the UI thread."""
        with self._waiting_lock:
            if waiting:
                self._waiting[threading.get_ident()] = True
            else:
                self._waiting.pop(threading.get_ident(), None)
            anyone = bool(self._waiting)
        self.ctx.bridge.post_write_waiting(anyone)

    @Slot(bool)
    def on_bridge_write_waiting(self, waiting: bool) -> None:
        self.wait_indicator.setVisible(waiting)

    # ---- polling ------------------------------------------------------------------------------------------
    @Slot()
    def on_timer_timeout(self) -> None:
        self.poll_now()

    def poll_now(self) -> None:
        """One round on the poll thread: the change counter, now and then who is working and "still here"."""
        db = self.db
        if db is None or self._polling:
            return   # a round still waits for the file: do not queue more behind it
        self._polling = True
        self._ticks += 1
        last = self.counter
        read_people = self._ticks == 1 or self._ticks % PEOPLE_EVERY == 0
        beat = self._ticks % HEARTBEAT_EVERY == 0

        def work(_progress: Progress) -> PollResult:
            service = presence.PresenceService(db)
            if beat:
                service.heartbeat()
            result = presence.poll(db, last)
            return PollResult(db, result, service.others() if read_people else None)

        self.runner.run(work, self.on_poll_done, self.on_poll_failed)

    def on_poll_done(self, result: PollResult) -> None:
        self._polling = False
        if result.db is not self.db:
            return   # the window opened another file meanwhile
        if result.poll.busy:
            # Taken for maintenance or a long write: keep what is shown (the notice seen last) and look again.
            self._set_maintenance(result.poll.maintenance)
            return
        if self.failures >= UNREACHABLE_AFTER:
            self.file_label.setStyleSheet("")
            self._show_file_kind(result.db)
        self.failures = 0
        first = self.counter is None
        self.counter = result.poll.counter
        self._set_maintenance(result.poll.maintenance)
        if result.others is not None:
            self.others = list(result.others)
            self.refresh_presence_button()
        if result.poll.changed_by_other and not first:
            # Every open list, the board, the calendar and the dashboard reload; reminders are read again.
            self.ctx.bridge.post_data_changed(CHANGED_BY_OTHERS)
            reminders.notify_changed()

    def on_poll_failed(self, exc: BaseException) -> None:
        self._polling = False
        self.failures += 1
        log.info("poll of the shared file failed: %s", exc)
        if self.failures == UNREACHABLE_AFTER and self.maintenance is None:
            self.file_label.setText(self.tr("Database file not reachable"))
            self.file_label.setToolTip(str(exc))
            self.file_label.setStyleSheet(f"color: {WARNING_COLOR}")
            self.file_label.show()

    @Slot(str)
    def on_bridge_data_changed(self, kind: str) -> None:
        if kind == "all" and self.started and self.ctx.db is not self.db:
            # Another file is open now. The old file's row expires by itself: the old Database is being closed.
            self._attach(self.ctx.db)
            self.timer.start()

    # ---- maintenance --------------------------------------------------------------------------------------
    def _set_maintenance(self, notice: MaintenanceNotice | None) -> None:
        if notice is not None and self.db is not None and notice.session_uuid == self.db.session_uuid:
            notice = None   # our own maintenance: this window started it and shows its own progress
        self.maintenance = notice
        if notice is not None:
            self.banner.label.setText(in_reading_direction(self.maintenance_text(notice)))
        self.banner.setVisible(notice is not None)
        # Reads and writes wait for the file anyway: say so instead of letting every click hang. The menu's
        # import and restore would only queue behind the maintenance (or clash with a restore).
        paused = notice is not None
        if self.content is not None:
            self.content.setEnabled(not paused)
        for name in MAINTENANCE_PAUSED_ACTIONS:
            action = getattr(self.main_window, name, None)
            if isinstance(action, QAction):
                action.setEnabled(not paused)

    def maintenance_text(self, notice: MaintenanceNotice) -> str:
        what = notice.what
        user = notice.user or self.tr("someone")
        host = notice.host or self.tr("another computer")
        texts = {
            "restore": self.tr("%1 on %2 is restoring the database from a backup; please wait."),
            "migrate": self.tr("%1 on %2 is updating the database to a new version; please wait."),
            "vacuum": self.tr("%1 on %2 is compacting the database; please wait."),
        }
        text = texts.get(what, self.tr("%1 on %2 is doing maintenance on the database; please wait."))
        return text.replace("%1", user).replace("%2", isolate_ltr(host)) + " " + self.tr(
            "Editing is paused until they are done; nothing you saved is lost.")

    # ---- who is working -----------------------------------------------------------------------------------
    def refresh_presence_button(self) -> None:
        count = len(self.others) + 1
        if count == 1:
            self.presence_button.setText(self.tr("Only you"))
        else:
            self.presence_button.setText(self.tr("%n people in this file", "", count))
        names = [f"{o.user_name or '?'} ({o.host})" for o in self.others]
        self.presence_button.setToolTip(self.tr("Working in this file now: %1").replace(
            "%1", ", ".join([self.tr("you"), *names])) if names else self.tr("Nobody else works in this file now."))

    def presence_rows(self) -> list[tuple[str, str, datetime | None, datetime | None]]:
        me = (self.tr("%1 (you)").replace("%1", self.ctx.user_name), socket.gethostname(), self.joined_at,
              utcnow())
        return [me, *((o.user_name or "?", o.host, o.since, o.seen_at) for o in self.others)]

    @Slot()
    def on_presence_button_clicked(self) -> None:
        run_modal(PresenceDialog(self.presence_rows(), self.main_window))

    # ---- where the file lives -----------------------------------------------------------------------------
    @staticmethod
    def _sync_kind(db: Database) -> str | None:
        return sync_folder_kind(db.path) if db.path is not None else None

    def _show_file_kind(self, db: Database) -> None:
        style = self.main_window.style()
        kind = self._sync_kind(db)
        if kind is not None:
            self.file_label.setPixmap(
                style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(16, 16))
            self.file_label.setToolTip(self.sync_warning_text(kind))
            self.file_label.show()
        elif db.shared or (db.path is not None and is_network_path(db.path)):
            self.file_label.setText(self.tr("Shared file (network)"))
            self.file_label.setToolTip(self.tr(
                "This file is on a network share: several people can work in it at once. Saves wait for each "
                "other; changes made by others appear within seconds."))
            self.file_label.show()
        else:
            self.file_label.clear()
            self.file_label.hide()

    def sync_warning_text(self, kind: str) -> str:
        return self.tr(
            "This database is in a folder synchronised by %1. Such services copy the file while it is being "
            "written and bring back other computers' copies whole: when two people work in it, changes are lost "
            "or the file is damaged. To work together, put the file on a network share (a shared folder of your "
            "office's server or NAS); to work away from the office, take an offline copy instead.").replace(
            "%1", kind)

    @Slot()
    def warn_about_sync_folder(self) -> None:
        """Once per file: the warning dialog; the status bar's icon keeps saying it afterwards."""
        db = self.db
        if db is None or db.path is None:
            return
        kind = self._sync_kind(db)
        key = SYNC_WARNED_KEY + str(Path(db.path).resolve())
        if kind is None or self.ctx.config.extra.get(key):
            return
        self.ctx.config.extra[key] = True
        try:
            self.ctx.config.save()
        except OSError as exc:
            log.warning("settings not saved: %s", exc)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Database in a synchronised folder"),
                          self.sync_warning_text(kind), QMessageBox.StandardButton.Ok, self.main_window)
        box.setObjectName("sharingSyncWarning")
        run_modal(box)

    def retranslate(self) -> None:
        self.wait_indicator.retranslate()
        self.refresh_presence_button()
        if self.maintenance is not None:
            self.banner.label.setText(in_reading_direction(self.maintenance_text(self.maintenance)))
        if self.db is not None and self.failures < UNREACHABLE_AFTER:
            self._show_file_kind(self.db)
