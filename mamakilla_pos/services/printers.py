"""Each till's receipt printer, and opening its cash drawer without a sale (DESIGN.md §10).

A till's printer profile says where its thermal printer is (an address of
:mod:`mamakilla_pos.printing.targets`), how wide its paper is, which
character table prints the accents right (the number picked on the test
page), how it cuts and where the cash drawer is plugged. It belongs to the
till, never to the shop: it is kept in the settings under the till's code
(``printer:B001``), so two tills of one shop each keep their own. A till
with no thermal printer prints the ReportLab PDF as before (the CUPS
printer of Ajustes, or a file).

Opening the drawer with no sale is a permission of a role
(``open_drawer``) and is journaled with who did it.
"""

from __future__ import annotations

import functools
import json
from dataclasses import asdict, dataclass, fields, replace

from sqlalchemy.orm import Session

from ..documents.roll_text import COLUMNS
from ..printing.code_pages import CODE_PAGES, DEFAULT_CODE_PAGE
from ..printing.escpos_job import CUTS, DRAWER_PINS, ThermalSetup
from ..printing.targets import BadTarget, PrinterTarget, parse_target
from ..store import Store, models
from . import journal
from .actors import actor_name_in
from .auth import Approval, checked_approval, require_in
from .clock import now
from .errors import UserError
from .settings import load_in as load_settings_in

KEY_PREFIX = "printer:"


@dataclass(frozen=True)
class PrinterProfile:
    """How one till prints receipts.

    Attributes:
        uri: the thermal printer's address (``escpos+tcp://…``, ``escpos+usb://…``,
            ``escpos+serial://…``); empty when the till prints PDFs.
        columns: characters a line holds: 32 (58 mm), 42 or 48 (80 mm).
        code_page: the number picked on the test page.
        cut: ``none``, ``partial`` or ``full``.
        drawer_pin: 2 or 5, where the cash drawer is plugged; 0 for none.
        native_qr: the printer draws QR codes itself.
        logo: an image file printed at the top of receipts; empty for none.
    """

    uri: str = ""
    columns: int = 48
    code_page: int = DEFAULT_CODE_PAGE
    cut: str = "partial"
    drawer_pin: int = 2
    native_qr: bool = False
    logo: str = ""

    @property
    def thermal(self) -> bool:
        """Whether receipts go to a thermal printer in ESC/POS (else as a PDF)."""
        return bool(self.uri)

    @functools.cached_property
    def target(self) -> PrinterTarget:
        """Where the thermal printer is, parsed once.

        Raises:
            BadTarget: the address is not one a printer can have.
        """
        return parse_target(self.uri)

    @property
    def has_drawer(self) -> bool:
        return self.thermal and self.drawer_pin != 0

    def setup(self) -> ThermalSetup:
        """How the printing layer prints on this printer (made once per profile: each receipt asks)."""
        return self._setup

    @functools.cached_property
    def _setup(self) -> ThermalSetup:
        return ThermalSetup(self.columns, self.code_page, self.cut, self.drawer_pin, self.native_qr, self.logo)


def check_profile(profile: PrinterProfile) -> PrinterProfile:
    """``profile`` with its address written canonically.

    Raises:
        UserError: a value out of range, or an address that is no thermal printer.
    """
    uri = profile.uri.strip()
    if uri:
        try:
            target = parse_target(uri)
        except BadTarget as exc:
            raise UserError(str(exc)) from None
        if not target.escpos:
            raise UserError("la impresora de la caja es térmica: escpos+tcp://, escpos+usb:// o escpos+serial://")
        uri = target.uri
    if profile.columns not in COLUMNS:
        raise UserError("el papel tiene 32 (58 mm), 42 o 48 (80 mm) caracteres por línea")
    if profile.code_page not in {page.number for page in CODE_PAGES}:
        raise UserError(f"la tabla de acentos es un número de 1 a {len(CODE_PAGES)} (el de la página de prueba)")
    if profile.cut not in CUTS:
        raise UserError("el corte es ninguno, parcial o total")
    if profile.drawer_pin not in DRAWER_PINS:
        raise UserError("el cajón va en el pin 2 o 5 (o sin cajón)")
    if len(profile.logo) > 500:
        raise UserError("la ruta del logo es demasiado larga")
    return replace(profile, uri=uri, logo=profile.logo.strip())


def till_code_in(session: Session) -> str:
    """The code of the till this program is ("" when none)."""
    return load_settings_in(session).till


def _key(till: str) -> str:
    return f"{KEY_PREFIX}{till}"


def _read(session: Session, till: str) -> PrinterProfile:
    row = session.get(models.Setting, _key(till))
    if row is None:
        return PrinterProfile()
    try:
        stored = json.loads(row.value)
        known = {f.name for f in fields(PrinterProfile)}
        return PrinterProfile(**{k: v for k, v in stored.items() if k in known})
    except (ValueError, TypeError, AttributeError):
        return PrinterProfile()  # a damaged value prints PDFs until it is set again


def printer_profile(store: Store, till: str | None = None) -> PrinterProfile:
    """The printer profile of ``till`` (this till by default); the PDF path when none was set."""
    with store.session() as session:
        return _read(session, till or till_code_in(session))


def save_printer_profile(
    store: Store,
    profile: PrinterProfile,
    user_id: int,
    approval: Approval | None = None,
    till: str | None = None,
) -> PrinterProfile:
    """Set the printer profile of ``till`` (this till by default); journaled with what changed.

    Raises:
        UserError: a value out of range (nothing is changed).
        PermissionDenied: the user may not change settings.
    """
    checked = check_profile(profile)
    approval = checked_approval(store, approval)
    with store.session() as session, session.begin():
        code = till or till_code_in(session)
        require_in(session, user_id, "edit_settings", approval, _key(code))
        current = _read(session, code)
        if current == checked:
            return checked
        value = json.dumps(asdict(checked), sort_keys=True, ensure_ascii=False)
        row = session.get(models.Setting, _key(code))
        if row is None:
            session.add(models.Setting(key=_key(code), value=value))
        else:
            row.value = value
        old, new = asdict(current), asdict(checked)
        changes = {name: [old[name], new[name]] for name in new if old[name] != new[name]}
        payload = {"till": code, "changes": changes}
        journal.append_in(session, "printer", code, payload, actor_name_in(session, user_id), now())
    return checked


def open_drawer(store: Store, user_id: int, approval: Approval | None = None) -> str:
    """Record that the cash drawer of this till is opened with no sale; returns the till's code.

    The caller then sends the kick to the printer. Recorded first, so that
    an opening is never missing from the journal.

    Raises:
        PermissionDenied: the user may not open the drawer (and no approval).
        UserError: this till has no cash drawer on a thermal printer.
    """
    approval = checked_approval(store, approval)
    with store.session() as session, session.begin():
        code = till_code_in(session)
        if not _read(session, code).has_drawer:
            raise UserError("esta caja no tiene un cajón conectado a una impresora térmica (Ajustes)")
        approver = require_in(session, user_id, "open_drawer", approval, code)
        payload = {"till": code, **({"approved_by": approver} if approver else {})}
        journal.append_in(session, "drawer", code, payload, actor_name_in(session, user_id), now())
    return code
