# Generated from ui/cash_move_dialog.ui by pyside6-uic; do not edit. Regenerate with: python ui/compile.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cash_move_dialog.ui'
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

from mamakilla_pos.gui.widgets.keypad import Keypad

class Ui_CashMoveDialog(object):
    def setupUi(self, cashMoveDialog):
        if not cashMoveDialog.objectName():
            cashMoveDialog.setObjectName(u"cashMoveDialog")
        cashMoveDialog.resize(980, 640)
        self.dialogLayout = QVBoxLayout(cashMoveDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(cashMoveDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.dialogLayout.addWidget(self.titleLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(18)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.formLayout = QVBoxLayout()
        self.formLayout.setSpacing(8)
        self.formLayout.setObjectName(u"formLayout")
        self.directionLayout = QHBoxLayout()
        self.directionLayout.setObjectName(u"directionLayout")
        self.direction_out = QPushButton(cashMoveDialog)
        self.direction_out.setObjectName(u"direction_out")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.direction_out.sizePolicy().hasHeightForWidth())
        self.direction_out.setSizePolicy(sizePolicy)
        self.direction_out.setCheckable(True)
        self.direction_out.setAutoDefault(False)
        self.direction_out.setProperty(u"role", u"choice")

        self.directionLayout.addWidget(self.direction_out)

        self.direction_in = QPushButton(cashMoveDialog)
        self.direction_in.setObjectName(u"direction_in")
        sizePolicy.setHeightForWidth(self.direction_in.sizePolicy().hasHeightForWidth())
        self.direction_in.setSizePolicy(sizePolicy)
        self.direction_in.setCheckable(True)
        self.direction_in.setAutoDefault(False)
        self.direction_in.setProperty(u"role", u"choice")

        self.directionLayout.addWidget(self.direction_in)


        self.formLayout.addLayout(self.directionLayout)

        self.currencyLayout = QHBoxLayout()
        self.currencyLayout.setObjectName(u"currencyLayout")
        self.currency_PEN = QPushButton(cashMoveDialog)
        self.currency_PEN.setObjectName(u"currency_PEN")
        sizePolicy.setHeightForWidth(self.currency_PEN.sizePolicy().hasHeightForWidth())
        self.currency_PEN.setSizePolicy(sizePolicy)
        self.currency_PEN.setCheckable(True)
        self.currency_PEN.setAutoDefault(False)
        self.currency_PEN.setProperty(u"role", u"choice")

        self.currencyLayout.addWidget(self.currency_PEN)

        self.currency_USD = QPushButton(cashMoveDialog)
        self.currency_USD.setObjectName(u"currency_USD")
        sizePolicy.setHeightForWidth(self.currency_USD.sizePolicy().hasHeightForWidth())
        self.currency_USD.setSizePolicy(sizePolicy)
        self.currency_USD.setCheckable(True)
        self.currency_USD.setAutoDefault(False)
        self.currency_USD.setProperty(u"role", u"choice")

        self.currencyLayout.addWidget(self.currency_USD)


        self.formLayout.addLayout(self.currencyLayout)

        self.amountCaption = QLabel(cashMoveDialog)
        self.amountCaption.setObjectName(u"amountCaption")
        self.amountCaption.setProperty(u"role", u"figureCaption")

        self.formLayout.addWidget(self.amountCaption)

        self.amountInput = QLineEdit(cashMoveDialog)
        self.amountInput.setObjectName(u"amountInput")
        self.amountInput.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.amountInput.setPlaceholderText(u"0.00")

        self.formLayout.addWidget(self.amountInput)

        self.drawerLabel = QLabel(cashMoveDialog)
        self.drawerLabel.setObjectName(u"drawerLabel")
        self.drawerLabel.setWordWrap(True)
        self.drawerLabel.setProperty(u"role", u"hint")

        self.formLayout.addWidget(self.drawerLabel)

        self.reasonCaption = QLabel(cashMoveDialog)
        self.reasonCaption.setObjectName(u"reasonCaption")
        self.reasonCaption.setProperty(u"role", u"figureCaption")

        self.formLayout.addWidget(self.reasonCaption)

        self.reasonsGrid = QGridLayout()
        self.reasonsGrid.setSpacing(8)
        self.reasonsGrid.setObjectName(u"reasonsGrid")

        self.formLayout.addLayout(self.reasonsGrid)

        self.detailLabel = QLabel(cashMoveDialog)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setProperty(u"role", u"hint")

        self.formLayout.addWidget(self.detailLabel)

        self.detailInput = QLineEdit(cashMoveDialog)
        self.detailInput.setObjectName(u"detailInput")
        self.detailInput.setMaxLength(120)

        self.formLayout.addWidget(self.detailInput)

        self.errorLabel = QLabel(cashMoveDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.formLayout.addWidget(self.errorLabel)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formLayout.addItem(self.formSpacer)

        self.formLayout.setStretch(10, 1)

        self.bodyLayout.addLayout(self.formLayout)

        self.sideLayout = QVBoxLayout()
        self.sideLayout.setObjectName(u"sideLayout")
        self.keypad = Keypad(cashMoveDialog)
        self.keypad.setObjectName(u"keypad")
        self.keypad.setMinimumSize(QSize(300, 0))

        self.sideLayout.addWidget(self.keypad)

        self.confirmMoveButton = QPushButton(cashMoveDialog)
        self.confirmMoveButton.setObjectName(u"confirmMoveButton")
        self.confirmMoveButton.setMinimumSize(QSize(0, 56))
        font = QFont()
        font.setPointSize(15)
        font.setBold(True)
        self.confirmMoveButton.setFont(font)
        self.confirmMoveButton.setAutoDefault(False)
        self.confirmMoveButton.setProperty(u"role", u"primary")

        self.sideLayout.addWidget(self.confirmMoveButton)

        self.cancelButton = QPushButton(cashMoveDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setMinimumSize(QSize(0, 56))
        font1 = QFont()
        font1.setPointSize(15)
        self.cancelButton.setFont(font1)
        self.cancelButton.setAutoDefault(False)

        self.sideLayout.addWidget(self.cancelButton)

        self.sideLayout.setStretch(0, 1)

        self.bodyLayout.addLayout(self.sideLayout)

        self.bodyLayout.setStretch(0, 3)
        self.bodyLayout.setStretch(1, 2)

        self.dialogLayout.addLayout(self.bodyLayout)

        self.dialogLayout.setStretch(1, 1)
        QWidget.setTabOrder(self.direction_out, self.direction_in)
        QWidget.setTabOrder(self.direction_in, self.currency_PEN)
        QWidget.setTabOrder(self.currency_PEN, self.currency_USD)
        QWidget.setTabOrder(self.currency_USD, self.amountInput)
        QWidget.setTabOrder(self.amountInput, self.detailInput)
        QWidget.setTabOrder(self.detailInput, self.confirmMoveButton)
        QWidget.setTabOrder(self.confirmMoveButton, self.cancelButton)

        self.retranslateUi(cashMoveDialog)
        self.confirmMoveButton.clicked.connect(cashMoveDialog.accept)
        self.cancelButton.clicked.connect(cashMoveDialog.reject)

        QMetaObject.connectSlotsByName(cashMoveDialog)
    # setupUi

    def retranslateUi(self, cashMoveDialog):
        self.direction_out.setText(QCoreApplication.translate("CashMoveDialog", u"Sacar dinero", None))
        self.direction_in.setText(QCoreApplication.translate("CashMoveDialog", u"Poner dinero", None))
        self.currency_PEN.setText(QCoreApplication.translate("CashMoveDialog", u"Soles (S/)", None))
        self.currency_USD.setText(QCoreApplication.translate("CashMoveDialog", u"D\u00f3lares (US$)", None))
        self.amountCaption.setText(QCoreApplication.translate("CashMoveDialog", u"Monto", None))
        self.reasonCaption.setText(QCoreApplication.translate("CashMoveDialog", u"Motivo", None))
        self.confirmMoveButton.setText(QCoreApplication.translate("CashMoveDialog", u"Registrar", None))
        self.cancelButton.setText(QCoreApplication.translate("CashMoveDialog", u"Cancelar (Esc)", None))
        pass
    # retranslateUi

