"""Reading tables from workbooks and CSV: header detection, encodings, delimiters, streaming, refusals, real files."""

import codecs
import csv
import struct
import tracemalloc
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from crm_desktop.errors import CancelledError, ValidationError
from crm_desktop.services import tabular
from crm_desktop.services.progress import Progress
from crm_desktop.services.tabular import count_rows, inspect, iter_rows, preview_rows

REALDATA = Path(__file__).resolve().parents[4] / "shared" / "realdata"
if not REALDATA.is_dir():
    REALDATA = Path("/work/shared/realdata")
REAL_FILES = sorted([*REALDATA.glob("csv/*"), *REALDATA.glob("xlsx/*")]) if REALDATA.is_dir() else []
# The real files live beside the repository (../shared/realdata); a clone without them skips these tests.
real = pytest.mark.skipif(not REALDATA.is_dir(), reason="../shared/realdata is not there")


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    # Each test writes its own files; a sheet cached by an earlier test must not leak into the next one.
    tabular._cached = None
    tabular._checked_files.clear()


def _rows(path: Path, **kwargs: object) -> list[tuple[int, tuple[object, ...]]]:
    return list(iter_rows(inspect(path, **kwargs)))  # type: ignore[arg-type]


def _workbook(path: Path, *sheets: tuple[str, list[list[object]]], epoch: object = None) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    if epoch is not None:
        wb.epoch = epoch
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


# --------------------------------------------------------------------------------------------------- workbooks

def test_titles_merged_cells_and_blank_rows_above_the_header_are_skipped(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Customer list 2024"])
    ws.merge_cells("A1:E1")
    ws.append([])
    ws.append(["Exported on", datetime(2024, 3, 1, 10, 0)])
    ws.append(["First name", "Last name", "Email", None, "Birthday"])
    ws.append(["Anna", "Nowak", "anna@example.pl", None, date(1990, 5, 17)])
    ws.append([])
    ws.append([None, "  ", None, None, None])
    ws.append(["Jan", "Kowalski", None, 42, datetime(1985, 1, 2, 13, 30)])
    path = tmp_path / "people.xlsx"
    wb.save(path)

    source = inspect(path)
    assert source.kind == "xlsx"
    assert source.sheet == "Sheet"
    assert source.header_row == 3
    assert source.headers == ("First name", "Last name", "Email", "Column 4", "Birthday")
    assert source.date_1904 is False
    rows = list(iter_rows(source))
    assert [number for number, _ in rows] == [5, 8]
    assert rows[0][1] == ("Anna", "Nowak", "anna@example.pl", None, date(1990, 5, 17))
    assert rows[1][1] == ("Jan", "Kowalski", None, 42, datetime(1985, 1, 2, 13, 30))
    assert preview_rows(source, 1) == rows[:1]
    assert count_rows(source) == 4          # an estimate: blank rows count


def test_a_two_cell_subtitle_loses_to_a_row_of_known_column_names(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "report.xlsx", ("Data", [
        ["Sales report", "Q1 summary"],
        ["Naam", "E-mailadres", "Telefoon"],
        ["Piet", "piet@example.nl", "+31 20 123 4567"],
    ]))
    source = inspect(path)
    assert source.header_row == 1
    assert source.headers == ("Naam", "E-mailadres", "Telefoon")


def test_the_header_row_can_be_chosen(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "t.xlsx", ("S", [["a", "b"], ["c", "d"], ["e", "f"]]))
    source = inspect(path, header_row=1)
    assert source.headers == ("c", "d")
    assert _rows(path, header_row=1) == [(3, ("e", "f"))]
    with pytest.raises(ValidationError, match="no row 99"):
        inspect(path, header_row=98)
    with pytest.raises(ValidationError):
        inspect(path, header_row=-1)


def test_rows_wider_than_the_header_keep_columns_with_data(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "w.xlsx", ("S", [["Name", "Email"], ["Ann", "a@x.nl", "extra"], ["Bob"]]))
    source = inspect(path)
    assert source.headers == ("Name", "Email", "Column 3")
    assert list(iter_rows(source)) == [(2, ("Ann", "a@x.nl", "extra")), (3, ("Bob", None, None))]


def test_the_first_sheet_with_a_table_is_chosen_and_others_can_be(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "two.xlsx",
                     ("Cover", [["This workbook holds our contacts"]]),
                     ("Contacts", [["Name", "City"], ["Ann", "Delft"]]),
                     ("Companies", [["Company", "Tax ID"], ["Acme", "NL123"], ["Beta", "NL456"]]))
    source = inspect(path)
    assert source.sheet == "Contacts"
    assert [s.name for s in source.sheets] == ["Cover", "Contacts", "Companies"]
    assert {s.name: s.rows for s in source.sheets}["Contacts"] == 2
    other = inspect(path, sheet="Companies")
    assert other.headers == ("Company", "Tax ID")
    assert [values for _, values in iter_rows(other)] == [("Acme", "NL123"), ("Beta", "NL456")]
    with pytest.raises(ValidationError, match="no sheet named 'Nope'"):
        inspect(path, sheet="Nope")
    with pytest.raises(ValidationError, match="no header row"):
        inspect(path, sheet="Cover")


def test_a_1904_workbook_is_flagged_and_its_dates_are_right(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "mac.xlsx", ("S", [["Name", "Birthday"], ["Ann", date(2021, 1, 1)]]),
                     epoch=CALENDAR_MAC_1904)
    source = inspect(path)
    assert source.date_1904 is True
    assert list(iter_rows(source)) == [(2, ("Ann", date(2021, 1, 1)))]


def test_numbers_only_and_empty_sheets_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="no header row that could be recognised"):
        inspect(_workbook(tmp_path / "n.xlsx", ("S", [[1, 2], [3, 4]])))
    with pytest.raises(ValidationError, match="no rows"):
        inspect(_workbook(tmp_path / "e.xlsx", ("S", [])))


