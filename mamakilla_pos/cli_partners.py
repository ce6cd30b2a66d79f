"""Partner shops on the command line (DESIGN.md §7, §10).

``partner NAME --commission PCT``, ``consign PARTNER FILE``,
``import partner-sales PARTNER FILE`` and ``report partner PARTNER [--json]``
(with ``--pdf``/``--xlsx`` the statement of a period); and in the same style
``partner pay PARTNER AMOUNT --method M`` and ``partner return PARTNER FILE``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

from .domain.money import format_amount

EXIT_OK = 0


ACTIONS = ("pay", "return")


def names_partner_action(argv: Sequence[str]) -> bool:
    """Whether ``argv`` is ``[--db URL] partner pay …`` or ``… partner return …`` (not a partner's name)."""
    rest = list(argv)
    while rest and rest[0].startswith("--db"):
        rest = rest[1:] if "=" in rest[0] else rest[2:]
    return len(rest) >= 2 and rest[0] == "partner" and rest[1] in ACTIONS


def _action_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    partner = commands.add_parser("partner", help="cobrar a una tienda aliada o registrar su devolución")
    actions = partner.add_subparsers(dest="action", required=True, parser_class=type(partner))
    pay = actions.add_parser("pay", help="un cobro: cancela primero sus ventas más antiguas")
    pay.add_argument("partner", metavar="PARTNER")
    pay.add_argument("amount", metavar="AMOUNT", help="en soles (en dólares con --method usd)")
    pay.add_argument("--method", required=True, metavar="M", help="cash, usd, transfer, yape o plin")
    pay.add_argument("--reference", default="", metavar="TEXT", help="número de operación")
    back = actions.add_parser("return", help="nota de devolución de unidades no vendidas (CSV code,quantity)")
    back.add_argument("partner", metavar="PARTNER")
    back.add_argument("file", type=Path, metavar="FILE")
    back.add_argument("--pdf", type=Path, metavar="FILE", help="la nota en PDF (dos ejemplares)")


def add_parsers(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    imports: argparse._SubParsersAction,  # type: ignore[type-arg]
    reports: argparse._SubParsersAction,  # type: ignore[type-arg]
    partner_action: bool = False,
) -> None:
    """``partner``, ``consign``, ``import partner-sales`` and ``report partner``; ``partner pay|return`` instead
    of ``partner NAME`` when ``partner_action``."""
    if partner_action:
        _action_parsers(commands)
    else:
        partner = commands.add_parser("partner", help="crear o cambiar una tienda aliada; partner pay|return …")
        partner.add_argument("name", metavar="NAME")
        _partner_options(partner)
    _other_parsers(commands, imports, reports)


def _partner_options(partner: argparse.ArgumentParser) -> None:
    partner.add_argument("--commission", metavar="PCT", help="comisión de la tienda en %% (p. ej. 30)")
    partner.add_argument("--contact", metavar="TEXT", help="persona y teléfono de contacto")
    partner.add_argument("--terms", type=int, metavar="DAYS", help="días que tiene para pagar")
    partner.add_argument(
        "--old-after", dest="old_after", type=int, metavar="DAYS", help="días para listar unidades antiguas"
    )


def _other_parsers(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    imports: argparse._SubParsersAction,  # type: ignore[type-arg]
    reports: argparse._SubParsersAction,  # type: ignore[type-arg]
) -> None:
    consign = commands.add_parser("consign", help="nota de consignación a una tienda aliada (CSV code,quantity)")
    consign.add_argument("partner", metavar="PARTNER")
    consign.add_argument("file", type=Path, metavar="FILE")
    consign.add_argument("--pdf", type=Path, metavar="FILE", help="la nota en PDF (dos ejemplares)")
    sales = imports.add_parser(
        "partner-sales", help="CSV o XLSX de ventas de una tienda aliada (date,code,quantity,price)"
    )
    sales.add_argument("partner", metavar="PARTNER")
    sales.add_argument("file", type=Path)
    report = reports.add_parser("partner", help="enviado, vendido, devuelto, en la tienda, a favor, pagado y saldo")
    report.add_argument("partner", metavar="PARTNER")
    report.add_argument("--json", action="store_true")
    report.add_argument("--from", dest="start", metavar="DATE", help="inicio del estado de cuenta")
    report.add_argument("--to", dest="end", metavar="DATE", help="fin del estado de cuenta")
    report.add_argument("--pdf", type=Path, metavar="FILE", help="el estado de cuenta en PDF")
    report.add_argument("--xlsx", type=Path, metavar="FILE", help="el estado de cuenta en Excel")
    report.add_argument("--language", default="es", metavar="LANG", help="idioma del estado de cuenta: es, en o fr")


def cmd_partner(store, args) -> int:  # type: ignore[no-untyped-def]
    from .services.actors import SYSTEM_ID
    from .services.partners import parse_percent, rate_text, save_partner

    if getattr(args, "action", None) == "pay":
        return _cmd_pay(store, args)
    if getattr(args, "action", None) == "return":
        return _cmd_return(store, args)

    rate = parse_percent(args.commission) if args.commission is not None else None
    info, created = save_partner(
        store,
        args.name,
        rate,
        contact=args.contact,
        terms_days=args.terms,
        old_after_days=args.old_after,
        user_id=SYSTEM_ID,
    )
    verb = "creada" if created else "actualizada"
    print(f"Tienda aliada {verb}: {info.name} (código {info.code}), comisión {rate_text(info.commission_rate)}")
    return EXIT_OK


def _note_lines(path: Path):  # type: ignore[no-untyped-def]
    from .services.import_files import ImportFailed, quantity_cell, read_rows, shown
    from .services.transfer_views import TransferLine

    lines, errors = [], []
    for number, row in read_rows(path, ("code", "quantity")):
        code = row["code"].strip()
        try:
            if not code or len(code) > 32:
                raise ValueError(f"código no válido: «{shown(code)}»")
            lines.append(TransferLine(code, quantity_cell(row["quantity"])))
        except ValueError as exc:
            errors.append(f"línea {number}: {exc}")
    if errors:
        raise ImportFailed(errors)
    return lines


def cmd_consign(store, args) -> int:  # type: ignore[no-untyped-def]
    from .services.actors import SYSTEM_ID
    from .services.consignment import consign
    from .services.exports import write_bytes
    from .services.partner_docs import note_pdf

    result = consign(store, args.partner, _note_lines(args.file), user_id=SYSTEM_ID)
    print(f"Nota de consignación {result.number}: {result.units} unidades a {result.partner_name}")
    if args.pdf is not None:
        write_bytes(args.pdf, note_pdf(store, result))
        print(f"Nota guardada en {args.pdf}")
    return EXIT_OK


def cmd_import_partner_sales(store, args) -> int:  # type: ignore[no-untyped-def]
    from .services.actors import SYSTEM_ID
    from .services.partner_sales import import_partner_sales

    result = import_partner_sales(store, args.partner, args.file, user_id=SYSTEM_ID)
    print(
        f"Reporte {result.number} de {result.partner_name}: {result.lines} filas, {result.units} unidades,"
        f" S/ {format_amount(result.amount)} vendidos, S/ {format_amount(result.due)} a favor del taller."
    )
    return EXIT_OK


def cmd_report_partner(store, args) -> int:  # type: ignore[no-untyped-def]
    from .domain.language import LANGUAGES
    from .services.errors import UserError
    from .services.exports import write_bytes
    from .services.partner_docs import statement_pdf, statement_xlsx
    from .services.partner_report import FIGURE_KEYS, partner_figures, statement

    if (args.start or args.end) and not (args.pdf or args.xlsx):
        raise UserError("--from y --to son del estado de cuenta: indique también --pdf o --xlsx")
    if args.language not in LANGUAGES:
        raise UserError(f"idioma desconocido: «{args.language[:10]}» (es, en o fr)")
    figures = partner_figures(store, args.partner)
    if args.pdf or args.xlsx:
        st = statement(store, args.partner, args.start, args.end)
        for target, make in ((args.pdf, statement_pdf), (args.xlsx, None)):
            if target is not None:
                made = make(store, st, args.language) if make else statement_xlsx(st, args.language)
                write_bytes(target, made)
                print(f"Estado de cuenta guardado en {target}")
    if args.json:
        print(json.dumps(figures.as_json(), ensure_ascii=False, indent=2))
    elif not (args.pdf or args.xlsx):
        words = {
            "sent": "Unidades enviadas",
            "sold": "Unidades vendidas",
            "returned": "Unidades devueltas",
            "on_hand": "Unidades en la tienda",
            "sold_amount": "Vendido a sus precios",
            "commission": "Comisión",
            "due": "A favor del taller",
            "paid": "Pagado",
            "balance": "Saldo",
        }
        values = figures.as_json()
        for key in FIGURE_KEYS:
            value = values[key]
            shown = f"S/ {value}" if isinstance(value, str) else str(value)
            print(f"{words[key]:<28}{shown:>16}")
    return EXIT_OK


METHOD_WORDS = {
    "cash": "en efectivo",
    "usd": "en dólares",
    "transfer": "por transferencia",
    "yape": "por Yape",
    "plin": "por Plin",
}


def _cmd_pay(store, args) -> int:  # type: ignore[no-untyped-def]
    """``partner pay PARTNER AMOUNT --method M [--reference TEXT]``."""
    from .domain.money import MoneyError, parse_money
    from .services.actors import SYSTEM_ID
    from .services.errors import UserError
    from .services.partner_payments import record_payment

    try:
        amount = parse_money(args.amount)
    except MoneyError:
        raise UserError(f"no es un monto válido: «{args.amount[:40]}»") from None
    paid = record_payment(store, args.partner, amount, args.method.strip().lower(), args.reference, user_id=SYSTEM_ID)
    lines = "1 venta cancelada" if paid.lines_settled == 1 else f"{paid.lines_settled} ventas canceladas"
    print(
        f"Cobro {paid.number} a {paid.partner_name}: S/ {format_amount(paid.amount)}"
        f" {METHOD_WORDS.get(paid.method, paid.method)}; {lines}, S/ {format_amount(paid.shares)} para las artesanas."
    )
    return EXIT_OK


def _cmd_return(store, args) -> int:  # type: ignore[no-untyped-def]
    """``partner return PARTNER FILE [--pdf FILE]``: the CSV ``code,quantity`` of the units that come back."""
    from .services.actors import SYSTEM_ID
    from .services.consignment import return_units
    from .services.exports import write_bytes
    from .services.partner_docs import note_pdf

    result = return_units(store, args.partner, _note_lines(args.file), user_id=SYSTEM_ID)
    print(f"Nota de devolución {result.number}: {result.units} unidades de {result.partner_name}")
    if args.pdf is not None:
        write_bytes(args.pdf, note_pdf(store, result))
        print(f"Nota guardada en {args.pdf}")
    return EXIT_OK
