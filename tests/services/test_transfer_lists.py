"""Transfer lists: many items in one transaction, never more than there is without a coordinator,
and the return from a fair that says what went out, what was sold and what came back."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import text

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.services import auth, locations, sales, stock, transfers
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import NotFound, PermissionDenied, UserError
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.services.transfer_views import TransferLine
from mamakilla_pos.services.verify import verify

L = TransferLine


@pytest.fixture
def fair(shop):
    locations.add_location(shop.store, "feria", "Feria de San Blas", "fair", user_id=SYSTEM_ID)
    return shop


@pytest.fixture
def people(fair):
    coordinator = auth.create_user(fair.store, "Carmen Ayma", "coordinator", "135790", by=SYSTEM_ID)
    seller = auth.create_user(fair.store, "Rosa Quispe", "seller", "2468", by=coordinator.id)
    return coordinator, seller


def journal(store) -> list[tuple[str, dict]]:
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT kind, payload FROM journal ORDER BY seq")).all()
    return [(kind, json.loads(payload)) for kind, payload in rows]


def test_a_list_moves_every_line_in_one_journal_entry(fair, probe):
    store = fair.store
    entries = len(journal(store))
    result = transfers.transfer_items(
        store,
        [L(fair.bag, 4), L(fair.purse, 3), L(fair.bag, 1), L(fair.bought_in, 10)],
        "taller",
        "feria",
        note="  feria   del domingo ",
        user_id=SYSTEM_ID,
    )
    assert [(ln.item_code, ln.quantity, ln.on_hand) for ln in result.lines] == [
        (fair.bag, 5, 10),
        (fair.purse, 3, 10),
        (fair.bought_in, 10, 10),
    ]
    assert result.units == 18 and result.note == "feria del domingo" and result.approved_by == ""
    assert (result.source_name, result.target_name) == ("Taller Mama Killa", "Feria de San Blas")
    assert result.number.startswith("T-") and len(result.number) == 10
    assert [(probe.level(c, "taller"), probe.level(c, "feria")) for c in (fair.bag, fair.purse, fair.bought_in)] == [
        (5, 5),
        (7, 3),
        (0, 10),
    ]
    added = journal(store)[entries:]
    assert [kind for kind, _ in added] == ["transfer"]
    payload = added[0][1]
    assert len(payload["rows"]["stock_movements"]) == 6  # every column of each movement
    assert payload["list"] == {
        "from": "taller",
        "to": "feria",
        "lines": [[fair.bag, 5], [fair.purse, 3], [fair.bought_in, 10]],
    }
    assert verify(store) == []


def test_more_than_there_is_needs_a_coordinator(fair, people, probe):
    """14 at the workshop, 99 asked: refused (nothing written) unless a coordinator approves."""
    store = fair.store
    coordinator, seller = people
    stock.produce(store, fair.bag, 4, user_id=SYSTEM_ID)  # 14 at the workshop
    before = probe.counts()
    with pytest.raises(PermissionDenied, match="no hay tantas unidades") as refused:
        transfers.transfer_items(store, [L(fair.purse, 2), L(fair.bag, 99)], "taller", "feria", seller.id)
    assert refused.value.permission == "stock_adjust"
    with pytest.raises(PermissionDenied, match="no hay tantas unidades"):
        stock.transfer(store, fair.bag, 99, "taller", "feria", user_id=seller.id)
    assert probe.counts() == before
    assert probe.level(fair.bag, "taller") == 14

    not_hers = auth.Approval(seller.id, "2468")
    with pytest.raises(PermissionDenied):
        transfers.transfer_items(store, [L(fair.bag, 99)], "taller", "feria", seller.id, approval=not_hers)
    assert probe.counts() == before

    approval = auth.approve(store, coordinator.id, "135790", "stock_adjust")
    result = transfers.transfer_items(store, [L(fair.bag, 99)], "taller", "feria", seller.id, approval=approval)
    assert result.approved_by == "Carmen Ayma"
    assert result.lines[0].over
    assert (probe.level(fair.bag, "taller"), probe.level(fair.bag, "feria")) == (-85, 99)
    assert [kind for kind, _ in journal(store)[-2:]] == ["approval", "transfer"]
    assert verify(store) == []


def test_a_seller_moves_goods_only_with_a_coordinators_pin(fair, people, probe):
    """Within stock too: moving goods is the coordinators' permission; a seller asks for a PIN."""
    store = fair.store
    coordinator, seller = people
    before = probe.counts()
    with pytest.raises(PermissionDenied, match="trasladar mercadería") as refused:
        transfers.transfer_items(store, [L(fair.bag, 10)], "taller", "feria", seller.id)
    assert refused.value.permission == "stock_transfer"
    with pytest.raises(PermissionDenied):
        stock.transfer(store, fair.bag, 1, "taller", "feria", user_id=seller.id)
    assert probe.counts() == before

    approval = auth.approve(store, coordinator.id, "135790", "stock_transfer")
    result = transfers.transfer_items(store, [L(fair.bag, 10)], "taller", "feria", seller.id, approval=approval)
    assert result.approved_by == "Carmen Ayma"
    assert [kind for kind, _ in journal(store)[-2:]] == ["approval", "transfer"]
    transfers.transfer_items(store, [L(fair.bag, 12)], "feria", "taller", coordinator.id)  # a coordinator may
    assert (probe.level(fair.bag, "taller"), probe.level(fair.bag, "feria")) == (12, -2)
    assert verify(store) == []


