// SPDX-License-Identifier: EUPL-1.2
// The Indicators tab (docs/pdca.md "Indicators", docs/advisor.md "Indicators"): the board of
// safety performance indicators as of its settled month, beside the chart of the one chosen.
// Offline it shows the board kept in the sealed cache, with the time it is from.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

SplitView {
    id: root

    readonly property var view: Console.indicators

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
        }
    }
    Item {
        SplitView.fillWidth: true
        SplitView.minimumWidth: 480

        IndicatorChartCard {
            objectName: "indicatorChart"
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
}
