"""The command line, in process and as a real `python -m crm_desktop`: output, exit status, refusals."""

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from crm_desktop import __version__, config
from crm_desktop.cli import EXIT_OK, EXIT_REFUSED, main
from crm_desktop.db import migrate
from crm_desktop.db.backup import verify_backup
from crm_desktop.db.database import Database, open_database
from crm_desktop.models import ChannelKind, Company, ContactChannel, Deal, Person, Stage, Task
from crm_desktop.services import maintenance

Digest = Callable[[Path], str]
Run = Callable[..., tuple[int, str, str]]
COUNTS = {"companies": 3, "contacts": 4, "deals": 2, "tasks": 3}


def _run_process(*argv: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop", *(str(a) for a in argv)],
        capture_output=True, text=True, timeout=60, cwd=cwd, env=os.environ.copy(),
    )


def _assert_one_line_refusal(err: str) -> None:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("crm-desktop: ")
    assert "Traceback" not in err


def _last_names(db_path: Path) -> list[str]:
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return sorted(row[0] for row in conn.execute("SELECT last_name FROM persons"))
    finally:
        conn.close()


@pytest.fixture
def filled_db_path(db: Database, db_path: Path) -> Path:
    """A closed database with a few records of every listed kind."""
    with db.session() as s:
        stage = s.scalars(select(Stage).order_by(Stage.position)).first()
        assert stage is not None
        companies = [Company(name=f"Company {i}", city="Delft") for i in range(COUNTS["companies"])]
        people = [Person(first_name=f"First{i}", last_name=f"Last{i}", company=companies[i % 3])
                  for i in range(COUNTS["contacts"])]
        s.add_all(companies + people)
        s.flush()
        s.add(ContactChannel(person_id=people[0].id, kind=ChannelKind.EMAIL.value, value="first0@example.org"))
        s.add_all(Deal(title=f"Deal {i}", pipeline_id=stage.pipeline_id, stage_id=stage.id,
                       amount=Decimal("1200.50"), company_id=companies[0].id, person_id=people[0].id)
                  for i in range(COUNTS["deals"]))
        s.add_all(Task(title=f"Call back {i}", due_at=datetime(2026, 4, 1, 9) + timedelta(days=i),
                       person_id=people[1].id) for i in range(COUNTS["tasks"]))
    db.close()
    return db_path


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])

    assert exited.value.code == 0
    assert capsys.readouterr().out == f"crm-desktop {__version__}\n"


def test_check_creates_and_checks_the_default_database(cli: Run, app_home: Path) -> None:
    code, out, err = cli("check")

    assert (code, err) == (EXIT_OK, "")
    assert "Integrity: ok" in out
    assert f"Schema:    {migrate.head_revision()}" in out
    assert config.default_database_path().is_file()
    assert config.default_database_path().is_relative_to(app_home)


def test_check_json(cli: Run, filled_db_path: Path) -> None:
    code, out, _err = cli("--db", filled_db_path, "check", "--json")

    report = json.loads(out)
    assert code == EXIT_OK
    assert report["ok"] is True
    assert report["integrity"] == ["ok"]
    assert report["schema_revision"] == report["head_revision"] == migrate.head_revision()
    assert report["database"] == str(filled_db_path)
    assert report["counts"] == {name: 0 for name in maintenance.COUNTED} | COUNTS | {
        "pipelines": 1, "stages": 5, "users": 1}


