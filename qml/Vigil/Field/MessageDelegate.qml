// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field.Core

// One message: the advisor's on the left, yours on the right (with whether it was sent).
Item {
    id: root

    required property bool outgoing
    required property string author
    required property string text
    required property date sent
    required property string sendState
    required property string signalName

    implicitWidth: Theme.pageWidth
    implicitHeight: bubble.implicitHeight

    Rectangle {
        id: bubble
        width: Math.min(root.width * 0.85, column.implicitWidth + 28)
        implicitHeight: column.implicitHeight + 24
        anchors.right: root.outgoing ? root.right : undefined
        anchors.left: root.outgoing ? undefined : root.left
        radius: Theme.radius
        color: root.outgoing ? Theme.infoBackground : Theme.surface
        // A retaliation signal stands out by its frame (thick, danger), not by colour alone.
        border.width: root.signalName === "retaliation" ? Theme.strongBorderWidth : Theme.borderWidth
        border.color: root.signalName === "retaliation" ? Theme.danger : root.outgoing ? Theme.accent : Theme.border
        Accessible.role: Accessible.StaticText
        Accessible.name: (root.outgoing ? qsTr("You") : root.author) + ": " + root.text

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: 12
            spacing: 4
            Text {
                Layout.fillWidth: true
                text: (root.outgoing ? qsTr("You") : root.author) + " · "
                      + Labels.dateTime(root.sent)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                font.bold: true
            }
            Text {
                objectName: "signalMark"
                Layout.fillWidth: true
                visible: root.signalName === "retaliation"
                text: qsTr("⚠ Consequences reported — an answer is due within 24 hours")
                color: Theme.danger
                font.pixelSize: Theme.fontSmall
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                Layout.maximumWidth: root.width * 0.85 - 28
                text: root.text
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: root.outgoing && root.sendState.length > 0
                text: Labels.stateLabel(root.sendState)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
