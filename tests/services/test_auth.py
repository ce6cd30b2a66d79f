"""Users, PINs and permissions: who may do what at the till, enforced by the services."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from types import SimpleNamespace

import pytest
from sqlalchemy import text

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.domain.pricing import Discount, DiscountKind
from mamakilla_pos.services import auth, history, journal_view, printers, settings
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.auth import Approval
from mamakilla_pos.services.errors import PermissionDenied, UserError
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.services.verify import verify

D = Decimal
COORDINATOR_PIN = "739164"
SELLER_PIN = "582046"


@pytest.fixture
def people(shop):
    """A coordinator (the first user) and a seller she registered."""
    coordinator = auth.create_user(shop.store, "Carmen Ayma", "coordinator", COORDINATOR_PIN, by=SYSTEM_ID)
    seller = auth.create_user(shop.store, "Rosa Quispe", "seller", SELLER_PIN, by=coordinator.id)
    return coordinator, seller


def raw_text(store) -> str:
    """Everything the users table and the journal hold, as one text."""
    with store.engine.connect() as conn:
        users = conn.execute(text("SELECT * FROM users")).all()
        entries = conn.execute(text("SELECT actor, kind, ref, payload FROM journal")).all()
    return repr(users) + repr(entries)


def test_pins_are_stored_only_as_salted_hashes(shop, people, caplog):
    coordinator, seller = people
    caplog.set_level(logging.DEBUG)
    auth.login(shop.store, seller.id, SELLER_PIN)
    approval = auth.approve(shop.store, coordinator.id, COORDINATOR_PIN, "refund")
    number = record_sale(
        shop.store, SaleRequest((LineRequest(shop.bag),), (Tender("cash", D("45")),), user_id=seller.id)
    ).number
    line = history.get_sale(shop.store, number).lines[0]
    refund(shop.store, RefundRequest(number, (RefundLine(line.id, 1),), user_id=seller.id, approval=approval))
    auth.reset_pin(shop.store, seller.id, "604413", by=coordinator.id)

    stored = raw_text(shop.store)
    for pin in (COORDINATOR_PIN, SELLER_PIN, "604413"):
        assert pin not in stored
        assert pin not in caplog.text
    assert COORDINATOR_PIN not in repr(approval)
    with shop.store.engine.connect() as conn:
        hashes = [row[0] for row in conn.execute(text("SELECT pin_hash FROM users ORDER BY id"))]
    assert all(h.startswith("scrypt$") for h in hashes)
    # Salted: the same PIN gives a different hash each time.
    assert auth.hash_pin("1234") != auth.hash_pin("1234")
    assert auth.pin_matches("1234", auth.hash_pin("1234"))


def test_the_first_user_must_be_a_coordinator(store):
    with pytest.raises(UserError, match="coordinadora"):
        auth.create_user(store, "Rosa Quispe", "seller", SELLER_PIN, by=SYSTEM_ID)
    assert not auth.has_users(store)
    first = auth.create_user(store, "Carmen Ayma", "coordinator", COORDINATOR_PIN, by=SYSTEM_ID)
    assert first.may("manage_users")
    assert auth.has_users(store)


@pytest.mark.parametrize("pin", ["123", "1234567", "12a4", ""])
def test_a_first_coordinators_pin_has_six_digits(store, pin):
    with pytest.raises(UserError, match="6 números"):
        auth.create_user(store, "Carmen Ayma", "coordinator", pin, by=SYSTEM_ID)


def test_five_wrong_pins_lock_the_user(shop, people, monkeypatch):
    _, seller = people
    for left in (4, 3, 2, 1):
        with pytest.raises(UserError, match=f"quedan {left}"):
            auth.login(shop.store, seller.id, "000000")
    with pytest.raises(UserError, match="bloqueada 5 minutos"):
        auth.login(shop.store, seller.id, "000000")
    # Locked: even the right PIN is refused, and the lock is journaled.
    with pytest.raises(UserError, match="está bloqueada hasta las"):
        auth.login(shop.store, seller.id, SELLER_PIN)
    [info] = [u for u in auth.list_users(shop.store) if u.id == seller.id]
    assert info.locked_until is not None
    kinds = [row.kind for row in journal_view.list_entries(shop.store).rows]
    assert "user_locked" in kinds

    # After the lock time the right PIN works again.
    later = info.locked_until + timedelta(seconds=1)
    monkeypatch.setattr(auth, "now", lambda: later)
    assert auth.login(shop.store, seller.id, SELLER_PIN).id == seller.id


def test_a_right_pin_resets_the_count_of_wrong_ones(shop, people):
    _, seller = people
    for _ in range(4):
        with pytest.raises(UserError):
            auth.login(shop.store, seller.id, "000000")
    auth.login(shop.store, seller.id, SELLER_PIN)
    with pytest.raises(UserError, match="quedan 4"):
        auth.login(shop.store, seller.id, "000000")


def test_a_coordinator_resets_a_forgotten_pin_and_lifts_the_lock(shop, people):
    coordinator, seller = people
    for _ in range(5):
        with pytest.raises(UserError):
            auth.login(shop.store, seller.id, "000000")
    with pytest.raises(PermissionDenied):
        auth.reset_pin(shop.store, seller.id, "604413", by=seller.id)
    auth.reset_pin(shop.store, seller.id, "604413", by=coordinator.id)
    assert auth.login(shop.store, seller.id, "604413").name == "Rosa Quispe"
    with pytest.raises(UserError):
        auth.login(shop.store, seller.id, SELLER_PIN)


def test_wrong_pins_typed_to_approve_count_toward_the_lock(shop, people):
    coordinator, _ = people
    for _ in range(5):
        with pytest.raises(UserError):
            auth.approve(shop.store, coordinator.id, "000000", "refund")
    with pytest.raises(UserError, match="bloqueada"):
        auth.approve(shop.store, coordinator.id, COORDINATOR_PIN, "refund")


def test_a_seller_cannot_approve(shop, people):
    _, seller = people
    with pytest.raises(PermissionDenied) as denied:
        auth.approve(shop.store, seller.id, SELLER_PIN, "refund")
    assert denied.value.permission == "refund"
    assert [u.name for u in auth.approvers(shop.store, "refund")] == ["Carmen Ayma"]


# -- every guarded service, called as a seller ------------------------------------------------


def _sale(shop, seller_id, approval=None, **line):
    return SaleRequest(
        (LineRequest(shop.bag, **line),), (Tender("cash", D("50")),), user_id=seller_id, approval=approval
    )


GUARDED = {
    "discount_over_limit": lambda shop, who, approval: record_sale(
        shop.store, _sale(shop, who, approval, discount=Discount(DiscountKind.PERCENT, D("20")))
    ),
    "price_change": lambda shop, who, approval: record_sale(
        shop.store, _sale(shop, who, approval, unit_price=D("40.00"))
    ),
    "refund": lambda shop, who, approval: refund(
        shop.store,
        RefundRequest(
            shop.sold,
            (RefundLine(history.get_sale(shop.store, shop.sold).lines[0].id, 1),),
            user_id=who,
            approval=approval,
        ),
    ),
    "edit_settings": lambda shop, who, approval: settings.update_settings(
        shop.store, who, approval, shop_name="Mama Killa Feria"
    ),
    "manage_users": lambda shop, who, approval: auth.create_user(
        shop.store, "Luz Mamani", "seller", "845120", by=who, approval=approval
    ),
    "open_drawer": lambda shop, who, approval: printers.open_drawer(shop.store, who, approval),
}


@pytest.fixture
def guarded_shop(shop, people):
    """The shop with one earlier sale to refund (``shop.sold``)."""
    number = record_sale(
        shop.store, SaleRequest((LineRequest(shop.bag),), (Tender("cash", D("45")),), user_id=SYSTEM_ID)
    ).number
    printers.save_printer_profile(shop.store, printers.PrinterProfile("escpos+tcp://127.0.0.1:9100"), user_id=SYSTEM_ID)
    return SimpleNamespace(**vars(shop), sold=number)


@pytest.mark.parametrize("permission", sorted(GUARDED))
def test_a_seller_is_refused_a_guarded_action(guarded_shop, people, probe, permission):
    _, seller = people
    before = probe.counts()
    with pytest.raises(PermissionDenied) as denied:
        GUARDED[permission](guarded_shop, seller.id, None)
    assert denied.value.permission == permission
    assert "Rosa Quispe necesita la aprobación de una coordinadora para" in str(denied.value)
    assert auth.PERMISSIONS[permission] in str(denied.value)
    assert probe.counts() == before  # nothing written, no receipt number used


@pytest.mark.parametrize("permission", sorted(GUARDED))
def test_a_coordinators_pin_approves_a_guarded_action_and_is_journaled(guarded_shop, people, permission):
    coordinator, seller = people
    approval = auth.approve(guarded_shop.store, coordinator.id, COORDINATOR_PIN, permission)
    GUARDED[permission](guarded_shop, seller.id, approval)

    approvals = journal_view.list_entries(guarded_shop.store, journal_view.JournalFilter(kind="approval")).rows
    assert approvals, "the approval is journaled"
    assert approvals[0].payload == {"permission": permission, "user": "Rosa Quispe", "approver": "Carmen Ayma"}
    assert approvals[0].actor == "Carmen Ayma"
    assert verify(guarded_shop.store) == []


@pytest.mark.parametrize("permission", sorted(GUARDED))
def test_a_coordinator_needs_no_approval(guarded_shop, people, permission):
    coordinator, _ = people
    GUARDED[permission](guarded_shop, coordinator.id, None)
    assert not journal_view.list_entries(guarded_shop.store, journal_view.JournalFilter(kind="approval")).rows


def test_a_forged_approval_is_refused(guarded_shop, people):
    coordinator, seller = people
    for forged in (Approval(coordinator.id, "000000"), Approval(seller.id, SELLER_PIN)):
        with pytest.raises(PermissionDenied, match="no es válida"):
            GUARDED["refund"](guarded_shop, seller.id, forged)


def test_a_small_discount_needs_no_approval(shop, people):
    _, seller = people
    request = _sale(shop, seller.id, discount=Discount(DiscountKind.PERCENT, D("10")))
    result = record_sale(shop.store, request)
    assert history.get_sale(shop.store, result.number).seller == "Rosa Quispe"


def test_twenty_percent_off_one_line_needs_approval_though_the_sale_gets_less(shop, people, probe):
    """The limit is the seller's per line: 20 % off the purse is over 10 %, whatever the bags cost."""
    coordinator, seller = people
    lines = (LineRequest(shop.bag, 4), LineRequest(shop.purse, 1, Discount(DiscountKind.PERCENT, D("20"))))
    request = SaleRequest(lines, (Tender("cash", D("200")),), user_id=seller.id)  # 4.51 off 202.55
    before = probe.counts()
    with pytest.raises(PermissionDenied) as denied:
        record_sale(shop.store, request)
    assert denied.value.permission == "discount_over_limit"
    assert probe.counts() == before
    approval = auth.approve(shop.store, coordinator.id, COORDINATOR_PIN, "discount_over_limit")
    result = record_sale(shop.store, replace(request, approval=approval))
    assert history.get_sale(shop.store, result.number).line_discounts == D("4.51")


def test_an_inactive_user_can_neither_log_in_nor_act(shop, people):
    coordinator, seller = people
    auth.set_active(shop.store, seller.id, False, by=coordinator.id)
    with pytest.raises(UserError, match="desconocido"):
        auth.login(shop.store, seller.id, SELLER_PIN)
    with pytest.raises(PermissionDenied, match="está desactivada"):
        settings.update_settings(shop.store, seller.id, shop_name="Otra")
    assert [u.name for u in auth.list_users(shop.store)] == ["Carmen Ayma"]
    assert len(auth.list_users(shop.store, include_inactive=True)) == 2


def test_the_last_coordinator_cannot_be_deactivated(shop, people):
    coordinator, _ = people
    with pytest.raises(UserError, match="única coordinadora"):
        auth.set_active(shop.store, coordinator.id, False, by=coordinator.id)
    second = auth.create_user(shop.store, "Nilda Choque", "coordinator", "845120", by=coordinator.id)
    auth.set_active(shop.store, coordinator.id, False, by=second.id)
    assert [u.name for u in auth.approvers(shop.store, "refund")] == ["Nilda Choque"]
