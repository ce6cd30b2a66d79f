"""Reading import files (CSV or XLSX) and checking each cell (DESIGN.md §7).

Every cell is checked before anything is written: a number too large for a
bag workshop (:mod:`..domain.limits`), a text longer than its column holds,
a control character, a date out of range. A bad cell makes its row bad, with
its line number and the reason.
"""

from __future__ import annotations

import contextlib
import csv
import gc
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from ..domain.limits import FIRST_YEAR, LAST_YEAR, MAX_AMOUNT, MAX_QUANTITY
from ..domain.money import MoneyError, format_amount, parse_money
from ..domain.text import fold
from .errors import UserError

OPTIONAL_COLUMNS = frozenset({"location", "refund_of", "discount"})
_DIGITS = re.compile(r"[0-9]+")
# Control characters left once the spaces are tidied (NUL, escape, DEL, C1, line separators): no name holds them.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


class ImportFailed(UserError):
    """A file with bad rows; ``errors`` holds one message per bad row."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__(f"{len(errors)} fila(s) con errores; no se importó nada")
        self.errors = errors


@dataclass(frozen=True)
class ImportResult:
    rows: int
    created: int = 0
    units: int = 0
    sales: int = 0
    refunds: int = 0
    notes: tuple[str, ...] = field(default=())


@contextlib.contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """No cyclic garbage collection while a file's rows become objects.

    An import makes hundreds of thousands of objects, none of them cyclic;
    each batch of them would start a collection that walks every object made
    so far, which made a 100,000-row import several times slower.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_rows(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """``(line number, row)`` for each data row of a CSV or XLSX file.

    Raises:
        UserError: the file is missing, unreadable or lacks required columns.
    """
    try:
        if not path.is_file():
            raise UserError(f"no existe el archivo {path}")
        table = _xlsx_rows(path) if path.suffix.lower() in {".xlsx", ".xlsm"} else _csv_rows(path)
    except OSError as exc:
        raise UserError(f"no se puede leer {path}: {exc.strerror or exc}") from exc
    if not table:
        raise UserError(f"{path.name}: el archivo está vacío")
    header = [h.strip().lower() for h in table[0]]
    missing = [c for c in columns if c not in header and c not in OPTIONAL_COLUMNS]
    if missing:
        raise UserError(f"{path.name}: faltan las columnas {', '.join(missing)}")
    where = {name: i for i, name in enumerate(header) if name in columns}  # the last of a repeated heading
    for number, raw in enumerate(table[1:], start=2):
        if not "".join(raw).strip():
            continue
        width = len(raw)
        yield number, {c: (raw[where[c]].strip() if where.get(c, width) < width else "") for c in columns}


def _csv_rows(path: Path) -> list[list[str]]:
    try:
        content = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(f"{path.name}: el archivo no está en UTF-8") from exc
    sample = content[:2048]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    # A cell may be as long as the file: overlong cells are reported row by row, not as a broken file.
    csv.field_size_limit(max(csv.field_size_limit(), len(content) + 1))
    reader = csv.reader(io.StringIO(content), delimiter=delimiter)
    try:
        return list(reader)
    except csv.Error as exc:
        raise UserError(f"{path.name}, línea {reader.line_num}: el archivo CSV está mal formado ({exc})") from exc


def _xlsx_rows(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise UserError(f"{path.name}: no se puede leer el libro de Excel") from exc
    try:
        if not book.worksheets:
            return []
        return [
            ["" if v is None else _cell_text(v) for v in values]
            for values in book.worksheets[0].iter_rows(values_only=True)
        ]
    except Exception as exc:  # a workbook broken past its first page
        raise UserError(f"{path.name}: no se puede leer el libro de Excel") from exc
    finally:
        book.close()


def _cell_text(value: object) -> str:
    if isinstance(value, float):
        # Excel keeps every number as a binary float: go through its shortest repr.
        text = repr(value)
        return text[:-2] if text.endswith(".0") else text
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


# -- cells ------------------------------------------------------------------------------------------


def text_cell(value: str, what: str, longest: int) -> str:
    """A name as stored: spaces tidied, at most ``longest`` characters, no control characters.

    Raises:
        ValueError: too long, or holding a control character.
    """
    clean = " ".join(value.split())
    if len(clean) > longest:
        raise ValueError(f"{what} tiene {len(clean)} caracteres (máximo {longest})")
    if _CONTROL.search(clean):
        raise ValueError(f"{what} tiene caracteres de control: «{shown(clean)}»")
    return clean


def quantity_cell(text: str, allow_zero: bool = False) -> int:
    """Whole units, from 1 (or 0) to :data:`MAX_QUANTITY`.

    Raises:
        ValueError: not a whole number, zero, or too large.
    """
    if not _DIGITS.fullmatch(text or ""):
        raise ValueError(f"cantidad no válida: «{shown(text)}»")
    if len(text) > 12 or int(text) > MAX_QUANTITY:
        raise ValueError(f"cantidad demasiado grande: «{shown(text)}» (máximo {MAX_QUANTITY:,})")
    value = int(text)
    if value == 0 and not allow_zero:
        raise ValueError("la cantidad debe ser mayor que cero")
    return value


def amount_cell(text: str, what: str) -> Decimal:
    """An amount in soles, from 0 to :data:`MAX_AMOUNT`.

    Raises:
        ValueError: not an amount, negative, or too large.
    """
    try:
        value = parse_money(text)
    except MoneyError as exc:
        raise ValueError(f"{what} no es un número: «{shown(text)}»") from exc
    if value < 0:
        raise ValueError(f"{what} no puede ser negativo: «{shown(text)}»")
    if value > MAX_AMOUNT:
        raise ValueError(f"{what} es demasiado grande: «{shown(text)}» (máximo S/ {format_amount(MAX_AMOUNT)})")
    return value


def datetime_cell(text: str) -> datetime:
    """An ISO 8601 date and time, in local time without a zone, from :data:`FIRST_YEAR` to :data:`LAST_YEAR`.

    Raises:
        ValueError: not a date and time, or out of range.
    """
    try:
        at = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise ValueError(f"fecha y hora no válidas: «{shown(text)}»") from exc
    if not FIRST_YEAR <= at.year <= LAST_YEAR:
        raise ValueError(f"fecha fuera de rango: «{shown(text)}» (años {FIRST_YEAR} a {LAST_YEAR})")
    if at.tzinfo is not None:
        at = at.astimezone().replace(tzinfo=None)
    return at


def parse_makers(text: str, longest: int = 120) -> list[tuple[str, int]]:
    """``Rosa Quispe`` or ``Rosa Quispe:2;Ana Huamán:1`` → names with weights."""
    result = []
    for part in text.split(";"):
        part = part.strip()
        if not part:
            continue
        name, _, weight = part.partition(":")
        name = text_cell(name, "el nombre de la artesana", longest)
        if not name:
            raise ValueError(f"artesana sin nombre en «{shown(text)}»")
        if weight.strip():
            if not _DIGITS.fullmatch(weight.strip()) or len(weight.strip()) > 6 or int(weight) == 0:
                raise ValueError(f"peso no válido para {name}: «{shown(weight.strip())}»")
            result.append((name, int(weight)))
        else:
            result.append((name, 1))
    if not result:
        raise ValueError("falta la artesana")
    names = [fold(n) for n, _ in result] if len(result) > 1 else []
    if len(set(names)) != len(names):
        raise ValueError(f"una artesana figura dos veces en «{shown(text)}»")
    return result


def shown(text: str, longest: int = 60) -> str:
    """A cell as quoted in a message: on one line, and cut when long."""
    flat = _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)
    return flat if len(flat) <= longest else flat[: longest - 1] + "…"
