"""The ``mamakilla-pos`` command: the app by default, admin subcommands otherwise."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from .domain.limits import FIRST_YEAR, LAST_YEAR
from .domain.money import ZERO, format_amount, to_json

EXIT_OK, EXIT_USER, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        sys.exit(EXIT_USAGE)


class _BadDate(ValueError):
    """A date argument that is not a date: a user error (exit 1), not a usage error."""


def _date(text: str) -> date:
    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise _BadDate(f"fecha no válida: «{text}» (use AAAA-MM-DD)") from None
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise _BadDate(f"fecha fuera de rango: «{text}» (años {FIRST_YEAR} a {LAST_YEAR})")
    return value


def _parse_dates(args: argparse.Namespace) -> None:
    for name in ("date", "start", "end"):
        value = getattr(args, name, None)
        if isinstance(value, str):
            setattr(args, name, _date(value))


def build_parser(partner_action: bool = False) -> argparse.ArgumentParser:
    """The command line's parser; ``partner_action`` when ``partner`` is followed by ``pay`` or ``return``."""
    parser = _Parser(prog="mamakilla-pos", description="Mama Killa POS: punto de venta del taller.")
    parser.add_argument("--db", metavar="URL", help="base de datos (por defecto $MAMAKILLA_DB o el archivo SQLite)")
    parser.add_argument(
        "--till", metavar="CÓDIGO", help="la caja que es este programa (por defecto $MAMAKILLA_TILL o la de esta base)"
    )
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    commands.add_parser("demo", help="llenar la base con una tienda de demostración")
    importing = commands.add_parser("import", help="importar productos o ventas")
    kinds = importing.add_subparsers(dest="kind", required=True, parser_class=_Parser)
    kinds.add_parser("products", help="CSV o XLSX de productos").add_argument("file", type=Path)
    kinds.add_parser("sales", help="CSV de ventas en papel").add_argument("file", type=Path)
    kinds.add_parser("orders", help="CSV o XLSX de encargos tomados en papel").add_argument("file", type=Path)
    report = commands.add_parser("report", help="informes")
    reports = report.add_subparsers(dest="kind", required=True, parser_class=_Parser)
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
    _receipt_parser(commands)
    _catalogue_parser(commands)
    from .cli_partners import add_parsers

    add_parsers(commands, kinds, reports, partner_action)
    from .cli_sync import add_parsers as add_sync_parsers

    add_sync_parsers(commands)
    verify = commands.add_parser("verify", help="comprobar la integridad de la base de datos")
    verify.add_argument(
        "--against", action="append", type=Path, default=[], metavar="BACKUP", help="copia que el diario debe extender"
    )
    verify.add_argument("--head", metavar="DATE:HASH", help="huella del diario impresa en un cierre de caja")
    commands.add_parser("backup", help="copia de seguridad").add_argument("dest", type=Path)
    commands.add_parser("restore", help="restaurar una copia").add_argument("src", type=Path)
    return parser


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _cmd_demo(store, args) -> int:  # type: ignore[no-untyped-def]
    from .services.demo import load_demo

    summary = load_demo(store)
    print(
        f"Tienda de demostración lista: {summary.makers} artesanas, {summary.products} productos, "
        f"{summary.items} artículos, {summary.sales} ventas y {summary.refunds} devolución."
    )
    return EXIT_OK


def _cmd_import(store, args) -> int:  # type: ignore[no-untyped-def]
    from .services import importing

    if args.kind == "orders":
        from .cli_orders import import_orders

        return import_orders(store, args.file)
    if args.kind == "partner-sales":
        from .cli_partners import cmd_import_partner_sales

        return cmd_import_partner_sales(store, args)
    if args.kind == "products":
        result = importing.import_products(store, args.file)
        print(f"{result.rows} filas: {result.created} artículos nuevos, {result.units} unidades producidas.")
    else:
        result = importing.import_sales(store, args.file)
        print(f"{result.rows} filas: {result.sales} ventas y {result.refunds} devoluciones importadas.")
    return EXIT_OK


