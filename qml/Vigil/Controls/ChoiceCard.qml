// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic as T
import QtQuick.Layouts

// A large tappable card with a title and one explaining sentence: the front doors, the
// reporting modes, kinds and categories. Checkable when used as a choice.
T.AbstractButton {
    id: root

    property string title
    property string description
    property bool emphasised: false
    /// Smaller title, for grids of short choices (categories).
    property bool compact: false

    implicitWidth: Theme.pageWidth
    implicitHeight: Math.max(Theme.touchTarget, column.implicitHeight + 2 * 14)
    Accessible.role: checkable ? Accessible.RadioButton : Accessible.Button
    Accessible.name: title
    Accessible.description: description
    Accessible.checked: checked

    contentItem: Item {
        ColumnLayout {
            id: column
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.leftMargin: 16 + (root.checkable ? 34 : 0)
            anchors.rightMargin: 16
            spacing: 4
            Text {
                Layout.fillWidth: true
                text: root.title
                color: root.emphasised && !root.checked ? Theme.accentText : Theme.text
                font.pixelSize: root.compact ? Theme.fontBody : Theme.fontLarge
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Text {
                Layout.fillWidth: true
                visible: root.description.length > 0
                text: root.description
                color: root.emphasised && !root.checked ? Theme.accentText : Theme.textMuted
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
        }
        Rectangle {
            visible: root.checkable
            anchors.left: parent.left
            anchors.leftMargin: 14
            anchors.verticalCenter: parent.verticalCenter
            width: 24
            height: 24
            radius: 12
            color: "transparent"
            border.width: 3
            border.color: Theme.text
            Rectangle {
                anchors.centerIn: parent
                width: 12
                height: 12
                radius: 6
                color: Theme.text
                visible: root.checked
            }
        }
    }
    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.surfacePressed : (root.emphasised && !root.checked ? Theme.accent : Theme.surface)
        border.width: root.checked || root.visualFocus ? 4 : Theme.borderWidth
        border.color: root.visualFocus ? Theme.focus : (root.checked ? Theme.accent : Theme.border)
    }
}
