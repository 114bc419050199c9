"""Change capture: every local write to a synced row leaves an outbox op in its transaction."""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from capture_desk import (
    ANIM_PASSWORD,
    BED,
    COORD_PASSWORD,
    DAY,
    NOW,
    SATURDAY,
    SYNCED_MODELS,
    WEEK,
    DayDesk,
    Desk,
    at,
    build_day,
    copy_database,
    ops,
    settings_draft,
    snapshot,
)
from sqlalchemy import JSON, Integer, String, delete, insert, select, update
from sqlalchemy.orm import Session

import lam_desk.services
from lam_desk.db.base import Base
from lam_desk.db.engine import Database
from lam_desk.db.migrate import SCHEMA_REVISION
from lam_desk.db.models import Node, OutboxOp, Site, StaffUser
from lam_desk.domain.accounts import LockoutPolicy, Role
from lam_desk.domain.network import site_id
from lam_desk.domain.reference import COURSES as COURSES_
from lam_desk.paths import AppPaths
from lam_desk.services import (
    bookings,
    closing,
    imports,
    members,
    node,
    privacy,
    queue,
    sites,
    staff,
    tally,
    today,
    visits,
    workstations,
)
from lam_desk.services.dto import BookingDraft, ClosureRow, MemberDraft, SeatedUse
from lam_desk.store import open_database
from lam_desk.sync import capture, clocks
from lam_desk.sync.capture import UncapturedWriteError
from lam_desk.sync.hlc import Stamp

POLICY = LockoutPolicy()
LOCAL_TABLES = {
    "node",
    "outbox_op",
    "login_failure",
    "local_note",
    "member_search",
    "sync_state",
    "sync_parked_row",
}


def animator_draft(account: staff.StaffRow, **changes: Any) -> staff.AccountDraft:
    values: dict[str, Any] = {
        "username": account.username,
        "display_name": account.display_name,
        "role": account.role,
        "home_site_id": account.home_site_id,
        "active": account.active,
    }
    values.update(changes)
    return staff.AccountDraft(**values)


def ops_in(session: Session) -> list[OutboxOp]:
    return list(session.scalars(select(OutboxOp)))


# --- one transaction, one op ------------------------------------------------------------------


def test_a_rolled_back_write_leaves_no_op(desk: Desk) -> None:
    before = ops(desk.db)
    with pytest.raises(RuntimeError, match="abandoned"), desk.db.write() as s:
        draft = staff.AccountDraft("paul", "Paul", Role.ANIMATOR, None, "a-good-password")
        staff.create_account(s, desk.coordinator, draft)
        assert len(ops_in(s)) == len(before) + 1  # captured in the transaction...
        raise RuntimeError("abandoned")
    assert ops(desk.db) == before  # ...and gone with it
    with desk.db.read() as s:
        assert "paul" not in {a.username for a in staff.list_accounts(s)}


def test_creating_an_account_writes_one_op_with_every_field(desk: Desk) -> None:
    before = {op.op_id for op in ops(desk.db)}
    with desk.db.write() as s:
        created = staff.create_account(
            s,
            desk.coordinator,
            staff.AccountDraft(
                "paul", "Paul Vidal", Role.ANIMATOR, site_id("SCH"), "pass-word-1", "9753"
            ),
        )
    new = [op for op in ops(desk.db) if op.op_id not in before]
    assert len(new) == 1
    op = new[0]
    assert (op.entity, op.row_id, op.cl, op.acked_at) == ("staff_user", created.account.id, 1, None)
    assert op.schema_version == SCHEMA_REVISION
    with desk.db.read() as s:
        row = s.get(StaffUser, created.account.id)
        assert row is not None
        expected = {name: getattr(row, name) for name in (*StaffUser.synced_fields(), "cl")}
        assert clocks.expand(row.field_clocks, expected) == dict.fromkeys(expected, op.hlc)
        assert row.field_clocks == {"*": op.hlc}, "a row written whole keeps one stamp"
    assert set(op.fields) == set(expected)
    for name, value in expected.items():
        assert op.fields[name] == {"value": value, "hlc": op.hlc, "base": None}
    assert Stamp.decode(op.hlc).node_id == node_id(desk.db)


def node_id(db: Database) -> str:
    with db.read() as s:
        return node.node_info(s).node_id


def test_an_update_writes_only_the_changed_fields_based_on_what_was_seen(desk: Desk) -> None:
    seen = desk.animator
    before = ops(desk.db)
    with desk.db.write() as s:
        staff.update_account(
            s, desk.coordinator, seen, animator_draft(seen, display_name="Mathis A.")
        )
    (op,) = ops(desk.db)[len(before) :]
    assert list(op.fields) == ["display_name"]
    field = op.fields["display_name"]
    assert field == {"value": "Mathis A.", "hlc": op.hlc, "base": seen.clocks["display_name"]}
    assert op.hlc > seen.clocks["display_name"]
    with desk.db.read() as s:
        clocks = staff.get_account(s, seen.id).clocks
    assert clocks == {**seen.clocks, "display_name": op.hlc}


def test_an_edit_from_a_stale_screen_carries_the_clock_it_was_read_with(desk: Desk) -> None:
    stale = desk.animator  # one screen read the account...
    with desk.db.write() as s:
        fresh = staff.get_account(s, stale.id)  # ...another edits it first
        staff.update_account(s, desk.coordinator, fresh, animator_draft(fresh, display_name="M. 1"))
    with desk.db.read() as s:
        between = staff.get_account(s, stale.id).clocks["display_name"]
    with desk.db.write() as s:
        staff.update_account(s, desk.coordinator, stale, animator_draft(stale, display_name="M. 2"))
    last = ops(desk.db)[-1]
    # The base is what the user saw, not what the row had: the server sees the conflict.
    assert last.fields["display_name"]["base"] == stale.clocks["display_name"]
    assert last.fields["display_name"]["base"] != between


