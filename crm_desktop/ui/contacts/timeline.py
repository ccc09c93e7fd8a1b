"""The timeline of a card: calls, meetings, e-mails, notes, completed tasks, stage changes, documents, imports and
merges, newest first and filterable by kind; logging a call or a note, then an offer to plan the next task."""

from __future__ import annotations

import html
import unicodedata
from datetime import datetime

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTime,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.models import ActivityKind
from crm_desktop.services.contacts import ContactService, TimelineEntry
from crm_desktop.ui.dialogs import run_modal
from crm_desktop.ui.funnel.move_dialogs import NextTaskDialog
from crm_desktop.ui.i18n import format_utc, local_to_utc

ENTRY_ROLE = Qt.ItemDataRole.UserRole
# Each kind's colour and sign on the timeline (signs every common font has, so no square boxes).
KIND_STYLE = {
    "call": ("#2e86de", "☎"),
    "meeting": ("#8e44ad", "⚑"),
    "email": ("#16a085", "✉"),
    "note": ("#e67e22", "✎"),
    "task_done": ("#27ae60", "✔"),
    "stage_change": ("#34495e", "➜"),
    "document": ("#7f8c8d", "▤"),
    "import": ("#d35400", "⇩"),
    "merge": ("#c0392b", "⇄"),
}
CALL_OUTCOMES = ("reached", "no_answer", "busy", "left_message", "call_back")
LOGGED_KINDS = (ActivityKind.CALL.value, ActivityKind.MEETING.value, ActivityKind.EMAIL.value,
                ActivityKind.NOTE.value)
ICON_SIZE = 24
MARGIN = 6
BODY_LIMIT = 600  # characters of a body shown in the list; the whole text is in the tooltip
LOG_CALL_SHORTCUT = QKeySequence("Ctrl+L")
ADD_NOTE_SHORTCUT = QKeySequence("Ctrl+Shift+N")


def kind_icon(kind: str, size: int = ICON_SIZE) -> QIcon:
    """A coloured disc with the kind's sign."""
    color, sign = KIND_STYLE.get(kind, ("#95a5a6", "•"))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawEllipse(0, 0, size, size)
    font = QFont(painter.font())
    font.setPixelSize(int(size * 0.55))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, sign)
    painter.end()
    return QIcon(pixmap)


class TimelineTexts(QObject):
    """The names of kinds and outcomes as the user reads them (one place, so the list and the dialog agree)."""

    def kind_names(self) -> dict[str, str]:
        return {"call": self.tr("Call"), "meeting": self.tr("Meeting"), "email": self.tr("Email"),
                "note": self.tr("Note"), "task_done": self.tr("Task done"), "stage_change": self.tr("Stage change"),
                "document": self.tr("Document"), "import": self.tr("Import"), "merge": self.tr("Merge")}

    def outcome_names(self) -> dict[str, str]:
        return {"reached": self.tr("Reached"), "no_answer": self.tr("No answer"), "busy": self.tr("Busy"),
                "left_message": self.tr("Left a message"), "call_back": self.tr("Call back later")}


