// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic as T

// A full-width, touch-sized button. `kind`: "primary" (filled, thick frame), "secondary"
// (outlined) or "danger" (filled, for destructive intents). Disabled buttons lose their fill
// and get a dashed frame, keeping a readable label: fading them out made them vanish at night.
T.Button {
    id: root

    property string kind: "primary"

    readonly property color fillColor: !enabled ? "transparent"
                                     : kind === "danger" ? Theme.danger
                                     : kind === "primary" ? Theme.accent : "transparent"
    readonly property color labelColor: !enabled ? Theme.disabledText
                                      : down ? Theme.text
                                      : kind === "danger" ? Theme.dangerText
                                      : kind === "primary" ? Theme.accentText : Theme.text

    implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + 24)
    implicitWidth: Math.max(Theme.touchTarget * 3, contentItem.implicitWidth + 40)
    font.pixelSize: Theme.fontLarge
    font.bold: true
    Accessible.role: Accessible.Button
    Accessible.name: text

    contentItem: Text {
        text: root.text
        font.pixelSize: root.font.pixelSize
        font.bold: root.enabled
        color: root.labelColor
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.surfacePressed : root.fillColor
        // Primary buttons carry a thick frame too: at night their fill is nearly black.
        border.width: !root.enabled ? 0 : root.kind === "primary" ? Theme.strongBorderWidth : Theme.borderWidth
        border.color: root.kind === "secondary" ? Theme.border
                    : root.kind === "primary" ? Theme.accentBorder : root.fillColor
        DashedFrame {
            anchors.fill: parent
            visible: !root.enabled
        }
        // A destructive button has an inner frame: at night every filled button is the same
        // red, so "Discard" must differ from "Keep writing" by shape, not by colour.
        Rectangle {
            anchors.fill: parent
            anchors.margins: 5
            visible: root.enabled && root.kind === "danger"
            radius: Math.max(0, Theme.radius - 4)
            color: "transparent"
            border.width: Theme.borderWidth
            border.color: root.labelColor
        }
        FocusRing { target: root }
    }
}
