"""The base of the main window's panels, and the panels still to come.

Home lives in ui/home.py, Contacts, Funnel and Reports in their packages."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class Panel(QWidget):
    """A page of the main window with a heading; retranslates itself when the language changes."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.heading = QLabel(self)
        self.heading.setObjectName(f"{object_name}Heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 18, 24, 18)
        self.layout_.addWidget(self.heading)

    def title(self) -> str:
        """The panel's name in the current language; each panel gives its own."""
        return self.objectName()

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.setAccessibleName(self.title())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ComingPanel(Panel):
    """A panel whose capability arrives with a later release: it says what will be there."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(object_name, parent)
        self.body = QLabel(self)
        self.body.setObjectName(f"{object_name}Text")
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.layout_.addWidget(self.body)
        self.layout_.addStretch(1)

    def description(self) -> str:
        """What the panel will hold, in the current language; each panel gives its own."""
        return ""

    def retranslate(self) -> None:
        super().retranslate()
        self.body.setText(self.description())

