# Generated from ui/backup_dialog.ui by pyside6-uic; do not edit. Regenerate with: python ui/compile.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backup_dialog.ui'
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

class Ui_BackupDialog(object):
    def setupUi(self, backupDialog):
        if not backupDialog.objectName():
            backupDialog.setObjectName(u"backupDialog")
        backupDialog.setMinimumSize(QSize(640, 0))
        self.dialogLayout = QVBoxLayout(backupDialog)
        self.dialogLayout.setSpacing(14)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(28, 24, 28, 24)
        self.titleLabel = QLabel(backupDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.dialogLayout.addWidget(self.titleLabel)

        self.whereLabel = QLabel(backupDialog)
        self.whereLabel.setObjectName(u"whereLabel")
        self.whereLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.whereLabel)

        self.backupMessage = QLabel(backupDialog)
        self.backupMessage.setObjectName(u"backupMessage")
        self.backupMessage.setWordWrap(True)

        self.dialogLayout.addWidget(self.backupMessage)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.closeButton = QPushButton(backupDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonsLayout.addWidget(self.closeButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.restoreButton = QPushButton(backupDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonsLayout.addWidget(self.restoreButton)

        self.backupNowButton = QPushButton(backupDialog)
        self.backupNowButton.setObjectName(u"backupNowButton")
        self.backupNowButton.setProperty(u"role", u"primary")

        self.buttonsLayout.addWidget(self.backupNowButton)


        self.dialogLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(backupDialog)
        self.closeButton.clicked.connect(backupDialog.reject)

        QMetaObject.connectSlotsByName(backupDialog)
    # setupUi

    def retranslateUi(self, backupDialog):
        backupDialog.setWindowTitle(QCoreApplication.translate("BackupDialog", u"Copias de seguridad", None))
        self.titleLabel.setText(QCoreApplication.translate("BackupDialog", u"Copias de seguridad", None))
        self.closeButton.setText(QCoreApplication.translate("BackupDialog", u"Cerrar", None))
        self.restoreButton.setText(QCoreApplication.translate("BackupDialog", u"Restaurar una copia\u2026", None))
        self.backupNowButton.setText(QCoreApplication.translate("BackupDialog", u"Hacer una copia ahora", None))
    # retranslateUi

