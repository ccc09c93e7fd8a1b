"""What the Contacts panel does to the selected rows: add or remove a tag, change the owner, delete, export,
generate documents."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CancelledError, CrmError, ValidationError
from crm_desktop.services.contacts import ContactService
from crm_desktop.services.pipeline import PipelineService
from crm_desktop.services.progress import Progress
from crm_desktop.ui.contacts.filters import colour_icon
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.dialogs import ask_yes_no, run_modal
from crm_desktop.ui.i18n import isolate_ltr

NEW_TAG_COLOUR = "#4a90d9"
Selection = tuple[str, list[int]]  # kind, ids


class TagChoiceDialog(QDialog):
    """Choose one tag; when adding, a name typed that no tag has yet creates the tag."""

    def __init__(self, tags: list[tuple[int, str, str]], title: str, *, allow_new: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagChoiceDialog")
        self.setWindowTitle(title)
        self.tags = tags
        self.combo = QComboBox(self)
        self.combo.setObjectName("tagChoiceCombo")
        self.combo.setEditable(allow_new)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for tag_id, name, colour in tags:
            self.combo.addItem(colour_icon(colour), name, tag_id)
        if allow_new and not tags:
            self.combo.setCurrentText("")
        label = QLabel(self.tr("&Tag:") if not allow_new else self.tr("&Tag (choose or type a new one):"), self)
        label.setBuddy(self.combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(buttons)
        self.resize(360, 0)

    def choice(self) -> tuple[int | None, str]:
        """(tag id, "") for an existing tag; (None, name) for a new one; (None, "") when nothing was chosen."""
        text = " ".join(self.combo.currentText().split())
        for tag_id, name, _colour in self.tags:
            if name.casefold() == text.casefold():
                return tag_id, ""
        if not self.combo.isEditable():
            data = self.combo.currentData()
            return (int(data) if data is not None else None), ""
        return None, text


class OwnerChoiceDialog(QDialog):
    """Choose the new owner of the selected records, or nobody."""

    def __init__(self, owners: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ownerChoiceDialog")
        self.setWindowTitle(self.tr("Change owner"))
        self.combo = QComboBox(self)
        self.combo.setObjectName("ownerChoiceCombo")
        for owner_id, name in owners:
            self.combo.addItem(name, owner_id)
        self.combo.addItem(self.tr("Nobody"), None)
        form = QFormLayout()
        label = QLabel(self.tr("New &owner:"), self)
        label.setBuddy(self.combo)
        form.addRow(label, self.combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(360, 0)

    def owner_id(self) -> int | None:
        data = self.combo.currentData()
        return int(data) if data is not None else None


class BulkActions(QObject):
    """The bulk actions as QActions (toolbar, context menu and keys share them) over the panel's selection.

    `selection()` gives the kind and the selected ids; `listed()` the kind and all ids of the list (export of
    the whole list when nothing is selected). Writes run on the task runner; lists refresh by `data_changed`.
    """

    def __init__(self, ctx: AppContext, parent: QWidget, selection: Callable[[], Selection],
                 listed: Callable[[], Selection]) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent
        self.selection = selection
        self.listed = listed
        self.add_tag_action = self._action("addTagAction", self.on_add_tag)
        self.remove_tag_action = self._action("removeTagAction", self.on_remove_tag)
        self.owner_action = self._action("changeOwnerAction", self.on_change_owner)
        self.delete_action = self._action("deleteContactsAction", self.on_delete)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.export_action = self._action("exportContactsAction", self.on_export)
        self.generate_action = self._action("generateDocumentsAction", self.on_generate_documents)
        self.selection_actions = [self.add_tag_action, self.remove_tag_action, self.owner_action,
                                  self.delete_action, self.generate_action]
        self.retranslate()
        self.set_selected_count(0)

    def _action(self, name: str, slot: Callable[[], None]) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def retranslate(self) -> None:
        self.add_tag_action.setText(self.tr("Add &tag…"))
        self.remove_tag_action.setText(self.tr("&Remove tag…"))
        self.owner_action.setText(self.tr("Change &owner…"))
        self.delete_action.setText(self.tr("&Delete"))
        self.delete_action.setToolTip(self.tr("Move the selected records to the Trash (Del)"))
        self.export_action.setText(self.tr("E&xport…"))
        self.export_action.setToolTip(self.tr("Export the selected rows, or the whole list, to Excel or CSV"))
        self.generate_action.setText(self.tr("Gener&ate documents…"))
        self.generate_action.setToolTip(self.tr("Fill a Word template for each selected record, or one document "
                                                "for all of them"))

    def set_selected_count(self, count: int) -> None:
        for action in self.selection_actions:
            action.setEnabled(count > 0)

    def service(self) -> ContactService:
        return ContactService(self.ctx.db, self.ctx.user_id)

    def _run(self, work: Callable[[Progress], Any], done: Callable[[Any], None], title: str) -> None:
        self.ctx.runner.run(work, done, self.show_error, title=title, parent_widget=self.widget)

    def show_error(self, exc: BaseException) -> None:
        if isinstance(exc, CancelledError):
            self.ctx.bridge.post_message(self.tr("Cancelled; nothing was changed."))
            return
        text = str(exc) if isinstance(exc, CrmError) else self.tr("Unexpected error: %1").replace("%1", str(exc))
        QMessageBox.warning(self.widget, self.tr("Contacts"), text)

    def _changed(self, message: str) -> None:
        self.ctx.bridge.post_data_changed("contacts")
        self.ctx.bridge.post_message(message)

    def _push_undo(self, text: str, undo: Callable[[], object]) -> None:
        self.ctx.undo.push(text, undo)

    # ---- tags ---------------------------------------------------------------------------------------------
    @Slot()
    def on_add_tag(self) -> None:
        kind, ids = self.selection()
        if not ids:
            return
        dialog = TagChoiceDialog(self.service().list_tags(), self.tr("Add a tag"), allow_new=True,
                                 parent=self.widget)
        if not run_modal(dialog):
            return
        tag_id, new_name = dialog.choice()
        if tag_id is None and not new_name:
            return
        self.add_tag(kind, ids, tag_id, new_name)

    def add_tag(self, kind: str, ids: list[int], tag_id: int | None, new_name: str = "") -> None:
        service = self.service()

        def work(_progress: Progress) -> int:
            target = tag_id if tag_id is not None else service.save_tag(None, new_name, NEW_TAG_COLOUR)
            return service.add_tags(kind, ids, [target])

        self._run(work, lambda n: self._changed(self.tr("Tag added to %n record(s).", "", int(n))),
                  self.tr("Adding the tag…"))

    @Slot()
    def on_remove_tag(self) -> None:
        kind, ids = self.selection()
        if not ids:
            return
        tags = self.service().list_tags()
        if not tags:
            self.show_error(ValidationError(self.tr("There are no tags yet.")))
            return
        dialog = TagChoiceDialog(tags, self.tr("Remove a tag"), allow_new=False, parent=self.widget)
        if not run_modal(dialog):
            return
        tag_id, _name = dialog.choice()
        if tag_id is not None:
            self.remove_tag(kind, ids, tag_id)

    def remove_tag(self, kind: str, ids: list[int], tag_id: int) -> None:
        service = self.service()
        self._run(lambda _p: service.remove_tags(kind, ids, [tag_id]),
                  lambda n: self._changed(self.tr("Tag removed from %n record(s).", "", int(n))),
                  self.tr("Removing the tag…"))

    # ---- owner --------------------------------------------------------------------------------------------
    @Slot()
    def on_change_owner(self) -> None:
        kind, ids = self.selection()
        if not ids:
            return
        dialog = OwnerChoiceDialog(PipelineService(self.ctx.db, self.ctx.user_id).list_owners(), self.widget)
        if run_modal(dialog):
            self.change_owner(kind, ids, dialog.owner_id())

    def change_owner(self, kind: str, ids: list[int], owner_id: int | None) -> None:
        service = self.service()
        ctx = self.ctx

        def done(previous: dict[int, int | None]) -> None:
            self._changed(self.tr("Owner changed for %n record(s).", "", len(previous)))

            # Runs on the worker (UndoStack): services and the thread-safe bridge only.
            def undo() -> None:
                groups: dict[int | None, list[int]] = {}
                for record_id, old in previous.items():
                    groups.setdefault(old, []).append(record_id)
                undo_service = ContactService(ctx.db, ctx.user_id)
                for old, record_ids in groups.items():
                    undo_service.set_owner(kind, record_ids, old)
                ctx.bridge.post_data_changed("contacts")

            self._push_undo(self.tr("Change owner of %n record(s)", "", len(previous)), undo)

        self._run(lambda _p: service.set_owner(kind, ids, owner_id), done, self.tr("Changing the owner…"))

    # ---- delete -------------------------------------------------------------------------------------------
    @Slot()
    def on_delete(self) -> None:
        kind, ids = self.selection()
        if not ids:
            return
        text = (self.tr("Move %n person(s) to the Trash? They can be restored from there.", "", len(ids))
                if kind == "person" else
                self.tr("Move %n company(-ies) to the Trash? They can be restored from there.", "", len(ids)))
        if ask_yes_no(self.widget, self.tr("Delete"), text):
            self.delete(kind, ids)

    def delete(self, kind: str, ids: list[int]) -> None:
        service = self.service()
        ctx = self.ctx

        def done(count: int) -> None:
            self._changed(self.tr("%n record(s) moved to the Trash.", "", int(count)))

            def undo() -> None:  # on the worker, as the owner change's
                ContactService(ctx.db, ctx.user_id).restore(kind, ids)
                ctx.bridge.post_data_changed("contacts")

            self._push_undo(self.tr("Delete %n record(s)", "", len(ids)), undo)

        self._run(lambda _p: service.delete(kind, ids), done, self.tr("Moving to the Trash…"))

    # ---- export -------------------------------------------------------------------------------------------
    @Slot()
    def on_export(self) -> None:
        """The Export dialog, offering the selected rows and the list as shown besides every record."""
        from crm_desktop.ui.imports.export_dialog import ExportDialog, ExportScope  # loads the spreadsheet writer

        kind, selected = self.selection()
        _kind, listed = self.listed()
        target = "contacts" if kind == "person" else "companies"
        scopes = []
        if selected:
            scopes.append(ExportScope(target, self.tr("Only the %n selected row(s)", "", len(selected)),
                                      tuple(selected)))
        if listed:
            scopes.append(ExportScope(target, self.tr("Only the list as shown (%n record(s))", "", len(listed)),
                                      tuple(listed)))
        run_modal(ExportDialog(self.ctx, self.widget, kind=target, scopes=scopes))

    def export_to(self, kind: str, ids: list[int], path: Path) -> None:
        service = self.service()
        self._run(lambda progress: service.export_rows(kind, ids, path, progress),
                  lambda n: self.ctx.bridge.post_message(
                      self.tr("%n row(s) exported to %1", "", int(n))
                      .replace("%1", isolate_ltr(str(path)))),
                  self.tr("Exporting…"))

    # ---- documents ----------------------------------------------------------------------------------------
    @Slot()
    def on_generate_documents(self) -> None:
        from crm_desktop.ui.documents.generate_dialog import GenerateDocumentDialog  # loads the template engine

        kind, ids = self.selection()
        if ids:
            run_modal(GenerateDocumentDialog(self.ctx, kind, ids, self.widget))
