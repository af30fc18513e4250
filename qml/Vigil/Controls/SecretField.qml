// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic as T
import QtQuick.Layouts

// A labelled, masked one-line input for a passphrase: what is typed never shows on the screen
// (a TextEntryField is a text area, which cannot mask). `hint` says what is wrong with it.
ColumnLayout {
    id: root

    property string label
    property string hint
    property int maximumLength: 200
    property alias text: field.text
    readonly property Item input: field

    signal accepted()

    spacing: 6

    Text {
        Layout.fillWidth: true
        visible: root.label.length > 0
        text: root.label
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.Wrap
    }
    T.TextField {
        id: field
        objectName: root.objectName.length > 0 ? root.objectName + "Input" : ""
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        echoMode: TextInput.Password
        maximumLength: root.maximumLength
        font.pixelSize: Theme.fontBody
        color: Theme.text
        selectionColor: Theme.accent
        selectedTextColor: Theme.accentText
        padding: 14
        // No suggestions, no learning: a passphrase is nobody's dictionary entry.
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        Accessible.name: root.label
        onAccepted: root.accepted()
        background: Rectangle {
            radius: Theme.radius
            color: Theme.background
            border.width: field.activeFocus ? Theme.strongBorderWidth : Theme.borderWidth
            border.color: field.activeFocus ? Theme.focus : Theme.border
        }
    }
    Text {
        Layout.fillWidth: true
        visible: root.hint.length > 0
        text: root.hint
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }
}
