"""The payout slip (constancia de pago) of a payout, as a PDF."""

from __future__ import annotations

from datetime import datetime

from ..documents.payout_slip import PAPERS, PayoutSlipData, SlipEntry, build_payout_slip
from ..domain.language import check_language
from ..store import Store
from .clock import now
from .errors import UserError
from .payout_history import PayoutDetail, payout_detail
from .settings import ShopSettings, get_settings
from .shares import ShareLine

__all__ = ["PAPERS", "payout_slip_pdf", "slip_data"]


def _entry(line: ShareLine) -> SlipEntry:
    return SlipEntry(
        day=line.created_at.date(),
        receipt=line.receipt,
        product=line.product_sold,
        quantity=line.signed_quantity,
        line_net=line.signed_net,
        rate=line.rate,
        portion=line.portion,
        share=line.amount,
        refund_of=line.refund_of,
    )


def slip_data(
    detail: PayoutDetail,
    settings: ShopSettings,
    copy: bool = False,
    printed_at: datetime | None = None,
) -> PayoutSlipData:
    """Turn a payout into the plain data the slip builder draws.

    The coordinator's name is printed under her signature line only when a
    coordinator recorded the payout; otherwise the line is left to sign and name by hand.
    """
    payout = detail.summary
    return PayoutSlipData(
        shop_name=settings.shop_name,
        shop_address=settings.shop_address,
        shop_ruc=settings.shop_ruc,
        number=payout.number,
        paid_at=payout.created_at,
        maker=payout.maker,
        maker_dni=detail.maker_dni,
        period_from=payout.period_from,
        cutoff=payout.cutoff,
        # The céntimos carried between cash payouts are their own totals lines, not share entries.
        entries=tuple(_entry(line) for line in detail.entries if not line.is_carry),
        accrued=detail.accrued,
        reversed=detail.reversed,
        total=payout.amount,
        carried_in=detail.carried_in,
        kept=detail.kept,
        method=payout.method,
        reference=payout.reference,
        paid_by=payout.paid_by if detail.payer_role == "coordinator" else "",
        till=detail.till,
        copy=copy,
        printed_at=printed_at,
    )


def payout_slip_pdf(store: Store, number: str, copy: bool = False, paper: str = "A4", language: str = "es") -> bytes:
    """The slip of payout ``number`` in two copies (centre and maker); a reprint when ``copy``.

    ``language`` is the one it prints in: ``"es"`` (the default), ``"en"`` or ``"fr"``.

    Raises:
        NotFound: no payout has that number.
        UserError: unknown paper.
        ValueError: unknown language.
    """
    check_language(language)
    if paper not in PAPERS:
        raise UserError(f"papel desconocido para la constancia: {paper} (A4 o A5)")
    detail = payout_detail(store, number)
    data = slip_data(detail, get_settings(store), copy, now() if copy else None)
    return build_payout_slip(data, paper, language)
