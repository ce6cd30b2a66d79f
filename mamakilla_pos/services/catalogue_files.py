"""The catalogue's files: the photo PDF, the partner line sheet, the cards, the Meta feed.

Imported only when one of them is made (it loads ReportLab and Pillow).

Each is made from :func:`.catalogue_docs.catalogue_entries`; pictures are
read a page (or a card) at a time. Cards are named as the feed's
``image_link`` expects (``P00012-bolso-bordado-inti.png``), so the folder
written by ``--cards`` is what goes online under the image address set in
Ajustes.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from ..documents.cards import Card, square_card, story_card
from ..documents.catalogue_pdf import Contact, Listed
from ..documents.catalogue_pdf import catalogue_pdf as build_catalogue
from ..documents.line_sheet import LineSheetRow
from ..documents.line_sheet import line_sheet_pdf as build_line_sheet
from ..domain.consignment import CommissionError, commission_percent
from ..domain.language import TRUE_MINUS, Formats
from ..store import Store
from . import photos
from .catalogue_docs import CatalogueChoice, CatalogueEntry, ShopContact, catalogue_entries, shop_contact
from .clock import now
from .errors import UserError
from .exports import write_bytes

FEED_COLUMNS = ("id", "title", "description", "availability", "condition", "price", "link", "image_link", "brand")
"""The Meta catalogue feed's columns (DESIGN.md §10)."""

Progress = Callable[[int, int], object]
SPANISH = Formats("es", TRUE_MINUS)


@dataclass(frozen=True)
class CardFiles:
    """The cards written for one product: the square post and the story."""

    entry: CatalogueEntry
    square: Path
    story: Path | None


def card_name(entry: CatalogueEntry, story: bool = False) -> str:
    """The file name of a product's card: ``P00012-bolso-bordado-inti.png`` (``…-historia.png`` for the story)."""
    return f"{entry.feed_id}-{entry.slug}{'-historia' if story else ''}.png"


def _contact(shop: ShopContact) -> Contact:
    return Contact(shop.name, shop.address, shop.phone, shop.instagram_url, shop.instagram_handle)


def _listed(entry: CatalogueEntry) -> Listed:
    return Listed(entry.product_id, entry.name, entry.category, entry.price, entry.credit)


def _require(entries: Sequence[CatalogueEntry]) -> None:
    if not entries:
        raise UserError("no hay productos a la venta que listar")


def catalogue_pdf(store: Store, choice: CatalogueChoice | None = None, progress: Progress | None = None) -> bytes:
    """The photo catalogue (A4, six products a page, by category) as PDF bytes.

    Raises:
        UserError: no product to list, or a category or product chosen that does not exist.
    """
    entries = catalogue_entries(store, choice)
    _require(entries)
    return build_catalogue(
        [_listed(e) for e in entries],
        _contact(shop_contact(store)),
        lambda ids: photos.main_large(store, ids),
        now().date(),
        progress,
    )


def line_sheet_pdf(
    store: Store, commission: Decimal | str, choice: CatalogueChoice | None = None, progress: Progress | None = None
) -> bytes:
    """The line sheet for partner shops keeping ``commission`` percent, as PDF bytes.

    Raises:
        UserError: a commission that is not a percentage, no product to list, or a choice that does not exist.
    """
    try:
        rate = commission_percent(commission)
    except CommissionError as exc:
        raise UserError(str(exc)) from None
    entries = catalogue_entries(store, choice)
    _require(entries)
    return build_line_sheet(
        [LineSheetRow(_listed(e), e.codes) for e in entries],
        _contact(shop_contact(store)),
        rate,
        lambda ids: photos.main_tiles(store, ids),
        now().date(),
        progress,
    )


def _web_base(url: str, what: str) -> str:
    if not url:
        raise UserError(f"falta {what} en Ajustes → Tienda")
    return url.rstrip("/")


def feed_rows(store: Store, choice: CatalogueChoice | None = None) -> list[dict[str, str]]:
    """The Meta catalogue feed's rows (see :data:`FEED_COLUMNS`).

    ``availability`` counts only units the shop can sell now (the workshop and
    the fairs, not a partner shop); ``image_link`` is the product's card under
    the image address set in Ajustes; ``link`` its place in the shop's catalogue.

    Raises:
        UserError: the catalogue link or the image address is not set, no product, or a bad choice.
    """
    shop = shop_contact(store)
    images = _web_base(shop.image_base_url, "la dirección de las imágenes")
    catalogue = _web_base(shop.catalogue_url, "el enlace del catálogo")
    entries = catalogue_entries(store, choice)
    _require(entries)
    rows = []
    for entry in entries:
        description = entry.description or _description(entry, shop.name)
        rows.append(
            {
                "id": entry.feed_id,
                "title": _one_line(entry.name)[:150],
                "description": _one_line(description)[:5000],
                "availability": "in stock" if entry.available > 0 else "out of stock",
                "condition": "new",
                "price": f"{entry.price:.2f} PEN",
                "link": f"{catalogue}#{entry.feed_id}-{entry.slug}",
                "image_link": f"{images}/{card_name(entry)}",
                "brand": shop.name,
            }
        )
    return rows


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _description(entry: CatalogueEntry, shop: str) -> str:
    made = f"Hecho a mano por {entry.credit}" if entry.credit else "Hecho a mano"
    return f"{entry.name}. {made} en el taller {shop} (Cusco, Perú)."


def feed_csv(store: Store, choice: CatalogueChoice | None = None) -> bytes:
    """The feed as a UTF-8 CSV file's bytes (comma-separated, a header row, every field quoted as needed)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FEED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(feed_rows(store, choice))
    return out.getvalue().encode("utf-8")


def write_cards(
    store: Store,
    folder: Path,
    choice: CatalogueChoice | None = None,
    stories: bool = True,
    progress: Progress | None = None,
) -> list[CardFiles]:
    """Write a square card (and a story, unless ``stories`` is false) of each product into ``folder``.

    Raises:
        UserError: the folder does not exist or cannot be written, no product, or a bad choice.
    """
    if not folder.is_dir():
        raise UserError(f"no existe la carpeta {folder}")
    shop = shop_contact(store)
    entries = catalogue_entries(store, choice)
    _require(entries)
    written = []
    for done, entry in enumerate(entries, start=1):
        photo = photos.main_large(store, [entry.product_id]).get(entry.product_id) if entry.has_photo else None
        card = Card(
            entry.name,
            SPANISH.money(entry.price),
            f"hecho por {entry.credit}" if entry.credit else "hecho en el taller",
            entry.category,
            shop.name,
            shop.instagram_handle or shop.phone,
            photo,
        )
        square = _write(folder / card_name(entry), square_card(card))
        story = _write(folder / card_name(entry, story=True), story_card(card)) if stories else None
        written.append(CardFiles(entry, square, story))
        if progress is not None:
            progress(done, len(entries))
    return written


def _write(path: Path, data: bytes) -> Path:
    try:
        return write_bytes(path, data)
    except OSError as exc:
        raise UserError(f"no se pudo escribir {path.name} en {path.parent}: {exc.strerror or exc}") from exc
