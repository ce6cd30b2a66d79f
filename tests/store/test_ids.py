"""Document ids are UUIDv7: time-ordered, unique across processes, the primary key of every document table."""

from __future__ import annotations

import itertools
import subprocess
import sys
import time
import uuid

from sqlalchemy import Uuid

from mamakilla_pos.store import images, models
from mamakilla_pos.store.base import Base
from mamakilla_pos.store.ids import id_time_ms, new_id

DOCUMENT_TABLES = [*sorted(name for name, spec in images.JOURNALED.items() if not spec.master), "cash_sessions"]


def test_an_id_is_a_version_7_uuid_of_now():
    before = time.time_ns() // 1_000_000
    made = new_id()
    after = time.time_ns() // 1_000_000
    assert made.version == 7
    assert made.variant == uuid.RFC_4122
    assert before <= id_time_ms(made) <= after


def test_ids_made_one_after_another_strictly_increase_even_within_a_millisecond():
    made = [new_id() for _ in range(20_000)]
    assert all(a < b for a, b in itertools.pairwise(made))
    assert len({id_time_ms(m) for m in made}) < len(made)  # many shared a millisecond


def test_two_programs_making_ids_at_once_never_make_the_same():
    script = "from mamakilla_pos.store.ids import new_id\nfor _ in range(20000): print(new_id().hex)"
    runs = [subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [set(run.communicate(timeout=120)[0].split()) for run in runs]
    assert [len(o) for o in outputs] == [20_000, 20_000]
    assert not outputs[0] & outputs[1]


def test_every_document_table_is_keyed_by_its_uuid():
    assert models.Sale.__table__ is Base.metadata.tables["sales"]
    assert {"sales", "sale_lines", "payments", "share_entries", "stock_movements", "payouts", "cash_movements"} <= set(
        DOCUMENT_TABLES
    )
    for name in DOCUMENT_TABLES:
        table = Base.metadata.tables[name]
        assert [c.name for c in table.primary_key.columns] == ["id"], name
        assert isinstance(table.c.id.type, Uuid), name
