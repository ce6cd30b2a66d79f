"""Global document ids: UUIDv7 (RFC 9562), time-ordered.

Every document (sale, refund, their lines and payments, share entries,
stock movements, cash sessions and movements, payouts) gets its id here,
at the till that makes it. The id is the document's name everywhere: on
the till's file, in a sync file and on the shop server, whose primary key
on it takes each document exactly once (DESIGN.md §9).

A UUIDv7 starts with the Unix time in milliseconds, so ids made later sort
later and a table's index grows at its end instead of everywhere (what
random UUIDs do to a B-tree). Within one millisecond the 12 bits after the
version count up (RFC 9562, method 1), so the ids one program makes are
strictly increasing; the last 62 bits are random, so two tills never make
the same id.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

_VERSION = 0x7
_VARIANT = 0b10
_COUNTER_MAX = 0xFFF
_lock = threading.Lock()
_last_ms = 0
_last_counter = 0


def _next_stamp() -> tuple[int, int]:
    """(milliseconds, counter) strictly after the last one this process gave out."""
    global _last_ms, _last_counter
    ms = time.time_ns() // 1_000_000
    with _lock:
        if ms > _last_ms:
            counter = int.from_bytes(os.urandom(2), "big") & 0x7FF  # room left to count up in
        else:  # the same millisecond (or the clock went back): count on from the last id
            ms, counter = _last_ms, _last_counter + 1
            if counter > _COUNTER_MAX:
                ms, counter = ms + 1, 0
        _last_ms, _last_counter = ms, counter
    return ms, counter


def new_id() -> uuid.UUID:
    """A new UUIDv7: later than every id this process made before it."""
    ms, counter = _next_stamp()
    random_tail = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | _VERSION << 76 | counter << 64 | _VARIANT << 62 | random_tail
    return uuid.UUID(int=value)


def id_time_ms(value: uuid.UUID) -> int:
    """The Unix time in milliseconds a UUIDv7 was made at."""
    return value.int >> 80
