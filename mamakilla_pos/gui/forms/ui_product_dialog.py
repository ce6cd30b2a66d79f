# Generated from ui/product_dialog.ui by pyside6-uic; do not edit. Regenerate with: python ui/compile.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'product_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ProductDialog(object):
    def setupUi(self, productDialog):
        if not productDialog.objectName():
            productDialog.setObjectName(u"productDialog")
        productDialog.setMinimumSize(QSize(640, 0))
        self.dialogLayout = QVBoxLayout(productDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(productDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setProperty(u"role", u"title")

        self.dialogLayout.addWidget(self.titleLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setVerticalSpacing(10)
        self.nameLabel = QLabel(productDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.productNameInput = QLineEdit(productDialog)
        self.productNameInput.setObjectName(u"productNameInput")
        self.productNameInput.setMaxLength(160)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.productNameInput)

        self.categoryLabel = QLabel(productDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryInput = QComboBox(productDialog)
        self.categoryInput.setObjectName(u"categoryInput")
        self.categoryInput.setEditable(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoryInput)

        self.priceLabel = QLabel(productDialog)
        self.priceLabel.setObjectName(u"priceLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.priceLabel)

        self.priceInput = QLineEdit(productDialog)
        self.priceInput.setObjectName(u"priceInput")
        self.priceInput.setPlaceholderText(u"0.00")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.priceInput)

        self.descriptionLabel = QLabel(productDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionInput = QPlainTextEdit(productDialog)
        self.descriptionInput.setObjectName(u"descriptionInput")
        self.descriptionInput.setMinimumSize(QSize(0, 90))
        self.descriptionInput.setMaximumSize(QSize(16777215, 90))
        self.descriptionInput.setTabChangesFocus(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.descriptionInput)

        self.photosLabel = QLabel(productDialog)
        self.photosLabel.setObjectName(u"photosLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.photosLabel)

        self.photosBox = QWidget(productDialog)
        self.photosBox.setObjectName(u"photosBox")
        self.photosLayout = QVBoxLayout(self.photosBox)
        self.photosLayout.setObjectName(u"photosLayout")
        self.photosLayout.setContentsMargins(0, 0, 0, 0)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.photosBox)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(productDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(productDialog)
        self.buttonBox.setObjectName(u"buttonBox")

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.productNameInput)
        self.categoryLabel.setBuddy(self.categoryInput)
        self.priceLabel.setBuddy(self.priceInput)
        self.descriptionLabel.setBuddy(self.descriptionInput)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.productNameInput, self.categoryInput)
        QWidget.setTabOrder(self.categoryInput, self.priceInput)
        QWidget.setTabOrder(self.priceInput, self.descriptionInput)

        self.retranslateUi(productDialog)

        QMetaObject.connectSlotsByName(productDialog)
    # setupUi

    def retranslateUi(self, productDialog):
        productDialog.setWindowTitle(QCoreApplication.translate("ProductDialog", u"Nuevo producto", None))
        self.titleLabel.setText(QCoreApplication.translate("ProductDialog", u"Nuevo producto", None))
        self.nameLabel.setText(QCoreApplication.translate("ProductDialog", u"Nombre", None))
        self.categoryLabel.setText(QCoreApplication.translate("ProductDialog", u"Categor\u00eda", None))
        self.priceLabel.setText(QCoreApplication.translate("ProductDialog", u"Precio (S/)", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ProductDialog", u"Descripci\u00f3n", None))
        self.photosLabel.setText(QCoreApplication.translate("ProductDialog", u"Fotos", None))
    # retranslateUi

