"""Reports on the command line (DESIGN.md §7).

``report day DATE [--json] [--pdf FILE]``, ``report shares --from DATE --to DATE [--json]``,
``report orders [--json]`` (``report partner`` is in ``cli_partners``) and ``stock [--json]``.
"""

from __future__ import annotations

import argparse
import json
from decimal import Decimal
from pathlib import Path

from .domain.money import ZERO, format_amount, to_json

EXIT_OK = 0
CURRENCIES = ("PEN", "USD")


def add_parsers(commands: argparse._SubParsersAction) -> argparse._SubParsersAction:
    """``report day|shares|orders`` and ``stock``; returns the kinds of ``report``, for the others to add to."""
    report = commands.add_parser("report", help="informes")
    reports = report.add_subparsers(dest="kind", required=True, parser_class=type(report))
    day = reports.add_parser("day", help="ventas del día por método de pago y por artesana")
    day.add_argument("date")
    day.add_argument("--json", action="store_true")
    day.add_argument("--pdf", type=Path, metavar="FILE")
    shares = reports.add_parser("shares", help="participaciones por artesana")
    shares.add_argument("--from", dest="start", required=True, metavar="DATE")
    shares.add_argument("--to", dest="end", required=True, metavar="DATE")
    shares.add_argument("--json", action="store_true")
    reports.add_parser("orders", help="encargos con su estado y saldo").add_argument("--json", action="store_true")
    stock = commands.add_parser("stock", help="stock por artículo y ubicación")
    stock.add_argument("--json", action="store_true")
    return reports


def print_json(data: object) -> None:
    """``data`` as the command line prints JSON: UTF-8 as it is, indented by two."""
    print(json.dumps(data, ensure_ascii=False, indent=2))


def cmd_report(store, args) -> int:  # type: ignore[no-untyped-def]
    """``report KIND …``: the day, the makers' shares, the orders or a partner shop."""
    if args.kind == "orders":
        from .cli_orders import report_orders

        return report_orders(store, args.json)
    if args.kind == "partner":
        from .cli_partners import cmd_report_partner

        return cmd_report_partner(store, args)
    if args.kind == "shares":
        return _report_shares(store, args)
    return _report_day(store, args)


def _report_shares(store, args) -> int:  # type: ignore[no-untyped-def]
    from .services.shares import share_balances

    balances = share_balances(store, args.start, args.end)
    if args.json:
        print_json(
            {
                "from": args.start.isoformat(),
                "to": args.end.isoformat(),
                "makers": [
                    {
                        "maker": b.maker,
                        "accrued": to_json(b.accrued),
                        "reversed": to_json(b.reversed),
                        "paid": to_json(b.paid),
                        "balance": to_json(b.balance),
                    }
                    for b in balances
                ],
            }
        )
        return EXIT_OK
    print(f"Participaciones del {args.start} al {args.end}")
    print(f"{'Artesana':<32}{'Generado':>12}{'Devuelto':>12}{'Pagado':>12}{'Saldo':>12}")
    for b in balances:
        print(
            f"{b.maker:<32}{format_amount(b.accrued):>12}{format_amount(b.reversed):>12}"
            f"{format_amount(b.paid):>12}{format_amount(b.balance):>12}"
        )
    return EXIT_OK


def _report_day(store, args) -> int:  # type: ignore[no-untyped-def]
    from .cli_sync import reporting_till
    from .services.reports import day_report

    report = day_report(store, args.date, documents=args.json, till=reporting_till(store))
    if args.pdf:
        from .cli_input import write_output
        from .services.reports import day_report_pdf

        write_output(args.pdf, day_report_pdf(store, report))
    if args.json:
        print_json(day_json(report))
    else:
        _print_day(report)
    return EXIT_OK


