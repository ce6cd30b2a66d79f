"""Stock: items × locations with totals; transfers, adjustments, stocktakes and movements.

Negative stock (sold beyond what the system knew) is shown in red; an item
with few units left is flagged. Filters by maker, category and location, and
a search over code, product and maker.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.text import fold
from ..services import catalogue_makers, catalogue_products, locations, stock
from ..services.stock_views import StockRow, StockTable
from ..services.tags import tags_of_last_production
from ..store import Store
from .catalogue_common import Banner, big_button, selected_row, setup_table, two_lines
from .stock_dialogs import AdjustDialog, MovementsDialog
from .stocktake_dialog import StocktakeDialog
from .widgets.i18n import QT_TR_NOOP, plural, tr
from .widgets.style import Palette
from .widgets.table_model import Column, ColumnsModel

LOCATION_COLUMN_WIDTH = 152
TOTAL_COLUMN_WIDTH = 96


class StockModel(ColumnsModel[StockRow]):
    """Rows of items; columns code, product, makers, one per location, total."""

    CODE, PRODUCT, MAKERS = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((), parent)
        self.locations: tuple[tuple[str, str], ...] = ()
        self.low = stock.LOW_STOCK
        self.columns = self._stock_columns()

    def set_table(self, locations: tuple[tuple[str, str], ...], rows: list[StockRow]) -> None:
        self.locations = locations
        self.set_records(rows, self._stock_columns())

    @property
    def rows(self) -> list[StockRow]:
        """The items shown, a row each."""
        return list(self.records)

    @property
    def total_column(self) -> int:
        return 3 + len(self.locations)

    def location_of(self, column: int) -> str | None:
        index = column - 3
        return self.locations[index][0] if 0 <= index < len(self.locations) else None

    def units(self, row: StockRow, column: int) -> int | None:
        if column == self.total_column:
            return row.total
        location = self.location_of(column)
        return row.at(location) if location else None

    def row_at(self, index: int) -> StockRow | None:
        return self.rows[index] if 0 <= index < self.rowCount() else None

    def _stock_columns(self) -> tuple[Column[StockRow], ...]:
        def retired(row: StockRow) -> QColor | None:
            return None if row.active else Palette.color("muted")

        def product(row: StockRow) -> str:
            return row.product_name if row.active else tr("{name} (retirado)").format(name=row.product_name)

        places = tuple(
            self._units_column(two_lines(name), name, lambda row, code=code: row.at(code), total=False)
            for code, name in self.locations
        )
        return (
            Column(QT_TR_NOOP("Código"), lambda row: row.item_code, colour=retired),
            Column(QT_TR_NOOP("Producto"), product, colour=retired),
            Column(QT_TR_NOOP("Hecho por"), lambda row: row.makers or tr("Taller"), colour=retired),
            *places,
            self._units_column(tr("Total"), "", lambda row: row.total, total=True),
        )

    def _units_column(self, title: str, place: str, units: Callable[[StockRow], int], total: bool) -> Column[StockRow]:
        """Units at a place (or in all, ``total``): negative ones in red, a low total in amber, none in grey."""

        def low(row: StockRow) -> bool:
            return total and stock.is_low(row.total, self.low)

        def colour(row: StockRow) -> QColor | None:
            if units(row) < 0:
                return Palette.color("error_text")
            if low(row):
                return Palette.color("warning_text")
            return Palette.color("muted") if units(row) == 0 or not row.active else None

        def background(row: StockRow) -> QColor | None:
            if units(row) < 0:
                return QColor(Palette.error_bg)
            return QColor(Palette.warning_bg) if low(row) else None

        def tooltip(row: StockRow) -> str | None:
            if units(row) < 0:
                return tr("Stock negativo: se vendió más de lo que el sistema tenía. Revise con un conteo.")
            return tr("Quedan pocas unidades") if low(row) else None

        return Column(
            title,
            lambda row: str(units(row)),
            right=True,
            tooltip=tooltip,
            colour=colour,
            background=background,
            bold=lambda row: total or units(row) < 0,
            header_tooltip=place,
            translated=True,
        )


class StockScreen(QWidget):
    """Stock levels per item and location, with the actions that change them."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("stockScreen")
        self.table = StockTable((), ())
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.banner = Banner(self)
        self.banner.setObjectName("stockMessage")

        self.search_input = QLineEdit(self)
        self.search_input.setObjectName("stockSearch")
        self.search_input.setPlaceholderText(self.tr("Buscar…"))
        self.search_input.setToolTip(self.tr("Buscar por código, producto o artesana"))
        self.search_input.setClearButtonEnabled(True)
        self.maker_filter = QComboBox(self)
        self.maker_filter.setObjectName("makerFilter")
        self.category_filter = QComboBox(self)
        self.category_filter.setObjectName("categoryFilter")
        self.location_filter = QComboBox(self)
        self.location_filter.setObjectName("locationFilter")
        self.alert_check = QCheckBox(self.tr("Solo alertas"), self)
        self.alert_check.setObjectName("alertsOnly")
        self.alert_check.setToolTip(self.tr("Solo artículos con stock negativo o con pocas unidades"))
        self.search_input.textChanged.connect(self._apply_filters)
        for combo in (self.maker_filter, self.category_filter, self.location_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.alert_check.toggled.connect(self._apply_filters)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search_input, 2)
        filters.addWidget(self.maker_filter, 1)
        filters.addWidget(self.category_filter, 1)
        filters.addWidget(self.location_filter, 1)
        filters.addWidget(self.alert_check)

        self.model = StockModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        setup_table(self.view, "stockTable")
        self.view.setSortingEnabled(False)
        self.view.doubleClicked.connect(lambda _index: self.show_movements())
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

        self.totals_label = QLabel("", self)
        self.totals_label.setObjectName("stockTotals")
        self.totals_label.setWordWrap(True)
        self.totals_label.setStyleSheet("QLabel { font-size: 14pt; }")

        self.produce_button = big_button(
            self.tr("Producción"), "produceButton", self, self.record_production, "primary"
        )
        self.transfer_button = big_button(self.tr("Trasladar"), "transferButton", self, self.transfer)
        self.transfer_button.setToolTip(self.tr("Una lista de traslado: escanee o elija muchos artículos a la vez"))
        self.return_button = big_button(self.tr("Volver de feria"), "fairReturnButton", self, self.fair_return)
        self.return_button.setToolTip(self.tr("Traer de vuelta lo que queda en una feria: qué salió, qué se vendió"))
        self.adjust_button = big_button(self.tr("Ajustar"), "adjustButton", self, self.adjust)
        self.stocktake_button = big_button(self.tr("Conteo"), "stocktakeButton", self, self.stocktake)
        self.movements_button = big_button(self.tr("Movimientos"), "movementsButton", self, self.show_movements)
        self.tags_button = big_button(self.tr("Etiquetas"), "tagsButton", self, self.print_tags)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        for button in (
            self.produce_button,
            self.transfer_button,
            self.return_button,
            self.adjust_button,
            self.stocktake_button,
            self.movements_button,
            self.tags_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals_label)
        layout.addLayout(actions)

    # -- data ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload levels from the database, keeping filters and the chosen item."""
        keep = self.current_row()
        self.table = stock.stock_table(self.store)
        self._fill_filter(
            self.maker_filter,
            self.tr("Todas las artesanas"),
            [(m.id, m.name) for m in catalogue_makers.list_makers(self.store, include_inactive=True)],
        )
        self._fill_filter(
            self.category_filter,
            self.tr("Todas las categorías"),
            [(name, name) for name in catalogue_products.list_categories(self.store)],
        )
        self._fill_filter(self.location_filter, self.tr("Todas las ubicaciones"), list(self.table.locations))
        self._apply_filters()
        found = keep is not None and self.select_item(keep.item_code)
        if not found and self.model.rows:
            self.view.selectRow(0)

    def _fill_filter(self, combo: QComboBox, everything: str, entries: list[tuple[object, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for key, name in entries:
            combo.addItem(name, key)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def visible_rows(self) -> list[StockRow]:
        words = fold(self.search_input.text()).split()
        maker = self.maker_filter.currentData()
        category = self.category_filter.currentData()
        location = self.location_filter.currentData()
        alerts = self.alert_check.isChecked()
        shown = []
        for row in self.table.rows:
            if maker is not None and maker not in row.maker_ids:
                continue
            if category is not None and row.category != category:
                continue
            if location is not None and not row.at(location):
                continue
            if alerts and not (row.total < 0 or stock.is_low(row.total) or any(v < 0 for v in row.levels.values())):
                continue
            if words and not all(w in fold(f"{row.item_code} {row.product_name} {row.makers}") for w in words):
                continue
            shown.append(row)
        return shown

    @Slot()
    def _apply_filters(self) -> None:
        keep = self.current_row()
        rows = self.visible_rows()
        self.model.set_table(self.table.locations, rows)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(StockModel.CODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(StockModel.PRODUCT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(StockModel.MAKERS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(StockModel.MAKERS, 250)
        metrics = header.fontMetrics()
        for column in range(3, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            width = TOTAL_COLUMN_WIDTH if column == self.model.total_column else LOCATION_COLUMN_WIDTH
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            needed = max((metrics.horizontalAdvance(line) for line in title.splitlines()), default=0) + 24
            header.resizeSection(column, max(width, needed))
        self._update_totals(rows)
        if keep is not None:
            self.select_item(keep.item_code)
        self._update_buttons()

    def _update_totals(self, rows: list[StockRow]) -> None:
        parts = [f"{name}: <b>{sum(r.at(code) for r in rows)}</b>" for code, name in self.table.locations]
        parts.append(self.tr("Total: <b>{units}</b>").format(units=sum(r.total for r in rows)))
        negative = sum(1 for r in rows if any(v < 0 for v in r.levels.values()))
        low = sum(1 for r in rows if stock.is_low(r.total))
        notes = [plural(len(rows), self.tr("{n} artículo"), self.tr("{n} artículos"))]
        if negative:
            notes.append(
                f"<span style='color:{Palette.error_text}'><b>"
                + self.tr("{count} con stock negativo").format(count=negative)
                + "</b></span>"
            )
        if low:
            notes.append(
                f"<span style='color:{Palette.warning_text}'><b>"
                + self.tr("{count} con pocas unidades").format(count=low)
                + "</b></span>"
            )
        self.totals_label.setText("  ·  ".join(parts) + "<br>" + "  ·  ".join(notes))

    def current_row(self) -> StockRow | None:
        index = selected_row(self.view)
        return self.model.row_at(index) if index is not None else None

    def select_item(self, code: str) -> bool:
        for index, row in enumerate(self.model.rows):
            if row.item_code == code:
                self.view.selectRow(index)
                self.view.scrollTo(self.model.index(index, 0))
                return True
        return False

    def level(self, code: str, location: str) -> int | None:
        """Units shown for ``code`` at ``location`` (``None`` when the item is not shown)."""
        row = next((r for r in self.model.rows if r.item_code == code), None)
        return row.at(location) if row else None

    @Slot()
    def _update_buttons(self) -> None:
        has = self.current_row() is not None
        for button in (self.adjust_button, self.movements_button, self.tags_button):
            button.setEnabled(has)
        self.stocktake_button.setEnabled(bool(self.table.locations))
        self.transfer_button.setEnabled(len(self.table.locations) > 1)
        self.return_button.setEnabled(bool(self.fair_places()))

    def _need_row(self) -> StockRow | None:
        row = self.current_row()
        if row is None:
            self.banner.say(self.tr("Elija primero un artículo de la tabla."), "warning")
        return row

    # -- actions -----------------------------------------------------------------------------

    @Slot()
    def record_production(self) -> None:
        from .production_dialog import ProductionDialog

        results, _ = ProductionDialog.run(self, self.store)
        if results:
            last = results[-1]
            self.banner.say(
                self.tr("Producción registrada: {count} × {product} en {place}.").format(
                    count=last.quantity, product=last.item.product_name, place=last.location_name
                ),
                "success",
            )
            self.refresh()
            self.select_item(last.item.code)

    @Slot()
    def transfer(self) -> None:
        """A transfer list from the place filtered on (or the workshop), the chosen item already on it."""
        from .transfer_list_dialog import TransferListDialog

        row = self.current_row()
        source = self.location_filter.currentData()
        if source is None and row is not None:
            source = next((code for code, _name in self.table.locations if row.at(code) > 0), None)
        result, accepted = TransferListDialog.run(
            self, self.store, self.table.locations, source, row.item_code if row is not None else ""
        )
        if accepted and result is not None:
            moved = plural(
                result.units,
                self.tr("{n} unidad trasladada de {source} a {target}."),
                self.tr("{n} unidades trasladadas de {source} a {target}."),
            )
            self.banner.say(moved.format(source=result.source_name, target=result.target_name), "success")
            self.refresh()

    def fair_places(self) -> list[tuple[str, str]]:
        """Places other than a workshop that hold units: where a return can come from."""
        workshops = {code for code, _name, kind in locations.list_locations(self.store) if kind == "workshop"}
        totals = self.table.totals()
        return [(code, name) for code, name in self.table.locations if code not in workshops and totals[code] > 0]

    @Slot()
    def fair_return(self) -> None:
        """Bring back what is left at a fair: the place filtered on, the only one, or the one chosen."""
        from .transfer_list_dialog import TransferListDialog

        places = self.fair_places()
        if not places:
            self.banner.say(self.tr("Ninguna feria tiene productos para traer de vuelta."), "info")
            return
        chosen = self.location_filter.currentData()
        if chosen not in dict(places):
            chosen = places[0][0] if len(places) == 1 else self._choose_place(places)
        if chosen is None:
            return
        result, accepted = TransferListDialog.run(self, self.store, self.table.locations, chosen, fair=chosen)
        if accepted and result is not None:
            back = plural(
                result.units,
                self.tr("{n} unidad volvió de {source} a {target}."),
                self.tr("{n} unidades volvieron de {source} a {target}."),
            )
            self.banner.say(back.format(source=result.source_name, target=result.target_name), "success")
            self.refresh()

    def _choose_place(self, places: list[tuple[str, str]]) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        names = [name for _code, name in places]
        name, accepted = QInputDialog.getItem(
            self, self.tr("Volver de feria"), self.tr("¿De qué feria vuelven los productos?"), names, 0, False
        )
        return dict((n, c) for c, n in places).get(name) if accepted else None

    @Slot()
    def adjust(self) -> None:
        row = self._need_row()
        if row is None:
            return
        (change, location, _reason), accepted = AdjustDialog.run(
            self, self.store, row, self.table, self.location_filter.currentData()
        )
        if accepted:
            names = dict(self.table.locations)
            self.banner.say(
                self.tr("Ajuste guardado: {change:+d} {product} en {place}.").format(
                    change=change, product=row.product_name, place=names[location]
                ),
                "success",
            )
            self.refresh()

    @Slot()
    def stocktake(self) -> None:
        location = self.location_filter.currentData()
        booked, accepted = StocktakeDialog.run(self, self.store, self.table, location)
        if accepted:
            if booked:
                corrected = plural(
                    len(booked),
                    self.tr("Conteo guardado: {n} artículo corregido."),
                    self.tr("Conteo guardado: {n} artículos corregidos."),
                )
                self.banner.say(corrected, "success")
            else:
                self.banner.say(self.tr("Conteo guardado: todo coincide."), "success")
            self.refresh()

    @Slot()
    def show_movements(self) -> None:
        row = self._need_row()
        if row is not None:
            MovementsDialog.run(self, self.store, row)

    @Slot()
    def print_tags(self) -> None:
        row = self._need_row()
        if row is None:
            return
        from .tags_dialog import TagsDialog

        TagsDialog.run(self, self.store, tags_of_last_production(self.store, [row.item_code]))
