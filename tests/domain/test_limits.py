"""Bounds on what is typed at the till."""

from __future__ import annotations

from decimal import Decimal

from mamakilla_pos.domain.limits import LARGE_LINE_QUANTITY, is_large_quantity, large_float_drawers


def test_a_quantity_above_twenty_is_large():
    assert LARGE_LINE_QUANTITY == 20
    assert not is_large_quantity(20)
    assert is_large_quantity(21) and is_large_quantity(1234)


def test_a_float_of_millions_is_large_a_fairs_float_is_not():
    assert large_float_drawers({"PEN": Decimal("350.00"), "USD": Decimal("40")}) == []
    assert large_float_drawers({"PEN": Decimal("19999800.00"), "USD": Decimal("0")}) == ["PEN"]
    assert large_float_drawers({"PEN": Decimal("2000.00"), "USD": Decimal("500.01")}) == ["USD"]
