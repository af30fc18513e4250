// SPDX-License-Identifier: EUPL-1.2
// One indicator of the board: its name, what it counts, the last month's figure (as the
// registry published it, "<5" included) and how many months an alert rule fired.
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

    implicitHeight: Theme.rowHeight + 4
    color: selected ? Theme.selection : Theme.surface
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2: %3 in %4").arg(modelData.name).arg(modelData.scope).arg(modelData.latest)
                     .arg(modelData.latestMonth)
                     + (modelData.alerts > 0 ? ", " + qsTr("%n month(s) with an alert", "", modelData.alerts) : "")

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

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: root.modelData.name
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: root.modelData.scope
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
                elide: Text.ElideRight
            }
        }
        ColumnLayout {
            spacing: 2
            Label {
                Layout.alignment: Qt.AlignRight
                text: root.modelData.latest
                font.bold: true
                font.italic: isNaN(Number(root.modelData.latest))
                color: Theme.text
            }
            Label {
                Layout.alignment: Qt.AlignRight
                text: root.modelData.alerts > 0 ? qsTr("▲ %n alert(s)", "", root.modelData.alerts) : root.modelData.latestMonth
                font.pixelSize: Theme.fontSmall
                font.bold: root.modelData.alerts > 0
                color: root.modelData.alerts > 0 ? Theme.overdue : Theme.muted
            }
        }
    }
}
