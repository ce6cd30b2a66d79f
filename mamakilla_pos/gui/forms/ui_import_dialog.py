# Generated from ui/import_dialog.ui by pyside6-uic; do not edit. Regenerate with: python ui/compile.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QHeaderView,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

from mamakilla_pos.gui.catalogue_common import Banner

class Ui_ImportProductsDialog(object):
    def setupUi(self, importDialog):
        if not importDialog.objectName():
            importDialog.setObjectName(u"importDialog")
        self.dialogLayout = QVBoxLayout(importDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(importDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setProperty(u"role", u"title")

        self.dialogLayout.addWidget(self.titleLabel)

        self.explainLabel = QLabel(importDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)
        self.explainLabel.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.explainLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.importFile = QLabel(importDialog)
        self.importFile.setObjectName(u"importFile")
        self.importFile.setWordWrap(True)

        self.fileRow.addWidget(self.importFile)

        self.chooseFileButton = QPushButton(importDialog)
        self.chooseFileButton.setObjectName(u"chooseFileButton")
        self.chooseFileButton.setMinimumSize(QSize(0, 44))
        self.chooseFileButton.setAutoDefault(False)

        self.fileRow.addWidget(self.chooseFileButton)

        self.fileRow.setStretch(0, 1)

        self.dialogLayout.addLayout(self.fileRow)

        self.importPreview = QTableView(importDialog)
        self.importPreview.setObjectName(u"importPreview")
        self.importPreview.setTabKeyNavigation(False)

        self.dialogLayout.addWidget(self.importPreview)

        self.importMessage = Banner(importDialog)
        self.importMessage.setObjectName(u"importMessage")

        self.dialogLayout.addWidget(self.importMessage)

        self.importErrors = QListWidget(importDialog)
        self.importErrors.setObjectName(u"importErrors")
        self.importErrors.setMaximumSize(QSize(16777215, 170))
        self.importErrors.setStyleSheet(u"QListWidget { color: #9B1C22; font-size: 13pt; }")

        self.dialogLayout.addWidget(self.importErrors)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.closeButton = QPushButton(importDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setMinimumSize(QSize(0, 56))
        self.closeButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.closeButton)

        self.importButton = QPushButton(importDialog)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setEnabled(False)
        self.importButton.setMinimumSize(QSize(0, 56))
        self.importButton.setAutoDefault(False)
        self.importButton.setProperty(u"role", u"primary")

        self.buttonsLayout.addWidget(self.importButton)


        self.dialogLayout.addLayout(self.buttonsLayout)

        self.dialogLayout.setStretch(3, 1)
        QWidget.setTabOrder(self.chooseFileButton, self.importPreview)
        QWidget.setTabOrder(self.importPreview, self.importErrors)
        QWidget.setTabOrder(self.importErrors, self.importButton)
        QWidget.setTabOrder(self.importButton, self.closeButton)

        self.retranslateUi(importDialog)
        self.closeButton.clicked.connect(importDialog.reject)

        QMetaObject.connectSlotsByName(importDialog)
    # setupUi

    def retranslateUi(self, importDialog):
        importDialog.setWindowTitle(QCoreApplication.translate("ImportProductsDialog", u"Importar productos", None))
        self.titleLabel.setText(QCoreApplication.translate("ImportProductsDialog", u"Importar productos desde una planilla", None))
        self.explainLabel.setText(QCoreApplication.translate("ImportProductsDialog", u"Una planilla CSV o Excel con las columnas code, product, category, price, makers, quantity, location. En makers: \u00abRosa Quispe\u00bb o \u00abRosa Quispe:2;Ana Huam\u00e1n:1\u00bb. Si una fila tiene un error no se importa nada.", None))
        self.importFile.setText(QCoreApplication.translate("ImportProductsDialog", u"Ning\u00fan archivo elegido", None))
        self.chooseFileButton.setText(QCoreApplication.translate("ImportProductsDialog", u"Elegir archivo\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("ImportProductsDialog", u"Cerrar", None))
        self.importButton.setText(QCoreApplication.translate("ImportProductsDialog", u"Importar", None))
    # retranslateUi

