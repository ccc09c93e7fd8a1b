"""Word documents from templates: offers, invoices, contracts and letters filled from a deal, a company or a person.

Templates are .docx files with docxtpl placeholders (`{{ company.name }}`, `{%tr for line in lines %}`), rendered in a
Jinja sandbox after a static check that refuses, with the place and the reason, unknown placeholders, broken syntax
and anything that could reach outside the document (imports, includes, internals, unbounded loops). Numbers come
from NumberSequence in the same transaction as the Document row; files are written atomically. Qt-free.

docxtpl, Jinja, babel and num2words are imported on first use: the command line and the window pay for them only
when a document is made.
"""

from __future__ import annotations

import contextlib
import contextvars
import difflib
import html
import io
import os
import re
import shutil
import string
import subprocess
import tempfile
import threading
import zipfile
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from crm_desktop import config
from crm_desktop.db.database import Database
from crm_desktop.errors import CrmError, NotFoundError, ValidationError
from crm_desktop.models import (
    Activity,
    ActivityKind,
    AppSetting,
    Company,
    ContactChannel,
    Deal,
    DealLine,
    Document,
    NumberSequence,
    Person,
    Product,
    Stage,
    StageAutomationRule,
    User,
    utcnow,
)
from crm_desktop.services import pipeline
from crm_desktop.services.pipeline import DealLineInput, line_totals
from crm_desktop.services.progress import NO_PROGRESS, Progress

BUNDLED = ("offer", "invoice", "contract", "letter")
TARGET_KINDS = ("deal", "company", "person")
SELLER_KEY = "documents.seller"          # AppSetting: the user's own company, a JSON object of SellerInfo
NUMBERING_KEY = "documents.numbering"    # AppSetting: {kind: pattern}
DEFAULT_PATTERNS = {"invoice": "INV-{year}-{n:04}", "offer": "OFF-{year}-{n:04}"}
DOCUMENTS_DIR = "documents"
TEMPLATES_DIR = "templates"
PDF_TIMEOUT_S = 120

# Bounds of a rendering: a template is the user's own file, but a mistake (or a hostile file from elsewhere) must not
# hang the app or fill the memory. Loops are counted over the whole document, whatever they iterate.
MAX_LOOP_ITERATIONS = 10_000
MAX_LINES = 1000
MAX_TEXT = 100_000          # characters of one computed string (`*`, `+`, `~`, replace, join)
MAX_OUTPUT = 20_000_000     # characters of one rendered part
MAX_PROBLEMS = 50

# The context every template sees; values are ready-formatted strings ("" when the record lacks them).
CONTEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "doc": ("number", "date", "title", "language"),
    "seller": ("name", "legal_name", "tax_id", "registration_no", "address", "bank_details", "phone", "email",
               "website", "director"),
    "company": ("name", "legal_name", "tax_id", "registration_no", "legal_address", "postal_address", "address",
                "city", "country", "website", "phone", "email", "bank_details"),
    "person": ("full_name", "first_name", "last_name", "middle_name", "position", "email", "phone",
               "greeting_name"),
    "deal": ("title", "stage", "amount", "currency", "expected_close", "created"),
    "totals": ("net", "discount", "vat", "gross", "gross_in_words", "currency", "count"),
    "manager": ("full_name", "email", "phone"),
}
LINE_FIELDS = ("n", "name", "sku", "unit", "quantity", "price", "discount", "net", "vat_rate", "vat", "total")
KNOWN_PLACEHOLDERS = tuple(sorted([*(f"{g}.{f}" for g, fs in CONTEXT_FIELDS.items() for f in fs), "lines",
                                   *(f"lines.{f}" for f in LINE_FIELDS)]))
_LOOP_ATTRS = frozenset({"index", "index0", "revindex", "revindex0", "first", "last", "length", "cycle",
                         "previtem", "nextitem", "changed", "depth", "depth0"})
# Jinja's filters that neither reach outside the document nor build huge values from small inputs (batch, slice,
# center, indent and format can; safe and forceescape would let data write raw Word XML).
ALLOWED_FILTERS = frozenset({
    "abs", "capitalize", "count", "d", "default", "e", "escape", "filesizeformat", "first", "float", "groupby", "int",
    "join", "last", "length", "list", "lower", "map", "max", "min", "reject", "rejectattr", "replace", "reverse",
    "round", "select", "selectattr", "sort", "string", "striptags", "sum", "title", "trim", "truncate", "unique",
    "upper", "urlencode", "wordcount", "wordwrap",
})
_FORBIDDEN_STATEMENTS = {
    "import": "templates cannot import other templates",
    "from": "templates cannot import other templates",
    "include": "templates cannot include other files",
    "extends": "templates cannot extend other templates",
    "block": "template inheritance (blocks) is not available",
    "macro": "macros are not allowed in templates",
    "call": "macros are not allowed in templates",
    "autoescape": "switching off the escaping of data is not allowed",
}
_BLOCKS = {"if": "endif", "for": "endfor", "with": "endwith", "set": "endset", "filter": "endfilter", "raw": "endraw"}
_ENDS = {end: start for start, end in _BLOCKS.items()}
_KIND_LABELS = {
    "en": {"offer": "Offer", "invoice": "Invoice", "contract": "Contract", "letter": "Letter"},
    "nl": {"offer": "Offerte", "invoice": "Factuur", "contract": "Contract", "letter": "Brief"},
    "fa": {"offer": "پیشنهاد قیمت", "invoice": "فاکتور", "contract": "قرارداد", "letter": "نامه"},
    "pl": {"offer": "Oferta", "invoice": "Faktura", "contract": "Umowa", "letter": "List"},
    "ru": {"offer": "Коммерческое предложение", "invoice": "Счёт", "contract": "Договор", "letter": "Письмо"},
}
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_OPENERS = re.compile(r"\{\{|\{%")
_FOREIGN = re.compile(r"\+\+\+(.{1,80}?)\+\+\+", re.S)
_ROW_PREFIX = re.compile(r"^(tr|tc|p|r)\s")
# Word's typographic quotes: docxtpl turns “ ” ‘ ’ inside tags into straight ones; the other languages' quotes
# (Polish and Dutch „ ”, Russian « ») are normalised the same way here.
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"',
                         "‘": "'", "’": "'", "‚": "'", "‛": "'"})
_CURLY = re.compile("[“”„‟«»‘’‚‛]")
_PATTERN_SPEC = re.compile(r"(0?\d{1,2})?d?")
_UNSAFE_FILE_CHARS = re.compile(r'[\x00-\x1f<>:"/\\|?*]')
_CENT = Decimal("0.01")
_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


@dataclass(frozen=True)
class TemplateInfo:
    """A bundled or user template as the template manager lists it."""

    name: str
    path: Path
    bundled: bool
    language: str | None      # bundled templates exist per language; user templates are in any language
    placeholders: tuple[str, ...]


@dataclass(frozen=True)
class TemplateProblem:
    """Why a template cannot be used (or, as a warning, what was read differently), and the spot in the document."""

    message: str
    where: str                # "paragraph 12: “…text around…”", "table 1, row 2, cell 3: “…”", "header, paragraph 1"
    severity: str = "error"   # error: the template is refused | warning: it works, but read this


class TemplateError(ValidationError):
    """A template refused before anything was written; `problems` say what and where."""

    def __init__(self, message: str, problems: Sequence[TemplateProblem]) -> None:
        super().__init__(message)
        self.problems = tuple(problems)


class PdfConversionError(ValidationError):
    """The .docx was saved and recorded, but LibreOffice could not make the PDF; `document` is the saved one."""

    def __init__(self, message: str, document: GeneratedDocument) -> None:
        super().__init__(message)
        self.document = document


@dataclass(frozen=True)
class GeneratedDocument:
    """A document written to disk and recorded in the database."""

    document_id: int
    path: Path
    pdf_path: Path | None
    number: str | None
    title: str


@dataclass(frozen=True)
class SellerInfo:
    """The user's own company, as documents show it."""

    name: str = ""
    legal_name: str = ""
    tax_id: str = ""
    registration_no: str = ""
    address: str = ""
    bank_details: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    director: str = ""


# ---- formatting ------------------------------------------------------------------------------------------------

def _digits(text: str, lang: str) -> str:
    # babel's fa locale gives Persian separators but Latin digits; a Persian document uses Persian digits throughout.
    return text.translate(_PERSIAN_DIGITS) if lang == "fa" else text


def format_money(value: Decimal, lang: str) -> str:
    """An amount with two decimals and the grouping of the language (1,234.50 / 1.234,50 / 1 234,50 / ۱٬۲۳۴٫۵۰)."""
    from babel.numbers import format_decimal

    text = format_decimal(Decimal(value).quantize(_CENT, ROUND_HALF_UP), format="#,##0.00", locale=lang,
                          numbering_system="default")
    return _digits(text, lang)


def format_quantity(value: Decimal, lang: str) -> str:
    """A quantity without trailing zeros (2, 2.5, 0.125)."""
    from babel.numbers import format_decimal

    number = Decimal(value)
    text = format_decimal(number.quantize(Decimal(1)) if number == number.to_integral() else number.normalize(),
                          format="#,##0.###", locale=lang, numbering_system="default")
    return _digits(text, lang)


def format_percent(value: Decimal, lang: str) -> str:
    """A rate given in percent (21 -> 21%, 8.5 -> 8.5%) as the language writes it."""
    from babel.numbers import format_percent as babel_percent

    text = babel_percent(Decimal(value) / 100, format=None, locale=lang, decimal_quantization=False,
                         numbering_system="default")
    return _digits(text, lang)


def format_long_date(value: date, lang: str) -> str:
    """A date written out (March 5, 2026 / 5 maart 2026 / 5 марта 2026 г.)."""
    from babel.dates import format_date

    return _digits(format_date(value, format="long", locale=lang), lang)


def amount_in_words(value: Decimal, currency: str, lang: str) -> str:
    """The amount in words with the currency's name where num2words knows it, else the number in words and the code.

    "" when num2words has no words for the language.
    """
    from num2words import num2words

    amount = Decimal(value).quantize(_CENT, ROUND_HALF_UP)
    try:
        return str(num2words(amount, lang=lang, to="currency", currency=currency))
    except (NotImplementedError, TypeError, KeyError):
        pass  # the language has no such currency (or no currency words at all): words of the number instead
    try:
        whole = str(num2words(int(amount), lang=lang))
    except (NotImplementedError, OverflowError):
        return ""
    cents = int((amount - int(amount)) * 100)
    text = f"{whole} {currency}" if currency else whole
    return f"{text} {_digits(f'{cents:02d}/100', lang)}" if cents else text


def _country_name(code: str | None, lang: str) -> str:
    if not code:
        return ""
    from babel import Locale

    return str(Locale.parse(lang).territories.get(code.upper(), code))


# ---- the sandbox -----------------------------------------------------------------------------------------------

class _Budget:
    """The loop iterations one rendering may still spend."""

    def __init__(self, limit: int) -> None:
        self.left = limit

    def spend(self) -> None:
        self.left -= 1
        if self.left < 0:
            raise _limit_error(f"The template loops more than {MAX_LOOP_ITERATIONS:,} times in total.")


_BUDGET: contextvars.ContextVar[_Budget] = contextvars.ContextVar("documents_loop_budget")
_env_lock = threading.Lock()
_env: Any = None


def _limit_error(message: str) -> Exception:
    from jinja2.sandbox import SecurityError

    return SecurityError(message)


def _bounded_range(*args: int) -> range:
    numbers = range(*args)
    if len(numbers) > MAX_LOOP_ITERATIONS:
        raise _limit_error(f"range() of {len(numbers):,} numbers; templates may count to {MAX_LOOP_ITERATIONS:,}.")
    return numbers


def _counted(iterable: Iterable[Any]) -> Iterator[Any]:
    """Every `for` of a template iterates through this: the whole rendering shares one budget of iterations."""
    budget = _BUDGET.get()
    for item in iterable:
        budget.spend()
        yield item


def _checked_text(value: Any) -> Any:
    if isinstance(value, str | list | tuple) and len(value) > MAX_TEXT:
        raise _limit_error(f"The template builds a text of more than {MAX_TEXT:,} characters.")
    return value