def test_the_seen_clocks_survive_a_flush_of_other_rows(desk: Desk) -> None:
    stale = desk.animator
    with desk.db.write() as s:
        staff.update_account(
            s,
            desk.coordinator,
            staff.get_account(s, stale.id),
            animator_draft(stale, display_name="M. 1"),
        )
    with desk.db.write() as s:
        row = s.get(StaffUser, stale.id)
        assert row is not None
        capture.set_base(s, row, stale.clocks)
        site = s.get(Site, site_id("SCH"))
        assert site is not None
        site.place = "Médiathèque, 1er étage"
        s.flush()  # another row's change is flushed (as an autoflush would) before this one
        row.display_name = "M. 2"
    last = ops(desk.db)[-1]
    assert last.row_id == stale.id
    assert last.fields["display_name"]["base"] == stale.clocks["display_name"]


def test_setting_the_same_values_writes_no_op(desk: Desk) -> None:
    before = ops(desk.db)
    seen = desk.animator
    with desk.db.write() as s:
        staff.update_account(s, desk.coordinator, seen, animator_draft(seen))
        site = s.get(Site, site_id("OLO"))
        assert site is not None
        site.name = str(site.name)
    assert ops(desk.db) == before
    with desk.db.read() as s:
        assert staff.get_account(s, seen.id).clocks == seen.clocks


def test_writes_from_the_network_capture_nothing(desk: Desk) -> None:
    before = ops(desk.db)
    with desk.db.apply() as s:
        site = s.get(Site, site_id("OLO"))
        assert site is not None
        site.place = "Maison des services"
        s.add(
            StaffUser(
                id="0190f000-0000-7000-8000-000000000001",
                username="pulled",
                display_name="From the server",
                role="animator",
                active=True,
                password_hash="x",
                field_clocks={"username": "000000000000001.000000.other"},
                cl=1,
            )
        )
        # A pull page may use bulk statements: they apply as they are.
        s.execute(update(Site).where(Site.code == "CAP").values(place="Capestang centre"))
    assert ops(desk.db) == before
    with desk.db.read() as s:
        assert s.get(Site, site_id("OLO")).place == "Maison des services"  # type: ignore[union-attr]
        assert s.get(Site, site_id("CAP")).place == "Capestang centre"  # type: ignore[union-attr]
        assert staff.get_account(s, "0190f000-0000-7000-8000-000000000001").username == "pulled"


# --- the guard --------------------------------------------------------------------------------

SNEAKY_WRITES: dict[str, Callable[[Session, Desk], object]] = {
    "bulk update": lambda s, d: s.execute(update(StaffUser).values(active=False)),
    "bulk delete": lambda s, d: s.execute(delete(Site).where(Site.code == "MUR")),
    "bulk insert": lambda s, d: s.execute(
        insert(StaffUser).values(
            id="x",
            username="ghost",
            display_name="G",
            role="coordinator",
            active=True,
            password_hash="x",
            field_clocks={},
            cl=1,
        )
    ),
    "core table update": lambda s, d: s.execute(update(Site.__table__).values(name="?")),
    "delete of a row": lambda s, d: (s.delete(s.get(StaffUser, d.animator.id)), s.flush()),
    "bulk save": lambda s, d: s.bulk_save_objects(
        [
            StaffUser(
                id="y",
                username="ghost",
                display_name="G",
                role="animator",
                active=True,
                password_hash="x",
                field_clocks={},
                cl=1,
            )
        ]
    ),
    "bulk mappings": lambda s, d: s.bulk_update_mappings(
        Site, [{"id": site_id("MUR"), "name": "?"}]
    ),
}


@pytest.mark.parametrize("sneaky", list(SNEAKY_WRITES))
def test_writes_that_would_escape_capture_are_refused_and_roll_back(
    desk: Desk, sneaky: str
) -> None:
    rows, pending = snapshot(desk.db), ops(desk.db)
    with pytest.raises(UncapturedWriteError), desk.db.write() as s:
        site = s.get(Site, site_id("OLO"))
        assert site is not None
        site.place = "changed in the same transaction"
        s.flush()
        SNEAKY_WRITES[sneaky](s, desk)
    assert snapshot(desk.db) == rows
    assert ops(desk.db) == pending


# --- the clock --------------------------------------------------------------------------------


def test_the_persisted_clock_never_goes_back_when_the_pc_clock_does(paths: AppPaths) -> None:
    start = int(datetime(2031, 6, 1, tzinfo=UTC).timestamp() * 1000)
    walls = [start, start - 3_600_000, start - 86_400_000 * 400, start + 1, start - 5]
    stamps: list[str] = []
    states: list[tuple[int, int]] = []
    for turn, wall in enumerate(walls):
        db = open_database(paths.database, wall=lambda wall=wall: wall)
        try:
            for edit in range(2):
                with db.write() as s:
                    site = s.get(Site, site_id("CAP"))
                    assert site is not None
                    site.place = f"turn {turn} edit {edit}"
            stamps += [op.hlc for op in ops(db)[-2:]]
            with db.read() as s:
                n = s.scalars(select(Node)).one()
                states.append((n.hlc_wall, n.hlc_counter))
        finally:
            db.close()
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    assert [Stamp.decode(t) for t in stamps] == sorted(Stamp.decode(t) for t in stamps)
    assert states == sorted(states) and len(set(states)) == len(states)
    assert states[-1] >= (start + 1, 0)


