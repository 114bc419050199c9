"""Clôture de la journée: a preview of what closing the day does, the clôture in one write,
then the day's tally to read, print or keep, the changes waiting for the central store and
the backup made right after."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lam_desk.domain.wallclock import PARIS, paris_today
from lam_desk.ui.formatting import wall_time
from lam_desk.ui.models import Column, RowTableModel
from lam_desk.ui.pdf_printing import removed_on_failure, temporary_pdf
from lam_desk.ui.visit_text import minutes_text, who_text
from lam_desk.ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from lam_desk.services.dto import (
        ClosingDone,
        ClosingPreview,
        DayClosing,
        DayTally,
        StationUse,
        SyncBacklog,
        TallyLine,
    )
    from lam_desk.ui.context import DeskContext

Clock = Callable[[], datetime]
ROW_HEIGHT = 26


def system_clock() -> datetime:
    return datetime.now(UTC)


def long_day(day: Any) -> str:
    """ "mardi 10 mars 2026": a day as the desk writes it, in its language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def short_moment(moment: datetime) -> str:
    """ "ven. 6 mars, 14:02": a moment of another day, short, in the desk's language."""
    paris = moment.astimezone(PARIS)
    wall = QDateTime(
        QDate(paris.year, paris.month, paris.day), QTime(paris.hour, paris.minute, paris.second)
    )
    return QLocale().toString(wall, "ddd d MMM, HH:mm")


def read_only_table(
    model: RowTableModel[Any], *, stretch: int, min_height: int = 120
) -> QTableView:
    """A list to read: no selection, no editing, the ``stretch`` column takes the room left."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    view.setMinimumHeight(min_height)
    return view


def fit_rows(view: QTableView, most: int) -> None:
    """Make ``view`` as tall as its rows (up to ``most``; it scrolls beyond)."""
    rows = min(view.model().rowCount(), most)
    header = view.horizontalHeader().sizeHint().height()
    height = header + rows * ROW_HEIGHT + 2 * view.frameWidth() + 2
    view.setMinimumHeight(height)
    view.setMaximumHeight(height)


# --- work done off the Qt thread --------------------------------------------------------------


def _preview(session: Session, site_id: str, now: datetime) -> ClosingPreview:
    from lam_desk.services import closing

    return closing.preview(session, site_id, now)


def _close(session: Session, site_id: str, now: datetime, account: Any) -> ClosingDone:
    from lam_desk.services import closing

    return closing.close_day(session, site_id, now, account)


@dataclass(frozen=True)
class CountedDay:
    """The tally of the day so far, without closing it."""

    tally: DayTally
    closing: DayClosing | None
    sync: SyncBacklog


def _count(session: Session, site_id: str, now: datetime) -> CountedDay:
    from lam_desk.services import closing, tally

    return CountedDay(
        tally.day_tally(session, site_id, paris_today(now), now),
        closing.closing_of_day(session, site_id, now),
        closing.sync_backlog(session),
    )


def write_tally_pdf(
    tally: DayTally, closing: DayClosing | None, site_name: str, path: Path
) -> Path:
    """The tally's page at ``path`` (runs off the Qt thread)."""
    from lam_desk.reports.day_tally import render_day_tally

    return render_day_tally(
        tally,
        path,
        site_name=site_name,
        day_text=long_day(tally.day),
        closing=closing,
        printed_at=datetime.now(UTC),
    )


# --- what the preview lists ----------------------------------------------------------------


@dataclass(frozen=True)
class PreviewRow:
    what: str
    who: str
    since: str
    outcome: str


# --- the dialog ---------------------------------------------------------------------------------


