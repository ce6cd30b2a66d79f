"""The square of a photo that the shop keeps: where it lies in the picture."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Crop:
    """A square of the upright picture: its top-left corner and its side, in pixels."""

    left: int
    top: int
    side: int

    def scaled(self, factor: float) -> Crop:
        """The same square on a copy of the picture ``factor`` times as large (a preview's pixels → the picture's)."""
        return Crop(round(self.left * factor), round(self.top * factor), round(self.side * factor))


@dataclass(frozen=True)
class Preview:
    """A picture made small enough to show while the person chooses the square.

    Attributes:
        jpeg: the upright picture, scaled down, as JPEG.
        width, height: the size of the upright picture itself (what a :class:`Crop` is in).
    """

    jpeg: bytes
    width: int
    height: int


def centre_square(width: int, height: int) -> Crop:
    """The largest square in the middle of a ``width`` × ``height`` picture."""
    side = min(width, height)
    return Crop((width - side) // 2, (height - side) // 2, side)


def fit_crop(crop: Crop | None, width: int, height: int) -> Crop:
    """``crop`` shrunk and moved to lie inside the picture; the centre square when ``None``."""
    if crop is None:
        return centre_square(width, height)
    side = max(1, min(int(crop.side), width, height))
    left = min(max(0, int(crop.left)), width - side)
    top = min(max(0, int(crop.top)), height - side)
    return Crop(left, top, side)