def _safe_replace(value: Any, old: str, new: str, count: int | None = None) -> Any:
    text, old, new = str(value), str(old), str(new)
    if not old:
        raise _limit_error("replace() needs the text to replace.")
    found = text.count(old) if count is None else min(count, text.count(old))
    if len(text) + found * (len(new) - len(old)) > MAX_TEXT:
        raise _limit_error(f"The template builds a text of more than {MAX_TEXT:,} characters.")
    from markupsafe import Markup, escape

    result = text.replace(old, new, -1 if count is None else count)
    # Keep Jinja's own behaviour: replacing in escaped text escapes the replacement too.
    return escape(value).replace(escape(old), escape(new)) if isinstance(value, Markup) else result


def _make_environment() -> Any:
    from jinja2 import StrictUndefined, pass_eval_context
    from jinja2.filters import FILTERS, do_join
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    class Sandbox(ImmutableSandboxedEnvironment):
        """No internals, no changing data, no huge values from small ones; see the bounds above."""

        intercepted_binops = frozenset({"*", "**", "+", "%"})

        def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
            if operator == "*":
                for seq, times in ((left, right), (right, left)):
                    if isinstance(seq, str | list | tuple) and isinstance(times, int) and len(seq) * times > MAX_TEXT:
                        raise _limit_error(f"The template builds a text of more than {MAX_TEXT:,} characters.")
            elif operator == "**":
                if isinstance(right, int | float) and abs(right) > 64:
                    raise _limit_error("Powers above 64 are not allowed in templates.")
            elif operator == "%" and isinstance(left, str):
                raise _limit_error("'%' formatting of text is not allowed in templates.")
            result = super().call_binop(context, operator, left, right)
            return _checked_text(result) if operator == "+" else result

    @pass_eval_context
    def safe_join(eval_ctx: Any, value: Iterable[Any], d: str = "", attribute: str | int | None = None) -> Any:
        return _checked_text(do_join(eval_ctx, value, d, attribute))

    env = Sandbox(autoescape=True, undefined=StrictUndefined)
    env.globals.clear()
    env.globals["range"] = _bounded_range
    env.filters = {name: FILTERS[name] for name in ALLOWED_FILTERS}
    env.filters["replace"] = _safe_replace
    env.filters["join"] = safe_join
    env.filters["crm_loop"] = _counted      # added by _bounded_ast, never written by users (not allowed above)
    env.filters["crm_text"] = _checked_text
    return env


def _environment() -> Any:
    global _env
    if _env is None:
        with _env_lock:
            if _env is None:
                _env = _make_environment()
    return _env


def _bounded_ast(source: str) -> Any:
    """The parsed template with every loop counted against the budget and every `~` result size-checked."""
    from jinja2 import nodes

    env = _environment()
    tree = env.parse(source)
    for loop in tree.find_all(nodes.For):
        loop.iter = nodes.Filter(loop.iter, "crm_loop", [], [], None, None, lineno=loop.lineno)
    for parent in list(tree.find_all(nodes.Node)):
        for name in parent.fields:
            value = getattr(parent, name, None)
            if isinstance(value, nodes.Concat):
                setattr(parent, name, nodes.Filter(value, "crm_text", [], [], None, None, lineno=value.lineno))
            elif isinstance(value, list):
                setattr(parent, name, [nodes.Filter(v, "crm_text", [], [], None, None, lineno=v.lineno)
                                       if isinstance(v, nodes.Concat) else v for v in value])
    tree.set_environment(env)
    return tree


def _render_text(template: Any, context: Mapping[str, Any]) -> str:
    chunks: list[str] = []
    size = 0
    for chunk in template.generate(context):
        size += len(chunk)
        if size > MAX_OUTPUT:
            raise _limit_error(f"The filled document would be larger than {MAX_OUTPUT:,} characters.")
        chunks.append(chunk)
    return "".join(chunks)


# ---- reading and checking a template ---------------------------------------------------------------------------

@dataclass(frozen=True)
class _Tag:
    text: str        # as it stands in the document, quotes normalised
    raw: str         # as typed
    where: str
    in_table: bool


@dataclass
class _Frame:
    keyword: str
    prefix: str
    tag: _Tag
    names: dict[str, str] = field(default_factory=dict)
    guards: set[str] = field(default_factory=set)
    pending: set[str] = field(default_factory=set)   # groups a `for` needs unless it has an `else`
    has_else: bool = False


@dataclass
class _Use:
    where: str
    guards: frozenset[str]
    in_test: bool = False
    found: set[str] | None = None          # groups named in an `if` test
    pending: set[str] | None = None        # groups named by a `for`'s iterable
    optional: bool = False                 # inside `a or b`, `a if c else b`, `a|default(b)`: one may be missing


@dataclass
class _Part:
    name: str                  # "body", a header/footer part name, "footnotes", "property:title"
    label: str                 # "", "header", "footer", "footnotes", "document properties (title)"
    tags: list[_Tag]
    source: str | None         # the docxtpl-patched XML (or the property text), None when the part has no tags


@dataclass(frozen=True)
class _Package:
    """The template's zip entries and its main part without the body: a rendering writes the new body and the
    rendered headers and footers and copies every other entry, instead of loading and saving with python-docx."""

    entries: tuple[tuple[zipfile.ZipInfo, bytes], ...]   # each entry with its data as stored (compressed)
    document_name: str             # "word/document.xml"
    document_shell: bytes          # w:document without its w:body


@dataclass
class _Compiled:
    """A template file read, checked and compiled once per version of the file."""

    path: Path
    source: bytes
    problems: tuple[TemplateProblem, ...]
    placeholders: tuple[str, ...]
    required: frozenset[str]       # groups used outside a guard: company, person, deal, lines
    fields_used: frozenset[str]    # group.field names used
    templates: dict[str, Any]      # part name -> compiled Jinja template
    package: _Package | None = None   # for writing the result without python-docx; None: docxtpl's own way

    @property
    def errors(self) -> tuple[TemplateProblem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")


_cache_lock = threading.Lock()
_cache: OrderedDict[tuple[str, int, int], _Compiled] = OrderedDict()
_CACHE_SIZE = 32


def _compiled(path: Path) -> _Compiled:
    """The checked, compiled template; docxtpl would re-read and re-compile the .docx on every rendering."""
    try:
        stat = path.stat()
        if not path.is_file():
            raise ValidationError(f"'{path}' is not a file; choose a Word template (.docx).")
    except OSError as exc:
        raise ValidationError(f"The template '{path}' cannot be read: {exc.strerror or exc}.") from None
    key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    with _cache_lock:
        found = _cache.get(key)
        if found is not None:
            _cache.move_to_end(key)
            return found
    try:
        source = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"The template '{path}' cannot be read: {exc.strerror or exc}.") from None
    result = _compile(path, source)
    with _cache_lock:
        _cache[key] = result
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return result


def _docx_class() -> Any:
    from docxtpl import DocxTemplate

    return _docx_subclass(DocxTemplate)


_docx_cls: Any = None


def _docx_subclass(base: Any) -> Any:
    global _docx_cls
    if _docx_cls is not None:
        return _docx_cls

    class SandboxedDocx(base):
        """docxtpl with the compiled, checked templates of a _Compiled instead of re-compiling each part."""

        def __init__(self, compiled: _Compiled) -> None:
            super().__init__(io.BytesIO(compiled.source))
            self._compiled = compiled

        def patch_xml(self, src_xml: str) -> str:
            return _normalise_tags(super().patch_xml(src_xml))

        def _finish(self, name: str, context: Mapping[str, Any]) -> str:
            from lxml import etree

            xml = _render_text(self._compiled.templates[name], context)
            xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", xml)
            xml = xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")
            xml = self.resolve_listing(xml)
            try:   # docxtpl parses with recover=True, which would silently drop what a bad tag broke
                etree.fromstring(xml.encode("utf-8"))
            except etree.XMLSyntaxError as exc:
                raise TemplateError(
                    "The filled document is not valid Word XML: a tag cuts across a table or paragraph "
                    f"({exc}). Put each {{%tr …%}} tag in its own table row and each tag in one paragraph.",
                    [TemplateProblem(f"The filled document is not valid Word XML: {exc}", name)]) from None
            return xml

        def build_xml(self, context: Mapping[str, Any], jinja_env: Any = None) -> str:
            return self._finish("body", context)

        def build_headers_footers_xml(self, context: Mapping[str, Any], uri: str,
                                      jinja_env: Any = None) -> Iterator[tuple[str, bytes]]:
            for rel_key, part in self.get_headers_footers(uri):
                name = str(part.partname)
                if name in self._compiled.templates:   # parts without tags stay as they are
                    yield rel_key, self._finish(name, context).encode("utf-8")

        def render_properties(self, context: Mapping[str, Any], jinja_env: Any = None) -> None:
            for name, template in self._compiled.templates.items():
                if name.startswith("property:"):
                    # Properties are plain text: undo the XML escaping the sandbox applies to every value.
                    setattr(self.docx.core_properties, name[9:], html.unescape(_render_text(template, context)))

        def render_footnotes(self, context: Mapping[str, Any], jinja_env: Any = None) -> None:
            for part in _footnote_parts(self.docx):
                name = str(part.partname)
                if name in self._compiled.templates:
                    part._blob = self._finish(name, context).encode("utf-8")

    _docx_cls = SandboxedDocx
    return _docx_cls


_PROPERTIES = ("author", "comments", "identifier", "language", "subject", "title")   # those docxtpl renders
_FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def _footnote_parts(docx: Any) -> list[Any]:
    return [p for p in docx.part.package.parts if p.content_type == _FOOTNOTES]


def _compile(path: Path, source: bytes) -> _Compiled:
    from docx.opc.oxml import parse_xml

    try:
        template = _docx_class()(_Compiled(path, source, (), (), frozenset(), frozenset(), {}))
        docx = template.get_docx()
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds for a file that is not a .docx
        raise ValidationError(f"'{path.name}' is not a Word document (.docx) that can be read: {exc}. Save it in "
                              "Word or LibreOffice as a Word document (.docx) and try again.") from None
    problems: list[TemplateProblem] = []
    parts: list[_Part] = []
    footnotes = {str(p.partname) for p in _footnote_parts(docx)}
    sources = [("body", "", docx.element.body)]
    for uri, label in ((template.HEADER_URI, "header"), (template.FOOTER_URI, "footer")):
        for _key, part in template.get_headers_footers(uri):
            sources.append((str(part.partname), label, parse_xml(part.blob)))
    for part in _footnote_parts(docx):
        sources.append((str(part.partname), "footnotes", parse_xml(part.blob)))
    for name, label, root in sources:
        tags = _scan_part(root, label, problems)
        xml = template.xml_to_string(root)
        patched = template.patch_xml(xml)
        parts.append(_Part(name, label, tags, patched if (tags or name == "body") else None))
    for prop in _PROPERTIES:
        value = getattr(docx.core_properties, prop) or ""
        if "{" in value:
            where = f"document properties ({prop})"
            tags = [_Tag(m.group(0).translate(_QUOTES), m.group(0), f"{where}: “{_clip(value)}”", False)
                    for m in _TAG.finditer(value)]
            parts.append(_Part(f"property:{prop}", where, tags, _normalise_tags(value)))
    checker = _Checker()
    for part in parts:
        checker.check_part(part.tags)
    problems.extend(checker.problems)
    templates: dict[str, Any] = {}
    if not any(p.severity == "error" for p in problems):
        for part in parts:
            if part.source is None:
                continue
            text = re.sub(r"<w:p([ >])", r"\n<w:p\1", part.source) if not part.name.startswith("property:") \
                else part.source
            try:
                tree = _bounded_ast(text)
            except Exception as exc:  # noqa: BLE001 - a Jinja syntax error that the per-tag check did not see
                problems.append(_late_problem(exc, text, part.label))
                continue
            problems.extend(checker.check_whole(tree, part.label))
            if not any(p.severity == "error" for p in problems):
                templates[part.name] = _environment().from_string(tree)
    if any(p.severity == "error" for p in problems):
        templates = {}
    package = None
    if templates and not any(n.startswith("property:") or n in footnotes for n in templates):
        package = _package(source, docx)
    return _Compiled(path, source, tuple(_unique(problems)), tuple(sorted(checker.placeholders)),
                     frozenset(checker.required), frozenset(checker.fields_used), templates, package)


