"""`crm-desktop import` of spreadsheets: counts, dry run, the error workbook, matching, kinds and refusals."""

import csv
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from crm_desktop.cli import EXIT_OK, EXIT_REFUSED
from crm_desktop.db.database import Database

Run = Callable[..., tuple[int, str, str]]
HEADERS = ["First name", "Last name", "Email", "Phone", "Company", "Customer no."]
ROWS = [
    ["Anna", "Nowak", "anna@example.pl", "+48 601 234 567", "Acme", "K-1"],
    ["Jan", "Kowalski", "jan@example.pl", None, "Acme", "K-2"],
    ["Bad", "Row", "not-an-address", None, None, "K-3"],
]


@pytest.fixture
def db_file(db: Database, db_path: Path) -> Path:
    db.close()
    return db_path


def _csv(path: Path, headers: list[str], rows: list[list[object]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(headers)
        writer.writerows([["" if v is None else v for v in row] for row in rows])
    return path


def _xlsx(path: Path, headers: list[str], rows: list[list[object]]) -> Path:
    wb = Workbook()
    wb.active.append(headers)
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def _query(db_path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_import_csv_json(cli: Run, db_file: Path, tmp_path: Path) -> None:
    code, out, err = cli("--db", db_file, "import", _csv(tmp_path / "people.csv", HEADERS, ROWS), "--json")

    assert (code, err) == (EXIT_OK, "")
    result = json.loads(out)
    assert (result["new"], result["updated"], result["skipped"], result["rejected"]) == (2, 0, 0, 1)
    assert result["run_id"] == 1
    assert result["dry_run"] is False
    assert result["rejected_rows"] == [{"row": 4, "reason": result["rejected_rows"][0]["reason"],
                                        "values": ["Bad", "Row", "not-an-address", "", "", "K-3"]}]
    assert "not-an-address" in result["rejected_rows"][0]["reason"]
    assert sorted(_query(db_file, "SELECT last_name FROM persons")) == [("Kowalski",), ("Nowak",)]

    code, out, _err = cli("--db", db_file, "import", tmp_path / "people.csv", "--json")
    assert (code, json.loads(out)["skipped"]) == (EXIT_OK, 2)


def test_import_xlsx_dry_run_writes_nothing(cli: Run, db_file: Path, tmp_path: Path) -> None:
    before = _query(db_file, "SELECT count(*) FROM persons")

    code, out, _err = cli("--db", db_file, "import", _xlsx(tmp_path / "people.xlsx", HEADERS, ROWS), "--dry-run")

    assert code == EXIT_OK
    assert out.startswith("Dry run (nothing written): 2 new, 0 updated, 0 skipped, 1 rejected.")
    assert "row 4:" in out
    assert _query(db_file, "SELECT count(*) FROM persons") == before
    assert _query(db_file, "SELECT count(*) FROM import_runs") == [(0,)]


def test_import_writes_the_rejected_rows_to_an_error_workbook(cli: Run, db_file: Path, tmp_path: Path) -> None:
    errors = tmp_path / "rejected.xlsx"
    code, out, _err = cli("--db", db_file, "import", _csv(tmp_path / "people.csv", HEADERS, ROWS), "--errors", errors)

    assert code == EXIT_OK
    assert f"Rejected rows written to '{errors}'." in out
    rows = [[c.value for c in row] for row in load_workbook(errors).active.iter_rows()]
    assert rows[0] == [*HEADERS, "Row", "Reason"]
    assert rows[1][:3] == ["Bad", "Row", "not-an-address"]
    assert rows[1][6] == 4


def test_import_updates_matched_on_a_chosen_column(cli: Run, db_file: Path, tmp_path: Path) -> None:
    cli("--db", db_file, "import", _csv(tmp_path / "a.csv", ["First name", "Last name", "City"],
                                        [["Anna", "Nowak", "Kraków"]]))
    changed = _csv(tmp_path / "b.csv", ["First name", "Last name", "City"], [["Anna", "Nowak", "Łódź"]])

    code, out, _err = cli("--db", db_file, "import", changed, "--match", "column:2", "--on-duplicate", "update",
                          "--json")

    assert (code, json.loads(out)["updated"]) == (EXIT_OK, 1)
    assert _query(db_file, "SELECT city FROM persons") == [("Łódź",)]


def test_import_into_companies(cli: Run, db_file: Path, tmp_path: Path) -> None:
    path = _csv(tmp_path / "companies.csv", ["Name", "Tax ID", "City"], [["Acme", "526-000-12-46", "Warszawa"]])

    code, out, _err = cli("--db", db_file, "import", path, "--into", "companies", "--json")

    assert (code, json.loads(out)["new"]) == (EXIT_OK, 1)
    assert _query(db_file, "SELECT name, tax_id FROM companies") == [("Acme", "526-000-12-46")]


@pytest.mark.parametrize(("args", "expected"), [
    (["--errors", "rejected.csv"], "--errors writes an .xlsx file"),
    (["--match", "shoe-size"], "not a way to match duplicates"),
    (["--match", "column:0"], "columns are counted from 1"),
    (["--match", "column:99"], "Column 99 does not exist"),
])
def test_refused_options_are_one_line_and_change_nothing(cli: Run, db_file: Path, tmp_path: Path,
                                                         sha256: Callable[[Path], str], args: list[str],
                                                         expected: str) -> None:
    path = _csv(tmp_path / "people.csv", HEADERS, ROWS)
    before = sha256(db_file)

    code, out, err = cli("--db", db_file, "import", path, *args)

    assert (code, out) == (EXIT_REFUSED, "")
    assert len(err.splitlines()) == 1, err
    assert expected in err
    if "--errors" in args:
        assert sha256(db_file) == before


def test_a_real_process_imports_a_workbook(tmp_path: Path, db_file: Path) -> None:
    path = _xlsx(tmp_path / "people.xlsx", HEADERS, ROWS[:2])
    done = subprocess.run([sys.executable, "-m", "crm_desktop", "--db", str(db_file), "import", str(path), "--json"],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path, env=os.environ.copy())
    assert done.returncode == EXIT_OK, done.stderr
    assert json.loads(done.stdout)["new"] == 2
    assert _query(db_file, "SELECT count(*) FROM contact_search WHERE contact_search MATCH 'nowak'") == [(1,)]
