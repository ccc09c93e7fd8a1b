"""The kanban board: a column per stage, a card per deal, drag and drop and keyboard moves.

The board state lives in the service (`PipelineService.board()` and `move_deal()`); each column is a list model
over the cards of one stage, and a drop only asks the service to move the deal: the models then follow the
result the service returns.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.pipeline import BoardColumn, DealCard, StageInfo
from crm_desktop.ui.i18n import format_utc

DEAL_MIME = "application/x-crm-deal-ids"
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
DEAL_ID_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex


def encode_deals(stage_id: int, deal_ids: list[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(DEAL_MIME, QByteArray(json.dumps({"stage": stage_id, "deals": deal_ids}).encode()))
    return mime


def decode_deals(mime: QMimeData) -> tuple[int, list[int]] | None:
    if not mime.hasFormat(DEAL_MIME):
        return None
    try:
        payload = json.loads(bytes(mime.data(DEAL_MIME).data()).decode())
        return int(payload["stage"]), [int(x) for x in payload["deals"]]
    except (ValueError, KeyError, TypeError):
        return None


def format_money(amount: Decimal, currency: str) -> str:
    from PySide6.QtCore import QLocale

    return f"{QLocale().toString(float(amount), 'f', 0)} {currency}"


class DealColumnModel(QAbstractListModel):
    """The cards of one stage in their board order."""

    deals_dropped = Signal(list, int, int)  # deal ids, target stage id, row they were dropped before (-1: end)

    def __init__(self, stage: StageInfo, cards: tuple[DealCard, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.cards: list[DealCard] = list(cards)

    # -- reading ------------------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.cards):
            return None
        card = self.cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{card.title}, {card.party}, {format_money(card.amount, card.currency)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(p for p in (card.title, card.party, card.owner_name) if p)
        if role == CARD_ROLE:
            return card
        if role == DEAL_ID_ROLE:
            return card.id
        return None

    def row_of(self, deal_id: int) -> int:
        for row, card in enumerate(self.cards):
            if card.id == deal_id:
                return row
        return -1

    def sums(self) -> dict[str, Decimal]:
        totals: dict[str, Decimal] = {}
        for card in self.cards:
            totals[card.currency] = totals.get(card.currency, Decimal(0)) + card.amount
        return totals

    # -- changing (only with what the service returned) -------------------------------------------------
    def reset(self, stage: StageInfo, cards: tuple[DealCard, ...]) -> None:
        self.beginResetModel()
        self.stage = stage
        self.cards = list(cards)
        self.endResetModel()

    def remove_deal(self, deal_id: int) -> DealCard | None:
        row = self.row_of(deal_id)
        if row < 0:
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        card = self.cards.pop(row)
        self.endRemoveRows()
        return card

    def insert_card(self, row: int, card: DealCard) -> None:
        row = len(self.cards) if row < 0 or row > len(self.cards) else row
        self.beginInsertRows(QModelIndex(), row, row)
        self.cards.insert(row, card)
        self.endInsertRows()

    def update_card(self, card: DealCard) -> None:
        row = self.row_of(card.id)
        if row >= 0:
            self.cards[row] = card
            index = self.index(row)
            self.dataChanged.emit(index, index)

    # -- drag and drop ------------------------------------------------------------------------------------
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [DEAL_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = [self.cards[i.row()].id for i in sorted(indexes, key=lambda i: i.row()) if i.isValid()]
        return encode_deals(self.stage.id, ids)

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: AnyIndex) -> bool:
        return decode_deals(data) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: AnyIndex) -> bool:
        decoded = decode_deals(data)
        if decoded is None:
            return False
        if row < 0 and parent.isValid():
            row = parent.row()
        self.deals_dropped.emit(decoded[1], self.stage.id, row)
        # The service moves the deal; returning False keeps Qt from removing the source row itself.
        return False


class DealCardDelegate(QStyledItemDelegate):
    """Paints a deal as a card: title, client, amount, owner, days in stage and the next task or its absence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.compact = False
        self.now = datetime.now

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        line = option.fontMetrics.height()
        return QSize(200, int(line * (1.6 if self.compact else 4.9)) + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        card = index.data(CARD_ROLE)
        if not isinstance(card, DealCard):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(4, 3, -4, -3)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        background = palette.highlight().color().lighter(185) if selected else palette.base().color()
        border = QColor("#c0392b") if card.rotting else palette.mid().color()
        painter.setPen(QPen(border, 2 if card.rotting or focused else 1))
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 5, 5)
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        stripe = QRect(rect.right() - 4, rect.top() + 1, 4, rect.height() - 2) if rtl else \
            QRect(rect.left() + 1, rect.top() + 1, 4, rect.height() - 2)
        model = index.model()
        stage_color = model.stage.color if isinstance(model, DealColumnModel) else "#4a90d9"
        painter.fillRect(stripe, QColor(stage_color))

        inner = rect.adjusted(10, 4, -10, -4)
        line = option.fontMetrics.height()
        text_color = palette.text().color()
        bold = QFont(option.font)
        bold.setBold(True)
        # The painter follows the view's layout direction: Left means the leading edge, mirrored in RTL.
        align, opposite = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        amount = format_money(card.amount, card.currency)

        painter.setFont(bold)
        painter.setPen(text_color)
        metrics = painter.fontMetrics()
        amount_width = metrics.horizontalAdvance(amount) + 8
        title_rect = QRect(inner.left(), inner.top(), inner.width(), line)
        if rtl:
            title_rect.setLeft(inner.left() + amount_width)
        else:
            title_rect.setRight(inner.right() - amount_width)
        # A compact card keeps the warning visible in front of its title.
        flagged = self.compact and (card.next_task_due is None or card.rotting)
        title = metrics.elidedText(("⚠ " if flagged else "") + card.title, Qt.TextElideMode.ElideRight,
                                   title_rect.width())
        painter.drawText(title_rect, align | Qt.AlignmentFlag.AlignVCenter, title)
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), line),
                         opposite | Qt.AlignmentFlag.AlignVCenter, amount)
        painter.setFont(option.font)
        warn = QColor("#c0392b")
        if self.compact:
            painter.restore()
            return
        muted = palette.placeholderText().color()
        rows = [
            (card.party or "—", text_color),
            (self._owner_and_days(card), warn if card.rotting else muted),
            self._next_task(card, warn, text_color),
        ]
        top = inner.top() + line + 2
        for text, color in rows:
            painter.setPen(color)
            painter.drawText(QRect(inner.left(), top, inner.width(), line), align | Qt.AlignmentFlag.AlignVCenter,
                             painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, inner.width()))
            top += line
        painter.restore()

    def _owner_and_days(self, card: DealCard) -> str:
        from PySide6.QtCore import QLocale

        # %n is written with Latin digits; show the number in the language's own digits (Persian ones in Persian).
        days = self.tr("%n day(s) in stage", "", card.days_in_stage).replace(
            str(card.days_in_stage), QLocale().toString(card.days_in_stage))
        if card.rotting:
            days = self.tr("Rotting: %1").replace("%1", days)
        return f"{days} · {card.owner_name}" if card.owner_name else days

    def _next_task(self, card: DealCard, warn: QColor, normal: QColor) -> tuple[str, QColor]:
        if card.next_task_due is None:
            return self.tr("⚠ No next task"), warn
        text = format_utc(card.next_task_due)
        overdue = card.next_task_due < datetime.now(UTC).replace(tzinfo=None)
        return self.tr("Next: %1").replace("%1", text), (warn if overdue else normal)


