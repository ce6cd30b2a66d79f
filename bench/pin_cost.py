"""What a PIN check costs at the till, and what finding a PIN costs whoever holds a copy of the database.

    .venv/bin/python -m bench.pin_cost              # 7 checks of each kind
    .venv/bin/python -m bench.pin_cost --repeat 15

A PIN is kept as a salted scrypt hash (``services/pins.py``), so a stolen
backup gives no PIN away, but a PIN has few values: an attacker with the
file tries them all, each try one hash on one core. Three rows:

- ``pin_check``: one login at the till, as the login screen and an approval
  run it (the user read, one hash at the till's parameters, the result
  booked), against one bare ``hashlib.scrypt`` with the same parameters;
- ``pin_guess_4`` and ``pin_guess_6``: one bare hash at the till's
  parameters times every PIN there is (10^4 of 4 digits, a seller's
  shortest; 10^6 of 6 digits, a coordinator's), the worst case on one core
  (on average half as long), against the same with the parameters PINs were
  hashed with before (N = 2^14).
"""

from __future__ import annotations

import argparse
import hashlib
import secrets
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from mamakilla_pos.services.actors import SYSTEM_ID

if TYPE_CHECKING:
    from bench.run import Row

BEFORE = (2**14, 8, 1)
"""The scrypt parameters PINs were hashed with before (still verified; made again at the next right login)."""

PIN = "739164"


def one_hash(n: int, r: int, p: int) -> float:
    """Seconds of one scrypt hash of a PIN with these parameters."""
    from mamakilla_pos.services import pins

    salt = secrets.token_bytes(16)
    started = time.perf_counter()
    hashlib.scrypt(PIN.encode(), salt=salt, n=n, r=r, p=p, dklen=pins.DIGEST_BYTES, maxmem=pins.MAX_MEMORY)
    return time.perf_counter() - started


def _timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def measure(folder: Path, repeat: int) -> dict[str, list[float]]:
    """Seconds, per run: ``login`` (at the till), ``hash`` (bare, now) and ``before`` (bare, old parameters)."""
    from mamakilla_pos.services import auth, pins, setup
    from mamakilla_pos.store import open_store

    now = (pins.SCRYPT_N, pins.SCRYPT_R, pins.SCRYPT_P)
    store = open_store(f"sqlite:///{folder / 'pins.db'}")
    try:
        setup.ensure_defaults(store)
        user = auth.create_user(store, "Carmen Ayma", "coordinator", PIN, by=SYSTEM_ID)
        auth.login(store, user.id, PIN)  # warm up: the first read opens the file
        one_hash(*BEFORE)
        runs: dict[str, list[float]] = {"login": [], "hash": [], "before": []}
        for i in range(repeat):
            steps: list[tuple[str, Callable[[], float]]] = [
                ("login", lambda: _timed(lambda: auth.login(store, user.id, PIN))),
                ("hash", lambda: one_hash(*now)),
                ("before", lambda: one_hash(*BEFORE)),
            ]
            for key, step in steps if i % 2 == 0 else reversed(steps):
                runs[key].append(step())
        return runs
    finally:
        store.dispose()


LOGIN_BUDGET_MS = 1000.0
"""A login or an approval at the till: under a second."""
GUESS_6_BUDGET_DAYS = 2.0
"""Every 6-digit PIN (a coordinator's) on one core: days, not hours."""


def pin_rows(folder: Path, repeat: int) -> list[Row]:
    """The rows of ``python -m bench``: one PIN check at the till, and every 4- and 6-digit PIN on one core."""
    from bench.run import Row

    runs = measure(folder, repeat)
    hours = [seconds * 10**4 / 3600 for seconds in runs["hash"]]
    hours_before = [seconds * 10**4 / 3600 for seconds in runs["before"]]
    days = [seconds * 10**6 / 86400 for seconds in runs["hash"]]
    days_before = [seconds * 10**6 / 86400 for seconds in runs["before"]]
    return [
        Row(
            "pin_check",
            f"one PIN check at the till: a login ({parameters()})",
            "ms",
            [seconds * 1000 for seconds in runs["login"]],
            [seconds * 1000 for seconds in runs["hash"]],
            "one bare hashlib.scrypt with the same parameters",
            "max",
            LOGIN_BUDGET_MS,
            "an approval costs the same; a login whose old hash is made again, twice, once",
        ),
        Row(
            "pin_guess_4",
            "every 4-digit PIN (a seller's shortest) tried on one core, from a copy of the database",
            "h",
            hours,
            hours_before,
            "the same with the parameters PINs had before (scrypt N=2^14)",
            "",
            0.0,
            "10^4 bare hashes; on average half as long",
        ),
        Row(
            "pin_guess_6",
            "every 6-digit PIN (a coordinator's) tried on one core, from a copy of the database",
            "days",
            days,
            days_before,
            "the same with the parameters PINs had before (scrypt N=2^14)",
            "min",
            GUESS_6_BUDGET_DAYS,
            "10^6 bare hashes; on average half as long",
        ),
    ]


def parameters() -> str:
    from mamakilla_pos.services import pins

    memory = 128 * pins.SCRYPT_R * pins.SCRYPT_N // 2**20
    return f"scrypt N=2^{pins.SCRYPT_N.bit_length() - 1} r={pins.SCRYPT_R} p={pins.SCRYPT_P}, {memory} MiB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mk-pins-") as folder:
        runs = measure(Path(folder), args.repeat)
    median = {key: sorted(values)[len(values) // 2] for key, values in runs.items()}
    print(f"parameters now: {parameters()}; before: scrypt N=2^14 r=8 p=1, 16 MiB")
    print(f"one PIN check at the till (login):  {median['login'] * 1000:8.0f} ms")
    print(f"one bare hash now / before:         {median['hash'] * 1000:8.0f} ms / {median['before'] * 1000:.0f} ms")
    for digits in (4, 6):
        count = 10**digits
        print(
            f"every {digits}-digit PIN on one core:    {_duration(median['hash'] * count):>10}"
            f"   (before: {_duration(median['before'] * count)})"
        )


def _duration(seconds: float) -> str:
    if seconds < 3600:
        return f"{seconds / 60:.0f} min"
    if seconds < 2 * 86400:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} days"


if __name__ == "__main__":
    main()
