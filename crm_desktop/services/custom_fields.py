"""User-defined fields of companies, people and deals: their definitions, typed values, change log and lookups.
Qt-free; every public method is one user action (one transaction)."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.db.database import Database
from crm_desktop.errors import NotFoundError, ValidationError
from crm_desktop.models import (
    ChangeAction,
    ChangeLog,
    Company,
    CustomFieldDefinition,
    CustomFieldValue,
    Deal,
    EntityKind,
    FieldType,
    Person,
    utcnow,
)


@dataclass(frozen=True)
class FieldDefinition:
    """One custom field as the editors and filters see it."""

    id: int
    entity: EntityKind
    key: str                    # stable: derived from the first label, kept when the label changes
    label: str
    field_type: FieldType
    options: tuple[str, ...]    # the choices of choice and multi-choice fields, in their order; () otherwise
    position: int
    required: bool


ENTITY_MODELS: dict[EntityKind, type[Company | Person | Deal]] = {
    EntityKind.COMPANY: Company, EntityKind.PERSON: Person, EntityKind.DEAL: Deal,
}
CHOICE_TYPES = frozenset({FieldType.CHOICE, FieldType.MULTI_CHOICE})
MAX_LABEL = 200
MAX_OPTION = 200
MAX_OPTIONS = 500
MAX_TEXT = 10_000
# Numbers are stored as NUMERIC(18, 4), which SQLite keeps as a double: 15 significant digits survive the round
# trip, so a number may have 11 digits before its 4 decimals, and money 13 before its cents.
NUMBER_LIMIT = Decimal("1e11")
MONEY_LIMIT = Decimal("1e13")
_CENT = Decimal("0.01")
_NUMBER_TEXT = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
_NOUNS = {EntityKind.COMPANY: ("company", "companies"), EntityKind.PERSON: ("person", "people"),
          EntityKind.DEAL: ("deal", "deals")}
_TRUE = frozenset({"true", "yes", "1"})
_FALSE = frozenset({"false", "no", "0"})
# Keys are ASCII; Cyrillic labels get readable keys instead of "field_7" (accented Latin is handled by NFKD).
_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ł": "l", "æ": "ae", "ø": "o",
    "đ": "d", "þ": "th",
})


class CustomFieldService:
    """Use cases of custom fields: defining them per entity kind, and reading, writing and finding their values."""

    def __init__(self, db: Database, user_id: int | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        self.db = db
        self.user_id = user_id
        self._clock = clock or utcnow

    # ---- definitions -------------------------------------------------------------------------------------------

    def list_definitions(self, entity: str) -> list[FieldDefinition]:
        """The live definitions of an entity kind in their order."""
        kind = _entity_kind(entity)
        with self.db.session(write=False) as s:
            return [_info(d) for d in live_definitions(s, kind)]

    def create_definition(self, entity: str, label: str, field_type: str, options: Sequence[str] = (),
                          required: bool = False) -> FieldDefinition:
        """A new field at the end of the entity's fields; its key is an ASCII slug of the label, unique per kind."""
        kind = _entity_kind(entity)
        ftype = _field_type(field_type)
        label = _label(label)
        checked = _options(ftype, options, label)
        with self.db.session() as s:
            live = live_definitions(s, kind)
            _refuse_duplicate_label(live, label, kind)
            # Deleted definitions keep their keys (the unique constraint covers them, and old values point at them).
            taken = set(s.scalars(select(CustomFieldDefinition.key).where(CustomFieldDefinition.entity == kind.value)))
            definition = CustomFieldDefinition(
                entity=kind.value, key=_unique_key(_slug(label), taken), label=label, field_type=ftype.value,
                options=list(checked) if ftype in CHOICE_TYPES else None,
                position=max((d.position for d in live), default=-1) + 1, required=bool(required))
            s.add(definition)
            s.flush()
            self._log(s, "custom_field_definitions", definition.id, definition.uuid, ChangeAction.INSERT, "label",
                      None, label)
            return _info(definition)

    def update_definition(self, def_id: int, label: str | None = None, options: Sequence[str] | None = None,
                          required: bool | None = None) -> FieldDefinition:
        """Change the label, the options or whether the field is required; the type and the key stay.

        Removing an option is refused while any record (also in the Trash) uses it.
        """
        with self.db.session() as s:
            definition = _get_definition(s, def_id)
            kind, ftype = EntityKind(definition.entity), FieldType(definition.field_type)
            changes: dict[str, object] = {}
            if label is not None:
                label = _label(label)
                if label != definition.label:
                    _refuse_duplicate_label([d for d in live_definitions(s, kind) if d.id != def_id], label, kind)
                    changes["label"] = label
            if options is not None:
                checked = list(_options(ftype, options, label or definition.label))
                old = list(definition.options or [])
                if ftype in CHOICE_TYPES and checked != old:
                    removed = [o for o in old if o not in checked]
                    _refuse_used_options(s, definition, removed)
                    changes["options"] = checked
            if required is not None and bool(required) != definition.required:
                changes["required"] = bool(required)
            for name, value in changes.items():
                old_value = getattr(definition, name)
                self._log(s, "custom_field_definitions", definition.id, definition.uuid, ChangeAction.UPDATE, name,
                          _dump(old_value) if name == "options" else old_value,
                          _dump(value) if name == "options" else value)
                setattr(definition, name, value)
            s.flush()
            return _info(definition)

    def delete_definition(self, def_id: int) -> None:
        """Soft delete: the field disappears from editors and filters; its values stay for a later restore."""
        with self.db.session() as s:
            definition = _get_definition(s, def_id)
            definition.deleted_at = self._clock()
            remaining = [d for d in live_definitions(s, EntityKind(definition.entity)) if d.id != def_id]
            for pos, d in enumerate(remaining):
                if d.position != pos:
                    d.position = pos
            self._log(s, "custom_field_definitions", definition.id, definition.uuid, ChangeAction.DELETE, None,
                      definition.label, None)

    def reorder(self, entity: str, ids: Sequence[int]) -> None:
        """`ids` must name every live field of the entity kind exactly once, in the new order."""
        kind = _entity_kind(entity)
        with self.db.session() as s:
            live = {d.id: d for d in live_definitions(s, kind)}
            if len(ids) != len(set(ids)) or set(ids) != set(live):
                raise ValidationError("The new order must name each field exactly once; the fields may have been "
                                      "changed meanwhile. Reload and try again.")
            for pos, def_id in enumerate(ids):
                if live[def_id].position != pos:
                    live[def_id].position = pos

    # ---- values ------------------------------------------------------------------------------------------------

    def values(self, entity: str, entity_id: int) -> dict[int, object]:
        """Definition id -> value of the record's filled-in fields (str, Decimal, date, bool, or list[str] for
        multi-choice); empty fields are left out. Records in the Trash can be read too."""
        kind = _entity_kind(entity)
        with self.db.session(write=False) as s:
            _get_entity(s, kind, entity_id, allow_deleted=True)
            rows = s.execute(
                select(CustomFieldDefinition.field_type, CustomFieldValue)
                .join(CustomFieldDefinition, CustomFieldDefinition.id == CustomFieldValue.definition_id)
                .where(CustomFieldValue.entity_id == entity_id, CustomFieldDefinition.entity == kind.value,
                       CustomFieldDefinition.deleted_at.is_(None))).all()
            found: dict[int, object] = {}
            for field_type, row in rows:
                value = read_value(FieldType(field_type), row)
                if value is not None:
                    found[row.definition_id] = value
            return found

    def validate_values(self, entity: str, values: Mapping[int, object]) -> dict[int, object]:
        """The values as set_values() would store them (None = empty), or a ValidationError naming every bad
        field; nothing is written. Lets an editor check its fields before it saves the record they belong to."""
        kind = _entity_kind(entity)
        with self.db.session(write=False) as s:
            return checked_values(s, kind, values)

    def set_values(self, entity: str, entity_id: int, values: Mapping[int, object]) -> None:
        """Write the given fields of one record (other fields stay); all or nothing.

        Accepted values: text str; number and money Decimal, int or text with '.' or ',' as the decimal separator;
        date a date or ISO text; bool a bool; choice one of the options; multi-choice a list of options.
        None, "" or [] empties a field; a required field cannot be emptied. Each change is written to the change log.
        """
        kind = _entity_kind(entity)
        with self.db.session() as s:
            record = _get_entity(s, kind, entity_id, allow_deleted=False)
            checked = checked_values(s, kind, values)
            if not checked:
                return
            definitions = {d.id: d for d in s.scalars(select(CustomFieldDefinition)
                                                      .where(CustomFieldDefinition.id.in_(checked)))}
            stored = {v.definition_id: v for v in s.scalars(select(CustomFieldValue).where(
                CustomFieldValue.entity_id == entity_id, CustomFieldValue.definition_id.in_(checked)))}
            table = ENTITY_MODELS[kind].__tablename__
            for def_id, new in checked.items():
                definition = definitions[def_id]
                ftype = FieldType(definition.field_type)
                row = stored.get(def_id)
                old = read_value(ftype, row) if row is not None else None
                if old == new:
                    continue
                if new is None:
                    assert row is not None  # old != new, so there was a value
                    s.delete(row)
                else:
                    if row is None:
                        row = CustomFieldValue(definition_id=def_id, entity_id=entity_id)
                        s.add(row)
                    write_value(ftype, row, new)
                self._log(s, table, entity_id, record.uuid, ChangeAction.UPDATE, definition.key, log_text(old),
                          log_text(new))

    def find_entities(self, entity: str, def_id: int, value: object) -> list[int]:
        """Ids of the live records whose field equals `value` (parsed as set_values() parses it), ascending.

        Text compares case-insensitively in any script; a multi-choice field matches a single option when the
        record has it among others, and a list of options only when the record has exactly those.
        """
        kind = _entity_kind(entity)
        with self.db.session(write=False) as s:
            definition = _get_definition(s, def_id)
            if definition.entity != kind.value:
                raise NotFoundError(f"The field '{definition.label}' is not a field of {_NOUNS[kind][1]}.")
            ftype = FieldType(definition.field_type)
            options = tuple(definition.options or ())
            if ftype == FieldType.MULTI_CHOICE and isinstance(value, str):
                needle = _typed(FieldType.CHOICE, value, definition.label, options)
            else:
                needle = _typed(ftype, value, definition.label, options)
            if needle is None:
                raise ValidationError(f"Enter a value of '{definition.label}' to look for.")
            model = ENTITY_MODELS[kind]
            base = (select(CustomFieldValue.entity_id, CustomFieldValue.value_text)
                    .join(model, model.id == CustomFieldValue.entity_id)
                    .where(CustomFieldValue.definition_id == def_id, model.deleted_at.is_(None)))
            if ftype == FieldType.TEXT:
                # Folded here rather than in SQL: SQLite's lower() folds ASCII only, and 'ооо' must find 'ООО'.
                # Only this field's values are read (through the definition_id index).
                folded = str(needle).casefold()
                ids = [r.entity_id for r in s.execute(base)
                       if r.value_text is not None and r.value_text.casefold() == folded]
            elif ftype == FieldType.MULTI_CHOICE:
                rows = s.execute(base.where(CustomFieldValue.value_text.is_not(None))).all()
                if isinstance(needle, str):
                    ids = [r.entity_id for r in rows if needle in _load_list(r.value_text)]
                else:
                    wanted = set(_as_list(needle))
                    ids = [r.entity_id for r in rows if set(_load_list(r.value_text)) == wanted]
            elif ftype == FieldType.CHOICE:
                ids = list(s.scalars(base.with_only_columns(CustomFieldValue.entity_id)
                                     .where(CustomFieldValue.value_text == needle)))
            elif ftype in (FieldType.NUMBER, FieldType.MONEY):
                ids = list(s.scalars(base.with_only_columns(CustomFieldValue.entity_id)
                                     .where(CustomFieldValue.value_number == needle)))
            elif ftype == FieldType.DATE:
                ids = list(s.scalars(base.with_only_columns(CustomFieldValue.entity_id)
                                     .where(CustomFieldValue.value_date == needle)))
            else:
                ids = list(s.scalars(base.with_only_columns(CustomFieldValue.entity_id)
                                     .where(CustomFieldValue.value_bool == needle)))
            return sorted(ids)

    # ---- helpers -----------------------------------------------------------------------------------------------

    def _log(self, s: Session, entity: str, entity_id: int, entity_uuid: str | None, action: ChangeAction,
             field_name: str | None, old: object, new: object) -> None:
        s.add(ChangeLog(changed_at=self._clock(), user_id=self.user_id, entity=entity, entity_id=entity_id,
                        entity_uuid=entity_uuid, action=action.value, field=field_name, old_value=log_text(old),
                        new_value=log_text(new)))


