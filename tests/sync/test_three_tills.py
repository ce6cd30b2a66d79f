"""Three tills selling at once while they sync, the server stopped and started mid-run (DESIGN.md §9).

Each till is its own SQLite file with a seller process and a sync process;
the shop server is a PostgreSQL instance of the test's own (initdb, pg_ctl),
which the test stops and starts again while the tills sell, and whose
connections it cuts at random (``pg_terminate_backend``); sync processes
are also killed (SIGKILL) and started again. At the end every sale a till
confirmed is on the server exactly once, with its seller, cash session and
number; the server's day report is the sum of the tills'; ``verify``
passes on the server and on each till.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from mamakilla_pos.cli import main
from mamakilla_pos.services import cash, demo, server
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.clock import now
from mamakilla_pos.services.errors import UserError
from mamakilla_pos.services.server_join import join
from mamakilla_pos.services.sync_net import sync
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store import Store, open_store

PG_BIN = Path(os.environ.get("MAMAKILLA_PG_BIN", "/usr/lib/postgresql/15/bin"))
SELLING = float(os.environ.get("MAMAKILLA_THREE_TILLS_SECONDS", "24"))
"""Seconds the three tills sell."""


class OwnServer:
    """A PostgreSQL instance of this test's own, which it may stop and start."""

    def __init__(self, folder: Path, port: int) -> None:
        self.folder, self.port = folder, port
        self.as_postgres = os.geteuid() == 0

    def _run(self, *args: str) -> None:
        command = [str(PG_BIN / args[0]), *args[1:]]
        if self.as_postgres:
            command = ["su", "postgres", "-c", " ".join(f"'{part}'" for part in command)]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)

    def init(self) -> None:
        self._run("initdb", "-D", str(self.folder / "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8")

    def start(self) -> None:
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder} -c fsync=off"
        data, log = str(self.folder / "data"), str(self.folder / "log")
        self._run("pg_ctl", "-D", data, "-l", log, "-o", options, "-w", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "fast", "-w", "stop")

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def own_server() -> Iterator[OwnServer]:
    if not (PG_BIN / "initdb").exists() or not (PG_BIN / "pg_ctl").exists():
        pytest.skip(f"no PostgreSQL programs in {PG_BIN} to start a server of the test's own")
    folder = Path(tempfile.mkdtemp(prefix="sync3_pg_"))
    instance = OwnServer(folder, _free_port())
    try:
        if instance.as_postgres:
            shutil.chown(folder, "postgres")
        instance.init()
        instance.start()
    except (subprocess.SubprocessError, OSError, LookupError) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.skip(f"a PostgreSQL server of the test's own could not be started here: {exc}")
    try:
        yield instance
    finally:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            instance.stop()
        shutil.rmtree(folder, ignore_errors=True)


SELLER = """
import random, sys, time
from mamakilla_pos.services.catalogue import catalogue
from mamakilla_pos.services.errors import UserError
from mamakilla_pos.store import open_store
from helpers import sell
store = open_store(sys.argv[1])
user, until, seed = int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
rng = random.Random(seed)
codes = [item.code for item in catalogue(store)][:40]
with open(sys.argv[5], "a", encoding="utf-8") as out:
    while time.time() < until:
        sale = sell(store, (rng.choice(codes), rng.randint(1, 2)), method=rng.choice(("cash", "card", "yape")),
                    user_id=user)
        out.write(sale.number + "\\n")  # written once the sale is confirmed
        out.flush()
        time.sleep(rng.uniform(0.02, 0.2))
"""

SYNCER = """
import sys, time
from mamakilla_pos.services.errors import UserError
from mamakilla_pos.services.sync_net import sync
from mamakilla_pos.store import open_store
store = open_store(sys.argv[1])
while True:
    try:
        done = sync(store)
        print("ok", done.pushed.new, flush=True)
    except UserError as exc:
        print(exc, flush=True)
    time.sleep(0.3)
"""


def _spawn(code: str, *args: str, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parents[1]), *sys.path])}
    with log.open("ab") as out:
        return subprocess.Popen([sys.executable, "-c", code, *args], stdout=out, stderr=subprocess.STDOUT, env=env)


def _cut_connections(url: str) -> None:
    admin = create_engine(url.rsplit("/", 1)[0] + "/postgres", isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": url.rsplit("/", 1)[1]},
            )
    except Exception:  # the server may be stopped right now: nothing to cut
        pass
    finally:
        admin.dispose()


def _synced(store: Store) -> None:
    """Sync until it goes through (the server was just started again)."""
    for _ in range(60):
        try:
            sync(store)
            return
        except UserError:
            time.sleep(0.5)
    sync(store)