def _package(source: bytes, docx: Any) -> _Package:
    from copy import deepcopy

    from lxml import etree

    entries = []
    with zipfile.ZipFile(io.BytesIO(source)) as archive:
        for info in archive.infolist():
            archive.read(info)     # checks the CRC once, here
            raw = io.BytesIO(source)
            raw.seek(info.header_offset)
            header = raw.read(30)   # a local file header is 30 bytes, then the name and the extra field
            name_length, extra_length = int.from_bytes(header[26:28], "little"), int.from_bytes(header[28:30], "little")
            raw.seek(name_length + extra_length, os.SEEK_CUR)
            entries.append((info, raw.read(info.compress_size)))
    shell = deepcopy(docx.element)
    shell.remove(shell.find(f"{_W}body"))
    return _Package(tuple(entries), str(docx.part.partname).lstrip("/"),
                    etree.tostring(shell, encoding="UTF-8", xml_declaration=True, standalone=True))


_XML_DECLARATION = b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"


def _render_package(compiled: _Compiled, context: Mapping[str, Any]) -> bytes:
    """docxtpl's rendering (patched XML, jinja, listings, tables, drawing ids) on the cached package."""
    from lxml import etree

    package = compiled.package
    assert package is not None
    helper = _docx_class()(compiled)     # no .docx is loaded: only docxtpl's XML helpers are used
    helper.docx_ids_index = 1000
    body = helper.fix_tables(helper.build_xml(context))
    helper.fix_docpr_ids(body)
    document = etree.fromstring(package.document_shell)
    document.append(body)
    parts = {package.document_name: etree.tostring(document, encoding="UTF-8", xml_declaration=True,
                                                   standalone=True)}
    for name in compiled.templates:
        if name != "body":
            parts[name.lstrip("/")] = _XML_DECLARATION + helper._finish(name, context).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for original, stored in package.entries:
            data = parts.get(original.filename)
            if data is not None:
                info = zipfile.ZipInfo(original.filename, original.date_time)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = original.external_attr
                archive.writestr(info, data)
            else:
                _copy_stored(archive, original, stored)
    return buffer.getvalue()


def _copy_stored(archive: zipfile.ZipFile, original: zipfile.ZipInfo, stored: bytes) -> None:
    """Append an unchanged entry as it was compressed in the template.

    Compressing the styles again for every document (800 kB of XML in Word's own files) was the largest cost of a
    rendering; zipfile has no call for copying an entry, so this writes its local header and data, as writestr would.
    """
    info = zipfile.ZipInfo(original.filename, original.date_time)
    info.compress_type = original.compress_type
    info.external_attr = original.external_attr
    info.create_system = original.create_system
    info.CRC = original.CRC
    info.compress_size = original.compress_size
    info.file_size = original.file_size
    info.flag_bits = original.flag_bits & 0x800      # keep UTF-8 names; no data descriptor: sizes are known
    info.header_offset = archive.fp.tell()  # type: ignore[union-attr]
    archive.fp.write(info.FileHeader(zip64=False))  # type: ignore[union-attr]
    archive.fp.write(stored)  # type: ignore[union-attr]
    archive.filelist.append(info)
    archive.NameToInfo[info.filename] = info
    archive.start_dir = archive.fp.tell()  # type: ignore[union-attr]
    archive._didModify = True  # type: ignore[attr-defined]


def _normalise_tags(text: str) -> str:
    """Straight quotes for Word's typographic ones inside tags, as docxtpl does for “ ” ‘ ’ (and here for „ « » too)."""
    return re.sub(r"(?<=\{[\{%])(.*?)(?=[\}%]\})", lambda m: m.group(0).translate(_QUOTES), text)


def _unique(problems: Iterable[TemplateProblem]) -> list[TemplateProblem]:
    seen: set[tuple[str, str]] = set()
    found = []
    for p in problems:
        if (p.message, p.where) not in seen:
            seen.add((p.message, p.where))
            found.append(p)
    return found


def _late_problem(exc: Exception, source: str, label: str) -> TemplateProblem:
    lineno = getattr(exc, "lineno", None)
    lines = source.splitlines()
    near = ""
    if lineno and 0 < lineno <= len(lines):
        near = _clip(re.sub(r"<[^>]+>", "", lines[lineno - 1]))
    where = f"{label + ', ' if label else ''}near “{near}”" if near else (label or "the document")
    return TemplateProblem(f"Broken template syntax: {getattr(exc, 'message', None) or exc}", where)