def _cmd_report(store, args) -> int:  # type: ignore[no-untyped-def]
    if args.kind == "orders":
        from .cli_orders import report_orders

        return report_orders(store, args.json)
    if args.kind == "partner":
        from .cli_partners import cmd_report_partner

        return cmd_report_partner(store, args)
    if args.kind == "shares":
        from .services.shares import share_balances

        balances = share_balances(store, args.start, args.end)
        if args.json:
            _print_json(
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
        else:
            print(f"Participaciones del {args.start} al {args.end}")
            print(f"{'Artesana':<32}{'Generado':>12}{'Devuelto':>12}{'Pagado':>12}{'Saldo':>12}")
            for b in balances:
                print(
                    f"{b.maker:<32}{format_amount(b.accrued):>12}{format_amount(b.reversed):>12}"
                    f"{format_amount(b.paid):>12}{format_amount(b.balance):>12}"
                )
        return EXIT_OK
    from .cli_sync import reporting_till
    from .services.reports import day_report

    report = day_report(store, args.date, documents=args.json, till=reporting_till(store))
    data = {
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
        "cash": {
            currency: {
                "expected": to_json(total.expected),
                "counted": None if total.counted is None else to_json(total.counted),
                "difference": None if total.difference is None else to_json(total.difference),
            }
            for currency, total in ((c, report.cash(c)) for c in ("PEN", "USD"))
        },
        "drawers": {currency: _drawer_json(report, currency) for currency in ("PEN", "USD")},
        "advances": _advances_json(report),
        "partner_payments": _partner_payments_json(report),
    }
    if args.pdf:
        from .cli_input import write_output
        from .services.reports import day_report_pdf

        write_output(args.pdf, day_report_pdf(store, report))
    if args.json:
        _print_json(data)
    else:
        print(f"Día {data['date']}: {report.sales} ventas, {report.refunds} devoluciones")
        print(f"  Bruto {data['gross']}  Descuentos {data['discounts']}  Devoluciones {data['refunds_total']}")
        print(f"  Neto {data['net']}  Redondeo {data['rounding']}")
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
                    f"    {'Soles' if f.currency == 'PEN' else 'Dólares':<8}esperado {format_amount(f.expected):>10}"
                    f"  contado {counted:>10}  diferencia {difference:>8}"
                )
        for currency in ("PEN", "USD"):
            d = report.drawer(currency)
            print(
                f"  {'Soles' if currency == 'PEN' else 'Dólares':<8}fondo {format_amount(d.opening_float)}"
                f" + recibido {format_amount(d.received)} − vuelto {format_amount(d.change)}"
                f" + entradas {format_amount(d.cash_in)} − salidas {format_amount(d.cash_out)}"
                f" − pagos {format_amount(d.payouts)} = {format_amount(d.expected)}"
            )
    return EXIT_OK


