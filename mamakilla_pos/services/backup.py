"""Consistent backups and verified restores of a SQLite shop database."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..store import Store
from ..store.engine import sqlite_path
from ..store.migrate import known_revisions
from .errors import UserError

CHECKED_TABLES = ("sales", "sale_lines", "payments", "share_entries", "stock_movements", "journal")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    counts: dict[str, int]


def _counts(connection: sqlite3.Connection) -> dict[str, int]:
    return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in CHECKED_TABLES}


def check_file(path: Path) -> dict[str, int]:
    """Check that ``path`` is a sound shop database this version can open.

    Returns the row counts of its main tables.

    Raises:
        UserError: missing, damaged, not a shop database, or from a newer version.
    """
    if not path.is_file():
        raise UserError(f"no existe el archivo {path}")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA integrity_check").fetchall()
            if result != [("ok",)]:
                raise UserError(f"{path.name} está dañado: {result[0][0]}")
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables or not set(CHECKED_TABLES) <= tables:
                raise UserError(f"{path.name} no es una base de datos de Mama Killa POS")
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision is None or revision[0] not in known_revisions():
                raise UserError(f"{path.name} es de una versión más nueva de la aplicación")
            return _counts(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise UserError(f"{path.name} no es una base de datos válida ({exc})") from exc


def _require_sqlite(store: Store) -> Path:
    path = sqlite_path(store.url)
    if path is None:
        raise UserError("la copia de seguridad de PostgreSQL se hace con pg_dump (vea el README)")
    return path


def backup(store: Store, dest: Path) -> BackupInfo:
    """Copy the open database to ``dest`` with SQLite's online backup, then verify the copy.

    ``dest`` may be a folder (a dated file name is chosen) or a file name.
    """
    source = _require_sqlite(store)
    if dest.is_dir():
        dest = dest / f"mamakilla-{datetime.now():%Y%m%d-%H%M%S}.db"
    elif not dest.parent.is_dir():
        raise UserError(f"no existe la carpeta {dest.parent}")
    if dest.resolve() == source.resolve():
        raise UserError("la copia no puede reemplazar la base de datos abierta")
    partial = dest.with_name(dest.name + ".partial")
    src = sqlite3.connect(source)
    try:
        out = sqlite3.connect(partial)
        try:
            src.backup(out)
            expected = _counts(src)
        finally:
            out.close()
    finally:
        src.close()
    counts = check_file(partial)
    if counts != expected:
        partial.unlink(missing_ok=True)
        raise UserError("la copia no tiene los mismos registros que el original")
    partial.replace(dest)
    return BackupInfo(dest, counts)


def restore(store: Store, source: Path) -> Path:
    """Replace the database with the backup ``source`` after checking it.

    The current database is kept aside, never overwritten. Returns the path
    where it was kept.
    """
    target = _require_sqlite(store)
    check_file(source)
    store.dispose()
    aside = target.with_name(f"{target.stem}.antes-de-restaurar-{datetime.now():%Y%m%d-%H%M%S}{target.suffix}")
    if target.exists():
        src = sqlite3.connect(target)
        try:
            out = sqlite3.connect(aside)
            try:
                src.backup(out)
            finally:
                out.close()
        finally:
            src.close()
    staged = target.with_name(target.name + ".restoring")
    shutil.copyfile(source, staged)
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    staged.replace(target)
    return aside