class DealColumnView(QListView):
    """One column's list of cards; keyboard moves are passed up to the board."""

    move_requested = Signal(int, int)  # deal id, step: +1 next stage, -1 previous stage
    reorder_requested = Signal(int, int)  # deal id, step: -1 up, +1 down
    open_requested = Signal(int)
    focus_neighbour = Signal(int)  # -1 previous column, +1 next column

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setUniformItemSizes(True)
        self.setSpacing(1)
        self.doubleClicked.connect(self._open_index)

    def _open_index(self, index: QModelIndex) -> None:
        deal_id = index.data(DEAL_ID_ROLE)
        if deal_id is not None:
            self.open_requested.emit(int(deal_id))

    def current_deal_id(self) -> int | None:
        value = self.currentIndex().data(DEAL_ID_ROLE)
        return int(value) if value is not None else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        deal_id = self.current_deal_id()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        forward, backward = (Qt.Key.Key_Left, Qt.Key.Key_Right) if rtl else (Qt.Key.Key_Right, Qt.Key.Key_Left)
        if ctrl and deal_id is not None and key in (forward, backward):
            self.move_requested.emit(deal_id, 1 if key == forward else -1)
            return
        if ctrl and deal_id is not None and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.reorder_requested.emit(deal_id, -1 if key == Qt.Key.Key_Up else 1)
            return
        if not ctrl and key in (forward, backward):
            self.focus_neighbour.emit(1 if key == forward else -1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and deal_id is not None:
            self.open_requested.emit(deal_id)
            return
        super().keyPressEvent(event)


class StageColumn(QFrame):
    """A stage's header (name, count, sums per currency) above its list of cards."""

    def __init__(self, model: DealColumnModel, delegate: DealCardDelegate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setObjectName(f"stageColumn_{model.stage.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(230)
        self.setMaximumWidth(320)
        self.title = QLabel(self)
        self.title.setObjectName("stageTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel(self)
        self.summary.setObjectName("stageSummary")
        self.summary.setWordWrap(True)
        self.view = DealColumnView(self)
        self.view.setObjectName(f"stageList_{model.stage.id}")
        self.view.setModel(model)
        self.view.setItemDelegate(delegate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.dataChanged):
            signal.connect(self.refresh_header)
        self.refresh_header()

    def refresh_header(self) -> None:
        stage = self.model.stage
        self.title.setText(f"{stage.name}  ·  {len(self.model.cards)}")
        self.title.setStyleSheet(f"border-bottom: 3px solid {stage.color}; padding-bottom: 2px;")
        sums = self.model.sums()
        self.summary.setText("  ".join(format_money(v, c) for c, v in sorted(sums.items())) or "—")
        self.view.setAccessibleName(self.tr("Stage %1, %2 deals").replace("%1", stage.name)
                                    .replace("%2", str(len(self.model.cards))))


class OutcomeDropZone(QLabel):
    """A target at the foot of the board: drop a card here to close the deal as won or lost."""

    deals_dropped = Signal(list)

    def __init__(self, object_name: str, color: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAcceptDrops(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumHeight(44)
        self._style = (f"QLabel {{ border: 2px dashed {color}; border-radius: 6px; color: {color}; "
                       "font-weight: bold; }")
        self.setStyleSheet(self._style)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if decode_deals(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if decode_deals(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        decoded = decode_deals(event.mimeData())
        if decoded is None:
            return
        # Ignore the action so the source view does not remove the row: the service's result updates the board.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.deals_dropped.emit(decoded[1])


def column_models(columns: tuple[BoardColumn, ...]) -> list[DealColumnModel]:
    return [DealColumnModel(col.stage, col.cards) for col in columns]
