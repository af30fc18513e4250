// SPDX-License-Identifier: EUPL-1.2
// One indicator's months as a chart (docs/pdca.md "Indicators"): a bar per month with the
// published count; the alert levels μ+1σ, μ+2σ and μ+3σ as short lines over each month — they
// are frozen per period, so together they step; a red mark over a month where an alert rule
// fired. A hidden month is a gap with its label ("<5") and no bar; a month without levels has
// no lines, and without any levels the card says there were too few reports for them. Every
// figure is the registry's, suppressed there: the chart draws nothing it was not given.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Rectangle {
    id: root

    readonly property var view: Console.indicators
    /// A mark of a month with an alert this member sees was chosen.
    signal alertChosen(int id)
    readonly property var series: view.series
    readonly property color l1Color: "#8a7a1f"
    readonly property color l2Color: "#c2702a"
    readonly property color l3Color: Theme.overdue

    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    component Key: RowLayout {
        id: key
        required property color lineColor
        required property string name
        spacing: 4
        Rectangle {
            width: 18
            height: 3
            color: key.lineColor
        }
        Label {
            text: key.name
            font.pixelSize: Theme.fontSmall
            color: Theme.text
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: 6

        Label {
            objectName: "indicatorTitle"
            Layout.fillWidth: true
            text: root.view.selected.name ?? ""
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            text: (root.view.selected.scope ?? "") + " · " + qsTr("reports per month, as of %1").arg(root.view.asOf)
            color: Theme.muted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.padding
            visible: root.series.hasLevels
            Key { lineColor: root.l1Color; name: qsTr("alert level μ+1σ") }
            Key { lineColor: root.l2Color; name: qsTr("μ+2σ") }
            Key { lineColor: root.l3Color; name: qsTr("μ+3σ") }
            Label {
                text: qsTr("▲ a rule fired")
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.overdue
            }
        }
        Rectangle {
            objectName: "tooFewNote"
            Layout.fillWidth: true
            visible: root.series.count > 0 && !root.series.hasLevels
            implicitHeight: tooFew.implicitHeight + 2 * Theme.spacing
            color: Theme.surfaceAlt
            border.color: Theme.border
            radius: Theme.radius
            Label {
                id: tooFew
                anchors.fill: parent
                anchors.margins: Theme.spacing
                wrapMode: Text.WordWrap
                color: Theme.text
                text: qsTr("Too few reports for alert levels: the baseline has hidden months or is shorter than the window.")
            }
        }
        Item {
            id: plot
            objectName: "indicatorPlot"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 160
            readonly property int axisWidth: 34
            readonly property int monthsHeight: 20
            readonly property real chartHeight: height - monthsHeight - 14
            readonly property real columnWidth: root.series.count > 0 ? (width - axisWidth) / root.series.count : 0
            readonly property real scale: root.series.scaleMax
            function yOf(v) {
                return 14 + chartHeight - chartHeight * Math.min(v, scale) / scale
            }
            Accessible.role: Accessible.Chart
            Accessible.name: qsTr("Chart of %1").arg(root.view.selected.name ?? "")

            // The scale: gridlines at 0, half and the top.
            Repeater {
                model: [0, 0.5, 1]
                delegate: Item {
                    required property var modelData
                    readonly property real value: Math.round(plot.scale * modelData)
                    x: 0
                    y: plot.yOf(value)
                    width: plot.width
                    Rectangle {
                        x: plot.axisWidth
                        width: parent.width - plot.axisWidth
                        height: 1
                        color: Theme.border
                    }
                    Label {
                        width: plot.axisWidth - 4
                        y: -height / 2
                        horizontalAlignment: Text.AlignRight
                        text: parent.value
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
                    }
                }
            }
            Row {
                x: plot.axisWidth
                height: plot.height
                Repeater {
                    model: root.series
                    delegate: Item {
                        id: bar
                        required property int index
                        required property string label
                        required property real value
                        required property bool hidden
                        required property bool hasLevels
                        required property real l1
                        required property real l2
                        required property real l3
                        required property bool alert
                        required property string alertRules
                        required property string month
                        width: plot.columnWidth
                        height: plot.height
                        Accessible.role: Accessible.StaticText
                        Accessible.name: bar.month + ": " + (bar.hidden ? qsTr("hidden, %1").arg(bar.label) : bar.label)
                                         + (bar.alert ? ", " + qsTr("alert, rule %1").arg(bar.alertRules) : "")

                        Rectangle {
                            objectName: "bar"
                            visible: !bar.hidden
                            x: plot.columnWidth * 0.15
                            width: plot.columnWidth * 0.7
                            y: plot.yOf(bar.value)
                            height: plot.yOf(0) - y
                            color: Theme.series[0]
                        }
                        Label {
                            objectName: "gap"
                            visible: bar.hidden
                            anchors.horizontalCenter: parent.horizontalCenter
                            y: plot.yOf(0) - height - 2
                            text: bar.label
                            font.pixelSize: Theme.fontSmall - 1
                            font.italic: true
                            color: Theme.muted
                        }
                        Repeater {
                            model: bar.hasLevels ? [[bar.l1, root.l1Color], [bar.l2, root.l2Color], [bar.l3, root.l3Color]] : []
                            delegate: Rectangle {
                                required property var modelData
                                x: 0
                                width: plot.columnWidth + 0.5
                                y: plot.yOf(modelData[0]) - 1
                                height: 2
                                color: modelData[1]
                            }
                        }
                        Label {
                            id: mark
                            objectName: "alertMark"
                            // The alert this month raised or joined, when the member sees it (reading
                            // the alert list makes the binding follow it).
                            readonly property int alertId: bar.alert && Console.alerts.alerts.length >= 0
                                                           ? Console.alerts.alertIdFor(root.view.selectedId, bar.month) : 0
                            visible: bar.alert
                            anchors.horizontalCenter: parent.horizontalCenter
                            y: Math.max(0, plot.yOf(Math.max(bar.value, bar.l3)) - height - 1)
                            text: "▲"
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                            font.underline: mark.alertId > 0
                            color: Theme.overdue
                            Accessible.role: mark.alertId > 0 ? Accessible.Button : Accessible.StaticText
                            Accessible.name: qsTr("Open alert %1").arg(mark.alertId)
                            MouseArea {
                                anchors.fill: parent
                                anchors.margins: -6
                                enabled: mark.alertId > 0
                                cursorShape: Qt.PointingHandCursor
                                onClicked: root.alertChosen(mark.alertId)
                            }
                        }
                        Label {
                            // Every sixth month names its month, and the last one.
                            visible: bar.index % 6 === 0 || bar.index === root.series.count - 1
                            y: plot.yOf(0) + 3
                            text: bar.month
                            font.pixelSize: Theme.fontSmall - 1
                            color: Theme.muted
                        }
                    }
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: (root.view.selected.rules ?? "").length > 0
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            text: qsTr("Alert rules: %1.").arg(root.view.selected.rules ?? "")
                  + ((root.view.selected.alerts ?? "").length > 0 ? " " + qsTr("Fired in: %1.").arg(root.view.selected.alerts) : "")
        }
        Label {
            objectName: "noTargetNote"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            font.italic: true
            color: Theme.muted
            text: qsTr("No target on the number of reports: a target on reporting discourages reporting.")
        }
    }
}
