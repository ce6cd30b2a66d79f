"""Edits that rewrite the journal too are found against anchors outside the file.

Whoever holds the file can change rows and recompute every hash (the
``forger`` fixture does exactly that): plain ``verify`` then finds nothing,
because the file agrees with itself. A backup taken before, or the journal
hash printed on a Z report, still shows it.
"""

from __future__ import annotations

import os
import shutil
from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from mamakilla_pos.domain.shares import line_share, split_share
from mamakilla_pos.services import anchors, backup, cash, cash_figures
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import UserError
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.services.verify import verify

pytestmark = pytest.mark.skipif(bool(os.environ.get("MAMAKILLA_TEST_PG")), reason="backups are copies of a SQLite file")

D = Decimal


def _usb_copy(store, tmp_path: Path) -> Path:
    """A backup kept away from the database (not in the ``copias`` beside it)."""
    folder = tmp_path / "usb"
    folder.mkdir(exist_ok=True)
    return backup.backup(store, folder / f"copia-{len(list(folder.iterdir()))}.db").path


def _sell(store, *codes: str) -> str:
    lines = tuple(LineRequest(code) for code in codes)
    return record_sale(store, SaleRequest(lines, (), paid_with="card", user_id=SYSTEM_ID)).number


def _delete_last_sale(forger, number: str) -> None:
    """The sale's rows gone, its receipt number given back: the numbering has no gap."""
    sale = "(SELECT id FROM sales WHERE number = :n)"
    for table in ("share_entries", "stock_movements", "payments", "sale_lines"):
        forger.sql(f"DELETE FROM {table} WHERE sale_id = {sale}", n=number)
    assert forger.sql("DELETE FROM sales WHERE number = :n", n=number) == 1
    forger.sql("UPDATE receipt_series SET next_number = next_number - 1 WHERE code = 'B001'")


def _shares_down_to_ten_percent(forger) -> int:
    """Every unpaid share rewritten from 45 % to 10 %, consistently (line, rate, split); lines changed."""
    engine = forger.store.engine
    with engine.connect() as conn:
        lines = conn.execute(
            text(
                "SELECT l.id, l.item_id, l.net_cents FROM sale_lines l JOIN sales s ON s.id = l.sale_id"
                " WHERE s.kind = 'sale' AND l.share_cents > 0"
                " AND NOT EXISTS (SELECT 1 FROM share_entries e"
                " WHERE e.sale_line_id = l.id AND e.payout_id IS NOT NULL)"
                " AND NOT EXISTS (SELECT 1 FROM sale_lines r WHERE r.refund_of_line_id = l.id)"
            )
        ).all()
        makers: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for item_id, maker_id, weight in conn.execute(
            text("SELECT item_id, maker_id, weight FROM item_makers ORDER BY item_id, position")
        ):
            makers[item_id].append((maker_id, weight))
    for line_id, item_id, net in lines:
        share = line_share(D(net) / 100, D("0.10"))
        parts = split_share(share, [w for _, w in makers[item_id]])
        forger.sql(
            "UPDATE sale_lines SET share_rate = '0.10', share_cents = :s WHERE id = :id", s=int(share * 100), id=line_id
        )
        for (maker_id, _), part in zip(makers[item_id], parts, strict=True):
            forger.sql(
                "UPDATE share_entries SET amount_cents = :a WHERE sale_line_id = :id AND maker_id = :m",
                a=int(part * 100),
                id=line_id,
                m=maker_id,
            )
    return len(lines)


def test_a_deleted_last_sale_with_its_entry_and_head_fixed_is_found_against_a_backup(full_books, forger, tmp_path):
    store = full_books.store
    number = _sell(store, "BAG001", "CAS001")
    copy = _usb_copy(store, tmp_path)
    _delete_last_sale(forger, number)
    forger.rebuild()

    assert verify(store) == []  # the file agrees with itself: nothing inside it can tell
    problems = verify(store, [copy])
    assert len(problems) == 1, problems
    assert number in problems[0] and "al diario le faltan los registros" in problems[0], problems


