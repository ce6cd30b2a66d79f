"""The shop server on the command line (DESIGN.md §7, §9).

``publish SERVER_URL``.
"""

from __future__ import annotations

import argparse

EXIT_OK = 0


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    publish = commands.add_parser("publish", help="copiar esta tienda a un servidor PostgreSQL vacío")
    publish.add_argument("server", metavar="SERVER_URL")


def cmd_publish(store, args) -> int:  # type: ignore[no-untyped-def]
    from .services.server import publish

    done = publish(store, args.server)
    print(
        f"Tienda publicada en {done.server}: {done.sales} notas, {done.journal} registros del diario, "
        f"{done.rows} filas; esta caja es {done.till}."
    )
    return EXIT_OK
