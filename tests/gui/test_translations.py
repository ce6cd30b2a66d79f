"""Every screen and dialog speaks English and French, and no text escapes translation.

Three checks:

* the Linguist files hold every text of ``gui/`` (as ``resources/translate.py
  update`` would gather them) and translate all of them, keeping their
  placeholders;
* with a *marking* translation installed (every text becomes ``⟦text⟧``), every
  screen and dialog is opened and every word shown must be marked or be the
  shop's own data: a text shown without ``tr`` (or under the wrong context)
  would stand out unmarked;
* with the real English and French translations installed, no Spanish source
  text is shown anywhere.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QTextBrowser,
    QWidget,
)
from sqlalchemy import inspect, select, text

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.gui.languages import qm_file
from mamakilla_pos.gui.main_window import MainWindow
from mamakilla_pos.services import cash, catalogue_makers, locations, orders, stock
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.services.settings import get_settings

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en", "fr")
OPEN = "⟦"
CLOSE = "⟧"
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%\d|%n")
WORD = re.compile(r"[^\W\d_]{2,}")
HASH = re.compile(r"\b[0-9a-f]{8,}\b")  # journal hashes
UNTRANSLATED_WORDS = {"US", "PDF", "Yape", "Plin", "Ctrl", "Shift", "Mama", "Killa", "POS", "RUC", "DNI", "QR", "PIN"}
"""Words shown as they are in every language: names of things, symbols, keys."""
LANGUAGE_NAMES = {"Español", "English", "Français"}  # each language is named in itself


def _everything():  # type: ignore[no-untyped-def]
    """``everything.py`` beside this file: the list of screens and dialogs shared with the fit probe."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    try:
        import everything
    finally:
        sys.path.pop(0)
    return everything


everything = _everything()


def _translate_tool():  # type: ignore[no-untyped-def]
    """``resources/translate.py``, which is a script rather than part of the package."""
    sys.path.insert(0, str(ROOT / "resources"))
    try:
        import translate
    finally:
        sys.path.pop(0)
    return translate


def messages(path: Path) -> list[tuple[str, str, str | None, str]]:
    """(context, source, translation type, translation) of every message in a ``.ts`` file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source") or "", translation.get("type"), translation.text or ""))
    return found


# -- the Linguist files ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gathered(tmp_path_factory) -> set[tuple[str, str]]:
    """(context, source) of every text lupdate finds in gui/ now."""
    translate = _translate_tool()
    scratch = tmp_path_factory.mktemp("lupdate") / "now.ts"
    lupdate = translate.qt_tool("lupdate")
    subprocess.run([lupdate, "-silent", "-locations", "none", *translate.sources(), "-ts", str(scratch)], cwd=ROOT)
    return {(context, source) for context, source, _type, _text in messages(scratch)}


@pytest.mark.parametrize("language", LANGUAGES)
def test_linguist_file_holds_every_text_of_the_screens(language, gathered) -> None:
    held = {(c, s) for c, s, kind, _t in messages(TRANSLATIONS / f"mamakilla_{language}.ts") if kind != "vanished"}
    missing = sorted(gathered - held)
    assert not missing, f"run: python resources/translate.py update — {len(missing)} new, e.g. {missing[:5]}"
    gone = sorted(held - gathered)
    assert not gone, f"run: python resources/translate.py update — {len(gone)} gone, e.g. {gone[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_translated_with_its_placeholders(language) -> None:
    problems = []
    for context, source, kind, translation in messages(TRANSLATIONS / f"mamakilla_{language}.ts"):
        where = f"{context or '(module)'}: {source!r}"
        if kind is not None or not translation:
            problems.append(f"not translated: {where}")
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
            problems.append(f"placeholders differ: {where} → {translation!r}")
        if source.count("\n") != translation.count("\n"):
            problems.append(f"line breaks differ: {where} → {translation!r}")
        if ("&" in source.replace("&&", "")) != ("&" in translation.replace("&&", "")):
            problems.append(f"accelerator lost or added: {where} → {translation!r}")
    assert not problems, "\n".join(problems[:40])


# -- opening everything ---------------------------------------------------------------------------


def _plain(label_text: str) -> str:
    if "<" in label_text and ">" in label_text:
        return QTextDocumentFragment.fromHtml(label_text).toPlainText()
    return label_text


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model's columnCount is private: it has one column
        columns = 1
    for column in range(columns):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for row in range(min(model.rowCount(root), 30)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value


def _menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        yield action.text()
        yield action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
        if action.menu() is not None:
            yield from _menu_texts(action.menu())


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(widget, text) for every text ``root`` shows: titles, labels, buttons, hints, headers, cells, menus."""
    for widget in (root, *root.findChildren(QWidget)):
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QTextBrowser):  # the help guide is written in Spanish only
            continue
        name = f"{type(widget).__name__}#{widget.objectName()}"
        texts: list[str] = [widget.toolTip(), widget.statusTip(), widget.whatsThis()]
        if widget.isWindow():
            texts.append(widget.windowTitle())
        if isinstance(widget, QLabel):
            texts.append(_plain(widget.text()))
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
            menu = getattr(widget, "menu", lambda: None)()
            if menu is not None:
                texts.extend(_menu_texts(menu))
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QComboBox) and not widget.isEditable():
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView):
            texts.extend(_model_texts(widget))
        if isinstance(widget, QMenu):
            texts.extend(_menu_texts(widget))
        for action in widget.actions():
            texts.append(action.text())
        for found in texts:
            if found and found.strip():
                yield name, found


