"""A product's or a maker's photos on screen: add (file, drop, camera), crop, choose the main one, remove.

Every picture goes the same way in: its bytes (read from a file, dropped, or
taken with the camera) are checked and shown small by the photo service,
the person chooses the square (:class:`~.photo_crop.PhotoCropDialog`), and
the service stores both sizes. A picture that cannot be used is said in
Spanish and nothing is stored.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.crop import Crop
from ..services import photos
from ..services.errors import UserError
from ..store import Store
from .camera_dialog import CameraDialog, camera_available
from .catalogue_common import (
    KIND_COLOURS,
    big_button,
    choose_photo_files,
    confirm,
    dropped_pictures,
    title_label,
)
from .photo_crop import PhotoCropDialog
from .till_user import current_user_id
from .widgets.text import sentence

PHOTO_ROLE = Qt.ItemDataRole.UserRole + 1


def pixmap_of(data: bytes) -> QPixmap:
    """A stored size (JPEG bytes) as a pixmap; a null pixmap when it cannot be read."""
    pixmap = QPixmap()
    pixmap.loadFromData(data)
    return pixmap


def read_picture(path: str, data: bytes | None) -> bytes:
    """The bytes of a picture handed over as a file (``data`` is ``None``) or as bytes already.

    Raises:
        UserError: the file cannot be read.
    """
    return data if data is not None else photos.read_photo_file(path)


def crop_picture(parent: QWidget, data: bytes) -> Crop | None:
    """Let the person choose the square of the picture in ``data``; ``None`` when she cancels.

    Raises:
        UserError: the picture cannot be used (checked before anything is shown).
    """
    preview = photos.photo_preview(data)
    crop, accepted = PhotoCropDialog.run(parent, preview)
    return crop if accepted else None


def add_pictures(
    parent: QWidget,
    store: Store,
    owner: photos.Owner | None,
    pictures: list[tuple[str, bytes | None]],
    pending: list[photos.PreparedPhoto] | None = None,
) -> tuple[int, str]:
    """Crop and add each picture (a file's path with ``None``, or a name with its bytes) to ``owner``'s
    photos, or prepared to ``pending`` when there is no owner yet.

    Returns:
        How many were added, and why the next one was not (``""`` when none was refused). The
        first picture that cannot be used, or whose crop is cancelled, stops there.
    """
    added = 0
    for name, given in pictures:
        try:
            data = read_picture(name, given)
            crop = crop_picture(parent, data)
            if crop is None:
                break
            if owner is None:
                assert pending is not None
                pending.append(photos.prepare_photo(data, crop))
            else:
                photos.add_photo(store, owner, data, crop, user_id=current_user_id(parent))
        except UserError as exc:
            return added, str(exc)
        added += 1
    return added, ""


class PhotoStrip(QWidget):
    """The photos of one product or maker, the main one first, with the buttons that change them.

    With an ``owner`` every change is stored at once. Without one (a product
    or a maker not created yet) the photos wait in :attr:`pending`, prepared,
    for the service that creates the owner.

    Signals:
        changed(): a photo was added, removed or made the main one.
    """

    changed = Signal()

    def __init__(
        self,
        store: Store,
        owner: photos.Owner | None,
        parent: QWidget | None = None,
        icon_size: int = 96,
        compact: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photoStrip")
        self.store = store
        self.owner = owner
        self.pending: list[photos.PreparedPhoto] = []
        self.list = QListWidget(self)
        self.list.setObjectName("photoList")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setIconSize(QSize(icon_size, icon_size))
        self.list.setGridSize(QSize(icon_size + 16, icon_size + 30))
        self.list.setFixedHeight(icon_size + 46)
        self.list.setDragEnabled(False)
        self.list.setAcceptDrops(False)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.add_button = big_button(self.tr("Agregar foto…"), "photoAddButton", self, self.add_from_files)
        self.camera_button = big_button(self.tr("Cámara…"), "photoCameraButton", self, self.add_from_camera)
        self.main_button = big_button(self.tr("Hacer principal"), "photoMainButton", self, self.make_main)
        self.remove_button = big_button(self.tr("Quitar"), "photoRemoveButton", self, self.remove)
        every = (self.add_button, self.camera_button, self.main_button, self.remove_button)
        buttons: QGridLayout | QHBoxLayout
        if compact:  # in a form: the buttons beside the photos, two by two
            buttons = QGridLayout()
            for number, button in enumerate(
                (self.add_button, self.main_button, self.camera_button, self.remove_button)
            ):
                buttons.addWidget(button, number % 2, number // 2)
        else:
            buttons = QHBoxLayout()
            for button in every:
                buttons.addWidget(button)
            buttons.addStretch(1)

        self.message = QLabel(self)
        self.message.setObjectName("photoMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        if compact:
            row = QHBoxLayout()
            row.addWidget(self.list, 1)
            row.addLayout(buttons)
            layout.addLayout(row)
        else:
            layout.addWidget(self.list)
            layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.setAcceptDrops(True)
        self.setToolTip(self.tr("Arrastre aquí fotos desde una carpeta"))
        self.refresh()

    def tab_order(self) -> list[QWidget]:
        """The strip's widgets in the order Tab visits them: the photos, then the buttons."""
        return [self.list, self.add_button, self.camera_button, self.main_button, self.remove_button]

    # -- showing ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the photos as stored (or pending), keeping the chosen one when it is still there."""
        keep = self.current_id()
        self.list.clear()
        if self.owner is not None:
            shown = [(p.id, p.tile, p.main) for p in photos.list_photos(self.store, self.owner)]
        else:
            shown = [(index, p.tile, index == 0) for index, p in enumerate(self.pending)]
        for key, tile, main in shown:
            item = QListWidgetItem(QIcon(pixmap_of(tile)), self.tr("★ Principal") if main else "")
            item.setData(PHOTO_ROLE, key)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.list.addItem(item)
            if key == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    def current_id(self) -> uuid.UUID | int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(PHOTO_ROLE)

    def count(self) -> int:
        return self.list.count()

    def _update_buttons(self) -> None:
        chosen = self.list.currentItem() is not None
        self.remove_button.setEnabled(chosen)
        self.main_button.setEnabled(chosen and self.list.currentRow() > 0)

    def say(self, text: str, kind: str = "info") -> None:
        """A message under the buttons (a picture refused, a photo added); empty hides it."""
        colour, background = KIND_COLOURS.get(kind, KIND_COLOURS["info"])
        self.message.setStyleSheet(
            f"QLabel {{ color: {colour}; background: {background}; border-radius: 8px; padding: 6px 10px;"
            " font-size: 12pt; font-weight: bold; }"
        )
        self.message.setText(sentence(text))
        self.message.setVisible(bool(text))

    # -- adding -------------------------------------------------------------------------------

    @Slot()
    def add_from_files(self) -> None:
        """Choose one or more picture files; each is cropped in turn."""
        self.take_in([(path, None) for path in choose_photo_files(self)])

    @Slot()
    def add_from_camera(self) -> None:
        """Take a photo with the camera; where there is none, say so (Qt Multimedia is loaded only now)."""
        if not camera_available():
            self.say(
                self.tr("Esta computadora no tiene cámara. Agregue la foto desde un archivo o arrástrela aquí."),
                "error",
            )
            return
        data, accepted = CameraDialog.run(self)
        if accepted and data:
            self.take_in([(self.tr("foto de la cámara"), data)])

    def take_in(self, pictures: list[tuple[str, bytes | None]]) -> int:
        """Crop and store each picture (a file's path with ``None``, or a name and the bytes); how many were added.

        The first picture that cannot be used stops there, with its reason.
        """
        added, refused = add_pictures(self, self.store, self.owner, pictures, self.pending)
        if refused:
            self.say(self.tr("No se agregó la foto: {reason}").format(reason=refused), "error")
        if added:
            self.refresh()
            self.list.setCurrentRow(self.list.count() - 1)
            if not refused:
                self.say(self.tr("Foto agregada.") if added == 1 else self.tr("Fotos agregadas."), "success")
            self.changed.emit()
        return added

    def dragEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if dropped_pictures(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        pictures = dropped_pictures(event.mimeData())
        if pictures:
            event.acceptProposedAction()
            self.take_in(pictures)

    # -- changing -----------------------------------------------------------------------------

    @Slot()
    def make_main(self) -> None:
        key = self.current_id()
        if key is None:
            return
        try:
            if self.owner is None:
                assert isinstance(key, int)
                self.pending.insert(0, self.pending.pop(key))
                key = 0
            else:
                assert isinstance(key, uuid.UUID)
                photos.set_main_photo(self.store, key, current_user_id(self))
        except UserError as exc:
            self.say(str(exc), "error")
            return
        self.refresh()
        self.list.setCurrentRow(0)
        self.say(self.tr("Es la foto principal: la que se ve en la caja y en el catálogo."), "success")
        self.changed.emit()

    @Slot()
    def remove(self) -> None:
        key = self.current_id()
        if key is None:
            return
        if self.owner is None:
            assert isinstance(key, int)
            del self.pending[key]
        else:
            if not confirm(self, self.tr("Quitar foto"), self.tr("¿Quitar esta foto?"), self.tr("Quitar")):
                return
            try:
                assert isinstance(key, uuid.UUID)
                photos.remove_photo(self.store, key, current_user_id(self))
            except UserError as exc:
                self.say(str(exc), "error")
                return
        self.refresh()
        self.say(self.tr("Foto quitada."), "success")
        self.changed.emit()


class PhotosDialog(QDialog):
    """All the photos of one product or maker, to add, crop, choose the main one or remove."""

    def __init__(self, store: Store, owner: photos.Owner, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photosDialog")
        self.setWindowTitle(self.tr("Fotos de {name}").format(name=name))
        self.strip = PhotoStrip(store, owner, self, icon_size=140)
        self.changed = False
        self.strip.changed.connect(self._changed)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))
        box.button(QDialogButtonBox.StandardButton.Close).setObjectName("closeButton")
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title_label(self.windowTitle(), self))
        layout.addWidget(self.strip)
        layout.addWidget(box)
        self.setMinimumWidth(760)

    def _changed(self) -> None:
        self.changed = True

    @classmethod
    def run(cls, parent: QWidget | None, store: Store, owner: photos.Owner, name: str) -> bool:
        """Show the dialog; whether any photo changed."""
        dialog = cls(store, owner, name, parent)
        try:
            dialog.exec()
            return dialog.changed
        finally:
            dialog.deleteLater()