# --- every synced table, every service that writes one ----------------------------------------


@pytest.mark.parametrize("model", SYNCED_MODELS, ids=lambda m: m.__name__)
def test_every_synced_table_carries_the_sync_columns(model: type) -> None:
    table = model.__table__  # type: ignore[attr-defined]
    assert [c.name for c in table.primary_key.columns] == ["id"]
    assert isinstance(table.c.id.type, String) and table.c.id.type.length == 36
    assert isinstance(table.c.field_clocks.type, JSON) and not table.c.field_clocks.nullable
    assert isinstance(table.c.cl.type, Integer) and not table.c.cl.nullable
    for fk in table.foreign_keys:
        assert fk.deferrable and fk.initially == "DEFERRED", f"{table.name}.{fk.parent.name}"


def test_every_table_is_either_synced_or_known_to_be_local() -> None:
    synced = {m.__tablename__ for m in SYNCED_MODELS}  # type: ignore[attr-defined]
    assert synced >= {"site", "staff_user"}
    assert set(Base.metadata.tables) == synced | LOCAL_TABLES


@dataclass(frozen=True)
class Scenario:
    run: Callable[[Session, DayDesk], object]
    writes_synced_rows: bool = True
    fresh: bool = False  # runs on a desk with no account yet


@pytest.fixture(scope="session")
def day_template(
    capture_template: tuple[Path, Desk], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, DayDesk]:
    """The capture desk with a day at Bédarieux written by the services (capture_desk.World)."""
    source, made = capture_template
    path = tmp_path_factory.mktemp("capture-day") / "lam_desk.sqlite3"
    copy_database(source, path)
    db = open_database(path)
    try:
        world = build_day(db, made.coordinator)
    finally:
        db.close()
    return path, DayDesk(db, made.coordinator, made.animator, made.animator_code, world)


@pytest.fixture
def day(paths: AppPaths, day_template: tuple[Path, DayDesk]) -> Iterator[DayDesk]:
    source, made = day_template
    copy_database(source, paths.database)
    db = open_database(paths.database)
    yield DayDesk(db, made.coordinator, made.animator, made.animator_code, made.world)
    db.close()


def _create(s: Session, d: DayDesk) -> object:
    draft = staff.AccountDraft("lea", "Léa", Role.ANIMATOR, site_id("OLO"), "pass-word-1")
    return staff.create_account(s, d.coordinator, draft)


def _seed_demo(s: Session, d: DayDesk) -> object:
    demo = importlib.import_module("lam_desk.services.demo")
    return demo.seed_demo_accounts(s)


def _seated(s: Session, d: DayDesk) -> SeatedUse:
    """Jean's session as the board shows it (with the clocks the desk read it with)."""
    for station in workstations.board(s, BED, NOW).workstations:
        if station.use is not None and station.use.id == d.world.jean_use:
            return station.use
    raise AssertionError("Jean is not seated")


def _card_of(s: Session, member_id: str) -> str:
    row = members.get_member(s, member_id)
    assert row is not None
    return row.card_number


def _update_member(s: Session, d: DayDesk) -> object:
    seen = members.member_details(s, d.world.odile, [BED])
    assert seen is not None and seen.contact is not None
    card, contact = seen.member, seen.contact
    draft = MemberDraft(
        family_name=card.family_name,
        given_name="Odile-Marie",
        birth_year=card.birth_year,
        commune_insee="34142",  # moved to Lodève
        status="employed",
        gender=card.gender,
        phone="06 39 98 44 22",
        email=contact.email,
        address="12 avenue de la République",
        postal_code="34700",
        notice_accepted=contact.notice_accepted_on is not None,
        charter_accepted=contact.charter_accepted_on is not None,
    )
    return members.update_member(s, seen, draft, actor="anim", site_id=BED, today=DAY)


def _update_site_settings(s: Session, d: DayDesk) -> object:
    seen = sites.site_settings(s, BED, today=DAY)
    draft = settings_draft(
        seen,
        no_show_minutes=20,
        purpose_codes=("free_access", "job_search", "admin_procedure", "print_scan"),
        opening=WEEK[:-1],  # no more Saturday mornings
        closures=(ClosureRow(None, date(2026, 5, 14), date(2026, 5, 16), "Pont de l'Ascension"),),
    )
    return sites.update_site_settings(s, d.coordinator, seen, draft, now=NOW)


def _purge(s: Session, d: DayDesk) -> object:
    preview = privacy.purge_preview(s, d.coordinator, served_site_ids=[BED], today=DAY)
    assert [c.member_id for c in preview.candidates] == [d.world.gerard]
    assert preview.restrictions_ended == 1  # Simone
    return privacy.purge_members(
        s,
        d.coordinator,
        served_site_ids=[BED],
        site_id=BED,
        shown=[c.member_id for c in preview.candidates],
        now=NOW,
    )


def _import(s: Session, d: DayDesk) -> object:
    data = (Path(__file__).parent.parent / "data" / "adherents_bedarieux_utf8_bom.csv").read_bytes()
    report = imports.import_members(
        s,
        data,
        file_name="adherents.csv",
        home_site_id=BED,
        actor="anim",
        dry_run=False,
        valid_only=True,
        today=DAY,
    )
    assert report.written
    return report


