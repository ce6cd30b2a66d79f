"""What a refund being chosen will pay back, before it is recorded (the refund dialog's button)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from ..domain.money import ZERO, quantize
from ..domain.refunds import money_back, refund_amount
from ..store import Store
from ..store.models import Sale
from .errors import NotFound, UserError
from .refunds import RefundLine, returned_so_far_in
from .settings import load_in


@dataclass(frozen=True)
class RefundQuote:
    """The value of the units chosen, what is handed back, and the rounding in between."""

    total: Decimal
    due: Decimal

    @property
    def rounding(self) -> Decimal:
        return self.total - self.due


def quote_refund(
    store: Store, sale_number: str, lines: Sequence[RefundLine], method: str, cash_rounding: bool = True
) -> RefundQuote:
    """The amounts :func:`~mamakilla_pos.services.refunds.refund` would record for these lines, without writing.

    Raises:
        NotFound: no such sale.
        UserError: a line of another sale, or more units than remain on a line.
    """
    with store.session() as session:
        original = session.execute(select(Sale).where(Sale.number == sale_number)).scalar_one_or_none()
        if original is None or original.kind != "sale":
            raise NotFound(f"no existe la venta {sale_number}")
        by_id = {line.id: line for line in original.lines}
        wanted = [rl for rl in lines if rl.quantity > 0]
        if any(rl.line_id not in by_id for rl in wanted):
            raise UserError(f"la línea no pertenece a la venta {original.number}")
        done = returned_so_far_in(session, [rl.line_id for rl in wanted])
        total = ZERO
        for rl in wanted:
            line = by_id[rl.line_id]
            units_before, amount_before = done.get(rl.line_id, (0, ZERO))
            try:
                total += refund_amount(line.net, line.quantity, units_before, amount_before, rl.quantity)
            except ValueError as exc:
                raise UserError(f"{line.product_name}: no quedan {rl.quantity} por devolver") from exc
        settings = load_in(session)
        step = settings.rounding_step if cash_rounding else None
        total = quantize(total)
        return RefundQuote(total, money_back(total, method, [p.method for p in original.payments], step))
