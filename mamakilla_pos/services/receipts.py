"""The nota de venta of a completed sale, or the nota de devolución of a refund, as a PDF.

A document prints the shop's header and texts it was completed with (kept
with it, :mod:`.headers`), also when reprinted later; a reprint is marked
COPIA with when and by whom it was reprinted.
"""

from __future__ import annotations

from datetime import datetime

from ..documents.receipt import ReceiptData, ReceiptLine, ReceiptPayment, build_receipt, build_receipt_text
from ..documents.roll_text import RollText
from ..domain.language import check_language
from ..domain.money import ZERO, quantize
from ..store import Store
from .actors import actor_name_in
from .clock import now
from .headers import HeaderTexts, texts_of
from .history import read_sale_in
from .sale_views import SaleLineView, SaleView
from .settings import ShopSettings
from .settings import load_in as load_settings_in


def _first_names(makers: str) -> tuple[str, ...]:
    names = tuple(m.split()[0] for m in makers.split(", ") if m.strip())
    return names or ("Mama Killa",)


def _line(line: SaleLineView, refund: bool) -> ReceiptLine:
    """A line as printed; a refund's shows what its units were sold for and their part of the discounts."""
    gross, discount = line.gross, line.discount
    if refund:
        gross = max(quantize(line.unit_price * line.quantity), line.net)
        discount = gross - line.net
    return ReceiptLine(
        quantity=line.quantity,
        name=line.product_name,
        makers=_first_names(line.makers),
        unit_price=line.unit_price,
        gross=gross,
        discount=discount,
        net=line.net,
    )


def receipt_data(
    sale: SaleView,
    settings: ShopSettings,
    copy: bool = False,
    language: str = "es",
    reprinted_at: datetime | None = None,
    reprinted_by: str = "",
) -> ReceiptData:
    """Turn a sale or refund into the plain data the receipt builder draws, in ``language`` (es, en, fr).

    The shop's texts are the ones kept with the document; ``settings``' own
    stand in only for a document that has none kept.
    """
    header: HeaderTexts = sale.header or texts_of(settings)
    refund = sale.kind == "refund"
    lines = tuple(_line(ln, refund) for ln in sale.lines)
    subtotal, discounts = sale.subtotal, sale.discounts
    if refund:
        subtotal = sum((ln.gross for ln in lines), ZERO)
        discounts = sum((ln.discount for ln in lines), ZERO)
    return ReceiptData(
        shop_name=header.shop_name,
        shop_address=header.shop_address,
        shop_ruc=header.shop_ruc,
        header=header.receipt_header,
        number=sale.number,
        issued_at=sale.created_at,
        seller=sale.seller,
        lines=lines,
        subtotal=subtotal,
        discounts=discounts,
        total=sale.total,
        rounding=sale.rounding,
        amount_due=sale.amount_due,
        # A cash row of nothing handed over only books the change of a sale paid without soles.
        payments=tuple(
            ReceiptPayment(p.method, p.amount, p.currency, p.rate, p.amount_pen, p.reference)
            for p in sale.payments
            if p.handed_over  # the change booked on the soles drawer prints as "Vuelto"
        ),
        tendered=sale.tendered,
        change=sale.change,
        catalogue_url=header.catalogue_url,
        footer=header.receipt_footer,
        is_refund=refund,
        refund_of=sale.refund_of,
        copy=copy,
        language=check_language(language),
        reason=sale.note if refund else "",
        reprinted_at=reprinted_at if copy else None,
        reprinted_by=reprinted_by if copy else "",
        qr=settings.receipt_qr,
    )


def receipt_pdf(
    store: Store,
    number: str,
    copy: bool = False,
    paper: str | None = None,
    language: str = "es",
    user_id: int | None = None,
    user_name: str | None = None,
) -> bytes:
    """The receipt or refund note ``number`` on the configured paper, in ``language``.

    Args:
        copy: a reprint: marked COPIA, with the time now and who reprints it.
        user_id: the user reprinting it (a logged-in seller).
        user_name: who reprints it, when not a user of the till (the command line).

    Raises:
        NotFound: no document has that number.
    """
    data, settings = _document(store, number, copy, language, user_id, user_name)
    return build_receipt(data, paper or settings.receipt_paper)


def receipt_text(
    store: Store,
    number: str,
    columns: int,
    copy: bool = False,
    language: str = "es",
    user_id: int | None = None,
    user_name: str | None = None,
) -> RollText:
    """The receipt or refund note ``number`` as lines of ``columns`` characters, for a thermal printer.

    The same document as :func:`receipt_pdf`, from the same data and lay-out.

    Raises:
        NotFound: no document has that number.
    """
    data, _ = _document(store, number, copy, language, user_id, user_name)
    return build_receipt_text(data, columns)


def receipt_pdf_of(sale: SaleView, settings: ShopSettings, language: str = "es") -> bytes:
    """:func:`receipt_pdf` of ``sale`` already in hand (a sale or refund just recorded), on the configured paper."""
    return build_receipt(receipt_data(sale, settings, language=language), settings.receipt_paper)


def receipt_text_of(sale: SaleView, settings: ShopSettings, columns: int, language: str = "es") -> RollText:
    """:func:`receipt_text` of ``sale`` already in hand (the sale a till just recorded): no database read."""
    return build_receipt_text(receipt_data(sale, settings, language=language), columns)


def _document(
    store: Store, number: str, copy: bool, language: str, user_id: int | None, user_name: str | None
) -> tuple[ReceiptData, ShopSettings]:
    with store.session() as session:  # one read for all
        settings = load_settings_in(session)
        sale = read_sale_in(session, number)
        who = "" if not copy else user_name if user_name is not None else actor_name_in(session, user_id)
    return receipt_data(sale, settings, copy, language, now() if copy else None, who), settings
