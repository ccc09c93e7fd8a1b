"""vCard import and export: every real file, encodings, duplicates, dry run, one transaction, round trip."""

from pathlib import Path

import pytest
import vobject
from sqlalchemy import func, select

from crm_desktop.db.database import Database
from crm_desktop.errors import CancelledError, ValidationError
from crm_desktop.models import Company, ContactChannel, Person
from crm_desktop.services.contacts import ChannelInput, CompanyInput, ContactService, PersonInput
from crm_desktop.services.progress import Progress
from crm_desktop.services.vcard import VCardService, export_vcards, read_vcards

REALDATA = Path(__file__).resolve().parents[4] / "shared" / "realdata" / "vcf"
if not REALDATA.is_dir():
    REALDATA = Path("/work/shared/realdata/vcf")
FILES = sorted(REALDATA.glob("*.vcf"))
# The real files live beside the repository (../shared/realdata); a clone without them skips these tests.
real = pytest.mark.skipif(not FILES, reason="../shared/realdata/vcf is not there")


def _people(db: Database) -> list[Person]:
    with db.session(write=False) as s:
        people = list(s.scalars(select(Person).order_by(Person.id)))
        s.expunge_all()   # plain snapshots, readable after the session
        return people


def _count(db: Database, model: type) -> int:
    with db.session(write=False) as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _by_last(db: Database, last: str) -> Person:
    found = [p for p in _people(db) if p.last_name == last]
    assert len(found) == 1, [p.last_name for p in _people(db)]
    return found[0]


def _channels(db: Database, person_id: int, kind: str) -> list[str]:
    with db.session(write=False) as s:
        return list(s.scalars(select(ContactChannel.value).where(ContactChannel.person_id == person_id,
                                                                 ContactChannel.kind == kind)
                              .order_by(ContactChannel.position)))


@real
def test_the_real_files_are_there() -> None:
    assert len(FILES) >= 30


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_real_file_imports_without_a_crash(db: Database, path: Path) -> None:
    total = read_vcards(path).total
    counts = VCardService(db).import_file(path)
    assert counts.new + counts.rejected == total, counts
    assert counts.updated == 0
    assert counts.new + counts.skipped + counts.rejected == total
    assert len(_people(db)) == counts.new
    assert len(counts.rejected_rows) == counts.rejected
    assert counts.new >= 1


@real
def test_outlook_cp1251_card_is_decoded(db: Database) -> None:
    VCardService(db).import_file(REALDATA / "eds_outlook_cp1251_russian.vcf")
    person = _by_last(db, "Пупкин")
    assert person.first_name == "Василий"
    assert person.address == "Ленина д. 1"
    assert _channels(db, person.id, "email") == ["test@test.ru"]


@real
def test_quoted_printable_multi_line_address_and_note(db: Database) -> None:
    VCardService(db).import_file(REALDATA / "ezvcard_outlook-2007.vcf")
    person = _by_last(db, "Angstadt")
    assert person.first_name == "Michael"
    assert person.city == "New York"
    assert person.country == "US"
    assert "I assume it encodes this text inside a NOTE vCard type.\nBut I'm not sure" in (person.notes or "")


@real
def test_a_21_address_broken_over_lines(db: Database) -> None:
    VCardService(db).import_file(REALDATA / "android_v21_adr_multiple_line.vcf")
    person = _by_last(db, "bogus")
    assert person.city == "Hamburg"
    assert person.country == "DE"
    assert "Hermann v. Brevern\n9999999\nPackstation 999" in (person.notes or "")
    assert str(person.birthday) == "2008-12-03"


@real
def test_shift_jis_and_quoted_printable(db: Database) -> None:
    VCardService(db).import_file(REALDATA / "android_v21_japanese_2.vcf")
    person = _by_last(db, "安藤")
    assert person.first_name == "ロイド1"
    assert person.address is not None
    assert person.address.startswith("東京都渋谷区桜丘町26-1")
    assert person.notes == "メモ"


@real
def test_the_multiple_entry_file_gives_several_people(db: Database) -> None:
    counts = VCardService(db).import_file(REALDATA / "android_v21_multiple_entry.vcf")
    assert counts.new == 3
    assert sorted(p.last_name for p in _people(db)) == ["安藤ロイド3", "安藤ロイド4", "安藤ロイド5"]


@real
def test_the_utf16_file_decodes(db: Database) -> None:
    VCardService(db).import_file(REALDATA / "roundcube_utf-16_sample.vcf")
    person = _by_last(db, "ĽdaMonté")
    assert person.first_name == "Ǽgean"
    assert person.city == "LaPaz"
    assert person.country == "PE"


