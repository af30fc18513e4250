// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field.Core

// A signed bulletin: an alert stands out by its frame and its label, not by colour alone.
Rectangle {
    id: root

    required property string kind
    required property string title
    required property string text
    required property date published

    implicitWidth: Theme.pageWidth
    implicitHeight: column.implicitHeight + 28
    radius: Theme.radius
    color: root.kind === "safety_alert" ? Theme.warningBackground : Theme.surface
    border.width: root.kind === "safety_alert" ? 4 : Theme.borderWidth
    border.color: root.kind === "safety_alert" ? Theme.warning : Theme.border
    Accessible.role: Accessible.StaticText
    Accessible.name: root.title

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 14
        spacing: 6
        Text {
            Layout.fillWidth: true
            text: (root.kind === "safety_alert" ? qsTr("Safety alert") : qsTr("Lesson learned")) + " · "
                  + Labels.date(root.published)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            font.bold: true
        }
        Text {
            Layout.fillWidth: true
            text: root.title
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: root.text
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
    }
}