def day_json(report) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """``report day --json`` (DESIGN.md §7)."""
    return {
        "date": report.day.isoformat(),
        "sales": [d.as_json() for d in report.listed("sale")],
        "refunds": [d.as_json() for d in report.listed("refund")],
        "gross": to_json(report.gross),
        "discounts": to_json(report.discounts),
        "sales_total": to_json(report.sales_total),
        "refunds_total": to_json(report.refunds_total),
        "net": to_json(report.net),
        "rounding": to_json(report.rounding),
        "by_method": [
            {"method": m.method, "sales": to_json(m.sales), "refunds": to_json(m.refunds), "net": to_json(m.net)}
            for m in report.by_method
        ],
        "by_maker": [
            {"maker": m.maker, "accrued": to_json(m.accrued), "reversed": to_json(m.reversed), "net": to_json(m.net)}
            for m in report.by_maker
        ],
        "sessions": [_session_json(s) for s in report.sessions],
        "cash": {currency: _cash_json(report.cash(currency)) for currency in CURRENCIES},
        "drawers": {currency: _drawer_json(report, currency) for currency in CURRENCIES},
        "advances": _advances_json(report),
        "partner_payments": _partner_payments_json(report),
    }


def _print_day(report) -> None:  # type: ignore[no-untyped-def]
    """``report day`` as text: totals, methods, makers, then each session and drawer."""
    print(f"Día {report.day.isoformat()}: {report.sales} ventas, {report.refunds} devoluciones")
    print(
        f"  Bruto {to_json(report.gross)}  Descuentos {to_json(report.discounts)}"
        f"  Devoluciones {to_json(report.refunds_total)}"
    )
    print(f"  Neto {to_json(report.net)}  Redondeo {to_json(report.rounding)}")
    for m in report.by_method:
        print(f"  {m.method:<10}{format_amount(m.net):>12}")
    for mk in report.by_maker:
        print(f"  {mk.maker:<32}{format_amount(mk.net):>12}")
    for s in report.sessions:
        closed = f"cerrada {s.closed_at:%d/%m %H:%M}" if s.closed_at else "abierta"
        print(f"  Caja {s.till} ({s.location}) abierta {s.opened_at:%d/%m %H:%M}, {closed}")
        for f in (s.pen, s.usd):
            counted = "—" if f.counted is None else format_amount(f.counted)
            difference = "—" if f.difference is None else format_amount(f.difference)
            print(
                f"    {_currency_word(f.currency):<8}esperado {format_amount(f.expected):>10}"
                f"  contado {counted:>10}  diferencia {difference:>8}"
            )
    for currency in CURRENCIES:
        d = report.drawer(currency)
        print(
            f"  {_currency_word(currency):<8}fondo {format_amount(d.opening_float)}"
            f" + recibido {format_amount(d.received)} − vuelto {format_amount(d.change)}"
            f" + entradas {format_amount(d.cash_in)} − salidas {format_amount(d.cash_out)}"
            f" − pagos {format_amount(d.payouts)} = {format_amount(d.expected)}"
        )


def _currency_word(currency: str) -> str:
    return "Soles" if currency == "PEN" else "Dólares"


def _counted_json(figures) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """``counted`` and ``difference`` of closed sessions: ``null`` when none is."""
    return {
        "counted": None if figures.counted is None else to_json(figures.counted),
        "difference": None if figures.difference is None else to_json(figures.difference),
    }


def _cash_json(total) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {"expected": to_json(total.expected), **_counted_json(total)}