def _clip(text: str, at: int | None = None, width: int = 70) -> str:
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    centre = len(text) // 2 if at is None else at
    start = max(0, min(centre - width // 2, len(text) - width))
    return ("…" if start else "") + text[start:start + width] + ("…" if start + width < len(text) else "")


def _scan_part(root: Any, label: str, problems: list[TemplateProblem]) -> list[_Tag]:
    """The tags of a part in document order, each with its place; problems seen at the text level."""
    tables = list(root.iter(f"{_W}tbl"))    # holding the elements keeps lxml's proxies, so index() finds them
    top = 0
    foreign = 0
    tags: list[_Tag] = []
    prefix = f"{label}, " if label else ""
    for p in root.iter(f"{_W}p"):
        place, in_table = _paragraph_place(p, tables)
        if place is None:
            top += 1
            place = f"paragraph {top}"
        pieces = [t for t in p.iter(f"{_W}t") if _nearest_paragraph(t) is p]
        text = "".join(t.text or "" for t in pieces)
        where_base = f"{prefix}{place}"
        for m in _TAG.finditer(text):
            raw = m.group(0)
            tags.append(_Tag(raw.translate(_QUOTES), raw, f"{where_base}: “{_clip(text, m.start())}”", in_table))
            if len(_containers(pieces, m.start(), m.end())) > 1:
                problems.append(TemplateProblem(
                    f"'{raw}' is split across a link, field, comment or tracked change, which cannot be joined: "
                    "delete it and type it again in one go (accept tracked changes first).",
                    f"{where_base}: “{_clip(text, m.start())}”"))
            if _CURLY.search(raw) and not raw.startswith("{#"):
                problems.append(TemplateProblem(
                    f"Word's curly quotes in '{raw}' are read as straight quotes (\" and '); nothing to do, "
                    "or switch off smart quotes in Word.", f"{where_base}: “{_clip(text, m.start())}”", "warning"))
        rest = _TAG.sub(lambda m: " " * len(m.group(0)), text)
        opened = _OPENERS.search(rest)
        if opened:
            problems.append(TemplateProblem(
                f"'{_clip(rest[opened.start():], 0, 40)}' is not closed in this paragraph: a placeholder must start "
                "and end in the same paragraph (retype it on one line, without pressing Enter inside it).",
                f"{where_base}: “{_clip(text, opened.start())}”"))
        for m in _FOREIGN.finditer(text):
            foreign += 1
            if foreign == 1:   # one message says it; the count says how much of it there is
                problems.append(TemplateProblem(
                    f"'+++{_clip(m.group(1), 0, 40)}+++' is a command of another template program (docx-templates); "
                    "write placeholders as {{ company.name }}.", f"{where_base}: “{_clip(text, m.start())}”"))
        instr = " ".join([*(i.text or "" for i in p.iter(f"{_W}instrText")),
                          *(f.get(f"{_W}instr") or "" for f in p.iter(f"{_W}fldSimple"))])
        merge = re.search(r"MERGEFIELD\s+\"?([^\s\"\\]+)", instr)
        if merge:
            problems.append(TemplateProblem(
                f"The mail-merge field «{merge.group(1)}» is not filled by crm-desktop; replace it with a placeholder "
                "such as {{ company.name }}.", f"{where_base}: “{_clip(text)}”"))
    if foreign > 1:
        problems.append(TemplateProblem(f"The {label or 'document'} holds {foreign} such '+++ … +++' commands in "
                                        "all; none of them is filled here.", label or "the document"))
    return tags


def _containers(pieces: Sequence[Any], start: int, end: int) -> set[Any]:
    """The elements holding the runs of text[start:end]: docxtpl joins the runs of a tag only when they are siblings
    (it deletes what lies between them, and would cut a hyperlink or a tracked change in half)."""
    found: set[Any] = set()
    offset = 0
    for t in pieces:
        length = len(t.text or "")
        if offset < end and offset + length > start:
            run = t.getparent()
            found.add(run.getparent() if run is not None and run.tag == f"{_W}r" else run)
        offset += length
    return found


def _nearest_paragraph(element: Any) -> Any:
    node = element.getparent()
    while node is not None and node.tag != f"{_W}p":
        node = node.getparent()
    return node


def _paragraph_place(p: Any, tables: Sequence[Any]) -> tuple[str | None, bool]:
    node = p.getparent()
    cell = row = None
    while node is not None:
        if node.tag == f"{_W}txbxContent":
            return "text box", False
        if node.tag == f"{_W}tc" and cell is None:
            cell = node
        elif node.tag == f"{_W}tr" and row is None:
            row = node
        elif node.tag == f"{_W}tbl" and cell is not None and row is not None:
            rows = [r for r in node if r.tag == f"{_W}tr"]
            cells = [c for c in row if c.tag == f"{_W}tc"]
            return f"table {tables.index(node) + 1}, row {rows.index(row) + 1}, cell {cells.index(cell) + 1}", True
        node = node.getparent()
    return None, False


class _Checker:
    """The static check of a template's tags: syntax, structure, names, and what reaches outside the document."""

    def __init__(self) -> None:
        self.problems: list[TemplateProblem] = []
        self.placeholders: set[str] = set()
        self.required: set[str] = set()
        self.fields_used: set[str] = set()
        self._reported: set[str] = set()

    def _problem(self, message: str, where: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(TemplateProblem(message, where))

    # -- per tag, in document order, with the blocks open at each tag --

    def check_part(self, tags: Sequence[_Tag]) -> None:
        stack: list[_Frame] = []
        names: dict[str, str] = {}
        raw_until: _Frame | None = None
        for tag in tags:
            inner = tag.text[2:-2]
            if raw_until is not None:
                if tag.text.startswith("{%") and inner.strip(" -+") == "endraw":
                    stack.pop()
                    raw_until = None
                continue
            if tag.text.startswith("{#"):
                continue
            inner = re.sub(r"^[-+]|[-+]$", "", inner)
            prefix = ""
            found = _ROW_PREFIX.match(inner)
            if found:
                prefix, inner = found.group(1), inner[found.end():]
                if tag.text.startswith("{{"):
                    self._problem(f"'{tag.raw}': rich-text and sub-document placeholders ({{{{{prefix} …}}}}) are "
                                  "not supported; write {{ name }}.", tag.where)
                    continue
                if prefix in ("tr", "tc") and not tag.in_table:
                    self._problem(f"'{tag.raw}' must stand in a table {'row' if prefix == 'tr' else 'cell'} of its "
                                  "own.", tag.where)
                    continue
            if tag.text.startswith("{{"):
                self._expression(inner, tag, stack, names)
            else:
                frame = self._statement(inner, prefix, tag, stack, names)
                if frame is not None and frame.keyword == "raw":
                    raw_until = frame
        for frame in stack:
            end = _BLOCKS[frame.keyword]
            opener = "{%" + (frame.prefix + " " if frame.prefix else " ")
            self._problem(f"'{frame.tag.raw}' is never closed: add '{opener}{end} %}}' after it.", frame.tag.where)
            self._close(frame, stack[:stack.index(frame)])

    def _scope(self, stack: Sequence[_Frame], names: Mapping[str, str]) -> dict[str, str]:
        scope = dict(names)
        for frame in stack:
            scope.update(frame.names)
        return scope

    @staticmethod
    def _guards(stack: Sequence[_Frame]) -> frozenset[str]:
        found: set[str] = set()
        for frame in stack:
            found |= frame.guards
        return frozenset(found)

    def _parse(self, source: str, tag: _Tag) -> Any:
        from jinja2 import TemplateSyntaxError

        try:
            return _environment().parse(source)
        except TemplateSyntaxError as exc:
            self._problem(f"Broken syntax in '{tag.raw}': {exc.message}.", tag.where)
            return None

    def _expression(self, inner: str, tag: _Tag, stack: list[_Frame], names: dict[str, str]) -> None:
        tree = self._parse("{{" + inner + "}}", tag)
        if tree is not None:
            self._walk(tree, self._scope(stack, names), _Use(tag.where, self._guards(stack)))

    def _statement(self, inner: str, prefix: str, tag: _Tag, stack: list[_Frame],
                   names: dict[str, str]) -> _Frame | None:
        found = re.match(r"\s*(\w+)(.*)$", inner, re.S)
        if found is None:
            self._problem(f"'{tag.raw}' is empty or broken: a tag reads {{% if … %}}, {{% for … %}} or "
                          "{% endif %}.", tag.where)
            return None
        keyword, rest = found.group(1), found.group(2).strip()
        if keyword in _FORBIDDEN_STATEMENTS:
            self._problem(f"'{tag.raw}' is not allowed: {_FORBIDDEN_STATEMENTS[keyword]}.", tag.where)
            return None
        if keyword in ("vm", "hm") and not rest:
            return None     # docxtpl's merged table cells
        if keyword in ("cellbg", "colspan"):
            self._expression(rest, tag, stack, names)
            return None
        scope = self._scope(stack, names)
        guards = self._guards(stack)
        if keyword in _ENDS:
            self._end(keyword, prefix, rest, tag, stack)
            return None
        if keyword in ("elif", "else"):
            top = stack[-1] if stack else None
            if top is None or top.keyword not in (("if",) if keyword == "elif" else ("if", "for")):
                self._problem(f"'{tag.raw}' stands outside any {{% if %}}"
                              f"{'' if keyword == 'elif' else ' or {% for %}'}.", tag.where)
                return None
            if keyword == "else":
                if rest:
                    self._problem(f"Broken syntax in '{tag.raw}': nothing may follow 'else'.", tag.where)
                top.has_else = True
                return None
            tree = self._parse("{% if true %}{% elif " + rest + " %}{% endif %}", tag)
            if tree is not None:
                use = _Use(tag.where, guards, in_test=True, found=set())
                self._walk(tree.body[0].elif_[0].test, scope, use)
                top.guards |= use.found or set()
            return None
        frame = _Frame(keyword, prefix, tag)
        if keyword == "if":
            tree = self._parse("{% if " + rest + " %}{% endif %}", tag)
            if tree is not None:
                use = _Use(tag.where, guards, in_test=True, found=set())
                self._walk(tree.body[0].test, scope, use)
                frame.guards = use.found or set()
        elif keyword == "for":
            tree = self._parse("{% for " + rest + " %}{% endfor %}", tag)
            if tree is not None:
                loop = tree.body[0]
                if loop.recursive:
                    self._problem(f"'{tag.raw}': recursive loops are not allowed in templates.", tag.where)
                use = _Use(tag.where, guards, pending=set())
                self._walk(loop.iter, scope, use)
                if loop.test is not None:
                    self._walk(loop.test, scope, _Use(tag.where, guards))
                frame.pending = use.pending or set()
                frame.guards = set(frame.pending)
                kind = "line" if _iterates_lines(loop.iter, scope) else "any"
                frame.names = {n: kind for n in _target_names(loop.target)} | {"loop": "loop"}
        elif keyword == "set":
            # `{% set x = … %}` stands alone; `{% set x %}…{% endset %}` is a block.
            tree = self._parse("{% set " + rest + " %}" + ("" if _is_assignment(rest) else "{% endset %}"), tag)
            if tree is None:
                return None
            node = tree.body[0]
            if _is_assignment(rest):
                self._walk(node.node, scope, _Use(tag.where, guards))
            elif node.filter is not None:
                self._walk(node.filter, scope, _Use(tag.where, guards))
            holder = next((f.names for f in reversed(stack) if f.keyword in ("for", "with")), names)
            holder.update({n: "any" for n in _target_names(node.target)})
            if _is_assignment(rest):
                return None
        elif keyword == "with":
            tree = self._parse("{% with " + rest + " %}{% endwith %}", tag)
            if tree is not None:
                for value in tree.body[0].values:
                    self._walk(value, scope, _Use(tag.where, guards))
                frame.names = {n: "any" for t in tree.body[0].targets for n in _target_names(t)}
        elif keyword == "filter":
            tree = self._parse("{% filter " + rest + " %}{% endfilter %}", tag)
            if tree is not None:
                self._walk(tree.body[0].filter, scope, _Use(tag.where, guards))
        elif keyword == "raw":
            if rest:
                self._problem(f"Broken syntax in '{tag.raw}': nothing may follow 'raw'.", tag.where)
        else:
            self._problem(f"'{tag.raw}' is not a template command: tags are if, elif, else, for, set, with and filter "
                          "with their end tags (endif, endfor…).", tag.where)
            return None
        frame.guards |= guards
        stack.append(frame)
        return frame

    def _end(self, keyword: str, prefix: str, rest: str, tag: _Tag, stack: list[_Frame]) -> None:
        start = _ENDS[keyword]
        if rest:
            self._problem(f"Broken syntax in '{tag.raw}': nothing may follow '{keyword}'.", tag.where)
        if not stack:
            self._problem(f"'{tag.raw}' closes nothing: there is no open {{% {start} %}} before it.", tag.where)
            return
        top = stack[-1]
        if top.keyword != start:
            self._problem(f"'{tag.raw}' cannot close '{top.tag.raw}' ({top.tag.where}); close that one with "
                          f"'{{% {_BLOCKS[top.keyword]} %}}' first.", tag.where)
            if not any(f.keyword == start for f in stack):
                return
            while stack and stack[-1].keyword != start:
                stack.pop()
            top = stack[-1]
        if {top.prefix, prefix} & {"tr", "tc"} and top.prefix != prefix:
            want = "{%" + (top.prefix + " " if top.prefix else " ") + keyword + " %}"
            self._problem(f"'{tag.raw}' closes '{top.tag.raw}', which needs '{want}' in a table "
                          f"{'row' if 'tr' in (top.prefix, prefix) else 'cell'} of its own.", tag.where)
        stack.pop()
        self._close(top, stack)

    def _close(self, frame: _Frame, outer: Sequence[_Frame]) -> None:
        if frame.keyword == "for" and not frame.has_else:
            self.required |= frame.pending - self._guards(outer)

    # -- expressions --

    def _walk(self, node: Any, scope: Mapping[str, str], use: _Use) -> None:
        from jinja2 import nodes

        if isinstance(node, nodes.Getattr | nodes.Getitem | nodes.Name):
            base, parts, others = _chain(node)
            if isinstance(base, nodes.Name):
                if base.ctx == "load":
                    self._name(base.name, parts, scope, use)
            else:
                self._underscores(parts, use)
                self._walk(base, scope, use)
            for other in others:
                self._walk(other, scope, replace(use, in_test=False) if use.in_test else use)
            return
        if not use.optional and (isinstance(node, nodes.Or | nodes.CondExpr) or (
                isinstance(node, nodes.Filter) and node.name in ("default", "d"))):
            # `company.legal_name or person.full_name` asks for one of them, not for both.
            use = replace(use, optional=True)
        if isinstance(node, nodes.Call):
            self._call(node, scope, use)
        elif isinstance(node, nodes.Filter | nodes.Test):
            kind = "filter" if isinstance(node, nodes.Filter) else "test"
            if kind == "filter" and node.name not in ALLOWED_FILTERS:
                self._once(f"filter:{node.name}:{use.where}",
                           f"The filter '{node.name}' is not available in templates (allowed: "
                           f"{', '.join(sorted(ALLOWED_FILTERS))}).", use.where)
        elif isinstance(node, nodes.Mul | nodes.Pow):
            left, right = node.left, node.right
            if isinstance(left, nodes.Const) and isinstance(right, nodes.Const):
                with contextlib.suppress(TypeError, ValueError, OverflowError):
                    self._constant_size(left.value, right.value, isinstance(node, nodes.Pow), use)
        elif isinstance(node, nodes.Import | nodes.FromImport | nodes.Include | nodes.Extends | nodes.Macro
                        | nodes.CallBlock | nodes.Block | nodes.ScopedEvalContextModifier):
            self._once(f"node:{type(node).__name__}:{use.where}",
                       f"'{type(node).__name__.lower()}' is not allowed in templates.", use.where)
            return
        for child in node.iter_child_nodes():
            self._walk(child, scope, use)

    def _constant_size(self, left: Any, right: Any, power: bool, use: _Use) -> None:
        if power:
            if isinstance(right, int | float) and abs(right) > 64:
                self._problem("Powers above 64 are not allowed in templates.", use.where)
            return
        for seq, times in ((left, right), (right, left)):
            if isinstance(seq, str | list | tuple) and isinstance(times, int) and len(seq) * times > MAX_TEXT:
                self._problem(f"The template builds a text of {len(seq) * times:,} characters; at most {MAX_TEXT:,} "
                              "are allowed.", use.where)

    def _call(self, node: Any, scope: Mapping[str, str], use: _Use) -> None:
        from jinja2 import nodes

        func = node.node
        base, parts, _others = _chain(func)
        if isinstance(base, nodes.Name) and base.name == "range" and not parts and scope.get("range") is None:
            values = [a.value for a in node.args if isinstance(a, nodes.Const)]
            if len(values) == len(node.args) and not node.kwargs and all(isinstance(v, int) for v in values):
                try:
                    size = len(range(*values))
                except (TypeError, ValueError):
                    size = 0
                if size > MAX_LOOP_ITERATIONS:
                    self._problem(f"range() of {size:,} numbers: a loop of that size is not allowed; templates may "
                                  f"loop at most {MAX_LOOP_ITERATIONS:,} times.", use.where)
        elif isinstance(base, nodes.Name) and scope.get(base.name) == "loop" and parts in (["cycle"], ["changed"]):
            pass
        else:
            shown = _dotted(base, parts)
            self._once(f"call:{shown}:{use.where}",
                       f"Calling '{shown}()' is not allowed in templates; use filters such as "
                       f"{{{{ {shown.rsplit('.', 1)[0] if '.' in shown else 'value'}|upper }}}} instead.", use.where)
            self._underscores(parts, use)
            if not isinstance(base, nodes.Name):
                self._walk(base, scope, use)
        for child in [*node.args, *node.kwargs, node.dyn_args, node.dyn_kwargs]:
            if child is not None:
                self._walk(child, scope, use)

    def _once(self, key: str, message: str, where: str) -> None:
        if key not in self._reported:
            self._reported.add(key)
            self._problem(message, where)

    def _underscores(self, parts: Sequence[object], use: _Use) -> bool:
        bad = next((p for p in parts if isinstance(p, str) and p.startswith("_")), None)
        if bad is not None:
            self._problem(f"'{bad}': access to internals (names starting with '_') is not allowed in templates.",
                          use.where)
            return True
        return False

    def _name(self, name: str, parts: list[str | int], scope: Mapping[str, str], use: _Use) -> None:
        dotted = ".".join([name, *(str(p) for p in parts)])
        if self._underscores(parts, use) or name.startswith("_"):
            if name.startswith("_"):
                self._problem(f"'{name}': access to internals (names starting with '_') is not allowed in templates.",
                              use.where)
            return
        kind = scope.get(name)
        if kind == "any":
            return
        if kind == "loop":
            if parts and parts[0] not in _LOOP_ATTRS:
                self._unknown(dotted, use)
            return
        if kind == "line":
            if not parts:
                return
            if len(parts) == 1 and parts[0] in LINE_FIELDS:
                self.placeholders.add(f"lines.{parts[0]}")
            else:
                self._unknown(dotted, use)
            return
        if name == "lines":
            if not parts or (isinstance(parts[0], int) and (len(parts) == 1 or (len(parts) == 2
                                                                               and parts[1] in LINE_FIELDS))):
                self.placeholders.add("lines" if len(parts) < 2 else f"lines.{parts[1]}")
                self._use("lines", "lines", use)
            else:
                self._unknown(dotted, use)
            return
        group = CONTEXT_FIELDS.get(name)
        if group is not None:
            if not parts:
                self._use(name, name, use)
            elif len(parts) == 1 and parts[0] in group:
                self.placeholders.add(dotted)
                self.fields_used.add(dotted)
                self._use(dotted, name, use)
            else:
                self._unknown(dotted, use)
            return
        if name == "range" and not parts:
            return
        self._unknown(dotted, use)

    def _use(self, dotted: str, group: str, use: _Use) -> None:
        field_name = dotted.split(".", 1)[1] if "." in dotted else ""
        guard = "lines" if group == "totals" else group
        if use.in_test:
            if use.found is not None:
                use.found.add(guard)
            return
        need: str | None = group if group in ("company", "person", "deal", "lines") else None
        if group == "totals" and field_name not in ("count", "currency", ""):
            need = "lines"
        if need is None or need in use.guards or use.optional:
            return
        if use.pending is not None:
            use.pending.add(need)
        else:
            self.required.add(need)

    def _unknown(self, dotted: str, use: _Use) -> None:
        close = difflib.get_close_matches(dotted, KNOWN_PLACEHOLDERS, n=1, cutoff=0.75)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        self._once(f"unknown:{dotted}:{use.where}", f"Unknown placeholder '{dotted}'{hint}.", use.where)

    # -- the whole part, as docxtpl will render it: what the tag-by-tag check could not see --

    def check_whole(self, tree: Any, label: str) -> list[TemplateProblem]:
        from jinja2 import meta, nodes

        before = len(self.problems)
        where = label or "the document"
        known = {*CONTEXT_FIELDS, "lines", "range", "loop"}
        for name in sorted(meta.find_undeclared_variables(tree) - known):
            if not any(f"'{name}" in p.message for p in self.problems):
                self._unknown(name, _Use(where, frozenset()))
        for node in tree.find_all((nodes.Import, nodes.FromImport, nodes.Include, nodes.Extends, nodes.Macro,
                                   nodes.CallBlock, nodes.ScopedEvalContextModifier)):
            self._once(f"node:{type(node).__name__}:{where}",
                       f"'{type(node).__name__.lower()}' is not allowed in templates.", where)
        for node in tree.find_all(nodes.Filter):
            if node.name not in ALLOWED_FILTERS | {"crm_loop", "crm_text"}:
                self._once(f"filter:{node.name}:{where}",
                           f"The filter '{node.name}' is not available in templates.", where)
        for node in tree.find_all((nodes.Getattr, nodes.Getitem)):
            attr = node.attr if isinstance(node, nodes.Getattr) else getattr(node.arg, "value", None)
            if isinstance(attr, str) and attr.startswith("_"):
                self._once(f"attr:{attr}:{where}", f"'{attr}': access to internals is not allowed in templates.",
                           where)
        found = self.problems[before:]
        del self.problems[before:]
        return found


def _is_assignment(rest: str) -> bool:
    """`x = 1` or `a, b = …` (an assignment), not `x` or `x | upper` (a block set)."""
    return re.match(r"[\w\s,()]+=(?!=)", rest) is not None


def _chain(node: Any) -> tuple[Any, list[str | int], list[Any]]:
    """`a.b['c'][x]` -> (Name a, ['b', 'c'], [x]): the base, the constant attributes, the other subscripts."""
    from jinja2 import nodes

    parts: list[str | int] = []
    others: list[Any] = []
    while True:
        if isinstance(node, nodes.Getattr):
            parts.append(node.attr)
            node = node.node
        elif isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const) \
                and isinstance(node.arg.value, str | int) and not isinstance(node.arg.value, bool):
            parts.append(node.arg.value)
            node = node.node
        elif isinstance(node, nodes.Getitem):
            others.append(node.arg)
            parts.clear()          # a computed subscript: what follows cannot be checked by name
            node = node.node
        else:
            break
    return node, parts[::-1], others


def _dotted(base: Any, parts: Sequence[object]) -> str:
    from jinja2 import nodes

    head = base.name if isinstance(base, nodes.Name) else "…"
    return ".".join([head, *(str(p) for p in parts)])


def _target_names(target: Any) -> list[str]:
    from jinja2 import nodes

    if isinstance(target, nodes.Name):
        return [target.name]
    if isinstance(target, nodes.Tuple):
        return [n for item in target.items for n in _target_names(item)]
    return []


def _iterates_lines(node: Any, scope: Mapping[str, str]) -> bool:
    from jinja2 import nodes

    keeps_lines = ("reverse", "sort", "list", "unique", "selectattr", "rejectattr", "select", "reject")
    while (isinstance(node, nodes.Filter) and node.name in keeps_lines) \
            or (isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Slice)):
        node = node.node
    return isinstance(node, nodes.Name) and node.name == "lines" and "lines" not in scope


# ---- the data of a record --------------------------------------------------------------------------------------

class _Group(dict[str, Any]):
    """A group of the context (company, person…): false in `{% if company %}` when the record has none."""

    def __init__(self, values: Mapping[str, Any], present: bool) -> None:
        super().__init__(values)
        self._present = present

    def __bool__(self) -> bool:
        return self._present


@dataclass(frozen=True)
class _LineData:
    line: DealLineInput
    sku: str


@dataclass(frozen=True)
class _Record:
    """What one document is made from, read in one session."""

    kind: str
    id: int
    deal: dict[str, Any] | None
    company: dict[str, Any] | None
    person: dict[str, Any] | None
    lines: tuple[_LineData, ...]
    manager: dict[str, str]
    deal_id: int | None
    company_id: int | None
    person_id: int | None
    language: str | None          # the person's

    @property
    def party(self) -> str:
        if self.company:
            return str(self.company["name"])
        if self.person:
            return str(self.person["full_name_plain"])
        return str(self.deal["title"]) if self.deal else ""


def _load_record(s: Session, kind: str, record_id: int, user_id: int | None) -> _Record:
    deal = company = person = None
    if kind == "deal":
        deal = s.get(Deal, record_id)
        if deal is None or deal.deleted_at is not None:
            raise NotFoundError("The deal no longer exists; it may have been deleted.")
        if deal.company_id is not None:
            company = s.get(Company, deal.company_id)
        if deal.person_id is not None:
            person = s.get(Person, deal.person_id)
    elif kind == "company":
        company = s.get(Company, record_id)
        if company is None or company.deleted_at is not None:
            raise NotFoundError("The company no longer exists; it may have been deleted.")
    elif kind == "person":
        person = s.get(Person, record_id)
        if person is None or person.deleted_at is not None:
            raise NotFoundError("The contact no longer exists; it may have been deleted.")
        if person.company_id is not None:
            company = s.get(Company, person.company_id)
    else:
        raise ValidationError(f"'{kind}' is not something a document is made for; use deal, company or person.")
    if company is not None and company.deleted_at is not None:
        company = None
    if person is not None and person.deleted_at is not None:
        person = None
    lines: list[_LineData] = []
    deal_data = None
    if deal is not None:
        rows = s.execute(select(DealLine, Product.sku).outerjoin(Product, Product.id == DealLine.product_id)
                         .where(DealLine.deal_id == deal.id).order_by(DealLine.position, DealLine.id)
                         .limit(MAX_LINES + 1)).all()
        if len(rows) > MAX_LINES:
            raise ValidationError(f"The deal '{deal.title}' has more than {MAX_LINES} product lines; a document "
                                  f"lists at most {MAX_LINES}.")
        lines = [_LineData(DealLineInput(name=x.name, quantity=x.quantity, price=x.price, discount_pct=x.discount_pct,
                                         vat_rate=x.vat_rate, unit=x.unit, product_id=x.product_id), sku or "")
                 for x, sku in rows]
        stage = s.get(Stage, deal.stage_id)
        deal_data = {"title": deal.title, "stage": stage.name if stage is not None else "", "amount": deal.amount,
                     "currency": deal.currency, "expected_close": deal.expected_close_on, "created": deal.created_at}
    channels = _channels(s, person.id if person else None, company.id if company else None)
    company_data = None
    if company is not None:
        company_data = {f: getattr(company, f) or "" for f in (
            "name", "legal_name", "tax_id", "registration_no", "legal_address", "postal_address", "city", "country",
            "website", "bank_details")}
        company_data["phone"] = channels.get(("company", "phone"), "")
        company_data["email"] = channels.get(("company", "email"), "")
    person_data = None
    if person is not None:
        person_data = {"first_name": person.first_name or "", "last_name": person.last_name or "",
                       "middle_name": person.middle_name or "", "position": person.position or "",
                       "phone": channels.get(("person", "phone"), ""), "email": channels.get(("person", "email"), ""),
                       "full_name_plain": " ".join(p for p in (person.first_name, person.last_name) if p)}
    owner_id = (deal.owner_id if deal is not None else None) or user_id
    owner = s.get(User, owner_id) if owner_id is not None else None
    manager = {"full_name": (owner.full_name or owner.login) if owner else "", "email": (owner.email or "") if owner
               else "", "phone": ""}
    return _Record(kind, record_id, deal_data, company_data, person_data, tuple(lines), manager,
                   deal.id if deal else None, company.id if company else None, person.id if person else None,
                   person.language if person is not None else None)


def _channels(s: Session, person_id: int | None, company_id: int | None) -> dict[tuple[str, str], str]:
    """('person'|'company', kind) -> the primary value, else the first."""
    found: dict[tuple[str, str], str] = {}
    for owner, column, value in (("person", ContactChannel.person_id, person_id),
                                 ("company", ContactChannel.company_id, company_id)):
        if value is None:
            continue
        for kind, text in s.execute(select(ContactChannel.kind, ContactChannel.value).where(column == value)
                                    .order_by(ContactChannel.is_primary.desc(), ContactChannel.position,
                                              ContactChannel.id)):
            found.setdefault((owner, kind), text)
    return found


def _local_date(moment: datetime) -> date:
    return moment.replace(tzinfo=UTC).astimezone().date()


def _context(record: _Record, seller: SellerInfo, lang: str, number: str, title: str, today: date) -> dict[str, Any]:
    """The template's context: every value a formatted string, "" when missing; see CONTEXT_FIELDS."""
    company = record.company or {}
    person = record.person or {}
    deal = record.deal or {}
    currency = str(deal.get("currency") or "")
    first, middle, last = person.get("first_name", ""), person.get("middle_name", ""), person.get("last_name", "")
    # A Russian business document names a person surname first and greets with name and patronymic.
    order = (last, first, middle) if lang == "ru" else (first, middle, last)
    greeting = " ".join(p for p in ((first, middle) if lang == "ru" else (first,)) if p)
    full_name = " ".join(p for p in order if p)
    inputs = [x.line for x in record.lines]
    totals = line_totals(inputs) if inputs else None
    lines = []
    for n, item in enumerate(record.lines, 1):
        amounts = line_totals([item.line])
        lines.append({
            "n": _digits(str(n), lang), "name": item.line.name, "sku": item.sku, "unit": item.line.unit,
            "quantity": format_quantity(item.line.quantity, lang), "price": format_money(item.line.price, lang),
            "discount": format_percent(item.line.discount_pct, lang) if item.line.discount_pct else "",
            "net": format_money(amounts.net, lang), "vat_rate": format_percent(item.line.vat_rate, lang),
            "vat": format_money(amounts.vat, lang), "total": format_money(amounts.gross, lang)})
    expected = deal.get("expected_close")
    created = deal.get("created")
    return {
        "doc": _Group({"number": number, "date": format_long_date(today, lang), "title": title, "language": lang},
                      True),
        "seller": _Group({f.name: getattr(seller, f.name) for f in fields(SellerInfo)}, bool(seller.name)),
        "company": _Group({
            **{k: str(company.get(k, "")) for k in ("name", "legal_name", "tax_id", "registration_no",
                                                    "legal_address", "postal_address", "city", "website", "phone",
                                                    "email", "bank_details")},
            "address": str(company.get("legal_address") or company.get("postal_address") or ""),
            "country": _country_name(company.get("country"), lang)}, record.company is not None),
        "person": _Group({"full_name": full_name, "first_name": first, "last_name": last, "middle_name": middle,
                          "position": person.get("position", ""), "email": person.get("email", ""),
                          "phone": person.get("phone", ""), "greeting_name": greeting or full_name},
                         record.person is not None),
        "deal": _Group({"title": str(deal.get("title", "")), "stage": str(deal.get("stage", "")),
                        "amount": format_money(deal["amount"], lang) if record.deal else "", "currency": currency,
                        "expected_close": format_long_date(expected, lang) if expected else "",
                        "created": format_long_date(_local_date(created), lang) if created else ""},
                       record.deal is not None),
        "lines": lines,
        "totals": _Group({
            "net": format_money(totals.net, lang) if totals else "",
            "discount": format_money(totals.discount, lang) if totals else "",
            "vat": format_money(totals.vat, lang) if totals else "",
            "gross": format_money(totals.gross, lang) if totals else "",
            "gross_in_words": amount_in_words(totals.gross, currency, lang) if totals else "",
            "currency": currency, "count": len(lines)}, totals is not None),
        "manager": _Group(dict(record.manager), bool(record.manager.get("full_name"))),
    }


_FIELD_WORDS = {"legal_name": "legal name", "tax_id": "tax id", "registration_no": "registration number",
                "legal_address": "legal address", "postal_address": "postal address", "bank_details": "bank details",
                "full_name": "name", "first_name": "first name", "last_name": "last name",
                "middle_name": "middle name", "greeting_name": "name", "expected_close": "expected closing date"}


def _missing(compiled: _Compiled, record: _Record, seller: SellerInfo) -> tuple[list[str], list[str]]:
    """(what stops the document, what stays empty) for this template and record, as sentences."""
    blocking: list[str] = []
    used = sorted(compiled.fields_used)

    def listed(group: str) -> str:
        names = [u for u in used if u.startswith(group + ".")]
        return f" ({', '.join(names[:4])}{'…' if len(names) > 4 else ''})" if names else ""

    deal_title = record.deal["title"] if record.deal else ""
    if "deal" in compiled.required and record.deal is None:
        blocking.append(f"The template uses deal details{listed('deal')}, which only a deal has: generate it from a "
                        "deal.")
    if "company" in compiled.required and record.company is None:
        if record.kind == "deal":
            blocking.append(f"The deal '{deal_title}' has no company, and the template uses company "
                            f"details{listed('company')}.")
        else:
            blocking.append(f"{record.party or 'This contact'} works for no company, and the template uses company "
                            f"details{listed('company')}.")
    if "person" in compiled.required and record.person is None:
        if record.kind == "deal":
            blocking.append(f"The deal '{deal_title}' has no contact person, and the template uses the person's "
                            f"details{listed('person')}.")
        else:
            blocking.append(f"A document for a company has no contact person, and the template uses the person's "
                            f"details{listed('person')}: generate it from the person's card or from a deal.")
    if "lines" in compiled.required and not record.lines:
        if record.kind == "deal":
            blocking.append(f"The deal '{deal_title}' has no product lines, and the template lists them with their "
                            "totals.")
        else:
            blocking.append("The template lists product lines, which only a deal has: generate it from a deal with "
                            "product lines.")
    notes: list[str] = []
    for group, values, who in (("company", record.company, record.company and record.company["name"]),
                               ("person", record.person, record.person and record.person["full_name_plain"])):
        if values is None:
            continue
        empty = []
        for name in (u.split(".", 1)[1] for u in used if u.startswith(group + ".")):
            if name == "address":
                value = values.get("legal_address") or values.get("postal_address")
            elif name == "full_name" or name == "greeting_name":
                value = values.get("full_name_plain")
            else:
                value = values.get(name)
            if not value:
                empty.append(name)
        if empty:
            notes.append(f"{who} has no {', '.join(_FIELD_WORDS.get(e, e) for e in empty)}: "
                         f"{', '.join(f'{group}.{e}' for e in empty)} will be empty.")
    seller_empty = [u for u in used if u.startswith("seller.") and not getattr(seller, u.split(".", 1)[1])]
    if seller_empty:
        notes.append(f"Your company's details are incomplete ({', '.join(seller_empty)} will be empty): fill them in "
                     "under Tools › Templates › Your company.")
    return blocking, notes


# ---- files -----------------------------------------------------------------------------------------------------

def _write_atomically(target: Path, data: bytes) -> None:
    """Write under a temporary name in the same folder, flush to the disk, rename: never a half-written file."""
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=".crm-", suffix=".part", dir=folder)
    except OSError as exc:
        raise ValidationError(f"The folder '{folder}' cannot be written to ({exc.strerror or exc}). Choose another "
                              "folder; nothing was saved.") from None
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ValidationError(f"'{target.name}' could not be written in '{folder}' ({exc.strerror or exc}). "
                              "Nothing was saved.") from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _safe_file_name(text: str) -> str:
    return _UNSAFE_FILE_CHARS.sub("_", " ".join(text.split())).strip(" .")[:120] or "document"


