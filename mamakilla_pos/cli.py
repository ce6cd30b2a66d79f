"""The ``mamakilla-pos`` command: the app by default, admin subcommands otherwise."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from .domain.limits import FIRST_YEAR, LAST_YEAR

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
    from . import cli_documents, cli_partners, cli_reports, cli_sync

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
    reports = cli_reports.add_parsers(commands)
    cli_documents.add_parsers(commands)
    cli_partners.add_parsers(commands, kinds, reports, partner_action)
    cli_sync.add_parsers(commands)
    verify = commands.add_parser("verify", help="comprobar la integridad de la base de datos")
    verify.add_argument(
        "--against", action="append", type=Path, default=[], metavar="BACKUP", help="copia que el diario debe extender"
    )
    verify.add_argument("--head", metavar="DATE:HASH", help="huella del diario impresa en un cierre de caja")
    commands.add_parser("backup", help="copia de seguridad").add_argument("dest", type=Path)
    commands.add_parser("restore", help="restaurar una copia").add_argument("src", type=Path)
    return parser


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


COMMANDS: dict[str, Callable[..., int] | tuple[str, str]] = {
    "demo": _cmd_demo,
    "sync": ("cli_sync", "cmd_sync"),
    "publish": ("cli_sync", "cmd_publish"),
    "join": ("cli_sync", "cmd_join"),
    "partner": ("cli_partners", "cmd_partner"),
    "consign": ("cli_partners", "cmd_consign"),
    "import": _cmd_import,
    "report": ("cli_reports", "cmd_report"),
    "stock": ("cli_reports", "cmd_stock"),
    "receipt": ("cli_documents", "cmd_receipt"),
    "reprint": ("cli_documents", "cmd_reprint"),
    "catalogue": ("cli_documents", "cmd_catalogue"),
    "verify": _cmd_verify,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
}
"""Each command: its function here, or the module of its subject and the function there (imported when run)."""


def command(name: str) -> Callable[..., int]:
    """The function that runs the command ``name``, its module imported only now."""
    found = COMMANDS[name]
    if callable(found):
        return found
    module, function = found
    return getattr(importlib.import_module(f".{module}", __package__), function)


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
        return command(args.command)(store, args)
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
