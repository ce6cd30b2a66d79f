"""An approval's PIN is checked as a login is; coordinators' PINs have 6 digits; recording production is a permission.

A coordinator's PIN handed to a service counts toward her lock like a PIN
typed at the login, a locked or deactivated coordinator approves nothing,
and a PIN hashed with older, cheaper parameters is hashed again at the
current cost at the next right login.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from mamakilla_pos.services import auth, catalogue_makers, journal_view, pins, stock
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.auth import Approval
from mamakilla_pos.services.errors import PermissionDenied, UserError, WrongPin
from mamakilla_pos.services.verify import verify

COORDINATOR_PIN = "739164"
SELLER_PIN = "5820"
WRONG = "000000"


@pytest.fixture
def people(shop):
    """Two coordinators (Carmen, the first user, and Nilda) and a seller, Rosa."""
    carmen = auth.create_user(shop.store, "Carmen Ayma", "coordinator", COORDINATOR_PIN, by=SYSTEM_ID)
    nilda = auth.create_user(shop.store, "Nilda Choque", "coordinator", "845120", by=carmen.id)
    rosa = auth.create_user(shop.store, "Rosa Quispe", "seller", SELLER_PIN, by=carmen.id)
    return carmen, nilda, rosa


def pin_state(store, user_id: int) -> tuple[int, bool]:
    """``(failed_pins, locked)`` read behind the services' back."""
    with store.engine.connect() as conn:
        failed, locked_until = conn.execute(
            text("SELECT failed_pins, locked_until FROM users WHERE id = :id"), {"id": user_id}
        ).one()
    return failed, locked_until is not None


def pin_hash(store, user_id: int) -> str:
    with store.engine.connect() as conn:
        return conn.execute(text("SELECT pin_hash FROM users WHERE id = :id"), {"id": user_id}).scalar_one()


def damaged_bag(shop, who: int, approval: Approval | None) -> int:
    """A guarded action: one bag written off as damaged (the coordinators' ``stock_adjust``)."""
    return stock.adjust(shop.store, shop.bag, -1, "taller", "damaged", user_id=who, approval=approval)


def test_twelve_wrong_approval_pins_through_a_service_count_and_lock_as_at_the_login(shop, people, probe):
    carmen, nilda, rosa = people
    through_service, through_login = [], []
    for _ in range(12):
        with pytest.raises(PermissionDenied, match="no es válida"):
            damaged_bag(shop, rosa.id, Approval(carmen.id, WRONG))
        through_service.append(pin_state(shop.store, carmen.id))
        with pytest.raises(WrongPin):
            auth.login(shop.store, nilda.id, WRONG)
        through_login.append(pin_state(shop.store, nilda.id))
    assert through_service == through_login
    assert through_service[:5] == [(1, False), (2, False), (3, False), (4, False), (0, True)]
    assert through_service[-1] == (0, True)
    locks = journal_view.list_entries(shop.store, journal_view.JournalFilter(kind="user_locked")).rows
    assert sorted(entry.actor for entry in locks) == ["Carmen Ayma", "Nilda Choque"]
    assert probe.level(shop.bag) == 10  # nothing was written off
    assert verify(shop.store) == []


def test_a_locked_coordinators_right_pin_approves_nothing(shop, people, probe, monkeypatch):
    carmen, _, rosa = people
    earlier = auth.approve(shop.store, carmen.id, COORDINATOR_PIN, "stock_adjust")
    for _ in range(5):
        with pytest.raises(WrongPin):
            auth.login(shop.store, carmen.id, WRONG)
    with pytest.raises(PermissionDenied, match="bloqueada hasta"):
        damaged_bag(shop, rosa.id, Approval(carmen.id, COORDINATOR_PIN))
    with pytest.raises(WrongPin, match="bloqueada hasta"):
        auth.approve(shop.store, carmen.id, COORDINATOR_PIN, "stock_adjust")
    with pytest.raises(PermissionDenied, match="no es válida"):
        damaged_bag(shop, rosa.id, earlier)  # approved before she was locked: void while she is
    assert probe.level(shop.bag) == 10

    [locked_until] = [u.locked_until for u in auth.list_users(shop.store) if u.id == carmen.id]
    later = locked_until + timedelta(seconds=1)
    monkeypatch.setattr(auth, "now", lambda: later)
    assert damaged_bag(shop, rosa.id, Approval(carmen.id, COORDINATOR_PIN)) == 9


def test_a_deactivated_coordinator_approves_nothing(shop, people, probe):
    carmen, nilda, rosa = people
    earlier = auth.approve(shop.store, carmen.id, COORDINATOR_PIN, "stock_adjust")
    auth.set_active(shop.store, carmen.id, False, by=nilda.id)
    for approval in (earlier, Approval(carmen.id, COORDINATOR_PIN)):
        with pytest.raises(PermissionDenied, match="no es válida"):
            damaged_bag(shop, rosa.id, approval)
    with pytest.raises(UserError, match="desconocido"):
        auth.approve(shop.store, carmen.id, COORDINATOR_PIN, "stock_adjust")
    assert probe.level(shop.bag) == 10


