"""vCard in and out: `.vcf` files of phones, Google, Apple, Outlook and Thunderbird (2.1, 3.0, 4.0).

vobject parses and writes the cards. A pre-pass on the raw bytes does only what vobject cannot: the container
encoding (UTF-8 with or without BOM, UTF-16 with or without BOM), the per-property CHARSET and
QUOTED-PRINTABLE encoding of 2.1 cards, their soft line breaks and unescaped continuation lines, and it drops
photos, logos, sounds and keys (never imported) and embedded AGENT cards.

An import is one transaction: a cancel or an error leaves the database as it was; a card that cannot be stored
is rejected with its reason (inside a savepoint) and the rest goes on. A dry run does the same work and rolls
back, so its counts are exact. Qt-free.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import quopri
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import vobject
from babel import Locale
from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.db import search_index
from crm_desktop.db.database import Database
from crm_desktop.errors import CrmError, ValidationError
from crm_desktop.models import Company, ContactChannel, Person
from crm_desktop.services.contacts import (
    ChannelInput,
    CompanyInput,
    ContactService,
    PersonInput,
    check_channel,
    person_name,
)
from crm_desktop.services.files import read_import_file
from crm_desktop.services.progress import NO_PROGRESS, Progress

if TYPE_CHECKING:
    from crm_desktop.services.imports import ImportJournal

MAX_BYTES = 50 * 1024 * 1024
ON_DUPLICATE = ("skip", "update", "create")

_LINE_BREAK = re.compile(rb"\r\n|\n|\r")
_BEGIN = re.compile(rb"^\s*BEGIN\s*:\s*VCARD\s*$", re.IGNORECASE)
_END = re.compile(rb"^\s*END\s*:\s*VCARD\s*$", re.IGNORECASE)
_PROPERTY = re.compile(rb"^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)?\s*[;:]")
_VERSION = re.compile(rb"^VERSION\s*:\s*(\S+)", re.IGNORECASE)
_BDAY = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})")
# Never imported: binary data (photos are skipped on purpose), and properties vobject misreads.
_DROPPED = {b"PHOTO", b"LOGO", b"SOUND", b"KEY", b"AGENT", b"PROFILE"}
_MESSENGER_PROPS = {
    "X-SKYPE": "skype", "X-SKYPE-USERNAME": "skype", "X-TELEGRAM": "telegram", "X-WHATSAPP": "whatsapp",
    "X-VIBER": "viber", "X-SIGNAL": "signal", "X-WECHAT": "wechat", "X-AIM": "aim", "X-ICQ": "icq",
    "X-JABBER": "xmpp", "X-MSN": "msn", "X-YAHOO": "yahoo", "X-GADUGADU": "gadugadu", "X-GOOGLE-TALK": "gtalk",
    "X-GTALK": "gtalk", "X-QQ": "qq", "X-MS-IMADDRESS": "im",
}
_IMPP_SCHEMES = {"skype": "skype", "callto": "skype", "tg": "telegram", "telegram": "telegram",
                 "whatsapp": "whatsapp", "viber": "viber", "signal": "signal", "weixin": "wechat", "wechat": "wechat"}
_LENGTHS = {"first_name": 120, "last_name": 120, "middle_name": 120, "position": 200, "role": 80, "city": 120,
            "company": 200}


@dataclass(frozen=True)
class VCardContact:
    """One card as plain data, ready to become a PersonInput (the company by name)."""

    card_no: int                     # 1-based, in the order of the file
    first_name: str = ""
    last_name: str = ""
    middle_name: str | None = None
    position: str | None = None
    role: str | None = None
    company: str | None = None
    birthday: date | None = None
    address: str | None = None
    city: str | None = None
    country: str | None = None       # ISO 3166 alpha-2
    notes: str | None = None
    channels: tuple[ChannelInput, ...] = ()
    uid: str | None = None
    problems: tuple[str, ...] = ()   # what was left out or changed, per value

    @property
    def name(self) -> str:
        return person_name(self.first_name, self.last_name)

    def to_input(self, company_id: int | None) -> PersonInput:
        return PersonInput(first_name=self.first_name, last_name=self.last_name, middle_name=self.middle_name,
                           position=self.position, company_id=company_id,
                           company_role=self.role if company_id is not None else None, birthday=self.birthday,
                           address=self.address, city=self.city, country=self.country, notes=self.notes,
                           channels=self.channels)


RejectedRow = tuple[int, str, str]   # (card number, name, reason)


@dataclass(frozen=True)
class VCardReadResult:
    total: int                                   # cards found in the file
    cards: list[VCardContact]
    rejected: list[RejectedRow]                  # cards that could not be read at all


@dataclass
class ImportCounts:
    new: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: int = 0
    rejected_rows: list[RejectedRow] = field(default_factory=list)
    dry_run: bool = False


class _DryRun(Exception):
    """Raised at the end of a dry run so the transaction rolls back."""


# ---- reading -----------------------------------------------------------------------------------------------------

def read_vcards(path: Path | str) -> VCardReadResult:
    """Every card of a `.vcf` file; a bad card is listed with its reason and the rest is read.

    Raises ValidationError for a file that is missing, empty, too big or not a vCard file at all.
    """
    path = Path(path)
    data, default_charset = _container(read_import_file(path, MAX_BYTES, "vCard files"))
    blocks = _split_cards(data)
    if not blocks:
        raise ValidationError(f"'{path.name}' is not a vCard file: it has no BEGIN:VCARD line.")
    cards: list[VCardContact] = []
    rejected: list[RejectedRow] = []
    for number, lines in enumerate(blocks, start=1):
        try:
            card = _read_card(number, lines, default_charset)
        except Exception as exc:  # noqa: BLE001 - one unreadable card never stops the others
            rejected.append((number, "?", f"The card could not be read: {exc}"))
            continue
        if isinstance(card, str):
            rejected.append((number, "?", card))
        else:
            cards.append(card)
    return VCardReadResult(len(blocks), cards, rejected)


def _container(data: bytes) -> tuple[bytes, str]:
    """The file as UTF-8 (when its container was UTF-16) or as it is, and the charset of values without one."""
    text: str | None = None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    elif len(data) >= 2 and data[0] == 0 and data[1] != 0:
        text = data.decode("utf-16-be", errors="replace")
    elif len(data) >= 2 and data[1] == 0 and data[0] != 0:
        text = data.decode("utf-16-le", errors="replace")
    if text is not None:
        return text.encode("utf-8"), "utf-8"
    try:
        data.decode("utf-8")
        return data, "utf-8"
    except UnicodeDecodeError:
        pass
    found = re.search(rb"CHARSET=\"?([A-Za-z0-9_.:-]+)", data, re.IGNORECASE)
    if found is not None and _charset(found.group(1).decode("ascii")) is not None:
        return data, found.group(1).decode("ascii")
    return data, "cp1252"


def _charset(name: str) -> str | None:
    try:
        return codecs.lookup(name.strip('"')).name
    except LookupError:
        return None


def _split_cards(data: bytes) -> list[list[bytes]]:
    """The physical lines of each top-level card; cards nested inside one (2.1 AGENT) are left out."""
    blocks: list[list[bytes]] = []
    current: list[bytes] | None = None
    depth = 0
    for line in _LINE_BREAK.split(data):
        if _BEGIN.match(line):
            depth += 1
            if depth == 1:
                current = []
            continue
        if _END.match(line):
            if depth == 1 and current is not None:
                blocks.append(current)
                current = None
            depth = max(0, depth - 1)
            continue
        if depth == 1 and current is not None:
            current.append(line)
    if current is not None:   # not closed at the end of the file: read what there is
        blocks.append(current)
    return blocks


def _is_qp(params: Sequence[bytes]) -> bool:
    return any(p.strip().upper() in (b"QUOTED-PRINTABLE", b"ENCODING=QUOTED-PRINTABLE") for p in params)


def _split_outside_quotes(text: bytes, sep: int) -> list[bytes]:
    parts: list[bytes] = []
    quoted = False
    start = 0
    for i, ch in enumerate(text):
        if ch == 0x22:
            quoted = not quoted
        elif ch == sep and not quoted:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def _head_value(line: bytes) -> tuple[bytes, bytes]:
    quoted = False
    for i, ch in enumerate(line):
        if ch == 0x22:
            quoted = not quoted
        elif ch == 0x3A and not quoted:
            return line[:i], line[i + 1:]
    return line, b""


def _logical_lines(lines: Iterable[bytes]) -> list[bytes]:
    """Unfold: whitespace folding, 2.1 quoted-printable soft breaks and continuation lines of any other kind."""
    logical: list[bytes] = []
    for line in lines:
        if logical:
            prev = logical[-1]
            if prev.endswith(b"=") and _is_qp(_split_outside_quotes(_head_value(prev)[0], 0x3B)):
                logical[-1] = prev[:-1] + line.lstrip(b" \t") if not line[:1].isspace() else prev[:-1] + line[1:]
                continue
            if line[:1] in (b" ", b"\t"):
                logical[-1] = prev + line[1:]
                continue
            if line.strip() and not _PROPERTY.match(line):
                # A 2.1 writer broke a value over lines without folding it: the lines are one value.
                logical[-1] = prev + (b"n" if prev.endswith(b"\\") else b"\\n") + line
                continue
        if line.strip():
            logical.append(line)
    return logical


def _clean_line(line: bytes, default_charset: str) -> str | None:
    """One property as vobject reads it (charset and quoted-printable resolved), or None when dropped."""
    head, value = _head_value(line)
    params = _split_outside_quotes(head, 0x3B)
    name = params[0].strip()
    if name.split(b".")[-1].upper() in _DROPPED:
        return None
    qp = False
    charset = ""
    kept: list[bytes] = []
    for param in params[1:]:
        upper = param.strip().upper()
        if upper in (b"QUOTED-PRINTABLE", b"ENCODING=QUOTED-PRINTABLE"):
            qp = True
        elif upper.startswith(b"CHARSET="):
            charset = _charset(param.split(b"=", 1)[1].decode("ascii", "replace")) or default_charset
        elif upper in (b"ENCODING=8BIT", b"ENCODING=7BIT", b"8BIT", b"7BIT"):
            continue
        else:
            kept.append(param.strip())
    raw = quopri.decodestring(value) if qp else value
    text = _decode(raw, charset or default_charset, fallback=not charset)
    if qp:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    head_text = b";".join([name, *kept]).decode("utf-8", errors="replace")
    return f"{head_text}:{text}"


def _decode(raw: bytes, charset: str, *, fallback: bool) -> str:
    """Bytes in their charset; without a declared one, bytes that are not UTF-8 are read as windows-1252."""
    try:
        return raw.decode(charset)
    except UnicodeDecodeError:
        return raw.decode("cp1252" if fallback else charset, errors="replace")


def _read_card(number: int, lines: list[bytes], default_charset: str) -> VCardContact | str:
    version = next((m.group(1) for m in map(_VERSION.match, lines) if m), b"3.0")
    logical = _logical_lines(lines)
    cleaned = [c for c in (_clean_line(line, default_charset) for line in logical) if c is not None]
    if not any(c.upper().startswith("VERSION") for c in cleaned):
        cleaned.insert(0, f"VERSION:{version.decode('ascii', 'replace')}")
    text = "BEGIN:VCARD\r\n" + "\r\n".join(cleaned) + "\r\nEND:VCARD\r\n"
    component = vobject.readOne(text, ignoreUnreadable=True)
    return _contact(number, component)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace").strip()
    if isinstance(value, list | tuple):
        return " ".join(t for t in (_text(v) for v in value) if t)
    return str(value).strip()


def _types(line: Any) -> set[str]:
    found: set[str] = set()
    for key, values in line.params.items():
        upper = key.upper()
        if upper == "TYPE":
            for value in values:
                found |= {v.strip().strip('"').upper() for v in str(value).split(",") if v.strip()}
        elif upper == "PREF":
            found.add("PREF")
    found |= {str(p).upper() for p in line.singletonparams}
    return found


def _fit(value: str | None, key: str, what: str, problems: list[str]) -> str | None:
    if value and len(value) > _LENGTHS[key]:
        problems.append(f"The {what} was shortened to {_LENGTHS[key]} characters.")
        return value[:_LENGTHS[key]].rstrip()
    return value or None


def _contact(number: int, card: Any) -> VCardContact | str:
    problems: list[str] = []
    lines: dict[str, list[Any]] = {}
    for child in card.getChildren():
        lines.setdefault(child.name.upper(), []).append(child)

    first = last = middle = ""
    if "N" in lines:
        n = lines["N"][0].value
        if isinstance(n, vobject.vcard.Name):
            first, last, middle = _text(n.given), _text(n.family), _text(n.additional)
        else:
            last = _text(n)
    if not first and not last and "FN" in lines:
        words = _text(lines["FN"][0].value).split()
        if len(words) == 1:
            first = words[0]
        elif words:
            first, last = " ".join(words[:-1]), words[-1]
    company = ""
    if "ORG" in lines:
        org = lines["ORG"][0].value
        company = _text(org[0] if isinstance(org, list) and org else org)
    if not first and not last:
        # Phones keep entries that are only an address or a number: the person is named after it.
        first = company or next((_text(v.value) for key in ("EMAIL", "TEL") for v in lines.get(key, ())
                                 if _text(v.value)), "")
        if not first:
            return "The card has no name (no N, FN, ORG, email or phone)."
        problems.append(f"The card has no name; it was named '{first}'.")

    position = _text(lines["TITLE"][0].value) if "TITLE" in lines else ""
    role = _text(lines["ROLE"][0].value) if "ROLE" in lines else ""
    channels = _channels(lines, problems)

    address = city = ""
    country: str | None = None
    notes: list[str] = [t for t in (_text(n.value) for n in lines.get("NOTE", ())) if t]
    adrs = [a for a in lines.get("ADR", ()) if isinstance(a.value, vobject.vcard.Address)]
    if adrs:
        chosen = next((a for a in adrs if "PREF" in _types(a)), None) or next(
            (a for a in adrs if "WORK" in _types(a)), adrs[0])
        address, city, country = _address(chosen.value)
        for other in adrs:
            if other is not chosen:
                text = ", ".join(p for p in _address_parts(other.value) if p)
                if text:
                    kind = next((t.lower() for t in _types(other) if t in ("HOME", "WORK")), "other")
                    notes.append(f"Address ({kind}): {text}")
    elif "LABEL" in lines:
        address = _text(lines["LABEL"][0].value)

    birthday: date | None = None
    if "BDAY" in lines:
        raw = _text(lines["BDAY"][0].value)
        match = _BDAY.match(raw)
        try:
            birthday = date(int(match.group(1)), int(match.group(2)), int(match.group(3))) if match else None
        except ValueError:
            birthday = None
        if birthday is None:
            problems.append(f"The birthday '{raw}' is not a full date; it was left out.")
        elif birthday > date.today():
            problems.append(f"The birthday '{raw}' is in the future; it was left out.")
            birthday = None
    for url in lines.get("URL", ()):
        text = _text(url.value).replace("\\:", ":")
        if text:
            notes.append(f"Website: {text}")
    for nick in lines.get("NICKNAME", ()):
        text = _text(nick.value)
        if text:
            notes.append(f"Nickname: {text}")
    uid = _text(lines["UID"][0].value) if "UID" in lines else None

    return VCardContact(
        card_no=number, first_name=_fit(first, "first_name", "first name", problems) or "",
        last_name=_fit(last, "last_name", "last name", problems) or "",
        middle_name=_fit(middle, "middle_name", "middle name", problems),
        position=_fit(position, "position", "title", problems), role=_fit(role, "role", "role", problems),
        company=_fit(company, "company", "company name", problems), birthday=birthday, address=address or None,
        city=_fit(city, "city", "city", problems), country=country, notes="\n".join(notes) or None,
        channels=channels, uid=uid or None, problems=tuple(problems))


def _channels(lines: dict[str, list[Any]], problems: list[str]) -> tuple[ChannelInput, ...]:
    found: list[ChannelInput] = []
    seen: set[tuple[str, str]] = set()

    def add(kind: str, value: str, label: str, primary: bool) -> None:
        value = value.strip()
        if not value or len(value) > 300 or (kind, value.lower()) in seen:
            return
        seen.add((kind, value.lower()))
        found.append(ChannelInput(kind, value, label, primary))

    for tel in lines.get("TEL", ()):
        types = _types(tel)
        value = _text(tel.value)
        if value.lower().startswith("tel:"):
            value = value[4:]
        if "FAX" in types:
            label = "fax"
        elif types & {"CELL", "MOBILE", "IPHONE", "X-MOBILE"}:
            label = "mobile"
        elif "HOME" in types:
            label = "home"
        elif "WORK" in types:
            label = "work"
        else:
            label = "other"
        add("phone", value, label, "PREF" in types)
    for email in lines.get("EMAIL", ()):
        types = _types(email)
        value = _text(email.value)
        if value.lower().startswith("mailto:"):
            value = value[7:]
        label = "personal" if "HOME" in types else "work" if "WORK" in types else "other"
        add("email", value, label, "PREF" in types)
    for name, service in _MESSENGER_PROPS.items():
        for line in lines.get(name, ()):
            handle = _text(line.value)
            if service in ("skype", "telegram", "whatsapp", "viber", "signal", "wechat"):
                add("messenger", handle, service, False)
            elif handle:
                add("messenger", f"{service}:{handle}", "other", False)
    for line in lines.get("IMPP", ()):
        uri = _text(line.value)
        scheme, _, handle = uri.partition(":")
        if scheme.lower() in _IMPP_SCHEMES and handle:
            add("messenger", handle, _IMPP_SCHEMES[scheme.lower()], "PREF" in _types(line))
        else:
            add("messenger", uri, "other", "PREF" in _types(line))

    # Values that are not a phone or an address at all: kept while another one reaches the person, otherwise
    # left out (the person would be refused as unreachable) and named in the problems.
    region = None
    checked = [(c, check_channel(c.kind, c.value, region)[1]) for c in found]
    if checked and all(problem is not None for _c, problem in checked):
        for c, problem in checked:
            problems.append(f"The {c.kind} '{c.value}' was left out: {problem}")
        return ()
    return tuple(found)


def _address_parts(adr: Any) -> list[str]:
    street = [_text(adr.street), _text(adr.extended), _text(adr.box)]
    tail = " ".join(p for p in (_text(adr.code), _text(adr.region)) if p)
    return [*street, tail, _text(adr.city), _text(adr.country)]


def _address(adr: Any) -> tuple[str, str, str | None]:
    """(address, city, country code) of an ADR; a country name that is not recognised stays in the address."""
    parts = [_text(adr.street), _text(adr.extended), _text(adr.box),
             " ".join(p for p in (_text(adr.code), _text(adr.region)) if p)]
    country_name = _text(adr.country)
    code = country_code(country_name) if country_name else None
    if country_name and code is None:
        parts.append(country_name)
    return ", ".join(p for p in parts if p), _text(adr.city), code


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for language in ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "fa", "ja"):
        for code, name in Locale.parse(language).territories.items():
            if len(code) == 2 and code.isalpha():
                names.setdefault(name.casefold(), code)
    names.update({"usa": "US", "u.s.a.": "US", "u.s.": "US", "united states of america": "US", "uk": "GB",
                  "england": "GB", "great britain": "GB", "russia": "RU", "россия": "RU"})
    return names


def country_code(name: str) -> str | None:
    """The ISO alpha-2 code of a country written as a name (in one of several languages) or as a code."""
    text = name.strip()
    if len(text) == 2 and text.isalpha() and text.upper() in Locale.parse("en").territories:
        return text.upper()
    return _country_names().get(text.casefold())


# ---- importing ---------------------------------------------------------------------------------------------------

class VCardService:
    """Import of `.vcf` files into contacts, in one transaction."""

    def __init__(self, db: Database, user_id: int | None = None) -> None:
        self.db, self.user_id = db, user_id
        self.contacts = ContactService(db, user_id)

    def import_file(self, path: Path | str, on_duplicate: str = "skip", dry_run: bool = False,
                    progress: Progress = NO_PROGRESS) -> ImportCounts:
        """Import every card; duplicates (same email or phone, in the database or earlier in the file) are
        skipped, update the existing person, or are created anyway. A dry run counts and writes nothing."""
        if on_duplicate not in ON_DUPLICATE:
            raise ValidationError(f"'{on_duplicate}' is not a choice for duplicates; use skip, update or create.")
        # imports.py uses this module's country names; the journal is reached at run time to keep imports acyclic.
        from crm_desktop.services.imports import ImportJournal

        result = read_vcards(path)
        counts = ImportCounts(rejected=len(result.rejected), rejected_rows=list(result.rejected), dry_run=dry_run)
        total = len(result.cards)
        try:
            with self.db.session() as s:
                journal = ImportJournal(s, self.user_id, Path(path), "contacts",
                                        {"format": "vcf", "on_duplicate": on_duplicate})
                companies = {name.casefold(): cid for cid, name in s.execute(
                    select(Company.id, Company.name).where(Company.deleted_at.is_(None)).order_by(Company.id))}
                for done, card in enumerate(result.cards):
                    progress.step(done, total, card.name)
                    match = _match(s, card)
                    if match is not None and on_duplicate == "skip":
                        counts.skipped += 1
                        continue
                    known = dict(companies)
                    try:
                        with s.begin_nested():
                            company_id = (self._company(s, card.company, companies, journal) if card.company
                                          else None)
                            data = card.to_input(company_id)
                            if match is not None and on_duplicate == "update":
                                self._update(s, match, data, journal)
                                counts.updated += 1
                            else:
                                saved = self.contacts.create_person_in(s, data)
                                journal.created("person", saved.id, saved.version)
                                counts.new += 1
                    except CrmError as exc:
                        companies = known   # a company created for this card went with its savepoint
                        counts.rejected += 1
                        counts.rejected_rows.append((card.card_no, card.name, str(exc)))
                progress.step(total, total, "")
                journal.finish({"new": counts.new, "updated": counts.updated, "skipped": counts.skipped,
                                "rejected": counts.rejected})
                if dry_run:
                    raise _DryRun
        except _DryRun:
            pass
        counts.rejected_rows.sort()
        return counts

    def _company(self, s: Session, name: str, companies: dict[str, int], journal: ImportJournal) -> int:
        found = companies.get(name.casefold())
        if found is None:
            saved = self.contacts.create_company_in(s, CompanyInput(name=name))
            journal.created("company", saved.id, saved.version)
            found = companies[name.casefold()] = saved.id
        return found

    def _update(self, s: Session, person_id: int, data: PersonInput, journal: ImportJournal) -> None:
        """The file's non-empty values over the stored ones; channels the person lacks are added."""
        person = s.get(Person, person_id)
        assert person is not None
        current = self.contacts.get_person_in(s, person_id)
        changes: dict[str, object] = {}
        for name in ("first_name", "last_name", "middle_name", "position", "company_id", "company_role",
                     "birthday", "address", "city", "country"):
            value = getattr(data, name)
            if value not in (None, ""):
                changes[name] = value
        if data.notes and data.notes not in (current.notes or ""):
            changes["notes"] = f"{current.notes}\n{data.notes}" if current.notes else data.notes
        have = {(c.kind, check_channel(c.kind, c.value, current.country)[0]) for c in current.channels}
        extra = tuple(c for c in data.channels
                      if (c.kind, check_channel(c.kind, c.value, current.country)[0]) not in have)
        changes["channels"] = current.channels + tuple(
            ChannelInput(c.kind, c.value, c.label, False) for c in extra)
        merged = PersonInput(**{**{f: getattr(current, f) for f in current.__dataclass_fields__}, **changes})
        saved = self.contacts.update_person_in(s, person_id, merged, person.version)
        journal.updated("person", person_id, saved.version, current)