def _unique_path(folder: Path, stem: str, taken: set[Path]) -> Path:
    candidate = folder / f"{stem}.docx"
    n = 2
    while candidate.exists() or candidate in taken:
        candidate = folder / f"{stem} ({n}).docx"
        n += 1
    return candidate


_WRITTEN = "documents.written"   # Session.info key: files written in the session's open transaction


def _write_in_transaction(s: Session, target: Path, data: bytes) -> None:
    """Write the file before the commit; should the transaction roll back, the file goes too: no row, no file."""
    if _WRITTEN not in s.info:
        s.info[_WRITTEN] = []

        def remove(session: Session) -> None:
            for path in session.info.get(_WRITTEN, []):
                path.unlink(missing_ok=True)
            session.info[_WRITTEN] = []

        def keep(session: Session, transaction: Any) -> None:
            # after_commit also fires when a savepoint is released (the funnel's rule runs in one): only the end
            # of the outermost transaction settles the files; a rollback removed them just before.
            if transaction.parent is None:
                session.info[_WRITTEN] = []

        event.listen(s, "after_rollback", remove)
        event.listen(s, "after_transaction_end", keep)
    _write_atomically(target, data)
    s.info[_WRITTEN].append(target)


def _render(compiled: _Compiled, context: dict[str, Any], name: str) -> bytes:
    """The filled .docx; a rendering refused by the sandbox is a TemplateError."""
    from jinja2 import TemplateError as JinjaError

    if compiled.errors:
        raise _template_error(name, compiled.errors)
    budget = _Budget(MAX_LOOP_ITERATIONS)
    token = _BUDGET.set(budget)
    try:
        if compiled.package is not None:
            return _render_package(compiled, context)
        template = _docx_class()(compiled)
        template.render(context)
        return _to_bytes(template)
    except TemplateError:
        raise
    except (JinjaError, TypeError, ValueError, ArithmeticError, LookupError, AttributeError) as exc:
        # Filters on bad values (int('x')), the sandbox's bounds, and docxtpl's table fixing on unusual tables.
        message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        raise TemplateError(f"The template '{name}' could not be filled: {message}",
                            [TemplateProblem(message, "while filling the document")]) from None
    finally:
        _BUDGET.reset(token)


