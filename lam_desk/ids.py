"""Row identifiers: UUIDv7 made where a row is created, UUIDv5 for reference rows."""

from __future__ import annotations

import os
import threading
import time
import uuid

# The namespace of every deterministic id of the network (reference rows: sites, funders,
# purposes, courses). Changing it would split the network: never change it.
NETWORK_NAMESPACE = uuid.UUID("6f1d2c7e-4a0b-5d39-9a61-2b7c8e0f4d15")

_lock = threading.Lock()
_last_ms = 0
_seq = 0


def uuid7() -> str:
    """A time-ordered UUID (RFC 9562 version 7), as text; monotonic within this process."""
    global _last_ms, _seq
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            ms = _last_ms
            _seq += 1
            if _seq > 0xFFF:
                ms += 1
                _seq = 0
        else:
            _seq = int.from_bytes(os.urandom(2), "big") & 0x3FF
        _last_ms = ms
        seq = _seq
    rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | seq << 64 | 0b10 << 62 | rand
    return str(uuid.UUID(int=value))


def reference_id(kind: str, code: str) -> str:
    """The deterministic id of a reference row: every desk computes the same one."""
    return str(uuid.uuid5(NETWORK_NAMESPACE, f"{kind}:{code.strip().upper()}"))
