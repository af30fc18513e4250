// SPDX-License-Identifier: EUPL-1.2
// One row of the measures register: number and title, the state as a chip, owner and due date,
// and the clock: overdue in red, due soon in amber (the inbox's colours).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: root

    required property int index
    required property var measureId
    required property string title
    required property string stateLabel
    required property string owner
    required property string due
    required property string clockStatus
    required property string clockLabel

    property bool selected: false
    signal clicked()

    readonly property int urgency: clockStatus === "overdue" ? 3 : clockStatus === "due_soon" ? 2 : 0

    implicitHeight: Theme.rowHeight + 4
    color: selected ? Theme.selection : urgency >= 2 ? Theme.urgencySoft(urgency) : Theme.surface
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("Measure %1, %2, %3, due %4").arg(measureId).arg(title).arg(stateLabel).arg(due)
                     + (clockLabel.length > 0 ? ", " + clockLabel : "")

    Rectangle {
        width: 4
        height: parent.height
        color: Theme.urgencyColor(root.urgency)
        visible: root.urgency >= 2
    }
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.border
    }
    MouseArea {
        anchors.fill: parent
        onClicked: root.clicked()
    }
    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.padding
        spacing: 2

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: "#" + root.measureId + "  " + root.title
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            Rectangle {
                objectName: "stateChip"
                implicitWidth: chip.implicitWidth + 12
                implicitHeight: chip.implicitHeight + 4
                radius: height / 2
                color: Theme.accentSoft
                border.color: Theme.accent
                Label {
                    id: chip
                    anchors.centerIn: parent
                    text: root.stateLabel
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: root.owner
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
                elide: Text.ElideRight
            }
            Label {
                text: qsTr("due %1").arg(root.due)
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
            Label {
                visible: root.urgency >= 2
                text: root.clockLabel
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.urgencyColor(root.urgency)
            }
        }
    }
}
