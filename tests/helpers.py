"""Plain helpers that tests of several folders share; fixtures stay in the ``conftest.py`` files.

Test modules run with ``--import-mode=importlib`` and cannot import one
another; ``pythonpath`` in ``pyproject.toml`` puts this folder on
``sys.path``, so a test module imports these as ``from helpers import …``.
"""

from __future__ import annotations

from decimal import Decimal


def cents_to_money(cents: int) -> Decimal:
    """The exact amount of ``cents`` céntimos, with two decimal places: ``2255`` → ``Decimal("22.55")``."""
    return Decimal(cents).scaleb(-2)