SCENARIOS: dict[str, Scenario] = {
    "staff.create_account": Scenario(_create),
    "staff.update_account": Scenario(
        lambda s, d: staff.update_account(
            s,
            d.coordinator,
            d.animator,
            animator_draft(
                d.animator, role=Role.COORDINATOR, home_site_id=None, password="new-pass-1"
            ),
        )
    ),
    "staff.set_active": Scenario(
        lambda s, d: staff.set_active(s, d.coordinator, d.animator, False)
    ),
    # Secrets (password, PIN, recovery-code hashes) stay on this desk: no op carries them.
    "staff.change_own_secrets": Scenario(
        lambda s, d: staff.change_own_secrets(
            s, d.animator, ANIM_PASSWORD, password="x-pass-word", pin="0246", policy=POLICY
        ),
        writes_synced_rows=False,
    ),
    "staff.issue_recovery_code": Scenario(
        lambda s, d: staff.issue_recovery_code(s, d.coordinator, d.animator.id),
        writes_synced_rows=False,
    ),
    "staff.recover_with_code": Scenario(
        lambda s, d: staff.recover_with_code(s, "anim", d.animator_code, "after-recovery"),
        writes_synced_rows=False,
    ),
    "demo.seed_demo_accounts": Scenario(_seed_demo, fresh=True),
    # Local tables only (login failures, the node row): no op expected.
    "staff.authenticate": Scenario(
        lambda s, d: (
            staff.authenticate(s, "coord", "wrong", policy=POLICY),
            staff.authenticate(s, "coord", COORD_PASSWORD, policy=POLICY),
        ),
        writes_synced_rows=False,
    ),
    "staff.unlock": Scenario(
        lambda s, d: staff.unlock(s, d.animator.id, "0000", policy=POLICY), writes_synced_rows=False
    ),
    "node.set_home_site": Scenario(
        lambda s, d: node.set_home_site(s, site_id("BED")), writes_synced_rows=False
    ),
    "node.renew_node_id": Scenario(lambda s, d: node.renew_node_id(s), writes_synced_rows=False),
    "node.next_in_desk_sequence": Scenario(  # a local note only: the numbers are the rows'
        lambda s, d: node.next_in_desk_sequence(
            s,
            "test-sequence",
            first_digits=lambda: 42,
            number_of=lambda tag, last: f"T-{tag}-{last}",
            taken=lambda n: False,
        ),
        writes_synced_rows=False,
    ),
    # --- members ---
    "members.create_member": Scenario(
        lambda s, d: members.create_member(
            s,
            MemberDraft(
                "Azaïs",
                "Léo",
                2015,
                "34028",
                "pupil_student",
                "m",
                phone="06 70 80 90 10",
                notice_accepted=True,
                charter_accepted=True,
                parental_authorisation=True,
                guardian_name="Claire Azaïs",
            ),
            home_site_id=BED,
            actor="anim",
            today=DAY,
        )
    ),
    "members.update_member": Scenario(_update_member),
    "members.reissue_card": Scenario(
        lambda s, d: members.reissue_card(
            s,
            members.get_member(s, d.world.jean),  # type: ignore[arg-type]
            site_code="BED",
            actor="anim",
            site_id=BED,
        )
    ),
    "imports.import_members": Scenario(_import),
    # --- personal data ---
    "privacy.export_member": Scenario(  # the export is audited: an audit entry is written
        lambda s, d: privacy.export_member(s, d.coordinator, d.world.odile, site_id=BED, now=NOW)
    ),
    # Rose's funded training keeps her identity restricted; her contact is deleted, her future
    # booking and enrolment cancelled, her values scrubbed from the outbox.
    "privacy.erase_member": Scenario(
        lambda s, d: privacy.erase_member(s, d.coordinator, d.world.rose, site_id=BED, now=NOW)
    ),
    "privacy.purge_members": Scenario(_purge),
    # --- the site ---
    "sites.update_site_settings": Scenario(_update_site_settings),
    "workstations.add_workstation": Scenario(
        lambda s, d: workstations.add_workstation(s, BED, "Scanner", "scanner")
    ),
    "workstations.set_out_of_service": Scenario(
        lambda s, d: workstations.set_out_of_service(s, d.world.stations[2], "Écran cassé")
    ),
    # --- visits, the queue, the board ---
    "visits.check_in_member": Scenario(
        lambda s, d: visits.check_in_member(
            s, BED, d.world.nadia, ["admin_procedure"], d.animator.id, NOW
        )
    ),
    "visits.check_in_anonymous": Scenario(
        lambda s, d: visits.check_in_anonymous(
            s,
            BED,
            ["school_support"],
            d.animator.id,
            NOW,
            head_count=3,
            age_band="0-14",
            gender="x",
            ticket=True,
        )
    ),
    "visits.check_out": Scenario(lambda s, d: visits.check_out(s, d.world.jean_visit, NOW)),
    "queue.join": Scenario(lambda s, d: queue.join(s, BED, d.world.marc_visit, NOW)),
    "queue.leave": Scenario(lambda s, d: queue.leave(s, d.world.ticket_entry, NOW)),
    "workstations.seat": Scenario(  # the ticket waiting: its place in the queue ends as seated
        lambda s, d: workstations.seat(s, BED, d.world.ticket_visit, d.world.stations[2], 60, NOW)
    ),
    "workstations.seat_walk_in": Scenario(  # Odile: a new visit of today, then her seat
        lambda s, d: workstations.seat_walk_in(
            s, BED, d.world.odile, d.world.stations[2], 45, d.animator.id, NOW
        )
    ),
    "workstations.seat_or_queue": Scenario(  # someone waits already: Marc joins the queue
        lambda s, d: workstations.seat_or_queue(s, BED, d.world.marc_visit, NOW)
    ),
    "workstations.extend": Scenario(
        lambda s, d: workstations.extend(s, d.world.jean_use, 30, NOW, _seated(s, d).clocks)
    ),
    "workstations.end": Scenario(
        lambda s, d: workstations.end(s, d.world.jean_use, NOW, _seated(s, d).clocks)
    ),
    "workstations.move": Scenario(
        lambda s, d: workstations.move(
            s, d.world.jean_use, d.world.stations[2], NOW, _seated(s, d).clocks
        )
    ),
    # --- bookings ---
    "bookings.book": Scenario(
        lambda s, d: bookings.book(
            s,
            d.animator,
            BookingDraft(
                BED, d.world.stations[2], at(DAY, "14:00"), at(DAY, "15:00"), d.world.marc
            ),
            now=NOW,
        )
    ),
    "bookings.book_block": Scenario(
        lambda s, d: bookings.book_block(
            s,
            d.animator,
            BED,
            d.world.stations,
            at(DAY + timedelta(days=2), "09:00"),
            at(DAY + timedelta(days=2), "12:00"),
            "Atelier smartphone",
            now=NOW,
        )
    ),
    "bookings.cancel": Scenario(  # the workshop's two workstations
        lambda s, d: bookings.cancel(
            s, bookings.get_booking(s, d.world.block_booking, now=NOW), now=NOW
        )
    ),
    "bookings.mark_arrived": Scenario(  # booked on the phone: completed with Nadia's card
        lambda s, d: bookings.mark_arrived(
            s, bookings.get_booking(s, d.world.phone_booking, now=NOW), d.world.nadia, now=NOW
        )
    ),
    "bookings.release_no_shows": Scenario(lambda s, d: bookings.release_no_shows(s, BED, now=NOW)),
    # --- opening and closing the day ---
    "closing.settle_loose_ends": Scenario(
        lambda s, d: closing.settle_loose_ends(s, BED, NOW, d.animator)
    ),
    "closing.close_day": Scenario(
        lambda s, d: closing.close_day(s, BED, at(DAY, "18:30"), d.coordinator)
    ),
}
# Seeding runs in network (apply) sessions by design: every desk seeds the same rows.
NETWORK_ONLY = {"node.prepare", "node.seed_reference_rows"}
READERS: dict[str, Callable[[Session, DayDesk], object]] = {
    "staff.list_accounts": lambda s, d: staff.list_accounts(s),
    "staff.get_account": lambda s, d: staff.get_account(s, d.animator.id),
    "staff.count_accounts": lambda s, d: staff.count_accounts(s),
    "staff.locked_until": lambda s, d: staff.locked_until(s, d.animator.id, policy=POLICY),
    "node.list_sites": lambda s, d: node.list_sites(s),
    "node.node_info": lambda s, d: node.node_info(s),
    "node.is_first_run": lambda s, d: node.is_first_run(s),
    "node.desk_sequence": lambda s, d: node.desk_sequence(s, "card_numbers"),
    "today.overview": lambda s, d: today.overview(s, BED, DAY),
    "today.opening": lambda s, d: today.opening(s, BED, NOW),
    "members.search_members": lambda s, d: members.search_members(s, "jean font"),
    "members.get_member": lambda s, d: members.get_member(s, d.world.odile),
    "members.member_details": lambda s, d: members.member_details(s, d.world.odile, [BED]),
    "members.find_duplicates": lambda s, d: members.find_duplicates(
        s, MemberDraft("FABRE", "Odile", 1958, "34028", "retired", phone="0639984421")
    ),
    "members.lookup_card": lambda s, d: members.lookup_card(s, _card_of(s, d.world.jean)),
    "privacy.find_member_id": lambda s, d: privacy.find_member_id(s, _card_of(s, d.world.odile)),
    "privacy.funded_retention_end": lambda s, d: privacy.funded_retention_end(
        s, [d.world.rose], DAY
    ),
    "privacy.purge_preview": lambda s, d: privacy.purge_preview(
        s, d.coordinator, served_site_ids=[BED], today=DAY
    ),
    "sites.active_purposes": lambda s, d: sites.active_purposes(s),
    "sites.site_settings": lambda s, d: sites.site_settings(s, BED, today=DAY),
    "sites.booking_rules": lambda s, d: sites.booking_rules(s, BED),
    "sites.opening_calendar": lambda s, d: sites.opening_calendar(
        s, BED, DAY, DAY + timedelta(days=60)
    ),
    "visits.purposes": lambda s, d: visits.purposes(s, BED),
    "visits.todays_visits": lambda s, d: visits.todays_visits(s, BED, NOW),
    "visits.open_visit": lambda s, d: visits.open_visit(s, d.world.jean_visit),
    "visits.open_visit_of_member": lambda s, d: visits.open_visit_of_member(
        s, BED, d.world.jean, NOW
    ),
    "workstations.board": lambda s, d: workstations.board(s, BED, NOW),
    "workstations.opening_day": lambda s, d: workstations.opening_day(s, BED, NOW),
    "workstations.session_rules": lambda s, d: workstations.session_rules(s, BED),
    "bookings.day_timeline": lambda s, d: bookings.day_timeline(s, BED, DAY, now=NOW),
    "bookings.week_timeline": lambda s, d: bookings.week_timeline(s, BED, DAY, now=NOW),
    "bookings.get_booking": lambda s, d: bookings.get_booking(s, d.world.phone_booking, now=NOW),
    "bookings.no_shows": lambda s, d: bookings.no_shows(s, BED, SATURDAY, DAY),
    "bookings.reminders": lambda s, d: bookings.reminders(s, BED, DAY + timedelta(days=1), [BED]),
    "bookings.next_open_day": lambda s, d: bookings.next_open_day(s, BED, DAY),
    "closing.sync_backlog": lambda s, d: closing.sync_backlog(s),
    "closing.closing_of_day": lambda s, d: closing.closing_of_day(s, BED, NOW),
    "closing.loose_ends": lambda s, d: closing.loose_ends(s, BED, NOW),
    "closing.preview": lambda s, d: closing.preview(s, BED, at(DAY, "18:30")),
    "tally.day_tally": lambda s, d: tally.day_tally(s, BED, DAY, at(DAY, "18:30")),
}


