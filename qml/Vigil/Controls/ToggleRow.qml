// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic as T
import QtQuick.Layouts

// A yes/no choice as a whole tappable row: label, optional explanation, and a large switch.
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
                implicitWidth: 60
                implicitHeight: 34
                radius: 17
                color: root.checked ? Theme.accent : Theme.background
                border.width: Theme.borderWidth
                border.color: root.checked ? Theme.accent : Theme.border
                Rectangle {
                    width: 26
                    height: 26
                    radius: 13
                    y: 4
                    x: root.checked ? parent.width - width - 4 : 4
                    color: root.checked ? Theme.accentText : Theme.border
                }
                Text {
                    anchors.centerIn: parent
                    anchors.horizontalCenterOffset: root.checked ? -12 : 12
                    text: root.checked ? qsTr("on") : qsTr("off")
                    font.pixelSize: 11
                    font.bold: true
                    color: root.checked ? Theme.accentText : Theme.textMuted
                }
            }
        }
    }
    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.surfacePressed : Theme.surface
        border.width: root.visualFocus ? 4 : Theme.borderWidth
        border.color: root.visualFocus ? Theme.focus : Theme.border
    }
}
