// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic as T
import QtQuick.Layouts

// A PIN entry with big keys (gloves, one thumb). The digits are shown as dots; `entered`
// fires with the PIN when the user confirms. A hardware keyboard works too: digits,
// Backspace, and Enter to confirm. The keys never take focus, so the pad keeps it and Enter
// never repeats the last key tapped.
ColumnLayout {
    id: root

    property string pin
    /// The confirm key's word. Kept short ("Next", "Unlock"); it shrinks to fit its key, and
    /// the key carries a check mark as well.
    property string confirmText: qsTr("OK")
    property int minimumLength: 6
    property bool busy: false
    readonly property bool canConfirm: !root.busy && root.pin.length >= root.minimumLength

    signal entered(string pin)

    function clear() { root.pin = "" }
    function typeDigit(digit) {
        if (!root.busy && root.pin.length < 32)
            root.pin += digit
    }
    function deleteDigit() {
        if (!root.busy)
            root.pin = root.pin.slice(0, -1)
    }
    function confirm() {
        if (root.canConfirm)
            root.entered(root.pin)
    }

    spacing: Theme.spacing
    focus: true
    Component.onCompleted: forceActiveFocus()

    // Backspace deletes a digit here, as in a text field, rather than going a page back.
    Keys.onShortcutOverride: (event) => { event.accepted = event.key === Qt.Key_Backspace }
    Keys.onPressed: (event) => {
        if (event.text.length === 1 && event.text >= "0" && event.text <= "9") {
            root.typeDigit(event.text)
        } else if (event.key === Qt.Key_Backspace || event.key === Qt.Key_Delete) {
            root.deleteDigit()
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            root.confirm()
        } else {
            return
        }
        event.accepted = true
    }

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
            color: root.pin.length > 0 ? Theme.text : Theme.placeholder
            font.pixelSize: root.pin.length > 0 ? Theme.fontLarge : Theme.fontBody
            font.italic: root.pin.length === 0
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
                readonly property bool isConfirm: modelData === "✓"
                readonly property color confirmInk: !enabled ? Theme.disabledText : down ? Theme.text : Theme.accentText
                objectName: "pinKey_" + (modelData === "⌫" ? "back" : isConfirm ? "ok" : modelData)
                Layout.fillWidth: true
                Layout.preferredWidth: 1   // equal columns, whatever the label
                Layout.preferredHeight: Theme.touchTarget + 8
                focusPolicy: Qt.NoFocus
                enabled: isConfirm ? root.canConfirm : !root.busy
                text: modelData
                font.pixelSize: Theme.fontTitle
                Accessible.name: modelData === "⌫" ? qsTr("Delete last digit") : isConfirm ? root.confirmText : modelData
                onClicked: {
                    if (modelData === "⌫") root.deleteDigit()
                    else if (isConfirm) root.confirm()
                    else root.typeDigit(modelData)
                }
                contentItem: Item {
                    implicitHeight: label.implicitHeight
                    Text {
                        id: label
                        visible: !key.isConfirm
                        anchors.fill: parent
                        text: key.text
                        font.pixelSize: Theme.fontTitle
                        font.bold: key.enabled
                        color: key.enabled ? Theme.text : Theme.disabledText
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                    // The confirm key: a check mark over a word that shrinks to fit the key
                    // ("Ontgrendelen" is wider than a third of a phone).
                    Column {
                        visible: key.isConfirm
                        anchors.centerIn: parent
                        width: parent.width
                        Text {
                            width: parent.width
                            text: "✓"
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            color: key.confirmInk
                            horizontalAlignment: Text.AlignHCenter
                        }
                        Text {
                            objectName: "pinConfirmLabel"
                            width: parent.width
                            height: Theme.fontBody + 4
                            text: root.confirmText
                            font.pixelSize: Theme.fontBody
                            font.bold: key.enabled
                            fontSizeMode: Text.HorizontalFit
                            minimumPixelSize: 11
                            elide: Text.ElideRight
                            color: key.confirmInk
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: !key.enabled ? "transparent"
                         : key.down ? Theme.surfacePressed
                         : key.isConfirm ? Theme.accent : Theme.surface
                    border.width: !key.enabled ? 0 : key.isConfirm ? Theme.strongBorderWidth : Theme.borderWidth
                    border.color: key.isConfirm ? Theme.accentBorder : Theme.border
                    DashedFrame {
                        anchors.fill: parent
                        visible: !key.enabled
                    }
                }
            }
        }
    }
}
