# Generated from ui/first_coordinator_page.ui by pyside6-uic; do not edit. Regenerate with: python ui/compile.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_coordinator_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_FirstCoordinatorPage(object):
    def setupUi(self, firstCoordinatorPage):
        if not firstCoordinatorPage.objectName():
            firstCoordinatorPage.setObjectName(u"firstCoordinatorPage")
        self.pageLayout = QVBoxLayout(firstCoordinatorPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.topSpacer)

        self.firstUserCard = QFrame(firstCoordinatorPage)
        self.firstUserCard.setObjectName(u"firstUserCard")
        self.firstUserCard.setMaximumSize(QSize(760, 16777215))
        self.firstUserCard.setStyleSheet(u"QFrame#firstUserCard { background: white; border: 1px solid #DDD5CC; border-radius: 16px; }")
        self.cardLayout = QVBoxLayout(self.firstUserCard)
        self.cardLayout.setSpacing(14)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(32, 26, 32, 26)
        self.firstUserTitle = QLabel(self.firstUserCard)
        self.firstUserTitle.setObjectName(u"firstUserTitle")
        self.firstUserTitle.setProperty(u"role", u"title")

        self.cardLayout.addWidget(self.firstUserTitle)

        self.firstUserIntro = QLabel(self.firstUserCard)
        self.firstUserIntro.setObjectName(u"firstUserIntro")
        self.firstUserIntro.setWordWrap(True)
        self.firstUserIntro.setProperty(u"role", u"hint")

        self.cardLayout.addWidget(self.firstUserIntro)

        self.formGrid = QGridLayout()
        self.formGrid.setObjectName(u"formGrid")
        self.formGrid.setHorizontalSpacing(14)
        self.formGrid.setVerticalSpacing(12)
        self.nameLabel = QLabel(self.firstUserCard)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formGrid.addWidget(self.nameLabel, 0, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.firstUserName = QLineEdit(self.firstUserCard)
        self.firstUserName.setObjectName(u"firstUserName")
        self.firstUserName.setMaxLength(120)

        self.formGrid.addWidget(self.firstUserName, 0, 1, 1, 1)

        self.pinLabel = QLabel(self.firstUserCard)
        self.pinLabel.setObjectName(u"pinLabel")

        self.formGrid.addWidget(self.pinLabel, 1, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.firstUserPin = QLineEdit(self.firstUserCard)
        self.firstUserPin.setObjectName(u"firstUserPin")
        self.firstUserPin.setMinimumSize(QSize(0, 56))
        font = QFont()
        font.setPointSize(22)
        self.firstUserPin.setFont(font)
        self.firstUserPin.setMaxLength(6)
        self.firstUserPin.setEchoMode(QLineEdit.EchoMode.Password)

        self.formGrid.addWidget(self.firstUserPin, 1, 1, 1, 1)

        self.againLabel = QLabel(self.firstUserCard)
        self.againLabel.setObjectName(u"againLabel")

        self.formGrid.addWidget(self.againLabel, 2, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.firstUserPinAgain = QLineEdit(self.firstUserCard)
        self.firstUserPinAgain.setObjectName(u"firstUserPinAgain")
        self.firstUserPinAgain.setMinimumSize(QSize(0, 56))
        self.firstUserPinAgain.setFont(font)
        self.firstUserPinAgain.setMaxLength(6)
        self.firstUserPinAgain.setEchoMode(QLineEdit.EchoMode.Password)

        self.formGrid.addWidget(self.firstUserPinAgain, 2, 1, 1, 1)

        self.firstUserPinHint = QLabel(self.firstUserCard)
        self.firstUserPinHint.setObjectName(u"firstUserPinHint")
        self.firstUserPinHint.setProperty(u"role", u"hint")

        self.formGrid.addWidget(self.firstUserPinHint, 3, 1, 1, 1)

        self.formGrid.setColumnStretch(1, 1)

        self.cardLayout.addLayout(self.formGrid)

        self.firstUserError = QLabel(self.firstUserCard)
        self.firstUserError.setObjectName(u"firstUserError")
        self.firstUserError.setWordWrap(True)
        self.firstUserError.setProperty(u"role", u"error")

        self.cardLayout.addWidget(self.firstUserError)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.createFirstUserButton = QPushButton(self.firstUserCard)
        self.createFirstUserButton.setObjectName(u"createFirstUserButton")
        self.createFirstUserButton.setMinimumSize(QSize(0, 60))
        self.createFirstUserButton.setAutoDefault(False)
        self.createFirstUserButton.setProperty(u"role", u"primary")

        self.buttonsLayout.addWidget(self.createFirstUserButton)


        self.cardLayout.addLayout(self.buttonsLayout)


        self.pageLayout.addWidget(self.firstUserCard, 0, Qt.AlignmentFlag.AlignHCenter)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)

        self.pageLayout.setStretch(0, 1)
        self.pageLayout.setStretch(2, 2)
#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.firstUserName)
        self.pinLabel.setBuddy(self.firstUserPin)
        self.againLabel.setBuddy(self.firstUserPinAgain)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(firstCoordinatorPage)

        QMetaObject.connectSlotsByName(firstCoordinatorPage)
    # setupUi

    def retranslateUi(self, firstCoordinatorPage):
        self.firstUserTitle.setText(QCoreApplication.translate("FirstCoordinatorPage", u"\u00bfQui\u00e9n coordina la caja?", None))
        self.firstUserIntro.setText(QCoreApplication.translate("FirstCoordinatorPage", u"Registre a la primera coordinadora. Ella aprueba devoluciones, descuentos grandes, retiros de caja y pagos, y registra a las dem\u00e1s compa\u00f1eras con su propio PIN.", None))
        self.nameLabel.setText(QCoreApplication.translate("FirstCoordinatorPage", u"Nombre", None))
        self.firstUserName.setPlaceholderText(QCoreApplication.translate("FirstCoordinatorPage", u"Nombre y apellido", None))
        self.pinLabel.setText(QCoreApplication.translate("FirstCoordinatorPage", u"PIN", None))
        self.againLabel.setText(QCoreApplication.translate("FirstCoordinatorPage", u"Repita el PIN", None))
        self.firstUserPinHint.setText(QCoreApplication.translate("FirstCoordinatorPage", u"6 n\u00fameros. Nadie m\u00e1s debe conocerlo.", None))
        self.createFirstUserButton.setText(QCoreApplication.translate("FirstCoordinatorPage", u"Registrar y entrar", None))
        pass
    # retranslateUi

