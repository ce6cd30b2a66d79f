"""Helpers for the service tests: raw looks at what the database holds.

Test modules run with ``--import-mode=importlib`` and cannot import each
other, so the helpers are handed out as a fixture (``probe``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

import pytest
from sqlalchemy import text

from mamakilla_pos.services import catalogue_makers, history
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.sale_views import SaleView
from mamakilla_pos.store import Store
from mamakilla_pos.store.types import Money

DOCUMENT_TABLES = (
    "sales",
    "sale_lines",
    "payments",
    "share_entries",
    "stock_movements",
    "journal",
    "payouts",
    "cash_movements",
)

_MONEY = Money()


def cents(value: object) -> Decimal:
    """A raw ``*_cents`` column value as a Decimal amount."""
    return _MONEY.process_result_value(value, None)  # type: ignore[arg-type,return-value]


class Probe:
    """Reads a shop database behind the services' back (plain SQL)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def counts(self) -> dict[str, object]:
        """Rows of every document table, the journal head and the receipt series counters."""
        result: dict[str, object] = {}
        with self.store.engine.connect() as conn:
            for table in DOCUMENT_TABLES:
                result[table] = conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one()
            result["journal_head"] = tuple(conn.execute(text("SELECT seq, hash FROM journal_head")).all())
            result["receipt_series"] = tuple(
                sorted(conn.execute(text("SELECT code, next_number FROM receipt_series")).all())
            )
        return result

    def level(self, code: str, location: str = "taller") -> int:
        """Stock as the sum of the raw movement rows."""
        with self.store.engine.connect() as conn:
            return int(
                conn.execute(
                    text(
                        "SELECT COALESCE(SUM(m.quantity), 0) FROM stock_movements m"
                        " JOIN items i ON i.id = m.item_id JOIN locations l ON l.id = m.location_id"
                        " WHERE i.code = :code AND l.code = :loc"
                    ),
                    {"code": code, "loc": location},
                ).scalar_one()
            )

    def movement_sums(self) -> dict[tuple[str, str], int]:
        """``{(item code, location code): sum of movements}`` from raw rows."""
        with self.store.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT i.code, l.code, SUM(m.quantity) FROM stock_movements m"
                    " JOIN items i ON i.id = m.item_id JOIN locations l ON l.id = m.location_id"
                    " GROUP BY i.code, l.code"
                )
            ).all()
        return {(code, loc): int(q) for code, loc, q in rows}

    def makers(self) -> dict[str, int]:
        """Maker ids by name."""
        return {m.name: m.id for m in catalogue_makers.list_makers(self.store, include_inactive=True)}

    def sale(self, number: str) -> SaleView:
        return history.get_sale(self.store, number)

    def shares_of_sale(self, number: str) -> list[tuple[str, int, Decimal, str, bool]]:
        """``(maker, line position, amount, kind, settled)`` for each share entry of a document."""
        with self.store.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT mk.name, sl.position, se.amount_cents, se.kind, se.payout_id FROM share_entries se"
                    " JOIN sales s ON s.id = se.sale_id JOIN sale_lines sl ON sl.id = se.sale_line_id"
                    " JOIN makers mk ON mk.id = se.maker_id WHERE s.number = :n ORDER BY sl.position, mk.name"
                ),
                {"n": number},
            ).all()
        return [(name, pos, cents(amount), kind, payout is not None) for name, pos, amount, kind, payout in rows]

    def line_share_totals(self, number: str) -> dict[tuple[int, str], Decimal]:
        """For each line of sale ``number``: sum of its own share entries and of its refunds', per maker."""
        with self.store.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT orig.position, mk.name, se.amount_cents FROM share_entries se"
                    " JOIN sale_lines sl ON sl.id = se.sale_line_id"
                    " JOIN sale_lines orig ON orig.id = COALESCE(sl.refund_of_line_id, sl.id)"
                    " JOIN sales s ON s.id = orig.sale_id"
                    " JOIN makers mk ON mk.id = se.maker_id WHERE s.number = :n"
                ),
                {"n": number},
            ).all()
        totals: dict[tuple[int, str], Decimal] = defaultdict(lambda: Decimal("0.00"))
        for position, name, amount in rows:
            totals[(position, name)] += cents(amount)
        return dict(totals)

    def maker_totals(self) -> dict[str, Decimal]:
        """Sum of all share entries per maker."""
        with self.store.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT mk.name, SUM(se.amount_cents) FROM share_entries se"
                    " JOIN makers mk ON mk.id = se.maker_id GROUP BY mk.name"
                )
            ).all()
        return {name: cents(total) for name, total in rows}


@pytest.fixture
def probe(store) -> Probe:
    return Probe(store)


@dataclass(frozen=True)
class Books:
    """A shop that has done a bit of everything (the ``full_books`` fixture); names of what it made."""

    store: Store
    coordinator: int
    seller: int
    sale: str  # by the seller, in the open session, cash: bag ×2 and purse
    card_sale: str  # by the coordinator: pencil case and keyring, card
    refund: str  # one bag of ``sale``
    cash_payout: str  # Rosa, in cash
    yape_payout: str  # Luz, by Yape


@pytest.fixture
def full_books(shop) -> Books:
    """Every kind of document and master-data change, made through the services."""
    from mamakilla_pos.domain.payments import Tender
    from mamakilla_pos.services import auth, cash, locations, payouts, settings, stock
    from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
    from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale

    store = shop.store
    boss = auth.create_user(store, "Carmen Ayma", "coordinator", "246810", by=SYSTEM_ID).id
    seller = auth.create_user(store, "Nélida Ccori", "seller", "1357", by=boss).id
    settings.update_settings(store, boss, share_rate=Decimal("0.45"), usd_rate=Decimal("3.75"))
    locations.add_location(store, "feria", "Feria de San Blas", "fair", user_id=boss)
    stock.transfer(store, shop.purse, 2, "taller", "feria", user_id=boss)
    cash.close_session(store, None, None, user_id=SYSTEM_ID, backup=False)  # the shop's empty one: this day has a float
    cash.open_session(store, {Decimal("20"): 5}, {}, user_id=boss)
    D = Decimal
    sale = record_sale(
        store,
        SaleRequest((LineRequest(shop.bag, 2), LineRequest(shop.purse)), (Tender("cash", D("200")),), user_id=seller),
    ).number
    card = record_sale(
        store,
        SaleRequest(
            (LineRequest(shop.pencil_case), LineRequest(shop.bought_in)), (Tender("card", D("35")),), user_id=SYSTEM_ID
        ),
    ).number
    bag_line = history.get_sale(store, sale).lines[0]
    back = refund(store, RefundRequest(sale, (RefundLine(bag_line.id, 1),), method="cash", user_id=boss)).number
    cash.move_cash(store, "in", D("30.00"), "sencillo", user_id=boss)
    cash.move_cash(store, "out", D("12.50"), "Almuerzo", user_id=boss)
    stock.adjust(store, shop.purse, -1, "taller", "damaged", user_id=boss)
    makers = {m.name: m.id for m in catalogue_makers.list_makers(store)}
    from datetime import date

    paid_cash = payouts.pay_maker(store, makers["Rosa Quispe"], date.today(), "cash", user_id=boss)
    paid_yape = payouts.pay_maker(store, makers["Luz Mamani"], date.today(), "yape", "778899", user_id=boss)
    assert paid_cash is not None and paid_yape is not None
    return Books(store, boss, seller, sale, card, back, paid_cash.number, paid_yape.number)