@pytest.mark.parametrize(
    ("lines", "source", "target", "error"),
    [
        ([], "taller", "feria", UserError),
        ([L("BAG001", 0)], "taller", "feria", UserError),
        ([L("BAG001", -2)], "taller", "feria", UserError),
        ([L("BAG001", 10_000)], "taller", "feria", UserError),
        ([L("BAG001", 6000), L("BAG001", 6000)], "taller", "feria", UserError),
        ([L("BAG001", 1)], "taller", "taller", UserError),
        ([L("BAG001", 1)], "taller", "luna", NotFound),
        ([L("BAG001", 1), L("NOPE01", 1)], "taller", "feria", NotFound),
    ],
)
def test_bad_lists_write_nothing(fair, probe, lines, source, target, error):
    before = probe.counts()
    with pytest.raises(error):
        transfers.transfer_items(fair.store, lines, source, target, user_id=SYSTEM_ID)
    assert probe.counts() == before


def test_a_closed_destination_is_refused(fair, probe):
    locations.set_location_active(fair.store, "feria", False, user_id=SYSTEM_ID)
    before = probe.counts()
    with pytest.raises(UserError, match="cerrada"):
        transfers.transfer_items(fair.store, [L(fair.bag, 1)], "taller", "feria", user_id=SYSTEM_ID)
    assert probe.counts() == before


def test_on_hand_per_line_and_everything_held(fair):
    store = fair.store
    transfers.transfer_items(store, [L(fair.pencil_case, 2), L(fair.bag, 3)], "taller", "feria", user_id=SYSTEM_ID)
    assert [(r.item_code, r.units) for r in transfers.on_hand(store, "feria", [fair.purse, fair.bag])] == [
        (fair.purse, 0),
        (fair.bag, 3),
    ]
    held = transfers.on_hand(store, "feria")
    assert [(r.product_name, r.units, r.makers) for r in held] == [
        ("Bolso bordado", 3, "Rosa Quispe, Ana Huamán"),
        ("Cartuchera Ñusta", 2, "Luz Mamani"),
    ]


@pytest.fixture
def ticking(monkeypatch):
    """Each write a minute after the one before: the outing is read in the order things happened."""
    start = datetime.now().replace(microsecond=0)
    ticks = (start + timedelta(minutes=n) for n in range(1000))
    for module in (stock, transfers, sales):
        monkeypatch.setattr(module, "now", lambda: next(ticks))


