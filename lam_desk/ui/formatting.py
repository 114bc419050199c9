"""How the desk writes moments: Paris wall-clock time, in the desk's language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from lam_desk.domain.wallclock import PARIS


def wall_time(moment: datetime) -> str:
    """ "14:05": the Paris wall-clock time of a UTC moment."""
    return moment.astimezone(PARIS).strftime("%H:%M")


def local_datetime_text(moment: datetime, *, seconds: bool = False) -> str:
    """A UTC moment as the desk reads it: Paris wall-clock time, in the desk's language."""
    paris = moment.astimezone(PARIS)
    wall = QDateTime(
        QDate(paris.year, paris.month, paris.day), QTime(paris.hour, paris.minute, paris.second)
    )
    pattern = "dddd d MMMM yyyy, HH:mm:ss" if seconds else "dddd d MMMM yyyy, HH:mm"
    return QLocale().toString(wall, pattern)