def test_the_database_named_by_the_environment(
    cli: Run, filled_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(config.DB_ENV, str(filled_db_path))

    code, out, _err = cli("check", "--json")

    assert code == EXIT_OK
    assert json.loads(out)["database"] == str(filled_db_path)
    assert not config.default_database_path().exists()


@pytest.mark.parametrize("kind", ["contacts", "companies", "deals", "tasks"])
@pytest.mark.parametrize("limit", [1, 2, 50])
def test_list_json(cli: Run, filled_db_path: Path, kind: str, limit: int) -> None:
    code, out, err = cli("--db", filled_db_path, "list", kind, "--limit", str(limit), "--json")

    rows = json.loads(out)
    assert (code, err) == (EXIT_OK, "")
    assert isinstance(rows, list)
    assert len(rows) == min(limit, COUNTS[kind])
    assert all(isinstance(row, dict) and isinstance(row["id"], int) for row in rows)
    ids = [row["id"] for row in rows]
    assert ids == sorted(ids, reverse=True), "newest first"


def test_list_json_values(cli: Run, filled_db_path: Path) -> None:
    _code, out, _err = cli("--db", filled_db_path, "list", "contacts", "--json")
    first = next(row for row in json.loads(out) if row["name"] == "First0 Last0")
    assert (first["company"], first["email"]) == ("Company 0", "first0@example.org")

    _code, out, _err = cli("--db", filled_db_path, "list", "deals", "--json")
    deal = json.loads(out)[0]
    assert (deal["amount"], deal["stage"], deal["person"]) == ("1200.50", "New lead", "First0 Last0")

    _code, out, _err = cli("--db", filled_db_path, "list", "tasks", "--json")
    assert json.loads(out)[0]["due_at"] == "2026-04-03T09:00:00"


def test_list_as_a_table(cli: Run, filled_db_path: Path) -> None:
    code, out, _err = cli("--db", filled_db_path, "list", "companies")

    lines = out.splitlines()
    assert code == EXIT_OK
    assert lines[0].split()[:2] == ["id", "name"]
    assert len(lines) == 1 + COUNTS["companies"]
    assert "uuid" not in lines[0]


def test_backup_to_a_file(cli: Run, filled_db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.db"

    code, out, _err = cli("--db", filled_db_path, "backup", target)

    assert code == EXIT_OK
    assert str(target) in out
    assert verify_backup(target, migrate.known_revisions()) == migrate.head_revision()
    assert _last_names(target) == [f"Last{i}" for i in range(COUNTS["contacts"])]


def test_backup_to_the_backups_folder(cli: Run, filled_db_path: Path) -> None:
    code, out, _err = cli("--db", filled_db_path, "backup")

    made = list(config.default_backups_dir().iterdir())
    assert code == EXIT_OK
    assert len(made) == 1
    assert made[0].name.startswith("crm-")
    assert str(made[0]) in out
    assert verify_backup(made[0], migrate.known_revisions()) == migrate.head_revision()


def test_restore_brings_the_data_back_and_keeps_the_previous(
    cli: Run, filled_db_path: Path, tmp_path: Path
) -> None:
    saved = tmp_path / "before-the-mistake.db"
    assert cli("--db", filled_db_path, "backup", saved)[0] == EXIT_OK
    db = open_database(filled_db_path)
    with db.session() as s:
        s.add(Person(first_name="Added", last_name="Later"))
    db.close()

    code, out, _err = cli("--db", filled_db_path, "restore", saved)

    assert code == EXIT_OK
    assert "kept as" in out
    assert _last_names(filled_db_path) == [f"Last{i}" for i in range(COUNTS["contacts"])]
    kept = [p for p in config.default_backups_dir().iterdir() if p.name.endswith("-pre-restore.db")]
    assert len(kept) == 1
    assert "Later" in _last_names(kept[0])


def test_a_garbage_database_is_refused(cli: Run, tmp_path: Path, sha256: Digest) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(os.urandom(4096))
    before = sha256(garbage)

    code, out, err = cli("--db", garbage, "check")

    assert (code, out) == (EXIT_REFUSED, "")
    _assert_one_line_refusal(err)
    assert "garbage.db" in err
    assert sha256(garbage) == before


def test_a_limit_below_one_is_refused(cli: Run, filled_db_path: Path) -> None:
    code, out, err = cli("--db", filled_db_path, "list", "deals", "--limit", "0")

    assert (code, out) == (EXIT_REFUSED, "")
    _assert_one_line_refusal(err)
    assert "--limit" in err


def test_restore_of_a_missing_file_is_refused(cli: Run, filled_db_path: Path, tmp_path: Path, sha256: Digest) -> None:
    before = sha256(filled_db_path)

    code, out, err = cli("--db", filled_db_path, "restore", tmp_path / "no-such-backup.db")

    assert (code, out) == (EXIT_REFUSED, "")
    _assert_one_line_refusal(err)
    assert "no-such-backup.db" in err
    assert sha256(filled_db_path) == before


def test_restore_of_a_garbage_backup_is_refused(cli: Run, filled_db_path: Path, tmp_path: Path, sha256: Digest) -> None:
    garbage = tmp_path / "backup.db"
    garbage.write_bytes(os.urandom(4096))
    before = sha256(filled_db_path)

    code, _out, err = cli("--db", filled_db_path, "restore", garbage)

    assert code == EXIT_REFUSED
    _assert_one_line_refusal(err)
    assert sha256(filled_db_path) == before


def test_demo_then_list(cli: Run, db_path: Path) -> None:
    pytest.importorskip("crm_desktop.services.demo", reason="crm_desktop.services.demo is not written yet")

    code, _out, err = cli("--db", db_path, "demo", "--contacts", "200", "--deals", "60", "--seed", "7")
    assert (code, err) == (EXIT_OK, "")

    code, out, _err = cli("--db", db_path, "list", "deals", "--limit", "5", "--json")
    deals = json.loads(out)
    assert code == EXIT_OK
    assert len(deals) == 5
    assert all(isinstance(deal["id"], int) and deal["title"] for deal in deals)

    code, out, _err = cli("--db", db_path, "check", "--json")
    report = json.loads(out)
    assert report["ok"] is True
    assert (report["counts"]["contacts"], report["counts"]["deals"]) == (200, 60)


def test_a_real_process_prints_its_version(tmp_path: Path) -> None:
    done = _run_process("--version", cwd=tmp_path)

    assert done.returncode == 0
    assert done.stdout.strip() == f"crm-desktop {__version__}"


def test_a_real_process_checks_a_database(tmp_path: Path, filled_db_path: Path) -> None:
    done = _run_process("--db", filled_db_path, "check", "--json", cwd=tmp_path)

    assert done.returncode == EXIT_OK, done.stderr
    assert json.loads(done.stdout)["counts"]["contacts"] == COUNTS["contacts"]
    assert done.stderr == ""


@pytest.mark.parametrize("case", ["garbage", "missing folder", "limit 0"])
def test_a_real_process_refuses_with_one_line(tmp_path: Path, filled_db_path: Path, case: str) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(os.urandom(4096))
    argv = {
        "garbage": ("--db", garbage, "check"),
        "missing folder": ("--db", tmp_path / "missing" / "crm.db", "check"),
        "limit 0": ("--db", filled_db_path, "list", "deals", "--limit", "0"),
    }[case]

    done = _run_process(*argv, cwd=tmp_path)

    assert done.returncode == EXIT_REFUSED
    assert done.stdout == ""
    _assert_one_line_refusal(done.stderr)


def test_cli_services_and_db_do_not_import_qt(tmp_path: Path) -> None:
    probe = """
import importlib, pkgutil, sys
import crm_desktop.cli, crm_desktop.config, crm_desktop.db, crm_desktop.models, crm_desktop.services
names = []
for package in (crm_desktop.db, crm_desktop.services, crm_desktop.models):
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(module.name)
        names.append(module.name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(len(names), "crm_desktop.db.database" in names, "crm_desktop.services.maintenance" in names, qt)
"""
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, cwd=tmp_path)

    assert done.returncode == 0, done.stderr
    count, has_db, has_services, qt = done.stdout.split(maxsplit=3)
    assert int(count) >= 12
    assert has_db == has_services == "True"
    assert qt.strip() == "[]"


def test_the_backups_folder_is_inside_the_test_home(app_home: Path) -> None:
    # Guards every test above: nothing may reach the user's real data or settings.
    assert config.default_backups_dir().is_relative_to(app_home)
    assert config.AppConfig.path().is_relative_to(app_home)
    assert os.environ.get(config.DB_ENV) is None


def test_a_new_file_named_by_db_is_created_and_migrated(cli: Run, db_path: Path) -> None:
    assert not db_path.exists()

    assert cli("--db", db_path, "check")[0] == EXIT_OK


    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(migrate.head_revision(),)]
    finally:
        conn.close()


