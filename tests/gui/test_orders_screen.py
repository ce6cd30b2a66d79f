"""The orders screen and an order's page, driven with real widgets (DESIGN.md §10).

The S/ 180.00 order of ``tests/services/test_orders.py``: S/ 50.00 in cash and
S/ 30.00 by Yape taken on its page, then picked up paying the S/ 100.00 left.
"""

from __future__ import annotations

import io
import time
from datetime import date, timedelta
from decimal import Decimal

import cups_queue
import escpos_paper
import pypdf
import pytest
from helpers import photo_bytes
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.gui import order_print, photo_widgets
from mamakilla_pos.gui.approval import ApprovalDialog
from mamakilla_pos.gui.order_cancel import CancelOrderDialog, cancelled_message
from mamakilla_pos.gui.order_form import NewOrderDialog
from mamakilla_pos.gui.orders_screen import OrderPage, OrdersScreen
from mamakilla_pos.gui.photo_crop import PhotoCropDialog
from mamakilla_pos.gui.photo_widgets import PhotoStrip
from mamakilla_pos.gui.widgets.pdf_view import PdfViewDialog
from mamakilla_pos.services import (
    auth,
    cash,
    catalogue_makers,
    catalogue_products,
    history,
    order_views,
    orders,
    photos,
    printers,
    settings,
)
from mamakilla_pos.services.actors import SYSTEM_ID

D = Decimal
LEFT = Qt.MouseButton.LeftButton


def _order(store, due_in: int = 5, customer: str = "Ana Torres") -> str:
    ids = {m.name: m.id for m in catalogue_makers.list_makers(store)}
    return orders.create_order(
        store,
        orders.NewOrder(
            customer,
            "Bolso bordado",
            D("180.00"),
            date.today() + timedelta(days=due_in),
            ((ids["Rosa Quispe"], 2), (ids["Ana Huamán"], 1)),
            user_id=SYSTEM_ID,
        ),
    )


