# Generated from ui/payment_dialog.ui by pyside6-uic; do not edit. Regenerate with: python ui/compile.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'payment_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFrame, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QVBoxLayout, QWidget)

from mamakilla_pos.gui.widgets.keypad import Keypad

class Ui_PaymentDialog(object):
    def setupUi(self, PaymentDialog):
        if not PaymentDialog.objectName():
            PaymentDialog.setObjectName(u"PaymentDialog")
        PaymentDialog.resize(1180, 660)
        PaymentDialog.setMinimumSize(QSize(1080, 620))
        font = QFont()
        font.setPointSize(13)
        PaymentDialog.setFont(font)
        PaymentDialog.setStyleSheet(u"QPushButton {\n"
"  background: #FFFFFF;\n"
"  border: 1px solid #DDD5CC;\n"
"  border-radius: 8px;\n"
"  padding: 6px 10px;\n"
"  color: #2A2220;\n"
"}\n"
"QPushButton:hover { border-color: #6B2D5C; }\n"
"QPushButton:pressed { background: #EFE2EC; }\n"
"QPushButton:checked {\n"
"  background: #6B2D5C;\n"
"  border-color: #4F1F44;\n"
"  color: white;\n"
"}\n"
"QPushButton:disabled {\n"
"  background: #F0ECE7;\n"
"  border-color: #E8E2DB;\n"
"  color: #A59A94;\n"
"}\n"
"#quick_10, #quick_20, #quick_50, #quick_100, #quick_200 { padding: 6px 2px; }\n"
"QPushButton#confirmPaymentButton {\n"
"  background: #1F7A4D;\n"
"  border-color: #165C3A;\n"
"  color: white;\n"
"}\n"
"QPushButton#confirmPaymentButton:hover { background: #165C3A; }\n"
"QPushButton#confirmPaymentButton:disabled {\n"
"  background: #C9D9D0;\n"
"  border-color: #C9D9D0;\n"
"  color: #F4F1EC;\n"
"}\n"
"QLineEdit {\n"
"  border: 2px solid #DDD5CC;\n"
"  border-radius: 8px;\n"
"  padding: 2px 10px;\n"
"  background: white;\n"
"}\n"
"QLineEdit:focus {"
                        " border-color: #6B2D5C; }\n"
"QFrame#headerFrame, QFrame#footerFrame {\n"
"  background: #FFFFFF;\n"
"  border: 1px solid #DDD5CC;\n"
"  border-radius: 10px;\n"
"}\n"
"QLabel#errorLabel {\n"
"  color: #9B1C22;\n"
"  background: #FBE1E0;\n"
"  border-radius: 8px;\n"
"  padding: 6px 12px;\n"
"}\n"
"QLabel#rateLabel, QLabel#cashHintLabel { color: #6E625C; }\n"
"QListWidget { border: 1px solid #DDD5CC; border-radius: 8px; background: white; }\n"
"QListWidget::item { padding: 6px; }\n"
"QListWidget::item:selected { background: #EFE2EC; color: #2A2220; }")
        self.mainLayout = QVBoxLayout(PaymentDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(14, 12, 14, 12)
        self.headerFrame = QFrame(PaymentDialog)
        self.headerFrame.setObjectName(u"headerFrame")
        self.headerLayout = QHBoxLayout(self.headerFrame)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(14, 6, 14, 6)
        self.paymentTotalLabel = QLabel(self.headerFrame)
        self.paymentTotalLabel.setObjectName(u"paymentTotalLabel")
        font1 = QFont()
        font1.setPointSize(18)
        self.paymentTotalLabel.setFont(font1)
        self.paymentTotalLabel.setText(u"Total: S/ 0.00")

        self.headerLayout.addWidget(self.paymentTotalLabel)

        self.headerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.amountDueLabel = QLabel(self.headerFrame)
        self.amountDueLabel.setObjectName(u"amountDueLabel")
        font2 = QFont()
        font2.setPointSize(26)
        font2.setBold(True)
        self.amountDueLabel.setFont(font2)
        self.amountDueLabel.setText(u"A pagar: S/ 0.00")
        self.amountDueLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.headerLayout.addWidget(self.amountDueLabel)


        self.mainLayout.addWidget(self.headerFrame)

        self.methodsLayout = QHBoxLayout()
        self.methodsLayout.setSpacing(8)
        self.methodsLayout.setObjectName(u"methodsLayout")
        self.method_cash = QPushButton(PaymentDialog)
        self.method_cash.setObjectName(u"method_cash")
        self.method_cash.setMinimumSize(QSize(0, 64))
        font3 = QFont()
        font3.setPointSize(15)
        font3.setBold(True)
        self.method_cash.setFont(font3)
        self.method_cash.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.method_cash.setCheckable(True)
        self.method_cash.setChecked(True)
        self.method_cash.setAutoDefault(False)

        self.methodsLayout.addWidget(self.method_cash)

        self.method_usd = QPushButton(PaymentDialog)
        self.method_usd.setObjectName(u"method_usd")
        self.method_usd.setMinimumSize(QSize(0, 64))
        self.method_usd.setFont(font3)
        self.method_usd.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.method_usd.setCheckable(True)
        self.method_usd.setAutoDefault(False)

        self.methodsLayout.addWidget(self.method_usd)

        self.method_yape = QPushButton(PaymentDialog)
        self.method_yape.setObjectName(u"method_yape")
        self.method_yape.setMinimumSize(QSize(0, 64))
        self.method_yape.setFont(font3)
        self.method_yape.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.method_yape.setCheckable(True)
        self.method_yape.setAutoDefault(False)

        self.methodsLayout.addWidget(self.method_yape)

        self.method_plin = QPushButton(PaymentDialog)
        self.method_plin.setObjectName(u"method_plin")
        self.method_plin.setMinimumSize(QSize(0, 64))
        self.method_plin.setFont(font3)
        self.method_plin.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.method_plin.setCheckable(True)
        self.method_plin.setAutoDefault(False)

        self.methodsLayout.addWidget(self.method_plin)

        self.method_card = QPushButton(PaymentDialog)
        self.method_card.setObjectName(u"method_card")
        self.method_card.setMinimumSize(QSize(0, 64))
        self.method_card.setFont(font3)
        self.method_card.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.method_card.setCheckable(True)
        self.method_card.setAutoDefault(False)

        self.methodsLayout.addWidget(self.method_card)

        self.method_transfer = QPushButton(PaymentDialog)
        self.method_transfer.setObjectName(u"method_transfer")
        self.method_transfer.setMinimumSize(QSize(0, 64))
        self.method_transfer.setFont(font3)
        self.method_transfer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.method_transfer.setCheckable(True)
        self.method_transfer.setAutoDefault(False)

        self.methodsLayout.addWidget(self.method_transfer)


        self.mainLayout.addLayout(self.methodsLayout)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(16)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.entryLayout = QVBoxLayout()
        self.entryLayout.setSpacing(6)
        self.entryLayout.setObjectName(u"entryLayout")
        self.tenderedCaption = QLabel(PaymentDialog)
        self.tenderedCaption.setObjectName(u"tenderedCaption")
        font4 = QFont()
        font4.setPointSize(14)
        font4.setBold(True)
        self.tenderedCaption.setFont(font4)
        self.tenderedCaption.setText(u"Recibido en efectivo (S/)")

        self.entryLayout.addWidget(self.tenderedCaption)

        self.tenderedInput = QLineEdit(PaymentDialog)
        self.tenderedInput.setObjectName(u"tenderedInput")
        self.tenderedInput.setMinimumSize(QSize(0, 64))
        self.tenderedInput.setFont(font2)
        self.tenderedInput.setMaxLength(10)
        self.tenderedInput.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.tenderedInput.setPlaceholderText(u"0.00")

        self.entryLayout.addWidget(self.tenderedInput)

        self.detailStack = QStackedWidget(PaymentDialog)
        self.detailStack.setObjectName(u"detailStack")
        self.detailStack.setMinimumSize(QSize(0, 88))
        self.cashPage = QWidget()
        self.cashPage.setObjectName(u"cashPage")
        self.cashPageLayout = QVBoxLayout(self.cashPage)
        self.cashPageLayout.setObjectName(u"cashPageLayout")
        self.cashPageLayout.setContentsMargins(0, 4, 0, 0)
        self.cashHintLabel = QLabel(self.cashPage)
        self.cashHintLabel.setObjectName(u"cashHintLabel")
        self.cashHintLabel.setFont(font)
        self.cashHintLabel.setText(u"")
        self.cashHintLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.cashHintLabel.setWordWrap(True)

        self.cashPageLayout.addWidget(self.cashHintLabel)

        self.detailStack.addWidget(self.cashPage)
        self.usdPage = QWidget()
        self.usdPage.setObjectName(u"usdPage")
        self.usdPageLayout = QVBoxLayout(self.usdPage)
        self.usdPageLayout.setObjectName(u"usdPageLayout")
        self.usdPageLayout.setContentsMargins(0, 4, 0, 0)
        self.rateLabel = QLabel(self.usdPage)
        self.rateLabel.setObjectName(u"rateLabel")
        font5 = QFont()
        font5.setPointSize(15)
        self.rateLabel.setFont(font5)
        self.rateLabel.setText(u"")
        self.rateLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.rateLabel.setWordWrap(True)

        self.usdPageLayout.addWidget(self.rateLabel)

        self.detailStack.addWidget(self.usdPage)
        self.referencePage = QWidget()
        self.referencePage.setObjectName(u"referencePage")
        self.referencePageLayout = QVBoxLayout(self.referencePage)
        self.referencePageLayout.setSpacing(4)
        self.referencePageLayout.setObjectName(u"referencePageLayout")
        self.referencePageLayout.setContentsMargins(0, 4, 0, 0)
        self.referenceCaption = QLabel(self.referencePage)
        self.referenceCaption.setObjectName(u"referenceCaption")

        self.referencePageLayout.addWidget(self.referenceCaption)

        self.referenceInput = QLineEdit(self.referencePage)
        self.referenceInput.setObjectName(u"referenceInput")
        self.referenceInput.setMinimumSize(QSize(0, 52))
        self.referenceInput.setFont(font1)
        self.referenceInput.setMaxLength(40)

        self.referencePageLayout.addWidget(self.referenceInput)

        self.detailStack.addWidget(self.referencePage)

        self.entryLayout.addWidget(self.detailStack)

        self.quickCaption = QLabel(PaymentDialog)
        self.quickCaption.setObjectName(u"quickCaption")

        self.entryLayout.addWidget(self.quickCaption)

        self.notesStack = QStackedWidget(PaymentDialog)
        self.notesStack.setObjectName(u"notesStack")
        self.penNotesPage = QWidget()
        self.penNotesPage.setObjectName(u"penNotesPage")
        self.quickLayout = QHBoxLayout(self.penNotesPage)
        self.quickLayout.setSpacing(6)
        self.quickLayout.setObjectName(u"quickLayout")
        self.quickLayout.setContentsMargins(0, 0, 0, 0)
        self.quick_10 = QPushButton(self.penNotesPage)
        self.quick_10.setObjectName(u"quick_10")
        self.quick_10.setMinimumSize(QSize(0, 60))
        self.quick_10.setFont(font4)
        self.quick_10.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.quick_10.setText(u"S/ 10")
        self.quick_10.setAutoDefault(False)

        self.quickLayout.addWidget(self.quick_10)

        self.quick_20 = QPushButton(self.penNotesPage)
        self.quick_20.setObjectName(u"quick_20")
        self.quick_20.setMinimumSize(QSize(0, 60))
        self.quick_20.setFont(font4)
        self.quick_20.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.quick_20.setText(u"S/ 20")
        self.quick_20.setAutoDefault(False)

        self.quickLayout.addWidget(self.quick_20)

        self.quick_50 = QPushButton(self.penNotesPage)
        self.quick_50.setObjectName(u"quick_50")
        self.quick_50.setMinimumSize(QSize(0, 60))
        self.quick_50.setFont(font4)
        self.quick_50.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.quick_50.setText(u"S/ 50")
        self.quick_50.setAutoDefault(False)

        self.quickLayout.addWidget(self.quick_50)

        self.quick_100 = QPushButton(self.penNotesPage)
        self.quick_100.setObjectName(u"quick_100")
        self.quick_100.setMinimumSize(QSize(0, 60))
        self.quick_100.setFont(font4)
        self.quick_100.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.quick_100.setText(u"S/ 100")
        self.quick_100.setAutoDefault(False)

        self.quickLayout.addWidget(self.quick_100)

        self.quick_200 = QPushButton(self.penNotesPage)
        self.quick_200.setObjectName(u"quick_200")
        self.quick_200.setMinimumSize(QSize(0, 60))
        self.quick_200.setFont(font4)
        self.quick_200.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.quick_200.setText(u"S/ 200")
        self.quick_200.setAutoDefault(False)

        self.quickLayout.addWidget(self.quick_200)

        self.notesStack.addWidget(self.penNotesPage)
        self.usdNotesPage = QWidget()
        self.usdNotesPage.setObjectName(u"usdNotesPage")
        self.usdQuickLayout = QGridLayout(self.usdNotesPage)
        self.usdQuickLayout.setObjectName(u"usdQuickLayout")
        self.usdQuickLayout.setHorizontalSpacing(6)
        self.usdQuickLayout.setVerticalSpacing(6)
        self.usdQuickLayout.setContentsMargins(0, 0, 0, 0)
        self.quickUsd_1 = QPushButton(self.usdNotesPage)
        self.quickUsd_1.setObjectName(u"quickUsd_1")
        self.quickUsd_1.setMinimumSize(QSize(0, 52))
        self.quickUsd_1.setFont(font4)
        self.quickUsd_1.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.quickUsd_1.setText(u"US$ 1")
        self.quickUsd_1.setAutoDefault(False)

        self.usdQuickLayout.addWidget(self.quickUsd_1, 0, 0, 1, 1)

        self.quickUsd_5 = QPushButton(self.usdNotesPage)
        self.quickUsd_5.setObjectName(u"quickUsd_5")
        self.quickUsd_5.setMinimumSize(QSize(0, 52))
        self.quickUsd_5.setFont(font4)
        self.quickUsd_5.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.quickUsd_5.setText(u"US$ 5")
        self.quickUsd_5.setAutoDefault(False)

        self.usdQuickLayout.addWidget(self.quickUsd_5, 0, 1, 1, 1)

        self.quickUsd_10 = QPushButton(self.usdNotesPage)
        self.quickUsd_10.setObjectName(u"quickUsd_10")
        self.quickUsd_10.setMinimumSize(QSize(0, 52))
        self.quickUsd_10.setFont(font4)
        self.quickUsd_10.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.quickUsd_10.setText(u"US$ 10")
        self.quickUsd_10.setAutoDefault(False)

        self.usdQuickLayout.addWidget(self.quickUsd_10, 0, 2, 1, 1)

        self.quickUsd_20 = QPushButton(self.usdNotesPage)
        self.quickUsd_20.setObjectName(u"quickUsd_20")
        self.quickUsd_20.setMinimumSize(QSize(0, 52))
        self.quickUsd_20.setFont(font4)
        self.quickUsd_20.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.quickUsd_20.setText(u"US$ 20")
        self.quickUsd_20.setAutoDefault(False)

        self.usdQuickLayout.addWidget(self.quickUsd_20, 1, 0, 1, 1)

        self.quickUsd_50 = QPushButton(self.usdNotesPage)
        self.quickUsd_50.setObjectName(u"quickUsd_50")
        self.quickUsd_50.setMinimumSize(QSize(0, 52))
        self.quickUsd_50.setFont(font4)
        self.quickUsd_50.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.quickUsd_50.setText(u"US$ 50")
        self.quickUsd_50.setAutoDefault(False)

        self.usdQuickLayout.addWidget(self.quickUsd_50, 1, 1, 1, 1)

        self.quickUsd_100 = QPushButton(self.usdNotesPage)
        self.quickUsd_100.setObjectName(u"quickUsd_100")
        self.quickUsd_100.setMinimumSize(QSize(0, 52))
        self.quickUsd_100.setFont(font4)
        self.quickUsd_100.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.quickUsd_100.setText(u"US$ 100")
        self.quickUsd_100.setAutoDefault(False)

        self.usdQuickLayout.addWidget(self.quickUsd_100, 1, 2, 1, 1)

        self.notesStack.addWidget(self.usdNotesPage)

        self.entryLayout.addWidget(self.notesStack)

        self.entryButtonsLayout = QHBoxLayout()
        self.entryButtonsLayout.setSpacing(6)
        self.entryButtonsLayout.setObjectName(u"entryButtonsLayout")
        self.quick_exact = QPushButton(PaymentDialog)
        self.quick_exact.setObjectName(u"quick_exact")
        self.quick_exact.setMinimumSize(QSize(0, 56))
        self.quick_exact.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.quick_exact.setAutoDefault(False)

        self.entryButtonsLayout.addWidget(self.quick_exact)

        self.addPaymentButton = QPushButton(PaymentDialog)
        self.addPaymentButton.setObjectName(u"addPaymentButton")
        self.addPaymentButton.setMinimumSize(QSize(0, 56))
        self.addPaymentButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.addPaymentButton.setAutoDefault(False)

        self.entryButtonsLayout.addWidget(self.addPaymentButton)


        self.entryLayout.addLayout(self.entryButtonsLayout)

        self.entrySpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.entryLayout.addItem(self.entrySpacer)


        self.bodyLayout.addLayout(self.entryLayout)

        self.keypad = Keypad(PaymentDialog)
        self.keypad.setObjectName(u"keypad")
        self.keypad.setMaximumSize(QSize(360, 340))

        self.bodyLayout.addWidget(self.keypad)

        self.paymentsLayout = QVBoxLayout()
        self.paymentsLayout.setSpacing(6)
        self.paymentsLayout.setObjectName(u"paymentsLayout")
        self.paymentsCaption = QLabel(PaymentDialog)
        self.paymentsCaption.setObjectName(u"paymentsCaption")
        self.paymentsCaption.setFont(font4)

        self.paymentsLayout.addWidget(self.paymentsCaption)

        self.paymentsList = QListWidget(PaymentDialog)
        self.paymentsList.setObjectName(u"paymentsList")
        font6 = QFont()
        font6.setPointSize(14)
        self.paymentsList.setFont(font6)
        self.paymentsList.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.paymentsList.setWordWrap(True)

        self.paymentsLayout.addWidget(self.paymentsList)

        self.removePaymentButton = QPushButton(PaymentDialog)
        self.removePaymentButton.setObjectName(u"removePaymentButton")
        self.removePaymentButton.setMinimumSize(QSize(0, 52))
        self.removePaymentButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.removePaymentButton.setAutoDefault(False)

        self.paymentsLayout.addWidget(self.removePaymentButton)

        self.receiptLanguageCaption = QLabel(PaymentDialog)
        self.receiptLanguageCaption.setObjectName(u"receiptLanguageCaption")
        font7 = QFont()
        font7.setPointSize(12)
        self.receiptLanguageCaption.setFont(font7)

        self.paymentsLayout.addWidget(self.receiptLanguageCaption)

        self.receiptLanguageLayout = QHBoxLayout()
        self.receiptLanguageLayout.setSpacing(4)
        self.receiptLanguageLayout.setObjectName(u"receiptLanguageLayout")
        self.receiptLanguage_es = QPushButton(PaymentDialog)
        self.receiptLanguage_es.setObjectName(u"receiptLanguage_es")
        self.receiptLanguage_es.setMinimumSize(QSize(0, 44))
        self.receiptLanguage_es.setFont(font7)
        self.receiptLanguage_es.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.receiptLanguage_es.setText(u"Espa\u00f1ol")
        self.receiptLanguage_es.setCheckable(True)
        self.receiptLanguage_es.setAutoDefault(False)

        self.receiptLanguageLayout.addWidget(self.receiptLanguage_es)

        self.receiptLanguage_en = QPushButton(PaymentDialog)
        self.receiptLanguage_en.setObjectName(u"receiptLanguage_en")
        self.receiptLanguage_en.setMinimumSize(QSize(0, 44))
        self.receiptLanguage_en.setFont(font7)
        self.receiptLanguage_en.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.receiptLanguage_en.setText(u"English")
        self.receiptLanguage_en.setCheckable(True)
        self.receiptLanguage_en.setAutoDefault(False)

        self.receiptLanguageLayout.addWidget(self.receiptLanguage_en)

        self.receiptLanguage_fr = QPushButton(PaymentDialog)
        self.receiptLanguage_fr.setObjectName(u"receiptLanguage_fr")
        self.receiptLanguage_fr.setMinimumSize(QSize(0, 44))
        self.receiptLanguage_fr.setFont(font7)
        self.receiptLanguage_fr.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.receiptLanguage_fr.setText(u"Fran\u00e7ais")
        self.receiptLanguage_fr.setCheckable(True)
        self.receiptLanguage_fr.setAutoDefault(False)

        self.receiptLanguageLayout.addWidget(self.receiptLanguage_fr)


        self.paymentsLayout.addLayout(self.receiptLanguageLayout)


        self.bodyLayout.addLayout(self.paymentsLayout)

        self.bodyLayout.setStretch(0, 4)
        self.bodyLayout.setStretch(2, 3)

        self.mainLayout.addLayout(self.bodyLayout)

        self.errorLabel = QLabel(PaymentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setFont(font4)
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.footerFrame = QFrame(PaymentDialog)
        self.footerFrame.setObjectName(u"footerFrame")
        self.footerLayout = QHBoxLayout(self.footerFrame)
        self.footerLayout.setSpacing(12)
        self.footerLayout.setObjectName(u"footerLayout")
        self.footerLayout.setContentsMargins(14, 8, 8, 8)
        self.changeLabel = QLabel(self.footerFrame)
        self.changeLabel.setObjectName(u"changeLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.changeLabel.sizePolicy().hasHeightForWidth())
        self.changeLabel.setSizePolicy(sizePolicy)
        self.changeLabel.setFont(font5)
        self.changeLabel.setText(u"")
        self.changeLabel.setTextFormat(Qt.TextFormat.RichText)

        self.footerLayout.addWidget(self.changeLabel)

        self.cancelButton = QPushButton(self.footerFrame)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setMinimumSize(QSize(170, 68))
        self.cancelButton.setFont(font6)
        self.cancelButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancelButton.setAutoDefault(False)

        self.footerLayout.addWidget(self.cancelButton)

        self.confirmPaymentButton = QPushButton(self.footerFrame)
        self.confirmPaymentButton.setObjectName(u"confirmPaymentButton")
        self.confirmPaymentButton.setEnabled(False)
        self.confirmPaymentButton.setMinimumSize(QSize(260, 68))
        font8 = QFont()
        font8.setPointSize(18)
        font8.setBold(True)
        self.confirmPaymentButton.setFont(font8)
        self.confirmPaymentButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.confirmPaymentButton.setAutoDefault(False)

        self.footerLayout.addWidget(self.confirmPaymentButton)


        self.mainLayout.addWidget(self.footerFrame)

#if QT_CONFIG(shortcut)
        self.tenderedCaption.setBuddy(self.tenderedInput)
        self.referenceCaption.setBuddy(self.referenceInput)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tenderedInput, self.referenceInput)

        self.retranslateUi(PaymentDialog)
        self.cancelButton.clicked.connect(PaymentDialog.reject)

        QMetaObject.connectSlotsByName(PaymentDialog)
    # setupUi

    def retranslateUi(self, PaymentDialog):
        PaymentDialog.setWindowTitle(QCoreApplication.translate("PaymentDialog", u"Cobrar", None))
        self.method_cash.setText(QCoreApplication.translate("PaymentDialog", u"Efectivo S/", None))
        self.method_usd.setText(QCoreApplication.translate("PaymentDialog", u"D\u00f3lares US$", None))
        self.method_yape.setText(QCoreApplication.translate("PaymentDialog", u"Yape", None))
        self.method_plin.setText(QCoreApplication.translate("PaymentDialog", u"Plin", None))
        self.method_card.setText(QCoreApplication.translate("PaymentDialog", u"Tarjeta", None))
        self.method_transfer.setText(QCoreApplication.translate("PaymentDialog", u"Transferencia", None))
        self.referenceCaption.setText(QCoreApplication.translate("PaymentDialog", u"N.\u00ba de operaci\u00f3n", None))
        self.referenceInput.setPlaceholderText(QCoreApplication.translate("PaymentDialog", u"Se ve en el celular del cliente", None))
        self.quickCaption.setText(QCoreApplication.translate("PaymentDialog", u"Billete recibido", None))
#if QT_CONFIG(tooltip)
        self.quick_exact.setToolTip(QCoreApplication.translate("PaymentDialog", u"Poner justo lo que falta pagar (F11 o =)", None))
#endif // QT_CONFIG(tooltip)
        self.quick_exact.setText(QCoreApplication.translate("PaymentDialog", u"Monto exacto (F11)", None))
#if QT_CONFIG(tooltip)
        self.addPaymentButton.setToolTip(QCoreApplication.translate("PaymentDialog", u"Guardar este pago y cobrar el resto con otro m\u00e9todo", None))
#endif // QT_CONFIG(tooltip)
        self.addPaymentButton.setText(QCoreApplication.translate("PaymentDialog", u"+ Agregar pago", None))
        self.paymentsCaption.setText(QCoreApplication.translate("PaymentDialog", u"Pagos agregados", None))
        self.removePaymentButton.setText(QCoreApplication.translate("PaymentDialog", u"Quitar pago", None))
        self.receiptLanguageCaption.setText(QCoreApplication.translate("PaymentDialog", u"Nota de venta en", None))
        self.cancelButton.setText(QCoreApplication.translate("PaymentDialog", u"Cancelar (Esc)", None))
        self.confirmPaymentButton.setText(QCoreApplication.translate("PaymentDialog", u"Cobrar (Enter)", None))
    # retranslateUi

