"""The product grid of the sale screen: category tabs over touch-sized tiles.

Searching uses the in-memory :class:`~mamakilla_pos.services.till_catalogue.CatalogueIndex`
built once when the catalogue loads, never a database query per keystroke.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QScroller,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from ..services.catalogue_views import ItemInfo
from ..services.till_catalogue import CatalogueIndex
from .once_up import after_start
from .tile_photos import TilePhotos
from .widgets.i18n import makers_of, money, tr
from .widgets.style import Palette

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
TILE_MIN_WIDTH = 160
TILE_HEIGHT = 206
TILE_GAP = 10
PREPARE_DELAY_MS = 300  # after the start, in the first idle moment

_Index = QModelIndex | QPersistentModelIndex


# Little words that tell products apart less than the others ("Bolso de cuero", "Bolso de tela": BC, BT).
_SMALL_WORDS = frozenset({"de", "del", "la", "el", "los", "las", "con", "y", "en", "para", "a", "of", "the", "and"})

NAME_FONTS = ((13.0, 100), (12.0, 100), (11.0, 100), (10.0, 100), (10.0, 87), (9.0, 87))
"""(point size, stretch %): the name on a tile is drawn in the first that fits it whole on two lines."""


def _initials_to_try(name: str) -> list[str]:
    """The initials a tile of ``name`` may show, best first: the first word's letter with each telling word's.

    The last word usually tells a product from its neighbours, so it comes
    first; then the words before it; then their second letters.
    """
    words = [w for w in name.split() if w[:1].isalnum()]
    if not words:
        return ["?"]
    if len(words) == 1:
        return [words[0][:2].upper()]
    telling = [w for w in words[1:] if w.casefold() not in _SMALL_WORDS] or words[1:]
    first = words[0][0]
    tried = [first + w[0] for w in reversed(telling)]
    tried += [first + w[1] for w in reversed(telling) if len(w) > 1 and w[1].isalnum()]
    return list(dict.fromkeys(t.upper() for t in tried))


def initials(name: str) -> str:
    """Two capital letters for a placeholder tile: the first word's and the last telling word's.

    ``Bolso de cuero repujado Chakana`` → ``BC``, ``Billetera de cuero repujado Pachamama`` → ``BP``.
    """
    return _initials_to_try(name)[0]


def distinct_initials(names: Sequence[str]) -> dict[str, str]:
    """Initials for each product name, in the catalogue's order, none shown by two products when it can be helped.

    ``Bolso shopper plegable`` after ``Billetera … Pachamama`` (BP) is ``BS``.
    """
    chosen: dict[str, str] = {}
    taken: set[str] = set()
    for name in names:
        if name not in chosen:
            tried = _initials_to_try(name)
            chosen[name] = next((t for t in tried if t not in taken), tried[0])
            taken.add(chosen[name])
    return chosen


def tile_color(key: str) -> QColor:
    """A stable colour for a category outside the catalogue's list (see :func:`category_colors`)."""
    digest = hashlib.blake2s(key.encode("utf-8"), digest_size=2).digest()
    return QColor(Palette.tiles[int.from_bytes(digest, "big") % len(Palette.tiles)])


def category_colors(categories: Sequence[str]) -> dict[str, QColor]:
    """A different colour for each category, in the catalogue's order (round again past the palette's)."""
    return {name: QColor(Palette.tiles[i % len(Palette.tiles)]) for i, name in enumerate(categories)}


def split_in_two(text: str, metrics: QFontMetrics, width: int) -> list[str] | None:
    """``text`` on one line, or split between two words into two lines, each within ``width`` pixels.

    Of the splits that fit, the one with the lines most alike in width; ``None`` when none fits.
    """
    if metrics.horizontalAdvance(text) <= width:
        return [text]
    words = text.split()
    best: tuple[int, list[str]] | None = None
    for cut in range(1, len(words)):
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        a, b = metrics.horizontalAdvance(first), metrics.horizontalAdvance(second)
        if a <= width and b <= width and (best is None or abs(a - b) < best[0]):
            best = (abs(a - b), [first, second])
    return best[1] if best else None


