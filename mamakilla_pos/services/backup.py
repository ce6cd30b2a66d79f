"""Consistent backups and verified restores of a SQLite shop database."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..store import Store
from ..store.engine import sqlite_path
from ..store.migrate import known_revisions
from .errors import UserError
from .failures import BUSY, FULL, storage_failure
from .settings import get_settings

COPY_STEP_PAGES = 2560
"""Pages a backup copies (and puts on disk) at a time: 10 MB of 4 KB pages."""

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
    sidecars = [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm")]
    existed = {p for p in sidecars if p.exists()}
    try:
        return _check_open(path)
    finally:
        # Opening a WAL-mode file, even read-only, leaves -wal/-shm files: remove ours.
        for sidecar in sidecars:
            if sidecar not in existed:
                sidecar.unlink(missing_ok=True)


def _check_open(path: Path) -> dict[str, int]:
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

    The copy is one snapshot of the database, read without blocking a till
    that sells meanwhile; it is checked against the row counts of that same
    snapshot. ``dest`` may be a folder (a dated file name is chosen) or a
    file name. Nothing is left behind when the copy fails (a full disk).

    Raises:
        UserError: a missing folder, the open database itself, or a copy that
            could not be written or does not check out.
    """
    source = _require_sqlite(store)
    if dest.is_dir():
        dest = dest / f"mamakilla-{datetime.now():%Y%m%d-%H%M%S}.db"
    elif not dest.parent.is_dir():
        raise UserError(f"no existe la carpeta {dest.parent}")
    if dest.resolve() == source.resolve():
        raise UserError("la copia no puede reemplazar la base de datos abierta")
    if dest.exists() and not dest.is_file():
        # A device or a pipe (/dev/null): the finished copy renamed over it would replace it.
        raise UserError(f"{dest} no es un archivo común: indique otro nombre")
    partial = dest.with_name(dest.name + ".partial")
    try:
        expected = _copy_snapshot(source, partial)
        counts = check_file(partial)
        if counts != expected:
            raise UserError("la copia no tiene los mismos registros que el original")
        partial.replace(dest)
    except UserError:
        _remove(partial)
        raise
    except (sqlite3.Error, OSError) as exc:
        _remove(partial)
        raise UserError(_not_written("la copia", dest, exc)) from exc
    return BackupInfo(dest, counts)


def _copy_snapshot(source: Path, target: Path) -> dict[str, int]:
    """Copy one snapshot of ``source`` to ``target``; the row counts of that snapshot.

    A read transaction is opened first and the backup reads through it, so
    what is counted is exactly what is copied, whatever the tills write
    meanwhile (in WAL mode a reader never blocks them).
    """
    src = sqlite3.connect(source, isolation_level=None)
    try:
        src.execute("BEGIN")
        expected = _counts(src)
        out = sqlite3.connect(target)
        try:
            # A new file, removed if unfinished: no journal while it is written. It goes to disk a step
            # at a time, so that a till's commit never waits behind the flush of the whole copy.
            out.execute("PRAGMA journal_mode=OFF")
            out.execute("PRAGMA synchronous=OFF")
            src.backup(out, pages=COPY_STEP_PAGES, progress=lambda *_: _flush(target))
            # A backup is a single self-contained file: no WAL beside it.
            out.execute("PRAGMA journal_mode=DELETE")
        finally:
            out.close()
        _flush(target)
        src.execute("COMMIT")
        # The sales made during the copy piled up in the WAL: copy them back now, not inside the next sale.
        src.execute("PRAGMA wal_checkpoint(PASSIVE)")
    finally:
        src.close()
    return expected


def _flush(path: Path) -> None:
    """Put what was written to ``path`` on the disk itself."""
    handle = os.open(path, os.O_RDWR)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _remove(path: Path) -> None:
    """Remove an unfinished copy and whatever SQLite left beside it."""
    for leftover in (path, *(Path(f"{path}{suffix}") for suffix in ("-journal", "-wal", "-shm"))):
        leftover.unlink(missing_ok=True)


def _not_written(what: str, where: Path, exc: BaseException) -> str:
    """One line saying why ``what`` could not be written at ``where``."""
    if storage_failure(exc) == FULL:
        return f"el disco está lleno: {what} no se guardó en {where.parent} (libere espacio e intente de nuevo)"
    reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return f"no se pudo escribir {what} en {where.parent}: {reason}"


