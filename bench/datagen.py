"""Fast data sets for the benchmarks: a catalogue, a year of sales, a busy cash session.

The schema, the settings, the location and a coordinator come from the app
itself (:func:`open_store` runs the migrations). Everything bulky is then
written with plain ``sqlite3.executemany`` in large transactions, row for row
as :func:`mamakilla_pos.services.sales.record_sale` writes it: sale, lines,
payments, makers' share entries, stock movements and a journal entry whose
hash continues the chain, holding every column of those rows as the app
journals them (``mamakilla_pos.store.images``). Master data and cash sessions
written this way are journaled afterwards in one ``rows`` entry, as an
upgrade journals what a migration left. Money is computed by the domain functions
(``settle``, ``line_share``, ``split_share``), cached per distinct input, so
``mamakilla-pos verify`` passes on what is generated
(``tests/bench/test_generator.py``).

Sales can be appended in several steps (the benchmark grows one shop from
1/100 to 5 times its data), each step continuing the receipt numbers and the
journal where the last one stopped.
"""

from __future__ import annotations

import random
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_CEILING, Decimal
from functools import lru_cache
from pathlib import Path

from mamakilla_pos.domain.money import CENT
from mamakilla_pos.domain.payments import Tender, amount_due, settle
from mamakilla_pos.domain.shares import line_share, split_share
from mamakilla_pos.services import auth, headers, journal, settings, setup
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.store import open_store
from mamakilla_pos.store.images import record_unjournaled

SERIES = "B001"
USER_NAME = "Rosa Quispe Mamani"
USER_PIN = "246813"
CHUNK = 5_000  # sales per transaction while generating

KINDS = ("Bolso", "Monedero", "Cartuchera", "Mochila", "Billetera", "Estuche", "Tote", "Neceser", "Canguro", "Llavero")
CRAFTS = ("bordado", "repujado", "pintado", "de aguayo", "de cuero", "tejido", "con flecos")
MOTIFS = (
    "Inti",
    "Killa",
    "colibrí",
    "Ñusta",
    "cóndor",
    "llama",
    "puma",
    "chakana",
    "qantu",
    "Pachamama",
    "Sacsayhuamán",
)
COLOURS = ("rojo", "azul", "verde", "negro", "natural", "fucsia", "turquesa", "mostaza", "granate", "multicolor")
SIZES = ("", "grande", "mini")
CATEGORIES = {
    "Bolso": "Bolsos",
    "Mochila": "Bolsos",
    "Tote": "Bolsos",
    "Canguro": "Bolsos",
    "Monedero": "Monederos",
    "Billetera": "Monederos",
    "Cartuchera": "Cartucheras",
    "Estuche": "Cartucheras",
    "Neceser": "Cartucheras",
    "Llavero": "Accesorios",
}
FIRST = ("Rosa", "Ana", "Ñusta", "Luz", "Yeny", "Sonia", "Marisol", "Killa", "Wendy", "Flor", "Nélida", "Sabina")
LAST = ("Quispe", "Huamán", "Condori", "Mamani", "Cusi", "Huillca", "Ccori", "Apaza", "Ttito", "Yupanqui", "Puma")
PRICES = tuple(Decimal(p) for p in ("8.00", "12.50", "15.00", "18.00", "22.55", "28.00", "35.00", "45.00", "59.90"))
PRICES += tuple(Decimal(p) for p in ("65.00", "79.00", "85.00", "95.00", "120.00", "149.90", "180.00"))
NOTES = (10, 20, 50, 100, 200)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def db_time(at: datetime) -> str:
    """A datetime as SQLAlchemy stores it in SQLite."""
    return f"{at:%Y-%m-%d %H:%M:%S}.{at.microsecond:06d}"


@lru_cache(maxsize=100_000)
def cents_json(cents: int) -> str:
    """``to_json`` of an amount in céntimos: ``-1234`` → ``"-12.34"``."""
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d}"


def _cents(amount: Decimal) -> int:
    return int(amount / CENT)