# ---- search -------------------------------------------------------------------------------------------------

@pytest.fixture
def searchable_db_path(db: Database, db_path: Path) -> Path:
    """A closed database with a Russian company and person, a Polish person and three namesakes, all indexed."""
    from crm_desktop.db import search_index

    with db.session() as s:
        horns = Company(name="Рога и копыта", city="Москва")
        s.add(horns)
        s.flush()
        ivanov = Person(first_name="Иван", last_name="Иванов", company_id=horns.id)
        lukasz = Person(first_name="Łukasz", last_name="Żółć")
        namesakes = [Person(first_name=f"Kim{i}", last_name="Namesake") for i in range(3)]
        s.add_all([ivanov, lukasz, *namesakes])
        s.flush()
        s.add_all([
            ContactChannel(person_id=ivanov.id, kind=ChannelKind.PHONE.value, value="+7 (495) 123-45-67",
                           normalized="74951234567", is_primary=True, position=0),
            ContactChannel(person_id=ivanov.id, kind=ChannelKind.EMAIL.value, value="i.ivanov@roga.example",
                           normalized="i.ivanov@roga.example", is_primary=True, position=1),
            ContactChannel(person_id=ivanov.id, kind=ChannelKind.EMAIL.value, value="ivan@home.example",
                           normalized="ivan@home.example", position=2),
        ])
        s.flush()
        search_index.reindex(s, person_ids=[p.id for p in (ivanov, lukasz, *namesakes)], company_ids=[horns.id])
    db.close()
    return db_path