# --- training (issue C): a CNI run at Bédarieux on the day, two seats, three people -------------


def _training_day(s: Session, d: DayDesk) -> tuple[str, str, list[str]]:
    """A run of today with its séance (workstation 4 held, 14:00-16:00), Jean and
    Odile enrolled, Marc waiting: (run, séance, enrolments)."""
    from lam_desk.services import training
    from lam_desk.services.dto_training import RunDraft, SessionDraft

    node.set_home_site(s, BED)  # this desk serves the day's site: it writes its runs
    cni = next(c for c in COURSES_ if c.code == "CNI")
    run = training.create_run(s, d.animator, RunDraft(cni.id, BED, "", 2, DAY, DAY))
    seance = training.add_session(
        s,
        d.animator,
        SessionDraft(
            run.id,
            DAY,
            None,
            ("14:00", "16:00"),
            module_title="Messagerie",
            trainer_id=d.animator.id,
            workstation_ids=d.world.stations[3:],
        ),
        now=NOW,
    )
    made = [
        training.enrol(s, d.animator, BED, run.id, who, now=NOW).id
        for who in (d.world.jean, d.world.odile, d.world.marc)
    ]
    return run.id, seance.id, made


def _marked(s: Session, d: DayDesk, *, closed: bool) -> tuple[str, str, list[str]]:
    from lam_desk.services import training

    run_id, seance_id, made = _training_day(s, d)
    training.mark_all_present(s, d.animator, seance_id, now=at(DAY, "16:00"))
    if closed:
        training.close_session(s, d.animator, seance_id, now=at(DAY, "16:05"))
    return run_id, seance_id, made


