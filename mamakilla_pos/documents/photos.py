"""Photos as the shop keeps them: upright, square, in a tile size and a 1080 px size.

A photo comes in as the bytes of a file (chosen, dropped or taken with the
camera). :func:`prepare` checks that it is a picture the shop can use, turns
it upright as the camera's EXIF tag says, takes the square the person chose
(the centre by default), and encodes the two sizes the program keeps as
JPEG: :data:`TILE_SIZE` for the sale screen's tiles and lists,
:data:`LARGE_SIZE` for the catalogue, the cards and the feed. Anything
wrong is a :class:`PhotoError` with a message in Spanish; nothing else is
returned, so nothing half-made can be stored.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from ..domain.crop import Crop, Preview, fit_crop

TILE_SIZE = 320
"""Side in pixels of the small size: a tile of the sale screen is at most about 200 px wide."""

LARGE_SIZE = 1080
"""Side in pixels of the large size: Instagram's square post."""

MIN_SIDE = 200
"""A photo whose short side is smaller than this is too small to show anyone."""

MAX_FILE_BYTES = 40 * 1024 * 1024
"""Larger files are refused before they are read: no phone or camera photo is this big."""

MAX_PIXELS = 60_000_000
"""Larger pictures (more than 60 megapixels) are refused before they are decoded."""

TILE_QUALITY = 82
LARGE_QUALITY = 88


class PhotoError(ValueError):
    """The picture cannot be used; the message says why, in Spanish."""


@dataclass(frozen=True)
class PreparedPhoto:
    """A photo ready to store: both sizes as JPEG bytes."""

    tile: bytes
    large: bytes


def open_upright(data: bytes) -> Image.Image:
    """The picture in ``data``, decoded, turned as its EXIF orientation says, in RGB.

    Transparent parts become white; CMYK, greyscale, 16-bit and palette
    pictures become ordinary RGB.

    Raises:
        PhotoError: empty, too big, not a picture, damaged, too small.
    """
    if not data:
        raise PhotoError("el archivo está vacío")
    if len(data) > MAX_FILE_BYTES:
        raise PhotoError(f"el archivo es demasiado grande ({len(data) // (1024 * 1024)} MB; máximo 40 MB)")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise PhotoError(
                    f"la foto es demasiado grande ({width} × {height} píxeles; máximo {MAX_PIXELS // 1_000_000}"
                    " megapíxeles)"
                )
            image.load()
            upright = ImageOps.exif_transpose(image)
    except PhotoError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise PhotoError("la foto es demasiado grande (demasiados píxeles)") from None
    except UnidentifiedImageError:
        raise PhotoError("el archivo no es una foto (use JPG, PNG o WebP)") from None
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        raise PhotoError(f"la foto está dañada o incompleta ({exc})") from None
    if min(upright.size) < MIN_SIDE:
        raise PhotoError(
            f"la foto es muy pequeña ({upright.width} × {upright.height} píxeles; mínimo {MIN_SIDE} × {MIN_SIDE})"
        )
    return _rgb(upright)


def _rgb(image: Image.Image) -> Image.Image:
    """``image`` in RGB, transparent parts on white."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGB", rgba.size, (255, 255, 255))
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        return image.point(lambda value: value / 256).convert("L").convert("RGB")
    if image.mode != "RGB":
        return image.convert("RGB")
    return image


def encode_jpeg(image: Image.Image, side: int, quality: int) -> bytes:
    """``image`` (square, RGB) resized to ``side`` × ``side`` as baseline JPEG."""
    sized = image if image.size == (side, side) else image.resize((side, side), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    sized.save(out, "JPEG", quality=quality, optimize=True)
    return out.getvalue()


def prepare(data: bytes, crop: Crop | None = None) -> PreparedPhoto:
    """Both stored sizes of the photo in ``data``, cropped to ``crop`` (the centre square by default).

    ``crop`` is in the pixels of the upright picture (as :func:`open_upright`
    returns it); a square reaching outside the picture is moved inside it.

    Raises:
        PhotoError: the picture cannot be used.
    """
    image = open_upright(data)
    box = fit_crop(crop, image.width, image.height)
    if box.side < MIN_SIDE:
        raise PhotoError(f"el recorte es muy pequeño (mínimo {MIN_SIDE} × {MIN_SIDE} píxeles)")
    square = image.crop((box.left, box.top, box.left + box.side, box.top + box.side))
    return PreparedPhoto(
        tile=encode_jpeg(square, TILE_SIZE, TILE_QUALITY), large=encode_jpeg(square, LARGE_SIZE, LARGE_QUALITY)
    )


def decode(data: bytes) -> Image.Image:
    """A stored size, decoded (the program's own JPEG: no checks needed beyond Pillow's)."""
    image = Image.open(io.BytesIO(data))
    image.load()
    return image.convert("RGB") if image.mode != "RGB" else image


def preview(data: bytes, side: int = 1000) -> Preview:
    """A small upright copy of the picture in ``data`` to crop on.

    Raises:
        PhotoError: the picture cannot be used.
    """
    image = open_upright(data)
    small = image.copy()
    small.thumbnail((side, side), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    small.save(out, "JPEG", quality=85)
    return Preview(out.getvalue(), image.width, image.height)