class ClosingDialog(QDialog):
    """The clôture: the preview first (Enter closes the day, Escape leaves it as it is), then
    the day's tally. Opened with ``tally_only``, it shows the tally counted now.

    Signals:
    day_closed(ClosingDone): the clôture was written.
    backup_requested(): a backup is to be made now (right after the clôture).
    """

    day_closed = Signal(object)
    backup_requested = Signal()

    def __init__(
        self,
        context: DeskContext,
        parent: QWidget | None = None,
        *,
        clock: Clock = system_clock,
        tally_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.clock = clock
        self.preview: ClosingPreview | None = None
        self.closed: ClosingDone | None = None
        self.counted: CountedDay | None = None
        self.setWindowTitle(self.tr("Close the day"))
        self._fit_to_screen()
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.error = ErrorLabel()
        layout.addWidget(self.error)

        self.preview_page = self._build_preview_page()
        self.tally_view = TallyView()
        self.pages.addWidget(self.preview_page)
        self.pages.addWidget(self.tally_view)

        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Print the tally…"))
        self.print_button.setToolTip(self.tr("Print the day's tally (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.close_button = QPushButton(self.tr("Close the day"))
        self.close_button.setObjectName("Primary")
        self.done_button = QPushButton(self.tr("Done"))
        for button in (self.print_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.cancel_button, self.close_button, self.done_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self.print_tally)
        self.save_button.clicked.connect(self.save_tally)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.close_day)
        self.done_button.clicked.connect(self.accept)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_tally)

        if tally_only:
            self.setWindowTitle(self.tr("The day's tally"))
            self._show_tally_page()
            self.tally_view.title.setText(self.tr("Counting the day…"))
            site_id, now = self.context.site.id, self.clock()
            self.context.tasks.run_read(
                lambda s: _count(s, site_id, now), self._on_counted, self._on_failed
            )
        else:
            self._show_preview_page()
            self.refresh_preview()

    def _fit_to_screen(self) -> None:
        screen = QGuiApplication.primaryScreen()
        height = 700 if screen is None else min(700, screen.availableGeometry().height() - 60)
        self.resize(900, height)

    # --- the preview -----------------------------------------------------------------------

    def _build_preview_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.preview_title = QLabel(self.tr("Close the day"))
        self.preview_title.setObjectName("PageTitle")
        layout.addWidget(self.preview_title)
        self.already_label = QLabel()
        self.already_label.setObjectName("ClosingWarning")
        self.already_label.setWordWrap(True)
        self.already_label.hide()
        layout.addWidget(self.already_label)
        self.preview_summary = QLabel(self.tr("Looking at what is still open…"))
        self.preview_summary.setWordWrap(True)
        layout.addWidget(self.preview_summary)
        self.preview_model: RowTableModel[PreviewRow] = RowTableModel(
            [
                Column(self.tr("What"), lambda r: r.what),
                Column(self.tr("Who"), lambda r: r.who),
                Column(self.tr("Since"), lambda r: r.since),
                Column(self.tr("At the clôture"), lambda r: r.outcome),
            ],
            self,
        )
        self.preview_view = read_only_table(self.preview_model, stretch=3, min_height=60)
        layout.addWidget(self.preview_view)
        self.ahead_label = QLabel()
        self.ahead_label.setObjectName("ClosingWarning")
        self.ahead_label.setWordWrap(True)
        self.ahead_label.hide()
        layout.addWidget(self.ahead_label)
        self.earlier_label = QLabel()
        self.earlier_label.setObjectName("HintLabel")
        self.earlier_label.setWordWrap(True)
        self.earlier_label.hide()
        layout.addWidget(self.earlier_label)
        hint = QLabel(
            self.tr(
                "Closing ends every session and visit still open now, releases the bookings "
                "nobody claimed as no-shows, records that you closed the day, shows the day's "
                "tally and makes a backup. Enter closes the day; Escape leaves it as it is."
            )
        )
        hint.setObjectName("HintLabel")
        hint.setWordWrap(True)
        layout.addStretch(1)
        layout.addWidget(hint)
        return page

    def _show_preview_page(self) -> None:
        self.pages.setCurrentWidget(self.preview_page)
        for button in (self.print_button, self.save_button, self.done_button):
            button.hide()
        self.cancel_button.show()
        self.close_button.show()
        self.close_button.setEnabled(False)
        self.close_button.setDefault(True)

    def refresh_preview(self) -> None:
        site_id, now = self.context.site.id, self.clock()
        self.context.tasks.run_read(
            lambda s: _preview(s, site_id, now), self._on_preview_loaded, self._on_failed
        )

    def _on_preview_loaded(self, preview: ClosingPreview) -> None:
        self.preview = preview
        self.preview_title.setText(
            self.tr("Close the day — {day}").format(day=long_day(preview.day))
        )
        if preview.closed_today is not None:
            self.already_label.setText(
                self.tr(
                    "The day was already closed at {time} by {name}. Closing again ends what "
                    "was opened since and counts the day again."
                ).format(time=wall_time(preview.closed_today.at), name=preview.closed_today.by)
            )
            self.already_label.show()
        rows = self._preview_rows(preview)
        self.preview_model.set_rows(rows)
        fit_rows(self.preview_view, 14)
        self.preview_view.setVisible(bool(rows))
        if rows:
            parts = [
                self.tr("%n session(s) to end", "", len(preview.seated)),
                self.tr("%n visit(s) to close", "", len(preview.open_visits)),
                self.tr("%n booking(s) to release as no-shows", "", len(preview.unclaimed)),
            ]
            if preview.foad:
                parts.append(self.tr("%n FOAD time(s) still running", "", len(preview.foad)))
            self.preview_summary.setText(" · ".join(parts))
        else:
            self.preview_summary.setText(
                self.tr("Nothing is open: closing records the day and counts it.")
            )
        if preview.ahead:
            self.ahead_label.setText(
                self.tr(
                    "Booked later today, left as they are: {list}. Cancel them from Bookings "
                    "if the site closes early."
                ).format(
                    list=", ".join(
                        f"{wall_time(b.starts_at)} {b.workstation} ({b.person})"
                        for b in preview.ahead
                    )
                )
            )
            self.ahead_label.show()
        loose = preview.loose
        if loose.count:
            sentences = []
            if loose.count > len(loose.foad):
                sentences.append(
                    self.tr(
                        "Earlier days left {visits} visit(s), {uses} session(s) and {bookings} "
                        "booking(s) open: they are closed too, each at its last known moment."
                    ).format(
                        visits=len(loose.visits), uses=len(loose.uses), bookings=len(loose.bookings)
                    )
                )
            if loose.foad:
                sentences.append(
                    self.tr(
                        "%n FOAD time(s) of earlier days end with no hours, until corrected.",
                        "",
                        len(loose.foad),
                    )
                )
            self.earlier_label.setText(" ".join(sentences))
            self.earlier_label.show()
        self.close_button.setEnabled(True)
        self.close_button.setFocus()

    def _preview_rows(self, preview: ClosingPreview) -> list[PreviewRow]:
        rows = [
            PreviewRow(
                self.tr("Session at {workstation}").format(workstation=s.workstation),
                who_text(s.who),
                wall_time(s.started_at),
                self.tr("ends now (planned until {time})").format(time=wall_time(s.planned_end_at))
                if s.planned_end_at > preview.read_at
                else self.tr("ends at {time}, its planned end").format(
                    time=wall_time(s.planned_end_at)
                ),
            )
            for s in preview.seated
        ]
        for visit in preview.open_visits:
            if visit.waiting:
                outcome = self.tr("closes now; leaves the queue")
            elif visit.workstation:
                outcome = self.tr("closes now (seated at {workstation})").format(
                    workstation=visit.workstation
                )
            else:
                outcome = self.tr("closes now")
            rows.append(
                PreviewRow(
                    self.tr("Visit"), who_text(visit.who), wall_time(visit.started_at), outcome
                )
            )
        rows += [
            PreviewRow(
                self.tr("Booking at {workstation}, {start}–{end}").format(
                    workstation=b.workstation,
                    start=wall_time(b.starts_at),
                    end=wall_time(b.ends_at),
                ),
                b.person,
                wall_time(b.starts_at),
                self.tr("released: nobody came"),
            )
            for b in preview.unclaimed
        ]
        rows += [
            PreviewRow(
                self.tr("Distance learning (FOAD)"),
                who_text(f.who),
                wall_time(f.started_at),
                self.tr("no hours until corrected: press Departure before closing"),
            )
            for f in preview.foad
        ]
        return rows

    # --- closing --------------------------------------------------------------------------

    def close_day(self) -> None:
        if self.preview is None or not self.close_button.isEnabled():
            return
        self.close_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.error.clear_error()
        site_id, now, account = self.context.site.id, self.clock(), self.context.account
        self.context.tasks.run_write(
            lambda s: _close(s, site_id, now, account), self._on_closed, self._on_close_failed
        )

    def _on_closed(self, done: ClosingDone) -> None:
        self.closed = done
        self._show_tally_page()
        self.tally_view.show_tally(done.tally, done.closing)
        self.tally_view.show_done(done)
        self.tally_view.show_sync(done.sync, demo=self.context.demo)
        self.tally_view.show_backup_running()
        self.day_closed.emit(done)
        self.backup_requested.emit()

    def _on_close_failed(self, error: BaseException) -> None:
        self.cancel_button.setEnabled(True)
        self.close_button.setEnabled(True)
        self.error.show_failure(error)

    def _on_failed(self, error: BaseException) -> None:
        self.error.show_failure(error)

    def _on_counted(self, counted: CountedDay) -> None:
        self.counted = counted
        self.tally_view.show_tally(counted.tally, counted.closing)
        self.tally_view.show_sync(counted.sync, demo=self.context.demo)
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)

    # --- the tally --------------------------------------------------------------------------

    def _show_tally_page(self) -> None:
        self.pages.setCurrentWidget(self.tally_view)
        self.cancel_button.hide()
        self.close_button.hide()
        self.close_button.setDefault(False)
        for button in (self.print_button, self.save_button, self.done_button):
            button.show()
        self.print_button.setEnabled(self.closed is not None)
        self.save_button.setEnabled(self.closed is not None)
        self.done_button.setDefault(True)
        self.done_button.setFocus()

    def show_backup_done(self, taken_at: datetime | None) -> None:
        """The desk finished the backup asked for after the clôture."""
        self.tally_view.show_backup_done(taken_at)

    def _tally_and_closing(self) -> tuple[DayTally, DayClosing | None] | None:
        if self.closed is not None:
            return self.closed.tally, self.closed.closing
        if self.counted is not None:
            return self.counted.tally, self.counted.closing
        return None

    def write_tally(self, path: Path) -> Path:
        """The tally shown, as a PDF at ``path`` (runs off the Qt thread)."""
        shown = self._tally_and_closing()
        assert shown is not None
        return write_tally_pdf(shown[0], shown[1], self.context.site.name, path)

    def print_tally(self) -> None:
        if self._tally_and_closing() is None:
            return
        path = temporary_pdf("bilan")
        self.context.tasks.run(
            removed_on_failure(path, lambda: self.write_tally(path)),
            self._on_to_print,
            self._on_failed,
        )

    def save_tally(self) -> None:
        if self._tally_and_closing() is None:
            return
        path = temporary_pdf("bilan")
        self.context.tasks.run(
            removed_on_failure(path, lambda: self.write_tally(path)),
            self._on_to_save,
            self._on_failed,
        )

    def _on_to_print(self, path: Path) -> None:
        from lam_desk.ui.pdf_printing import print_pdf

        try:
            if print_pdf(path, self):
                self.tally_view.message.setText(self.tr("Sent to the printer."))
        finally:
            path.unlink(missing_ok=True)

    def _on_to_save(self, path: Path) -> None:
        from lam_desk.ui.pdf_printing import save_pdf_copy

        shown = self._tally_and_closing()
        day = shown[0].day.isoformat() if shown else ""
        try:
            saved = save_pdf_copy(
                path,
                self,
                self.tr("Save the day's tally"),
                f"bilan-{self.context.site.code}-{day}.pdf",
            )
            if saved is not None:
                self.tally_view.message.setText(self.tr("Saved: {file}").format(file=str(saved)))
        finally:
            path.unlink(missing_ok=True)


