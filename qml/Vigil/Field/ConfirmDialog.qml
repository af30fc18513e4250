// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import QtQuick.Layouts
import Vigil.Controls

// Asks before something is thrown away: one sentence, the destructive choice, and a way out
// that is the easier one to hit. Escape and Back cancel.
Dialog {
    id: root

    property string message
    property string confirmText: qsTr("Discard")
    property string cancelText: qsTr("Keep it")

    signal confirmed()

    modal: true
    focus: true
    anchors.centerIn: T.Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 400, 480)
    padding: Theme.margin
    closePolicy: Popup.CloseOnEscape
    background: Rectangle {
        color: Theme.background
        radius: Theme.radius
        border.width: 4
        border.color: Theme.border
    }
    header: Text {
        text: root.title
        padding: Theme.margin
        color: Theme.text
        font.pixelSize: Theme.fontLarge
        font.bold: true
        wrapMode: Text.Wrap
    }

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
