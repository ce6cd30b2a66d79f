"""The baseline of "start to a usable sale screen": PySide6 and SQLAlchemy, the items in one table.

Run as ``python bench/start_bare.py DB_FILE``: imports PySide6 and SQLAlchemy
(its ORM ``Session``, as any SQLAlchemy 2 program does), opens the SQLite
file, reads every active item (code, product, price) and shows them in one
QTableView; prints ``READY <rss_kb>`` once the table is on screen, then quits.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableView
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

QUERY = """
SELECT i.code, p.name, p.price_cents FROM items i JOIN products p ON p.id = i.product_id
WHERE i.active AND p.active ORDER BY p.name, i.code
"""


class Items(QAbstractTableModel):
    def __init__(self, rows: list) -> None:  # type: ignore[type-arg]
        super().__init__()
        self.rows = rows

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.rows[index.row()][index.column()]
            return f"{value / 100:.2f}" if index.column() == 2 else value
        return None


def rss_kb() -> int:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


def main() -> int:
    app = QApplication(sys.argv[:1])
    engine = create_engine(f"sqlite:///{sys.argv[1]}")
    with Session(engine) as session:
        rows = session.execute(text(QUERY)).all()
    view = QTableView()
    view.setModel(Items(rows))
    view.showMaximized()

    def ready() -> None:
        if view.isVisible() and view.model().rowCount():
            app.processEvents()
            print(f"READY {rss_kb()}", flush=True)
            app.quit()
        else:
            QTimer.singleShot(1, ready)

    QTimer.singleShot(0, ready)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
