// SPDX-License-Identifier: EUPL-1.2
// The Indicators tab (docs/pdca.md "Indicators", docs/advisor.md "Indicators"): the board of
// safety performance indicators as of its settled month, beside the chart of the one chosen.
// Offline it shows the board kept in the sealed cache, with the time it is from. Below the
// board, the alerts the registry raised (docs/pdca.md "Alerts"); an alert, or its mark on the
// chart, opens the AlertDialog.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

SplitView {
    id: root

    readonly property var view: Console.indicators
    readonly property var alerts: Console.alerts

    orientation: Qt.Horizontal

    Rectangle {
        SplitView.preferredWidth: Math.max(380, root.width * 0.32)
        SplitView.minimumWidth: 320
        color: Theme.surface
        border.color: Theme.border

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: 1
            spacing: 0

            Button {
                objectName: "reportButton"
                Layout.margins: 6
                text: qsTr("Inspectorate report…")
                Accessible.name: qsTr("Issue or save the inspectorate's report")
                onClicked: reportDialog.show()
            }
            Label {
                objectName: "indicatorsUpdated"
                Layout.fillWidth: true
                Layout.margins: 6
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
                wrapMode: Text.WordWrap
                text: (root.view.lastUpdated.length > 0
                       ? qsTr("Board as of %1 · last updated %2").arg(root.view.asOf).arg(root.view.lastUpdated)
                       : qsTr("Not fetched from the registry yet."))
                      + (Console.sync.status !== SyncEngine.Online && root.view.lastUpdated.length > 0
                         ? " · " + qsTr("offline: this is the board as it was then") : "")
            }
            Label {
                Layout.fillWidth: true
                Layout.margins: 6
                visible: root.view.lastError.length > 0
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSmall
                color: Theme.overdue
                text: root.view.lastError
            }
            ListView {
                id: list
                objectName: "indicatorList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                focus: true
                model: root.view.indicators
                keyNavigationEnabled: true
                highlightMoveDuration: 0
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Indicators")
                onCurrentIndexChanged: {
                    if (currentIndex >= 0 && currentIndex < root.view.indicators.length)
                        root.view.select(root.view.indicators[currentIndex].id)
                }
                delegate: IndicatorDelegate {
                    width: ListView.view.width
                    selected: root.view.selectedId === modelData.id
                    onClicked: {
                        list.currentIndex = index
                        list.forceActiveFocus()
                        root.view.select(modelData.id)
                    }
                }
                Label {
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.padding
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    visible: list.count === 0
                    color: Theme.muted
                    text: qsTr("No indicators on the board yet: the registry's operator defines them.")
                }
            }
            Label {
                objectName: "alertsHeader"
                Layout.fillWidth: true
                Layout.margins: 6
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
                text: qsTr("Alerts: %n open", "", root.alerts.openCount)
                      + (root.alerts.lastUpdated.length > 0 ? " · " + qsTr("last updated %1").arg(root.alerts.lastUpdated) : "")
            }
            ListView {
                id: alertList
                objectName: "alertList"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(contentHeight, 4.5 * (Theme.rowHeight + 4)) + (count === 0 ? 40 : 0)
                clip: true
                model: root.alerts.alerts
                keyNavigationEnabled: true
                highlightMoveDuration: 0
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Alerts")
                Keys.onReturnPressed: if (currentIndex >= 0) alertDialog.show(root.alerts.alerts[currentIndex].id)
                Keys.onSpacePressed: if (currentIndex >= 0) alertDialog.show(root.alerts.alerts[currentIndex].id)
                delegate: AlertDelegate {
                    width: ListView.view.width
                    selected: ListView.isCurrentItem && alertList.activeFocus
                    onClicked: {
                        alertList.currentIndex = index
                        alertList.forceActiveFocus()
                        alertDialog.show(modelData.id)
                    }
                }
                Label {
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.padding
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    visible: alertList.count === 0
                    color: Theme.muted
                    text: qsTr("No alerts for you: the registry raises one when a settled month fires a rule.")
                }
            }
        }
    }
    Item {
        SplitView.fillWidth: true
        SplitView.minimumWidth: 480

        IndicatorChartCard {
            objectName: "indicatorChart"
            onAlertChosen: id => alertDialog.show(id)
            anchors.fill: parent
            anchors.margins: Theme.spacing
            visible: (root.view.selected.id ?? "").length > 0
        }
        Label {
            anchors.centerIn: parent
            visible: (root.view.selected.id ?? "").length === 0
            color: Theme.muted
            text: qsTr("Choose an indicator in the list.")
        }
    }
    AlertDialog {
        id: alertDialog
        objectName: "alertDialog"
    }
    ReportDialog {
        id: reportDialog
        objectName: "reportDialog"
    }
}
