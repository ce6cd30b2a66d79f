"""The Catálogo tab of Ajustes: how customers reach the shop, on the catalogue, the cards and the Meta feed."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...services.settings import ShopSettings
from .page import SettingsPage


class CatalogueTab(SettingsPage):
    """The shop's phone, its Instagram and where the catalogue's cards are put on the internet."""

    def __init__(self, settings: ShopSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phone_input = self._line("shopPhoneInput", settings.shop_phone, 32)
        self.phone_input.setPlaceholderText("984 123 456")
        self.phone_input.setMaximumWidth(260)
        self.instagram_input = self._line("instagramUrlInput", settings.instagram_url)
        self.instagram_input.setPlaceholderText("https://www.instagram.com/…")
        self.images_input = self._line("imageBaseUrlInput", settings.image_base_url)
        self.images_input.setPlaceholderText("https://…")
        self._lay_out(
            [
                ("shop_phone", self.tr("Teléfono o WhatsApp"), self.phone_input, ""),
                (
                    "instagram_url",
                    self.tr("Instagram de la tienda"),
                    self.instagram_input,
                    self.tr("Sale como código QR en cada página del catálogo."),
                ),
                (
                    "image_base_url",
                    self.tr("Dirección de las imágenes"),
                    self.images_input,
                    self.tr(
                        "Donde se suben las tarjetas del catálogo a internet: el feed de Meta enlaza cada producto"
                        " a su tarjeta en esta dirección."
                    ),
                ),
            ]
        )

    def values(self) -> dict[str, object]:
        """The phone and the two addresses as typed."""
        return {
            "shop_phone": self.phone_input.text().strip(),
            "instagram_url": self.instagram_input.text().strip(),
            "image_base_url": self.images_input.text().strip(),
        }
