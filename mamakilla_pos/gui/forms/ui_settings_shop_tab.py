# Generated from ui/settings_shop_tab.ui by pyside6-uic; do not edit. Regenerate with: python ui/compile.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_shop_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QLabel, QLineEdit,
    QSizePolicy, QWidget)

class Ui_ShopTab(object):
    def setupUi(self, shopTab):
        if not shopTab.objectName():
            shopTab.setObjectName(u"shopTab")
        self.grid = QGridLayout(shopTab)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(4)
        self.grid.setContentsMargins(20, 18, 20, 18)
        self.shopNameLabel = QLabel(shopTab)
        self.shopNameLabel.setObjectName(u"shopNameLabel")
        self.shopNameLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.shopNameLabel.setWordWrap(True)

        self.grid.addWidget(self.shopNameLabel, 0, 0, 1, 1, Qt.AlignRight|Qt.AlignVCenter)

        self.shopNameInput = QLineEdit(shopTab)
        self.shopNameInput.setObjectName(u"shopNameInput")
        self.shopNameInput.setMaxLength(1000)

        self.grid.addWidget(self.shopNameInput, 0, 1, 1, 1)

        self.shopAddressLabel = QLabel(shopTab)
        self.shopAddressLabel.setObjectName(u"shopAddressLabel")
        self.shopAddressLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.shopAddressLabel.setWordWrap(True)

        self.grid.addWidget(self.shopAddressLabel, 2, 0, 1, 1, Qt.AlignRight|Qt.AlignVCenter)

        self.shopAddressInput = QLineEdit(shopTab)
        self.shopAddressInput.setObjectName(u"shopAddressInput")
        self.shopAddressInput.setMaxLength(1000)

        self.grid.addWidget(self.shopAddressInput, 2, 1, 1, 1)

        self.shopRucLabel = QLabel(shopTab)
        self.shopRucLabel.setObjectName(u"shopRucLabel")
        self.shopRucLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.shopRucLabel.setWordWrap(True)

        self.grid.addWidget(self.shopRucLabel, 4, 0, 1, 1, Qt.AlignRight|Qt.AlignVCenter)

        self.shopRucInput = QLineEdit(shopTab)
        self.shopRucInput.setObjectName(u"shopRucInput")
        self.shopRucInput.setMaxLength(12)
        self.shopRucInput.setMaximumSize(QSize(260, 16777215))

        self.grid.addWidget(self.shopRucInput, 4, 1, 1, 1)

        self.shopRucHint = QLabel(shopTab)
        self.shopRucHint.setObjectName(u"shopRucHint")
        self.shopRucHint.setWordWrap(True)
        self.shopRucHint.setProperty(u"role", u"fieldHint")

        self.grid.addWidget(self.shopRucHint, 5, 1, 1, 1)

        self.catalogueUrlLabel = QLabel(shopTab)
        self.catalogueUrlLabel.setObjectName(u"catalogueUrlLabel")
        self.catalogueUrlLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.catalogueUrlLabel.setWordWrap(True)

        self.grid.addWidget(self.catalogueUrlLabel, 7, 0, 1, 1, Qt.AlignRight|Qt.AlignVCenter)

        self.catalogueUrlInput = QLineEdit(shopTab)
        self.catalogueUrlInput.setObjectName(u"catalogueUrlInput")
        self.catalogueUrlInput.setMaxLength(1000)
        self.catalogueUrlInput.setPlaceholderText(u"https://\u2026")

        self.grid.addWidget(self.catalogueUrlInput, 7, 1, 1, 1)

        self.catalogueUrlHint = QLabel(shopTab)
        self.catalogueUrlHint.setObjectName(u"catalogueUrlHint")
        self.catalogueUrlHint.setWordWrap(True)
        self.catalogueUrlHint.setProperty(u"role", u"fieldHint")

        self.grid.addWidget(self.catalogueUrlHint, 8, 1, 1, 1)

        self.grid.setRowStretch(10, 1)
        self.grid.setColumnStretch(1, 1)
        self.grid.setRowMinimumHeight(1, 10)
        self.grid.setRowMinimumHeight(3, 10)
        self.grid.setRowMinimumHeight(6, 10)
        self.grid.setRowMinimumHeight(9, 10)
#if QT_CONFIG(shortcut)
        self.shopNameLabel.setBuddy(self.shopNameInput)
        self.shopAddressLabel.setBuddy(self.shopAddressInput)
        self.shopRucLabel.setBuddy(self.shopRucInput)
        self.catalogueUrlLabel.setBuddy(self.catalogueUrlInput)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(shopTab)

        QMetaObject.connectSlotsByName(shopTab)
    # setupUi

    def retranslateUi(self, shopTab):
        self.shopNameLabel.setText(QCoreApplication.translate("ShopTab", u"Nombre de la tienda", None))
        self.shopAddressLabel.setText(QCoreApplication.translate("ShopTab", u"Direcci\u00f3n", None))
        self.shopRucLabel.setText(QCoreApplication.translate("ShopTab", u"RUC", None))
        self.shopRucInput.setPlaceholderText(QCoreApplication.translate("ShopTab", u"sin RUC", None))
        self.shopRucHint.setText(QCoreApplication.translate("ShopTab", u"11 n\u00fameros. D\u00e9jelo vac\u00edo si la tienda no tiene RUC.", None))
        self.catalogueUrlLabel.setText(QCoreApplication.translate("ShopTab", u"Enlace del cat\u00e1logo", None))
        self.catalogueUrlHint.setText(QCoreApplication.translate("ShopTab", u"Sale como c\u00f3digo QR en cada nota de venta. Vac\u00edo: sin QR.", None))
        pass
    # retranslateUi

