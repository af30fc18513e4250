// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Shapes

// A rounded, dashed outline: the look of a control that cannot be used yet. A dashed frame
// reads as "not available" in both themes, where a dimmer colour would vanish at night.
Shape {
    id: root

    property color strokeColor: Theme.disabledBorder
    property real strokeWidth: Theme.borderWidth
    property real radius: Theme.radius

    readonly property real inset: strokeWidth / 2

    ShapePath {
        strokeColor: root.strokeColor
        strokeWidth: root.strokeWidth
        strokeStyle: ShapePath.DashLine
        dashPattern: [3, 2]
        fillColor: "transparent"
        startX: root.inset + root.radius
        startY: root.inset
        PathLine { x: root.width - root.inset - root.radius; y: root.inset }
        PathArc { x: root.width - root.inset; y: root.inset + root.radius; radiusX: root.radius; radiusY: root.radius }
        PathLine { x: root.width - root.inset; y: root.height - root.inset - root.radius }
        PathArc { x: root.width - root.inset - root.radius; y: root.height - root.inset; radiusX: root.radius; radiusY: root.radius }
        PathLine { x: root.inset + root.radius; y: root.height - root.inset }
        PathArc { x: root.inset; y: root.height - root.inset - root.radius; radiusX: root.radius; radiusY: root.radius }
        PathLine { x: root.inset; y: root.inset + root.radius }
        PathArc { x: root.inset + root.radius; y: root.inset; radiusX: root.radius; radiusY: root.radius }
    }
}
