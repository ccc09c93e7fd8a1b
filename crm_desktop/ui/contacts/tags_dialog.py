"""Tags with colours: create, rename, recolour and delete them, each shown with how many contacts carry it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CancelledError, CrmError
from crm_desktop.services.contacts import ContactService, TagRef
from crm_desktop.services.progress import Progress
from crm_desktop.ui.contacts.bulk import NEW_TAG_COLOUR
from crm_desktop.ui.contacts.filters import colour_icon
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.dialogs import ask_yes_no, side_button
from crm_desktop.ui.i18n import isolate_ltr

COL_NAME, COL_USAGE = range(2)
TAG_ID_ROLE = Qt.ItemDataRole.UserRole
SWATCH_SIZE = 12  # colour_icon's

Loaded = tuple[list[TagRef], dict[int, int]]


class TagsDialog(QDialog):
    """Lists `ContactService.list_tags()` with `tag_usage()`; every change is saved at once on the task runner and
    posted as `data_changed("contacts")`, so the lists and their tag chips follow."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagsDialog")
        self.ctx = ctx
        self.service = ContactService(ctx.db, ctx.user_id)
        self.tags: list[TagRef] = []
        self.usage: dict[int, int] = {}
        self._generation = [0]  # lists: jobs that outlive a reload or the dialog itself read them
        self._shown_generation = 0
        self._alive = [True]
        self._writes = 0
        self.setWindowTitle(self.tr("Tags"))
        self.resize(520, 420)

        self.list = QTreeWidget(self)
        self.list.setObjectName("tagList")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Tag"), self.tr("People and companies")])
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_USAGE, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setAccessibleName(self.tr("Tags"))
        self.list.currentItemChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item, _column: self.on_rename_button_clicked())
        label = QLabel(self.tr("&Tags, with the number of people and companies that carry each:"), self)
        label.setBuddy(self.list)
        label.setWordWrap(True)
        self.empty = QLabel(self.tr("No tags yet. New… makes one."), self)
        self.empty.setObjectName("tagsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()

        self.new_button = side_button(self, self.tr("&New…"), "newTagButton")
        self.new_button.clicked.connect(self.on_new_button_clicked)
        self.rename_button = side_button(self, self.tr("&Rename…"), "renameTagButton")
        self.rename_button.setToolTip(self.tr("Rename the tag (F2)"))
        self.rename_button.clicked.connect(self.on_rename_button_clicked)
        self.colour_button = side_button(self, self.tr("&Colour…"), "tagColourButton")
        self.colour_button.setToolTip(self.tr("Choose the colour of the tag"))
        self.colour_button.clicked.connect(self.on_colour_button_clicked)
        self.delete_button = side_button(self, self.tr("&Delete"), "deleteTagButton")
        self.delete_button.setToolTip(self.tr("Delete the tag; it comes off everything that carries it (Del)"))
        self.delete_button.clicked.connect(self.on_delete_button_clicked)
        # Keys on the list itself, as in the other lists of the app: F2 renames, Del deletes after the question.
        for name, keys, slot in (
                ("renameTagAction", QKeySequence(Qt.Key.Key_F2), self.on_rename_button_clicked),
                ("deleteTagAction", QKeySequence(QKeySequence.StandardKey.Delete), self.on_delete_button_clicked)):
            action = QAction(self.list)
            action.setObjectName(name)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.list.addAction(action)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("tagsButtons")
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)

        side = QVBoxLayout()
        for button in (self.new_button, self.rename_button, self.colour_button, self.delete_button):
            side.addWidget(button)
        side.addStretch(1)
        body = QHBoxLayout()
        lists = QVBoxLayout()
        lists.addWidget(self.list, 1)
        lists.addWidget(self.empty, 1)
        body.addLayout(lists, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.finished.connect(self.on_finished)
        self._update_buttons()
        self.list.setFocus()
        self.reload()

    # ---- questions to the user: separate methods so that tests can answer them ----------------------------
    def ask_name(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        return value.strip() if ok and value.strip() else None

    def choose_colour(self, initial: str) -> QColor | None:
        colour = QColorDialog.getColor(QColor(initial), self, self.tr("Tag colour"))
        return colour if colour.isValid() else None

    def show_error(self, exc: BaseException) -> None:
        text = str(exc) if isinstance(exc, CrmError) else self.tr("Unexpected error: %1").replace("%1", str(exc))
        QMessageBox.warning(self, self.windowTitle(), text)

    # ---- loading ------------------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """True while a load or a change has not been shown yet."""
        return self._writes > 0 or self._shown_generation != self._generation[0]

    def reload(self, select_id: int | None = None) -> None:
        """Read the tags and their counts on the worker (a GROUP BY over every tagged record); keeps the current
        tag selected unless told otherwise. A newer load makes the result of an older one worthless."""
        current = self.current_tag()
        keep = select_id if select_id is not None else current[0] if current is not None else None
        item = self.list.currentItem()
        keep_row = max(self.list.indexOfTopLevelItem(item), 0) if item is not None else 0
        self._generation[0] += 1
        generation = self._generation[0]
        latest = self._generation
        service = self.service

        def work(_progress: Progress) -> Loaded | None:
            return (service.list_tags(), service.tag_usage()) if latest[0] == generation else None

        def done(result: Loaded | None) -> None:
            if result is not None and latest[0] == generation:
                self._shown_generation = generation
                self._fill(result[0], result[1], keep, keep_row)

        def failed(exc: BaseException) -> None:
            if latest[0] == generation:
                self._shown_generation = generation
                self.show_error(exc)

        self.ctx.runner.run(work, done, failed)

    def _fill(self, tags: list[TagRef], usage: dict[int, int], keep: int | None, keep_row: int) -> None:
        self.tags, self.usage = tags, usage
        locale = QLocale()
        self.list.clear()
        for tag_id, name, colour in tags:
            count = usage.get(tag_id, 0)
            item = QTreeWidgetItem([name, locale.toString(count)])
            item.setData(COL_NAME, TAG_ID_ROLE, tag_id)
            icon = colour_icon(colour)
            # The style tints a selected row's icon with the highlight; the swatch must keep its own colour.
            icon.addPixmap(icon.pixmap(SWATCH_SIZE, SWATCH_SIZE), QIcon.Mode.Selected)
            item.setIcon(COL_NAME, icon)
            item.setToolTip(COL_NAME, self.tr("%1, colour %2").replace("%2", isolate_ltr(colour))
                            .replace("%1", name))
            item.setTextAlignment(COL_USAGE, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        self.list.setVisible(bool(tags))
        self.empty.setVisible(not tags)
        # The tag kept, else the row that took its place (after a delete), else the last one.
        row = next((i for i, t in enumerate(tags) if t[0] == keep), min(keep_row, len(tags) - 1))
        current = self.list.topLevelItem(row) if row >= 0 else None
        if current is not None:
            self.list.setCurrentItem(current)
        self._update_buttons()

    def current_tag(self) -> TagRef | None:
        item = self.list.currentItem()
        if item is None:
            return None
        tag_id = item.data(COL_NAME, TAG_ID_ROLE)
        return next((t for t in self.tags if t[0] == tag_id), None)

    @Slot()
    def _update_buttons(self) -> None:
        has = self.current_tag() is not None
        for button in (self.rename_button, self.colour_button, self.delete_button):
            button.setEnabled(has)

    # ---- changes ------------------------------------------------------------------------------------------
    def _write(self, work: Callable[[], int | None], title: str) -> None:
        """Run a change on the worker; then tell every view, and show the tags again (the changed one selected)."""
        ctx, alive = self.ctx, self._alive
        self._writes += 1

        def finish() -> None:
            self._writes -= 1

        def done(tag_id: int | None) -> None:
            ctx.bridge.post_data_changed("contacts")
            if alive[0]:
                finish()
                self.reload(tag_id)

        def failed(exc: BaseException) -> None:
            if not alive[0]:
                ctx.bridge.post_error(str(exc))
                return
            finish()
            if not isinstance(exc, CancelledError):
                self.show_error(exc)
            self.reload()  # the tag may have gone meanwhile: show what is there now

        ctx.runner.run(lambda _progress: work(), done, failed, title=title, parent_widget=self)

    @Slot()
    def on_new_button_clicked(self) -> None:
        name = self.ask_name(self.tr("New tag"), self.tr("Name of the new tag:"))
        if name is not None:
            service = self.service
            self._write(lambda: service.save_tag(None, name, NEW_TAG_COLOUR), self.tr("Saving the tag…"))

    @Slot()
    def on_rename_button_clicked(self) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        tag_id, old_name, colour = tag
        name = self.ask_name(self.tr("Rename tag"), self.tr("New name of the tag '%1':").replace("%1", old_name),
                             old_name)
        if name is None or name == old_name:
            return
        service = self.service
        # Renaming re-indexes every record that carries the tag, for search: it can take a while on a big base.
        self._write(lambda: service.save_tag(tag_id, name, colour), self.tr("Renaming the tag…"))

    @Slot()
    def on_colour_button_clicked(self) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        colour = self.choose_colour(tag[2])
        if colour is not None:
            self.apply_colour(tag[0], colour)

    def apply_colour(self, tag_id: int, colour: QColor) -> None:
        """Give the tag the chosen colour (the Colour… button's second half, after the colour dialog)."""
        tag = next((t for t in self.tags if t[0] == tag_id), None)
        if tag is None or not colour.isValid() or colour.name().casefold() == tag[2].casefold():
            return
        service, name, value = self.service, tag[1], colour.name()
        self._write(lambda: service.save_tag(tag_id, name, value), self.tr("Saving the tag…"))

    @Slot()
    def on_delete_button_clicked(self) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        tag_id, name, _colour = tag
        count = self.usage.get(tag_id, 0)
        if count:
            # %Ln, not %n: the number written the way the language writes it (and the name's digits left alone).
            text = self.tr("Delete the tag '%1'? It comes off the %Ln contact(s) that carry it, and off any deals.",
                           "", count)
        else:
            text = self.tr("Delete the tag '%1'? No person or company carries it.")
        if not ask_yes_no(self, self.tr("Delete tag"), text.replace("%1", name)):
            return
        service = self.service

        def work() -> None:
            service.delete_tag(tag_id)

        self._write(work, self.tr("Deleting the tag…"))

    # ---- closing ------------------------------------------------------------------------------------------
    def done(self, result: int) -> None:
        # A change still running reports to this dialog and its progress dialog, a child of it: stay until then
        # (the progress dialog says what is going on once it takes more than half a second).
        if self._writes:
            return
        super().done(result)

    @Slot()
    def on_finished(self) -> None:
        self._alive[0] = False
        self._generation[0] += 1  # a load still queued is skipped, and its result is not shown