def connect_like_the_app(path: Path) -> sqlite3.Connection:
    """A raw connection with the app's pragmas (WAL, synchronous=FULL, foreign keys); transactions by hand."""
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "busy_timeout=10000"):
        connection.execute(f"PRAGMA {pragma}")
    return connection


def _connect(path: Path) -> sqlite3.Connection:
    """A connection for bulk writing: no fsync while building (the data, not the durability, is what counts)."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("PRAGMA synchronous=OFF")
    connection.execute("PRAGMA journal_mode=OFF")  # no WAL while building: every page is written once
    connection.execute("PRAGMA cache_size=-1000000")
    connection.execute("PRAGMA temp_store=MEMORY")
    return connection


@dataclass(frozen=True)
class ShopFacts:
    """What the benchmarks need to know about a generated shop."""

    path: Path
    items: int
    makers: int
    user_id: int
    location_id: int


def product_names(count: int, rng: random.Random) -> Iterator[tuple[str, str]]:
    """``count`` distinct product names with their category, in Spanish with accents and ñ."""
    seen: set[str] = set()
    n = 0
    while len(seen) < count:
        kind = rng.choice(KINDS)
        parts = [kind, rng.choice(CRAFTS), rng.choice(MOTIFS), rng.choice(COLOURS), rng.choice(SIZES)]
        name = " ".join(p for p in parts if p)
        if name in seen:
            n += 1
            name = f"{name} {n}"
        seen.add(name)
        yield name, CATEGORIES[kind]


def create_shop(path: Path, items: int = 20_000, makers: int = 40, seed: int = 1, stock: int = 60) -> ShopFacts:
    """A configured shop with ``items`` items (two per product) made by ``makers`` makers.

    Each item gets ``stock`` units produced at the workshop, journaled as the
    stock service journals production.
    """
    rng = random.Random(seed)
    store = open_store(sqlite_url(path))
    try:
        setup.ensure_defaults(store)
        settings.update_settings(store, SYSTEM_ID, configured="1", shop_name="Mama Killa", shop_ruc="20601234567")
        user = auth.create_user(store, USER_NAME, "coordinator", USER_PIN, by=SYSTEM_ID)
    finally:
        store.dispose()

    connection = _connect(path)
    try:
        location_id = connection.execute("SELECT id FROM locations WHERE code = 'taller'").fetchone()[0]
        connection.execute("BEGIN")
        names = sorted({f"{f} {a} {b}" for f in FIRST for a in LAST for b in LAST if a != b})
        rng.shuffle(names)
        maker_rows = [(i + 1, names[i], f"M{i + 1:03d}", "", "", None, None, "", 1) for i in range(makers)]
        connection.executemany(
            "INSERT INTO makers (id, name, short_code, phone, dni, joined_on, trainer_id, notes, active)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            maker_rows,
        )
        categories = sorted(set(CATEGORIES.values()))
        category_id = {name: i + 1 for i, name in enumerate(categories)}
        connection.executemany("INSERT INTO categories (name, id) VALUES (?, ?)", list(category_id.items()))
        products = (items + 1) // 2
        product_rows = []
        for pid, (name, category) in enumerate(product_names(products, rng), start=1):
            price = _cents(rng.choice(PRICES))
            product_rows.append((pid, name, category_id[category], price, "", 0, 1))
        connection.executemany(
            "INSERT INTO products (id, name, category_id, price_cents, description, center_made, active)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            product_rows,
        )
        item_rows, link_rows = [], []
        for item_id in range(1, items + 1):
            product_id = (item_id + 1) // 2
            item_rows.append((item_id, f"MK{item_id:06d}", product_id, 1))
            first = rng.randrange(makers) + 1
            if rng.random() < 0.2 and makers > 1:
                second = rng.randrange(makers - 1) + 1
                second += second >= first
                link_rows += [(item_id, first, 2, 0), (item_id, second, 1, 1)]
            else:
                link_rows.append((item_id, first, 1, 0))
        connection.executemany("INSERT INTO items (id, code, product_id, active) VALUES (?, ?, ?, ?)", item_rows)
        connection.executemany(
            "INSERT INTO item_makers (item_id, maker_id, weight, position) VALUES (?, ?, ?, ?)", link_rows
        )
        connection.execute("COMMIT")
        if stock:
            _produce(connection, items, location_id, stock, rng)
        connection.execute("PRAGMA journal_mode=WAL")
    finally:
        connection.close()
    journal_master_data(path)
    return ShopFacts(path, items, makers, user.id, location_id)


PHOTO_VARIANTS = 24
"""Distinct pictures the generator draws; every product gets one of them (the bytes are stored per product)."""


def add_photos(path: Path, seed: int = 3) -> int:
    """A main photo for every product that has none, as the app stores them (a 320 px tile and a
    1080 px JPEG), journaled afterwards as master data; returns how many were added."""
    from mamakilla_pos.documents.photos import prepare
    from mamakilla_pos.services.demo_pictures import product_picture

    rng = random.Random(seed)
    kinds = ("Bolso bordado", "Monedero de cuero", "Cartuchera de aguayo", "Mochila de lona pintada", "Cojín bordado")
    pictures = [prepare(product_picture(f"{kinds[n % len(kinds)]} {n}")) for n in range(PHOTO_VARIANTS)]
    at = db_time(datetime.combine(date.today() - timedelta(days=300), time(9)))
    connection = connect_like_the_app(path)  # the shop may be open (WAL): written as the app writes
    try:
        products = [
            pid
            for (pid,) in connection.execute(
                "SELECT id FROM products WHERE id NOT IN (SELECT product_id FROM photos WHERE product_id IS NOT NULL)"
            )
        ]
        connection.execute("BEGIN")
        for start in range(0, len(products), 1000):
            rows = []
            for product_id in products[start : start + 1000]:
                picture = pictures[rng.randrange(PHOTO_VARIANTS)]
                rows.append((_uuid(rng).hex, product_id, 0, at, picture.tile, picture.large))
            connection.executemany(
                "INSERT INTO photos (id, product_id, maker_id, order_id, position, created_at, tile, large)"
                " VALUES (?, ?, NULL, NULL, ?, ?, ?, ?)",
                rows,
            )
        connection.execute("COMMIT")
    finally:
        connection.close()
    journal_master_data(path)
    return len(products)


def journal_master_data(path: Path) -> None:
    """Journal the master data and cash sessions written with plain SQL (one ``rows`` entry)."""
    store = open_store(sqlite_url(path))
    try:
        with store.engine.begin() as connection:
            record_unjournaled(connection, "generador de datos")
    finally:
        store.dispose()


def _produce(connection: sqlite3.Connection, items: int, location_id: int, units: int, rng: random.Random) -> None:
    """``units`` of every item made at the workshop, 500 movements per journal entry."""
    chain = _Chain(connection)
    at = datetime.combine(date.today() - timedelta(days=400), time(8))
    connection.execute("BEGIN")
    for start in range(1, items + 1, 500):
        ids = [_uuid(rng) for _ in range(start, min(start + 500, items + 1))]
        rows = [
            (u.hex, item_id, location_id, units, "production", "", None, None, db_time(at))
            for u, item_id in zip(ids, range(start, start + 500), strict=False)
        ]
        connection.executemany(
            "INSERT INTO stock_movements (id, item_id, location_id, quantity, kind, reason, sale_id, user_id,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        payload = {"reason": "", "rows": {"stock_movements": rows}}
        chain.append("production", str(ids[0]), payload, "sistema", at)
    chain.save()
    connection.execute("COMMIT")


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _new_id(rng: random.Random) -> tuple[str, str]:
    """A random version-4 UUID as ``(hex as stored, str as journaled)``, without building a UUID object."""
    h = "%032x" % ((rng.getrandbits(128) & ~(0xF000 << 64) & ~(0xC << 60)) | (0x4000 << 64) | (0x8 << 60))
    return h, f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class _Chain:
    """The journal's head, continued entry by entry with the app's own hashing."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        row = connection.execute("SELECT seq, hash FROM journal_head WHERE id = 1").fetchone()
        self.exists = row is not None
        self.seq, self.hash = row if row else (0, journal.GENESIS)
        self.rows: list[tuple[object, ...]] = []

    def append(self, kind: str, ref: str, payload: dict[str, object], actor: str, at: datetime) -> None:
        self.seq += 1
        text = journal.dump_payload(payload)
        digest = journal.entry_hash(self.hash, journal.canonical(self.seq, at, actor, kind, ref, text))
        self.rows.append((self.seq, db_time(at), actor, kind, ref, text, self.hash, digest))
        self.hash = digest
        if len(self.rows) >= 2000:
            self.flush()

    def flush(self) -> None:
        self.connection.executemany(
            "INSERT INTO journal (seq, created_at, actor, kind, ref, payload, prev_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            self.rows,
        )
        self.rows.clear()

    def save(self) -> None:
        self.flush()
        if self.exists:
            self.connection.execute("UPDATE journal_head SET seq = ?, hash = ? WHERE id = 1", (self.seq, self.hash))
        else:
            self.connection.execute("INSERT INTO journal_head (id, seq, hash) VALUES (1, ?, ?)", (self.seq, self.hash))
            self.exists = True


