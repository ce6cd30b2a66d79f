"""Which till this program is, when the database does not say.

A till is a row of the ``tills`` table. Which one this program sells as is,
the first of:

1. ``--till CODE`` on the command line (``mamakilla-pos --db URL --till F001``);
2. the ``MAMAKILLA_TILL`` environment variable;
3. the database's own word: a till's SQLite file has one ``this_till`` row;
4. this computer's ``tills.json`` in its user configuration folder
   (``~/.config/mamakilla-pos/tills.json`` on Linux), which maps each
   database URL, without its password, to a till code; **Ajustes → Esta
   caja** writes it when a coordinator chooses the till on a database
   several tills share;
5. the shop's only till, when it has just one (a plain single-file shop
   needs nothing of this).

A program that is no till can still open the shop (reports, stock, the
back office) but cannot sell or open a cash session.

Standard library and ``platformdirs`` only, like :mod:`.paths`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from platformdirs import user_config_dir

from .paths import APP_NAME, replace_with

ENV_TILL = "MAMAKILLA_TILL"


def config_file() -> Path:
    """This computer's file of tills by database."""
    return Path(user_config_dir(APP_NAME, appauthor=False)) / "tills.json"


def url_key(url: str) -> str:
    """The URL a till is remembered under: without its password (the file is not secret)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    user = f"{parts.username}@" if parts.username else ""
    return urlunsplit((parts.scheme, user + host, parts.path, parts.query, parts.fragment))


def _remembered() -> dict[str, str]:
    try:
        data = json.loads(config_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def remembered_till(url: str) -> str | None:
    """The till this computer was made for the database at ``url``, if any."""
    return _remembered().get(url_key(url))


def remember_till(url: str, code: str) -> None:
    """From now on this computer is till ``code`` on the database at ``url`` (written atomically)."""
    data = _remembered()
    data[url_key(url)] = code
    path = config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True), encoding="utf-8")
        replace_with(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def named_till(explicit: str | None = None) -> str | None:
    """The till this program is told it is: ``--till``, else ``MAMAKILLA_TILL``."""
    code = (explicit or os.environ.get(ENV_TILL) or "").strip().upper()
    return code or None
