"""What this till's thermal printer is sent after money moves: the receipt, the drawer's kick, or both.

The drawer opens (a kick pulse through the printer) when cash goes in or
out: a sale or a refund paid in soles or dollars, cash put in or taken out,
a maker paid in cash. A Yape, Plin, card or transfer sale does not open it.
Jobs are built here, from what was recorded, and sent by
:func:`send_job`; the record never waits on the printer: a sale is saved
before its job is built, and a printer that fails only says so
(:class:`~mamakilla_pos.printing.PrintError`), to be retried or reprinted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..printing.escpos_job import document_job
from ..printing.targets import PrinterTarget, parse_target
from ..store import Store
from .cash_figures import SessionReport
from .printers import PrinterProfile, printer_profile
from .sale_views import SaleView
from .settings import ShopSettings

CASH_METHODS = frozenset({"cash", "usd"})
"""Payment methods paid into (or out of) the drawer."""


@dataclass(frozen=True)
class ThermalJob:
    """Bytes to send to one printer, and what they are, for the till's messages.

    With ``make``, the bytes are made only once the printer is being reached
    (``data`` is empty then): the receipt of a sale just recorded is laid out
    while the printer answers the connection, off the till's screen.
    """

    target: PrinterTarget
    data: bytes
    kicks: bool
    make: Callable[[], bytes] | None = None

    def content(self) -> bytes:
        """The bytes of the job (made now when they are made on sending)."""
        return self.make() if self.make is not None else self.data


def thermal_profile(store: Store) -> PrinterProfile | None:
    """This till's thermal printer profile, or ``None`` when the till prints PDFs."""
    profile = printer_profile(store)
    return profile if profile.thermal else None


def moves_cash(store: Store, number: str) -> bool:
    """Whether sale or refund ``number`` took or gave back cash (soles or dollars).

    Raises:
        NotFound: no document has that number.
    """
    from .history import read_sale_in  # the models: made after the sale screen is up, not as the till starts

    with store.session() as session:
        sale = read_sale_in(session, number)
    return cash_moved(sale)


def cash_moved(sale: SaleView) -> bool:
    """Whether ``sale`` (or refund) took or gave back cash (soles or dollars)."""
    return any(p.method in CASH_METHODS and p.amount != 0 for p in sale.payments)


def receipt_job(
    store: Store,
    profile: PrinterProfile,
    number: str,
    language: str = "es",
    kick: bool = False,
    copy: bool = False,
    user_id: int | None = None,
) -> ThermalJob:
    """The receipt (or refund note) ``number`` for ``profile``'s printer; ``kick`` opens the drawer first.

    Raises:
        NotFound: no document has that number.
    """
    from .receipts import receipt_text

    doc = receipt_text(store, number, profile.columns, copy=copy, language=language, user_id=user_id)
    kicks = kick and profile.has_drawer
    data = document_job(doc, profile.setup(), kick=kicks, logo=True)
    return ThermalJob(parse_target(profile.uri), data, kicks)


def sale_receipt_job(
    profile: PrinterProfile, sale: SaleView, settings: ShopSettings, language: str = "es", kick: bool = False
) -> ThermalJob:
    """:func:`receipt_job` of ``sale`` already in hand (the sale a till just recorded): no database read.

    The receipt is laid out when the job is sent, once the printer is being reached (:attr:`ThermalJob.make`).
    """
    from .receipts import receipt_text_of

    kicks = kick and profile.has_drawer
    setup = profile.setup()

    def make() -> bytes:
        return document_job(receipt_text_of(sale, settings, profile.columns, language), setup, kick=kicks, logo=True)

    return ThermalJob(profile.target, b"", kicks, make)


def report_job(store: Store, profile: PrinterProfile, report: SessionReport, language: str = "es") -> ThermalJob:
    """The X or Z report of ``report`` for ``profile``'s printer (the drawer stays shut)."""
    from .settings import get_settings
    from .z_docs import report_text

    doc = report_text(report, get_settings(store), profile.columns, language)
    return ThermalJob(parse_target(profile.uri), document_job(doc, profile.setup()), False)


def order_slip_job(store: Store, profile: PrinterProfile, number: str, language: str = "es") -> ThermalJob:
    """The order slip of order ``number`` for ``profile``'s printer (printing it opens no drawer).

    Raises:
        NotFound: no such order.
    """
    from .order_docs import order_slip_text

    doc = order_slip_text(store, number, profile.columns, language)
    return ThermalJob(parse_target(profile.uri), document_job(doc, profile.setup(), logo=True), False)


def drawer_job(profile: PrinterProfile) -> ThermalJob | None:
    """Only the kick that opens the drawer (nothing printed); ``None`` when no drawer is set up."""
    from ..printing.escpos_job import kick_job

    if not profile.has_drawer:
        return None
    return ThermalJob(parse_target(profile.uri), kick_job(profile.setup()), True)


def after_document(store: Store, number: str, print_it: bool, language: str = "es") -> ThermalJob | None:
    """What the thermal printer gets once sale or refund ``number`` is recorded.

    The receipt when ``print_it`` (with the kick first when cash moved), or
    only the kick when cash moved and no receipt is printed now; ``None``
    when the till has no thermal printer or there is nothing to send.
    """
    profile = thermal_profile(store)
    if profile is None:
        return None
    cash = profile.has_drawer and moves_cash(store, number)
    if print_it:
        return receipt_job(store, profile, number, language, kick=cash)
    return drawer_job(profile) if cash else None


def after_sale(
    profile: PrinterProfile, sale: SaleView, settings: ShopSettings, print_it: bool, language: str = "es"
) -> ThermalJob | None:
    """:func:`after_document` for the sale a till just recorded, from what it holds: no database read.

    ``profile`` and ``settings`` are the till's, read before the sale was
    paid; ``sale`` is the sale as recorded (``SaleResult.document``).
    """
    if not profile.thermal:
        return None
    cash = profile.has_drawer and cash_moved(sale)
    if print_it:
        return sale_receipt_job(profile, sale, settings, language, kick=cash)
    return drawer_job(profile) if cash else None


def send_job(job: ThermalJob) -> None:
    """Send ``job`` to its printer.

    Raises:
        PrintError: the printer is off, out of paper or stopped half-way; nothing recorded is touched.
    """
    from ..printing.thermal import send

    send(job.target, job.make or job.data)
