"""The refund note (nota de devolución): what went back to the customer, and her signature (DESIGN.md §6).

Its own title and the number of the receipt it returns from; each line
with what it was sold for, its part of the sale's discounts and the net
given back; the rounding; the amount actually handed back and how; the
reason; a line for the customer to sign. No catalogue link and no 45 %
footer: nothing was bought.
"""

from __future__ import annotations

from .receipt import Printing, copy_mark, line_rows, payment_label, shop_head, when_and_who


def lay_out_refund(p: Printing) -> None:
    """Lay out the refund note of ``p.data`` in ``p.lay``."""
    data, lay, texts, paper = p.data, p.lay, p.texts, p.paper
    shop_head(p)
    lay.centered(texts["refund_title"], paper.big, bold=True)
    lay.centered(data.number, paper.big, bold=True)
    if data.refund_of:
        lay.centered(texts["of_receipt"].format(number=data.refund_of), paper.body, bold=True)
    when_and_who(p)
    line_rows(p, refunded=True)
    _amounts(p)
    if data.reason.strip():
        lay.row(texts["reason"].format(reason=data.reason.strip()), "", paper.body)
        lay.rule()
    _signature(p)
    if data.copy:
        lay.space(paper.body * 0.6)
        copy_mark(p, paper.body * 1.2)


def _amounts(p: Printing) -> None:
    """Subtotal and discounts returned, the total, the rounding, what was handed back and how."""
    data, lay, texts, money = p.data, p.lay, p.texts, p.money
    body, big = p.paper.body, p.paper.big
    if data.discounts != 0:
        lay.row(texts["subtotal"], money(data.subtotal), body)
        lay.row(texts["discounts"], money(-data.discounts), body)
    if data.rounding != 0 or data.discounts != 0:
        lay.row(texts["refund_total"], money(data.total), body)
    if data.rounding != 0:
        lay.row(texts["rounding"], money(-data.rounding), body)
    lay.row(texts["total_refunded"], money(data.amount_due), big, bold=True)
    lay.rule()
    if data.payments:
        lay.row(texts["refunded_in"], "", body, bold=True, keep_with_next=True)
        for payment in data.payments:
            lay.row(payment_label(payment, data.language), money(payment.amount_pen), body)
    else:
        lay.row(texts["nothing_handed"], "", body)
    lay.rule()


def _signature(p: Printing) -> None:
    """ "Recibí S/ 24.90 conforme." and lines for the customer's signature, name and ID."""
    lay, texts, paper = p.lay, p.texts, p.paper
    if p.data.amount_due:
        lay.space(paper.body * 0.3)
        received = texts["customer_received"].format(amount=p.money(p.data.amount_due))
        lay.centered(received, paper.body, keep_with_next=True)
    lay.signature(texts["customer_signature"], paper.small)
    lay.keep_last_with_next()
    lay.signature(texts["customer_name"], paper.small)
