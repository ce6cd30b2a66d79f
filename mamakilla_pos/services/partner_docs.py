"""Partner shop documents: the consignment and return notes (PDF), the statement (PDF and XLSX)."""

from __future__ import annotations

from decimal import Decimal

from ..documents.consignment_note import ConsignmentNoteData, NoteLine, build_consignment_note
from ..documents.partner_statement import StatementData, StatementSection, build_partner_statement
from ..domain.language import TRUE_MINUS, Formats, check_language
from ..store import Store
from .consignment import NoteResult
from .exports import Column, Table, xlsx_bytes
from .partner_report import Statement
from .settings import get_settings

METHODS = {"cash": "efectivo", "transfer": "transferencia", "yape": "Yape", "plin": "Plin"}
_F = Formats("es", TRUE_MINUS)


def note_pdf(store: Store, result: NoteResult, language: str = "es") -> bytes:
    """The note of ``result`` in two copies, in ``language`` (``es``, ``en`` or ``fr``).

    Raises:
        ValueError: unknown language.
    """
    check_language(language)
    data = ConsignmentNoteData(
        shop_name=get_settings(store).shop_name,
        number=result.number,
        kind=result.kind,
        created_at=result.created_at,
        user=result.user,
        partner=result.partner_name,
        contact=result.partner_contact,
        commission_rate=result.commission_rate,
        origin=result.origin,
        destination=result.destination,
        lines=tuple(NoteLine(ln.item_code, ln.product_name, ln.quantity, ln.unit_price) for ln in result.lines),
        note=result.note,
    )
    return build_consignment_note(data, language)


def statement_tables(st: Statement) -> tuple[Table, ...]:
    """The statement as typed tables: the figures, what was sent, sold, returned, paid, and the old units."""
    f = st.figures
    summary = Table(
        "summary",
        "Resumen",
        (Column("what", "Concepto"), Column("value", "Valor", "text")),
        (
            ("Unidades enviadas", f.sent),
            ("Unidades vendidas", f.sold),
            ("Unidades devueltas", f.returned),
            ("Unidades en la tienda al cierre", f.on_hand),
            ("Vendido (a sus precios)", f.sold_amount),
            ("Comisión", f.commission),
            ("A favor del taller", f.due),
            ("Pagado", f.paid),
            ("Saldo anterior", st.owed_before),
            ("Saldo al cierre", f.balance),
        ),
    )
    day, text, units, money = Column("day", "Fecha", "date"), "text", "int", "money"
    sent = Table(
        "sent",
        "Enviado",
        (
            day,
            Column("note", "Nota"),
            Column("code", "Código"),
            Column("product", "Producto"),
            Column("units", "Cant.", units),
            Column("price", "Precio", money),
        ),
        tuple((s.on, s.number, s.item_code, s.product_name, s.quantity, s.unit_price) for s in st.sent),
        (None, "Total", None, None, f.sent, None),
    )
    sold = Table(
        "sold",
        "Vendido",
        (
            day,
            Column("report", "Reporte"),
            Column("code", "Código"),
            Column("product", "Producto"),
            Column("units", "Cant.", units),
            Column("price", "Precio", money),
            Column("amount", "Importe", money),
            Column("commission", "Comisión", money),
            Column("due", "A favor", money),
            Column("paid", "Pagado", money),
            Column("left", "Pendiente", money),
        ),
        tuple(
            (
                s.sold_on,
                s.report,
                s.item_code,
                s.product_name,
                s.quantity,
                s.unit_price,
                s.amount,
                s.commission,
                s.due,
                s.paid,
                s.left,
            )
            for s in st.sold
        ),
        (
            None,
            "Total",
            None,
            None,
            f.sold,
            None,
            f.sold_amount,
            f.commission,
            f.due,
            sum((s.paid for s in st.sold), Decimal("0.00")),
            sum((s.left for s in st.sold), Decimal("0.00")),
        ),
    )
    returned = Table(
        "returned",
        "Devuelto",
        (
            day,
            Column("note", "Nota"),
            Column("code", "Código"),
            Column("product", "Producto"),
            Column("units", "Cant.", units),
        ),
        tuple((s.on, s.number, s.item_code, s.product_name, s.quantity) for s in st.returned),
        (None, "Total", None, None, f.returned),
    )
    payments = Table(
        "payments",
        "Pagos",
        (
            day,
            Column("number", "Número"),
            Column("method", "Medio", text),
            Column("reference", "Referencia"),
            Column("amount", "Monto", money),
        ),
        tuple((p.on.date(), p.number, METHODS.get(p.method, p.method), p.reference, p.amount) for p in st.payments),
        (None, "Total", None, None, f.paid),
    )
    old = Table(
        "old",
        f"Más de {st.partner.old_after_days} días en la tienda",
        (
            Column("code", "Código"),
            Column("product", "Producto"),
            Column("units", "Cant.", units),
            Column("sent", "Enviado", "date"),
            Column("note", "Nota"),
            Column("days", "Días", units),
        ),
        tuple((o.item_code, o.product_name, o.units, o.sent_on, o.note, o.days) for o in st.old),
    )
    return summary, sent, sold, returned, payments, old


