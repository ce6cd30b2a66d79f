"""A maker's details: name, contact, DNI, since when she works with the center, a note, her photo."""

from __future__ import annotations

from PySide6.QtCore import QDate, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..services import catalogue_makers, photos
from ..services.catalogue_views import MakerChange, MakerInfo
from ..services.errors import UserError
from ..store import Store
from .catalogue_common import (
    dialog_buttons,
    error_label,
    title_label,
)
from .photo_widgets import PhotoStrip
from .till_user import current_user_id
from .widgets.text import sentence


class MakerDialog(QDialog):
    """Add a maker or edit one: name, short code, phone, DNI, date joined, trainer, notes, photo."""

    def __init__(self, store: Store, maker: MakerInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.original = maker
        self.saved: MakerInfo | None = None
        self.setObjectName("makerDialog")
        self.setWindowTitle(self.tr("Editar artesana") if maker else self.tr("Nueva artesana"))
        self.setMinimumWidth(700)

        self.name_input = QLineEdit(maker.name if maker else "", self)
        self.name_input.setObjectName("nameInput")
        self.name_input.setMaxLength(120)
        self.code_input = QLineEdit(maker.short_code if maker else "", self)
        self.code_input.setObjectName("shortCodeInput")
        self.code_input.setPlaceholderText(self.tr("vacío: sus iniciales"))
        self.code_input.setValidator(QRegularExpressionValidator(QRegularExpression(r"[A-Za-z0-9]{0,16}"), self))
        self.code_input.setMaximumWidth(260)
        self.phone_input = QLineEdit(maker.phone if maker else "", self)
        self.phone_input.setObjectName("phoneInput")
        self.phone_input.setPlaceholderText("984 123 456")
        self.dni_input = QLineEdit(maker.dni if maker else "", self)
        self.dni_input.setObjectName("dniInput")
        self.dni_input.setPlaceholderText(self.tr("8 dígitos (opcional)"))
        self.dni_input.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,8}"), self))
        self.dni_input.setMaximumWidth(260)

        self._build_joined(maker)
        self._build_trainer(store, maker)

        self.notes_input = QPlainTextEdit(maker.notes if maker else "", self)
        self.notes_input.setObjectName("notesInput")
        self.notes_input.setFixedHeight(80)

        # An existing maker's photos change at once; a new maker's wait, prepared, until she is created.
        self.photos = PhotoStrip(
            store, photos.Owner("maker", maker.id) if maker else None, self, icon_size=64, compact=True
        )

        joined_row = QHBoxLayout()
        joined_row.addWidget(self.joined_check)
        joined_row.addWidget(self.joined_input)
        joined_row.addStretch(1)

        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Nombre completo"), self.name_input)
        form.addRow(self.tr("Código corto"), self.code_input)
        form.addRow(self.tr("DNI"), self.dni_input)
        form.addRow(self.tr("Teléfono"), self.phone_input)
        form.addRow("", joined_row)
        form.addRow(self.tr("La formó"), self.trainer_input)
        form.addRow(self.tr("Notas"), self.notes_input)
        form.addRow(self.tr("Fotos"), self.photos)

        self.error = error_label(self)
        box, self.ok_button = dialog_buttons(self, self.tr("Guardar"))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(title_label(self.windowTitle(), self))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(box)
        self.name_input.setFocus()

    def _build_joined(self, maker: MakerInfo | None) -> None:
        """Since when she works with the center: a date, or none when not known."""
        self.joined_check = QCheckBox(self.tr("Fecha de ingreso:"), self)
        self.joined_check.setObjectName("joinedCheck")
        self.joined_input = QDateEdit(self)
        self.joined_input.setObjectName("joinedInput")
        self.joined_input.setCalendarPopup(True)
        self.joined_input.setDisplayFormat("dd/MM/yyyy")
        self.joined_input.setMaximumDate(QDate.currentDate())
        self.joined_input.setMinimumHeight(44)
        joined = maker.joined_on if maker and maker.joined_on else None
        self.joined_input.setDate(QDate(joined.year, joined.month, joined.day) if joined else QDate.currentDate())
        self.joined_check.setChecked(joined is not None)
        self.joined_input.setEnabled(joined is not None)
        self.joined_check.toggled.connect(self.joined_input.setEnabled)

    def _build_trainer(self, store: Store, maker: MakerInfo | None) -> None:
        """Who trained her: any other maker, or nobody."""
        self.trainer_input = QComboBox(self)
        self.trainer_input.setObjectName("trainerInput")
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
