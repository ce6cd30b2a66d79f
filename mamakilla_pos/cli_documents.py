"""Documents on the command line (DESIGN.md §7): copies of notes and the catalogue's files.

``receipt NUMBER --pdf FILE``, ``reprint NUMBER --printer URI`` and
``catalogue --pdf FILE / --feed FILE / --cards DIR / --line-sheet FILE --commission PCT``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_USER = 0, 1


def add_parsers(commands: argparse._SubParsersAction) -> None:
    """``receipt``, ``reprint`` and ``catalogue``."""
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
    _catalogue_parser(commands)


def _catalogue_parser(commands: argparse._SubParsersAction) -> None:
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


def _cli_user() -> str:
    import getpass

    try:
        return f"{getpass.getuser()} (línea de comandos)"
    except (OSError, KeyError):
        return "línea de comandos"


def cmd_receipt(store, args) -> int:  # type: ignore[no-untyped-def]
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


def cmd_reprint(store, args) -> int:  # type: ignore[no-untyped-def]
    """``reprint NUMBER --printer URI``: a reprint (COPIA) on a thermal printer, a CUPS queue or into a PDF file."""
    from .printing import PrintError
    from .printing.targets import BadTarget, parse_target
    from .reprint import reprint
    from .services.errors import UserError

    try:
        target = parse_target(args.printer)
    except BadTarget as exc:
        raise UserError(str(exc)) from None
    try:
        where = reprint(store, args.number.strip(), target, _cli_user())
    except PrintError as exc:
        raise UserError(f"no se imprimió la copia de {args.number.strip()}: {exc}") from None
    print(f"Copia de la nota {args.number.strip()} enviada a {where}")
    return EXIT_OK


def cmd_catalogue(store, args) -> int:  # type: ignore[no-untyped-def]
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
