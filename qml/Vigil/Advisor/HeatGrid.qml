// SPDX-License-Identifier: EUPL-1.2
// A table as a heat grid: darker is more. Hidden entries show their label on grey.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: root

    required property var matrix

    implicitHeight: column.implicitHeight + 2 * Theme.padding
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius
    Accessible.role: Accessible.Table
    Accessible.name: matrix ? matrix.title : ""

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: 6

        Label {
            text: root.matrix ? root.matrix.title : ""
            font.bold: true
            color: Theme.text
        }
        Grid {
            id: grid
            columns: root.matrix ? root.matrix.columns : 1
            spacing: 1
            // Room for the longest kind in Dutch ("Gevaarlijke situatie").
            readonly property int labelWidth: 150
            readonly property real cellWidth: Math.max(34, (column.width - labelWidth) / Math.max(1, columns - 1) - 1)

            Repeater {
                model: root.matrix
                delegate: Rectangle {
                    id: cell
                    required property string display
                    required property bool hidden
                    required property real intensity
                    required property string cellType
                    readonly property bool header: cellType === "corner" || cellType === "columnHeader"
                                                   || cellType === "rowHeader"
                    width: cellType === "corner" || cellType === "rowHeader" ? grid.labelWidth : grid.cellWidth
                    height: 22
                    color: header ? "transparent" : hidden ? "#e3e6ea"
                         : cellType === "total" ? Theme.surfaceAlt
                         : Qt.rgba(0, 0.31, 0.48, 0.08 + 0.82 * intensity)
                    Label {
                        objectName: "figure"
                        anchors.fill: parent
                        anchors.leftMargin: 3
                        anchors.rightMargin: 3
                        horizontalAlignment: cell.cellType === "rowHeader" ? Text.AlignLeft : Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        text: cell.display
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontSmall - (cell.cellType === "columnHeader" ? 1 : 0)
                        font.bold: cell.cellType === "total"
                        font.italic: cell.hidden
                        color: cell.header ? Theme.muted : cell.hidden ? Theme.muted
                             : cell.cellType === "value" && cell.intensity > 0.55 ? "white" : Theme.text
                    }
                }
            }
        }
    }
}
