"""The Z report of a closed cash session, or the X report of an open one, as a PDF."""

from __future__ import annotations

import uuid
from datetime import datetime

from ..documents.roll_text import RollText
from ..documents.z_report import (
    ZAdvance,
    ZCount,
    ZDrawer,
    ZMovement,
    ZOperation,
    ZPartnerPaid,
    ZReportData,
    build_z_report,
    build_z_report_text,
)
from ..domain.language import check_language
from ..store import Store
from .cash import session_report
from .cash_figures import DENOMINATIONS, SessionReport
from .clock import now
from .settings import ShopSettings, get_settings


def z_report_data(report: SessionReport, settings: ShopSettings, printed_at: datetime | None = None) -> ZReportData:
    """Turn a session's figures into the plain data the Z report builder draws."""
    counts: list[ZCount] = []
    for currency, denominations in DENOMINATIONS.items():
        opening = dict(report.opening_count.get(currency, ()))
        closing = dict(report.closing_count.get(currency, ()))
        drawer = report.figures(currency)
        if currency == "USD" and not opening and not closing and not drawer.expected:
            continue
        for value in sorted(denominations, reverse=True):
            counts.append(
                ZCount(currency, value, opening.get(value, 0), closing.get(value, 0) if report.closed else None)
            )
    drawers = tuple(
        ZDrawer(
            f.currency,
            f.opening_float,
            f.sales,
            f.change,
            f.refunds,
            f.cash_in,
            f.cash_out,
            f.expected,
            f.counted,
            f.difference,
            f.payouts,
            f.advances,
            f.partner_payments,
        )
        for f in (report.pen, report.usd)
        if f.currency == "PEN"
        or f.expected
        or f.counted
        or f.opening_float
        or f.sales
        or f.advances
        or f.partner_payments
    )
    return ZReportData(
        shop_name=settings.shop_name,
        shop_address=settings.shop_address,
        shop_ruc=settings.shop_ruc,
        till=report.till,
        location=report.location,
        opened_at=report.opened_at,
        opened_by=report.opened_by,
        closed_at=report.closed_at,
        closed_by=report.closed_by,
        printed_at=printed_at or now(),
        sales=report.sales,
        refunds=report.refunds,
        gross=report.gross,
        discounts=report.discounts,
        sales_total=report.sales_total,
        refunds_total=report.refunds_total,
        rounding=report.rounding,
        methods=report.methods,
        advances=tuple(ZAdvance(a.method, a.count, a.taken, a.returned) for a in report.advances),
        partner_payments=tuple(ZPartnerPaid(p.method, p.count, p.amount) for p in report.partner_payments),
        operations=tuple(
            ZOperation(op.method, op.number, op.reference, op.amount, op.kind == "refund") for op in report.operations
        ),
        drawers=drawers,
        counts=tuple(counts),
        movements=tuple(
            ZMovement(m.at, m.direction, m.currency, m.amount, m.reason, m.user, m.payout) for m in report.movements
        ),
        makers=report.makers,
        note=report.note,
        journal_hash=report.journal_hash,
        session_ref=str(report.id)[:8],
    )


def _paper(settings: ShopSettings, paper: str | None) -> str:
    return paper or ("A4" if settings.receipt_paper == "A4" else settings.receipt_paper)


def report_pdf(report: SessionReport, settings: ShopSettings, paper: str | None = None, language: str = "es") -> bytes:
    """The PDF of figures already read: Z when the session is closed, X while it is open.

    ``language`` is the one it prints in: ``"es"`` (the default), ``"en"`` or ``"fr"``.
    """
    return build_z_report(z_report_data(report, settings), _paper(settings, paper), language)


def report_text(report: SessionReport, settings: ShopSettings, columns: int, language: str = "es") -> RollText:
    """The same report as :func:`report_pdf`, as lines of ``columns`` characters for a thermal printer."""
    return build_z_report_text(z_report_data(report, settings), columns, language)


def session_pdf(
    store: Store, session_id: uuid.UUID | None = None, paper: str | None = None, language: str = "es"
) -> bytes:
    """The Z report of a closed session, or the X report of an open one.

    Args:
        session_id: the session; this till's open session (an X report) when ``None``.
        paper: ``"80mm"``, ``"58mm"`` or ``"A4"``; the receipt paper setting by default.
        language: ``"es"`` (the default), ``"en"`` or ``"fr"``.

    Raises:
        UserError: no open session, or no session with that id.
        ValueError: unknown language.
    """
    check_language(language)
    settings = get_settings(store)
    return report_pdf(session_report(store, session_id), settings, paper, language)


def x_report_pdf(store: Store, paper: str | None = None, language: str = "es") -> bytes:
    """The X report of this till's open session: the figures so far, without closing."""
    return session_pdf(store, None, paper, language)