def _day_json(url: str, day: str) -> dict[str, object]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["--db", url, "report", "day", day, "--json"]) == 0
    return json.loads(out.getvalue())  # type: ignore[no-any-return]


def _sale_rows(url: str) -> set[tuple[object, ...]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {
                tuple(row)
                for row in conn.execute(
                    text(
                        "SELECT s.number, s.seller_id, CAST(s.cash_session_id AS TEXT), c.till, s.total_cents "
                        "FROM sales s JOIN cash_sessions c ON c.id = s.cash_session_id"
                    )
                )
            }
    finally:
        engine.dispose()


def _normal_id(row: tuple[object, ...]) -> tuple[object, ...]:
    number, user, session, till, total = row
    return (number, user, str(session).replace("-", "").lower(), till, total)


def test_three_tills_sell_while_they_sync_through_a_server_stopped_and_cut(
    own_server: OwnServer, tmp_path: Path
) -> None:
    admin = create_engine(own_server.url("postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text('CREATE DATABASE "sync3_tres"'))
    admin.dispose()
    url = own_server.url("sync3_tres")
    tills: list[Store] = [open_store(f"sqlite:///{tmp_path / 'b001.db'}")]
    demo.load_demo(tills[0])
    server.publish(tills[0], url)
    for code in ("F001", "F002"):
        store = open_store(f"sqlite:///{tmp_path / (code.lower() + '.db')}")
        join(store, url, code)
        tills.append(store)
    for store in tills:
        if cash.current_session(store) is None:
            cash.open_session(store, {Decimal("20"): 5}, user_id=SYSTEM_ID)
    with tills[0].session() as session:
        seller = session.execute(text("SELECT id FROM users WHERE role = 'seller' LIMIT 1")).scalar_one()

    rng = random.Random(2026)
    until = time.time() + SELLING
    logs = [tmp_path / f"{store.till}.sold" for store in tills]
    sellers = [
        _spawn(SELLER, store.url, str(seller), str(until), str(n), str(logs[n]), log=tmp_path / "seller.log")
        for n, store in enumerate(tills)
    ]
    syncers = [_spawn(SYNCER, store.url, log=tmp_path / "sync.log") for store in tills]
    stopped_once = False
    try:
        while time.time() < until:
            time.sleep(rng.uniform(0.3, 1.2))
            if rng.random() < 0.5:
                _cut_connections(url)
            if rng.random() < 0.3:  # a sync process killed anywhere, and started again
                n = rng.randrange(len(tills))
                syncers[n].send_signal(signal.SIGKILL)
                syncers[n].wait()
                syncers[n] = _spawn(SYNCER, tills[n].url, log=tmp_path / "sync.log")
            if not stopped_once and time.time() > until - SELLING / 2:
                own_server.stop()  # the server goes away while the tills sell and sync
                time.sleep(2)
                own_server.start()
                stopped_once = True
        for child in sellers:
            assert child.wait(timeout=120) == 0, (tmp_path / "seller.log").read_text(encoding="utf-8")[-2000:]
    finally:
        for child in (*sellers, *syncers):
            if child.poll() is None:
                child.send_signal(signal.SIGKILL)
                child.wait()
    assert stopped_once
    for store in (*tills, *tills):  # each sends what it has, then takes what the others sent
        _synced(store)

    on_server = _sale_rows(url)
    confirmed: set[str] = set()
    for store, log in zip(tills, logs, strict=True):
        sold = log.read_text(encoding="utf-8").split()
        assert sold, f"{store.till} sold nothing"
        confirmed |= set(sold)
        own = {_normal_id(row) for row in _sale_rows(store.url) if row[3] == store.till}
        assert {row[0] for row in own} >= set(sold)
        assert own <= {_normal_id(row) for row in on_server}  # with its seller, session, number and total
    numbers = [row[0] for row in on_server]
    assert len(numbers) == len(set(numbers)) and confirmed <= set(numbers)  # each exactly once

    day = now().date().isoformat()
    whole = _day_json(url, day)
    parts = [_day_json(store.url, day) for store in tills]
    for key in ("sales_total", "refunds_total", "net", "rounding", "gross", "discounts"):
        assert Decimal(str(whole[key])) == sum((Decimal(str(p[key])) for p in parts), Decimal(0)), key
    assert len(whole["sales"]) == sum(len(p["sales"]) for p in parts)  # type: ignore[arg-type, misc]

    server_store = open_store(url)
    try:
        assert verify(server_store) == []
    finally:
        server_store.dispose()
    for store in tills:
        assert verify(store) == [], store.till
        store.dispose()