@real
def test_org_title_phones_and_labels(db: Database) -> None:
    VCardService(db).import_file(REALDATA / "roundcube_johndoe.vcf")
    person = _by_last(db, "Doë")
    assert person.first_name == "John"
    with db.session(write=False) as s:
        company = s.get(Company, person.company_id)
        assert company is not None
        assert company.name == "roundcube.net"
        rows = s.execute(select(ContactChannel.kind, ContactChannel.label, ContactChannel.value)
                         .where(ContactChannel.person_id == person.id).order_by(ContactChannel.position)).all()
    assert ("phone", "work", "+123456789") in rows
    assert ("phone", "mobile", "+987654321") in rows
    assert ("email", "personal", "roundcube@gmail.com") in rows


@real
def test_a_company_is_found_by_name_in_any_case(db: Database) -> None:
    ContactService(db).create_company(CompanyInput(name="ROUNDCUBE.NET"))
    VCardService(db).import_file(REALDATA / "roundcube_johndoe.vcf")
    assert _count(db, Company) == 1


@real
def test_messengers_and_vcard40(db: Database) -> None:
    VCardService(db).import_file(REALDATA / "vobject_vcard40_full.vcf")
    person = _by_last(db, "Public")
    assert (person.first_name, person.middle_name, person.position) == ("John", "Quinlan", "CEO")
    assert "xmpp:john@jabber.example.com" in _channels(db, person.id, "messenger")
    assert "+1-555-123-4567" in _channels(db, person.id, "phone")


# ---- duplicates --------------------------------------------------------------------------------------------------

@real
def test_importing_twice_with_skip_creates_nothing_new(db: Database) -> None:
    path = REALDATA / "ezvcard_gmail-list.vcf"
    first = VCardService(db).import_file(path)
    assert first.new == 3
    second = VCardService(db).import_file(path)
    assert (second.new, second.skipped, second.updated) == (0, 3, 0)
    assert len(_people(db)) == 3


@real
def test_update_changes_the_existing_person(db: Database) -> None:
    service = ContactService(db)
    saved = service.create_person(PersonInput(first_name="Old", last_name="Name", position="Intern",
                                              channels=(ChannelInput("email", "ASMITHK@gmail.com"),)))
    counts = VCardService(db).import_file(REALDATA / "ezvcard_gmail-list.vcf", on_duplicate="update")
    assert (counts.new, counts.updated) == (2, 1)
    detail = service.get_person(saved.id)
    assert (detail.input.first_name, detail.input.last_name) == ("Arnold", "Smith")
    assert detail.input.position == "Intern"   # the card has no title: the stored one stays
    assert len(_people(db)) == 3


@real
def test_create_makes_a_second_person(db: Database) -> None:
    path = REALDATA / "ezvcard_gmail-list.vcf"
    VCardService(db).import_file(path)
    counts = VCardService(db).import_file(path, on_duplicate="create")
    assert counts.new == 3
    assert len(_people(db)) == 6


def test_a_duplicate_inside_the_file_is_found(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "dups.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Kowalski;Jan;;;\r\nFN:Jan Kowalski\r\nTEL;TYPE=CELL:+48 601 234 567\r\n"
        "END:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Kowalski;J.;;;\r\nFN:J. Kowalski\r\nTEL:0048601234567\r\n"
        "EMAIL:jan@example.pl\r\nEND:VCARD\r\n", encoding="utf-8")
    counts = VCardService(db).import_file(path)
    assert (counts.new, counts.skipped) == (1, 1)
    counts = VCardService(db).import_file(path, on_duplicate="update")
    assert (counts.new, counts.updated) == (0, 2)
    person = _people(db)[0]
    assert _channels(db, person.id, "email") == ["jan@example.pl"]


# ---- dry run, transaction, bad files -----------------------------------------------------------------------------

@real
def test_a_dry_run_writes_nothing(db: Database) -> None:
    counts = VCardService(db).import_file(REALDATA / "ezvcard_gmail-list.vcf", dry_run=True)
    assert (counts.new, counts.dry_run) == (3, True)
    assert _people(db) == []
    assert _count(db, ContactChannel) == 0


@real
def test_a_cancel_leaves_the_database_unchanged(db: Database) -> None:
    def tick(done: int, total: int, text: str) -> None:
        if done == 2:
            progress.cancel()

    progress = Progress(tick)
    with pytest.raises(CancelledError):
        VCardService(db).import_file(REALDATA / "ezvcard_gmail-list.vcf", progress=progress)
    assert _people(db) == []
    assert _count(db, Company) == 0


def test_a_bad_card_is_rejected_and_the_rest_imported(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "mixed.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Good;Anna;;;\r\nEMAIL:anna@example.com\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nobody\r\nEND:VCARD\r\n"
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{'x' * 130};Too;;;\r\nTITLE:{'t' * 300}\r\nEND:VCARD\r\n",
        encoding="utf-8")
    counts = VCardService(db).import_file(path)
    assert (counts.new, counts.rejected) == (2, 1)
    assert counts.rejected_rows[0][0] == 2
    assert "no name" in counts.rejected_rows[0][2]


