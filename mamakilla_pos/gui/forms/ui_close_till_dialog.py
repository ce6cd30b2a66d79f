# Generated from ui/close_till_dialog.ui by pyside6-uic; do not edit. Regenerate with: python ui/compile.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'close_till_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFrame,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from mamakilla_pos.gui.widgets.denomination_counter import DenominationPanel
from mamakilla_pos.gui.widgets.keypad import Keypad

class Ui_CloseTillDialog(object):
    def setupUi(self, closeTillDialog):
        if not closeTillDialog.objectName():
            closeTillDialog.setObjectName(u"closeTillDialog")
        closeTillDialog.resize(1346, 730)
        self.dialogLayout = QVBoxLayout(closeTillDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(14, 10, 14, 10)
        self.headingLayout = QHBoxLayout()
        self.headingLayout.setObjectName(u"headingLayout")
        self.titleLabel = QLabel(closeTillDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.headingLayout.addWidget(self.titleLabel)

        self.headingSpacer = QSpacerItem(16, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.headingLayout.addItem(self.headingSpacer)

        self.sinceLabel = QLabel(closeTillDialog)
        self.sinceLabel.setObjectName(u"sinceLabel")
        self.sinceLabel.setProperty(u"role", u"hint")

        self.headingLayout.addWidget(self.sinceLabel)

        self.headingLayout.setStretch(2, 1)

        self.dialogLayout.addLayout(self.headingLayout)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(12)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.countPanel_PEN = DenominationPanel(closeTillDialog)
        self.countPanel_PEN.setObjectName(u"countPanel_PEN")
        self.countPanel_PEN.setCurrency(u"PEN")

        self.bodyLayout.addWidget(self.countPanel_PEN)

        self.middleLayout = QVBoxLayout()
        self.middleLayout.setSpacing(10)
        self.middleLayout.setObjectName(u"middleLayout")
        self.countPanel_USD = DenominationPanel(closeTillDialog)
        self.countPanel_USD.setObjectName(u"countPanel_USD")
        self.countPanel_USD.setCurrency(u"USD")

        self.middleLayout.addWidget(self.countPanel_USD)

        self.middleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.middleLayout.addItem(self.middleSpacer)

        self.keypad = Keypad(closeTillDialog)
        self.keypad.setObjectName(u"keypad")
        self.keypad.setMaximumSize(QSize(16777215, 250))

        self.middleLayout.addWidget(self.keypad)

        self.middleLayout.setStretch(1, 1)

        self.bodyLayout.addLayout(self.middleLayout)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setSpacing(10)
        self.rightLayout.setObjectName(u"rightLayout")
        self.summaryPanel = QFrame(closeTillDialog)
        self.summaryPanel.setObjectName(u"summaryPanel")
        self.summaryLayout = QVBoxLayout(self.summaryPanel)
        self.summaryLayout.setSpacing(6)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryLayout.setContentsMargins(14, 10, 14, 10)
        self.figuresGrid = QGridLayout()
        self.figuresGrid.setObjectName(u"figuresGrid")
        self.figuresGrid.setHorizontalSpacing(14)
        self.figuresGrid.setVerticalSpacing(2)
        self.figuresHead_PEN = QLabel(self.summaryPanel)
        self.figuresHead_PEN.setObjectName(u"figuresHead_PEN")
        self.figuresHead_PEN.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing)
        self.figuresHead_PEN.setProperty(u"role", u"figureCaption")

        self.figuresGrid.addWidget(self.figuresHead_PEN, 0, 1, 1, 1)

        self.figuresHead_USD = QLabel(self.summaryPanel)
        self.figuresHead_USD.setObjectName(u"figuresHead_USD")
        self.figuresHead_USD.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing)
        self.figuresHead_USD.setProperty(u"role", u"figureCaption")

        self.figuresGrid.addWidget(self.figuresHead_USD, 0, 2, 1, 1)

        self.figuresCaption_1 = QLabel(self.summaryPanel)
        self.figuresCaption_1.setObjectName(u"figuresCaption_1")
        self.figuresCaption_1.setProperty(u"role", u"figureCaption")

        self.figuresGrid.addWidget(self.figuresCaption_1, 1, 0, 1, 1)

        self.expected_PEN = QLabel(self.summaryPanel)
        self.expected_PEN.setObjectName(u"expected_PEN")
        self.expected_PEN.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.expected_PEN.setProperty(u"role", u"figure")

        self.figuresGrid.addWidget(self.expected_PEN, 1, 1, 1, 1)

        self.expected_USD = QLabel(self.summaryPanel)
        self.expected_USD.setObjectName(u"expected_USD")
        self.expected_USD.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.expected_USD.setProperty(u"role", u"figure")

        self.figuresGrid.addWidget(self.expected_USD, 1, 2, 1, 1)

        self.figuresCaption_2 = QLabel(self.summaryPanel)
        self.figuresCaption_2.setObjectName(u"figuresCaption_2")
        self.figuresCaption_2.setProperty(u"role", u"figureCaption")

        self.figuresGrid.addWidget(self.figuresCaption_2, 2, 0, 1, 1)

        self.counted_PEN = QLabel(self.summaryPanel)
        self.counted_PEN.setObjectName(u"counted_PEN")
        self.counted_PEN.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.counted_PEN.setProperty(u"role", u"figure")

        self.figuresGrid.addWidget(self.counted_PEN, 2, 1, 1, 1)

        self.counted_USD = QLabel(self.summaryPanel)
        self.counted_USD.setObjectName(u"counted_USD")
        self.counted_USD.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.counted_USD.setProperty(u"role", u"figure")

        self.figuresGrid.addWidget(self.counted_USD, 2, 2, 1, 1)

        self.figuresCaption_3 = QLabel(self.summaryPanel)
        self.figuresCaption_3.setObjectName(u"figuresCaption_3")
        self.figuresCaption_3.setProperty(u"role", u"figureCaption")

        self.figuresGrid.addWidget(self.figuresCaption_3, 3, 0, 1, 1)

        self.difference_PEN = QLabel(self.summaryPanel)
        self.difference_PEN.setObjectName(u"difference_PEN")
        self.difference_PEN.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.difference_PEN.setProperty(u"role", u"figure")

        self.figuresGrid.addWidget(self.difference_PEN, 3, 1, 1, 1)

        self.difference_USD = QLabel(self.summaryPanel)
        self.difference_USD.setObjectName(u"difference_USD")
        self.difference_USD.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.difference_USD.setProperty(u"role", u"figure")

        self.figuresGrid.addWidget(self.difference_USD, 3, 2, 1, 1)

        self.verdict_PEN = QLabel(self.summaryPanel)
        self.verdict_PEN.setObjectName(u"verdict_PEN")
        self.verdict_PEN.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.verdict_PEN.setProperty(u"role", u"figureCaption")

        self.figuresGrid.addWidget(self.verdict_PEN, 4, 1, 1, 1)

        self.verdict_USD = QLabel(self.summaryPanel)
        self.verdict_USD.setObjectName(u"verdict_USD")
        self.verdict_USD.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.verdict_USD.setProperty(u"role", u"figureCaption")

        self.figuresGrid.addWidget(self.verdict_USD, 4, 2, 1, 1)

        self.figuresGrid.setColumnStretch(0, 1)

        self.summaryLayout.addLayout(self.figuresGrid)

        self.expectedExplanation = QLabel(self.summaryPanel)
        self.expectedExplanation.setObjectName(u"expectedExplanation")
        self.expectedExplanation.setWordWrap(True)
        self.expectedExplanation.setProperty(u"role", u"explain")

        self.summaryLayout.addWidget(self.expectedExplanation)

        self.roundingLabel = QLabel(self.summaryPanel)
        self.roundingLabel.setObjectName(u"roundingLabel")
        self.roundingLabel.setProperty(u"role", u"explain")

        self.summaryLayout.addWidget(self.roundingLabel)

        self.nonCashTitle = QLabel(self.summaryPanel)
        self.nonCashTitle.setObjectName(u"nonCashTitle")
        self.nonCashTitle.setWordWrap(True)
        self.nonCashTitle.setProperty(u"role", u"figureCaption")

        self.summaryLayout.addWidget(self.nonCashTitle)

        self.nonCashTree = QTreeWidget(self.summaryPanel)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(1, u"2")
        __qtreewidgetitem.setText(0, u"1")
        self.nonCashTree.setHeaderItem(__qtreewidgetitem)
        self.nonCashTree.setObjectName(u"nonCashTree")
        self.nonCashTree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.nonCashTree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.nonCashTree.setRootIsDecorated(False)
        self.nonCashTree.setColumnCount(2)
        self.nonCashTree.header().setVisible(False)

        self.summaryLayout.addWidget(self.nonCashTree)

        self.noteLabel = QLabel(self.summaryPanel)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.summaryLayout.addWidget(self.noteLabel)

        self.noteInput = QLineEdit(self.summaryPanel)
        self.noteInput.setObjectName(u"noteInput")
        self.noteInput.setMaxLength(300)

        self.summaryLayout.addWidget(self.noteInput)

        self.errorLabel = QLabel(self.summaryPanel)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.summaryLayout.addWidget(self.errorLabel)

        self.summaryLayout.setStretch(4, 1)

        self.rightLayout.addWidget(self.summaryPanel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.xReportButton = QPushButton(closeTillDialog)
        self.xReportButton.setObjectName(u"xReportButton")
        self.xReportButton.setMinimumSize(QSize(0, 56))
        font = QFont()
        font.setPointSize(15)
        self.xReportButton.setFont(font)
        self.xReportButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.xReportButton)

        self.cancelButton = QPushButton(closeTillDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setMinimumSize(QSize(0, 56))
        self.cancelButton.setFont(font)
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)

        self.closeTillButton = QPushButton(closeTillDialog)
        self.closeTillButton.setObjectName(u"closeTillButton")
        self.closeTillButton.setMinimumSize(QSize(0, 56))
        font1 = QFont()
        font1.setPointSize(15)
        font1.setBold(True)
        self.closeTillButton.setFont(font1)
        self.closeTillButton.setAutoDefault(False)
        self.closeTillButton.setProperty(u"role", u"primary")

        self.buttonsLayout.addWidget(self.closeTillButton)

        self.buttonsLayout.setStretch(0, 1)
        self.buttonsLayout.setStretch(1, 1)
        self.buttonsLayout.setStretch(2, 2)

        self.rightLayout.addLayout(self.buttonsLayout)

        self.rightLayout.setStretch(0, 1)

        self.bodyLayout.addLayout(self.rightLayout)

        self.bodyLayout.setStretch(2, 1)

        self.dialogLayout.addLayout(self.bodyLayout)

        self.dialogLayout.setStretch(1, 1)
        QWidget.setTabOrder(self.noteInput, self.closeTillButton)
        QWidget.setTabOrder(self.closeTillButton, self.xReportButton)
        QWidget.setTabOrder(self.xReportButton, self.cancelButton)

        self.retranslateUi(closeTillDialog)
        self.closeTillButton.clicked.connect(closeTillDialog.accept)
        self.cancelButton.clicked.connect(closeTillDialog.reject)

        QMetaObject.connectSlotsByName(closeTillDialog)
    # setupUi

    def retranslateUi(self, closeTillDialog):
        self.figuresHead_PEN.setText(QCoreApplication.translate("CloseTillDialog", u"Soles", None))
        self.figuresHead_USD.setText(QCoreApplication.translate("CloseTillDialog", u"D\u00f3lares", None))
        self.figuresCaption_1.setText(QCoreApplication.translate("CloseTillDialog", u"Debe haber", None))
        self.figuresCaption_2.setText(QCoreApplication.translate("CloseTillDialog", u"Contado", None))
        self.figuresCaption_3.setText(QCoreApplication.translate("CloseTillDialog", u"Diferencia", None))
        self.nonCashTitle.setText(QCoreApplication.translate("CloseTillDialog", u"Yape, Plin, tarjeta y transferencias: compare con el celular", None))
        self.noteInput.setPlaceholderText(QCoreApplication.translate("CloseTillDialog", u"Ej.: se dio vuelto de m\u00e1s", None))
#if QT_CONFIG(tooltip)
        self.xReportButton.setToolTip(QCoreApplication.translate("CloseTillDialog", u"Ver e imprimir las cifras hasta ahora, sin cerrar la caja", None))
#endif // QT_CONFIG(tooltip)
        self.xReportButton.setText(QCoreApplication.translate("CloseTillDialog", u"Informe X", None))
        self.cancelButton.setText(QCoreApplication.translate("CloseTillDialog", u"Cancelar", None))
        self.closeTillButton.setText(QCoreApplication.translate("CloseTillDialog", u"Cerrar la caja", None))
        pass
    # retranslateUi

