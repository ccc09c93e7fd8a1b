"""Recurrence: the editor's Recurrence and RRULE text both ways, and occurrences expanded in local time."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from crm_desktop.errors import ValidationError
from crm_desktop.services.recurrence import MAX_STEPS, Recurrence, Series, parse_series
from tests.unit.services.task_helpers import AMS, ams, local

UTC = ZoneInfo("UTC")


@pytest.mark.parametrize(("recurrence", "rule"), [
    (Recurrence("daily", interval=3), "FREQ=DAILY;INTERVAL=3"),
    (Recurrence("weekly", days=(4, 0, 2, 0)), "FREQ=WEEKLY;BYDAY=MO,WE,FR"),
    (Recurrence("monthly", count=6), "FREQ=MONTHLY;COUNT=6"),
    (Recurrence("yearly", until=date(2030, 3, 17)), "FREQ=YEARLY;UNTIL=20300317T225959Z"),
])
def test_recurrence_to_rrule_and_back(recurrence: Recurrence, rule: str) -> None:
    start = datetime(2025, 3, 17, 9, 0)

    assert recurrence.rrule(start, AMS) == rule
    assert Recurrence.from_rrule(rule, AMS) == recurrence.checked()


def test_an_all_day_series_ends_on_a_date() -> None:
    rule = Recurrence("weekly", until=date(2025, 4, 30)).rrule(datetime(2025, 3, 17), None)

    assert rule == "FREQ=WEEKLY;UNTIL=20250430"
    assert Recurrence.from_rrule(rule, None).until == date(2025, 4, 30)


def test_rule_parts_the_editor_does_not_show_are_kept() -> None:
    recurrence = Recurrence.from_rrule("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;WKST=SU", AMS)

    assert recurrence.freq == "monthly"
    assert recurrence.days == ()
    assert recurrence.extra == "BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;WKST=SU"
    assert recurrence.rrule(datetime(2025, 1, 31, 9), AMS) == "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;WKST=SU"


@pytest.mark.parametrize(("recurrence", "message"), [
    (Recurrence("hourly"), "not a repeat frequency"),
    (Recurrence("daily", interval=0), "Repeat every"),
    (Recurrence("daily", count=3, until=date(2030, 1, 1)), "not both"),
    (Recurrence("monthly", days=(1,)), "weekly series only"),
    (Recurrence("weekly", days=(7,)), "numbered 0"),
    (Recurrence("daily", count=0), "repeats 1 to"),
    (Recurrence("daily", extra="UNTIL=20300101"), "not a recurrence rule part"),
])
def test_a_bad_recurrence_is_refused_with_the_reason(recurrence: Recurrence, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        recurrence.rrule(datetime(2025, 3, 17, 9), AMS)


def test_a_series_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValidationError, match="end before it starts"):
        Recurrence("daily", until=date(2025, 3, 1)).rrule(datetime(2025, 3, 17, 9), AMS)


def test_weekly_at_nine_stays_at_nine_across_the_change_to_summer_time() -> None:
    series = Series.make(ams(2025, 3, 17, 9, 0), Recurrence("weekly", days=(0,)), AMS, all_day=False)

    found = series.between(ams(2025, 3, 1), ams(2025, 4, 15), AMS)

    assert found == [datetime(2025, 3, 17, 8), datetime(2025, 3, 24, 8),   # CET: UTC+1
                     datetime(2025, 3, 31, 7), datetime(2025, 4, 7, 7), datetime(2025, 4, 14, 7)]   # CEST: UTC+2
    assert {local(o).time() for o in found} == {datetime(2025, 1, 1, 9).time()}


def test_and_back_at_the_end_of_summer_time() -> None:
    series = Series.make(ams(2025, 10, 20, 9, 0), Recurrence("weekly"), AMS, all_day=False)

    assert series.between(ams(2025, 10, 1), ams(2025, 11, 4), AMS) == [datetime(2025, 10, 20, 7),
                                                                      datetime(2025, 10, 27, 8),
                                                                      datetime(2025, 11, 3, 8)]


def test_a_time_skipped_by_the_change_keeps_the_earlier_offset() -> None:
    # 02:30 does not exist on 30 March 2025 in Amsterdam; RFC 5545 reads it with the offset before the gap.
    series = Series.make(ams(2025, 3, 29, 2, 30), Recurrence("daily", count=3), AMS, all_day=False)

    assert series.between(datetime(2025, 3, 28), datetime(2025, 4, 2), AMS) == [
        datetime(2025, 3, 29, 1, 30), datetime(2025, 3, 30, 1, 30), datetime(2025, 3, 31, 0, 30)]


def test_an_until_day_keeps_its_occurrence() -> None:
    series = Series.make(ams(2025, 3, 17, 18, 0), Recurrence("daily", until=date(2025, 3, 19)), AMS, all_day=False)

    assert [local(o) for o in series.between(datetime(2025, 3, 1), datetime(2025, 4, 1), AMS)] == [
        datetime(2025, 3, 17, 18), datetime(2025, 3, 18, 18), datetime(2025, 3, 19, 18)]
    assert series.last_utc(AMS) == ams(2025, 3, 19, 18)


def test_an_all_day_series_falls_on_the_viewers_midnights() -> None:
    series = Series.make(ams(2025, 3, 28, 15, 0), Recurrence("daily", count=3), AMS, all_day=True)

    assert series.text() == "DTSTART;VALUE=DATE:20250328\nRRULE:FREQ=DAILY;COUNT=3"
    assert series.between(datetime(2025, 3, 1), datetime(2025, 4, 30), AMS) == [
        ams(2025, 3, 28), ams(2025, 3, 29), ams(2025, 3, 30)]
    london = ZoneInfo("Europe/London")
    assert series.between(datetime(2025, 3, 1), datetime(2025, 4, 30), london)[0] == datetime(2025, 3, 28)


def test_the_stored_text_reads_back() -> None:
    series = Series.make(ams(2025, 3, 17, 9, 0), Recurrence("weekly", days=(0, 3), until=date(2025, 6, 30)), AMS,
                         all_day=False)

    assert series.text() == ("DTSTART;TZID=Europe/Amsterdam:20250317T090000\n"
                             "RRULE:FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20250630T215959Z")
    assert parse_series(series.text()) == series
    assert parse_series(None) is None
    with pytest.raises(ValidationError, match="cannot be read"):
        Series.parse("RRULE:FREQ=DAILY")
    with pytest.raises(ValidationError, match="cannot be read"):
        Series.parse("DTSTART;TZID=Mars/Olympus:20250317T090000\nRRULE:FREQ=DAILY")


def test_occurrences_after_a_moment() -> None:
    series = Series.make(ams(2025, 3, 17, 9, 0), Recurrence("weekly", count=3), AMS, all_day=False)

    assert list(series.after(ams(2025, 3, 17, 9, 0), AMS)) == [ams(2025, 3, 24, 9), ams(2025, 3, 31, 9)]
    assert next(series.after(ams(2025, 3, 17, 9, 0), AMS, inclusive=True)) == ams(2025, 3, 17, 9)
    assert series.contains(ams(2025, 3, 31, 9), AMS)
    assert not series.contains(ams(2025, 3, 31, 10), AMS)


def test_an_endless_search_stops() -> None:
    series = Series.make(ams(2025, 1, 1, 9), Recurrence("daily"), AMS, all_day=False)

    assert series.last_utc(AMS) is None
    assert sum(1 for _ in series.after(ams(2025, 1, 1), AMS)) == MAX_STEPS


def test_shifting_a_weekly_series_moves_its_weekdays() -> None:
    series = Series.make(ams(2025, 3, 17, 9), Recurrence("weekly", days=(0, 2)), AMS, all_day=False)

    moved = series.shifted(timedelta(days=1, hours=1))

    assert moved.start == datetime(2025, 3, 18, 10)
    assert moved.recurrence().days == (1, 3)
    assert [local(o) for o in moved.between(ams(2025, 3, 17), ams(2025, 3, 24), AMS)] == [
        datetime(2025, 3, 18, 10), datetime(2025, 3, 20, 10)]


def test_a_series_on_days_of_the_month_is_not_dragged_to_another_day() -> None:
    series = Series(datetime(2025, 3, 15, 9), AMS, "FREQ=MONTHLY;BYMONTHDAY=15")

    assert series.shifted(timedelta(hours=2)).start == datetime(2025, 3, 15, 11)
    with pytest.raises(ValidationError, match="days of the month"):
        series.shifted(timedelta(days=1))


def test_a_rule_dateutil_refuses_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="cannot be used"):
        Series(datetime(2025, 3, 15, 9), AMS, "FREQ=WEEKLY;BYDAY=XX").checked()
    with pytest.raises(ValidationError, match="daily, weekly, monthly or yearly"):
        Series(datetime(2025, 3, 15, 9), AMS, "FREQ=MINUTELY").checked()
    with pytest.raises(ValidationError, match="too long"):
        Series(datetime(2025, 3, 15, 9), AMS, "FREQ=DAILY;" + ";".join(["WKST=MO"] * 80)).checked()
