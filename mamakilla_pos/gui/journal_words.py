"""What each journal entry says, in words: "Venta B001-000123 de S/ 45.00 por Rosa".

One sentence per kind of entry, from its payload and the names of what it
refers to by id (:class:`~mamakilla_pos.services.journal_view.JournalNames`).
Payloads grow over time: every value is read with a default, a key that is
not known is left out, and an entry this module cannot read (or of a kind it
does not know) still gets a plain sentence — never a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QObject

from ..domain.language import Formats
from ..services import auth
from ..services.actors import SYSTEM
from ..services.journal_view import JournalNames, JournalRow, movements_of
from .cash_reasons import reason_label
from .stock_dialogs import reason_label as adjustment_reason
from .widgets.i18n import QT_TR_NOOP, language, money, plural, tr
from .widgets.text import sentence

log = logging.getLogger(__name__)

DOCUMENT_KINDS = frozenset(
    {
        "sale",
        "refund",
        "payout",
        "day_close",
        "item",
        "location",
        "consignment",
        "partner_report",
        "partner_payment",
        "order",
        "order_status",
        "order_advance",
        "order_delivered",
        "order_cancel",
    }
)
"""Kinds whose reference means something to a person (a receipt, a payout, a day, a tag code)."""

SETTING_NAMES = {
    "shop_name": QT_TR_NOOP("nombre de la tienda"),
    "shop_address": QT_TR_NOOP("dirección"),
    "shop_ruc": QT_TR_NOOP("RUC"),
    "receipt_header": QT_TR_NOOP("encabezado de la nota"),
    "receipt_footer": QT_TR_NOOP("pie de la nota"),
    "catalogue_url": QT_TR_NOOP("enlace del catálogo"),
    "shop_phone": QT_TR_NOOP("teléfono de la tienda"),
    "instagram_url": QT_TR_NOOP("Instagram de la tienda"),
    "image_base_url": QT_TR_NOOP("dirección de las imágenes"),
    "share_rate": QT_TR_NOOP("parte de la artesana"),
    "cash_rounding": QT_TR_NOOP("redondeo en efectivo"),
    "usd_rate": QT_TR_NOOP("dólar del día"),
    "till_series": QT_TR_NOOP("serie de la caja"),
    "till_location": QT_TR_NOOP("ubicación de esta caja"),
    "receipt_paper": QT_TR_NOOP("papel de la nota"),
    "after_payment": QT_TR_NOOP("después del pago"),
    "printer": QT_TR_NOOP("impresora"),
    "seller_discount_limit": QT_TR_NOOP("descuento máximo sin aprobación"),
    "idle_lock_minutes": QT_TR_NOOP("minutos hasta bloquear la caja"),
    "backup_folder": QT_TR_NOOP("carpeta de las copias"),
    "configured": QT_TR_NOOP("primera configuración"),
}
FIELD_NAMES = {
    "name": QT_TR_NOOP("nombre"),
    "category": QT_TR_NOOP("categoría"),
    "price": QT_TR_NOOP("precio"),
    "description": QT_TR_NOOP("descripción"),
    "photo_path": QT_TR_NOOP("foto"),
    "active": QT_TR_NOOP("a la venta"),
    "short_code": QT_TR_NOOP("código corto"),
    "phone": QT_TR_NOOP("teléfono"),
    "dni": QT_TR_NOOP("DNI"),
    "joined_on": QT_TR_NOOP("fecha de ingreso"),
    "trainer_id": QT_TR_NOOP("la formó"),
    "notes": QT_TR_NOOP("notas"),
    "kind": QT_TR_NOOP("tipo"),
}
TABLE_NAMES = {
    "settings": QT_TR_NOOP("ajustes"),
    "roles": QT_TR_NOOP("roles"),
    "users": QT_TR_NOOP("usuarias"),
    "locations": QT_TR_NOOP("ubicaciones"),
    "makers": QT_TR_NOOP("artesanas"),
    "categories": QT_TR_NOOP("categorías"),
    "products": QT_TR_NOOP("productos"),
    "items": QT_TR_NOOP("artículos"),
    "item_makers": QT_TR_NOOP("quién hizo cada artículo"),
    "cash_sessions": QT_TR_NOOP("cajas"),
    "photos": QT_TR_NOOP("fotos"),
    "partners": QT_TR_NOOP("tiendas aliadas"),
    "orders": QT_TR_NOOP("encargos"),
}
PERCENT_SETTINGS = {"share_rate": True, "seller_discount_limit": False}
"""Settings kept as a rate (``True``: 0.45 is 45 %) or as a percent already (``False``)."""


def _amount(value: Any) -> str:
    try:
        return money(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return str(value)


def _text(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return tr("sí") if value else tr("no")
    return str(value)


class JournalWords(QObject):
    """Names of journal kinds and one sentence per entry."""

    def kind_name(self, kind: str) -> str:
        names = {
            "sale": self.tr("Venta"),
            "refund": self.tr("Devolución"),
            "payout": self.tr("Pago a artesana"),
            "cash_in": self.tr("Ingreso de dinero"),
            "cash_out": self.tr("Retiro de dinero"),
            "session_open": self.tr("Apertura de caja"),
            "session_close": self.tr("Cierre de caja"),
            "day_close": self.tr("Cierre del día"),
            "production": self.tr("Producción"),
            "adjustment": self.tr("Ajuste de stock"),
            "stocktake": self.tr("Inventario"),
            "transfer": self.tr("Traslado"),
            "consignment": self.tr("Consignación"),
            "partner_report": self.tr("Ventas de tienda aliada"),
            "partner_payment": self.tr("Cobro a tienda aliada"),
            "partner_count": self.tr("Conteo en tienda aliada"),
            "order": self.tr("Encargo"),
            "order_status": self.tr("Estado de encargo"),
            "order_advance": self.tr("Seña de encargo"),
            "order_delivered": self.tr("Entrega de encargo"),
            "order_cancel": self.tr("Anulación de encargo"),
            "settings": self.tr("Ajustes"),
            "price": self.tr("Cambio de precio"),
            "product": self.tr("Producto"),
            "item": self.tr("Artículo"),
            "maker": self.tr("Artesana"),
            "photo": self.tr("Foto"),
            "location": self.tr("Ubicación"),
            "user": self.tr("Usuaria"),
            "user_pin": self.tr("PIN"),
            "user_locked": self.tr("Usuaria bloqueada"),
            "approval": self.tr("Aprobación"),
            "rows": self.tr("Datos guardados"),
        }
        return names.get(kind, kind)

    def method_name(self, method: str) -> str:
        """How something was paid, in words."""
        return Formats(language()).method(method)

    def role_name(self, role: str) -> str:
        names = {"coordinator": self.tr("Coordinadora"), "seller": self.tr("Vendedora")}
        return names.get(role, role)

    def who(self, actor: str) -> str:
        """Who acted: a person's name, or the program itself (``sistema`` in the journal) in words."""
        return self.tr("el sistema") if actor == SYSTEM else actor

    def reference(self, entry: JournalRow) -> str:
        """The entry's reference when it means something to a person (a receipt number, a tag code)."""
        return entry.ref if entry.kind in DOCUMENT_KINDS else ""

    def describe(self, entry: JournalRow, names: JournalNames | None = None) -> str:
        """What happened, in one sentence."""
        names = names or JournalNames()
        describer: Callable[[JournalRow, JournalNames], str] | None = getattr(self, f"_on_{entry.kind}", None)
        if describer is not None:
            try:
                text = describer(entry, names)
                return sentence(text)
            except Exception:  # a payload of another shape: said plainly, never a crash of the screen
                log.debug("journal entry %s not described", entry.seq, exc_info=True)
        return self._plain(entry)

    # -- helpers ----------------------------------------------------------------------------------

    def _plain(self, entry: JournalRow) -> str:
        """A kind this module does not know (or cannot read): its name and a few plain values."""
        parts = [
            f"{key}: {_text(value)}"
            for key, value in sorted(entry.payload.items())
            if isinstance(value, str | int | float | bool)
        ][:3]
        head = self.kind_name(entry.kind)
        return f"{head} · {' · '.join(parts)}" if parts else head

    def _item(self, names: JournalNames, item_id: int | None) -> str:
        code, product = names.items.get(item_id or -1, ("", ""))
        return f"{product} ({code})" if product else self.tr("artículo {id}").format(id=item_id)

    def _place(self, names: JournalNames, location_id: int | None) -> str:
        return names.locations.get(location_id or -1, self.tr("ubicación {id}").format(id=location_id))

    def _units(self, count: int) -> str:
        return plural(abs(count), self.tr("{n} unidad"), self.tr("{n} unidades"))

    def _change(self, field: str, old: Any, new: Any, names: JournalNames) -> str:
        label = tr(FIELD_NAMES.get(field, field))
        if field == "price":
            return f"{label}: {_amount(old)} → {_amount(new)}"
        if field == "trainer_id":
            return f"{label}: {names.makers.get(old, _text(old))} → {names.makers.get(new, _text(new))}"
        return f"{label}: {_text(old)} → {_text(new)}"

    def _changes(self, changes: Any, names: JournalNames) -> str:
        if not isinstance(changes, dict):
            return ""
        return " · ".join(
            self._change(field, pair[0], pair[1], names)
            for field, pair in changes.items()
            if isinstance(pair, list) and len(pair) == 2
        )

    # -- documents --------------------------------------------------------------------------------

    def _on_sale(self, entry: JournalRow, names: JournalNames) -> str:
        p = entry.payload
        return self.tr("Venta {number} de {total} por {who}").format(
            number=p.get("number", entry.ref), total=_amount(p.get("total", "0")), who=self.who(entry.actor)
        )

    def _on_refund(self, entry: JournalRow, names: JournalNames) -> str:
        p = entry.payload
        return self.tr("Devolución {number} de {total} (de la venta {sale}) por {who}").format(
            number=p.get("number", entry.ref),
            total=_amount(p.get("total", "0")),
            sale=p.get("refund_of", "—"),
            who=self.who(entry.actor),
        )

    def _on_payout(self, entry: JournalRow, names: JournalNames) -> str:
        p = entry.payload
        maker = names.makers.get(p.get("maker"), self.tr("una artesana"))
        return self.tr("Pago {number} a {maker}: {amount} ({method})").format(
            number=entry.ref,
            maker=maker,
            amount=_amount(p.get("amount", "0")),
            method=self.method_name(p.get("method", "")),
        )

    def _on_order(self, entry: JournalRow, names: JournalNames) -> str:
        p = entry.payload
        return self.tr("Encargo {number} de {price} tomado por {who}").format(
            number=p.get("number", entry.ref), price=_amount(p.get("price", "0")), who=self.who(entry.actor)
        )

    def _on_order_status(self, entry: JournalRow, names: JournalNames) -> str:
        from .order_widgets import status_label

        p = entry.payload
        return self.tr("Encargo {number}: {before} → {status}").format(
            number=p.get("number", entry.ref),
            before=status_label(str(p.get("before", ""))),
            status=status_label(str(p.get("status", ""))),
        )

    def _on_order_advance(self, entry: JournalRow, names: JournalNames) -> str:
        p = entry.payload
        return self.tr("Seña de {amount} en el encargo {number}").format(
            number=p.get("number", entry.ref), amount=_amount(p.get("amount_pen", "0"))
        )

    def _on_order_delivered(self, entry: JournalRow, names: JournalNames) -> str:
        p = entry.payload
        return self.tr("Encargo {number} entregado: venta {sale}").format(
            number=p.get("number", entry.ref), sale=p.get("sale", "—")
        )

    def _on_order_cancel(self, entry: JournalRow, names: JournalNames) -> str:
        p = entry.payload
        return self.tr("Encargo {number} anulado ({reason}): seña devuelta {returned}, retenida {kept}").format(
            number=p.get("number", entry.ref),
            reason=p.get("reason", ""),
            returned=_amount(p.get("returned", "0")),
            kept=_amount(p.get("kept", "0")),
        )

    def _on_cash_in(self, entry: JournalRow, names: JournalNames) -> str:
        p = entry.payload
        return self.tr("{who} puso {amount} en la caja: {reason}").format(
            who=self.who(entry.actor),
            amount=money(Decimal(str(p.get("amount", "0"))), str(p.get("currency", "PEN"))),
            reason=reason_label(str(p.get("reason", ""))),
        )

    def _on_cash_out(self, entry: JournalRow, names: JournalNames) -> str:
        p = entry.payload
        return self.tr("{who} sacó {amount} de la caja: {reason}").format(
            who=self.who(entry.actor),
            amount=money(Decimal(str(p.get("amount", "0"))), str(p.get("currency", "PEN"))),
            reason=reason_label(str(p.get("reason", ""))),
        )

    def _on_session_open(self, entry: JournalRow, names: JournalNames) -> str:
        p = entry.payload
        text = self.tr("{who} abrió la caja {till} con {amount} de fondo").format(
            who=self.who(entry.actor), till=p.get("till", ""), amount=_amount(p.get("float_pen", "0"))
        )
        usd = Decimal(str(p.get("float_usd", "0") or "0"))
        return text + (self.tr(" y {amount}").format(amount=money(usd, "USD")) if usd else "")

    def _on_session_close(self, entry: JournalRow, names: JournalNames) -> str:
        p = entry.payload
        drawer = (p.get("cash") or {}).get("PEN") or {}
        difference = Decimal(str(drawer.get("difference", "0") or "0"))
        text = self.tr("{who} cerró la caja {till}: {sales}, contado {counted}").format(
            who=self.who(entry.actor),
            till=p.get("till", ""),
            sales=plural(int(p.get("sales", 0)), self.tr("{n} venta"), self.tr("{n} ventas")),
            counted=_amount(drawer.get("counted", "0")),
        )
        if difference:
            text += " · " + self.tr("diferencia {amount}").format(amount=_amount(difference))
        return text

    def _on_day_close(self, entry: JournalRow, names: JournalNames) -> str:
        p = entry.payload
        text = self.tr("Cierre del día {day}: neto {net} ({sales}, {refunds}) · gran total {grand}").format(
            day=p.get("day", entry.ref),
            net=_amount(p.get("net", "0")),
            sales=plural(int(p.get("sales", 0)), self.tr("{n} venta"), self.tr("{n} ventas")),
            refunds=plural(int(p.get("refunds", 0)), self.tr("{n} devolución"), self.tr("{n} devoluciones")),
            grand=_amount(p.get("grand_total", "0")),
        )
        late = p.get("late")
        if isinstance(late, dict) and late.get("documents"):
            text += " · " + plural(
                int(late["documents"]), self.tr("{n} documento atrasado"), self.tr("{n} documentos atrasados")
            )
        return text

    # -- stock ------------------------------------------------------------------------------------

    def _on_production(self, entry: JournalRow, names: JournalNames) -> str:
        [move] = movements_of(entry.payload)[:1]
        return self.tr("{who} registró la producción de {units} de {item} en {place}").format(
            who=self.who(entry.actor),
            units=self._units(move.quantity),
            item=self._item(names, move.item_id),
            place=self._place(names, move.location_id),
        )

    def _on_adjustment(self, entry: JournalRow, names: JournalNames) -> str:
        [move] = movements_of(entry.payload)[:1]
        code, _, note = str(entry.payload.get("reason") or "").partition(":")
        reason = adjustment_reason(code.strip()) + (f": {note.strip()}" if note.strip() else "")
        return self.tr("Ajuste de {item} en {place}: {change} ({reason})").format(
            item=self._item(names, move.item_id),
            place=self._place(names, move.location_id),
            change=f"{move.quantity:+d}",
            reason=reason,
        )

    def _on_stocktake(self, entry: JournalRow, names: JournalNames) -> str:
        moves = movements_of(entry.payload)
        place = self._place(names, moves[0].location_id) if moves else "—"
        return self.tr("Conteo en {place}: {items} corregidos ({missing} faltaban, {extra} sobraban)").format(
            place=place,
            items=plural(len(moves), self.tr("{n} artículo"), self.tr("{n} artículos")),
            missing=sum(-m.quantity for m in moves if m.quantity < 0),
            extra=sum(m.quantity for m in moves if m.quantity > 0),
        )

    def _on_transfer(self, entry: JournalRow, names: JournalNames) -> str:
        moves = movements_of(entry.payload)
        outs = [m for m in moves if m.quantity < 0]
        ins = [m for m in moves if m.quantity > 0]
        listed = entry.payload.get("list") if isinstance(entry.payload.get("list"), dict) else {}
        origin = names.location_codes.get(listed.get("from", ""), "") or (
            self._place(names, outs[0].location_id) if outs else "—"
        )
        target = names.location_codes.get(listed.get("to", ""), "") or (
            self._place(names, ins[0].location_id) if ins else "—"
        )
        units = sum(m.quantity for m in ins)
        what = (
            self._item(names, ins[0].item_id)
            if len(ins) == 1
            else plural(len(ins), self.tr("{n} artículo"), self.tr("{n} artículos"))
        )
        sentence = (
            self.tr("Retorno de feria: {units} de {what}, de {origin} a {target}")
            if listed.get("fair_return")
            else self.tr("Traslado de {units} de {what}, de {origin} a {target}")
        )
        return sentence.format(units=self._units(units), what=what, origin=origin, target=target)

    # -- master data ------------------------------------------------------------------------------

    def _on_settings(self, entry: JournalRow, names: JournalNames) -> str:
        parts = []
        for key, pair in sorted(entry.payload.items()):
            if not (isinstance(pair, list) and len(pair) == 2):
                continue
            old, new = pair
            if key in PERCENT_SETTINGS:
                formats = Formats(language())
                scale = Decimal(1) if PERCENT_SETTINGS[key] else Decimal("0.01")
                old, new = (formats.percent(Decimal(str(v)) * scale) for v in (old, new))
            parts.append(f"{tr(SETTING_NAMES.get(key, key))}: {_text(old)} → {_text(new)}")
        return self.tr("Ajustes: {changes}").format(changes=" · ".join(parts))

    def _on_price(self, entry: JournalRow, names: JournalNames) -> str:
        p = entry.payload
        old, new = (p.get("changes") or {})["price"]
        product = p.get("product") or names.products.get(int(entry.ref), entry.ref)
        return self.tr("Precio de {product}: {old} → {new}").format(product=product, old=_amount(old), new=_amount(new))

    def _on_product(self, entry: JournalRow, names: JournalNames) -> str:
        p = entry.payload
        created = p.get("created")
        if isinstance(created, dict):
            return self.tr("Producto nuevo: {name} ({category}, {price})").format(
                name=created.get("name", ""),
                category=created.get("category", ""),
                price=_amount(created.get("price", "0")),
            )
        product = p.get("product") or names.products.get(int(entry.ref), entry.ref)
        return f"{product}: {self._changes(p.get('changes'), names)}"

    def _on_item(self, entry: JournalRow, names: JournalNames) -> str:
        p = entry.payload
        created = p.get("created")
        if isinstance(created, dict):
            makers = [names.makers.get(pair[0], str(pair[0])) for pair in created.get("makers") or []]
            return self.tr("Artículo nuevo {code}: {product} de {makers}").format(
                code=entry.ref,
                product=created.get("product", ""),
                makers=Formats(language()).names(makers) or self.tr("el taller"),
            )
        if "active" in p:
            sentence = (
                self.tr("Artículo {code} a la venta otra vez")
                if p["active"]
                else self.tr("Artículo {code} retirado de la venta")
            )
            return sentence.format(code=entry.ref)
        return self.tr("Artículo {code}: cambió quién lo hizo").format(code=entry.ref)

    def _on_maker(self, entry: JournalRow, names: JournalNames) -> str:
        p = entry.payload
        name = names.makers.get(int(entry.ref), "") if entry.ref.isdigit() else ""
        created = p.get("created")
        if isinstance(created, dict):
            return self.tr("Artesana nueva: {name}").format(name=created.get("name", name))
        if "deleted" in p:
            return self.tr("Artesana eliminada: {name}").format(name=p["deleted"])
        if "active" in p:
            sentence = self.tr("{name} está activa otra vez") if p["active"] else self.tr("{name} quedó inactiva")
            return sentence.format(name=name or entry.ref)
        return f"{name or entry.ref}: {self._changes(p.get('changes'), names)}"

    def _on_photo(self, entry: JournalRow, names: JournalNames) -> str:
        p = entry.payload
        owner_id = int(p.get("owner_id", 0))
        if p.get("owner") == "maker":
            name = p.get("name") or names.makers.get(owner_id, "")
        else:
            name = p.get("name") or names.products.get(owner_id, "")
        if p.get("removed"):
            sentence = self.tr("Foto quitada de {name}")
        elif p.get("main"):
            sentence = self.tr("Foto principal nueva de {name}")
        else:
            sentence = self.tr("Foto nueva de {name}")
        return sentence.format(name=name or "—")

    def _on_location(self, entry: JournalRow, names: JournalNames) -> str:
        p = entry.payload
        name = names.location_codes.get(entry.ref, entry.ref)
        created = p.get("created")
        if isinstance(created, dict):
            return self.tr("Ubicación nueva: {name}").format(name=created.get("name", name))
        if "active" in p:
            sentence = self.tr("«{name}» abierta otra vez") if p["active"] else self.tr("«{name}» cerrada")
            return sentence.format(name=name)
        return f"{name}: {self._changes(p.get('changes'), names)}"

    def _on_user(self, entry: JournalRow, names: JournalNames) -> str:
        p = entry.payload
        name = names.users.get(int(entry.ref), entry.ref) if entry.ref.isdigit() else entry.ref
        if "active" in p:
            sentence = self.tr("{name} puede entrar otra vez") if p["active"] else self.tr("{name} ya no puede entrar")
            return sentence.format(name=name)
        return self.tr("Usuaria nueva: {name} ({role})").format(
            name=p.get("name", name), role=self.role_name(str(p.get("role", "")))
        )

    def _on_user_pin(self, entry: JournalRow, names: JournalNames) -> str:
        name = names.users.get(int(entry.ref), entry.ref) if entry.ref.isdigit() else entry.ref
        if entry.payload.get("reset"):
            return self.tr("{who} dio un PIN nuevo a {name}").format(who=self.who(entry.actor), name=name)
        return self.tr("{name} cambió su PIN").format(name=name)

    def _on_user_locked(self, entry: JournalRow, names: JournalNames) -> str:
        return self.tr("{name}: PIN equivocado cinco veces, bloqueada {minutes} minutos").format(
            name=self.who(entry.actor), minutes=entry.payload.get("minutes", "")
        )

    def _on_approval(self, entry: JournalRow, names: JournalNames) -> str:
        p = entry.payload
        code = str(p.get("permission", ""))
        return self.tr("{approver} aprobó «{what}» para {user}").format(
            approver=p.get("approver", self.who(entry.actor)),
            what=tr(auth.PERMISSIONS.get(code, code)),
            user=p.get("user", ""),
        )

    def _on_rows(self, entry: JournalRow, names: JournalNames) -> str:
        images = entry.payload.get("rows")
        tables = sorted(images) if isinstance(images, dict) else []
        return self.tr("Datos guardados de: {tables}").format(
            tables=", ".join(tr(TABLE_NAMES.get(t, t)) for t in tables) or "—"
        )
