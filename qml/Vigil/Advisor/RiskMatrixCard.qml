// SPDX-License-Identifier: EUPL-1.2
// The risk register's heat maps side by side: how many open and accepted risks stand in each
// cell of the matrix, before measures (initial) and after (residual). Each cell is tinted with
// its level's colour (the risk chips'), the count on white so it reads. Counts are as the
// registry published them: a hidden count keeps its label ("<5", "x") and the legend says what
// the labels mean in words.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Rectangle {
    id: root

    readonly property var desk: Console.risks

    implicitHeight: column.implicitHeight + 2 * Theme.padding
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    function faded(level, alpha) {
        const c = Qt.color(levelColor(level)) // a literal colour is a string until made a colour
        return Qt.rgba(c.r, c.g, c.b, alpha)
    }
    function levelColor(level) {
        return level === "high" ? Theme.overdue : level === "serious" ? Theme.dueSoon
             : level === "medium" ? "#8a7a1f" : level === "low" ? Theme.good : Theme.suppressed
    }

    component Map: ColumnLayout {
        id: map
        required property string title
        required property var cells
        readonly property int columns: 6   // the corner or row label, I–IV, the total
        Layout.fillWidth: true
        Layout.preferredWidth: 1 // the two maps share the width equally
        Layout.alignment: Qt.AlignTop
        spacing: 4
        Accessible.role: Accessible.Table
        Accessible.name: title

        Label {
            text: map.title
            font.bold: true
            color: Theme.text
        }
        Grid {
            id: grid
            columns: map.columns
            spacing: 1
            readonly property int labelWidth: 44
            readonly property real cellWidth: 44 // room for "Totaal" in bold
            Repeater {
                model: map.cells
                delegate: Rectangle {
                    id: cell
                    required property var modelData
                    readonly property string kind: modelData.kind
                    width: kind === "corner" || kind === "row" ? grid.labelWidth : grid.cellWidth
                    height: 20
                    color: kind === "cell" ? Qt.tint(Theme.surface, root.faded(modelData.level, 0.42))
                         : kind === "total" ? Theme.surfaceAlt : "transparent"
                    border.width: kind === "cell" ? 1 : 0
                    border.color: root.faded(modelData.level, 0.6)
                    Accessible.role: Accessible.Cell
                    Accessible.name: modelData.name
                    Label {
                        anchors.fill: parent
                        anchors.leftMargin: 3
                        horizontalAlignment: cell.kind === "row" || cell.kind === "corner" ? Text.AlignLeft : Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        text: cell.modelData.text
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontSmall
                        font.bold: cell.kind === "total" || cell.kind === "column"
                        font.italic: cell.modelData.hidden
                        color: cell.kind === "column" || cell.kind === "row" || cell.kind === "corner" || cell.modelData.hidden
                               ? Theme.muted : Theme.text
                    }
                }
            }
        }
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: 6

        Label {
            Layout.fillWidth: true
            text: qsTr("Risk matrix: open and accepted risks you can see")
            font.bold: true
            font.pixelSize: Theme.fontNormal
            color: Theme.text
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            visible: root.desk.initialMap.length === 0
            text: qsTr("No heat map yet: it comes with the register from the registry.")
            color: Theme.muted
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.desk.initialMap.length > 0
            spacing: Theme.padding
            Map {
                objectName: "initialMap"
                title: qsTr("Initial risk")
                cells: root.desk.initialMap
            }
            Map {
                objectName: "residualMap"
                title: qsTr("Residual risk (assessed only)")
                cells: root.desk.residualMap
            }
        }
        Flow {
            Layout.fillWidth: true
            visible: root.desk.initialMap.length > 0
            spacing: 6
            Repeater {
                model: Console.language.length > 0 ? root.desk.levels() : []
                delegate: RiskChip {
                    required property var modelData
                    level: modelData.value
                    text: modelData.label
                }
            }
        }
        Label {
            objectName: "matrixLegend"
            Layout.fillWidth: true
            visible: root.desk.initialMap.length > 0
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
            text: qsTr("Rows: probability A (frequent) to E (improbable), F eliminated; columns: severity I (catastrophic) "
                       + "to IV (negligible). \"<%1\" means fewer than %1 risks; \"x\" is hidden so that a small number "
                       + "cannot be worked out from the totals.").arg(root.desk.k)
        }
    }
}
