"""All models, importable from one place, loaded on first use.

``from mamakilla_pos.store.models import Sale`` and ``models.Sale`` both
work; the first model asked for loads them all (their relationships name
each other). Until then importing this package costs nothing: the till's
start reads its few tables through :mod:`mamakilla_pos.store.tables` and
has the sale screen up before the ORM's classes are made.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cash import CashMovement, CashSession
    from .catalogue import Category, Item, ItemMaker, Location, Maker, Product
    from .headers import DocumentHeader
    from .journal import JournalEntry, JournalHead
    from .orders import Order, OrderEvent, OrderMaker, OrderPayment
    from .partners import (
        ConsignmentLine,
        ConsignmentNote,
        Partner,
        PartnerLineMaker,
        PartnerPayment,
        PartnerReport,
        PartnerSaleLine,
        PartnerSettlement,
    )
    from .people import Role, Setting, User
    from .photos import Photo
    from .sales import ParkedSale, Payment, ReceiptSeries, Sale, SaleLine
    from .shares import Payout, ShareEntry
    from .stock import StockMovement
    from .sync import ShopServer, SyncLink, TillChain, TillEntry, TillSync
    from .tills import ThisTill, Till

_MODULES = {
    "CashMovement": "cash",
    "CashSession": "cash",
    "Category": "catalogue",
    "Item": "catalogue",
    "ItemMaker": "catalogue",
    "Location": "catalogue",
    "Maker": "catalogue",
    "Product": "catalogue",
    "DocumentHeader": "headers",
    "JournalEntry": "journal",
    "JournalHead": "journal",
    "Order": "orders",
    "OrderEvent": "orders",
    "OrderMaker": "orders",
    "OrderPayment": "orders",
    "Photo": "photos",
    "ConsignmentLine": "partners",
    "ConsignmentNote": "partners",
    "Partner": "partners",
    "PartnerLineMaker": "partners",
    "PartnerPayment": "partners",
    "PartnerReport": "partners",
    "PartnerSaleLine": "partners",
    "PartnerSettlement": "partners",
    "Role": "people",
    "Setting": "people",
    "User": "people",
    "ParkedSale": "sales",
    "Payment": "sales",
    "ReceiptSeries": "sales",
    "Sale": "sales",
    "SaleLine": "sales",
    "Payout": "shares",
    "ShareEntry": "shares",
    "StockMovement": "stock",
    "ShopServer": "sync",
    "SyncLink": "sync",
    "TillChain": "sync",
    "TillEntry": "sync",
    "TillSync": "sync",
    "ThisTill": "tills",
    "Till": "tills",
}

__all__ = [
    "CashMovement",
    "CashSession",
    "Category",
    "ConsignmentLine",
    "ConsignmentNote",
    "DocumentHeader",
    "Item",
    "ItemMaker",
    "JournalEntry",
    "JournalHead",
    "Location",
    "Maker",
    "Order",
    "OrderEvent",
    "OrderMaker",
    "OrderPayment",
    "ParkedSale",
    "Partner",
    "PartnerLineMaker",
    "PartnerPayment",
    "PartnerReport",
    "PartnerSaleLine",
    "PartnerSettlement",
    "Payment",
    "Payout",
    "Photo",
    "Product",
    "ReceiptSeries",
    "Role",
    "Sale",
    "SaleLine",
    "Setting",
    "ShareEntry",
    "ShopServer",
    "StockMovement",
    "SyncLink",
    "ThisTill",
    "Till",
    "TillChain",
    "TillEntry",
    "TillSync",
    "User",
]


def load() -> None:
    """Make every model now (each registers its table with ``Base.metadata``)."""
    for name, module in _MODULES.items():
        globals()[name] = getattr(importlib.import_module(f"{__name__}.{module}"), name)


def loaded() -> bool:
    """Whether the models are made (by :func:`load`, or a first model asked for)."""
    return "JournalHead" in globals()


def __getattr__(name: str) -> Any:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    load()
    return globals()[name]
