// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic as T

// A full-width, touch-sized button. `kind`: "primary" (filled), "secondary" (outlined) or
// "danger" (filled, for destructive intents).
T.Button {
    id: root

    property string kind: "primary"

    readonly property color fillColor: kind === "danger" ? Theme.danger : (kind === "primary" ? Theme.accent : "transparent")
    readonly property color labelColor: kind === "danger" ? Theme.dangerText : (kind === "primary" ? Theme.accentText : Theme.text)

    implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + 24)
    implicitWidth: Math.max(Theme.touchTarget * 3, contentItem.implicitWidth + 40)
    font.pixelSize: Theme.fontLarge
    font.bold: true
    Accessible.role: Accessible.Button
    Accessible.name: text

    contentItem: Text {
        text: root.text
        font: root.font
        color: root.labelColor
        opacity: root.enabled ? 1 : 0.45
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.surfacePressed : root.fillColor
        opacity: root.enabled ? 1 : 0.45
        border.width: root.visualFocus ? 4 : Theme.borderWidth
        border.color: root.visualFocus ? Theme.focus : (root.kind === "secondary" ? Theme.border : root.fillColor)
    }
}
