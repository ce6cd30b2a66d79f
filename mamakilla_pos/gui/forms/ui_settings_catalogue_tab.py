# Generated from ui/settings_catalogue_tab.ui by pyside6-uic; do not edit. Regenerate with: python ui/compile.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_catalogue_tab.ui'
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

class Ui_CatalogueTab(object):
    def setupUi(self, catalogueTab):
        if not catalogueTab.objectName():
            catalogueTab.setObjectName(u"catalogueTab")
        self.grid = QGridLayout(catalogueTab)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(4)
        self.grid.setContentsMargins(20, 18, 20, 18)
        self.shopPhoneLabel = QLabel(catalogueTab)
        self.shopPhoneLabel.setObjectName(u"shopPhoneLabel")
        self.shopPhoneLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.shopPhoneLabel.setWordWrap(True)

        self.grid.addWidget(self.shopPhoneLabel, 0, 0, 1, 1, Qt.AlignRight|Qt.AlignVCenter)

        self.shopPhoneInput = QLineEdit(catalogueTab)
        self.shopPhoneInput.setObjectName(u"shopPhoneInput")
        self.shopPhoneInput.setMaxLength(32)
        self.shopPhoneInput.setMaximumSize(QSize(260, 16777215))
        self.shopPhoneInput.setPlaceholderText(u"984 123 456")

        self.grid.addWidget(self.shopPhoneInput, 0, 1, 1, 1)

        self.instagramUrlLabel = QLabel(catalogueTab)
        self.instagramUrlLabel.setObjectName(u"instagramUrlLabel")
        self.instagramUrlLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.instagramUrlLabel.setWordWrap(True)

        self.grid.addWidget(self.instagramUrlLabel, 2, 0, 1, 1, Qt.AlignRight|Qt.AlignVCenter)

        self.instagramUrlInput = QLineEdit(catalogueTab)
        self.instagramUrlInput.setObjectName(u"instagramUrlInput")
        self.instagramUrlInput.setMaxLength(1000)
        self.instagramUrlInput.setPlaceholderText(u"https://www.instagram.com/\u2026")

        self.grid.addWidget(self.instagramUrlInput, 2, 1, 1, 1)

        self.instagramUrlHint = QLabel(catalogueTab)
        self.instagramUrlHint.setObjectName(u"instagramUrlHint")
        self.instagramUrlHint.setWordWrap(True)
        self.instagramUrlHint.setProperty(u"role", u"fieldHint")

        self.grid.addWidget(self.instagramUrlHint, 3, 1, 1, 1)

        self.imageBaseUrlLabel = QLabel(catalogueTab)
        self.imageBaseUrlLabel.setObjectName(u"imageBaseUrlLabel")
        self.imageBaseUrlLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.imageBaseUrlLabel.setWordWrap(True)

        self.grid.addWidget(self.imageBaseUrlLabel, 5, 0, 1, 1, Qt.AlignRight|Qt.AlignVCenter)

        self.imageBaseUrlInput = QLineEdit(catalogueTab)
        self.imageBaseUrlInput.setObjectName(u"imageBaseUrlInput")
        self.imageBaseUrlInput.setMaxLength(1000)
        self.imageBaseUrlInput.setPlaceholderText(u"https://\u2026")

        self.grid.addWidget(self.imageBaseUrlInput, 5, 1, 1, 1)

        self.imageBaseUrlHint = QLabel(catalogueTab)
        self.imageBaseUrlHint.setObjectName(u"imageBaseUrlHint")
        self.imageBaseUrlHint.setWordWrap(True)
        self.imageBaseUrlHint.setProperty(u"role", u"fieldHint")

        self.grid.addWidget(self.imageBaseUrlHint, 6, 1, 1, 1)

        self.grid.setRowStretch(8, 1)
        self.grid.setColumnStretch(1, 1)
        self.grid.setRowMinimumHeight(1, 10)
        self.grid.setRowMinimumHeight(4, 10)
        self.grid.setRowMinimumHeight(7, 10)
#if QT_CONFIG(shortcut)
        self.shopPhoneLabel.setBuddy(self.shopPhoneInput)
        self.instagramUrlLabel.setBuddy(self.instagramUrlInput)
        self.imageBaseUrlLabel.setBuddy(self.imageBaseUrlInput)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(catalogueTab)

        QMetaObject.connectSlotsByName(catalogueTab)
    # setupUi

    def retranslateUi(self, catalogueTab):
        self.shopPhoneLabel.setText(QCoreApplication.translate("CatalogueTab", u"Tel\u00e9fono o WhatsApp", None))
        self.instagramUrlLabel.setText(QCoreApplication.translate("CatalogueTab", u"Instagram de la tienda", None))
        self.instagramUrlHint.setText(QCoreApplication.translate("CatalogueTab", u"Sale como c\u00f3digo QR en cada p\u00e1gina del cat\u00e1logo.", None))
        self.imageBaseUrlLabel.setText(QCoreApplication.translate("CatalogueTab", u"Direcci\u00f3n de las im\u00e1genes", None))
        self.imageBaseUrlHint.setText(QCoreApplication.translate("CatalogueTab", u"Donde se suben las tarjetas del cat\u00e1logo a internet: el feed de Meta enlaza cada producto a su tarjeta en esta direcci\u00f3n.", None))
        pass
    # retranslateUi

