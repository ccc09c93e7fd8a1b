"""`crm-desktop compact` on a file another user has open."""

import re
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from crm_desktop.cli import EXIT_OK, main
from crm_desktop.db.database import Database
from crm_desktop.models import Person
from crm_desktop.services.presence import poll


def test_compact_shrinks_the_file_and_keeps_the_records(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.session() as s:
        s.add_all(Person(first_name=f"P{n}", last_name="X", notes="x" * 3000) for n in range(300))
    with db.session() as s:
        s.execute(delete(Person).where(Person.first_name != "P0"))
    seen = poll(db, None)

    code = main(["--db", str(db_path), "compact"])

    out = capsys.readouterr().out
    assert code == EXIT_OK
    before, after = (int(n.replace(",", "")) for n in re.findall(r"[\d,]+", out))
    assert after < before / 2
    with db.session(write=False) as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 1
    assert not poll(db, seen.counter).changed_by_other
