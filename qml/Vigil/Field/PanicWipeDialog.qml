// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import QtQuick.Layouts
import Vigil.Controls

// One confirmation, no more: in a hurry the wipe must be two taps away.
Dialog {
    id: root

    signal confirmed()

    objectName: "panicWipeDialog"
    modal: true
    // Focus, so that Escape and Back close it (CloseOnEscape needs it).
    focus: true
    anchors.centerIn: T.Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 400, 480)
    padding: Theme.margin
    title: qsTr("Wipe everything on this phone?")
    background: Rectangle {
        color: Theme.background
        radius: Theme.radius
        border.width: 4
        border.color: Theme.danger
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