# ---- lookups ---------------------------------------------------------------------------------------------------

def _entity_kind(entity: str) -> EntityKind:
    try:
        return EntityKind(entity)
    except ValueError:
        raise ValidationError(f"'{entity}' has no custom fields; choose company, person or deal.") from None


def _field_type(field_type: str) -> FieldType:
    try:
        return FieldType(field_type)
    except ValueError:
        kinds = ", ".join(t.value for t in FieldType)
        raise ValidationError(f"'{field_type}' is not a field type; choose one of: {kinds}.") from None


def live_definitions(s: Session, kind: EntityKind) -> list[CustomFieldDefinition]:
    return list(s.scalars(select(CustomFieldDefinition)
                          .where(CustomFieldDefinition.entity == kind.value, CustomFieldDefinition.deleted_at.is_(None))
                          .order_by(CustomFieldDefinition.position, CustomFieldDefinition.id)))


def _get_definition(s: Session, def_id: int) -> CustomFieldDefinition:
    definition = s.get(CustomFieldDefinition, def_id)
    if definition is None or definition.deleted_at is not None:
        raise NotFoundError("The field no longer exists; it may have been deleted. Reload and try again.")
    return definition


def _get_entity(s: Session, kind: EntityKind, entity_id: int, *, allow_deleted: bool) -> Company | Person | Deal:
    record = s.get(ENTITY_MODELS[kind], entity_id)
    singular = _NOUNS[kind][0]
    if not isinstance(record, Company | Person | Deal):
        raise NotFoundError(f"The {singular} no longer exists; it may have been deleted.")
    if record.deleted_at is not None and not allow_deleted:
        raise NotFoundError(f"The {singular} is in the Trash; restore it before changing its fields.")
    return record


