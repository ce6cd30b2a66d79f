"""Consistent backups and verified restores of a SQLite shop database."""

from __future__ import annotations

import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..store import Store
from ..store.engine import sqlite_path
from ..store.migrate import known_revisions
from .errors import UserError
from .settings import get_settings

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
            # A backup is a single self-contained file: no WAL beside it.
            out.execute("PRAGMA journal_mode=DELETE")
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
    _put_in_place(source, target)
    return aside


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
