"""Tags, custom fields, documents, attachments, saved segments, settings and the change log."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import Base, Owned, Tracked, utcnow


class Tag(Tracked, Base):
    """A coloured label put on companies, people and deals."""

    __tablename__ = "tags"

    name: Mapped[str] = mapped_column(String(80), unique=True)
    color: Mapped[str] = mapped_column(String(9), default="#888888")


def _tag_link(table: str, target: str) -> Table:
    return Table(
        f"{table}_tags",
        Base.metadata,
        Column(f"{table}_id", ForeignKey(f"{target}.id", ondelete="CASCADE"), primary_key=True),
        Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
    )


company_tags = _tag_link("company", "companies")
person_tags = _tag_link("person", "persons")
deal_tags = _tag_link("deal", "deals")


class CustomFieldDefinition(Tracked, Base):
    """A user-defined field of companies, people or deals."""

    __tablename__ = "custom_field_definitions"
    __table_args__ = (UniqueConstraint("entity", "key"),)

    entity: Mapped[str] = mapped_column(String(20))  # company | person | deal
    key: Mapped[str] = mapped_column(String(80))
    label: Mapped[str] = mapped_column(String(200))
    field_type: Mapped[str] = mapped_column(String(20))
    options: Mapped[list[str] | None] = mapped_column(JSON)  # the choices of choice fields
    position: Mapped[int] = mapped_column(Integer, default=0)
    required: Mapped[bool] = mapped_column(Boolean, default=False)


class CustomFieldValue(Base):
    """The value of a custom field for one record, in the typed column that suits its type."""

    __tablename__ = "custom_field_values"
    __table_args__ = (
        Index("ix_custom_field_values_text", "definition_id", "value_text"),
        Index("ix_custom_field_values_number", "definition_id", "value_number"),
        Index("ix_custom_field_values_entity", "entity_id"),
    )

    definition_id: Mapped[int] = mapped_column(
        ForeignKey("custom_field_definitions.id", ondelete="CASCADE"), primary_key=True
    )
    entity_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value_text: Mapped[str | None] = mapped_column(Text)  # text, choice, multi choice (JSON list)
    value_number: Mapped[Decimal | None] = mapped_column(Numeric(18, 4))  # number, money
    value_date: Mapped[date | None] = mapped_column(Date)
    value_bool: Mapped[bool | None] = mapped_column(Boolean)


class Document(Tracked, Owned, Base):
    """A generated document (offer, invoice, contract, letter) and the file it was written to."""

    __tablename__ = "documents"
    __table_args__ = (
        Index("ix_documents_deal", "deal_id"),
        Index("ix_documents_company", "company_id"),
        Index("ix_documents_person", "person_id"),
    )

    template: Mapped[str] = mapped_column(String(200))
    number: Mapped[str | None] = mapped_column(String(80), unique=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    language: Mapped[str | None] = mapped_column(String(5))
    file_path: Mapped[str] = mapped_column(Text)
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deals.id", ondelete="SET NULL"))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id", ondelete="SET NULL"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))


class NumberSequence(Base):
    """The last number issued per document kind and year: numbers are never reused."""

    __tablename__ = "number_sequences"

    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class Attachment(Tracked, Owned, Base):
    """A file attached to a company, person, deal or task, copied into the app's data folder."""

    __tablename__ = "attachments"
    __table_args__ = (
        Index("ix_attachments_deal", "deal_id"),
        Index("ix_attachments_company", "company_id"),
        Index("ix_attachments_person", "person_id"),
    )

    file_name: Mapped[str] = mapped_column(String(300))
    stored_path: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    mime_type: Mapped[str | None] = mapped_column(String(120))
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deals.id", ondelete="SET NULL"))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id", ondelete="SET NULL"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id", ondelete="SET NULL"))


class SavedSegment(Tracked, Owned, Base):
    """A named combination of filters over contacts or companies, shown with a live count."""

    __tablename__ = "saved_segments"

    name: Mapped[str] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(20), default="person")
    filters: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    position: Mapped[int] = mapped_column(Integer, default=0)


class MergeRecord(Base):
    """One merge of duplicates: who survived, who was folded in, and what moved, so the merge can be undone."""

    __tablename__ = "merge_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(20))  # company | person
    survivor_id: Mapped[int] = mapped_column(Integer)
    merged_ids: Mapped[list[int]] = mapped_column(JSON)
    # What the merge changed: the survivor's previous field values and the rows it re-pointed, per table.
    undo_data: Mapped[dict[str, object]] = mapped_column(JSON)
    merged_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    merged_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)


class AppSetting(Base):
    """A setting shared by everyone who opens this database (own company requisites, rules)."""

    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class ChangeLog(Base):
    """Who changed which field of which record, when, from what to what."""

    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_entity", "entity", "entity_id", "changed_at"),
        Index("ix_change_log_changed", "changed_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    entity: Mapped[str] = mapped_column(String(40))  # table name
    entity_id: Mapped[int] = mapped_column(Integer)
    entity_uuid: Mapped[str | None] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(12))
    field: Mapped[str | None] = mapped_column(String(80))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
