"""What the task, reminder and iCalendar tests share: a hand-moved clock, the zone the tests live in, a user."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from crm_desktop.db.database import Database
from crm_desktop.models import User

# Amsterdam: summer time begins on 30 March 2025 (02:00 -> 03:00) and ends on 26 October 2025.
AMS = ZoneInfo("Europe/Amsterdam")


class Clock:
    """A clock the test moves by hand; returns naive UTC like the app's own."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def ams(*parts: int) -> datetime:
    """A wall-clock time in Amsterdam as the naive UTC the database stores."""
    return datetime(*parts, tzinfo=AMS).astimezone(ZoneInfo("UTC")).replace(tzinfo=None)  # type: ignore[misc]


def local(utc: datetime) -> datetime:
    """Naive UTC as the naive wall-clock time in Amsterdam."""
    return utc.replace(tzinfo=ZoneInfo("UTC")).astimezone(AMS).replace(tzinfo=None)


def first_user(db: Database) -> int:
    with db.session(write=False) as s:
        found = s.scalar(select(User.id).order_by(User.id).limit(1))
    assert found is not None
    return found
