// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic as T
import QtQuick.Layouts

// A large tappable card with a title and one explaining sentence: the front doors, the
// reporting modes, kinds and categories. Checkable when used as a choice.
//
// A chosen card differs from the others by shape, not only colour (the night theme is all
// red): it is filled, its frame is thick, and its round mark holds a check mark where the
// others show an empty ring.
T.AbstractButton {
    id: root

    property string title
    property string description
    property bool emphasised: false
    /// Smaller title, for grids of short choices (categories).
    property bool compact: false

    readonly property color inkColor: checked ? Theme.selectedText
                                    : root.down ? Theme.text
                                    : emphasised ? Theme.emphasisText : Theme.text
    readonly property color mutedInkColor: checked ? Theme.selectedText
                                         : root.down ? Theme.textMuted
                                         : emphasised ? Theme.emphasisText : Theme.textMuted

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
                color: root.inkColor
                font.pixelSize: root.compact ? Theme.fontBody : Theme.fontLarge
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Text {
                Layout.fillWidth: true
                visible: root.description.length > 0
                text: root.description
                color: root.mutedInkColor
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
        }
        // The radio mark: an empty ring, or a filled disc with a check mark.
        Rectangle {
            visible: root.checkable
            anchors.left: parent.left
            anchors.leftMargin: 12
            anchors.verticalCenter: parent.verticalCenter
            width: 28
            height: 28
            radius: 14
            color: root.checked ? Theme.selectedText : "transparent"
            border.width: 3
            border.color: root.checked ? Theme.selectedText : Theme.text
            Text {
                anchors.centerIn: parent
                visible: root.checked
                text: "✓"
                color: Theme.selected
                font.pixelSize: 20
                font.bold: true
            }
        }
    }
    background: Rectangle {
        radius: Theme.radius
        color: root.checked ? Theme.selected
             : root.down ? Theme.surfacePressed
             : root.emphasised ? Theme.emphasis : Theme.surface
        border.width: root.checked || root.emphasised ? Theme.strongBorderWidth : Theme.borderWidth
        border.color: root.checked ? Theme.selected : root.emphasised ? Theme.accentBorder : Theme.border
        FocusRing { target: root }
    }
}
