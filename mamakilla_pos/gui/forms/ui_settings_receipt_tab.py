# Generated from ui/settings_receipt_tab.ui by pyside6-uic; do not edit. Regenerate with: python ui/compile.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_receipt_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QLabel,
    QLineEdit, QSizePolicy, QWidget)

class Ui_ReceiptTab(object):
    def setupUi(self, receiptTab):
        if not receiptTab.objectName():
            receiptTab.setObjectName(u"receiptTab")
        self.grid = QGridLayout(receiptTab)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(4)
        self.grid.setContentsMargins(20, 18, 20, 18)
        self.receiptHeaderLabel = QLabel(receiptTab)
        self.receiptHeaderLabel.setObjectName(u"receiptHeaderLabel")
        self.receiptHeaderLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.receiptHeaderLabel.setWordWrap(True)

        self.grid.addWidget(self.receiptHeaderLabel, 0, 0, 1, 1, Qt.AlignRight|Qt.AlignVCenter)

        self.receiptHeaderInput = QLineEdit(receiptTab)
        self.receiptHeaderInput.setObjectName(u"receiptHeaderInput")
        self.receiptHeaderInput.setMaxLength(1000)

        self.grid.addWidget(self.receiptHeaderInput, 0, 1, 1, 1)

        self.receiptHeaderHint = QLabel(receiptTab)
        self.receiptHeaderHint.setObjectName(u"receiptHeaderHint")
        self.receiptHeaderHint.setWordWrap(True)
        self.receiptHeaderHint.setProperty(u"role", u"fieldHint")

        self.grid.addWidget(self.receiptHeaderHint, 1, 1, 1, 1)

        self.receiptFooterLabel = QLabel(receiptTab)
        self.receiptFooterLabel.setObjectName(u"receiptFooterLabel")
        self.receiptFooterLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.receiptFooterLabel.setWordWrap(True)

        self.grid.addWidget(self.receiptFooterLabel, 3, 0, 1, 1, Qt.AlignRight|Qt.AlignVCenter)

        self.receiptFooterInput = QLineEdit(receiptTab)
        self.receiptFooterInput.setObjectName(u"receiptFooterInput")
        self.receiptFooterInput.setMaxLength(1000)

        self.grid.addWidget(self.receiptFooterInput, 3, 1, 1, 1)

        self.receiptPaperLabel = QLabel(receiptTab)
        self.receiptPaperLabel.setObjectName(u"receiptPaperLabel")
        self.receiptPaperLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.receiptPaperLabel.setWordWrap(True)

        self.grid.addWidget(self.receiptPaperLabel, 5, 0, 1, 1, Qt.AlignRight|Qt.AlignVCenter)

        self.receiptPaperInput = QComboBox(receiptTab)
        self.receiptPaperInput.setObjectName(u"receiptPaperInput")

        self.grid.addWidget(self.receiptPaperInput, 5, 1, 1, 1)

        self.receiptQrLabel = QLabel(receiptTab)
        self.receiptQrLabel.setObjectName(u"receiptQrLabel")
        self.receiptQrLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.receiptQrLabel.setWordWrap(True)

        self.grid.addWidget(self.receiptQrLabel, 7, 0, 1, 1, Qt.AlignRight|Qt.AlignVCenter)

        self.receiptQrInput = QComboBox(receiptTab)
        self.receiptQrInput.setObjectName(u"receiptQrInput")

        self.grid.addWidget(self.receiptQrInput, 7, 1, 1, 1)

        self.afterPaymentLabel = QLabel(receiptTab)
        self.afterPaymentLabel.setObjectName(u"afterPaymentLabel")
        self.afterPaymentLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.afterPaymentLabel.setWordWrap(True)

        self.grid.addWidget(self.afterPaymentLabel, 9, 0, 1, 1, Qt.AlignRight|Qt.AlignVCenter)

        self.afterPaymentInput = QComboBox(receiptTab)
        self.afterPaymentInput.setObjectName(u"afterPaymentInput")

        self.grid.addWidget(self.afterPaymentInput, 9, 1, 1, 1)

        self.printerLabel = QLabel(receiptTab)
        self.printerLabel.setObjectName(u"printerLabel")
        self.printerLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.printerLabel.setWordWrap(True)

        self.grid.addWidget(self.printerLabel, 11, 0, 1, 1, Qt.AlignRight|Qt.AlignVCenter)

        self.printerInput = QComboBox(receiptTab)
        self.printerInput.setObjectName(u"printerInput")

        self.grid.addWidget(self.printerInput, 11, 1, 1, 1)

        self.grid.setRowStretch(13, 1)
        self.grid.setColumnStretch(1, 1)
        self.grid.setRowMinimumHeight(2, 10)
        self.grid.setRowMinimumHeight(4, 10)
        self.grid.setRowMinimumHeight(6, 10)
        self.grid.setRowMinimumHeight(8, 10)
        self.grid.setRowMinimumHeight(10, 10)
        self.grid.setRowMinimumHeight(12, 10)
#if QT_CONFIG(shortcut)
        self.receiptHeaderLabel.setBuddy(self.receiptHeaderInput)
        self.receiptFooterLabel.setBuddy(self.receiptFooterInput)
        self.receiptPaperLabel.setBuddy(self.receiptPaperInput)
        self.receiptQrLabel.setBuddy(self.receiptQrInput)
        self.afterPaymentLabel.setBuddy(self.afterPaymentInput)
        self.printerLabel.setBuddy(self.printerInput)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(receiptTab)

        QMetaObject.connectSlotsByName(receiptTab)
    # setupUi

    def retranslateUi(self, receiptTab):
        self.receiptHeaderLabel.setText(QCoreApplication.translate("ReceiptTab", u"Texto de arriba", None))
        self.receiptHeaderHint.setText(QCoreApplication.translate("ReceiptTab", u"Por ejemplo: NOTA DE VENTA \u2014 no es comprobante de pago", None))
        self.receiptFooterLabel.setText(QCoreApplication.translate("ReceiptTab", u"Texto de abajo", None))
        self.receiptPaperLabel.setText(QCoreApplication.translate("ReceiptTab", u"Papel", None))
        self.receiptQrLabel.setText(QCoreApplication.translate("ReceiptTab", u"C\u00f3digo QR del cat\u00e1logo", None))
        self.afterPaymentLabel.setText(QCoreApplication.translate("ReceiptTab", u"Despu\u00e9s de cobrar", None))
        self.printerLabel.setText(QCoreApplication.translate("ReceiptTab", u"Impresora", None))
        pass
    # retranslateUi

