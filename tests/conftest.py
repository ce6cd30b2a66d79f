"""Shared fixtures: every test gets its own data folder and its own database.

By default the database is a SQLite file in ``tmp_path``. With
``MAMAKILLA_TEST_PG`` set to a PostgreSQL server URL (for example
``postgresql+psycopg://postgres@127.0.0.1:55432/postgres``) the ``store``
fixture gives each test a fresh PostgreSQL database instead, cloned from a
template migrated once per run.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import ClassVar

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fake_printer import FakePrinter

from mamakilla_pos.services import cash, catalogue, catalogue_makers, setup, stock
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.store import Store, open_store

PG_ENV = "MAMAKILLA_TEST_PG"


@pytest.fixture(autouse=True)
def _quick_pins(request, monkeypatch) -> None:
    """PINs hashed with scrypt at N = 2**10 instead of the till's cost: the same code, a hundredth of the time.

    The till hashes at its real cost; a test that is about that cost (or an
    upgrade from a cheaper one) is marked ``real_pin_cost``.
    """
    if request.node.get_closest_marker("real_pin_cost") is None:
        from mamakilla_pos.services import pins

        monkeypatch.setattr(pins, "SCRYPT_N", 2**10)


@pytest.fixture(autouse=True)
def _private_folders(tmp_path, monkeypatch) -> None:
    """Settings and data folders live in the test's own temporary directory."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("MAMAKILLA_DB", raising=False)


@pytest.fixture
def fake_printer() -> Iterator[Callable[..., FakePrinter]]:
    """Make network thermal printers on 127.0.0.1 (:class:`fake_printer.FakePrinter`); all closed at the end."""
    made: list[FakePrinter] = []

    def make(**behaviour: object) -> FakePrinter:
        printer = FakePrinter(**behaviour)  # type: ignore[arg-type]
        made.append(printer)
        return printer

    yield make
    for printer in made:
        printer.close()


