"""Money: quantize, parse_money, format_money and to_json (DESIGN.md §4.1)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import cents_to_money
from hypothesis import given
from hypothesis import strategies as st

from mamakilla_pos.domain.money import (
    CENT,
    ZERO,
    MoneyError,
    format_amount,
    format_money,
    parse_money,
    quantize,
    to_json,
)

D = Decimal


money = st.integers(min_value=-(10**11), max_value=10**11).map(cents_to_money)


# --- quantize -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (D("0.005"), D("0.01")),
        (D("0.004"), D("0.00")),
        (D("0.015"), D("0.02")),
        (D("0.025"), D("0.03")),  # half up, not banker's rounding
        (D("2.675"), D("2.68")),
        (D("1.0049999"), D("1.00")),
        (D("-0.005"), D("-0.01")),  # half away from zero for negatives
        (D("-2.675"), D("-2.68")),
        (D("67.55"), D("67.55")),
        (D("10"), D("10.00")),
        (7, D("7.00")),
        ("3.14159", D("3.14")),
        ("0", D("0.00")),
    ],
)
def test_quantize_rounds_half_up_to_the_centimo(value, expected):
    result = quantize(value)
    assert result == expected
    assert result.as_tuple().exponent == -2


@pytest.mark.parametrize("value", [0.1, 1.0, 0.0, -2.5, 67.55, float("nan"), float("inf")])
def test_quantize_refuses_floats(value):
    with pytest.raises(TypeError):
        quantize(value)


@pytest.mark.parametrize("value", [D("-0"), D("-0.00"), D("-0.001"), D("-0.0049"), "-0"])
def test_quantize_never_returns_negative_zero(value):
    result = quantize(value)
    assert result == ZERO
    assert not result.is_signed()
    assert str(result) == "0.00"


def test_constants():
    assert D("0.01") == CENT
    assert D("0") == ZERO
    assert str(ZERO) == "0.00"


@given(money)
def test_quantize_keeps_whole_centimos_unchanged(amount):
    assert quantize(amount) == amount
    assert quantize(quantize(amount)) == quantize(amount)


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_quantize_is_within_half_a_centimo(mils):
    value = Decimal(mils).scaleb(-3)
    result = quantize(value)
    assert result.as_tuple().exponent == -2
    assert abs(result - value) <= D("0.005")
    # Exactly half a céntimo goes away from zero.
    if mils % 10 == 5:
        assert abs(result) > abs(value)


# --- parse_money --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25", D("25.00")),
        ("25.5", D("25.50")),
        ("25,50", D("25.50")),
        ("25,5", D("25.50")),
        ("S/ 1,234.50", D("1234.50")),
        ("S/1,234.50", D("1234.50")),
        ("s/ 12", D("12.00")),
        ("1 234,50", D("1234.50")),
        ("1.234,50", D("1234.50")),
        ("1,234,567.89", D("1234567.89")),
        ("1.234.567,89", D("1234567.89")),
        ("  7.00  ", D("7.00")),
        ("\u00a012,50\u00a0", D("12.50")),
        ("1\u00a0234,50", D("1234.50")),
        ("1\u202f234,50\u00a0S/", D("1234.50")),
        ("0", D("0.00")),
        ("-5", D("-5.00")),
        ("+5", D("5.00")),
        ("-S/ 5.00", D("-5.00")),
        (".5", D("0.50")),
        (",5", D("0.50")),
        ("25.", D("25.00")),
        ("0.01", D("0.01")),
        ("67.55", D("67.55")),
    ],
)
def test_parse_money_accepts_usual_spellings(text, expected):
    result = parse_money(text)
    assert result == expected
    assert result.as_tuple().exponent == -2


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "S/",
        "12a",
        "1.2.3",
        "1,2,3",
        "12..5",
        "--5",
        "+-5",
        "1e3",
        "1E3",
        "NaN",
        "Infinity",
        "inf",
        "0x10",
        "1.234",  # three decimals after a dot
        "1,234",  # a lone comma is a decimal mark: three decimals
        "0.001",
        "12,345",
        "9" * 40,  # beyond Decimal precision: still a MoneyError, not a crash
        "9" * 27 + ".99",
    ],
)
def test_parse_money_refuses_non_amounts(text):
    with pytest.raises(MoneyError):
        parse_money(text)


def test_money_error_is_a_value_error():
    assert issubclass(MoneyError, ValueError)


def test_parse_money_negative_zero_is_plain_zero():
    assert str(parse_money("-0")) == "0.00"
    assert to_json(parse_money("-0,00")) == "0.00"


@given(st.text())
def test_parse_money_only_ever_raises_money_error(text):
    try:
        result = parse_money(text)
    except MoneyError:
        return
    assert isinstance(result, Decimal)
    assert result == quantize(result)


@given(st.text(alphabet="0123456789.,+- S/s\u00a0", max_size=40))
def test_parse_money_on_number_like_text(text):
    try:
        result = parse_money(text)
    except MoneyError:
        return
    assert result.as_tuple().exponent == -2
    assert result.is_finite()


@given(money)
def test_parse_money_round_trips_format_money(amount):
    assert parse_money(format_money(amount)) == amount


@given(money)
def test_parse_money_round_trips_to_json(amount):
    assert parse_money(to_json(amount)) == amount


@given(money)
def test_parse_money_reads_comma_decimals(amount):
    assert parse_money(f"{amount:.2f}".replace(".", ",")) == amount
    # Dot thousands with a comma decimal, as typed in Peru.
    dotted = f"{amount:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    assert parse_money(dotted) == amount


# --- format_money / format_amount / to_json ------------------------------------


@pytest.mark.parametrize(
    ("value", "currency", "expected"),
    [
        (D("1234.5"), "PEN", "S/ 1,234.50"),
        (D("0"), "PEN", "S/ 0.00"),
        (D("0.05"), "PEN", "S/ 0.05"),
        (D("67.55"), "PEN", "S/ 67.55"),
        (D("1234567.891"), "PEN", "S/ 1,234,567.89"),
        (D("-5"), "PEN", "-S/ 5.00"),
        (D("-1234.5"), "PEN", "-S/ 1,234.50"),
        (D("20"), "USD", "US$ 20.00"),
        (D("-20"), "USD", "-US$ 20.00"),
        (D("0.005"), "PEN", "S/ 0.01"),
    ],
)
def test_format_money(value, currency, expected):
    assert format_money(value, currency) == expected


def test_format_money_defaults_to_soles():
    assert format_money(D("3")) == "S/ 3.00"


@pytest.mark.parametrize("value", [D("-0"), D("-0.00"), D("-0.001"), D("-0.004")])
def test_format_money_never_shows_negative_zero(value):
    assert format_money(value) == "S/ 0.00"
    assert format_amount(value) == "0.00"
    assert to_json(value) == "0.00"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (D("1234.5"), "1,234.50"),
        (D("0"), "0.00"),
        (D("-7.1"), "-7.10"),
        (D("999.995"), "1,000.00"),
    ],
)
def test_format_amount(value, expected):
    assert format_amount(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (D("123.45"), "123.45"),
        (D("5"), "5.00"),
        (D("0.005"), "0.01"),
        (D("-3.5"), "-3.50"),
        (D("1234567.89"), "1234567.89"),
        (D("0"), "0.00"),
    ],
)
def test_to_json(value, expected):
    assert to_json(value) == expected


@pytest.mark.parametrize("func", [format_money, format_amount, to_json])
def test_formatting_refuses_floats(func):
    with pytest.raises(TypeError):
        func(1.5)


@given(money)
def test_to_json_has_exactly_two_decimals_and_no_grouping(amount):
    text = to_json(amount)
    whole, _, frac = text.lstrip("-").partition(".")
    assert len(frac) == 2
    assert whole.isdigit()
    assert Decimal(text) == amount


@given(money)
def test_format_money_sign_and_symbol(amount):
    text = format_money(amount)
    if amount < 0:
        assert text.startswith("-S/ ")
    else:
        assert text.startswith("S/ ")
    assert format_money(amount, "USD").replace("US$", "S/") == text