def test_search_json(cli: Run, searchable_db_path: Path) -> None:
    code, out, err = cli("--db", searchable_db_path, "search", "иВАН", "--json")

    assert (code, err) == (EXIT_OK, "")
    [hit] = json.loads(out)
    assert hit == {"kind": "person", "id": hit["id"], "name": "Иван Иванов", "company": "Рога и копыта",
                   "emails": ["i.ivanov@roga.example", "ivan@home.example"], "phones": ["+7 (495) 123-45-67"]}
    assert isinstance(hit["id"], int)


def test_search_as_a_table(cli: Run, searchable_db_path: Path) -> None:
    code, out, err = cli("--db", searchable_db_path, "search", "4951234567")

    lines = out.splitlines()
    assert (code, err) == (EXIT_OK, "")
    assert lines[0].split() == ["kind", "id", "name", "company", "emails", "phones"]
    assert len(lines) == 2
    assert lines[1].split()[0] == "person"
    assert "Иван Иванов" in lines[1]
    assert "Рога и копыта" in lines[1]
    assert "i.ivanov@roga.example, ivan@home.example" in lines[1]
    assert "+7 (495) 123-45-67" in lines[1]


def test_search_finds_a_polish_name_typed_without_diacritics(cli: Run, searchable_db_path: Path) -> None:
    code, out, _err = cli("--db", searchable_db_path, "search", "lukasz zolc", "--json")

    assert code == EXIT_OK
    assert [h["name"] for h in json.loads(out)] == ["Łukasz Żółć"]


def test_search_limit(cli: Run, searchable_db_path: Path) -> None:
    _code, out, _err = cli("--db", searchable_db_path, "search", "namesake", "--json")
    assert len(json.loads(out)) == 3

    code, out, _err = cli("--db", searchable_db_path, "search", "namesake", "--limit", "2", "--json")
    assert code == EXIT_OK
    assert len(json.loads(out)) == 2


def test_search_without_hits(cli: Run, searchable_db_path: Path) -> None:
    assert cli("--db", searchable_db_path, "search", "nobody-here") == (EXIT_OK, "(none)\n", "")
    assert cli("--db", searchable_db_path, "search", "nobody-here", "--json") == (EXIT_OK, "[]\n", "")


@pytest.mark.parametrize("limit", ["0", "-3", "1000000"])
def test_search_with_a_bad_limit_is_refused(cli: Run, searchable_db_path: Path, limit: str) -> None:
    code, out, err = cli("--db", searchable_db_path, "search", "иван", "--limit", limit)

    assert (code, out) == (EXIT_REFUSED, "")
    _assert_one_line_refusal(err)


def test_a_real_process_searches(tmp_path: Path, searchable_db_path: Path) -> None:
    done = _run_process("--db", searchable_db_path, "search", "РОГА", "--json", cwd=tmp_path)

    assert (done.returncode, done.stderr) == (EXIT_OK, "")
    assert {(h["kind"], h["name"]) for h in json.loads(done.stdout)} == {
        ("company", "Рога и копыта"), ("person", "Иван Иванов")}


# ---- document ------------------------------------------------------------------------------------------------------

def _word_template(path: Path, *paragraphs: str) -> Path:
    from docx import Document as new_docx

    doc = new_docx()
    for text in paragraphs:
        doc.add_paragraph(text)
    doc.save(path)
    return path


def _docx_text(path: Path) -> str:
    from docx import Document as read_docx

    return "\n".join(p.text for p in read_docx(path).paragraphs)


