"""Photos of products, makers and custom orders: add (from a file, a drop or the camera), choose the main one, remove.

A photo is prepared (checked, turned upright, cropped, resized: see
:mod:`mamakilla_pos.documents.photos`) before the write transaction starts,
so the database's write lock is never held while a picture is resized. Each
change is journaled with the SHA-256 of the large size, so ``verify`` and
the journal know which picture was added.

The sale screen reads tiles only when it paints them (:func:`main_tiles`),
never as it starts. This module does not load Pillow: preparing a photo
does, when one is added.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.crop import Crop, Preview
from ..store import Store
from ..store.models import Maker, Order, Photo, Product
from . import journal
from .actors import actor_name_in
from .clock import now
from .errors import NotFound, UserError
from .locations import journal_edit_in
from .main_photos import main_large as main_large  # the main photos are read without the ORM: see there
from .main_photos import main_tiles as main_tiles
from .main_photos import owners_with_photos as owners_with_photos
from .server_rules import refuse_master_in

if TYPE_CHECKING:
    from ..documents.photos import PreparedPhoto

MAX_PHOTOS = 12
"""Photos a product or a maker may have: enough for every side of a bag."""


OwnerKind = Literal["product", "maker", "order"]


@dataclass(frozen=True)
class Owner:
    """Whose photo: a product's or a maker's (by its number), or a custom order's (by its UUID)."""

    kind: OwnerKind
    id: Any  # int for a product or a maker, uuid.UUID for an order

    @property
    def column(self) -> Any:
        """The column of ``photos`` that names this owner."""
        return {"product": Photo.product_id, "maker": Photo.maker_id, "order": Photo.order_id}[self.kind]


@dataclass(frozen=True)
class PhotoInfo:
    """A stored photo as the screens list it: its small size, and whether it is the main one."""

    id: uuid.UUID
    owner: Owner
    position: int
    tile: bytes

    @property
    def main(self) -> bool:
        return self.position == 0


# -- reading a picture in ------------------------------------------------------------------------


def read_photo_file(path: Path | str) -> bytes:
    """The bytes of a picture file the person chose or dropped.

    Raises:
        UserError: no such file, a folder, no permission, too big, unreadable.
    """
    from ..documents.photos import MAX_FILE_BYTES

    path = Path(path)
    name = path.name or str(path)
    if "\x00" in str(path):
        raise UserError("nombre de archivo no válido")
    try:
        if path.is_dir():
            raise UserError(f"{name} es una carpeta, no una foto")
        if path.is_file() and path.stat().st_size > MAX_FILE_BYTES:
            raise UserError(f"el archivo {name} es demasiado grande (máximo 40 MB)")
        return path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"no existe el archivo {name}") from None
    except PermissionError:
        raise UserError(f"no hay permiso para leer {name}") from None
    except OSError as exc:
        raise UserError(f"no se pudo leer {name}: {exc.strerror or exc}") from None


def prepare_photo(data: bytes, crop: Crop | None = None) -> PreparedPhoto:
    """Both stored sizes of a picture (see :func:`mamakilla_pos.documents.photos.prepare`).

    Raises:
        UserError: not a picture, damaged, too big or too small; the reason in Spanish.
    """
    from ..documents.photos import PhotoError, prepare

    try:
        return prepare(data, crop)
    except PhotoError as exc:
        raise UserError(str(exc)) from None


def picture_size(data: bytes) -> tuple[int, int]:
    """Width and height of the upright picture in ``data`` (what a crop's pixels refer to).

    Raises:
        UserError: the picture cannot be used.
    """
    shown = photo_preview(data, side=64)
    return shown.width, shown.height


def photo_preview(data: bytes, side: int = 1000) -> Preview:
    """A small upright copy of a picture to choose the square on (see :func:`mamakilla_pos.documents.photos.preview`).

    Raises:
        UserError: the picture cannot be used; nothing else is done with it.
    """
    from ..documents.photos import PhotoError, preview

    try:
        return preview(data, side)
    except PhotoError as exc:
        raise UserError(str(exc)) from None


# -- writing ------------------------------------------------------------------------------------


def _owner_name(session: Session, owner: Owner) -> str:
    if owner.kind == "order":
        order = session.get(Order, owner.id)
        if order is None:
            raise NotFound("no existe el encargo")
        return f"Encargo {order.number}"
    row: Product | Maker | None = (
        session.get(Product, owner.id) if owner.kind == "product" else session.get(Maker, owner.id)
    )
    if row is None:
        raise NotFound("no existe el producto" if owner.kind == "product" else "no existe la artesana")
    return row.name


def _photos_of(session: Session, owner: Owner) -> list[Photo]:
    return list(session.execute(select(Photo).where(owner.column == owner.id).order_by(Photo.position)).scalars())


def _digest(photo: Photo) -> str:
    return hashlib.sha256(photo.large).hexdigest()


