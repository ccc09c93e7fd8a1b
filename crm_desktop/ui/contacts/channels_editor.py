"""Typed phones, e-mails and messenger handles of a person or a company: one row per value, each checked as it is
typed and flagged on the field itself (a red frame, a warning sign and the reason as its tooltip) without blocking
the save."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.services.contacts import ChannelInfo, ChannelInput

CHECK_DELAY_MS = 400  # a value is checked once typing pauses this long (and at once when the field is left)
PROBLEM_COLOR = "#c0392b"
# The labels offered for each kind of channel, in this order; the user may type any other.
LABELS_BY_KIND = {
    "phone": ("mobile", "work", "home", "fax", "other"),
    "email": ("work", "home", "other"),
    "messenger": ("telegram", "whatsapp", "signal", "skype", "viber", "other"),
}
DEFAULT_LABEL = {"phone": "mobile", "email": "work", "messenger": "telegram"}

Validator = Callable[[str, str], tuple[str, str | None]]  # (kind, value) -> (normalized, problem or None)


def channel_url(kind: str, value: str) -> QUrl | None:
    """The system handler's address of a phone (tel:) or an e-mail (mailto:); None for what has none."""
    value = value.strip()
    if not value:
        return None
    if kind == "phone":
        dialable = "".join(ch for ch in value if ch.isdigit() or ch == "+")
        return QUrl(f"tel:{dialable}") if any(ch.isdigit() for ch in dialable) else None
    if kind == "email":
        return QUrl(f"mailto:{value}")
    return None


def open_url(url: QUrl) -> bool:
    """Hand an address to the system (the telephony or mail program); False when nothing took it."""
    return QDesktopServices.openUrl(url)


