"""What to do when the shop's database cannot be opened at start.

:func:`diagnose` looks at a SQLite file without changing it: a file that is
not SQLite at all, one that was cut short (a full disk, a stick pulled out),
one from another program, or one from a newer version of the app. It also
finds the newest backup that passes its own check, so the screen can offer
to restore it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..store.migrate import known_revisions
from .backup import CHECKED_TABLES, check_file, newest_backup
from .errors import UserError

MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class DatabaseProblem:
    """Why the database cannot be opened, and the best backup to restore."""

    kind: str  # damaged | foreign | newer
    message: str
    path: Path
    backup: Path | None = None
    backup_taken: datetime | None = None
    backup_counts: dict[str, int] = field(default_factory=dict)


def _header_problem(path: Path) -> str:
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header:
        return "el archivo está vacío"
    if not header.startswith(MAGIC):
        return "el archivo no es una base de datos (su contenido está dañado o es de otro tipo)"
    if len(header) < 100:
        return "el archivo está incompleto"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    change_counter = header[24:28]
    valid_for = header[92:96]
    if pages and change_counter == valid_for and path.stat().st_size < pages * page_size:
        return "el archivo está incompleto: se cortó al escribirlo (¿disco lleno o memoria retirada?)"
    return ""


def _schema_problem(path: Path) -> tuple[str, str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return "", ""
        if "alembic_version" not in tables or not set(CHECKED_TABLES) <= tables:
            return "foreign", "el archivo es una base de datos de otro programa, no de Mama Killa POS"
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is not None and row[0] not in known_revisions():
            return "newer", "la base de datos es de una versión más nueva de la aplicación: actualice el programa"
        return "", ""
    finally:
        connection.close()


def diagnose(path: Path, backup_folders: Iterable[Path] = ()) -> DatabaseProblem | None:
    """``None`` when ``path`` is missing (a new shop) or looks sound; otherwise what is wrong.

    Only reads the file (read-only), so a damaged file is left exactly as it was.
    """
    if not path.exists():
        return None
    kind, message = "damaged", _header_problem(path)
    if not message:
        try:
            kind, message = _schema_problem(path)
        except sqlite3.DatabaseError as exc:
            kind, message = "damaged", f"la base de datos está dañada ({exc})"
    if not message:
        return None
    folders = [path.parent / "copias", *backup_folders]
    best: tuple[Path, datetime] | None = None
    for folder in folders:
        found = newest_backup(folder)
        if found and (best is None or found[1] > best[1]):
            best = found
    counts: dict[str, int] = {}
    if best is not None:
        try:
            counts = check_file(best[0])
        except UserError:
            best = None
    return DatabaseProblem(kind, message, path, best[0] if best else None, best[1] if best else None, counts)