def _info(d: CustomFieldDefinition) -> FieldDefinition:
    return FieldDefinition(id=d.id, entity=EntityKind(d.entity), key=d.key, label=d.label,
                           field_type=FieldType(d.field_type), options=tuple(d.options or ()), position=d.position,
                           required=bool(d.required))


# ---- definitions: checks -----------------------------------------------------------------------------------

def _label(label: str | None) -> str:
    text = label.strip() if isinstance(label, str) else ""
    if not text:
        raise ValidationError("The field needs a label.")
    if len(text) > MAX_LABEL:
        raise ValidationError(f"The label '{text[:40]}…' is too long ({MAX_LABEL} characters at most).")
    return text


def _refuse_duplicate_label(others: Iterable[CustomFieldDefinition], label: str, kind: EntityKind) -> None:
    if any(d.label.casefold() == label.casefold() for d in others):
        raise ValidationError(f"The {_NOUNS[kind][1]} already have a field labelled '{label}'.")


def _options(ftype: FieldType, options: Sequence[str] | None, label: str) -> tuple[str, ...]:
    if isinstance(options, str):
        raise ValidationError(f"The options of '{label}' must be a list, one option per entry.")
    items = list(options or ())
    if ftype not in CHOICE_TYPES:
        if items:
            raise ValidationError(f"Only choice fields have options; '{label}' is not one.")
        return ()
    checked: list[str] = []
    seen: set[str] = set()
    for item in items:
        text = item.strip() if isinstance(item, str) else ""
        if not text:
            raise ValidationError(f"An option of '{label}' is empty; every option needs a text.")
        if len(text) > MAX_OPTION:
            raise ValidationError(f"The option '{text[:40]}…' is too long ({MAX_OPTION} characters at most).")
        if text.casefold() in seen:
            raise ValidationError(f"The option '{text}' of '{label}' is listed twice; each option must be unique.")
        seen.add(text.casefold())
        checked.append(text)
    if not checked:
        raise ValidationError(f"The choice field '{label}' needs at least one option.")
    if len(checked) > MAX_OPTIONS:
        raise ValidationError(f"'{label}' has too many options ({MAX_OPTIONS} at most).")
    return tuple(checked)