def test_a_read_to_the_end_releases_the_cached_sheet(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "c.xlsx", ("S", [["Name", "City"]] + [[f"n{i}", "Delft"] for i in range(30)]))
    source = inspect(path)
    assert tabular._cached is not None
    preview_rows(source)
    assert tabular._cached is not None      # the preview keeps it for the import that follows
    list(iter_rows(source))
    assert tabular._cached is None
    assert len(_rows(path)) == 30           # and a later read loads it again


def test_a_changed_file_is_read_again(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "c.xlsx", ("S", [["Name", "City"], ["Ann", "Delft"]]))
    source = inspect(path)
    _workbook(path, ("S", [["Name", "City"], ["Bob", "Gouda"], ["Cor", "Ede"]]))
    assert [v for _, v in iter_rows(source)] == [("Bob", "Gouda"), ("Cor", "Ede")]


def test_progress_is_reported_and_cancel_stops_the_read(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Name", "N"]] + [[f"n{i}", i] for i in range(3000)]
    path = _workbook(tmp_path / "p.xlsx", ("S", rows))
    seen: list[tuple[int, int]] = []
    assert len(list(iter_rows(inspect(path), Progress(lambda d, t, _: seen.append((d, t)))))) == 3000
    assert seen[-1] == (3001, 3001)
    assert len(seen) >= 3

    progress = Progress(lambda d, t, _: progress.cancel() if d >= 1024 else None)
    with pytest.raises(CancelledError):
        list(iter_rows(inspect(path), progress))


# --------------------------------------------------------------------------------------------------- refusals

def test_missing_empty_and_foreign_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        inspect(tmp_path / "nothing.xlsx")
    (tmp_path / "empty.csv").write_bytes(b"")
    with pytest.raises(ValidationError, match="is empty"):
        inspect(tmp_path / "empty.csv")
    (tmp_path / "blank.csv").write_bytes(b"\n\n ; \n")
    with pytest.raises(ValidationError, match="no rows"):
        inspect(tmp_path / "blank.csv")
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(ValidationError, match="not a file that can be imported"):
        inspect(tmp_path / "x.pdf")
    (tmp_path / "fake.xlsx").write_bytes(b"Name,Email\nAnn,a@b.nl\n")
    with pytest.raises(ValidationError, match="not a workbook"):
        inspect(tmp_path / "fake.xlsx")
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04" + b"\0" * 100)
    with pytest.raises(ValidationError, match="could not be read"):
        inspect(tmp_path / "broken.xlsx")


def test_files_over_the_size_limit_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.csv"
    path.write_text("Name,Email\n" + "Ann,a@b.nl\n" * 200)
    monkeypatch.setattr(tabular, "MAX_BYTES", 1000)
    with pytest.raises(ValidationError, match="files over 0 MB|cannot be imported"):
        inspect(path)


def test_a_password_protected_workbook_is_refused(tmp_path: Path) -> None:
    # Encrypted xlsx is an OLE2 compound file with an EncryptedPackage stream instead of a zip.
    path = tmp_path / "secret.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600 + "EncryptedPackage".encode("utf-16-le")
                     + b"\0" * 600)
    with pytest.raises(ValidationError, match="protected by a password"):
        inspect(path)


