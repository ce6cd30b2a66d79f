"""Amounts in English and French words (the payout slip's "Son: …" line in those languages)."""

from __future__ import annotations

import re
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mamakilla_pos.domain.words import LIMIT, amount_in_words, integer_in_words

# -- examples, checked by hand ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "english", "french"),
    [
        ("123.45", "one hundred twenty-three and 45/100 soles", "cent vingt-trois et 45/100 soles"),
        ("0", "zero and 00/100 soles", "zéro et 00/100 soles"),
        ("0.05", "zero and 05/100 soles", "zéro et 05/100 soles"),
        ("1", "one and 00/100 soles", "un et 00/100 soles"),
        ("21", "twenty-one and 00/100 soles", "vingt et un et 00/100 soles"),
        ("71", "seventy-one and 00/100 soles", "soixante et onze et 00/100 soles"),
        ("80", "eighty and 00/100 soles", "quatre-vingts et 00/100 soles"),
        ("81", "eighty-one and 00/100 soles", "quatre-vingt-un et 00/100 soles"),
        ("99", "ninety-nine and 00/100 soles", "quatre-vingt-dix-neuf et 00/100 soles"),
        ("100", "one hundred and 00/100 soles", "cent et 00/100 soles"),
        ("101", "one hundred one and 00/100 soles", "cent un et 00/100 soles"),
        ("200", "two hundred and 00/100 soles", "deux cents et 00/100 soles"),
        ("201", "two hundred one and 00/100 soles", "deux cent un et 00/100 soles"),
        ("1000", "one thousand and 00/100 soles", "mille et 00/100 soles"),
        ("1001", "one thousand one and 00/100 soles", "mille un et 00/100 soles"),
        ("1000000", "one million and 00/100 soles", "un million et 00/100 soles"),
        ("2000000.05", "two million and 05/100 soles", "deux millions et 05/100 soles"),
        ("67.20", "sixty-seven and 20/100 soles", "soixante-sept et 20/100 soles"),
        (
            "1234.56",
            "one thousand two hundred thirty-four and 56/100 soles",
            "mille deux cent trente-quatre et 56/100 soles",
        ),
    ],
)
def test_amounts_as_written_on_a_cheque(amount, english, french):
    assert amount_in_words(D(amount), language="en") == english
    assert amount_in_words(D(amount), language="fr") == french


@pytest.mark.parametrize(
    ("n", "english", "french"),
    [
        (11, "eleven", "onze"),
        (16, "sixteen", "seize"),
        (17, "seventeen", "dix-sept"),
        (20, "twenty", "vingt"),
        (22, "twenty-two", "vingt-deux"),
        (31, "thirty-one", "trente et un"),
        (41, "forty-one", "quarante et un"),
        (61, "sixty-one", "soixante et un"),
        (70, "seventy", "soixante-dix"),
        (72, "seventy-two", "soixante-douze"),
        (79, "seventy-nine", "soixante-dix-neuf"),
        (90, "ninety", "quatre-vingt-dix"),
        (91, "ninety-one", "quatre-vingt-onze"),
        (180, "one hundred eighty", "cent quatre-vingts"),
        (181, "one hundred eighty-one", "cent quatre-vingt-un"),
        (300, "three hundred", "trois cents"),
        (999, "nine hundred ninety-nine", "neuf cent quatre-vingt-dix-neuf"),
        (2000, "two thousand", "deux mille"),
        (21000, "twenty-one thousand", "vingt et un mille"),
        (80000, "eighty thousand", "quatre-vingt mille"),
        (81000, "eighty-one thousand", "quatre-vingt-un mille"),
        (100000, "one hundred thousand", "cent mille"),
        (200000, "two hundred thousand", "deux cent mille"),
        (200200, "two hundred thousand two hundred", "deux cent mille deux cents"),
        (1000001, "one million one", "un million un"),
        (80000000, "eighty million", "quatre-vingts millions"),
        (200000000, "two hundred million", "deux cents millions"),
        (10**9, "one billion", "un milliard"),
        (3 * 10**9 + 80, "three billion eighty", "trois milliards quatre-vingts"),
        (10**12, "one trillion", "un billion"),
        (2 * 10**15, "two quadrillion", "deux billiards"),
    ],
)
def test_whole_numbers(n, english, french):
    assert integer_in_words(n, "en") == english
    assert integer_in_words(n, "fr") == french


def test_spanish_stays_the_default():
    assert amount_in_words(D("21")) == amount_in_words(D("21"), language="es") == "veintiuno con 00/100 soles"
    assert integer_in_words(1001) == "mil uno"


