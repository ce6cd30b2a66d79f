"""All models, importable from one place."""

from .cash import CashMovement, CashSession
from .catalogue import Category, Item, ItemMaker, Location, Maker, Product
from .journal import JournalEntry, JournalHead
from .people import Role, Setting, User
from .sales import ParkedSale, Payment, ReceiptSeries, Sale, SaleLine
from .shares import Payout, ShareEntry
from .stock import StockMovement

__all__ = [
    "CashMovement",
    "CashSession",
    "Category",
    "Item",
    "ItemMaker",
    "JournalEntry",
    "JournalHead",
    "Location",
    "Maker",
    "ParkedSale",
    "Payment",
    "Payout",
    "Product",
    "ReceiptSeries",
    "Role",
    "Sale",
    "SaleLine",
    "Setting",
    "ShareEntry",
    "StockMovement",
    "User",
]
