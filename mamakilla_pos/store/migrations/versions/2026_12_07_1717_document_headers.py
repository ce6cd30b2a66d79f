"""Each sale and refund keeps the shop's header and texts it was printed with.

``document_headers`` holds snapshots of the shop's name, address, RUC,
receipt header and footer and catalogue link, keyed by the SHA-256 of the
texts; ``sales.header_id`` points at the one in force when the document was
completed, so a reprint (COPIA) shows what the original showed.

Documents completed before this revision get the texts that were in force
then, found by walking the journal back from today's settings: each
``settings`` entry holds the old and new value of what it changed, and
every sale and refund has its journal entry in the same order.

Revision ID: 20261207_1717
Revises: 0004
Create Date: 2026-12-07 17:17:00
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "20261207_1717"
down_revision = "0004"
branch_labels = None
depends_on = None

FIELDS = ("shop_name", "shop_address", "shop_ruc", "receipt_header", "receipt_footer", "catalogue_url")
# The program's defaults when this revision was written (services/settings.py, documents/shop_texts.py).
DEFAULTS = {
    "shop_name": "Mama Killa",
    "shop_address": "Hermanos Ayar, Santiago, Cusco",
    "shop_ruc": "",
    "receipt_header": "NOTA DE VENTA — no es comprobante de pago",
    "receipt_footer": "El 45 % de esta compra es para la artesana que la hizo. ¡Gracias!",
    "catalogue_url": "https://mamakilla.pe/catalogo",
}


def _id(texts: tuple[str, ...]) -> str:
    """As ``services.headers.header_id``: SHA-256 of the texts as compact JSON."""
    canonical = json.dumps(list(texts), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def upgrade() -> None:
    op.create_table(
        "document_headers",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("shop_name", sa.Text(), nullable=False),
        sa.Column("shop_address", sa.Text(), nullable=False),
        sa.Column("shop_ruc", sa.Text(), nullable=False),
        sa.Column("receipt_header", sa.Text(), nullable=False),
        sa.Column("receipt_footer", sa.Text(), nullable=False),
        sa.Column("catalogue_url", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_headers")),
    )
    with op.batch_alter_table("sales", schema=None) as batch_op:
        batch_op.add_column(sa.Column("header_id", sa.String(length=64), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_sales_header_id_document_headers"), "document_headers", ["header_id"], ["id"]
        )
    _fill_in()


def _fill_in() -> None:
    """Point every earlier document at the texts in force when it was journaled."""
    bind = op.get_bind()
    stored: dict[str, str] = dict(bind.execute(sa.text("SELECT key, value FROM settings")).tuples().all())
    state = {name: stored.get(name, DEFAULTS[name]) for name in FIELDS}
    # Eras of documents between two changes of the texts, newest first: (texts, lowest seq, highest seq).
    eras: list[tuple[tuple[str, ...], int, int | None]] = []
    high: int | None = None
    rows = bind.execute(sa.text("SELECT seq, payload FROM journal WHERE kind = 'settings' ORDER BY seq DESC"))
    for seq, payload in rows.all():
        changes = json.loads(payload)
        if not any(name in changes for name in FIELDS):
            continue
        eras.append((tuple(state[name] for name in FIELDS), seq, high))
        for name in FIELDS:
            if name in changes:
                state[name] = str(changes[name][0])
        high = seq
    eras.append((tuple(state[name] for name in FIELDS), 0, high))
    now = datetime.now().replace(microsecond=0)
    written: set[str] = set()
    for texts, low, top in eras:
        key = _id(texts)
        documents = "SELECT ref FROM journal WHERE kind IN ('sale', 'refund') AND seq > :low"
        params: dict[str, object] = {"low": low, "key": key}
        if top is not None:
            documents += " AND seq < :top"
            params["top"] = top
        count = bind.execute(sa.text(f"SELECT COUNT(*) FROM ({documents}) AS d"), params).scalar_one()
        if not count and top is not None:
            continue
        if key not in written:
            _write(bind, key, texts, now)
            written.add(key)
        bind.execute(
            sa.text(f"UPDATE sales SET header_id = :key WHERE header_id IS NULL AND number IN ({documents})"), params
        )
    # Anything not journaled (there should be nothing) keeps today's texts.
    today = tuple(stored.get(name, DEFAULTS[name]) for name in FIELDS)
    key = _id(today)
    if bind.execute(sa.text("SELECT COUNT(*) FROM sales WHERE header_id IS NULL")).scalar_one():
        if key not in written:
            _write(bind, key, today, now)
        bind.execute(sa.text("UPDATE sales SET header_id = :key WHERE header_id IS NULL"), {"key": key})


def _write(bind: sa.engine.Connection, key: str, texts: tuple[str, ...], at: datetime) -> None:
    values = dict(zip(FIELDS, texts, strict=True))
    columns = ", ".join(FIELDS)
    names = ", ".join(f":{name}" for name in FIELDS)
    bind.execute(
        sa.text(f"INSERT INTO document_headers (id, {columns}, created_at) VALUES (:id, {names}, :at)").bindparams(
            sa.bindparam("at", type_=sa.DateTime())
        ),
        {"id": key, **values, "at": at},
    )


def downgrade() -> None:
    with op.batch_alter_table("sales", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_sales_header_id_document_headers"), type_="foreignkey")
        batch_op.drop_column("header_id")
    op.drop_table("document_headers")