def two_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """Wrap ``text`` on words into at most two lines of ``width`` pixels, eliding the second."""
    words = text.split()
    first = ""
    rest_at = len(words)
    for i, word in enumerate(words):
        candidate = f"{first} {word}".strip()
        if metrics.horizontalAdvance(candidate) > width and first:
            rest_at = i
            break
        first = candidate
    if rest_at == len(words):
        return [metrics.elidedText(first, Qt.TextElideMode.ElideRight, width)]
    second = " ".join(words[rest_at:])
    return [
        metrics.elidedText(first, Qt.TextElideMode.ElideRight, width),
        metrics.elidedText(second, Qt.TextElideMode.ElideRight, width),
    ]


class ProductGridModel(QAbstractListModel):
    """The items currently shown in the grid.

    The model holds the whole catalogue once; a keystroke only changes which
    of its positions are shown (:meth:`show_positions`), nothing is rebuilt.
    """

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._all: Sequence[ItemInfo] = ()
        self._rows: Sequence[int] = ()

    @property
    def items(self) -> tuple[ItemInfo, ...]:
        every = self._all
        return tuple(every[i] for i in self._rows)

    def set_items(self, items: list[ItemInfo]) -> None:
        """Show exactly ``items``."""
        self.show_positions(list(items), range(len(items)))

    def show_positions(self, catalogue: Sequence[ItemInfo], positions: Sequence[int]) -> None:
        """Show the items at ``positions`` of ``catalogue`` (the index's item list, not copied)."""
        self.beginResetModel()
        self._all = catalogue
        self._rows = positions
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._all[self._rows[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.product_name
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{name}\nHecho por {makers}\n{price} · código {code} · {stock} en stock").format(
                name=item.product_name,
                makers=makers_of(item),
                price=money(item.price),
                code=item.code,
                stock=item.stock,
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.product_name}, {money(item.price)}"
        return None


def _name_font(base: QFont, size: float, stretch: int) -> QFont:
    font = QFont(base)
    font.setPointSizeF(size)
    font.setStretch(stretch)
    font.setBold(True)
    return font


class ProductTileDelegate(QStyledItemDelegate):
    """Paints a product tile: photo or initials on the category's colour, name, maker, price and stock."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.photos: TilePhotos | None = None  # none: every tile shows its initials
        self._names: dict[tuple[str, int, str], tuple[float, int, list[str]]] = {}
        self.category_colors: dict[str, QColor] = {}
        self.initials: dict[str, str] = {}  # product name → the initials its placeholder shows

    def name_font(self, name: str, base: QFont, width: int) -> tuple[QFont, list[str]]:
        """The font and the (at most two) lines of a product's name: whole when any of :data:`NAME_FONTS` fits."""
        key = (name, width, base.family())
        if key not in self._names:
            chosen: tuple[float, int, list[str]] | None = None
            for size, stretch in NAME_FONTS:
                lines = split_in_two(name, QFontMetrics(_name_font(base, size, stretch)), width)
                if lines is not None:
                    chosen = (size, stretch, lines)
                    break
            if chosen is None:  # too long at any size: the smallest, the second line cut with "…"
                size, stretch = NAME_FONTS[-1]
                chosen = (size, stretch, two_lines(name, QFontMetrics(_name_font(base, size, stretch)), width))
            self._names[key] = chosen
        size, stretch, lines = self._names[key]
        return _name_font(base, size, stretch), lines

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        view = self.parent()
        if isinstance(view, QListView) and view.gridSize().isValid():
            return view.gridSize()
        return QSize(TILE_MIN_WIDTH, TILE_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        item: ItemInfo | None = index.data(ITEM_ROLE)
        if item is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(option.rect).adjusted(TILE_GAP / 2, TILE_GAP / 2, -TILE_GAP / 2, -TILE_GAP / 2)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)

        outline = QPainterPath()
        outline.addRoundedRect(card, 12, 12)
        painter.fillPath(outline, Palette.color("surface"))

        image = QRectF(card.left(), card.top(), card.width(), round(card.height() * 0.46))
        painter.save()
        painter.setClipPath(outline)
        photo = self.photos.pixmap(item.product_id, image.toRect().size()) if self.photos is not None else None
        if photo is not None:
            source = QRect(
                (photo.width() - image.width()) // 2,
                (photo.height() - image.height()) // 2,
                int(image.width()),
                int(image.height()),
            )
            painter.drawPixmap(image.toRect(), photo, source)
        else:
            color = self.category_colors.get(item.category) or tile_color(item.category)
            self._paint_placeholder(painter, image, self.initials_of(item), color)
        painter.restore()

        self._paint_stock_badge(painter, image, item.stock)

        pad = 8
        text_rect = card.adjusted(pad, image.height() + 6, -pad, -8)
        base = QFont(option.font)

        name_font, name_lines = self.name_font(item.product_name, base, int(text_rect.width()))
        painter.setFont(name_font)
        painter.setPen(Palette.color("text"))
        metrics = QFontMetrics(name_font)
        y = text_rect.top()
        for line in name_lines:
            painter.drawText(
                QRectF(text_rect.left(), y, text_rect.width(), metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line,
            )
            y += metrics.height()

        maker_font = QFont(base)
        maker_font.setPointSizeF(12)
        painter.setFont(maker_font)
        painter.setPen(Palette.color("muted"))
        maker_metrics = QFontMetrics(maker_font)
        maker_text = maker_metrics.elidedText(makers_of(item), Qt.TextElideMode.ElideRight, int(text_rect.width()))
        painter.drawText(
            QRectF(text_rect.left(), y + 1, text_rect.width(), maker_metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            maker_text,
        )

        price_font = QFont(base)
        price_font.setPointSizeF(15)
        price_font.setBold(True)
        painter.setFont(price_font)
        painter.setPen(Palette.color("primary"))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, money(item.price))

        border = Palette.color("primary") if (hovered or selected) else Palette.color("border")
        painter.setPen(QPen(border, 2 if (hovered or selected) else 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(outline)
        painter.restore()

    # -- pieces --------------------------------------------------------------------

    def initials_of(self, item: ItemInfo) -> str:
        """The initials on ``item``'s tile until it has a photo."""
        return self.initials.get(item.product_name) or initials(item.product_name)

    @staticmethod
    def _paint_placeholder(painter: QPainter, rect: QRectF, text: str, color: QColor) -> None:
        """Until the product has a photo: its initials, white on its category's colour."""
        painter.fillRect(rect, color)
        painter.fillRect(QRectF(rect.left(), rect.bottom() - 4, rect.width(), 4), color.darker(120))
        font = QFont(painter.font())
        font.setPointSizeF(min(30.0, rect.height() * 0.36))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(255, 255, 255, 235))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    @staticmethod
    def _paint_stock_badge(painter: QPainter, image: QRectF, stock: int) -> None:
        font = QFont(painter.font())
        font.setPointSizeF(11)
        font.setBold(True)
        painter.setFont(font)
        text = tr("Agotado") if stock == 0 else str(stock)
        metrics = QFontMetrics(font)
        width = max(metrics.horizontalAdvance(text) + 16, 30)
        badge = QRectF(image.right() - width - 8, image.top() + 8, width, metrics.height() + 6)
        path = QPainterPath()
        path.addRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        if stock > 0:
            painter.fillPath(path, QColor(255, 255, 255, 225))
            painter.setPen(Palette.color("text"))
        else:
            painter.fillPath(path, Palette.color("error_text"))
            painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)


class _TileView(QListView):
    """A list view in icon mode whose tiles stretch to fill each row evenly."""

    empty_text = ""

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().paintEvent(event)
        model = self.model()
        if self.empty_text and model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(Palette.color("muted"))
            painter.drawText(
                self.viewport().rect().adjusted(24, 24, -24, -24),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                self.empty_text,
            )
            painter.end()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._fit_tiles()

    def _fit_tiles(self) -> None:
        width = self.viewport().width() - 4
        columns = max(1, width // TILE_MIN_WIDTH)
        tile_width = max(TILE_MIN_WIDTH, width // columns)
        if self.gridSize().width() != tile_width:
            self.setGridSize(QSize(tile_width, TILE_HEIGHT))


class ProductGrid(QWidget):
    """Category tabs and product tiles; a click on a tile chooses that item.

    Signals:
        item_chosen(ItemInfo): a tile was clicked or tapped.
    """

    item_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index = CatalogueIndex([])
        self._text = ""

        self.tabs = QTabBar(self)
        self.tabs.setObjectName("categoryTabs")
        self.tabs.setExpanding(False)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setDrawBase(False)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.currentChanged.connect(self._refilter)

        self.model = ProductGridModel(self)
        self.view = _TileView(self)
        self.view.setObjectName("productGrid")
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setLayoutMode(QListView.LayoutMode.Batched)
        self.view.setBatchSize(200)
        self.view.setUniformItemSizes(True)
        self.view.setWrapping(True)
        self.view.setSpacing(0)
        self.view.setGridSize(QSize(TILE_MIN_WIDTH, TILE_HEIGHT))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Always on: the layout then uses the whole viewport, so tiles fill every row.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.verticalScrollBar().setSingleStep(24)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setMouseTracking(True)
        self.view.setModel(self.model)
        self.tiles = ProductTileDelegate(self.view)
        self.view.setItemDelegate(self.tiles)
        self.view.clicked.connect(self._clicked)
        QScroller.grabGesture(self.view.viewport(), QScroller.ScrollerGestureType.TouchGesture)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.tabs)
        layout.addWidget(self.view, 1)

    # -- public --------------------------------------------------------------------

    def set_photos(self, source: TilePhotos) -> None:
        """Show products' photos from ``source`` on their tiles (read as the tiles are painted)."""
        self.view.itemDelegate().photos = source  # type: ignore[attr-defined]
        source.ready.connect(self.view.viewport().update)

    def set_index(self, index: CatalogueIndex) -> None:
        """Show a freshly loaded catalogue, keeping the chosen category when it still exists."""
        current = self.current_category()
        self._index = index
        self.tiles.category_colors = category_colors(index.categories())
        # Initials told apart across the whole catalogue once the screen is up: it reads every item,
        # which the start never does (until then a tile shows its own initials).
        self.tiles.initials = {}
        after_start(self, PREPARE_DELAY_MS, self._tell_initials_apart)
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        self.tabs.addTab(self.tr("Todos"))
        for name in index.categories():
            self.tabs.addTab(name)
            self.tabs.setTabData(self.tabs.count() - 1, name)
        chosen = 0
        for i in range(1, self.tabs.count()):
            if self.tabs.tabData(i) == current:
                chosen = i
        self.tabs.setCurrentIndex(chosen)
        self.tabs.blockSignals(False)
        self._refilter()
        # Fold the search text once the screen is up, before anyone types (scanning never needs it).
        after_start(self, PREPARE_DELAY_MS, self._prepare_index)

    def _prepare_index(self) -> None:
        """Fold the search text of the catalogue shown now (an index replaced since needs none)."""
        self._index.prepare()

    def _tell_initials_apart(self) -> None:
        """No two products show the same initials, when it can be helped (see :func:`distinct_initials`)."""
        self.tiles.initials = distinct_initials([item.product_name for item in self._index.items])
        self.view.viewport().update()

    @property
    def index(self) -> CatalogueIndex:
        return self._index

    def current_category(self) -> str | None:
        data = self.tabs.tabData(self.tabs.currentIndex()) if self.tabs.count() else None
        return data or None

    def set_filter(self, text: str) -> None:
        """Show only items matching ``text`` (code, product, category, maker; accents ignored)."""
        self._text = text
        self._refilter()

    def matches(self, text: str) -> list[ItemInfo]:
        """The items the grid would show for ``text`` in the current category."""
        return self._index.search(text, self.current_category())

    def visible_items(self) -> tuple[ItemInfo, ...]:
        return self.model.items

    def replace_items(self, fresh: dict[str, ItemInfo]) -> None:
        """Swap in fresh data (new stock) for some items, keeping filter and scroll."""
        if not fresh:
            return
        self._index = self._index.updated(fresh)  # the folded search text is kept, not rebuilt
        scroll = self.view.verticalScrollBar().value()
        self._refilter()
        self.view.verticalScrollBar().setValue(scroll)

    # -- internals -----------------------------------------------------------------

    def _refilter(self, *_: object) -> None:
        self.model.show_positions(self._index.items, self._index.search_positions(self._text, self.current_category()))
        if self._text.strip():
            self.view.empty_text = self.tr("Ningún producto coincide con «{text}».").format(text=self._text.strip())
        elif not self._index.items:
            self.view.empty_text = self.tr("Todavía no hay productos en el catálogo.")
        else:
            self.view.empty_text = self.tr("No hay productos en esta categoría.")
        self.view.viewport().update()

    def _clicked(self, index: QModelIndex) -> None:
        item = index.data(ITEM_ROLE)
        if item is not None:
            self.item_chosen.emit(item)