def _drawer_json(report, currency: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """A drawer of ``report day --json`` over the day's sessions (DESIGN.md §4 rule 8, §7).

    expected = float + received + advances + partner_payments − change + cash_in − cash_out − payouts,
    where received is the cash taken on sales less the cash paid back on refunds,
    advances the cash taken on custom orders less the cash given back and
    partner_payments the cash partner shops paid for what they sold (DESIGN.md §10);
    counted and difference are of the closed sessions (``null`` when none is).
    """
    figures, cash = report.drawer(currency), report.cash(currency)
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
        "counted": None if cash.counted is None else to_json(cash.counted),
        "difference": None if cash.difference is None else to_json(cash.difference),
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


def _session_json(s) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """A cash session of ``report day --json``: when, who, and each currency's drawer."""

    def drawer(f) -> dict[str, object]:  # type: ignore[no-untyped-def]
        # Kept as it always was: cash_out counts makers' cash payouts too ("drawers" sets them apart).
        return {
            "float": to_json(f.opening_float),
            "sales": to_json(f.sales),
            "change": to_json(f.change),
            "refunds": to_json(f.refunds),
            "cash_in": to_json(f.cash_in),
            "cash_out": to_json(f.cash_out + f.payouts),
            "expected": to_json(f.expected),
            "counted": None if f.counted is None else to_json(f.counted),
            "difference": None if f.difference is None else to_json(f.difference),
        }

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
        "cash": {"PEN": drawer(s.pen), "USD": drawer(s.usd)},
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


def _cmd_stock(store, args) -> int:  # type: ignore[no-untyped-def]
    from .services.stock import stock_levels

    levels = stock_levels(store)
    if args.json:
        _print_json(
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


def _receipt_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    receipt = commands.add_parser("receipt", help="copia (COPIA) de una nota de venta o de devolución en PDF")
    receipt.add_argument("number", metavar="NUMBER")
    receipt.add_argument("--pdf", type=Path, metavar="FILE", required=True)
    reprint = commands.add_parser("reprint", help="copia (COPIA) de una nota enviada a una impresora")
    reprint.add_argument("number", metavar="NUMBER")
    reprint.add_argument(
        "--printer",
        required=True,
        metavar="URI",
        help="escpos+tcp://SERVIDOR:PUERTO, escpos+usb://VID:PID, escpos+serial://PUERTO, cups:COLA, file:X.pdf",
    )


def _cli_user() -> str:
    import getpass

    try:
        return f"{getpass.getuser()} (línea de comandos)"
    except (OSError, KeyError):
        return "línea de comandos"


def _cmd_receipt(store, args) -> int:  # type: ignore[no-untyped-def]
    """``receipt NUMBER --pdf FILE``: a reprint, marked COPIA with who printed it from the command line."""
    from .services.exports import write_bytes
    from .services.receipts import receipt_pdf

    pdf = receipt_pdf(store, args.number, copy=True, user_name=_cli_user())
    try:
        write_bytes(args.pdf, pdf)
    except OSError as exc:
        print(f"error: no se puede escribir {args.pdf}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USER
    print(f"Copia de la nota {args.number.strip()} guardada en {args.pdf}")
    return EXIT_OK


def _cmd_reprint(store, args) -> int:  # type: ignore[no-untyped-def]
    """``reprint NUMBER --printer URI``: a reprint (COPIA) on a thermal printer, a CUPS queue or into a PDF file."""
    from .printing import PrintError
    from .printing.targets import BadTarget, parse_target
    from .reprint import reprint

    try:
        target = parse_target(args.printer)
    except BadTarget as exc:
        return _error(str(exc))
    try:
        where = reprint(store, args.number.strip(), target, _cli_user())
    except PrintError as exc:
        return _error(f"no se imprimió la copia de {args.number.strip()}: {exc}")
    print(f"Copia de la nota {args.number.strip()} enviada a {where}")
    return EXIT_OK


def _catalogue_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    catalogue = commands.add_parser(
        "catalogue", help="catálogo con fotos (PDF), lista para tiendas aliadas, tarjetas PNG y feed de Meta (CSV)"
    )
    catalogue.add_argument("--pdf", type=Path, metavar="FILE", help="el catálogo con fotos, A4")
    catalogue.add_argument("--feed", type=Path, metavar="FILE", help="el feed del catálogo de Meta (CSV)")
    catalogue.add_argument("--cards", type=Path, metavar="DIR", help="una tarjeta PNG por producto (y su historia)")
    catalogue.add_argument("--no-stories", action="store_true", help="solo las tarjetas cuadradas, sin historias")
    catalogue.add_argument("--line-sheet", type=Path, metavar="FILE", help="lista de precios para tiendas aliadas")
    catalogue.add_argument("--commission", metavar="PCT", help="comisión de la tienda aliada, en %% (con --line-sheet)")
    catalogue.add_argument("--category", action="append", default=[], metavar="NAME", help="solo esta categoría")
    catalogue.add_argument("--product", action="append", default=[], metavar="NAME", help="solo este producto")


def _cmd_catalogue(store, args) -> int:  # type: ignore[no-untyped-def]
    """``catalogue --pdf FILE / --feed FILE / --cards DIR / --line-sheet FILE --commission PCT``."""
    from .cli_input import check_output, check_output_folder, output_folder, write_output
    from .services import catalogue_files
    from .services.catalogue_docs import CatalogueChoice
    from .services.errors import UserError

    if not (args.pdf or args.feed or args.cards or args.line_sheet):
        raise UserError("indique qué hacer: --pdf ARCHIVO, --feed ARCHIVO, --cards CARPETA o --line-sheet ARCHIVO")
    if args.line_sheet and args.commission is None:
        raise UserError("--line-sheet necesita --commission (la comisión de la tienda aliada, en %)")
    if args.commission is not None and not args.line_sheet:
        raise UserError("--commission va con --line-sheet")
    for path in (args.feed, args.line_sheet, args.pdf):
        if path:
            check_output(path)
    if args.cards:
        check_output_folder(args.cards)
    choice = CatalogueChoice(tuple(args.category), tuple(args.product))
    made: list[tuple[Path, bytes]] = []
    if args.feed:
        made.append((args.feed, catalogue_files.feed_csv(store, choice)))
    if args.line_sheet:
        made.append((args.line_sheet, catalogue_files.line_sheet_pdf(store, args.commission, choice)))
    if args.pdf:
        made.append((args.pdf, catalogue_files.catalogue_pdf(store, choice)))
    folder = output_folder(args.cards) if args.cards else None
    for path, data in made:
        write_output(path, data)
        print(f"Guardado: {path}")
    if folder is not None:
        cards = catalogue_files.write_cards(store, folder, choice, stories=not args.no_stories)
        stories = sum(1 for c in cards if c.story is not None)
        print(f"{len(cards)} tarjetas{f' y {stories} historias' if stories else ''} en {folder}")
    return EXIT_OK


def _cmd_verify(store, args) -> int:  # type: ignore[no-untyped-def]
    from .services.verify import verify

    problems = verify(store, args.against, args.head)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"verify: {len(problems)} problema(s) encontrados", file=sys.stderr)
        return EXIT_USER
    print("verify: la base de datos está íntegra")
    return EXIT_OK


def _cmd_backup(store, args) -> int:  # type: ignore[no-untyped-def]
    from .services.anchors import copy_head
    from .services.backup import backup

    info = backup(store, args.dest)
    print(f"Copia guardada en {info.path} ({info.counts['sales']} notas)")
    head = copy_head(info.path)
    if head is not None:  # what ``verify --against`` checks the journal against
        print(f"Diario hasta el registro {head[0]}, huella {head[1]}")
    return EXIT_OK


def _cmd_restore(store, args) -> int:  # type: ignore[no-untyped-def]
    from .services.backup import restore

    aside = restore(store, args.src)
    print(f"Restaurado desde {args.src}; la base anterior quedó en {aside}")
    return EXIT_OK


def _cmd_partner(store, args) -> int:  # type: ignore[no-untyped-def]
    from .cli_partners import cmd_partner

    return cmd_partner(store, args)


def _cmd_consign(store, args) -> int:  # type: ignore[no-untyped-def]
    from .cli_partners import cmd_consign

    return cmd_consign(store, args)


def _cmd_publish(store, args) -> int:  # type: ignore[no-untyped-def]
    from .cli_sync import cmd_publish

    return cmd_publish(store, args)


def _cmd_join(store, args) -> int:  # type: ignore[no-untyped-def]
    from .cli_sync import cmd_join

    return cmd_join(store, args)


def _cmd_sync(store, args) -> int:  # type: ignore[no-untyped-def]
    from .cli_sync import cmd_sync

    return cmd_sync(store, args)


COMMANDS = {
    "demo": _cmd_demo,
    "sync": _cmd_sync,
    "publish": _cmd_publish,
    "join": _cmd_join,
    "partner": _cmd_partner,
    "consign": _cmd_consign,
    "import": _cmd_import,
    "report": _cmd_report,
    "stock": _cmd_stock,
    "receipt": _cmd_receipt,
    "reprint": _cmd_reprint,
    "catalogue": _cmd_catalogue,
    "verify": _cmd_verify,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
}


def till_database(argv: Sequence[str]) -> tuple[bool, str | None]:
    """Whether ``argv`` only starts the till (no command), and the ``--db`` it names.

    The plain forms (nothing, ``--db URL``, ``--db=URL``) are read here, so
    starting the till does not build the parser of every command; any other
    form goes through the parser.
    """
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--db" and not argv[1].startswith("-"):
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--db=") and len(argv[0]) > len("--db="):
        return True, argv[0][len("--db=") :]
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0, 1 user error, 2 usage)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    till_only, url = till_database(arguments)
    if till_only:
        from .app import run

        return run(url)
    from .cli_partners import names_partner_action

    args = build_parser(names_partner_action(arguments)).parse_args(arguments)
    try:
        _parse_dates(args)
    except _BadDate as exc:
        return _error(str(exc))
    if args.till is not None:
        from .machine import ENV_TILL

        if not args.till.strip():
            return _error("falta el código de la caja en --till")
        os.environ[ENV_TILL] = args.till.strip().upper()  # the app and every store opened here are this till
    if args.command is None:
        from .app import run

        return run(args.db)

    return _run_command(args)


def _error(message: str) -> int:
    from .cli_input import one_line

    print(f"error: {one_line(message)}", file=sys.stderr)
    return EXIT_USER


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def _run_command(args: argparse.Namespace) -> int:
    """Open the database and run ``args.command`` on it; any failure is one line on stderr and exit 1.

    A database file that this run created for a command that then failed is
    removed again, with the folders made for it: a failed command leaves
    nothing behind.
    """
    from .cli_input import database_problem, forget_new_database, path_problem, sqlite_file
    from .paths import default_url

    url = args.db or default_url()
    problem = path_problem(vars(args)) or database_problem(url, args.command)
    if problem is not None:
        return _error(problem)
    path = sqlite_file(url)
    new_folders = [] if path is None else [p for p in path.absolute().parents if not p.exists()]
    new_file = path if path is not None and not path.exists() else None
    status = EXIT_USER
    try:
        store = _open_database(url)
        if store is None:
            return status
        try:
            status = _dispatch(store, args)
        finally:
            store.dispose()
    finally:
        if new_file is not None and status != EXIT_OK:
            forget_new_database(new_file)
            for folder in new_folders:
                with contextlib.suppress(OSError):
                    folder.rmdir()
    return status


def _open_database(url: str):  # type: ignore[no-untyped-def]
    """The open, migrated shop database at ``url``, or ``None`` after saying why it cannot be opened."""
    from sqlalchemy.exc import SQLAlchemyError

    from .services.setup import ensure_defaults
    from .store import open_store
    from .store.engine import NewerDatabase

    try:
        store = open_store(url)
    except ImportError as exc:
        _error(f"no se puede abrir la base de datos: falta el controlador {exc.name or _first_line(exc)}")
        return None
    except (SQLAlchemyError, OSError, ValueError, NewerDatabase) as exc:
        _error(f"no se puede abrir la base de datos: {_first_line(exc)}")
        return None
    try:
        ensure_defaults(store)
    except (SQLAlchemyError, OSError, ValueError) as exc:
        store.dispose()
        _error(f"no se puede abrir la base de datos: {_first_line(exc)}")
        return None
    return store


def _dispatch(store, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    """Run the command; a user error, a database error or an error of the system is one line on stderr."""
    import sqlite3

    from sqlalchemy.exc import SQLAlchemyError

    from .cli_input import one_line, os_error_text
    from .services.errors import UserError
    from .services.failures import storage_message
    from .services.importing import ImportFailed

    try:
        return COMMANDS[args.command](store, args)
    except BrokenPipeError:
        sys.stderr.close()
        return EXIT_OK
    except ImportFailed as exc:
        for line in exc.errors:
            print(one_line(line), file=sys.stderr)
        return _error(str(exc))
    except UserError as exc:
        return _error(str(exc))
    except (SQLAlchemyError, sqlite3.Error) as exc:  # sqlite3 itself: backups and copies of the file
        return _error(storage_message(exc) or f"la base de datos respondió: {_first_line(exc)}")
    except OSError as exc:
        return _error(os_error_text(exc))
    except Exception as exc:  # the last guard: one line, never a traceback
        return _error(f"fallo inesperado ({type(exc).__name__}: {_first_line(exc)})")


if __name__ == "__main__":
    sys.exit(main())
