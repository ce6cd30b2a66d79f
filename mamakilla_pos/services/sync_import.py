"""``sync import FILE`` on the shop server: a till's file taken, each document exactly once (DESIGN.md §9).

The whole file is checked before anything is written: its checksum, its
shop, the program version that wrote it, and the till's chain in it, entry
by entry. Then its entries are taken in batches, one transaction each
(:mod:`.sync_take`): a file taken twice, or a newer file that carries the
same documents again, doubles nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from ..store import Store, models
from ..store.migrate import head_revision
from .errors import UserError
from .server import first_line
from .sync_file import read_sync_file
from .sync_take import Taken, check_entries, take_in

BATCH = 2_000
"""Entries taken in one transaction."""

NOT_A_SERVER = "esta base no es un servidor de tienda (sync import se hace con --db del servidor)"


@dataclass(frozen=True)
class Imported:
    """What ``sync import`` took: the merge report of one file."""

    till: str
    taken: Taken


def server_shop(store: Store) -> models.ShopServer:
    """Which shop the server at ``store`` is.

    Raises:
        UserError: the database is no shop server.
    """
    with store.session() as session:
        row = session.execute(select(models.ShopServer)).scalar_one_or_none()
    if row is None or store.engine.dialect.name != "postgresql":
        raise UserError(NOT_A_SERVER)
    return row


def import_file(store: Store, path: Path) -> Imported:
    """Take the till's entries in the sync file at ``path`` into this shop server.

    Raises:
        UserError: this is no shop server; the file is no sync file, cut short or changed,
            of another shop or another program version; the till's chain does not
            extend what the server holds. Nothing is changed then.
    """
    shop = server_shop(store)
    content = read_sync_file(path)
    if content.shop != shop.shop_id:
        raise UserError(f"el archivo {path} es de otra tienda, no de la de este servidor")
    if content.schema != head_revision():
        raise UserError(
            f"el archivo {path} es de otra versión de la aplicación ({content.schema}; "
            f"este servidor: {head_revision()}): actualice la caja y expórtelo de nuevo"
        )
    check_entries(content.till, content.base, content.entries)
    taken = Taken()
    try:
        for start in range(0, max(len(content.entries), 1), BATCH):
            batch = content.entries[start : start + BATCH]
            with store.engine.begin() as connection:
                taken.add(take_in(connection, content.till, batch, content.headers, content.pictures))
    except IntegrityError as exc:
        raise UserError(f"el servidor no pudo tomar el archivo de la caja {content.till}: {first_line(exc)}") from None
    except SQLAlchemyError as exc:
        raise UserError(f"el servidor respondió: {first_line(exc)}") from None
    return Imported(content.till, taken)
