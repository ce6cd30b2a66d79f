"""The Tienda tab of Ajustes: the shop's name, address, RUC and the catalogue's link."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QWidget

from ...services.settings import ShopSettings
from ..forms.ui_settings_shop_tab import Ui_ShopTab
from .page import FieldError, SettingsPage

RUC_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def ruc_is_valid(ruc: str) -> bool:
    """Whether ``ruc`` is a Peruvian RUC: 11 digits whose last one is the SUNAT check digit."""
    if not re.fullmatch(r"\d{11}", ruc):
        return False
    total = sum(int(d) * w for d, w in zip(ruc[:10], RUC_WEIGHTS, strict=True))
    check = (11 - total % 11) % 10
    return check == int(ruc[10])


class ShopTab(SettingsPage):
    """Who the shop is, as its receipts say it."""

    def __init__(self, settings: ShopSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ShopTab()
        self.ui.setupUi(self)
        self.name_input = self._show_text(self.ui.shopNameInput, settings.shop_name)
        self.address_input = self._show_text(self.ui.shopAddressInput, settings.shop_address)
        self.ruc_input = self._show_text(self.ui.shopRucInput, settings.shop_ruc, r"\d{0,11}")
        self.catalogue_input = self._show_text(self.ui.catalogueUrlInput, settings.catalogue_url)
        self.fields = {
            "shop_name": self.name_input,
            "shop_address": self.address_input,
            "shop_ruc": self.ruc_input,
            "catalogue_url": self.catalogue_input,
        }

    def values(self) -> dict[str, object]:
        """The shop's name, address, RUC and link as typed; a name is needed, a RUC must be one."""
        name = self.name_input.text().strip()
        ruc = self.ruc_input.text().strip()
        url = self.catalogue_input.text().strip()
        if not name:
            raise FieldError("shop_name", self.tr("Escriba el nombre de la tienda."))
        if ruc and len(ruc) != 11:
            raise FieldError(
                "shop_ruc", self.tr("El RUC tiene 11 números; este tiene %1.").replace("%1", str(len(ruc)))
            )
        if ruc and not ruc_is_valid(ruc):
            raise FieldError("shop_ruc", self.tr("El RUC no es válido: revise los 11 números."))
        if url and not re.fullmatch(r"https?://\S+\.\S+", url):
            raise FieldError("catalogue_url", self.tr("El enlace del catálogo empieza con https:// (o déjelo vacío)."))
        return {
            "shop_name": name,
            "shop_address": self.address_input.text().strip(),
            "shop_ruc": ruc,
            "catalogue_url": url,
        }
