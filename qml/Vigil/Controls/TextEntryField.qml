// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic as T
import QtQuick.Layouts

// A labelled text input. `multiline` gives a growing text area; `maximumLength` (bytes are
// checked in C++) shows a counter near the limit.
ColumnLayout {
    id: root

    property string label
    property string placeholder
    property string hint
    property bool multiline: false
    property int maximumLength: 500
    /// Caps the height of a multi-line field (long pasted codes); 0 lets it grow with its text.
    property int maximumHeight: 0
    property alias text: area.text
    property int inputMethodHints: Qt.ImhNone
    readonly property Item input: area

    signal edited()

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
    T.TextArea {
        id: area
        objectName: root.objectName.length > 0 ? root.objectName + "Input" : ""
        Layout.fillWidth: true
        Layout.minimumHeight: root.multiline ? Theme.touchTarget * 2.5 : Theme.touchTarget
        Layout.maximumHeight: root.maximumHeight > 0 ? root.maximumHeight : Number.POSITIVE_INFINITY
        clip: root.maximumHeight > 0
        // Our own placeholder below: the style's one is a single elided line.
        wrapMode: TextEdit.Wrap
        font.pixelSize: Theme.fontBody
        color: Theme.text
        selectionColor: Theme.accent
        selectedTextColor: Theme.accentText
        padding: 14
        inputMethodHints: root.inputMethodHints
        Accessible.name: root.label.length > 0 ? root.label : root.placeholder
        Keys.onReturnPressed: (event) => {
            if (!root.multiline) event.accepted = true
            else event.accepted = false
        }
        onTextChanged: {
            if (text.length > root.maximumLength)
                text = text.substring(0, root.maximumLength)
            root.edited()
        }
        Text {
            anchors.fill: parent
            anchors.margins: area.padding
            visible: area.text.length === 0 && area.preeditText.length === 0
            text: root.placeholder
            // Italic and its own colour: at night a placeholder must not pass for typed text.
            color: Theme.placeholder
            font.pixelSize: area.font.pixelSize
            font.italic: true
            wrapMode: Text.Wrap
            elide: Text.ElideRight
        }
        background: Rectangle {
            radius: Theme.radius
            color: Theme.background
            border.width: area.activeFocus ? Theme.strongBorderWidth : Theme.borderWidth
            border.color: area.activeFocus ? Theme.focus : Theme.border
        }
    }
    Text {
        Layout.fillWidth: true
        visible: root.hint.length > 0 || area.text.length > root.maximumLength * 0.8
        text: area.text.length > root.maximumLength * 0.8
              ? qsTr("%1 of %2 characters").arg(area.text.length).arg(root.maximumLength)
              : root.hint
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }
}
