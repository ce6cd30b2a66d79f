"""Makers' shares: what each maker accrued, had reversed, was paid and is owed over a period (DESIGN.md §4.5).

Every sale line a maker made gives her a share entry; every refund of it a
negative one. A payout (:mod:`.payouts`) settles all her unsettled entries
up to a cut-off date, so at any time, for every maker and any period,
``accrued − reversed = paid + balance`` to the céntimo, and no entry is ever
settled twice.

A cash payout pays whole ten-céntimo coins (DESIGN.md §4 rule 7): the
céntimos it cannot pay are carried by a pair of ``carry`` entries (see
:class:`~mamakilla_pos.store.models.ShareEntry`), so ``paid`` is what she
was handed and ``balance`` still holds them. Carry entries are neither
accrued nor reversed.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import ColumnElement, Select, case, func, select
from sqlalchemy.orm import Session, aliased

from ..domain.money import ZERO
from ..store import Store
from ..store.models import ItemMaker, Maker, Partner, PartnerReport, PartnerSaleLine, Payout, Sale, SaleLine, ShareEntry
from ..store.types import money_sum
from .errors import UserError


@dataclass(frozen=True)
class MakerBalance:
    """A maker's shares dated within a period.

    ``accrued`` and ``reversed`` are positive amounts; ``paid`` is the part of
    those entries already settled by payouts and ``balance`` the part still
    owed, so ``accrued - reversed = paid + balance`` always.
    """

    maker_id: int
    maker: str
    accrued: Decimal
    reversed: Decimal
    paid: Decimal
    balance: Decimal


def day_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """``[start, end]`` as datetimes ``[low, high)``.

    Raises:
        UserError: ``end`` is before ``start``.
    """
    if end < start:
        raise UserError("la fecha final es anterior a la inicial")
    return datetime.combine(start, time()), datetime.combine(end + timedelta(days=1), time())


def _balance_columns():  # type: ignore[no-untyped-def]
    """Positive and negative entries, settled and unsettled sums; carries counted as accrued/reversed here
    (the index covers these columns only) and taken out again by :func:`_without_carries`."""
    settled = ShareEntry.payout_id.is_not(None)
    return (
        money_sum(case((ShareEntry.amount > 0, ShareEntry.amount), else_=ZERO)),
        money_sum(case((ShareEntry.amount < 0, -ShareEntry.amount), else_=ZERO)),
        money_sum(case((settled, ShareEntry.amount), else_=ZERO)),
        money_sum(case((settled, ZERO), else_=ShareEntry.amount)),
    )


def _carries(session: Session, low: datetime, high: datetime) -> dict[int, tuple[Decimal, Decimal]]:
    """Per maker, the carried céntimos dated in ``[low, high)``: ``(positive, negative as positive)``.

    Few rows: read through ``ix_share_entries_carry_of_id``, whose non-null part holds only carries.
    """
    rows = session.execute(
        select(
            ShareEntry.maker_id,
            money_sum(case((ShareEntry.amount > 0, ShareEntry.amount), else_=ZERO)),
            money_sum(case((ShareEntry.amount < 0, -ShareEntry.amount), else_=ZERO)),
        )
        .where(ShareEntry.carry_of_id.is_not(None), ShareEntry.created_at >= low, ShareEntry.created_at < high)
        .group_by(ShareEntry.maker_id)
    )
    return {maker_id: (positive, negative) for maker_id, positive, negative in rows}


def _without_carries(
    maker_id: int, figures: Sequence[Decimal], carries: dict[int, tuple[Decimal, Decimal]]
) -> tuple[Decimal, ...]:
    """``(accrued, reversed, paid, balance)`` with the carried céntimos out of accrued and reversed."""
    accrued, reversed_, paid, balance = figures
    positive, negative = carries.get(maker_id, (ZERO, ZERO))
    return accrued - positive, reversed_ - negative, paid, balance


def share_balances(store: Store, start: date, end: date) -> list[MakerBalance]:
    """Every maker with shares in ``[start, end]``: accrued, reversed, paid, balance.

    This is what ``mamakilla-pos report shares`` prints.
    """
    low, high = day_bounds(start, end)
    with store.session() as session:
        rows = session.execute(
            select(Maker.id, Maker.name, *_balance_columns())
            .join(ShareEntry, ShareEntry.maker_id == Maker.id)
            .where(*_in_period(low, high))
            .group_by(Maker.id, Maker.name)
            .order_by(Maker.name)
        ).all()
        carries = _carries(session, low, high)
    return [MakerBalance(row[0], row[1], *_without_carries(row[0], row[2:], carries)) for row in rows]


def _in_period(low: datetime, high: datetime):  # type: ignore[no-untyped-def]
    """Share entries dated in ``[low, high)``, read maker by maker.

    ``maker_id IN (every maker)`` changes nothing in the result, but lets
    the database walk ``ix_share_entries_maker_period`` one maker at a time,
    over that period's entries only, already grouped: no sort, and a cost
    that grows with the period, not with the years of history.
    """
    return (
        ShareEntry.maker_id.in_(select(Maker.id)),
        ShareEntry.created_at >= low,
        ShareEntry.created_at < high,
    )


@dataclass(frozen=True)
class MakerOverview:
    """A maker's figures for a period, and what she is owed today whatever the period.

    ``accrued − reversed = paid + balance`` for the entries dated in the
    period; ``owed`` is the sum of all her unsettled entries up to now
    (what a payout today would pay her; negative when refunds exceed sales).
    """

    maker_id: int
    maker: str
    active: bool
    accrued: Decimal
    reversed: Decimal
    paid: Decimal
    balance: Decimal
    owed: Decimal


def maker_overview(store: Store, start: date, end: date) -> list[MakerOverview]:
    """Every active maker, and every other maker with figures: period figures and owed today."""
    low, high = day_bounds(start, end)
    with store.session() as session:
        period = {
            row[0]: row[1:]
            for row in session.execute(
                select(ShareEntry.maker_id, *_balance_columns())
                .where(*_in_period(low, high))
                .group_by(ShareEntry.maker_id)
            )
        }
        owed = {
            maker_id: amount
            for maker_id, amount in session.execute(
                select(ShareEntry.maker_id, money_sum(ShareEntry.amount))
                .where(ShareEntry.payout_id.is_(None))
                .group_by(ShareEntry.maker_id)
            )
        }
        makers = session.execute(select(Maker.id, Maker.name, Maker.active).order_by(Maker.name)).all()
        carries = _carries(session, low, high)
    result = []
    zeros = (ZERO, ZERO, ZERO, ZERO)
    for maker_id, name, active in makers:
        accrued, reversed_, paid, balance = _without_carries(maker_id, period.get(maker_id, zeros), carries)
        due = owed.get(maker_id, ZERO)
        if active or maker_id in period or due:
            result.append(MakerOverview(maker_id, name, active, accrued, reversed_, paid, balance, due))
    return result


def overview_totals(rows: Sequence[MakerOverview]) -> MakerOverview:
    """The column totals of :func:`maker_overview` rows, as a row named ``Total``."""

    def column(name: str) -> Decimal:
        return sum((getattr(r, name) for r in rows), ZERO)

    return MakerOverview(
        0,
        "Total",
        True,
        column("accrued"),
        column("reversed"),
        column("paid"),
        column("balance"),
        column("owed"),
    )


@dataclass(frozen=True)
class ShareLine:
    """One share entry with what it came from.

    For a reversal, ``receipt`` is the refund's number, ``refund_of`` the
    original sale's, and ``quantity`` and ``line_net`` what was returned
    (positive): use :attr:`signed_quantity` and :attr:`signed_net` to show it
    as a negative line. ``weight`` is the maker's weight on the item and
    ``line_weight`` the weights of all its makers: the line's share was split
    ``weight / line_weight`` to her.

    A carry (:attr:`is_carry`) belongs to no sale: ``receipt`` is the number
    of the cash payout that left those céntimos, ``product`` is empty,
    ``quantity``, ``line_net`` and ``rate`` are zero. Negative, it is the part
    that payout could not pay in coins; positive, the same céntimos waiting
    in her balance for her next payout.
    """

    id: uuid.UUID
    created_at: datetime
    receipt: str
    product: str
    quantity: int
    line_net: Decimal
    rate: Decimal
    amount: Decimal
    kind: str
    payout: str
    refund_of: str = ""
    weight: int = 1
    line_weight: int = 1
    partner: str = ""  # the partner shop that sold it (then ``receipt`` is its report, ``line_net`` what it paid us)

    @property
    def product_sold(self) -> str:
        """The product, marked with the partner shop's name when a partner sold it."""
        return f"{self.product} · {self.partner}" if self.partner else self.product

    @property
    def is_reversal(self) -> bool:
        return self.kind == "reversal"

    @property
    def is_carry(self) -> bool:
        return self.kind == "carry"

    @property
    def signed_quantity(self) -> int:
        return -self.quantity if self.is_reversal else self.quantity

    @property
    def signed_net(self) -> Decimal:
        return -self.line_net if self.is_reversal else self.line_net

    @property
    def portion(self) -> str:
        """``"2/3"`` when the line's share was split among makers, else ``""``."""
        return "" if self.weight == self.line_weight else f"{self.weight}/{self.line_weight}"


