# Generated from ui/settings_till_tab.ui by pyside6-uic; do not edit. Regenerate with: python ui/compile.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_till_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QWidget)

class Ui_TillTab(object):
    def setupUi(self, tillTab):
        if not tillTab.objectName():
            tillTab.setObjectName(u"tillTab")
        self.grid = QGridLayout(tillTab)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(4)
        self.grid.setContentsMargins(20, 18, 20, 18)
        self.tillCodeTitle = QLabel(tillTab)
        self.tillCodeTitle.setObjectName(u"tillCodeTitle")
        self.tillCodeTitle.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.tillCodeTitle.setWordWrap(True)

        self.grid.addWidget(self.tillCodeTitle, 0, 0, 1, 1, Qt.AlignRight|Qt.AlignVCenter)

        self.tillCodeLabel = QLabel(tillTab)
        self.tillCodeLabel.setObjectName(u"tillCodeLabel")
        self.tillCodeLabel.setWordWrap(True)
        self.tillCodeLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.grid.addWidget(self.tillCodeLabel, 0, 1, 1, 1)

        self.tillCodeHint = QLabel(tillTab)
        self.tillCodeHint.setObjectName(u"tillCodeHint")
        self.tillCodeHint.setWordWrap(True)
        self.tillCodeHint.setProperty(u"role", u"fieldHint")

        self.grid.addWidget(self.tillCodeHint, 1, 1, 1, 1)

        self.tillSeriesLabel = QLabel(tillTab)
        self.tillSeriesLabel.setObjectName(u"tillSeriesLabel")
        self.tillSeriesLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.tillSeriesLabel.setWordWrap(True)

        self.grid.addWidget(self.tillSeriesLabel, 3, 0, 1, 1, Qt.AlignRight|Qt.AlignVCenter)

        self.tillSeriesInput = QLineEdit(tillTab)
        self.tillSeriesInput.setObjectName(u"tillSeriesInput")
        self.tillSeriesInput.setMaxLength(8)
        self.tillSeriesInput.setMaximumSize(QSize(200, 16777215))

        self.grid.addWidget(self.tillSeriesInput, 3, 1, 1, 1)

        self.tillSeriesHint = QLabel(tillTab)
        self.tillSeriesHint.setObjectName(u"tillSeriesHint")
        self.tillSeriesHint.setWordWrap(True)
        self.tillSeriesHint.setProperty(u"role", u"fieldHint")

        self.grid.addWidget(self.tillSeriesHint, 4, 1, 1, 1)

        self.tillLocationLabel = QLabel(tillTab)
        self.tillLocationLabel.setObjectName(u"tillLocationLabel")
        self.tillLocationLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.tillLocationLabel.setWordWrap(True)

        self.grid.addWidget(self.tillLocationLabel, 6, 0, 1, 1, Qt.AlignRight|Qt.AlignVCenter)

        self.tillLocationInput = QComboBox(tillTab)
        self.tillLocationInput.setObjectName(u"tillLocationInput")

        self.grid.addWidget(self.tillLocationInput, 6, 1, 1, 1)

        self.tillLocationHint = QLabel(tillTab)
        self.tillLocationHint.setObjectName(u"tillLocationHint")
        self.tillLocationHint.setWordWrap(True)
        self.tillLocationHint.setProperty(u"role", u"fieldHint")

        self.grid.addWidget(self.tillLocationHint, 7, 1, 1, 1)

        self.idleLockLabel = QLabel(tillTab)
        self.idleLockLabel.setObjectName(u"idleLockLabel")
        self.idleLockLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.idleLockLabel.setWordWrap(True)

        self.grid.addWidget(self.idleLockLabel, 9, 0, 1, 1, Qt.AlignRight|Qt.AlignVCenter)

        self.idleLockInput = QComboBox(tillTab)
        self.idleLockInput.setObjectName(u"idleLockInput")
        self.idleLockInput.setMaximumSize(QSize(320, 16777215))

        self.grid.addWidget(self.idleLockInput, 9, 1, 1, 1)

        self.idleLockHint = QLabel(tillTab)
        self.idleLockHint.setObjectName(u"idleLockHint")
        self.idleLockHint.setWordWrap(True)
        self.idleLockHint.setProperty(u"role", u"fieldHint")

        self.grid.addWidget(self.idleLockHint, 10, 1, 1, 1)

        self.backupFolderLabel = QLabel(tillTab)
        self.backupFolderLabel.setObjectName(u"backupFolderLabel")
        self.backupFolderLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.backupFolderLabel.setWordWrap(True)

        self.grid.addWidget(self.backupFolderLabel, 12, 0, 1, 1, Qt.AlignRight|Qt.AlignVCenter)

        self.backupRow = QWidget(tillTab)
        self.backupRow.setObjectName(u"backupRow")
        self.backupLayout = QHBoxLayout(self.backupRow)
        self.backupLayout.setSpacing(8)
        self.backupLayout.setObjectName(u"backupLayout")
        self.backupLayout.setContentsMargins(0, 0, 0, 0)
        self.backupFolderInput = QLineEdit(self.backupRow)
        self.backupFolderInput.setObjectName(u"backupFolderInput")
        self.backupFolderInput.setMaxLength(1000)
        self.backupFolderInput.setReadOnly(True)

        self.backupLayout.addWidget(self.backupFolderInput)

        self.chooseBackupButton = QPushButton(self.backupRow)
        self.chooseBackupButton.setObjectName(u"chooseBackupButton")
        self.chooseBackupButton.setAutoDefault(False)

        self.backupLayout.addWidget(self.chooseBackupButton)

        self.defaultBackupButton = QPushButton(self.backupRow)
        self.defaultBackupButton.setObjectName(u"defaultBackupButton")
        self.defaultBackupButton.setAutoDefault(False)

        self.backupLayout.addWidget(self.defaultBackupButton)

        self.backupLayout.setStretch(0, 1)

        self.grid.addWidget(self.backupRow, 12, 1, 1, 1)

        self.backupFolderHint = QLabel(tillTab)
        self.backupFolderHint.setObjectName(u"backupFolderHint")
        self.backupFolderHint.setWordWrap(True)
        self.backupFolderHint.setProperty(u"role", u"fieldHint")

        self.grid.addWidget(self.backupFolderHint, 13, 1, 1, 1)

        self.languageLabel = QLabel(tillTab)
        self.languageLabel.setObjectName(u"languageLabel")
        self.languageLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.languageLabel.setWordWrap(True)

        self.grid.addWidget(self.languageLabel, 15, 0, 1, 1, Qt.AlignRight|Qt.AlignVCenter)

        self.languageInput = QComboBox(tillTab)
        self.languageInput.setObjectName(u"languageInput")

        self.grid.addWidget(self.languageInput, 15, 1, 1, 1)

        self.languageHint = QLabel(tillTab)
        self.languageHint.setObjectName(u"languageHint")
        self.languageHint.setWordWrap(True)
        self.languageHint.setProperty(u"role", u"fieldHint")

        self.grid.addWidget(self.languageHint, 16, 1, 1, 1)

        self.grid.setRowStretch(18, 1)
        self.grid.setColumnStretch(1, 1)
        self.grid.setRowMinimumHeight(2, 10)
        self.grid.setRowMinimumHeight(5, 10)
        self.grid.setRowMinimumHeight(8, 10)
        self.grid.setRowMinimumHeight(11, 10)
        self.grid.setRowMinimumHeight(14, 10)
        self.grid.setRowMinimumHeight(17, 10)
