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
    // The bullets in a Column, not straight in the layout: a Repeater in a layout crashed Qt 6.4
    // when the language switch rebuilt its items twice before the next polish (CaseActions).
    Column {
        id: bullets
        Layout.fillWidth: true
        visible: root.items.length > 0
        spacing: 2
        Repeater {
            model: root.items
            delegate: Label {
                required property string modelData
                width: bullets.width
                text: "• " + modelData
                wrapMode: Text.Wrap
                color: Theme.text
                textFormat: Text.PlainText
            }
        }
    }
}
