"""Pages whose features come in a later part of the product: they say so plainly."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from lam_desk.ui.widgets import ComingLater, PageHeader


class ComingLaterPage(QWidget):
    """A page that describes what it will hold, and when."""

    def __init__(
        self, title: str, what: str, points: list[str], later: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.addWidget(PageHeader(title, what))
        listing = QLabel("\n".join(f"•  {point}" for point in points))
        listing.setWordWrap(True)
        layout.addWidget(listing)
        layout.addSpacing(12)
        self.notice = ComingLater(later)
        layout.addWidget(self.notice)
        layout.addStretch(1)


def workstations_page() -> ComingLaterPage:
    return ComingLaterPage(
        QCoreApplication.translate("ComingPages", "Workstations"),
        QCoreApplication.translate(
            "ComingPages", "The live board of the site's public workstations."
        ),
        [
            QCoreApplication.translate(
                "ComingPages",
                "free, in use (who, since when, time left), booked next, out of service",
            ),
            QCoreApplication.translate(
                "ComingPages",
                "seat a person or an anonymous ticket in two keystrokes; extend, move, end",
            ),
            QCoreApplication.translate(
                "ComingPages", "an alert when time is up, and the walk-in queue"
            ),
        ],
        QCoreApplication.translate(
            "ComingPages",
            "This page arrives with the desk's day (check-in and workstations). "
            "Nothing is missing from your data: there is simply nothing to show here yet.",
        ),
    )


def bookings_page() -> ComingLaterPage:
    return ComingLaterPage(
        QCoreApplication.translate("ComingPages", "Bookings"),
        QCoreApplication.translate("ComingPages", "Workstations booked ahead, by day and by week."),
        [
            QCoreApplication.translate(
                "ComingPages",
                "book a workstation for a member, or by phone for someone not yet registered",
            ),
            QCoreApplication.translate(
                "ComingPages", "opening hours, closures, quotas and no-shows checked for you"
            ),
            QCoreApplication.translate(
                "ComingPages", "tomorrow's bookings as a list of people to remind"
            ),
        ],
        QCoreApplication.translate(
            "ComingPages", "This page arrives with the desk's day (bookings)."
        ),
    )


def training_page() -> ComingLaterPage:
    return ComingLaterPage(
        QCoreApplication.translate("ComingPages", "Training"),
        QCoreApplication.translate("ComingPages", "Courses, sessions, enrolments and attendance."),
        [
            QCoreApplication.translate(
                "ComingPages",
                "CNI internet certificate, university certificate, FOAD, job-search and seniors' workshops",
            ),
            QCoreApplication.translate(
                "ComingPages", "enrolments with a waitlist, attendance per half-day"
            ),
            QCoreApplication.translate(
                "ComingPages", "attendance sheets and certificates that funders accept"
            ),
        ],
        QCoreApplication.translate("ComingPages", "This page arrives with training management."),
    )


def calendar_page() -> ComingLaterPage:
    return ComingLaterPage(
        QCoreApplication.translate("ComingPages", "Calendar"),
        QCoreApplication.translate("ComingPages", "The network's common calendar of events."),
        [
            QCoreApplication.translate(
                "ComingPages", "Fête de l'Internet, Semaine bleue and the sites' own events"
            ),
            QCoreApplication.translate(
                "ComingPages", "the catalogue of digital services offered on the territory"
            ),
        ],
        QCoreApplication.translate(
            "ComingPages",
            "This page arrives with the common calendar, after network synchronisation.",
        ),
    )


def statistics_page() -> ComingLaterPage:
    return ComingLaterPage(
        QCoreApplication.translate("ComingPages", "Statistics"),
        QCoreApplication.translate(
            "ComingPages", "The site's and the network's activity, for the funders."
        ),
        [
            QCoreApplication.translate(
                "ComingPages", "visits, workstation hours and training hours by period"
            ),
            QCoreApplication.translate(
                "ComingPages", "age bands, communes and statuses as they were on the day"
            ),
            QCoreApplication.translate(
                "ComingPages", "the activity report for FEDER, State, Région and Département"
            ),
        ],
        QCoreApplication.translate(
            "ComingPages",
            "This page arrives with activity reports, once visits and training are recorded.",
        ),
    )
