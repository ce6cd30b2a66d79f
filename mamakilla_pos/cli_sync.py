"""The shop server on the command line (DESIGN.md §7, §9).

``publish SERVER_URL``, ``join SERVER_URL --till CODE``, ``sync [--json]``, ``sync export FILE`` and
``sync import FILE``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

EXIT_OK = 0


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    publish = commands.add_parser("publish", help="copiar esta tienda a un servidor PostgreSQL vacío")
    publish.add_argument("server", metavar="SERVER_URL")
    join = commands.add_parser("join", help="hacer de este archivo una caja nueva de la tienda del servidor")
    join.add_argument("server", metavar="SERVER_URL")
    join.add_argument("--till", dest="join_till", required=True, metavar="CODE", help="código de esta caja (F001)")
    join.add_argument("--location", dest="join_location", metavar="CODE", help="ubicación de la caja (taller)")
    join.add_argument("--series", dest="join_series", metavar="SERIE", help="serie de sus notas (su código)")
    sync = commands.add_parser("sync", help="intercambiar con el servidor de la tienda, o por un archivo")
    sync.add_argument("--json", action="store_true")
    actions = sync.add_subparsers(dest="action", parser_class=type(sync))
    actions.add_parser("export", help="los documentos pendientes a un archivo (memoria USB)").add_argument(
        "file", type=Path
    )
    actions.add_parser("import", help="tomar en el servidor el archivo de una caja").add_argument("file", type=Path)


def cmd_publish(store, args) -> int:  # type: ignore[no-untyped-def]
    from .services.server import publish

    done = publish(store, args.server)
    print(
        f"Tienda publicada en {done.server}: {done.sales} notas, {done.journal} registros del diario, "
        f"{done.rows} filas; esta caja es {done.till}."
    )
    return EXIT_OK


def cmd_join(store, args) -> int:  # type: ignore[no-untyped-def]
    from .services.server_join import join

    done = join(store, args.server, args.join_till, args.join_location, args.join_series)
    print(
        f"Esta caja es {done.till} de la tienda del servidor {done.server}: serie {done.series}, "
        f"ubicación {done.location}; {done.items} artículos, {done.users} personas, {done.rows} filas copiadas."
    )
    return EXIT_OK


def reporting_till(store) -> str | None:  # type: ignore[no-untyped-def]
    """On a till of a shop with a server, that till (its reports are its own); otherwise ``None``: everything."""
    from .paths import sqlite_path
    from .services.server import link_of

    if sqlite_path(store.url) is None or store.till is None:
        return None
    return store.till if link_of(store) is not None else None


KINDS = {
    "sale": "ventas",
    "refund": "devoluciones",
    "payout": "pagos a artesanas",
    "cash_in": "ingresos de dinero",
    "cash_out": "retiros de dinero",
    "production": "producciones",
    "adjustment": "ajustes de stock",
    "stocktake": "inventarios",
    "transfer": "traslados",
    "session_open": "aperturas de caja",
    "session_close": "cierres de caja (Z)",
}


def merge_line(till: str, taken) -> str:  # type: ignore[no-untyped-def]
    """The merge report in one line: how many of each document, from which till, for which days."""
    counts = ", ".join(f"{n} {KINDS.get(kind, kind)}" for kind, n in sorted(taken.documents.items()))
    days = sorted(taken.days)
    when = "" if not days else f" (días {days[0]} a {days[-1]})" if len(days) > 1 else f" (día {days[0]})"
    return (
        f"Caja {till}: {taken.new} registros nuevos{': ' + counts if counts else ''}{when}; "
        f"{taken.already} ya estaban en el servidor."
    )


def cmd_sync(store, args) -> int:  # type: ignore[no-untyped-def]
    if args.action == "export":
        from .services.sync_outbox import export_pending

        done = export_pending(store, args.file)
        print(
            f"Caja {done.till}: {done.documents} documentos pendientes ({done.entries} registros del diario, "
            f"del {done.first_seq} al {done.last_seq}) escritos en {args.file}."
        )
        return EXIT_OK
    if args.action == "import":
        from .services.sync_reports import import_and_record

        imported = import_and_record(store, args.file)
        print(merge_line(imported.till, imported.taken))
        return EXIT_OK
    from .services.sync_reports import sync_and_record

    done = sync_and_record(store)
    if args.json:
        print(json.dumps(synced_json(done), ensure_ascii=False, indent=2))
        return EXIT_OK
    pulled = sum(done.pulled.values())
    print(f"{merge_line(done.till, done.pushed)} Del servidor: {pulled} filas; pendientes: {done.waiting}.")
    return EXIT_OK


def synced_json(done) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """``sync --json``: what went (by kind and day), what came (rows by table), what still waits."""
    return {
        "server": done.server,
        "till": done.till,
        "pushed": {
            "entries": done.pushed.new,
            "already": done.pushed.already,
            "documents": dict(sorted(done.pushed.documents.items())),
            "days": [day.isoformat() for day in sorted(done.pushed.days)],
        },
        "pulled": dict(sorted(done.pulled.items())),
        "waiting": done.waiting,
    }
