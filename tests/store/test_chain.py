"""The journal's hash chain: what is hashed for an entry, exactly."""

from __future__ import annotations

import json
from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from mamakilla_pos.store.chain import canonical, canonical_text, iso_of_stored

texts = st.text(alphabet=st.characters(codec="utf-8"), max_size=60)


@given(st.integers(min_value=1, max_value=10**12), texts, texts, texts, texts, texts)
def test_the_written_out_canonical_text_is_the_json_of_the_entry(seq, at, actor, kind, ref, payload):
    expected = json.dumps([seq, at, actor, kind, ref, payload], ensure_ascii=False, separators=(",", ":"))
    assert canonical_text(seq, at, actor, kind, ref, payload) == expected


@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)))
def test_a_time_as_sqlite_stores_it_reads_back_as_its_iso_form(moment):
    stored = f"{moment:%Y-%m-%d %H:%M:%S}.{moment.microsecond:06d}"
    assert iso_of_stored(stored) == moment.isoformat()
    assert canonical(1, moment, "a", "b", "c", "{}") == canonical_text(1, iso_of_stored(stored), "a", "b", "c", "{}")
