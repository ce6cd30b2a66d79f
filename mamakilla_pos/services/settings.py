"""Shop settings kept in the database (name, texts, rates), and this till's series and home.

A till's series and home location are not shop-wide settings: they are its
row in ``tills`` (see :mod:`.tills`). :class:`ShopSettings` shows them
(``till``, ``till_series``, ``till_location``) for the till this program is,
and :func:`update_settings` changes that till's row when asked to change them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..documents.shop_texts import DEFAULT_FOOTER, DEFAULT_HEADER
from ..domain.shares import DEFAULT_SHARE_RATE
from ..store import Store, models, tables
from . import journal
from .actors import actor_name_in
from .auth import Approval, checked_approval, require_in
from .clock import now
from .errors import UserError
from .readahead import DEFAULT_TILL_LOCATION
from .tills import NOT_A_TILL, current_till_in, update_till_in


@dataclass(frozen=True)
class ShopSettings:
    """Everything configurable about the shop and this till."""

    shop_name: str = "Mama Killa"
    shop_address: str = "Hermanos Ayar, Santiago, Cusco"
    shop_ruc: str = ""
    receipt_header: str = DEFAULT_HEADER
    receipt_footer: str = DEFAULT_FOOTER
    catalogue_url: str = "https://mamakilla.pe/catalogo"
    shop_phone: str = ""  # the shop's phone or WhatsApp, on the catalogue
    instagram_url: str = ""  # the shop's Instagram, as a QR on the catalogue
    image_base_url: str = ""  # where the catalogue's cards are put online (the Meta feed's image links)
    share_rate: Decimal = DEFAULT_SHARE_RATE
    cash_rounding: str = "0.10"  # "0.10" or "off"
    usd_rate: Decimal = Decimal("3.70")
    till: str = ""  # this till's code; "" when this program is no till
    till_series: str = ""  # this till's receipt series
    till_location: str = DEFAULT_TILL_LOCATION  # this till's home location
    receipt_paper: str = "80mm"  # 80mm | 58mm | A4
    receipt_qr: str = "large"  # the catalogue's QR code on receipts: large | small | none
    after_payment: str = "show"  # print | show | skip
    printer: str = ""
    seller_discount_limit: Decimal = Decimal("10")  # percent a seller may give without approval
    idle_lock_minutes: str = "5"  # lock the till after this many idle minutes; "0" never
    backup_folder: str = ""  # empty: a "copias" folder beside the database
    configured: str = ""  # set once the first-run set-up is done

    @property
    def rounding_step(self) -> Decimal | None:
        return None if self.cash_rounding == "off" else Decimal(self.cash_rounding)


_DECIMALS = {"share_rate", "usd_rate", "seller_discount_limit"}
_WEB_ADDRESS = re.compile(r"https?://[^\s/]+\.[^\s]+")
_PHONE = re.compile(r"[0-9+()\- ]{0,32}")
TILL_FIELDS = ("till", "till_series", "till_location")
"""Not settings: this till's own row (:mod:`.tills`)."""
_FIELDS = tuple(field.name for field in fields(ShopSettings) if field.name not in TILL_FIELDS)
# The plain table, not the entity: read at every start, before any model is made (see store.tables).
_ALL = select(tables.settings.c.key, tables.settings.c.value)


def load_in(session: Session) -> ShopSettings:
    """Settings as stored, defaults for the rest."""
    if session.autoflush:
        session.flush()  # as Session.execute would: settings the caller changed are read back
    stored = dict(session.connection().execute(_ALL).all())  # plain rows: every sale reads them
    values: dict[str, object] = {}
    for name in _FIELDS:
        if name in stored:
            raw = stored[name]
            values[name] = Decimal(raw) if name in _DECIMALS else raw
    till = current_till_in(session)
    if till is not None:
        values.update(till=till.code, till_series=till.series, till_location=till.location_code)
    return ShopSettings(**values)  # type: ignore[arg-type]


def get_settings(store: Store) -> ShopSettings:
    """Read the shop's settings."""
    with store.session() as session:
        return load_in(session)


def validate(settings: ShopSettings) -> None:
    """Raise :class:`UserError` when a setting is out of range."""
    if not Decimal(0) <= settings.share_rate <= Decimal(1):
        raise UserError("la participación debe estar entre 0 % y 100 %")
    if settings.usd_rate <= 0:
        raise UserError("el tipo de cambio debe ser mayor que cero")
    if not Decimal(0) <= settings.seller_discount_limit <= Decimal(100):
        raise UserError("el límite de descuento está entre 0 % y 100 %")
    if not settings.idle_lock_minutes.isdigit():
        raise UserError("los minutos de bloqueo son un número entero")
    if settings.cash_rounding not in {"0.10", "off"}:
        raise UserError("el redondeo en efectivo es 0.10 o desactivado")
    if settings.receipt_paper not in {"80mm", "58mm", "A4"}:
        raise UserError("el papel de la nota de venta es 80mm, 58mm o A4")
    if settings.receipt_qr not in {"large", "small", "none"}:
        raise UserError("el código QR de la nota es grande, pequeño o ninguno")
    if settings.after_payment not in {"print", "show", "skip"}:
        raise UserError("después del pago: imprimir, mostrar u omitir")
    for name, what in (("instagram_url", "el enlace de Instagram"), ("image_base_url", "la dirección de las imágenes")):
        url = getattr(settings, name)
        if url and not _WEB_ADDRESS.fullmatch(url):
            raise UserError(f"{what} empieza con https:// (o déjelo vacío)")
    if not _PHONE.fullmatch(settings.shop_phone):
        raise UserError("el teléfono lleva solo números, espacios y + ( ) - (hasta 32)")


def update_settings(store: Store, user_id: int, approval: Approval | None = None, **changes: object) -> ShopSettings:
    """Change some settings; the change is journaled with its old and new values.

    Raises:
        UserError: an unknown setting or a value out of range.
        PermissionDenied: the user may not edit settings (and no approval).
    """
    known = {f.name for f in fields(ShopSettings)}
    unknown = set(changes) - known | ({"till"} & set(changes))
    if unknown:
        raise UserError(f"ajuste desconocido: {', '.join(sorted(unknown))}")
    approval = checked_approval(store, approval)
    with store.session() as session, session.begin():
        require_in(session, user_id, "edit_settings", approval, "settings")
        current = load_in(session)
        updated = replace(current, **changes)  # type: ignore[arg-type]
        validate(updated)
        till = {key[len("till_") :]: changes.pop(key) for key in TILL_FIELDS if key in changes}
        if till:
            if not current.till:
                raise UserError(NOT_A_TILL)
            series, location = till.get("series"), till.get("location")
            update_till_in(session, current.till, user_id, series=series, location_code=location)  # type: ignore[arg-type]
        diff = {}
        for key in changes:
            old, new = getattr(current, key), getattr(updated, key)
            if old != new:
                diff[key] = [str(old), str(new)]
            row = session.get(models.Setting, key)
            if row is None:
                session.add(models.Setting(key=key, value=str(new)))
            else:
                row.value = str(new)
        if diff:
            journal.append_in(session, "settings", "settings", diff, actor_name_in(session, user_id), now())
        return load_in(session) if till else updated
