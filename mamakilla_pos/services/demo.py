"""A believable demo shop to practise on (``mamakilla-pos demo``)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from decimal import ROUND_CEILING, Decimal

from sqlalchemy import func, select

from ..domain.cash import PEN_DENOMINATIONS, USD_NOTES
from ..domain.money import quantize
from ..domain.payments import Tender
from ..domain.pricing import NO_DISCOUNT, CartLine, Discount, DiscountKind, price_cart
from ..store import Store
from ..store.models import Maker, SaleLine, User
from . import cash, catalogue, catalogue_makers, catalogue_products, locations, photos, stock
from .actors import SYSTEM_ID
from .auth import hash_pin
from .clock import now
from .errors import UserError
from .refunds import RefundLine, RefundRequest, record_refund_in
from .sales import LineRequest, SaleRequest, record_sale_in
from .settings import load_in, update_settings
from .setup import ensure_defaults

MAKERS = (
    "Rosa Quispe Mamani",
    "Ana Huamán Condori",
    "Luz Mamani Ccori",
    "Nilda Choque Huillca",
    "Marleni Ttito Sallo",
    "Yeny Cusi Ayma",
    "Sonia Huillca Puma",
    "Rina Ccahuana Quispe",
    "Maribel Apaza Tupa",
    "Ñusta Condori Yupanqui",
)

# (product, category, price, makers by index with weights)
PRODUCTS = (
    ("Bolso bordado Inti", "Bolsos", "85.00", ((0, 2), (1, 1))),
    ("Bolso de cuero repujado Chakana", "Cuero repujado", "120.00", ((3, 1),)),
    ("Bolso tote de lona pintada", "Bolsos", "65.00", ((4, 1),)),
    ("Mochila de aguayo", "Bolsos", "95.00", ((5, 2), (6, 1))),
    ("Bandolera de cuero natural", "Cuero repujado", "110.00", ((3, 1), (7, 1))),
    ("Bolso de mano flores de Sacsayhuamán", "Bordados", "75.00", ((1, 1),)),
    ("Monedero bordado colibrí", "Monederos", "18.00", ((0, 1),)),
    ("Monedero de cuero repujado", "Monederos", "25.00", ((3, 1),)),
    ("Monedero de aguayo con cierre", "Monederos", "15.00", ((8, 1),)),
    ("Monedero pintado llamita", "Monederos", "16.50", ((4, 1),)),
    ("Cartuchera bordada Ñusta", "Cartucheras", "28.00", ((9, 1),)),
    ("Cartuchera de lona con tocapu", "Cartucheras", "22.00", ((2, 1),)),
    ("Cartuchera de cuero grabado", "Cartucheras", "35.00", ((7, 1),)),
    ("Cartuchera de aguayo doble", "Cartucheras", "26.00", ((8, 1), (5, 1))),
    ("Billetera de cuero repujado Pachamama", "Cuero repujado", "45.00", ((3, 2), (7, 1))),
    ("Portacelular de cuero", "Cuero repujado", "30.00", ((7, 1),)),
    ("Cinturón de cuero grabado", "Cuero repujado", "55.00", ((3, 1),)),
    ("Cojín bordado flores andinas", "Bordados", "48.00", ((1, 1), (9, 1))),
    ("Tapiz bordado Mama Killa", "Bordados", "140.00", ((0, 1), (1, 1), (9, 1))),
    ("Servilletero bordado", "Bordados", "12.00", ((6, 1),)),
    ("Llavero de cuero chakana", "Accesorios", "8.00", ((7, 1),)),
    ("Diadema bordada", "Accesorios", "14.00", ((2, 1),)),
    ("Aretes de tela pintada", "Accesorios", "10.00", ((4, 1),)),
    ("Neceser de aguayo", "Cartucheras", "32.00", ((5, 1),)),
    ("Estuche para lentes bordado", "Accesorios", "20.00", ((9, 1),)),
    ("Bolso shopper plegable", "Bolsos", "38.00", ((2, 1), (6, 1))),
)


COORDINATOR, SELLER = "Carmen Ayma", "Rosa Quispe Mamani"
DEMO_PINS = {COORDINATOR: "111111", SELLER: "2222"}


@dataclass(frozen=True)
class DemoSummary:
    makers: int
    products: int
    items: int
    sales: int
    refunds: int


def load_demo(store: Store, days: int = 5, seed: int = 7) -> DemoSummary:
    """Fill an empty database with a practice shop.

    Raises:
        UserError: the database already has makers or sales.
    """
    ensure_defaults(store)
    with store.session() as session:
        if session.execute(select(func.count(Maker.id))).scalar_one():
            raise UserError("la base de datos ya tiene datos; la demostración necesita una base vacía")
    update_settings(
        store,
        SYSTEM_ID,
        shop_name="Mama Killa — tienda de demostración",
        shop_address="Calle Hermanos Ayar s/n, Santiago, Cusco",
        shop_phone="984 123 456",
        instagram_url="https://www.instagram.com/mamakilla.cusco/",
        image_base_url="https://mamakilla.pe/catalogo/img",
        usd_rate=Decimal("3.70"),
        configured="demo",
    )
    with store.session() as session, session.begin():
        locations.ensure_location_in(session, "feria", "Feria artesanal San Blas", "fair")
        locations.ensure_location_in(session, "colibri", "Casa Colibri Multimarca", "partner")
        session.add_all(
            [
                User(name=COORDINATOR, role="coordinator", pin_hash=hash_pin(DEMO_PINS[COORDINATOR])),
                User(name=SELLER, role="seller", pin_hash=hash_pin(DEMO_PINS[SELLER])),
            ]
        )
    rng = random.Random(seed)
    prices = _demo_items(store, rng)
    sales, refunds = _demo_sales(store, rng, prices, days)
    _add_pictures(store)
    pen_float = {Decimal("10"): 5, Decimal("1"): 20, Decimal("0.50"): 20}
    cash.open_session(store, pen_float, {Decimal("10"): 2}, user_id=SYSTEM_ID)
    return DemoSummary(len(MAKERS), len(PRODUCTS), len(prices), sales, refunds)


def _demo_items(store: Store, rng: random.Random) -> dict[str, Decimal]:
    """The demo's items, made in the workshop and some at the fair: their prices by code."""
    prices: dict[str, Decimal] = {}
    for name, category, price, makers in PRODUCTS:
        info = catalogue.add_item(
            store,
            catalogue.NewItem(name, category, Decimal(price), tuple((MAKERS[i], w) for i, w in makers)),
        )
        prices[info.code] = info.price
        stock.produce(store, info.code, rng.randint(4, 12), "taller", user_id=SYSTEM_ID)
        if rng.random() < 0.6:
            stock.produce(store, info.code, rng.randint(2, 6), "feria", user_id=SYSTEM_ID)
    # A second item of a product made by another maker: same design, different hands.
    second = catalogue.add_item(
        store,
        catalogue.NewItem("Monedero bordado colibrí", "Monederos", Decimal("18.00"), ((MAKERS[6], 1),)),
    )
    prices[second.code] = second.price
    stock.produce(store, second.code, 6, "taller", user_id=SYSTEM_ID)
    return prices


