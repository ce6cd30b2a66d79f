"""A maker's details: name, contact, DNI, since when she works with the center, a note, her photo."""

from __future__ import annotations

from PySide6.QtCore import QDate, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QWidget,
)

from ..services import catalogue_makers, photos
from ..services.catalogue_views import MakerChange, MakerInfo
from ..services.errors import UserError
from ..store import Store
from .catalogue_common import dialog_button_order, fill_dialog_buttons, tab_chain
from .forms.ui_maker_dialog import Ui_MakerDialog
from .photo_widgets import PhotoStrip
from .till_user import current_user_id
from .widgets.text import sentence


class MakerDialog(QDialog):
    """Add a maker or edit one: name, short code, phone, DNI, date joined, trainer, notes, photo."""

    def __init__(self, store: Store, maker: MakerInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MakerDialog()
        self.ui.setupUi(self)
        self.store = store
        self.original = maker
        self.saved: MakerInfo | None = None
        self.setWindowTitle(self.tr("Editar artesana") if maker else self.tr("Nueva artesana"))
        self.ui.titleLabel.setText(self.windowTitle())

        self.name_input = self.ui.nameInput
        self.code_input = self.ui.shortCodeInput
        self.phone_input = self.ui.phoneInput
        self.dni_input = self.ui.dniInput
        self.notes_input = self.ui.notesInput
        self.error = self.ui.errorLabel
        if maker:
            self.name_input.setText(maker.name)
            self.code_input.setText(maker.short_code)
            self.phone_input.setText(maker.phone)
            self.dni_input.setText(maker.dni)
            self.notes_input.setPlainText(maker.notes)
        self.code_input.setValidator(QRegularExpressionValidator(QRegularExpression(r"[A-Za-z0-9]{0,16}"), self))
        self.dni_input.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,8}"), self))
        self._build_joined(maker)
        self._build_trainer(store, maker)

        # An existing maker's photos change at once; a new maker's wait, prepared, until she is created.
        self.photos = PhotoStrip(
            store, photos.Owner("maker", maker.id) if maker else None, self.ui.photosBox, icon_size=64, compact=True
        )
        self.ui.photosLayout.addWidget(self.photos)
        self.ok_button = fill_dialog_buttons(self.ui.buttonBox, self, self.tr("Guardar"))
        tab_chain(self.notes_input, *self.photos.tab_order(), *dialog_button_order(self.ui.buttonBox))
        self.name_input.setFocus()

    def _build_joined(self, maker: MakerInfo | None) -> None:
        """Since when she works with the center: a date, or none when not known."""
        self.joined_check = self.ui.joinedCheck
        self.joined_input = self.ui.joinedInput
        self.joined_input.setMaximumDate(QDate.currentDate())
        joined = maker.joined_on if maker and maker.joined_on else None
        self.joined_input.setDate(QDate(joined.year, joined.month, joined.day) if joined else QDate.currentDate())
        self.joined_check.setChecked(joined is not None)
        self.joined_input.setEnabled(joined is not None)
        self.joined_check.toggled.connect(self.joined_input.setEnabled)

    def _build_trainer(self, store: Store, maker: MakerInfo | None) -> None:
        """Who trained her: any other maker, or nobody."""
        self.trainer_input = self.ui.trainerInput
        self.trainer_input.addItem(self.tr("— nadie / no se sabe —"), None)
        for other in catalogue_makers.list_makers(store, include_inactive=True):
            if maker is None or other.id != maker.id:
                self.trainer_input.addItem(other.name, other.id)
        if maker and maker.trainer_id:
            self.trainer_input.setCurrentIndex(max(0, self.trainer_input.findData(maker.trainer_id)))

    def values(self) -> dict[str, object]:
        joined = self.joined_input.date().toPython() if self.joined_check.isChecked() else None
        return {
            "name": self.name_input.text(),
            "short_code": self.code_input.text(),
            "phone": self.phone_input.text(),
            "dni": self.dni_input.text(),
            "joined_on": joined,
            "trainer_id": self.trainer_input.currentData(),
            "notes": self.notes_input.toPlainText(),
        }

    def accept(self) -> None:
        values = self.values()
        dni = str(values["dni"])
        if dni and len(dni) != 8:
            self.error.setText(self.tr("El DNI tiene 8 dígitos (o déjelo vacío)."))
            self.dni_input.setFocus()
            return
        try:
            if self.original is None:
                self.saved = catalogue_makers.create_maker(
                    self.store,
                    **values,  # type: ignore[arg-type]
                    photos=self.photos.pending,
                    user_id=current_user_id(self),
                )
            else:
                self.saved = catalogue_makers.update_maker(
                    self.store,
                    self.original.id,
                    MakerChange(**values),
                    user_id=current_user_id(self),
                )
        except UserError as exc:
            self.error.setText(sentence(str(exc)))
            return
        super().accept()

    @classmethod
    def run(cls, parent: QWidget | None, store: Store, maker: MakerInfo | None = None) -> tuple[MakerInfo | None, bool]:
        dialog = cls(store, maker, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.saved, accepted and dialog.saved is not None
        finally:
            dialog.deleteLater()
