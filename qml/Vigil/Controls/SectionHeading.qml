// SPDX-License-Identifier: EUPL-1.2
import QtQuick

// A heading inside a page; `hint` adds one muted explaining line below it.
Column {
    id: root

    property string text
    property string hint

    spacing: 4
    Accessible.role: Accessible.Heading
    Accessible.name: text

    Text {
        width: root.width
        text: root.text
        color: Theme.text
        font.pixelSize: Theme.fontLarge
        font.bold: true
        wrapMode: Text.Wrap
    }
    Text {
        width: root.width
        visible: root.hint.length > 0
        text: root.hint
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
}
