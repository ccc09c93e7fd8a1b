"""Reading one table (a header row and rows of values) from a workbook or a CSV file, safely and as a stream.

Workbooks (.xlsx .xlsm .xls .ods) are read by python-calamine, which gives typed values (numbers, bools,
dates and datetimes, including those of 1904 workbooks); before calamine sees a file it is checked for size,
zip bombs and password protection. CSV files (.csv .tsv .txt) are decoded with a detected encoding and
delimiter and read record by record, so a file of a million rows is never held in memory.

The header row is found among the first rows (titles, merged cells and blank rows above it are skipped), and
every refusal is a ValidationError with a sentence the user can act on. Qt-free.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import struct
import threading
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from itertools import islice
from pathlib import Path
from typing import Any

import charset_normalizer
import python_calamine
from defusedxml import ElementTree as SafeElementTree

from crm_desktop.errors import ValidationError
from crm_desktop.services.import_mapping import known_header
from crm_desktop.services.progress import NO_PROGRESS, Progress

MAX_BYTES = 100 * 1024 * 1024
MAX_UNCOMPRESSED = 1024 * 1024 * 1024      # all members of a workbook together, once unpacked
MAX_RATIO = 100                            # unpacked:packed, for a member bigger than RATIO_FLOOR
RATIO_FLOOR = 10 * 1024 * 1024
HEADER_SCAN_ROWS = 30                      # the header row is looked for among these first rows
# Not .xlsb: its binary sheets would need their own check of how far apart their cells are (see _AreaScan).
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
CSV_SUFFIXES = (".csv", ".tsv", ".txt")
DELIMITERS = (",", ";", "\t", "|")
# What the wizard offers; detection may also answer utf-16-le/-be (no BOM) or utf-32.
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1250", "cp1251", "cp1252", "iso8859-2", "cp1256", "koi8-r")

_LOOKAHEAD_ROWS = 30                       # rows read after the scanned ones, to see data under a header
_SNIFF_BYTES = 64 * 1024
_UTF8_CHECK_BYTES = 4 * 1024 * 1024        # strict UTF-8 is checked on this much; later errors stop the read
_LEGACY_ENCODINGS = ["cp1250", "cp1251", "cp1252", "iso8859_2"]
_PROGRESS_EVERY = 1024                     # rows between progress reports (a power of two: a cheap mask test)
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_PASSWORD = "'{name}' is protected by a password; save it without one and import again."
_NUMBER_LIKE = re.compile(r"[\d\s.,:;/+\-()%'’\u00a0\u202f]+")
_SPACES = re.compile(r"\s+")
_SEP_HINT = re.compile(r'"?sep=(.)"?', re.IGNORECASE)
_MAX_MEMBERS = 10_000                      # a workbook has dozens of parts; a million is an attack on memory
# Deflate cannot pack more than about 1032:1, so a member this small cannot unpack past the caps.
_DEFLATE_MAX_RATIO = 1032
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")

# Fields bigger than csv's default 128 KB limit occur in real exports (long notes); the limit is process-wide.
csv.field_size_limit(max(csv.field_size_limit(), 16 * 1024 * 1024))


@dataclass(frozen=True)
class SheetInfo:
    """A worksheet of a workbook; `rows` is known once the sheet was read (None before)."""

    name: str
    rows: int | None


@dataclass(frozen=True)
class TableSource:
    """What inspect() detected about a file; the wizard shows it and may pass changed values back to inspect()."""

    path: Path
    kind: str                              # "xlsx" (every calamine workbook: xlsx, xlsm, xls, ods) | "csv"
    sheets: tuple[SheetInfo, ...]
    sheet: str | None
    encoding: str | None
    delimiter: str | None
    header_row: int                        # 0-based index of the header row in the raw rows
    headers: tuple[str, ...]               # cleaned header names ("" for blank -> "Column 3")
    date_1904: bool = False


# --------------------------------------------------------------------------------------------------- public API

def inspect(path: Path | str, sheet: str | None = None, encoding: str | None = None,
            delimiter: str | None = None, header_row: int | None = None) -> TableSource:
    """Detect the kind, sheet, encoding, delimiter and header row of a file; refuse what cannot be imported."""
    path = Path(path)
    size = _checked_size(path)
    suffix = path.suffix.lower()
    if header_row is not None and header_row < 0:
        raise ValidationError("The header row must be 1 or more.")
    if suffix in WORKBOOK_SUFFIXES:
        return _inspect_workbook(path, sheet, header_row)
    if suffix in CSV_SUFFIXES:
        return _inspect_csv(path, size, encoding, delimiter, header_row)
    raise ValidationError(f"'{path.name}' is not a file that can be imported; use .xlsx, .xlsm, .xls, .ods, "
                          ".csv, .tsv or .txt.")


def iter_rows(source: TableSource, progress: Progress = NO_PROGRESS) -> Iterator[tuple[int, tuple[object, ...]]]:
    """Yield (1-based row number in the file, values) for each data row under the header; blank rows skipped.

    Values are str, int, float, bool, date, datetime, time or timedelta (from workbooks), or None for an empty
    cell; there are exactly len(source.headers) of them. A CSV row number counts records, which is the row
    Excel shows (it differs from the text line only where a quoted value spans lines).
    """
    if source.kind == "csv":
        return _iter_csv(source, progress)
    return _iter_workbook(source, progress)


def preview_rows(source: TableSource, limit: int = 20) -> list[tuple[int, tuple[object, ...]]]:
    """The first `limit` data rows, as iter_rows gives them."""
    rows = iter_rows(source)
    try:
        return list(islice(rows, limit))
    finally:
        rows.close()   # type: ignore[attr-defined]  # a generator: closing it closes the file now


def count_rows(source: TableSource) -> int | None:
    """A cheap estimate of the number of data rows, for progress bars (blank rows included); None if unknown."""
    if source.kind == "csv":
        return _estimate_csv_rows(source)
    for info in source.sheets:
        if info.name == source.sheet and info.rows is not None:
            return max(info.rows - source.header_row - 1, 0)
    return None


# --------------------------------------------------------------------------------------------------- common

def _checked_size(path: Path) -> int:
    try:
        stat = path.stat()
    except OSError:
        raise ValidationError(f"'{path.name}' does not exist or cannot be opened.") from None
    if not path.is_file():
        raise ValidationError(f"'{path.name}' is not a file.")
    if stat.st_size == 0:
        raise ValidationError(f"'{path.name}' is empty.")
    if stat.st_size > MAX_BYTES:
        raise ValidationError(f"'{path.name}' is {stat.st_size / 1024 / 1024:.0f} MB; files over "
                              f"{MAX_BYTES // 1024 // 1024} MB cannot be imported. Split it into smaller files.")
    return stat.st_size


def _is_blank(value: object) -> bool:
    return value is None or value == "" or (isinstance(value, str) and not value.strip())


def _is_text(value: object) -> bool:
    """A cell that can be a column title: text that is not a number, a date or a phone number."""
    if not isinstance(value, str):
        return False
    text = value.strip()
    return bool(text) and not _NUMBER_LIKE.fullmatch(text)


def _header_name(value: object, column: int) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime | date | time):
        value = value.isoformat()
    text = "" if _is_blank(value) else _SPACES.sub(" ", str(value)).strip()
    return text or f"Column {column + 1}"


def _find_header(rows: Sequence[Sequence[object]]) -> tuple[int, bool] | None:
    """(index of the header row among the first HEADER_SCAN_ROWS raw rows, whether data follows it), or None.

    A header has at least two text cells (one in a one-column table) and data below it; a title above (one
    cell, or a merged title, whose value sits in its first cell only) does not qualify. When rows contain
    names import_mapping knows, the row with most of them wins, so a two-cell subtitle does not. A file of
    only a header (two text cells or more, nothing below) is accepted too: it imports nothing.
    """
    width = max((_last_filled(row) for row in rows), default=0)
    needed = 1 if width <= 1 else 2
    candidates: list[tuple[int, int]] = []          # (row index, number of known header names)
    fallback: list[tuple[int, int]] = []            # header-like rows with nothing below
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        texts = [value for value in row if _is_text(value)]
        if len(texts) < needed:
            continue
        known = sum(1 for value in texts if known_header(str(value)))
        if any(_last_filled(below) for below in rows[index + 1:]):
            candidates.append((index, known))
        elif len(texts) >= 2:
            fallback.append((index, known))
    for group in (candidates, fallback):
        if group:
            best = max(known for _, known in group)
            return next(index for index, known in group if known == best), group is candidates
    return None


def _last_filled(row: Sequence[object]) -> int:
    """1 + the index of the last non-blank cell (0 for a blank row)."""
    for index in range(len(row) - 1, -1, -1):
        if not _is_blank(row[index]):
            return index + 1
    return 0


def _headers(rows: Sequence[Sequence[object]], header_row: int) -> tuple[str, ...]:
    """Names for every column that has a title or data in the sample; untitled ones become "Column N"."""
    header = rows[header_row] if header_row < len(rows) else ()
    width = max([_last_filled(header)] + [_last_filled(row) for row in rows[header_row + 1:]])
    return tuple(_header_name(header[i] if i < len(header) else None, i) for i in range(width))


def _pick_header(rows: Sequence[Sequence[object]], header_row: int | None, where: str) -> tuple[int, bool]:
    """(header row, whether data rows follow it); `where` names the file (and sheet) in the refusals."""
    if not any(_last_filled(row) for row in rows):
        raise ValidationError(f"{where} has no rows to import.")
    if header_row is not None:
        if header_row >= len(rows):
            raise ValidationError(f"{where} has no row {header_row + 1}.")
        return header_row, any(_last_filled(row) for row in rows[header_row + 1:])
    found = _find_header(rows)
    if found is None:
        raise ValidationError(f"{where} has no header row that could be recognised; the first row of the table "
                              "must name the columns (for example First name, Email).")
    return found


def _report(progress: Progress, done: int, total: int) -> None:
    progress.step(done, total, "Reading rows")


# --------------------------------------------------------------------------------------------------- workbooks

@dataclass
class _LoadedSheet:
    key: tuple[str, int, int, str]
    sheet: Any                              # python_calamine.CalamineSheet


# The last sheet read stays loaded: inspect(), the preview and the import read the same sheet one after the
# other, and parsing it is most of the cost of an import. A complete iter_rows() releases it.
_cache_lock = threading.Lock()
_cached: _LoadedSheet | None = None
_checked_files: dict[tuple[str, int, int], bool] = {}   # (path, size, mtime) -> date_1904, of checked files


def _file_key(path: Path) -> tuple[str, int, int]:
    stat = path.stat()
    return str(path.resolve()), stat.st_size, stat.st_mtime_ns


def _inspect_workbook(path: Path, sheet: str | None, header_row: int | None) -> TableSource:
    date_1904 = _check_workbook(path)
    workbook = _open_workbook(path)
    try:
        worksheets = [m for m in workbook.sheets_metadata if m.typ == python_calamine.SheetTypeEnum.WorkSheet]
        visible = [m.name for m in worksheets if m.visible == python_calamine.SheetVisibleEnum.Visible]
        names = visible or [m.name for m in worksheets]
        if sheet is not None:
            if sheet not in {m.name for m in worksheets}:
                raise ValidationError(f"'{path.name}' has no sheet named '{sheet}'.")
            chosen = [sheet]
        else:
            chosen = names
        if not chosen:
            raise ValidationError(f"'{path.name}' has no worksheet to import.")
        first_error: ValidationError | None = None
        header_only: TableSource | None = None
        for name in chosen:
            loaded = _load_sheet(path, name, workbook)
            rows = [list(row) for row in islice(loaded.iter_rows(),
                                                max(HEADER_SCAN_ROWS, (header_row or 0) + 1) + _LOOKAHEAD_ROWS)]
            try:
                found, has_data = _pick_header(rows, header_row, f"'{path.name}' (sheet '{name}')")
            except ValidationError as exc:
                # Without a sheet named, a later sheet may hold the table (a cover sheet comes first).
                first_error = first_error or exc
                continue
            end = loaded.end
            height = end[0] + 1 if end else 0
            sheets = tuple(SheetInfo(n, height if n == name else None) for n in names)
            if name not in names:
                sheets += (SheetInfo(name, height),)
            source = TableSource(path=path, kind="xlsx", sheets=sheets, sheet=name, encoding=None, delimiter=None,
                                 header_row=found, headers=_headers(rows, found), date_1904=date_1904)
            if has_data:
                return source
            header_only = header_only or source
        if header_only is not None:
            return header_only
        assert first_error is not None
        raise first_error
    finally:
        workbook.close()


def _open_workbook(path: Path) -> Any:
    try:
        with path.open("rb") as file:
            magic = file.read(8)
        zipped = magic.startswith(_ZIP_MAGIC)
        if zipped == (path.suffix.lower() in (".xls",)):
            # The content is not what the name says (an .xls saved as .xlsx): calamine then detects by content.
            with path.open("rb") as file:
                return python_calamine.CalamineWorkbook.from_filelike(file)
        return python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError:
        raise ValidationError(_PASSWORD.format(name=path.name)) from None
    except (python_calamine.CalamineError, OSError, ValueError) as exc:
        raise _unreadable(path, exc) from None


def _unreadable(path: Path, exc: BaseException) -> ValidationError:
    return ValidationError(f"'{path.name}' could not be read as a spreadsheet (it is damaged or not what its "
                           f"name says): {exc}")


def _load_sheet(path: Path, name: str, workbook: Any = None) -> Any:
    """The calamine sheet `name`, from the cache when the file did not change since it was read."""
    global _cached
    key = (*_file_key(path), name)
    with _cache_lock:
        if _cached is not None and _cached.key == key:
            return _cached.sheet
    opened = workbook is None
    if opened:
        _check_workbook(path)
        workbook = _open_workbook(path)
    try:
        sheet = workbook.get_sheet_by_name(name)
    except python_calamine.PasswordError:
        raise ValidationError(_PASSWORD.format(name=path.name)) from None
    except python_calamine.WorksheetNotFound:
        raise ValidationError(f"'{path.name}' has no sheet named '{name}'.") from None
    except (python_calamine.CalamineError, ValueError, OverflowError) as exc:
        raise _unreadable(path, exc) from None
    except BaseException as exc:
        # A Rust panic inside calamine arrives as pyo3's PanicException, a BaseException.
        if type(exc).__name__ == "PanicException":
            raise _unreadable(path, exc) from None
        raise
    finally:
        if opened:
            workbook.close()
    with _cache_lock:
        _cached = _LoadedSheet(key, sheet)
    return sheet


def _release(path: Path, name: str | None) -> None:
    global _cached
    with _cache_lock:
        if _cached is not None and _cached.key[0] == str(path.resolve()) and _cached.key[3] == name:
            _cached = None


def _iter_workbook(source: TableSource, progress: Progress) -> Iterator[tuple[int, tuple[object, ...]]]:
    assert source.sheet is not None
    sheet = _load_sheet(source.path, source.sheet)
    width = len(source.headers)
    end = sheet.end
    total = end[0] + 1 if end else 0
    skip = source.header_row + 1
    rows = sheet.iter_rows()
    # calamine yields rows from the sheet's first row (1 = A1's row), every row as wide as the used range.
    # This loop runs once per row of the import: the checks are ordered so a full row costs C-level calls only.
    for _ in islice(rows, skip):
        pass
    for number, row in enumerate(rows, skip + 1):
        if not number & (_PROGRESS_EVERY - 1):
            _report(progress, number, total)
        if len(row) != width:
            row = row[:width] if len(row) > width else row + [""] * (width - len(row))
        blanks = row.count("")
        if not blanks:
            yield number, tuple(row)
        elif blanks != width:
            first = row[0]
            if (first == "" or (first.__class__ is str and first.isspace())) and all(
                    value == "" or (value.__class__ is str and value.isspace()) for value in row):
                continue                            # only blanks and spaces
            yield number, tuple([None if value == "" else value for value in row])
    _report(progress, total, total)
    _release(source.path, source.sheet)


def _check_workbook(path: Path) -> bool:
    """Refuse zip bombs and password-protected workbooks before calamine reads them; True for 1904 dates."""
    key = _file_key(path)
    known = _checked_files.get(key)
    if known is not None:
        return known
    with path.open("rb") as file:
        magic = file.read(8)
    if magic == _OLE2_MAGIC:
        # Encrypted xlsx is an OLE2 container holding an EncryptedPackage stream; plain OLE2 is an old .xls.
        if path.suffix.lower() != ".xls" and _contains(path, _ENCRYPTED_PACKAGE):
            raise ValidationError(_PASSWORD.format(name=path.name))
        _check_xls(path)
        date_1904 = False
    elif magic.startswith(_ZIP_MAGIC):
        date_1904 = _check_zip(path)
    else:
        raise ValidationError(f"'{path.name}' is not a workbook (it is damaged or not what its name says).")
    if len(_checked_files) > 256:
        _checked_files.clear()
    _checked_files[key] = date_1904
    return date_1904


def _contains(path: Path, needle: bytes) -> bool:
    overlap = len(needle) - 1
    tail = b""
    with path.open("rb") as file:
        while chunk := file.read(1024 * 1024):
            if needle in tail + chunk:
                return True
            tail = chunk[-overlap:]
    return False


def _check_zip(path: Path) -> bool:
    if _zip_entries(path) > _MAX_MEMBERS:
        raise _bomb(path)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > _MAX_MEMBERS:
                raise _bomb(path)
            total = 0
            for info in members:
                if info.flag_bits & 0x1:
                    raise ValidationError(_PASSWORD.format(name=path.name))
                total += info.file_size
                if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                    raise _bomb(path)
            if total > MAX_UNCOMPRESSED:
                raise _bomb(path)
            _check_members(path, members)
            return _date_1904(archive)
    except zipfile.BadZipFile as exc:
        raise _unreadable(path, exc) from None


def _zip_entries(path: Path) -> int:
    """The member count the end record of a zip declares, read before zipfile loads the whole directory."""
    with path.open("rb") as file:
        size = file.seek(0, io.SEEK_END)
        file.seek(max(0, size - 65536 - 22))
        tail = file.read()
    end = tail.rfind(b"PK\x05\x06")
    if end < 0 or end + 22 > len(tail):
        return 0                                    # not found: zipfile reports the damage
    # 0xFFFF means "see the zip64 record": no workbook has that many parts, so it counts as too many.
    return struct.unpack_from("<H", tail, end + 10)[0]


def _bomb(path: Path) -> ValidationError:
    return ValidationError(f"'{path.name}' unpacks to far more data than a spreadsheet holds (a 'zip bomb'); it "
                           "was not opened.")


def _check_members(path: Path, members: Sequence[zipfile.ZipInfo]) -> None:
    """Unpack (as a count, keeping nothing) what could exceed the caps, in case the directory's sizes lie, and
    every XML part, whose cell references must not span more than MAX_CELLS.

    A member whose packed size times deflate's best ratio stays under the caps cannot be a bomb and is not
    unpacked for the count; an ordinary workbook unpacks only its sheets and shared strings here.
    """
    budget = MAX_UNCOMPRESSED
    with path.open("rb") as file:
        for info in members:
            limit = min(max(info.file_size, RATIO_FLOOR, MAX_RATIO * info.compress_size), budget)
            harmless = info.compress_type == zipfile.ZIP_STORED or info.compress_size * _DEFLATE_MAX_RATIO <= limit
            xml = info.filename.lower().endswith(".xml")
            if harmless and not xml:
                budget -= info.file_size
                continue
            scan = _AreaScan() if xml else None
            produced = 0
            for chunk in _unpacked(path, file, info, limit):
                produced += len(chunk)
                if scan is not None:
                    scan.feed(chunk)
            if scan is not None and scan.needs_exact_count():
                scan.count_exactly(_unpacked(path, file, info, limit))
            if scan is not None and scan.cells() > MAX_CELLS:
                raise _too_many_cells(path, scan.cells())
            budget -= produced


_CHUNK = 4 * 1024 * 1024


def _unpacked(path: Path, file: io.BufferedReader, info: zipfile.ZipInfo, limit: int) -> Iterator[bytes]:
    """The unpacked bytes of a member in chunks; a zip bomb (more than `limit` bytes) raises on the way."""
    file.seek(info.header_offset)
    header = file.read(_LOCAL_HEADER.size)
    if len(header) < _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
        raise _unreadable(path, zipfile.BadZipFile(f"bad member {info.filename}"))
    fields = _LOCAL_HEADER.unpack(header)
    file.seek(fields[-2] + fields[-1], io.SEEK_CUR)     # the name and extra field
    left = info.compress_size
    if info.compress_type == zipfile.ZIP_STORED:
        while left > 0 and (chunk := file.read(min(left, _CHUNK))):
            left -= len(chunk)
            yield chunk
        return
    if info.compress_type != zipfile.ZIP_DEFLATED:
        raise _unreadable(path, zipfile.BadZipFile(f"unsupported compression of {info.filename}"))
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    produced = 0
    try:
        while left > 0 and not inflater.eof:
            packed = file.read(min(left, 1024 * 1024))
            if not packed:
                break
            left -= len(packed)
            # Capped output per call: a bomb is counted in small steps, never unpacked whole in memory.
            while packed:
                chunk = inflater.decompress(packed, _CHUNK)
                produced += len(chunk)
                if produced > limit:
                    raise _bomb(path)
                if chunk:
                    yield chunk
                packed = inflater.unconsumed_tail
    except zlib.error as exc:
        raise _unreadable(path, exc) from None


MAX_CELLS = 30_000_000                    # calamine keeps 32 bytes a cell: about 1 GB
# XML may put any white space before an attribute: it becomes a space, so ' r="' finds every reference and
# no attribute that merely ends in r (lastClr="FFFFFF").
_WHITE_TO_SPACE = bytes.maketrans(b"\t\n\r", b"   ")
_REF_CLASSES = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\t\n\r", b"A" * 26 + b"0" * 10 + b"   ")
_COLUMN_REFS = re.compile(rb' r="([A-Z]{2,3})[0-9]')
_LONG_ROW_REFS = re.compile(rb' r="[A-Z]{0,3}([0-9]{5,})"')


class _AreaScan:
    """How far apart the cell references (r="B12") of a sheet's XML go, bounded cheaply while it is unpacked.

    calamine makes a sheet one dense block from its first to its farthest cell, 32 bytes a cell; one cell at
    XFD1048576 asks for 550 GB and aborts the process. Letters and digits are first mapped to 'A' and '0', so
    plain substring searches bound the columns (by letter count) and rows (by digit count); only a sheet both
    wide and long needs count_exactly().
    """

    def __init__(self) -> None:
        self.tail = b""
        self.letters = 1
        self.rows_5_digits = False
        self.rows_7_digits = False
        self.max_column = 0
        self.max_row = 0
        self.exact = False

    def feed(self, chunk: bytes) -> None:
        data = (self.tail + chunk).translate(_REF_CLASSES)
        self.tail = chunk[-16:]
        if self.letters < 3 and b' r="AAA' in data:
            self.letters = 3
        elif self.letters < 2 and b' r="AA' in data:
            self.letters = 2
        # A reference ends in its row's digits and a quote; another attribute that looks alike only costs
        # the exact count.
        if not self.rows_7_digits and b'0000000"' in data:
            self.rows_7_digits = self.rows_5_digits = True
        if not self.rows_5_digits and b'00000"' in data:
            self.rows_5_digits = True

    def needs_exact_count(self) -> bool:
        return self.letters == 3 or self.rows_7_digits or (self.letters == 2 and self.rows_5_digits)

    def count_exactly(self, chunks: Iterator[bytes]) -> None:
        tail = b""
        for chunk in chunks:
            data = (tail + chunk).translate(_WHITE_TO_SPACE)
            tail = chunk[-16:]
            for letters in set(_COLUMN_REFS.findall(data)):
                self.max_column = max(self.max_column, _column_number(letters))
            rows = _LONG_ROW_REFS.findall(data)
            if rows:
                self.max_row = max(self.max_row, max(map(int, rows)))
        self.exact = True

    def cells(self) -> int:
        if self.exact:
            return max(self.max_column, 26) * max(self.max_row, 9_999)
        columns = 26 if self.letters == 1 else 702
        rows = 9_999 if not self.rows_5_digits else 999_999 if not self.rows_7_digits else 9_999_999
        return columns * rows


def _column_number(letters: bytes) -> int:
    number = 0
    for byte in letters:
        number = number * 26 + byte - 64
    return number


def _too_many_cells(path: Path, cells: int) -> ValidationError:
    return ValidationError(f"'{path.name}' has a sheet whose cells span a block of {cells:,} cells (at most "
                           f"{MAX_CELLS:,} can be read); it was not opened. Copy the table to a new workbook and "
                           "import that.")


# ------------------------------------------------------------------------------------- old .xls (OLE2 + BIFF)
# calamine makes an .xls sheet one dense block too, and a BIFF cell names its row and column (up to 65535 each):
# one crafted cell asks for 137 GB. The Workbook stream is read out of the OLE2 container and its cell records
# are bounded before calamine sees the file.

_END_OF_CHAIN = 0xFFFFFFFA                 # this and above: end of chain, free, FAT or DIFAT sector markers
_BIFF_BOF = frozenset({0x0009, 0x0209, 0x0409, 0x0809})
# FORMULA, NUMBER, LABEL, BOOLERR, RK, LABELSST, RSTRING, BLANK: row and column first; MULRK and MULBLANK also
# end with their last column.
_BIFF_CELLS = frozenset({0x0006, 0x0203, 0x0204, 0x0205, 0x027E, 0x00FD, 0x00D6, 0x0201, 0x0406})
_BIFF_MULTI = frozenset({0x00BD, 0x00BE})


def _check_xls(path: Path) -> None:
    data = path.read_bytes()                # at most MAX_BYTES; an .xls holds at most 65,536 rows anyway
    stream = _ole_stream(data, ("Workbook", "Book"))
    if stream is None:
        return                              # not readable as OLE2: calamine says so in its own words
    cells = _biff_cells(stream)
    if cells > MAX_CELLS:
        raise _too_many_cells(path, cells)


def _ole_stream(data: bytes, names: Sequence[str]) -> bytes | None:
    """The first stream called one of `names` in an OLE2 compound file, or None when it cannot be found."""
    if len(data) < 512:
        return None
    shift, mini_shift = struct.unpack_from("<HH", data, 30)
    if shift not in (9, 12) or mini_shift != 6:
        return None
    size = 1 << shift
    fat_count, directory_start = struct.unpack_from("<LL", data, 44)
    mini_cutoff, minifat_start, _, difat_start, difat_count = struct.unpack_from("<LLLLL", data, 56)
    sectors = max((len(data) - size) // size, 0)

    def sector(index: int) -> bytes:
        return data[(index + 1) * size:(index + 2) * size] if index < sectors else b""

    fat_sectors = list(struct.unpack_from("<109L", data, 76))
    following = difat_start
    for _ in range(min(difat_count, sectors)):
        if following >= _END_OF_CHAIN:
            break
        block = sector(following)
        if len(block) < size:
            return None
        entries = struct.unpack(f"<{size // 4}L", block)
        fat_sectors.extend(entries[:-1])
        following = entries[-1]
    fat_bytes = b"".join(sector(i) for i in fat_sectors[:fat_count] if i < _END_OF_CHAIN)
    fat = struct.unpack(f"<{len(fat_bytes) // 4}L", fat_bytes[:len(fat_bytes) // 4 * 4])

    def chain(start: int, table: Sequence[int]) -> list[int]:
        found: list[int] = []
        current = start
        while current < _END_OF_CHAIN and current < len(table) and len(found) <= len(table):   # no endless loop
            found.append(current)
            current = table[current]
        return found

    directory = b"".join(sector(i) for i in chain(directory_start, fat))
    entries_found: list[tuple[str, int, int, int]] = []
    for offset in range(0, len(directory) - 127, 128):
        name_length, kind = struct.unpack_from("<HB", directory, offset + 64)
        start, length = struct.unpack_from("<LL", directory, offset + 116)
        name = directory[offset:offset + max(min(name_length, 64) - 2, 0)].decode("utf-16-le", "replace")
        entries_found.append((name, kind, start, length))
    if not entries_found:
        return None
    root = entries_found[0]
    stream = next((e for e in entries_found if e[1] == 2 and e[0] in names), None)
    if stream is None:
        return None
    _, _, start, length = stream
    if length < mini_cutoff:
        # Small streams live in 64-byte pieces of the root entry's mini stream.
        mini = b"".join(sector(i) for i in chain(root[2], fat))
        minifat_bytes = b"".join(sector(i) for i in chain(minifat_start, fat))
        minifat = struct.unpack(f"<{len(minifat_bytes) // 4}L", minifat_bytes[:len(minifat_bytes) // 4 * 4])
        body = b"".join(mini[i * 64:(i + 1) * 64] for i in chain(start, minifat))
    else:
        body = b"".join(sector(i) for i in chain(start, fat))
    return body[:length]


def _biff_cells(stream: bytes) -> int:
    """The largest block (rows x columns, from A1) that the cell records of any sheet in a BIFF stream span."""
    largest = 0
    rows = columns = -1
    position = 0
    end = len(stream) - 4
    unpack = struct.unpack_from
    while position <= end:
        kind, length = unpack("<HH", stream, position)
        body = position + 4
        position = body + length
        if kind in _BIFF_CELLS or kind in _BIFF_MULTI:
            if length < 4 or position > len(stream):
                continue
            row, column = unpack("<HH", stream, body)
            if kind in _BIFF_MULTI and length >= 6:
                column = max(column, unpack("<H", stream, position - 2)[0])
            rows = max(rows, row)
            columns = max(columns, column)
        elif kind in _BIFF_BOF:
            largest = max(largest, (rows + 1) * (columns + 1))    # a new sheet (or the workbook globals)
            rows = columns = -1
    return max(largest, (rows + 1) * (columns + 1))


def _date_1904(archive: zipfile.ZipFile) -> bool:
    """Whether an xlsx counts dates from 1904 (old Mac Excel); calamine converts dates, not plain serials."""
    names = set(archive.namelist())
    part = "xl/workbook.xml"
    if "[Content_Types].xml" in names:
        types = _xml(archive, "[Content_Types].xml")
        if types is not None:
            for element in types:
                content = element.get("ContentType", "")
                if content.endswith(".main+xml") and "spreadsheetml" in content:
                    part = element.get("PartName", part).lstrip("/")
    if part not in names:
        return False
    workbook = _xml(archive, part)
    if workbook is None:
        return False
    for element in workbook:
        if element.tag.endswith("}workbookPr"):
            return element.get("date1904", "0").lower() in ("1", "true")
    return False


def _xml(archive: zipfile.ZipFile, name: str) -> Any:
    info = archive.getinfo(name)
    if info.file_size > 16 * 1024 * 1024:
        return None
    try:
        return SafeElementTree.fromstring(archive.read(name))
    except Exception:   # noqa: BLE001  # defusedxml refuses entities and the like: the flag then stays off
        return None


# --------------------------------------------------------------------------------------------------- CSV

def _inspect_csv(path: Path, size: int, encoding: str | None, delimiter: str | None,
                 header_row: int | None) -> TableSource:
    with path.open("rb") as file:
        head = file.read(_UTF8_CHECK_BYTES)
    if encoding is None:
        encoding = _detect_encoding(head, complete=len(head) >= size)
    else:
        try:
            encoding = codecs.lookup(encoding).name
        except LookupError:
            raise ValidationError(f"'{encoding}' is not a known text encoding.") from None
    sample = _decode_sample(head[:_SNIFF_BYTES], encoding, complete=size <= _SNIFF_BYTES, name=path.name)
    if delimiter is None:
        delimiter = _detect_delimiter(sample, path.suffix.lower())
    elif len(delimiter) != 1:
        raise ValidationError("The delimiter must be one character.")
    wanted = max(HEADER_SCAN_ROWS, (header_row or 0) + 1) + _LOOKAHEAD_ROWS
    raw, text = _open_text(path, encoding)
    with raw, text:
        rows = list(islice(_records(csv.reader(text, delimiter=delimiter), path, encoding), wanted))
    found, _ = _pick_header(rows, header_row, f"'{path.name}'")
    return TableSource(path=path, kind="csv", sheets=(), sheet=None, encoding=encoding, delimiter=delimiter,
                       header_row=found, headers=_headers(rows, found))


def _open_text(path: Path, encoding: str) -> tuple[io.BufferedReader, io.TextIOWrapper]:
    """The binary file (its tell() is the progress) and the text read from it."""
    raw = path.open("rb")
    return raw, io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline="")


def _records(reader: Any, path: Path, encoding: str) -> Iterator[list[str]]:
    """csv records; a decoding or quoting error becomes a ValidationError naming the row."""
    count = 0
    try:
        for record in reader:
            count += 1
            yield record
    except UnicodeDecodeError:
        raise ValidationError(f"'{path.name}' is not valid {encoding} text near row {count + 1}; choose its "
                              "encoding and import again.") from None
    except csv.Error as exc:
        raise ValidationError(f"'{path.name}' cannot be read near row {count + 1}: {exc}.") from None


def _detect_encoding(head: bytes, *, complete: bool) -> str:
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                      (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if head.startswith(bom):
            return name
    sample = head[:_SNIFF_BYTES]
    nuls = sample.count(0)
    if nuls >= 2 and nuls > len(sample) // 100:
        # UTF-16 without a BOM: every ASCII character (delimiters, line ends) has a zero byte, first in
        # big-endian order, second in little-endian; text in an 8-bit encoding or UTF-8 has no zero bytes.
        even = sample[0::2].count(0)
        if even >= nuls * 0.9:
            return "utf-16-be"
        if even <= nuls * 0.1:
            return "utf-16-le"
    try:
        codecs.getincrementaldecoder("utf-8")("strict").decode(head, final=complete)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    return _legacy_encoding(sample)


def _legacy_encoding(sample: bytes) -> str:
    """The 8-bit code page that reads `sample` as the most plausible text (Polish, Czech, Russian, Western...).

    charset-normalizer alone cannot tell cp1250 from cp1252 in a short file (both read most bytes as letters),
    so each reading is scored by how many of its accented letters one language explains; its ranking only
    breaks ties, such as German text, which both code pages read alike.
    """
    ranked = [codecs.lookup(m.encoding).name
              for m in charset_normalizer.from_bytes(sample, cp_isolation=_LEGACY_ENCODINGS, explain=False)]
    order = ranked + [codecs.lookup(name).name for name in _LEGACY_ENCODINGS if codecs.lookup(name).name
                      not in ranked]
    best: tuple[float, int, str] | None = None
    for rank, name in enumerate(order):
        try:
            text = codecs.getincrementaldecoder(name)("strict").decode(sample, final=False)
        except UnicodeDecodeError:
            continue
        score = (_plausibility(text), -rank, name)
        if best is None or score > best:
            best = score
    return best[2] if best is not None else "cp1252"


# The accented letters of the languages whose text arrives in 8-bit code pages.
_LANGUAGE_LETTERS = tuple(frozenset(letters) for letters in (
    "ąćęłńóśźż", "áčďéěíňóřšťúůýž", "áäčďéíĺľňóôŕšťúýž", "áéíóöőúüű", "čćđšž", "ăâîșşțţ", "äöüß",
    "àâæçéèêëîïôœùûüÿ", "áéíñóúü", "àèéìíîòóù", "ãáâàçéêíõóôú", "éëïöüèáóê", "åäöæøéü",
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "абвгдеєжзиіїйклмнопрстуфхцчшщьюяґ",
))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_QUOTES_AND_DASHES = frozenset("„“”‘’‚«»–—…•€°№\u00a0\u00ad")


_CYRILLIC = _LANGUAGE_LETTERS[-1] | _LANGUAGE_LETTERS[-2]


def _next_to_latin(text: str, index: int) -> bool:
    """Whether an ASCII letter touches text[index]: a Cyrillic letter there is a Latin text read as cp1251."""
    return (index > 0 and text[index - 1].isascii() and text[index - 1].isalpha()) or (
        index + 1 < len(text) and text[index + 1].isascii() and text[index + 1].isalpha())


def _plausibility(text: str) -> float:
    """The share of non-ASCII characters that are letters of one language (symbols inside words count against)."""
    letters: dict[str, int] = {}
    junk = 0
    for match in _NON_ASCII.finditer(text):
        index, char = match.start(), match.group()
        lower = char.lower()
        if lower.isalpha() and not (lower in _CYRILLIC and _next_to_latin(text, index)):
            letters[lower] = letters.get(lower, 0) + 1
        elif char not in _QUOTES_AND_DASHES and (
                (index and text[index - 1].isalpha()) or (index + 1 < len(text) and text[index + 1].isalpha())
                or unicodedata.category(char) == "Cc"):
            junk += 1
    total = sum(letters.values()) + junk
    if not total:
        return 1.0
    return max(sum(n for char, n in letters.items() if char in language) for language in _LANGUAGE_LETTERS) / total


def _decode_sample(data: bytes, encoding: str, *, complete: bool, name: str) -> str:
    try:
        return codecs.getincrementaldecoder(encoding)("strict").decode(data, final=complete)
    except UnicodeDecodeError:
        raise ValidationError(f"'{name}' is not valid {encoding} text; choose its encoding and import "
                              "again.") from None


def _detect_delimiter(sample: str, suffix: str) -> str:
    """csv.Sniffer's guess, checked against how evenly each candidate splits the first records."""
    lines = sample.splitlines()
    hint = _SEP_HINT.fullmatch(lines[0].strip()) if lines else None
    if hint:
        return hint.group(1)                        # Excel's "sep=;" first line says it outright
    if len(sample) >= _SNIFF_BYTES and len(lines) > 1:
        lines = lines[:-1]                          # the last one may be cut in the middle
    text = "\n".join(lines[:200])
    scores = {candidate: _split_score(text, candidate) for candidate in DELIMITERS}
    try:
        sniffed: str | None = csv.Sniffer().sniff(text, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = None
    best = max(scores.values())
    if best == 0:
        return "\t" if suffix == ".tsv" else ","
    if sniffed in scores and scores[sniffed] == best:
        return sniffed
    if suffix == ".tsv" and scores["\t"] == best:
        return "\t"
    return next(candidate for candidate in DELIMITERS if scores[candidate] == best)


def _split_score(text: str, delimiter: str) -> int:
    """How many of the first records split into as many (more than one) fields as the first one."""
    try:
        records = [r for r in islice(csv.reader(io.StringIO(text), delimiter=delimiter), 50) if r]
    except csv.Error:
        return 0
    if not records or len(records[0]) < 2:
        return 0
    width = len(records[0])
    return sum(1 for record in records if len(record) == width) * 1000 + width


def _iter_csv(source: TableSource, progress: Progress) -> Iterator[tuple[int, tuple[object, ...]]]:
    assert source.encoding is not None
    assert source.delimiter is not None
    width = len(source.headers)
    skip = source.header_row + 1
    pad = [""] * width
    total = source.path.stat().st_size
    raw, text = _open_text(source.path, source.encoding)
    number = 0
    with raw, text:
        reader = csv.reader(text, delimiter=source.delimiter)
        try:
            for _ in islice(reader, skip):
                number += 1
            # Once per record of the import: ordered so an ordinary row costs C-level calls only.
            for number, row in enumerate(reader, skip + 1):
                if not number & (_PROGRESS_EVERY - 1):
                    _report(progress, raw.tell(), total)
                if len(row) != width:
                    if not any(row):
                        continue
                    row = row[:width] if len(row) > width else row + pad[:width - len(row)]
                first = row[0]
                if (not first or first.isspace()) and not "".join(row).strip():
                    continue                        # only blanks and spaces
                if "" in row:
                    yield number, tuple([value or None for value in row])
                else:
                    yield number, tuple(row)
        except UnicodeDecodeError:
            raise ValidationError(f"'{source.path.name}' is not valid {source.encoding} text near row "
                                  f"{number + 1}; choose its encoding and import again.") from None
        except csv.Error as exc:
            raise ValidationError(f"'{source.path.name}' cannot be read near row {number + 1}: {exc}.") from None
    _report(progress, total, total)


def _estimate_csv_rows(source: TableSource) -> int | None:
    assert source.encoding is not None
    assert source.delimiter is not None
    sample_records = 2000
    try:
        size = source.path.stat().st_size
        raw, text = _open_text(source.path, source.encoding)
        with raw, text:
            records = sum(1 for _ in islice(csv.reader(text, delimiter=source.delimiter), sample_records))
            read = raw.tell()
        if records < sample_records or read >= size:
            return max(records - source.header_row - 1, 0)
        # The buffer reads ahead of the records, so this undercounts a little: good enough for a progress bar.
        return max(int(size / read * records) - source.header_row - 1, 0)
    except (OSError, UnicodeDecodeError, csv.Error):
        return None