@dataclass(frozen=True)
class _Item:
    id: int
    name: str
    price: int
    makers: tuple[tuple[int, int], ...]  # (maker id, weight) in position order


@lru_cache(maxsize=200_000)
def _shares(net: int, rate: Decimal, weights: tuple[int, ...]) -> tuple[int, tuple[int, ...]]:
    share = line_share(Decimal(net) * CENT, rate)
    return _cents(share), tuple(_cents(p) for p in split_share(share, list(weights)))


@lru_cache(maxsize=200_000)
def _settle(total: int, method: str, usd_rate: Decimal, step: Decimal | None) -> tuple[object, ...]:
    """``(amount_due, rounding, tendered, change, usd_rate or None, payments)`` as record_sale settles it."""
    amount = Decimal(total) * CENT
    if method == "cash":
        due = amount_due(amount, ("cash",), step)
        note = next((Decimal(n) for n in NOTES if n >= due), due)
        tenders: tuple[Tender, ...] = (Tender("cash", note),)
    elif method == "usd":
        tenders = (Tender("usd", (amount / usd_rate).to_integral_value(rounding=ROUND_CEILING)),)
    elif method == "split":
        half = (amount / 2).quantize(CENT)
        tenders = (Tender("yape", half, "-"), Tender("cash", amount - half))
    else:
        tenders = (Tender(method, amount, "-"),)
    result = settle(amount, tenders, usd_rate, step)
    payments = tuple(
        (
            p.method,
            p.currency,
            _cents(p.amount),
            None if p.rate is None else str(p.rate),
            _cents(p.amount_pen),
            _cents(p.applied_pen),
            p.method in ("yape", "plin", "card", "transfer"),
        )
        for p in result.payments
    )
    usd = str(usd_rate) if any(p.method == "usd" for p in result.payments) else None
    return (
        _cents(result.amount_due),
        _cents(result.rounding),
        _cents(result.tendered_pen),
        _cents(result.change),
        usd,
        payments,
    )