def _match(s: Session, card: VCardContact) -> int | None:
    """The live person with one of the card's emails (any case) or phones (normalised), else None."""
    emails = {c.value.strip().lower() for c in card.channels if c.kind == "email" and "@" in c.value}
    phones: set[str] = set()
    for c in card.channels:
        if c.kind == "phone":
            digits = search_index.phone_digits(c.value)
            if len(digits) < 5:
                continue
            phones.add(digits)
            e164 = search_index.normalize_phone(c.value, card.country)
            if e164:
                phones.add(e164)
    for kind, keys in (("email", emails), ("phone", phones)):
        if not keys:
            continue
        found = s.scalar(select(ContactChannel.person_id)
                         .join(Person, Person.id == ContactChannel.person_id)
                         .where(ContactChannel.kind == kind, ContactChannel.normalized.in_(sorted(keys)),
                                Person.deleted_at.is_(None))
                         .order_by(ContactChannel.person_id).limit(1))
        if found is not None:
            return int(found)
    return None


# ---- exporting ---------------------------------------------------------------------------------------------------

_TEL_TYPES = {"mobile": "CELL", "home": "HOME", "work": "WORK", "fax": "FAX"}
_EMAIL_TYPES = {"work": "WORK", "personal": "HOME"}


def export_vcards(db: Database, person_ids: Sequence[int], path: Path | str) -> int:
    """Write the people as vCard 3.0 (UTF-8, one card each) to `path`, atomically; returns the number written."""
    path = Path(path)
    if path.suffix.lower() != ".vcf":
        raise ValidationError(f"'{path.name}' does not end in .vcf; vCards are written to a .vcf file.")
    service = ContactService(db)
    chunks: list[str] = []
    for person_id in person_ids:
        detail = service.get_person(person_id)
        if detail.deleted_at is not None:
            continue
        chunks.append(_card(detail))
    _write_atomically(path, "".join(chunks))
    return len(chunks)


