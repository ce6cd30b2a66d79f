"""``sync export FILE`` at a till, ``sync import FILE`` on the shop server: each document exactly once (DESIGN.md §9).

An offline fair day carried on a USB stick: the till's real SQLite file,
the server a real PostgreSQL database made by ``publish``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import sell
from sqlalchemy import create_engine, select, text

from mamakilla_pos.cli import main
from mamakilla_pos.services import cash, demo, server
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import UserError
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.sync_file import MAGIC
from mamakilla_pos.services.sync_import import import_file
from mamakilla_pos.services.sync_outbox import export_pending, waiting_in
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store import Store, models, open_store
from mamakilla_pos.store.copy import shop_tables

SERVER_OWN = ("journal", "journal_head")  # the server's own chain: the till's entries re-chained into it


def _all_rows(url: str) -> dict[str, list[tuple[object, ...]]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {
                table.name: [tuple(row) for row in conn.execute(select(table).order_by(*table.primary_key.columns))]
                for table in shop_tables()
            }
    finally:
        engine.dispose()


def _shop(rows: dict[str, list[tuple[object, ...]]]) -> dict[str, list[tuple[object, ...]]]:
    return {t: r for t, r in rows.items() if t not in (*server.LOCAL_ONLY, *SERVER_OWN)}


@pytest.fixture
def published(till: Store, server_url: str) -> Iterator[tuple[Store, Store]]:
    """The demo till, published: (till, server)."""
    server.publish(till, server_url)
    on_server = open_store(server_url)
    yield till, on_server
    on_server.dispose()


def _codes(store: Store) -> list[str]:
    with store.session() as session:
        return [code for (code,) in session.execute(text("SELECT code FROM items ORDER BY code"))]


def _fair_day(till: Store, sales: int) -> list[str]:
    """The fair's own cash session opened, ``sales`` sales in cash, card and Yape, a few refunds, cash out,
    and the session closed with its Z report."""
    cash.close_session(till, None, None, note="antes de la feria", approval=None, user_id=SYSTEM_ID)
    cash.open_session(till, {Decimal("50"): 2}, user_id=SYSTEM_ID)
    codes = _codes(till)
    numbers = []
    for n in range(sales):
        method = ("cash", "card", "yape")[n % 3]
        numbers.append(sell(till, codes[n % len(codes)], (codes[(n * 7 + 3) % len(codes)], 2), method=method).number)
    with till.session() as session:
        query = (
            select(models.SaleLine.id, models.Sale.number)
            .join(models.Sale, models.Sale.id == models.SaleLine.sale_id)
            .where(models.Sale.number.in_(numbers[:4]), models.SaleLine.position == 1)
        )
        for line_id, number in session.execute(query).all():
            refund(
                till,
                RefundRequest(
                    number, (RefundLine(line_id, 1),), method="cash", reason="no le quedó", user_id=SYSTEM_ID
                ),
            )
    cash.move_cash(till, "out", Decimal("20.00"), "almuerzo", user_id=SYSTEM_ID)
    cash.close_session(till, {Decimal("100"): 1}, None, note="arqueo de la feria", user_id=SYSTEM_ID)
    cash.open_session(till, {Decimal("50"): 2}, user_id=SYSTEM_ID)  # the next day's, still open
    return numbers


def _day_json(url: str, day: date, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    assert main(["--db", url, "report", "day", day.isoformat(), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_an_offline_fair_day_is_taken_once_and_the_figures_are_the_tills(
    published: tuple[Store, Store], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    till, on_server = published
    numbers = _fair_day(till, 500)
    with till.session() as session:
        assert waiting_in(session) >= 500 + 4 + 1
    stick = tmp_path / "usb" / "feria.sync"
    stick.parent.mkdir()
    done = export_pending(till, stick)
    assert done.till == "B001" and done.documents >= 505

    first = import_file(on_server, stick).taken
    assert first.documents["sale"] == 500 and first.documents["refund"] == 4 and first.already == 0
    assert first.documents["session_open"] == 2 and first.documents["session_close"] == 2
    after_once = _all_rows(on_server.url)
    assert _shop(after_once) == _shop(_all_rows(till.url))  # every row the till holds, as it holds it
    again = import_file(on_server, stick).taken
    assert again.new == 0 and again.already == done.entries
    assert _all_rows(on_server.url) == after_once  # nothing doubled, not even in the server's journal

    today = date.today()
    on_till = _day_json(till.url, today, capsys)
    assert _day_json(on_server.url, today, capsys) == on_till
    assert {s["number"] for s in on_till["sales"]} >= set(numbers)  # type: ignore[index,union-attr]
    assert verify(on_server) == [] and verify(till) == []
    with on_server.engine.connect() as conn:
        held = conn.execute(text("SELECT seq, hash FROM till_chains WHERE till = 'B001'")).one()
    with till.session() as session:
        assert tuple(held) == tuple(session.execute(text("SELECT seq, hash FROM journal_head")).one())


def test_a_newer_file_carries_the_same_documents_again_and_only_the_new_ones_are_taken(
    published: tuple[Store, Store], tmp_path: Path
) -> None:
    till, on_server = published
    codes = _codes(till)
    sell(till, codes[0])
    export_pending(till, tmp_path / "1.sync")
    assert import_file(on_server, tmp_path / "1.sync").taken.documents["sale"] == 1
    sell(till, codes[1])
    export_pending(till, tmp_path / "2.sync")  # the till does not know the first file reached the server
    taken = import_file(on_server, tmp_path / "2.sync").taken
    assert taken.documents["sale"] == 1 and taken.already == 1
    assert _shop(_all_rows(on_server.url)) == _shop(_all_rows(till.url))
    assert verify(on_server) == []


def _body(path: Path) -> dict[str, object]:
    return json.loads(path.read_bytes().split(b"\n", 1)[1])


def _write(path: Path, body: dict[str, object]) -> None:
    data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    path.write_bytes(f"{MAGIC}{hashlib.sha256(data).hexdigest()}\n".encode() + data)


def _refused(on_server: Store, path: Path, said: str) -> None:
    before = _all_rows(on_server.url)
    with pytest.raises(UserError, match=said):
        import_file(on_server, path)
    assert _all_rows(on_server.url) == before


def test_a_file_cut_short_or_changed_is_refused_and_nothing_changes(
    published: tuple[Store, Store], tmp_path: Path
) -> None:
    till, on_server = published
    for code in _codes(till)[:3]:
        sell(till, code)
    good = tmp_path / "feria.sync"
    export_pending(till, good)
    data = good.read_bytes()

    cut = tmp_path / "cortado.sync"
    cut.write_bytes(data[: len(data) // 2])
    _refused(on_server, cut, "cortado o fue cambiado")

    flipped = tmp_path / "cambiado.sync"
    flipped.write_bytes(data.replace(b'"sale"', b'"sold"', 1))
    _refused(on_server, flipped, "cortado o fue cambiado")

    body = _body(good)
    entry = body["entries"][-1]  # type: ignore[index]
    entry[5] = entry[5].replace('"card"', '"cash"')  # type: ignore[index]
    resummed = tmp_path / "rehecho.sync"
    _write(resummed, body)  # a new checksum: the entry's own hash still tells
    _refused(on_server, resummed, "fue cambiado")

    other = tmp_path / "otra.sync"
    not_sync = tmp_path / "notas.txt"
    not_sync.write_text("hola\n", encoding="utf-8")
    _refused(on_server, not_sync, "no es un archivo de sincronización")
    body = _body(good)
    body["schema"] = "20261207_0001"
    _write(other, body)
    _refused(on_server, other, "otra versión")

    assert import_file(on_server, good).taken.documents["sale"] == 3  # the good file is still taken, once


def test_a_file_from_another_shop_is_refused(published: tuple[Store, Store], tmp_path: Path, new_database) -> None:  # type: ignore[no-untyped-def]
    _till, on_server = published
    stranger = open_store(f"sqlite:///{tmp_path / 'otra-tienda.db'}")
    try:
        demo.load_demo(stranger)
        server.publish(stranger, new_database())
        sell(stranger, _codes(stranger)[0])
        export_pending(stranger, tmp_path / "otra.sync")
    finally:
        stranger.dispose()
    _refused(on_server, tmp_path / "otra.sync", "es de otra tienda")


def test_a_till_whose_chain_was_rewritten_is_refused(published: tuple[Store, Store], tmp_path: Path) -> None:
    till, on_server = published
    for code in _codes(till)[:2]:
        sell(till, code)
    good = tmp_path / "feria.sync"
    export_pending(till, good)
    import_file(on_server, good)
    body = _body(good)
    entries = body["entries"]  # type: ignore[assignment]
    from mamakilla_pos.store.chain import canonical_text, entry_hash

    prev = body["base"][1]  # type: ignore[index]
    for entry in entries:  # type: ignore[attr-defined]
        entry[2] = "otra persona"  # the same documents, told again by someone else, the chain hashed anew
        entry[6] = prev
        entry[7] = entry_hash(prev, canonical_text(*entry[:6]))
        prev = entry[7]
    rewritten = tmp_path / "reescrito.sync"
    _write(rewritten, body)
    _refused(on_server, rewritten, "reescribió su diario")


def test_sync_export_and_import_on_the_command_line(
    published: tuple[Store, Store], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    till, on_server = published
    sell(till, _codes(till)[0])
    stick = tmp_path / "feria.sync"
    assert main(["--db", till.url, "sync", "export", str(stick)]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "B001" in out and "1 documentos" in out
    assert main(["--db", on_server.url, "sync", "import", str(stick)]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "1 ventas" in out and "0 ya estaban" in out
    assert main(["--db", on_server.url, "sync", "import", str(stick)]) == 0
    assert "0 registros nuevos" in capsys.readouterr().out

    for argv, said in (
        (["--db", till.url, "sync", "import", str(stick)], "no es un servidor de tienda"),
        (["--db", on_server.url, "sync", "import", str(tmp_path / "no-existe.sync")], "no-existe.sync"),
        (["--db", on_server.url, "sync", "export", str(tmp_path / "x.sync")], "no tiene servidor"),
    ):
        assert main(argv) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and said in err and "Traceback" not in err