class ChannelRow(QWidget):
    """One phone, e-mail or messenger handle: its label, its value, the button that calls or writes, whether it
    is the primary one of its kind, and a button that removes it."""

    changed = Signal()
    remove_requested = Signal(object)  # this row

    def __init__(self, kind: str, validate: Validator, label_names: dict[str, str], kind_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.validate = validate
        self.label_names = label_names
        self.problem: str | None = None
        self.setObjectName(f"channelRow_{kind}")

        self.kind_label = QLabel(kind_name, self)
        self.kind_label.setObjectName("channelKind")
        self.kind_label.setMinimumWidth(self.kind_label.fontMetrics().horizontalAdvance(kind_name) + 6)
        self.label_combo = QComboBox(self)
        self.label_combo.setObjectName("channelLabel")
        self.label_combo.setEditable(True)
        self.label_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.label_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.label_combo.setMinimumContentsLength(9)
        for key in LABELS_BY_KIND.get(kind, ("other",)):
            self.label_combo.addItem(label_names.get(key, key), key)
        self.label_combo.setAccessibleName(self.tr("Label of the %1").replace("%1", kind_name))

        self.value_edit = QLineEdit(self)
        self.value_edit.setObjectName(f"channelValue_{kind}")
        self.value_edit.setAccessibleName(kind_name)
        self.value_edit.setMaxLength(300)
        placeholders = {"phone": self.tr("+31 20 123 4567"), "email": self.tr("name@example.com"),
                        "messenger": self.tr("@handle")}
        self.value_edit.setPlaceholderText(placeholders.get(kind, ""))
        # Phone numbers and addresses read left to right in every language.
        self.value_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.value_edit.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self.marker = QLabel(self)
        self.marker.setObjectName("channelProblem")
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.marker.setPixmap(icon.pixmap(QSize(16, 16)))
        self.marker.setFixedSize(18, 18)
        self.marker.hide()

        self.action_button = QToolButton(self)
        self.action_button.setObjectName("channelAction")
        self.action_button.setText(self.tr("Call") if kind == "phone" else self.tr("Write"))
        self.action_button.setToolTip(self.tr("Call this number with the system's phone program") if kind == "phone"
                                      else self.tr("Write to this address with the system's mail program"))
        self.action_button.setVisible(kind in ("phone", "email"))
        self.action_button.setEnabled(False)
        self.action_button.clicked.connect(self.on_action_button_clicked)

        self.primary_radio = QRadioButton(self.tr("Primary"), self)
        self.primary_radio.setObjectName("channelPrimary")
        self.primary_radio.setToolTip(self.tr("The one used first for this kind of contact"))
        self.remove_button = QToolButton(self)
        self.remove_button.setObjectName("channelRemove")
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove this %1").replace("%1", kind_name))
        self.remove_button.clicked.connect(self.on_remove_button_clicked)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind_label)
        layout.addWidget(self.label_combo)
        layout.addWidget(self.value_edit, 1)
        layout.addWidget(self.marker)
        layout.addWidget(self.action_button)
        layout.addWidget(self.primary_radio)
        layout.addWidget(self.remove_button)

        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(CHECK_DELAY_MS)
        self.check_timer.timeout.connect(self.check)
        self.value_edit.textChanged.connect(self.on_value_edit_text_changed)
        self.value_edit.editingFinished.connect(self.check)
        self.label_combo.currentTextChanged.connect(self.changed)
        self.primary_radio.toggled.connect(self.changed)

    # ---- values -------------------------------------------------------------------------------------------
    def value(self) -> str:
        return self.value_edit.text().strip()

    def label_key(self) -> str:
        """The label as stored: the key of a suggested label, or the text the user typed."""
        text = self.label_combo.currentText().strip()
        found = self.label_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if found >= 0:
            return str(self.label_combo.itemData(found))
        return text or DEFAULT_LABEL.get(self.kind, "other")

    def set_label_key(self, key: str) -> None:
        found = self.label_combo.findData(key)
        if found < 0:
            self.label_combo.addItem(self.label_names.get(key, key), key)
            found = self.label_combo.count() - 1
        self.label_combo.setCurrentIndex(found)

    def channel_input(self) -> ChannelInput:
        return ChannelInput(kind=self.kind, value=self.value(), label=self.label_key(),
                            is_primary=self.primary_radio.isChecked())

    # ---- checking -----------------------------------------------------------------------------------------
    @Slot()
    def check(self) -> None:
        """Ask the service whether the value looks right and show its answer on the field."""
        self.check_timer.stop()
        value = self.value()
        problem = None
        if value:
            try:
                _normalized, problem = self.validate(self.kind, value)
            except CrmError as exc:  # a check that fails must not lose what was typed; say why instead
                problem = str(exc)
        self.show_problem(problem)

    def show_problem(self, problem: str | None) -> None:
        """Flag the field (red frame, warning sign, the reason as tooltip) or clear the flag; saving goes on."""
        self.problem = problem
        self.marker.setVisible(problem is not None)
        self.marker.setToolTip(problem or "")
        self.value_edit.setToolTip(problem or "")
        self.value_edit.setAccessibleDescription(problem or "")
        self.value_edit.setProperty("problem", problem is not None)
        self.value_edit.setStyleSheet(f"QLineEdit {{ border: 1px solid {PROBLEM_COLOR}; padding: 1px; }}"
                                      if problem else "")

    @Slot(str)
    def on_value_edit_text_changed(self, text: str) -> None:
        self.action_button.setEnabled(channel_url(self.kind, text) is not None)
        if self.problem is not None and not text.strip():
            self.show_problem(None)
        self.check_timer.start()
        self.changed.emit()

    @Slot()
    def on_action_button_clicked(self) -> None:
        url = channel_url(self.kind, self.value())
        if url is not None:
            open_url(url)

    @Slot()
    def on_remove_button_clicked(self) -> None:
        self.remove_requested.emit(self)


