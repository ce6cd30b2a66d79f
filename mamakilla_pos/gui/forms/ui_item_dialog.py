# Generated from ui/item_dialog.ui by pyside6-uic; do not edit. Regenerate with: python ui/compile.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'item_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ItemDialog(object):
    def setupUi(self, itemDialog):
        if not itemDialog.objectName():
            itemDialog.setObjectName(u"itemDialog")
        itemDialog.setMinimumSize(QSize(680, 0))
        self.dialogLayout = QVBoxLayout(itemDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(itemDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setProperty(u"role", u"title")

        self.dialogLayout.addWidget(self.titleLabel)

        self.explainLabel = QLabel(itemDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)
        self.explainLabel.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.explainLabel)

        self.makersGrid = QGridLayout()
        self.makersGrid.setObjectName(u"makersGrid")
        self.makersGrid.setHorizontalSpacing(12)
        self.makerHeading = QLabel(itemDialog)
        self.makerHeading.setObjectName(u"makerHeading")

        self.makersGrid.addWidget(self.makerHeading, 0, 0, 1, 1)

        self.weightHeading = QLabel(itemDialog)
        self.weightHeading.setObjectName(u"weightHeading")

        self.makersGrid.addWidget(self.weightHeading, 0, 1, 1, 1)

        self.maker0 = QComboBox(itemDialog)
        self.maker0.setObjectName(u"maker0")

        self.makersGrid.addWidget(self.maker0, 1, 0, 1, 1)

        self.weight0 = QComboBox(itemDialog)
        self.weight0.setObjectName(u"weight0")
        self.weight0.setMinimumSize(QSize(100, 0))

        self.makersGrid.addWidget(self.weight0, 1, 1, 1, 1)

        self.maker1 = QComboBox(itemDialog)
        self.maker1.setObjectName(u"maker1")

        self.makersGrid.addWidget(self.maker1, 2, 0, 1, 1)

        self.weight1 = QComboBox(itemDialog)
        self.weight1.setObjectName(u"weight1")
        self.weight1.setMinimumSize(QSize(100, 0))

        self.makersGrid.addWidget(self.weight1, 2, 1, 1, 1)

        self.maker2 = QComboBox(itemDialog)
        self.maker2.setObjectName(u"maker2")

        self.makersGrid.addWidget(self.maker2, 3, 0, 1, 1)

        self.weight2 = QComboBox(itemDialog)
        self.weight2.setObjectName(u"weight2")
        self.weight2.setMinimumSize(QSize(100, 0))

        self.makersGrid.addWidget(self.weight2, 3, 1, 1, 1)

        self.maker3 = QComboBox(itemDialog)
        self.maker3.setObjectName(u"maker3")

        self.makersGrid.addWidget(self.maker3, 4, 0, 1, 1)

        self.weight3 = QComboBox(itemDialog)
        self.weight3.setObjectName(u"weight3")
        self.weight3.setMinimumSize(QSize(100, 0))

        self.makersGrid.addWidget(self.weight3, 4, 1, 1, 1)

        self.makersGrid.setColumnStretch(0, 1)

        self.dialogLayout.addLayout(self.makersGrid)

        self.makerRow = QHBoxLayout()
        self.makerRow.setObjectName(u"makerRow")
        self.noMakersHint = QLabel(itemDialog)
        self.noMakersHint.setObjectName(u"noMakersHint")
        self.noMakersHint.setWordWrap(True)
        self.noMakersHint.setProperty(u"role", u"hint")

        self.makerRow.addWidget(self.noMakersHint)

        self.newMakerButton = QPushButton(itemDialog)
        self.newMakerButton.setObjectName(u"newMakerButton")
        self.newMakerButton.setMinimumSize(QSize(0, 44))
        self.newMakerButton.setAutoDefault(False)

        self.makerRow.addWidget(self.newMakerButton)

        self.makerRow.setStretch(0, 1)

        self.dialogLayout.addLayout(self.makerRow)

        self.codeRow = QFormLayout()
        self.codeRow.setObjectName(u"codeRow")
        self.codeLabel = QLabel(itemDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.codeRow.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeInput = QLineEdit(itemDialog)
        self.codeInput.setObjectName(u"codeInput")

        self.codeRow.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeInput)


        self.dialogLayout.addLayout(self.codeRow)

        self.errorLabel = QLabel(itemDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(itemDialog)
        self.buttonBox.setObjectName(u"buttonBox")

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeInput)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.maker0, self.weight0)
        QWidget.setTabOrder(self.weight0, self.maker1)
        QWidget.setTabOrder(self.maker1, self.weight1)
        QWidget.setTabOrder(self.weight1, self.maker2)
        QWidget.setTabOrder(self.maker2, self.weight2)
        QWidget.setTabOrder(self.weight2, self.maker3)
        QWidget.setTabOrder(self.maker3, self.weight3)
        QWidget.setTabOrder(self.weight3, self.newMakerButton)
        QWidget.setTabOrder(self.newMakerButton, self.codeInput)

        self.retranslateUi(itemDialog)

        QMetaObject.connectSlotsByName(itemDialog)
    # setupUi

    def retranslateUi(self, itemDialog):
        itemDialog.setWindowTitle(QCoreApplication.translate("ItemDialog", u"Art\u00edculo", None))
        self.explainLabel.setText(QCoreApplication.translate("ItemDialog", u"Elija qui\u00e9n lo hizo. Si lo hicieron entre varias, ponga el peso de cada una: por ejemplo costura 2 y bordado 1. La participaci\u00f3n se reparte seg\u00fan esos pesos.", None))
        self.makerHeading.setText(QCoreApplication.translate("ItemDialog", u"Artesana", None))
        self.weightHeading.setText(QCoreApplication.translate("ItemDialog", u"Peso", None))
        self.noMakersHint.setText(QCoreApplication.translate("ItemDialog", u"Todav\u00eda no hay artesanas: agregue a quien lo hizo con \u00ab+ Nueva artesana\u2026\u00bb.", None))
        self.newMakerButton.setText(QCoreApplication.translate("ItemDialog", u"+ Nueva artesana\u2026", None))
        self.codeLabel.setText(QCoreApplication.translate("ItemDialog", u"C\u00f3digo de la etiqueta", None))
        self.codeInput.setPlaceholderText(QCoreApplication.translate("ItemDialog", u"vac\u00edo: se genera (MK000123)", None))
    # retranslateUi

