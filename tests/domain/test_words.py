"""Amounts in Spanish words (the payout slip's "Son: …" line)."""

from __future__ import annotations

import re
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mamakilla_pos.domain.words import LIMIT, amount_in_words, integer_in_words

# -- examples --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("123.45", "ciento veintitrés con 45/100 soles"),
        ("0", "cero con 00/100 soles"),
        ("0.05", "cero con 05/100 soles"),
        ("1", "uno con 00/100 soles"),
        ("1.10", "uno con 10/100 soles"),
        ("21", "veintiuno con 00/100 soles"),
        ("100", "cien con 00/100 soles"),
        ("101", "ciento uno con 00/100 soles"),
        ("1000", "mil con 00/100 soles"),
        ("1001", "mil uno con 00/100 soles"),
        ("2000000", "dos millones con 00/100 soles"),
        ("45.90", "cuarenta y cinco con 90/100 soles"),
        ("16.20", "dieciséis con 20/100 soles"),
        ("21000", "veintiún mil con 00/100 soles"),
        ("1000000", "un millón con 00/100 soles"),
        ("1234.56", "mil doscientos treinta y cuatro con 56/100 soles"),
    ],
)
def test_amounts_as_written_on_a_cheque(amount, words):
    assert amount_in_words(D(amount)) == words


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (11, "once"),
        (15, "quince"),
        (16, "dieciséis"),
        (20, "veinte"),
        (22, "veintidós"),
        (23, "veintitrés"),
        (26, "veintiséis"),
        (30, "treinta"),
        (31, "treinta y uno"),
        (99, "noventa y nueve"),
        (110, "ciento diez"),
        (121, "ciento veintiuno"),
        (200, "doscientos"),
        (500, "quinientos"),
        (555, "quinientos cincuenta y cinco"),
        (700, "setecientos"),
        (900, "novecientos"),
        (1021, "mil veintiuno"),
        (2000, "dos mil"),
        (31000, "treinta y un mil"),
        (100000, "cien mil"),
        (101000, "ciento un mil"),
        (121000, "ciento veintiún mil"),
        (500000, "quinientos mil"),
        (1000001, "un millón uno"),
        (21000000, "veintiún millones"),
        (1000000000, "mil millones"),
        (1001000000, "mil un millones"),
        (10**12, "un billón"),
        (2 * 10**12 + 21 * 10**6 + 21, "dos billones veintiún millones veintiuno"),
    ],
)
def test_whole_numbers(n, words):
    assert integer_in_words(n) == words


def test_centimos_are_rounded_half_up():
    assert amount_in_words(D("0.005")) == "cero con 01/100 soles"
    assert amount_in_words(D("999.995")) == "mil con 00/100 soles"
    assert amount_in_words("12.344") == "doce con 34/100 soles"


def test_negative_amounts_and_other_currencies():
    assert amount_in_words(D("-13.50")) == "menos trece con 50/100 soles"
    assert amount_in_words(D("-0.001")) == "cero con 00/100 soles"
    assert amount_in_words(D("20"), "dólares americanos") == "veinte con 00/100 dólares americanos"


def test_refuses_floats_and_what_cannot_be_written():
    with pytest.raises(TypeError):
        amount_in_words(12.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        amount_in_words(D("NaN"))
    with pytest.raises(ValueError):
        amount_in_words(D("Infinity"))
    with pytest.raises(ValueError):
        integer_in_words(-1)
    with pytest.raises(ValueError):
        integer_in_words(LIMIT)


# -- properties ------------------------------------------------------------------------------

_VALUES = {
    "cero": 0,
    "un": 1,
    "uno": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "once": 11,
    "doce": 12,
    "trece": 13,
    "catorce": 14,
    "quince": 15,
    "dieciséis": 16,
    "diecisiete": 17,
    "dieciocho": 18,
    "diecinueve": 19,
    "veinte": 20,
    "veintiún": 21,
    "veintiuno": 21,
    "veintidós": 22,
    "veintitrés": 23,
    "veinticuatro": 24,
    "veinticinco": 25,
    "veintiséis": 26,
    "veintisiete": 27,
    "veintiocho": 28,
    "veintinueve": 29,
    "treinta": 30,
    "cuarenta": 40,
    "cincuenta": 50,
    "sesenta": 60,
    "setenta": 70,
    "ochenta": 80,
    "noventa": 90,
    "cien": 100,
    "ciento": 100,
    "doscientos": 200,
    "trescientos": 300,
    "cuatrocientos": 400,
    "quinientos": 500,
    "seiscientos": 600,
    "setecientos": 700,
    "ochocientos": 800,
    "novecientos": 900,
}
_SCALES = {"mil": 10**3, "millón": 10**6, "millones": 10**6, "billón": 10**12, "billones": 10**12}


def _read_back(words: str) -> int:
    """An independent reader of Spanish numbers, to check the writer against."""
    total = 0  # finished groups (millions, billions)
    group = 0  # the part below the next million
    small = 0  # the part below the next thousand
    for word in words.split():
        if word == "y":
            continue
        if word in _VALUES:
            small += _VALUES[word]
        elif word == "mil":
            group += (small or 1) * 1000
            small = 0
        elif word in _SCALES:
            # "mil millones": the thousands read so far count millions too
            total += (group + small) * _SCALES[word]
            group = small = 0
        else:
            raise AssertionError(f"unknown word {word!r} in {words!r}")
    return total + group + small


@given(st.integers(min_value=0, max_value=LIMIT - 1))
def test_every_number_reads_back(n):
    words = integer_in_words(n)
    assert _read_back(words) == n
    assert "  " not in words and words == words.strip()


@given(st.integers(min_value=0, max_value=LIMIT - 1))
def test_the_short_forms_come_only_before_a_noun(n):
    words = integer_in_words(n).split()
    for position, word in enumerate(words):
        if word in ("un", "veintiún"):
            assert words[position + 1] in {"mil", "millón", "millones", "billón", "billones"}
        if word in ("uno", "veintiuno"):
            assert position == len(words) - 1 or words[position + 1] not in _SCALES
    assert words[-1] not in ("un", "veintiún")


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_amounts_keep_every_centimo(cents):
    amount = D(cents) / 100
    words = amount_in_words(amount)
    match = re.fullmatch(r"(.+) con (\d\d)/100 soles", words)
    assert match is not None, words
    assert _read_back(match.group(1)) * 100 + int(match.group(2)) == cents
