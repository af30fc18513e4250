// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic as T
import QtQuick.Layouts

// A yes/no choice as a whole tappable row: label, optional explanation, and a large switch.
// "On" is told by shape as well as colour: a filled track with the knob on the right and the
// word "on", against an outlined track with the knob on the left and the word "off".
T.AbstractButton {
    id: root

    property string description

    checkable: true
    implicitWidth: Theme.pageWidth
    implicitHeight: Math.max(Theme.touchTarget, layout.implicitHeight + 20)
    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.description: description
    Accessible.checked: checked

    contentItem: Item {
        RowLayout {
            id: layout
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.leftMargin: 14
            anchors.rightMargin: 14
            spacing: 12
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Text {
                    Layout.fillWidth: true
                    text: root.text
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Text {
                    Layout.fillWidth: true
                    visible: root.description.length > 0
                    text: root.description
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                }
            }
            Rectangle {
                implicitWidth: 68
                implicitHeight: 36
                radius: 18
                color: root.checked ? Theme.selected : Theme.background
                border.width: Theme.borderWidth
                border.color: root.checked ? Theme.selected : Theme.border
                Rectangle {
                    width: 26
                    height: 26
                    radius: 13
                    y: 5
                    x: root.checked ? parent.width - width - 5 : 5
                    color: root.checked ? Theme.selectedText : "transparent"
                    border.width: 3
                    border.color: root.checked ? Theme.selectedText : Theme.border
                }
                Text {
                    anchors.centerIn: parent
                    anchors.horizontalCenterOffset: root.checked ? -13 : 13
                    text: root.checked ? qsTr("on") : qsTr("off")
                    font.pixelSize: 13
                    font.bold: true
                    color: root.checked ? Theme.selectedText : Theme.textMuted
                }
            }
        }
    }
    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.surfacePressed : Theme.surface
        border.width: root.checked ? Theme.strongBorderWidth : Theme.borderWidth
        border.color: root.checked ? Theme.selected : Theme.border
        FocusRing { target: root }
    }
}
