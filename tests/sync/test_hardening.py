"""The sync engine against what went wrong in review: stamps a desk may send, a restored
server, duplicates whose first answer was lost, a desk upgraded after it dropped what it did
not know yet. Real desks (SQLite data folders) and a real central store (PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from syncnet import Central, SyncDesk, desks

from lam_desk.db.models import StaffUser
from lam_desk.domain.accounts import Role
from lam_desk.domain.network import site_id
from lam_desk.services import node as node_service
from lam_desk.services import staff

PASSWORD = "correct horse battery staple 42"

pytestmark = pytest.mark.postgres


@pytest.fixture
def pair(tmp_path: Path, central: Central) -> Iterator[tuple[SyncDesk, SyncDesk]]:
    made = desks(tmp_path, central, ("a", "OLO"), ("b", "BED"))
    a, b = next(made), next(made)
    a.sync()
    b.sync()
    yield a, b
    made.close()


def test_changes_made_before_a_file_took_a_new_node_id_are_still_sent(
    pair: tuple[SyncDesk, SyncDesk],
) -> None:
    a, b = pair
    member = a.create_member("Roques", "Lucienne")
    # A backup restored (or a copied file): the desk takes a new node id before it writes.
    with a.db.apply() as session:
        node_service.renew_node_id(session)
    a.edit_member(member, status="employed")
    sent = a.sync()
    assert (sent.pushed, sent.applied, sent.rejected) == (2, 2, 0)
    b.sync()
    card = b.member(member)
    assert card is not None and card["status"] == "employed"


def test_accounts_made_at_a_site_s_desk_are_sent_and_another_site_s_are_refused(
    pair: tuple[SyncDesk, SyncDesk],
) -> None:
    a, b = pair
    # The desk's first start: its first account, a coordinator, homed at the desk's site.
    with a.db.write() as s:
        first = staff.create_account(
            s,
            None,
            staff.AccountDraft(
                "helene", "Hélène Marty", Role.COORDINATOR, site_id("OLO"), PASSWORD
            ),
        ).account
        antenna = staff.create_account(
            s,
            first,
            staff.AccountDraft("mathis", "Mathis", Role.ANIMATOR, site_id("SCH"), PASSWORD),
        ).account
        elsewhere = staff.create_account(
            s,
            first,
            staff.AccountDraft("ines", "Inès", Role.ANIMATOR, site_id("BED"), PASSWORD),
        ).account
    sent = a.sync()
    assert (sent.pushed, sent.applied, sent.rejected) == (3, 2, 1)
    assert sent.reasons == {"not_owner": 1}
    b.sync()
    with b.db.read() as s:
        assert s.get(StaffUser, first.id) is not None
        assert s.get(StaffUser, antenna.id) is not None
        assert s.get(StaffUser, elsewhere.id) is None
