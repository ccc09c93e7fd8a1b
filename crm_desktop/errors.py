"""Errors whose message is written for the user: the UI shows them, the command line prints them."""

from __future__ import annotations


class CrmError(Exception):
    """Base of every error the user is told about; the message says what happened and what to do."""


class ValidationError(CrmError):
    """Input that the product refuses, with the reason."""


class NotFoundError(CrmError):
    """A record that does not exist (or is in the Trash)."""


class ConflictError(CrmError):
    """A save that collides with a change somebody else made to the same record."""


class CancelledError(CrmError):
    """Long work stopped by the user; whatever it started was rolled back."""


class DatabaseOpenError(CrmError):
    """A database that cannot be used; the file was left exactly as it was."""


class NotADatabaseError(DatabaseOpenError):
    """The file is not an SQLite database, or not one of crm-desktop."""


class CorruptDatabaseError(DatabaseOpenError):
    """SQLite's own check found damage in the file."""


class DatabaseLockedError(DatabaseOpenError):
    """Another program holds a lock on the file."""


class SchemaTooNewError(DatabaseOpenError):
    """The file was written by a newer crm-desktop."""


class PermissionDeniedError(CrmError):
    """The working user's role does not allow this; nothing was changed."""


class AuthenticationError(CrmError):
    """A wrong login or password, or too many wrong attempts; the message never says which part was wrong."""


class DatabaseWriteError(CrmError):
    """The database file could not be written or read (a share that went away, a full disk); nothing was saved."""


class DatabaseBusyError(CrmError):
    """Another user kept the shared file locked for longer than the app waits; nothing was written."""


class MaintenanceError(CrmError):
    """Somebody is restoring, migrating or compacting the shared file; the work waits until they are done."""