def test_unpaid_shares_rewritten_to_ten_percent_are_found_against_a_backup(full_books, forger, tmp_path):
    store = full_books.store
    first = _sell(store, "BAG001", "CAS001")
    _sell(store, "PUR001", "BAG001")
    copy = _usb_copy(store, tmp_path)
    assert _shares_down_to_ten_percent(forger) >= 4
    forger.rebuild()

    assert verify(store) == []
    (problem,) = verify(store, [copy])
    # The first entry the rewrite touched: the first sale whose shares were cut.
    assert "difiere de la copia" in problem and "fue reescrito" in problem, problem
    assert copy.name in problem
    with store.engine.connect() as conn:
        cut = conn.execute(
            text(
                "SELECT min(j.seq) FROM journal j JOIN sales s ON s.number = j.ref AND j.kind = 'sale'"
                " JOIN sale_lines l ON l.sale_id = s.id WHERE l.share_rate = '0.10'"
            )
        ).scalar_one()
        number = conn.execute(text("SELECT ref FROM journal WHERE seq = :s"), {"s": cut}).scalar_one()
    assert f"desde el registro {cut}: la copia tiene la venta {number}" in problem, problem
    assert number <= first


def test_plain_verify_checks_the_newest_backup_beside_the_database(full_books, forger):
    store = full_books.store
    _sell(store, "BAG001", "CAS001")
    made = backup.auto_backup(store, "prueba")
    assert made.path is not None and made.path.parent.name == "copias"
    assert _shares_down_to_ten_percent(forger) == 2
    forger.rebuild()

    problems = verify(store)
    assert any(made.path.name in p and "difiere" in p for p in problems), problems


def test_the_journal_extends_every_backup_given(full_books, tmp_path):
    store = full_books.store
    first = _usb_copy(store, tmp_path)
    _sell(store, "KEY001")
    second = _usb_copy(store, tmp_path)
    _sell(store, "KEY001")
    assert verify(store, [first, second]) == []


def test_a_backup_whose_own_journal_was_cut_is_reported(full_books, tmp_path):
    import sqlite3

    copy = _usb_copy(full_books.store, tmp_path)
    edited = sqlite3.connect(copy)
    edited.execute("DELETE FROM journal WHERE seq = 3")
    edited.commit()
    edited.close()
    (problem,) = verify(full_books.store, [copy])
    assert "está alterada" in problem and copy.name in problem


def test_a_backup_that_cannot_be_read_is_a_user_error(full_books, tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(UserError, match=r"junk\.db"):
        verify(full_books.store, [junk])
    with pytest.raises(UserError, match="no existe"):
        verify(full_books.store, [tmp_path / "missing.db"])


# -- the head printed on a Z report ---------------------------------------------------------


def _close(store, user_id: int) -> cash_figures.SessionReport:
    report = cash.x_report(store)
    closed = cash.close_session(
        store, {D("0.10"): int(report.pen.expected * 10)}, {}, "arqueo de prueba", user_id=user_id
    )
    # The closing's own backup would catch what follows too: take it away, as if the stick were lost.
    shutil.rmtree(Path(closed.backup_path).parent)
    return closed


def test_a_rehashed_journal_is_found_against_the_head_printed_at_closing(full_books, forger):
    store = full_books.store
    _sell(store, "BAG001", "CAS001")
    closed = _close(store, full_books.coordinator)
    head = f"{closed.closed_at:%Y-%m-%d}:{closed.journal_hash}"
    assert verify(store, head=head) == []

    assert _shares_down_to_ten_percent(forger) == 2
    forger.rebuild()
    assert verify(store) == []
    (problem,) = verify(store, head=head)
    assert closed.journal_hash[:16] in problem and "reescrito" in problem


def test_a_head_may_be_typed_in_groups_and_cut_short(full_books):
    store = full_books.store
    closed = _close(store, full_books.coordinator)
    digits = closed.journal_hash[:24]
    grouped = " ".join(digits[i : i + 4] for i in range(0, 24, 4))
    assert verify(store, head=f"{closed.closed_at:%Y-%m-%d}: {grouped.upper()}") == []
    other_day = date.fromordinal(closed.closed_at.date().toordinal() - 1)
    (problem,) = verify(store, head=f"{other_day:%Y-%m-%d}:{digits}")
    assert "no está en el diario" in problem


@pytest.mark.parametrize(
    "bad", ["", "2026-11-30", "2026-11-30:abc", "30-11-2026:" + "a" * 64, "2026-11-30:" + "g" * 20]
)
def test_a_head_that_is_not_date_and_hash_is_a_user_error(bad):
    with pytest.raises(UserError, match="cabecera no válida"):
        anchors.parse_head(bad)