def test_negative_amounts_other_currencies_and_rounding():
    assert amount_in_words(D("-13.50"), language="en") == "minus thirteen and 50/100 soles"
    assert amount_in_words(D("-13.50"), language="fr") == "moins treize et 50/100 soles"
    assert amount_in_words(D("-0.001"), language="fr") == "zéro et 00/100 soles"
    assert amount_in_words(D("20"), "US dollars", "en") == "twenty and 00/100 US dollars"
    assert amount_in_words("999.995", language="fr") == "mille et 00/100 soles"


def test_refuses_what_cannot_be_written():
    with pytest.raises(TypeError):
        amount_in_words(12.5, language="en")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        amount_in_words(D("NaN"), language="fr")
    with pytest.raises(ValueError):
        integer_in_words(LIMIT, "en")
    with pytest.raises(ValueError):
        integer_in_words(-1, "fr")
    with pytest.raises(ValueError, match="idioma"):
        amount_in_words(D(1), language="de")


# -- properties: independent readers check the writers ---------------------------------------

_EN_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
_EN_TEENS = "seventeen eighteen nineteen"
_EN_VALUES = {word: value for value, word in enumerate(f"{_EN_ONES} {_EN_TEENS}".split(" "))} | {
    word: 10 * (i + 2)
    for i, word in enumerate(("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"))
}
_EN_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12, "quadrillion": 10**15}

_FR_ONES = "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize"
_FR_VALUES = {word: value for value, word in enumerate(_FR_ONES.split(" "))} | {
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
}
_FR_SCALES = {"million": 10**6, "milliard": 10**9, "billion": 10**12, "billiard": 10**15}


def _read_english(words: str) -> int:
    total = small = 0
    for word in re.split(r"[ -]", words):
        if word in _EN_VALUES:
            small += _EN_VALUES[word]
        elif word == "hundred":
            small *= 100
        elif word in _EN_SCALES:
            total += small * _EN_SCALES[word]
            small = 0
        else:
            raise AssertionError(f"unknown word {word!r} in {words!r}")
    return total + small


def _read_french(words: str) -> int:
    total = group = small = 0
    previous = ""
    for word in re.split(r"[ -]", words):
        if word == "et":
            pass
        elif word in ("vingt", "vingts") and previous == "quatre":
            small += 80 - 4  # quatre-vingt: four twenties
        elif word in _FR_VALUES:
            small += _FR_VALUES[word]
        elif word in ("cent", "cents"):
            small = (small or 1) * 100
        elif word == "mille":
            group += (small or 1) * 1000
            small = 0
        elif word.rstrip("s") in _FR_SCALES:
            total += (group + small) * _FR_SCALES[word.rstrip("s")]
            group = small = 0
        else:
            raise AssertionError(f"unknown word {word!r} in {words!r}")
        previous = word
    return total + group + small


@given(st.integers(min_value=0, max_value=LIMIT - 1))
def test_every_english_number_reads_back(n):
    words = integer_in_words(n, "en")
    assert _read_english(words) == n
    assert "  " not in words and words == words.strip() and " and " not in words


@given(st.integers(min_value=0, max_value=LIMIT - 1))
def test_every_french_number_reads_back(n):
    words = integer_in_words(n, "fr")
    assert _read_french(words) == n
    assert "  " not in words and words == words.strip()


@given(st.integers(min_value=0, max_value=LIMIT - 1))
def test_french_agreement_rules(n):
    words = integer_in_words(n, "fr").split()
    nouns = {"millions", "milliards", "billions", "billiards"}
    for position, word in enumerate(words):
        following = words[position + 1] if position + 1 < len(words) else ""
        # "cents" and "quatre-vingts" only when last or before a noun; bare otherwise.
        if word in ("cents", "quatre-vingts"):
            assert following in {"", *nouns} or following.rstrip("s") in _FR_SCALES, words
        if word == "cent" and position > 0 and words[position - 1] in _FR_VALUES and words[position - 1] != "et":
            assert following not in {"", *nouns}, words
        if word == "quatre-vingt":
            assert following not in {"", *nouns}, words
        # "et" joins only un and onze to the tens, never after quatre-vingt.
        if word == "et":
            assert following in ("un", "onze") and words[position - 1] in (
                "vingt",
                "trente",
                "quarante",
                "cinquante",
                "soixante",
            ), words
        # The plural noun goes with more than one, the singular with "un".
        if word in _FR_SCALES:
            assert words[position - 1] == "un", words
        # "mille" is invariable, and a thousand on its own is "mille", not "un mille".
        assert word != "milles", words
        if word == "un" and following == "mille":
            assert position > 0 and words[position - 1] not in nouns | set(_FR_SCALES), words


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["es", "en", "fr"]))
def test_the_words_end_with_the_centimos(cents, language):
    whole, fraction = divmod(cents, 100)
    words = amount_in_words(D(cents) / 100, language=language)
    joint = {"es": "con", "en": "and", "fr": "et"}[language]
    assert words == f"{integer_in_words(whole, language)} {joint} {fraction:02d}/100 soles"
