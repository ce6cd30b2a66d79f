"""Report tables to XLSX and CSV, and the whole database as a ZIP of CSVs for the accountant.

A :class:`Table` is plain data: typed columns (text, whole numbers, money,
percentages, dates) and rows of Python values. The reports screen shows
them, and the same tables go to a spreadsheet with real numbers: money cells
hold the amount with the format ``"S/" #,##0.00``, never text, so sums and
filters work in Excel or LibreOffice. CSV files are UTF-8 with a byte-order
mark so that Excel shows the accents and ñ.

Text is never run as a formula: a text cell that starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return (a product named
``=HYPERLINK(…)``) is a string cell in XLSX, and gets a leading single quote
in CSV, as OWASP recommends against CSV injection. Numbers, negative ones
included, stay numbers.
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from sqlalchemy import func, select

from ..domain.money import quantize
from ..domain.payments import METHOD_LABELS
from ..paths import replace_with
from ..store import Store, models
from ..store.base import Base
from ..store.types import Money
from .analytics import Figures, PeriodReport, ProductRank, ProgressFn, read_session, tick
from .clock import now

MONEY_FORMAT = '"S/" #,##0.00;-"S/" #,##0.00'
INT_FORMAT = "#,##0"
UNITS_FORMAT = "#,##0.0"
PERCENT_FORMAT = "0.0%"
DATE_FORMAT = "dd/mm/yyyy"
KINDS = ("text", "int", "units", "money", "percent", "date")
"""``units`` are a maker's part of pieces, in tenths (:mod:`~mamakilla_pos.domain.maker_parts`)."""
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""How a cell that a spreadsheet would read as a formula (or as a command, through DDE) begins."""


def csv_safe(text: str) -> str:
    """``text`` for a CSV cell: a leading single quote when a spreadsheet would run it as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _text_cell(cell: Any) -> Any:
    """An openpyxl cell holding formula-like text becomes a plain string cell (quote-prefixed in Excel)."""
    if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


EXCLUDED_COLUMNS = {"users": ("pin_hash",), "photos": ("tile", "large")}
"""Never exported: a PIN's salted hash is of no use to an accountant and must not leave the till; the
pictures of the photos are no text for a spreadsheet (the list says which photos there are)."""


@dataclass(frozen=True)
class Column:
    """A column: its stable ``key``, its title, and the kind of its values (see :data:`KINDS`)."""

    key: str
    title: str
    kind: str = "text"


@dataclass(frozen=True)
class Table:
    """A titled table of typed values; ``total`` is an optional last row of totals.

    Values are ``str`` for text, ``int`` for whole numbers, ``Decimal`` for
    money and for percentages (a ratio: ``0.45`` is 45 %), ``date`` for dates,
    or ``None`` for an empty cell.
    """

    key: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[object, ...], ...]
    total: tuple[object, ...] | None = None

    def retitled(self, titles: Mapping[str, str], title: str | None = None) -> Table:
        """The same table with column titles (by key) and the table's title replaced, e.g. translated."""
        columns = tuple(replace(c, title=titles.get(c.key, c.title)) for c in self.columns)
        return replace(self, columns=columns, title=title if title is not None else self.title)


# -- the period report as tables ---------------------------------------------------------------

_UNITS = Column("units", "Unidades", "int")
_MAKER_UNITS = Column("units", "Unidades (su parte)", "units")
_GROSS = Column("gross", "Bruto", "money")
_DISCOUNTS = Column("discounts", "Descuentos", "money")
_REFUNDS = Column("refunds", "Devoluciones", "money")
_NET = Column("net", "Neto", "money")
_SHARES = Column("shares", "Participación artesanas", "money")
_TICKETS = Column("tickets", "Ventas", "int")
_MONEY_COLUMNS = (_GROSS, _DISCOUNTS, _REFUNDS, _NET, _SHARES)


def _money_cells(f: Figures) -> tuple[object, ...]:
    return (f.gross, f.discounts, f.refunds, f.net, f.shares)


def _figures_table(
    key: str,
    title: str,
    first: Column,
    rows: Sequence[Figures],
    *,
    tickets: bool = False,
    detail: Column | None = None,
    blank: str = "",
    first_value: Callable[[Figures], object] | None = None,
    units: Column = _UNITS,
) -> Table:
    columns = (first,) + ((detail,) if detail else ()) + ((_TICKETS,) if tickets else ()) + (units, *_MONEY_COLUMNS)
    body = []
    for f in rows:
        cells: list[object] = [first_value(f) if first_value else (f.label or blank)]
        if detail:
            cells.append(f.detail)
        if tickets:
            cells.append(f.tickets)
        cells.append(f.units)
        body.append((*cells, *_money_cells(f)))
    total_figures = sum(rows, Figures("", ""))
    total: list[object] = ["Total"] + ([None] if detail else []) + ([total_figures.tickets] if tickets else [])
    total.append(total_figures.units)
    return Table(key, title, columns, tuple(body), (*total, *_money_cells(total_figures)))


