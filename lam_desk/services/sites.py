"""The settings of a site: opening hours, closures, session and booking lengths, the daily
booking quota, the no-show delay, the visit purposes it offers."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from lam_desk.db.models import Closure, OpeningHours, Site, SiteSettings, StaffUser, VisitPurpose
from lam_desk.domain import opening
from lam_desk.domain.bookings import BookingRules
from lam_desk.domain.permissions import Action, allowed
from lam_desk.domain.wallclock import paris_today
from lam_desk.errors import RefusedError, UserError
from lam_desk.i18n import QT_TRANSLATE_NOOP
from lam_desk.ids import reference_id
from lam_desk.services.dto import (
    ClosureRow,
    OpeningIntervalRow,
    PurposeRow,
    SiteSettingsDraft,
    SiteSettingsRow,
    StaffRow,
)
from lam_desk.sync import capture, clocks

CONTEXT = "SiteSettings"

# What a site has until its coordinator says otherwise.
DEFAULTS = SiteSettingsDraft(
    session_default_minutes=60,
    session_max_minutes=240,
    booking_min_minutes=30,
    booking_max_minutes=120,
    booking_quota_minutes=120,
    no_show_minutes=15,
    purpose_codes=None,
    opening=(),
    closures=(),
)
_LONGEST_MINUTES = 12 * 60  # no session or booking lasts longer than a day's opening
_CLOCKED = (*SiteSettings.synced_fields(), "cl")


def settings_id(site_code: str) -> str:
    """The one settings row of a site: every desk computes the same id."""
    return reference_id("site_settings", site_code)


def _site(session: Session, site_id: str) -> Site:
    site = session.get(Site, site_id)
    if site is None or not site.alive:
        raise UserError(CONTEXT, QT_TRANSLATE_NOOP("SiteSettings", "This site does not exist."))
    return site


def _row(session: Session, site: Site) -> SiteSettings | None:
    row = session.get(SiteSettings, settings_id(site.code))
    return row if row is not None and row.alive else None


def active_purposes(session: Session) -> list[PurposeRow]:
    return [
        PurposeRow(p.code, p.label)
        for p in session.scalars(
            select(VisitPurpose)
            .where(VisitPurpose.active.is_(True), VisitPurpose.cl % 2 == 1)
            .order_by(VisitPurpose.position, VisitPurpose.label)
        )
    ]


def site_settings(session: Session, site_id: str, *, today: date | None = None) -> SiteSettingsRow:
    """A site's settings as read now (defaults for what was never saved)."""
    site = _site(session, site_id)
    row = _row(session, site)
    source = row if row is not None else DEFAULTS
    today = today or paris_today()
    intervals = session.scalars(
        select(OpeningHours)
        .where(
            OpeningHours.site_id == site_id,
            OpeningHours.cl % 2 == 1,
            OpeningHours.valid_from.is_(None),
            OpeningHours.valid_until.is_(None),
        )
        .order_by(OpeningHours.weekday, OpeningHours.opens)
    ).all()
    closures = session.scalars(
        select(Closure)
        .where(Closure.site_id == site_id, Closure.cl % 2 == 1, Closure.last_day >= today)
        .order_by(Closure.first_day, Closure.last_day)
    ).all()
    codes = source.purpose_codes
    return SiteSettingsRow(
        site_id=site_id,
        session_default_minutes=source.session_default_minutes,
        session_max_minutes=source.session_max_minutes,
        booking_min_minutes=source.booking_min_minutes,
        booking_max_minutes=source.booking_max_minutes,
        booking_quota_minutes=source.booking_quota_minutes,
        no_show_minutes=source.no_show_minutes,
        purpose_codes=None if codes is None else tuple(codes),
        opening=tuple(OpeningIntervalRow(i.weekday, i.opens, i.closes) for i in intervals),
        closures=tuple(ClosureRow(c.id, c.first_day, c.last_day, c.reason) for c in closures),
        purposes=tuple(active_purposes(session)),
        clocks=clocks.expand(row.field_clocks, _CLOCKED) if row is not None else {},
    )


def booking_rules(session: Session, site_id: str) -> BookingRules:
    row = _row(session, _site(session, site_id))
    source = row if row is not None else DEFAULTS
    return BookingRules(
        min_minutes=source.booking_min_minutes,
        max_minutes=source.booking_max_minutes,
        daily_quota_minutes=source.booking_quota_minutes,
        no_show_minutes=source.no_show_minutes,
    )


