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

    // Android turns an unhandled Back into closing the window, which would end the app in
    // the middle of a report: go back a page instead while there is one.
    onClosing: (close) => {
        if (Qt.platform.os === "android" && shell.goBack())
            close.accepted = false
    }

    AppShell {
        id: shell
        anchors.fill: parent
    }
}
