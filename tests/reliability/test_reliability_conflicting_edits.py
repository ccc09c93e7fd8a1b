"""Reliability: two processes edit the same five people of one file 1,000 times each, with random pauses.

Every save reads a version and saves against it (the way the person card does). The test proves from the file's
own history that no save was lost silently: per person the saved versions run 2, 3, ... without a gap or a
duplicate, the final version is one more than the number of saves, each logged change of the note starts from the
note the previous save wrote, every refused save was reported as a conflict, no "database is locked" reached a
user, and SQLite's integrity check passes. The figures are printed (pytest -s shows them).
"""

import json
import os
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import select

from crm_desktop.db.database import open_database
from crm_desktop.db.shared_file import mark_shared
from crm_desktop.models import ChangeLog, Person
from crm_desktop.models.sharing import ChangeCounter
from crm_desktop.services import defaults
from crm_desktop.services.contacts import ContactService, PersonInput

EDITS = int(os.environ.get("CRM_RELIABILITY_EDITS", "1000"))
PEOPLE = 5
WORKER = Path(__file__).with_name("edit_worker.py")
ROOT = Path(__file__).resolve().parents[2]


def _prepare(path: Path, journal: str) -> tuple[list[int], int]:
    db = open_database(path)
    defaults.ensure_defaults(db, "en")
    service = ContactService(db)
    ids = [service.create_person(PersonInput(first_name=f"Shared {n}", last_name="Client", notes="start")).id
           for n in range(PEOPLE)]
    if journal == "delete":
        mark_shared(db.engine)  # as if opened from a network share: every later opener uses the rollback journal
    with db.session(write=False) as s:
        counter = int(s.scalar(select(ChangeCounter.value)) or 0)
    db.close()
    return ids, counter


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_two_processes_editing_the_same_people_lose_nothing_silently(tmp_path: Path, journal: str) -> None:
    path = tmp_path / "shared.db"
    ids, counter_before = _prepare(path, journal)
    go = tmp_path / "go"
    outs = [tmp_path / f"user{n}.json" for n in (1, 2)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    workers = [
        subprocess.Popen([sys.executable, str(WORKER), str(path), f"user{n}", str(EDITS), str(n), str(out), str(go)],
                         cwd=ROOT, env=env)
        for n, out in zip((1, 2), outs, strict=True)
    ]
    deadline = time.monotonic() + 60
    while not all(Path(f"{out}.ready").exists() for out in outs):
        assert time.monotonic() < deadline, "the workers did not start"
        assert all(w.poll() is None for w in workers), "a worker died while starting"
        time.sleep(0.05)
    started = time.monotonic()
    go.touch()
    for worker in workers:
        assert worker.wait(timeout=600) == 0
    elapsed = time.monotonic() - started
    results = [json.loads(out.read_text(encoding="utf-8")) for out in outs]

    errors = [e for r in results for e in r["errors"]]
    saves = [save for r in results for save in r["saves"]]
    conflicts = [c for r in results for c in r["conflicts"]]
    waits = sum(r["waits"] for r in results)
    print(f"\n[{journal}] {2 * EDITS} edits by 2 processes in {elapsed:.1f} s: {len(saves)} saved, "
          f"{len(conflicts)} conflicts surfaced, {waits} waits for the other's lock, {len(errors)} errors")

    assert errors == [], "no 'database is locked' or any other error reaches a user"
    assert len(saves) + len(conflicts) == 2 * EDITS
    assert all(r["conflicts"] for r in results), "both users met conflicts: the test really conflicts"

    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == journal
        with db.session(write=False) as s:
            final = {p.id: (p.version, p.notes) for p in s.scalars(select(Person).where(Person.id.in_(ids)))}
            history = defaultdict(list)
            for entry in s.scalars(select(ChangeLog).where(ChangeLog.entity == "persons", ChangeLog.field == "notes")
                                   .order_by(ChangeLog.id)):
                history[entry.entity_id].append((entry.old_value, entry.new_value))
            counter_after = int(s.scalar(select(ChangeCounter.value)) or 0)
    finally:
        db.close()

    by_person = defaultdict(list)
    for person_id, read_version, saved_version, note in saves:
        assert saved_version == read_version + 1, "a save moves the version on by exactly one"
        by_person[person_id].append((saved_version, note))
    for person_id in ids:
        saved = sorted(by_person[person_id])
        version, note = final[person_id]
        assert [v for v, _ in saved] == list(range(2, len(saved) + 2)), "no version saved twice, none skipped"
        assert version == 1 + len(saved)
        assert note == (saved[-1][1] if saved else "start"), "the last save is what the file holds"
        chain = history[person_id]
        assert [new for _, new in chain] == [n for _, n in saved], "the history holds every save, in order"
        assert [old for old, _ in chain] == ["start"] + [n for _, n in saved][:-1], (
            "every save started from the note the previous one wrote: nothing was overwritten unseen"
        )
    assert counter_after - counter_before == len(saves), "each save told the others once"
