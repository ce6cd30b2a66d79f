"""The start baseline (``start_bare.py``) with SQLAlchemy loaded before PySide6, in the app's order.

Run as ``python bench/start_bare_data_first.py DB_FILE``. Once PySide6 is
loaded, its import hook reads the source of every module imported after it,
and the garbage collector walks PySide6's objects while SQLAlchemy loads; the
app avoids both by loading its data layer first. This baseline does the same,
so the bench can also show the start against a bare script that does.
"""

from __future__ import annotations

import sys

import sqlalchemy.dialects.sqlite
import sqlalchemy.orm  # noqa: F401
import start_bare  # beside this file

if __name__ == "__main__":
    sys.exit(start_bare.main())
