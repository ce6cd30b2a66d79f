"""The Dinero tab of Ajustes: the makers' share, the dollar, cash rounding and the sellers' discount limit."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QWidget

from ...services.settings import ShopSettings
from ..forms.ui_settings_money_tab import Ui_MoneyTab
from .page import SettingsPage, number_in

_PERCENT = r"\d{0,3}([.,]\d{0,2})?"


def percent_text(rate: Decimal) -> str:
    """``Decimal("0.45")`` → ``"45"``; ``Decimal("0.125")`` → ``"12.5"``."""
    return format((rate * 100).normalize(), "f")


class MoneyTab(SettingsPage):
    """The shop's money rules, typed as percents and soles."""

    def __init__(self, settings: ShopSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MoneyTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.share_input = self._show_text(ui.shareRateInput, percent_text(settings.share_rate), _PERCENT)
        self.usd_rate_input = self._show_text(ui.usdRateInput, f"{settings.usd_rate}", r"\d{0,3}([.,]\d{0,4})?")
        self.rounding_input = self._fill(
            ui.cashRoundingInput,
            [
                (self.tr("Redondear a 0.10 hacia abajo (a favor del cliente)"), "0.10"),
                (self.tr("Sin redondeo"), "off"),
            ],
            settings.cash_rounding,
        )
        limit = format(settings.seller_discount_limit.normalize(), "f")
        self.discount_input = self._show_text(ui.discountLimitInput, limit, _PERCENT)
        self.fields = {
            "share_rate": self.share_input,
            "usd_rate": self.usd_rate_input,
            "cash_rounding": self.rounding_input,
            "seller_discount_limit": self.discount_input,
        }

    def values(self) -> dict[str, object]:
        """The share as a rate (45 → 0.45), the dollar in soles, the rounding, the discount limit in percent."""
        share = number_in(
            "share_rate", self.share_input, self.tr("Escriba la parte de la artesana en números, por ejemplo 45.")
        )
        usd_rate = number_in(
            "usd_rate", self.usd_rate_input, self.tr("Escriba el dólar de hoy en números, por ejemplo 3.70.")
        )
        discount = number_in(
            "seller_discount_limit",
            self.discount_input,
            self.tr("Escriba el descuento máximo en números, por ejemplo 45."),
        )
        return {
            "share_rate": share / 100,
            "usd_rate": usd_rate,
            "cash_rounding": self.rounding_input.currentData(),
            "seller_discount_limit": discount,
        }
