"""Alembic environment: runs on the connection handed over by the app."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from mamakilla_pos.store import models
from mamakilla_pos.store.base import Base

models.load()  # registers every table
config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = config.get_main_option("sqlalchemy.url")
    if url is None:
        raise SystemExit("sqlalchemy.url is not set: the app hands Alembic its own connection")
    with create_engine(url).begin() as conn:
        _run(conn)