def sell_at_fair(store, code: str, units: int) -> None:
    request = SaleRequest(
        (LineRequest(code, units),), (Tender("cash", Decimal("500")),), location_code="feria", user_id=SYSTEM_ID
    )
    record_sale(store, request)


def test_the_return_from_a_fair_says_what_went_out_was_sold_and_came_back(fair, probe, ticking):
    store = fair.store
    # An earlier fair, fully back: not part of this outing.
    transfers.transfer_items(store, [L(fair.purse, 4)], "taller", "feria", user_id=SYSTEM_ID)
    sell_at_fair(store, fair.purse, 1)
    transfers.return_from_fair(store, "feria", "taller", user_id=SYSTEM_ID)
    assert probe.level(fair.purse, "feria") == 0

    transfers.transfer_items(store, [L(fair.bag, 5), L(fair.purse, 3)], "taller", "feria", user_id=SYSTEM_ID)
    transfers.transfer_items(
        store, [L(fair.bag, 2)], "taller", "feria", user_id=SYSTEM_ID
    )  # a second delivery mid-fair
    sell_at_fair(store, fair.bag, 4)
    stock.adjust(store, fair.purse, -1, "feria", "gift", user_id=SYSTEM_ID)
    outing = transfers.fair_outing(store, "feria")
    assert [(ln.item_code, ln.sent, ln.sold, ln.other, ln.returned, ln.left) for ln in outing.lines] == [
        (fair.bag, 7, 4, 0, 0, 3),
        (fair.purse, 3, 0, -1, 0, 2),
    ]
    assert outing.since is not None

    # Two bags and both purses came back; one bag is missing.
    result = transfers.return_from_fair(
        store, "feria", "taller", [L(fair.bag, 2), L(fair.purse, 2)], note="cierre", user_id=SYSTEM_ID
    )
    assert result.outing is not None
    assert [(ln.item_code, ln.sent, ln.sold, ln.other, ln.returned, ln.left) for ln in result.outing.lines] == [
        (fair.bag, 7, 4, 0, 2, 1),
        (fair.purse, 3, 0, -1, 2, 0),
    ]
    assert (probe.level(fair.bag, "feria"), probe.level(fair.purse, "feria")) == (1, 0)
    assert journal(store)[-1][1]["list"]["fair_return"] is True
    assert verify(store) == []


def test_the_default_return_brings_back_everything_left(fair, probe, ticking):
    store = fair.store
    transfers.transfer_items(store, [L(fair.bag, 5), L(fair.pencil_case, 2)], "taller", "feria", user_id=SYSTEM_ID)
    sell_at_fair(store, fair.bag, 1)
    result = transfers.return_from_fair(store, "feria", "taller", user_id=SYSTEM_ID)
    assert [(ln.item_code, ln.quantity) for ln in result.lines] == [(fair.bag, 4), (fair.pencil_case, 2)]
    assert all(ln.left == 0 for ln in result.outing.lines)
    assert probe.level(fair.bag, "taller") == 9
    before = probe.counts()
    with pytest.raises(UserError, match="no queda nada"):
        transfers.return_from_fair(store, "feria", "taller", user_id=SYSTEM_ID)
    assert probe.counts() == before


def test_units_sold_at_the_stand_before_it_held_any_are_carried_into_the_outing(fair, probe, ticking):
    store = fair.store
    sell_at_fair(store, fair.bag, 1)  # sold beyond stock: −1 at the stand
    transfers.transfer_items(store, [L(fair.bag, 5)], "taller", "feria", user_id=SYSTEM_ID)
    [line] = transfers.fair_outing(store, "feria").lines
    assert (line.before, line.sent, line.sold, line.left) == (-1, 5, 0, 4)
    result = transfers.return_from_fair(store, "feria", "taller", user_id=SYSTEM_ID)
    assert [(ln.item_code, ln.quantity) for ln in result.lines] == [(fair.bag, 4)]
    assert probe.level(fair.bag, "feria") == 0