def _refuse_used_options(s: Session, definition: CustomFieldDefinition, removed: Sequence[str]) -> None:
    if not removed:
        return
    kind = EntityKind(definition.entity)
    if definition.field_type == FieldType.CHOICE.value:
        counts = {text: n for text, n in s.execute(
            select(CustomFieldValue.value_text, func.count())
            .where(CustomFieldValue.definition_id == definition.id, CustomFieldValue.value_text.in_(removed))
            .group_by(CustomFieldValue.value_text)) if text is not None}
    else:
        counts = {}
        for text in s.scalars(select(CustomFieldValue.value_text).where(
                CustomFieldValue.definition_id == definition.id, CustomFieldValue.value_text.is_not(None))):
            for option in set(_load_list(text)) & set(removed):
                counts[option] = counts.get(option, 0) + 1
    for option in removed:
        used = counts.get(option, 0)
        if used:
            singular, plural = _NOUNS[kind]
            noun = singular if used == 1 else plural
            raise ValidationError(
                f"The option '{option}' of '{definition.label}' is used by {used} {noun} (including any in the "
                "Trash). Choose another option for them before removing it.")


def _slug(label: str) -> str:
    text = unicodedata.normalize("NFKD", label.casefold().translate(_TRANSLIT))
    ascii_text = text.encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_text).strip("_")[:60].strip("_")
    if not slug:
        return "field"
    return f"f_{slug}" if slug[0].isdigit() else slug