def test_a_zip_with_encrypted_members_is_refused(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "z.xlsx", ("S", [["Name", "City"], ["Ann", "Delft"]]))
    data = bytearray(path.read_bytes())
    # Set the "encrypted" flag of every member in the central directory.
    offset = data.find(b"PK\x01\x02")
    while offset >= 0:
        struct.pack_into("<H", data, offset + 8, struct.unpack_from("<H", data, offset + 8)[0] | 1)
        offset = data.find(b"PK\x01\x02", offset + 4)
    path.write_bytes(bytes(data))
    with pytest.raises(ValidationError, match="protected by a password"):
        inspect(path)


def _zeros_zip(path: Path, size: int) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(size // len(chunk)):
                member.write(chunk)
    return path


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="zip bomb"):
        inspect(_zeros_zip(tmp_path / "bomb.xlsx", 64 * 1024 * 1024))


def test_a_zip_bomb_that_lies_about_its_size_is_refused(tmp_path: Path) -> None:
    path = _zeros_zip(tmp_path / "liar.xlsx", 64 * 1024 * 1024)
    data = bytearray(path.read_bytes())
    # Declare 1000 bytes unpacked in the local header and in the central directory.
    for signature, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        offset = data.find(signature)
        while offset >= 0:
            struct.pack_into("<L", data, offset + size_at, 1000)
            offset = data.find(signature, offset + 4)
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as archive:
        assert max(info.file_size for info in archive.infolist()) == 1000
    with pytest.raises(ValidationError, match="zip bomb"):
        inspect(path)


