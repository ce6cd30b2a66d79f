"""The packing slip of a transfer list and the return slip of a fair, as PDF."""

from __future__ import annotations

from ..documents.packing_slip import PackingSlipData, ReturnLine, SlipLine, build_packing_slip
from ..domain.language import check_language
from ..store import Store
from .settings import get_settings
from .transfer_views import TransferListResult

__all__ = ["packing_slip_pdf", "slip_data"]


def slip_data(result: TransferListResult, shop_name: str) -> PackingSlipData:
    """The plain data the slip builder draws for a recorded list (a return slip when it carries an outing)."""
    outing = result.outing
    returns = None
    if outing is not None:
        returns = tuple(
            ReturnLine(ln.item_code, ln.product_name, ln.sent, ln.sold, ln.other, ln.returned, ln.before)
            for ln in outing.lines
        )
    return PackingSlipData(
        shop_name=shop_name,
        number=result.number,
        created_at=result.created_at,
        user=result.user,
        source=result.source_name,
        target=result.target_name,
        lines=tuple(SlipLine(ln.item_code, ln.product_name, ln.makers, ln.quantity) for ln in result.lines),
        note=result.note,
        approved_by=result.approved_by,
        since=outing.since if outing is not None else None,
        returns=returns,
    )


def packing_slip_pdf(store: Store, result: TransferListResult, language: str = "es") -> bytes:
    """The slip of ``result`` in ``language`` (``es``, ``en`` or ``fr``).

    Raises:
        ValueError: unknown language.
    """
    check_language(language)
    return build_packing_slip(slip_data(result, get_settings(store).shop_name), language)
