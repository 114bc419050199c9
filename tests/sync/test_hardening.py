"""The sync engine against what went wrong in review: stamps a desk may send, a restored
server, duplicates whose first answer was lost, a desk upgraded after it dropped what it did
not know yet. Real desks (SQLite data folders) and a real central store (PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from syncnet import Central, SyncDesk, desks

from lam_desk.services import node as node_service

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