def _journal(session: Session, photo: Photo, owner: Owner, name: str, action: str, user_id: int) -> None:
    """Journal a photo's change: a catalogue edit for a product's or a maker's; anyone taking an order adds its own."""
    if owner.kind != "order":  # a catalogue photo: at a till with a server, changed on the server only
        refuse_master_in(session, "las fotos del catálogo y de las artesanas")
    owner_id = owner.id.hex if isinstance(owner.id, uuid.UUID) else owner.id
    payload = {"owner": owner.kind, "owner_id": owner_id, "name": name, action: True, "sha256": _digest(photo)}
    if owner.kind == "order":
        journal.append_in(session, "photo", photo.id.hex, payload, actor_name_in(session, user_id), now())
    else:
        journal_edit_in(session, "photo", photo.id.hex, payload, user_id)


def add_prepared_in(session: Session, owner: Owner, prepared: PreparedPhoto, user_id: int, main: bool = False) -> Photo:
    """Store a prepared photo inside the caller's transaction: last in the list, or first when ``main``.

    Raises:
        NotFound: no such product or maker.
        UserError: the owner has :data:`MAX_PHOTOS` photos already.
    """
    name = _owner_name(session, owner)
    existing = _photos_of(session, owner)
    if len(existing) >= MAX_PHOTOS:
        raise UserError(f"ya tiene {MAX_PHOTOS} fotos: quite una antes de agregar otra")
    photo = Photo(
        id=uuid.uuid4(),
        product_id=owner.id if owner.kind == "product" else None,
        maker_id=owner.id if owner.kind == "maker" else None,
        order_id=owner.id if owner.kind == "order" else None,
        position=0 if main else len(existing),
        created_at=now(),
        tile=prepared.tile,
        large=prepared.large,
    )
    if main:
        for position, other in enumerate(existing, start=1):
            other.position = position
    session.add(photo)
    session.flush()
    _journal(session, photo, owner, name, "added", user_id)
    return photo


def add_photo(
    store: Store,
    owner: Owner,
    data: bytes,
    crop: Crop | None = None,
    *,
    user_id: int,
    main: bool = False,
) -> PhotoInfo:
    """Add a picture (a file's bytes, or the camera's) to a product or a maker.

    The first photo is the main one; ``main`` makes the new one main.

    Raises:
        UserError: the picture cannot be used, the owner does not exist or has
            too many photos, or the user may not edit the catalogue. Nothing is stored.
    """
    prepared = prepare_photo(data, crop)  # before the transaction: resizing holds no lock
    with store.session() as session, session.begin():
        photo = add_prepared_in(session, owner, prepared, user_id, main)
        return PhotoInfo(photo.id, owner, photo.position, photo.tile)


def add_photo_file(
    store: Store, owner: Owner, path: Path | str, crop: Crop | None = None, *, user_id: int
) -> PhotoInfo:
    """:func:`add_photo` from a picture file.

    Raises:
        UserError: a missing or unreadable file, or a picture that cannot be used.
    """
    return add_photo(store, owner, read_photo_file(path), crop, user_id=user_id)


def _photo_by_id(session: Session, photo_id: uuid.UUID) -> Photo:
    photo = session.get(Photo, photo_id)
    if photo is None:
        raise NotFound("no existe la foto")
    return photo


def _owner_of(photo: Photo) -> Owner:
    if photo.product_id is not None:
        return Owner("product", photo.product_id)
    if photo.order_id is not None:
        return Owner("order", photo.order_id)
    assert photo.maker_id is not None
    return Owner("maker", photo.maker_id)


def set_main_photo(store: Store, photo_id: uuid.UUID, user_id: int) -> None:
    """Make a photo the main one of its product or maker (the others keep their order)."""
    with store.session() as session, session.begin():
        photo = _photo_by_id(session, photo_id)
        if photo.position == 0:
            return
        owner = _owner_of(photo)
        others = [p for p in _photos_of(session, owner) if p.id != photo.id]
        photo.position = 0
        for position, other in enumerate(others, start=1):
            other.position = position
        session.flush()
        _journal(session, photo, owner, _owner_name(session, owner), "main", user_id)


def remove_photo(store: Store, photo_id: uuid.UUID, user_id: int) -> None:
    """Remove a photo; the next one becomes the main one when it was."""
    with store.session() as session, session.begin():
        photo = _photo_by_id(session, photo_id)
        owner = _owner_of(photo)
        _journal(session, photo, owner, _owner_name(session, owner), "removed", user_id)
        session.delete(photo)
        session.flush()
        for position, other in enumerate(_photos_of(session, owner)):
            other.position = position


# -- reading ------------------------------------------------------------------------------------


def list_photos(store: Store, owner: Owner) -> list[PhotoInfo]:
    """A product's, a maker's or an order's photos, the main one first (small size only)."""
    with store.session() as session:
        rows = session.execute(
            select(Photo.id, Photo.position, Photo.tile).where(owner.column == owner.id).order_by(Photo.position)
        ).all()
    return [PhotoInfo(photo_id, owner, position, tile) for photo_id, position, tile in rows]


def large_photo(store: Store, photo_id: uuid.UUID) -> bytes:
    """The 1080 px size of a photo.

    Raises:
        NotFound: no such photo.
    """
    with store.session() as session:
        data = session.execute(select(Photo.large).where(Photo.id == photo_id)).scalar_one_or_none()
    if data is None:
        raise NotFound("no existe la foto")
    return data