IN_USE = (
    "otro programa tiene abierta la base de datos (¿otra caja, u otra ventana de la aplicación?):"
    " ciérrelo y vuelva a intentar; no se cambió nada"
)


def restore(store: Store, source: Path) -> Path:
    """Replace the database with the backup ``source`` after checking it.

    Refused while any other program has the database open: a till still
    selling on it would otherwise confirm sales that the restore then throws
    away. The check and the restore are one: the database is held
    exclusively (no other program can read or write it) from the moment it
    is found free until the backup has been written into it, so a till that
    opens it meanwhile waits, then sees the restored shop. The current
    database is first copied aside under the same hold, never overwritten.

    Returns:
        Where the replaced database was set aside.

    Raises:
        UserError: a bad backup, the database in use by another program, or
            a copy that could not be written (nothing was changed).
    """
    target = _require_sqlite(store)
    check_file(source)
    store.dispose()
    aside = target.with_name(f"{target.stem}.antes-de-restaurar-{datetime.now():%Y%m%d-%H%M%S}{target.suffix}")
    live = _hold_alone(target)
    try:
        _set_aside(live, aside)
        try:
            _write_into(source, live)
        except (sqlite3.Error, OSError) as exc:
            _remove(aside)
            raise UserError(_not_written("la base restaurada", target, exc)) from exc
    finally:
        live.close()
    return aside


def _hold_alone(target: Path) -> sqlite3.Connection:
    """A connection that holds ``target`` exclusively, or :class:`UserError` when another program has it open.

    In WAL mode every connection that has read the database keeps a shared
    lock on the file for as long as it is open, idle or not; an exclusive
    lock is therefore granted only when no other program has the database
    open. ``locking_mode=EXCLUSIVE`` keeps it until the connection closes.
    """
    live = sqlite3.connect(target, timeout=0, isolation_level=None)
    try:
        live.execute("PRAGMA locking_mode=EXCLUSIVE")
        live.execute("BEGIN EXCLUSIVE")
        live.execute("COMMIT")
    except sqlite3.Error as exc:
        live.close()
        if storage_failure(exc) == BUSY:
            raise UserError(IN_USE) from exc
        raise UserError(f"no se puede abrir {target.name}: {str(exc).splitlines()[0]}") from exc
    return live


def _set_aside(live: sqlite3.Connection, aside: Path) -> None:
    """Copy the database as it is now (held alone) to ``aside``, a self-contained file."""
    partial = aside.with_name(aside.name + ".partial")
    try:
        out = sqlite3.connect(partial)
        try:
            live.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")
        finally:
            out.close()
        partial.replace(aside)
    except (sqlite3.Error, OSError) as exc:
        _remove(partial)
        raise UserError(_not_written("la copia de la base actual", aside, exc)) from exc


def _write_into(source: Path, live: sqlite3.Connection) -> None:
    """Write the backup ``source`` into the held database, in one transaction.

    The pages go through the database's own connection (not a file swapped
    under other programs' feet), so whoever opens it next sees the restored
    shop. Rollback-journal mode while writing lets the page size differ
    from the backup's; WAL is set again after.
    """
    live.execute("PRAGMA journal_mode=DELETE")
    with _reading(source) as src:
        src.backup(live)
    live.execute("PRAGMA journal_mode=WAL")


