// SPDX-License-Identifier: EUPL-1.2
// The effect card of an implemented or checked measure (docs/pdca.md "Effect check"): the
// check the registry recorded, else its preview (recorded nowhere), else the date from which it
// can be checked. The months of the before and after windows are drawn from the indicator
// board with their alert levels; the counts, exposures, the rate ratio with its 95 % interval
// and the verdict in words follow. A hidden month stays a gap, as on the Indicators tab.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Rectangle {
    id: root

    readonly property var effect: Console.effect
    readonly property var c: effect.check
    readonly property bool hasCheck: effect.status === "stored" || effect.status === "preview"
    readonly property color verdictColor: c.result === "effective" ? Theme.good
                                        : c.result === "no_change" ? Theme.overdue : Theme.dueSoon

    visible: effect.status !== "none"
    implicitHeight: column.implicitHeight + 2 * Theme.padding
    color: Theme.surfaceAlt
    border.color: Theme.border
    radius: Theme.radius
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Effect check")

    component Row2: RowLayout {
        id: row
        required property string name
        required property string value
        property bool strong: false
        property color valueColor: Theme.text
        Layout.fillWidth: true
        visible: value.length > 0
        Label {
            Layout.preferredWidth: 210
            Layout.alignment: Qt.AlignTop
            text: row.name
            color: Theme.muted
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            text: row.value
            color: row.valueColor
            font.bold: row.strong
            wrapMode: Text.WordWrap
        }
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Effect check")
                font.bold: true
                color: Theme.text
            }
            Label {
                objectName: "effectSource"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
                text: root.effect.status === "stored" ? qsTr("recorded on %1").arg(root.c.at ?? "")
                    : root.effect.status === "preview" ? qsTr("preview: computed now, not recorded")
                    : ""
            }
        }
        Label {
            objectName: "effectWaiting"
            Layout.fillWidth: true
            visible: root.effect.status === "waiting"
            wrapMode: Text.WordWrap
            color: Theme.text
            text: qsTr("Can be checked from %1: the months after the measure have not all settled yet.")
                  .arg(root.effect.settlesOn)
        }
        Label {
            Layout.fillWidth: true
            visible: root.effect.status === "loading" || root.effect.status === "unavailable"
            wrapMode: Text.WordWrap
            color: Theme.muted
            text: root.effect.status === "loading" ? qsTr("Asking the registry for the effect check…") : root.effect.message
        }
        Label {
            Layout.fillWidth: true
            visible: root.hasCheck
            text: qsTr("Indicator: %1").arg(root.c.indicatorName ?? "")
            color: Theme.text
            elide: Text.ElideRight
        }
        // The months of both windows with their alert levels; the month of implementation between them.
        Item {
            id: plot
            objectName: "effectPlot"
            Layout.fillWidth: true
            Layout.preferredHeight: 120
            visible: root.hasCheck && root.effect.windows.count > 0
            readonly property real columnWidth: root.effect.windows.count > 0 ? width / root.effect.windows.count : 0
            readonly property real scale: Math.max(1, root.effect.windows.scaleMax)
            readonly property real chartHeight: height - 18
            function yOf(v) {
                return chartHeight - chartHeight * Math.min(v, scale) / scale
            }
            Accessible.role: Accessible.Chart
            Accessible.name: qsTr("Months before and after the measure")
            Row {
                height: plot.height
                Repeater {
                    model: root.effect.windows
                    delegate: Item {
                        id: bar
                        required property int index
                        required property string month
                        required property string label
                        required property real value
                        required property bool hidden
                        required property bool hasLevels
                        required property real l1
                        required property real l2
                        required property real l3
                        readonly property bool before: month >= (root.c.beforeFrom ?? "") && month <= (root.c.beforeTo ?? "")
                        readonly property bool after: month >= (root.c.afterFrom ?? "") && month <= (root.c.afterTo ?? "")
                        width: plot.columnWidth
                        height: plot.height
                        Rectangle {
                            // The window the month belongs to, as a band behind it.
                            width: parent.width
                            height: plot.chartHeight
                            color: bar.before ? Theme.accentSoft : bar.after ? Theme.goodSoft : "transparent"
                        }
                        Rectangle {
                            visible: !bar.hidden
                            x: plot.columnWidth * 0.2
                            width: plot.columnWidth * 0.6
                            y: plot.yOf(bar.value)
                            height: plot.yOf(0) - y
                            color: Theme.series[0]
                        }
                        Label {
                            visible: bar.hidden
                            anchors.horizontalCenter: parent.horizontalCenter
                            y: plot.yOf(0) - height - 2
                            text: bar.label
                            font.pixelSize: Theme.fontSmall - 1
                            font.italic: true
                            color: Theme.muted
                        }
                        Repeater {
                            model: bar.hasLevels ? [bar.l1, bar.l2, bar.l3] : []
                            delegate: Rectangle {
                                required property var modelData
                                required property int index
                                width: plot.columnWidth + 0.5
                                y: plot.yOf(modelData) - 1
                                height: 2
                                color: index === 2 ? Theme.overdue : index === 1 ? "#c2702a" : "#8a7a1f"
                            }
                        }
                        Label {
                            visible: bar.index === 0 || bar.index === root.effect.windows.count - 1
                            y: plot.chartHeight + 2
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
            visible: plot.visible
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
            text: qsTr("Blue band: before; green band: after; lines: the alert levels μ+1σ, μ+2σ, μ+3σ of each month.")
        }
        Row2 {
            objectName: "effectBefore"
            visible: root.hasCheck
            name: qsTr("Before (%1 to %2)").arg(root.c.beforeFrom ?? "").arg(root.c.beforeTo ?? "")
            value: qsTr("%1 reports over %2 %3").arg(root.c.beforeCount ?? "").arg(root.c.beforeExposure ?? "")
                   .arg(root.c.exposureUnit ?? "")
        }
        Row2 {
            objectName: "effectAfter"
            visible: root.hasCheck
            name: qsTr("After (%1 to %2)").arg(root.c.afterFrom ?? "").arg(root.c.afterTo ?? "")
            value: qsTr("%1 reports over %2 %3").arg(root.c.afterCount ?? "").arg(root.c.afterExposure ?? "")
                   .arg(root.c.exposureUnit ?? "")
        }
        Row2 {
            visible: root.hasCheck
            name: qsTr("Rate ratio")
            value: (root.c.ratio ?? "").length > 0
                   ? ((root.c.ci ?? "").length > 0 ? qsTr("%1 (95% interval %2)").arg(root.c.ratio).arg(root.c.ci) : root.c.ratio)
                   : qsTr("not computable from these counts")
        }
        Row2 {
            objectName: "effectVerdict"
            visible: root.hasCheck
            name: qsTr("Verdict")
            value: root.c.verdict ?? ""
            strong: true
            valueColor: root.verdictColor
        }
        // Recording the preview as the measure's check ends its cycle: asked first.
        RowLayout {
            Layout.fillWidth: true
            visible: root.effect.status === "preview"
                     && Console.measures.steps.some(s => s.to === "checked")
            Button {
                id: record
                objectName: "effectRecord"
                property bool asking: false
                visible: !asking
                text: qsTr("Record this check…")
                Accessible.name: qsTr("Record this check as the measure's verdict")
                onClicked: asking = true
            }
            Label {
                Layout.fillWidth: true
                visible: record.asking
                wrapMode: Text.WordWrap
                color: Theme.text
                text: qsTr("Check the measure with this verdict? A checked measure takes no further step.")
            }
            Button {
                objectName: "effectRecordConfirm"
                visible: record.asking
                highlighted: true
                text: qsTr("Record it")
                Accessible.name: text
                onClicked: {
                    record.asking = false
                    Console.measures.checkByEffect()
                }
            }
            Button {
                visible: record.asking
                text: qsTr("Not now")
                Accessible.name: text
                onClicked: record.asking = false
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.hasCheck
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            font.italic: true
            color: Theme.muted
            text: qsTr("Fewer reports can also mean fewer people reporting: read the verdict with what you know of the unit.")
        }
    }
}
