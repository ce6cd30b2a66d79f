"""Take the screenshots of the quick guide (``resources/help/img/*.png``) from the real screens.

Run under a 1366×768 X display after a screen changes, for example::

    xvfb-run -a -s "-screen 0 1366x768x24" python resources/help/take_screenshots.py [es|en|fr]

Without a language it takes them in the three: Spanish into ``img/``, English
and French into ``img/en/`` and ``img/fr/`` (each guide shows its own).

It fills a temporary demo shop, opens each screen or dialog the guide talks
about, fills it in as a seller would, grabs it, scales it down and stores it
as a small PNG (``convert`` from ImageMagick reduces it to 256 colours when
it is installed). Nothing is printed and the real shop is not touched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

IMG = Path(__file__).resolve().parent / "img"
SCREEN = (1366, 768)
SCREEN_WIDTH = 820  # the guide shows whole screens at 60 %
DIALOG_WIDTH = 640


def settle(app: QApplication, rounds: int = 6) -> None:
    """Let layouts, timers and paint events run."""
    for _ in range(rounds):
        app.processEvents()
        QApplication.sendPostedEvents()


def image_folder(language: str) -> Path:
    """``img/`` for Spanish, ``img/<language>/`` for the others."""
    return IMG if language == "es" else IMG / language


def save(widget: QWidget, name: str, width: int, language: str = "es") -> Path:
    """Grab ``widget`` into ``img/[<language>/]<name>.png``, scaled down to ``width`` pixels."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settle(app)
    image = widget.grab().toImage()
    if image.width() > width:
        image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    folder = image_folder(language)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{name}.png"
    image.save(str(target), "PNG")
    convert = shutil.which("convert")
    if convert:
        subprocess.run(
            [convert, str(target), "-strip", "-colors", "256", "-define", "png:compression-level=9", f"PNG8:{target}"],
            check=True,
        )
    print(f"{target.relative_to(IMG.parent)}: {image.width()}×{image.height()}, {target.stat().st_size} bytes")
    return target


def in_pieces(amount: Decimal, denominations: tuple[Decimal, ...]) -> dict[Decimal, int]:
    """``amount`` in as few notes and coins as possible (what a tidy drawer holds)."""
    pieces: dict[Decimal, int] = {}
    for value in sorted(denominations, reverse=True):
        count = int(amount // value)
        if count:
            pieces[value] = count
            amount -= value * count
    return pieces


def main(argv: list[str]) -> int:
    """Take every screenshot of the guide, in one language or (no argument) in each, one process each."""
    if not argv:
        for language in ("es", "en", "fr"):
            done = subprocess.run([sys.executable, __file__, language], check=False)
            if done.returncode:
                return done.returncode
        return 0
    language = argv[0]
    folder = Path(tempfile.mkdtemp(prefix="mamakilla-shots-"))
    try:
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder / "qsettings"))
        app = QApplication(sys.argv[:1])
        app.setOrganizationName("Mama Killa Screenshots")
        app.setApplicationName("Mama Killa POS")
        from mamakilla_pos.app import install_translators
        from mamakilla_pos.gui.widgets.style import apply_style

        install_translators(app, language)
        apply_style(app)
        shoot(app, f"sqlite:///{folder / 'demo.db'}", language)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


def shoot(app: QApplication, url: str, language: str = "es") -> None:
    from mamakilla_pos.domain.cash import PEN_DENOMINATIONS, USD_NOTES
    from mamakilla_pos.domain.payments import Tender
    from mamakilla_pos.gui.close_till_dialog import CloseTillDialog
    from mamakilla_pos.gui.main_window import MainWindow
    from mamakilla_pos.gui.payment_dialog import PaymentDialog
    from mamakilla_pos.gui.payout_dialog import PayoutDialog
    from mamakilla_pos.gui.refund_dialog import RefundDialog
    from mamakilla_pos.services import auth, history
    from mamakilla_pos.services.demo import DEMO_PINS, load_demo
    from mamakilla_pos.services.settings import get_settings
    from mamakilla_pos.services.setup import ensure_defaults
    from mamakilla_pos.store import open_store

    store = open_store(url)
    ensure_defaults(store)
    load_demo(store)

    window = MainWindow(store)
    window.setGeometry(0, 0, *SCREEN)
    window.show()
    settle(app)

    # 0. Coming in: the login screen, then the seller of the demo shop types her PIN.
    users = {u.role: u for u in auth.list_users(store)}
    if "seller" in users:
        save(window, "entrar", SCREEN_WIDTH, language)
        seller = users["seller"]
        window.till_user.log_in(auth.login(store, seller.id, DEMO_PINS[seller.name]))
        settle(app)

    # 1. The sale screen with three lines in the cart.
    sale_screen = window.sale_screen
    items = [i for i in sale_screen.grid.visible_items() if i.stock > 1][:3]
    for item in items:
        sale_screen.add_item(item)
    sale_screen.add_item(items[0])
    settle(app)
    save(window, "venta", SCREEN_WIDTH, language)

    # 2. Paying in cash with a round sum of notes.
    total = sale_screen.cart.total
    tendered = next(n for n in (Decimal(50), Decimal(100), Decimal(200), Decimal(500), total) if n >= total)
    payment = PaymentDialog(total, get_settings(store), sale_screen.complete_sale, window)
    payment.show()
    payment.ui.tenderedInput.setText(f"{tendered}")
    save(payment, "cobrar", DIALOG_WIDTH, language)
    sale = sale_screen.complete_sale((Tender("cash", tendered),))
    payment.close()

    # 2b. The sale done: the change in big type and the receipt's choices, in the cart's place.
    sale_screen.show_sale_done(sale, replace(get_settings(store), after_payment="skip"), language)
    save(window, "vuelto", SCREEN_WIDTH, language)
    sale_screen.close_done_panel()

    # 3. The history of the day, and a refund of one unit of that sale.
    window.show_screen("history")
    history_screen = window.current_screen()
    if hasattr(history_screen, "select_sale"):
        history_screen.refresh()
        history_screen.select_sale(sale.number)
    save(window, "historial", SCREEN_WIDTH, language)
    refund = RefundDialog(store, history.get_sale(store, sale.number), window)
    refund.show()
    plus = refund.findChild(QPushButton, "refund_plus_1")
    if plus is not None:
        plus.click()
    reasons = [b for b in refund.findChildren(QPushButton) if b.objectName().startswith("reason_")][:1]
    if reasons:
        reasons[0].click()
    save(refund, "devolucion", DIALOG_WIDTH, language)
    refund.close()

    # 4. Closing the till: the drawer counted note by note.
    close = CloseTillDialog(store, None, window)
    close.show()
    counter = getattr(close, "counter", None)
    if counter is not None:
        counter.set_counts("PEN", in_pieces(close.report.pen.expected, PEN_DENOMINATIONS))
        counter.set_counts("USD", in_pieces(close.report.usd.expected, USD_NOTES))
    save(close, "cierre", 760, language)
    close.close()

    # 5. Paying a maker her shares: the first one with something to pay, by Yape.
    payout = PayoutDialog(store, None, window)
    payout.show()
    if payout.maker_combo.count() > 1:
        payout.maker_combo.setCurrentIndex(1)
    yape = next((b for b in payout.findChildren(QPushButton) if b.text() == "Yape"), None)  # a name in every language
    if yape is not None:
        yape.click()
    save(payout, "pago", DIALOG_WIDTH, language)
    payout.close()

    window.close()
    store.dispose()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
