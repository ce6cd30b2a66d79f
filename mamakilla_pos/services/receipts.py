"""The nota de venta of a completed sale or refund, as a PDF."""

from __future__ import annotations

from ..documents.receipt import ReceiptData, ReceiptLine, ReceiptPayment, build_receipt
from ..domain.language import check_language
from ..store import Store
from .history import read_sale
from .sale_views import SaleView
from .settings import ShopSettings
from .settings import load as load_settings


def _first_names(makers: str) -> tuple[str, ...]:
    names = tuple(m.split()[0] for m in makers.split(", ") if m.strip())
    return names or ("Mama Killa",)


def receipt_data(sale: SaleView, settings: ShopSettings, copy: bool = False, language: str = "es") -> ReceiptData:
    """Turn a sale into the plain data the receipt builder draws, in ``language`` (es, en, fr)."""
    return ReceiptData(
        shop_name=settings.shop_name,
        shop_address=settings.shop_address,
        shop_ruc=settings.shop_ruc,
        header=settings.receipt_header,
        number=sale.number,
        issued_at=sale.created_at,
        seller=sale.seller,
        lines=tuple(
            ReceiptLine(
                quantity=ln.quantity,
                name=ln.product_name,
                makers=_first_names(ln.makers),
                unit_price=ln.unit_price,
                gross=ln.gross,
                discount=ln.discount,
                net=ln.net,
            )
            for ln in sale.lines
        ),
        subtotal=sale.subtotal,
        discounts=sale.discounts,
        total=sale.total,
        rounding=sale.rounding,
        amount_due=sale.amount_due,
        payments=tuple(
            ReceiptPayment(p.method, p.amount, p.currency, p.rate, p.amount_pen, p.reference) for p in sale.payments
        ),
        tendered=sale.tendered,
        change=sale.change,
        catalogue_url=settings.catalogue_url,
        footer=settings.receipt_footer,
        is_refund=sale.kind == "refund",
        refund_of=sale.refund_of,
        copy=copy,
        language=check_language(language),
    )


def receipt_pdf(store: Store, number: str, copy: bool = False, paper: str | None = None, language: str = "es") -> bytes:
    """The receipt of sale ``number`` (a reprint when ``copy``), on the configured paper, in ``language``."""
    with store.session() as session:  # one read for both
        settings = load_settings(session)
        sale = read_sale(session, number)
    return build_receipt(receipt_data(sale, settings, copy, language), paper or settings.receipt_paper)
