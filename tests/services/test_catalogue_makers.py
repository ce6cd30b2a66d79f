"""Makers: add, edit, deactivate, delete only without history, and her page."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from helpers import photo_bytes
from sqlalchemy import select

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.services import catalogue, catalogue_makers, locations, photos, stock
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.catalogue_views import MakerChange
from mamakilla_pos.services.errors import NotFound, UserError
from mamakilla_pos.services.history import line_ids
from mamakilla_pos.services.payouts import pay_maker
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store.models import JournalEntry


def _journal(store, kind: str) -> list[dict]:
    with store.session() as session:
        rows = session.execute(select(JournalEntry.payload).where(JournalEntry.kind == kind).order_by(JournalEntry.seq))
        return [json.loads(payload) for payload in rows.scalars()]


def test_create_maker_with_every_detail(store):
    trainer = catalogue_makers.create_maker(store, "Rosa Quispe", user_id=SYSTEM_ID)
    maker = catalogue_makers.create_maker(
        store,
        "  Ana   Huamán ",
        phone="984 123 456",
        dni="4567 8901",
        joined_on=date(2024, 3, 1),
        trainer_id=trainer.id,
        notes="Borda muy fino",
        photos=[photos.prepare_photo(photo_bytes(400, 400))],
        user_id=SYSTEM_ID,
    )
    assert maker.name == "Ana Huamán"
    assert maker.short_code == "AH"
    assert maker.dni == "45678901"
    assert maker.trainer == "Rosa Quispe"
    assert maker.trainer_id == trainer.id
    assert (maker.notes, maker.joined_on) == ("Borda muy fino", date(2024, 3, 1))
    assert len(photos.list_photos(store, photos.Owner("maker", maker.id))) == 1
    assert maker.active
    assert [m.name for m in catalogue_makers.list_makers(store)] == ["Ana Huamán", "Rosa Quispe"]
    assert _journal(store, "maker")[-1]["created"]["dni"] == "45678901"
    assert verify(store) == []


@pytest.mark.parametrize("dni", ["1234567", "123456789", "1234567a", "DNI"])
def test_a_dni_has_eight_digits(store, dni):
    with pytest.raises(UserError, match="8 dígitos"):
        catalogue_makers.create_maker(store, "Luz Mamani", dni=dni, user_id=SYSTEM_ID)
    assert catalogue_makers.list_makers(store, include_inactive=True) == []


def test_names_and_short_codes_are_unique(store):
    catalogue_makers.create_maker(store, "Rosa Quispe", short_code="RQ", user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="ya existe la artesana"):
        catalogue_makers.create_maker(store, "rosa quispe", user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="ya es de otra artesana"):
        catalogue_makers.create_maker(store, "Ruth Quispe", short_code="rq", user_id=SYSTEM_ID)
    second = catalogue_makers.create_maker(store, "Ruth Quispe", user_id=SYSTEM_ID)
    assert second.short_code == "RQ2"


def test_update_maker_is_journaled_with_old_and_new(store):
    maker = catalogue_makers.create_maker(store, "Luz Mamani", phone="984000111", user_id=SYSTEM_ID)
    updated = catalogue_makers.update_maker(
        store, maker.id, MakerChange(phone="984 999 888", dni="12345678", notes="Pinta"), user_id=SYSTEM_ID
    )
    assert (updated.phone, updated.dni, updated.notes) == ("984 999 888", "12345678", "Pinta")
    changes = _journal(store, "maker")[-1]["changes"]
    assert changes["phone"] == ["984000111", "984 999 888"]
    assert changes["dni"] == ["", "12345678"]
    with pytest.raises(UserError, match="8 dígitos"):
        catalogue_makers.update_maker(store, maker.id, MakerChange(dni="123"), user_id=SYSTEM_ID)
    with pytest.raises(TypeError, match="salary"):  # a maker has no such detail: it cannot even be asked for
        MakerChange(salary="100")
    assert catalogue_makers.get_maker(store, maker.id).dni == "12345678"


def test_nothing_changed_writes_nothing(store):
    maker = catalogue_makers.create_maker(store, "Luz Mamani", user_id=SYSTEM_ID)
    before = len(_journal(store, "maker"))
    catalogue_makers.update_maker(store, maker.id, MakerChange(name="Luz  Mamani", phone=""), user_id=SYSTEM_ID)
    assert len(_journal(store, "maker")) == before


def test_trainer_cannot_loop(store):
    rosa = catalogue_makers.create_maker(store, "Rosa Quispe", user_id=SYSTEM_ID)
    ana = catalogue_makers.create_maker(store, "Ana Huamán", trainer_id=rosa.id, user_id=SYSTEM_ID)
    luz = catalogue_makers.create_maker(store, "Luz Mamani", trainer_id=ana.id, user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="formadora"):
        catalogue_makers.update_maker(store, rosa.id, MakerChange(trainer_id=luz.id), user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="formadora"):
        catalogue_makers.update_maker(store, rosa.id, MakerChange(trainer_id=rosa.id), user_id=SYSTEM_ID)
    assert catalogue_makers.maker_page(store, rosa.id).trainees == ("Ana Huamán",)


def test_joined_date_not_in_the_future(store):
    with pytest.raises(UserError, match="futura"):
        catalogue_makers.create_maker(
            store, "Luz Mamani", joined_on=date.today() + timedelta(days=3), user_id=SYSTEM_ID
        )


def test_deactivate_keeps_her_history(shop):
    rosa = next(m for m in catalogue_makers.list_makers(shop.store) if m.name == "Rosa Quispe")
    catalogue_makers.deactivate_maker(shop.store, rosa.id, user_id=SYSTEM_ID)
    assert "Rosa Quispe" not in [m.name for m in catalogue_makers.list_makers(shop.store)]
    assert "Rosa Quispe" in [m.name for m in catalogue_makers.list_makers(shop.store, include_inactive=True)]
    assert catalogue.find_item(shop.store, shop.bag).makers[0].name == "Rosa Quispe"
    back = catalogue_makers.set_maker_active(shop.store, rosa.id, True, user_id=SYSTEM_ID)
    assert back.active


def test_delete_only_a_maker_without_items_or_sales(shop):
    makers = {m.name: m for m in catalogue_makers.list_makers(shop.store)}
    with pytest.raises(UserError, match="desactívela"):
        catalogue_makers.delete_maker(shop.store, makers["Luz Mamani"].id, user_id=SYSTEM_ID)
    record_sale(
        shop.store, SaleRequest((LineRequest(shop.purse),), (Tender("card", Decimal("22.55")),), user_id=SYSTEM_ID)
    )
    with pytest.raises(UserError, match="tiene ventas"):
        catalogue_makers.delete_maker(shop.store, makers["Rosa Quispe"].id, user_id=SYSTEM_ID)
    mistake = catalogue_makers.create_maker(shop.store, "Nilda Choque", trainer_id=None, user_id=SYSTEM_ID)
    trainee = catalogue_makers.create_maker(shop.store, "Yeny Cusi", trainer_id=mistake.id, user_id=SYSTEM_ID)
    catalogue_makers.delete_maker(shop.store, mistake.id, user_id=SYSTEM_ID)
    assert catalogue_makers.get_maker(shop.store, trainee.id).trainer_id is None
    with pytest.raises(NotFound):
        catalogue_makers.get_maker(shop.store, mistake.id)
    assert verify(shop.store) == []


def test_maker_page(shop):
    store = shop.store
    locations.add_location(store, "feria", "Feria San Blas", "fair", user_id=SYSTEM_ID)
    rosa = next(m for m in catalogue_makers.list_makers(store) if m.name == "Rosa Quispe")
    stock.transfer(store, shop.bag, 3, "taller", "feria", user_id=SYSTEM_ID)
    sale = record_sale(
        store,
        SaleRequest(
            (LineRequest(shop.bag, 2), LineRequest(shop.purse, 1)),
            (Tender("card", Decimal("112.55")),),
            user_id=SYSTEM_ID,
        ),
    )
    refund(
        store,
        RefundRequest(sale.number, (RefundLine(_line(store, sale.number, 2), 1),), method="card", user_id=SYSTEM_ID),
    )
    last_month = datetime.now().replace(day=1) - timedelta(days=3)
    record_sale(
        store,
        SaleRequest(
            (LineRequest(shop.purse),), (Tender("card", Decimal("22.55")),), created_at=last_month, user_id=SYSTEM_ID
        ),
    )

    page = catalogue_makers.maker_page(store, rosa.id)
    assert page.maker.name == "Rosa Quispe"
    assert [i.code for i in page.items] == [shop.bag, shop.purse]
    assert {i.code: i.stock for i in page.items} == {shop.bag: 8, shop.purse: 9}
    assert [(s.location_code, s.units) for s in page.stock] == [("taller", 14), ("feria", 3)]
    # This month: 2 bags (90.00) and 1 purse (22.55) sold, the purse returned.
    assert page.month_units == 2
    assert page.month_amount == Decimal("90.00")
    # Her shares: bag 45 % of 90.00 = 40.50 split 2:1 → 27.00; purse 10.15 sold then reversed; last month 10.15.
    assert page.month_share == Decimal("27.00")
    assert page.unpaid == Decimal("37.15")
    assert page.has_sales
    pay_maker(store, rosa.id, date.today(), "yape", "123456", user_id=SYSTEM_ID)
    assert catalogue_makers.maker_page(store, rosa.id).unpaid == Decimal("0.00")
    assert verify(store) == []


def _line(store, number: str, position: int) -> uuid.UUID:
    return uuid.UUID(dict(line_ids(store, number))[position])
