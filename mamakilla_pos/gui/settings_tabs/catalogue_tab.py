"""The Catálogo tab of Ajustes: how customers reach the shop, on the catalogue, the cards and the Meta feed."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...services.settings import ShopSettings
from ..forms.ui_settings_catalogue_tab import Ui_CatalogueTab
from .page import SettingsPage


class CatalogueTab(SettingsPage):
    """The shop's phone, its Instagram and where the catalogue's cards are put on the internet."""

    def __init__(self, settings: ShopSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CatalogueTab()
        self.ui.setupUi(self)
        self.phone_input = self._show_text(self.ui.shopPhoneInput, settings.shop_phone)
        self.instagram_input = self._show_text(self.ui.instagramUrlInput, settings.instagram_url)
        self.images_input = self._show_text(self.ui.imageBaseUrlInput, settings.image_base_url)
        self.fields = {
            "shop_phone": self.phone_input,
            "instagram_url": self.instagram_input,
            "image_base_url": self.images_input,
        }

    def values(self) -> dict[str, object]:
        """The phone and the two addresses as typed."""
        return {
            "shop_phone": self.phone_input.text().strip(),
            "instagram_url": self.instagram_input.text().strip(),
            "image_base_url": self.images_input.text().strip(),
        }