def _to_bytes(rendered: Any) -> bytes:
    buffer = io.BytesIO()
    rendered.save(buffer)
    return buffer.getvalue()


def _template_error(name: str, problems: Sequence[TemplateProblem]) -> TemplateError:
    errors = [p for p in problems if p.severity == "error"] or list(problems)
    shown = "; ".join(f"{p.message.rstrip('.')} ({p.where})" for p in errors[:5])
    more = f"; and {len(errors) - 5} more" if len(errors) > 5 else ""
    return TemplateError(f"The template '{name}' cannot be used: {shown}{more}.", problems)


def _combine(files: Sequence[bytes]) -> bytes:
    """One .docx of rendered copies of one template, a page break between them (no docxcompose needed).

    The copies come from the same template file, so their bodies refer to the same styles, numbering and
    relationships; drawing ids are renumbered so Word sees no duplicates.
    """
    from copy import deepcopy

    from docx import Document as load_docx
    from docx.enum.text import WD_BREAK

    documents = [load_docx(io.BytesIO(data)) for data in files]
    first = documents[0]
    body = first.element.body
    section = body[-1] if body[-1].tag == f"{_W}sectPr" else None
    next_id = 10_000
    for other in documents[1:]:
        breaker = first.add_paragraph().add_run()
        breaker.add_break(WD_BREAK.PAGE)
        para = breaker._r.getparent()
        if section is not None:
            body.remove(para)
            section.addprevious(para)
        for element in other.element.body:
            if element.tag == f"{_W}sectPr":
                continue
            copy = deepcopy(element)
            for drawing in copy.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
                                     "docPr"):
                drawing.set("id", str(next_id))
                next_id += 1
            if section is not None:
                section.addprevious(copy)
            else:
                body.append(copy)
    return _to_bytes(first)


# ---- the service -----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Job:
    template: TemplateInfo
    compiled: _Compiled
    record: _Record
    language: str
    kind: str                 # the numbering kind: the template's name


class _Generator:
    """Finding templates and generating inside a given session: shared by DocumentService and the funnel's rule."""

    def __init__(self, user_id: int | None, clock: Callable[[], datetime], documents_dir: Path | None,
                 templates_dir: Path | None) -> None:
        self.user_id = user_id
        self._clock = clock
        self.documents_dir = documents_dir or config.data_dir() / DOCUMENTS_DIR
        self.templates_dir = templates_dir or config.data_dir() / TEMPLATES_DIR

    @staticmethod
    def bundled_dir() -> Path:
        return config.resource_dir() / "templates"

    def _user_templates(self) -> list[Path]:
        try:
            return sorted((p for p in self.templates_dir.glob("*.docx") if p.is_file() and not p.name.startswith(".")),
                          key=lambda p: p.stem.casefold())
        except OSError:
            return []

    def _info(self, name: str, path: Path, bundled: bool, language: str | None) -> TemplateInfo:
        try:
            placeholders = _compiled(path).placeholders
        except ValidationError:
            placeholders = ()
        return TemplateInfo(name, path, bundled, language, placeholders)

    def resolve_template(self, name_or_path: str, language: str) -> TemplateInfo:
        """A bundled name (in `language`), a user template's name, or the path of a .docx."""
        text = (name_or_path or "").strip()
        if not text:
            raise ValidationError("Choose a template.")
        lang = _check_language(language)
        if text.casefold() in BUNDLED:
            name = text.casefold()
            path = self.bundled_dir() / lang / f"{name}.docx"
            if not path.is_file():
                raise NotFoundError(f"The bundled template '{name}' for the language '{lang}' is not installed "
                                    f"({path}).")
            return self._info(name, path, True, lang)
        for path in self._user_templates():
            if path.stem.casefold() == text.casefold():
                return self._info(path.stem, path, False, None)
        candidate = Path(text).expanduser()
        if candidate.suffix.lower() == ".docx" or os.sep in text or (os.altsep and os.altsep in text):
            if not candidate.is_file():
                raise NotFoundError(f"The template file '{candidate}' does not exist.")
            return self._info(candidate.stem, candidate.resolve(), False, None)
        names = [*BUNDLED, *(p.stem for p in self._user_templates())]
        raise NotFoundError(f"There is no template named '{text}'. Templates: {', '.join(names)}; or give the path "
                            "of a .docx file.")

    def _job(self, s: Session, template: str, kind: str, record_id: int, language: str | None) -> _Job:
        record = _load_record(s, kind, record_id, self.user_id)
        lang = _check_language(language) if language else self._language(record)
        info = self.resolve_template(template, lang)
        compiled = _compiled(info.path)
        if compiled.errors:
            raise _template_error(info.name, compiled.problems)
        blocking, _notes = _missing(compiled, record, _seller_in(s))
        if blocking:
            raise ValidationError(f"The {info.name} for {record.party or 'this record'} cannot be made: "
                                  + " ".join(blocking))
        return _Job(info, compiled, record, lang, _kind_of(info.name))

    def _generate_in(self, s: Session, template: str, kind: str, record_id: int, language: str | None,
                     out: Path | None, taken: set[Path], out_dir: Path | None = None) -> GeneratedDocument:
        """Everything inside the caller's transaction: number, render, file (renamed before the commit), rows."""
        job = self._job(s, template, kind, record_id, language)
        today = _local_date(self._clock())
        number = self._take_number(s, job, today)
        title = _title(job.template, job.language, number, job.record)
        data = _render(job.compiled, _context(job.record, _seller_in(s), job.language, number, title, today),
                       job.template.name)
        if out is None:
            stem = _safe_file_name(f"{number or title}-{today.isoformat()}")
            out = _unique_path(out_dir or self.documents_dir, stem, taken)
        out = Path(out).absolute()
        taken.add(out)
        document = self._record(s, job, number, title, out)
        _write_in_transaction(s, out, data)
        return GeneratedDocument(document, out, None, number or None, title)

    def _write_combined(self, s: Session, jobs: Sequence[_Job], out_dir: Path,
                        progress: Progress) -> list[GeneratedDocument]:
        today = _local_date(self._clock())
        first = jobs[0]
        if any(j.template.path != first.template.path for j in jobs):
            raise ValidationError("A combined file needs one template in one language for every record.")
        rendered = []
        made = []
        for done, job in enumerate(jobs):
            progress.step(done, len(jobs), "")
            number = self._take_number(s, job, today)
            title = _title(job.template, job.language, number, job.record)
            rendered.append(_render(job.compiled, _context(job.record, _seller_in(s), job.language, number, title,
                                                           today), job.template.name))
            made.append((job, number, title))
        label = _KIND_LABELS.get(first.language, {}).get(first.template.name, first.template.name) \
            if first.template.bundled else first.template.name
        out = _unique_path(out_dir, _safe_file_name(f"{label} ({len(jobs)})-{today.isoformat()}"), set()).absolute()
        data = _combine(rendered)
        results = [GeneratedDocument(self._record(s, job, number, title, out), out, None, number or None, title)
                   for job, number, title in made]
        _write_in_transaction(s, out, data)
        return results

    def _take_number(self, s: Session, job: _Job, today: date) -> str:
        """The next number of the kind, in the caller's transaction; the sequence only ever goes up."""
        patterns = _patterns_in(s)
        if not _numbered(job.kind, job.compiled, patterns):
            return ""
        pattern = _pattern_of(job.kind, patterns)
        year = today.year if "{year" in pattern else 0   # without the year in it, numbers run on across years
        sequence = s.get(NumberSequence, (job.kind, year))
        if sequence is None:
            sequence = NumberSequence(kind=job.kind, year=year, last_value=0)
            s.add(sequence)
        sequence.last_value = (sequence.last_value or 0) + 1
        number = _format_number(pattern, today.year, sequence.last_value)
        s.flush()
        if s.scalar(select(Document.id).where(Document.number == number)) is not None:
            raise ValidationError(f"The number {number} was already given to another document. Change the numbering "
                                  f"pattern of '{job.kind}' so that it cannot repeat (include {{year}} and {{n}}).")
        return number

    def _record(self, s: Session, job: _Job, number: str, title: str, out: Path) -> int:
        record = job.record
        document = Document(template=job.template.name[:200], number=number or None, title=title[:300],
                            language=job.language, file_path=str(out), deal_id=record.deal_id,
                            company_id=record.company_id, person_id=record.person_id, owner_id=self.user_id)
        s.add(document)
        s.flush()
        s.add(Activity(kind=ActivityKind.DOCUMENT.value, occurred_at=self._clock(), user_id=self.user_id,
                       deal_id=record.deal_id, company_id=record.company_id, person_id=record.person_id,
                       subject=title[:300], data={"document_id": document.id, "template": job.template.name,
                                                  "number": number or None, "file": str(out), "generated": True}))
        return document.id

    def _language(self, record: _Record) -> str:
        if record.language in config.LANGUAGES:
            return str(record.language)
        return config.AppConfig.load().effective_language