def _rank_table(key: str, title: str, ranks: Sequence[ProductRank]) -> Table:
    columns = (
        Column("product", "Producto"),
        Column("category", "Categoría"),
        _UNITS,
        _NET,
        Column("stock", "En stock", "int"),
    )
    return Table(key, title, columns, tuple((r.product, r.category, r.units, r.net, r.stock) for r in ranks))


def summary_table(report: PeriodReport) -> Table:
    """The period's totals, one concept a row: how many, how much, and the makers' part."""
    s = report.summary
    columns = (
        Column("concept", "Concepto"),
        Column("count", "Cantidad", "int"),
        Column("amount", "Importe", "money"),
        Column("percent", "Porcentaje", "percent"),
    )
    rows = (
        ("Ventas", s.tickets, s.sales_net, None),
        ("Unidades vendidas", s.units_sold, None, None),
        ("Bruto", None, s.gross, None),
        ("Descuentos", None, s.discounts, None),
        ("Devoluciones", s.refund_tickets, s.refunds, None),
        ("Unidades devueltas", s.units_returned, None, None),
        ("Neto", s.units, s.net, None),
        ("Participación de las artesanas", None, s.shares, s.share_ratio),
        ("Redondeo en efectivo (a favor del cliente)", None, s.rounding, None),
        ("Venta promedio", None, s.average_ticket, None),
        ("Stock a precio de venta", sum(v.units for v in report.stock), report.stock_value, None),
    )
    return Table("summary", "Resumen", columns, rows)


def period_tables(report: PeriodReport) -> tuple[Table, ...]:
    """Every table of the period report, in the order the screen shows them (Spanish titles)."""
    day = Column("day", "Fecha", "date")
    method_rows = tuple(
        (METHOD_LABELS.get(m.method, m.method), m.count, m.sales, m.refunds, m.net) for m in report.by_method
    )
    methods = Table(
        "method",
        "Por método de pago",
        (
            Column("method", "Método"),
            _TICKETS,
            Column("received", "Cobrado", "money"),
            Column("returned", "Devuelto", "money"),
            _NET,
        ),
        method_rows,
        (
            "Total",
            sum(m.count for m in report.by_method),
            sum((m.sales for m in report.by_method), Decimal(0)),
            sum((m.refunds for m in report.by_method), Decimal(0)),
            sum((m.net for m in report.by_method), Decimal(0)),
        ),
    )
    stock = Table(
        "stock",
        "Stock a precio de venta",
        (
            Column("location", "Ubicación"),
            Column("units", "Unidades", "int"),
            Column("value", "Valor a precio de venta", "money"),
            Column("short", "Vendidas sin stock", "int"),
        ),
        tuple((v.location, v.units, v.value, v.short) for v in report.stock),
        ("Total", sum(v.units for v in report.stock), report.stock_value, sum(v.short for v in report.stock)),
    )
    tables = [
        summary_table(report),
        _figures_table(
            "day", "Por día", day, report.by_day, tickets=True, first_value=lambda f: date.fromisoformat(f.key)
        ),
    ]
    if len(report.by_month) > 1:
        month = Column("month", "Mes")
        tables.append(_figures_table("month", "Por mes", month, report.by_month, tickets=True, first_value=_month))
    tables += [
        _figures_table(
            "product",
            "Por producto",
            Column("product", "Producto"),
            report.by_product,
            detail=Column("category", "Categoría"),
        ),
        _figures_table("category", "Por categoría", Column("category", "Categoría"), report.by_category),
        _figures_table("maker", "Por artesana", Column("maker", "Artesana"), report.by_maker, units=_MAKER_UNITS),
        _figures_table("location", "Por ubicación", Column("location", "Ubicación"), report.by_location, tickets=True),
        _figures_table(
            "seller",
            "Por vendedora",
            Column("seller", "Vendedora"),
            report.by_seller,
            tickets=True,
            blank="(sin usuaria)",
        ),
        methods,
        _rank_table("top", "Más vendidos", report.top_products),
        _rank_table("slow", "Menos vendidos", report.slow_products),
        stock,
    ]
    return tuple(tables)


def _month(f: Figures) -> str:
    return f"{f.key[5:7]}/{f.key[:4]}"


def period_subtitle(report: PeriodReport) -> str:
    """``del 01/11/2026 al 27/11/2026`` (or one day)."""
    p = report.period
    if p.start == p.end:
        return f"{p.start:%d/%m/%Y}"
    return f"del {p.start:%d/%m/%Y} al {p.end:%d/%m/%Y}"