def _demo_sales(store: Store, rng: random.Random, prices: dict[str, Decimal], days: int) -> tuple[int, int]:
    """``days`` days of sales before today, and a refund of the first: ``(sales, refunds)``."""
    codes = list(prices)
    # The past days are sold in one cash session, closed with the drawer as expected (and no backup
    # folder made beside the sample shop); today's is left open by load_demo.
    cash.open_session(store, {Decimal("10"): 5}, user_id=SYSTEM_ID)
    sales = refunds = 0
    today = now().date()
    with store.session() as session, session.begin():
        settings = load_in(session)
        users = {name: user_id for name, user_id in session.execute(select(User.name, User.id))}
        first_sale = None
        for back in range(days, 0, -1):
            day = today - timedelta(days=back)
            for n in range(rng.randint(4, 8)):
                at = datetime.combine(day, time(10 + n, rng.randint(0, 59)))
                picked = rng.sample(codes, rng.randint(1, 3))
                lines = tuple(
                    LineRequest(
                        code,
                        rng.choice((1, 1, 1, 2)),
                        Discount(DiscountKind.PERCENT, Decimal(10)) if rng.random() < 0.15 else NO_DISCOUNT,
                    )
                    for code in picked
                )
                order_discount = Discount(DiscountKind.AMOUNT, Decimal("5.00")) if rng.random() < 0.15 else NO_DISCOUNT
                total = price_cart(
                    [CartLine(ln.quantity, prices[ln.item_code], ln.discount) for ln in lines], order_discount
                ).total
                result = record_sale_in(
                    session,
                    SaleRequest(
                        lines=lines,
                        tenders=_demo_tenders(rng, n, total, settings.usd_rate),
                        order_discount=order_discount,
                        # Discounts above the sellers' limit are given by the coordinator.
                        user_id=users[COORDINATOR if order_discount.value or rng.random() < 0.3 else SELLER],
                        location_code=rng.choice(("taller", "feria")),
                        created_at=at,
                    ),
                    settings,
                )
                first_sale = first_sale or result
                sales += 1
        if first_sale is not None:
            line_id = (
                session.execute(
                    select(SaleLine.id).where(SaleLine.sale_id == first_sale.id).order_by(SaleLine.position)
                )
                .scalars()
                .first()
            )
            assert line_id is not None
            refund_request = RefundRequest(
                sale_number=first_sale.number,
                lines=(RefundLine(line_id, 1),),
                method="cash",
                reason="Costura floja: la clienta la devolvió",
                created_at=first_sale.created_at + timedelta(hours=2),
                user_id=users[COORDINATOR],
            )
            record_refund_in(session, refund_request, settings)
            refunds += 1
    figures = cash.x_report(store)
    expected = (_counted(figures.pen.expected, PEN_DENOMINATIONS), _counted(figures.usd.expected, USD_NOTES))
    cash.close_session(store, *expected, user_id=SYSTEM_ID, backup=False)
    return sales, refunds


