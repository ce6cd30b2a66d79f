"""Details of the translations: no Spanish word slips into a translated sentence, and counts agree.

"a las" in the till's header, "Nilda y Rina" under a product, "1 devoluciones"
on the Caja screen and "1 refunds" in English were shown before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QLabel

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.gui.cart_model import CartModel
from mamakilla_pos.gui.cash_screen import CashScreen
from mamakilla_pos.gui.journal_words import JournalWords
from mamakilla_pos.gui.languages import qm_file
from mamakilla_pos.gui.widgets.i18n import makers_of, plural
from mamakilla_pos.services import cash, catalogue, history
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale

D = Decimal


@pytest.fixture
def speak(qapp, tmp_path) -> Iterator[Callable[[str], None]]:
    """Switch the program's language (its real translation), as the app does at start."""
    installed: list[QTranslator] = []
    default = QLocale()

    def switch(language: str) -> None:
        if language != "es":
            translator = QTranslator()
            qm = qm_file(language, cache=tmp_path)
            assert qm is not None and translator.load(str(qm))
            qapp.installTranslator(translator)
            installed.append(translator)
        QLocale.setDefault(QLocale(language))

    yield switch
    for translator in installed:
        QApplication.removeTranslator(translator)
    QLocale.setDefault(default)


@pytest.mark.parametrize(
    ("language", "joined"),
    [("es", "Rosa y Ana"), ("en", "Rosa and Ana"), ("fr", "Rosa et Ana")],
)
def test_the_makers_of_an_item_are_joined_in_the_language(shop, speak, language, joined):
    speak(language)
    item = catalogue.find_item(shop.store, shop.bag)
    assert makers_of(item) == joined
    model = CartModel()
    model.add_item(item)
    assert model.index(0, CartModel.MAKERS).data() == joined
    assert makers_of(catalogue.find_item(shop.store, shop.purse)) == "Rosa"
    assert makers_of(catalogue.find_item(shop.store, shop.bought_in)) == "Mama Killa"


@pytest.mark.parametrize(
    ("language", "one", "none"),
    [
        ("es", "1 devolución", "0 devoluciones"),
        ("en", "1 refund", "0 refunds"),
        ("fr", "1 remboursement", "0 remboursement"),
    ],
)
def test_counts_agree_with_their_nouns(qapp, speak, language, one, none):
    speak(language)
    words = JournalWords()
    assert plural(1, words.tr("{n} devolución"), words.tr("{n} devoluciones")) == one
    assert plural(0, words.tr("{n} devolución"), words.tr("{n} devoluciones")) == none


@pytest.mark.till_closed
@pytest.mark.parametrize(
    ("language", "said", "unsaid"),
    [
        ("es", ("1 venta", "1 devolución", " a las "), ("1 ventas", "1 devoluciones")),
        ("en", ("1 sale", "1 refund", " at "), ("1 sales", "1 refunds", " a las ")),
        ("fr", ("1 vente", "1 remboursement", " à "), ("1 ventes", "1 remboursements", " a las ")),
    ],
)
def test_the_caja_screen_speaks_one_language(qtbot, shop, speak, language, said, unsaid):
    store = shop.store
    cash.open_session(store, {D("50"): 2}, user_id=SYSTEM_ID)
    sale = record_sale(store, SaleRequest((LineRequest(shop.bag),), (Tender("cash", D("50")),), user_id=SYSTEM_ID))
    line = history.get_sale(store, sale.number).lines[0]  # one sale, one refund of it
    refund(store, RefundRequest(sale.number, (RefundLine(line.id, 1),), "cash", user_id=SYSTEM_ID))
    speak(language)
    screen = CashScreen(store)
    qtbot.addWidget(screen)
    shown = " ".join(label.text() for label in screen.findChildren(QLabel))
    for text in said:
        assert text in shown, text
    for text in unsaid:
        assert text not in shown, text
