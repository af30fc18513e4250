// SPDX-License-Identifier: EUPL-1.2
import QtQuick

// A status message with a clear frame. `tone`: "info", "good", "warning" or "danger".
// Tone is carried by the frame and a text prefix as well, since the night theme is all red.
Rectangle {
    id: root

    property string text
    property string tone: "info"

    implicitWidth: Theme.pageWidth
    implicitHeight: label.implicitHeight + 28
    radius: Theme.radius
    visible: text.length > 0
    color: tone === "danger" ? Theme.dangerBackground : tone === "warning" ? Theme.warningBackground
         : tone === "good" ? Theme.goodBackground : Theme.infoBackground
    border.width: tone === "danger" ? 4 : Theme.borderWidth
    border.color: tone === "danger" ? Theme.danger : tone === "warning" ? Theme.warning
                : tone === "good" ? Theme.good : Theme.border
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Text {
        id: label
        anchors.fill: parent
        anchors.margins: 14
        text: root.text
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.bold: root.tone === "danger" || root.tone === "warning"
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
    }
}