class TallyView(QWidget):
    """The day's tally as the desk shows it: the key figures, the people by purpose, age band
    and gender (members and anonymous), the workstations, bookings and the queue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("PageTitle")
        layout.addWidget(self.title)
        self.closed_label = QLabel()
        self.closed_label.setObjectName("PageSubtitle")
        self.closed_label.setWordWrap(True)
        layout.addWidget(self.closed_label)
        self.sync_label = QLabel()
        self.sync_label.setObjectName("ClosingWarning")
        self.sync_label.setWordWrap(True)
        self.sync_label.hide()
        layout.addWidget(self.sync_label)
        self.backup_label = QLabel()
        self.backup_label.setObjectName("HintLabel")
        self.backup_label.hide()
        layout.addWidget(self.backup_label)

        self.figures = QLabel()
        self.figures.setObjectName("TallyFigures")
        self.figures.setWordWrap(True)
        layout.addWidget(self.figures)

        grid = QGridLayout()
        grid.setSpacing(10)
        layout.addLayout(grid, 1)
        self.purpose_model = self._people_model(self.tr("Purpose"))
        self.age_model = self._people_model(self.tr("Age"))
        self.gender_model = self._people_model(self.tr("Gender"))
        self.station_model: RowTableModel[StationUse] = RowTableModel(
            [
                Column(self.tr("Workstation"), lambda s: s.workstation),
                Column(self.tr("Sessions"), lambda s: str(s.sessions), align=_RIGHT),
                Column(self.tr("Time in use"), lambda s: minutes_text(s.minutes), align=_RIGHT),
            ],
            self,
            muted=lambda s: s.sessions == 0,
        )
        self.purpose_view = read_only_table(self.purpose_model, stretch=0)
        self.age_view = read_only_table(self.age_model, stretch=0)
        self.gender_view = read_only_table(self.gender_model, stretch=0)
        self.station_view = read_only_table(self.station_model, stretch=0)
        left, right = QVBoxLayout(), QVBoxLayout()
        for column, views in (
            (left, (self.purpose_view, self.station_view)),
            (right, (self.age_view, self.gender_view)),
        ):
            for view in views:
                column.addWidget(view)
            column.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.bookings_label = QLabel()
        self.bookings_label.setWordWrap(True)
        layout.addWidget(self.bookings_label)
        self.message = QLabel()
        self.message.setObjectName("DoneLabel")
        layout.addWidget(self.message)

    def _people_model(self, first: str) -> RowTableModel[TallyLine]:
        return RowTableModel(
            [
                Column(first, lambda line: line.label),
                Column(self.tr("Members"), lambda line: str(line.members), align=_RIGHT),
                Column(self.tr("Anonymous"), lambda line: str(line.anonymous), align=_RIGHT),
                Column(self.tr("Total"), lambda line: str(line.total), align=_RIGHT),
            ],
            self,
            muted=lambda line: line.total == 0,
        )

    def show_tally(self, tally: DayTally, closing: DayClosing | None) -> None:
        self.title.setText(self.tr("The day's tally — {day}").format(day=long_day(tally.day)))
        if closing is not None:
            self.closed_label.setText(
                self.tr("Day closed at {time} by {name}.").format(
                    time=wall_time(closing.at), name=closing.by
                )
            )
        else:
            self.closed_label.setText(
                self.tr("Counted at {time}; the day is not closed yet.").format(
                    time=wall_time(tally.counted_at)
                )
            )
        self.figures.setText(
            " · ".join(
                [
                    self.tr("%n person(s) welcomed", "", tally.people)
                    + " "
                    + self.tr("({members} members, {anonymous} anonymous)").format(
                        members=tally.member_visits, anonymous=tally.anonymous_people
                    ),
                    self.tr("{time} at the workstations").format(
                        time=minutes_text(tally.use_minutes)
                    ),
                ]
            )
        )
        # On screen, the purposes somebody came for (the paper lists them all).
        self.purpose_model.set_rows([line for line in tally.by_purpose if line.total])
        self.age_model.set_rows(list(tally.by_age))
        self.gender_model.set_rows(list(tally.by_gender))
        self.station_model.set_rows(list(tally.stations))
        fit_rows(self.purpose_view, 8)
        fit_rows(self.station_view, 6)
        fit_rows(self.age_view, 7)
        fit_rows(self.gender_view, 4)
        self.bookings_label.setText(
            " · ".join(
                [
                    self.tr("Bookings: %n honoured", "", tally.bookings_honoured),
                    self.tr("%n no-show(s)", "", tally.no_shows),
                    self.tr("%n cancelled", "", tally.bookings_cancelled),
                    self.tr("Queue: %n joined", "", tally.queue_joined),
                    self.tr("%n seated from it", "", tally.queue_seated),
                    self.tr("%n left without a workstation", "", tally.queue_left),
                ]
            )
        )

    def show_done(self, done: ClosingDone) -> None:
        earlier = done.earlier.visits_closed + done.earlier.uses_ended
        parts = [
            self.tr("%n session(s) ended", "", done.uses_ended),
            self.tr("%n visit(s) closed", "", done.visits_closed),
            self.tr("%n booking(s) released as no-shows", "", done.bookings_released),
        ]
        foad = done.foad_ended + done.earlier.foad_ended
        if foad:
            parts.append(
                self.tr("%n FOAD time(s) left running: no hours until corrected", "", foad)
            )
        if earlier:
            parts.append(self.tr("%n left open on earlier days closed", "", earlier))
        self.closed_label.setText(
            self.tr("Day closed at {time} by {name}: {done}.").format(
                time=wall_time(done.closing.at), name=done.closing.by, done=", ".join(parts)
            )
        )

    def show_sync(self, sync: SyncBacklog, *, demo: bool) -> None:
        if demo or sync.pending == 0:
            self.sync_label.hide()
            return
        if sync.configured:
            text = self.tr(
                "%n change(s) of this desk wait to be sent to the central store. They go at "
                "the next synchronisation: leave the desk connected, or synchronise before "
                "switching off.",
                "",
                sync.pending,
            )
        else:
            text = self.tr(
                "%n change(s) of this desk wait to be sent, and synchronisation is not "
                "configured: they are kept on this computer only (and in its backups). "
                "Tell the coordinator.",
                "",
                sync.pending,
            )
        self.sync_label.setText(text)
        self.sync_label.show()

    def show_backup_running(self) -> None:
        self.backup_label.setText(self.tr("Backup: in progress…"))
        self.backup_label.show()

    def show_backup_done(self, taken_at: datetime | None) -> None:
        if taken_at is None:
            return
        self.backup_label.setText(
            self.tr("Backup made at {time}.").format(time=wall_time(taken_at))
        )
        self.backup_label.show()


_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