def everything_shown(qtbot, ctx: everything.Context) -> Iterator[tuple[str, str, str]]:
    """(where, widget, text) over every screen of the main window and every dialog.

    The window is made here, after the test installed its translation, as the app does.
    """
    window = MainWindow(ctx.store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    keys = everything.SCREENS
    for key in keys:
        window.show_screen(key)
        qtbot.wait(10)
        for widget, found in shown_texts(window):
            yield f"screen {key}", widget, found
    for name, make in everything.dialogs(ctx, window):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(10)
        for widget, found in shown_texts(dialog):
            yield f"dialog {name}", widget, found
        dialog.close()


@pytest.fixture
def ctx(qtbot, shop, tmp_path) -> everything.Context:
    store = shop.store
    cash.open_session(store, {Decimal("50"): 2}, user_id=SYSTEM_ID)
    locations.add_location(store, "feria", "Feria San Blas", "fair", user_id=SYSTEM_ID)
    stock.transfer(store, shop.bag, 3, "taller", "feria", user_id=SYSTEM_ID)
    result = record_sale(
        store,
        SaleRequest(
            (LineRequest(shop.bag, 1), LineRequest(shop.purse, 2)),
            (Tender("cash", Decimal("100.00")),),
            user_id=SYSTEM_ID,
        ),
    )
    makers = ((catalogue_makers.list_makers(store)[0].id, 1),)
    order = orders.create_order(
        store,
        orders.NewOrder(
            "Eva Ccori", "Bolso bordado", Decimal("180"), date.today() + timedelta(days=5), makers, user_id=SYSTEM_ID
        ),
    )
    orders.take_advance(store, order, Tender("cash", Decimal("50")), user_id=SYSTEM_ID)
    return everything.Context(store, tmp_path, result.number, (shop.bag, shop.purse, shop.pencil_case, shop.bought_in))


@pytest.fixture
def install(qapp) -> Iterator[Callable[[Path, str], None]]:
    installed: list[QTranslator] = []
    default_locale = QLocale()

    def install_qm(qm: Path, language: str) -> None:
        translator = QTranslator()
        assert translator.load(str(qm)), qm
        qapp.installTranslator(translator)
        installed.append(translator)
        QLocale.setDefault(QLocale(language))

    yield install_qm
    for translator in installed:
        QApplication.removeTranslator(translator)
    QLocale.setDefault(default_locale)


def _data_values(store) -> set[str]:  # type: ignore[no-untyped-def]
    """Every short text held in the shop's own tables: names of products, makers, places, people."""
    values: set[str] = set()
    with store.session() as session:
        names = inspect(session.get_bind()).get_table_names()
        for table in names:
            for row in session.execute(select(text("*")).select_from(text(f'"{table}"'))):
                values.update(value for value in row if isinstance(value, str) and len(value) < 200)
    return values


def _data_words(store) -> set[str]:  # type: ignore[no-untyped-def]
    """Every word of the shop's own data, and the initials shown on a person's badge."""
    words: set[str] = set()
    for value in _data_values(store):
        found = WORD.findall(value)
        words.update(found)
        words.add("".join(w[0] for w in found[:2]).upper())
    settings = get_settings(store)
    for value in (settings.shop_name, settings.shop_address, settings.catalogue_url):
        words.update(WORD.findall(value))
    return words


@pytest.fixture(scope="module")
def marking_qm(tmp_path_factory) -> Path:
    """A translation that turns every text of the ``.ts`` file into ``⟦text⟧``."""
    translate = _translate_tool()
    folder = tmp_path_factory.mktemp("marking")
    tree = ET.parse(TRANSLATIONS / "mamakilla_en.ts")
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        translation.text = OPEN + (message.findtext("source") or "") + CLOSE
    ts = folder / "marking.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "marking.qm"
    subprocess.run([translate.qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@pytest.mark.till_closed
def test_every_word_shown_goes_through_translation(qtbot, ctx, install, marking_qm) -> None:
    install(marking_qm, "en")
    allowed = _data_words(ctx.store) | UNTRANSLATED_WORDS | LANGUAGE_NAMES | {"https"}
    problems = set()
    for where, widget, found in everything_shown(qtbot, ctx):
        bare, before = found, ""
        while bare != before:  # innermost first: a translated value may sit inside a translated template
            before, bare = bare, re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", " ", bare)
        bare = HASH.sub(" ", bare)
        stray = [w for w in WORD.findall(bare) if w not in allowed and not re.fullmatch(r"F\d+", w)]
        if stray:
            problems.add(f"{where}: {widget}: {found!r}")
    assert not problems, f"{len(problems)} texts shown without tr():\n" + "\n".join(sorted(problems)[:60])


@pytest.mark.till_closed
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_spanish_text_is_shown(qtbot, ctx, install, language, tmp_path) -> None:
    qm = qm_file(language, cache=tmp_path)
    assert qm is not None
    install(qm, language)
    # Every source text, but those a language writes the same (names of languages, "Total" in English…).
    spanish = {
        source.replace("&", "").strip()
        for _c, source, _k, translation in messages(TRANSLATIONS / f"mamakilla_{language}.ts")
        if translation.replace("&", "") != source.replace("&", "")
    }
    data = _data_values(ctx.store)  # the shop's own names ("Taller") stay as the shop wrote them
    problems = set()
    for where, widget, found in everything_shown(qtbot, ctx):
        if re.sub(r" \(\d+\)$", "", " ".join(found.split())) in data:  # a name over two lines, with its units
            continue
        for part in (found, *found.splitlines()):
            if part.replace("&", "").strip() in spanish:
                problems.add(f"{where}: {widget}: {part!r}")
    assert not problems, f"{len(problems)} Spanish texts in {language}:\n" + "\n".join(sorted(problems)[:60])
