"""Text as searching compares it."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case without accents, for searching: ``Huamán`` → ``huaman``."""
    if text.isascii():  # nothing to decompose (and the common case: codes, typed searches)
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
