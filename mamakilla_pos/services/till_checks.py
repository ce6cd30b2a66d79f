"""What ``verify`` checks of the tills: every sale in its till's session, no series shared by two tills.

A sale or refund made at a till belongs to that till's open cash session
(so its Z report counts it); only sales written on paper and imported
belong to none (DESIGN.md §7). A database upgraded from before the shop had
tills could sell with no session open: its sales from then are left as they
were, and only those journaled since the tills were first journaled are checked.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.engine import Connection

from .tills import PAPER_SERIES

# The first entry that images the tills: made by the upgrade that brought them, or with a new shop's first till.
_TILLS_SINCE = text("SELECT seq FROM journal WHERE kind = 'rows' AND payload LIKE '%\"tills\":%' ORDER BY seq LIMIT 1")
_OUTSIDE = text(
    "SELECT s.kind, s.number FROM sales s JOIN journal j ON j.kind = s.kind AND j.ref = s.number"
    " WHERE s.cash_session_id IS NULL AND j.seq > :since"
    " AND NOT (s.source = 'import' AND s.series = :paper) ORDER BY s.number"
)
_SHARED = text(
    "SELECT s.series, COUNT(DISTINCT c.till) FROM sales s JOIN cash_sessions c ON c.id = s.cash_session_id"
    " GROUP BY s.series HAVING COUNT(DISTINCT c.till) > 1 ORDER BY s.series"
)


def _document(kind: str, number: str) -> str:
    return f"{'la devolución' if kind == 'refund' else 'la venta'} {number}"


def check_tills_in(connection: Connection) -> Iterable[str]:
    """Every sale outside a session that is no paper sale, and every series two tills have used."""
    since = connection.execute(_TILLS_SINCE).scalar()
    if since is not None:
        for kind, number in connection.execute(_OUTSIDE, {"paper": PAPER_SERIES, "since": since}):
            yield f"{_document(kind, number)} no está en ninguna caja abierta y no es una venta en papel"
    for series, tills in connection.execute(_SHARED):
        yield f"la serie {series} tiene notas de {tills} cajas distintas: cada caja tiene su propia serie"
