"""PINs: how they are hashed and checked, and how many digits they have.

A PIN is kept only as a salted scrypt hash. The parameters are part of the
stored text (``scrypt$N$r$p$salt$hash``), so a hash made with older, cheaper
parameters keeps verifying, and :func:`outdated` tells the login to make it
again with the current ones once the right PIN has been typed.

Why the cost: a PIN has at most a million values, so whoever holds a copy of
the database (a backup on a lost USB stick) can try them all; only the time
each try takes protects the PINs. With N = 2**17 and r = 8 one try needs
128 MiB of memory and about half a second on one core, so trying every
6-digit PIN takes days instead of hours, while a login or an approval, which
hashes once, stays under a second. ``python -m bench.pin_cost`` measures it
on the machine at hand.

That is also why the PIN of anyone who can approve (a role that grants any
permission: the coordinators) has 6 digits, while a seller's has 4 to 6.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

from .errors import UserError

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
DIGEST_BYTES = 32
MAX_MEMORY = 2**28
"""The most memory one check may take (256 MiB): a stored hash asking for more is refused, not computed."""

SELLER_DIGITS = (4, 6)
APPROVER_DIGITS = (6, 6)


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=MAX_MEMORY)


def hash_pin(pin: str) -> str:
    """A salted scrypt hash of ``pin`` with the current parameters: ``scrypt$N$r$p$salt$hash``."""
    salt = secrets.token_bytes(16)
    digest = _scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, DIGEST_BYTES)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def _parse(stored: str) -> tuple[int, int, int, bytes, str] | None:
    """``(N, r, p, salt, hex digest)`` of a stored hash, or ``None`` when it is not one."""
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return None
    try:
        n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
        salt = bytes.fromhex(parts[4])
        bytes.fromhex(parts[5])
    except ValueError:
        return None
    if min(n, r, p) < 1 or not parts[5]:
        return None
    return n, r, p, salt, parts[5]


def pin_matches(pin: str, stored: str) -> bool:
    """Whether ``pin`` matches a stored hash, whatever parameters made it (constant-time comparison)."""
    parsed = _parse(stored)
    if parsed is None:
        return False
    n, r, p, salt, digest = parsed
    try:
        candidate = _scrypt(pin, salt, n, r, p, len(digest) // 2)
    except (ValueError, MemoryError):  # parameters no real hash of ours has
        return False
    return hmac.compare_digest(candidate.hex(), digest)


def outdated(stored: str) -> bool:
    """Whether a stored hash was made with parameters cheaper than the current ones."""
    parsed = _parse(stored)
    if parsed is None:
        return True
    n, r, p, _salt, _digest = parsed
    return n < SCRYPT_N or n * r * p < SCRYPT_N * SCRYPT_R * SCRYPT_P


def digits_for(approver: bool) -> tuple[int, int]:
    """Fewest and most digits of a PIN: 6 for whoever can approve, 4 to 6 for a seller."""
    return APPROVER_DIGITS if approver else SELLER_DIGITS


def validate_pin(pin: str, approver: bool = False) -> None:
    """Raise :class:`UserError` unless ``pin`` has the digits its owner's role asks for.

    Args:
        approver: the PIN belongs to someone whose role grants permissions (a coordinator).
    """
    low, high = digits_for(approver)
    if re.fullmatch(rf"\d{{{low},{high}}}", pin):
        return
    if approver:
        raise UserError(f"el PIN de una coordinadora tiene {low} números")
    raise UserError(f"el PIN tiene de {low} a {high} números")
