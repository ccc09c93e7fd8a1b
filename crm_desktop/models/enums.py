"""Closed sets of values stored as plain strings (no database enum type, so adding a value needs no migration)."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    MANAGER = "manager"
    READ_ONLY = "read_only"


class ContactStatus(StrEnum):
    LEAD = "lead"
    PROSPECT = "prospect"
    CLIENT = "client"
    FORMER_CLIENT = "former_client"
    LOST = "lost"


class ChannelKind(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    MESSENGER = "messenger"


class DealStatus(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class TaskKind(StrEnum):
    """Built-in task kinds; users may add their own, so the column accepts any short string."""

    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    TODO = "todo"


class ActivityKind(StrEnum):
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    NOTE = "note"
    TASK_DONE = "task_done"
    STAGE_CHANGE = "stage_change"
    DOCUMENT = "document"
    IMPORT = "import"
    MERGE = "merge"


class EntityKind(StrEnum):
    COMPANY = "company"
    PERSON = "person"
    DEAL = "deal"


class FieldType(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    MONEY = "money"
    DATE = "date"
    BOOL = "bool"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"


class ChangeAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"
    MERGE = "merge"
    ERASE = "erase"
