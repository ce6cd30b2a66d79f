# Generated from ui/maker_dialog.ui by pyside6-uic; do not edit. Regenerate with: python ui/compile.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'maker_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_MakerDialog(object):
    def setupUi(self, makerDialog):
        if not makerDialog.objectName():
            makerDialog.setObjectName(u"makerDialog")
        makerDialog.setMinimumSize(QSize(700, 0))
        self.dialogLayout = QVBoxLayout(makerDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(makerDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setProperty(u"role", u"title")

        self.dialogLayout.addWidget(self.titleLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setVerticalSpacing(10)
        self.nameLabel = QLabel(makerDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameInput = QLineEdit(makerDialog)
        self.nameInput.setObjectName(u"nameInput")
        self.nameInput.setMaxLength(120)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameInput)

        self.shortCodeLabel = QLabel(makerDialog)
        self.shortCodeLabel.setObjectName(u"shortCodeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.shortCodeLabel)

        self.shortCodeInput = QLineEdit(makerDialog)
        self.shortCodeInput.setObjectName(u"shortCodeInput")
        self.shortCodeInput.setMaximumSize(QSize(260, 16777215))

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.shortCodeInput)

        self.dniLabel = QLabel(makerDialog)
        self.dniLabel.setObjectName(u"dniLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dniLabel)

        self.dniInput = QLineEdit(makerDialog)
        self.dniInput.setObjectName(u"dniInput")
        self.dniInput.setMaximumSize(QSize(260, 16777215))

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dniInput)

        self.phoneLabel = QLabel(makerDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneInput = QLineEdit(makerDialog)
        self.phoneInput.setObjectName(u"phoneInput")
        self.phoneInput.setPlaceholderText(u"984 123 456")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneInput)

        self.joinedRow = QHBoxLayout()
        self.joinedRow.setObjectName(u"joinedRow")
        self.joinedCheck = QCheckBox(makerDialog)
        self.joinedCheck.setObjectName(u"joinedCheck")

        self.joinedRow.addWidget(self.joinedCheck)

        self.joinedInput = QDateEdit(makerDialog)
        self.joinedInput.setObjectName(u"joinedInput")
        self.joinedInput.setMinimumSize(QSize(0, 44))
        self.joinedInput.setDisplayFormat(u"dd/MM/yyyy")
        self.joinedInput.setCalendarPopup(True)

        self.joinedRow.addWidget(self.joinedInput)

        self.joinedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.joinedRow.addItem(self.joinedSpacer)

        self.joinedRow.setStretch(2, 1)

        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.joinedRow)

        self.trainerLabel = QLabel(makerDialog)
        self.trainerLabel.setObjectName(u"trainerLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.trainerLabel)

        self.trainerInput = QComboBox(makerDialog)
        self.trainerInput.setObjectName(u"trainerInput")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.trainerInput)

        self.notesLabel = QLabel(makerDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesInput = QPlainTextEdit(makerDialog)
        self.notesInput.setObjectName(u"notesInput")
        self.notesInput.setMinimumSize(QSize(0, 80))
        self.notesInput.setMaximumSize(QSize(16777215, 80))
        self.notesInput.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notesInput)

        self.photosLabel = QLabel(makerDialog)
        self.photosLabel.setObjectName(u"photosLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.photosLabel)

        self.photosBox = QWidget(makerDialog)
        self.photosBox.setObjectName(u"photosBox")
        self.photosLayout = QVBoxLayout(self.photosBox)
        self.photosLayout.setObjectName(u"photosLayout")
        self.photosLayout.setContentsMargins(0, 0, 0, 0)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.photosBox)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(makerDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(makerDialog)
        self.buttonBox.setObjectName(u"buttonBox")

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameInput)
        self.shortCodeLabel.setBuddy(self.shortCodeInput)
        self.dniLabel.setBuddy(self.dniInput)
        self.phoneLabel.setBuddy(self.phoneInput)
        self.trainerLabel.setBuddy(self.trainerInput)
        self.notesLabel.setBuddy(self.notesInput)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameInput, self.shortCodeInput)
        QWidget.setTabOrder(self.shortCodeInput, self.dniInput)
        QWidget.setTabOrder(self.dniInput, self.phoneInput)
        QWidget.setTabOrder(self.phoneInput, self.joinedCheck)
        QWidget.setTabOrder(self.joinedCheck, self.joinedInput)
        QWidget.setTabOrder(self.joinedInput, self.trainerInput)
        QWidget.setTabOrder(self.trainerInput, self.notesInput)

        self.retranslateUi(makerDialog)

        QMetaObject.connectSlotsByName(makerDialog)
    # setupUi

    def retranslateUi(self, makerDialog):
        self.nameLabel.setText(QCoreApplication.translate("MakerDialog", u"Nombre completo", None))
        self.shortCodeLabel.setText(QCoreApplication.translate("MakerDialog", u"C\u00f3digo corto", None))
        self.shortCodeInput.setPlaceholderText(QCoreApplication.translate("MakerDialog", u"vac\u00edo: sus iniciales", None))
        self.dniLabel.setText(QCoreApplication.translate("MakerDialog", u"DNI", None))
        self.dniInput.setPlaceholderText(QCoreApplication.translate("MakerDialog", u"8 d\u00edgitos (opcional)", None))
        self.phoneLabel.setText(QCoreApplication.translate("MakerDialog", u"Tel\u00e9fono", None))
        self.joinedCheck.setText(QCoreApplication.translate("MakerDialog", u"Fecha de ingreso:", None))
        self.trainerLabel.setText(QCoreApplication.translate("MakerDialog", u"La form\u00f3", None))
        self.notesLabel.setText(QCoreApplication.translate("MakerDialog", u"Notas", None))
        self.photosLabel.setText(QCoreApplication.translate("MakerDialog", u"Fotos", None))
        pass
    # retranslateUi

