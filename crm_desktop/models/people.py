"""Users, companies, people and their phones, emails and messenger handles."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crm_desktop.models.base import Base, Owned, Tracked
from crm_desktop.models.enums import ContactStatus, Role


class User(Tracked, Base):
    """A person who works in the CRM; owns records and is named in history."""

    __tablename__ = "users"

    login: Mapped[str] = mapped_column(String(80), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str | None] = mapped_column(String(254))
    # scrypt hash with its parameters and salt; NULL means no password (a solo user is never asked to log in)
    password_hash: Mapped[str | None] = mapped_column(String(400))
    role: Mapped[str] = mapped_column(String(20), default=Role.MANAGER.value)
    own_records_only: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Wrong passwords in a row, and until when logging in is refused after too many of them.
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)


class Company(Tracked, Owned, Base):
    """An organisation the business sells to, with its requisites."""

    __tablename__ = "companies"
    __table_args__ = (
        Index("ix_companies_name", "name"),
        # The Contacts list of a million records reads ids in name order from this index alone; the full name
        # index also holds records in the Trash, so each would be looked up in the table to be skipped.
        Index("ix_companies_live_name", "name", sqlite_where=text("deleted_at IS NULL"),
              postgresql_where=text("deleted_at IS NULL")),
        Index("ix_companies_tax_id", "tax_id"),
        Index("ix_companies_city", "city"),
        Index("ix_companies_last_activity", "last_activity_at"),
        # Reports (migration 0004): new companies per lead source in a period.
        Index("ix_companies_report_created", "created_at", "lead_source_id", "owner_id",
              sqlite_where=text("deleted_at IS NULL"), postgresql_where=text("deleted_at IS NULL")),
    )

    name: Mapped[str] = mapped_column(String(300))
    legal_name: Mapped[str | None] = mapped_column(String(500))
    tax_id: Mapped[str | None] = mapped_column(String(50))
    registration_no: Mapped[str | None] = mapped_column(String(50))
    industry: Mapped[str | None] = mapped_column(String(120))
    website: Mapped[str | None] = mapped_column(String(300))
    legal_address: Mapped[str | None] = mapped_column(Text)
    postal_address: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str | None] = mapped_column(String(120))
    country: Mapped[str | None] = mapped_column(String(2))
    bank_details: Mapped[str | None] = mapped_column(Text)
    founded_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default=ContactStatus.LEAD.value, index=True)
    lead_source_id: Mapped[int | None] = mapped_column(ForeignKey("lead_sources.id", ondelete="SET NULL"))
    notes: Mapped[str | None] = mapped_column(Text)
    # Kept by the services when an activity is logged: "not contacted for N days" must not scan activities.
    last_activity_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Set on the records a merge folded into another one, so undoing the merge knows where things went.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id", ondelete="SET NULL"))

    people: Mapped[list[Person]] = relationship(back_populates="company", foreign_keys="Person.company_id")


class Person(Tracked, Owned, Base):
    """A contact person: an employee of a company with a role, or a private client (no company)."""

    __tablename__ = "persons"
    __table_args__ = (
        Index("ix_persons_name", "last_name", "first_name"),
        Index("ix_persons_live_name", "last_name", "first_name", sqlite_where=text("deleted_at IS NULL"),
              postgresql_where=text("deleted_at IS NULL")),
        Index("ix_persons_first_name", "first_name"),
        Index("ix_persons_company", "company_id"),
        Index("ix_persons_city", "city"),
        Index("ix_persons_status", "status"),
        Index("ix_persons_birthday_md", "birthday_md"),
        Index("ix_persons_last_activity", "last_activity_at"),
        Index("ix_persons_updated", "updated_at"),
        # Reports (migration 0004): new people per lead source in a period.
        Index("ix_persons_report_created", "created_at", "lead_source_id", "owner_id",
              sqlite_where=text("deleted_at IS NULL"), postgresql_where=text("deleted_at IS NULL")),
    )

    first_name: Mapped[str] = mapped_column(String(120), default="")
    middle_name: Mapped[str | None] = mapped_column(String(120))
    last_name: Mapped[str] = mapped_column(String(120), default="")
    position: Mapped[str | None] = mapped_column(String(200))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id", ondelete="SET NULL"))
    company_role: Mapped[str | None] = mapped_column(String(80))
    birthday: Mapped[date | None] = mapped_column(Date)
    # "MMDD" of the birthday, so "birthday this week" is an index range, not a scan.
    birthday_md: Mapped[str | None] = mapped_column(String(4))
    address: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str | None] = mapped_column(String(120))
    country: Mapped[str | None] = mapped_column(String(2))
    language: Mapped[str | None] = mapped_column(String(5))
    status: Mapped[str] = mapped_column(String(20), default=ContactStatus.LEAD.value)
    lead_source_id: Mapped[int | None] = mapped_column(ForeignKey("lead_sources.id", ondelete="SET NULL"))
    notes: Mapped[str | None] = mapped_column(Text)
    last_activity_at: Mapped[datetime | None] = mapped_column(DateTime)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))

    company: Mapped[Company | None] = relationship(back_populates="people", foreign_keys=[company_id])
    channels: Mapped[list[ContactChannel]] = relationship(
        back_populates="person", order_by="ContactChannel.position", cascade="all, delete-orphan"
    )

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p) or "?"


class ContactChannel(Base):
    """A typed phone, email or messenger handle of a person or a company."""

    __tablename__ = "contact_channels"
    __table_args__ = (
        CheckConstraint(
            "(person_id IS NULL) <> (company_id IS NULL)", name="exactly_one_owner"
        ),
        # Duplicate detection and "find by phone digits" look values up by their normalised form.
        # The owner columns make it covering: Find Duplicates groups a million channels without reading the table.
        Index("ix_contact_channels_lookup", "kind", "normalized", "person_id", "company_id"),
        Index("ix_contact_channels_person", "person_id"),
        Index("ix_contact_channels_company", "company_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(12))
    label: Mapped[str] = mapped_column(String(40), default="work")  # work, mobile, home, telegram, ...
    value: Mapped[str] = mapped_column(String(300))
    # Digits only for phones (with country code when known), lower case for emails.
    normalized: Mapped[str] = mapped_column(String(300), default="")
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)

    person: Mapped[Person | None] = relationship(back_populates="channels")
