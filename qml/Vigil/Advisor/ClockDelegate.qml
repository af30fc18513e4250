// SPDX-License-Identifier: EUPL-1.2
// One follow-up clock: which measure, which clock (its due date or its check), the deadline
// and whether it ran out.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: root

    required property int index
    required property var subjectId
    required property string title
    required property string stateLabel
    required property string clockLabel
    required property string due
    required property string status
    required property string statusLabel

    signal clicked()

    readonly property int urgency: status === "overdue" ? 3 : status === "due_soon" ? 2 : 1

    implicitHeight: Theme.rowHeight
    color: root.urgency >= 2 ? Theme.urgencySoft(root.urgency) : Theme.surface
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("Measure %1, %2: %3, %4, %5").arg(subjectId).arg(title).arg(clockLabel).arg(due).arg(statusLabel)

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
    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.padding
        spacing: Theme.padding

        Label {
            Layout.preferredWidth: 110
            text: root.statusLabel
            font.bold: true
            color: Theme.urgencyColor(root.urgency)
        }
        Label {
            Layout.fillWidth: true
            text: "#" + root.subjectId + "  " + root.title
            color: Theme.text
            elide: Text.ElideRight
        }
        Label {
            text: root.clockLabel + " · " + root.stateLabel
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
        }
        Label {
            Layout.preferredWidth: 90
            horizontalAlignment: Text.AlignRight
            text: root.due
            color: Theme.text
        }
    }
}
