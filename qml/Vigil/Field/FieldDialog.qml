// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import Vigil.Controls

// The frame every field-app dialog shares: centred and touch-wide, a thick frame, the title as
// a wrapped heading. Modal with focus, so that Escape and Back close it (CloseOnEscape needs
// the focus); a tap beside it does not, since these dialogs guard a choice.
Dialog {
    id: root

    property color frameColor: Theme.border

    modal: true
    focus: true
    anchors.centerIn: T.Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 400, 480)
    padding: Theme.margin
    closePolicy: Popup.CloseOnEscape
    background: Rectangle {
        color: Theme.background
        radius: Theme.radius
        border.width: 4
        border.color: root.frameColor
    }
    header: Text {
        text: root.title
        padding: Theme.margin
        bottomPadding: 0   // the dialog's own padding already parts title and content
        color: Theme.text
        font.pixelSize: Theme.fontLarge
        font.bold: true
        wrapMode: Text.Wrap
    }
}