def opening_calendar(
    session: Session, site_id: str, first_day: date | None = None, last_day: date | None = None
) -> opening.OpeningCalendar:
    """The site's opening: every interval (seasons included) and the closures that touch
    ``first_day``..``last_day`` (all of them when not given)."""
    hours = session.scalars(
        select(OpeningHours).where(OpeningHours.site_id == site_id, OpeningHours.cl % 2 == 1)
    ).all()
    query = select(Closure).where(Closure.site_id == site_id, Closure.cl % 2 == 1)
    if first_day is not None:
        query = query.where(Closure.last_day >= first_day)
    if last_day is not None:
        query = query.where(Closure.first_day <= last_day)
    intervals = []
    for h in hours:
        try:
            intervals.append(
                opening.WeeklyInterval(
                    h.weekday,
                    opening.parse_hhmm(h.opens),
                    opening.parse_hhmm(h.closes),
                    h.valid_from,
                    h.valid_until,
                )
            )
        except opening.OpeningRuleError:
            continue  # a row that cannot be read opens nothing
    return opening.OpeningCalendar.of(
        intervals,
        [opening.ClosureSpan(c.first_day, c.last_day, c.reason) for c in session.scalars(query)],
        configured=bool(hours),
    )


def update_site_settings(
    session: Session,
    actor: StaffRow,
    seen: SiteSettingsRow,
    draft: SiteSettingsDraft,
    *,
    now: datetime | None = None,
) -> SiteSettingsRow:
    """Save a site's settings, all of them or nothing. Only a coordinator may."""
    _require(session, actor)
    site = _site(session, seen.site_id)
    _check_numbers(draft)
    purpose_codes = _check_purposes(session, draft.purpose_codes)
    weekly = _check_opening(draft.opening)
    closures = _check_closures(draft.closures)

    row = _row(session, site)
    if row is None:
        row = session.get(SiteSettings, settings_id(site.code))  # deleted once: restore it
        if row is None:
            row = SiteSettings(id=settings_id(site.code), site_id=site.id)
            session.add(row)
        else:
            capture.mark_restored(row)
    else:
        capture.set_base(session, row, seen.clocks)
    row.session_default_minutes = draft.session_default_minutes
    row.session_max_minutes = draft.session_max_minutes
    row.booking_min_minutes = draft.booking_min_minutes
    row.booking_max_minutes = draft.booking_max_minutes
    row.booking_quota_minutes = draft.booking_quota_minutes
    row.no_show_minutes = draft.no_show_minutes
    row.purpose_codes = None if purpose_codes is None else list(purpose_codes)

    _save_opening(session, site.id, weekly)
    _save_closures(session, site.id, seen, closures)
    session.flush()
    today = paris_today(now or datetime.now(UTC))
    return site_settings(session, site.id, today=today)


# --- checks ----------------------------------------------------------------------------------


def _require(session: Session, actor: StaffRow) -> None:
    """The actor's rights as stored now (a demotion since login counts at once)."""
    current = session.get(StaffUser, actor.id)
    if (
        current is None
        or not current.alive
        or not current.active
        or not allowed(current.role, Action.EDIT_SITE_SETTINGS)
    ):
        raise RefusedError(
            CONTEXT,
            QT_TRANSLATE_NOOP("SiteSettings", "Only a coordinator can change a site's settings."),
        )


def _check_numbers(draft: SiteSettingsDraft) -> None:
    values = (
        draft.session_default_minutes,
        draft.session_max_minutes,
        draft.booking_min_minutes,
        draft.booking_max_minutes,
        draft.no_show_minutes,
    )
    if any(v <= 0 for v in values):
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "SiteSettings", "Lengths and delays are a number of minutes above 0."
            ),
        )
    if draft.booking_quota_minutes < 0:
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "SiteSettings", "The daily quota cannot be negative (0 means no quota)."
            ),
        )
    if any(v > _LONGEST_MINUTES for v in (*values, draft.booking_quota_minutes)):
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP("SiteSettings", "No length or delay goes beyond {hours} hours."),
            hours=_LONGEST_MINUTES // 60,
        )
    if draft.session_default_minutes > draft.session_max_minutes:
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "SiteSettings",
                "The usual length of a session cannot be longer than its maximum length.",
            ),
        )
    if draft.booking_min_minutes > draft.booking_max_minutes:
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "SiteSettings",
                "The shortest booking cannot be longer than the longest booking.",
            ),
        )
    if draft.no_show_minutes >= draft.booking_min_minutes:
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "SiteSettings",
                "The no-show delay must be shorter than the shortest booking ({minutes} min).",
            ),
            minutes=draft.booking_min_minutes,
        )
    if 0 < draft.booking_quota_minutes < draft.booking_min_minutes:
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "SiteSettings",
                "The daily quota is shorter than the shortest booking: nobody could book.",
            ),
        )