class ChannelsEditor(QWidget):
    """The phones, e-mails and messenger handles of one record, with buttons to add each kind.

    It only edits: set_channels() fills it, channels() reads it; the card saves through ContactService.
    """

    changed = Signal()

    def __init__(self, validate: Validator, kinds: Sequence[str] = ("phone", "email", "messenger"),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channelsEditor")
        self.validate = validate
        self.kinds = tuple(kinds)
        self.rows: list[ChannelRow] = []
        self.groups: dict[str, QButtonGroup] = {}
        self.label_names = {
            "work": self.tr("work"), "mobile": self.tr("mobile"), "home": self.tr("home"), "fax": self.tr("fax"),
            "other": self.tr("other"), "telegram": "Telegram", "whatsapp": "WhatsApp", "signal": "Signal",
            "skype": "Skype", "viber": "Viber",
        }
        self.kind_names = {"phone": self.tr("Phone"), "email": self.tr("Email"), "messenger": self.tr("Messenger")}

        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(4)
        self.add_buttons: dict[str, QPushButton] = {}
        add_texts = {"phone": self.tr("Add phone"), "email": self.tr("Add email"),
                     "messenger": self.tr("Add messenger")}
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for kind in self.kinds:
            button = QPushButton(add_texts[kind], self)
            button.setObjectName(f"addChannel_{kind}")
            button.setAutoDefault(False)  # Enter in the card saves it
            button.clicked.connect(lambda _checked=False, k=kind: self.on_add_button_clicked(k))
            self.add_buttons[kind] = button
            buttons.addWidget(button)
            group = QButtonGroup(self)
            group.setExclusive(True)
            self.groups[kind] = group
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows_layout)
        layout.addLayout(buttons)

    # ---- rows ---------------------------------------------------------------------------------------------
    def add_row(self, kind: str, value: str = "", label: str | None = None, primary: bool = False) -> ChannelRow:
        row = ChannelRow(kind, self.validate, self.label_names, self.kind_names.get(kind, kind), self)
        row.set_label_key(label or DEFAULT_LABEL.get(kind, "other"))
        # The same widths on every row, so labels and values line up in columns.
        metrics = row.fontMetrics()
        row.kind_label.setFixedWidth(max(metrics.horizontalAdvance(self.kind_names.get(k, k))
                                         for k in self.kinds) + 8)
        row.label_combo.setFixedWidth(max(metrics.horizontalAdvance(name) for name in self.label_names.values())
                                      + 48)
        # Rows stay grouped by kind, in the order of self.kinds.
        order = {k: i for i, k in enumerate(self.kinds)}
        index = sum(1 for r in self.rows if order.get(r.kind, 99) <= order.get(kind, 99))
        self.rows.insert(index, row)
        self.rows_layout.insertWidget(index, row)
        row.show()  # now, not at the layout's next turn: the row's state is read right after it is added
        group = self.groups.setdefault(kind, QButtonGroup(self))
        group.addButton(row.primary_radio)
        row.value_edit.setText(value)
        if primary or group.checkedButton() is None:
            row.primary_radio.setChecked(True)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self.on_row_remove_requested)
        self._update_tab_order()
        self.changed.emit()
        return row

    def remove_row(self, row: ChannelRow) -> None:
        if row not in self.rows:
            return
        was_primary = row.primary_radio.isChecked()
        self.groups[row.kind].removeButton(row.primary_radio)
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        if was_primary:
            rest = self.rows_of(row.kind)
            if rest:
                rest[0].primary_radio.setChecked(True)
        self._update_tab_order()
        self.changed.emit()

    def rows_of(self, kind: str) -> list[ChannelRow]:
        return [row for row in self.rows if row.kind == kind]

    def clear(self) -> None:
        for row in list(self.rows):
            self.groups[row.kind].removeButton(row.primary_radio)
            self.rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []

    def _update_tab_order(self) -> None:
        chain: list[QWidget] = []
        for row in self.rows:
            chain += [row.label_combo, row.value_edit, row.action_button, row.primary_radio, row.remove_button]
        chain += [self.add_buttons[k] for k in self.kinds if k in self.add_buttons]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # ---- values -------------------------------------------------------------------------------------------
    def set_channels(self, channels: Sequence[ChannelInfo]) -> None:
        """Show these channels (with the problems the service found in them), and nothing else."""
        self.blockSignals(True)
        try:
            self.clear()
            for channel in channels:
                row = self.add_row(channel.kind, channel.value, channel.label, channel.is_primary)
                row.check_timer.stop()
                row.show_problem(channel.problem)
        finally:
            self.blockSignals(False)

    def channels(self) -> tuple[ChannelInput, ...]:
        """The channels typed, as the service takes them; empty rows are left out."""
        return tuple(row.channel_input() for row in self.rows if row.value())

    def values(self, kind: str) -> list[str]:
        return [row.value() for row in self.rows_of(kind) if row.value()]

    def problems(self) -> list[str]:
        return [row.problem for row in self.rows if row.problem]

    def check_all(self) -> None:
        for row in self.rows:
            row.check()

    # ---- actions ------------------------------------------------------------------------------------------
    def on_add_button_clicked(self, kind: str) -> None:
        row = self.add_row(kind)
        row.value_edit.setFocus()

    @Slot(object)
    def on_row_remove_requested(self, row: ChannelRow) -> None:
        focus_next = self.add_buttons.get(row.kind)
        self.remove_row(row)
        if focus_next is not None:
            focus_next.setFocus()
