"""Locations: the workshop, fair stands, the partner shop; and where this till sells from."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services import locations
from ..services.catalogue_views import LocationInfo
from ..services.errors import UserError
from ..store import Store
from .catalogue_common import (
    Banner,
    RowsModel,
    big_button,
    confirm,
    dialog_buttons,
    error_label,
    hint_label,
    selected_row,
    setup_table,
    stretch_column,
    title_label,
)
from .till_user import current_user_id
from .widgets.i18n import tr
from .widgets.style import Palette
from .widgets.text import sentence


def kind_label(kind: str) -> str:
    """A location kind in words."""
    labels = {
        "workshop": tr("Taller"),
        "fair": tr("Feria"),
        "partner": tr("Tienda aliada"),
    }
    return labels.get(kind, kind)


class LocationDialog(QDialog):
    """Add a location, or rename one and change its kind."""

    def __init__(self, store: Store, location: LocationInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.original = location
        self.saved: LocationInfo | None = None
        self.setObjectName("locationDialog")
        self.setWindowTitle(self.tr("Editar ubicación") if location else self.tr("Nueva ubicación"))
        self.setMinimumWidth(600)
        self.name_input = QLineEdit(location.name if location else "", self)
        self.name_input.setObjectName("locationNameInput")
        self.name_input.setPlaceholderText(self.tr("Feria artesanal San Blas"))
        self.kind_input = QComboBox(self)
        self.kind_input.setObjectName("locationKindInput")
        for kind in locations.LOCATION_KINDS:
            self.kind_input.addItem(kind_label(kind), kind)
        self.kind_input.setCurrentIndex(max(0, self.kind_input.findData(location.kind if location else "fair")))
        self.code_input = QLineEdit(location.code if location else "", self)
        self.code_input.setObjectName("locationCodeInput")
        self.code_input.setPlaceholderText(self.tr("vacío: se hace del nombre"))
        self.code_input.setValidator(QRegularExpressionValidator(QRegularExpression(r"[a-z0-9_-]{0,32}"), self))
        self.code_input.setReadOnly(location is not None)
        form = QFormLayout()
        form.addRow(self.tr("Nombre"), self.name_input)
        form.addRow(self.tr("Tipo"), self.kind_input)
        form.addRow(self.tr("Código"), self.code_input)
        self.error = error_label(self)
        box, self.ok_button = dialog_buttons(self, self.tr("Guardar"))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(title_label(self.windowTitle(), self))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(box)
        self.name_input.setFocus()

    def accept(self) -> None:
        try:
            if self.original is None:
                self.saved = locations.add_location(
                    self.store,
                    self.code_input.text(),
                    self.name_input.text(),
                    str(self.kind_input.currentData()),
                    user_id=current_user_id(self),
                )
            else:
                self.saved = locations.update_location(
                    self.store,
                    self.original.code,
                    name=self.name_input.text(),
                    kind=str(self.kind_input.currentData()),
                    user_id=current_user_id(self),
                )
        except UserError as exc:
            self.error.setText(sentence(str(exc)))
            return
        super().accept()

    @classmethod
    def run(
        cls, parent: QWidget | None, store: Store, location: LocationInfo | None = None
    ) -> tuple[LocationInfo | None, bool]:
        dialog = cls(store, location, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.saved, accepted and dialog.saved is not None
        finally:
            dialog.deleteLater()


class LocationsScreen(QWidget):
    """The places where stock is kept, their units, and the one this till sells from."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("locationsScreen")
        self.locations: list[LocationInfo] = []
        self.banner = Banner(self)
        self.banner.setObjectName("locationsMessage")
        self.model = RowsModel(
            [self.tr("Ubicación"), self.tr("Tipo"), self.tr("Código"), self.tr("Unidades"), self.tr("Estado")]
        )
        self.model.align_right = {3}
        self.view = QTableView(self)
        self.view.setModel(self.model)
        setup_table(self.view, "locationsTable")
        stretch_column(self.view, 0)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.doubleClicked.connect(lambda _index: self.edit_location())

        self.new_button = big_button(
            self.tr("+ Nueva ubicación"), "newLocationButton", self, self.new_location, "primary"
        )
        self.edit_button = big_button(self.tr("Editar"), "editLocationButton", self, self.edit_location)
        self.active_button = big_button(
            self.tr("Cerrar la ubicación…"), "locationActiveButton", self, self.toggle_active
        )
        self.till_button = big_button(self.tr("Esta caja vende desde aquí"), "tillLocationButton", self, self.use_here)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.active_button, self.till_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.till_label = hint_label("", self)
        self.till_label.setObjectName("tillLocationLabel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        layout.addWidget(title_label(self.tr("Ubicaciones"), self))
        layout.addWidget(
            hint_label(
                self.tr(
                    "Donde se guardan y venden los productos: el taller, los puestos de feria, la tienda aliada. "
                    "Cada caja descuenta el stock de su ubicación."
                ),
                self,
            )
        )
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.till_label)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        keep = self.current()
        self.locations = locations.location_infos(self.store)
        rows, colours = [], {}
        for index, loc in enumerate(self.locations):
            state = self.tr("abierta") if loc.active else self.tr("cerrada")
            if loc.is_till:
                state += " · " + self.tr("esta caja")
            rows.append([loc.name, kind_label(loc.kind), loc.code, str(loc.units), state])
            if not loc.active:
                colours[index] = (Palette.muted, "")
            elif loc.is_till:
                colours[index] = (Palette.success_text, "")
        self.model.set_rows(rows, [loc.code for loc in self.locations], colours)
        till = next((loc for loc in self.locations if loc.is_till), None)
        self.till_label.setText(
            self.tr("Esta caja vende desde: {name}").format(name=till.name)
            if till
            else self.tr("Esta caja no tiene ubicación")
        )
        self.select(keep.code if keep is not None else next((loc.code for loc in self.locations if loc.is_till), ""))
        self._update_buttons()

    def current(self) -> LocationInfo | None:
        row = selected_row(self.view)
        return self.locations[row] if row is not None and row < len(self.locations) else None

    def select(self, code: str) -> None:
        for row, loc in enumerate(self.locations):
            if loc.code == code:
                self.view.selectRow(row)

    @Slot()
    def _update_buttons(self) -> None:
        loc = self.current()
        for button in (self.edit_button, self.active_button, self.till_button):
            button.setEnabled(loc is not None)
        if loc is not None:
            self.active_button.setText(
                self.tr("Cerrar la ubicación…") if loc.active else self.tr("Reabrir la ubicación")
            )
            self.till_button.setEnabled(loc.active and not loc.is_till)

    @Slot()
    def new_location(self) -> None:
        saved, accepted = LocationDialog.run(self, self.store)
        if accepted and saved is not None:
            self.banner.say(self.tr("Ubicación «{name}» agregada.").format(name=saved.name), "success")
            self.refresh()
            self.select(saved.code)

    @Slot()
    def edit_location(self) -> None:
        loc = self.current()
        if loc is None:
            return
        saved, accepted = LocationDialog.run(self, self.store, loc)
        if accepted and saved is not None:
            self.banner.say(self.tr("Ubicación «{name}» guardada.").format(name=saved.name), "success")
            self.refresh()

    @Slot()
    def toggle_active(self) -> None:
        loc = self.current()
        if loc is None:
            return
        if loc.active and not confirm(
            self,
            self.tr("Cerrar la ubicación"),
            self.tr(
                "¿Cerrar «{name}»? Ya no se le podrá trasladar productos ni vender desde ella. "
                "Su historial se conserva y se puede reabrir cuando haga falta."
            ).format(name=loc.name),
            self.tr("Cerrar «{name}»").format(name=loc.name),
        ):
            return
        try:
            locations.set_location_active(self.store, loc.code, not loc.active, user_id=current_user_id(self))
        except UserError as exc:
            self.banner.say(str(exc), "error")
            return
        text = self.tr("«{name}» cerrada.") if loc.active else self.tr("«{name}» abierta otra vez.")
        self.banner.say(text.format(name=loc.name), "success")
        self.refresh()

    @Slot()
    def use_here(self) -> None:
        loc = self.current()
        if loc is None:
            return
        try:
            locations.set_till_location(self.store, loc.code, user_id=current_user_id(self))
        except UserError as exc:
            self.banner.say(str(exc), "error")
            return
        self.banner.say(
            self.tr("Esta caja vende ahora desde «{name}». Vuelva a abrir la pantalla de venta para verlo.").format(
                name=loc.name
            ),
            "success",
        )
        self.refresh()
