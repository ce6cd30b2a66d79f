"""Journal entries written before the journal kept whole rows (databases from before 2026-12).

Their payloads name a few fields of each row (a sale's totals; each line's
item, quantity, net and share; each share's maker and amount; each
movement's item, place and units; each payment's method and amounts).
Those fields are compared as before, and the rows they name are claimed,
so that they do not count as added behind the app's back. The master data
and cash sessions of such a database were journaled whole when it was
upgraded (:func:`mamakilla_pos.store.images.record_unjournaled`).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .verify_journal import document_label, shown
from .verify_rules import money

if TYPE_CHECKING:
    from .verify_journal import JournalPass

STOCK_KINDS = ("production", "transfer", "adjustment", "stocktake")


def _cents(text: Any) -> int:
    return int(Decimal(str(text)).scaleb(2))


def _hex(text: Any) -> str:
    return str(text).replace("-", "")


class Legacy:
    """Reads the old payloads during a :class:`~.verify_journal.JournalPass`."""

    def __init__(self, journal_pass: JournalPass) -> None:
        self.run = journal_pass

    def entry(self, seq: int, kind: str, ref: str, payload: dict[str, Any]) -> None:
        label = document_label(kind, ref)
        try:
            if kind in {"sale", "refund"}:
                self.document(seq, label, payload)
            elif kind in STOCK_KINDS:
                for record in payload.get("movements", []):
                    self.compare(label, "stock_movements", _hex(record[0]), _movement(record))
            elif kind == "payout":
                self.payout(label, ref, payload)
            elif kind in {"cash_in", "cash_out"}:
                fields = {"amount_cents": _cents(payload["amount"]), "currency": payload["currency"]}
                self.compare(label, "cash_movements", _hex(ref), {**fields, "reason": payload["reason"]})
        except (KeyError, IndexError, TypeError, ValueError):
            self.run.problems.append(f"{label}: el diario no se puede leer (registro dañado)")

    def compare(self, label: str, table: str, key: str, fields: dict[str, Any]) -> tuple[Any, ...] | None:
        """Claim one row by its key and compare the fields the old payload named."""
        scan = self.run.scans[table]
        row = scan.claim(key)
        where = f"{label} ({table} {key[:8]})"
        if row is None:
            self.run.problems.append(f"{where} figura en el diario pero falta en la base de datos (eliminada)")
            return None
        self.differences(where, table, row, fields)
        return row

    def differences(self, where: str, table: str, row: Sequence[Any], fields: dict[str, Any]) -> None:
        position = self.run.scans[table].lay.position
        for column, value in fields.items():
            if row[position[column]] != value:
                now = shown(column, row[position[column]])
                self.run.problems.append(f"{where}: {column} es {now} pero se registró {shown(column, value)}")

    def document(self, seq: int, label: str, payload: dict[str, Any]) -> None:
        lines = [
            self.compare(
                label,
                "sale_lines",
                _hex(ln[0]),
                {
                    "item_id": ln[1],
                    "quantity": ln[2],
                    "net_cents": _cents(ln[3]),
                    "share_rate": ln[4],
                    "share_cents": _cents(ln[5]),
                },
            )
            for ln in payload["lines"]
        ]
        shares = [
            self.compare(
                label,
                "share_entries",
                _hex(s[0]),
                {"maker_id": s[1], "sale_line_id": _hex(s[2]), "amount_cents": _cents(s[3])},
            )
            for s in payload["shares"]
        ]
        for record in payload["movements"]:
            self.compare(label, "stock_movements", _hex(record[0]), _movement(record))
        sale = self.sale(label, payload, [ln for ln in lines if ln is not None])
        if sale is None:
            return
        payments = self.payments(label, payload, sale)
        self.run.problems += self.run.rules.check(
            label, sale, [ln for ln in lines if ln is not None], [s for s in shares if s is not None], payments
        )
        self.run.count(seq, sale, payments)

    def sale(self, label: str, payload: dict[str, Any], lines: list[tuple[Any, ...]]) -> tuple[Any, ...] | None:
        scan = self.run.scans["sales"]
        fields = {
            "number": payload["number"],
            "total_cents": _cents(payload["total"]),
            "rounding_cents": _cents(payload["rounding"]),
            "amount_due_cents": _cents(payload["amount_due"]),
            "tendered_cents": _cents(payload["tendered"]),
            "change_cents": _cents(payload["change"]),
        }
        line_at = self.run.scans["sale_lines"].lay.position["sale_id"]
        sale = scan.claim(lines[0][line_at]) if lines else None
        if sale is None:
            found = scan.lookup("number", payload["number"])
            if not found:
                self.run.problems.append(f"{label} figura en el diario pero falta en la base de datos (eliminada)")
                return None
            sale = found[0]
            scan.take(sale)
        self.differences(label, "sales", sale, fields)
        return sale

    def payments(self, label: str, payload: dict[str, Any], sale: Sequence[Any]) -> list[tuple[Any, ...]]:
        scan = self.run.scans["payments"]
        sale_id = sale[self.run.scans["sales"].lay.key[0]]
        rows = scan.lookup("sale_id", sale_id)
        for row in rows:
            scan.take(row)
        p = scan.lay.position
        now = sorted(
            [r[p["method"]], r[p["currency"]], money(r[p["amount_cents"]]), money(r[p["applied_pen_cents"]])]
            for r in rows
        )
        if now != sorted(payload["payments"]):
            self.run.problems.append(f"{label}: los pagos no coinciden con lo registrado")
        return rows

    def payout(self, label: str, ref: str, payload: dict[str, Any]) -> None:
        scan = self.run.scans["payouts"]
        found = scan.lookup("number", ref)
        if not found:
            self.run.problems.append(f"{label} figura en el diario pero falta en la base de datos (eliminado)")
            return
        payout = found[0]
        scan.take(payout)
        fields = {"amount_cents": _cents(payload["amount"]), "maker_id": payload["maker"], "method": payload["method"]}
        self.differences(label, "payouts", payout, fields)
        session_id = payout[scan.lay.position["cash_session_id"]]
        if payload["method"] == "cash" and session_id is not None:
            # The cash taken out of the drawer for it: named by the payout's number in its reason.
            moves = self.run.scans["cash_movements"]
            at = moves.lay.position
            for row in moves.lookup("session_id", session_id):
                if str(row[at["reason"]]).endswith(f"({ref})"):
                    moves.take(row)
                    self.differences(label, "cash_movements", row, {"amount_cents": fields["amount_cents"]})


def _movement(record: Sequence[Any]) -> dict[str, Any]:
    return {"item_id": record[1], "location_id": record[2], "quantity": record[3], "kind": record[4]}