def _foad(s: Session, d: DayDesk) -> str:
    from lam_desk.services import training
    from lam_desk.services.dto_training import RunDraft

    node.set_home_site(s, BED)
    foad = next(c for c in COURSES_ if c.code == "FOAD")
    run = training.create_run(s, d.animator, RunDraft(foad.id, BED, "", 5, DAY, DAY))
    return training.enrol(s, d.animator, BED, run.id, d.world.nadia, now=NOW).id


def _attach(s: Session, d: DayDesk) -> object:
    import tempfile

    from lam_desk.services import training

    _run_id, seance_id, _made = _training_day(s, d)
    with tempfile.TemporaryDirectory() as folder:
        scan = Path(folder) / "scan.png"
        scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 32)
        return training.attach_scanned_sheet(s, d.animator, seance_id, scan, Path(folder) / "a")


def _rose_runs(s: Session) -> tuple[str, str, str]:
    """Rose's funded run of February (its séance) and her enrolment in April's run."""
    from lam_desk.db.models import CourseRun, Enrolment, TrainingSession

    feb = s.scalars(select(CourseRun.id).where(CourseRun.label == "Groupe du 2026-02-09")).one()
    seance = s.scalars(select(TrainingSession.id).where(TrainingSession.course_run_id == feb)).one()
    april = s.scalars(select(CourseRun.id).where(CourseRun.label == "Groupe du 2026-04-13")).one()
    enrolment = s.scalars(select(Enrolment.id).where(Enrolment.course_run_id == april)).one()
    return feb, seance, enrolment


