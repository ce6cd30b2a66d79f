"""Every screen and every dialog of the program, for the tests that look at all of them.

The translation test reads every word they show; the fit probe
(``fit_probe.py``) checks that each fits a 1366 × 768 screen in every
language. A new dialog is added here once and both look at it.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QWidget

from mamakilla_pos.domain.pricing import NO_DISCOUNT
from mamakilla_pos.gui import (
    approval,
    backup_dialog,
    cart_dialogs,
    cart_model,
    cash_move_dialog,
    catalogue_dialog,
    close_till_dialog,
    help_dialog,
    import_dialog,
    locations_screen,
    maker_dialog,
    maker_statement_dialog,
    open_till_dialog,
    order_cancel,
    order_form,
    order_page,
    partner_dialogs,
    payment_dialog,
    payout_confirm,
    payout_dialog,
    photo_crop,
    photo_widgets,
    product_dialogs,
    production_dialog,
    recovery_dialog,
    refund_dialog,
    settings_dialog,
    setup_dialog,
    stock_dialogs,
    stocktake_dialog,
    tags_dialog,
    transfer_list_dialog,
    users_screen,
)
from mamakilla_pos.gui.main_window import BACK_OFFICE
from mamakilla_pos.gui.widgets import pdf_view
from mamakilla_pos.services import (
    auth,
    catalogue,
    catalogue_makers,
    history,
    locations,
    order_views,
    orders,
    partner_report,
    partners,
    photos,
    receipts,
    stock,
)
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.settings import get_settings
from mamakilla_pos.services.startup import diagnose
from mamakilla_pos.services.tags import TagRequest


def _picture() -> bytes:
    """A photo to crop in the crop dialog (this module also runs in the fit probe's own process)."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (1200, 900), (200, 60, 40)).save(out, "JPEG")
    return out.getvalue()


PICTURE = _picture()

SCREENS = ("sale", "history", "cash", *(key for key, *_rest in BACK_OFFICE if key != "-"))
"""Every screen of the main window, by key."""


@dataclass
class Context:
    """A shop with a sale, a fair stand holding units, and a folder for files."""

    store: object
    folder: Path
    sale_number: str
    codes: tuple[str, ...]


def dialogs(ctx: Context, parent: QWidget) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    """``(name, make)`` for every dialog of the program, made with the shop's data over ``parent``."""
    store = ctx.store
    table = stock.stock_table(store)
    row = table.rows[0]
    item = catalogue.find_item(store, ctx.codes[0])
    makers = catalogue_makers.list_makers(store)
    settings = get_settings(store)
    location = locations.location_infos(store)[0]
    sale = history.get_sale(store, ctx.sale_number)
    parked = cart_model.ParkedCart(
        datetime(2026, 3, 5, 10, 30), (cart_model.CartEntry(item, 2),), NO_DISCOUNT, item.price * 2
    )
    damaged = ctx.folder / "damaged.db"
    damaged.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 8)
    problem = diagnose(damaged)
    assert problem is not None
    pdf = receipts.receipt_pdf(store, ctx.sale_number, user_id=SYSTEM_ID)
    partner, _ = partners.save_partner(store, "Casa Colibri Multimarca", Decimal("0.30"), user_id=SYSTEM_ID)
    figures = partner_report.partner_figures(store, partner.code)
    yield "approval", lambda: approval.ApprovalDialog(store, "refund", parent, requester="Rosa", detail="B001-000001")
    yield "backup", lambda: backup_dialog.BackupDialog(store, parent)
    yield "quantity", lambda: cart_dialogs.QuantityDialog(item.product_name, 2, parent)
    yield "discount", lambda: cart_dialogs.DiscountDialog("Bolso", Decimal("45.00"), NO_DISCOUNT, parent)
    yield "parked", lambda: cart_dialogs.ParkedCartsDialog([parked], parent)
    yield "open till", lambda: open_till_dialog.OpenTillDialog(store, None, parent)
    yield "cash in", lambda: cash_move_dialog.CashMoveDialog(store, "in", None, parent)
    yield "cash out", lambda: cash_move_dialog.CashMoveDialog(store, "out", None, parent)
    yield "close till", lambda: close_till_dialog.CloseTillDialog(store, None, parent)
    yield "help", lambda: help_dialog.HelpDialog(parent)
    yield "import", lambda: import_dialog.ImportProductsDialog(store, parent)
    yield "location", lambda: locations_screen.LocationDialog(store, location, parent)
    yield "new location", lambda: locations_screen.LocationDialog(store, None, parent)
    yield "maker", lambda: maker_dialog.MakerDialog(store, makers[0], parent)
    yield "new maker", lambda: maker_dialog.MakerDialog(store, None, parent)
    yield "payment", lambda: payment_dialog.PaymentDialog(Decimal("67.55"), settings, lambda _t: None, parent)  # type: ignore[arg-type,return-value]
    yield (
        "payment in dollars",
        lambda: in_dollars(payment_dialog.PaymentDialog(Decimal("67.55"), settings, lambda _t: None, parent)),
    )  # type: ignore[arg-type]
    yield "payout", lambda: payout_dialog.PayoutDialog(store, makers[0].id, parent)
    yield "confirm payout", lambda: confirm_payout(parent)
    yield "pdf", lambda: pdf_view.PdfViewDialog(pdf, ctx.sale_number, Path("/tmp/nota.pdf"), None, parent)
    yield "production", lambda: production_dialog.ProductionDialog(store, parent)
    yield "product", lambda: product_dialogs.ProductDialog(store, parent)
    yield "item", lambda: product_dialogs.ItemDialog(makers, item.product_name, parent, None, store)
    yield "first item", lambda: product_dialogs.ItemDialog([], item.product_name, parent, None, store)
    yield "recovery", lambda: recovery_dialog.RecoveryDialog(problem, parent)
    yield "refund", lambda: refund_dialog.RefundDialog(store, sale, parent)
    yield "settings", lambda: settings_dialog.SettingsDialog(store, parent)
    yield "setup", lambda: setup_dialog.SetupDialog(store, parent)
    yield (
        "transfer",
        lambda: transfer_list_dialog.TransferListDialog(store, table.locations, None, row.item_code, "", parent),
    )
    yield (
        "fair return",
        lambda: transfer_list_dialog.TransferListDialog(store, table.locations, "feria", "", "feria", parent),
    )
    yield "adjust", lambda: stock_dialogs.AdjustDialog(store, row, table, None, parent)
    yield "stocktake", lambda: stocktake_dialog.StocktakeDialog(store, table, None, parent)
    yield "full count", lambda: counting(stocktake_dialog.StocktakeDialog(store, table, None, parent))
    yield "zero question", lambda: zero_question(stocktake_dialog.StocktakeDialog(store, table, None, parent))
    yield "movements", lambda: stock_dialogs.MovementsDialog(store, row, parent)
    yield "tags", lambda: tags_dialog.TagsDialog(store, [TagRequest(ctx.codes[0], 2)], parent)
    yield "partner", lambda: partner_dialogs.PartnerDialog(store, partner, parent)
    yield "new partner", lambda: partner_dialogs.PartnerDialog(store, None, parent)
    for mode in ("out", "return", "sales"):
        yield f"partner {mode}", lambda mode=mode: partner_dialogs.PartnerLinesDialog(store, partner, mode, parent)
    yield "partner payment", lambda: partner_dialogs.PartnerPaymentDialog(store, partner, figures, parent)
    yield "new user", lambda: users_screen.NewUserDialog(auth.roles(store), parent)
    yield "new pin", lambda: users_screen.NewPinDialog("PIN", True, parent)
    yield "photos", lambda: photo_widgets.PhotosDialog(store, photos.Owner("product", item.product_id), "Bolso", parent)
    yield "crop", lambda: photo_crop.PhotoCropDialog(photos.photo_preview(PICTURE), parent)
    yield "catalogue", lambda: catalogue_dialog.CatalogueDialog(store, parent)
    yield "maker's month", lambda: maker_statement_dialog.MakerStatementDialog(store, makers[0].id, parent)
    order = _order(store, makers[0].id)
    yield "new order", lambda: order_form.NewOrderDialog(store, None, parent)
    yield "order page", lambda: order_page.OrderPage(store, order, parent)
    yield (
        "cancel order",
        lambda: order_cancel.CancelOrderDialog(store, order_views.get_order(store, order), None, parent),
    )