def _share_line_query() -> Select:
    original = aliased(Sale)
    carried = aliased(Payout)
    others = aliased(ShareEntry)
    sold_weight = select(func.sum(others.weight)).where(others.sale_line_id == ShareEntry.sale_line_id)
    # A partner's line accrues in several entries per maker (one per payment): its weights are the item's.
    partner_weight = select(func.sum(ItemMaker.weight)).where(ItemMaker.item_id == PartnerSaleLine.item_id)
    line_weight = func.coalesce(sold_weight.scalar_subquery(), partner_weight.scalar_subquery())
    number = func.coalesce(Sale.number, PartnerReport.number, carried.number, "")
    return (
        select(
            ShareEntry.id,
            ShareEntry.created_at,
            number,
            func.coalesce(SaleLine.product_name, PartnerSaleLine.product_name, ""),
            func.coalesce(SaleLine.quantity, PartnerSaleLine.quantity, 0),
            func.coalesce(SaleLine.net, PartnerSaleLine.due),
            func.coalesce(SaleLine.share_rate, PartnerSaleLine.share_rate),
            ShareEntry.amount,
            ShareEntry.kind,
            func.coalesce(Payout.number, ""),
            func.coalesce(original.number, ""),
            ShareEntry.weight,
            line_weight,
            func.coalesce(Partner.name, ""),
        )
        # Outer joins: a carry belongs to no sale (it names the payout that left it); a partner's line to its report.
        .outerjoin(Sale, Sale.id == ShareEntry.sale_id)
        .outerjoin(SaleLine, SaleLine.id == ShareEntry.sale_line_id)
        .outerjoin(carried, carried.id == ShareEntry.carry_of_id)
        .outerjoin(PartnerSaleLine, PartnerSaleLine.id == ShareEntry.partner_line_id)
        .outerjoin(PartnerReport, PartnerReport.id == PartnerSaleLine.report_id)
        .outerjoin(Partner, Partner.id == PartnerSaleLine.partner_id)
        .outerjoin(Payout, Payout.id == ShareEntry.payout_id)
        .outerjoin(original, original.id == Sale.refund_of_id)
        .order_by(
            ShareEntry.created_at,
            number,
            func.coalesce(SaleLine.position, PartnerSaleLine.position),
            ShareEntry.id,
        )
    )


