// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic as T
import QtQuick.Layouts

// A PIN entry with big keys (gloves, one thumb). The digits are shown as dots; `entered`
// fires with the PIN when the user confirms.
ColumnLayout {
    id: root

    property string pin
    property string confirmText: qsTr("OK")
    property int minimumLength: 6
    property bool busy: false

    signal entered(string pin)

    function clear() { root.pin = "" }

    spacing: Theme.spacing

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        radius: Theme.radius
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border
        Text {
            objectName: "pinDots"
            anchors.centerIn: parent
            text: root.pin.length > 0 ? "● ".repeat(root.pin.length).trim() : qsTr("Enter PIN")
            color: root.pin.length > 0 ? Theme.text : Theme.textMuted
            font.pixelSize: root.pin.length > 0 ? Theme.fontLarge : Theme.fontBody
            Accessible.name: qsTr("%n digit(s) entered", "", root.pin.length)
        }
    }
    GridLayout {
        Layout.fillWidth: true
        columns: 3
        rowSpacing: 8
        columnSpacing: 8
        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "✓"]
            delegate: T.Button {
                id: key
                required property string modelData
                objectName: "pinKey_" + (modelData === "⌫" ? "back" : modelData === "✓" ? "ok" : modelData)
                Layout.fillWidth: true
                Layout.preferredWidth: 1   // equal columns, whatever the label
                Layout.preferredHeight: Theme.touchTarget + 8
                enabled: !root.busy && (modelData !== "✓" || root.pin.length >= root.minimumLength)
                text: modelData
                font.pixelSize: Theme.fontTitle
                Accessible.name: modelData === "⌫" ? qsTr("Delete last digit") : modelData === "✓" ? root.confirmText : modelData
                onClicked: {
                    if (modelData === "⌫") root.pin = root.pin.slice(0, -1)
                    else if (modelData === "✓") root.entered(root.pin)
                    else if (root.pin.length < 32) root.pin += modelData
                }
                contentItem: Text {
                    text: key.modelData === "✓" ? root.confirmText : key.text
                    font.pixelSize: key.modelData === "✓" ? Theme.fontLarge : Theme.fontTitle
                    font.bold: true
                    color: key.modelData === "✓" ? Theme.accentText : Theme.text
                    opacity: key.enabled ? 1 : 0.4
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: key.down ? Theme.surfacePressed : (key.modelData === "✓" ? Theme.accent : Theme.surface)
                    opacity: key.enabled ? 1 : 0.4
                    border.width: key.visualFocus ? 4 : Theme.borderWidth
                    border.color: key.visualFocus ? Theme.focus : Theme.border
                }
            }
        }
    }
}