@contextmanager
def _reading(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to a backup file; the -wal/-shm files it makes are removed after."""
    sidecars = [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm")]
    existed = {p for p in sidecars if p.exists()}
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        yield connection
    finally:
        connection.close()
        for sidecar in sidecars:
            if sidecar not in existed:
                sidecar.unlink(missing_ok=True)


def _put_in_place(source: Path, target: Path) -> None:
    staged = target.with_name(target.name + ".restoring")
    shutil.copyfile(source, staged)
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    staged.replace(target)


def restore_over_damaged(target: Path, source: Path) -> Path:
    """Restore ``source`` where a damaged database was, which is kept byte for byte.

    The damaged file (with its -wal/-shm) is renamed aside, never opened for
    writing, so it can still be examined or rescued. Returns where it went.
    """
    check_file(source)
    aside = target.with_name(f"{target.stem}.dañada-{datetime.now():%Y%m%d-%H%M%S}{target.suffix}")
    if target.exists():
        target.rename(aside)
    for suffix in ("-wal", "-shm"):
        sidecar = Path(str(target) + suffix)
        if sidecar.exists():
            sidecar.rename(Path(str(aside) + suffix))
    _put_in_place(source, target)
    return aside


# -- automatic backups with rotation ------------------------------------------------------------

AUTO_NAME = re.compile(r"^mamakilla-(\d{8})-(\d{6})(?:-[a-z]+)?\.db$")
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12


@dataclass(frozen=True)
class AutoBackup:
    """What an automatic backup did: the file written, or a warning for the screen."""

    path: Path | None
    warning: str = ""
    removed: tuple[Path, ...] = ()


def backup_folder(store: Store) -> Path | None:
    """The folder for automatic backups: the setting, or ``copias`` beside the database."""
    configured = get_settings(store).backup_folder.strip()
    if configured:
        return Path(configured).expanduser()
    path = sqlite_path(store.url)
    return None if path is None else path.parent / "copias"


def _taken_at(path: Path) -> datetime | None:
    match = AUTO_NAME.match(path.name)
    return datetime.strptime(match[1] + match[2], "%Y%m%d%H%M%S") if match else None


def keep_set(stamps: list[datetime], today: date) -> set[datetime]:
    """Which backups rotation keeps: the newest of each of the last 7 days,
    4 weeks and 12 months, and always the newest of all."""
    keep: set[datetime] = set()
    newest_per: dict[tuple[str, object], datetime] = {}
    for stamp in sorted(stamps):
        day = stamp.date()
        if (today - day).days < KEEP_DAILY:
            newest_per[("d", day)] = stamp
        if (today - day).days < KEEP_WEEKLY * 7:
            newest_per[("w", day.isocalendar()[:2])] = stamp
        if (today.year - day.year) * 12 + today.month - day.month < KEEP_MONTHLY:
            newest_per[("m", (day.year, day.month))] = stamp
    keep.update(newest_per.values())
    if stamps:
        keep.add(max(stamps))
    return keep


def rotate(folder: Path, today: date | None = None) -> tuple[Path, ...]:
    """Delete automatic backups that rotation no longer keeps; return what was removed."""
    files = {stamp: path for path in folder.glob("mamakilla-*.db") if (stamp := _taken_at(path))}
    keep = keep_set(list(files), today or date.today())
    removed = []
    for stamp, path in files.items():
        if stamp not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return tuple(sorted(removed))


def auto_backup(store: Store, reason: str = "auto", folder: Path | None = None) -> AutoBackup:
    """Back up into the backup folder and rotate; never raises for a missing folder.

    A missing folder (a USB stick that is not plugged in) gives a warning to
    show, not an error: the sale or the closing that asked for it goes on.
    """
    if sqlite_path(store.url) is None:
        return AutoBackup(None, "PostgreSQL: haga la copia con pg_dump (vea el README)")
    folder = folder or backup_folder(store)
    assert folder is not None
    configured = bool(get_settings(store).backup_folder.strip())
    if not folder.is_dir():
        if configured:
            return AutoBackup(None, f"No se encontró la carpeta de copias {folder} (¿la memoria USB está conectada?)")
        folder.mkdir(parents=True, exist_ok=True)
    name = f"mamakilla-{datetime.now():%Y%m%d-%H%M%S}-{re.sub('[^a-z]', '', reason.lower()) or 'auto'}.db"
    try:
        info = backup(store, folder / name)
    except (UserError, OSError) as exc:
        return AutoBackup(None, f"No se pudo hacer la copia de seguridad: {exc}")
    return AutoBackup(info.path, "", rotate(folder))


def backup_if_due(store: Store, folder: Path | None = None) -> AutoBackup | None:
    """The daily backup: made when the folder has none from today."""
    folder = folder or backup_folder(store)
    if folder is not None and folder.is_dir():
        today = date.today()
        if any((stamp := _taken_at(p)) and stamp.date() == today for p in folder.glob("mamakilla-*.db")):
            return None
    return auto_backup(store, "diaria", folder)


def newest_backup(folder: Path) -> tuple[Path, datetime] | None:
    """The newest automatic backup in ``folder`` that passes :func:`check_file`."""
    if not folder.is_dir():
        return None
    candidates = sorted(
        ((stamp, path) for path in folder.glob("mamakilla-*.db") if (stamp := _taken_at(path))), reverse=True
    )
    for stamp, path in candidates:
        try:
            check_file(path)
        except UserError:
            continue
        return path, stamp
    return None
