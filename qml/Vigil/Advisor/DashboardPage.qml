// SPDX-License-Identifier: EUPL-1.2
// Steering information (DESIGN.md §7) from the registry's statistics report. Hidden figures
// show only as "<5" (fewer than five) or "x" (hidden to protect another figure).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Rectangle {
    id: root
    objectName: "dashboardPage"

    readonly property var board: Console.dashboard
    property string notice: ""

    function exportPng(path) {
        charts.grabToImage(result => {
            root.notice = result.saveToFile(path) ? qsTr("Saved %1").arg(path) : qsTr("Could not save %1").arg(path)
        })
    }

    // Scrolls to the capacity charts at the end of the page (the screenshots' view of them).
    function showCapacity() {
        scroll.contentItem.contentY = Math.max(0, charts.height - scroll.height)
    }

    // Twice the screen size, so the charts stay sharp on paper.
    function exportPdf(path) {
        charts.grabToImage(result => {
            root.notice = root.board.exportPdf(path, result.image) ? qsTr("Saved %1").arg(path) : root.board.lastError
        }, Qt.size(charts.width * 2, charts.height * 2))
    }

    color: Theme.window

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: tools.implicitHeight + 2 * Theme.spacing
            color: Theme.surfaceAlt
            border.color: Theme.border

            RowLayout {
                id: tools
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: 6

                Label {
                    text: qsTr("Period")
                    color: Theme.muted
                }
                TextField {
                    implicitWidth: 90
                    placeholderText: qsTr("YYYY-MM")
                    text: root.board.fromMonth
                    Accessible.name: qsTr("First month")
                    onEditingFinished: root.board.fromMonth = text
                }
                Label {
                    text: "–"
                }
                TextField {
                    implicitWidth: 90
                    placeholderText: qsTr("YYYY-MM")
                    text: root.board.toMonth
                    Accessible.name: qsTr("Last month")
                    onEditingFinished: root.board.toMonth = text
                }
                Button {
                    text: qsTr("Load from registry")
                    enabled: !root.board.busy
                    Accessible.name: text
                    onClicked: root.board.refresh()
                }
                TextField {
                    id: file
                    Layout.fillWidth: true
                    placeholderText: qsTr("…or a statistics file (vigil-statistics/1 JSON)")
                    Accessible.name: qsTr("Statistics file")
                    onAccepted: root.board.loadFile(text)
                }
                Button {
                    text: qsTr("Open file")
                    enabled: file.text.length > 0
                    Accessible.name: qsTr("Open the statistics file")
                    onClicked: root.board.loadFile(file.text)
                }
                Button {
                    text: qsTr("Export CSV")
                    enabled: root.board.loaded
                    Accessible.name: text
                    onClicked: {
                        const path = root.board.suggestedPath("csv")
                        root.notice = root.board.exportCsv(path) ? qsTr("Saved %1").arg(path) : root.board.lastError
                    }
                }
                Button {
                    text: qsTr("Export PNG")
                    enabled: root.board.loaded
                    Accessible.name: text
                    onClicked: root.exportPng(root.board.suggestedPath("png"))
                }
                Button {
                    text: qsTr("Export PDF")
                    enabled: root.board.loaded
                    Accessible.name: text
                    onClicked: root.exportPdf(root.board.suggestedPath("pdf"))
                }
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.margins: 6
            visible: text.length > 0
            text: root.board.lastError.length > 0 ? root.board.lastError : root.notice
            color: root.board.lastError.length > 0 ? Theme.overdue : Theme.muted
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
        }
        Label {
            Layout.fillWidth: true
            Layout.margins: 20
            visible: !root.board.loaded
            wrapMode: Text.WordWrap
            color: Theme.muted
            text: qsTr("No statistics loaded. Load them from the registry, or open a file the operator exported.")
        }
        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.board.loaded
            contentWidth: availableWidth
            clip: true

            Rectangle {
                id: charts
                objectName: "dashboardCharts"
                width: scroll.availableWidth
                implicitHeight: grid.implicitHeight + 2 * Theme.padding
                color: Theme.window

                GridLayout {
                    id: grid
                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    columns: width > 1100 ? 3 : 2
                    columnSpacing: Theme.spacing
                    rowSpacing: Theme.spacing

                    Label {
                        Layout.columnSpan: grid.columns
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        color: Theme.text
                        text: qsTr("Event months %1 · generated %2 · %3 · hidden figures: “<%4” fewer than %4, "
                                   + "“x” hidden to protect another figure")
                              .arg(root.board.periodText).arg(root.board.generatedText)
                              .arg(root.board.nearMissRatio).arg(root.board.k)
                    }
                    HeatGrid {
                        Layout.columnSpan: grid.columns
                        Layout.fillWidth: true
                        matrix: root.board.kindByMonth
                    }
                    BarChartCard {
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        chart: root.board.monthTotals
                        labelWidth: 70
                    }
                    BarChartCard {
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        chart: root.board.byCategory
                    }
                    BarChartCard {
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        chart: root.board.byUnit
                    }
                    BarChartCard {
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        chart: root.board.modes
                    }
                    BarChartCard {
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        chart: root.board.clockMedians
                        unit: qsTr("d")
                    }
                    BarChartCard {
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        chart: root.board.clockShares
                        unit: "%"
                    }
                    BarChartCard {
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        chart: root.board.workload
                    }
                    BarChartCard {
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        chart: root.board.advisorLoad
                    }
                    BarChartCard {
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        chart: root.board.willingness
                        unit: "%"
                        labelWidth: 70
                    }
                    BarChartCard {
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        chart: root.board.retaliation
                        labelWidth: 70
                    }
                    // Capacity (issue 16 §5): workload of named advisors, exact figures for
                    // management, not statistics about units (docs/advisor.md "Capacity").
                    Label {
                        objectName: "capacityHeading"
                        Layout.columnSpan: grid.columns
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacing
                        wrapMode: Text.WordWrap
                        color: Theme.text
                        font.bold: true
                        text: root.board.capacity.loaded
                              ? qsTr("Capacity · cases received %1 · open load now · red mark: the route's contact clock").arg(root.board.capacity.periodText)
                              : (root.board.capacity.lastError.length > 0 ? root.board.capacity.lastError
                                                                          : qsTr("Capacity: no figures loaded."))
                    }
                    BarChartCard {
                        visible: root.board.capacity.loaded
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        chart: root.board.capacity.openLoad
                    }
                    BarChartCard {
                        visible: root.board.capacity.loaded
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        chart: root.board.capacity.firstContact
                        unit: qsTr("h")
                    }
                    BarChartCard {
                        visible: root.board.capacity.loaded
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        chart: root.board.capacity.withinClock
                        unit: "%"
                    }
                    BarChartCard {
                        visible: root.board.capacity.loaded
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        chart: root.board.capacity.groupLoad
                    }
                }
            }
        }
    }
}