def test_document_for_a_deal(cli: Run, filled_db_path: Path, tmp_path: Path) -> None:
    template = _word_template(tmp_path / "invoice.docx", "Invoice {{ doc.number }}", "For {{ company.name }}",
                              "Deal {{ deal.title }}: {{ deal.amount }} {{ deal.currency }}")
    out = tmp_path / "out" / "inv.docx"
    code, stdout, err = cli("--db", filled_db_path, "document", template, "--deal", "1", "--out", out,
                            "--lang", "nl", "--json")
    assert (code, err) == (EXIT_OK, "")
    result = json.loads(stdout)
    assert result["path"] == str(out)
    assert result["number"].startswith("INV-")
    assert result["pdf_path"] is None
    assert _docx_text(out).splitlines()[1:] == ["For Company 0", "Deal Deal 0: 1.200,50 EUR"]


def test_document_for_a_contact_as_text(cli: Run, filled_db_path: Path, tmp_path: Path) -> None:
    template = _word_template(tmp_path / "hello.docx", "Hello {{ person.first_name }} of {{ company.name }}")
    code, stdout, _err = cli("--db", filled_db_path, "document", template, "--contact", "1", "--out",
                             tmp_path / "hello-out.docx")
    assert code == EXIT_OK
    assert stdout == f"Document written to '{tmp_path / 'hello-out.docx'}'.\n"
    assert _docx_text(tmp_path / "hello-out.docx") == "Hello First0 of Company 0"


@pytest.mark.parametrize(("template_text", "args", "needle"), [
    (None, ["no-such-template", "--deal", "1"], "no template named 'no-such-template'"),
    ("{{ ''.__class__ }}", ["--deal", "1"], "access to internals"),
    ("{% for i in range(1000000000) %}x{% endfor %}", ["--deal", "1"], "range() of 1,000,000,000"),
    ("{{ compnay.name }}", ["--deal", "1"], "Unknown placeholder 'compnay.name'"),
    ("{% for line in lines %}{{ line.name }}{% endfor %}", ["--deal", "1"], "has no product lines"),
    ("{{ deal.title }}", ["--company", "1"], "only a deal has"),
    ("{{ deal.title }}", ["--deal", "999"], "The deal no longer exists"),
])
def test_document_refusals_are_one_line(cli: Run, filled_db_path: Path, tmp_path: Path, template_text: str | None,
                                        args: list[str], needle: str) -> None:
    out = tmp_path / "refused.docx"
    argv: list[str | Path] = ["--db", filled_db_path, "document"]
    if template_text is not None:
        argv.append(_word_template(tmp_path / "t.docx", template_text))
    code, stdout, err = cli(*argv, *args, "--out", out)
    assert (code, stdout) == (EXIT_REFUSED, "")
    _assert_one_line_refusal(err)
    assert needle in err
    assert not out.exists()


def test_document_needs_exactly_one_record(cli: Run, filled_db_path: Path, tmp_path: Path) -> None:
    template = _word_template(tmp_path / "t.docx", "{{ company.name }}")
    with pytest.raises(SystemExit) as exited:
        cli("--db", filled_db_path, "document", template, "--deal", "1", "--company", "1")
    assert exited.value.code == EXIT_REFUSED


