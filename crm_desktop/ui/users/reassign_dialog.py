"""Reassign everything of a user (an employee who leaves) to one or several others: pick them, see what each
gets, confirm; Edit › Undo gives it back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.models import Role
from crm_desktop.services.progress import Progress
from crm_desktop.services.users import ReassignPreview, ReassignResult, UserInfo, UserService
from crm_desktop.ui.context import AppContext

USER_ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = ("companies", "persons", "deals", "tasks")


class ReassignDialog(QDialog):
    """Targets on the left, the preview per target on the right; Reassign runs `UserService.reassign` in one
    transaction and leaves an undo step in `ctx.undo`."""

    def __init__(self, ctx: AppContext, from_user_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reassignDialog")
        self.ctx = ctx
        self.from_user_id = from_user_id
        self.preview: ReassignPreview | None = None
        self.outcome: ReassignResult | None = None
        self._generation = 0
        self._pending = 0
        self.setWindowTitle(self.tr("Reassign records"))
        self.resize(720, 420)

        self.heading = QLabel(self)
        self.heading.setObjectName("reassignHeading")
        self.heading.setWordWrap(True)
        self.targets = QListWidget(self)
        self.targets.setObjectName("reassignTargets")
        self.targets.setAccessibleName(self.tr("New owners"))
        self.targets.itemChanged.connect(self.on_targets_item_changed)
        targets_label = QLabel(self.tr("&New owners:"), self)
        targets_label.setBuddy(self.targets)
        self.open_only = QCheckBox(self.tr("Only &open deals and open tasks (closed deals and done tasks stay)"),
                                   self)
        self.open_only.setObjectName("reassignOpenOnly")
        self.open_only.toggled.connect(self.refresh_preview)
        self.table = QTreeWidget(self)
        self.table.setObjectName("reassignPreview")
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("New owner"), self.tr("Companies"), self.tr("People"), self.tr("Deals"),
                                    self.tr("Tasks")])
        header = self.table.header()
        header.setStretchLastSection(False)
        # The counts take the width their numbers and headings need; the owner's name gets the rest (no scrolling).
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        self.summary.setObjectName("reassignSummary")
        self.summary.setWordWrap(True)
        note = QLabel(self.tr("A company goes whole to one new owner, with its people, deals and tasks. Records in "
                              "the Trash stay. Edit › Undo gives everything back that nobody changed since."), self)
        note.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = self.buttons.addButton(self.tr("&Reassign"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("reassignApplyButton")
        self.apply_button.setEnabled(False)
        self.buttons.accepted.connect(self.on_apply)
        self.buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(targets_label)
        left.addWidget(self.targets, 1)
        right = QVBoxLayout()
        right.addWidget(self.table, 1)
        right.addWidget(self.summary)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(body, 1)
        layout.addWidget(self.open_only)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._load_users()

    @property
    def loading(self) -> bool:
        return self._pending > 0

    def show_error(self, exc: BaseException) -> None:
        text = str(exc) if isinstance(exc, CrmError) else self.tr("Unexpected error: %1").replace("%1", str(exc))
        QMessageBox.warning(self, self.windowTitle(), text)

    def _job(self, work: Any, done: Any) -> None:
        self._pending += 1

        def finished(result: Any) -> None:
            self._pending -= 1
            done(result)

        def failed(exc: BaseException) -> None:
            self._pending -= 1
            self.show_error(exc)

        self.ctx.runner.run(lambda _p: work(), finished, failed)

    def _load_users(self) -> None:
        service = UserService(self.ctx.db)
        self._job(service.list_users, self._fill_users)

    def _fill_users(self, users: list[UserInfo]) -> None:
        source = next((u for u in users if u.id == self.from_user_id), None)
        name = source.name if source else "?"
        self.heading.setText(self.tr("Hand the records of %1 to:").replace("%1", name))
        self.targets.blockSignals(True)
        for user in users:
            if user.id == self.from_user_id or not user.active or user.role == Role.READ_ONLY.value:
                continue
            item = QListWidgetItem(user.name, self.targets)
            item.setData(USER_ID_ROLE, user.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.targets.blockSignals(False)
        self.refresh_preview()

    def chosen(self) -> list[int]:
        return [int(self.targets.item(i).data(USER_ID_ROLE)) for i in range(self.targets.count())
                if self.targets.item(i).checkState() == Qt.CheckState.Checked]

    def set_chosen(self, user_ids: list[int]) -> None:
        """Check exactly these targets (as clicking would)."""
        for i in range(self.targets.count()):
            item = self.targets.item(i)
            wanted = int(item.data(USER_ID_ROLE)) in user_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    @Slot(QListWidgetItem)
    def on_targets_item_changed(self, _item: QListWidgetItem) -> None:
        self.refresh_preview()

    @Slot()
    def refresh_preview(self) -> None:
        targets = self.chosen()
        self._generation += 1
        generation = self._generation
        self.apply_button.setEnabled(False)
        self.preview = None
        if not targets:
            self.table.clear()
            self.summary.setText(self.tr("Choose one or several new owners."))
            return
        service, source, open_only = UserService(self.ctx.db), self.from_user_id, self.open_only.isChecked()

        def shown(preview: ReassignPreview) -> None:
            if generation == self._generation:
                self._show_preview(preview)

        self._job(lambda: service.reassign_preview(source, targets, open_only=open_only), shown)

    def _show_preview(self, preview: ReassignPreview) -> None:
        self.preview = preview
        locale = QLocale()
        self.table.clear()
        for share in preview.shares:
            item = QTreeWidgetItem([share.name, *(locale.toString(int(getattr(share, c))) for c in COLUMNS)])
            for column in range(1, 5):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(item)
        if preview.total == 0:
            self.summary.setText(self.tr("%1 owns no records to reassign.").replace("%1", preview.from_name))
        else:
            self.summary.setText(self.tr("%n records will change owner.", "", preview.total))
        self.apply_button.setEnabled(preview.total > 0)

    @Slot()
    def on_apply(self) -> None:
        if self.preview is None or self.preview.total == 0:
            return
        targets, open_only = self.chosen(), self.open_only.isChecked()
        db, source = self.ctx.db, self.from_user_id
        self.apply_button.setEnabled(False)
        name = self.preview.from_name

        def work(_progress: Progress) -> ReassignResult:
            return UserService(db).reassign(source, targets, open_only=open_only)

        def done(result: ReassignResult) -> None:
            self._pending -= 1
            self.outcome = result
            undo_id = result.id
            self.ctx.undo.push(self.tr("Reassign the records of %1").replace("%1", name),
                               lambda: UserService(db).undo_reassign(undo_id))
            self.ctx.bridge.post_data_changed("all")
            self.accept()

        def failed(exc: BaseException) -> None:
            self._pending -= 1
            self.show_error(exc)
            self.refresh_preview()

        self._pending += 1
        self.ctx.runner.run(work, done, failed, title=self.tr("Reassigning…"), parent_widget=self)
