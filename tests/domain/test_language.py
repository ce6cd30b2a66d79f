"""How each language writes money, numbers, dates and names (domain/language.py)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mamakilla_pos.domain.language import LANGUAGES, TRUE_MINUS, Formats, check_language
from mamakilla_pos.domain.money import parse_money, quantize


@pytest.mark.parametrize(
    ("language", "expected"),
    [("es", "S/ 1,234.50"), ("en", "S/ 1,234.50"), ("fr", "1\u202f234,50\u00a0S/")],
)
def test_money_in_each_language(language, expected) -> None:
    assert Formats(language).money(D("1234.5")) == expected


def test_negative_and_dollar_amounts() -> None:
    assert Formats("es").money(D("-5")) == "-S/ 5.00"
    assert Formats("en").money(D("20"), "USD") == "US$ 20.00"
    assert Formats("fr").money(D("-20"), "USD") == "-20,00\u00a0US$"


def test_dates_names_methods_and_percentages() -> None:
    es, en, fr = Formats("es"), Formats("en"), Formats("fr")
    assert (es.day(date(2026, 3, 5)), en.day(date(2026, 3, 5)), fr.day(date(2026, 3, 5))) == (
        "05/03/2026",
        "2026-03-05",
        "05/03/2026",
    )
    assert en.moment(datetime(2026, 3, 5, 14, 7)) == "2026-03-05 14:07"
    assert es.names(["Rosa", "Ana", "Luz"]) == "Rosa, Ana y Luz"
    assert en.names(["Rosa", "Ana"]) == "Rosa and Ana"
    assert fr.names(["Rosa"]) == "Rosa"
    assert (es.method("usd"), en.method("usd"), fr.method("usd")) == ("Dólares", "US dollars", "Dollars US")
    assert (es.percent(D("0.45")), en.percent(D("0.45"))) == ("45.0\u00a0%", "45.0%")


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="idioma"):
        check_language("qu")


@given(st.integers(min_value=-(10**9), max_value=10**9), st.sampled_from(["es", "en", "fr"]))
def test_money_written_in_any_language_reads_back_exactly(cents, language) -> None:
    value = D(cents) / 100
    assert parse_money(Formats(language).money(value)) == value


def test_whole_amounts_and_short_days() -> None:
    assert Formats("es").money(D("20"), places=0) == "S/ 20"
    assert Formats("en").money(D("100"), "USD", places=0) == "US$ 100"
    assert Formats("fr").money(D("1000"), places=0) == "1\u202f000\u00a0S/"
    assert Formats("fr").money(D("0.5"), places=2) == Formats("fr").money(D("0.5")) == "0,50\u00a0S/"
    assert Formats("es").short_day(date(2026, 3, 5)) == "05/03/26"
    assert Formats("fr").short_day(date(2026, 3, 5)) == "05/03/26"
    assert Formats("en").short_day(date(2026, 3, 5)) == "2026-03-05"


@given(st.decimals(min_value=-(10**9), max_value=10**9, allow_nan=False, places=3), st.sampled_from(LANGUAGES))
def test_money_writes_what_its_amount_writes(value, language):
    """Money in two places is the currency around :meth:`Formats.amount` of the amount's size."""
    formats = Formats(language, TRUE_MINUS)
    amount = quantize(value)
    figures = formats.amount(abs(amount))
    sign = TRUE_MINUS if amount < 0 else ""
    expected = f"{sign}{figures}\u00a0S/" if language == "fr" else f"{sign}S/ {figures}"
    assert formats.money(value) == expected
