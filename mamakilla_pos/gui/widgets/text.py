"""Text shown as it is written in Spanish."""

from __future__ import annotations


def sentence(text: str) -> str:
    """A message as a sentence: capital first letter, the rest untouched.

    Service messages start in lower case (``"el precio no puede ser
    negativo"``) so that they read inside a longer text too; a label that
    shows one alone starts it with a capital.
    """
    return text[:1].upper() + text[1:]
