"""How the desk names a visitor and a span of minutes, the same on the board, in the queue
and in the dialogs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

if TYPE_CHECKING:
    from lam_desk.services.dto import Who


def who_text(who: Who) -> str:
    """ "FABRE Odile", "Ticket T-3", or "3 anonymous visitors"."""
    if who.member_id is not None:
        return who.name or QCoreApplication.translate("VisitText", "(name erased)")
    if who.ticket:
        return QCoreApplication.translate("VisitText", "Ticket {ticket}").format(ticket=who.ticket)
    return _PLURALS.anonymous(who.head_count)


class _Plurals(QObject):
    """Counted words: lupdate gives plural forms to tr() calls only."""

    def anonymous(self, count: int) -> str:
        return self.tr("%n anonymous visitor(s)", "", count)


_PLURALS = _Plurals()


def minutes_text(minutes: int) -> str:
    """ "45 min", "1 h", "1 h 30"."""
    if minutes < 60:
        return QCoreApplication.translate("VisitText", "{minutes} min").format(minutes=minutes)
    hours, rest = divmod(minutes, 60)
    if rest == 0:
        return QCoreApplication.translate("VisitText", "{hours} h").format(hours=hours)
    return QCoreApplication.translate("VisitText", "{hours} h {minutes:02d}").format(
        hours=hours, minutes=rest
    )


def countdown_text(seconds: int) -> str:
    """Time left as the tile counts it down: "42 min" above ten minutes, "9:05" below."""
    if seconds >= 600:
        return minutes_text((seconds + 59) // 60)
    return f"{seconds // 60}:{seconds % 60:02d}"
