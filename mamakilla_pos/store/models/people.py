"""Users of the till and the shop's settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base


class Role(Base):
    """A role with the permissions it grants (space-separated codes); roles are data."""

    __tablename__ = "roles"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    permissions: Mapped[str] = mapped_column(Text, default="")


class User(Base):
    """Someone who works the till, with a role and a PIN kept only as a salted hash."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    role: Mapped[str] = mapped_column(ForeignKey("roles.code"), default="seller")
    pin_hash: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(default=True)
    failed_pins: Mapped[int] = mapped_column(default=0, server_default="0")
    locked_until: Mapped[datetime | None]


class Setting(Base):
    """A shop setting: name, address, share rate, receipt texts, dollar rate…"""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
