"""The shop's receipt header and footer until it writes its own.

Kept apart from the receipt builder so that the settings can default to
them without loading it; the receipt prints their translation in English
and French (:data:`~mamakilla_pos.documents.receipt.TEXTS`).
"""

DEFAULT_HEADER = "NOTA DE VENTA — no es comprobante de pago"
DEFAULT_FOOTER = "El 45 % de esta compra es para la artesana que la hizo. ¡Gracias!"
