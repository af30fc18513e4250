// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import Vigil.Controls
import Vigil.Field.Core

// The window. Portrait first: phones, and tablets held upright.
ApplicationWindow {
    id: window

    width: 420
    height: 860
    visible: true
    title: qsTr("Vigil")
    color: Theme.background

    AppShell {
        anchors.fill: parent
    }
}