def _order(store, maker_id: int) -> str:  # type: ignore[no-untyped-def]
    """The shop's first order (the translation test's has an advance); one without an advance when it has none."""
    found = order_views.list_orders(store)
    if found:
        return found[0].number
    new = orders.NewOrder(
        "Ana Torres",
        "Bolso bordado",
        Decimal("180"),
        date.today() + timedelta(days=5),
        ((maker_id, 1),),
        user_id=SYSTEM_ID,
    )
    return orders.create_order(store, new)


def counting(dialog: stocktake_dialog.StocktakeDialog) -> stocktake_dialog.StocktakeDialog:
    """A full count under way: every item listed, one counted."""
    dialog.start_full()
    dialog.set_count(next(iter(dialog.rows)), 1)
    return dialog


def zero_question(dialog: stocktake_dialog.StocktakeDialog) -> stocktake_dialog.ListQuestion:
    """The question a full count asks before it zeroes what was not counted."""
    dialog.start_full()
    head, lines = dialog.zero_lines(dialog.zeroed())
    return stocktake_dialog.ListQuestion(
        dialog.tr("Quedarán en 0"), head, lines, dialog.tr("Sí, dejarlos en 0"), dialog
    )


def in_dollars(dialog: payment_dialog.PaymentDialog) -> payment_dialog.PaymentDialog:
    """The payment dialog taking dollars: the amount due in dollars and the dollar notes."""
    dialog.select_method("usd")
    return dialog


def confirm_payout(parent: QWidget | None) -> payout_confirm.ConfirmPayoutDialog:
    """The last question before a cash payout, with the céntimos left in her balance."""
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("PayoutDialog", text)

    note = tr("{amount} quedan en su saldo para el próximo pago: en efectivo se paga en monedas de 10 céntimos.")
    return payout_confirm.ConfirmPayoutDialog(
        "S/ 751.30", "Rosa Quispe", tr("en efectivo"), note.format(amount="S/ 0.02"), parent
    )
