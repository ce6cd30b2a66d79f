"""The period report and the annual impact report as PDF files.

The figures come from :mod:`.analytics`; the documents are drawn by
:mod:`..documents.period_report` and :mod:`..documents.impact_report`. Both
entry points take an optional ``progress(done, total)`` callback (returning
``False`` cancels: :class:`~.analytics.Cancelled` is raised and no file is
written) so that the screen can run them off its own thread.
"""

from __future__ import annotations

from pathlib import Path

from ..documents.impact_report import LANGUAGES, build_impact_report
from ..documents.period_report import build_period_report
from ..store import Store
from .analytics import PERIOD_STEPS, Period, PeriodReport, ProgressFn, period_report, tick
from .errors import UserError
from .exports import write_bytes
from .impact import ImpactReport, impact_report
from .settings import get_settings

__all__ = [
    "LANGUAGES",
    "impact_pdf",
    "impact_pdf_from",
    "period_pdf",
    "period_pdf_from",
    "save_impact_pdf",
    "save_period_pdf",
]


def _offset(progress: ProgressFn | None, total: int) -> ProgressFn | None:
    """The figures are the first steps of the work; drawing is the last one."""
    if progress is None:
        return None
    return lambda done, steps: progress(done * (total - 1) // max(steps, 1), total)


def period_pdf_from(store: Store, report: PeriodReport) -> bytes:
    """Draw an already computed period report."""
    settings = get_settings(store)
    return build_period_report(report, settings.shop_name, settings.shop_ruc)


def period_pdf(store: Store, period: Period, progress: ProgressFn | None = None) -> bytes:
    """The period report of ``period`` as an A4 PDF.

    Raises:
        Cancelled: ``progress`` returned ``False``.
    """
    total = PERIOD_STEPS + 2
    report = period_report(store, period, _offset(progress, total))
    tick(progress, total - 1, total)
    pdf = period_pdf_from(store, report)
    tick(progress, total, total)
    return pdf


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise UserError(f"idioma desconocido para el informe: {language} (es, en o fr)")


def impact_pdf_from(store: Store, report: ImpactReport, language: str = "es") -> bytes:
    """Draw an already computed impact report in ``language`` (``es``, ``en`` or ``fr``)."""
    _check_language(language)
    settings = get_settings(store)
    return build_impact_report(report, settings.shop_name, language, settings.share_rate, _portraits(store, report))


def _portraits(store: Store, report: ImpactReport) -> list[tuple[str, bytes]]:
    """The main photo of each woman of the report who has one, in the report's order."""
    from sqlalchemy import select

    from ..store.models import Maker
    from .main_photos import main_tiles

    names = [m.maker for m in report.makers]
    with store.session() as session:
        ids: dict[str, int] = {
            name: maker_id
            for name, maker_id in session.execute(select(Maker.name, Maker.id).where(Maker.name.in_(names)))
        }
    pictures = main_tiles(store, ids.values(), "maker")  # 320 px: sharp at 24 mm
    return [(name, pictures[ids[name]]) for name in names if ids.get(name) in pictures]


def impact_pdf(store: Store, year: int, language: str = "es", progress: ProgressFn | None = None) -> bytes:
    """The annual impact report of ``year`` in ``language`` as an A4 PDF.

    Raises:
        UserError: an unknown language.
        Cancelled: ``progress`` returned ``False``.
    """
    _check_language(language)
    total = PERIOD_STEPS + 5
    report = impact_report(store, year, _offset(progress, total))
    tick(progress, total - 1, total)
    pdf = impact_pdf_from(store, report, language)
    tick(progress, total, total)
    return pdf


def save_period_pdf(store: Store, period: Period, path: Path, progress: ProgressFn | None = None) -> Path:
    """Write the period report to ``path`` (only once complete)."""
    return write_bytes(path, period_pdf(store, period, progress))


def save_impact_pdf(
    store: Store, year: int, path: Path, language: str = "es", progress: ProgressFn | None = None
) -> Path:
    """Write the impact report of ``year`` to ``path`` (only once complete)."""
    return write_bytes(path, impact_pdf(store, year, language, progress))
