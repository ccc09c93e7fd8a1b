"""What the windows share: settings, the open database, the task runner, the bridge and the current user."""

from __future__ import annotations

from dataclasses import dataclass, field

from crm_desktop.config import AppConfig
from crm_desktop.db.database import Database
from crm_desktop.ui.bridge import UiBridge
from crm_desktop.ui.task_runner import TaskRunner
from crm_desktop.ui.undo import UndoStack


@dataclass
class AppContext:
    config: AppConfig
    db: Database
    runner: TaskRunner
    bridge: UiBridge
    user_id: int
    user_name: str
    language: str
    undo: UndoStack = field(default_factory=UndoStack)
    region: str | None = None   # the country of the user's locale: phones typed without '+' are read as its numbers
    # Long read-only upkeep (the integrity check and the daily backup of a large file) runs on its own thread, so
    # the lists and the board never wait seconds behind it on the runner.
    background: TaskRunner | None = None