def test_a_new_pin_voids_the_approvals_given_with_the_old_one(shop, people, probe):
    carmen, _, rosa = people
    earlier = auth.approve(shop.store, carmen.id, COORDINATOR_PIN, "stock_adjust")
    auth.change_pin(shop.store, carmen.id, COORDINATOR_PIN, "604413")
    with pytest.raises(PermissionDenied, match="no es válida"):
        damaged_bag(shop, rosa.id, earlier)
    assert probe.level(shop.bag) == 10


def test_an_approval_carries_no_pin_and_a_made_up_seal_is_refused(shop, people, probe):
    carmen, _, rosa = people
    approval = auth.approve(shop.store, carmen.id, COORDINATOR_PIN, "stock_adjust")
    assert approval.pin == ""
    assert COORDINATOR_PIN not in repr(approval)
    last = approval.seal[-1]
    forged = Approval(carmen.id, "", approval.seal[:-1] + ("0" if last != "0" else "1"))
    with pytest.raises(PermissionDenied, match="no es válida"):
        damaged_bag(shop, rosa.id, forged)
    with pytest.raises(PermissionDenied, match="no es válida"):
        damaged_bag(shop, rosa.id, Approval(carmen.id, "", "not a seal"))
    assert probe.level(shop.bag) == 10
    assert damaged_bag(shop, rosa.id, approval) == 9


def test_a_right_approval_pin_through_a_service_clears_the_count(shop, people):
    carmen, _, rosa = people
    for _ in range(3):
        with pytest.raises(PermissionDenied):
            damaged_bag(shop, rosa.id, Approval(carmen.id, WRONG))
    assert damaged_bag(shop, rosa.id, Approval(carmen.id, COORDINATOR_PIN)) == 9
    assert pin_state(shop.store, carmen.id) == (0, False)


# -- production --------------------------------------------------------------------------------


def test_recording_production_is_a_permission_of_the_coordinators_role(shop, people, probe):
    carmen, _, rosa = people
    with shop.store.engine.connect() as conn:
        granted = dict(conn.execute(text("SELECT code, permissions FROM roles")).all())
    assert "produce" in granted["coordinator"].split()
    assert "produce" not in granted["seller"].split()

    before = probe.counts()
    with pytest.raises(PermissionDenied, match="Rosa Quispe necesita la aprobación") as denied:
        stock.produce(shop.store, shop.bag, 6, user_id=rosa.id)
    assert denied.value.permission == "produce"
    assert probe.counts() == before and probe.level(shop.bag) == 10

    assert stock.produce(shop.store, shop.bag, 6, user_id=carmen.id) == 16
    approval = auth.approve(shop.store, carmen.id, COORDINATOR_PIN, "produce")
    assert stock.produce(shop.store, shop.bag, 2, user_id=rosa.id, approval=approval) == 18
    approvals = journal_view.list_entries(shop.store, journal_view.JournalFilter(kind="approval")).rows
    assert [entry.payload["permission"] for entry in approvals] == ["produce"]


def test_recording_a_makers_production_is_refused_to_a_seller_without_approval(shop, people, probe):
    carmen, _, rosa = people
    [choice] = [c for c in stock.production_choices(shop.store, rosa_maker(shop)) if c.item_code == shop.purse]
    before = probe.counts()
    with pytest.raises(PermissionDenied) as denied:
        stock.produce_for_maker(
            shop.store, rosa_maker(shop), choice.product_id, 3, "taller", shop.purse, user_id=rosa.id
        )
    assert denied.value.permission == "produce"
    assert probe.counts() == before
    with pytest.raises(PermissionDenied, match="no es válida"):
        stock.produce_for_maker(
            shop.store,
            rosa_maker(shop),
            choice.product_id,
            3,
            "taller",
            shop.purse,
            user_id=rosa.id,
            approval=Approval(carmen.id, WRONG),
        )
    assert pin_state(shop.store, carmen.id) == (1, False)
    approval = auth.approve(shop.store, carmen.id, COORDINATOR_PIN, "produce")
    result = stock.produce_for_maker(
        shop.store, rosa_maker(shop), choice.product_id, 3, "taller", shop.purse, user_id=rosa.id, approval=approval
    )
    assert (result.item.code, result.level) == (shop.purse, 13)


def rosa_maker(shop) -> int:
    return next(m.id for m in catalogue_makers.list_makers(shop.store) if m.name == "Rosa Quispe")


# -- digits ----------------------------------------------------------------------------------


@pytest.mark.parametrize("pin", ["1234", "12345", "1234567", "12a456", ""])
def test_a_coordinators_pin_has_six_digits(store, pin):
    with pytest.raises(UserError, match="el PIN de una coordinadora tiene 6 números"):
        auth.create_user(store, "Carmen Ayma", "coordinator", pin, by=SYSTEM_ID)
    assert not auth.has_users(store)


