"""``import products``: rows checked against the catalogue, then written in one short transaction.

The rows are read and checked first against a snapshot of the catalogue,
without holding the write lock; only a file without errors is written. The
writing transaction reads the catalogue again and checks the rows again
against it (cheap: a few dictionaries), so what another till changed in
between is never overwritten. Every row is worked out before that
transaction (ids included, see :func:`reserve`); in it, every new category,
maker, product, item and production movement is inserted with one statement
per table, and the journal entries of the production in one batch.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from types import SimpleNamespace

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from ..domain.text import fold
from ..store import images, tables
from ..store.base import Base
from ..store.bulk import insert_rows, reserve_ids
from ..store.ids import new_id
from ..store.images import ROWS
from ..store.models import Category, Item, ItemMaker, Location, Maker, Product, StockMovement
from . import journal
from .clock import now
from .errors import NotFound
from .import_files import amount_cell, parse_makers, quantity_cell, shown, text_cell
from .journal_batch import Entry, append_all_in
from .settings import load_in

PRODUCT_COLUMNS = ("code", "product", "category", "price", "makers", "quantity", "location")
_CODE = re.compile(r"[\x21-\x7e]{1,32}")
MOVEMENTS_PER_ENTRY = 500
"""Production movements journaled together in one entry (one entry per movement would double the import)."""


@dataclass(frozen=True)
class ProductRow:
    """A row of the file, each cell checked on its own."""

    line: int
    code: str
    product: str
    category: str
    price: Decimal
    makers: tuple[tuple[str, int], ...]
    quantity: int
    location: str


def parse_row(line: int, row: dict[str, str]) -> ProductRow:
    """Check each cell of a row.

    Raises:
        ValueError: the first bad cell, with the reason.
    """
    product = text_cell(row["product"], "el nombre del producto", _longest(Product, "name"))
    if not product:
        raise ValueError("falta el nombre del producto")
    price = amount_cell(row["price"], "el precio")
    makers = tuple(parse_makers(row["makers"], _longest(Maker, "name")))
    quantity = quantity_cell(row["quantity"] or "0", allow_zero=True)
    code = row["code"].strip()
    if code and not _CODE.fullmatch(code):
        raise ValueError(f"código no válido: «{shown(code)}»")
    category = text_cell(row["category"], "la categoría", _longest(Category, "name"))
    location = text_cell(row["location"], "la ubicación", _longest(Location, "name"))
    return ProductRow(line, code, product, category, price, makers, quantity, location)


@functools.cache
def _longest(model: type, column: str) -> int:
    return int(model.__table__.c[column].type.length)  # type: ignore[attr-defined]


@dataclass
class Catalogue:
    """What an import of products is checked against and adds to: the catalogue as it is now.

    Read twice (before checking, then inside the writing transaction) and
    compared: plain columns only, folded for comparison only when checked.
    """

    products: dict[str, tuple[int, Decimal]]  # exact name → (id, price)
    product_names: dict[int, str]
    items: dict[str, tuple[int, int]]  # code → (id, product id)
    items_of: dict[int, list[tuple[int, tuple[tuple[int, int], ...]]]]  # product id → [(item id, makers)]
    makers: dict[str, int]  # exact name → id
    short_codes: set[str]
    categories: dict[str, int]
    locations: list[tuple[int, str, str]]  # (id, code, name)
    item_count: int
    till_location: str

    def made_by(self, item_id: int, product_id: int) -> tuple[tuple[int, int], ...]:
        return next(made for other, made in self.items_of[product_id] if other == item_id)


def load_catalogue_in(session: Session) -> Catalogue:
    """The catalogue, read with plain queries (a shop of 20,000 items reads in a few tens of milliseconds)."""
    run = session.connection().execute
    links: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for item_id, maker_id, weight in run(
        select(ItemMaker.item_id, ItemMaker.maker_id, ItemMaker.weight).order_by(ItemMaker.item_id, ItemMaker.position)
    ).all():
        links[item_id].append((maker_id, weight))
    products: dict[str, tuple[int, Decimal]] = {}
    names: dict[int, str] = {}
    for product_id, name, price in run(select(Product.id, Product.name, Product.price)).all():
        products[name] = (product_id, price)
        names[product_id] = name
    items: dict[str, tuple[int, int]] = {}
    items_of: dict[int, list[tuple[int, tuple[tuple[int, int], ...]]]] = defaultdict(list)
    for item_id, code, product_id in run(select(Item.id, Item.code, Item.product_id).order_by(Item.id)).all():
        items[code] = (item_id, product_id)
        items_of[product_id].append((item_id, tuple(links.get(item_id, ()))))
    makers: dict[str, int] = {}
    short_codes: set[str] = set()
    for maker_id, name, short_code in run(select(Maker.id, Maker.name, Maker.short_code)).all():
        makers[name] = maker_id
        short_codes.add(short_code)
    return Catalogue(
        products=products,
        product_names=names,
        items=items,
        items_of=dict(items_of),
        makers=makers,
        short_codes=short_codes,
        categories={name: category_id for name, category_id in run(select(Category.name, Category.id))},
        locations=[
            (i, code, name)
            for i, code, name in run(select(Location.id, Location.code, Location.name).order_by(Location.id))
        ],
        item_count=len(items),
        till_location=load_in(session).till_location,
    )


def catalogue_mark_in(session: Session) -> int:
    """Where the journal stands: read with the catalogue, it tells later whether the catalogue changed since."""
    return int(session.connection().execute(select(tables.journal_head.c.seq)).scalar() or 0)


def catalogue_changed_in(session: Session, mark: int) -> bool:
    """Whether master data changed after ``mark``: every change of it is journaled in a ``rows`` entry.

    Reads only the journal entries written since (a range of its key), not the catalogue.
    """
    journal = tables.journal
    since = select(journal.c.seq).where(journal.c.seq > mark, journal.c.kind == ROWS).limit(1)
    return session.connection().execute(since).first() is not None


def check_rows(rows: list[ProductRow], catalogue: Catalogue) -> list[tuple[int, str]]:
    """Every row that disagrees with another row or with the catalogue: ``(line, reason)``."""
    errors = []
    known = {_fold(name): price for name, (_, price) in catalogue.products.items()}
    maker_names = {maker_id: name for name, maker_id in catalogue.makers.items()}
    prices: dict[str, tuple[Decimal, int]] = {}
    codes: dict[str, int] = {}
    for row in rows:
        key = _fold(row.product)
        problem = None
        if row.code in codes:
            problem = f"el código {row.code} ya está en la línea {codes[row.code]}"
        elif key in prices and prices[key][0] != row.price:
            first = prices[key]
            problem = f"«{row.product}» tiene precio S/ {first[0]} en la línea {first[1]}, no S/ {row.price}"
        elif key in known and known[key] != row.price:
            problem = f"«{row.product}» ya existe con precio S/ {known[key]}"
        elif row.code in catalogue.items:
            item_id, product_id = catalogue.items[row.code]
            made = tuple((_fold(maker_names[m]), w) for m, w in catalogue.made_by(item_id, product_id))
            if _fold(catalogue.product_names[product_id]) != key or made != tuple((_fold(n), w) for n, w in row.makers):
                problem = f"el código {row.code} ya es de otro artículo"
        if problem:
            errors.append((row.line, problem))
            continue
        if row.code:
            codes[row.code] = row.line
        prices.setdefault(key, (row.price, row.line))
    return errors


_fold = functools.lru_cache(maxsize=200_000)(fold)


def reserve_in(connection: Connection, rows: list[ProductRow], catalogue: Catalogue) -> dict[type, list[int]]:
    """New ids for every row the import may add, per table (last first, to pop).

    Taken before the rows are prepared, with the catalogue they are checked
    against: on SQLite the ids after the largest (still free as long as the
    catalogue is unchanged, which the writing transaction checks), on
    PostgreSQL from the tables' sequences.
    """
    new_products: dict[str, ProductRow] = {}
    for row in rows:
        if row.product not in catalogue.products:
            new_products.setdefault(row.product, row)
    counts = {
        Category: len({r.category or "Otros" for r in new_products.values()} - set(catalogue.categories)),
        Maker: len({name for r in rows for name, _ in r.makers} - set(catalogue.makers)),
        Product: len(new_products),
        Item: len(rows),
        Location: len({r.location for r in rows if r.location and r.quantity}),
    }
    return {model: reserve_ids(connection, model, count)[::-1] for model, count in counts.items()}


@dataclass
class Prepared:
    """Every row an import adds, table by table in the order they are inserted, and its journal entries."""

    tables: list[tuple[type, list[SimpleNamespace]]]
    entries: list[Entry]
    created: int
    units: int


class _Builder:
    """Works out the rows of one import against a catalogue (left as it is), before anything is written."""

    def __init__(self, catalogue: Catalogue, ids: dict[type, list[int]]) -> None:
        self.catalogue = catalogue
        self.ids = {model: list(values) for model, values in ids.items()}
        self.products = dict(catalogue.products)
        self.categories = dict(catalogue.categories)
        self.maker_ids = dict(catalogue.makers)
        self.short_codes = set(catalogue.short_codes)
        self.items_of = {product: list(items) for product, items in catalogue.items_of.items()}
        self.codes = {code: item[0] for code, item in catalogue.items.items()}  # every item code → id
        self.places: dict[str, int] = {}  # a row's location as written → its id
        self.rows: dict[type[Base], list[SimpleNamespace]] = {
            model: [] for model in (Category, Maker, Location, Product, Item, ItemMaker, StockMovement)
        }

    def category(self, name: str) -> int:
        name = name or "Otros"
        if name not in self.categories:
            self.categories[name] = self.ids[Category].pop()
            self.rows[Category].append(SimpleNamespace(id=self.categories[name], name=name))
        return self.categories[name]

    def maker(self, name: str) -> int:
        if name not in self.maker_ids:
            self.maker_ids[name] = self.ids[Maker].pop()
            self.rows[Maker].append(
                SimpleNamespace(
                    id=self.maker_ids[name],
                    name=name,
                    short_code=self._short_code(name),
                    phone="",
                    dni="",
                    joined_on=None,
                    trainer_id=None,
                    notes="",
                    active=True,
                )
            )
        return self.maker_ids[name]

    def _short_code(self, name: str) -> str:
        """Her initials, numbered when taken (as :func:`.catalogue_makers.create_maker` makes them)."""
        parts = [p for p in re.split(r"\s+", fold(name)) if p]
        base = re.sub(r"[^A-Z0-9]", "", "".join(p[0] for p in parts[:3]).upper()) or "A"
        code, n = base, 1
        while code in self.short_codes:
            n += 1
            code = f"{base}{n}"
        self.short_codes.add(code)
        return code

    def product(self, row: ProductRow) -> int:
        found = self.products.get(row.product)
        if found is None:
            found = (self.ids[Product].pop(), row.price)
            self.products[row.product] = found
            self.rows[Product].append(
                SimpleNamespace(
                    id=found[0],
                    name=row.product,
                    category_id=self.category(row.category),
                    price=row.price,
                    description="",
                    center_made=False,
                    active=True,
                )
            )
        return found[0]

    def item(self, row: ProductRow, product_id: int) -> int:
        """The item of this row: by its code, or the product's item with these makers, or a new one."""
        made = tuple((self.maker(name), weight) for name, weight in row.makers)
        if row.code in self.codes:
            return self.codes[row.code]
        if not row.code:
            for item_id, makers in self.items_of.get(product_id, ()):
                if makers == made:
                    return item_id
        code = row.code or self._next_code()
        item_id = self.ids[Item].pop()
        self.codes[code] = item_id
        self.items_of.setdefault(product_id, []).append((item_id, made))
        self.rows[Item].append(SimpleNamespace(id=item_id, code=code, product_id=product_id, active=True))
        links = self.rows[ItemMaker]
        for position, (maker_id, weight) in enumerate(made):
            links.append(SimpleNamespace(item_id=item_id, maker_id=maker_id, weight=weight, position=position))
        return item_id

    def _next_code(self) -> str:
        """``MK000123`` after the items there are (as :func:`.catalogue.next_item_code_in`), never one taken."""
        n = self.catalogue.item_count + len(self.rows[Item]) + 1
        while f"MK{n:06d}" in self.codes:
            n += 1
        return f"MK{n:06d}"

    def location(self, text: str) -> int:
        """The row's location: found by code or name, the till's when empty, a new fair stand otherwise."""
        if text not in self.places:
            self.places[text] = self._location(text)
        return self.places[text]

    def _location(self, text: str) -> int:
        known = self.catalogue.locations + [(r.id, r.code, r.name) for r in self.rows[Location]]
        if not text:
            for location_id, code, _ in known:
                if code == self.catalogue.till_location:
                    return location_id
            raise NotFound(f"no existe la ubicación «{self.catalogue.till_location}»")
        wanted = fold(text)
        for location_id, code, name in known:
            if fold(code) == wanted or fold(name) == wanted:
                return location_id
        code = re.sub(r"[^a-z0-9]+", "-", wanted).strip("-")[:32] or "feria"
        for location_id, other, _ in known:
            if other == code:
                return location_id
        location_id = self.ids[Location].pop()
        self.rows[Location].append(SimpleNamespace(id=location_id, code=code, name=text, kind="fair", active=True))
        return location_id


