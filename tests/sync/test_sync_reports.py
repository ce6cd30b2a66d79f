"""The merge report (DESIGN.md §9): what the shop server took from which till, for which days, and each till's
standing — over the network and by a file, on real PostgreSQL and the till's real SQLite file."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from helpers import sell
from sqlalchemy import create_engine, text

from mamakilla_pos.paths import sqlite_path
from mamakilla_pos.services import server
from mamakilla_pos.services.errors import UserError
from mamakilla_pos.services.sync_outbox import export_pending
from mamakilla_pos.services.sync_reports import FILE, NETWORK, import_and_record, shop_report, sync_and_record
from mamakilla_pos.store import Store, open_store


@pytest.fixture
def published(till: Store, server_url: str) -> Iterator[tuple[Store, Store]]:
    server.publish(till, server_url)
    on_server = open_store(server_url)
    yield till, on_server
    on_server.dispose()


def _code(store: Store) -> str:
    with store.session() as session:
        return session.execute(text("SELECT code FROM items ORDER BY code LIMIT 1")).scalar_one()


def test_each_sync_is_reported_with_its_documents_and_days(published: tuple[Store, Store]) -> None:
    till, on_server = published
    code = _code(till)
    sell(till, code, at=datetime(2026, 12, 5, 10, 0))
    sell(till, code, at=datetime(2026, 12, 6, 11, 0))
    sell(till, code, at=datetime(2026, 12, 6, 12, 0))

    done = sync_and_record(till)
    assert done.pushed.documents["sale"] == 3

    report = shop_report(till)  # read from the till, over the network
    assert report == shop_report(on_server)  # the same, read on the server itself
    assert [t.till for t in report.tills] == ["B001"]
    standing = report.tills[0]
    assert standing.waiting == 0 and standing.error == "" and standing.last_sync_at is not None
    merge = report.merges[0]
    assert (merge.till, merge.source, merge.error) == ("B001", NETWORK, "")
    assert merge.documents["sale"] == 3 and merge.new == done.pushed.new
    assert (merge.first_day, merge.last_day) == (date(2026, 12, 5), date(2026, 12, 6))

    sync_and_record(till)  # nothing new: reported as such
    latest = shop_report(on_server).merges[0]
    assert (latest.new, latest.documents) == (0, {})


def test_a_file_from_a_usb_stick_is_reported_and_taken_again_doubles_nothing(
    published: tuple[Store, Store], tmp_path: Path
) -> None:
    till, on_server = published
    sell(till, _code(till), at=datetime(2026, 12, 7, 9, 30))
    export_pending(till, tmp_path / "feria.sync")

    first = import_and_record(on_server, tmp_path / "feria.sync")
    again = import_and_record(on_server, tmp_path / "feria.sync")
    assert first.taken.documents["sale"] == 1 and again.taken.new == 0

    merges = shop_report(on_server).merges
    assert [(m.source, m.new > 0, m.documents) for m in merges[:2]] == [
        (FILE, False, {}),
        (FILE, True, first.taken.documents),
    ]
    assert merges[1].first_day == date(2026, 12, 7)


def test_a_till_restored_from_an_old_copy_is_refused_and_the_coordinator_reads_why(
    published: tuple[Store, Store], tmp_path: Path
) -> None:
    till, on_server = published
    code = _code(till)
    path = tmp_path / "copia.db"
    with sqlite3.connect(str(sqlite_path(till.url))) as source, sqlite3.connect(str(path)) as copy:
        source.backup(copy)  # the till's file as it was before this sale went to the server
    sell(till, code)
    sync_and_record(till)
    restored = open_store(f"sqlite:///{path}")
    try:
        sell(restored, code)  # another document where the server holds the first one
        with pytest.raises(UserError, match="reescribió su diario"):
            sync_and_record(restored)
    finally:
        restored.dispose()
    standing = shop_report(on_server).tills[0]
    assert "reescribió su diario" in standing.error and standing.waiting == 1
    assert "reescribió su diario" in shop_report(on_server).merges[0].error


def test_a_server_of_another_shop_gets_no_report_of_this_till(published: tuple[Store, Store], server_url: str) -> None:
    till, on_server = published
    sell(till, _code(till))
    engine = create_engine(server_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE shop_server SET shop_id = :other"), {"other": uuid.uuid4()})
    engine.dispose()
    before = shop_report(on_server).merges

    with pytest.raises(UserError, match="es de otra tienda"):
        sync_and_record(till)
    assert shop_report(on_server).merges == before


def test_a_till_without_a_server_or_out_of_reach_says_so(till: Store, server_url: str) -> None:
    with pytest.raises(UserError, match="no tiene servidor"):
        shop_report(till)
    server.publish(till, server_url)
    base, name = server_url.rsplit("/", 1)
    admin = create_engine(base + "/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()
    with pytest.raises(UserError, match="no se pudo conectar con el servidor"):
        shop_report(till)
    with pytest.raises(UserError, match="no se pudo sincronizar"):
        sync_and_record(till)