@pytest.mark.parametrize("content", [b"", b"   \r\n", b"\x00\x01\x02garbage" * 50, b"name,phone\nAnna,123\n"])
def test_a_file_that_is_not_a_vcard_is_refused(db: Database, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.vcf"
    path.write_bytes(content)
    with pytest.raises(ValidationError):
        VCardService(db).import_file(path)
    assert _people(db) == []


def test_a_file_over_the_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_desktop.services import vcard

    monkeypatch.setattr(vcard, "MAX_BYTES", 100)
    path = tmp_path / "big.vcf"
    path.write_text("BEGIN:VCARD\r\nN:A;B\r\nEND:VCARD\r\n" * 10, encoding="utf-8")
    with pytest.raises(ValidationError, match="MB"):
        read_vcards(path)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="Cannot read"):
        read_vcards(tmp_path / "nope.vcf")


# ---- export ------------------------------------------------------------------------------------------------------

@real
def test_export_then_import_round_trip(db: Database, tmp_path: Path, db_path: Path) -> None:
    VCardService(db).import_file(REALDATA / "ezvcard_John_Doe_IPHONE.vcf")
    VCardService(db).import_file(REALDATA / "eds_outlook_cp1251_russian.vcf")
    VCardService(db).import_file(REALDATA / "ezvcard_gmail-list.vcf")
    people = _people(db)
    out = tmp_path / "out.vcf"
    assert export_vcards(db, [p.id for p in people], out) == len(people)

    text = out.read_text(encoding="utf-8")
    parsed = list(vobject.readComponents(text))
    assert len(parsed) == len(people)
    assert all(c.version.value == "3.0" for c in parsed)
    assert {c.uid.value for c in parsed} == {p.uuid for p in people}

    from crm_desktop.db.database import open_database

    other = open_database(tmp_path / "other.db", backups_dir=tmp_path / "b")
    try:
        counts = VCardService(other).import_file(out)
        assert counts.new == len(people)

        def snapshot(database: Database) -> list[tuple[str, str, list[str], list[str], str | None]]:
            return sorted((p.first_name, p.last_name, _channels(database, p.id, "phone"),
                           _channels(database, p.id, "email"), p.city) for p in _people(database))

        assert snapshot(other) == snapshot(db)
    finally:
        other.close()


def test_export_needs_a_vcf_name_and_leaves_no_temp_file(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    with pytest.raises(ValidationError):
        export_vcards(db, [], folder / "out.csv")
    export_vcards(db, [], folder / "empty.vcf")
    assert [p.name for p in folder.iterdir()] == ["empty.vcf"]


def test_a_vcard_import_is_in_the_import_history_and_reverts(db: Database, tmp_path: Path) -> None:
    from crm_desktop.services.imports import ImportService

    existing = ContactService(db).create_person(PersonInput(
        first_name="Ada", last_name="Byron", channels=(ChannelInput("email", "ada@example.com"),))).id
    path = tmp_path / "two.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nN:Lovelace;Ada;;;\r\nEMAIL:ada@example.com\r\n"
                    "TITLE:Analyst\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Alan Turing\r\nN:Turing;Alan;;;\r\n"
                    "ORG:Bletchley Park\r\nEMAIL:alan@example.com\r\nEND:VCARD\r\n", encoding="utf-8")

    counts = VCardService(db).import_file(path, on_duplicate="update")
    assert (counts.new, counts.updated) == (1, 1)
    [run] = ImportService(db).history()
    assert (run.file_name, run.kind, run.counts["new"], run.counts["updated"], run.revertible) == (
        "two.vcf", "contacts", 1, 1, True)

    reverted = ImportService(db).revert(run.id)

    assert (reverted.removed, reverted.restored) == (2, 1)   # Alan and his company to the Trash; Ada restored
    ada = ContactService(db).get_person(existing).input
    assert (ada.first_name, ada.last_name, ada.position) == ("Ada", "Byron", None)
    with db.session(write=False) as s:
        live = s.scalars(select(Person.last_name).where(Person.deleted_at.is_(None))).all()
        companies = s.scalars(select(Company.name).where(Company.deleted_at.is_(None))).all()
    assert (live, companies) == (["Byron"], [])


def test_a_dry_run_leaves_no_history(db: Database, tmp_path: Path) -> None:
    from crm_desktop.services.imports import ImportService

    path = tmp_path / "one.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Alan Turing\r\nN:Turing;Alan;;;\r\nEND:VCARD\r\n")
    assert VCardService(db).import_file(path, dry_run=True).new == 1
    assert ImportService(db).history() == []
