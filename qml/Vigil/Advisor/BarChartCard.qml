// SPDX-License-Identifier: EUPL-1.2
// A horizontal bar chart. A published figure gets a bar in proportion; a hidden one gets only
// its label ("<5" or "x") on a fixed, hatched placeholder that says nothing about its size.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: root

    required property var chart
    property int labelWidth: 170
    property string unit: ""

    implicitHeight: column.implicitHeight + 2 * Theme.padding
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius
    Accessible.role: Accessible.Chart
    Accessible.name: chart ? chart.title : ""

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: 4

        Label {
            text: root.chart ? root.chart.title : ""
            font.bold: true
            color: Theme.text
        }
        Label {
            visible: root.chart && root.chart.count === 0
            text: qsTr("No figures.")
            color: Theme.muted
            font.pixelSize: Theme.fontSmall
        }
        Repeater {
            model: root.chart
            delegate: RowLayout {
                id: bar
                required property string label
                required property string display
                required property bool hidden
                required property real fraction
                required property string note
                required property real targetFraction
                Layout.fillWidth: true
                spacing: 6

                Label {
                    Layout.preferredWidth: root.labelWidth
                    text: bar.label
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                    ToolTip.visible: hover.hovered && bar.note.length > 0
                    ToolTip.text: bar.note
                    HoverHandler {
                        id: hover
                    }
                }
                Item {
                    id: track
                    Layout.fillWidth: true
                    implicitHeight: 16

                    Rectangle {
                        visible: !bar.hidden
                        height: parent.height
                        width: Math.max(bar.fraction > 0 ? 2 : 0, track.width * bar.fraction)
                        color: Theme.accent
                        radius: 2
                    }
                    // Hidden figure: a fixed-size placeholder, never a length.
                    Rectangle {
                        visible: bar.hidden
                        width: 30
                        height: parent.height
                        color: "transparent"
                        border.color: Theme.suppressed
                        radius: 2
                        Canvas {
                            anchors.fill: parent
                            anchors.margins: 1
                            onPaint: {
                                const ctx = getContext("2d")
                                ctx.strokeStyle = Theme.suppressed
                                ctx.lineWidth = 1
                                for (let x = -height; x < width; x += 5) {
                                    ctx.beginPath()
                                    ctx.moveTo(x, height)
                                    ctx.lineTo(x + height, 0)
                                    ctx.stroke()
                                }
                            }
                        }
                    }
                    Rectangle {
                        visible: bar.targetFraction >= 0
                        x: track.width * Math.max(0, bar.targetFraction) - 1
                        width: 2
                        height: parent.height + 4
                        y: -2
                        color: Theme.overdue
                    }
                }
                Label {
                    objectName: "figure"
                    Layout.preferredWidth: 56
                    horizontalAlignment: Text.AlignRight
                    text: bar.display + (bar.hidden || root.unit.length === 0 ? "" : " " + root.unit)
                    font.pixelSize: Theme.fontSmall
                    font.bold: !bar.hidden
                    font.italic: bar.hidden
                    color: bar.hidden ? Theme.muted : Theme.text
                }
            }
        }
    }
}
