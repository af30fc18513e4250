// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Vigil.Controls

// One confirmation, no more: in a hurry the wipe must be two taps away.
FieldDialog {
    id: root

    signal confirmed()

    objectName: "panicWipeDialog"
    frameColor: Theme.danger
    // A tap beside it closes it too: cancelling a wipe must be the easy way out.
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    title: qsTr("Wipe everything on this phone?")

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing
        Text {
            Layout.fillWidth: true
            text: qsTr("Drafts, reports not sent yet, replies and receipts on this phone are deleted. This cannot be undone.")
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        ActionButton {
            objectName: "confirmWipeButton"
            Layout.fillWidth: true
            kind: "danger"
            text: qsTr("Wipe now")
            onClicked: { root.close(); root.confirmed() }
        }
        ActionButton {
            Layout.fillWidth: true
            kind: "secondary"
            text: qsTr("Cancel")
            onClicked: root.close()
        }
    }
}