def prepare(rows: list[ProductRow], catalogue: Catalogue, ids: dict[type, list[int]], actor: str) -> Prepared:
    """The rows and journal entries that add ``rows`` to ``catalogue`` (ids from :func:`reserve`)."""
    build = _Builder(catalogue, ids)
    at = now()
    units = 0
    movements = build.rows[StockMovement]
    for row in rows:
        item_id = build.item(row, build.product(row))
        if row.quantity:
            movements.append(
                SimpleNamespace(
                    id=new_id(),
                    item_id=item_id,
                    location_id=build.location(row.location),
                    quantity=row.quantity,
                    kind="production",
                    reason="",
                    sale_id=None,
                    user_id=None,
                    created_at=at,
                )
            )
            units += row.quantity
    # The new master data, every column, in one entry before the production that uses it (as the
    # journal's session hooks would image rows the ORM wrote).
    master = {model.__tablename__: rows for model, rows in build.rows.items() if model is not StockMovement}
    entries = []
    added = images.payload_rows(images.images_of(master))
    if added:
        names = sorted(name for name, rows in master.items() if rows)
        ref = ",".join(names) if len(",".join(names)) <= 64 else f"{len(names)} tablas"
        entries.append(Entry(images.ROWS, ref, journal.dump_payload(added), actor, at))
    entries += [
        Entry(
            "production",
            str(chunk[0].id),
            journal.dump_payload({"reason": "", **images.payload_rows(images.images_of({"stock_movements": chunk}))}),
            actor,
            at,
        )
        for chunk in (movements[i : i + MOVEMENTS_PER_ENTRY] for i in range(0, len(movements), MOVEMENTS_PER_ENTRY))
    ]
    return Prepared(list(build.rows.items()), entries, len(build.rows[Item]), units)


def write_prepared_in(session: Session, prepared: Prepared) -> None:
    """Insert the prepared rows and chain their journal entries, inside the caller's transaction."""
    connection = session.connection()
    for model, new_rows in prepared.tables:
        insert_rows(connection, model, new_rows)
    append_all_in(session, prepared.entries)
