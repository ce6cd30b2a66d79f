"""What the command line refuses before it touches anything, and how it says what went wrong.

Every bad input gets one line on stderr and exit status 1 (DESIGN.md §7): a
``--db`` the app cannot use, a database file that does not exist (only
``demo``, ``import``, ``join`` and ``restore`` may make a new one), an output
file that cannot be written, an error of the operating system.
"""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

MAY_CREATE_DATABASE = frozenset({"demo", "import", "join", "restore"})
"""Commands that may run on a database file that does not exist yet (and so create it)."""

DRIVERS = {("sqlite", "pysqlite"), ("postgresql", "psycopg"), ("postgresql", "psycopg2")}
HOW = "use sqlite:///ARCHIVO o postgresql+psycopg://USUARIO@SERVIDOR/BASE"


def database_problem(url: str, command: str) -> str | None:
    """Why ``command`` cannot run on the database at ``url``, in Spanish; ``None`` when it can."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return f"--db no es una dirección de base de datos: «{url}» ({HOW})"
    if (parsed.get_backend_name(), parsed.get_driver_name()) not in DRIVERS:
        return f"base de datos no soportada: «{parsed.drivername}» ({HOW})"
    if command in MAY_CREATE_DATABASE:
        return None
    path = sqlite_file(url)
    if path is not None and not path.is_file():
        return f"no existe la base de datos {path} (revise --db; «demo» o «import» crean una nueva)"
    if (path is not None or parsed.get_backend_name() != "sqlite") and _holds_no_shop(url):
        return f"la base de datos {parsed.render_as_string()} no tiene una tienda (revise --db)"
    return None


def _holds_no_shop(url: str) -> bool:
    """Whether the database at ``url`` was never made a shop (no migration ever ran in it).

    Checked before opening it as a shop, which would quietly make one there.
    A database that cannot be reached is left to the opening to report.
    """
    from sqlalchemy import create_engine, inspect
    from sqlalchemy.exc import SQLAlchemyError

    try:
        engine = create_engine(url)
    except (SQLAlchemyError, ImportError):
        return False
    try:
        with engine.connect() as connection:
            return not inspect(connection).has_table("alembic_version")
    except SQLAlchemyError:
        return False
    finally:
        engine.dispose()


def path_problem(values: dict[str, object]) -> str | None:
    """A file argument that no system accepts as a name (a NUL character), in Spanish; ``None`` when all are fine."""
    for value in values.values():
        if isinstance(value, Path) and "\x00" in os.fspath(value):
            return f"nombre de archivo no válido: {os.fspath(value)!r}"
    return None


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL; ``None`` for an in-memory database or another kind of database."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def forget_new_database(path: Path) -> None:
    """Remove a database file this run created for a command that then failed (with its -wal/-shm)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """``text`` on one line and safe for a terminal: any line break or control character it holds (a
    file name can hold one) written as an escape."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


_REASONS = {
    errno.ENOENT: "no existe",
    errno.ENOTDIR: "una parte de la ruta no es una carpeta",
    errno.EISDIR: "es una carpeta",
    errno.EACCES: "no hay permiso",
    errno.EPERM: "no hay permiso",
    errno.EROFS: "el disco es de solo lectura",
    errno.ENOSPC: "el disco está lleno",
    errno.EDQUOT: "se acabó el espacio permitido en el disco",
    errno.ENAMETOOLONG: "el nombre es demasiado largo",
    errno.EEXIST: "ya existe",
}


def os_error_reason(exc: OSError) -> str:
    """Why the operating system refused, in plain Spanish."""
    return _REASONS.get(exc.errno or 0) or exc.strerror or str(exc) or type(exc).__name__


def os_error_text(exc: OSError) -> str:
    """An error of the operating system as one line: which file, and why."""
    reason = os_error_reason(exc)
    return f"{exc.filename}: {reason}" if exc.filename is not None else reason


def check_output(path: Path) -> None:
    """Refuse, before anything is made, a file the person asked for that cannot be written there.

    Raises:
        UserError: the name is not a valid file name or is a folder, or the folder does not exist.
    """
    from .services.errors import UserError

    name = os.fspath(path)
    if not name or "\x00" in name or not name.isprintable():
        raise UserError(f"nombre de archivo no válido: {name!r}")
    if path.is_dir():
        raise UserError(f"{path} es una carpeta: indique el nombre del archivo")
    if path.exists() and not path.is_file():
        # A device or a pipe (/dev/null): the file written beside it would replace it.
        raise UserError(f"{path} no es un archivo común: indique otro nombre")
    if not path.parent.is_dir():
        raise UserError(f"no existe la carpeta {path.parent}")


def write_output(path: Path, data: bytes) -> Path:
    """Write a file the person asked for (``--pdf FILE``), whole or not at all.

    Raises:
        UserError: the name is not a valid file name or is a folder, the
            folder does not exist, or the system refuses the write (no
            permission, full disk…); nothing is left behind.
    """
    from .services.errors import UserError
    from .services.exports import write_bytes

    check_output(path)
    try:
        return write_bytes(path, data)
    except (OSError, UnicodeError) as exc:
        reason = os_error_reason(exc) if isinstance(exc, OSError) else "nombre de archivo no válido"
        raise UserError(f"no se pudo escribir {path}: {reason}") from exc


def check_output_folder(path: Path) -> None:
    """Refuse a folder to write files into (``--cards DIR``) that is a file or has no parent folder.

    Raises:
        UserError: the name is not valid, is a file, or neither it nor its parent folder exists.
    """
    from .services.errors import UserError

    name = os.fspath(path)
    if not name or "\x00" in name or not name.isprintable():
        raise UserError(f"nombre de carpeta no válido: {name!r}")
    if path.exists() and not path.is_dir():
        raise UserError(f"{path} es un archivo, no una carpeta")
    if not path.exists() and not path.parent.is_dir():
        raise UserError(f"no existe la carpeta {path.parent}")


def output_folder(path: Path) -> Path:
    """A folder the person asked to write files into (``--cards DIR``), made when its parent exists.

    Raises:
        UserError: see :func:`check_output_folder`; or the folder cannot be made.
    """
    from .services.errors import UserError

    check_output_folder(path)
    if not path.exists():
        try:
            path.mkdir()
        except OSError as exc:
            raise UserError(f"no se pudo crear la carpeta {path}: {os_error_reason(exc)}") from exc
    return path