def _title(st: Statement) -> tuple[str, str]:
    title = f"Estado de cuenta — {st.partner.name}"
    period = f"Del {_F.day(st.start)} al {_F.day(st.end)} · comisión {_F.percent(st.partner.commission_rate)}"
    return title, period


def statement_xlsx(st: Statement) -> bytes:
    """The statement as a workbook: a sheet per table, amounts as numbers."""
    title, period = _title(st)
    return xlsx_bytes(statement_tables(st), title, [period])


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return _F.money(value)
    if isinstance(value, int):
        return _F.number(value)
    if hasattr(value, "isoformat"):
        return _F.day(value)  # type: ignore[arg-type]
    return str(value)


# The PDF's columns per table (the first, the product, wraps and takes the width left) and the others' widths in mm.
_LAYOUT = {
    "sent": (("product", "day", "note", "code", "units", "price"), (18, 24, 22, 12, 20)),
    "sold": (
        ("product", "day", "code", "units", "price", "amount", "commission", "due", "paid", "left"),
        (19, 17, 9, 16, 17, 16, 17, 16, 17),
    ),
    "returned": (("product", "day", "note", "code", "units"), (18, 24, 22, 12)),
    "payments": (("reference", "day", "number", "method", "amount"), (18, 24, 28, 28)),
    "old": (("product", "code", "note", "sent", "days", "units"), (22, 24, 18, 12, 12)),
}
_TEXT = {"product", "day", "note", "code", "number", "method", "reference", "sent"}


def _pdf_section(table: Table) -> StatementSection:
    keys, widths = _LAYOUT[table.key]
    where = [next(i for i, c in enumerate(table.columns) if c.key == key) for key in keys]
    left = next((n for n, key in enumerate(keys) if key not in _TEXT), len(keys))

    def pick(row: tuple[object, ...]) -> tuple[str, ...]:
        return tuple(_cell(row[i]) for i in where)

    total = None
    if table.total is not None:
        cells = pick(table.total)
        total = ("Total", *("" if cell == "Total" else cell for cell in cells[1:]))
    return StatementSection(
        table.title,
        tuple(table.columns[i].title for i in where),
        tuple(pick(row) for row in table.rows),
        total,
        (0, *widths),
        left,
        "Ninguna." if table.key == "old" else "Sin movimientos en el periodo.",
    )


def statement_pdf(store: Store, st: Statement) -> bytes:
    """The statement as an A4 PDF: the figures as tiles, then every line (in Spanish)."""
    title, period = _title(st)
    f = st.figures
    tiles = (
        (_F.number(f.sent), "unidades enviadas"),
        (_F.number(f.sold), "unidades vendidas"),
        (_F.number(f.returned), "unidades devueltas"),
        (_F.number(f.on_hand), "unidades en la tienda al cierre"),
        (_F.money(f.sold_amount), "vendido a sus precios"),
        (_F.money(f.commission), "comisión"),
        (_F.money(f.due), "a favor del taller"),
        (_F.money(f.paid), "pagado en el periodo"),
        (_F.money(f.balance), f"saldo al cierre (antes {_F.money(st.owed_before)})"),
    )
    sections = tuple(_pdf_section(table) for table in statement_tables(st)[1:])
    shop = get_settings(store).shop_name
    return build_partner_statement(StatementData(shop, title, period, tiles, sections, f"{shop} · {title}"))
