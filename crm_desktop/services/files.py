"""Reading a file the user chose to import: the checks every importer makes before it parses anything."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.errors import ValidationError


def read_import_file(path: Path, max_bytes: int, what: str) -> bytes:
    """The bytes of `path`; ValidationError for a file that is missing, unreadable, bigger than `max_bytes` or
    empty. `what` names the kind of file in the message ("vCard files", "calendar files")."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError(f"Cannot read '{path}': {exc.strerror or exc}.") from None
    if size > max_bytes:
        raise ValidationError(f"'{path.name}' is {size / 1024 / 1024:.0f} MB; {what} over "
                              f"{max_bytes // 1024 // 1024} MB are refused.")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"Cannot read '{path}': {exc.strerror or exc}.") from None
    if not data.strip():
        raise ValidationError(f"'{path.name}' is empty.")
    return data
