"""The shop's wall clock: naive local time, to the second."""

from __future__ import annotations

from datetime import datetime


def now() -> datetime:
    """The current local time without microseconds."""
    return datetime.now().replace(microsecond=0)
