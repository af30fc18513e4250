// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Layouts

// A status message with a clear frame. `tone`: "info", "good", "warning" or "danger".
// Tone is carried by the frame's weight and a mark before the text as well as by colour,
// since the night theme is all red.
Rectangle {
    id: root

    property string text
    property string tone: "info"

    implicitWidth: Theme.pageWidth
    implicitHeight: row.implicitHeight + 28
    radius: Theme.radius
    visible: text.length > 0
    color: tone === "danger" ? Theme.dangerBackground : tone === "warning" ? Theme.warningBackground
         : tone === "good" ? Theme.goodBackground : Theme.infoBackground
    border.width: tone === "danger" || tone === "warning" ? Theme.strongBorderWidth : Theme.borderWidth
    border.color: tone === "danger" ? Theme.danger : tone === "warning" ? Theme.warning
                : tone === "good" ? Theme.good : Theme.border
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 14
        spacing: 10
        Text {
            Layout.alignment: Qt.AlignTop
            text: root.tone === "danger" ? "✖" : root.tone === "warning" ? "⚠" : root.tone === "good" ? "✓" : "ℹ"
            color: root.tone === "danger" ? Theme.danger : root.tone === "warning" ? Theme.warning
                 : root.tone === "good" ? Theme.good : Theme.text
            font.pixelSize: Theme.fontLarge
            font.bold: true
            Accessible.ignored: true
        }
        Text {
            id: label
            Layout.fillWidth: true
            text: root.text
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.bold: root.tone === "danger" || root.tone === "warning"
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
        }
    }
}
