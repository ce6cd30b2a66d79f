"""Looks into a built PDF the way a printer or a reader would: text, places, colours, fonts, ink.

Test modules run with ``--import-mode=importlib`` and cannot import each
other, so the helpers are handed out as a fixture (``pdfs``).
"""

from __future__ import annotations

import io
import itertools
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest
from helpers import page_texts, pdf_text
from reportlab.pdfbase.pdfmetrics import stringWidth

from mamakilla_pos.documents.fonts import register_fonts

MM = 72 / 25.4

_COLOUR_OPERATORS = {b"rg", b"RG", b"g", b"G", b"k", b"K", b"sc", b"SC", b"scn", b"SCN"}


@dataclass(frozen=True)
class Run:
    """One piece of text as drawn: its left and right edge and baseline (points) on a page."""

    page: int
    left: float
    right: float
    baseline: float
    text: str


class Pdfs:
    """What a PDF holds, read back with pypdf (and with poppler's ``pdftoppm`` for the ink)."""

    @staticmethod
    def read(pdf: bytes) -> pypdf.PdfReader:
        assert pdf.startswith(b"%PDF")
        return pypdf.PdfReader(io.BytesIO(pdf))

    @staticmethod
    def text(pdf: bytes) -> str:
        """All the text, every run of white space (no-break ones too) made one space."""
        return pdf_text(pdf)

    @staticmethod
    def page_texts(pdf: bytes) -> list[str]:
        """Each page's text, every run of white space made one space."""
        return page_texts(pdf)

    def runs(self, pdf: bytes) -> list[Run]:
        """Every text run with its extent, measured with the font it was drawn in."""
        fonts = register_fonts()
        found: list[Run] = []
        for number, page in enumerate(self.read(pdf).pages):

            def visit(text: str, cm: list[float], tm: list[float], font: dict | None, size: float, n=number) -> None:
                if not text.strip():
                    return
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                base = str(font.get("/BaseFont", "")) if font is not None else ""
                face = fonts.bold if "Bold" in base else fonts.mono if "Mono" in base else fonts.regular
                scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
                width = stringWidth(text.rstrip(), face, size * scale)
                lead = stringWidth(text[: len(text) - len(text.lstrip())], face, size * scale)
                found.append(Run(n, x + lead, x + width, y, text.strip()))

            page.extract_text(visitor_text=visit)
        return found

    @staticmethod
    def collisions(runs: list[Run], gap: float = 1.0) -> list[tuple[str, str]]:
        """Pairs of runs on the same line of the same page that overlap or come closer than ``gap`` points."""
        clashes = []
        ordered = sorted(runs, key=lambda r: (r.page, round(r.baseline, 1), r.left))
        for a, b in itertools.pairwise(ordered):
            if a.page == b.page and abs(a.baseline - b.baseline) < 0.5 and b.left < a.right + gap:
                clashes.append((a.text, b.text))
        return clashes

    def colours(self, pdf: bytes) -> set[tuple[float, ...]]:
        """Every fill and stroke colour the pages set, as numbers."""
        found: set[tuple[float, ...]] = set()
        for page in self.read(pdf).pages:
            content = page.get_contents()
            if content is None:
                continue
            for operands, operator in pypdf.generic.ContentStream(content, page.pdf).operations:
                if operator in _COLOUR_OPERATORS:
                    found.add(tuple(round(float(v), 3) for v in operands if isinstance(v, int | float)))
        return found

    def fonts(self, pdf: bytes) -> set[tuple[str, bool]]:
        """``(name, embedded)`` of every font any page lists."""
        found: set[tuple[str, bool]] = set()
        for page in self.read(pdf).pages:
            resources = page.get("/Resources")
            fonts = resources.get_object().get("/Font") if resources is not None else None
            for ref in (fonts.get_object() if fonts is not None else {}).values():
                font = ref.get_object()
                descendants = font.get("/DescendantFonts")
                leaf = descendants[0].get_object() if descendants else font
                descriptor = leaf.get("/FontDescriptor")
                embedded = descriptor is not None and any(
                    key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
                )
                found.add((str(font.get("/BaseFont")), embedded))
        return found

    def ink(self, pdf: bytes, dpi: int = 203) -> list[tuple[float, float, float, float]]:
        """Per page, the box (left, top, right, bottom, in mm from the top left) of everything printed."""
        if shutil.which("pdftoppm") is None:
            pytest.skip("pdftoppm (poppler-utils) is not installed")
        image = pytest.importorskip("PIL.Image")
        boxes = []
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / "doc.pdf"
            source.write_bytes(pdf)
            subprocess.run(["pdftoppm", "-png", "-r", str(dpi), source, Path(folder) / "page"], check=True)
            for png in sorted(Path(folder).glob("page*.png")):
                grey = image.open(png).convert("L").point(lambda v: 255 if v < 200 else 0)
                box = grey.getbbox()
                per_mm = dpi / 25.4
                boxes.append(tuple(v / per_mm for v in box) if box else (0.0, 0.0, 0.0, 0.0))
        return boxes  # type: ignore[return-value]


@pytest.fixture
def pdfs() -> Pdfs:
    """Helpers that read a built PDF back."""
    return Pdfs()
