"""The journal keeps whole rows: master data and cash sessions journaled as the upgrade finds them.

No table changes. From this revision on, every master-data change and
every document is journaled with all its columns (``store/images.py``).
What a database from before holds was never journaled that way: once the
upgrade reaches the head, :func:`mamakilla_pos.store.images.record_unjournaled`
journals it, in the same transaction, as one ``rows`` entry (it is run there,
at the head, rather than here, because it reads the tables as the models at
the head describe them). Older entries keep their payloads and are still
checked by ``verify`` (``services/verify_legacy.py``).

Revision ID: c4e1b7a90731
Revises: 20261207_1717
Create Date: 2026-12-07 09:00:00
"""

from __future__ import annotations

revision = "c4e1b7a90731"
down_revision = "20261207_1717"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing to change in the tables (see the module's docstring)."""


def downgrade() -> None:
    """Nothing to undo: the entries written stay in the journal, as every entry does."""
