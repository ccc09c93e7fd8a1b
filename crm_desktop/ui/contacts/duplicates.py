"""Duplicates in the UI: the warning a card shows while a new record is typed, the Find Duplicates tool over the
whole base, and the merge dialog that chooses each field's value and can be undone."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CancelledError, CrmError
from crm_desktop.services.contacts import STATUSES
from crm_desktop.services.custom_fields import CustomFieldService
from crm_desktop.services.duplicates import (
    CUSTOM_PREFIX,
    MERGE_FIELDS_COMPANY,
    MERGE_FIELDS_PERSON,
    DuplicateCandidate,
    DuplicateGroup,
    DuplicateService,
)
from crm_desktop.services.pipeline import PipelineService
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.dialogs import run_modal, side_button
from crm_desktop.ui.i18n import format_utc

CHECK_DELAY_MS = 250  # typing pauses this long before the base is asked for look-alikes
BANNER_COLOR = "#fff4d6"
BANNER_BORDER = "#e0b252"
GROUP_ROLE = Qt.ItemDataRole.UserRole
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


def reason_text(reason: str, _widget: QWidget | None = None) -> str:
    """Why two records look like one, as the user reads it; several reasons are joined by commas."""
    names = {"phone": QCoreApplication.translate("DuplicateReason", "same phone"),
             "email": QCoreApplication.translate("DuplicateReason", "same email"),
             "tax_id": QCoreApplication.translate("DuplicateReason", "same tax id"),
             "name": QCoreApplication.translate("DuplicateReason", "similar name")}
    parts = [names.get(part.strip(), part.strip()) for part in reason.split(",") if part.strip()]
    return QCoreApplication.translate("DuplicateReason", ", ").join(parts)


def open_card(ctx: AppContext, kind: str, record_id: int, parent: QWidget | None) -> None:
    """Open the card of a person or a company (imported here: the cards import this module)."""
    if kind == "company":
        from crm_desktop.ui.contacts.company_card import open_company_card
        open_company_card(ctx, record_id, parent)
    else:
        from crm_desktop.ui.contacts.person_card import open_person_card
        open_person_card(ctx, record_id, parent)


class DuplicateWarning(QFrame):
    """A banner over a new card: "Possible duplicate: <name> (same phone)" with a button that opens that record.

    The card calls set_query() on every change of a name, phone, e-mail or tax id; the base is asked once the
    typing pauses.
    """

    open_requested = Signal(str, int)  # kind, id

    def __init__(self, service: DuplicateService, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateWarning")
        self.service = service
        self.kind = kind
        self.candidates: list[DuplicateCandidate] = []
        self.query: dict[str, object] = {}
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"#duplicateWarning {{ background: {BANNER_COLOR}; border: 1px solid {BANNER_BORDER};"
                           " border-radius: 4px; } #duplicateWarning QLabel { color: #5a4500; }")
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(8, 4, 8, 4)
        self.rows.setSpacing(2)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CHECK_DELAY_MS)
        self.timer.timeout.connect(self.check)
        self.hide()

    def set_query(self, *, name: str = "", phones: Sequence[str] = (), emails: Sequence[str] = (),
                  tax_id: str = "") -> None:
        """What the new record holds now; checked after a short pause."""
        query: dict[str, object] = {"name": name.strip(), "phones": tuple(p for p in phones if p.strip()),
                                    "emails": tuple(e for e in emails if e.strip()), "tax_id": tax_id.strip()}
        if query == self.query:
            return
        self.query = query
        self.timer.start()

    def stop(self) -> None:
        """The record was saved: no more warnings about it."""
        self.timer.stop()
        self.query = {}
        self.show_candidates([])

    @Slot()
    def check(self) -> None:
        self.timer.stop()
        query = self.query
        if not any(query.values()):
            self.show_candidates([])
            return
        try:
            found = self.service.check(self.kind, name=str(query["name"]),
                                       phones=query["phones"],  # type: ignore[arg-type]
                                       emails=query["emails"],  # type: ignore[arg-type]
                                       tax_id=str(query["tax_id"]))
        except CrmError:
            found = []  # a failed check warns of nothing; saving still works
        self.show_candidates(found)

    def show_candidates(self, candidates: list[DuplicateCandidate]) -> None:
        self.candidates = list(candidates)
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for candidate in self.candidates:
            row = QWidget(self)
            row.setObjectName("duplicateCandidate")
            box = QHBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 0)
            name = candidate.name if not candidate.detail else self.tr("%1, %2").replace(
                "%1", candidate.name).replace("%2", candidate.detail)
            text = self.tr("Possible duplicate: %1 (%2)").replace("%1", f"<b>{html.escape(name)}</b>").replace(
                "%2", html.escape(reason_text(candidate.reason, self)))
            label = QLabel(text, row)
            label.setObjectName("duplicateText")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            if self.isRightToLeft():  # a Latin name must not pull the sentence to the left edge
                label.setAlignment(Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignRight
                                   | Qt.AlignmentFlag.AlignVCenter)
            button = QPushButton(self.tr("Open"), row)
            button.setObjectName("openDuplicate")
            button.setAutoDefault(False)
            button.setAccessibleName(self.tr("Open %1").replace("%1", candidate.name))
            button.clicked.connect(lambda _checked=False, c=candidate: self.open_requested.emit(c.kind, c.id))
            box.addWidget(label, 1)
            box.addWidget(button)
            self.rows.addWidget(row)
        self.setVisible(bool(self.candidates))

    def texts(self) -> list[str]:
        """The warnings shown, as plain text."""
        return [label.text().replace("<b>", "").replace("</b>", "") for label in
                self.findChildren(QLabel, "duplicateText") if label.isVisibleTo(self)]


class FindDuplicatesDialog(QDialog):
    """Scans the whole base for groups of likely duplicates (on the worker, with a Cancel) and merges them."""

    def __init__(self, ctx: AppContext, kind: str = "person", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findDuplicatesDialog")
        self.setWindowTitle(self.tr("Find duplicates"))
        self.ctx = ctx
        self.service = DuplicateService(ctx.db, ctx.user_id, region=ctx.region)
        self.groups: list[DuplicateGroup] = []
        self.merge_dialog: MergeDialog | None = None
        self.searching = False

        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("duplicatesKind")
        self.kind_combo.addItem(self.tr("People"), "person")
        self.kind_combo.addItem(self.tr("Companies"), "company")
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
        kind_label = QLabel(self.tr("&Look among:"), self)
        kind_label.setBuddy(self.kind_combo)
        self.search_button = side_button(self, self.tr("&Search"), "searchDuplicatesButton")
        self.search_button.clicked.connect(self.on_search_button_clicked)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("duplicateGroups")
        self.tree.setAccessibleName(self.tr("Groups of duplicates"))
        self.tree.setHeaderLabels([self.tr("Records"), self.tr("Why")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(self.on_tree_item_activated)
        self.summary = QLabel(self.tr("Press Search to look through the whole base."), self)
        self.summary.setObjectName("duplicatesSummary")
        self.summary.setWordWrap(True)

        self.merge_button = side_button(self, self.tr("&Merge…"), "mergeDuplicatesButton")
        self.merge_button.clicked.connect(self.on_merge_button_clicked)
        self.open_button = side_button(self, self.tr("&Open"), "openDuplicateButton")
        self.open_button.clicked.connect(self.on_open_button_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(kind_label)
        top.addWidget(self.kind_combo)
        top.addWidget(self.search_button)
        top.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.merge_button)
        side.addWidget(self.open_button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.tree, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(640, 460)
        self._update_buttons()
        self.search_button.setFocus()

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    # ---- searching ----------------------------------------------------------------------------------------
    @Slot()
    def on_search_button_clicked(self) -> None:
        if self.searching:
            return
        kind, service = self.kind(), self.service
        self.searching = True
        self.search_button.setEnabled(False)
        self.summary.setText(self.tr("Searching…"))
        self.ctx.runner.run(lambda progress: service.find_groups(kind, progress), self.on_groups_found,
                            self.on_search_failed, title=self.tr("Looking for duplicates…"), parent_widget=self)

    def on_groups_found(self, groups: list[DuplicateGroup]) -> None:
        self.searching = False
        self.search_button.setEnabled(True)
        self.show_groups(groups)

    def on_search_failed(self, exc: BaseException) -> None:
        self.searching = False
        self.search_button.setEnabled(True)
        if isinstance(exc, CancelledError):
            self.summary.setText(self.tr("The search was cancelled."))
            return
        self.summary.setText(str(exc))

    def show_groups(self, groups: list[DuplicateGroup]) -> None:
        self.groups = list(groups)
        self.tree.clear()
        for group in self.groups:
            top = QTreeWidgetItem(self.tree, [self.tr("%1 records").replace("%1", str(len(group.ids))),
                                              reason_text(group.reason, self)])
            top.setData(0, GROUP_ROLE, group)
            top.setText(0, " / ".join(group.names))
            for record_id, name in zip(group.ids, group.names, strict=False):
                child = QTreeWidgetItem(top, [name, ""])
                child.setData(0, RECORD_ROLE, (group.kind, record_id))
            top.setExpanded(True)
        self.summary.setText(self.tr("No duplicates found.") if not groups else
                             self.tr("Groups found: %1. Choose one and press Merge.").replace("%1", str(len(groups))))
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._update_buttons()

    # ---- choosing -----------------------------------------------------------------------------------------
    def current_group(self) -> DuplicateGroup | None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        group = item.data(0, GROUP_ROLE) if item is not None else None
        return group if isinstance(group, DuplicateGroup) else None

    def current_record(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        record = item.data(0, RECORD_ROLE) if item is not None else None
        return record if isinstance(record, tuple) else None

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(self.current_group() is not None)
        self.open_button.setEnabled(self.current_record() is not None)

    @Slot(QTreeWidgetItem, int)
    def on_tree_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.parent() is None:
            self.on_merge_button_clicked()
        else:
            self.on_open_button_clicked()

    @Slot()
    def on_open_button_clicked(self) -> None:
        record = self.current_record()
        if record is not None:
            # Shown with exec(), this dialog blocks every other window: a card opened from it must be its child to
            # be usable (and is closed with it, see done()).
            open_card(self.ctx, record[0], record[1], self if self.isModal() else self.parentWidget())

    def done(self, result: int) -> None:
        from crm_desktop.ui.contacts.person_card import ContactCardDialog

        for card in self.findChildren(QDialog):
            if isinstance(card, ContactCardDialog) and card.isVisible():
                card.reject()  # asks about unsaved changes
                if card.isVisible():
                    return  # the user kept the card open: so does this dialog
        super().done(result)

    @Slot()
    def on_merge_button_clicked(self) -> None:
        group = self.current_group()
        if group is None:
            return
        try:
            dialog = MergeDialog(self.ctx, group.kind, group.ids, self)
        except CrmError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self.merge_dialog = dialog
        if run_modal(dialog):
            self.show_groups([g for g in self.groups if g is not group])
        self.merge_dialog = None
        dialog.deleteLater()


def show_find_duplicates(ctx: AppContext, kind: str, parent: QWidget | None) -> FindDuplicatesDialog:
    """Show Find Duplicates as a window of its own (not modal), so the cards it opens can be used beside it."""
    dialog = FindDuplicatesDialog(ctx, kind, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


class MergeDialog(QDialog):
    """Merges records into one: a column per record, a row per field, a radio per cell choosing the value kept,
    and which record survives. Everything else (deals, tasks, history, channels, tags) moves to the survivor."""

    def __init__(self, ctx: AppContext, kind: str, ids: Sequence[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.ctx = ctx
        self.kind = kind
        self.ids = tuple(ids)
        self.service = DuplicateService(ctx.db, ctx.user_id, region=ctx.region)
        self.pipeline = PipelineService(ctx.db, ctx.user_id)
        self.merge_id: int | None = None
        self.setWindowTitle(self.tr("Merge people") if kind == "person" else self.tr("Merge companies"))
        self.preview = self.service.merge_preview(kind, self.ids)
        self.mergeable = set(MERGE_FIELDS_PERSON if kind == "person" else MERGE_FIELDS_COMPANY)
        self.mergeable |= {field for field in self.preview if field.startswith(CUSTOM_PREFIX)}
        self.touched: set[str] = set()
        self._names = self._lookups()

        intro = QLabel(self.tr(
            "Choose the record to keep and, row by row, the value to keep. Deals, tasks, documents, attachments, "
            "history, phones, e-mails and tags of the other records move to the one kept; the others go to the "
            "Trash. The merge can be undone (Ctrl+Z)."), self)
        intro.setWordWrap(True)

        grid_page = QWidget(self)
        grid_page.setObjectName("mergeGrid")
        self.grid = QGridLayout(grid_page)
        self.grid.setHorizontalSpacing(16)
        self.survivor_group = QButtonGroup(self)
        self.survivor_radios: list[QRadioButton] = []
        self.field_groups: dict[str, QButtonGroup] = {}
        self.cells: dict[str, list[QRadioButton]] = {}
        keep_label = QLabel(self.tr("Keep record"), grid_page)
        bold = keep_label.font()
        bold.setBold(True)
        keep_label.setFont(bold)
        self.grid.addWidget(keep_label, 0, 0)
        titles = self.preview.get("name") or self._record_titles()
        for column, record_id in enumerate(self.ids):
            title = self._format("name", titles[column]) if column < len(titles) else ""
            # Duplicates often share their name: the number tells the records apart.
            radio = QRadioButton(self.tr("%1 (#%2)").replace("%1", title).replace("%2", str(record_id)), grid_page)
            radio.setObjectName(f"mergeSurvivor_{record_id}")
            radio.setToolTip(self.tr("Keep this record; the others are merged into it"))
            self.survivor_group.addButton(radio, column)
            self.survivor_radios.append(radio)
            self.grid.addWidget(radio, 0, column + 1)
        self.survivor_radios[0].setChecked(True)
        line = QFrame(grid_page)
        line.setFrameShape(QFrame.Shape.HLine)
        self.grid.addWidget(line, 1, 0, 1, len(self.ids) + 1)

        labels = self._field_labels()
        for row, (field, values) in enumerate(self.preview.items(), start=2):
            label = QLabel(labels.get(field, field), grid_page)
            label.setObjectName(f"mergeField_{field}")
            self.grid.addWidget(label, row, 0)
            group = QButtonGroup(self)
            self.field_groups[field] = group
            radios: list[QRadioButton] = []
            distinct = {self._key(v) for v in values if not self._empty(v)}
            for column, value in enumerate(values):
                radio = QRadioButton(self._format(field, value), grid_page)
                radio.setObjectName(f"mergeValue_{field}_{column}")
                radio.setAccessibleName(self.tr("%1: %2").replace("%1", labels.get(field, field))
                                        .replace("%2", self._format(field, value)))
                # Only fields that differ are a choice; fields not merged by value are shown for information.
                radio.setEnabled(field in self.mergeable and len(distinct) > 1 and not self._empty(value))
                group.addButton(radio, column)
                radios.append(radio)
                self.grid.addWidget(radio, row, column + 1)
            group.idClicked.connect(lambda _column, f=field: self.touched.add(f))
            self.cells[field] = radios
        self.grid.setRowStretch(len(self.preview) + 2, 1)
        self.grid.setColumnStretch(len(self.ids), 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_page)
        scroll.setBackgroundRole(QPalette.ColorRole.Base)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = self.buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(260 + 220 * len(self.ids), 560)

        self.survivor_group.idToggled.connect(self.on_survivor_toggled)
        self.apply_defaults()

    # ---- values -------------------------------------------------------------------------------------------
    @staticmethod
    def _empty(value: object) -> bool:
        return value is None or value == "" or value == () or value == []

    @staticmethod
    def _key(value: object) -> object:
        return value.casefold().strip() if isinstance(value, str) else repr(value)

    def _lookups(self) -> dict[str, dict[int, str]]:
        return {"owner_id": dict(self.pipeline.list_owners()),
                "lead_source_id": dict(self.pipeline.list_lead_sources())}

    def _record_titles(self) -> list[str]:
        first = self.preview.get("first_name") or []
        last = self.preview.get("last_name") or []
        return [" ".join(str(p) for p in (f, la) if p) for f, la in zip(first, last, strict=False)]

    def _field_labels(self) -> dict[str, str]:
        custom = {f"{CUSTOM_PREFIX}{d.id}": d.label
                  for d in CustomFieldService(self.ctx.db, self.ctx.user_id).list_definitions(self.kind)}
        return custom | {
            "first_name": self.tr("First name"), "last_name": self.tr("Last name"),
            "middle_name": self.tr("Middle name"), "position": self.tr("Position"), "company_id": self.tr("Company"),
            "company_role": self.tr("Role"), "birthday": self.tr("Birthday"), "address": self.tr("Address"),
            "city": self.tr("City"), "country": self.tr("Country"), "status": self.tr("Status"),
            "lead_source_id": self.tr("Lead source"), "owner_id": self.tr("Owner"), "notes": self.tr("Notes"),
            "name": self.tr("Name"), "legal_name": self.tr("Legal name"), "tax_id": self.tr("Tax ID"),
            "registration_no": self.tr("Registration no."), "industry": self.tr("Industry"),
            "website": self.tr("Website"), "legal_address": self.tr("Legal address"),
            "postal_address": self.tr("Postal address"), "bank_details": self.tr("Bank details"),
            "founded_on": self.tr("Founded on"), "channels": self.tr("Phones and emails"), "tags": self.tr("Tags"),
            "created_at": self.tr("Created"), "last_activity_at": self.tr("Last contact"),
        }

    def _format(self, field: str, value: object) -> str:
        if self._empty(value):
            return self.tr("—")
        if field == "company_id" and isinstance(value, int):
            party = self.pipeline.get_party("company", value)
            return party.name if party is not None else f"#{value}"
        if field in self._names and isinstance(value, int):
            return self._names[field].get(value, f"#{value}")
        if field == "status" and isinstance(value, str):
            names = dict(zip(STATUSES, (self.tr("Lead"), self.tr("Prospect"), self.tr("Client"),
                                        self.tr("Former client"), self.tr("Lost")), strict=False))
            return names.get(value, value)
        if isinstance(value, datetime):
            return format_utc(value, self.locale())
        if isinstance(value, date):
            from crm_desktop.ui.contacts.person_card import format_date
            return format_date(value, self.locale())
        if field == "company_role" and isinstance(value, str):
            from crm_desktop.ui.contacts.person_card import role_names
            return role_names(self).get(value, value)
        if isinstance(value, list | tuple):
            return ", ".join(str(v) for v in value)
        text = str(value)
        first_line = text.splitlines()[0] if text.splitlines() else text
        return first_line if len(first_line) <= 60 else first_line[:60] + "…"

    def survivor_column(self) -> int:
        return max(self.survivor_group.checkedId(), 0)

    def survivor_id(self) -> int:
        return self.ids[self.survivor_column()]

    def apply_defaults(self) -> None:
        """Each untouched row takes the survivor's value when it has one, else the first non-empty one."""
        survivor = self.survivor_column()
        for field, radios in self.cells.items():
            if field in self.touched:
                continue
            values = self.preview[field]
            column = survivor if not self._empty(values[survivor]) else next(
                (i for i, v in enumerate(values) if not self._empty(v)), survivor)
            radios[column].setChecked(True)

    @Slot(int, bool)
    def on_survivor_toggled(self, _column: int, checked: bool) -> None:
        if checked:
            self.apply_defaults()

    def choose(self, field: str, column: int) -> None:
        """Keep the value of `column` for `field` (as clicking its radio does)."""
        self.cells[field][column].setChecked(True)
        self.touched.add(field)

    def chosen(self) -> dict[str, object]:
        """Field -> the value kept, for every field merged by value."""
        result: dict[str, object] = {}
        for field, group in self.field_groups.items():
            if field not in self.mergeable:
                continue
            column = group.checkedId()
            result[field] = self.preview[field][column if column >= 0 else self.survivor_column()]
        return result

    # ---- merging ------------------------------------------------------------------------------------------
    def accept(self) -> None:
        survivor = self.survivor_id()
        merged = [record_id for record_id in self.ids if record_id != survivor]
        try:
            merge_id = self.service.merge(self.kind, survivor, merged, self.chosen())
        except CrmError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self.merge_id = merge_id
        self._push_undo(merge_id, len(self.ids))
        self.ctx.bridge.data_changed.emit("contacts")
        super().accept()

    def _push_undo(self, merge_id: int, count: int) -> None:
        service = self.service

        def undo_merge() -> None:
            service.undo_merge(merge_id)

        text = (self.tr("Merge %1 people") if self.kind == "person" else self.tr("Merge %1 companies")).replace(
            "%1", str(count))
        self.ctx.undo.push(text, undo_merge)


def merge_records(ctx: AppContext, kind: str, ids: Sequence[int], parent: QWidget | None = None,
                  ask: Callable[[MergeDialog], int] | None = None) -> int | None:
    """Open the merge dialog for these records (the Contacts panel's "Merge…"); the merge id, or None."""
    dialog = MergeDialog(ctx, kind, ids, parent)
    result = ask(dialog) if ask is not None else dialog.exec()
    merge_id = dialog.merge_id if result == QDialog.DialogCode.Accepted else None
    dialog.deleteLater()
    return merge_id