def share_lines_in(session: Session, *where: ColumnElement[bool]) -> list[ShareLine]:
    """The share entries matching ``where``, with what each came from, oldest first."""
    rows = session.execute(_share_line_query().where(*where))
    return [
        ShareLine(
            id_,
            at,
            receipt,
            product,
            units,
            net or ZERO,
            rate or Decimal(0),
            amount,
            kind,
            payout,
            refund_of,
            int(weight),
            int(of_line or weight),
            partner,
        )
        for (
            id_,
            at,
            receipt,
            product,
            units,
            net,
            rate,
            amount,
            kind,
            payout,
            refund_of,
            weight,
            of_line,
            partner,
        ) in rows
    ]


def share_lines(store: Store, maker_id: int, start: date, end: date) -> list[ShareLine]:
    """The entries behind a maker's figures for ``[start, end]``, oldest first."""
    low, high = day_bounds(start, end)
    with store.session() as session:
        return share_lines_in(
            session, ShareEntry.maker_id == maker_id, ShareEntry.created_at >= low, ShareEntry.created_at < high
        )


def share_totals(lines: Sequence[ShareLine]) -> tuple[Decimal, Decimal, Decimal]:
    """``(accrued, reversed, carried)`` of share lines; carried is the net of the carries."""
    shares = [ln.amount for ln in lines if not ln.is_carry]
    accrued = sum((a for a in shares if a > 0), ZERO)
    reversed_ = -sum((a for a in shares if a < 0), ZERO)
    return accrued, reversed_, sum((ln.amount for ln in lines if ln.is_carry), ZERO)
