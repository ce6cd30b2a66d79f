"""The sale screen's catalogue: every active item, held as plain rows, made into items when used.

At 20,000 items the till shows a few dozen tiles, scans a code now and
then, and searches text it folds once in an idle moment. So the catalogue
is kept as the rows it was read as (:class:`TillItems`), and an
:class:`~.views.ItemInfo` is made for a row only when something asks for
it: a tile painted, a code scanned, a line added. Codes, categories and
search text come straight from the rows.

This module loads neither the ORM models nor Qt: the till's start reads the
catalogue through it from the rows read ahead (:mod:`.readahead`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from operator import itemgetter
from typing import TYPE_CHECKING, Any, overload

from ..domain.money import CENT
from ..domain.text import fold
from ..paths import sqlite_path
from .catalogue_views import ItemInfo, MakerPart

if TYPE_CHECKING:
    from ..store import Store

Row = Sequence[Any]
"""``(id, code, product_id, name, category, price_cents, center_made, makers, stock)``.

``makers`` is either the makers in the order of the share split as text,
``"<maker id>:<weight> …"`` (as read ahead), or a tuple of :class:`MakerPart`.
A row read ahead is kept as its JSON text until it is used.
"""

ID, CODE, PRODUCT_ID, NAME, CATEGORY, PRICE_CENTS, CENTER_MADE, MAKERS, STOCK = range(9)


class TillItems(Sequence[ItemInfo]):
    """Items in catalogue order, each made from its row on first use and kept.

    Items made here are ordinary :class:`ItemInfo` objects, equal to ones
    made any other way.
    """

    __slots__ = ("_categories", "_made", "_names", "_parts", "_prices", "_rows", "_text_left")

    def __init__(
        self, rows: list[Any], maker_names: Mapping[int, str], categories: Iterable[str] | None = None
    ) -> None:
        self._rows = rows
        self._names = maker_names
        self._categories = None if categories is None else set(categories)
        self._made: list[ItemInfo | None] = [None] * len(rows)
        self._parts: dict[str, tuple[MakerPart, ...]] = {"": ()}
        self._prices: dict[int, Decimal] = {}
        self._text_left = bool(rows) and isinstance(rows[0], str)  # rows read ahead are all JSON text

    @classmethod
    def of(cls, items: Iterable[ItemInfo]) -> TillItems:
        """Items already made (a list, a test's few), held the same way."""
        made = list(items)
        rows = [
            (
                i.id,
                i.code,
                i.product_id,
                i.product_name,
                i.category,
                None,
                i.center_made,
                i.makers,
                i.stock,
            )
            for i in made
        ]
        held = cls(rows, {})
        held._made = list(made)
        return held

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, position: int) -> ItemInfo: ...

    @overload
    def __getitem__(self, position: slice) -> list[ItemInfo]: ...

    def __getitem__(self, position: int | slice) -> ItemInfo | list[ItemInfo]:
        if isinstance(position, slice):
            return [self[i] for i in range(*position.indices(len(self._rows)))]
        made = self._made[position]
        if made is None:
            made = self._made[position] = self._make(self._row(position))
        return made

    def __iter__(self) -> Iterator[ItemInfo]:
        for position in range(len(self._rows)):
            yield self[position]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<TillItems: {len(self._rows)} items>"

    # -- what the index needs, from the rows ---------------------------------------

    def _row(self, position: int) -> Row:
        row = self._rows[position]
        if isinstance(row, str):
            row = self._rows[position] = json.loads(row)
        return row

    def _all_rows(self) -> list[Row]:
        """Every row, the ones still in JSON text parsed now, all at once (a parse per row costs far more)."""
        rows = self._rows
        if self._text_left:
            left = [position for position, row in enumerate(rows) if isinstance(row, str)]
            parsed = json.loads("[" + ",".join([row for row in rows if isinstance(row, str)]) + "]") if left else []
            for position, row in zip(left, parsed, strict=True):
                rows[position] = row
            self._text_left = False
        return rows

    def codes(self) -> list[str]:
        return list(map(itemgetter(CODE), self._all_rows()))

    def each_category(self) -> list[str]:
        """The category of each item, in catalogue order."""
        return list(map(itemgetter(CATEGORY), self._all_rows()))

    def categories(self) -> set[str]:
        """The distinct categories of the items."""
        if self._categories is None:
            self._categories = set(self.each_category())
        return set(self._categories)

    def search_texts(self) -> Iterator[tuple[str, ...]]:
        """What search-as-you-type looks in, for each item: code, product, category and makers' names."""
        makers = self._makers
        for row in self._all_rows():
            yield (row[CODE], row[NAME], row[CATEGORY], *(part.name for part in makers(row[MAKERS])))

    def replaced(self, fresh: Mapping[int, ItemInfo]) -> TillItems:
        """The same items with those at some positions replaced (fresh stock, say)."""
        copy = TillItems(self._rows, self._names, self._categories)
        copy._parts, copy._prices, copy._text_left = self._parts, self._prices, self._text_left
        copy._made = list(self._made)
        for position, item in fresh.items():
            copy._made[position] = item
        return copy

    # -- making an item --------------------------------------------------------------

    def _makers(self, makers: str | tuple[MakerPart, ...]) -> tuple[MakerPart, ...]:
        if not isinstance(makers, str):
            return makers
        parts = self._parts.get(makers)
        if parts is None:
            names = self._names
            pairs = [pair.split(":") for pair in makers.split()]
            parts = self._parts[makers] = tuple(MakerPart(int(m), names[int(m)], int(w)) for m, w in pairs)
        return parts

    def _make(self, row: Row) -> ItemInfo:
        """The row as an :class:`ItemInfo`, without the frozen dataclass's ``__init__``.

        That ``__init__`` sets each field through ``object.__setattr__``;
        filling the new instance's ``__dict__`` makes the very same object
        (equal, hashable, frozen against later changes) in a third of the time.
        """
        cents = row[PRICE_CENTS]
        price = self._prices.get(cents)
        if price is None:
            price = self._prices[cents] = (Decimal(int(cents)) * CENT).quantize(CENT)
        info = object.__new__(ItemInfo)
        info.__dict__.update(
            id=row[ID],
            code=row[CODE],
            product_id=row[PRODUCT_ID],
            product_name=row[NAME],
            category=row[CATEGORY],
            price=price,
            makers=self._makers(row[MAKERS]),
            center_made=bool(row[CENTER_MADE]),
            stock=int(row[STOCK] or 0),
            active=True,
        )
        return info