@pytest.mark.parametrize("pin", ["123", "1234567", "12a4", ""])
def test_a_sellers_pin_has_four_to_six_digits(shop, people, pin):
    carmen, _, rosa = people
    with pytest.raises(UserError, match="4 a 6"):
        auth.create_user(shop.store, "Luz Mamani", "seller", pin, by=carmen.id)
    with pytest.raises(UserError, match="4 a 6"):
        auth.reset_pin(shop.store, rosa.id, pin, by=carmen.id)
    auth.create_user(shop.store, "Luz Mamani", "seller", "4821", by=carmen.id)


def test_a_coordinator_keeps_six_digits_when_her_pin_changes(shop, people):
    carmen, nilda, rosa = people
    with pytest.raises(UserError, match="6 números"):
        auth.change_pin(shop.store, carmen.id, COORDINATOR_PIN, "4821")
    with pytest.raises(UserError, match="6 números"):
        auth.reset_pin(shop.store, nilda.id, "4821", by=carmen.id)
    assert auth.login(shop.store, carmen.id, COORDINATOR_PIN).name == "Carmen Ayma"
    auth.change_pin(shop.store, rosa.id, SELLER_PIN, "4821")  # a seller may keep four
    assert auth.login(shop.store, rosa.id, "4821").name == "Rosa Quispe"


def test_a_coordinator_with_a_short_pin_from_before_is_told_at_login(shop, people, monkeypatch):
    carmen, nilda, rosa = people
    six = pins.APPROVER_DIGITS
    monkeypatch.setattr(pins, "APPROVER_DIGITS", pins.SELLER_DIGITS)  # as PINs were set before
    auth.reset_pin(shop.store, nilda.id, "1357", by=carmen.id)
    monkeypatch.setattr(pins, "APPROVER_DIGITS", six)
    assert auth.login(shop.store, nilda.id, "1357").short_pin
    assert not auth.login(shop.store, carmen.id, COORDINATOR_PIN).short_pin
    assert not auth.login(shop.store, rosa.id, SELLER_PIN).short_pin
    with pytest.raises(UserError, match="6 números"):
        auth.change_pin(shop.store, nilda.id, "1357", "2468")
    auth.change_pin(shop.store, nilda.id, "1357", "604413")
    assert not auth.login(shop.store, nilda.id, "604413").short_pin


# -- hash cost ---------------------------------------------------------------------------------


def test_a_pin_hashed_at_an_older_cost_still_works_and_is_hashed_again(shop, people, monkeypatch):
    carmen, _, rosa = people
    cheaper = pins.SCRYPT_N // 2
    monkeypatch.setattr(pins, "SCRYPT_N", cheaper)
    auth.reset_pin(shop.store, rosa.id, "4821", by=carmen.id)
    monkeypatch.setattr(pins, "SCRYPT_N", cheaper * 2)
    old = pin_hash(shop.store, rosa.id)
    assert old.startswith(f"scrypt${cheaper}$") and pins.outdated(old)

    assert auth.login(shop.store, rosa.id, "4821").name == "Rosa Quispe"
    new = pin_hash(shop.store, rosa.id)
    assert new.startswith(f"scrypt${pins.SCRYPT_N}$") and not pins.outdated(new)
    assert auth.login(shop.store, rosa.id, "4821").id == rosa.id
    assert pin_hash(shop.store, rosa.id) == new  # hashed again once only
    with pytest.raises(WrongPin, match="PIN equivocado"):
        auth.login(shop.store, rosa.id, "4822")
    upgrades = journal_view.list_entries(shop.store, journal_view.JournalFilter(kind="user_pin")).rows
    assert any(entry.payload == {"upgraded": True} for entry in upgrades)
    assert verify(shop.store) == []  # the new hash is journaled as any change of a user is


def test_a_wrong_pin_leaves_an_old_hash_as_it_was(shop, people, monkeypatch):
    carmen, _, rosa = people
    monkeypatch.setattr(pins, "SCRYPT_N", pins.SCRYPT_N // 2)
    auth.reset_pin(shop.store, rosa.id, "4821", by=carmen.id)
    monkeypatch.setattr(pins, "SCRYPT_N", pins.SCRYPT_N * 2)
    old = pin_hash(shop.store, rosa.id)
    with pytest.raises(WrongPin):
        auth.login(shop.store, rosa.id, "4822")
    assert pin_hash(shop.store, rosa.id) == old


@pytest.mark.real_pin_cost
def test_the_till_hashes_pins_at_its_full_cost(store):
    carmen = auth.create_user(store, "Carmen Ayma", "coordinator", COORDINATOR_PIN, by=SYSTEM_ID)
    stored = pin_hash(store, carmen.id)
    assert stored.startswith("scrypt$131072$8$1$")
    assert not pins.outdated(stored)
    assert pins.outdated("scrypt$16384$8$1$" + stored.split("$", 4)[4])  # what PINs were hashed with before
    assert auth.login(store, carmen.id, COORDINATOR_PIN).id == carmen.id


def test_a_stored_hash_asking_for_absurd_memory_is_refused_not_computed():
    assert not pins.pin_matches("1234", "scrypt$1073741824$8$1$00$00")
    assert not pins.pin_matches("1234", "not a hash")
    assert pins.outdated("not a hash")