def _cells(table: QTableWidget, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def _choose(combo: QComboBox, data: object) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_the_list_filters_by_due_date_status_and_maker_and_a_tap_moves_an_order_on(qtbot, shop):
    store = shop.store
    soon = _order(store, 3, "Ana Torres")
    late = _order(store, -2, "Eva Quispe")
    far = _order(store, 30, "Lía Ccori")
    screen = OrdersScreen(store)
    qtbot.addWidget(screen)
    screen.show()
    table = screen.findChild(QTableWidget, "ordersTable")
    assert _cells(table, 0) == [late, soon, far]  # by due date
    filters = screen.findChild(QComboBox, "orderFilter")
    _choose(filters, "week")
    assert _cells(table, 0) == [soon]
    _choose(filters, "overdue")
    assert _cells(table, 0) == [late]
    # One tap after another: confirmado → en confección → listo; then it waits for the pickup.
    next_button = screen.findChild(QPushButton, "nextStatusButton")
    qtbot.mouseClick(next_button, LEFT)
    qtbot.mouseClick(next_button, LEFT)
    _choose(filters, "ready")
    assert _cells(table, 0) == [late] and _cells(table, 3) == ["Listo"]
    qtbot.mouseClick(next_button, LEFT)
    assert screen.findChild(QLabel, "ordersMessage").text() == "Este encargo no tiene un estado siguiente."
    _choose(filters, "all")
    makers = screen.findChild(QComboBox, "makerFilter")
    luz = next(m.id for m in catalogue_makers.list_makers(store) if m.name == "Luz Mamani")
    _choose(makers, luz)
    assert table.rowCount() == 0
    assert [e.status for e in order_views.get_order(store, late).history] == ["confirmado", "en_confeccion", "listo"]


@pytest.mark.till_closed
def test_the_order_page_takes_advances_and_the_pickup(qtbot, shop, shown_pdfs):
    store = shop.store
    cash.open_session(store, {D("20"): 5}, user_id=SYSTEM_ID)
    number = _order(store)
    page = OrderPage(store, number)
    qtbot.addWidget(page)
    page.show()
    method = page.findChild(QComboBox, "advanceMethod")
    amount = page.findChild(QLineEdit, "advanceAmount")
    take = page.findChild(QPushButton, "takeAdvanceButton")
    qtbot.keyClicks(amount, "50")
    qtbot.mouseClick(take, LEFT)
    _choose(method, "yape")
    qtbot.keyClicks(amount, "30")
    qtbot.mouseClick(take, LEFT)
    payments = page.findChild(QTableWidget, "paymentsTable")
    assert _cells(payments, 2) == ["Efectivo", "Yape"] and _cells(payments, 3) == ["50.00", "30.00"]
    assert "Saldo S/ 100.00" in page.findChild(QLabel, "orderSummary").text()
    # More than the balance is refused, in Spanish, and nothing changes.
    qtbot.keyClicks(amount, "100.10")
    qtbot.mouseClick(take, LEFT)
    assert "La seña no puede pasar el saldo del encargo (S/ 100.00)" in page.findChild(QLabel, "orderError").text()
    message = page.findChild(QPlainTextEdit, "whatsappText").toPlainText()
    assert message == "Hola Ana, su bolso bordado está listo. Saldo: S/ 100.00. Mama Killa"
    qtbot.mouseClick(page.findChild(QPushButton, "copyWhatsappButton"), LEFT)
    assert QGuiApplication.clipboard().text() == message
    # The pickup: the balance is already typed in; cash.
    assert page.findChild(QLineEdit, "pickupAmount").text() == "100.00"
    qtbot.mouseClick(page.findChild(QPushButton, "pickupButton"), LEFT)
    note = page.findChild(QLabel, "orderError").text()
    assert note.startswith("Entregado: nota B001-")
    sale = history.get_sale(store, note.removeprefix("Entregado: nota ").rstrip("."))
    assert [(p.method, p.amount_pen) for p in sale.payments] == [("anticipo", D("80.00")), ("cash", D("100.00"))]
    assert not page.findChild(QPushButton, "pickupButton").isEnabled()
    assert cash.x_report(store).pen.expected == D("250.00")
    # The pickup is a sale like any other: its receipt is shown, as the shop does after a payment.
    assert len(shown_pdfs) == 1 and sale.number in shown_pdfs[0].windowTitle()


# -- a new order, its cancellation, its slip and work ticket ------------------------------------


def _type(qtbot, parent, name: str, text: str) -> None:
    field = parent.findChild(QWidget, name)
    field.setFocus()
    qtbot.keyClicks(field, text)


def test_the_new_order_form_refuses_what_is_missing_in_spanish_then_records_the_order(qtbot, shop, stub_exec):
    store = shop.store
    screen = OrdersScreen(store)
    qtbot.addWidget(screen)
    screen.show()
    due = date.today() + timedelta(days=10)

    def fill_in(dialog: NewOrderDialog) -> None:
        dialog.show()
        qtbot.waitExposed(dialog)
        error = dialog.findChild(QLabel, "orderFormError")
        save = dialog.findChild(QPushButton, "saveOrderButton")
        qtbot.mouseClick(save, LEFT)
        assert error.text() == "Escriba el nombre de la clienta."
        assert dialog.focusWidget() is dialog.findChild(QLineEdit, "customerNameInput")
        _type(qtbot, dialog, "customerNameInput", "Ana Torres")
        _type(qtbot, dialog, "customerPhoneInput", "984 111 222")
        qtbot.mouseClick(save, LEFT)
        assert error.text() == "Escriba qué hay que hacer."
        _type(qtbot, dialog, "descriptionInput", "Bolso bordado con su nombre")
        _choose(dialog.findChild(QComboBox, "baseProductCombo"), shop_product(store, "Bolso bordado"))
        _type(qtbot, dialog, "priceInput", "ciento")
        qtbot.mouseClick(save, LEFT)
        assert error.text() == "Escriba el precio acordado, por ejemplo 180.00."
        dialog.findChild(QLineEdit, "priceInput").clear()
        _type(qtbot, dialog, "priceInput", "180")
        dates = dialog.findChild(QDateEdit, "dueDateInput")
        dates.setDate(QDate(date.today() - timedelta(days=1)))
        qtbot.mouseClick(save, LEFT)
        assert error.text() == "La fecha de entrega no puede ser anterior a hoy."
        dates.setDate(QDate(due))
        qtbot.mouseClick(save, LEFT)
        assert error.text() == "Agregue al menos una artesana (elíjala y pulse Agregar)."
        # The makers by keyboard: choose, weight, Agregar.
        makers = dialog.findChild(QComboBox, "makerCombo")
        _choose(makers, maker_id(store, "Rosa Quispe"))
        weight = dialog.findChild(QSpinBox, "makerWeight")
        weight.setFocus()
        qtbot.keyClick(weight, Qt.Key.Key_Up)
        add = dialog.findChild(QPushButton, "addMakerButton")
        add.setFocus()
        qtbot.keyClick(add, Qt.Key.Key_Space)
        _choose(makers, maker_id(store, "Ana Huamán"))
        weight.setValue(1)
        qtbot.mouseClick(add, LEFT)
        chosen = dialog.findChild(QListWidget, "orderMakersList")
        assert [chosen.item(i).text() for i in range(chosen.count())] == [
            "Rosa Quispe (peso 2)",
            "Ana Huamán (peso 1)",
        ]
        _type(qtbot, dialog, "notesInput", "Hilo dorado")
        qtbot.keyClick(dialog.findChild(QLineEdit, "notesInput"), Qt.Key.Key_Return)

    seen = stub_exec(NewOrderDialog, fill_in)
    qtbot.mouseClick(screen.findChild(QPushButton, "newOrderButton"), LEFT)
    (dialog,) = seen
    number = dialog.number
    assert number and screen.findChild(QLabel, "ordersMessage").text() == f"Encargo {number} registrado."
    assert _cells(screen.findChild(QTableWidget, "ordersTable"), 0) == [number]
    view = order_views.get_order(store, number)
    assert (view.customer_name, view.customer_phone, view.price, view.due_on, view.notes) == (
        "Ana Torres",
        "984 111 222",
        D("180.00"),
        due,
        "Hilo dorado",
    )
    assert view.makers == (("Rosa Quispe", 2), ("Ana Huamán", 1)) and view.product == "Bolso bordado"


def shop_product(store, name: str) -> int:
    return next(p.id for p in catalogue_products.list_products(store) if p.name == name)


def maker_id(store, name: str) -> int:
    return next(m.id for m in catalogue_makers.list_makers(store) if m.name == name)


def _cancel_steps(qtbot, keep: bool):  # type: ignore[no-untyped-def]
    def steps(dialog: CancelOrderDialog) -> None:
        dialog.show()
        qtbot.waitExposed(dialog)
        confirm = dialog.findChild(QPushButton, "confirmCancelOrderButton")
        qtbot.mouseClick(confirm, LEFT)
        assert dialog.findChild(QLabel, "cancelOrderError").text() == "Elija si se devuelve la seña o se retiene."
        radio = dialog.findChild(QRadioButton, "keepAdvanceRadio" if keep else "returnAdvanceRadio")
        radio.setFocus()
        qtbot.keyClick(radio, Qt.Key.Key_Space)
        qtbot.mouseClick(confirm, LEFT)
        assert dialog.findChild(QLabel, "cancelOrderError").text() == "Escriba el motivo de la anulación."
        _type(qtbot, dialog, "cancelReasonInput", "La clienta ya no lo quiere")
        qtbot.keyClick(dialog.findChild(QLineEdit, "cancelReasonInput"), Qt.Key.Key_Return)

    return steps


@pytest.mark.till_closed
def test_cancelling_on_the_order_page_gives_the_advance_back_by_method(qtbot, shop, stub_exec):
    store = shop.store
    cash.open_session(store, {D("20"): 5}, user_id=SYSTEM_ID)
    number = _order(store)
    orders.take_advance(store, number, Tender("cash", D("50")), user_id=SYSTEM_ID)
    orders.take_advance(store, number, Tender("yape", D("30"), "778899"), user_id=SYSTEM_ID)
    page = OrderPage(store, number)
    qtbot.addWidget(page)
    page.show()
    seen = stub_exec(CancelOrderDialog, _cancel_steps(qtbot, keep=False))
    qtbot.mouseClick(page.findChild(QPushButton, "cancelOrderButton"), LEFT)
    (dialog,) = seen
    assert dialog.findChild(QRadioButton, "returnAdvanceRadio").text() == (
        "Devolver la seña a la clienta: Efectivo S/ 50.00, Yape S/ 30.00"
    )
    assert page.findChild(QLabel, "orderError").text() == f"Encargo {number} anulado: devuelva S/ 80.00 a la clienta."
    view = order_views.get_order(store, number)
    assert view.status == "anulado" and view.history[-1].note == "La clienta ya no lo quiere"
    assert [(p.kind, p.method, p.amount) for p in view.payments][-2:] == [
        ("return", "cash", D("50.00")),
        ("return", "yape", D("30.00")),
    ]
    assert cash.x_report(store).pen.expected == D("100.00")
    for name in ("takeAdvanceButton", "pickupButton", "cancelOrderButton"):
        assert not page.findChild(QPushButton, name).isEnabled(), name


@pytest.mark.till_closed
def test_a_seller_keeps_the_advance_with_a_coordinators_pin(qtbot, shop, stub_exec, monkeypatch):
    store = shop.store
    carmen = auth.create_user(store, "Carmen Ayma", "coordinator", "739164", by=SYSTEM_ID)
    rosa = auth.create_user(store, "Rosa Luz", "seller", "481526", by=carmen.id)
    cash.open_session(store, {D("20"): 5}, user_id=SYSTEM_ID)
    number = _order(store)
    orders.take_advance(store, number, Tender("cash", D("40")), user_id=SYSTEM_ID)
    asked: list[str] = []

    def coordinator(parent, store_, permission, requester, detail):  # type: ignore[no-untyped-def]
        asked.append(permission)
        return auth.approve(store, carmen.id, "739164", permission), True

    monkeypatch.setattr(ApprovalDialog, "run", staticmethod(coordinator))
    dialog = CancelOrderDialog(store, order_views.get_order(store, number), rosa.id)
    qtbot.addWidget(dialog)
    _cancel_steps(qtbot, keep=True)(dialog)
    assert asked == ["order_cancel"] and dialog.kept_sale is not None and dialog.result() == QDialog.DialogCode.Accepted
    sale = history.get_sale(store, dialog.kept_sale.number)
    assert [(ln.product_name, ln.net, ln.share) for ln in sale.lines] == [
        (f"seña retenida — encargo {number}", D("40.00"), D("18.00"))
    ]
    assert cancelled_message(number, dialog.kept_sale, D("0")) == (
        f"Encargo {number} anulado: la seña quedó como venta, nota {dialog.kept_sale.number}."
    )


@pytest.mark.till_closed
def test_the_order_page_prints_the_slip_on_the_thermal_printer_and_saves_the_ticket_as_pdf(
    qtbot, shop, stub_exec, fake_printer, monkeypatch, tmp_path
):
    store = shop.store
    cash.open_session(store, {D("20"): 5}, user_id=SYSTEM_ID)
    number = _order(store)
    orders.take_advance(store, number, Tender("cash", D("50")), user_id=SYSTEM_ID)
    printer = fake_printer()
    printers.save_printer_profile(
        store, printers.PrinterProfile(printer.uri, columns=42, code_page=3), user_id=SYSTEM_ID
    )
    page = OrderPage(store, number)
    qtbot.addWidget(page)
    page.show()
    shown = stub_exec(PdfViewDialog, lambda dialog: dialog.print_document())
    slip = page.findChild(QPushButton, "printSlipButton")
    slip.setFocus()
    qtbot.keyClick(slip, Qt.Key.Key_Space)
    paper = escpos_paper.read(printer.wait_jobs(1)[0])
    assert "ENCARGO" in paper.text() and "Clienta" in paper.text() and "S/ 130.00" in paper.text()
    assert shown[-1].outcome == "printed"
    # In English, on A4: that goes to the PDF printer of Ajustes; none is chosen, so it is saved.
    monkeypatch.setattr(order_print, "orders_folder", lambda: tmp_path)
    _choose(page.findChild(QComboBox, "orderLanguageCombo"), "en")
    _choose(page.findChild(QComboBox, "slipPaperCombo"), "A4")
    qtbot.mouseClick(slip, LEFT)
    assert len(printer.wait_jobs(1)) == 1  # nothing more on the thermal printer
    assert str(tmp_path / f"encargo-{number}.pdf") in shown[-1].status_label.text()
    assert "CUSTOM ORDER" in pdf_text((tmp_path / f"encargo-{number}.pdf").read_bytes())
    # The work ticket, saved where the seller says.
    saved = tmp_path / "ticket.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(saved), "PDF")))
    stub_exec(PdfViewDialog, lambda dialog: qtbot.mouseClick(dialog.findChild(QPushButton, "saveButton"), LEFT))
    qtbot.mouseClick(page.findChild(QPushButton, "printTicketButton"), LEFT)
    text = pdf_text(saved.read_bytes())
    assert f"WORK TICKET No. {number}" in text and "For Ana " in text and "S/" not in text


def test_the_work_ticket_goes_to_the_cups_printer_of_ajustes(qtbot, shop, stub_exec):
    reason = cups_queue.skip_reason()
    if reason:
        pytest.skip(reason)
    store = shop.store
    settings.update_settings(store, printer=cups_queue.QUEUE, user_id=SYSTEM_ID)
    number = _order(store)
    page = OrderPage(store, number)
    qtbot.addWidget(page)
    page.show()
    since = time.time()
    shown = stub_exec(PdfViewDialog, lambda dialog: dialog.print_document())
    qtbot.mouseClick(page.findChild(QPushButton, "printTicketButton"), LEFT)
    assert shown[-1].outcome == "printed"
    assert len(cups_queue.wait_for_output(f"orden-de-trabajo-{number}", since).pages) == 1


def pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).split())