def _training_scenarios() -> dict[str, Scenario]:
    from lam_desk.services import training as t
    from lam_desk.services.dto_training import (
        CourseDraft,
        FundingLineDraft,
        HalfDay,
        MarkDraft,
        Presence,
        RunDraft,
        SessionDraft,
    )

    def update_run(s: Session, d: DayDesk) -> object:
        run_id, _seance, _made = _training_day(s, d)
        seen = t.get_run(s, run_id)
        draft = RunDraft(seen.course.id, BED, "CNI du mardi", 3, DAY, DAY)
        return t.update_run(s, d.animator, seen, draft)

    def update_session(s: Session, d: DayDesk) -> object:
        run_id, seance_id, _made = _training_day(s, d)
        seen = t.get_session(s, seance_id)
        draft = SessionDraft(
            run_id, DAY, None, ("14:00", "15:30"), trainer_name="Léa Roux",
            workstation_ids=d.world.stations[2:3],
        )  # fmt: skip
        return t.update_session(s, d.animator, seen, draft, now=NOW)

    def mark(s: Session, d: DayDesk) -> object:
        _run, seance_id, _made = _training_day(s, d)
        late = MarkDraft(d.world.jean, HalfDay.AFTERNOON, Presence.LATE, "14:20")
        return t.mark_attendance(s, d.animator, seance_id, [late], now=at(DAY, "15:00"))

    def correct(s: Session, d: DayDesk) -> object:
        _run, seance_id, _made = _marked(s, d, closed=True)
        absent = MarkDraft(d.world.odile, HalfDay.AFTERNOON, Presence.ABSENT)
        return t.correct_attendance(
            s, d.coordinator, seance_id, absent, "Partie avant la séance", now=at(DAY, "18:00")
        )

    def foad_out(s: Session, d: DayDesk) -> object:
        enrolment = _foad(s, d)
        t.foad_time_in(s, d.animator, BED, enrolment, now=NOW)
        return t.foad_time_out(s, d.animator, BED, enrolment, now=at(DAY, "11:30"))

    def foad_corrected(s: Session, d: DayDesk) -> object:
        enrolment = _foad(s, d)
        t.foad_time_in(s, d.animator, BED, enrolment, now=NOW)
        ended = t.foad_time_out(s, d.animator, BED, enrolment, now=at(DAY, "10:20"))
        return t.correct_foad_time(
            s, d.animator, ended.id, "10:00", "11:30", "Départ mal noté", now=at(DAY, "18:00")
        )

    def foad_settled(s: Session, d: DayDesk) -> object:
        t.foad_time_in(s, d.animator, BED, _foad(s, d), now=NOW)
        return t.settle_foad_times(s, BED, at(DAY, "19:00"), all_day=True)

    def certificate(s: Session, d: DayDesk) -> object:
        _run, _seance, made = _marked(s, d, closed=True)
        return t.certificate(s, d.coordinator, made[0], now=at(DAY, "18:00"))

    def funding_line(s: Session, d: DayDesk) -> object:
        feder = next(f for f in t.funding_lines(s) if f.is_eu)
        draft = FundingLineDraft(
            "OC0099001", "2021-2027", "Région Occitanie", "", True, ("Région Occitanie",), 10
        )
        return t.save_funding_line(s, d.coordinator, feder, draft)

    return {
        "training.save_funding_line": Scenario(funding_line),
        "training.save_course": Scenario(
            lambda s, d: t.save_course(
                s, d.coordinator, CourseDraft("SMART", "Atelier smartphone", planned_hours=4), None
            )
        ),
        "training.create_run": Scenario(lambda s, d: _training_day(s, d)),
        "training.update_run": Scenario(update_run),
        "training.add_session": Scenario(lambda s, d: _training_day(s, d)),
        "training.update_session": Scenario(update_session),
        "training.enrol": Scenario(lambda s, d: _training_day(s, d)),
        "training.cancel_enrolment": Scenario(  # Jean leaves: Marc is promoted
            lambda s, d: t.cancel_enrolment(s, d.animator, BED, _training_day(s, d)[2][0], now=NOW)
        ),
        "training.mark_attendance": Scenario(mark),
        "training.mark_all_present": Scenario(lambda s, d: _marked(s, d, closed=False)),
        "training.add_walk_in": Scenario(
            lambda s, d: t.add_walk_in(
                s, d.animator, BED, _training_day(s, d)[1], d.world.nadia, now=at(DAY, "14:10")
            )
        ),
        "training.close_session": Scenario(lambda s, d: _marked(s, d, closed=True)),
        "training.correct_attendance": Scenario(correct),
        "training.attach_scanned_sheet": Scenario(_attach),
        "training.foad_time_in": Scenario(
            lambda s, d: t.foad_time_in(s, d.animator, BED, _foad(s, d), now=NOW)
        ),
        "training.foad_time_out": Scenario(foad_out),
        "training.correct_foad_time": Scenario(foad_corrected),
        "training.settle_foad_times": Scenario(foad_settled),
        "training.attendance_sheet": Scenario(
            lambda s, d: t.attendance_sheet(s, d.animator, _training_day(s, d)[1], now=NOW)
        ),
        "training.run_sheets": Scenario(
            lambda s, d: t.run_sheets(s, d.animator, _training_day(s, d)[0], now=NOW)
        ),
        "training.certificate": Scenario(certificate),
    }


def _training_readers() -> dict[str, Callable[[Session, DayDesk], object]]:
    from lam_desk.services import training as t

    return {
        "training.courses": lambda s, d: t.courses(s, site_id=BED),
        "training.funding_lines": lambda s, d: t.funding_lines(s),
        "training.runs": lambda s, d: t.runs(s, today=DAY),
        "training.get_run": lambda s, d: t.get_run(s, _rose_runs(s)[0]),
        "training.sessions_between": lambda s, d: t.sessions_between(
            s, date(2026, 2, 1), DAY, site_id=BED
        ),
        "training.run_sessions": lambda s, d: t.run_sessions(s, _rose_runs(s)[0]),
        "training.get_session": lambda s, d: t.get_session(s, _rose_runs(s)[1]),
        "training.enrolments": lambda s, d: t.enrolments(s, _rose_runs(s)[0], viewer_site_id=BED),
        "training.member_training": lambda s, d: t.member_training(s, d.world.rose),
        "training.attendance": lambda s, d: t.attendance(s, _rose_runs(s)[1]),
        "training.foad_times": lambda s, d: t.foad_times(s, _rose_runs(s)[2]),
    }


SCENARIOS.update(_training_scenarios())
READERS.update(_training_readers())


