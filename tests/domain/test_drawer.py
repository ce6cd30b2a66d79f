"""A drawer's expected cash, and what may be taken out of it (DESIGN.md §4 rules 8, 10)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mamakilla_pos.domain.drawer import DrawerFigures, DrawerShort, check_can_take, expected_cash

D = Decimal
amounts = st.integers(0, 10**7).map(lambda n: Decimal(n).scaleb(-2))


def test_expected_cash_by_hand():
    # Float 100, received 270.75 (sales 290.75 less a 20.00 refund), change 12.00,
    # in 50, out 10, a payout of 751.30 … from a drawer that also got 400 in.
    drawer = DrawerFigures(
        "PEN",
        D("100.00"),
        sales=D("290.75"),
        refunds=D("20.00"),
        change=D("12.00"),
        cash_in=D("450.00"),
        cash_out=D("10.00"),
        payouts=D("751.30"),
    )
    assert drawer.received == D("270.75")
    assert drawer.expected == D("47.45")
    assert drawer.difference is None
    counted = DrawerFigures(**{**drawer.__dict__, "counted": D("47.45")})
    assert counted.difference == D("0.00")


def test_a_drawer_may_not_give_more_than_it_holds():
    drawer = DrawerFigures("PEN", D("50.00"), sales=D("52.30"))
    check_can_take(drawer, D("102.30"))
    with pytest.raises(DrawerShort) as short:
        check_can_take(drawer, D("500.00"))
    assert (short.value.amount, short.value.available, short.value.currency) == (D("500.00"), D("102.30"), "PEN")
    with pytest.raises(DrawerShort):
        check_can_take(DrawerFigures("USD", D("0.00")), D("0.01"))


def test_two_sessions_add_up():
    a = DrawerFigures("USD", D("20.00"), sales=D("14.00"), counted=D("34.00"))
    b = DrawerFigures("USD", D("0.00"), sales=D("5.00"))
    assert (a + b).expected == D("39.00")
    assert (a + b).counted is None
    with pytest.raises(ValueError):
        _ = a + DrawerFigures("PEN", D("0"))


@given(amounts, amounts, amounts, amounts, amounts, amounts, amounts)
def test_expected_is_float_plus_received_less_change_plus_in_less_out_less_payouts(
    opening, sales, refunds, change, cash_in, cash_out, payouts
):
    drawer = DrawerFigures("PEN", opening, sales, change, refunds, cash_in, cash_out, payouts)
    assert drawer.expected == opening + (sales - refunds) - change + cash_in - cash_out - payouts
    assert drawer.expected == expected_cash(opening, drawer.received, change, cash_in, cash_out, payouts)