class TimelineDelegate(QStyledItemDelegate):
    """Draws an entry as its kind's disc beside a few lines of rich text: subject and outcome, when and who, body."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                  width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        # Each paragraph reads in its own direction; all of them start at the layout's reading edge.
        text_option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        text_option.setAlignment(Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignRight
                                 if option.direction == Qt.LayoutDirection.RightToLeft else Qt.AlignmentFlag.AlignLeft)
        doc.setDefaultTextOption(text_option)
        doc.setHtml(str(index.data(Qt.ItemDataRole.UserRole + 1) or ""))
        doc.setTextWidth(max(width, 50))
        return doc

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        width = option.rect.width()
        if isinstance(view, QAbstractItemView) and view.viewport() is not None:
            width = view.viewport().width()
        return width - ICON_SIZE - 3 * MARGIN

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        opt.text = ""
        opt.icon = QIcon()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = option.rect
        icon_rect = QRect(rect.left() + MARGIN, rect.top() + MARGIN, ICON_SIZE, ICON_SIZE)
        icon_rect = QStyle.visualRect(option.direction, rect, icon_rect)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon):
            icon.paint(painter, icon_rect)
        text_rect = QRect(rect.left() + ICON_SIZE + 2 * MARGIN, rect.top() + MARGIN,
                          rect.width() - ICON_SIZE - 3 * MARGIN, rect.height() - 2 * MARGIN)
        text_rect = QStyle.visualRect(option.direction, rect, text_rect)
        doc = self._document(option, index, text_rect.width())
        painter.save()
        painter.translate(QPointF(text_rect.topLeft()))
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self._text_width(option)
        doc = self._document(option, index, width)
        height = max(int(doc.size().height()), ICON_SIZE) + 2 * MARGIN
        return QSize(width + ICON_SIZE + 3 * MARGIN, height)


class LogActivityDialog(QDialog):
    """Logs a call, meeting, e-mail or note. For a call the outcome has the focus: a digit 1–5 picks it and Enter
    saves, so a call is logged in two keystrokes."""

    def __init__(self, activity_kind: str, record_name: str, deals: list[tuple[int, str]] | None = None,
                 parent: QWidget | None = None, *, now: datetime | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logActivityDialog")
        texts = TimelineTexts(self)
        self.kind_names = texts.kind_names()
        self.outcome_names = texts.outcome_names()

        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("activityKind")
        for kind in LOGGED_KINDS:
            self.kind_combo.addItem(kind_icon(kind, 16), self.kind_names[kind], kind)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(activity_kind), 0))

        self.outcome_combo = QComboBox(self)
        self.outcome_combo.setObjectName("activityOutcome")
        for number, outcome in enumerate(CALL_OUTCOMES, start=1):
            self.outcome_combo.addItem(self.tr("%1  %2").replace("%1", str(number))
                                       .replace("%2", self.outcome_names[outcome]), outcome)
        self.outcome_combo.setToolTip(self.tr("Press 1–5 to choose, Enter to save"))
        self.outcome_combo.installEventFilter(self)
        self.outcome_label = QLabel(self.tr("&Outcome:"), self)
        self.outcome_label.setBuddy(self.outcome_combo)

        self.subject_edit = QLineEdit(self)
        self.subject_edit.setObjectName("activitySubject")
        self.subject_edit.setMaxLength(300)
        now = now or datetime.now()
        self.when_edit = QDateTimeEdit(QDateTime(QDate(now.year, now.month, now.day),
                                                 QTime(now.hour, now.minute)), self)
        self.when_edit.setObjectName("activityWhen")
        self.when_edit.setCalendarPopup(True)
        self.deal_combo = QComboBox(self)
        self.deal_combo.setObjectName("activityDeal")
        self.deal_combo.addItem(self.tr("(no deal)"), None)
        for deal_id, title in deals or []:
            self.deal_combo.addItem(title, deal_id)
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("activityBody")
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setPlaceholderText(self.tr("What was said, agreed or noticed (Ctrl+Enter saves)"))
        self.body_edit.installEventFilter(self)
        self.body_edit.setMinimumHeight(90)

        intro = QLabel(f"<b>{html.escape(record_name)}</b>", self)
        intro.setTextFormat(Qt.TextFormat.RichText)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(intro)
        self._add_row(form, self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.outcome_label, self.outcome_combo)
        self._add_row(form, self.tr("&Subject:"), self.subject_edit)
        self._add_row(form, self.tr("&When:"), self.when_edit)
        self.deal_label = self._add_row(form, self.tr("&Deal:"), self.deal_combo)
        self._add_row(form, self.tr("N&otes:"), self.body_edit)
        self.deal_combo.setVisible(bool(deals))
        self.deal_label.setVisible(bool(deals))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("activitySave")
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("activityError")
        self.error_label.setStyleSheet("color: #c0392b")
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(460, 360)

        self.kind_combo.currentIndexChanged.connect(self.on_kind_combo_changed)
        self.on_kind_combo_changed()
        chain = [self.outcome_combo, self.subject_edit, self.body_edit, self.when_edit, self.deal_combo,
                 self.kind_combo]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        if self.activity_kind() == ActivityKind.CALL.value:
            self.outcome_combo.setFocus()
        else:
            self.body_edit.setFocus()

    def _add_row(self, form: QFormLayout, text: str, field: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(field)
        form.addRow(label, field)
        return label

    # ---- values -------------------------------------------------------------------------------------------
    def activity_kind(self) -> str:
        return str(self.kind_combo.currentData())

    def outcome(self) -> str | None:
        return str(self.outcome_combo.currentData()) if self.activity_kind() == ActivityKind.CALL.value else None

    def subject(self) -> str:
        """What the user typed, else the kind's name (the timeline shows the outcome beside it)."""
        return self.subject_edit.text().strip() or self.kind_names[self.activity_kind()]

    def body(self) -> str | None:
        return self.body_edit.toPlainText().strip() or None

    def occurred_at(self) -> datetime:
        """When it happened, as stored (naive UTC)."""
        qdt = self.when_edit.dateTime()
        d, t = qdt.date(), qdt.time()
        return local_to_utc(datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()))

    def deal_id(self) -> int | None:
        data = self.deal_combo.currentData()
        return int(data) if data is not None else None

    def accept(self) -> None:
        if (self.activity_kind() == ActivityKind.NOTE.value and self.body() is None
                and not self.subject_edit.text().strip()):
            # An empty note says nothing: ask for the text instead of logging a blank entry.
            self.error_label.setText(self.tr("Write the note first."))
            self.error_label.show()
            self.body_edit.setFocus()
            return
        super().accept()

    # ---- keys ---------------------------------------------------------------------------------------------
    @Slot()
    def on_kind_combo_changed(self) -> None:
        is_call = self.activity_kind() == ActivityKind.CALL.value
        self.outcome_combo.setVisible(is_call)
        self.outcome_label.setVisible(is_call)
        self.setWindowTitle(self.tr("Log a call") if is_call else
                            self.tr("Add a note") if self.activity_kind() == ActivityKind.NOTE.value else
                            self.tr("Log: %1").replace("%1", self.kind_names[self.activity_kind()]))
        self.subject_edit.setPlaceholderText(self.subject())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if watched is self.outcome_combo:
                text = event.text()
                # Digits of any script: a Persian keyboard types ۱..۵.
                number = unicodedata.digit(text, -1) if len(text) == 1 else -1
                if 1 <= number <= len(CALL_OUTCOMES):
                    self.outcome_combo.setCurrentIndex(number - 1)
                    return True
            if (watched is self.body_edit and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                    and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
                self.accept()
                return True
        return super().eventFilter(watched, event)


class TimelineWidget(QWidget):
    """The history of a person or a company, newest first, with a kind filter and the buttons that log."""

    activity_logged = Signal(int)  # the activity's id
    task_planned = Signal(int)  # the task's id

    def __init__(self, service: ContactService, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.service = service
        self.kind = kind
        self.entity_id: int | None = None
        self.record_name = ""
        texts = TimelineTexts(self)
        self.kind_names = texts.kind_names()
        self.outcome_names = texts.outcome_names()

        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("timelineFilter")
        self.filter_combo.addItem(self.tr("Everything"), None)
        filters = [("call", self.tr("Calls")), ("meeting", self.tr("Meetings")), ("email", self.tr("Emails")),
                   ("note", self.tr("Notes")), ("task_done", self.tr("Tasks")),
                   ("stage_change", self.tr("Stage changes")), ("document", self.tr("Documents")),
                   ("import", self.tr("Imports")), ("merge", self.tr("Merges"))]
        for kind_key, label in filters:
            self.filter_combo.addItem(kind_icon(kind_key, 16), label, kind_key)
        filter_label = QLabel(self.tr("S&how:"), self)
        filter_label.setBuddy(self.filter_combo)
        self.filter_combo.currentIndexChanged.connect(self.reload)

        self.log_call_button = QPushButton(kind_icon("call", 16), self.tr("Log a &call"), self)
        self.log_call_button.setObjectName("logCallButton")
        self.log_call_button.setToolTip(self.tr("Log a call (%1)").replace(
            "%1", LOG_CALL_SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText)))
        self.log_call_button.setAutoDefault(False)
        self.log_call_button.clicked.connect(self.log_call)
        self.add_note_button = QPushButton(kind_icon("note", 16), self.tr("Add a &note"), self)
        self.add_note_button.setObjectName("addNoteButton")
        self.add_note_button.setToolTip(self.tr("Add a note (%1)").replace(
            "%1", ADD_NOTE_SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText)))
        self.add_note_button.setAutoDefault(False)
        self.add_note_button.clicked.connect(self.add_note)

        self.entries = QListWidget(self)
        self.entries.setObjectName("timelineEntries")
        self.entries.setAccessibleName(self.tr("Timeline"))
        self.entries.setItemDelegate(TimelineDelegate(self.entries))
        self.entries.setUniformItemSizes(False)
        self.entries.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.entries.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.entries.setWordWrap(True)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("timelineEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter_combo)
        top.addStretch(1)
        top.addWidget(self.log_call_button)
        top.addWidget(self.add_note_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.entries, 1)
        layout.addWidget(self.empty_label, 1)
        self.set_record(None, "")

    # ---- filling ------------------------------------------------------------------------------------------
    def set_record(self, entity_id: int | None, name: str) -> None:
        self.entity_id = entity_id
        self.record_name = name
        for button in (self.log_call_button, self.add_note_button):
            button.setEnabled(entity_id is not None)
        self.reload()

    def current_filter(self) -> str | None:
        data = self.filter_combo.currentData()
        return str(data) if data is not None else None

    def set_filter(self, kind: str | None) -> None:
        self.filter_combo.setCurrentIndex(max(self.filter_combo.findData(kind), 0))

    @Slot()
    def reload(self) -> None:
        self.entries.clear()
        if self.entity_id is None:
            self._show_empty(self.tr("Save the card first; then calls and notes can be logged here."))
            return
        chosen = self.current_filter()
        try:
            found = self.service.timeline(self.kind, self.entity_id, kinds=[chosen] if chosen else None)
        except CrmError as exc:
            self._show_empty(str(exc))
            return
        for entry in found:
            item = QListWidgetItem(kind_icon(entry.kind), self.plain_text(entry), self.entries)
            item.setData(ENTRY_ROLE, entry)
            item.setData(ENTRY_ROLE + 1, self.rich_text(entry))
            item.setToolTip(entry.body or "")
        if not found:
            self._show_empty(self.tr("Nothing of this kind yet.") if chosen else
                             self.tr("Nothing has happened with this contact yet. Log a call or add a note."))
        else:
            self.entries.show()
            self.empty_label.hide()

    def _show_empty(self, text: str) -> None:
        self.entries.hide()
        self.empty_label.setText(text)
        self.empty_label.show()

    def shown_entries(self) -> list[TimelineEntry]:
        return [self.entries.item(row).data(ENTRY_ROLE) for row in range(self.entries.count())]

    def _outcome(self, entry: TimelineEntry) -> str:
        return self.outcome_names.get(entry.outcome or "", entry.outcome or "")

    def _meta(self, entry: TimelineEntry) -> list[str]:
        parts = [format_utc(entry.occurred_at, self.locale()), self.kind_names.get(entry.kind, entry.kind)]
        if entry.user_name:
            parts.append(entry.user_name)
        if self.kind == "company" and entry.person_name:
            parts.append(entry.person_name)
        if entry.deal_title:
            parts.append(self.tr("deal: %1").replace("%1", entry.deal_title))
        return parts

    def plain_text(self, entry: TimelineEntry) -> str:
        """The entry as one plain text (screen readers, tests): subject — outcome, then when and who, then body."""
        head = entry.subject
        outcome = self._outcome(entry)
        if outcome:
            head = self.tr("%1 — %2").replace("%1", head).replace("%2", outcome)
        lines = [head, " · ".join(self._meta(entry))]
        if entry.body:
            lines.append(entry.body)
        return "\n".join(lines)

    def rich_text(self, entry: TimelineEntry) -> str:
        color = KIND_STYLE.get(entry.kind, ("#95a5a6", ""))[0]
        head = f"<b>{html.escape(entry.subject)}</b>"
        outcome = self._outcome(entry)
        if outcome:
            head += f" — <span style='color:{color}'>{html.escape(outcome)}</span>"
        meta = html.escape(" · ".join(self._meta(entry)))
        parts = [head, f"<span style='color:#7f8c8d'>{meta}</span>"]
        if entry.body:
            body = entry.body if len(entry.body) <= BODY_LIMIT else entry.body[:BODY_LIMIT] + "…"
            parts.append(html.escape(body).replace("\n", "<br>"))
        return "<br>".join(parts)

    # ---- logging ------------------------------------------------------------------------------------------
    def ask_activity(self, activity_kind: str) -> LogActivityDialog | None:
        """The filled-in dialog, or None when the user cancels."""
        deals: list[tuple[int, str]] = []
        if self.entity_id is not None:
            try:
                deals = [(d.id, d.title) for d in self.service.related_deals(self.kind, self.entity_id)
                         if d.status == "open"]
            except CrmError:
                deals = []
        dialog = LogActivityDialog(activity_kind, self.record_name, deals, self.window())
        if not run_modal(dialog):
            return None
        return dialog

    def ask_next_task(self) -> tuple[str, datetime, str] | None:
        """Kind, due time (naive UTC) and title of the next task, or None for "not now"."""
        dialog = NextTaskDialog(self.record_name, self.window(),
                                intro=self.tr("What is the next step with %1?").replace("%1", self.record_name))
        if not run_modal(dialog):
            return None
        return dialog.planned()

    def warn(self, text: str) -> None:
        QMessageBox.warning(self, self.window().windowTitle(), text)

    @Slot()
    def log_call(self) -> None:
        self.log(ActivityKind.CALL.value)

    @Slot()
    def add_note(self) -> None:
        self.log(ActivityKind.NOTE.value)

    def log(self, activity_kind: str) -> None:
        """Ask what happened, write it, then offer to plan the next task when the record has none."""
        entity_id = self.entity_id
        if entity_id is None:
            return
        dialog = self.ask_activity(activity_kind)
        if dialog is None:
            return
        try:
            activity_id = self.service.log_activity(
                self.kind, entity_id, dialog.activity_kind(), dialog.subject(), outcome=dialog.outcome(),
                body=dialog.body(), occurred_at=dialog.occurred_at(), deal_id=dialog.deal_id())
        except CrmError as exc:
            self.warn(str(exc))
            return
        self.reload()
        self.activity_logged.emit(activity_id)
        self.offer_next_task()

    def offer_next_task(self) -> None:
        entity_id = self.entity_id
        if entity_id is None:
            return
        try:
            if self.service.has_open_task(self.kind, entity_id):
                return
        except CrmError:
            return
        planned = self.ask_next_task()
        if planned is None:
            return
        task_kind, due_at, title = planned
        try:
            task_id = self.service.plan_task(self.kind, entity_id, task_kind, due_at, title, all_day=False)
        except CrmError as exc:
            self.warn(str(exc))
            return
        self.task_planned.emit(task_id)
