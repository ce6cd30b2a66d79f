# Generated from ui/setup_dialog.ui by pyside6-uic; do not edit. Regenerate with: python ui/compile.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SetupDialog(object):
    def setupUi(self, setupDialog):
        if not setupDialog.objectName():
            setupDialog.setObjectName(u"setupDialog")
        setupDialog.setMinimumSize(QSize(640, 0))
        self.dialogLayout = QVBoxLayout(setupDialog)
        self.dialogLayout.setSpacing(14)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(24, 20, 24, 20)
        self.titleLabel = QLabel(setupDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.dialogLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(setupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.introLabel)

        self.formGrid = QGridLayout()
        self.formGrid.setObjectName(u"formGrid")
        self.formGrid.setHorizontalSpacing(14)
        self.formGrid.setVerticalSpacing(12)
        self.shopNameLabel = QLabel(setupDialog)
        self.shopNameLabel.setObjectName(u"shopNameLabel")

        self.formGrid.addWidget(self.shopNameLabel, 0, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.shopNameInput = QLineEdit(setupDialog)
        self.shopNameInput.setObjectName(u"shopNameInput")

        self.formGrid.addWidget(self.shopNameInput, 0, 1, 1, 1)

        self.shopAddressLabel = QLabel(setupDialog)
        self.shopAddressLabel.setObjectName(u"shopAddressLabel")

        self.formGrid.addWidget(self.shopAddressLabel, 1, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.shopAddressInput = QLineEdit(setupDialog)
        self.shopAddressInput.setObjectName(u"shopAddressInput")

        self.formGrid.addWidget(self.shopAddressInput, 1, 1, 1, 1)

        self.tillSeriesLabel = QLabel(setupDialog)
        self.tillSeriesLabel.setObjectName(u"tillSeriesLabel")

        self.formGrid.addWidget(self.tillSeriesLabel, 2, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.tillSeriesInput = QLineEdit(setupDialog)
        self.tillSeriesInput.setObjectName(u"tillSeriesInput")
        self.tillSeriesInput.setMaxLength(8)

        self.formGrid.addWidget(self.tillSeriesInput, 2, 1, 1, 1)

        self.seriesHint = QLabel(setupDialog)
        self.seriesHint.setObjectName(u"seriesHint")
        self.seriesHint.setWordWrap(True)
        self.seriesHint.setProperty(u"role", u"hint")

        self.formGrid.addWidget(self.seriesHint, 3, 1, 1, 1)

        self.formGrid.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.formGrid)

        self.setupError = QLabel(setupDialog)
        self.setupError.setObjectName(u"setupError")
        self.setupError.setWordWrap(True)
        self.setupError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.setupError)

        self.joinShopButton = QPushButton(setupDialog)
        self.joinShopButton.setObjectName(u"joinShopButton")
        self.joinShopButton.setAutoDefault(False)

        self.dialogLayout.addWidget(self.joinShopButton, 0, Qt.AlignmentFlag.AlignLeft)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.demoButton = QPushButton(setupDialog)
        self.demoButton.setObjectName(u"demoButton")
        self.demoButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.demoButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(setupDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setProperty(u"role", u"primary")

        self.buttonsLayout.addWidget(self.saveButton)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.shopNameLabel.setBuddy(self.shopNameInput)
        self.shopAddressLabel.setBuddy(self.shopAddressInput)
        self.tillSeriesLabel.setBuddy(self.tillSeriesInput)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.shopNameInput, self.shopAddressInput)
        QWidget.setTabOrder(self.shopAddressInput, self.tillSeriesInput)
        QWidget.setTabOrder(self.tillSeriesInput, self.demoButton)
        QWidget.setTabOrder(self.demoButton, self.joinShopButton)
        QWidget.setTabOrder(self.joinShopButton, self.saveButton)

        self.retranslateUi(setupDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(setupDialog)
    # setupUi

    def retranslateUi(self, setupDialog):
        setupDialog.setWindowTitle(QCoreApplication.translate("SetupDialog", u"Mama Killa \u2014 primera configuraci\u00f3n", None))
        self.titleLabel.setText(QCoreApplication.translate("SetupDialog", u"\u00a1Bienvenida a la caja de Mama Killa!", None))
        self.introLabel.setText(QCoreApplication.translate("SetupDialog", u"Escriba los datos de la tienda. Salen en cada nota de venta y se pueden cambiar despu\u00e9s. Luego registrar\u00e1 a la primera coordinadora.", None))
        self.shopNameLabel.setText(QCoreApplication.translate("SetupDialog", u"Nombre de la tienda", None))
        self.shopAddressLabel.setText(QCoreApplication.translate("SetupDialog", u"Direcci\u00f3n", None))
        self.tillSeriesLabel.setText(QCoreApplication.translate("SetupDialog", u"Serie de esta caja", None))
        self.seriesHint.setText(QCoreApplication.translate("SetupDialog", u"Cada caja tiene su serie: las notas salen B001-000001, B001-000002\u2026", None))
        self.joinShopButton.setText(QCoreApplication.translate("SetupDialog", u"Unirse a una tienda con servidor\u2026", None))
        self.demoButton.setText(QCoreApplication.translate("SetupDialog", u"Abrir la tienda de demostraci\u00f3n", None))
        self.saveButton.setText(QCoreApplication.translate("SetupDialog", u"Guardar y empezar", None))
    # retranslateUi

