"""The bare-canvas baseline of a PDF document: the same strings, the same font, nothing else.

:func:`record` builds a document once with a canvas that writes down every
string drawn (font, size, position, page); :func:`bare_pdf` then draws those
strings on a plain ReportLab canvas with the same embedded DejaVu faces. What
the app's builder costs beyond that is its layout, its tables and its QR code.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject


@dataclass
class Page:
    size: tuple[float, float]
    strings: list[tuple[str, float, float, float, str]] = field(default_factory=list)  # font, size, x, y, text


@dataclass
class Recording:
    pages: list[Page]

    @property
    def strings(self) -> int:
        return sum(len(p.strings) for p in self.pages)


class _RecordingText(PDFTextObject):
    def __init__(self, canvas: _RecordingCanvas, x: float = 0, y: float = 0, direction: Any = None) -> None:
        super().__init__(canvas, x, y, direction)
        self._recorder = canvas

    def textOut(self, text: str) -> None:
        self._recorder._note(text, self._x, self._y, self._fontname, self._fontsize)
        super().textOut(text)

    def textLine(self, text: str = "") -> None:
        self._recorder._note(text, self._x, self._y, self._fontname, self._fontsize)
        super().textLine(text)


class _RecordingCanvas(Canvas):
    recording: Recording

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.recording = Recording([Page(tuple(self._pagesize))])
        self._forms: dict[str, list[tuple[str, float, float, float, str]]] = {}
        self._form: str | None = None

    def _note(self, text: str, x: float, y: float, font: str, size: float) -> None:
        if text:
            target = self._forms[self._form] if self._form else self.recording.pages[-1].strings
            target.append((font, size, x, y, text))

    # A form drawn once and shown on several pages counts on every page that shows it.
    def beginForm(self, name: str, *args: Any, **kwargs: Any) -> None:
        self._form = name
        self._forms[name] = []
        super().beginForm(name, *args, **kwargs)

    def endForm(self, *args: Any, **kwargs: Any) -> None:
        self._form = None
        super().endForm(*args, **kwargs)

    def doForm(self, name: str) -> None:
        self.recording.pages[-1].strings.extend(self._forms.get(name, []))
        super().doForm(name)

    def drawString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        self._note(text, x, y, self._fontname, self._fontsize)
        super().drawString(x, y, text, *args, **kwargs)

    def drawRightString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        self._note(text, x, y, self._fontname, self._fontsize)
        super().drawRightString(x, y, text, *args, **kwargs)

    def drawCentredString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        self._note(text, x, y, self._fontname, self._fontsize)
        super().drawCentredString(x, y, text, *args, **kwargs)

    def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> PDFTextObject:
        return _RecordingText(self, x, y, direction)

    def showPage(self) -> None:
        super().showPage()
        self.recording.pages.append(Page(tuple(self._pagesize)))

    def setPageSize(self, size: tuple[float, float]) -> None:
        super().setPageSize(size)
        self.recording.pages[-1].size = tuple(size)  # type: ignore[assignment]


@contextmanager
def _patched(module: Any, holder: list[_RecordingCanvas]):  # type: ignore[no-untyped-def]
    """``Canvas`` replaced where the builder finds it: its module, or ReportLab's (imported late)."""
    from reportlab.pdfgen import canvas as canvas_module

    def make(*args: Any, **kwargs: Any) -> _RecordingCanvas:
        canvas = _RecordingCanvas(*args, **kwargs)
        holder.append(canvas)
        return canvas

    places = [m for m in (module, canvas_module) if getattr(m, "Canvas", None) is not None]
    originals = [(m, m.Canvas) for m in places]
    for m in places:
        m.Canvas = make
    try:
        yield
    finally:
        for m, original in originals:
            m.Canvas = original


def record(module: Any, build: Callable[[], bytes]) -> Recording:
    """Run ``build`` with ``module.Canvas`` replaced by a recording canvas; what was drawn."""
    holder: list[_RecordingCanvas] = []
    with _patched(module, holder):
        build()
    recording = holder[-1].recording
    if recording.pages and not recording.pages[-1].strings and len(recording.pages) > 1:
        recording.pages.pop()  # the empty page opened by the last showPage
    return recording


def bare_pdf(recording: Recording, compress: bool = False) -> bytes:
    """Draw the recorded strings on a plain canvas: the baseline a document builder is compared with.

    ``compress`` should be what the builder does (page streams compressed or
    not), so that only the work of laying out differs.
    """
    saved = rl_config.useA85
    rl_config.useA85 = 0  # as the builders that compress do
    try:
        out = io.BytesIO()
        c = Canvas(out, pagesize=recording.pages[0].size, pageCompression=1 if compress else 0)
        for page in recording.pages:
            c.setPageSize(page.size)
            for font, size, x, y, text in page.strings:
                c.setFont(font, size)
                c.drawString(x, y, text)
            c.showPage()
        c.save()
        return out.getvalue()
    finally:
        rl_config.useA85 = saved