def _crop_ok(qtbot):  # type: ignore[no-untyped-def]
    def steps(dialog: PhotoCropDialog) -> None:
        qtbot.mouseClick(dialog.ok_button, LEFT)

    return steps


def test_an_orders_photos_are_added_on_its_page_and_in_the_new_order_form(
    qtbot, shop, stub_exec, monkeypatch, tmp_path
):
    store = shop.store
    picture = tmp_path / "modelo.jpg"
    picture.write_bytes(photo_bytes(1600, 1200, (20, 40, 230)))
    monkeypatch.setattr(photo_widgets, "choose_photo_files", lambda parent: [str(picture)])
    stub_exec(PhotoCropDialog, _crop_ok(qtbot))
    number = _order(store)
    page = OrderPage(store, number)
    qtbot.addWidget(page)
    page.show()
    strip = page.findChild(PhotoStrip, "orderPhotos")
    add = strip.findChild(QPushButton, "photoAddButton")
    add.setFocus()
    qtbot.keyClick(add, Qt.Key.Key_Space)
    view = order_views.get_order(store, number)
    assert len(view.photo_ids) == 1 and strip.count() == 1
    assert [p.id for p in photos.list_photos(store, photos.Owner("order", view.id))] == list(view.photo_ids)

    def fill_in(dialog: NewOrderDialog) -> None:
        dialog.show()
        qtbot.waitExposed(dialog)
        _type(qtbot, dialog, "customerNameInput", "Eva Quispe")
        _type(qtbot, dialog, "descriptionInput", "Monedero con su nombre")
        _type(qtbot, dialog, "priceInput", "60")
        qtbot.mouseClick(dialog.findChild(QPushButton, "addMakerButton"), LEFT)
        new_strip = dialog.findChild(PhotoStrip, "newOrderPhotos")
        qtbot.mouseClick(new_strip.findChild(QPushButton, "photoAddButton"), LEFT)
        assert new_strip.count() == 1
        qtbot.mouseClick(dialog.findChild(QPushButton, "saveOrderButton"), LEFT)

    seen = stub_exec(NewOrderDialog, fill_in)
    screen = OrdersScreen(store)
    qtbot.addWidget(screen)
    qtbot.mouseClick(screen.findChild(QPushButton, "newOrderButton"), LEFT)
    (dialog,) = seen
    assert dialog.number and len(order_views.get_order(store, dialog.number).photo_ids) == 1


