"""The shop's header and texts as documents printed them: snapshots, never changed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base


class DocumentHeader(Base):
    """The shop's name, address, RUC, receipt header and footer and catalogue link, as printed.

    A completed sale or refund points at the snapshot in force when it was
    completed, so that its reprint shows what the original showed. The id is
    the SHA-256 of the texts (:func:`mamakilla_pos.services.headers.header_id`):
    the same texts are one row, on every till.
    """

    __tablename__ = "document_headers"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    shop_name: Mapped[str] = mapped_column(Text)
    shop_address: Mapped[str] = mapped_column(Text)
    shop_ruc: Mapped[str] = mapped_column(Text)
    receipt_header: Mapped[str] = mapped_column(Text)
    receipt_footer: Mapped[str] = mapped_column(Text)
    catalogue_url: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