def test_a_real_process_writes_a_document(tmp_path: Path, filled_db_path: Path) -> None:
    template = _word_template(tmp_path / "letter.docx", "Dear {{ person.full_name }}")
    done = _run_process("--db", filled_db_path, "document", template, "--contact", "1", "--lang", "en",
                        "--out", tmp_path / "letter-out.docx", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (EXIT_OK, "")
    assert _docx_text(tmp_path / "letter-out.docx") == "Dear First0 Last0"


# ---- import and export (vCard) -------------------------------------------------------------------------------------

VCF = Path(__file__).resolve().parents[2] / "shared" / "realdata" / "vcf"
_GMAIL_LIST = VCF / "ezvcard_gmail-list.vcf"
# The real files live beside the repository (../shared/realdata); a clone without them skips these tests.
real_vcf = pytest.mark.skipif(not _GMAIL_LIST.is_file(), reason="../shared/realdata/vcf is not there")


@real_vcf
def test_import_vcf_json(cli: Run, filled_db_path: Path) -> None:
    code, out, err = cli("--db", filled_db_path, "import", _GMAIL_LIST, "--json")
    assert (code, err) == (EXIT_OK, "")
    counts = json.loads(out)
    assert (counts["new"], counts["updated"], counts["skipped"], counts["rejected"]) == (3, 0, 0, 0)
    assert counts["rejected_rows"] == []
    assert {"Smith", "Beatle", "White"} <= set(_last_names(filled_db_path))

    code, out, _err = cli("--db", filled_db_path, "import", _GMAIL_LIST, "--into", "contacts", "--json")
    assert (code, json.loads(out)["skipped"]) == (EXIT_OK, 3)


@real_vcf
def test_import_dry_run_writes_nothing(cli: Run, filled_db_path: Path) -> None:
    before = _last_names(filled_db_path)
    code, out, _err = cli("--db", filled_db_path, "import", _GMAIL_LIST, "--dry-run")
    assert code == EXIT_OK
    assert "Dry run" in out
    assert "3 new" in out
    assert _last_names(filled_db_path) == before


def test_import_lists_rejected_cards(cli: Run, filled_db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "two.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Ok;Anna;;;\r\nEND:VCARD\r\n"
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:no name at all\r\nEND:VCARD\r\n", encoding="utf-8")
    code, out, _err = cli("--db", filled_db_path, "import", path, "--on-duplicate", "update", "--json")
    counts = json.loads(out)
    assert code == EXIT_OK
    assert (counts["new"], counts["rejected"]) == (1, 1)
    assert counts["rejected_rows"][0]["card"] == 2
    assert "no name" in counts["rejected_rows"][0]["reason"]


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("people.xlsx", b"PK\x03\x04", "could not be read as a spreadsheet"),
    ("people.csv", b"a,b\n", "No column of 'people.csv' is a field of contacts"),
    ("tasks.ics", b"BEGIN:VCALENDAR\r\n", "holds no events or to-dos"),
    ("notes.pdf", b"%PDF-1.4", "importing .pdf is not available"),
    ("garbage.vcf", b"\x00\x01 not a card", "not a vCard"),
    ("empty.vcf", b"", "empty"),
])
def test_refused_import_files_are_one_line(cli: Run, filled_db_path: Path, tmp_path: Path, sha256: Digest,
                                           name: str, content: bytes, expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = sha256(filled_db_path)
    code, out, err = cli("--db", filled_db_path, "import", path)
    assert (code, out) == (EXIT_REFUSED, "")
    _assert_one_line_refusal(err)
    assert expected in err
    assert sha256(filled_db_path) == before


@real_vcf
def test_import_into_something_else_is_refused(cli: Run, filled_db_path: Path) -> None:
    code, _out, err = cli("--db", filled_db_path, "import", _GMAIL_LIST, "--into", "deals")
    assert code == EXIT_REFUSED
    _assert_one_line_refusal(err)


def test_export_contacts_vcf(cli: Run, filled_db_path: Path, tmp_path: Path) -> None:
    import vobject

    out_file = tmp_path / "contacts.vcf"
    code, out, err = cli("--db", filled_db_path, "export", "contacts", out_file, "--json")
    assert (code, err) == (EXIT_OK, "")
    assert json.loads(out)["written"] == COUNTS["contacts"]
    cards = list(vobject.readComponents(out_file.read_text(encoding="utf-8")))
    assert sorted(c.n.value.family for c in cards) == _last_names(filled_db_path)


@pytest.mark.parametrize(("what", "name", "expected"), [
    ("contacts", "contacts.pdf", "exporting to .pdf is not available"),
    ("deals", "deals.ics", "an .ics file holds tasks"),
    ("deals", "deals.vcf", "a .vcf file holds contacts"),
])
def test_refused_exports_are_one_line(cli: Run, filled_db_path: Path, tmp_path: Path, what: str, name: str,
                                      expected: str) -> None:
    code, _out, err = cli("--db", filled_db_path, "export", what, tmp_path / name)
    assert code == EXIT_REFUSED
    _assert_one_line_refusal(err)
    assert expected in err
    assert not (tmp_path / name).exists()


@real_vcf
def test_a_real_process_imports_a_vcard(tmp_path: Path, filled_db_path: Path) -> None:
    done = _run_process("--db", filled_db_path, "import", VCF / "eds_outlook_cp1251_russian.vcf", "--json",
                        cwd=tmp_path)
    assert done.returncode == EXIT_OK, done.stderr
    assert json.loads(done.stdout)["new"] == 1
    assert "Пупкин" in _last_names(filled_db_path)
