"""Locations, makers, categories, products and items."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base


class Location(Base):
    """Where stock is kept and sold: the workshop, a fair stand, a partner shop."""

    __tablename__ = "locations"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(16))  # workshop | fair | partner
    active: Mapped[bool] = mapped_column(default=True)


class Maker(Base):
    """A seamstress (artesana) who makes items and earns shares."""

    __tablename__ = "makers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    short_code: Mapped[str] = mapped_column(String(16), unique=True)
    phone: Mapped[str] = mapped_column(String(32), default="")
    dni: Mapped[str] = mapped_column(String(8), default="")
    joined_on: Mapped[date | None]
    trainer_id: Mapped[int | None] = mapped_column(ForeignKey("makers.id"))
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.split() else self.name


class Category(Base):
    """A product category: bolsos, monederos, cartucheras…"""

    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)


class Product(Base):
    """A design with a name, a category and a price."""

    __tablename__ = "products"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(160), unique=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    price: Mapped[Decimal] = mapped_column("price_cents")
    description: Mapped[str] = mapped_column(Text, default="")
    center_made: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)

    category: Mapped[Category] = relationship(lazy="joined")
    items: Mapped[list[Item]] = relationship(back_populates="product")


class Item(Base):
    """A product as made by given makers; its code is on the hang tag."""

    __tablename__ = "items"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    active: Mapped[bool] = mapped_column(default=True)

    product: Mapped[Product] = relationship(back_populates="items", lazy="joined")
    makers: Mapped[list[ItemMaker]] = relationship(
        back_populates="item", order_by="ItemMaker.position", lazy="selectin"
    )


class ItemMaker(Base):
    """A maker of an item with her weight in the share split."""

    __tablename__ = "item_makers"

    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), primary_key=True)
    maker_id: Mapped[int] = mapped_column(ForeignKey("makers.id"), primary_key=True, index=True)
    weight: Mapped[int] = mapped_column(default=1)
    position: Mapped[int] = mapped_column(default=0)

    item: Mapped[Item] = relationship(back_populates="makers")
    maker: Mapped[Maker] = relationship(lazy="joined")
