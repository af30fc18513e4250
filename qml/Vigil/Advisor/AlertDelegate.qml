// SPDX-License-Identifier: EUPL-1.2
// One alert of the alerts register: its indicator, the months it covers, its state and the
// follow-up clock (overdue in red, due soon in amber, with the date it is due).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: root

    required property var modelData
    required property int index
    property bool selected: false
    signal clicked()

    readonly property color clockColor: modelData.clock === "overdue" ? Theme.overdue
                                      : modelData.clock === "due_soon" ? Theme.dueSoon : Theme.muted

    implicitHeight: Theme.rowHeight + 4
    color: selected ? Theme.selection : Theme.surface
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("Alert %1, %2, %3: %4").arg(modelData.id).arg(modelData.indicator).arg(modelData.months)
                     .arg(modelData.stateLabel)
                     + (modelData.clockLabel.length > 0 ? ", " + qsTr("%1, due %2").arg(modelData.clockLabel).arg(modelData.due) : "")

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
        spacing: Theme.spacing

        Label {
            text: root.modelData.open ? "▲" : "✓"
            font.bold: true
            color: root.modelData.open ? Theme.overdue : Theme.good
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: "#" + root.modelData.id + " " + root.modelData.indicator
                font.bold: root.modelData.open
                color: Theme.text
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: root.modelData.months
                      + (root.modelData.assignee.length > 0 ? " · " + qsTr("assigned to %1").arg(root.modelData.assignee) : "")
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
                elide: Text.ElideRight
            }
        }
        ColumnLayout {
            spacing: 2
            Label {
                Layout.alignment: Qt.AlignRight
                text: root.modelData.stateLabel
                font.pixelSize: Theme.fontSmall
                color: Theme.text
            }
            Label {
                Layout.alignment: Qt.AlignRight
                visible: root.modelData.clockLabel.length > 0
                text: qsTr("%1 · %2").arg(root.modelData.clockLabel).arg(root.modelData.due)
                font.pixelSize: Theme.fontSmall
                font.bold: root.modelData.clock === "overdue"
                color: root.clockColor
            }
        }
    }
}