class DocumentService(_Generator):
    """Use cases of documents: templates, the seller's requisites, numbering, generation and PDF."""

    def __init__(self, db: Database, user_id: int | None = None, clock: Callable[[], datetime] = utcnow,
                 documents_dir: Path | None = None, templates_dir: Path | None = None) -> None:
        super().__init__(user_id, clock, documents_dir, templates_dir)
        self.db = db

    # ---- templates -------------------------------------------------------------------------------------------

    def list_templates(self, language: str | None = None) -> list[TemplateInfo]:
        """The bundled templates (of one language, or all) and the user's templates, bundled first."""
        found: list[TemplateInfo] = []
        for lang in (language,) if language else config.LANGUAGES:
            for name in BUNDLED:
                path = self.bundled_dir() / lang / f"{name}.docx"
                if path.is_file():
                    found.append(self._info(name, path, True, lang))
        for path in self._user_templates():
            found.append(self._info(path.stem, path, False, None))
        return found

    def validate_template(self, path: Path) -> list[TemplateProblem]:
        """[] when the template can be used; otherwise errors (refused) and warnings, each with where."""
        return list(_compiled(Path(path)).problems)

    def placeholders(self, path: Path) -> tuple[str, ...]:
        return _compiled(Path(path)).placeholders

    def add_template(self, source: Path, name: str | None = None) -> TemplateInfo:
        """Copy a checked .docx into the templates folder under `name` (default: the file's name)."""
        source = Path(source)
        name = _check_template_name(name if name is not None else source.stem)
        if any(p.stem.casefold() == name.casefold() for p in self._user_templates()):
            raise ValidationError(f"A template named '{name}' already exists; replace it instead, or choose another "
                                  "name.")
        return self._store(source, name)

    def replace_template(self, name: str, source: Path) -> TemplateInfo:
        existing = self._user_template(name)
        return self._store(Path(source), existing.stem, existing)

    def _store(self, source: Path, name: str, existing: Path | None = None) -> TemplateInfo:
        if source.suffix.lower() != ".docx":
            raise ValidationError(f"'{source.name}' is not a Word document (.docx); save it as .docx first.")
        compiled = _compiled(source)
        if compiled.errors:
            raise _template_error(source.name, compiled.problems)
        target = existing or self.templates_dir / f"{name}.docx"
        _write_atomically(target, compiled.source)
        return self._info(name, target, False, None)

    def rename_template(self, name: str, new_name: str) -> TemplateInfo:
        """Rename a user template; automation rules that generate it follow the new name."""
        path = self._user_template(name)
        new_name = _check_template_name(new_name)
        if new_name.casefold() != path.stem.casefold() and any(
                p.stem.casefold() == new_name.casefold() for p in self._user_templates()):
            raise ValidationError(f"A template named '{new_name}' already exists; choose another name.")
        target = path.with_name(f"{new_name}.docx")
        with self.db.session() as s:
            for rule in self._rules_using(s, path.stem):
                rule.params = {**rule.params, "template": new_name}
            try:
                os.replace(path, target)
            except OSError as exc:
                raise ValidationError(f"The template '{path.stem}' could not be renamed: {exc.strerror or exc}.") \
                    from None
        return self._info(new_name, target, False, None)

    def delete_template(self, name: str) -> None:
        """Delete a user template; refused while an automation rule generates it. Documents made from it stay."""
        path = self._user_template(name)
        with self.db.session(write=False) as s:
            names = ", ".join(f"'{stage.name}'" for r in self._rules_using(s, path.stem) if r.active
                              and (stage := s.get(Stage, r.stage_id)) is not None)
        if names:
            raise ValidationError(f"The template '{path.stem}' is generated by the automation of the stage {names}; "
                                  "change that rule first.")
        try:
            path.unlink()
        except OSError as exc:
            raise ValidationError(f"The template '{path.stem}' could not be deleted: {exc.strerror or exc}.") from None

    def _rules_using(self, s: Session, name: str) -> list[StageAutomationRule]:
        rules = s.scalars(select(StageAutomationRule).where(StageAutomationRule.action == "generate_document",
                                                            StageAutomationRule.deleted_at.is_(None)))
        return [r for r in rules if str((r.params or {}).get("template", "")).casefold() == name.casefold()]

    def _user_template(self, name: str) -> Path:
        text = (name or "").strip()
        if text.casefold() in BUNDLED:
            raise ValidationError(f"'{text}' is a bundled template; it cannot be changed. Add your own template "
                                  "under another name.")
        for path in self._user_templates():
            if path.stem.casefold() == text.casefold():
                return path
        raise NotFoundError(f"There is no user template named '{text}'.")

    def preview(self, template: str, language: str, out: Path) -> Path:
        """The template filled with a built-in sample deal, written to `out`; nothing is recorded."""
        lang = _check_language(language)
        info = self.resolve_template(template, lang)
        compiled = _compiled(info.path)
        seller = self.seller()
        if not seller.name:
            seller = _SAMPLE_SELLER
        today = _local_date(self._clock())
        with self.db.session(write=False) as s:
            patterns = _patterns_in(s)
        kind = _kind_of(info.name)
        number = _format_number(_pattern_of(kind, patterns), today.year, 0) if _numbered(kind, compiled, patterns) \
            else ""
        record = _sample_record(lang)
        title = _title(info, lang, number, record)
        _write_atomically(Path(out), _render(compiled, _context(record, seller, lang, number, title, today),
                                             info.name))
        return Path(out)

    # ---- seller and numbering --------------------------------------------------------------------------------

    def seller(self) -> SellerInfo:
        with self.db.session(write=False) as s:
            setting = s.get(AppSetting, SELLER_KEY)
            value = setting.value if setting is not None else None
        if not isinstance(value, dict):
            return SellerInfo()
        return SellerInfo(**{f.name: str(value.get(f.name) or "") for f in fields(SellerInfo)})

    def save_seller(self, info: SellerInfo) -> None:
        clean = {}
        for f in fields(SellerInfo):
            value = str(getattr(info, f.name) or "").strip()
            limit = 2000 if f.name in ("address", "bank_details") else 300
            if len(value) > limit:
                raise ValidationError(f"Your company's {f.name.replace('_', ' ')} is too long ({limit} characters at "
                                      "most).")
            clean[f.name] = value
        with self.db.session() as s:
            _set_setting(s, SELLER_KEY, clean)

    def numbering_pattern(self, kind: str) -> str:
        """The pattern of a document kind (a template's name): set in the settings, else INV-{year}-{n:04} for
        invoices, OFF-{year}-{n:04} for offers, else the kind in capitals with the year and a 4-digit number."""
        with self.db.session(write=False) as s:
            return _pattern_of(_kind_of(kind), _patterns_in(s))

    def set_numbering_pattern(self, kind: str, pattern: str) -> None:
        """Set the pattern of a kind; a template with a pattern of its own is numbered even without doc.number."""
        key = _kind_of(kind)
        if not key:
            raise ValidationError("Choose the kind of document the numbering is for.")
        pattern = _check_pattern(pattern)
        with self.db.session() as s:
            _set_setting(s, NUMBERING_KEY, {**_patterns_in(s), key: pattern})

    # ---- generation ------------------------------------------------------------------------------------------

    def missing_data(self, template: str, *, deal_id: int | None = None, company_id: int | None = None,
                     person_id: int | None = None, language: str | None = None) -> list[str]:
        """What the template uses that the record lacks, as sentences: first what stops the document (no company,
        no product lines…), then what will stay empty ("… will be empty")."""
        kind, record_id = _one_target(deal_id, company_id, person_id)
        with self.db.session(write=False) as s:
            record = _load_record(s, kind, record_id, self.user_id)
            seller = _seller_in(s)
        lang = _check_language(language) if language else self._language(record)
        compiled = _compiled(self.resolve_template(template, lang).path)
        blocking, notes = _missing(compiled, record, seller)
        return blocking + notes

    def generate(self, template: str, *, deal_id: int | None = None, company_id: int | None = None,
                 person_id: int | None = None, language: str | None = None, out: Path | None = None,
                 pdf: bool = False, progress: Progress = NO_PROGRESS) -> GeneratedDocument:
        """Fill the template for one deal, company or person, write the file, record it; optionally a PDF too."""
        kind, record_id = _one_target(deal_id, company_id, person_id)
        if out is not None and Path(out).suffix.lower() != ".docx":
            raise ValidationError(f"'{out}' does not end in .docx; a document is saved as a Word file.")
        if pdf and self.libreoffice() is None:
            raise ValidationError(_NO_LIBREOFFICE)
        progress.step(0, 2 if pdf else 1, "")
        with self.db.session() as s:
            result = self._generate_in(s, template, kind, record_id, language, out, set())
        if pdf:
            progress.step(1, 2, result.path.name)
            result = self._with_pdf(result)
        return result

    def generate_many(self, template: str, targets: Sequence[tuple[str, int]], *, combined: bool, out_dir: Path,
                      language: str | None = None, pdf: bool = False,
                      progress: Progress = NO_PROGRESS) -> list[GeneratedDocument]:
        """One document per target, each its own file or all in one combined file; all recorded in one transaction.

        Cancel through `progress`: nothing is then recorded and no file is left. A combined file is in one
        language (`language`, else the app's) and carries the headers and footers of its first document.
        """
        if not targets:
            raise ValidationError("Choose at least one record to make documents for.")
        for kind, _ in targets:
            if kind not in TARGET_KINDS:
                raise ValidationError(f"'{kind}' is not something a document is made for; use deal, company or "
                                      "person.")
        if pdf and self.libreoffice() is None:
            raise ValidationError(_NO_LIBREOFFICE)
        out_dir = Path(out_dir)
        total = len(targets)
        results: list[GeneratedDocument] = []
        with self.db.session() as s:
            if not combined:
                taken: set[Path] = set()
                for done, (kind, record_id) in enumerate(targets):
                    progress.step(done, total, "")
                    results.append(self._generate_in(s, template, kind, record_id, language, None, taken, out_dir))
            else:
                lang = _check_language(language) if language else config.AppConfig.load().effective_language
                jobs = []
                for done, (kind, record_id) in enumerate(targets):
                    progress.step(done, total, "")
                    jobs.append(self._job(s, template, kind, record_id, lang))
                results = self._write_combined(s, jobs, out_dir, progress)
            progress.step(total, total, "")
        if pdf:
            converted: dict[Path, Path] = {}
            final = []
            for done, result in enumerate(results):
                progress.step(done, len(results), result.path.name)
                if result.path not in converted:
                    converted[result.path] = self.to_pdf(result.path)
                final.append(replace(result, pdf_path=converted[result.path]))
            results = final
        return results

    def _with_pdf(self, result: GeneratedDocument) -> GeneratedDocument:
        try:
            return replace(result, pdf_path=self.to_pdf(result.path))
        except ValidationError as exc:
            raise PdfConversionError(f"The document was saved as '{result.path}', but no PDF was made: {exc}",
                                     result) from None

    # ---- PDF -------------------------------------------------------------------------------------------------

    def libreoffice(self) -> Path | None:
        """LibreOffice's soffice on the PATH or in its usual install folder, or None."""
        return find_libreoffice()

    def to_pdf(self, docx: Path) -> Path:
        """docx -> the PDF beside it, by LibreOffice without a window; ValidationError saying why when it cannot."""
        docx = Path(docx)
        soffice = self.libreoffice()
        if soffice is None:
            raise ValidationError(_NO_LIBREOFFICE)
        if not docx.is_file():
            raise NotFoundError(f"The document '{docx}' does not exist; it may have been moved or deleted.")
        target = docx.with_suffix(".pdf")
        # Its own profile: a LibreOffice the user has open would otherwise take the job and convert nothing.
        profile = config.data_dir() / "libreoffice-profile"
        try:
            work = Path(tempfile.mkdtemp(prefix=".pdf-", dir=docx.parent))
        except OSError as exc:
            raise ValidationError(f"The folder '{docx.parent}' cannot be written to ({exc.strerror or exc}).") \
                from None
        try:
            command = [str(soffice), f"-env:UserInstallation={profile.absolute().as_uri()}", "--headless",
                       "--norestore", "--convert-to", "pdf", "--outdir", str(work), str(docx)]
            stdout, stderr = _run(command, PDF_TIMEOUT_S)
            produced = work / f"{docx.stem}.pdf"
            if not produced.is_file():
                said = (stderr.strip() or stdout.strip()).splitlines()
                raise ValidationError(f"LibreOffice could not convert '{docx.name}' to PDF"
                                      f"{': ' + said[-1] if said else ''}.")
            os.replace(produced, target)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return target


