"""The two offline-copy dialogs: take a copy for a laptop (everything or some owners' records), and bring one back
(a dry run first, then a list of conflicts with a choice per field, then the real merge in one transaction)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import offline
from crm_desktop.services.offline import BringBackResult, Conflict, CopyOutResult
from crm_desktop.services.pipeline import PipelineService
from crm_desktop.services.progress import Progress
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.i18n import db_filter, format_utc, isolate_ltr
from crm_desktop.ui.imports import error_text
from crm_desktop.ui.task_runner import Job

log = logging.getLogger(__name__)
LAST_FOLDER_KEY = "offline.last_folder"
ERROR_STYLE = "color: #b00020;"


def _start_folder(ctx: AppContext) -> Path:
    return Path(str(ctx.config.extra.get(LAST_FOLDER_KEY) or Path.home()))


def show_copy_mark(ctx: AppContext, label: QLabel) -> None:
    """Say in the status bar when the open database is an offline copy: of which file, taken when."""
    db = ctx.db

    def done(info: offline.CopyInfo | None) -> None:
        if info is None or not shiboken6.isValid(label) or db is not ctx.db:
            return
        label.setText(QCoreApplication.translate("OfflineCopy", "Offline copy of %1, taken %2")
                      .replace("%1", isolate_ltr(Path(info.source_file).name or "?"))
                      .replace("%2", format_utc(info.made_at)))
        label.setToolTip(QCoreApplication.translate(
            "OfflineCopy", "%1\nBring it back in the office with File › Bring back an offline copy…")
            .replace("%1", db.display_name))

    ctx.runner.run(lambda _p: offline.copy_mark(db), done,
                   lambda exc: log.warning("could not tell whether the database is an offline copy: %s", exc),
                   read_only=True)


def _start(dialog: TakeCopyDialog | BringBackDialog, fn: Callable[[Progress], Any],
           on_done: Callable[[Any], None], on_error: Callable[[BaseException], None], title: str,
           read_only: bool = False) -> Job:
    """Run `fn` on the runner; `dialog.job` is the job while it runs (a synchronous runner has finished it)."""
    finished = False

    def done(result: Any) -> None:
        nonlocal finished
        finished = True
        on_done(result)

    def failed(exc: BaseException) -> None:
        nonlocal finished
        finished = True
        on_error(exc)

    job = dialog.ctx.runner.run(fn, done, failed, title=title, parent_widget=dialog, read_only=read_only)
    dialog.job = None if finished else job
    return job


def _file_row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


class TakeCopyDialog(QDialog):
    """Choose the file and whose records go into the copy; the copy is written on the runner."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("takeCopyDialog")
        self.setWindowTitle(self.tr("Take an offline copy"))
        self.ctx = ctx
        self.job: Job | None = None
        self.result_: CopyOutResult | None = None

        intro = QLabel(self.tr("An offline copy is a database file to work in on a laptop without the office "
                               "network. Bring it back with File › Bring back an offline copy…; a copy can be "
                               "brought back once."), self)
        intro.setWordWrap(True)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("copyPath")
        stamp = date.today().isoformat()
        self.path_edit.setText(str(_start_folder(ctx) / f"crm-offline-{stamp}.db"))
        self.path_edit.textChanged.connect(lambda _t: self._update())
        self.browse_button = QPushButton(self.tr("&Choose…"), self)
        self.browse_button.clicked.connect(self.on_browse_button_clicked)

        self.scope_group = QButtonGroup(self)
        self.all_radio = QRadioButton(self.tr("&Everything"), self)
        self.all_radio.setObjectName("copyAll")
        self.all_radio.setChecked(True)
        self.owners_radio = QRadioButton(self.tr("Only the records &of:"), self)
        self.owners_radio.setObjectName("copyOwners")
        self.scope_group.addButton(self.all_radio)
        self.scope_group.addButton(self.owners_radio)
        self.owner_list = QListWidget(self)
        self.owner_list.setObjectName("copyOwnerList")
        self.owner_list.setToolTip(self.tr("Their companies, people, deals and tasks, and what those refer to"))
        self.owner_list.itemChanged.connect(lambda _i: self._update())
        self.scope_group.buttonToggled.connect(lambda *_a: self._update())
        actor = ctx.db.actor
        self.own_only = actor is not None and actor.own_records_only
        if self.own_only:
            # The service gives such a user only their own records anyway; the dialog says so.
            self.owners_radio.setChecked(True)
            self.all_radio.setEnabled(False)

        self.status = QLabel(self)
        self.status.setObjectName("copyStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.take_button = self.buttons.addButton(self.tr("&Take the copy"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.take_button.setObjectName("takeCopyButton")
        self.take_button.setDefault(True)
        self.buttons.accepted.connect(self.on_take_button_clicked)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path_edit)
        layout.addWidget(file_label)
        layout.addLayout(_file_row(self.path_edit, self.browse_button))
        layout.addWidget(self.all_radio)
        layout.addWidget(self.owners_radio)
        layout.addWidget(self.owner_list)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self._update()
        self.load_owners()

    def load_owners(self) -> None:
        db, user_id = self.ctx.db, self.ctx.user_id

        def done(owners: list[tuple[int, str]]) -> None:
            if not shiboken6.isValid(self):
                return
            for owner_id, name in owners:
                item = QListWidgetItem(name, self.owner_list)
                item.setData(Qt.ItemDataRole.UserRole, owner_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                mine = owner_id == (db.actor.user_id if db.actor else user_id)
                item.setCheckState(Qt.CheckState.Checked if mine else Qt.CheckState.Unchecked)
                if self.own_only and not mine:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self._update()

        self.ctx.runner.run(lambda _p: PipelineService(db, user_id).list_owners(), done,
                            lambda exc: log.warning("owners for the offline copy not read: %s", exc),
                            read_only=True)

    def owners(self) -> list[int] | None:
        """The chosen owners' ids, or None for everything."""
        if self.all_radio.isChecked():
            return None
        return [int(self.owner_list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.owner_list.count())
                if self.owner_list.item(i).checkState() == Qt.CheckState.Checked]

    def choose_owners(self, owner_ids: list[int]) -> None:
        self.owners_radio.setChecked(True)
        for i in range(self.owner_list.count()):
            item = self.owner_list.item(i)
            wanted = int(item.data(Qt.ItemDataRole.UserRole)) in owner_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def _update(self) -> None:
        running = self.job is not None
        owners = self.owners()
        self.owner_list.setEnabled(self.owners_radio.isChecked() and not running)
        self.take_button.setEnabled(not running and bool(self.path_edit.text().strip())
                                    and (owners is None or bool(owners)))
        for widget in (self.path_edit, self.browse_button, self.all_radio, self.owners_radio):
            widget.setEnabled(not running and not (widget is self.all_radio and self.own_only))

    @Slot()
    def on_browse_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Offline copy"), self.path_edit.text(), db_filter())
        if path:
            self.path_edit.setText(path)

    @Slot()
    def on_take_button_clicked(self) -> None:
        self.take()

    def take(self) -> Job | None:
        """Write the copy on the runner; the dialog closes when it is written."""
        if self.job is not None:
            return None
        target = Path(self.path_edit.text().strip()).expanduser()
        db, owners, user_id = self.ctx.db, self.owners(), self.ctx.user_id

        def work(progress: Progress) -> CopyOutResult:
            return offline.copy_out(db, target, owners, user_id=user_id, progress=progress)

        self.ctx.config.extra[LAST_FOLDER_KEY] = str(target.parent)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Taking the copy…"))
        job = _start(self, work, self.on_taken, self.on_failed, self.tr("Taking an offline copy…"))
        self._update()
        return job

    def on_taken(self, result: CopyOutResult) -> None:
        if not shiboken6.isValid(self):
            return
        self.job = None
        self.result_ = result
        self.ctx.bridge.post_message(self.tr("Offline copy written to %1").replace("%1", isolate_ltr(str(result.path))))
        super().accept()

    def on_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.job = None
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(error_text(exc, self))
        self._update()


# Columns of the conflict table.
COL_RECORD, COL_FIELD, COL_OFFICE, COL_COPY, COL_KEEP = range(5)


class BringBackDialog(QDialog):
    """Choose a copy; a dry run lists what would change and the conflicts, the user picks a side per conflict,
    and Bring back merges it for real."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bringBackDialog")
        self.setWindowTitle(self.tr("Bring back an offline copy"))
        self.ctx = ctx
        self.job: Job | None = None
        self.looked: BringBackResult | None = None
        self.result_: BringBackResult | None = None

        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("bringBackPath")
        self.path_edit.textChanged.connect(self.on_path_edit_text_changed)
        self.browse_button = QPushButton(self.tr("&Choose…"), self)
        self.browse_button.clicked.connect(self.on_browse_button_clicked)
        self.check_button = QPushButton(self.tr("&Compare"), self)
        self.check_button.setObjectName("bringBackCheck")
        self.check_button.clicked.connect(self.on_check_button_clicked)

        self.summary = QLabel(self.tr("Choose the copy; it is compared with this database before anything is "
                                      "written."), self)
        self.summary.setObjectName("bringBackSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("bringBackConflicts")
        self.table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Field"), self.tr("In this database"),
                                              self.tr("In the copy"), self.tr("Keep")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (COL_RECORD, COL_OFFICE, COL_COPY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (COL_FIELD, COL_KEEP):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.office_all_button = QPushButton(self.tr("Keep all from this &database"), self)
        self.office_all_button.setObjectName("bringBackAllOffice")
        self.office_all_button.clicked.connect(lambda: self.choose_all("office"))
        self.copy_all_button = QPushButton(self.tr("Take all from the c&opy"), self)
        self.copy_all_button.setObjectName("bringBackAllCopy")
        self.copy_all_button.clicked.connect(lambda: self.choose_all("copy"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.apply_button = self.buttons.addButton(self.tr("&Bring back"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.apply_button.setObjectName("bringBackApply")
        self.apply_button.clicked.connect(self.on_apply_button_clicked)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        file_label = QLabel(self.tr("&Copy:"), self)
        file_label.setBuddy(self.path_edit)
        layout.addWidget(file_label)
        row = _file_row(self.path_edit, self.browse_button)
        row.addWidget(self.check_button)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.office_all_button)
        choose_row.addWidget(self.copy_all_button)
        choose_row.addStretch(1)
        layout.addLayout(choose_row)
        layout.addWidget(self.buttons)
        self.resize(820, 520)
        self._update()

    # ---- texts ----------------------------------------------------------------------------------------------

    def kind_name(self, kind: str) -> str:
        return {"person": self.tr("Person"), "company": self.tr("Company"), "deal": self.tr("Deal"),
                "task": self.tr("Task"), "activity": self.tr("Timeline entry")}.get(kind, kind)

    def field_name(self, name: str) -> str:
        if name.startswith("custom:"):
            return name[len("custom:"):]
        labels = {
            "deleted": self.tr("In the Trash"), "stage": self.tr("Stage"), "channels": self.tr("Phones and emails"),
            "tags": self.tr("Tags"), "lines": self.tr("Products"), "reminders": self.tr("Reminders"),
            "first_name": self.tr("First name"), "last_name": self.tr("Last name"),
            "middle_name": self.tr("Middle name"), "position": self.tr("Position"), "city": self.tr("City"),
            "country": self.tr("Country"), "address": self.tr("Address"), "notes": self.tr("Notes"),
            "status": self.tr("Status"), "owner_id": self.tr("Owner"), "company_id": self.tr("Company"),
            "person_id": self.tr("Person"), "deal_id": self.tr("Deal"), "title": self.tr("Title"),
            "name": self.tr("Name"), "amount": self.tr("Amount"), "currency": self.tr("Currency"),
            "due_at": self.tr("Due"), "done_at": self.tr("Done"), "birthday": self.tr("Birthday"),
            "industry": self.tr("Industry"), "website": self.tr("Website"), "tax_id": self.tr("Tax ID"),
            "expected_close_on": self.tr("Expected close"), "lead_source_id": self.tr("Lead source"),
            "legal_name": self.tr("Legal name"), "subject": self.tr("Subject"), "body": self.tr("Text"),
        }
        return labels.get(name, name.replace("_", " "))

    def value_text(self, text: str) -> str:
        special = {"edited": self.tr("edited"), "in the Trash": self.tr("moved to the Trash"),
                   "deleted for good": self.tr("deleted for good"), "": self.tr("(empty)")}
        return special.get(text, text)

    def result_text(self, result: BringBackResult) -> str:
        if result.status == "already":
            when = result.brought_back_at.strftime("%Y-%m-%d %H:%M") if result.brought_back_at else "?"
            return self.tr("This copy was already brought back on %1 (UTC); nothing changed. Take a new copy to go "
                           "on working offline.").replace("%1", when)
        counts = self.tr("%1 added, %2 updated, %3 merged, %4 moved to the Trash, %5 conflicts")
        for n, value in enumerate((result.total("added"), result.total("updated"), result.total("merged"),
                                   result.total("deleted"), len(result.conflicts)), start=1):
            counts = counts.replace(f"%{n}", str(value))
        if result.status == "done":
            return self.tr("Brought back: %1.").replace("%1", counts)
        taken = format_utc(result.made_at)
        if result.made_by:
            head = self.tr("The copy was taken on %1 by %2.").replace("%1", taken).replace("%2", result.made_by)
        else:
            head = self.tr("The copy was taken on %1.").replace("%1", taken)
        would = self.tr("It would bring: %1.").replace("%1", counts)
        if result.conflicts:
            tail = self.tr("Choose which value to keep for each conflict, then Bring back.")
        else:
            tail = self.tr("No conflicts: Bring back writes it.")
        return " ".join((head, would, tail))

    # ---- actions -------------------------------------------------------------------------------------------

    def _update(self) -> None:
        running = self.job is not None
        done = self.result_ is not None
        has_conflicts = self.table.rowCount() > 0
        for widget in (self.path_edit, self.browse_button):
            widget.setEnabled(not running and not done)
        self.check_button.setEnabled(not running and not done and bool(self.path_edit.text().strip()))
        ready = self.looked is not None and self.looked.status in ("dry_run", "needs_choices")
        self.apply_button.setEnabled(not running and not done and ready)
        self.office_all_button.setEnabled(has_conflicts and not running and not done)
        self.copy_all_button.setEnabled(has_conflicts and not running and not done)
        self.table.setEnabled(not running and not done)

    @Slot(str)
    def on_path_edit_text_changed(self, _text: str) -> None:
        self.looked = None
        self.table.setRowCount(0)
        self._update()

    @Slot()
    def on_browse_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Bring back an offline copy"),
                                              str(_start_folder(self.ctx)), db_filter())
        if path:
            self.path_edit.setText(path)
            self.check(Path(path))

    @Slot()
    def on_check_button_clicked(self) -> None:
        self.check(Path(self.path_edit.text().strip()).expanduser())

    def check(self, path: Path) -> Job | None:
        """Dry run on the runner: what the copy would bring, and its conflicts to choose."""
        if self.job is not None:
            return None
        if self.path_edit.text().strip() != str(path):
            self.path_edit.setText(str(path))
        db = self.ctx.db
        self.ctx.config.extra[LAST_FOLDER_KEY] = str(path.parent)
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Comparing…"))
        job = _start(self, lambda p: offline.bring_back(db, path, dry_run=True, progress=p), self.on_looked,
                     self.on_failed, self.tr("Comparing the copy…"), read_only=True)
        self._update()
        return job

    def on_looked(self, result: BringBackResult) -> None:
        if not shiboken6.isValid(self):
            return
        self.job = None
        self.looked = result
        self.summary.setText(self.result_text(result))
        self.show_conflicts(result.conflicts)
        self._update()

    def show_conflicts(self, conflicts: tuple[Conflict, ...]) -> None:
        chosen = {c.key: self.choices().get(c.key) for c in conflicts}
        self.table.setRowCount(0)
        self.table.setRowCount(len(conflicts))
        for row, conflict in enumerate(conflicts):
            record = QTableWidgetItem(f"{self.kind_name(conflict.kind)}: {conflict.record}")
            record.setData(Qt.ItemDataRole.UserRole, conflict.key)
            self.table.setItem(row, COL_RECORD, record)
            self.table.setItem(row, COL_FIELD, QTableWidgetItem(self.field_name(conflict.field)))
            for column, text in ((COL_OFFICE, conflict.office), (COL_COPY, conflict.copy)):
                item = QTableWidgetItem(self.value_text(text))
                item.setToolTip(self.tr("When the copy was taken: %1").replace("%1", self.value_text(conflict.base)))
                self.table.setItem(row, column, item)
            combo = QComboBox(self.table)
            combo.setObjectName(f"bringBackKeep{row}")
            combo.addItem(self.tr("This database"), "office")
            combo.addItem(self.tr("The copy"), "copy")
            side = chosen.get(conflict.key) or conflict.chosen or "office"
            combo.setCurrentIndex(max(combo.findData(side), 0))
            self.table.setCellWidget(row, COL_KEEP, combo)
        self.table.resizeRowsToContents()

    def keep_combo(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, COL_KEEP)
        assert isinstance(widget, QComboBox)
        return widget

    def choices(self) -> dict[str, str]:
        """The side chosen for each conflict shown (every conflict has one: this database's, unless changed)."""
        found: dict[str, str] = {}
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COL_RECORD)
            if item is not None and self.table.cellWidget(row, COL_KEEP) is not None:
                found[str(item.data(Qt.ItemDataRole.UserRole))] = str(self.keep_combo(row).currentData())
        return found

    def choose_all(self, side: str) -> None:
        for row in range(self.table.rowCount()):
            combo = self.keep_combo(row)
            combo.setCurrentIndex(max(combo.findData(side), 0))

    @Slot()
    def on_apply_button_clicked(self) -> None:
        self.apply()

    def apply(self) -> Job | None:
        """The real bring-back with the choices shown, on the runner, in one transaction."""
        if self.job is not None or self.looked is None:
            return None
        path = Path(self.path_edit.text().strip()).expanduser()
        db, choices, user_id = self.ctx.db, self.choices(), self.ctx.user_id
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Bringing it back…"))
        job = _start(self, lambda p: offline.bring_back(db, path, choices, user_id=user_id, progress=p),
                     self.on_applied, self.on_failed, self.tr("Bringing back the offline copy…"))
        self._update()
        return job

    def on_applied(self, result: BringBackResult) -> None:
        if not shiboken6.isValid(self):
            return
        self.job = None
        if result.status == "needs_choices":
            # Someone saved in the office meanwhile and made a new conflict: show it to be chosen too.
            self.looked = result
            self.summary.setText(self.result_text(result))
            self.show_conflicts(result.conflicts)
            self._update()
            return
        self.result_ = result
        self.summary.setText(self.result_text(result))
        if result.status == "done":
            self.ctx.bridge.post_data_changed("all")
            self.ctx.bridge.post_message(self.result_text(result))
        self._update()

    def on_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.job = None
        self.looked = None
        self.table.setRowCount(0)
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText(error_text(exc, self))
        self._update()
