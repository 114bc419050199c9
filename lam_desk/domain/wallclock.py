"""The desk's clock: moments are stored in UTC; people read and type Europe/Paris time."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")


def paris_day_bounds(day: date) -> tuple[datetime, datetime]:
    """The UTC moments a Paris calendar day starts and ends (23 or 25 hours at DST changes)."""
    start = datetime.combine(day, time(0), tzinfo=PARIS)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=PARIS)
    return start.astimezone(UTC), end.astimezone(UTC)


def paris_today(now: datetime | None = None) -> date:
    return (now or datetime.now(UTC)).astimezone(PARIS).date()


def to_paris(moment: datetime) -> datetime:
    return moment.astimezone(PARIS)


def at_paris(day: date, hhmm: str) -> datetime:
    """The UTC moment of a Paris wall-clock time ("HH:MM") on ``day``."""
    hours, minutes = (int(part) for part in hhmm.split(":"))
    return datetime.combine(day, time(hours, minutes), tzinfo=PARIS).astimezone(UTC)
