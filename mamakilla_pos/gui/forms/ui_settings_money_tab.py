# Generated from ui/settings_money_tab.ui by pyside6-uic; do not edit. Regenerate with: python ui/compile.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_money_tab.ui'
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

class Ui_MoneyTab(object):
    def setupUi(self, moneyTab):
        if not moneyTab.objectName():
            moneyTab.setObjectName(u"moneyTab")
        self.grid = QGridLayout(moneyTab)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(4)
        self.grid.setContentsMargins(20, 18, 20, 18)
        self.shareRateLabel = QLabel(moneyTab)
        self.shareRateLabel.setObjectName(u"shareRateLabel")
        self.shareRateLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.shareRateLabel.setWordWrap(True)

        self.grid.addWidget(self.shareRateLabel, 0, 0, 1, 1, Qt.AlignRight|Qt.AlignVCenter)

        self.shareRateInput = QLineEdit(moneyTab)
        self.shareRateInput.setObjectName(u"shareRateInput")
        self.shareRateInput.setMaxLength(12)
        self.shareRateInput.setMaximumSize(QSize(200, 16777215))

        self.grid.addWidget(self.shareRateInput, 0, 1, 1, 1)

        self.shareRateHint = QLabel(moneyTab)
        self.shareRateHint.setObjectName(u"shareRateHint")
        self.shareRateHint.setWordWrap(True)
        self.shareRateHint.setProperty(u"role", u"fieldHint")

        self.grid.addWidget(self.shareRateHint, 1, 1, 1, 1)

        self.usdRateLabel = QLabel(moneyTab)
        self.usdRateLabel.setObjectName(u"usdRateLabel")
        self.usdRateLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.usdRateLabel.setWordWrap(True)

        self.grid.addWidget(self.usdRateLabel, 3, 0, 1, 1, Qt.AlignRight|Qt.AlignVCenter)

        self.usdRateInput = QLineEdit(moneyTab)
        self.usdRateInput.setObjectName(u"usdRateInput")
        self.usdRateInput.setMaxLength(12)
        self.usdRateInput.setMaximumSize(QSize(200, 16777215))

        self.grid.addWidget(self.usdRateInput, 3, 1, 1, 1)

        self.usdRateHint = QLabel(moneyTab)
        self.usdRateHint.setObjectName(u"usdRateHint")
        self.usdRateHint.setWordWrap(True)
        self.usdRateHint.setProperty(u"role", u"fieldHint")

        self.grid.addWidget(self.usdRateHint, 4, 1, 1, 1)

        self.cashRoundingLabel = QLabel(moneyTab)
        self.cashRoundingLabel.setObjectName(u"cashRoundingLabel")
        self.cashRoundingLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.cashRoundingLabel.setWordWrap(True)

        self.grid.addWidget(self.cashRoundingLabel, 6, 0, 1, 1, Qt.AlignRight|Qt.AlignVCenter)

        self.cashRoundingInput = QComboBox(moneyTab)
        self.cashRoundingInput.setObjectName(u"cashRoundingInput")

        self.grid.addWidget(self.cashRoundingInput, 6, 1, 1, 1)

        self.cashRoundingHint = QLabel(moneyTab)
        self.cashRoundingHint.setObjectName(u"cashRoundingHint")
        self.cashRoundingHint.setWordWrap(True)
        self.cashRoundingHint.setProperty(u"role", u"fieldHint")

        self.grid.addWidget(self.cashRoundingHint, 7, 1, 1, 1)

        self.discountLimitLabel = QLabel(moneyTab)
        self.discountLimitLabel.setObjectName(u"discountLimitLabel")
        self.discountLimitLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.discountLimitLabel.setWordWrap(True)

        self.grid.addWidget(self.discountLimitLabel, 9, 0, 1, 1, Qt.AlignRight|Qt.AlignVCenter)

        self.discountLimitInput = QLineEdit(moneyTab)
        self.discountLimitInput.setObjectName(u"discountLimitInput")
        self.discountLimitInput.setMaxLength(12)
        self.discountLimitInput.setMaximumSize(QSize(200, 16777215))

        self.grid.addWidget(self.discountLimitInput, 9, 1, 1, 1)

        self.discountLimitHint = QLabel(moneyTab)
        self.discountLimitHint.setObjectName(u"discountLimitHint")
        self.discountLimitHint.setWordWrap(True)
        self.discountLimitHint.setProperty(u"role", u"fieldHint")

        self.grid.addWidget(self.discountLimitHint, 10, 1, 1, 1)

        self.grid.setRowStretch(12, 1)
        self.grid.setColumnStretch(1, 1)
        self.grid.setRowMinimumHeight(2, 10)
        self.grid.setRowMinimumHeight(5, 10)
        self.grid.setRowMinimumHeight(8, 10)
        self.grid.setRowMinimumHeight(11, 10)
#if QT_CONFIG(shortcut)
        self.shareRateLabel.setBuddy(self.shareRateInput)
        self.usdRateLabel.setBuddy(self.usdRateInput)
        self.cashRoundingLabel.setBuddy(self.cashRoundingInput)
        self.discountLimitLabel.setBuddy(self.discountLimitInput)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(moneyTab)

        QMetaObject.connectSlotsByName(moneyTab)
    # setupUi

    def retranslateUi(self, moneyTab):
        self.shareRateLabel.setText(QCoreApplication.translate("MoneyTab", u"Parte de la artesana (%)", None))
        self.shareRateHint.setText(QCoreApplication.translate("MoneyTab", u"Se aplica a las ventas nuevas; las ventas ya hechas no cambian.", None))
        self.usdRateLabel.setText(QCoreApplication.translate("MoneyTab", u"D\u00f3lar de hoy (S/ por US$ 1)", None))
        self.usdRateHint.setText(QCoreApplication.translate("MoneyTab", u"Cu\u00e1ntos soles vale un d\u00f3lar hoy, por ejemplo 3.70.", None))
        self.cashRoundingLabel.setText(QCoreApplication.translate("MoneyTab", u"Redondeo en efectivo", None))
        self.cashRoundingHint.setText(QCoreApplication.translate("MoneyTab", u"Solo cuando todo se paga en soles en efectivo.", None))
        self.discountLimitLabel.setText(QCoreApplication.translate("MoneyTab", u"Descuento m\u00e1ximo de una vendedora (%)", None))
        self.discountLimitHint.setText(QCoreApplication.translate("MoneyTab", u"Un descuento mayor necesita el PIN de una coordinadora.", None))
        pass
    # retranslateUi

