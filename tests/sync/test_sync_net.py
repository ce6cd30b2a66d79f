"""``sync``: a till and its shop server over the network (DESIGN.md §9).

Real PostgreSQL, the till's real SQLite file, and real sync processes
killed (SIGKILL) at random points while their server connections are cut
(``pg_terminate_backend``): every document is on the server exactly once.
The sync processes are forked from one that has imported the program and
synced once, so each kill costs a few tenths of a second (200 by default).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import sell
from sqlalchemy import create_engine, select, text
from sqlalchemy.pool import NullPool

from mamakilla_pos.cli import main
from mamakilla_pos.services import catalogue, catalogue_products, server
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import UserError
from mamakilla_pos.services.settings import get_settings, update_settings
from mamakilla_pos.services.sync_import import import_file
from mamakilla_pos.services.sync_net import sync
from mamakilla_pos.services.sync_outbox import export_pending
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store import Store, models, open_store
from mamakilla_pos.store.copy import shop_tables

KILLS = int(os.environ.get("MAMAKILLA_SYNC_KILLS", "200"))
"""Sync processes killed in the exactly-once test."""


def _all_rows(url: str) -> dict[str, list[tuple[object, ...]]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {
                table.name: [tuple(row) for row in conn.execute(select(table).order_by(*table.primary_key.columns))]
                for table in shop_tables(skip=(*server.LOCAL_ONLY, "journal", "journal_head"))
            }
    finally:
        engine.dispose()


@pytest.fixture
def published(till: Store, server_url: str) -> Iterator[tuple[Store, Store]]:
    server.publish(till, server_url)
    on_server = open_store(server_url)
    yield till, on_server
    on_server.dispose()


def _codes(store: Store) -> list[str]:
    with store.session() as session:
        return [code for (code,) in session.execute(text("SELECT code FROM items ORDER BY code"))]


def test_a_price_changed_on_the_server_reaches_the_till_and_an_offline_sale_keeps_its_price(
    published: tuple[Store, Store],
) -> None:
    till, on_server = published
    code = _codes(till)[0]
    item = catalogue.find_item(on_server, code)
    catalogue_products.set_price(on_server, item.product_id, item.price + Decimal("5.00"), user_id=SYSTEM_ID)
    offline = sell(till, code)  # the till has not synced yet: the old price
    assert offline.total == item.price

    done = sync(till)
    assert done.pushed.documents["sale"] == 1 and done.pulled == {"products": 1} and done.waiting == 0
    assert catalogue.find_item(till, code).price == item.price + Decimal("5.00")
    assert sell(till, code).total == item.price + Decimal("5.00")
    sync(till)
    with on_server.session() as session:
        totals = dict(session.execute(select(models.Sale.number, models.Sale.total)).all())
    assert totals[offline.number] == item.price  # on the server too, the price it was made at
    assert verify(on_server) == [] and verify(till) == []
    assert _all_rows(on_server.url) == _all_rows(till.url)


def test_the_shops_settings_are_pulled_but_not_the_tills_own(published: tuple[Store, Store], tmp_path: Path) -> None:
    till, on_server = published
    before = get_settings(till)
    update_settings(
        on_server,
        shop_name="Mama Killa Cusco",
        usd_rate=Decimal("3.80"),
        backup_folder=str(tmp_path),
        user_id=SYSTEM_ID,
    )
    done = sync(till)
    assert done.pulled == {"settings": 2}
    now_here = get_settings(till)
    assert (now_here.shop_name, now_here.usd_rate) == ("Mama Killa Cusco", Decimal("3.80"))
    assert now_here.backup_folder == before.backup_folder  # where a till keeps its backups is its own
    assert verify(on_server) == [] and verify(till) == []


def test_a_till_whose_documents_the_server_took_from_a_file_pushes_nothing_twice(
    published: tuple[Store, Store], tmp_path: Path
) -> None:
    till, on_server = published
    for code in _codes(till)[:3]:
        sell(till, code)
    export_pending(till, tmp_path / "feria.sync")
    import_file(on_server, tmp_path / "feria.sync")  # as a sync cut after the server's commit leaves it
    done = sync(till)
    assert done.pushed.new == 0 and done.pushed.already >= 3 and done.waiting == 0
    assert _all_rows(on_server.url) == _all_rows(till.url)
    assert verify(on_server) == []


_FORKS = """
import os, sys, time
from sqlalchemy.orm import configure_mappers
from mamakilla_pos.services.errors import UserError
from mamakilla_pos.services.sync_net import sync
from mamakilla_pos.store import open_store
from mamakilla_pos.store.migrate import head_revision, known_revisions

url, log = sys.argv[1], sys.argv[2]
head_revision(), known_revisions(), configure_mappers()  # once here, not in every child
warm = open_store(url)  # a first sync makes what every sync after it reuses (the driver's and the
sync(warm)  # program's first-use work); no connection is left open across a fork
warm.dispose()
for _ in sys.stdin:
    while True:  # the children killed so far
        try:
            if os.waitpid(-1, os.WNOHANG)[0] == 0:
                break
        except ChildProcessError:
            break
    child = os.fork()
    if child == 0:
        out = os.open(log, os.O_WRONLY | os.O_APPEND)
        me = os.getpid()
        store = open_store(url)
        while True:
            os.write(out, f"{me} go {time.time()}\\n".encode())
            try:
                done = sync(store)
                os.write(out, f"{me} ok {done.pushed.new} {done.pushed.already} {time.time()}\\n".encode())
            except UserError as exc:
                os.write(out, f"{me} {exc}\\n".encode())
    print(child, flush=True)
