"""Partner shops on the command line (DESIGN.md §7, §10).

``partner NAME --commission PCT``, ``consign PARTNER FILE``,
``import partner-sales PARTNER FILE`` and ``report partner PARTNER [--json]``
(with ``--pdf``/``--xlsx`` the statement of a period).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from .domain.money import format_amount

EXIT_OK = 0


def add_parsers(
    commands: argparse._SubParsersAction, imports: argparse._SubParsersAction, reports: argparse._SubParsersAction
) -> None:  # type: ignore[type-arg]
    partner = commands.add_parser("partner", help="crear o cambiar una tienda aliada (consignación)")
    partner.add_argument("name", metavar="NAME")
    partner.add_argument("--commission", metavar="PCT", help="comisión de la tienda en %% (p. ej. 30)")
    partner.add_argument("--contact", metavar="TEXT", help="persona y teléfono de contacto")
    partner.add_argument("--terms", type=int, metavar="DAYS", help="días que tiene para pagar")
    partner.add_argument(
        "--old-after", dest="old_after", type=int, metavar="DAYS", help="días para listar unidades antiguas"
    )
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


def cmd_partner(store, args) -> int:  # type: ignore[no-untyped-def]
    from .services.partners import parse_percent, rate_text, save_partner

    rate = parse_percent(args.commission) if args.commission is not None else None
    info, created = save_partner(
        store, args.name, rate, contact=args.contact, terms_days=args.terms, old_after_days=args.old_after
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
    from .services.consignment import consign
    from .services.exports import write_bytes
    from .services.partner_docs import note_pdf

    result = consign(store, args.partner, _note_lines(args.file))
    print(f"Nota de consignación {result.number}: {result.units} unidades a {result.partner_name}")
    if args.pdf is not None:
        write_bytes(args.pdf, note_pdf(store, result))
        print(f"Nota guardada en {args.pdf}")
    return EXIT_OK


def cmd_import_partner_sales(store, args) -> int:  # type: ignore[no-untyped-def]
    from .services.partner_sales import import_partner_sales

    result = import_partner_sales(store, args.partner, args.file)
    print(
        f"Reporte {result.number} de {result.partner_name}: {result.lines} filas, {result.units} unidades,"
        f" S/ {format_amount(result.amount)} vendidos, S/ {format_amount(result.due)} a favor del taller."
    )
    return EXIT_OK


def cmd_report_partner(store, args) -> int:  # type: ignore[no-untyped-def]
    from .services.errors import UserError
    from .services.exports import write_bytes
    from .services.partner_docs import statement_pdf, statement_xlsx
    from .services.partner_report import FIGURE_KEYS, partner_figures, statement

    if (args.start or args.end) and not (args.pdf or args.xlsx):
        raise UserError("--from y --to son del estado de cuenta: indique también --pdf o --xlsx")
    figures = partner_figures(store, args.partner)
    if args.pdf or args.xlsx:
        st = statement(store, args.partner, args.start, args.end)
        for target, make in ((args.pdf, statement_pdf), (args.xlsx, None)):
            if target is not None:
                write_bytes(target, make(store, st) if make else statement_xlsx(st))
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