def _pg_admin(url: str):  # type: ignore[no-untyped-def]
    from sqlalchemy import create_engine

    return create_engine(url, isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def _pg_template() -> Iterator[str | None]:
    base = os.environ.get(PG_ENV)
    if not base:
        yield None
        return
    from sqlalchemy import text

    name = f"mk_template_{uuid.uuid4().hex[:8]}"
    admin = _pg_admin(base)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = base.rsplit("/", 1)[0] + "/" + name
    open_store(url).dispose()
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def db_url(tmp_path, _pg_template) -> Iterator[str]:
    """A URL to an empty, migrated database of the kind this run tests."""
    base = os.environ.get(PG_ENV)
    if not base:
        yield f"sqlite:///{tmp_path / 'shop.db'}"
        return
    from sqlalchemy import text

    name = f"mk_{uuid.uuid4().hex[:12]}"
    admin = _pg_admin(base)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{_pg_template}"'))
    yield base.rsplit("/", 1)[0] + "/" + name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def store(db_url) -> Iterator[Store]:
    """An open shop database migrated to head, with the workshop location."""
    shop_store = open_store(db_url)
    setup.ensure_defaults(shop_store)
    yield shop_store
    shop_store.dispose()


@dataclass(frozen=True)
class Shop:
    """Codes of the items the ``shop`` fixture creates."""

    store: Store
    bag: str  # Bolso bordado, S/ 45.00, Rosa Quispe ×2 + Ana Huamán ×1
    purse: str  # Monedero de cuero, S/ 22.55, Rosa Quispe
    pencil_case: str  # Cartuchera Ñusta, S/ 30.00, Luz Mamani
    bought_in: str  # Llavero (made by the center: no share), S/ 5.00


@pytest.fixture
def shop(request, store) -> Shop:
    """A small shop: three makers, four items, 10 units of each at the workshop, its till open.

    A till sells only into its own open cash session, so the fixture opens
    one (no float, opened by the program) as a seller would before her first
    sale. A test about opening the till, or about a till that is closed, is
    marked ``till_closed``: its shop's till is left closed.
    """
    return make_shop(store, open_till=request.node.get_closest_marker("till_closed") is None)


def make_shop(store: Store, open_till: bool = True) -> Shop:
    """The ``shop`` fixture's makers, items and stock, in ``store``; its till open unless ``open_till`` is false."""
    new = catalogue.NewItem
    bag = catalogue.add_item(
        store,
        new("Bolso bordado", "Bolsos", Decimal("45.00"), (("Rosa Quispe", 2), ("Ana Huamán", 1)), "BAG001"),
    )
    purse = catalogue.add_item(
        store, new("Monedero de cuero", "Monederos", Decimal("22.55"), (("Rosa Quispe", 1),), "PUR001")
    )
    case = catalogue.add_item(
        store, new("Cartuchera Ñusta", "Cartucheras", Decimal("30.00"), (("Luz Mamani", 1),), "CAS001")
    )
    keyring = catalogue.add_center_item(store, "Llavero de alpaca", "Accesorios", Decimal("5.00"), "KEY001")
    for code in (bag.code, purse.code, case.code, keyring.code):
        stock.produce(store, code, 10, user_id=SYSTEM_ID)
    if open_till:
        cash.open_session(store, user_id=SYSTEM_ID)
    return Shop(store, bag.code, purse.code, case.code, keyring.code)


SELLER = Path(__file__).resolve().parent.parent / "bench" / "seller.py"


class Seller:
    """A second till selling in its own process (``bench/seller.py``) while a test does other work."""

    def __init__(self, url: str, out: Path, codes: Sequence[str], *options: str) -> None:
        self.out = out
        self.stop_file = out.with_suffix(".stop")
        self.log = out.with_suffix(".log")
        command = [sys.executable, str(SELLER), url, str(out), "--codes", ",".join(codes)]
        command += ["--stop", str(self.stop_file), *options]
        with self.log.open("w", encoding="utf-8") as log:  # a file, not a pipe: a full pipe would stall it
            self.process = subprocess.Popen(command, stderr=log)

    def wait_ready(self, timeout: float = 120) -> None:
        """Wait until its first sale is done."""
        ready = Path(f"{self.out}.ready")
        deadline = time.monotonic() + timeout
        while not ready.exists():
            if self.process.poll() is not None:
                raise AssertionError(f"the seller stopped: {self.log.read_text(encoding='utf-8')}")
            if time.monotonic() > deadline:
                raise AssertionError("the seller never made its first sale")
            time.sleep(0.05)

    def finish(self, timeout: float = 120, stop: bool = True) -> list[dict[str, object]]:
        """Stop it (or, with ``stop=False``, let it reach its ``--count``) and return every sale it tried.

        Each sale has its ``id`` and ``number`` when it was confirmed, else its ``error``.
        """
        if stop:
            self.stop_file.touch()
        try:
            self.process.wait(timeout)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
        assert self.process.returncode == 0, self.log.read_text(encoding="utf-8")
        return json.loads(self.out.read_text(encoding="utf-8"))["sales"]


@pytest.fixture
def seller(tmp_path) -> Iterator[Callable[..., Seller]]:
    """Start second tills: ``seller(url, codes, *options)``; each is stopped when the test ends."""
    started: list[Seller] = []

    def start(url: str, codes: Sequence[str], *options: str) -> Seller:
        one = Seller(url, tmp_path / f"seller-{len(started)}.json", codes, *options)
        started.append(one)
        return one

    yield start
    for one in started:
        if one.process.poll() is None:
            one.stop_file.touch()
            try:
                one.process.wait(60)
            except subprocess.TimeoutExpired:
                one.process.kill()
                one.process.wait()


class SmallDisk:
    """A real, small filesystem (tmpfs) that a test fills to the last byte and frees again."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.filler = path / "relleno.bin"

    def fill(self, database: Path | None = None) -> None:
        """Use every free byte, as a disk that ran full.

        With ``database`` (a SQLite file on this disk), its WAL is emptied
        first, so that the very next write to it needs space that is not there.
        """
        if database is not None:
            connection = sqlite3.connect(database)
            try:
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                connection.close()
        size = 1 << 20
        with self.filler.open("ab", buffering=0) as handle:
            while size:
                try:
                    handle.write(b"\0" * size)
                except OSError:
                    size //= 2  # the last few blocks, in smaller writes
        assert shutil.disk_usage(self.path).free < 4096

    def free(self) -> None:
        """Give the space back."""
        self.filler.unlink(missing_ok=True)


@pytest.fixture
def small_disk(tmp_path) -> Iterator[SmallDisk]:
    """A 16 MB tmpfs mounted for this test (needs root on Linux; skipped where it cannot be mounted)."""
    mount = tmp_path / "disco"
    mount.mkdir()
    if not sys.platform.startswith("linux") or shutil.which("mount") is None:
        pytest.skip("a small disk is mounted as a Linux tmpfs")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield SmallDisk(mount)
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True, check=False)


@pytest.fixture
def disk_shop(request, small_disk) -> Iterator[Shop]:
    """The ``shop`` fixture's shop in a SQLite file on ``small_disk`` (its till closed when marked ``till_closed``)."""
    shop_store = open_store(f"sqlite:///{small_disk.path / 'shop.db'}")
    setup.ensure_defaults(shop_store)
    yield make_shop(shop_store, open_till=request.node.get_closest_marker("till_closed") is None)
    shop_store.dispose()


class Forger:
    """Rewrites a shop as whoever holds the file could, so that the file alone agrees with itself.

    After rows are changed or deleted with plain SQL, :meth:`rebuild`
    makes the journal say the same: every image is replaced by the row as it
    now is, the entries of documents whose rows are all gone are dropped,
    the entries renumbered, every hash recomputed and the head set to the
    last. Only anchors outside the file (a backup kept elsewhere, a printed
    head) can then tell.
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    def sql(self, statement: str, **params: object) -> int:
        """Run a statement with foreign keys off (as any SQLite tool would); rows changed."""
        from sqlalchemy import text

        with self.store.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
            with conn.begin():
                return conn.execute(text(statement), params).rowcount

    @staticmethod
    def _key(lay, columns, row):  # type: ignore[no-untyped-def]
        return tuple(row[columns.index(lay.columns[i])] for i in lay.key)

    @staticmethod
    def _forged(lay, columns, recorded, row):  # type: ignore[no-untyped-def]
        """The image to write instead of ``recorded``: the row as it now is (``None``: gone).

        Columns a later document fills in (a share's payout) keep what the
        entry recorded, as the app wrote them.
        """
        if row is None:
            return None
        was = dict(zip(columns, recorded, strict=True))
        return [was.get(c) if c in lay.spec.later else v for c, v in zip(lay.columns, row, strict=True)]

    def rebuild(self) -> None:
        import json

        from sqlalchemy import insert, select, text

        from mamakilla_pos.store import chain, images, tables

        journal = tables.journal
        with self.store.engine.begin() as conn:
            entries = conn.execute(
                select(
                    journal.c.created_at, journal.c.actor, journal.c.kind, journal.c.ref, journal.c.payload
                ).order_by(journal.c.seq)
            ).all()
            payloads = [json.loads(body) for *_, body in entries]
            current: dict[str, dict[object, tuple[object, ...]]] = {}
            last: dict[tuple[str, object], int] = {}  # master data: only its last image must be the row
            for index, payload in enumerate(payloads):
                for table, block in (payload.get("rows") or {}).items():
                    lay = images.layout(table)
                    current.setdefault(table, {lay.key_of(r): r for r in images.read_all(conn, lay)})
                    for row in block:
                        last[(table, self._key(lay, lay.columns, row))] = index
            kept = []
            for index, ((at, actor, kind, ref, _), payload) in enumerate(zip(entries, payloads, strict=True)):
                if "rows" in payload:
                    rows = {}
                    for table, block in payload["rows"].items():
                        lay = images.layout(table)
                        now = []
                        for row in block:
                            key = self._key(lay, lay.columns, row)
                            if lay.spec.master and last[(table, key)] != index:
                                now.append(row)  # history stays as it was
                            elif (forged := self._forged(lay, lay.columns, row, current[table].get(key))) is not None:
                                now.append(forged)
                        if now:
                            rows[table] = now
                    if not rows and kind != images.ROWS:
                        continue  # the document is gone: so is its entry
                    payload["rows"] = rows
                kept.append((at, actor, kind, ref, chain.dump_payload(payload)))
            conn.execute(text("DELETE FROM journal"))
            prev = chain.GENESIS
            for seq, (at, actor, kind, ref, body) in enumerate(kept, start=1):
                digest = chain.entry_hash(prev, chain.canonical(seq, at, actor, kind, ref, body))
                values = {"seq": seq, "created_at": at, "actor": actor, "kind": kind, "ref": ref, "payload": body}
                conn.execute(insert(journal).values(prev_hash=prev, hash=digest, **values))
                prev = digest
            conn.execute(text("UPDATE journal_head SET seq = :seq, hash = :hash"), {"seq": len(kept), "hash": prev})


@pytest.fixture
def forger(store) -> Forger:
    return Forger(store)


@dataclass(frozen=True)
class DrawerDay:
    """A till's day worked out by hand (DESIGN.md §4 rules 4, 7, 8), closed on a perfect count.

    The store's clock is the real one: the sales are today's; Rosa's big sale was yesterday.

    Opening float S/ 100.00 and US$ 20.00; the dollar at 3.70.

    * A: bag + purse + two keyrings at S/ 16.15 = S/ 99.85, paid Yape 50.00 + US$ 14 (S/ 51.80):
      1.95 to give back → S/ 2.00 from the soles drawer, 0.05 rounding.
    * B: purse S/ 22.55 in soles: due 22.50 (0.05 rounding), S/ 50 given, S/ 27.50 change.
    * C: pencil case S/ 30.00 paid US$ 10 (S/ 37.00): S/ 7.00 change in soles.
    * S/ 700.00 put in, S/ 10.00 out for lunch.
    * Rosa's big sale is in yesterday's session, opened and closed yesterday.
    * Rosa paid in cash what she was owed up to yesterday: a purse sold for S/ 1,669.60 by card
      gave her 751.32, so she is paid S/ 751.30 and 0.02 stays in her balance.

    Soles: 100 + 50.00 − (2.00 + 27.50 + 7.00) + 700 − 10 − 751.30 = 52.20.
    Dollars: 20 + 14 + 10 = 44.00.
    """

    store: Store
    sales: tuple[str, ...]
    payout: str
    session_id: uuid.UUID
    closed: object  # services.cash_figures.SessionReport of the close
    x_report: object  # the same session just before closing

    PEN_COUNT: ClassVar[dict[Decimal, int]] = {Decimal(20): 2, Decimal(10): 1, Decimal(2): 1, Decimal("0.20"): 1}
    USD_COUNT: ClassVar[dict[Decimal, int]] = {Decimal(20): 2, Decimal(1): 4}  # S/ 52.20 and US$ 44.00


@pytest.fixture
def drawer_day(store) -> DrawerDay:
    """:class:`DrawerDay` recorded in the ``shop`` fixture's makers and items (in ``store``) and closed."""
    from datetime import date, datetime, timedelta

    from mamakilla_pos.domain.payments import Tender
    from mamakilla_pos.services import cash, payouts, settings
    from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale

    shop = make_shop(store, open_till=False)
    settings.update_settings(store, usd_rate=Decimal("3.70"), user_id=SYSTEM_ID)
    yesterday = datetime.combine(date.today() - timedelta(days=1), datetime.min.time()) + timedelta(hours=16)
    big = SaleRequest(
        (LineRequest(shop.purse, 1, unit_price=Decimal("1669.60")),),
        (Tender("card", Decimal("1669.60")),),
        created_at=yesterday,
        user_id=SYSTEM_ID,
    )
    with pytest.MonkeyPatch.context() as clock:  # yesterday's session, opened and closed yesterday
        clock.setattr(cash, "now", lambda: yesterday)
        cash.open_session(store, user_id=SYSTEM_ID)
        record_sale(store, big)  # paid by card: the drawer stays empty
        cash.close_session(store, None, None, user_id=SYSTEM_ID, backup=False)
    info = cash.open_session(store, {Decimal("20"): 5}, {Decimal("20"): 1}, user_id=SYSTEM_ID)
    keyrings = LineRequest(shop.bought_in, 2, unit_price=Decimal("16.15"))
    a = record_sale(
        store,
        SaleRequest(
            (LineRequest(shop.bag), LineRequest(shop.purse), keyrings),
            (Tender("yape", Decimal("50.00"), "551122"), Tender("usd", Decimal("14"))),
            user_id=SYSTEM_ID,
        ),
    )
    b = record_sale(store, SaleRequest((LineRequest(shop.purse),), (Tender("cash", Decimal("50")),), user_id=SYSTEM_ID))
    c = record_sale(
        store, SaleRequest((LineRequest(shop.pencil_case),), (Tender("usd", Decimal("10")),), user_id=SYSTEM_ID)
    )
    cash.move_cash(store, "in", Decimal("700.00"), "Sencillo del banco", user_id=SYSTEM_ID)
    rosa = next(m.id for m in catalogue_makers.list_makers(store) if m.name == "Rosa Quispe")
    paid = payouts.pay_maker(store, rosa, yesterday.date(), "cash", user_id=SYSTEM_ID)
    assert paid is not None
    cash.move_cash(store, "out", Decimal("10.00"), "Almuerzo", user_id=SYSTEM_ID)
    before = cash.x_report(store)
    closed = cash.close_session(store, DrawerDay.PEN_COUNT, DrawerDay.USD_COUNT, user_id=SYSTEM_ID)
    return DrawerDay(store, (a.number, b.number, c.number), paid.number, info.id, closed, before)
