"""Partner shop documents: the consignment and return notes (PDF), the statement (PDF and XLSX)."""

from __future__ import annotations

from decimal import Decimal

from ..documents.consignment_note import ConsignmentNoteData, NoteLine, build_consignment_note
from ..documents.partner_statement import StatementData, StatementSection, build_partner_statement
from ..documents.partner_statement_texts import TEXTS
from ..domain.language import TRUE_MINUS, Formats, check_language
from ..store import Store
from .consignment import NoteResult
from .exports import Column, Table, xlsx_bytes
from .partner_report import Statement
from .settings import get_settings


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
        approved_by=result.approved_by,
    )
    return build_consignment_note(data, language)


Words = dict[str, str]


def statement_tables(st: Statement, language: str = "es") -> tuple[Table, ...]:
    """The statement as typed tables: the figures, what was sent, sold, returned, paid, and the old units."""
    w, fm = TEXTS[check_language(language)], Formats(language, TRUE_MINUS)
    return _summary(st, w), _sent(st, w), _sold(st, w), _returned(st, w), _payments(st, w, fm), _old(st, w)


def _columns(w: Words) -> tuple[Column, Column, Column]:
    """The day, code and product columns the statement's tables share."""
    return Column("day", w["day"], "date"), Column("code", w["code"]), Column("product", w["product"])


def _summary(st: Statement, w: Words) -> Table:
    """The statement's figures, one a row."""
    f = st.figures
    return Table(
        "summary",
        w["summary"],
        (Column("what", w["what"]), Column("value", w["value"], "text")),
        (
            (w["sent_units"], f.sent),
            (w["sold_units"], f.sold),
            (w["returned_units"], f.returned),
            (w["on_hand_units"], f.on_hand),
            (w["sold_amount"], f.sold_amount),
            (w["commission"], f.commission),
            (w["due_total"], f.due),
            (w["paid"], f.paid),
            (w["owed_before"], st.owed_before),
            (w["balance"], f.balance),
        ),
    )


def _sent(st: Statement, w: Words) -> Table:
    """What was sent on consignment, note by note."""
    day, code, product = _columns(w)
    return Table(
        "sent",
        w["sent"],
        (
            day,
            Column("note", w["note"]),
            code,
            product,
            Column("units", w["units"], "int"),
            Column("price", w["price"], "money"),
        ),
        tuple((s.on, s.number, s.item_code, s.product_name, s.quantity, s.unit_price) for s in st.sent),
        (None, w["total"], None, None, st.figures.sent, None),
    )


def _sold(st: Statement, w: Words) -> Table:
    """What the partner sold: what it owes for it, what is paid of that and what is left."""
    day, code, product = _columns(w)
    f = st.figures
    columns = (
        day,
        Column("report", w["report"]),
        code,
        product,
        Column("units", w["units"], "int"),
        *(Column(key, w[key], "money") for key in ("price", "amount", "commission", "due", "paid", "left")),
    )
    rows = tuple(
        (s.sold_on, s.report, s.item_code, s.product_name, s.quantity, s.unit_price, s.amount, s.commission, s.due,
         s.paid, s.left)
        for s in st.sold
    )  # fmt: skip
    paid, left = sum((s.paid for s in st.sold), Decimal("0.00")), sum((s.left for s in st.sold), Decimal("0.00"))
    totals = (None, w["total"], None, None, f.sold, None, f.sold_amount, f.commission, f.due, paid, left)
    return Table("sold", w["sold"], columns, rows, totals)


def _returned(st: Statement, w: Words) -> Table:
    """What the partner sent back."""
    day, code, product = _columns(w)
    return Table(
        "returned",
        w["returned"],
        (day, Column("note", w["note"]), code, product, Column("units", w["units"], "int")),
        tuple((s.on, s.number, s.item_code, s.product_name, s.quantity) for s in st.returned),
        (None, w["total"], None, None, st.figures.returned),
    )


def _payments(st: Statement, w: Words, fm: Formats) -> Table:
    """What the partner paid."""
    day, _, _ = _columns(w)
    return Table(
        "payments",
        w["payments"],
        (
            day,
            Column("number", w["number"]),
            Column("method", w["method"], "text"),
            Column("reference", w["reference"]),
            Column("amount", w["paid_amount"], "money"),
        ),
        tuple((p.on.date(), p.number, fm.method(p.method), p.reference, p.amount) for p in st.payments),
        (None, w["total"], None, None, st.figures.paid),
    )


