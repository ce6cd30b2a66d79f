"""The money rules (DESIGN.md §4) re-applied to a sale's or refund's rows as they are now.

Works on row images (:mod:`mamakilla_pos.store.images`): amounts are whole
céntimos, rates decimal text, ids hex strings. Line shares and splits are
computed by the domain's own functions, cached per distinct input.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from operator import itemgetter
from typing import Any

from ..domain.money import CENT
from ..domain.shares import line_share, split_share
from ..store.images import layout


def money(cents: int | None) -> str:
    """Céntimos as the journal writes amounts: ``-1234`` → ``"-12.34"``."""
    if cents is None:
        return "—"
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100}.{abs(cents) % 100:02d}"


@functools.lru_cache(maxsize=100_000)
def _share(net: int, rate: str) -> int:
    return int(line_share(Decimal(net) * CENT, Decimal(rate)) / CENT)


@functools.lru_cache(maxsize=100_000)
def _split(share: int, weights: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(sorted(int(p / CENT) for p in split_share(Decimal(share) * CENT, list(weights))))


class Rules:
    """Checks a document's current rows; ``weights`` are the items' makers' weights, in order."""

    def __init__(self, weights: dict[int, list[int]]) -> None:
        self.weights = weights
        sale, line, share, payment = (layout(t).position for t in ("sales", "sale_lines", "share_entries", "payments"))
        self._sale = tuple(sale[c] for c in ("kind", "total_cents", "rounding_cents", "amount_due_cents"))
        self._line = tuple(
            line[c]
            for c in (
                "id",
                "position",
                "product_name",
                "item_id",
                "quantity",
                "unit_price_cents",
                "gross_cents",
                "line_discount_cents",
                "order_discount_cents",
                "net_cents",
                "share_rate",
                "share_cents",
            )
        )
        self._share = (share["sale_line_id"], share["amount_cents"])
        self._applied = payment["applied_pen_cents"]
        self._sale_get = itemgetter(*self._sale)
        self._line_get = itemgetter(*self._line)

    def check(
        self,
        doc: str,
        sale: Sequence[Any],
        lines: Sequence[Sequence[Any]],
        shares: Sequence[Sequence[Any]],
        payments: Sequence[Sequence[Any]],
    ) -> list[str]:
        """Every rule the rows break, in Spanish, naming ``doc`` (e.g. «la venta B001-000001»)."""
        problems = []
        kind, total, rounding, due = self._sale_get(sale)
        picked = sorted(map(self._line_get, lines), key=_POSITION)
        line_total = sum(ln[9] for ln in picked)
        if line_total != total:
            problems.append(f"{doc}: el total {money(total)} no es la suma de sus líneas {money(line_total)}")
        if total - rounding != due:
            problems.append(f"{doc}: total menos redondeo no da el monto a pagar")
        applied_at = self._applied
        applied = sum(p[applied_at] for p in payments)
        if applied != due:
            problems.append(f"{doc}: los pagos suman {money(applied)} y no {money(due)}")
        by_line: dict[Any, list[int]] = defaultdict(list)
        line_at, amount_at = self._share
        for entry in shares:
            by_line[entry[line_at]].append(entry[amount_at])
        sale_kind = kind == "sale"
        for line_id, position, name, item_id, quantity, price, gross, line_disc, order_disc, net, rate, share in picked:
            parts = by_line.get(line_id, ())
            broken = []
            if sum(parts) != (share if sale_kind else -share):
                broken.append("las participaciones no suman la parte de la línea")
            if sale_kind:
                if price * quantity != gross or gross - line_disc - order_disc != net:
                    broken.append("el importe no cuadra con cantidad × precio − descuentos")
                if _share(net, rate) != share:
                    broken.append(
                        f"la participación {money(share)} no es el {Decimal(rate) * 100:.0f} % de {money(net)}"
                    )
                weights = self.weights.get(item_id)
                split = parts and weights and len(weights) == len(parts) > 1  # one maker: the sum says it all
                if split and weights and tuple(sorted(parts)) != _split(share, tuple(weights)):
                    broken.append("el reparto entre artesanas no sigue sus pesos")
            problems += (f"{doc}, línea {position} ({name}): {what}" for what in broken)
        return problems


_POSITION = itemgetter(1)
