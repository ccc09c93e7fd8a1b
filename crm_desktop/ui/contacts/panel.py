"""The Contacts panel: people or companies in a table over ids, search as you type, filters, segments, the Trash.

The id list of the current kind, search text, filter and sort is one query on the task runner; a newer query
makes the result of an older one worthless, so every load carries a generation number and stale results are
dropped (a queued one is not even run). Rows are read a page at a time by `ContactTableModel`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QCursor, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.services.contact_list import ContactFilter, ContactListService, SegmentInfo
from crm_desktop.services.progress import Progress
from crm_desktop.ui.contacts.bulk import BulkActions, Selection
from crm_desktop.ui.contacts.company_card import open_company_card
from crm_desktop.ui.contacts.duplicates import show_find_duplicates
from crm_desktop.ui.contacts.filters import FilterDialog, active_conditions, load_choices
from crm_desktop.ui.contacts.person_card import open_person_card
from crm_desktop.ui.contacts.table_model import ContactTableModel, TagChipsDelegate, column_title, columns_of
from crm_desktop.ui.contacts.tags_dialog import TagsDialog
from crm_desktop.ui.contacts.trash_dialog import TrashDialog
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.dialogs import ask_yes_no, run_modal
from crm_desktop.ui.panels import Panel

SEARCH_DELAY_MS = 150
BUSY_HINT_MS = 300  # a load still running after this shows "Searching…" in the status line
MAX_KEPT_SELECTION = 5000  # a refresh re-selects at most this many rows by id; larger selections are dropped
SIDE_ROLE = Qt.ItemDataRole.UserRole
HIDDEN_COLUMNS_KEY = "contacts.hidden_columns.%s"  # in AppConfig.extra, per kind
DEFAULT_WIDTHS = {"name": 210, "company": 190, "position": 150, "phone": 140, "email": 200, "city": 120,
                  "status": 100, "owner": 130, "tags": 170, "last_activity": 110, "created": 110, "industry": 150,
                  "tax_id": 120, "people": 70}
# What other panels change that the lists show: last contact dates, open tasks, won deals.
REFRESHING_KINDS = frozenset({"all", "contacts", "tasks", "deals", "activities", "custom_fields", "undo",
                              "others"})


@dataclass(frozen=True)
class ListQuery:
    """What the table shows: kind, search text, filter and sort ("" sort: ranked by the search)."""

    kind: str
    text: str
    filt: ContactFilter
    sort: str
    descending: bool


@dataclass(frozen=True)
class ViewState:
    """Selection, current row and scroll position by ids, to put back after the list was reloaded."""

    selected: tuple[int, ...]
    current: int | None
    top: int | None


class ContactHeaderView(QHeaderView):
    """The column header; it paints sections without asking the selection model.

    Qt's own section style option works out whether the neighbouring columns are wholly selected, which visits
    every row through the (Python) model: with a million rows selected, tens of seconds per repaint.
    """

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logical_index: int) -> None:
        self.initStyleOption(option)
        model = self.model()
        orientation = self.orientation()
        option.section = logical_index
        if self.window().isActiveWindow():
            option.state |= QStyle.StateFlag.State_Active
        if self.sectionsClickable():
            option.state |= QStyle.StateFlag.State_Raised
            if self.underMouse() and self.logicalIndexAt(self.mapFromGlobal(QCursor.pos())) == logical_index:
                option.state |= QStyle.StateFlag.State_MouseOver
        text = model.headerData(logical_index, orientation, Qt.ItemDataRole.DisplayRole) if model else None
        option.text = "" if text is None else str(text)
        alignment = model.headerData(logical_index, orientation, Qt.ItemDataRole.TextAlignmentRole) \
            if model else None
        option.textAlignment = Qt.AlignmentFlag(int(alignment)) if alignment is not None \
            else self.defaultAlignment()
        option.iconAlignment = Qt.AlignmentFlag.AlignVCenter
        if self.isSortIndicatorShown() and self.sortIndicatorSection() == logical_index:
            option.sortIndicator = (QStyleOptionHeader.SortIndicator.SortDown
                                    if self.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
                                    else QStyleOptionHeader.SortIndicator.SortUp)
        shown = [v for v in range(self.count()) if not self.isSectionHidden(self.logicalIndex(v))]
        visual = self.visualIndex(logical_index)
        positions = QStyleOptionHeader.SectionPosition
        if len(shown) <= 1:
            option.position = positions.OnlyOneSection
        elif shown and visual == shown[0]:
            option.position = positions.Beginning
        elif shown and visual == shown[-1]:
            option.position = positions.End
        else:
            option.position = positions.Middle
        option.selectedPosition = QStyleOptionHeader.SelectedPosition.NotAdjacent


class ContactTableView(QTableView):
    """The table; Enter opens the current row's card."""

    open_requested = Signal(int)  # row

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class ContactsPanel(Panel):
    """People and companies over `ContactListService`, with the bulk actions of `BulkActions`."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("contactsPanel", parent)
        self.ctx = ctx
        self.lists = ContactListService(ctx.db, ctx.user_id)
        self.kind = "person"
        self.filter = ContactFilter()
        self.segment_id: int | None = None
        self.segments: list[SegmentInfo] = []
        self.sort_key = "name"
        self.descending = False
        self.user_sorted = False
        self.total = 0
        self.shown_query: ListQuery | None = None
        self._generation = [0]  # a list: the worker reads it to skip queries that are already stale
        self._shown_generation = 0
        self._loaded_once = False
        self._dirty = False
        self._segments_generation = [0]

        # ---- top row: kind, search, filter, new ----
        self.people_button = self._kind_button("peopleButton")
        self.companies_button = self._kind_button("companiesButton")
        self.people_button.setChecked(True)
        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        self.kind_group.addButton(self.people_button)
        self.kind_group.addButton(self.companies_button)
        self.kind_group.buttonClicked.connect(self.on_kind_group_clicked)
        self.search = QLineEdit(self)
        self.search.setObjectName("contactSearch")
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.on_search_timer_timeout)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.filter_button = QPushButton(self)
        self.filter_button.setObjectName("filterButton")
        self.filter_button.clicked.connect(self.on_filter_button_clicked)
        self.clear_filter_button = QToolButton(self)
        self.clear_filter_button.setObjectName("clearFilterButton")
        self.clear_filter_button.setText("✕")
        self.clear_filter_button.clicked.connect(self.on_clear_filter_button_clicked)
        self.new_person_button = QPushButton(self)
        self.new_person_button.setObjectName("newPersonButton")
        self.new_person_button.clicked.connect(lambda: self.open_card("person", None))
        self.new_company_button = QPushButton(self)
        self.new_company_button.setObjectName("newCompanyButton")
        self.new_company_button.clicked.connect(lambda: self.open_card("company", None))
        top = QHBoxLayout()
        top.addWidget(self.people_button)
        top.addWidget(self.companies_button)
        top.addSpacing(12)
        top.addWidget(self.search, 1)
        top.addWidget(self.filter_button)
        top.addWidget(self.clear_filter_button)
        top.addSpacing(12)
        top.addWidget(self.new_person_button)
        top.addWidget(self.new_company_button)

        # ---- side list: all, segments, trash ----
        self.side_list = QListWidget(self)
        self.side_list.setObjectName("contactSideList")
        self.side_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.side_list.customContextMenuRequested.connect(self.on_side_list_context_menu)
        self.side_list.currentItemChanged.connect(self.on_side_list_current_changed)
        self.side_list.itemClicked.connect(self.on_side_list_item_clicked)
        self.side_list.installEventFilter(self)
        self.side_list.setMinimumWidth(150)

        # ---- the table ----
        self.model = ContactTableModel(self.lists, self.kind, self)
        self.model.sort_requested.connect(self.on_model_sort_requested)
        self.table = ContactTableView(self)
        self.table.setObjectName("contactTable")
        self.table.setHorizontalHeader(ContactHeaderView(Qt.Orientation.Horizontal, self.table))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self.on_table_context_menu)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.open_requested.connect(self.open_row)
        vertical = self.table.verticalHeader()
        vertical.hide()
        # Fixed rows: a million rows of one height cost nothing; resizing to contents would read every row.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.on_header_context_menu)
        self.tags_delegate = TagChipsDelegate(self.table)
        self._sorting_setup = True
        self.table.setSortingEnabled(True)
        self._sorting_setup = False
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        # A reset clears the selection without a selectionChanged signal; the actions must follow anyway.
        self.model.modelReset.connect(self.on_selection_changed)

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("contactsEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("contactsStatus")
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_HINT_MS)
        self._busy_timer.timeout.connect(lambda: self.status_label.setText(self.tr("Searching…")))

        # ---- bulk actions ----
        self.bulk = BulkActions(ctx, self, self.selection, self.listed)
        self.open_action = QAction(self)
        self.open_action.setObjectName("openContactAction")
        self.open_action.triggered.connect(lambda: self.open_row(self.table.currentIndex().row()))
        self.duplicates_action = QAction(self)
        self.duplicates_action.setObjectName("findDuplicatesAction")
        self.duplicates_action.triggered.connect(self.on_duplicates_action_triggered)
        self.tags_action = QAction(self)
        self.tags_action.setObjectName("manageTagsAction")
        self.tags_action.triggered.connect(self.on_tags_action_triggered)
        self.bulk.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.bulk.delete_action)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("contactsToolBar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.bulk.add_tag_action, self.bulk.remove_tag_action, self.bulk.owner_action,
                       self.bulk.delete_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.bulk.export_action)
        self.toolbar.addAction(self.bulk.generate_action)
        self.toolbar.addAction(self.duplicates_action)
        self.toolbar.addAction(self.tags_action)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.toolbar)
        right_layout.addWidget(self.stack, 1)
        right_layout.addWidget(self.status_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("contactsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.side_list)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 900])
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.splitter, 1)

        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_shortcut.activated.connect(self.focus_search)
        self.new_company_shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        self.new_company_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_company_shortcut.activated.connect(lambda: self.open_card("company", None))
        self.setTabOrder(self.search, self.filter_button)
        self.setTabOrder(self.new_company_button, self.side_list)
        self.setTabOrder(self.side_list, self.table)

        ctx.bridge.data_changed.connect(self.on_bridge_data_changed)
        self._configure_columns()
        self._fill_side_list()
        self.retranslate()

    def _kind_button(self, name: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setCheckable(True)
        button.setAutoDefault(False)
        return button

    # ---- texts --------------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Contacts")

    def retranslate(self) -> None:
        super().retranslate()
        self.people_button.setText(self.tr("&People"))
        self.companies_button.setText(self.tr("&Companies"))
        self.search.setPlaceholderText(self.tr("Search names, companies, phones, emails, cities, tags… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.clear_filter_button.setToolTip(self.tr("Clear the filter"))
        self.clear_filter_button.setAccessibleName(self.tr("Clear the filter"))
        self.new_person_button.setText(self.tr("&New person"))
        self.new_person_button.setToolTip(self.tr("A new person (Ctrl+N)"))
        self.new_company_button.setText(self.tr("New co&mpany"))
        self.new_company_button.setToolTip(self.tr("A new company (Ctrl+Shift+N)"))
        self.side_list.setAccessibleName(self.tr("Lists and segments"))
        self.table.setAccessibleName(self.tr("Contacts"))
        self.toolbar.setWindowTitle(self.tr("Selection"))
        self.open_action.setText(self.tr("&Open"))
        self.duplicates_action.setText(self.tr("Find d&uplicates…"))
        self.tags_action.setText(self.tr("Ta&gs…"))
        self.tags_action.setToolTip(self.tr("Create, rename, recolour and delete tags"))
        self.bulk.retranslate()
        self._update_filter_button()
        self._fill_side_list()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.model.columnCount() - 1))
        self.model.refresh_rows()
        self._update_status()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded_once or self._dirty:
            self._loaded_once = True
            self._dirty = False
            self.reload()
            self.reload_segments()

    # ---- keys ---------------------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # Ctrl+N is the main window's "New database" too; inside this panel it means a new person. Accepting
        # the override turns it into a key press that reaches keyPressEvent below instead of the window action.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.matches(QKeySequence.StandardKey.New):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.New):
            self.open_card("person", None)
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search:
                if key == Qt.Key.Key_Escape:
                    if self.search.text():
                        self.search.clear()
                    else:
                        self.table.setFocus()
                    return True
                if key == Qt.Key.Key_Down and self.model.rowCount() > 0:
                    self.table.setFocus()
                    if not self.table.currentIndex().isValid():
                        self.table.setCurrentIndex(self.model.index(0, self._first_visible_column()))
                    return True
            if watched is self.side_list:
                segment = self._segment_of(self.side_list.currentItem())
                if key == Qt.Key.Key_F2 and segment is not None:
                    self.rename_segment(segment)
                    return True
                if key == Qt.Key.Key_Delete and segment is not None:
                    self.delete_segment(segment)
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    if self._is_trash(self.side_list.currentItem()):
                        self.open_trash()
                    else:
                        self.table.setFocus()
                    return True
        return super().eventFilter(watched, event)

    @Slot()
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # ---- loading ------------------------------------------------------------------------------------------
    def current_query(self) -> ListQuery:
        text = " ".join(self.search.text().split())
        ranked = bool(text) and not self.user_sorted
        return ListQuery(self.kind, text, self.filter, "" if ranked else self.sort_key, self.descending)

    def reload(self) -> None:
        """Load the id list of the current query on the worker; a newer call makes this one's result stale."""
        self._generation[0] += 1
        generation = self._generation[0]
        latest = self._generation
        query = self.current_query()
        lists = self.lists

        def work(_progress: Progress) -> tuple[list[int], int] | None:
            if latest[0] != generation:
                return None  # a newer query was issued while this one waited: do not run it at all
            ids = lists.ids(query.kind, text=query.text, filt=query.filt, sort=query.sort,
                            descending=query.descending)
            unfiltered = not query.text and query.filt.is_empty
            return ids, len(ids) if unfiltered else lists.count(query.kind)

        def done(result: tuple[list[int], int] | None) -> None:
            if result is None or latest[0] != generation:
                return
            self._shown_generation = generation
            self._busy_timer.stop()
            self._show_ids(query, result[0], result[1])

        def failed(exc: BaseException) -> None:
            if latest[0] == generation:
                self._shown_generation = generation
                self._busy_timer.stop()
                self._update_status()
                self.show_error(exc)

        self._busy_timer.start()
        self.ctx.runner.run(work, done, failed)

    @property
    def loading(self) -> bool:
        """True while the newest list load has not been shown yet (or the search box waits for typing to stop)."""
        return self._shown_generation != self._generation[0] or self._search_timer.isActive()

    def _show_ids(self, query: ListQuery, ids: list[int], total: int) -> None:
        previous = self.shown_query
        self.total = total
        if query == previous and query.kind == self.model.kind and ids == self.model.ids:
            self.model.refresh_rows()  # same rows, maybe changed values: no reset, selection and scroll stay
        else:
            # The same records (a refresh after a change, or another order): selection and position stay.
            same_records = previous is not None and (previous.kind, previous.text, previous.filt) == (
                query.kind, query.text, query.filt) and query.kind == self.model.kind
            state = self._view_state() if same_records else None
            kind_changed = query.kind != self.model.kind
            self.model.set_ids(query.kind, ids)
            if kind_changed:
                self._configure_columns()
            if state is not None:
                same_order = previous is not None and (previous.sort, previous.descending) == (
                    query.sort, query.descending)
                self._restore_view_state(state, keep_top=same_order)
            else:
                self.table.scrollToTop()
        self.shown_query = query
        self._show_sort_indicator(query)
        self._update_side_counts()
        self._update_status()

    def _view_state(self) -> ViewState:
        selected = tuple(self.selection()[1]) if self.selected_count() <= MAX_KEPT_SELECTION else ()
        current = self.model.id_at(self.table.currentIndex().row())
        top = self.model.id_at(self.table.rowAt(0))
        return ViewState(selected, current, top)

    def _restore_view_state(self, state: ViewState, *, keep_top: bool) -> None:
        model = self.model
        if not model.rowCount():
            return
        last_column = model.columnCount() - 1
        selection = QItemSelection()
        for record_id in state.selected:
            row = model.row_of(record_id)
            if row >= 0:
                selection.select(model.index(row, 0), model.index(row, last_column))
        selection_model = self.table.selectionModel()
        if state.current is not None and model.row_of(state.current) >= 0:
            selection_model.setCurrentIndex(model.index(model.row_of(state.current), self._first_visible_column()),
                                            QItemSelectionModel.SelectionFlag.NoUpdate)
        selection_model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if keep_top and state.top is not None and model.row_of(state.top) >= 0:
            self.table.scrollTo(model.index(model.row_of(state.top), 0), QAbstractItemView.ScrollHint.PositionAtTop)
        elif self.table.currentIndex().isValid():
            self.table.scrollTo(self.table.currentIndex(), QAbstractItemView.ScrollHint.PositionAtCenter)

    def _show_sort_indicator(self, query: ListQuery) -> None:
        header = self.table.horizontalHeader()
        column = self.model.columns.index(query.sort) if query.sort in self.model.columns else -1
        order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
        # Blocked: the view would otherwise take the indicator for a click and sort again.
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)
        header.viewport().update()

    def reload_segments(self) -> None:
        self._segments_generation[0] += 1
        generation = self._segments_generation[0]
        latest = self._segments_generation
        lists = self.lists

        def work(_progress: Progress) -> list[SegmentInfo] | None:
            return lists.segments() if latest[0] == generation else None

        def done(result: list[SegmentInfo] | None) -> None:
            if result is not None and latest[0] == generation:
                self.segments = result
                self._fill_side_list()

        self.ctx.runner.run(work, done, self.show_error)

    # ---- columns ------------------------------------------------------------------------------------------
    def hidden_columns(self, kind: str | None = None) -> set[str]:
        value = self.ctx.config.extra.get(HIDDEN_COLUMNS_KEY % (kind or self.kind))
        return {str(v) for v in value} if isinstance(value, list) else set()

    def set_column_hidden(self, key: str, hidden: bool) -> None:
        """Hide or show a column of the current kind; the choice is kept in the settings (AppConfig.extra)."""
        if key == "name" or key not in self.model.columns:
            return  # the name column always stays: a row must say whose it is
        keys = self.hidden_columns()
        keys = keys | {key} if hidden else keys - {key}
        self.ctx.config.extra[HIDDEN_COLUMNS_KEY % self.kind] = sorted(keys)
        self.table.setColumnHidden(self.model.columns.index(key), hidden)

    def _configure_columns(self) -> None:
        hidden = self.hidden_columns(self.model.kind)
        header = self.table.horizontalHeader()
        for index, key in enumerate(self.model.columns):
            self.table.setColumnHidden(index, key in hidden and key != "name")
            header.resizeSection(index, DEFAULT_WIDTHS.get(key, 120))
            self.table.setItemDelegateForColumn(index, self.tags_delegate if key == "tags" else
                                                self.table.itemDelegate())

    def _first_visible_column(self) -> int:
        for index in range(self.model.columnCount()):
            if not self.table.isColumnHidden(index):
                return index
        return 0

    @Slot(QPoint)
    def on_header_context_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    def column_menu(self) -> QMenu:
        """The column chooser: a checkable entry per column of the current kind."""
        menu = QMenu(self)
        menu.setObjectName("columnChooserMenu")
        menu.setTitle(self.tr("Columns"))
        hidden = self.hidden_columns()
        for key in columns_of(self.kind):
            action = menu.addAction(column_title(key))
            action.setObjectName(f"columnAction_{key}")
            action.setCheckable(True)
            action.setChecked(key not in hidden)
            action.setEnabled(key != "name")
            action.toggled.connect(lambda checked, k=key: self.set_column_hidden(k, not checked))
        return menu

    # ---- sorting ------------------------------------------------------------------------------------------
    @Slot(str, bool)
    def on_model_sort_requested(self, key: str, descending: bool) -> None:
        if self._sorting_setup:
            return
        self.sort_key, self.descending, self.user_sorted = key, descending, True
        self.reload()

    # ---- kind, search, filter, segments -------------------------------------------------------------------
    @Slot()
    def on_kind_group_clicked(self) -> None:
        self.set_kind("company" if self.companies_button.isChecked() else "person")

    def set_kind(self, kind: str) -> None:
        if kind == self.kind:
            return
        self.kind = kind
        self.people_button.setChecked(kind == "person")
        self.companies_button.setChecked(kind == "company")
        self.filter = ContactFilter()
        self.segment_id = None
        self.sort_key, self.descending, self.user_sorted = "name", False, False
        self._update_filter_button()
        self._fill_side_list()
        self.reload()

    @Slot()
    def on_search_timer_timeout(self) -> None:
        self.reload()

    def set_filter(self, filt: ContactFilter, segment_id: int | None = None) -> None:
        self.filter = filt
        self.segment_id = segment_id
        self._update_filter_button()
        self._select_side_item()
        self.reload()

    def _update_filter_button(self) -> None:
        count = active_conditions(self.filter)
        self.filter_button.setText(self.tr("&Filter (%1)…").replace("%1", QLocale().toString(count)) if count
                                   else self.tr("&Filter…"))
        self.clear_filter_button.setVisible(count > 0)

    @Slot()
    def on_filter_button_clicked(self) -> None:
        self.open_filter_dialog()

    def open_filter_dialog(self) -> FilterDialog | None:
        try:
            choices = load_choices(self.ctx.db, self.ctx.user_id, self.kind)
        except CrmError as exc:
            self.show_error(exc)
            return None
        kind = self.kind
        dialog = FilterDialog(kind, self.filter, choices, self,
                              save_segment=lambda name, filt: self.lists.save_segment(None, name, kind, filt))
        if not run_modal(dialog):
            return dialog
        if dialog.saved_segment_id is not None:
            self.segment_id = dialog.saved_segment_id
            self.reload_segments()
            self.set_filter(dialog.result_filter(), dialog.saved_segment_id)
        else:
            self.set_filter(dialog.result_filter(), None)
        return dialog

    @Slot()
    def on_clear_filter_button_clicked(self) -> None:
        self.set_filter(ContactFilter(), None)

    def _fill_side_list(self) -> None:
        if not hasattr(self, "side_list"):
            return
        self.side_list.blockSignals(True)
        self.side_list.clear()
        style = self.style()
        every = QListWidgetItem(style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView), "",
                                self.side_list)
        every.setData(SIDE_ROLE, ("all", 0))
        for segment in self.segments:
            if segment.kind != self.kind:
                continue
            item = QListWidgetItem(style.standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView), "",
                                   self.side_list)
            item.setData(SIDE_ROLE, ("segment", segment.id))
            item.setText(self.tr("%1 (%2)").replace("%1", segment.name)
                         .replace("%2", QLocale().toString(segment.count)))
            item.setToolTip(segment.name)
        trash = QListWidgetItem(style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon), self.tr("Trash"),
                                self.side_list)
        trash.setData(SIDE_ROLE, ("trash", 0))
        self._update_side_counts()
        self._select_side_item()
        self.side_list.blockSignals(False)

    def _update_side_counts(self) -> None:
        item = self.side_list.item(0)
        if item is None:
            return
        name = self.tr("All people") if self.kind == "person" else self.tr("All companies")
        if self._loaded_once and self.shown_query is not None and self.shown_query.kind == self.kind:
            name = self.tr("%1 (%2)").replace("%1", name).replace("%2", QLocale().toString(self.total))
        item.setText(name)

    def _select_side_item(self) -> None:
        wanted = ("segment", self.segment_id) if self.segment_id is not None else \
            ("all", 0) if self.filter.is_empty else None
        self.side_list.blockSignals(True)
        self.side_list.setCurrentRow(-1)
        for row in range(self.side_list.count()):
            item = self.side_list.item(row)
            if wanted is not None and tuple(item.data(SIDE_ROLE)) == wanted:
                self.side_list.setCurrentRow(row)
                break
        self.side_list.blockSignals(False)

    def side_row(self, kind: str, ident: int = 0) -> int:
        """The row of an entry of the side list ("all", "segment" with its id, "trash"); -1 when absent."""
        for row in range(self.side_list.count()):
            if tuple(self.side_list.item(row).data(SIDE_ROLE)) == (kind, ident):
                return row
        return -1

    def _segment_of(self, item: QListWidgetItem | None) -> SegmentInfo | None:
        if item is None:
            return None
        kind, ident = item.data(SIDE_ROLE)
        if kind != "segment":
            return None
        return next((s for s in self.segments if s.id == ident), None)

    @Slot(QListWidgetItem, QListWidgetItem)
    def on_side_list_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        kind, _ident = current.data(SIDE_ROLE)
        if kind == "trash":
            return  # opened by a click or Enter, not by arrowing past it
        if kind == "all":
            self.set_filter(ContactFilter(), None)
            return
        segment = self._segment_of(current)
        if segment is not None:
            self.set_filter(segment.filters, segment.id)

    def _is_trash(self, item: QListWidgetItem | None) -> bool:
        return item is not None and item.data(SIDE_ROLE)[0] == "trash"

    @Slot(QListWidgetItem)
    def on_side_list_item_clicked(self, item: QListWidgetItem) -> None:
        if self._is_trash(item):
            # After the click is over: the dialog is modal, and the list goes back to where it was afterwards.
            QTimer.singleShot(0, self.open_trash)

    @Slot(QPoint)
    def on_side_list_context_menu(self, pos: QPoint) -> None:
        item = self.side_list.itemAt(pos) or self.side_list.currentItem()
        segment = self._segment_of(item)
        if segment is None:
            return
        menu = self.segment_menu(segment)
        menu.exec(self.side_list.viewport().mapToGlobal(pos))

    def segment_menu(self, segment: SegmentInfo) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("segmentMenu")
        menu.addAction(self.tr("&Rename…"), lambda: self.rename_segment(segment)).setObjectName("renameSegment")
        menu.addAction(self.tr("&Edit filter…"), lambda: self.edit_segment(segment)).setObjectName("editSegment")
        menu.addAction(self.tr("&Delete…"), lambda: self.delete_segment(segment)).setObjectName("deleteSegment")
        return menu

    def rename_segment(self, segment: SegmentInfo) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Rename segment"), self.tr("New name:"),
                                        QLineEdit.EchoMode.Normal, segment.name)
        if not ok or name.strip() == segment.name:
            return
        try:
            self.lists.save_segment(segment.id, name, segment.kind, segment.filters)
        except CrmError as exc:
            self.show_error(exc)
            return
        self.reload_segments()

    def edit_segment(self, segment: SegmentInfo) -> None:
        try:
            choices = load_choices(self.ctx.db, self.ctx.user_id, segment.kind)
        except CrmError as exc:
            self.show_error(exc)
            return
        dialog = FilterDialog(segment.kind, segment.filters, choices, self, segment_name=segment.name,
                              save_segment=lambda name, filt: self.lists.save_segment(segment.id, name,
                                                                                       segment.kind, filt))
        if not run_modal(dialog):
            return
        self.reload_segments()
        if self.segment_id == segment.id:
            self.set_filter(dialog.result_filter(), segment.id)

    def delete_segment(self, segment: SegmentInfo) -> None:
        text = self.tr("Delete the segment '%1'? The people and companies in it stay.").replace("%1", segment.name)
        if not ask_yes_no(self, self.tr("Delete segment"), text):
            return
        try:
            self.lists.delete_segment(segment.id)
        except CrmError as exc:
            self.show_error(exc)
            return
        self.segments = [s for s in self.segments if s.id != segment.id]
        if self.segment_id == segment.id:
            self.set_filter(ContactFilter(), None)
        self._fill_side_list()
        self.reload_segments()

    # ---- selection and status -----------------------------------------------------------------------------
    def selected_spans(self) -> list[tuple[int, int]]:
        """The selected rows as sorted, merged (first, last) spans: a select-all of a million rows is one span."""
        selection = self.table.selectionModel().selection()
        spans = sorted((selection.at(i).top(), selection.at(i).bottom()) for i in range(selection.count()))
        merged: list[tuple[int, int]] = []
        for top, bottom in spans:
            if merged and top <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(merged[-1][1], bottom))
            else:
                merged.append((top, bottom))
        return merged

    def selected_count(self) -> int:
        return sum(bottom - top + 1 for top, bottom in self.selected_spans())

    def selected_rows(self) -> list[int]:
        return [row for top, bottom in self.selected_spans() for row in range(top, bottom + 1)]

    def selection(self) -> Selection:
        ids = self.model.ids
        return self.model.kind, [i for top, bottom in self.selected_spans() for i in ids[top:bottom + 1]]

    def listed(self) -> Selection:
        return self.model.kind, list(self.model.ids)

    @Slot()
    def on_selection_changed(self) -> None:
        count = self.selected_count()
        self.bulk.set_selected_count(count)
        self._update_status(count)

    def _count_text(self, n: int) -> str:
        text = self.tr("%n person(s)", "", n) if self.model.kind == "person" else \
            self.tr("%n company(-ies)", "", n)
        # %n is written with Latin digits; show the number the way the language writes it.
        return text.replace(str(n), QLocale().toString(n))

    def _update_status(self, selected: int | None = None) -> None:
        if not hasattr(self, "status_label"):
            return
        query = self.shown_query
        shown = self.model.rowCount()
        if query is None:
            self.status_label.setText("")
            return
        if not query.text and query.filt.is_empty:
            text = self._count_text(shown)
        else:
            text = self.tr("%1 of %2 match").replace("%1", QLocale().toString(shown)) \
                .replace("%2", QLocale().toString(self.total))
        selected = self.selected_count() if selected is None else selected
        if selected:
            text += " · " + self.tr("%n selected", "", selected).replace(str(selected), QLocale().toString(selected))
        self.status_label.setText(text)
        self._update_empty_state(query, shown)

    def _update_empty_state(self, query: ListQuery, shown: int) -> None:
        if shown:
            self.stack.setCurrentWidget(self.table)
            return
        if query.text:
            text = self.tr("Nothing matches “%1”.").replace("%1", query.text)
        elif not query.filt.is_empty:
            text = self.tr("Nothing matches this filter.")
        elif query.kind == "person":
            text = self.tr("No people yet — New person or File ▸ Import")
        else:
            text = self.tr("No companies yet — New company or File ▸ Import")
        self.empty_label.setText(text)
        self.stack.setCurrentWidget(self.empty_label)

    # ---- commands -----------------------------------------------------------------------------------------
    def show_error(self, exc: BaseException) -> None:
        text = str(exc) if isinstance(exc, CrmError) else self.tr("Unexpected error: %1").replace("%1", str(exc))
        QMessageBox.warning(self, self.tr("Contacts"), text)

    def open_row(self, row: int) -> None:
        record_id = self.model.id_at(row)
        if record_id is not None:
            self.open_card(self.model.kind, record_id)

    def open_card(self, kind: str, record_id: int | None) -> None:
        """Open the card of a person or company (None: a new one); the card posts data_changed when it saves."""
        if kind == "person":
            open_person_card(self.ctx, record_id, self)
        else:
            open_company_card(self.ctx, record_id, self)

    @Slot()
    def on_duplicates_action_triggered(self) -> None:
        # A window of its own, not modal: the cards it opens are used beside it.
        show_find_duplicates(self.ctx, self.kind, self)

    @Slot()
    def on_tags_action_triggered(self) -> None:
        # The dialog posts data_changed("contacts") after each change; the list and its tag chips follow that.
        run_modal(TagsDialog(self.ctx, self))

    @Slot()
    def open_trash(self) -> None:
        run_modal(TrashDialog(self.ctx, self))
        self._select_side_item()

    @Slot(QPoint)
    def on_table_context_menu(self, pos: QPoint) -> None:
        self.table_menu().exec(self.table.viewport().mapToGlobal(pos))

    def table_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("contactTableMenu")
        self.open_action.setEnabled(self.table.currentIndex().isValid())
        menu.addAction(self.open_action)
        menu.addSeparator()
        for action in (self.bulk.add_tag_action, self.bulk.remove_tag_action, self.bulk.owner_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.bulk.export_action)
        menu.addAction(self.bulk.generate_action)
        menu.addAction(self.bulk.delete_action)
        return menu

    @Slot(str)
    def on_bridge_data_changed(self, kind: str) -> None:
        if kind == "all":
            # Another database: new services, and its segments are not this one's.
            self.lists = ContactListService(self.ctx.db, self.ctx.user_id)
            self.model.service = self.lists
            self.segments = []
            self.segment_id = None
            self.filter = ContactFilter()
            self.shown_query = None
            self.model.set_ids(self.kind, [])  # the old file's ids mean other records in the new one
            self._update_filter_button()
            self._fill_side_list()
        if kind not in REFRESHING_KINDS:
            return
        if not self.isVisible():
            self._dirty = True  # loaded when the panel is shown again
            return
        self.reload()
        self.reload_segments()
