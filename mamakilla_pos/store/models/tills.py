"""Tills: the shop's points of sale, and which one a database file is."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base


class Till(Base):
    """A point of sale (``B001`` at the workshop, ``F001`` on the fair laptop).

    Its own receipt series (no two tills share one), its home location (where
    its sales take their stock from) and, in :class:`~.cash.CashSession`
    rows with its code, its own cash session. Master data: the same rows on
    every till of a shop.
    """

    __tablename__ = "tills"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(60), default="")
    series: Mapped[str] = mapped_column(String(8), unique=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))
    active: Mapped[bool] = mapped_column(default=True)


class ThisTill(Base):
    """Which till a SQLite file is: one row, or none (a shop server, or a file several tills share)."""

    __tablename__ = "this_till"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False, default=1)
    till_code: Mapped[str] = mapped_column(ForeignKey("tills.code"))