def _card(detail: Any) -> str:
    data: PersonInput = detail.input
    card = vobject.vCard()
    card.add("n").value = vobject.vcard.Name(family=data.last_name or "", given=data.first_name or "",
                                             additional=data.middle_name or "")
    card.add("fn").value = " ".join(p for p in (data.first_name, data.middle_name, data.last_name) if p) or "?"
    if detail.company_name:
        card.add("org").value = [detail.company_name]
    if data.position:
        card.add("title").value = data.position
    for channel in detail.channels:
        if channel.kind == "phone":
            line = card.add("tel")
            line.value = channel.value
            types = [_TEL_TYPES.get(channel.label, "VOICE")]
            if channel.is_primary:
                types.append("pref")
            line.type_paramlist = types
        elif channel.kind == "email":
            line = card.add("email")
            line.value = channel.value
            types = ["INTERNET", *([_EMAIL_TYPES[channel.label]] if channel.label in _EMAIL_TYPES else [])]
            if channel.is_primary:
                types.append("pref")
            line.type_paramlist = types
        elif channel.kind == "messenger":
            service = channel.label if channel.label != "other" else ""
            card.add("impp").value = f"{service}:{channel.value}" if service else channel.value
    if data.address or data.city or data.country:
        country = ""
        if data.country:
            country = Locale.parse("en").territories.get(data.country, data.country)
        card.add("adr").value = vobject.vcard.Address(street=data.address or "", city=data.city or "",
                                                      country=country)
    if data.birthday is not None:
        card.add("bday").value = data.birthday.isoformat()
    if data.notes:
        card.add("note").value = data.notes
    card.add("uid").value = detail.uuid
    return str(card.serialize())


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise

