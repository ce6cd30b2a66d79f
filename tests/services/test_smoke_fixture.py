from decimal import Decimal

from mamakilla_pos.services import catalogue


def test_shop_fixture_has_stock(shop):
    info = catalogue.find_item(shop.store, shop.bag)
    assert info.stock == 10
    assert info.makers_label == "Rosa y Ana"
    assert info.price == Decimal("45.00")
