"""A maker's month, to send her: pieces made, pieces sold (and where), her share, what was paid, what is owed.

:func:`maker_statement` reads the figures; :func:`statement_png` and
:func:`statement_pdf` draw them in large type (a picture for WhatsApp, a
page to print).
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from ..documents.maker_month import MakerStatement, Payment, PlaceSales
from ..domain.money import ZERO
from ..store import Store
from ..store.models import Item, ItemMaker, Location, Maker, Payout, Product, Sale, SaleLine, ShareEntry, StockMovement
from ..store.types import Money
from .clock import now
from .errors import NotFound
from .settings import load_in


def month_bounds(day: date) -> tuple[datetime, datetime]:
    """The first moment of ``day``'s month and of the month after."""
    start = date(day.year, day.month, 1)
    after = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return datetime.combine(start, time()), datetime.combine(after, time())


def maker_statement(store: Store, maker_id: int, day: date | None = None) -> MakerStatement:
    """The figures of the month of ``day`` (this month when ``None``) for the maker.

    Raises:
        NotFound: no such maker.
    """
    from .photos import main_large

    low, high = month_bounds(day or now().date())
    with store.session() as session:
        maker = session.get(Maker, maker_id)
        if maker is None:
            raise NotFound("no existe la artesana")
        items = select(ItemMaker.item_id).where(ItemMaker.maker_id == maker_id).scalar_subquery()
        made_items = _made(session, items, low, high)
        places, sold = _sold(session, maker_id, items, low, high)
        payments = tuple(
            Payment(at.date(), number, amount, method)
            for at, number, amount, method in session.execute(
                select(Payout.created_at, Payout.number, Payout.amount, Payout.method)
                .where(Payout.maker_id == maker_id, Payout.created_at >= low, Payout.created_at < high)
                .order_by(Payout.created_at)
            )
        )
        shop = load_in(session).shop_name
        name = maker.name
    return MakerStatement(
        maker=name,
        shop=shop,
        month=low.date(),
        made=sum(units for _, units in made_items),
        made_items=made_items,
        sold=sold,
        places=places,
        share=sum((p.share for p in places), ZERO),
        paid=sum((p.amount for p in payments), ZERO),
        payments=payments,
        balance=_balance(store, maker_id, high),
        photo=main_large(store, [maker_id], "maker").get(maker_id),
    )


def _made(session: Session, items: object, low: datetime, high: datetime) -> tuple[tuple[str, int], ...]:
    rows = session.execute(
        select(Product.name, func.sum(StockMovement.quantity))
        .join(Item, Item.id == StockMovement.item_id)
        .join(Product, Product.id == Item.product_id)
        .where(
            StockMovement.item_id.in_(items),  # type: ignore[arg-type]
            StockMovement.kind == "production",
            StockMovement.created_at >= low,
            StockMovement.created_at < high,
        )
        .group_by(Product.name)
    ).all()
    return tuple(sorted(((name, int(units)) for name, units in rows if units), key=lambda row: (-row[1], row[0])))


def _sold(
    session: Session, maker_id: int, items: object, low: datetime, high: datetime
) -> tuple[tuple[PlaceSales, ...], int]:
    """Her pieces sold per place (refunds taken off) and her share of the month per place."""
    units: dict[str, int] = {}
    for place, kind, quantity in session.execute(
        select(Location.name, Sale.kind, func.sum(SaleLine.quantity))
        .join(SaleLine, SaleLine.sale_id == Sale.id)
        .join(Location, Location.id == Sale.location_id)
        .where(SaleLine.item_id.in_(items), Sale.created_at >= low, Sale.created_at < high)  # type: ignore[arg-type]
        .group_by(Location.name, Sale.kind)
    ):
        units[place] = units.get(place, 0) + (-1 if kind == "refund" else 1) * int(quantity or 0)
    shares: dict[str, Decimal] = {
        place: amount or ZERO
        for place, amount in session.execute(
            select(Location.name, func.sum(ShareEntry.amount, type_=Money()))
            .join(Sale, Sale.id == ShareEntry.sale_id)
            .join(Location, Location.id == Sale.location_id)
            .where(ShareEntry.maker_id == maker_id, ShareEntry.created_at >= low, ShareEntry.created_at < high)
            .group_by(Location.name)
        )
    }
    places = tuple(
        PlaceSales(place, units.get(place, 0), shares.get(place, ZERO))
        for place in sorted(set(units) | set(shares), key=lambda p: (-units.get(p, 0), p))
        if units.get(place, 0) or shares.get(place, ZERO)
    )
    return places, sum(p.units for p in places)


def _balance(store: Store, maker_id: int, high: datetime) -> Decimal:
    """What was owed to her at ``high``: her entries until then not settled by a payout made before then."""
    with store.session() as session:
        settled_later = select(Payout.id).where(Payout.created_at >= high).scalar_subquery()
        return session.execute(
            select(func.coalesce(func.sum(ShareEntry.amount, type_=Money()), ZERO))
            .where(ShareEntry.maker_id == maker_id, ShareEntry.created_at < high)
            .where(or_(ShareEntry.payout_id.is_(None), and_(ShareEntry.payout_id.in_(settled_later))))
        ).scalar_one()


def statement_png(statement: MakerStatement) -> bytes:
    """The month as a picture to send by WhatsApp (1080 px wide, large type)."""
    from ..documents.maker_statement import statement_png as draw

    return draw(statement)


def statement_pdf(statement: MakerStatement) -> bytes:
    """The month as an A4 page in large type."""
    from ..documents.maker_statement import statement_pdf as draw

    return draw(statement)