# -- XLSX -------------------------------------------------------------------------------------

_FORMATS = {
    "int": INT_FORMAT,
    "units": UNITS_FORMAT,
    "money": MONEY_FORMAT,
    "percent": PERCENT_FORMAT,
    "date": DATE_FORMAT,
}
_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")


def _sheet_name(title: str, taken: set[str]) -> str:
    base = _SHEET_BAD.sub("-", title).strip("'")[:31] or "Hoja"
    name, n = base, 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(name.lower())
    return name


def _cell_value(value: object, kind: str) -> object:
    if value is None:
        return None
    if kind == "money":
        return quantize(value)  # type: ignore[arg-type]
    if kind == "percent":
        return Decimal(value).quantize(Decimal("0.0001"))  # type: ignore[arg-type]
    return value


def _width(value: object, kind: str) -> int:
    if value is None:
        return 0
    if kind == "money":
        return len(f"S/ {value:,.2f}") + 1
    if kind == "date":
        return 10
    return len(str(value))


def xlsx_bytes(
    tables: Sequence[Table],
    title: str = "",
    lines: Sequence[str] = (),
    active: str | None = None,
    cover: str = "Informe",
) -> bytes:
    """A workbook with one sheet per table; a first sheet ``cover`` (``Informe``) holds ``title`` and ``lines``.

    Numbers are real numbers: money with :data:`MONEY_FORMAT`, whole numbers
    with :data:`INT_FORMAT`, percentages as ratios with :data:`PERCENT_FORMAT`,
    dates as dates. Each sheet has its headings on row 1 (frozen, with
    filters) and, when the table has totals, a bold last row.
    ``active`` is the key of the table to open the workbook on.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    first = book.worksheets[0]
    taken: set[str] = set()
    first.title = _sheet_name(cover, taken)
    _text_cell(first.cell(row=1, column=1, value=title)).font = Font(bold=True, size=14)
    for row, line in enumerate(lines, start=2):
        _text_cell(first.cell(row=row, column=1, value=line))
    first.column_dimensions["A"].width = max([len(title), *(len(x) for x in lines), 20]) + 2
    bold = Font(bold=True)
    heading_fill = PatternFill("solid", fgColor="DDDDDD")
    active_index = 0
    for table in tables:
        sheet = book.create_sheet(_sheet_name(table.title, taken))
        if table.key == active:
            active_index = len(book.worksheets) - 1
        widths = [len(c.title) + 2 for c in table.columns]
        for col, column in enumerate(table.columns, start=1):
            cell = _text_cell(sheet.cell(row=1, column=col, value=column.title))
            cell.font = bold
            cell.fill = heading_fill
            if column.kind != "text":
                cell.alignment = Alignment(horizontal="right")
        body = list(table.rows) + ([table.total] if table.total is not None else [])
        for r, values in enumerate(body, start=2):
            for col, (column, value) in enumerate(zip(table.columns, values, strict=True), start=1):
                cell = _text_cell(sheet.cell(row=r, column=col, value=_cell_value(value, column.kind)))
                if column.kind in _FORMATS:
                    cell.number_format = _FORMATS[column.kind]
                widths[col - 1] = max(widths[col - 1], _width(value, column.kind) + 2)
            if table.total is not None and r == len(body) + 1:
                for col in range(1, len(table.columns) + 1):
                    sheet.cell(row=r, column=col).font = bold
        for col, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(col)].width = min(width, 60)
        sheet.freeze_panes = "A2"
        if table.rows:
            last = get_column_letter(len(table.columns))
            sheet.auto_filter.ref = f"A1:{last}{len(table.rows) + 1}"
    book.active = active_index if active is not None else 0
    book.properties.title = title
    book.properties.creator = "Mama Killa POS"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def period_xlsx(
    report: PeriodReport, shop_name: str, tables: Sequence[Table] | None = None, active: str | None = None
) -> bytes:
    """The period report as a workbook: a cover sheet and one sheet per table."""
    lines = [shop_name, f"Periodo: {period_subtitle(report)}", f"Generado: {report.generated_at:%d/%m/%Y %H:%M}"]
    return xlsx_bytes(tables or period_tables(report), "Informe de ventas", lines, active)


# -- CSV --------------------------------------------------------------------------------------


def _csv_text(value: object, kind: str) -> str:
    if value is None:
        return ""
    if kind == "money":
        return f"{quantize(value):.2f}"  # type: ignore[arg-type]
    if kind == "percent":
        return f"{Decimal(value) * 100:.2f}%"  # type: ignore[arg-type]
    if kind == "units":
        return f"{Decimal(value):.1f}"  # type: ignore[arg-type]
    if isinstance(value, date):
        return value.isoformat()
    return csv_safe(value) if isinstance(value, str) else str(value)


def csv_bytes(table: Table) -> bytes:
    """One table as CSV: UTF-8 with a BOM, comma-separated, amounts as ``1234.50``, dates ISO."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([csv_safe(c.title) for c in table.columns])
    for values in list(table.rows) + ([table.total] if table.total is not None else []):
        writer.writerow([_csv_text(v, c.kind) for c, v in zip(table.columns, values, strict=True)])
    return buffer.getvalue().encode("utf-8-sig")


