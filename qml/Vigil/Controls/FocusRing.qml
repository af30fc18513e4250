// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Templates as T

// The keyboard focus mark: a thick ring drawn a few pixels outside the control, so it shows
// on filled and outlined controls alike, and at night differs from a frame by its place and
// the gap, not only by its colour. Put it inside a control's background.
Rectangle {
    id: root

    /// The control whose visual focus it shows.
    required property T.Control target

    anchors.fill: parent
    anchors.margins: -6
    radius: Theme.radius + 6
    color: "transparent"
    border.width: 3
    border.color: Theme.focus
    visible: root.target.visualFocus
}