def _jobs_after(printer, count: int) -> list[bytes]:
    return printer.wait_jobs(count, timeout=5.0)


@pytest.mark.till_closed
def test_on_a_thermal_till_cash_on_an_order_opens_the_drawer_and_the_pickup_prints_its_receipt(
    qtbot, shop, fake_printer
):
    """Cash advance: the drawer opens; Yape advance: nothing is sent; the pickup paid in cash: its
    receipt with the drawer's kick first; a cancellation giving cash back: the drawer opens."""
    store = shop.store
    settings.update_settings(store, after_payment="print", user_id=SYSTEM_ID)
    cash.open_session(store, {D("20"): 5}, user_id=SYSTEM_ID)
    printer = fake_printer()
    printers.save_printer_profile(
        store, printers.PrinterProfile(printer.uri, columns=42, code_page=3), user_id=SYSTEM_ID
    )
    number = _order(store)
    page = OrderPage(store, number)
    qtbot.addWidget(page)
    page.show()
    amount = page.findChild(QLineEdit, "advanceAmount")
    qtbot.keyClicks(amount, "50")
    qtbot.mouseClick(page.findChild(QPushButton, "takeAdvanceButton"), LEFT)
    [kick] = _jobs_after(printer, 1)
    assert [c for c in escpos_paper.read(kick).commands if c.startswith("kick")] == ["kick:2"]
    assert escpos_paper.read(kick).lines == []
    _choose(page.findChild(QComboBox, "advanceMethod"), "yape")
    qtbot.keyClicks(amount, "30")
    qtbot.mouseClick(page.findChild(QPushButton, "takeAdvanceButton"), LEFT)
    qtbot.mouseClick(page.findChild(QPushButton, "pickupButton"), LEFT)
    jobs = _jobs_after(printer, 2)
    assert len(jobs) == 2  # the Yape advance sent nothing
    receipt = escpos_paper.read(jobs[1])
    sale = order_views.get_order(store, number).sale_number
    assert sale in receipt.text() and "Anticipo" in receipt.text()
    assert [c for c in receipt.commands if c.startswith("kick")] == ["kick:2"]
    other = _order(store, customer="Eva Quispe")
    orders.take_advance(store, other, Tender("cash", D("20")), user_id=SYSTEM_ID)
    page = OrderPage(store, other)
    qtbot.addWidget(page)
    page.show()
    dialog = CancelOrderDialog(store, order_views.get_order(store, other), None, page)
    qtbot.addWidget(dialog)
    _cancel_steps(qtbot, keep=False)(dialog)
    page.after_cancel(dialog)
    jobs = _jobs_after(printer, 3)
    assert len(jobs) == 3 and escpos_paper.read(jobs[2]).lines == []
    assert [c for c in escpos_paper.read(jobs[2]).commands if c.startswith("kick")] == ["kick:2"]
