"""The benchmark suite lives in ``bench/`` at the top of the checkout, beside the package."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Appended, not inserted: the package under test stays the installed one.
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))
