// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Vigil.Controls

// Asks before something is thrown away: one sentence, the destructive choice, and a way out
// that is the easier one to hit. Escape and Back cancel.
FieldDialog {
    id: root

    property string message
    property string confirmText: qsTr("Discard")
    property string cancelText: qsTr("Keep it")

    signal confirmed()


    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing
        Text {
            Layout.fillWidth: true
            visible: root.message.length > 0
            text: root.message
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        ActionButton {
            objectName: root.objectName + "Cancel"
            Layout.fillWidth: true
            kind: "primary"
            text: root.cancelText
            onClicked: root.close()
        }
        ActionButton {
            objectName: root.objectName + "Confirm"
            Layout.fillWidth: true
            kind: "danger"
            text: root.confirmText
            onClicked: { root.close(); root.confirmed() }
        }
    }
}
