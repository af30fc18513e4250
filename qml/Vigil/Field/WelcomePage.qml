// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field.Core

// First start: language, and a short, honest account of what is anonymous and what is not.
FieldPage {
    id: root

    objectName: "welcomePage"
    title: qsTr("Welcome to Vigil")

    LanguageSwitch { Layout.fillWidth: true }

    Text {
        Layout.fillWidth: true
        text: qsTr("Report unsafe situations, near-misses and unacceptable behaviour — also without a network, and anonymously if you want.")
        color: Theme.text
        font.pixelSize: Theme.fontLarge
        wrapMode: Text.Wrap
    }

    AnonymityExplainer { Layout.fillWidth: true }

    // The next step stays in view below the explanation, whatever the screen height.
    footer: Rectangle {
        implicitHeight: startButton.implicitHeight + 2 * Theme.spacing
        color: Theme.surface
        ActionButton {
            id: startButton
            objectName: "startButton"
            anchors.centerIn: parent
            width: Math.min(Theme.pageWidth, parent.width - 2 * Theme.margin)
            text: qsTr("Start: enrol this phone")
            onClicked: root.StackView.view.push(Qt.resolvedUrl("EnrolPage.qml"))
        }
    }
}
