// SPDX-License-Identifier: EUPL-1.2
// A titled part of the report; hidden when there is nothing to show.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: root

    required property string title
    property string text: ""
    property var items: []

    visible: text.length > 0 || items.length > 0
    spacing: 2

    Label {
        text: root.title
        font.pixelSize: Theme.fontSmall
        font.bold: true
        font.capitalization: Font.AllUppercase
        color: Theme.muted
    }
    Label {
        Layout.fillWidth: true
        visible: root.text.length > 0
        text: root.text
        wrapMode: Text.Wrap
        color: Theme.text
        textFormat: Text.PlainText
    }
    Repeater {
        model: root.items
        delegate: Label {
            required property string modelData
            Layout.fillWidth: true
            text: "• " + modelData
            wrapMode: Text.Wrap
            color: Theme.text
            textFormat: Text.PlainText
        }
    }
}
