"""Alembic migrations, run from inside the package.

Opening a shop that is already at the newest revision (every start but the
first after an update) needs no Alembic at all: the revisions are read from
the migration files' ``revision``/``down_revision`` lines and the database's
from its ``alembic_version`` table. Alembic is imported only to upgrade.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from .transactions import WRITE

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")

_REVISION = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.MULTILINE)


def alembic_config() -> Config:
    """An Alembic configuration pointing at the shipped migrations."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@functools.cache
def _revision_graph() -> tuple[frozenset[str], str] | None:
    """``(every revision, the head)`` read from the migration files, or ``None`` when they
    cannot be read that way (no sources shipped, merges, branches): then Alembic decides."""
    revisions: dict[str, tuple[str, ...]] = {}
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found = dict(_REVISION.findall(path.read_text(encoding="utf-8")))
        if "revision" not in found:
            continue
        try:
            revision = _literal(found["revision"])
            down = _literal(found.get("down_revision", "None"))
        except ValueError:
            return None
        if not isinstance(revision, str) or not (down is None or isinstance(down, str)):
            return None
        revisions[revision] = () if down is None else (down,)
    parents = {p for ps in revisions.values() for p in ps}
    heads = [r for r in revisions if r not in parents]
    if len(heads) != 1 or not parents <= revisions.keys():
        return None
    return frozenset(revisions), heads[0]


def _literal(source: str) -> str | None:
    source = source.split("#", 1)[0].strip()
    if source == "None":
        return None
    if len(source) >= 2 and source[0] == source[-1] and source[0] in "\"'" and source[0] not in source[1:-1]:
        return source[1:-1]
    raise ValueError(source)


def head_revision() -> str:
    """The newest revision this version of the app knows."""
    graph = _revision_graph()
    if graph is not None:
        return graph[1]
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision a database is at, or ``None`` for an empty one."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) > 1:  # several heads: let Alembic say what that means
        from alembic.runtime.migration import MigrationContext

        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    return rows[0] if rows else None


def known_revisions() -> set[str]:
    """Every revision this version of the app knows."""
    graph = _revision_graph()
    if graph is not None:
        return set(graph[0])
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database up to ``revision``.

    On SQLite, batch migrations rebuild tables; foreign keys are switched off
    while they run (outside the transaction, as SQLite requires) and checked
    before the upgrade commits. At the head, the master data as the
    migrations left it is journaled in the same transaction
    (:func:`~.images.record_unjournaled`).
    """
    from alembic import command

    config = alembic_config()
    with engine.connect() as connection:
        connection.execution_options(**{WRITE: True})  # the write lock from BEGIN, as every writer
        sqlite = connection.dialect.name == "sqlite"
        raw = connection.connection.driver_connection
        if sqlite:
            raw.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                if revision == "head":
                    # What the migrations left in master data becomes its journaled state.
                    from .images import record_unjournaled

                    record_unjournaled(connection, f"actualización {head_revision()}")
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration broke references in {sorted({r[0] for r in broken})}")
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
