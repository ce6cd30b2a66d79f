"""The sections of a Z or X report, laid out as blocks (:mod:`.layout`) for :func:`.z_report.build_z_report`.

From the top: the shop and the till, the sales and what they brought in,
each payment method, the Yape, Plin and card operations, each drawer (its
figures, then its count and its difference, kept together), cash moved in
and out, the makers' shares, the note, and the close: journal fingerprint,
signatures and when it was printed, kept with the end of what precedes it.
Amounts that take away are negative; a roll prints only the denominations
counted; tables turn to one figure a line when a roll is too narrow for
their columns (:mod:`.layout_table`).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from ..domain.money import ZERO
from ..domain.payments import method_rank
from .fonts import register_fonts
from .layout import Face, Layout, Paper
from .layout_table import Row, table

if TYPE_CHECKING:
    from .z_report import Words, ZCount, ZDrawer, ZOperation, ZReportData


def lay_out(data: ZReportData, paper: Paper, words: Words) -> Layout:
    """Every block of the report, top to bottom."""
    fonts = register_fonts()
    bold = Face(fonts.regular, embolden=True) if paper.roll else Face(fonts.bold)
    lay = Layout(paper, Face(fonts.regular), bold)
    lay_out_into(lay, data, words, fonts.mono)
    return lay


def lay_out_into(lay: Layout, data: ZReportData, words: Words, mono: str) -> None:
    """The report into ``lay``: a PDF's column, or a thermal printer's text (:class:`~.roll_text.TextLayout`)."""
    paper = lay.paper
    _head(lay, data, words)
    _sales(lay, data, words)
    _methods(lay, data, words)
    _operations(lay, data, words)
    _advances(lay, data, words)
    _partner_payments(lay, data, words)
    for drawer in data.drawers:
        _drawer(lay, data, drawer, words)
    _movements(lay, data, words)
    _makers(lay, data, words)
    if data.note:
        lay.heading(words["note_heading"], paper.body)
        lay.row(data.note, "", paper.body)
    _close(lay, data, words, mono)


def _table_size(paper: Paper) -> float:
    return paper.small if paper.roll else paper.body


def _head(lay: Layout, data: ZReportData, w: Words) -> None:
    paper = lay.paper
    body, small = paper.body, paper.small
    lay.centered(data.shop_name, paper.title, bold=True)
    if data.shop_address:
        lay.centered(data.shop_address, small)
    if data.shop_ruc:
        lay.centered(w["ruc"].format(ruc=data.shop_ruc), small)
    lay.rule()
    if data.final:
        lay.centered(w["title_z"], paper.big, bold=True)
    else:
        lay.banner(w["title_x"], paper.title)
        lay.centered(w["x_warning"], small)
    lay.centered(w["till"].format(till=data.till) + (f" · {data.location}" if data.location else ""), body, bold=True)
    if data.session_ref:
        lay.centered(w["session"].format(ref=data.session_ref), small)
    lay.space(body * 0.3)
    lay.row(w["opened"], w.moment(data.opened_at), body)
    if data.opened_by:
        lay.row(w["by"].strip(), data.opened_by, body, indent=body)
    if data.closed_at is not None:
        lay.row(w["closed"], w.moment(data.closed_at), body)
        if data.closed_by:
            lay.row(w["by"].strip(), data.closed_by, body, indent=body)
    else:
        lay.row(w["report_of"], w.moment(data.printed_at), body)


def _sales(lay: Layout, data: ZReportData, w: Words) -> None:
    """Gross, discounts, sales, refunds, net, the rounding and what was taken: each line adds to the next."""
    body, small, big = lay.paper.body, lay.paper.small, lay.paper.big
    money = w.money
    lay.heading(w["sales_heading"], body)
    lay.row(w["gross"], money(data.gross), small, keep_with_next=True)
    lay.row(w["discounts"], money(-data.discounts), small, keep_with_next=True)
    lay.row(w["sales"].format(n=data.sales), money(data.sales_total), body, keep_with_next=True)
    lay.row(w["refunds"].format(n=data.refunds), money(-data.refunds_total), body, keep_with_next=True)
    lay.row(w["net"], money(data.net), big, bold=True, keep_with_next=True)
    lay.row(w["rounding"], money(-data.rounding), body, keep_with_next=True)
    lay.row(w["collected"], money(data.net - data.rounding), body, bold=True)


def _methods(lay: Layout, data: ZReportData, w: Words) -> None:
    lay.heading(w["methods_heading"], lay.paper.body)
    if not data.methods:
        lay.row(w["no_sales"], "", lay.paper.small)
        return
    amount = w.amount
    rows = [
        Row(
            (w.method(m.method), str(m.count), amount(m.sales), amount(-m.refunds), amount(m.net)),
            note=w["received"].format(amount=w.money(m.foreign, "USD")) if m.foreign is not None else "",
        )
        for m in sorted(data.methods, key=lambda m: method_rank(m.method))
    ]
    total = sum((m.net for m in data.methods), ZERO)
    rows.append(Row((w["total_taken"], "", "", "", amount(total)), bold=True))
    headers = tuple(w[k] for k in ("col_method", "col_ops", "col_sales", "col_refunds", "col_net"))
    table(lay, headers, rows, _table_size(lay.paper))


def _operations(lay: Layout, data: ZReportData, w: Words) -> None:
    by_method: dict[str, list[ZOperation]] = {}
    for op in data.operations:
        by_method.setdefault(op.method, []).append(op)
    if not by_method:
        return
    body, small = lay.paper.body, lay.paper.small
    lay.heading(w["operations_heading"], body)
    lay.row(w["operations_hint"], "", small)
    for method in sorted(by_method, key=method_rank):
        ops = by_method[method]
        subtotal = sum((-op.amount if op.refund else op.amount for op in ops), ZERO)
        lay.row(f"{w.method(method)} ({len(ops)})", w.money(subtotal), body, bold=True, keep_with_next=True)
        for op in ops:
            reference = w["operation"].format(reference=op.reference) if op.reference else w["no_operation"]
            kind = w["refund_mark"] if op.refund else ""
            lay.row(f"{reference} · {op.number}{kind}", w.money(-op.amount if op.refund else op.amount), small)


def _drawer(lay: Layout, data: ZReportData, drawer: ZDrawer, w: Words) -> None:
    """How the expected cash is made up; then its count and its difference, kept together."""
    body, big = lay.paper.body, lay.paper.big
    cur = drawer.currency
    money = w.money
    lay.heading(w.texts.get(f"cash_{cur}", cur), body)
    figures = [
        ("opening_float", drawer.opening_float),
        ("drawer_sales", drawer.sales),
        ("advances", drawer.advances),
        ("partner_payments", drawer.partner_payments),
        ("change", -drawer.change),
        ("drawer_refunds", -drawer.refunds),
        ("cash_in", drawer.cash_in),
        ("cash_out", -drawer.cash_out),
        ("payouts", -drawer.payouts),
    ]
    not_money_sales = ("advances", "partner_payments")  # shown only when there are some
    for key, value in figures:
        if (cur == "PEN" and key not in not_money_sales) or value or key in ("opening_float", "drawer_sales"):
            lay.row(w[key], money(value, cur), body, keep_with_next=True)
    lay.rule(pad=1.5)
    lay.keep_last_with_next()
    lay.row(w["expected"], money(drawer.expected, cur), body, bold=True)
    pieces = [n for n in data.counts if n.currency == cur and (n.opening or n.closing)]
    if pieces:
        lay.space(body * 0.4)
        _count_table(lay, data, cur, pieces, w)
    if drawer.counted is not None and drawer.difference is not None:
        lay.keep_last_with_next()
        lay.row(w["counted"], money(drawer.counted, cur), body, bold=True, keep_with_next=True)
        lay.row(w["difference"], money(drawer.difference, cur), big, bold=True, keep_with_next=True)
        lay.centered(_difference_words(w, drawer.difference, cur), body, bold=True)


def _count_table(lay: Layout, data: ZReportData, cur: str, pieces: list[ZCount], w: Words) -> None:
    """The denominations counted (only those), at opening and at closing, with their totals."""
    amount = w.amount
    size = _table_size(lay.paper)
    headers: tuple[str, ...]
    if data.final:
        headers = (w.currency(cur), w["col_opening"], w["col_closing"], w["col_value"])
        rows = [
            Row(
                (
                    w.denomination(n.denomination, cur),
                    str(n.opening),
                    str(n.closing or 0),
                    amount(n.denomination * (n.closing or 0)),
                )
            )
            for n in pieces
        ]
        opening = sum((n.denomination * n.opening for n in pieces), ZERO)
        closing = sum((n.denomination * (n.closing or 0) for n in pieces), ZERO)
        rows.append(Row((w["total"], amount(opening), "", amount(closing)), bold=True))
    else:
        headers = (f"{w['float_heading']} · {w.currency(cur)}", w["col_pieces"], w["col_value"])
        rows = [
            Row((w.denomination(n.denomination, cur), str(n.opening), amount(n.denomination * n.opening)))
            for n in pieces
            if n.opening
        ]
        rows.append(Row((w["total"], "", amount(sum((n.denomination * n.opening for n in pieces), ZERO))), bold=True))
    table(lay, headers, rows, size)


def _difference_words(w: Words, difference: Decimal, currency: str) -> str:
    if difference == ZERO:
        return w["balanced"]
    amount = w.money(abs(difference), currency)
    return w["short" if difference < 0 else "over"].format(amount=amount)


def _advances(lay: Layout, data: ZReportData, w: Words) -> None:
    """Advances on custom orders by method: money taken that is not a sale (DESIGN.md §10)."""
    if not data.advances:
        return
    body, small = lay.paper.body, lay.paper.small
    lay.heading(w["advances_heading"], body)
    lay.row(w["advances_hint"], "", small)
    for a in data.advances:
        lay.row(f"{w.method(a.method)} ({a.count})", w.money(a.taken), body, keep_with_next=bool(a.returned))
        if a.returned:
            lay.row(w["advances_returned"].format(amount=w.money(-a.returned)), "", small, indent=small * 2)


def _partner_payments(lay: Layout, data: ZReportData, w: Words) -> None:
    """Partner shops' payments by method: money taken that is not a sale (DESIGN.md §10)."""
    if not data.partner_payments:
        return
    body, small = lay.paper.body, lay.paper.small
    lay.heading(w["partner_payments_heading"], body)
    lay.row(w["partner_payments_hint"], "", small)
    for paid in data.partner_payments:
        lay.row(f"{w.method(paid.method)} ({paid.count})", w.money(paid.amount), body)