def _drawer_json(report, currency: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """A drawer of ``report day --json`` over the day's sessions (DESIGN.md §4 rule 8, §7).

    expected = float + received + advances + partner_payments − change + cash_in − cash_out − payouts,
    where received is the cash taken on sales less the cash paid back on refunds,
    advances the cash taken on custom orders less the cash given back and
    partner_payments the cash partner shops paid for what they sold (DESIGN.md §10);
    counted and difference are of the closed sessions (``null`` when none is).
    """
    figures = report.drawer(currency)
    return {
        "float": to_json(figures.opening_float),
        "received": to_json(figures.received),
        "change": to_json(figures.change),
        "cash_in": to_json(figures.cash_in),
        "cash_out": to_json(figures.cash_out),
        "payouts": to_json(figures.payouts),
        "advances": to_json(figures.advances),
        "partner_payments": to_json(figures.partner_payments),
        "expected": to_json(figures.expected),
        **_counted_json(report.cash(currency)),
    }


def _advances_json(report) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """The day's advances on custom orders, by method, in soles: not sales (DESIGN.md §10)."""
    from .domain.payments import method_rank

    totals: dict[str, list[Decimal]] = {}
    for session in report.sessions:
        for a in session.advances:
            row = totals.setdefault(a.method, [ZERO, ZERO])
            row[0] += a.taken
            row[1] += a.returned
    methods = sorted(totals, key=method_rank)
    return {
        "taken": to_json(sum((totals[m][0] for m in methods), ZERO)),
        "returned": to_json(sum((totals[m][1] for m in methods), ZERO)),
        "by_method": [
            {"method": m, "taken": to_json(totals[m][0]), "returned": to_json(totals[m][1])} for m in methods
        ],
    }


def _partner_payments_json(report) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """The day's payments of partner shops, every method, in soles: not sales (DESIGN.md §10)."""
    paid = report.partner_payments
    return {
        "total": to_json(sum((p.amount for p in paid), ZERO)),
        "by_method": [{"method": p.method, "count": p.count, "amount": to_json(p.amount)} for p in paid],
    }


def _session_drawer_json(f) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """One currency's drawer of a session; cash_out counts makers' cash payouts too, as it always did
    ("drawers" sets them apart)."""
    return {
        "float": to_json(f.opening_float),
        "sales": to_json(f.sales),
        "change": to_json(f.change),
        "refunds": to_json(f.refunds),
        "cash_in": to_json(f.cash_in),
        "cash_out": to_json(f.cash_out + f.payouts),
        "expected": to_json(f.expected),
        **_counted_json(f),
    }


def _session_json(s) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """A cash session of ``report day --json``: when, who, and each currency's drawer."""
    return {
        "id": str(s.id),
        "till": s.till,
        "location": s.location,
        "opened_at": s.opened_at.isoformat(),
        "opened_by": s.opened_by,
        "closed_at": s.closed_at.isoformat() if s.closed_at else None,
        "closed_by": s.closed_by,
        "sales": s.sales,
        "refunds": s.refunds,
        "net": to_json(s.net),
        "rounding": to_json(s.rounding),
        "note": s.note,
        "journal_hash": s.journal_hash,
        "cash": {"PEN": _session_drawer_json(s.pen), "USD": _session_drawer_json(s.usd)},
        "methods": [
            {
                "method": m.method,
                "count": m.count,
                "sales": to_json(m.sales),
                "refunds": to_json(m.refunds),
                "net": to_json(m.net),
            }
            for m in s.methods
        ],
        "operations": [
            {
                "method": o.method,
                "number": o.number,
                "kind": o.kind,
                "reference": o.reference,
                "amount": to_json(o.amount),
            }
            for o in s.operations
        ],
    }


def cmd_stock(store, args) -> int:  # type: ignore[no-untyped-def]
    """``stock [--json]``: every item's units at each location."""
    from .services.stock import stock_levels

    levels = stock_levels(store)
    if args.json:
        print_json(
            {
                "stock": [
                    {
                        "code": s.item_code,
                        "product": s.product_name,
                        "makers": s.makers,
                        "location": s.location,
                        "quantity": s.quantity,
                        "price": to_json(s.price),
                    }
                    for s in levels
                ]
            }
        )
    else:
        for s in levels:
            print(f"{s.item_code:<12}{s.product_name:<42}{s.location:<12}{s.quantity:>6}")
    return EXIT_OK
