"""The makers (artesanas): list, add, edit, deactivate; each one's page.

Her page shows her items, her stock by location, what she sold this month
and the shares still owed to her. A maker who has sold is never deleted,
only deactivated.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.text import fold
from ..services import catalogue_makers, photos
from ..services.catalogue_views import MakerInfo, MakerPage
from ..services.errors import UserError
from ..services.tags import tags_of_last_production, tags_of_makers_last_batch
from ..store import Store
from .catalogue_common import (
    Banner,
    PhotoBox,
    RowsModel,
    big_button,
    confirm,
    hint_label,
    panel,
    section_label,
    selected_row,
    setup_table,
    stretch_column,
    title_label,
)
from .maker_dialog import MakerDialog
from .till_user import current_user_id
from .widgets.i18n import money
from .widgets.style import Palette

MAKER_ROLE = Qt.ItemDataRole.UserRole + 1


def _date_text(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


class _Figure(QFrame):
    """A caption over a big number: this month's sales, the unpaid balance…"""

    def __init__(self, caption: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setStyleSheet(
            f"QFrame#figureCard {{ background: {Palette.primary_soft}; border-radius: 10px; }}"
            f"QLabel {{ background: transparent; }}"
        )
        self.caption = QLabel(caption, self)
        self.caption.setStyleSheet(f"QLabel {{ color: {Palette.muted}; font-size: 12pt; }}")
        self.caption.setWordWrap(True)
        self.value = QLabel("", self)
        self.value.setObjectName(name)
        self.value.setStyleSheet(f"QLabel {{ color: {Palette.text}; font-size: 19pt; font-weight: bold; }}")
        self.detail = QLabel("", self)
        self.detail.setStyleSheet(f"QLabel {{ color: {Palette.muted}; font-size: 12pt; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)

    def show_value(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail or " ")  # a blank line keeps the three cards aligned


class MakersScreen(QWidget):
    """The list of makers and, beside it, the chosen maker's page."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("makersScreen")
        self.makers: list[MakerInfo] = []
        self.page: MakerPage | None = None
        self._build()
        self.refresh()

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = Banner(self)
        self.banner.setObjectName("makersMessage")
        left_panel = self._build_list()
        header = self._build_header()
        actions = self._build_actions()
        figures = QHBoxLayout()
        figures.setSpacing(10)
        self.sold_figure = _Figure(self.tr("Vendido este mes"), "monthSold", self)
        self.share_figure = _Figure(self.tr("Su participación del mes"), "monthShare", self)
        self.unpaid_figure = _Figure(self.tr("Saldo por pagarle"), "unpaidBalance", self)
        for figure in (self.sold_figure, self.share_figure, self.unpaid_figure):
            figures.addWidget(figure, 1)

        tables = self._build_tables()

        self.right_panel, right = panel(self)
        right.addLayout(header)
        right.addLayout(actions)
        right.addLayout(figures)
        right.addLayout(tables, 1)
        self.empty_hint = hint_label(self.tr("Elija una artesana de la lista o agregue una nueva."), self)
        right.addWidget(self.empty_hint)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left_panel)
        splitter.addWidget(self.right_panel)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 8)
        left_panel.setMinimumWidth(max(320, left_panel.minimumSizeHint().width()))  # its texts, in any language
        self.right_panel.setMinimumWidth(640)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self._show_page(None)

    def _build_list(self) -> QWidget:
        """The left panel: search, the inactive switch, the makers and the new maker button."""
        self.search_input = QLineEdit(self)
        self.search_input.setObjectName("makerSearch")
        self.search_input.setPlaceholderText(self.tr("Buscar artesana…"))
        self.search_input.setClearButtonEnabled(True)
        self.search_input.textChanged.connect(self._fill_list)
        self.inactive_check = QCheckBox(self.tr("Ver también las inactivas"), self)
        self.inactive_check.setObjectName("showInactiveMakers")
        self.inactive_check.toggled.connect(self.refresh)
        self.maker_list = QListWidget(self)
        self.maker_list.setObjectName("makerList")
        self.maker_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.maker_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.maker_list.setWordWrap(False)
        self.maker_list.currentItemChanged.connect(self._current_changed)
        self.new_button = big_button(self.tr("+ Nueva artesana"), "newMakerButton", self, self.new_maker, "primary")

        left_panel, left = panel(self)
        left.addWidget(self.search_input)
        left.addWidget(self.inactive_check)
        left.addWidget(self.maker_list, 1)
        left.addWidget(self.new_button)
        return left_panel

    def _build_header(self) -> QHBoxLayout:
        """Her photo beside her name, status, details and notes."""
        self.photo = PhotoBox(116, "", self)
        self.name_label = title_label("", self)
        self.name_label.setObjectName("makerName")
        self.details_label = QLabel("", self)
        self.details_label.setObjectName("makerDetails")
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes_label = hint_label("", self)
        self.status_label = QLabel("", self)
        self.status_label.setObjectName("makerStatus")

        info = QVBoxLayout()
        info.setSpacing(4)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_label, 1)
        name_row.addWidget(self.status_label)
        info.addLayout(name_row)
        info.addWidget(self.details_label)
        info.addWidget(self.notes_label)
        info.addStretch(1)
        header = QHBoxLayout()
        header.setSpacing(14)
        header.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(info, 1)
        return header

    def _build_actions(self) -> QHBoxLayout:
        """What can be done for her: production, edit, tags, her month, (de)activate, delete."""
        self.edit_button = big_button(self.tr("Editar"), "editMakerButton", self, self.edit_maker)
        self.produce_button = big_button(
            self.tr("Registrar producción"), "produceButton", self, self.record_production, "primary"
        )
        self.tags_button = big_button(self.tr("Etiquetas"), "makerTagsButton", self, self.print_tags)
        self.statement_button = big_button(self.tr("Su mes"), "makerStatementButton", self, self.show_statement)
        self.statement_button.setToolTip(self.tr("Su mes en una imagen para enviarle por WhatsApp, o en PDF"))
        self.active_button = big_button(self.tr("Desactivar"), "activeButton", self, self.toggle_active)
        self.delete_button = big_button(self.tr("Eliminar"), "deleteMakerButton", self, self.delete_maker, "danger")
        actions = QHBoxLayout()
        for button in (
            self.produce_button,
            self.edit_button,
            self.tags_button,
            self.statement_button,
            self.active_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        return actions

    def _build_tables(self) -> QHBoxLayout:
        """Her items beside her stock by location."""
        self.items_model = RowsModel([self.tr("Código"), self.tr("Producto"), self.tr("Precio"), self.tr("Stock")])
        self.items_model.align_right = {2, 3}
        self.items_table = QTableView(self)
        self.items_table.setModel(self.items_model)
        setup_table(self.items_table, "makerItems")
        stretch_column(self.items_table, 1)

        self.stock_model = RowsModel([self.tr("Ubicación"), self.tr("Unidades")])
        self.stock_model.align_right = {1}
        self.stock_table = QTableView(self)
        self.stock_table.setModel(self.stock_model)
        setup_table(self.stock_table, "makerStock")
        stretch_column(self.stock_table, 0)
        self.stock_table.setMinimumWidth(330)
        self.stock_table.setMaximumWidth(420)

        items_column = QVBoxLayout()
        items_column.addWidget(section_label(self.tr("Sus artículos"), self))
        items_column.addWidget(self.items_table, 1)
        stock_column = QVBoxLayout()
        stock_column.addWidget(section_label(self.tr("Su stock por ubicación"), self))
        stock_column.addWidget(self.stock_table, 1)
        tables = QHBoxLayout()
        tables.setSpacing(12)
        tables.addLayout(items_column, 1)
        tables.addLayout(stock_column)
        return tables

    # -- data ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the makers and the page of the one chosen."""
        keep = self.current_maker_id()
        self.makers = catalogue_makers.list_makers(self.store, include_inactive=self.inactive_check.isChecked())
        self._fill_list()
        self.select_maker(keep)

    def current_maker_id(self) -> int | None:
        item = self.maker_list.currentItem()
        return int(item.data(MAKER_ROLE)) if item is not None else None

    @Slot()
    def _fill_list(self) -> None:
        keep = self.current_maker_id()
        words = fold(self.search_input.text()).split()
        self.maker_list.blockSignals(True)
        self.maker_list.clear()
        for maker in self.makers:
            hay = fold(f"{maker.name} {maker.short_code} {maker.phone} {maker.dni}")
            if not all(w in hay for w in words):
                continue
            text = f"{maker.name}\n{maker.short_code}"
            if not maker.active:
                text += "  ·  " + self.tr("inactiva")
            item = QListWidgetItem(text, self.maker_list)
            item.setData(MAKER_ROLE, maker.id)
            if not maker.active:
                item.setForeground(Palette.color("muted"))
        self.maker_list.blockSignals(False)
        self.select_maker(keep)

    def select_maker(self, maker_id: int | None) -> None:
        """Choose a maker in the list and show her page (the first one when ``None``)."""
        for row in range(self.maker_list.count()):
            if maker_id is None or self.maker_list.item(row).data(MAKER_ROLE) == maker_id:
                self.maker_list.setCurrentRow(row)
                self._show_page(int(self.maker_list.item(row).data(MAKER_ROLE)))
                return
        self.maker_list.setCurrentRow(-1)
        self._show_page(None)

    @Slot()
    def _current_changed(self) -> None:
        self._show_page(self.current_maker_id())

    def _show_page(self, maker_id: int | None) -> None:
        self.page = catalogue_makers.maker_page(self.store, maker_id) if maker_id is not None else None
        page = self.page
        has = page is not None
        for button in (
            self.edit_button,
            self.produce_button,
            self.statement_button,
            self.active_button,
            self.delete_button,
        ):
            button.setEnabled(has)
        self.empty_hint.setVisible(not has)
        if page is None:
            self.name_label.setText(self.tr("Artesanas"))
            for label in (self.details_label, self.notes_label, self.status_label):
                label.setText("")
            self.photo.show_image(None, "")
            self.items_model.set_rows([])
            self.stock_model.set_rows([])
            for figure in (self.sold_figure, self.share_figure, self.unpaid_figure):
                figure.show_value("—")
            self.tags_button.setEnabled(False)
            return
        self._show_about(page)
        self._show_month(page)
        self._show_items(page)
        self.tags_button.setEnabled(bool(page.items))

    def _show_about(self, page: MakerPage) -> None:
        """Her photo, name, status, codes and contact, who trained whom, her notes."""
        maker = page.maker
        initials = "".join(word[0] for word in maker.name.split()[:2]).upper()
        self.photo.show_image(photos.main_tiles(self.store, [maker.id], "maker").get(maker.id), initials)
        self.name_label.setText(maker.name)
        self.status_label.setText(self.tr("activa") if maker.active else self.tr("inactiva"))
        colour = Palette.success_text if maker.active else Palette.muted
        self.status_label.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: bold; }}")
        lines = [self.tr("Código {code}").format(code=maker.short_code)]
        if maker.phone:
            lines.append(self.tr("Tel. {phone}").format(phone=maker.phone))
        if maker.dni:
            lines.append(self.tr("DNI {dni}").format(dni=maker.dni))
        second = []
        if maker.joined_on:
            second.append(self.tr("Ingresó el {date}").format(date=_date_text(maker.joined_on)))
        if maker.trainer:
            second.append(self.tr("la formó {name}").format(name=maker.trainer))
        if page.trainees:
            second.append(self.tr("formó a {names}").format(names=", ".join(page.trainees)))
        text = "  ·  ".join(lines)
        if second:
            text += "\n" + "  ·  ".join(second)
        self.details_label.setText(text)
        self.notes_label.setText(maker.notes)
        self.notes_label.setVisible(bool(maker.notes))
        self.active_button.setText(self.tr("Desactivar") if maker.active else self.tr("Reactivar"))
        self.delete_button.setVisible(not page.has_sales and not page.items)

    def _show_month(self, page: MakerPage) -> None:
        """What she sold this month, her share of it and what is still owed to her."""
        month = QLocale().standaloneMonthName(page.month_start.month)
        self.sold_figure.caption.setText(self.tr("Vendido en {month}").format(month=month))
        self.sold_figure.show_value(
            money(page.month_amount), self.tr("{units} unidades").format(units=page.month_units)
        )
        self.share_figure.show_value(money(page.month_share), self.tr("ventas menos devoluciones"))
        self.unpaid_figure.show_value(money(page.unpaid), self.tr("aún no pagado"))
        self.unpaid_figure.value.setStyleSheet(
            f"QLabel {{ color: {Palette.pay if page.unpaid > 0 else Palette.text};"
            " font-size: 19pt; font-weight: bold; }"
        )

    def _show_items(self, page: MakerPage) -> None:
        """Her items (with whom she made them) and her stock by location; below zero in red."""
        maker = page.maker
        rows, colours = [], {}
        for row, item in enumerate(page.items):
            product = item.product_name
            others = [m.first_name for m in item.makers if m.maker_id != maker.id]
            if others:
                product += self.tr(" (con {names})").format(names=", ".join(others))
            rows.append([item.code, product, money(item.price), str(item.stock)])
            if item.stock < 0:
                colours[row] = (Palette.error_text, Palette.error_bg)
            elif not item.active:
                colours[row] = (Palette.muted, "")
        self.items_model.set_rows(rows, [i.code for i in page.items], colours)
        self.stock_model.set_rows(
            [[s.location_name, str(s.units)] for s in page.stock],
            [s.location_code for s in page.stock],
            {row: (Palette.error_text, Palette.error_bg) for row, s in enumerate(page.stock) if s.units < 0},
        )

    # -- actions -------------------------------------------------------------------------------

    @Slot()
    def new_maker(self) -> None:
        maker, accepted = MakerDialog.run(self, self.store)
        if not accepted or maker is None:
            return
        self.banner.say(self.tr("Artesana {name} agregada.").format(name=maker.name), "success")
        self.search_input.clear()
        self.makers = catalogue_makers.list_makers(self.store, include_inactive=self.inactive_check.isChecked())
        self._fill_list()
        self.select_maker(maker.id)

    @Slot()
    def edit_maker(self) -> None:
        if self.page is None:
            return
        maker, accepted = MakerDialog.run(self, self.store, self.page.maker)
        if accepted and maker is not None:
            self.banner.say(self.tr("Datos de {name} guardados.").format(name=maker.name), "success")
            self.refresh()

    @Slot()
    def toggle_active(self) -> None:
        if self.page is None:
            return
        maker = self.page.maker
        if maker.active and not confirm(
            self,
            self.tr("Desactivar artesana"),
            self.tr(
                "¿Desactivar a {name}? Deja de aparecer en las listas; sus artículos, ventas y pagos se conservan."
            ).format(name=maker.name),
            self.tr("Desactivar"),
        ):
            return
        try:
            catalogue_makers.set_maker_active(self.store, maker.id, not maker.active, user_id=current_user_id(self))
        except UserError as exc:
            self.banner.say(str(exc), "error")
            return
        if maker.active:
            self.banner.say(self.tr("{name} quedó inactiva.").format(name=maker.name), "success")
            if not self.inactive_check.isChecked():
                self.inactive_check.setChecked(True)
        else:
            self.banner.say(self.tr("{name} está activa otra vez.").format(name=maker.name), "success")
        self.refresh()
        self.select_maker(maker.id)

    @Slot()
    def delete_maker(self) -> None:
        if self.page is None:
            return
        maker = self.page.maker
        if not confirm(
            self,
            self.tr("Eliminar artesana"),
            self.tr("¿Eliminar a {name}? Solo se puede si no tiene artículos ni ventas.").format(name=maker.name),
            self.tr("Eliminar"),
        ):
            return
        try:
            catalogue_makers.delete_maker(self.store, maker.id, user_id=current_user_id(self))
        except UserError as exc:
            self.banner.say(str(exc), "error")
            return
        self.banner.say(self.tr("{name} fue eliminada.").format(name=maker.name), "success")
        self.makers = catalogue_makers.list_makers(self.store, include_inactive=self.inactive_check.isChecked())
        self._fill_list()
        self.select_maker(None)

    @Slot()
    def record_production(self) -> None:
        if self.page is None:
            return
        from .production_dialog import ProductionDialog

        results, _ = ProductionDialog.run(self, self.store, maker_id=self.page.maker.id)
        if results:
            last = results[-1]
            self.banner.say(
                self.tr("Producción registrada: {count} × {product}.").format(
                    count=last.quantity, product=last.item.product_name
                ),
                "success",
            )
            self.refresh()

    @Slot()
    def show_statement(self) -> None:
        """Her month (pieces made and sold, her share, what was paid, what is owed) to send her."""
        if self.page is None:
            return
        from .maker_statement_dialog import MakerStatementDialog

        MakerStatementDialog.run(self, self.store, self.page.maker.id)

    @Slot()
    def print_tags(self) -> None:
        """Tags of the units just made: the chosen item's last production, or what she finished last."""
        if self.page is None or not self.page.items:
            return
        from .tags_dialog import TagsDialog

        row = selected_row(self.items_table)
        if row is not None:
            requests = tags_of_last_production(self.store, [self.page.items[row].code])
        else:
            requests = tags_of_makers_last_batch(self.store, self.page.maker.id)
            requests = requests or tags_of_last_production(self.store, [self.page.items[0].code])
        TagsDialog.run(self, self.store, requests)
