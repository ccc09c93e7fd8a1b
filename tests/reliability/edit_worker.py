"""One user of the conflicting-edits test: edits random people of a shared file through ContactService.

Run as a process of its own: `python edit_worker.py DB NAME EDITS SEED OUT GO`. It waits for the GO file (so both
users start together), then reads a person, pauses like a user would, and saves a new note with the version it
read; every save and every conflict is written to OUT as JSON at the end.
"""

from __future__ import annotations

import json
import random
import sys
import time
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select

from crm_desktop.db.database import open_database
from crm_desktop.errors import ConflictError
from crm_desktop.models import Person
from crm_desktop.services.contacts import ContactService, EditConflict


def main(path: str, name: str, edits: int, seed: int, out: str, go: str) -> None:
    db = open_database(Path(path), quick_check=False)
    service = ContactService(db)
    with db.session(write=False) as s:
        ids = list(s.scalars(select(Person.id).order_by(Person.id)))
    rnd = random.Random(seed)
    saves: list[list[object]] = []
    conflicts: list[list[object]] = []
    errors: list[str] = []
    waits: list[bool] = []
    db.add_wait_listener(waits.append)
    Path(f"{out}.ready").touch()
    while not Path(go).exists():
        time.sleep(0.01)
    started = time.monotonic()
    for i in range(edits):
        person_id = rnd.choice(ids)
        try:
            detail = service.get_person(person_id)
            time.sleep(rnd.uniform(0, 0.004))  # the user types
            note = f"{name}-{i}"
            result = service.update_person(person_id, replace(detail.input, notes=note), detail.version)
            saves.append([person_id, detail.version, result.version, note])
        except EditConflict as conflict:
            conflicts.append([person_id, detail.version, conflict.theirs.version])
        except ConflictError as conflict:  # SQLAlchemy's own version check, surfaced the same way
            conflicts.append([person_id, detail.version, -1, str(conflict)])
        except Exception as exc:  # noqa: BLE001 - every other error is a failure the parent reports
            errors.append(f"{type(exc).__name__}: {exc}")
        time.sleep(rnd.uniform(0, 0.002))
    elapsed = time.monotonic() - started
    db.close()
    Path(out).write_text(
        json.dumps({"saves": saves, "conflicts": conflicts, "errors": errors, "waits": waits.count(True),
                    "seconds": elapsed}),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6])
