"""What the orders screen and an order's page share: labels in the program's language, tables, method lists."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QTableWidget, QTableWidgetItem, QWidget

from ..domain.orders import STATUS_LABELS
from ..domain.payments import METHODS
from .widgets.i18n import tr


def status_label(status: str) -> str:
    """An order's status in words, in the program's language."""
    labels = {
        "presupuesto": tr("Presupuesto"),
        "confirmado": tr("Confirmado"),
        "en_confeccion": tr("En confección"),
        "listo": tr("Listo"),
        "entregado": tr("Entregado"),
        "anulado": tr("Anulado"),
    }
    return labels.get(status, STATUS_LABELS.get(status, status))


def method_label(method: str) -> str:
    labels = {
        "cash": tr("Efectivo"),
        "usd": tr("Dólares"),
        "yape": tr("Yape"),
        "plin": tr("Plin"),
        "card": tr("Tarjeta"),
        "transfer": tr("Transferencia"),
    }
    return labels.get(method, method)


def fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


def table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    made = QTableWidget(0, len(headers), parent)
    made.setObjectName(name)
    made.setHorizontalHeaderLabels(headers)
    made.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    made.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    made.verticalHeader().hide()
    made.horizontalHeader().setStretchLastSection(True)
    made.setMinimumWidth(480)  # a date, two words and an amount side by side, without scrolling
    return made


def methods(parent: QWidget, name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for method in METHODS:
        combo.addItem(method_label(method), method)
    return combo