def service_functions() -> list[str]:
    """Public functions of lam_desk.services.* that take a session."""
    found = []
    for info in pkgutil.iter_modules(lam_desk.services.__path__):
        module = importlib.import_module(f"lam_desk.services.{info.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ != module.__name__ or name.startswith("_"):
                continue
            params = list(inspect.signature(fn).parameters)
            if params[:1] == ["session"]:
                found.append(f"{info.name}.{name}")
    return sorted(found)


def test_every_service_function_is_checked_for_capture() -> None:
    known = set(SCENARIOS) | NETWORK_ONLY | set(READERS)
    missing = [name for name in service_functions() if name not in known]
    assert not missing, f"add a capture scenario (or reader) in this file for: {missing}"
    gone = known - set(service_functions())
    assert not gone, f"no such service function any more: {sorted(gone)}"


def _as_sent(held: object, sent: object) -> bool:
    """Whether an op's value is the row's value as it travels (a moment: the same instant)."""
    if isinstance(held, datetime):
        return isinstance(sent, str) and datetime.fromisoformat(sent) == held
    if isinstance(held, date):
        return isinstance(sent, str) and date.fromisoformat(sent) == held
    return bool(sent == json.loads(json.dumps(held)))


@pytest.mark.parametrize("name", [n for n in service_functions() if n in SCENARIOS])
def test_service_writes_to_synced_rows_are_all_captured(
    name: str, day: DayDesk, tmp_path: Path
) -> None:
    scenario = SCENARIOS[name]
    db = open_database(tmp_path / "fresh.sqlite3") if scenario.fresh else day.db
    try:
        before, before_ops = snapshot(db), {op.op_id for op in ops(db)}
        with db.write() as s:
            scenario.run(s, day)
        after = snapshot(db)
        new_ops = [op for op in ops(db) if op.op_id not in before_ops]
    finally:
        if scenario.fresh:
            db.close()
    assert set(before) <= set(after), "a synced row vanished: deletes are by causal length"
    touched = {(op.entity, op.row_id) for op in new_ops}
    assert touched <= set(after), f"ops for rows that are not there: {touched - set(after)}"
    changed_rows = 0
    for key, row in after.items():
        old = before.get(key, {})
        changed = {f for f in row if f != "__clocks__" and old.get(f, object()) != row[f]}
        if not changed and key not in touched:
            continue
        changed_rows += bool(changed)
        last: dict[str, dict[str, Any]] = {}
        for op in new_ops:
            if (op.entity, op.row_id) == key:
                last.update(op.fields)  # type: ignore[arg-type]
        assert changed <= set(last), f"{key}: {changed - set(last)} changed without an op"
        for field, sent in last.items():  # what the ops say last is what the row holds
            assert _as_sent(row[field], sent["value"]), f"{key}.{field}: op {sent['value']!r}"
            assert clocks.clock_of(row["__clocks__"], field) == sent["hlc"], f"{key}.{field}"
    assert (changed_rows > 0) == scenario.writes_synced_rows
    if not scenario.writes_synced_rows:
        assert new_ops == []


@pytest.mark.parametrize("name", sorted(READERS))
def test_reading_services_write_nothing(name: str, day: DayDesk) -> None:
    # Read sessions are query_only: SQLite itself refuses any write they would try.
    with day.db.read() as s:
        READERS[name](s, day)


def test_no_op_carries_a_secret(desk: Desk) -> None:
    """DESIGN.md §4: no password, PIN or recovery-code hash leaves its home site."""
    with desk.db.write() as s:
        staff.change_own_secrets(
            s, desk.animator, ANIM_PASSWORD, password="x-pass-word", pin="0246", policy=POLICY
        )
        staff.issue_recovery_code(s, desk.coordinator, desk.animator.id)
    for op in ops(desk.db):
        assert not {"password_hash", "pin_hash", "recovery_code_hash"} & set(op.fields)
        assert "scrypt$" not in json.dumps(op.fields)


def test_list_and_dict_defaults_travel_as_stored(desk: Desk) -> None:
    """A column whose default is an empty list is [] in the op, as in the row."""
    from lam_desk.db.models import Visit

    with desk.db.write() as s:
        visit = Visit(site_id=site_id("BED"), head_count=2, started_at=datetime.now(UTC))
        s.add(visit)
        s.flush()
        row_id = visit.id
    (op,) = [o for o in ops(desk.db) if o.row_id == row_id]
    assert op.fields["purpose_codes"]["value"] == []
    with desk.db.read() as s:
        assert s.get(Visit, row_id).purpose_codes == []  # type: ignore[union-attr]


def test_raw_statements_on_synced_tables_are_refused_and_roll_back(desk: Desk) -> None:
    """Text SQL or Core statements on the session's connection would escape capture."""
    from sqlalchemy import text

    with pytest.raises(UncapturedWriteError), desk.db.write() as s:
        s.execute(
            text("UPDATE staff_user SET display_name = 'X' WHERE id = :id"),
            {"id": desk.animator.id},
        )
    with pytest.raises(UncapturedWriteError), desk.db.write() as s:
        s.connection().execute(update(StaffUser.__table__).values(display_name="Y"))
    with desk.db.read() as s:
        assert staff.get_account(s, desk.animator.id).display_name == desk.animator.display_name
    # Writes from the network path may use statements; local tables are never guarded.
    with desk.db.apply() as s:
        s.execute(text("UPDATE site SET place = place WHERE code = 'BED'"))
    with desk.db.write() as s:
        s.execute(text("DELETE FROM login_failure"))
