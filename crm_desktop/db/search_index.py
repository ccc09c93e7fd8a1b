"""The contact search index: an FTS5 table over folded text, kept in sync by the services in their transaction.

Text is folded in Python before it is indexed and before it is searched, so "lukasz" finds "Łukasz", "иван" finds
"ИВАН" and a Persian name typed with Arabic-keyboard letters (ي, ك) finds the same name typed with Persian ones.
SQLite's own unicode61 tokenizer only splits the folded text into words; it never needs to know any language.

One table holds people and companies: a person's rowid is its id, a company's is minus its id, so "people only" is a
rowid range and one query ranks both kinds together. Three columns: the name, everything else a user may type
(company, position, emails, city, tags, notes, textual custom fields, tax id...), and phone numbers as digit keys.

On PostgreSQL the same rows go into a plain table with a `tsvector` column under a GIN index: the words are the
ones Python's tokenizer found in the folded text (so both databases index the very same words), the name's words
weigh A, the rest B and the phone keys C, and the tiers below become `tsquery` expressions with the same meaning.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache

import phonenumbers
from sqlalchemy import Connection
from sqlalchemy.orm import Session

SEARCH_TABLE = "contact_search"
KINDS = ("person", "company")
_CHUNK = 500            # ids per batch of reindexed records
_RANGE = 20_000         # ids per step of a full rebuild

# Letters that Unicode decomposition does not turn into their plain form, and letters of Arabic keyboards that
# Persian writes differently. Both sides of a search are folded with this table, so the mapping only has to agree
# with itself.
_SPECIAL = str.maketrans({
    "ł": "l", "Ł": "l", "ß": "ss", "ẞ": "ss", "đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae",
    "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "ħ": "h",
    "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و",
    "ـ": "", "\u200c": " ", "\u200d": "",
    **{chr(0x0660 + d): str(d) for d in range(10)},   # Arabic-Indic digits
    **{chr(0x06F0 + d): str(d) for d in range(10)},   # Persian digits
})
# Combining marks left by NFKD (Latin and Cyrillic diacritics) and Arabic vowel signs.
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u064b-\u065f\u0670]")
_TOKEN = re.compile(r"[^\W_]+")
_PHONE_LIKE = re.compile(r"^[+\d\s().\-/]+$")
_NOT_DIGIT = re.compile(r"\D")
_log = logging.getLogger(__name__)
# PostgreSQL's limits on a tsvector: positions up to 16383, 256 positions per word, words under 2 KB.
_PG_MAX_POS, _PG_MAX_POSITIONS, _PG_MAX_WORD = 16383, 255, 2000


def is_search_table(name: str) -> bool:
    """True for the index and the shadow tables SQLite keeps beside it."""
    return name == SEARCH_TABLE or name.startswith(SEARCH_TABLE + "_")


def include_in_autogenerate(name: str | None, kind: str, _parent: object) -> bool:
    """Alembic's filter: the models hold neither the search index nor PostgreSQL's trigram indexes, so comparing
    schemas leaves them alone."""
    if kind == "index" and name in TRIGRAM_INDEXES:
        return False
    return not (kind == "table" and name is not None and is_search_table(name))


def create_statements(dialect: str = "sqlite") -> list[str]:
    """The DDL of the index on this database: an FTS5 table on SQLite, a table with a GIN tsvector elsewhere."""
    if dialect != "sqlite":
        # rowid keeps its SQLite name, so the statements that keep the index are the same on both databases.
        return [f"CREATE TABLE {SEARCH_TABLE} (rowid bigint PRIMARY KEY, name text NOT NULL, body text NOT NULL, "
                "phones text NOT NULL, doc tsvector NOT NULL)",
                f"CREATE INDEX ix_{SEARCH_TABLE}_doc ON {SEARCH_TABLE} USING gin (doc)"]
    # Prefix indexes on 1-3 characters make search-as-you-type answer from the index from the first keystroke.
    return [f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5(name, body, phones, "
            "tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3')"]


# Indexes for finding a contact by any part of its name (the deal editor's pickers: lower(...) LIKE '%text%').
# The expressions are the ones SQLAlchemy writes for services.pipeline.find_parties, or PostgreSQL does not use them.
TRIGRAM_INDEXES = {
    "ix_companies_name_trgm": "companies USING gin (lower(name) gin_trgm_ops) WHERE deleted_at IS NULL",
    "ix_persons_names_trgm": "persons USING gin (lower((first_name || ' ' || last_name) || ' ' || first_name) "
                             "gin_trgm_ops) WHERE deleted_at IS NULL",
}


def create_trigram_indexes(conn: Connection) -> bool:
    """Add pg_trgm's indexes for searching inside names; False (and a log line) when the extension is refused.

    CREATE EXTENSION needs a role that owns the database (pg_trgm is a trusted extension) or a superuser. Without
    it every search still works: the pickers' ILIKE then reads the table instead of an index.
    """
    savepoint = conn.begin_nested()
    try:
        conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception as exc:  # noqa: BLE001 - any refusal means: no trigram indexes, searches still work
        savepoint.rollback()
        _log.warning("PostgreSQL: the pg_trgm extension cannot be created (%s); finding a contact by part of its "
                     "name falls back to a case-insensitive LIKE (ILIKE) that reads the whole table instead of a "
                     "trigram index. A superuser can run CREATE EXTENSION pg_trgm in the database before its "
                     "first start.",
                     str(exc).strip().splitlines()[0])
        return False
    savepoint.commit()
    for name, target in TRIGRAM_INDEXES.items():
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")
    return True


def fold(text: str | None) -> str:
    """Lower case without diacritics and with one spelling of script variants, for comparing and indexing."""
    if not text:
        return ""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return _MARKS.sub("", text).casefold()


def phone_digits(value: str | None) -> str:
    return _NOT_DIGIT.sub("", fold(value)) if value else ""


@lru_cache(maxsize=4096)
def _parse_phone(value: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(value, region.upper() if region else None)
    except phonenumbers.NumberParseException:
        return None


def normalize_phone(value: str | None, region: str | None = None) -> str | None:
    """E.164 digits without '+' of a plausible phone number, or None. Without '+', `region` says the country."""
    text = fold(value).strip()
    if not text or not _PHONE_LIKE.match(text):
        return None
    if text.startswith("00"):
        text = "+" + text[2:].lstrip()
    number = _parse_phone(text, region)
    if number is None or not phonenumbers.is_possible_number(number):
        return None
    return f"{number.country_code}{number.national_number}"


def _split_country_code(e164: str) -> tuple[int, str] | None:
    """The country code and national number of E.164 digits, from the code table instead of a full parse."""
    for length in (1, 2, 3):
        code = int(e164[:length]) if len(e164) > length else 0
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            return code, e164[length:]
    return None


def phone_keys(value: str | None, region: str | None = None, *, normalized: str | None = None) -> set[str]:
    """The digit strings a phone is found by: as written, in E.164, nationally, and its last seven digits.

    `normalized` is the E.164 form the services stored beside the value, which spares parsing the number again
    (parsing is most of the cost of indexing a large base).
    """
    digits = phone_digits(value)
    if len(digits) < 3:
        return set()
    keys = {digits, digits.lstrip("0") or digits}
    e164 = normalized if normalized and normalized.isdigit() else normalize_phone(value, region)
    if e164:
        keys.add(e164)
        split = _split_country_code(e164)
        if split is not None and split[1]:
            keys.add(split[1].lstrip("0") or split[1])
    if len(digits) > 7:
        keys.add(digits[-7:])
    return keys


def _join(*parts: object) -> str:
    return " ".join(str(p) for p in parts if p)


def _connection(conn: Connection | Session) -> Connection:
    return conn.connection() if isinstance(conn, Session) else conn


def _sqlite(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


# --- Writing -----------------------------------------------------------------------------------------------------

def reindex(conn: Connection | Session, *, person_ids: Iterable[int] = (), company_ids: Iterable[int] = ()) -> None:
    """Recompute the index rows of these records from the tables; deleted or missing records leave the index.

    Call it inside the transaction that changed them, after the change is flushed.
    """
    c = _connection(conn)
    if isinstance(conn, Session):
        conn.flush()
    for kind, ids in (("person", person_ids), ("company", company_ids)):
        unique = sorted({int(i) for i in ids})
        for start in range(0, len(unique), _CHUNK):
            chunk = unique[start:start + _CHUNK]
            in_list = ",".join(map(str, chunk))
            sign = "" if kind == "person" else "-"
            c.exec_driver_sql(f"DELETE FROM {SEARCH_TABLE} WHERE rowid IN ({sign}{f',{sign}'.join(map(str, chunk))})")
            _insert(c, kind, f"IN ({in_list})")


def rebuild(conn: Connection | Session) -> int:
    """Index every live person and company again; returns how many rows the index holds."""
    c = _connection(conn)
    c.exec_driver_sql(f"DELETE FROM {SEARCH_TABLE}")
    total = 0
    for kind, table in (("person", "persons"), ("company", "companies")):
        top = c.exec_driver_sql(f"SELECT max(id) FROM {table}").scalar() or 0
        for lo in range(0, top + 1, _RANGE):
            total += _insert(c, kind, f"BETWEEN {lo} AND {lo + _RANGE - 1}")
    return total


def _insert(c: Connection, kind: str, id_condition: str) -> int:
    rows = _person_rows(c, id_condition) if kind == "person" else _company_rows(c, id_condition)
    if rows and _sqlite(c):
        c.exec_driver_sql(f"INSERT INTO {SEARCH_TABLE}(rowid, name, body, phones) VALUES (?, ?, ?, ?)", rows)
    elif rows:
        c.exec_driver_sql(f"INSERT INTO {SEARCH_TABLE}(rowid, name, body, phones, doc) "
                          "VALUES (%s, %s, %s, %s, CAST(%s AS tsvector))",
                          [(*row, _tsvector(*row[1:])) for row in rows])
    return len(rows)


def _lexeme(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def _tsvector(name: str, body: str, phones: str) -> str:
    """A tsvector literal of the words of the three columns, weighted A, B and C, positions in column order.

    Built here rather than by to_tsvector(), whose parser splits e-mail addresses and host names otherwise than
    FTS5. Two positions are left free between the columns, so no phrase runs from one column into the next.
    """
    positions: dict[str, list[str]] = defaultdict(list)
    at = 1
    for words, weight in ((_TOKEN.findall(name), "A"), (_TOKEN.findall(body), "B"), (phones.split(), "C")):
        for word in words:
            found = positions[word]
            if len(word) < _PG_MAX_WORD and len(found) < _PG_MAX_POSITIONS:
                found.append(f"{min(at, _PG_MAX_POS)}{weight}")
            at += 1
        at += 2
    return " ".join(f"{_lexeme(w)}:{','.join(p)}" for w, p in positions.items() if p)


def _extras(c: Connection, kind: str, id_condition: str) -> tuple[dict[int, list[str]], dict[int, set[str]]]:
    """Texts (emails, handles, tags, custom fields) and phone keys per record of the id range."""
    owner = "person_id" if kind == "person" else "company_id"
    texts: dict[int, list[str]] = defaultdict(list)
    phones: dict[int, set[str]] = defaultdict(set)
    for rid, channel, value, normalized in c.exec_driver_sql(
            f"SELECT {owner}, kind, value, normalized FROM contact_channels WHERE {owner} {id_condition}"):
        if channel == "phone":
            phones[rid] |= phone_keys(value, normalized=normalized)
        else:
            texts[rid].append(value)
    link = "person_tags" if kind == "person" else "company_tags"
    for rid, name in c.exec_driver_sql(
            f"SELECT l.{owner}, t.name FROM {link} l JOIN tags t ON t.id = l.tag_id "
            f"WHERE t.deleted_at IS NULL AND l.{owner} {id_condition}"):
        texts[rid].append(name)
    for rid, value in c.exec_driver_sql(
            "SELECT v.entity_id, v.value_text FROM custom_field_values v "
            "JOIN custom_field_definitions d ON d.id = v.definition_id "
            f"WHERE d.entity = '{kind}' AND d.deleted_at IS NULL AND v.value_text IS NOT NULL "
            f"AND v.entity_id {id_condition}"):
        texts[rid].append(value)
    return texts, phones


def _person_rows(c: Connection, id_condition: str) -> list[tuple[int, str, str, str]]:
    texts, phones = _extras(c, "person", id_condition)
    rows = c.exec_driver_sql(
        "SELECT p.id, p.first_name, p.middle_name, p.last_name, p.position, p.company_role, p.city, p.address, "
        "p.notes, co.name FROM persons p LEFT JOIN companies co ON co.id = p.company_id "
        f"WHERE p.deleted_at IS NULL AND p.id {id_condition}").all()
    return [(r[0], fold(_join(r[1], r[2], r[3])),
             fold(_join(r[9], r[4], r[5], r[6], r[7], r[8], *texts.get(r[0], ()))),
             " ".join(sorted(phones.get(r[0], ())))) for r in rows]


def _company_rows(c: Connection, id_condition: str) -> list[tuple[int, str, str, str]]:
    texts, phones = _extras(c, "company", id_condition)
    rows = c.exec_driver_sql(
        "SELECT id, name, legal_name, tax_id, registration_no, industry, website, city, legal_address, "
        f"postal_address, notes FROM companies WHERE deleted_at IS NULL AND id {id_condition}").all()
    return [(-r[0], fold(_join(r[1], r[2] if r[2] != r[1] else None)),
             fold(_join(*r[3:], *texts.get(r[0], ()))),
             " ".join(sorted(phones.get(r[0], ())))) for r in rows]


# --- Searching ---------------------------------------------------------------------------------------------------

def match_tiers(text: str) -> list[str]:
    """FTS5 queries from the best kind of match to the weakest; each later tier only adds records.

    1. every typed word is a whole word of the name; 2. the same, but the last word may be unfinished (the user
    is typing it); 3. every word starts a word of the name; 4. every word starts a word anywhere.
    Every word the user typed must match (AND). Punctuation inside a word ("example.com", "o'neil") makes a
    phrase, so an email domain finds the addresses at it; such a word is not looked for in names, which spares
    three searches that would find nothing. A text that looks like a phone number also looks for its digits among
    the phone keys.
    """
    words, in_names, digits = _query_words(text)
    if not words:
        return []
    phrases = ['"' + " ".join(w) + '"' for w in words]
    tiers: list[str] = []
    if in_names:
        tiers.append(" AND ".join(f"name : {p}" for p in phrases))
        tiers.append(" AND ".join([f"name : {p}" for p in phrases[:-1]] + [f"name : {phrases[-1]}*"]))
        if len(phrases) > 1:
            tiers.append(" AND ".join(f"name : {p}*" for p in phrases))
    anywhere = " AND ".join(f"{p}*" for p in phrases)
    if digits:
        anywhere = f'phones : "{digits}"* OR ({anywhere})'
    tiers.append(anywhere)
    return tiers


def _query_words(text: str) -> tuple[list[list[str]], bool, str | None]:
    """The typed words as phrases of index words, whether names are worth searching, and phone digits if any."""
    raw_words = text.split()
    words = [_TOKEN.findall(fold(w)) for w in raw_words]
    if not all(words):
        raw_words = [w for w, t in zip(raw_words, words, strict=True) if t]
        words = [w for w in words if w]
    stripped = text.strip()
    digits = phone_digits(stripped)
    phone = len(digits) >= 3 and bool(_PHONE_LIKE.match(stripped))
    return words, not any("@" in w or "." in w for w in raw_words), digits if phone else None


def pg_tiers(text: str) -> list[str]:
    """match_tiers() as PostgreSQL tsquery literals: weight A is the name, C the phone keys, :* a prefix."""
    words, in_names, digits = _query_words(text)
    if not words:
        return []

    def phrase(tokens: list[str], weight: str, prefix: bool) -> str:
        last = len(tokens) - 1
        marks = [("*" if prefix and i == last else "") + weight for i in range(len(tokens))]
        return "(" + " <-> ".join(_lexeme(t) + (f":{m}" if m else "") for t, m in zip(tokens, marks, strict=True)) + ")"

    tiers: list[str] = []
    if in_names:
        tiers.append(" & ".join(phrase(w, "A", False) for w in words))
        tiers.append(" & ".join([phrase(w, "A", False) for w in words[:-1]] + [phrase(words[-1], "A", True)]))
        if len(words) > 1:
            tiers.append(" & ".join(phrase(w, "A", True) for w in words))
    anywhere = " & ".join(phrase(w, "", True) for w in words)
    if digits:
        anywhere = f"{_lexeme(digits)}:*C | ({anywhere})"
    tiers.append(anywhere)
    return tiers


def _rowid_range(kind: str | None) -> str:
    if kind is None:
        return ""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    return " AND rowid > 0" if kind == "person" else " AND rowid < 0"


def search_ids(conn: Connection | Session, text: str, kind: str | None = None, limit: int | None = 50,
               offset: int = 0) -> list[tuple[str, int]]:
    """Records matching every word of `text`, best matches first, as (kind, id) pairs."""
    c = _connection(conn)
    sqlite = _sqlite(c)
    wanted = None if limit is None else offset + limit
    found: dict[int, None] = {}
    for query in match_tiers(text) if sqlite else pg_tiers(text):
        if sqlite:
            sql = f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ?{_rowid_range(kind)}"
        else:
            # FTS5 gives a tier's rows in rowid order; so does this, so both databases rank alike.
            sql = (f"SELECT rowid FROM {SEARCH_TABLE} WHERE doc @@ CAST(%s AS tsquery){_rowid_range(kind)} "
                   "ORDER BY rowid")
        if wanted is not None:
            sql += f" LIMIT {wanted + len(found)}"
        for (rowid,) in c.exec_driver_sql(sql, (query,)):
            found.setdefault(rowid)
        if wanted is not None and len(found) >= wanted:
            break
    rowids: Sequence[int] = list(found)
    rowids = rowids[offset:] if wanted is None else rowids[offset:wanted]
    return [("person", r) if r > 0 else ("company", -r) for r in rowids]


def count(conn: Connection | Session, text: str, kind: str | None = None) -> int:
    """How many records match `text` at all."""
    c = _connection(conn)
    if _sqlite(c):
        tiers = match_tiers(text)
        sql = f"SELECT count(*) FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ?{_rowid_range(kind)}"
    else:
        tiers = pg_tiers(text)
        sql = f"SELECT count(*) FROM {SEARCH_TABLE} WHERE doc @@ CAST(%s AS tsquery){_rowid_range(kind)}"
    if not tiers:
        return 0
    return int(c.exec_driver_sql(sql, (tiers[-1],)).scalar() or 0)

