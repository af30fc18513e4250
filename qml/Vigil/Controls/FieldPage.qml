// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic as T
import QtQuick.Layouts

// The frame of every screen: a title bar with an optional back button and optional extra
// action, and a scrolling column of content, centred and capped in width on tablets.
T.Page {
    id: root

    property bool showBack: false
    property string backText: qsTr("Back")
    property string actionText
    property alias contentColumn: column
    default property alias content: column.data

    signal backRequested()
    signal actionTriggered()

    background: Rectangle { color: Theme.background }

    header: Rectangle {
        implicitHeight: Theme.touchTarget + 8
        color: Theme.surface
        border.width: 0
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: Theme.borderWidth
            color: Theme.border
        }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 4
            anchors.rightMargin: 4
            spacing: 4
            T.ToolButton {
                id: backButton
                objectName: "backButton"
                visible: root.showBack
                Layout.preferredHeight: Theme.touchTarget
                Layout.preferredWidth: Math.max(Theme.touchTarget, implicitContentWidth + 24)
                text: "‹ " + root.backText
                font.pixelSize: Theme.fontBody
                Accessible.name: root.backText
                onClicked: root.backRequested()
                contentItem: Text {
                    text: backButton.text
                    font: backButton.font
                    color: Theme.text
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: backButton.down ? Theme.surfacePressed : "transparent"
                }
            }
            Text {
                Layout.fillWidth: true
                Layout.leftMargin: root.showBack ? 0 : Theme.margin - 4
                text: root.title
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.bold: true
                elide: Text.ElideRight
                Accessible.role: Accessible.TitleBar
                Accessible.name: root.title
            }
            T.ToolButton {
                id: actionButton
                objectName: "pageActionButton"
                visible: root.actionText.length > 0
                Layout.preferredHeight: Theme.touchTarget
                Layout.preferredWidth: Math.max(Theme.touchTarget, implicitContentWidth + 24)
                text: root.actionText
                font.pixelSize: Theme.fontBody
                Accessible.name: root.actionText
                onClicked: root.actionTriggered()
                contentItem: Text {
                    text: actionButton.text
                    font: actionButton.font
                    color: Theme.text
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: actionButton.down ? Theme.surfacePressed : "transparent"
                    border.width: Theme.borderWidth
                    border.color: Theme.border
                }
            }
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        T.ScrollBar.vertical: T.ScrollBar { }

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Theme.margin
            width: Math.min(Theme.pageWidth, flick.width - 2 * Theme.margin)
            spacing: Theme.spacing + 4
        }
    }
}
