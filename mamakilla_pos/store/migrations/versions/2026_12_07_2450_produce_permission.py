"""Recording production (units made) becomes a permission of a role (``produce``).

The coordinators' role gets it; a seller then needs a coordinator's PIN to
record pieces made. Roles are data: a shop may give it to its sellers too.

Revision ID: 20261207_2450
Revises: 20261207_2445
Create Date: 2026-12-07 24:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "20261207_2450"
down_revision = "20261207_2445"
branch_labels = None
depends_on = None

PERMISSION = "produce"
ROLE = "coordinator"

roles = sa.table("roles", sa.column("code", sa.String()), sa.column("permissions", sa.Text()))


def _permissions(connection: sa.Connection) -> list[str] | None:
    stored = connection.execute(sa.select(roles.c.permissions).where(roles.c.code == ROLE)).scalar_one_or_none()
    return None if stored is None else stored.split()


def upgrade() -> None:
    connection = op.get_bind()
    current = _permissions(connection)
    if current is None or PERMISSION in current:
        return
    wanted = " ".join([*current, PERMISSION])
    connection.execute(sa.update(roles).where(roles.c.code == ROLE).values(permissions=wanted))


def downgrade() -> None:
    connection = op.get_bind()
    current = _permissions(connection)
    if current is None:
        return
    kept = [code for code in current if code != PERMISSION]
    connection.execute(sa.update(roles).where(roles.c.code == ROLE).values(permissions=" ".join(kept)))
