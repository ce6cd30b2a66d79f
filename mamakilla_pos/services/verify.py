"""Integrity check of a shop database (``mamakilla-pos verify``).

Compares every document table with what the hash-chained journal recorded
when the document was completed, re-applies the money rules to every sale
and refund, and checks receipt numbers for gaps. Anything changed, added or
removed behind the app's back is reported with the record it touches.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ..domain.money import ZERO, quantize, to_json
from ..domain.shares import line_share, split_share
from ..store import Store
from ..store.models import Item, Payment, Payout, Sale, SaleLine, ShareEntry, StockMovement
from .closing import check_closings
from .journal import check_chain, journal_payloads

MOVEMENT_KINDS = ("production", "transfer", "adjustment", "stocktake")


def _sqlite_checks(session: Session) -> Iterable[str]:
    if session.get_bind().dialect.name != "sqlite":
        return
    result = session.execute(text("PRAGMA integrity_check")).scalars().all()
    if result != ["ok"]:
        yield "el archivo de la base de datos está dañado: " + "; ".join(result[:5])
    for row in session.execute(text("PRAGMA foreign_key_check")):
        yield f"referencia rota en la tabla {row[0]}"


def _money(value: Decimal) -> str:
    return to_json(value)


def _check_documents(session: Session) -> Iterable[str]:
    recorded = {**journal_payloads(session, "sale"), **journal_payloads(session, "refund")}
    lines_by_sale: dict[object, list[SaleLine]] = defaultdict(list)
    for line in session.execute(select(SaleLine)).scalars():
        lines_by_sale[line.sale_id].append(line)
    shares_by_sale: dict[object, list[ShareEntry]] = defaultdict(list)
    for entry in session.execute(select(ShareEntry)).scalars():
        shares_by_sale[entry.sale_id].append(entry)
    payments_by_sale: dict[object, list[Payment]] = defaultdict(list)
    for payment in session.execute(select(Payment)).scalars():
        payments_by_sale[payment.sale_id].append(payment)
    moves_by_sale: dict[object, list[StockMovement]] = defaultdict(list)
    for move in session.execute(select(StockMovement).where(StockMovement.sale_id.is_not(None))).scalars():
        moves_by_sale[move.sale_id].append(move)
    weights = {item.id: [m.weight for m in item.makers] for item in session.execute(select(Item)).unique().scalars()}
    sale_numbers = {}
    seen = set()
    for sale in session.execute(select(Sale).execution_options(yield_per=2000)).scalars():
        sale_numbers[sale.id] = sale.number
        seen.add(sale.number)
        lines = sorted(lines_by_sale[sale.id], key=lambda ln: ln.position)
        shares = shares_by_sale[sale.id]
        payments = payments_by_sale[sale.id]
        moves = moves_by_sale[sale.id]
        doc = f"{'la devolución' if sale.kind == 'refund' else 'la venta'} {sale.number}"
        payload = recorded.get(sale.number)
        if payload is None:
            yield f"{doc} no figura en el diario (agregada por fuera de la aplicación)"
            continue
        for key in ("total", "rounding", "amount_due", "tendered", "change"):
            if payload[key] != _money(getattr(sale, key)):
                yield f"{doc}: {key} es {_money(getattr(sale, key))} pero se registró {payload[key]}"
        now_lines = [
            [str(ln.id), ln.item_id, ln.quantity, _money(ln.net), str(ln.share_rate), _money(ln.share)] for ln in lines
        ]
        if now_lines != payload["lines"]:
            yield f"{doc}: sus líneas no coinciden con lo registrado (cantidad, importe o participación)"
        now_shares = sorted([str(s.id), s.maker_id, str(s.sale_line_id), _money(s.amount)] for s in shares)
        if now_shares != sorted(payload["shares"]):
            yield f"{doc}: las participaciones de las artesanas no coinciden con lo registrado"
        now_payments = sorted([p.method, p.currency, _money(p.amount), _money(p.applied_pen)] for p in payments)
        if now_payments != sorted(payload["payments"]):
            yield f"{doc}: los pagos no coinciden con lo registrado"
        now_moves = sorted([str(m.id), m.item_id, m.location_id, m.quantity, m.kind] for m in moves)
        if now_moves != sorted(payload["movements"]):
            yield f"{doc}: los movimientos de stock no coinciden con lo registrado"
        yield from _check_rules(doc, sale, lines, shares, payments, weights)
    for number in sorted(set(recorded) - seen):
        yield f"la nota {number} figura en el diario pero falta en la base de datos (eliminada)"


def _check_rules(
    doc: str,
    sale: Sale,
    lines: list[SaleLine],
    shares: list[ShareEntry],
    payments: list[Payment],
    weights: dict[int, list[int]],
) -> Iterable[str]:
    total = quantize(sum((ln.net for ln in lines), ZERO))
    if total != sale.total:
        yield f"{doc}: el total {_money(sale.total)} no es la suma de sus líneas {_money(total)}"
    if sale.total - sale.rounding != sale.amount_due:
        yield f"{doc}: total menos redondeo no da el monto a pagar"
    applied = sum((p.applied_pen for p in payments), ZERO)
    if applied != sale.amount_due:
        yield f"{doc}: los pagos suman {_money(applied)} y no {_money(sale.amount_due)}"
    by_line: dict[object, list[ShareEntry]] = defaultdict(list)
    for entry in shares:
        by_line[entry.sale_line_id].append(entry)
    for ln in lines:
        label = f"{doc}, línea {ln.position} ({ln.product_name})"
        parts = by_line[ln.id]
        if sum((p.amount for p in parts), ZERO) != (ln.share if sale.kind == "sale" else -ln.share):
            yield f"{label}: las participaciones no suman la parte de la línea"
        if sale.kind != "sale":
            continue
        if (
            quantize(ln.unit_price * ln.quantity) != ln.gross
            or ln.gross - ln.line_discount - ln.order_discount != ln.net
        ):
            yield f"{label}: el importe no cuadra con cantidad × precio − descuentos"
        if line_share(ln.net, ln.share_rate) != ln.share:
            rate = f"{ln.share_rate * 100:.0f} %"
            yield f"{label}: la participación {_money(ln.share)} no es el {rate} de {_money(ln.net)}"
        item_weights = weights.get(ln.item_id, [])
        if parts and item_weights and len(item_weights) == len(parts):
            expected = sorted(split_share(ln.share, item_weights))
            if sorted(p.amount for p in parts) != expected:
                yield f"{label}: el reparto entre artesanas no sigue sus pesos"


def _check_movements(session: Session) -> Iterable[str]:
    recorded: dict[str, list[object]] = {}
    for kind in MOVEMENT_KINDS:
        for payload in journal_payloads(session, kind).values():
            for record in payload["movements"]:
                recorded[str(record[0])] = record
    seen = set()
    for move in session.execute(select(StockMovement).where(StockMovement.sale_id.is_(None))).scalars():
        key = str(move.id)
        seen.add(key)
        record = recorded.get(key)
        if record is None:
            yield f"movimiento de stock {key[:8]} ({move.kind}, {move.quantity}) no figura en el diario"
        elif record != [key, move.item_id, move.location_id, move.quantity, move.kind]:
            yield (
                f"movimiento de stock {key[:8]} ({move.kind}) fue alterado:"
                f" ahora {move.quantity}, se registró {record[3]}"
            )
    for key in sorted(set(recorded) - seen):
        yield f"movimiento de stock {key[:8]} figura en el diario pero falta en la base de datos"


def _check_numbers(session: Session) -> Iterable[str]:
    by_series: dict[str, list[int]] = defaultdict(list)
    for series, seq in session.execute(select(Sale.series, Sale.seq)):
        by_series[series].append(seq)
    for series, seqs in sorted(by_series.items()):
        missing = sorted(set(range(1, max(seqs) + 1)) - set(seqs))
        if missing:
            shown = ", ".join(str(n) for n in missing[:10])
            yield f"serie {series}: faltan los números {shown}"


def _check_payouts(session: Session) -> Iterable[str]:
    recorded = journal_payloads(session, "payout")
    for payout in session.execute(select(Payout)).scalars():
        entries = session.execute(select(ShareEntry).where(ShareEntry.payout_id == payout.id)).scalars().all()
        total = sum((e.amount for e in entries), ZERO)
        if total != payout.amount:
            yield f"pago {payout.number}: {_money(payout.amount)} no es la suma de sus participaciones {_money(total)}"
        payload = recorded.get(payout.number)
        if payload is None:
            yield f"pago {payout.number} no figura en el diario"
        elif payload["amount"] != _money(payout.amount) or sorted(str(e.id) for e in entries) != payload["entries"]:
            yield f"pago {payout.number} no coincide con lo registrado en el diario"


def verify(store: Store) -> list[str]:
    """Every problem found, in Spanish; an empty list means the database is sound.

    Reads one snapshot of the database, so tills can sell while it runs.
    """
    with store.snapshot() as session:
        problems = list(_sqlite_checks(session))
        problems += [p.message for p in check_chain(session)]
        problems += list(_check_documents(session))
        problems += list(_check_movements(session))
        problems += list(_check_numbers(session))
        problems += list(_check_payouts(session))
        problems += list(check_closings(session))
        return problems