def _unique_key(slug: str, taken: set[str]) -> str:
    if slug not in taken:
        return slug
    n = 2
    while f"{slug}_{n}" in taken:
        n += 1
    return f"{slug}_{n}"


# ---- values: checks and storage ------------------------------------------------------------------------------

def checked_values(s: Session, kind: EntityKind, values: Mapping[int, object]) -> dict[int, object]:
    """Every value parsed for its field, or one ValidationError listing each bad field (one per line)."""
    if not values:
        return {}
    definitions = {d.id: d for d in live_definitions(s, kind)}
    checked: dict[int, object] = {}
    errors: list[str] = []
    for def_id, value in values.items():
        definition = definitions.get(def_id)
        if definition is None:
            errors.append("A field no longer exists; it may have been deleted. Reload and try again.")
            continue
        try:
            typed = _typed(FieldType(definition.field_type), value, definition.label, tuple(definition.options or ()))
        except ValidationError as exc:
            errors.append(str(exc))
            continue
        if typed is None and definition.required:
            errors.append(f"'{definition.label}' is required; it cannot be left empty.")
            continue
        checked[def_id] = typed
    if errors:
        raise ValidationError("\n".join(dict.fromkeys(errors)))
    return checked


def _typed(ftype: FieldType, value: object, label: str, options: tuple[str, ...]) -> object:
    """The value as the field stores it (None = empty), or a ValidationError naming the field."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if ftype == FieldType.TEXT:
        if not isinstance(value, str):
            raise ValidationError(f"'{label}' must be text.")
        text = value.strip()
        if len(text) > MAX_TEXT:
            raise ValidationError(f"'{label}' is too long ({MAX_TEXT} characters at most).")
        return text
    if ftype == FieldType.NUMBER:
        number = _decimal(value, label)
        if abs(number) >= NUMBER_LIMIT:
            raise ValidationError(f"'{label}' is too large (less than 100 000 000 000).")
        if number != number.quantize(Decimal("0.0001")):
            raise ValidationError(f"'{label}' may have 4 decimal places at most.")
        return _plain(number)
    if ftype == FieldType.MONEY:
        amount = _decimal(value, label).quantize(_CENT, ROUND_HALF_UP)
        if abs(amount) >= MONEY_LIMIT:
            raise ValidationError(f"'{label}' is too large (less than 10 000 000 000 000).")
        return amount
    if ftype == FieldType.DATE:
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                pass
        raise ValidationError(f"'{label}' must be a date (year-month-day, such as 2025-03-31).")
    if ftype == FieldType.BOOL:
        if isinstance(value, bool):
            return value
        word = value.strip().casefold() if isinstance(value, str) else None
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
        raise ValidationError(f"'{label}' must be yes or no.")
    if ftype == FieldType.CHOICE:
        return _option(value, label, options)
    # multi-choice: a list of options, kept in the order of the options
    if isinstance(value, str) or not isinstance(value, list | tuple | set | frozenset):
        raise ValidationError(f"'{label}' must be a list of its options.")
    chosen = {_option(item, label, options) for item in value if not (isinstance(item, str) and not item.strip())}
    return [o for o in options if o in chosen] or None


def _option(value: object, label: str, options: tuple[str, ...]) -> str:
    if isinstance(value, str):
        text = value.strip()
        if text in options:
            return text
        # An import may differ in case only; the stored spelling is the definition's.
        found = next((o for o in options if o.casefold() == text.casefold()), None)
        if found is not None:
            return found
    shown = ", ".join(f"'{o}'" for o in options[:10]) + (", …" if len(options) > 10 else "")
    raise ValidationError(f"'{value}' is not an option of '{label}'; choose one of: {shown}.")


def _decimal(value: object, label: str) -> Decimal:
    number: Decimal | None = None
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int) and not isinstance(value, bool):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value))
    elif isinstance(value, str):
        number = _parse_number_text(value)
    if number is None or not number.is_finite():
        raise ValidationError(f"'{label}' must be a number, such as 1234.5 or 1234,5.")
    return number


def _parse_number_text(text: str) -> Decimal | None:
    """'1 234,5', '1,234.5', '1234.5' -> Decimal; '.' or ',' is the decimal separator, spaces group digits."""
    cleaned = re.sub(r"[\s'\u00a0\u202f]", "", text)
    if "," in cleaned and "." in cleaned:
        # The separator that comes last is the decimal one: 1.234,56 or 1,234.56.
        point = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        cleaned = cleaned.replace("." if point == "," else ",", "")
    else:
        point = "," if "," in cleaned else "."
        if cleaned.count(point) > 1:  # 1.234.567: groups only
            cleaned = cleaned.replace(point, "")
    cleaned = cleaned.replace(point, ".")
    if not _NUMBER_TEXT.fullmatch(cleaned):
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def _plain(number: Decimal) -> Decimal:
    """12.5000 -> 12.5 and 1E+2 -> 100: the number without trailing zeros or an exponent."""
    if number == number.to_integral_value():
        return number.quantize(Decimal(1))
    return number.normalize()


def write_value(ftype: FieldType, row: CustomFieldValue, value: object) -> None:
    row.value_text = row.value_number = row.value_date = row.value_bool = None
    if ftype in (FieldType.TEXT, FieldType.CHOICE):
        row.value_text = str(value)
    elif ftype == FieldType.MULTI_CHOICE:
        row.value_text = _dump(value)
    elif ftype in (FieldType.NUMBER, FieldType.MONEY):
        assert isinstance(value, Decimal)
        row.value_number = value
    elif ftype == FieldType.DATE:
        assert isinstance(value, date)
        row.value_date = value
    else:
        row.value_bool = bool(value)


def read_value(ftype: FieldType, row: CustomFieldValue) -> object:
    if ftype in (FieldType.TEXT, FieldType.CHOICE):
        return row.value_text or None
    if ftype == FieldType.MULTI_CHOICE:
        return _load_list(row.value_text) or None
    if ftype == FieldType.NUMBER:
        return None if row.value_number is None else _plain(Decimal(row.value_number))
    if ftype == FieldType.MONEY:
        return None if row.value_number is None else Decimal(row.value_number).quantize(_CENT, ROUND_HALF_UP)
    if ftype == FieldType.DATE:
        return row.value_date
    return row.value_bool


def _load_list(text: str | None) -> list[str]:
    if not text:
        return []
    try:
        value = json.loads(text)
    except ValueError:
        return [text]
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def _as_list(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list | tuple) else [str(value)]


def _dump(value: object) -> str:
    return json.dumps(_as_list(value), ensure_ascii=False)


def log_text(value: object) -> str | None:
    """A value as the change log keeps it."""
    if value is None:
        return None
    if isinstance(value, list | tuple):
        return _dump(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)
