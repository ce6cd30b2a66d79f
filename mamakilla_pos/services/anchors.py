"""Anchors outside the file: the journal must extend every backup and every printed head.

The chain alone proves nothing to someone who holds the file: whoever can
edit it can recompute every hash. What they cannot edit is a copy kept
elsewhere or a Z report on paper.

- **A backup** is a whole copy of the database, journal included: it
  carries the head it was taken at (its ``journal_head`` row and the
  entries before it; ``backup`` prints that head). The database's journal
  must hold every entry of the copy's, hash for hash: the first entry that
  differs is named. ``verify --against COPY`` checks given copies; plain
  ``verify`` also checks the newest copy of each backup folder it knows
  (the configured one and ``copias`` beside the database).
- **A printed head**: the Z report prints the journal's hash at the close
  of the session (``Huella del diario al cierre``), with the close's date
  (``Cierre``). ``verify --head DATE:HASH`` checks that the journal holds an
  entry of that day with that hash: every entry up to it is then as it was
  when the report was printed.

A copy is taken as it is: one kept where the file's holder can reach (the
``copias`` folder beside the database) can be rewritten along with it.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Connection

from ..store import Store, tables
from ..store.engine import sqlite_path
from .errors import UserError

HEAD_KINDS = ("session_close", "day_close")  # entries whose hash is printed (Z report, day closing)
MIN_HEX = 16  # a printed hash read back: at least its first 16 hex digits


@dataclass(frozen=True)
class PrintedHead:
    """``DATE:HASH`` as read off a printed Z report."""

    day: date
    hash: str


def parse_head(text: str) -> PrintedHead:
    """Read ``DATE:HASH`` as the Z report prints them.

    The date is the closing's day, as printed (``30/11/2026``) or in ISO form
    (``2026-11-30``); the hash may be typed in pieces separated by spaces (the
    report prints it on two lines) and cut short, to no fewer than 16 digits.

    Raises:
        UserError: not such a date and at least 16 hexadecimal digits.
    """
    day_text, sep, hash_text = text.strip().partition(":")
    digits = re.sub(r"\s+", "", hash_text).lower()
    day = _day(day_text.strip())
    if not sep or day is None or not re.fullmatch(f"[0-9a-f]{{{MIN_HEX},64}}", digits):
        raise UserError(
            f"cabecera no válida: «{text}» (use FECHA:HUELLA como las imprime el cierre de caja,"
            f" p. ej. 30/11/2026:9f2c…, con al menos {MIN_HEX} cifras de la huella)"
        )
    return PrintedHead(day, digits)


def _day(text: str) -> date | None:
    for form in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    return None


def _open_copy(path: Path) -> sqlite3.Connection:
    """The copy, read-only; never creates -wal/-shm files beside it.

    Raises:
        UserError: missing, or not a shop database.
    """
    if not path.is_file():
        raise UserError(f"no existe la copia {path}")
    try:
        copy = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        names = {r[0] for r in copy.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise UserError(f"{path.name} no es una base de datos válida ({exc})") from exc
    if not {"journal", "journal_head"} <= names:
        copy.close()
        raise UserError(f"{path.name} no es una copia de Mama Killa POS")
    return copy


def copy_head(path: Path) -> tuple[int, str] | None:
    """The journal head a backup was taken at: ``(last entry, its hash)``, or ``None`` for an empty journal.

    Raises:
        UserError: the copy cannot be read as a shop database.
    """
    copy = _open_copy(path)
    try:
        row = copy.execute("SELECT seq, hash FROM journal_head WHERE id = 1").fetchone()
    finally:
        copy.close()
    return (int(row[0]), str(row[1])) if row else None


def _copy_entries(copy: sqlite3.Connection, name: str) -> Iterator[tuple[int, str, str, str, str]]:
    """``(seq, hash, kind, ref, created_at)`` of the copy's entries; the copy's own links are checked."""
    prev = "0" * 64
    expected = 1
    for seq, digest, prev_hash, kind, ref, at in copy.execute(
        "SELECT seq, hash, prev_hash, kind, ref, created_at FROM journal ORDER BY seq"
    ):
        if seq != expected or prev_hash != prev:
            raise _BrokenCopy(f"la copia {name} está alterada: su diario se corta en el registro {seq}")
        prev, expected = digest, seq + 1
        yield seq, digest, kind, ref, at
    head = copy.execute("SELECT seq, hash FROM journal_head WHERE id = 1").fetchone()
    if head is not None and (head[0] != expected - 1 or head[1] != prev):
        raise _BrokenCopy(f"la copia {name} está alterada: su cabecera no es su último registro")


class _BrokenCopy(Exception):
    pass


def _describe(kind: str, ref: str, at: object) -> str:
    from .verify_journal import document_label

    return f"{document_label(kind, ref)}, {str(at)[:16]}"


def _against_copy(connection: Connection, path: Path) -> list[str]:
    """Problems if the database's journal does not extend the copy's, entry for entry.

    Raises:
        UserError: the copy cannot be read as a shop database.
    """
    copy = _open_copy(path)
    journal = tables.journal.c
    live = connection.execute(
        select(journal.seq, journal.hash, journal.kind, journal.ref, journal.created_at).order_by(journal.seq)
    )
    name = path.name
    try:
        mine = iter(live)
        for seq, digest, kind, ref, at in _copy_entries(copy, name):
            own = next(mine, None)
            if own is None:
                what = _describe(kind, ref, at)
                return [f"al diario le faltan los registros desde el {seq} ({what}) que tiene la copia {name}"]
            if own.seq != seq or own.hash != digest:
                return [
                    f"el diario difiere de la copia {name} desde el registro {seq}: la copia tiene"
                    f" {_describe(kind, ref, at)}, la base de datos"
                    f" {_describe(own.kind, own.ref, own.created_at)} (fue reescrito)"
                ]
    except _BrokenCopy as exc:
        return [str(exc)]
    finally:
        live.close()
        copy.close()
    return []


def _against_head(connection: Connection, head: PrintedHead) -> list[str]:
    """Problems if no entry of ``head.day`` has the printed hash."""
    journal = tables.journal.c
    start = datetime.combine(head.day, time.min)
    rows = connection.execute(
        select(journal.seq, journal.hash).where(
            journal.kind.in_(HEAD_KINDS), journal.created_at >= start, journal.created_at < start + timedelta(days=1)
        )
    ).all()
    if any(digest.startswith(head.hash) for _seq, digest in rows):
        return []
    return [
        f"la huella impresa {head.hash[:16]}… del {head.day:%d/%m/%Y} no está en el diario:"
        " el diario fue reescrito desde entonces"
    ]


def known_copies(store: Store) -> list[Path]:
    """The newest readable copy of each backup folder the database knows."""
    from .backup import AUTO_NAME, backup_folder

    folders = []
    path = sqlite_path(store.url)
    for folder in (backup_folder(store), path.parent / "copias" if path else None):
        if folder is not None and folder.is_dir() and folder.resolve() not in folders:
            folders.append(folder.resolve())
    found = []
    for folder in folders:
        named = sorted((p for p in folder.glob("mamakilla-*.db") if AUTO_NAME.match(p.name)), reverse=True)
        for candidate in named:
            try:
                _open_copy(candidate).close()
            except UserError:
                continue  # a damaged copy proves nothing either way: the next newest is used
            found.append(candidate)
            break
    return found


def prepare(against: Sequence[Path], head: str | None) -> PrintedHead | None:
    """Check the anchors given before the long read: each copy opens, the head is ``DATE:HASH``.

    Raises:
        UserError: a copy cannot be read, or the head is not ``DATE:HASH``.
    """
    printed = parse_head(head) if head is not None else None
    for path in against:
        _open_copy(path).close()
    return printed


def check_in(connection: Connection, copies: Sequence[Path], printed: PrintedHead | None) -> list[str]:
    """Every anchor's problems: the copies (given and newest known), a printed head."""
    problems: list[str] = []
    checked = set()
    for path in copies:
        if path.resolve() not in checked:
            checked.add(path.resolve())
            problems += _against_copy(connection, path)
    if printed is not None:
        problems += _against_head(connection, printed)
    return problems
