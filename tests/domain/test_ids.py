"""Row ids: UUIDv7 in creation order, deterministic ids for the network's reference rows."""

from __future__ import annotations

import uuid

from hypothesis import given, strategies as st

from lam_desk.domain.network import SITES, site_id
from lam_desk.ids import NETWORK_NAMESPACE, reference_id, uuid7


def test_uuid7_has_version_7_and_the_rfc_variant() -> None:
    for text in (uuid7() for _ in range(100)):
        value = uuid.UUID(text)
        assert value.version == 7
        assert value.variant == uuid.RFC_4122
        assert str(value) == text


def test_uuid7_sorts_in_creation_order_within_a_process() -> None:
    made = [uuid7() for _ in range(20_000)]
    assert made == sorted(made)
    assert len(set(made)) == len(made)


def test_uuid7_carries_the_creation_time() -> None:
    import time

    before = time.time_ns() // 1_000_000
    value = uuid.UUID(uuid7())
    after = time.time_ns() // 1_000_000
    assert before <= value.int >> 80 <= after + 1


@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=1, max_size=8))
def test_reference_ids_ignore_case_and_spaces_of_the_code(code: str) -> None:
    assert reference_id("site", code) == reference_id("site", f" {code.lower()} ")
    assert uuid.UUID(reference_id("site", code)).version == 5


def test_reference_ids_are_the_network_wide_ones() -> None:
    # Every desk, every version: the id of a site is UUIDv5(namespace, "site:<CODE>").
    assert site_id("BED") == str(uuid.uuid5(NETWORK_NAMESPACE, "site:BED"))
    assert reference_id("site", "BED") != reference_id("funder", "BED")
    ids = {seed.id for seed in SITES}
    assert len(ids) == len(SITES) == 10