def _old(st: Statement, w: Words) -> Table:
    """Units at the partner's for longer than it should keep them."""
    _, code, product = _columns(w)
    return Table(
        "old",
        w["old"].format(days=st.partner.old_after_days),
        (
            code,
            product,
            Column("units", w["units"], "int"),
            Column("sent", w["sent_on"], "date"),
            Column("note", w["note"]),
            Column("days", w["days"], "int"),
        ),
        tuple((o.item_code, o.product_name, o.units, o.sent_on, o.note, o.days) for o in st.old),
    )


def _title(st: Statement, language: str) -> tuple[str, str]:
    w, f = TEXTS[language], Formats(language, TRUE_MINUS)
    title = w["title"].format(partner=st.partner.name)
    period = w["period"].format(start=f.day(st.start), end=f.day(st.end), rate=f.percent(st.partner.commission_rate))
    return title, period


def statement_xlsx(st: Statement, language: str = "es") -> bytes:
    """The statement as a workbook in ``language`` (``es``, ``en`` or ``fr``): a sheet per table, amounts as numbers.

    Raises:
        ValueError: unknown language.
    """
    title, period = _title(st, check_language(language))
    return xlsx_bytes(statement_tables(st, language), title, [period], cover=TEXTS[language]["cover"])


def _cell(value: object, f: Formats) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f.money(value)
    if isinstance(value, int):
        return f.number(value)
    if hasattr(value, "isoformat"):
        return f.day(value)  # type: ignore[arg-type]
    return str(value)


# The PDF's columns per table (the first, the product, wraps and takes the width left) and the others' widths in mm.
_LAYOUT = {
    "sent": (("product", "day", "note", "code", "units", "price"), (18, 24, 22, 12, 20)),
    "sold": (
        ("product", "day", "code", "units", "price", "amount", "commission", "due", "paid", "left"),
        (19, 17, 9, 16, 17, 20, 17, 16, 17),
    ),
    "returned": (("product", "day", "note", "code", "units"), (18, 24, 22, 12)),
    "payments": (("reference", "day", "number", "method", "amount"), (18, 24, 28, 28)),
    "old": (("product", "code", "note", "sent", "days", "units"), (22, 24, 18, 12, 12)),
}
_TEXT = {"product", "day", "note", "code", "number", "method", "reference", "sent"}


def _pdf_section(table: Table, w: dict[str, str], f: Formats) -> StatementSection:
    keys, widths = _LAYOUT[table.key]
    where = [next(i for i, c in enumerate(table.columns) if c.key == key) for key in keys]
    left = next((n for n, key in enumerate(keys) if key not in _TEXT), len(keys))

    def pick(row: tuple[object, ...]) -> tuple[str, ...]:
        return tuple(_cell(row[i], f) for i in where)

    total = None
    if table.total is not None:
        cells = pick(table.total)
        total = (w["total"], *("" if cell == w["total"] else cell for cell in cells[1:]))
    return StatementSection(
        table.title,
        tuple(table.columns[i].title for i in where),
        tuple(pick(row) for row in table.rows),
        total,
        (0, *widths),
        left,
        w["none"] if table.key == "old" else w["nothing"],
    )


def statement_pdf(store: Store, st: Statement, language: str = "es") -> bytes:
    """The statement as an A4 PDF in ``language`` (``es``, ``en`` or ``fr``): the figures as tiles, then every line.

    Raises:
        ValueError: unknown language.
    """
    w, f = TEXTS[check_language(language)], Formats(language, TRUE_MINUS)
    title, period = _title(st, language)
    fig = st.figures
    tiles = (
        (f.number(fig.sent), w["tile_sent"]),
        (f.number(fig.sold), w["tile_sold"]),
        (f.number(fig.returned), w["tile_returned"]),
        (f.number(fig.on_hand), w["tile_on_hand"]),
        (f.money(fig.sold_amount), w["tile_sold_amount"]),
        (f.money(fig.commission), w["tile_commission"]),
        (f.money(fig.due), w["tile_due"]),
        (f.money(fig.paid), w["tile_paid"]),
        (f.money(fig.balance), w["tile_balance"].format(before=f.money(st.owed_before))),
    )
    sections = tuple(_pdf_section(table, w, f) for table in statement_tables(st, language)[1:])
    shop = get_settings(store).shop_name
    data = StatementData(shop, title, period, tiles, sections, f"{shop} · {title}", w["page"])
    return build_partner_statement(data)
