"""The consignment rules (DESIGN.md §10) re-applied to partner shops' rows as they are now, for ``verify``.

Each sold line's amount, commission, amount due and makers' share follow
from its units, price and rates; a payment pays exactly what it settles;
no line is paid beyond what is due on it; and what accrued to each maker on
a line is her part of the line's share in proportion to what was paid of it.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.consignment import accrued_part, maker_parts, partner_line
from ..domain.money import ZERO, to_json
from ..store.models import Maker, PartnerPayment, PartnerReport, PartnerSaleLine, PartnerSettlement, ShareEntry
from .partner_makers import line_makers_in


def _line_problems(line: PartnerSaleLine, number: str) -> Iterator[str]:
    expected = partner_line(line.quantity, line.unit_price, line.commission_rate, line.share_rate)
    found = (line.amount, line.commission, line.due, line.share)
    wanted = (expected.amount, expected.commission, expected.due, expected.share)
    for name, have, want in zip(("importe", "comisión", "saldo a favor", "participación"), found, wanted, strict=True):
        if have != want:
            what = f"la venta de tienda aliada {number} ({line.product_name})"
            yield f"{what}: {name} {to_json(have)}, debe ser {to_json(want)}"


def check_partners_in(session: Session) -> Iterator[str]:
    """Every consignment rule the rows break, in Spanish."""
    numbers = dict(session.execute(select(PartnerReport.id, PartnerReport.number)).all())
    lines = {line.id: line for line in session.execute(select(PartnerSaleLine)).scalars()}
    for line in lines.values():
        yield from _line_problems(line, numbers.get(line.report_id, "?"))
    paid: dict[uuid.UUID, Decimal] = defaultdict(lambda: ZERO)
    by_payment: dict[uuid.UUID, Decimal] = defaultdict(lambda: ZERO)
    for settlement in session.execute(select(PartnerSettlement)).scalars():
        paid[settlement.line_id] += settlement.amount
        by_payment[settlement.payment_id] += settlement.amount
    for payment in session.execute(select(PartnerPayment)).scalars():
        if by_payment.get(payment.id, ZERO) != payment.amount:
            settled = to_json(by_payment.get(payment.id, ZERO))
            paid_in = to_json(payment.amount)
            yield f"el pago de tienda aliada {payment.number}: {paid_in} no es lo que cancela ({settled})"
    accrued: dict[uuid.UUID, dict[int, Decimal]] = defaultdict(dict)
    query = select(ShareEntry.partner_line_id, ShareEntry.maker_id, ShareEntry.amount)
    for partner_line_id, maker_id, amount in session.execute(query.where(ShareEntry.partner_line_id.is_not(None))):
        if partner_line_id is not None:
            mine = accrued[partner_line_id]
            mine[maker_id] = mine.get(maker_id, ZERO) + amount
    makers = line_makers_in(session, list(lines.values()), every=True)
    names: dict[int, str] = {maker_id: name for maker_id, name in session.execute(select(Maker.id, Maker.name))}
    for line_id, line in lines.items():
        number = numbers.get(line.report_id, "?")
        if paid.get(line_id, ZERO) > line.due:
            yield f"la venta de tienda aliada {number} ({line.product_name}): se cobró más de lo que se debía"
        recorded = accrued.get(line_id, {})
        problems = _accrual_problems(line, number, paid.get(line_id, ZERO), makers.get(line_id, []), recorded, names)
        yield from problems


def _accrual_problems(
    line: PartnerSaleLine,
    number: str,
    paid: Decimal,
    makers: list[tuple[int, int]],
    recorded: dict[int, Decimal],
    names: dict[int, str],
) -> Iterator[str]:
    """Each maker's accruals on ``line`` add up to her part in proportion to what was paid of it."""
    if line.share <= 0 or not makers:
        expected: dict[int, Decimal] = {}
    else:
        parts = maker_parts(line.share, [weight for _, weight in makers])
        expected = {maker: accrued_part(part, line.due, paid) for (maker, _), part in zip(makers, parts, strict=True)}
    for maker in sorted(set(expected) | set(recorded)):
        if expected.get(maker, ZERO) != recorded.get(maker, ZERO):
            yield (
                f"la venta de tienda aliada {number} ({line.product_name}):"
                f" la participación de {names.get(maker, maker)}"
                f" es {to_json(recorded.get(maker, ZERO))}, debe ser {to_json(expected.get(maker, ZERO))}"
            )
