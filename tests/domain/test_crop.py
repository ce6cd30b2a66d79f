"""The square kept of a photo always lies inside the picture."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mamakilla_pos.domain.crop import Crop, centre_square, fit_crop

SIDES = st.integers(min_value=1, max_value=20_000)
ANY = st.integers(min_value=-50_000, max_value=50_000)


@given(SIDES, SIDES, st.one_of(st.none(), st.builds(Crop, ANY, ANY, ANY)))
def test_the_square_is_inside_the_picture(width, height, crop):
    fitted = fit_crop(crop, width, height)
    assert fitted.side >= 1
    assert fitted.left >= 0 and fitted.left + fitted.side <= width
    assert fitted.top >= 0 and fitted.top + fitted.side <= height


@given(SIDES, SIDES)
def test_the_default_is_the_largest_centred_square(width, height):
    square = centre_square(width, height)
    assert square.side == min(width, height)
    assert abs((width - square.side) - 2 * square.left) <= 1
    assert abs((height - square.side) - 2 * square.top) <= 1
    assert fit_crop(None, width, height) == square


def test_a_square_inside_stays_where_it_is():
    assert fit_crop(Crop(10, 20, 100), 400, 300) == Crop(10, 20, 100)
    assert fit_crop(Crop(350, 250, 100), 400, 300) == Crop(300, 200, 100)
    assert Crop(10, 20, 100).scaled(2.5) == Crop(25, 50, 250)
