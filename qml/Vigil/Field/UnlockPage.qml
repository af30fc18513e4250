// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field.Core

// The lock screen. It shows nothing about reports; sending goes on while it is locked.
FieldPage {
    id: root

    objectName: "unlockPage"
    title: qsTr("Vigil is locked")

    InfoBanner {
        Layout.fillWidth: true
        tone: "danger"
        text: App.lastError
    }
    InfoBanner {
        Layout.fillWidth: true
        visible: App.busy
        text: App.busy ? qsTr("Unlocking…") : ""
    }
    PinPad {
        id: pad
        objectName: "pinPad"
        Layout.fillWidth: true
        busy: App.busy
        confirmText: qsTr("Unlock")
        onEntered: (pin) => {
            App.unlock(pin)
            pad.clear()
        }
    }
}
