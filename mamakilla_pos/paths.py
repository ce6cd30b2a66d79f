"""Where the shop's database is: its URL and, for SQLite, its file.

Standard library and ``platformdirs`` only: the till starts reading the
catalogue from the file (:mod:`mamakilla_pos.services.readahead`) before it
has loaded SQLAlchemy.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "mamakilla-pos"
ENV_DB = "MAMAKILLA_DB"


def default_url() -> str:
    """The database URL: ``$MAMAKILLA_DB`` or a SQLite file in the user data folder."""
    url = os.environ.get(ENV_DB)
    if url:
        return url
    folder = Path(user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'shop.db'}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or ``None`` for other databases and memory."""
    if not url.startswith("sqlite"):
        return None
    _, _, rest = url.partition(":///")
    if not rest or rest == ":memory:":
        return None
    return Path(rest)


def resource_dir(name: str) -> Path:
    """The shipped folder ``name`` (fonts, help, icons, translations).

    The installed package ``mamakilla_pos.resources`` is preferred (also inside
    the PyInstaller bundle); a source checkout that was not installed, or a
    program started from the checkout's folder, falls back to the top-level
    ``resources/`` beside the package.
    """
    try:
        from importlib import resources

        installed = Path(str(resources.files("mamakilla_pos.resources") / name))
    except ModuleNotFoundError:
        installed = None
    if installed is not None and installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[1] / "resources" / name


def replace_with(temporary: str | Path, target: str | Path) -> None:
    """Put the finished ``temporary`` file in place of ``target``, which must be a plain file or absent.

    A device or a pipe named as the output (``/dev/null``) is refused: the
    rename would replace it with a file (as root, ``/dev/null`` itself).

    Raises:
        OSError: ``target`` is not a plain file, or the rename failed.
    """
    path = Path(target)
    if path.exists() and not path.is_file():
        raise OSError(errno.EINVAL, "no es un archivo común", str(path))
    os.replace(temporary, path)
