# Generated from ui/recovery_dialog.ui by pyside6-uic; do not edit. Regenerate with: python ui/compile.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_dialog.ui'
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

class Ui_RecoveryDialog(object):
    def setupUi(self, recoveryDialog):
        if not recoveryDialog.objectName():
            recoveryDialog.setObjectName(u"recoveryDialog")
        recoveryDialog.setMinimumSize(QSize(780, 0))
        self.dialogLayout = QVBoxLayout(recoveryDialog)
        self.dialogLayout.setSpacing(16)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(28, 24, 28, 24)
        self.titleLabel = QLabel(recoveryDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.dialogLayout.addWidget(self.titleLabel)

        self.whatLabel = QLabel(recoveryDialog)
        self.whatLabel.setObjectName(u"whatLabel")
        self.whatLabel.setWordWrap(True)
        self.whatLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.whatLabel)

        self.backupSummary = QLabel(recoveryDialog)
        self.backupSummary.setObjectName(u"backupSummary")
        self.backupSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.backupSummary)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.quitButton = QPushButton(recoveryDialog)
        self.quitButton.setObjectName(u"quitButton")

        self.buttonsLayout.addWidget(self.quitButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.openOtherButton = QPushButton(recoveryDialog)
        self.openOtherButton.setObjectName(u"openOtherButton")

        self.buttonsLayout.addWidget(self.openOtherButton)

        self.restoreBackupButton = QPushButton(recoveryDialog)
        self.restoreBackupButton.setObjectName(u"restoreBackupButton")
        self.restoreBackupButton.setProperty(u"role", u"primary")

        self.buttonsLayout.addWidget(self.restoreBackupButton)


        self.dialogLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(recoveryDialog)
        self.quitButton.clicked.connect(recoveryDialog.reject)

        QMetaObject.connectSlotsByName(recoveryDialog)
    # setupUi

    def retranslateUi(self, recoveryDialog):
        recoveryDialog.setWindowTitle(QCoreApplication.translate("RecoveryDialog", u"Mama Killa POS \u2014 no se puede abrir la base de datos", None))
        self.quitButton.setText(QCoreApplication.translate("RecoveryDialog", u"Salir", None))
        self.openOtherButton.setText(QCoreApplication.translate("RecoveryDialog", u"Abrir otro archivo\u2026", None))
        self.restoreBackupButton.setText(QCoreApplication.translate("RecoveryDialog", u"Restaurar esta copia", None))
    # retranslateUi