def _add_pictures(store: Store) -> None:
    """A drawn picture of every product and a portrait of every maker (nothing downloaded)."""
    from .demo_pictures import maker_picture, product_picture

    products = {p.name: p.id for p in catalogue_products.list_products(store)}
    makers = {m.name: m.id for m in catalogue_makers.list_makers(store)}
    prepared = [
        (photos.Owner("product", products[name]), photos.prepare_photo(product_picture(name))) for name, *_ in PRODUCTS
    ]
    prepared += [
        (photos.Owner("maker", makers[name]), photos.prepare_photo(maker_picture(name)))
        for name in MAKERS
        if name in makers
    ]
    with store.session() as session, session.begin():
        for owner, picture in prepared:
            photos.add_prepared_in(session, owner, picture, SYSTEM_ID)


def _counted(amount: Decimal, denominations: tuple[Decimal, ...]) -> dict[Decimal, int]:
    """``amount`` as pieces of ``denominations``, the largest first (a drawer counted as expected)."""
    pieces: dict[Decimal, int] = {}
    for value in sorted(denominations, reverse=True):
        count = int(amount // value)
        if count:
            pieces[value] = count
            amount -= value * count
    return pieces


def _next_note(amount: Decimal) -> Decimal:
    for note in (Decimal(10), Decimal(20), Decimal(50), Decimal(100), Decimal(200)):
        if note >= amount:
            return note
    return (amount / 100).to_integral_value(rounding=ROUND_CEILING) * 100


def _demo_tenders(rng: random.Random, n: int, total: Decimal, usd_rate: Decimal) -> tuple[Tender, ...]:
    """Mixed ways of paying: cash with change, Yape, dollars, card, Plin plus cash."""
    reference = str(rng.randint(10**7, 10**8 - 1))
    kind = n % 5
    if kind == 0:
        return (Tender("cash", _next_note(total)),)
    if kind == 1:
        return (Tender("yape", total, reference),)
    if kind == 2:
        return (Tender("usd", (total / usd_rate).to_integral_value(rounding=ROUND_CEILING)),)
    if kind == 3:
        return (Tender("card", total),)
    half = quantize(total / 2)
    return (Tender("plin", half, reference), Tender("cash", _next_note(total - half)))