assert not hasattr(ItemInfo, "__post_init__") and not hasattr(ItemInfo, "__slots__")  # see TillItems._make


def prefetch(store: Store, location_code: str | None = None) -> None:
    """Start reading the catalogue at ``location_code`` (this till's location when ``None``)
    for the next :func:`load` of ``store`` (see :mod:`.readahead`; SQLite files only).
    """
    from . import readahead

    readahead.start(sqlite_path(store.url), location_code)


def load(store: Store, location_code: str | None = None) -> TillItems:
    """Every active item with its stock (at ``location_code`` when given), by product name.

    Takes the rows read ahead while the till started when they are there (see
    :mod:`.readahead`), else reads them through :func:`.catalogue.catalogue_rows`.
    """
    from ..store.migrate import head_revision
    from . import readahead

    early = readahead.take(sqlite_path(store.url), location_code, head_revision())
    if early is not None:
        return TillItems(early.rows, early.maker_names, early.categories)
    from .catalogue import catalogue_rows

    return TillItems(catalogue_rows(store, location_code), {})


class CatalogueIndex:
    """The catalogue held in memory for search-as-you-type and scanning.

    Searching folds accents and case once, when the index is prepared (each
    distinct product, category and maker name once), so a keystroke over
    20,000 items is a plain substring scan. Typing on narrows the previous
    result instead of scanning again: the items that contain ``bolso b``
    are among those that contain ``bolso``.
    """

    def __init__(self, items: Sequence[ItemInfo], _haystacks: Sequence[str] | None = None) -> None:
        self.items = items if isinstance(items, TillItems) else TillItems.of(items)
        self._codes: dict[str, int] | None = None
        self._haystacks: list[str] | None = None if _haystacks is None else list(_haystacks)
        self._by_category: dict[str, list[int]] | None = None
        self._last: tuple[str, str | None, list[int]] | None = None

    def prepare(self) -> None:
        """Fold the search text of every item now (else the first search does it).

        The till calls this once the sale screen is up, so that neither the
        start nor the first keystroke waits for it; scanning a code never needs it.
        """
        if self._haystacks is None:
            folded: dict[str, str] = {}

            def cached(text: str) -> str:
                found = folded.get(text)
                if found is None:
                    found = folded[text] = fold(text)
                return found

            self._haystacks = [" ".join([cached(part) for part in text]) for text in self.items.search_texts()]

    def _positions(self) -> dict[str, int]:
        if self._codes is None:
            self._codes = {code.casefold(): position for position, code in enumerate(self.items.codes())}
        return self._codes

    def by_code(self, code: str) -> ItemInfo | None:
        """The item with exactly this code (any case), if any."""
        position = self._positions().get(code.strip().casefold())
        return None if position is None else self.items[position]

    def _categories(self) -> dict[str, list[int]]:
        if self._by_category is None:
            by_category: dict[str, list[int]] = {}
            for position, category in enumerate(self.items.each_category()):
                by_category.setdefault(category, []).append(position)
            self._by_category = by_category
        return self._by_category

    def search(self, text: str, category: str | None = None) -> list[ItemInfo]:
        """Items whose code, product, category or maker contain every word of ``text``."""
        items = self.items
        return [items[i] for i in self.search_positions(text, category)]

    def search_positions(self, text: str, category: str | None = None) -> list[int]:
        """Like :meth:`search`, as positions in :attr:`items` (what the till's grid shows)."""
        folded = fold(text)
        words = folded.split()
        if not words and not category:
            everything = list(range(len(self.items)))
            self._last = (folded, category, everything)
            return everything
        if words:
            self.prepare()
        hays: list[str] = self._haystacks or []
        last = self._last
        if last is not None and last[1] == category and folded.startswith(last[0]):
            # Every word typed so far is still there, perhaps longer: only the last matches can match.
            candidates: Sequence[int] | None = last[2]
        elif category:
            candidates = self._categories().get(category, [])
        else:
            candidates = None
        if not words:
            found = list(range(len(self.items))) if candidates is None else list(candidates)
        else:
            words.sort(key=len, reverse=True)  # the longest word rules out the most items first
            first, rest = words[0], words[1:]
            if candidates is None:
                found = [i for i, hay in enumerate(hays) if first in hay]
            else:
                found = [i for i in candidates if first in hays[i]]
            for word in rest:
                found = [i for i in found if word in hays[i]]
        self._last = (folded, category, found)
        return found

    def categories(self) -> list[str]:
        return sorted(self.items.categories() if self._by_category is None else self._by_category)

    def updated(self, fresh: Mapping[str, ItemInfo]) -> CatalogueIndex:
        """A copy with some items replaced by fresh data (new stock), by code; same codes, same names.

        The folded search text is kept, so refreshing stock after a sale
        costs nothing like building the index again.
        """
        positions = self._positions()
        moved = {positions[code.casefold()]: item for code, item in fresh.items() if code.casefold() in positions}
        index = CatalogueIndex(self.items.replaced(moved))
        index._codes, index._by_category = self._codes, self._by_category
        if self._haystacks is not None:
            hays = list(self._haystacks)
            for position, item in moved.items():
                hays[position] = fold(" ".join(_search_text(item)))
            index._haystacks = hays
        return index


def _search_text(item: ItemInfo) -> tuple[str, ...]:
    return (item.code, item.product_name, item.category, *(m.name for m in item.makers))