def test_an_ordinary_workbook_passes_the_zip_checks(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Name", "Note"]] + [[f"n{i}", "same text " * 20] for i in range(20000)]
    path = _workbook(tmp_path / "repetitive.xlsx", ("S", rows))
    assert len(_rows(path)) == 20000


# --------------------------------------------------------------------------------------------------- CSV

POLISH = "Imię;Nazwisko;Miasto\nŁukasz;Wąsowski;Łódź\nZażółć;Gęślą;Jaźń\nŚwiętosław;Źdźbło;Kraków\n"
RUSSIAN = "Имя,Фамилия,Город\nИван,Петров,Москва\nОльга,Смирнова,Санкт-Петербург\nЁжик,Туманов,Екатеринбург\n"
FRENCH = ("Prénom;Nom;Ville;Remarque\nFrançois;Lefèvre;Besançon;Très intéressé par l'offre à venir\n"
          "Élodie;Mercier;Orléans;Rappeler après la fête\nJosé;Peña;Málaga;Prospect intéressé\n")
CZECH = "Jméno,Příjmení,Město\nJiří,Dvořák,Brno\nTomáš,Černý,Ústí nad Labem\n"
GERMAN = "Vorname,Nachname,Straße\nJürgen,Müller,Hauptstraße 5\nBärbel,Schön,Königsallee\n"


@pytest.mark.parametrize(("text", "encoding", "expected"), [
    (POLISH, "utf-8", "utf-8"),
    (POLISH, "utf-8-sig", "utf-8-sig"),
    (POLISH, "utf-16", "utf-16"),
    (POLISH, "utf-16-le", "utf-16-le"),
    (POLISH, "cp1250", "cp1250"),
    (RUSSIAN, "cp1251", "cp1251"),
    (FRENCH, "cp1252", "cp1252"),
    (RUSSIAN, "utf-16-be", "utf-16-be"),
    (CZECH, "cp1250", "cp1250"),
    (POLISH, "iso-8859-2", "iso-8859-2"),
])
def test_csv_encodings_are_detected(tmp_path: Path, text: str, encoding: str, expected: str) -> None:
    path = tmp_path / "people.csv"
    path.write_bytes(text.encode(encoding))
    source = inspect(path)
    assert codecs.lookup(source.encoding or "").name == codecs.lookup(expected).name
    lines = [line.split(source.delimiter or "") for line in text.splitlines()]
    assert source.headers == tuple(lines[0])
    assert [values for _, values in iter_rows(source)] == [tuple(line) for line in lines[1:]]


def test_german_reads_the_same_in_either_western_or_central_code_page(tmp_path: Path) -> None:
    path = tmp_path / "de.csv"
    path.write_bytes(GERMAN.encode("cp1252"))
    assert [v for _, v in _rows(path)] == [("Jürgen", "Müller", "Hauptstraße 5"), ("Bärbel", "Schön", "Königsallee")]


def test_polish_cp1250_is_not_taken_for_cp1252_in_a_short_file(tmp_path: Path) -> None:
    path = tmp_path / "krótki.csv"
    path.write_bytes("Imię,Nazwisko\nŁucja,Żółkiewska\n".encode("cp1250"))
    source = inspect(path)
    assert source.encoding == "cp1250"
    assert _rows(path) == [(2, ("Łucja", "Żółkiewska"))]


def test_an_encoding_can_be_chosen_and_a_wrong_one_is_refused_with_the_row(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_bytes(POLISH.encode("cp1250"))
    assert inspect(path, encoding="iso-8859-2").encoding == "iso8859-2"
    with pytest.raises(ValidationError, match="not a known text encoding"):
        inspect(path, encoding="klingon")
    with pytest.raises(ValidationError, match="not valid utf-8"):
        inspect(path, encoding="utf-8")


def test_a_bad_byte_deep_in_a_utf8_file_stops_the_read_with_its_row(tmp_path: Path) -> None:
    path = tmp_path / "late.csv"
    body = "".join(f"Name {i},n{i}@example.com\n" for i in range(300_000))
    path.write_bytes(("Name,Email\n" + body).encode() + "Zoë,z@x.nl\n".encode("cp1252"))
    source = inspect(path)
    assert source.encoding == "utf-8"
    with pytest.raises(ValidationError, match="near row"):
        list(iter_rows(source))


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_csv_delimiters_are_detected(tmp_path: Path, delimiter: str) -> None:
    path = tmp_path / "d.csv"
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file, delimiter=delimiter)
        writer.writerow(["Name", "Email", "Note"])
        writer.writerow(["Ann, Jr.", "a@x.nl", "likes ; and | and , too"])
        writer.writerow(["Bob", "b@x.nl", ""])
    source = inspect(path)
    assert source.delimiter == delimiter
    assert [v for _, v in iter_rows(source)] == [("Ann, Jr.", "a@x.nl", "likes ; and | and , too"),
                                                 ("Bob", "b@x.nl", None)]


def test_a_tsv_file_and_a_one_column_file(tmp_path: Path) -> None:
    (tmp_path / "t.tsv").write_text("Name\tCity\nAnn\tDelft\n")
    assert inspect(tmp_path / "t.tsv").delimiter == "\t"
    (tmp_path / "one.txt").write_text("Email\na@x.nl\nb@x.nl\n")
    source = inspect(tmp_path / "one.txt")
    assert source.headers == ("Email",)
    assert [v for _, v in iter_rows(source)] == [("a@x.nl",), ("b@x.nl",)]


def test_a_delimiter_can_be_chosen(tmp_path: Path) -> None:
    (tmp_path / "c.csv").write_text("Name;City,Country\nAnn;Delft,NL\n")
    assert inspect(tmp_path / "c.csv", delimiter=",").headers == ("Name;City", "Country")
    with pytest.raises(ValidationError, match="one character"):
        inspect(tmp_path / "c.csv", delimiter=";;")


def test_csv_titles_blank_lines_multiline_values_and_row_numbers(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text('Contacts export\n\nFirst Name,Last Name,Notes\nAnn,Smit,"line one\nline two"\n'
                    ',,\n   ,  ,\nBob,Jansen,\n', encoding="utf-8")
    source = inspect(path)
    assert source.header_row == 2
    assert source.headers == ("First Name", "Last Name", "Notes")
    assert list(iter_rows(source)) == [(4, ("Ann", "Smit", "line one\nline two")), (7, ("Bob", "Jansen", None))]
    assert count_rows(source) == 4


def test_csv_rows_are_padded_and_cut_to_the_header(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text("A,B,C\n1\n1,2,3,4\n")
    source = inspect(path)
    assert source.headers == ("A", "B", "C", "Column 4")
    assert [v for _, v in iter_rows(source)] == [("1", None, None, None), ("1", "2", "3", "4")]


def test_a_big_csv_is_streamed_not_loaded(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write("First name,Last name,Email,Phone\n")
        for i in range(100_000):
            file.write(f"Anna{i},Nowak{i},anna{i}@example.com,+48 600 {i:06d}\n")
    source = inspect(path)
    estimate = count_rows(source)
    assert estimate is not None
    assert 90_000 <= estimate <= 110_000
    tracemalloc.start()
    try:
        count = sum(1 for _ in iter_rows(source))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 100_000
    assert peak < 2 * 1024 * 1024, peak        # the file is about 6 MB


def test_csv_progress_counts_bytes_and_cancel_stops(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text("Name,N\n" + "".join(f"n{i},{i}\n" for i in range(5000)))
    seen: list[tuple[int, int]] = []
    list(iter_rows(inspect(path), Progress(lambda d, t, _: seen.append((d, t)))))
    size = path.stat().st_size
    assert seen[-1] == (size, size)
    assert all(done <= total for done, total in seen)
    progress = Progress()
    progress.cancel()
    with pytest.raises(CancelledError):
        list(iter_rows(inspect(path), progress))


# --------------------------------------------------------------------------------------------------- real files

@real
def test_the_real_files_are_there() -> None:
    assert len(REAL_FILES) >= 20


@pytest.mark.parametrize("path", REAL_FILES, ids=[p.name for p in REAL_FILES])
def test_every_real_file_is_read_or_refused_cleanly(path: Path) -> None:
    try:
        source = inspect(path)
    except ValidationError as exc:
        refusal = str(exc)
    else:
        refusal = ""
    if refusal:
        assert refusal.startswith(f"'{path.name}'")
        return
    assert source.headers
    rows = list(iter_rows(source))
    assert all(len(values) == len(source.headers) for _, values in rows)
    assert all(any(v is not None for v in values) for _, values in rows)
    numbers = [number for number, _ in rows]
    assert numbers == sorted(set(numbers))
    assert all(number > source.header_row + 1 for number in numbers)
    assert preview_rows(source, 3) == rows[:3]


@real
def test_real_files_detect_what_they_are() -> None:
    semicolon = inspect(REALDATA / "csv" / "thunderbird_csv_semicolon.csv")
    assert semicolon.delimiter == ";"
    assert semicolon.headers == ("Display Name", "First Name", "Last Name", "Primary Email")
    assert inspect(REALDATA / "csv" / "roundcube_all.csv").encoding == "utf-8-sig"
    with pytest.raises(ValidationError, match="protected by a password"):
        inspect(REALDATA / "xlsx" / "calamine_pass_protected.xlsx")
    middle = inspect(REALDATA / "xlsx" / "calamine_temperature-in-middle.xlsx")
    assert middle.headers == ("label", "value")
    assert list(iter_rows(middle)) == [(5, ("celsius", 22.2222)), (6, ("fahrenheit", 72.0))]
    header = inspect(REALDATA / "xlsx" / "calamine_header-row.xlsx")
    assert header.headers == ("Columns", "Column A", "Column B", "Column C")


def test_a_zip_of_too_many_members_is_refused_before_its_directory_is_read(tmp_path: Path) -> None:
    path = tmp_path / "many.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for i in range(10_001):
            archive.writestr(f"x/{i}", b"")
    with pytest.raises(ValidationError, match="zip bomb"):
        inspect(path)


def test_excel_sep_hint_line_sets_the_delimiter(tmp_path: Path) -> None:
    path = tmp_path / "hint.csv"
    path.write_text("sep=|\nName|Note\nAnn|a, b; c\n")
    source = inspect(path)
    assert source.delimiter == "|"
    assert list(iter_rows(source)) == [(3, ("Ann", "a, b; c"))]


def _far_cell_workbook(path: Path, far: str, separator: str = " ", written_as: str | None = None) -> Path:
    """A small workbook with one cell at `far` (written at `written_as` and renamed in the XML, for cells
    openpyxl refuses to write), optionally with other white space before its r attribute, as XML allows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Name", "Email"])
    ws.append(["Ann", "a@x.nl"])
    ws[written_as or far] = "far away"
    wb.save(path)
    parts = {}
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            parts[info.filename] = archive.read(info.filename)
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = parts[sheet].replace(f'<c r="{written_as or far}"'.encode(), f'<c{separator}r="{far}"'.encode())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize(("far", "separator", "written_as"), [
    ("XFD1048576", " ", None), ("XFD1048576", "\n\t", None), ("A99999999", " ", "A2000"), ("ZZ900000", " ", None)])
def test_a_cell_far_away_is_refused_before_calamine_allocates_the_block(tmp_path: Path, far: str, separator: str,
                                                                        written_as: str | None) -> None:
    # calamine makes a sheet one dense block up to its farthest cell: XFD1048576 would abort the process.
    path = _far_cell_workbook(tmp_path / "far.xlsx", far, separator, written_as)
    assert path.stat().st_size < 20_000
    with pytest.raises(ValidationError, match="cells span a block of"):
        inspect(path)


def test_a_wide_and_long_sheet_within_the_cell_limit_passes(tmp_path: Path) -> None:
    path = _far_cell_workbook(tmp_path / "wide.xlsx", "AZ200000")          # 52 x 200,000 = 10.4 M cells
    assert tabular._check_workbook(path) is False


def _biff(*records: tuple[int, bytes]) -> bytes:
    return b"".join(struct.pack("<HH", kind, len(body)) + body for kind, body in records)


def test_biff_cell_records_bound_each_sheet() -> None:
    bof = (0x0809, b"\0" * 16)
    number = (0x0203, struct.pack("<HHH", 9, 2, 0) + b"\0" * 8)           # row 10, column C
    mulrk = (0x00BD, struct.pack("<HH", 3, 1) + b"\0" * 12 + struct.pack("<H", 5))   # row 4, columns B..F
    assert tabular._biff_cells(_biff(bof, number, bof, mulrk)) == 30      # the larger sheet: 10 x 3
    assert tabular._biff_cells(_biff(bof, mulrk)) == 4 * 6
    assert tabular._biff_cells(_biff(bof)) == 0
    assert tabular._biff_cells(b"\x03") == 0


@real
def test_an_xls_cell_far_away_is_refused(tmp_path: Path) -> None:
    data = bytearray((REALDATA / "xlsx" / "calamine_merge_cells.xls").read_bytes())
    assert tabular._biff_cells(tabular._ole_stream(bytes(data), ("Workbook",)) or b"") == 16
    label = data.find(b"\xfd\x00\x0a\x00")                  # a LABELSST record: row, column, style, string
    struct.pack_into("<HH", data, label + 4, 0xFFF0, 0xFFF0)
    path = tmp_path / "far.xls"
    path.write_bytes(bytes(data))
    with pytest.raises(ValidationError, match="cells span a block of"):
        inspect(path)


def test_semicolons_win_over_decimal_commas_and_old_mac_line_ends_work(tmp_path: Path) -> None:
    path = tmp_path / "nl.csv"
    path.write_bytes(b"Naam;Bedrag;Plaats\rAnn;1,50;Delft\rBob;2,75;Gouda\rCor;3,10;Ede\r")
    source = inspect(path)
    assert source.delimiter == ";"
    assert [v for _, v in iter_rows(source)] == [("Ann", "1,50", "Delft"), ("Bob", "2,75", "Gouda"),
                                                 ("Cor", "3,10", "Ede")]


def test_an_opendocument_spreadsheet_is_read(tmp_path: Path) -> None:
    table = ('<table:table table:name="Klanten"><table:table-row>'
             '<table:table-cell office:value-type="string"><text:p>Naam</text:p></table:table-cell>'
             '<table:table-cell office:value-type="string"><text:p>Sinds</text:p></table:table-cell>'
             '</table:table-row><table:table-row>'
             '<table:table-cell office:value-type="string"><text:p>Ann</text:p></table:table-cell>'
             '<table:table-cell office:value-type="date" office:date-value="2021-05-04"><text:p>4-5-2021</text:p>'
             '</table:table-cell></table:table-row></table:table>')
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               f"<office:body><office:spreadsheet>{table}</office:spreadsheet></office:body>"
               "</office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    path = tmp_path / "klanten.ods"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("content.xml", content)
    source = inspect(path)
    assert (source.kind, source.sheet, source.headers) == ("xlsx", "Klanten", ("Naam", "Sinds"))
    assert list(iter_rows(source)) == [(2, ("Ann", date(2021, 5, 4)))]