def find_libreoffice() -> Path | None:
    """LibreOffice's soffice on the PATH or in its usual install folder, or None."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return Path(found)
    candidates = [Path("/usr/lib/libreoffice/program/soffice"), Path("/opt/libreoffice/program/soffice"),
                  Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")]
    candidates += sorted(Path("/opt").glob("libreoffice*/program/soffice"), reverse=True)
    for env in ("PROGRAMFILES", "PROGRAMFILES(X86)"):
        base = os.environ.get(env)
        if base:
            candidates.append(Path(base) / "LibreOffice" / "program" / "soffice.exe")
    return next((c for c in candidates if c.is_file()), None)


_NO_LIBREOFFICE = ("LibreOffice is not installed (or not found), and PDF files are made with it. Install LibreOffice "
                   "(libreoffice.org) and try again, or open the Word file and save it as PDF there.")


def _run(command: Sequence[str], timeout: float) -> tuple[str, str]:
    """Run a converter; on timeout stop it and everything it started."""
    try:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   start_new_session=os.name == "posix")
    except OSError as exc:
        raise ValidationError(f"LibreOffice could not be started: {exc.strerror or exc}.") from None
    try:
        return process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        if os.name == "posix":
            import signal

            try:
                os.killpg(process.pid, signal.SIGKILL)
            except OSError:
                process.kill()
        else:
            process.kill()
        process.communicate()
        raise ValidationError(f"LibreOffice did not finish the PDF within {timeout:.0f} seconds; it was stopped. "
                              "Try again, or open the Word file and save it as PDF there.") from None


# ---- small helpers ---------------------------------------------------------------------------------------------

def _one_target(deal_id: int | None, company_id: int | None, person_id: int | None) -> tuple[str, int]:
    given = [(k, v) for k, v in (("deal", deal_id), ("company", company_id), ("person", person_id)) if v is not None]
    if len(given) != 1:
        raise ValidationError("A document is made for exactly one deal, company or person.")
    return given[0]


def _check_language(language: str | None) -> str:
    lang = (language or "").strip().lower()
    if lang not in config.LANGUAGES:
        raise ValidationError(f"'{language}' is not a document language; choose one of: {', '.join(config.LANGUAGES)}.")
    return lang


def _check_template_name(name: str) -> str:
    text = " ".join((name or "").split())
    if not text:
        raise ValidationError("The template needs a name.")
    if len(text) > 100:
        raise ValidationError("The template's name is too long (100 characters at most).")
    if _UNSAFE_FILE_CHARS.search(text) or text.startswith("."):
        raise ValidationError(f"'{text}' cannot be a template's name: leave out < > : \" / \\ | ? * and a leading dot.")
    if text.casefold() in BUNDLED:
        raise ValidationError(f"'{text}' is the name of a bundled template; choose another name.")
    return text


def _check_pattern(pattern: str) -> str:
    text = (pattern or "").strip()
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise ValidationError(f"'{text}' is not a numbering pattern ({exc}); write for example "
                              "INV-{year}-{n:04}.") from None
    names = []
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in ("n", "year") or conversion or not _PATTERN_SPEC.fullmatch(spec or ""):
            raise ValidationError(f"'{text}': a numbering pattern may use {{year}} and {{n}} (with a width such as "
                                  "{n:04}) and nothing else.")
        names.append(name)
    if "n" not in names:
        raise ValidationError(f"'{text}' has no {{n}}: the pattern needs the running number, e.g. "
                              "INV-{year}-{n:04}.")
    sample = _format_number(text, 2026, 1)
    if len(sample) > 60:
        raise ValidationError("The numbering pattern makes numbers that are too long (60 characters at most).")
    return text


def _format_number(pattern: str, year: int, n: int) -> str:
    return pattern.format(year=year, n=n)


def _kind_of(template_name: str) -> str:
    """The numbering kind of a template: its name, case-folded (NumberSequence.kind holds 40 characters)."""
    return " ".join((template_name or "").split()).casefold()[:40]


def _patterns_in(s: Session) -> dict[str, str]:
    setting = s.get(AppSetting, NUMBERING_KEY)
    value = setting.value if setting is not None else None
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _pattern_of(kind: str, patterns: Mapping[str, str]) -> str:
    return patterns.get(kind) or DEFAULT_PATTERNS.get(kind) or f"{_safe_file_name(kind).upper()}-{{year}}-{{n:04}}"


def _numbered(kind: str, compiled: _Compiled, patterns: Mapping[str, str]) -> bool:
    # Offers and invoices are numbered, and any template that shows doc.number or has a pattern of its own.
    return kind in DEFAULT_PATTERNS or kind in patterns or "doc.number" in compiled.placeholders


def _set_setting(s: Session, key: str, value: object) -> None:
    setting = s.get(AppSetting, key)
    if setting is None:
        s.add(AppSetting(key=key, value=value))
    else:
        setting.value = value


def _seller_in(s: Session) -> SellerInfo:
    setting = s.get(AppSetting, SELLER_KEY)
    value = setting.value if setting is not None else None
    if not isinstance(value, dict):
        return SellerInfo()
    return SellerInfo(**{f.name: str(value.get(f.name) or "") for f in fields(SellerInfo)})


def _title(info: TemplateInfo, lang: str, number: str, record: _Record) -> str:
    label = _KIND_LABELS.get(lang, _KIND_LABELS["en"]).get(info.name, info.name) if info.bundled else info.name
    if number:
        return f"{label} {number}"
    return f"{label} — {record.party}" if record.party else label


_SAMPLE_SELLER = SellerInfo(name="Northwind Supplies", legal_name="Northwind Supplies B.V.", tax_id="NL123456789B01",
                            registration_no="12345678", address="Keizersgracht 100, 1015 AA Amsterdam",
                            bank_details="IBAN NL91 ABNA 0417 1643 00, BIC ABNANL2A", phone="+31 20 123 4567",
                            email="sales@northwind.example", website="northwind.example", director="Eva de Vries")
_SAMPLE_PEOPLE = {
    "en": ("Anna", "", "Berg", "Purchasing manager"), "nl": ("Anna", "van", "Berg", "Inkoper"),
    "fa": ("سارا", "", "احمدی", "مدیر خرید"), "pl": ("Anna", "", "Nowak", "Kierownik zakupów"),
    "ru": ("Анна", "Сергеевна", "Берг", "Менеджер по закупкам"),
}
_SAMPLE_ITEMS = (("Consulting", "h", "12", "95.00", "0"), ("Laptop stand", "pcs", "3", "49.90", "10"),
                 ("Support plan", "month", "12", "120.00", "0"))


def _sample_record(lang: str) -> _Record:
    first, middle, last, position = _SAMPLE_PEOPLE.get(lang, _SAMPLE_PEOPLE["en"])
    lines = tuple(_LineData(DealLineInput(name=name, quantity=Decimal(q), price=Decimal(p), discount_pct=Decimal(d),
                                          vat_rate=Decimal(21), unit=unit), f"SKU-{n:03d}")
                  for n, (name, unit, q, p, d) in enumerate(_SAMPLE_ITEMS, 1))
    amount = line_totals([x.line for x in lines]).net
    now = utcnow()
    return _Record(
        "deal", 0,
        {"title": "Office equipment 2026", "stage": "Proposal", "amount": amount, "currency": "EUR",
         "expected_close": now.date(), "created": now},
        {"name": "Example Trading", "legal_name": "Example Trading Ltd", "tax_id": "GB123456789",
         "registration_no": "09876543", "legal_address": "1 High Street, London EC1A 1AA", "postal_address": "",
         "city": "London", "country": "GB", "website": "example.com",
         "bank_details": "IBAN GB29 NWBK 6016 1331 9268 19",
         "phone": "+44 20 7946 0000", "email": "office@example.com"},
        {"first_name": first, "middle_name": middle, "last_name": last, "position": position,
         "phone": "+44 20 7946 0001", "email": "anna@example.com", "full_name_plain": f"{first} {last}"},
        lines, {"full_name": "Sam Seller", "email": "sam@northwind.example", "phone": ""}, None, None, None, lang)


# ---- the funnel's automation -------------------------------------------------------------------------------------

def register(*, user_id: int | None = None, documents_dir: Path | None = None,
             templates_dir: Path | None = None) -> None:
    """Let the funnel's "generate document" rule generate through this module, inside the move's transaction."""

    def generate_for_rule(s: Session, deal_id: int, params: Mapping[str, object]) -> object:
        return _generate_for_rule(_Generator(user_id, utcnow, documents_dir, templates_dir), s, deal_id, params)

    pipeline.register_document_generator(generate_for_rule)


def unregister() -> None:
    """Take the funnel's hook back (its rule then records that no document was generated)."""
    pipeline.register_document_generator(None)


def _generate_for_rule(service: _Generator, s: Session, deal_id: int,
                       params: Mapping[str, object]) -> GeneratedDocument | None:
    """Generate the rule's template for the deal; when the template or the deal's data make that impossible, the
    move still happens and the deal's timeline says why no document was made."""
    template = str(params.get("template") or "").strip()
    language = params.get("language")
    try:
        with s.begin_nested():
            return service._generate_in(s, template, "deal", deal_id, str(language) if language else None, None,
                                        set())
    except CrmError as exc:
        deal = s.get(Deal, deal_id)
        s.add(Activity(kind=ActivityKind.DOCUMENT.value, occurred_at=service._clock(), user_id=service.user_id,
                       deal_id=deal_id, company_id=deal.company_id if deal else None,
                       person_id=deal.person_id if deal else None,
                       subject=f"The document '{template}' was not generated: {exc}"[:300],
                       body=str(exc), data={"template": template, "generated": False}))
        return None

