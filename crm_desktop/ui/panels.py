"""The five panels of the main window. Home shows the base at a glance; the others are filled by their issues."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.overview import Summary


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


class CalendarPanel(ComingPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("calendarPanel", parent)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Calendar")

    def description(self) -> str:
        return self.tr(
            "Calls, meetings and to-dos will be shown here by month, week and day, with call-back reminders "
            "that fire even while the window is closed to the tray."
        )


class ReportsPanel(ComingPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("reportsPanel", parent)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Reports")

    def description(self) -> str:
        return self.tr(
            "Reports with charts will be here: funnel conversion, won and lost deals, the plan against the "
            "actual, lead sources, managers and ABC/XYZ analysis, each exportable to Excel and Word."
        )


class HomePanel(Panel):
    """The base at a glance, and the offer of demo data while the database is empty."""

    demo_requested = Signal()
    demo_declined = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("homePanel", parent)
        self._summary: Summary | None = None

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

        grid_host = QWidget(self)
        self.grid = QGridLayout(grid_host)
        self.grid.setContentsMargins(0, 12, 0, 0)
        self.tiles: dict[str, tuple[QLabel, QLabel]] = {}
        for index, key in enumerate(("contacts", "companies", "open_deals", "tasks_today", "tasks_overdue")):
            tile = QFrame(grid_host)
            tile.setObjectName(f"tile_{key}")
            tile.setFrameShape(QFrame.Shape.StyledPanel)
            tile_layout = QVBoxLayout(tile)
            value = QLabel("–", tile)
            value.setObjectName(f"tileValue_{key}")
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 2)
            font.setBold(True)
            value.setFont(font)
            caption = QLabel(tile)
            tile_layout.addWidget(value)
            tile_layout.addWidget(caption)
            self.grid.addWidget(tile, index // 3, index % 3)
            self.tiles[key] = (value, caption)
        self.layout_.addWidget(grid_host)
        self.layout_.addStretch(1)
        self.retranslate()

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
        for key, (_value, caption) in self.tiles.items():
            caption.setText(captions[key])

    def set_summary(self, summary: Summary) -> None:
        self._summary = summary
        for key, (value, _caption) in self.tiles.items():
            value.setText(self.locale().toString(int(getattr(summary, key))))

    def offer_demo(self, offer: bool) -> None:
        self.demo_banner.setVisible(offer)

    @Slot()
    def on_empty_button_clicked(self) -> None:
        self.demo_banner.hide()
        self.demo_declined.emit()