def _check_purposes(session: Session, codes: Sequence[str] | None) -> tuple[str, ...] | None:
    if codes is None:
        return None
    known = {p.code for p in active_purposes(session)}
    chosen = tuple(dict.fromkeys(codes))
    if not chosen:
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP("SiteSettings", "Offer at least one purpose of visit."),
        )
    unknown = [c for c in chosen if c not in known]
    if unknown:
        raise UserError(
            CONTEXT,
            QT_TRANSLATE_NOOP("SiteSettings", "Unknown purpose of visit: {code}."),
            code=unknown[0],
        )
    return chosen


def _opening_error(broken: opening.OpeningRuleError) -> UserError:
    return UserError(opening.CONTEXT, broken.source, **broken.params)


def _check_opening(rows: Sequence[OpeningIntervalRow]) -> list[opening.WeeklyInterval]:
    try:
        weekly = [
            opening.WeeklyInterval(
                r.weekday, opening.parse_hhmm(r.opens), opening.parse_hhmm(r.closes)
            )
            for r in rows
        ]
        opening.check_week(weekly)
    except opening.OpeningRuleError as broken:
        raise _opening_error(broken) from None
    return sorted(weekly)


def _check_closures(rows: Sequence[ClosureRow]) -> list[ClosureRow]:
    out = []
    for r in rows:
        reason = " ".join(r.reason.split())
        try:
            opening.check_closure(opening.ClosureSpan(r.first_day, r.last_day, reason))
        except opening.OpeningRuleError as broken:
            raise _opening_error(broken) from None
        out.append(ClosureRow(r.id, r.first_day, r.last_day, reason))
    return out


# --- writes ----------------------------------------------------------------------------------


def _save_opening(session: Session, site_id: str, weekly: list[opening.WeeklyInterval]) -> None:
    """Make the standing weekly rows those of ``weekly``: rows that stay are kept as they are
    (no op), the others are deleted, the new ones added. Seasonal rows are left alone."""
    current = session.scalars(
        select(OpeningHours).where(
            OpeningHours.site_id == site_id,
            OpeningHours.cl % 2 == 1,
            OpeningHours.valid_from.is_(None),
            OpeningHours.valid_until.is_(None),
        )
    ).all()
    wanted = {(w.weekday, opening.hhmm(w.opens), opening.hhmm(w.closes)) for w in weekly}
    kept: set[tuple[int, str, str]] = set()
    for row in current:
        key = (row.weekday, row.opens, row.closes)
        if key in wanted and key not in kept:
            kept.add(key)
        else:
            capture.mark_deleted(row)
    for weekday, opens, closes in sorted(wanted - kept):
        session.add(
            OpeningHours(
                site_id=site_id,
                weekday=weekday,
                opens=opens,
                closes=closes,
                valid_from=None,
                valid_until=None,
            )
        )


def _save_closures(
    session: Session, site_id: str, seen: SiteSettingsRow, closures: list[ClosureRow]
) -> None:
    """Closures listed when the form was read and gone from it are deleted; changed ones are
    updated; new ones added. Closures over before the form was read are not touched."""
    kept_ids = {c.id for c in closures if c.id is not None}
    for old in seen.closures:
        if old.id is not None and old.id not in kept_ids:
            row = session.get(Closure, old.id)
            if row is not None and row.alive and row.site_id == site_id:
                capture.mark_deleted(row)
    for c in closures:
        if c.id is None:
            session.add(
                Closure(
                    site_id=site_id, first_day=c.first_day, last_day=c.last_day, reason=c.reason
                )
            )
            continue
        row = session.get(Closure, c.id)
        if row is None or not row.alive or row.site_id != site_id:
            continue  # deleted meanwhile (by another desk): not brought back
        if (row.first_day, row.last_day, row.reason) != (c.first_day, c.last_day, c.reason):
            row.first_day, row.last_day, row.reason = c.first_day, c.last_day, c.reason
