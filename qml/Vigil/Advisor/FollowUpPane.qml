// SPDX-License-Identifier: EUPL-1.2
// The Follow-up tab (docs/pdca.md, "Console"): every follow-up clock of the measures this
// member sees that is not met, overdue first. A row opens its measure on the Measures tab.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Rectangle {
    id: root

    /// The advisor chose a measure to look at.
    signal measureChosen(var measureId)

    color: Theme.window

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Follow-up")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.muted
            text: qsTr("Deadlines of the measures you see: the due date until a measure is implemented, then its "
                       + "check. Overdue first.")
        }
        Label {
            objectName: "followUpUpdated"
            Layout.fillWidth: true
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
            text: Console.measures.lastUpdated.length > 0
                  ? qsTr("%1 overdue of %2 · last updated %3").arg(Console.measures.clocks.overdueCount)
                        .arg(Console.measures.clocks.count).arg(Console.measures.lastUpdated)
                  : qsTr("Not fetched from the registry yet.")
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            border.color: Theme.border

            ListView {
                id: list
                objectName: "followUpList"
                anchors.fill: parent
                anchors.margins: 1
                clip: true
                model: Console.measures.clocks
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Follow-up clocks")
                delegate: ClockDelegate {
                    width: ListView.view.width
                    onClicked: root.measureChosen(subjectId)
                }
                Label {
                    anchors.centerIn: parent
                    visible: list.count === 0
                    color: Theme.muted
                    text: qsTr("No deadline is running.")
                }
            }
        }
    }
}
