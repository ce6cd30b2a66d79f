"""A maker's month as a picture to send her by WhatsApp, or a page to print (from the Artesanas screen)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..services import maker_statement
from ..services.catalogue_docs import slug
from ..services.clock import now
from ..services.errors import UserError
from ..services.exports import write_bytes
from ..store import Store
from .catalogue_common import KIND_COLOURS, big_button, title_label
from .widgets.i18n import QT_TR_NOOP, tr
from .widgets.text import sentence

MONTHS_BACK = 12
MONTH_NAMES = (
    QT_TR_NOOP("Enero"),
    QT_TR_NOOP("Febrero"),
    QT_TR_NOOP("Marzo"),
    QT_TR_NOOP("Abril"),
    QT_TR_NOOP("Mayo"),
    QT_TR_NOOP("Junio"),
    QT_TR_NOOP("Julio"),
    QT_TR_NOOP("Agosto"),
    QT_TR_NOOP("Septiembre"),
    QT_TR_NOOP("Octubre"),
    QT_TR_NOOP("Noviembre"),
    QT_TR_NOOP("Diciembre"),
)


def recent_months(today: date, count: int = MONTHS_BACK) -> list[date]:
    """The first day of this month and of the ``count - 1`` months before it, newest first."""
    months, year, month = [], today.year, today.month
    for _ in range(count):
        months.append(date(year, month, 1))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return months


class MakerStatementDialog(QDialog):
    """Her month in large type: choose the month, look at it, save it as PNG (for WhatsApp) or PDF."""

    def __init__(self, store: Store, maker_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("makerStatementDialog")
        self.store = store
        self.maker_id = maker_id
        self.statement: maker_statement.MakerStatement | None = None
        self.png = b""
        self.last_saved: Path | None = None

        self.month_input = QComboBox(self)
        self.month_input.setObjectName("statementMonth")
        for month in recent_months(now().date()):
            self.month_input.addItem(f"{tr(MONTH_NAMES[month.month - 1])} {month.year}", month)
        self.title = title_label("", self)
        self.preview = QLabel(self)
        self.preview.setObjectName("statementPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(360, 450)
        self.message = QLabel(self)
        self.message.setObjectName("statementMessage")
        self.message.setWordWrap(True)
        self.png_button = big_button(
            self.tr("Guardar imagen (WhatsApp)…"), "saveStatementPngButton", self, self.save_png, "primary"
        )
        self.pdf_button = big_button(self.tr("Guardar PDF…"), "saveStatementPdfButton", self, self.save_pdf)
        close = big_button(self.tr("Cerrar"), "closeButton", self, self.reject)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(QLabel(self.tr("Mes"), self))
        top.addWidget(self.month_input)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(close)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.png_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self.month_input.currentIndexChanged.connect(self.show_month)
        self.show_month()
        self.resize(760, 700)

    @Slot()
    def show_month(self) -> None:
        """Read the chosen month's figures and show the picture."""
        self.statement = maker_statement.maker_statement(self.store, self.maker_id, self.month_input.currentData())
        self.setWindowTitle(self.tr("El mes de {name}").format(name=self.statement.maker))
        self.title.setText(self.windowTitle())
        self.png = maker_statement.statement_png(self.statement)
        pixmap = QPixmap()
        pixmap.loadFromData(self.png)
        self.preview.setPixmap(
            pixmap.scaled(
                self.preview.minimumSize(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.say("")

    def say(self, text: str, kind: str = "info") -> None:
        colour = KIND_COLOURS.get(kind, KIND_COLOURS["info"])[0]
        self.message.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: bold; }}")
        self.message.setText(sentence(text))

    def _file_name(self, suffix: str) -> str:
        assert self.statement is not None
        return f"{slug(self.statement.maker)}-{self.statement.month:%Y-%m}{suffix}"

    def _ask(self, suffix: str, pattern: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Guardar"), str(Path(folder) / self._file_name(suffix)), pattern
        )
        if not path:
            return None
        return Path(path if path.lower().endswith(suffix) else path + suffix)

    def _write(self, path: Path, data: bytes) -> None:
        try:
            write_bytes(path, data)
        except (OSError, UserError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.say(self.tr("No se pudo guardar: {error}").format(error=reason), "error")
            return
        self.last_saved = path
        self.say(self.tr("Guardado en {path}").format(path=path), "success")

    @Slot()
    def save_png(self) -> None:
        path = self._ask(".png", self.tr("Imagen PNG (*.png)"))
        if path is not None:
            self._write(path, self.png)

    @Slot()
    def save_pdf(self) -> None:
        path = self._ask(".pdf", self.tr("PDF (*.pdf)"))
        if path is not None and self.statement is not None:
            self._write(path, maker_statement.statement_pdf(self.statement))

    @classmethod
    def run(cls, parent: QWidget | None, store: Store, maker_id: int) -> None:
        dialog = cls(store, maker_id, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
