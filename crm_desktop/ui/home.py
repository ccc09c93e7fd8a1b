"""The Home panel: the base at a glance and what needs doing today, every tile opening the list behind it.

The figures come in two reads on the task runner: the main window's count summary (`set_summary`) and the
dashboard of `ReportService` (tasks, deals needing attention, the month against the plan, the funnel, recent
activity), read again whenever the panel is shown after a change.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTime,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CancelledError, CrmError
from crm_desktop.services.overview import Summary
from crm_desktop.services.reports import ActivityItem, Dashboard, DealItem, ReportService, TaskItem
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.dialogs import run_modal
from crm_desktop.ui.i18n import format_utc, utc_to_local
from crm_desktop.ui.panels import Panel
from crm_desktop.ui.reports.table_model import format_money

ITEM_ROLE = Qt.ItemDataRole.UserRole
SUMMARY_KEYS = ("contacts", "companies", "open_deals", "tasks_today", "tasks_overdue")
# What changes the dashboard shows; anything else (templates, settings) leaves it as it is.
REFRESHING_KINDS = frozenset({"all", "contacts", "deals", "tasks", "activities", "plans", "campaigns", "undo",
                              "others"})
LIST_ROWS = 6   # rows a card's list is tall; the rest is one click away


def clear_layout(layout: QLayout) -> None:
    """Empty a layout that is rebuilt on each load: its widgets go, nested layouts with them."""
    while (item := layout.takeAt(0)) is not None:
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        nested = item.layout()
        if nested is not None:
            clear_layout(nested)
            nested.deleteLater()


class Tile(QFrame):
    """A figure with its caption that opens what it counts on a click, Enter or Space."""

    activated = Signal()

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"tile_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # The focus must be seen: a tile is a button to the keyboard.
        self.setStyleSheet(f"QFrame#tile_{key}:focus {{ border: 2px solid palette(highlight); }}")
        self.value = QLabel("–", self)
        self.value.setObjectName(f"tileValue_{key}")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(self)
        self.caption.setObjectName(f"tileCaption_{key}")
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, text: str) -> None:
        self.value.setText(text)
        self.setAccessibleName(f"{self.caption.text()}: {text}")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            return
        super().keyPressEvent(event)


class DashboardCard(QFrame):
    """A titled box of the dashboard; its title is a flat button that opens the whole list."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"card_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.header = QPushButton(self)
        self.header.setObjectName(f"cardHeader_{key}")
        self.header.setFlat(True)
        self.header.setAutoDefault(False)
        self.header.setCursor(Qt.CursorShape.PointingHandCursor)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.header.setStyleSheet("text-align: left; padding: 2px 4px;")  # Qt mirrors "left" in right-to-left
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addWidget(self.header)
        layout.addLayout(self.body, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def set_title(self, text: str, count: int | None = None, locale_count: str = "") -> None:
        self.header.setText(f"{text} ({locale_count})" if count is not None else text)
        self.header.setAccessibleName(self.header.text())


class TwoLineDelegate(QStyledItemDelegate):
    """Draws an entry as a bold first line (what) over a plain second line (when, with whom), each cut to the
    width on its own, so a long name on one line never pushes the other out of sight."""

    PADDING = 4

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        height = option.fontMetrics.height() * 2 + self.PADDING * 2 + 2
        return QSize(120, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")   # opt.text has the line break replaced
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        first, _sep, second = text.partition("\n")
        rect = opt.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        icon = opt.icon
        if not icon.isNull():
            size = opt.decorationSize
            icon_rect = QStyle.alignedRect(opt.direction, Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter,
                                           size, rect)
            icon.paint(painter, icon_rect)
            if opt.direction == Qt.LayoutDirection.RightToLeft:
                rect.setRight(icon_rect.left() - self.PADDING)
            else:
                rect.setLeft(icon_rect.right() + self.PADDING)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        bold = QFont(opt.font)
        bold.setBold(True)
        line = opt.fontMetrics.height()
        align = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        bottom = QRect(rect.left(), rect.top() + line, rect.width(), line)
        painter.setFont(bold)
        painter.drawText(QStyle.visualRect(opt.direction, rect, top), int(align),
                         QFontMetrics(bold).elidedText(first, Qt.TextElideMode.ElideRight, rect.width()))
        painter.setFont(opt.font)
        if not selected:
            painter.setPen(opt.palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(QStyle.visualRect(opt.direction, rect, bottom), int(align),
                         opt.fontMetrics.elidedText(second, Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()


def item_list(name: str, parent: QWidget) -> QListWidget:
    widget = QListWidget(parent)
    widget.setObjectName(name)
    widget.setFrameShape(QFrame.Shape.NoFrame)
    widget.setUniformItemSizes(True)
    # Long titles are cut at the end, not scrolled to: the whole text is in the tooltip and one click away.
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setItemDelegate(TwoLineDelegate(widget))
    widget.setAlternatingRowColors(True)   # two-line entries need telling apart
    return widget


class HomeTexts(QObject):
    """How a task, a deal and an activity of the dashboard read in a list: what, then when and with whom."""

    def task(self, task: TaskItem, today: bool) -> str:
        when = ""
        if task.due_at is not None:
            local = utc_to_local(task.due_at)
            when = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat) if today \
                else format_utc(task.due_at)
        return "\n".join((task.title, " · ".join(p for p in (when, task.party) if p)))

    def deal(self, deal: DealItem) -> str:
        if deal.rotting:
            reason = self.tr("%n day(s) in %1", "", deal.days_in_stage).replace("%1", deal.stage_name)
        else:
            reason = self.tr("no next task")
        second = " · ".join(p for p in (format_money(deal.amount, deal.currency), reason, deal.party) if p)
        return f"{deal.title}\n{second}"

    def activity(self, activity: ActivityItem, kinds: dict[str, str]) -> str:
        kind = kinds.get(activity.kind, activity.kind)
        first = f"{kind}: {activity.subject}" if activity.subject else kind
        second = " · ".join(p for p in (format_utc(activity.occurred_at), activity.party) if p)
        return f"{first}\n{second}"


class HomePanel(Panel):
    """The base at a glance, the day's work and the month's sales; the offer of demo data while it is empty."""

    demo_requested = Signal()
    demo_declined = Signal()
    # Another panel should be shown: its object name and what to show there ("company", a report's name or "").
    panel_requested = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("homePanel", parent)
        self.ctx = ctx
        self._summary: Summary | None = None
        self.dashboard: Dashboard | None = None
        self._loaded_once = False
        self._stale = False
        self._generation = 0
        self.texts = HomeTexts(self)

        self.demo_banner = QFrame(self)
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner_layout = QHBoxLayout(self.demo_banner)
        self.demo_text = QLabel(self.demo_banner)
        self.demo_text.setWordWrap(True)
        self.demo_button = QPushButton(self.demo_banner)
        self.demo_button.setObjectName("loadDemoButton")
        self.demo_button.clicked.connect(self.demo_requested)
        self.empty_button = QPushButton(self.demo_banner)
        self.empty_button.setObjectName("startEmptyButton")
        self.empty_button.clicked.connect(self.on_empty_button_clicked)
        banner_layout.addWidget(self.demo_text, 1)
        banner_layout.addWidget(self.demo_button)
        banner_layout.addWidget(self.empty_button)
        self.demo_banner.hide()
        self.layout_.addWidget(self.demo_banner)

        tiles_host = QWidget(self)
        tiles_row = QHBoxLayout(tiles_host)
        tiles_row.setContentsMargins(0, 8, 0, 0)
        self.tiles: dict[str, Tile] = {}
        for key in SUMMARY_KEYS:
            tile = Tile(key, tiles_host)
            tile.activated.connect(lambda k=key: self.open_tile(k))
            tiles_row.addWidget(tile, 1)
            self.tiles[key] = tile
        self.layout_.addWidget(tiles_host)

        cards_host = QWidget(self)
        grid = QGridLayout(cards_host)
        grid.setContentsMargins(0, 8, 0, 0)
        grid.setSpacing(10)
        self.cards: dict[str, DashboardCard] = {}
        for index, key in enumerate(("today", "overdue", "attention", "month", "funnel", "recent")):
            card = DashboardCard(key, cards_host)
            card.header.clicked.connect(lambda _c=False, k=key: self.open_card(k))
            grid.addWidget(card, index // 3, index % 3)
            self.cards[key] = card
        for column in range(3):
            grid.setColumnStretch(column, 1)
        self.lists: dict[str, QListWidget] = {}
        for key in ("today", "overdue", "attention", "recent"):
            widget = item_list(f"homeList_{key}", self.cards[key])
            widget.itemActivated.connect(self.on_list_item_activated)
            self.cards[key].body.addWidget(widget)
            self.lists[key] = widget
        self.month_rows = QVBoxLayout()
        self.cards["month"].body.addLayout(self.month_rows)
        self.cards["month"].body.addStretch(1)
        self.funnel_rows = QGridLayout()
        self.funnel_rows.setHorizontalSpacing(8)
        self.cards["funnel"].body.addLayout(self.funnel_rows)
        self.cards["funnel"].body.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setObjectName("homeScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(cards_host)
        self.layout_.addWidget(scroll, 1)

        ctx.bridge.data_changed.connect(self.on_bridge_data_changed)
        self.retranslate()

    # ---- texts --------------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Home")

    def retranslate(self) -> None:
        super().retranslate()
        self.demo_text.setText(self.tr(
            "This database is empty. Load demo data to try crm-desktop with realistic companies, people, "
            "deals and tasks, or start with an empty database."
        ))
        self.demo_button.setText(self.tr("Load demo data"))
        self.empty_button.setText(self.tr("Start empty"))
        captions = {
            "contacts": self.tr("Contacts"),
            "companies": self.tr("Companies"),
            "open_deals": self.tr("Open deals"),
            "tasks_today": self.tr("Tasks due today"),
            "tasks_overdue": self.tr("Overdue tasks"),
        }
        for key, tile in self.tiles.items():
            tile.caption.setText(captions[key])
            tile.set_value(tile.value.text())
        self.show_dashboard(self.dashboard)

    def card_titles(self) -> dict[str, str]:
        return {
            "today": self.tr("Today's tasks"),
            "overdue": self.tr("Overdue tasks"),
            "attention": self.tr("Deals needing attention"),
            "month": self.tr("This month: won against the plan"),
            "funnel": self.tr("Funnel"),
            "recent": self.tr("Recent activity"),
        }

    # ---- the count summary (computed by the main window) --------------------------------------------------
    def set_summary(self, summary: Summary) -> None:
        self._summary = summary
        for key, tile in self.tiles.items():
            tile.set_value(self.locale().toString(int(getattr(summary, key))))

    def offer_demo(self, offer: bool) -> None:
        self.demo_banner.setVisible(offer)

    @Slot()
    def on_empty_button_clicked(self) -> None:
        self.demo_banner.hide()
        self.demo_declined.emit()

    # ---- the dashboard ------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded_once or self._stale:
            self._loaded_once = True
            self._stale = False
            self.refresh()

    def refresh(self) -> None:
        """Read the dashboard on the worker; a newer read makes an older one's result worthless."""
        self._generation += 1
        generation = self._generation
        service = ReportService(self.ctx.db, self.ctx.user_id)

        def done(dashboard: Dashboard) -> None:
            if generation == self._generation:
                self.show_dashboard(dashboard)

        self.ctx.runner.run(lambda _p: service.dashboard(), done, self.show_error)

    def show_dashboard(self, dashboard: Dashboard | None) -> None:
        self.dashboard = dashboard
        titles = self.card_titles()
        locale = self.locale()
        counts: dict[str, int | None] = {"today": None, "overdue": None, "attention": None, "recent": None}
        if dashboard is not None:
            counts = {"today": dashboard.tasks_today_count, "overdue": dashboard.tasks_overdue_count,
                      "attention": dashboard.attention_count, "recent": None}
        for key, card in self.cards.items():
            count = counts.get(key)
            card.set_title(titles[key], count, locale.toString(count) if count is not None else "")
        clear_layout(self.month_rows)
        clear_layout(self.funnel_rows)
        if dashboard is None:
            return
        self._fill_list("today", dashboard.tasks_today, self.tr("Nothing due today."))
        self._fill_list("overdue", dashboard.tasks_overdue, self.tr("No overdue tasks."))
        self._fill_list("attention", dashboard.attention, self.tr("Every open deal is moving and has a next task."))
        self._fill_list("recent", dashboard.recent, self.tr("No activity yet."))
        self._fill_month(dashboard.month_won, dashboard.month_plan)
        self._fill_funnel(dashboard.funnel)

    def _fill_list(self, key: str, items: Sequence[Any], empty: str) -> None:
        from crm_desktop.ui.contacts.timeline import TimelineTexts, kind_icon

        widget = self.lists[key]
        widget.clear()
        kinds = TimelineTexts(self).kind_names() if key == "recent" else {}
        for entry in items:
            if key == "attention":
                text = self.texts.deal(entry)
            elif key == "recent":
                text = self.texts.activity(entry, kinds)
            else:
                text = self.texts.task(entry, today=key == "today")
            item = QListWidgetItem(text, widget)
            item.setToolTip(text)
            item.setData(ITEM_ROLE, (key, entry))
            if key == "recent":
                item.setIcon(kind_icon(entry.kind, 16))
        if not items:
            item = QListWidgetItem(empty, widget)
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def _fill_month(self, won: dict[str, Decimal], plan: dict[str, Decimal]) -> None:
        card = self.cards["month"]
        locale = self.locale()
        # The currency with the most won first; a currency only planned still shows its empty bar.
        currencies = sorted(set(won) | set(plan), key=lambda c: (-float(won.get(c, 0)), c))

        def add(widget: QWidget) -> None:
            self.month_rows.addWidget(widget)

        if not currencies:
            add(self._line_label(self.tr("Nothing won this month yet."), card))
        for currency in currencies:
            amount, target = won.get(currency, Decimal(0)), plan.get(currency, Decimal(0))
            figure = QLabel(format_money(amount, currency, decimals=0), card)
            figure.setObjectName(f"monthWon_{currency}")
            font = figure.font()
            font.setPointSizeF(font.pointSizeF() * 1.6)
            font.setBold(True)
            figure.setFont(font)
            add(figure)
            if target > 0:
                share = float(amount) / float(target) * 100
                planned = self.tr("won of %1 planned").replace("%1", format_money(target, currency, decimals=0))
                add(self._line_label(planned, card))
                bar = QProgressBar(card)
                bar.setObjectName(f"monthBar_{currency}")
                bar.setRange(0, 100)
                bar.setValue(min(100, round(share)))
                # The bar stops at full; its text says how far beyond the plan the month went.
                bar.setFormat(f"{locale.toString(share, 'f', 0)}{locale.percent()}")
                bar.setAccessibleName(f"{figure.text()} {planned}")
                add(bar)
            else:
                add(self._line_label(self.tr("won; no plan for this month"), card))
        if not plan:
            button = QPushButton(self.tr("Set a sales &plan…"), card)
            button.setObjectName("setPlanButton")
            button.setAutoDefault(False)
            button.clicked.connect(self.on_set_plan_clicked)
            row = QHBoxLayout()
            self.month_rows.addLayout(row)
            row.addWidget(button)
            row.addStretch(1)

    @staticmethod
    def _line_label(text: str, parent: QWidget) -> QLabel:
        # Not word-wrapped: a height that depends on the width makes the scroll area reserve the height of the
        # widest layout and show a scroll bar the cards do not need.
        label = QLabel(text, parent)
        label.setToolTip(text)
        return label

    def _fill_funnel(self, stages: Sequence[tuple[str, int, dict[str, Decimal]]]) -> None:
        locale = self.locale()
        card = self.cards["funnel"]
        top = max([count for _name, count, _sums in stages] or [0])
        if not stages:
            label = QLabel(self.tr("No open deals."), card)
            self.funnel_rows.addWidget(label, 0, 0)
        # One currency beside the bars (the one with most money in the funnel); all of them in the tooltip.
        totals: dict[str, Decimal] = {}
        for _name, _count, sums in stages:
            for currency, value in sums.items():
                totals[currency] = totals.get(currency, Decimal(0)) + value
        main = max(totals, key=lambda c: totals[c]) if totals else None
        for row, (name, count, sums) in enumerate(stages):
            label = QLabel(name, card)
            bar = QProgressBar(card)
            bar.setObjectName(f"funnelBar_{row}")
            bar.setRange(0, max(top, 1))
            bar.setValue(count)
            bar.setFormat(locale.toString(count))
            bar.setMaximumHeight(label.sizeHint().height() + 4)
            money = "  ".join(format_money(v, c) for c, v in sorted(sums.items()) if v)
            amount = QLabel(format_money(sums.get(main, Decimal(0)), main, decimals=0) if main else "", card)
            amount.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            for widget in (label, bar, amount):
                widget.setToolTip(money)
            bar.setAccessibleName(f"{name}: {locale.toString(count)} {money}".strip())
            self.funnel_rows.addWidget(label, row, 0)
            self.funnel_rows.addWidget(bar, row, 1)
            self.funnel_rows.addWidget(amount, row, 2)
        self.funnel_rows.setColumnStretch(1, 1)

    @Slot()
    def on_set_plan_clicked(self) -> None:
        from crm_desktop.ui.reports.plans_dialog import PlansDialog

        dialog = PlansDialog(self.ctx, self)
        run_modal(dialog)
        if dialog.changed:
            self.ctx.bridge.post_data_changed("plans")

    def show_error(self, exc: BaseException) -> None:
        if isinstance(exc, CancelledError):
            return
        text = str(exc) if isinstance(exc, CrmError) else self.tr("Unexpected error: %1").replace("%1", str(exc))
        QMessageBox.warning(self, self.tr("Home"), text)

    # ---- opening what a tile counts -----------------------------------------------------------------------
    def open_tile(self, key: str) -> None:
        if key == "contacts":
            self.panel_requested.emit("contactsPanel", "person")
        elif key == "companies":
            self.panel_requested.emit("contactsPanel", "company")
        elif key == "open_deals":
            self.panel_requested.emit("funnelBoard", "")
        elif key == "tasks_today":
            self.open_card("today")
        elif key == "tasks_overdue":
            self.open_card("overdue")

    def open_card(self, key: str) -> None:
        if key == "funnel":
            self.panel_requested.emit("funnelBoard", "")
        elif key == "month":
            self.panel_requested.emit("reportsPanel", "plan")
        elif key == "recent":
            self.panel_requested.emit("reportsPanel", "activity")
        elif self.dashboard is not None:
            dashboard = self.dashboard
            items, total = {
                "today": (dashboard.tasks_today, dashboard.tasks_today_count),
                "overdue": (dashboard.tasks_overdue, dashboard.tasks_overdue_count),
                "attention": (dashboard.attention, dashboard.attention_count),
            }[key]
            dialog = ItemListDialog(key, self.card_titles()[key], self._list_entries(key, items), total, self)
            run_modal(dialog)
            if dialog.chosen is not None:
                self.open_entry(key, dialog.chosen)

    def _list_entries(self, key: str, items: Sequence[Any]) -> list[tuple[str, object]]:
        if key == "attention":
            return [(self.texts.deal(item), item) for item in items]
        return [(self.texts.task(item, today=key == "today"), item) for item in items]

    @Slot(QListWidgetItem)
    def on_list_item_activated(self, item: QListWidgetItem) -> None:
        data = item.data(ITEM_ROLE)
        if data is not None:
            self.open_entry(*data)

    def open_entry(self, key: str, entry: Any) -> None:
        """Open what an entry is about: a deal in the funnel's deal dialog, else the person's or company's card."""
        deal_id = entry.id if key == "attention" else getattr(entry, "deal_id", None)
        if deal_id is not None:
            self.open_deal(deal_id)
            return
        from crm_desktop.ui.contacts.company_card import open_company_card
        from crm_desktop.ui.contacts.person_card import open_person_card

        if getattr(entry, "person_id", None) is not None:
            open_person_card(self.ctx, entry.person_id, self)
        elif getattr(entry, "company_id", None) is not None:
            open_company_card(self.ctx, entry.company_id, self)

    def open_deal(self, deal_id: int) -> None:
        from crm_desktop.services.pipeline import PipelineService
        from crm_desktop.ui.funnel.deal_editor import DealEditorDialog

        try:
            dialog = DealEditorDialog(PipelineService(self.ctx.db, self.ctx.user_id), deal_id, self,
                                      runner=self.ctx.runner, ctx=self.ctx)
        except CrmError as exc:   # deleted meanwhile
            self.show_error(exc)
            return
        if run_modal(dialog) or dialog.changed:
            self.ctx.bridge.post_data_changed("deals")

    @Slot(str)
    def on_bridge_data_changed(self, kind: str) -> None:
        if kind not in REFRESHING_KINDS or not self._loaded_once:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True


class ItemListDialog(QDialog):
    """The tasks or deals behind a dashboard card; Enter or a double click opens one and closes the list."""

    def __init__(self, key: str, title: str, entries: Sequence[tuple[str, object]], total: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"homeListDialog_{key}")
        self.setWindowTitle(title)
        self.resize(560, 440)
        self.chosen: object | None = None
        self.list = item_list("homeListDialogList", self)
        for text, entry in entries:
            item = QListWidgetItem(text, self.list)
            item.setData(ITEM_ROLE, entry)
            item.setToolTip(text)
        if not entries:
            QListWidgetItem(self.tr("Nothing here."), self.list).setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(self.on_list_item_activated)
        self.more = QLabel(self)
        self.more.setObjectName("homeListDialogMore")
        self.more.setWordWrap(True)
        shown = len(entries)
        if total > shown:
            self.more.setText(self.tr("%1 of %2 shown: the most urgent first.")
                              .replace("%1", self.locale().toString(shown))
                              .replace("%2", self.locale().toString(total)))
        self.more.setVisible(total > shown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.more)
        layout.addWidget(buttons)

    @Slot(QListWidgetItem)
    def on_list_item_activated(self, item: QListWidgetItem) -> None:
        entry = item.data(ITEM_ROLE)
        if entry is not None:
            self.chosen = entry
            self.accept()
