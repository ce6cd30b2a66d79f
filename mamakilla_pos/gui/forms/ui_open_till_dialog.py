# Generated from ui/open_till_dialog.ui by pyside6-uic; do not edit. Regenerate with: python ui/compile.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'open_till_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from mamakilla_pos.gui.widgets.denomination_counter import DenominationPanel
from mamakilla_pos.gui.widgets.keypad import Keypad

class Ui_OpenTillDialog(object):
    def setupUi(self, openTillDialog):
        if not openTillDialog.objectName():
            openTillDialog.setObjectName(u"openTillDialog")
        openTillDialog.resize(1180, 720)
        self.dialogLayout = QVBoxLayout(openTillDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(openTillDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.dialogLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(openTillDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.hintLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(14)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.countPanel_PEN = DenominationPanel(openTillDialog)
        self.countPanel_PEN.setObjectName(u"countPanel_PEN")
        self.countPanel_PEN.setCurrency(u"PEN")

        self.bodyLayout.addWidget(self.countPanel_PEN)

        self.sideLayout = QVBoxLayout()
        self.sideLayout.setSpacing(10)
        self.sideLayout.setObjectName(u"sideLayout")
        self.countPanel_USD = DenominationPanel(openTillDialog)
        self.countPanel_USD.setObjectName(u"countPanel_USD")
        self.countPanel_USD.setCurrency(u"USD")

        self.sideLayout.addWidget(self.countPanel_USD)

        self.keypad = Keypad(openTillDialog)
        self.keypad.setObjectName(u"keypad")
        self.keypad.setMaximumSize(QSize(340, 16777215))

        self.sideLayout.addWidget(self.keypad)

        self.sideLayout.setStretch(1, 1)

        self.bodyLayout.addLayout(self.sideLayout)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setSpacing(12)
        self.rightLayout.setObjectName(u"rightLayout")
        self.floatLabel = QLabel(openTillDialog)
        self.floatLabel.setObjectName(u"floatLabel")
        self.floatLabel.setWordWrap(True)

        self.rightLayout.addWidget(self.floatLabel)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightLayout.addItem(self.rightSpacer)

        self.errorLabel = QLabel(openTillDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.rightLayout.addWidget(self.errorLabel)

        self.openTillButton = QPushButton(openTillDialog)
        self.openTillButton.setObjectName(u"openTillButton")
        self.openTillButton.setMinimumSize(QSize(0, 56))
        font = QFont()
        font.setPointSize(15)
        font.setBold(True)
        self.openTillButton.setFont(font)
        self.openTillButton.setAutoDefault(False)
        self.openTillButton.setProperty(u"role", u"primary")

        self.rightLayout.addWidget(self.openTillButton)

        self.cancelButton = QPushButton(openTillDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setMinimumSize(QSize(0, 56))
        font1 = QFont()
        font1.setPointSize(15)
        self.cancelButton.setFont(font1)
        self.cancelButton.setAutoDefault(False)

        self.rightLayout.addWidget(self.cancelButton)


        self.bodyLayout.addLayout(self.rightLayout)

        self.bodyLayout.setStretch(0, 5)
        self.bodyLayout.setStretch(1, 4)
        self.bodyLayout.setStretch(2, 3)

        self.dialogLayout.addLayout(self.bodyLayout)

        self.dialogLayout.setStretch(2, 1)
        QWidget.setTabOrder(self.openTillButton, self.cancelButton)

        self.retranslateUi(openTillDialog)
        self.openTillButton.clicked.connect(openTillDialog.accept)
        self.cancelButton.clicked.connect(openTillDialog.reject)

        QMetaObject.connectSlotsByName(openTillDialog)
    # setupUi

    def retranslateUi(self, openTillDialog):
        openTillDialog.setWindowTitle(QCoreApplication.translate("OpenTillDialog", u"Abrir la caja", None))
        self.hintLabel.setText(QCoreApplication.translate("OpenTillDialog", u"Cuente el dinero con el que empieza (el fondo para dar vuelto): escriba cu\u00e1ntos billetes y monedas hay de cada uno. Enter pasa a la fila siguiente.", None))
        self.openTillButton.setText(QCoreApplication.translate("OpenTillDialog", u"Abrir la caja", None))
        self.cancelButton.setText(QCoreApplication.translate("OpenTillDialog", u"Cancelar (Esc)", None))
    # retranslateUi

