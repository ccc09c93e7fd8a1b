"""What every benchmark shares: a raw sqlite3 connection set up like the app's, and percentiles of timings."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from crm_desktop.db.database import Database

# The pragmas the app's engine sets on every connection; the baseline connection gets the values read from an
# app connection, so both sides run with the same durability, cache and foreign-key checks.
COPIED_PRAGMAS = ("foreign_keys", "synchronous", "cache_size", "temp_store", "journal_mode")


def app_pragmas(db: Database) -> dict[str, object]:
    with db.engine.connect() as conn:
        return {p: conn.exec_driver_sql(f"PRAGMA {p}").scalar() for p in COPIED_PRAGMAS}


def raw_connection(db: Database) -> sqlite3.Connection:
    """A plain sqlite3 connection to the app's file with the app's pragmas, in autocommit mode."""
    pragmas = app_pragmas(db)
    assert db.path is not None
    raw = sqlite3.connect(db.path, isolation_level=None)
    for name, value in pragmas.items():
        raw.execute(f"PRAGMA {name}={value}")
    return raw


def percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]