"""
"""A process that has imported the program and forks a sync process on each line it reads: a killed sync
is replaced in milliseconds, not in the second a new interpreter takes to start."""


class SyncForks:
    """Sync processes of one till, started on demand and killed with SIGKILL."""

    def __init__(self, url: str, log: Path) -> None:
        log.touch()
        self.log = log
        self.started: list[int] = []
        self.parent = subprocess.Popen(
            [sys.executable, "-c", _FORKS, url, str(log)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
        )

    def start(self) -> int:
        assert self.parent.stdin is not None and self.parent.stdout is not None
        self.parent.stdin.write(b"\n")
        self.parent.stdin.flush()
        self.started.append(int(self.parent.stdout.readline()))
        return self.started[-1]

    def close(self, killed: list[int]) -> None:
        """No sync process left running (one a failure left behind is killed too), then the parent ends."""
        assert self.parent.stdin is not None
        for pid in set(self.started) - set(killed):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        self.parent.stdin.close()
        self.parent.wait(timeout=60)

    def killed_mid_sync(self, pids: list[int]) -> int:
        """How many of the killed processes were in the middle of a sync (their last line says it began)."""
        last: dict[str, str] = {}
        for line in self.log.read_text(encoding="utf-8").splitlines():
            pid, _, said = line.partition(" ")
            last[pid] = said
        return sum(1 for pid in pids if last.get(str(pid), "").startswith("go"))


def _terminator(url: str) -> Callable[[], int]:
    """Cut every connection to the server's database but the caller's (``pg_terminate_backend``)."""
    name = url.rsplit("/", 1)[1]
    engine = create_engine(url.rsplit("/", 1)[0] + "/postgres", isolation_level="AUTOCOMMIT", poolclass=NullPool)

    def cut() -> int:
        with engine.connect() as conn:
            return len(
                conn.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = :name AND pid <> pg_backend_pid()"
                    ),
                    {"name": name},
                ).all()
            )

    return cut


def test_syncs_killed_at_random_points_take_every_document_exactly_once(
    published: tuple[Store, Store], tmp_path: Path
) -> None:
    till, on_server = published
    codes = _codes(till)
    rng = random.Random(20)
    forks = SyncForks(till.url, tmp_path / "sync.log")
    cut = _terminator(on_server.url)
    sold: list[str] = []
    killed: list[int] = []
    try:
        for round_ in range(KILLS):
            child = forks.start()
            deadline = time.monotonic() + rng.uniform(0.0, 0.5)  # a sync takes one or two tenths of a second
            while True:  # the till sells while it syncs
                sold.append(sell(till, rng.choice(codes), method=rng.choice(("cash", "card"))).number)
                if rng.random() < 0.05:
                    cut()
                if time.monotonic() >= deadline:
                    break
                time.sleep(rng.uniform(0.0, 0.05))
            os.kill(child, signal.SIGKILL)
            killed.append(child)
            if round_ % 5 == 4:
                cut()
    finally:
        forks.close(killed)
    done = sync(till)
    assert done.waiting == 0
    assert len(sold) > KILLS
    assert forks.killed_mid_sync(killed) >= KILLS // 4  # killed at work, not before or between syncs
    pushed = [line.split() for line in forks.log.read_text(encoding="utf-8").splitlines() if " ok " in line]
    assert sum(int(p[2]) for p in pushed) > 0  # the killed processes did push (what they committed stays)
    assert done.pushed.new < len(sold)
    with on_server.session() as session:
        numbers = session.execute(select(models.Sale.number).where(models.Sale.number.in_(sold))).scalars().all()
    assert sorted(numbers) == sorted(sold)  # each once
    assert _all_rows(on_server.url) == _all_rows(till.url)  # with its seller, session, number, every column
    with on_server.engine.connect() as conn:
        held = tuple(conn.execute(text("SELECT seq, hash FROM till_chains WHERE till = 'B001'")).one())
    with till.session() as session:
        assert held == tuple(session.execute(text("SELECT seq, hash FROM journal_head")).one())
    assert verify(on_server) == [] and verify(till) == []


def test_sync_on_the_command_line(published: tuple[Store, Store], capsys: pytest.CaptureFixture[str]) -> None:
    till, _on_server = published
    sell(till, _codes(till)[0])
    assert main(["--db", till.url, "sync", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["till"] == "B001" and report["pushed"]["documents"] == {"sale": 1} and report["waiting"] == 0
    assert main(["--db", till.url, "sync"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "pendientes: 0" in out


def test_a_server_that_cannot_be_reached_is_one_line_and_the_till_notes_it(
    published: tuple[Store, Store], capsys: pytest.CaptureFixture[str]
) -> None:
    till, _on_server = published
    sell(till, _codes(till)[0])
    with till.session() as session, session.begin():
        session.execute(text("UPDATE sync_link SET server_url = 'postgresql+psycopg://postgres@127.0.0.1:1/nada'"))
    assert main(["--db", till.url, "sync"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no se pudo sincronizar" in err and "Traceback" not in err
    link = server.link_of(till)
    assert link is not None and "no se pudo sincronizar" in link.last_error
    with till.session() as session:
        from mamakilla_pos.services.sync_outbox import waiting_in

        assert waiting_in(session) == 1  # the sale still waits, nothing lost


def test_a_till_without_a_server_is_told_so(tmp_path: Path) -> None:
    alone = open_store(f"sqlite:///{tmp_path / 'sola.db'}")
    try:
        with pytest.raises(UserError, match="no tiene servidor"):
            sync(alone)
    finally:
        alone.dispose()
