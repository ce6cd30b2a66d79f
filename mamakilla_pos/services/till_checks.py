"""What ``verify`` checks of the tills: no receipt series holds documents of two tills.

Each till has its own series (DESIGN.md §3): the sales and refunds of a
series all belong to cash sessions of one till.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.engine import Connection

_SHARED = text(
    "SELECT s.series, COUNT(DISTINCT c.till) FROM sales s JOIN cash_sessions c ON c.id = s.cash_session_id"
    " GROUP BY s.series HAVING COUNT(DISTINCT c.till) > 1 ORDER BY s.series"
)


def check_tills_in(connection: Connection) -> Iterable[str]:
    """Every series whose documents belong to sessions of more than one till."""
    for series, tills in connection.execute(_SHARED):
        yield f"la serie {series} tiene notas de {tills} cajas distintas: cada caja tiene su propia serie"
