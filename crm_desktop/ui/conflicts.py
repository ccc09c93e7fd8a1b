"""The dialog every editor shows when its record was changed by someone else meanwhile: per field, theirs or yours."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class ConflictDialog(QDialog):
    """The record changed elsewhere since the card was opened: per field, their value and yours; choose which
    stays, then save."""

    def __init__(self, rows: list[tuple[str, str, str, str]], parent: QWidget | None = None, *,
                 theirs_default: Collection[str] = ()) -> None:
        """rows: (field, label, their value as text, your value as text). Your value is proposed, except for the
        fields in `theirs_default`: those the user did not touch, where keeping "yours" would undo their change."""
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Changed by someone else"))
        intro = QLabel(self.tr(
            "Someone changed this record while you were editing it. For each field, choose the value to keep."),
            self)
        intro.setWordWrap(True)
        page = QWidget(self)
        grid = QGridLayout(page)
        grid.setHorizontalSpacing(16)
        bold = QFont(self.font())
        bold.setBold(True)
        for column, text in enumerate((self.tr("Field"), self.tr("Their value"), self.tr("Your value"))):
            header = QLabel(text, page)
            header.setFont(bold)
            grid.addWidget(header, 0, column)
        self.groups: dict[str, QButtonGroup] = {}
        self.radios: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        for row, (field, label, theirs, yours) in enumerate(rows, start=1):
            grid.addWidget(QLabel(label, page), row, 0)
            their_radio = QRadioButton(theirs, page)
            their_radio.setObjectName(f"conflictTheirs_{field}")
            their_radio.setAccessibleName(self.tr("%1: their value %2").replace("%1", label).replace("%2", theirs))
            your_radio = QRadioButton(yours, page)
            your_radio.setObjectName(f"conflictYours_{field}")
            your_radio.setAccessibleName(self.tr("%1: your value %2").replace("%1", label).replace("%2", yours))
            (their_radio if field in theirs_default else your_radio).setChecked(True)
            group = QButtonGroup(self)
            group.addButton(their_radio)
            group.addButton(your_radio)
            self.groups[field] = group
            self.radios[field] = (their_radio, your_radio)
            grid.addWidget(their_radio, row, 1)
            grid.addWidget(your_radio, row, 2)
        grid.setRowStretch(len(rows) + 1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.addButton(self.tr("Save these values"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("conflictSave")
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(640, min(160 + 34 * len(rows), 560))

    def keep_theirs(self, field: str, theirs: bool = True) -> None:
        their_radio, your_radio = self.radios[field]
        (their_radio if theirs else your_radio).setChecked(True)

    def theirs_chosen(self) -> set[str]:
        return {field for field, (their_radio, _yours) in self.radios.items() if their_radio.isChecked()}


def untouched_fields(opened: object | None, fields: Iterable[tuple[str, object, object]]) -> set[str]:
    """The fields of a conflict (field, their value, your value) that the editor still holds as it opened them.

    Only the other user changed those: the dialog proposes their value there, since keeping "yours" would quietly
    put the old value back. A field that cannot be compared counts as touched (the user's value is proposed).
    """
    if opened is None:
        return set()
    found: set[str] = set()
    for name, _theirs, yours in fields:
        if not hasattr(opened, name):
            continue
        before = getattr(opened, name)
        if isinstance(yours, Mapping):   # custom fields: only the keys that differ are listed
            before = {key: before.get(key) for key in yours} if isinstance(before, Mapping) else None
        if _comparable(before) == _comparable(yours):
            found.add(name)
    return found


def _comparable(value: object) -> object:
    """Blank text is no text, and a list of ids (tags) is a set: as the services compare values."""
    if isinstance(value, str):
        value = value.strip()
    if value is None or value == "" or value == () or value == []:
        return None
    if isinstance(value, Mapping):
        kept = {key: _comparable(item) for key, item in value.items()}
        return {key: item for key, item in kept.items() if item is not None} or None
    if isinstance(value, tuple | list) and all(isinstance(item, int) for item in value):
        return frozenset(value)
    if isinstance(value, list):
        return tuple(value)
    return value
