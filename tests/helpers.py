"""Plain helpers that tests of several folders share; fixtures stay in the ``conftest.py`` files.

Test modules run with ``--import-mode=importlib`` and cannot import one
another; ``pythonpath`` in ``pyproject.toml`` puts this folder on
``sys.path``, so a test module imports these as ``from helpers import …``.
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pypdf


def cents_to_money(cents: int) -> Decimal:
    """The exact amount of ``cents`` céntimos, with two decimal places: ``2255`` → ``Decimal("22.55")``."""
    return Decimal(cents).scaleb(-2)


def page_texts(pdf: bytes | Path) -> list[str]:
    """The text of each page of a PDF (its bytes or its file), every run of white space made one space.

    Runs of white space include the line breaks of wrapped text and no-break
    spaces, so ``"TOTAL S/ 67.55" in text`` holds however the line was laid out.
    """
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    assert data.startswith(b"%PDF"), "not a PDF"
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def pdf_text(pdf: bytes | Path) -> str:
    """All the text of a PDF (its bytes or its file), pages joined, every run of white space one space."""
    return " ".join(" ".join(page_texts(pdf)).split())
