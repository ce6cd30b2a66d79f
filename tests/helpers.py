"""Plain helpers that tests of several folders share; fixtures stay in the ``conftest.py`` files.

Test modules run with ``--import-mode=importlib`` and cannot import one
another; ``pythonpath`` in ``pyproject.toml`` puts this folder on
``sys.path``, so a test module imports these as ``from helpers import …``.
"""

from __future__ import annotations

import io
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pypdf

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.domain.pricing import NO_DISCOUNT, CartLine, Discount, price_cart
from mamakilla_pos.services import cash
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.catalogue import find_item
from mamakilla_pos.services.sales import LineRequest, SaleRequest, SaleResult, record_sale
from mamakilla_pos.store import Store


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


def photo_bytes(
    width: int, height: int, colour: tuple[int, ...] = (200, 60, 40), kind: str = "JPEG", mode: str = "RGB", **save: Any
) -> bytes:
    """A picture file's bytes made with Pillow: ``width`` × ``height`` of ``colour``, a white square in
    its top-left quarter (so a test sees which way up it came out), saved as ``kind`` (``JPEG``, ``PNG``…)
    with any of Pillow's ``save`` options (``exif=…``)."""
    from PIL import Image, ImageDraw

    image = Image.new(mode, (width, height), colour if mode != "L" else colour[0])
    ImageDraw.Draw(image).rectangle((0, 0, width // 4, height // 4), fill="white" if mode != "CMYK" else (0, 0, 0, 0))
    out = io.BytesIO()
    image.save(out, kind, **save)
    return out.getvalue()


def sell(
    store: Store,
    *parts: str | tuple[str, int] | Tender,
    method: str = "card",
    at: datetime | None = None,
    discount: Discount = NO_DISCOUNT,
    **request: Any,
) -> SaleResult:
    """Record a sale through the till's own service: ``sell(store, "BAG001", ("PUR001", 2), Tender("cash", D("100")))``.

    ``parts`` are the lines (an item code for one unit, or ``(code, units)``)
    and the tenders, in any order. Without tenders (and without ``paid_with``)
    the total is paid in full by ``method`` (card by default; Yape and Plin
    with an operation number), the total worked out from the items' prices
    by the domain's own pricing. ``at`` is when the sale was made, ``discount``
    the order discount; ``request`` takes any other field of
    :class:`~mamakilla_pos.services.sales.SaleRequest` (``user_id``,
    ``location_code``, ``number``…). A closed till is opened first (no
    float, by the program), as the sale screen asks the seller to; a paper
    sale (``number``) needs none.
    """
    tenders = tuple(part for part in parts if isinstance(part, Tender))
    lines = tuple(
        LineRequest(part) if isinstance(part, str) else LineRequest(*part)
        for part in parts
        if not isinstance(part, Tender)
    )
    if not tenders and "paid_with" not in request:
        priced = price_cart(
            [CartLine(line.quantity, find_item(store, line.item_code).price) for line in lines], discount
        )
        tenders = (Tender(method, priced.total, "1" if method in ("yape", "plin") else ""),)
    if not request.get("number") and cash.current_session(store) is None:
        cash.open_session(store, user_id=SYSTEM_ID)  # as the sale screen does: a closed till is opened first
    request.setdefault("user_id", SYSTEM_ID)  # nobody named is refused: the program sells unless told who
    return record_sale(store, SaleRequest(lines, tenders, discount, created_at=at, **request))
