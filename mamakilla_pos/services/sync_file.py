"""The file that carries a till's waiting documents to the shop server on a USB stick (DESIGN.md §9).

One line of text names the format and the SHA-256 of everything after it;
the rest is one JSON object: which shop and till it comes from, the schema
revision that wrote it, where the till's chain stood on the server when it
was written (``base``), the till's journal entries after that (each as the
till hashed it: the documents' rows are the images in their payloads), the
shop texts its documents point to and the bytes of the order photos those
entries image (an image holds a picture's SHA-256 only). A file cut short or changed in any
byte no longer matches its checksum; an entry changed and re-checksummed no
longer matches its hash, nor the chain the server holds.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..paths import replace_with
from .errors import UserError

MAGIC = "mamakilla-pos sync 1 sha256="

Entry = tuple[int, str, str, str, str, str, str, str]
"""A journal entry as a file carries it: seq, created_at (ISO), actor, kind, ref, payload, prev_hash, hash."""


@dataclass(frozen=True)
class SyncFile:
    """What a sync file holds."""

    shop: uuid.UUID
    till: str
    schema: str
    base: tuple[int, str]
    entries: list[Entry]
    headers: list[list[Any]]  # document_headers rows, columns as ``HEADER_COLUMNS``
    pictures: dict[str, tuple[bytes, bytes]] = field(default_factory=dict)  # order photos' bytes, by hex id


HEADER_COLUMNS = (
    "id",
    "shop_name",
    "shop_address",
    "shop_ruc",
    "receipt_header",
    "receipt_footer",
    "catalogue_url",
    "created_at",
)


def write_sync_file(path: Path, content: SyncFile) -> None:
    """Write ``content`` to ``path`` (finished, then put in place: never half a file under that name)."""
    body = json.dumps(
        {
            "shop": content.shop.hex,
            "till": content.till,
            "schema": content.schema,
            "base": list(content.base),
            "entries": [list(e) for e in content.entries],
            "header_columns": list(HEADER_COLUMNS),
            "headers": content.headers,
            "pictures": {
                key: [base64.b64encode(tile).decode("ascii"), base64.b64encode(large).decode("ascii")]
                for key, (tile, large) in content.pictures.items()
            },
        },
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    head = f"{MAGIC}{hashlib.sha256(body).hexdigest()}\n".encode("ascii")
    folder = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=".sync-", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(head)
            out.write(body)
            out.flush()
            os.fsync(out.fileno())
        replace_with(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _damaged(path: Path) -> UserError:
    return UserError(f"el archivo {path} no es un archivo de sincronización completo: está cortado o fue cambiado")


def read_sync_file(path: Path) -> SyncFile:
    """The content of the sync file at ``path``.

    Raises:
        UserError: not a sync file, cut short or changed (its checksum or its shape says so).
    """
    data = path.read_bytes()
    head, newline, body = data.partition(b"\n")
    if not head.startswith(MAGIC.encode("ascii")):
        raise UserError(f"el archivo {path} no es un archivo de sincronización de Mama Killa POS")
    if not newline or head[len(MAGIC) :].decode("ascii", "replace") != hashlib.sha256(body).hexdigest():
        raise _damaged(path)
    try:
        raw = json.loads(body.decode("utf-8"))
        entries = [_entry(e) for e in raw["entries"]]
        base = (int(raw["base"][0]), str(raw["base"][1]))
        if tuple(raw["header_columns"]) != HEADER_COLUMNS or not all(
            isinstance(h, list) and len(h) == len(HEADER_COLUMNS) for h in raw["headers"]
        ):
            raise ValueError("headers")
        pictures = {
            str(key): (base64.b64decode(tile, validate=True), base64.b64decode(large, validate=True))
            for key, (tile, large) in (raw.get("pictures") or {}).items()
        }
        shop, till, schema = uuid.UUID(raw["shop"]), str(raw["till"]), str(raw["schema"])
        return SyncFile(shop, till, schema, base, entries, raw["headers"], pictures)
    except (ValueError, KeyError, TypeError, IndexError, AttributeError):
        raise _damaged(path) from None


def _entry(values: Any) -> Entry:
    if not isinstance(values, list) or len(values) != 8:
        raise ValueError("entry")
    seq, created, actor, kind, ref, payload, prev, digest = values
    if not isinstance(seq, int) or not all(isinstance(v, str) for v in values[1:]):
        raise ValueError("entry")
    return (seq, created, actor, kind, ref, payload, prev, digest)