@dataclass
class SaleRows:
    """Rows of one or more sales, table by table, in the tables' column order."""

    sales: list[tuple[object, ...]]
    lines: list[tuple[object, ...]]
    shares: list[tuple[object, ...]]
    payments: list[tuple[object, ...]]
    moves: list[tuple[object, ...]]

    def extend(self, other: SaleRows) -> None:
        self.sales += other.sales
        self.lines += other.lines
        self.shares += other.shares
        self.payments += other.payments
        self.moves += other.moves

    def insert(self, connection: sqlite3.Connection) -> None:
        """Insert every row (and forget them)."""
        for table, rows in zip(TABLES, (self.sales, self.lines, self.shares, self.payments, self.moves), strict=True):
            if rows:
                connection.executemany(INSERTS[table], rows)
                rows.clear()


TABLES = ("sales", "sale_lines", "share_entries", "payments", "stock_movements")
INSERTS = {
    "sales": "INSERT INTO sales (id, number, series, seq, kind, refund_of_id, created_at, seller_id, location_id,"
    " cash_session_id, subtotal_cents, line_discounts_cents, order_discount_cents, total_cents, rounding_cents,"
    " amount_due_cents, tendered_cents, change_cents, usd_rate, source, note, header_id)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "sale_lines": "INSERT INTO sale_lines (id, sale_id, position, item_id, product_name, quantity, unit_price_cents,"
    " gross_cents, line_discount_cents, order_discount_cents, net_cents, share_rate, share_cents, refund_of_line_id)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "share_entries": "INSERT INTO share_entries (id, maker_id, sale_id, sale_line_id, created_at, kind, weight,"
    " amount_cents, payout_id, carry_of_id, partner_line_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "payments": "INSERT INTO payments (id, sale_id, method, currency, amount_cents, rate, amount_pen_cents,"
    " applied_pen_cents, reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "stock_movements": "INSERT INTO stock_movements (id, item_id, location_id, quantity, kind, reason, sale_id,"
    " user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
}


# The columns of each insert, in order: the journal's images list them so (a test keeps them the models').
COLUMNS = {
    table: [c.strip() for c in sql[sql.index("(") + 1 : sql.index(")")].split(",")] for table, sql in INSERTS.items()
}

METHOD_WEIGHTS = (("cash", 45), ("yape", 22), ("card", 13), ("usd", 10), ("plin", 5), ("split", 5))


class SalesWriter:
    """Appends sales to a generated shop, exactly as the till records them."""

    def __init__(self, path: Path, seed: int = 7, bulk: bool = True) -> None:
        self.path = path
        self.bulk = bulk
        self.connection = _connect(path) if bulk else connect_like_the_app(path)
        c = self.connection
        # Seeded by the journal's head too: a writer reopened on a grown shop draws new ids.
        head = c.execute("SELECT hash FROM journal_head WHERE id = 1").fetchone()
        self.rng = random.Random(f"{seed}:{head[0] if head else ''}")
        stored = dict(c.execute("SELECT key, value FROM settings").fetchall())
        defaults = settings.ShopSettings()
        self.share_rate = Decimal(stored.get("share_rate", defaults.share_rate))
        self.usd_rate = Decimal(stored.get("usd_rate", defaults.usd_rate))
        self.rate_text = str(self.share_rate)
        self.step = None if stored.get("cash_rounding", defaults.cash_rounding) == "off" else Decimal("0.10")
        # The shop's texts every sale is printed with, as the till keeps them (services.headers).
        texts = tuple(stored.get(name, getattr(defaults, name)) for name in headers.TEXT_FIELDS)
        self.header_id = headers.header_id(*texts)
        c.execute(
            f"INSERT OR IGNORE INTO document_headers (id, {', '.join(headers.TEXT_FIELDS)}, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (self.header_id, *texts, db_time(datetime.now().replace(microsecond=0))),
        )
        self.location_id = c.execute("SELECT id FROM locations WHERE code = 'taller'").fetchone()[0]
        self.user_id, self.actor = c.execute("SELECT id, name FROM users ORDER BY id LIMIT 1").fetchone()
        links: dict[int, list[tuple[int, int]]] = {}
        for item_id, maker_id, weight in c.execute(
            "SELECT item_id, maker_id, weight FROM item_makers ORDER BY item_id, position"
        ):
            links.setdefault(item_id, []).append((maker_id, weight))
        self.items = [
            _Item(item_id, name, price, tuple(links.get(item_id, ())) if not center else ())
            for item_id, name, price, center in c.execute(
                "SELECT i.id, p.name, p.price_cents, p.center_made FROM items i JOIN products p ON p.id = i.product_id"
                " WHERE i.active AND p.active ORDER BY i.id"
            )
        ]
        self.methods = [m for m, w in METHOD_WEIGHTS for _ in range(w)]
        self.sessions: dict[date, str] = {}
        self.new_sessions = 0
        for sid, opened in c.execute("SELECT id, opened_at FROM cash_sessions WHERE till = ?", (SERIES,)):
            self.sessions.setdefault(datetime.fromisoformat(opened).date(), sid)

    def close(self) -> None:
        if self.bulk:
            self.connection.execute("PRAGMA journal_mode=WAL")  # as the app keeps it
        self.connection.close()
        if self.new_sessions:
            journal_master_data(self.path)
            self.new_sessions = 0

    def __enter__(self) -> SalesWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- sessions -----------------------------------------------------------------------

    def _day_session(self, day: date) -> str:
        """The (closed) cash session of ``day`` for history sales."""
        sid = self.sessions.get(day)
        if sid is None:
            sid = _uuid(self.rng).hex
            opened, closed = datetime.combine(day, time(8, 30)), datetime.combine(day, time(20, 0))
            self.connection.execute(
                "INSERT INTO cash_sessions (id, till, location_id, opened_at, opened_by_id, opening_float_pen_cents,"
                " opening_float_usd_cents, opening_count, closed_at, closed_by_id, counted_pen_cents,"
                " counted_usd_cents, closing_count, note) VALUES (?, ?, ?, ?, ?, 10000, 0, '{}', ?, ?, NULL, NULL,"
                " '{}', '')",
                (sid, SERIES, self.location_id, db_time(opened), self.user_id, db_time(closed), self.user_id),
            )
            self.sessions[day] = sid
            self.new_sessions += 1
        return sid

    # -- sales --------------------------------------------------------------------------

    def add_history(
        self, count: int, first_day: date, last_day: date, maker_id: int | None = None, max_lines: int = 3
    ) -> None:
        """``count`` sales at random times (09:00–19:00) of days ``first_day``–``last_day``.

        With ``maker_id``, only items she made alone are sold (one share entry per line).
        """
        days = (last_day - first_day).days + 1
        rng = self.rng

        def moments() -> Iterator[tuple[datetime, str]]:
            for _ in range(count):
                day = first_day + timedelta(days=rng.randrange(days))
                at = datetime.combine(day, time(9)) + timedelta(seconds=rng.randrange(10 * 3600))
                yield at, self._day_session(day)

        pool = None
        if maker_id is not None:
            pool = [i for i in self.items if i.makers == ((maker_id, 1),)]
        self._write(moments(), count, pool, max_lines)

    def add_session_sales(self, count: int, session_id: str, start: datetime, spacing_s: int = 20) -> None:
        """``count`` sales in the open cash session ``session_id`` (hex), ``spacing_s`` seconds apart."""
        self._write(((start + timedelta(seconds=i * spacing_s), session_id) for i in range(count)), count)

    def _pick_lines(self, pool: list[_Item] | None = None, max_lines: int = 3) -> list[tuple[_Item, int]]:
        """1–3 distinct items (a few sell far more than the rest, as at a real stand), 1–3 units each."""
        random_ = self.rng.random
        items = pool or self.items
        count = len(items)
        r = random_()
        n = min(max_lines, 1 if r < 0.5 else 2 if r < 0.8 else 3)
        picked: dict[int, _Item] = {}
        for _ in range(n):
            r = random_()
            index = int(r * r * r * count) if r < 0.3 else int(random_() * count)
            item = items[index]
            picked[item.id] = item
        out = []
        for item_id in sorted(picked):
            r = random_()
            out.append((picked[item_id], 1 if r < 0.8 else 2 if r < 0.95 else 3))
        return out

    def sale_rows(
        self,
        picked: list[tuple[_Item, int]],
        method: str,
        at: datetime,
        number: str,
        seq: int,
        session_id: str | None,
        series: str = SERIES,
    ) -> tuple[SaleRows, dict[str, object]]:
        """The rows record_sale writes for ``picked`` paid with ``method``, and the journal payload."""
        rng, new_id = self.rng, _new_id
        when = db_time(at)
        location_id, user_id = self.location_id, self.user_id
        rate_text = self.rate_text
        rows = SaleRows([], [], [], [], [])
        sale_hex, _ = new_id(rng)
        total = 0
        for position, (item, quantity) in enumerate(picked, start=1):
            line_hex, _ = new_id(rng)
            net = item.price * quantity
            total += net
            if item.makers:
                share, parts = _shares(net, self.share_rate, tuple(w for _, w in item.makers))
                line_rate = rate_text
            else:
                share, parts, line_rate = 0, (), "0.00"
            rows.lines.append(
                (line_hex, sale_hex, position, item.id, item.name, quantity, item.price, net, 0, 0, net,
                 line_rate, share, None)
            )  # fmt: skip
            for (maker_id, weight), amount in zip(item.makers, parts, strict=True):
                share_hex, _ = new_id(rng)
                rows.shares.append(
                    (share_hex, maker_id, sale_hex, line_hex, when, "accrual", weight, amount, None, None, None)
                )
            move_hex, _ = new_id(rng)
            rows.moves.append((move_hex, item.id, location_id, -quantity, "sale", "", sale_hex, user_id, when))
        due, rounding, tendered, change, usd, paid = _settle(total, method, self.usd_rate, self.step)
        for p_method, currency, amount, p_rate, amount_pen, applied, has_ref in paid:
            reference = str(rng.randrange(10**7, 10**8)) if has_ref else ""
            rows.payments.append(
                (new_id(rng)[0], sale_hex, p_method, currency, amount, p_rate, amount_pen, applied, reference)
            )
        rows.sales.append(
            (sale_hex, number, series, seq, "sale", None, when, user_id, location_id, session_id,
             total, 0, 0, total, rounding, due, tendered, change, usd, "till", "", self.header_id)
        )  # fmt: skip
        payload = {
            "number": number,
            "kind": "sale",
            "refund_of": "",
            "total": cents_json(total),
            "rounding": cents_json(rounding),
            "amount_due": cents_json(due),
            "tendered": cents_json(tendered),
            "change": cents_json(change),
            "rows": {
                table: written
                for table, written in zip(
                    TABLES, (rows.sales, rows.lines, rows.shares, rows.payments, rows.moves), strict=True
                )
                if written
            },
        }
        return rows, payload

    def _write(
        self,
        moments: Iterator[tuple[datetime, str]],
        count: int,
        pool: list[_Item] | None = None,
        max_lines: int = 3,
    ) -> None:
        c = self.connection
        seq = c.execute("SELECT next_number FROM receipt_series WHERE code = ?", (SERIES,)).fetchone()
        next_number = seq[0] if seq else 1
        series_exists = seq is not None
        chain = _Chain(c)
        batch = SaleRows([], [], [], [], [])
        methods, choice = self.methods, self.rng.choice
        c.execute("BEGIN")
        for done, (at, session_id) in enumerate(moments, start=1):
            number = f"{SERIES}-{next_number:06d}"
            picked = self._pick_lines(pool, max_lines)
            rows, payload = self.sale_rows(picked, choice(methods), at, number, next_number, session_id)
            batch.extend(rows)
            chain.append("sale", number, payload, self.actor, at)
            next_number += 1
            if done % CHUNK == 0 or done == count:
                batch.insert(c)
                chain.save()
                if series_exists:
                    c.execute("UPDATE receipt_series SET next_number = ? WHERE code = ?", (next_number, SERIES))
                else:
                    c.execute("INSERT INTO receipt_series (code, next_number) VALUES (?, ?)", (SERIES, next_number))
                    series_exists = True
                c.execute("COMMIT")
                if done != count:
                    c.execute("BEGIN")
        if c.in_transaction:
            c.execute("COMMIT")


def year_window(today: date | None = None) -> tuple[date, date]:
    """The 365 days before ``today``: where the history's sales fall."""
    today = today or date.today()
    return today - timedelta(days=365), today - timedelta(days=1)
