"""The Trash of people and companies: restore them, or delete them forever after a question."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.services.contacts import ContactService, TrashItem
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.dialogs import ask_yes_no, side_button
from crm_desktop.ui.i18n import format_utc

ITEM_ROLE = Qt.ItemDataRole.UserRole


class TrashDialog(QDialog):
    """Lists `ContactService.trash()`; Restore and Delete forever act on the selected rows."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, kind: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactTrashDialog")
        self.ctx = ctx
        self.kind = kind
        self.service = ContactService(ctx.db, ctx.user_id)
        self.changed = False
        self.setWindowTitle(self.tr("Trash"))
        self.resize(640, 440)

        self.list = QTreeWidget(self)
        self.list.setObjectName("trashList")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Deleted")])
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.setAccessibleName(self.tr("Deleted people and companies"))
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.installEventFilter(self)
        self.empty = QLabel(self.tr("The Trash is empty."), self)
        self.empty.setObjectName("trashEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.restore_button = side_button(self, self.tr("&Restore"), "restoreButton")
        self.restore_button.clicked.connect(self.on_restore_button_clicked)
        self.purge_button = side_button(self, self.tr("&Delete forever…"), "purgeButton")
        self.purge_button.clicked.connect(self.on_purge_button_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(self.purge_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        try:
            items = self.service.trash(self.kind)
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Trash"), str(exc))
            items = []
        self.list.clear()
        kinds = {"person": self.tr("Person"), "company": self.tr("Company")}
        for item in items:
            row = QTreeWidgetItem([item.name, kinds.get(item.kind, item.kind), format_utc(item.deleted_at)])
            row.setData(0, ITEM_ROLE, item)
            self.list.addTopLevelItem(row)
        self.list.setVisible(bool(items))
        self.empty.setVisible(not items)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self._update_buttons()

    def selected(self) -> list[TrashItem]:
        return [item.data(0, ITEM_ROLE) for item in self.list.selectedItems()]

    def _by_kind(self, items: list[TrashItem]) -> dict[str, list[int]]:
        grouped: dict[str, list[int]] = {}
        for item in items:
            grouped.setdefault(item.kind, []).append(item.id)
        return grouped

    @Slot()
    def _update_buttons(self) -> None:
        has = bool(self.list.selectedItems())
        self.restore_button.setEnabled(has)
        self.purge_button.setEnabled(has)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Del in the list deletes forever (after the question), as the button does.
        if watched is self.list and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Delete and self.purge_button.isEnabled():
            self.on_purge_button_clicked()
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def on_restore_button_clicked(self) -> None:
        items = self.selected()
        if not items:
            return
        try:
            for kind, ids in self._by_kind(items).items():
                self.service.restore(kind, ids)
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Trash"), str(exc))
        self._changed()

    @Slot()
    def on_purge_button_clicked(self) -> None:
        items = self.selected()
        if not items:
            return
        text = (self.tr("Delete '%1' forever? This cannot be undone.").replace("%1", items[0].name)
                if len(items) == 1 else
                self.tr("Delete %n records forever? This cannot be undone.", "", len(items)))
        if not ask_yes_no(self, self.tr("Delete forever"), text):
            return
        try:
            for kind, ids in self._by_kind(items).items():
                self.service.purge(kind, ids)
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Trash"), str(exc))
        self._changed()

    def _changed(self) -> None:
        self.changed = True
        self.reload()
        self.ctx.bridge.post_data_changed("contacts")
