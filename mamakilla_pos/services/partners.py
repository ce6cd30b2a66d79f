"""Partner shops (tiendas aliadas): who sells our units on consignment, for what commission (DESIGN.md §10).

A partner has its own location (ours, at its place): units sent there stay
ours until it reports them sold. Its record is master data, journaled as
every change of it is (``store/images.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.consignment import CommissionError, commission_percent
from ..domain.money import quantize
from ..domain.text import fold
from ..store import Store
from ..store.models import Location, Partner, ReceiptSeries
from .auth import require_in
from .errors import NotFound, UserError
from .locations import ensure_location_in

EDIT_PERMISSION = "edit_catalogue"
"""Partners are edited by whoever edits makers and products."""

MAX_DAYS = 3650


@dataclass(frozen=True)
class PartnerInfo:
    """A partner as the screens and the command line show it."""

    id: int
    code: str
    name: str
    contact: str
    commission_rate: Decimal
    terms_days: int
    old_after_days: int
    location_code: str
    active: bool

    @property
    def commission_percent(self) -> Decimal:
        return (self.commission_rate * 100).normalize()


def info_of_in(session: Session, partner: Partner) -> PartnerInfo:
    location = session.get(Location, partner.location_id)
    assert location is not None
    return PartnerInfo(
        partner.id,
        partner.code,
        partner.name,
        partner.contact,
        partner.commission_rate,
        partner.terms_days,
        partner.old_after_days,
        location.code,
        partner.active,
    )


def parse_percent(text: str) -> Decimal:
    """``"30"``, ``"30 %"`` or ``"27,5"`` → the rate ``0.3`` / ``0.275``.

    Raises:
        UserError: not a number from 0 to less than 100, or more than two decimals.
    """
    try:
        percent = commission_percent(text)
    except CommissionError as exc:
        raise UserError(str(exc)) from None
    return (percent / 100).normalize()


def find_partner_in(session: Session, name_or_code: str) -> Partner:
    """The partner with this code, or whose name matches (accents and case aside).

    Raises:
        NotFound: no such partner.
    """
    wanted = name_or_code.strip()
    partner = session.execute(select(Partner).where(Partner.code == wanted.lower())).scalar_one_or_none()
    if partner is not None:
        return partner
    for candidate in session.execute(select(Partner)).scalars():
        if fold(candidate.name) == fold(wanted):
            return candidate
    raise NotFound(f"no existe la tienda aliada «{wanted[:60]}»")


def _code_for(session: Session, name: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")[:28] or "aliada"
    code, n = base, 1
    taken = {c for (c,) in session.execute(select(Location.code))} | {
        c for (c,) in session.execute(select(Partner.code))
    }
    while code in taken:
        n += 1
        code = f"{base}-{n}"
    return code


def _days(value: int, what: str) -> int:
    if not 0 <= value <= MAX_DAYS:
        raise UserError(f"{what}: de 0 a {MAX_DAYS} días")
    return value


def save_partner(
    store: Store,
    name: str,
    commission_rate: Decimal | None = None,
    *,
    contact: str | None = None,
    terms_days: int | None = None,
    old_after_days: int | None = None,
    user_id: int,
) -> tuple[PartnerInfo, bool]:
    """Create the partner ``name`` (with its location), or update the one of that name; ``(partner, created)``.

    Raises:
        UserError: an empty or overlong name, a commission outside 0–100 %,
            days out of range, or a new partner without its commission.
    """
    clean = " ".join(name.split())
    if not clean or len(clean) > 120:
        raise UserError("el nombre de la tienda aliada tiene de 1 a 120 caracteres")
    if commission_rate is not None and not Decimal(0) <= commission_rate < Decimal(1):
        raise UserError("la comisión va de 0 a menos de 100 %")
    with store.session() as session, session.begin():
        require_in(session, user_id, EDIT_PERMISSION, ref=clean)
        try:
            partner: Partner | None = find_partner_in(session, clean)
        except NotFound:
            partner = None
        created = partner is None
        if partner is None:
            if commission_rate is None:
                raise UserError("indique la comisión de la tienda aliada (--commission PCT)")
            code = _code_for(session, clean)
            location = ensure_location_in(session, code, clean, "partner")
            partner = Partner(
                code=code, name=clean, contact="", commission_rate=commission_rate, location_id=location.id
            )
            partner.terms_days, partner.old_after_days, partner.active = 30, 90, True
            session.add(partner)
        if commission_rate is not None:
            partner.commission_rate = commission_rate
        if contact is not None:
            partner.contact = " ".join(contact.split())[:160]
        if terms_days is not None:
            partner.terms_days = _days(terms_days, "plazo de pago")
        if old_after_days is not None:
            partner.old_after_days = _days(old_after_days, "días para listar unidades antiguas")
        session.flush()
        return info_of_in(session, partner), created


def partner_infos(store: Store) -> list[PartnerInfo]:
    """Every partner, by name."""
    with store.session() as session:
        partners = session.execute(select(Partner)).scalars().all()
        return sorted((info_of_in(session, p) for p in partners), key=lambda p: fold(p.name))


def partner_info(store: Store, name_or_code: str) -> PartnerInfo:
    """One partner, by code or name.

    Raises:
        NotFound: no such partner.
    """
    with store.session() as session:
        return info_of_in(session, find_partner_in(session, name_or_code))


def next_number_in(session: Session, series: str) -> str:
    """``SERIES-000001``: the next number of a partner document, from a locked counter (no gaps, no collisions)."""
    row = session.execute(
        select(ReceiptSeries).where(ReceiptSeries.code == series).with_for_update()
    ).scalar_one_or_none()
    if row is None:
        row = ReceiptSeries(code=series, next_number=1)
        session.add(row)
    number = row.next_number
    row.next_number = number + 1
    return f"{series}-{number:06d}"


def rate_text(rate: Decimal) -> str:
    """A rate as a percentage for people: ``0.30`` → ``30 %``, ``0.275`` → ``27.5 %``."""
    percent = quantize(rate * 100).normalize()
    return f"{percent:f} %"