#if QT_CONFIG(shortcut)
        self.tillCodeTitle.setBuddy(self.tillCodeLabel)
        self.tillSeriesLabel.setBuddy(self.tillSeriesInput)
        self.tillLocationLabel.setBuddy(self.tillLocationInput)
        self.idleLockLabel.setBuddy(self.idleLockInput)
        self.backupFolderLabel.setBuddy(self.backupRow)
        self.languageLabel.setBuddy(self.languageInput)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(tillTab)

        QMetaObject.connectSlotsByName(tillTab)
    # setupUi

    def retranslateUi(self, tillTab):
        self.tillCodeTitle.setText(QCoreApplication.translate("TillTab", u"Esta caja", None))
        self.tillCodeHint.setText(QCoreApplication.translate("TillTab", u"Cada caja de la tienda tiene su propio c\u00f3digo, su serie, su lugar y su turno de caja.", None))
        self.tillSeriesLabel.setText(QCoreApplication.translate("TillTab", u"Serie de esta caja", None))
        self.tillLocationLabel.setText(QCoreApplication.translate("TillTab", u"Vende desde", None))
        self.tillLocationHint.setText(QCoreApplication.translate("TillTab", u"Las ventas de esta caja descuentan la mercader\u00eda de este lugar.", None))
        self.idleLockLabel.setText(QCoreApplication.translate("TillTab", u"Bloquear la caja sin uso tras", None))
        self.idleLockHint.setText(QCoreApplication.translate("TillTab", u"Despu\u00e9s, cada una vuelve a entrar con su PIN.", None))
        self.backupFolderLabel.setText(QCoreApplication.translate("TillTab", u"Carpeta de copias", None))
        self.backupFolderInput.setPlaceholderText(QCoreApplication.translate("TillTab", u"Junto a los datos", None))
        self.chooseBackupButton.setText(QCoreApplication.translate("TillTab", u"Elegir\u2026", None))
        self.defaultBackupButton.setText(QCoreApplication.translate("TillTab", u"Por defecto", None))
        self.backupFolderHint.setText(QCoreApplication.translate("TillTab", u"Cada d\u00eda se guarda aqu\u00ed una copia de seguridad. Por defecto: la carpeta \u00abcopias\u00bb junto a los datos.", None))
        self.languageLabel.setText(QCoreApplication.translate("TillTab", u"Idioma", None))
        self.languageHint.setText(QCoreApplication.translate("TillTab", u"El idioma cambia la pr\u00f3xima vez que se abre el programa.", None))
        pass
    # retranslateUi