def _movements(lay: Layout, data: ZReportData, w: Words) -> None:
    body, small = lay.paper.body, lay.paper.small
    lay.heading(w["movements_heading"], body)
    if not data.movements:
        lay.row(w["no_movements"], "", small)
    for mv in data.movements:
        # A maker's payout is its own figure of the drawer, not a cash out: named as such.
        word = w["movement_payout" if mv.payout else "movement_in" if mv.direction == "in" else "movement_out"]
        moved = w.money(mv.amount if mv.direction == "in" else -mv.amount, mv.currency)
        lay.row(f"{mv.at:%H:%M} {word}", moved, body, keep_with_next=True)
        who = f" — {mv.user}" if mv.user else ""
        lay.row(f"{mv.reason}{who}", "", small, indent=small * 2)


def _makers(lay: Layout, data: ZReportData, w: Words) -> None:
    lay.heading(w["makers_heading"], lay.paper.body)
    if not data.makers:
        lay.row(w["no_shares"], "", lay.paper.small)
        return
    amount = w.amount
    short = "_short" if lay.paper.roll else ""
    headers = (w["col_maker"], w[f"col_accrued{short}"], w[f"col_reversed{short}"], w["col_net"])
    rows = [Row((m.maker, amount(m.accrued), amount(-m.reversed), amount(m.net))) for m in data.makers]
    totals = (sum((m.accrued for m in data.makers), ZERO), sum((m.reversed for m in data.makers), ZERO))
    rows.append(Row((w["total"], amount(totals[0]), amount(-totals[1]), amount(totals[0] - totals[1])), bold=True))
    table(lay, headers, rows, _table_size(lay.paper))


def _close(lay: Layout, data: ZReportData, w: Words, mono: str) -> None:
    """Journal fingerprint, signatures and the printing time, on the page of the last lines before them."""
    body, small = lay.paper.body, lay.paper.small
    lay.keep_last_with_next(2)
    lay.rule()
    lay.keep_last_with_next()
    if data.final:
        lay.centered(w["hash"], small, bold=True, keep_with_next=True)
        lay.mono(data.journal_hash or "—", small, mono)
        lay.space(body * 0.5, keep_with_next=True)
        lay.keep_last_with_next(2)
        lay.signatures((w["handed_over"], w["received_by"]), small)
        lay.keep_last_with_next()
    lay.centered(w["printed"].format(moment=w.moment(data.printed_at)), small)