# -- the whole database for the accountant ------------------------------------------------------------


@dataclass(frozen=True)
class ExportResult:
    """What a full export wrote: rows per table (file ``<table>.csv``)."""

    path: Path
    tables: dict[str, int]

    @property
    def rows(self) -> int:
        return sum(self.tables.values())


def _export_text(value: object, money: bool) -> str:
    if value is None:
        return ""
    if money:
        return f"{value:.2f}"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return csv_safe(value) if isinstance(value, str) else str(value)


_README = """Mama Killa POS — exportación completa de datos
Generada: {at:%d/%m/%Y %H:%M}

Un archivo CSV por tabla (UTF-8 con BOM, separado por comas, primera fila con los nombres de las columnas).
Los importes están en soles con dos decimales y punto decimal (1234.50); en la base se guardan en céntimos
(columnas que terminan en _cents: aquí llevan el nombre sin ese sufijo).
Las fechas y horas van en formato ISO (2026-11-27 10:30:00). Verdadero/falso: 1/0.
Las devoluciones (sales.kind = refund) llevan importes positivos: lo que se devolvió.
No se exporta el PIN de las usuarias (users.pin_hash).
Un texto que empieza con = + - @ (o con tabulación o retorno) lleva delante una comilla simple ('), para que la
hoja de cálculo no lo ejecute como fórmula; los números negativos van sin comilla.

Filas por tabla:
{counts}
"""


def export_all(store: Store, target: Path, progress: ProgressFn | None = None) -> ExportResult:
    """Write every table of the database into a ZIP file of CSVs at ``target``.

    All tables are read from one snapshot, so they agree with each other even
    while sales go on. The file appears only once complete: a cancelled or
    failed export leaves nothing behind.

    Raises:
        Cancelled: ``progress`` returned ``False``.
    """
    target = Path(target)
    models.load()  # every table in Base.metadata
    tables = [t for t in Base.metadata.sorted_tables if t.name != "alembic_version"]
    handle, temporary = tempfile.mkstemp(prefix=".mamakilla-export-", suffix=".zip", dir=target.parent)
    os.close(handle)
    counts: dict[str, int] = {}
    try:
        with read_session(store) as session, zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
            sizes = {t.name: session.execute(select(func.count()).select_from(t)).scalar_one() for t in tables}
            total = max(sum(sizes.values()), 1)
            done = 0
            tick(progress, 0, total)
            for table in tables:
                skip = EXCLUDED_COLUMNS.get(table.name, ())
                columns = [c for c in table.columns if c.name not in skip]
                money = [isinstance(c.type, Money) for c in columns]
                headers = [c.name.removesuffix("_cents") if m else c.name for c, m in zip(columns, money, strict=True)]
                # Documents in the order they happened, the rest by their key.
                order = ([table.c.created_at] if "created_at" in table.c else []) + list(table.primary_key.columns)
                rows = session.execute(select(*columns).order_by(*order).execution_options(yield_per=2000))
                written = 0
                with archive.open(f"{table.name}.csv", "w") as raw, _text(raw) as out:
                    writer = csv.writer(out, lineterminator="\r\n")
                    writer.writerow(headers)
                    for row in rows:
                        writer.writerow([_export_text(v, m) for v, m in zip(row, money, strict=True)])
                        written += 1
                        if written % 2000 == 0:
                            tick(progress, done + written, total)
                counts[table.name] = written
                done += written
                tick(progress, done, total)
            listing = "\n".join(f"  {name}.csv: {count}" for name, count in counts.items())
            archive.writestr("LEEME.txt", _README.format(at=now(), counts=listing).encode("utf-8"))
        replace_with(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return ExportResult(target, counts)


def _text(raw: IO[bytes]) -> io.TextIOWrapper:
    return io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")


def write_bytes(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file, so a failure never leaves half a file."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=".mamakilla-", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        replace_with(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


__all__ = [
    "DATE_FORMAT",
    "INT_FORMAT",
    "MONEY_FORMAT",
    "PERCENT_FORMAT",
    "Column",
    "ExportResult",
    "Table",
    "csv_bytes",
    "csv_safe",
    "export_all",
    "period_tables",
    "period_xlsx",
    "summary_table",
    "write_bytes",
    "xlsx_bytes",
]
