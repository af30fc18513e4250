// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field.Core

// Choose a PIN, then repeat it. The PIN protects drafts, reply keys and receipts.
FieldPage {
    id: root

    property string firstPin

    objectName: "pinSetupPage"
    title: qsTr("Choose a PIN")

    Text {
        Layout.fillWidth: true
        text: App.organisation.length > 0
              ? qsTr("This phone is enrolled with %1.").arg(App.organisation) : ""
        visible: text.length > 0
        color: Theme.good
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.Wrap
    }
    Text {
        Layout.fillWidth: true
        text: root.firstPin.length === 0
              ? qsTr("At least 6 digits. Do not use your date of birth or your service number. Nobody can recover a forgotten PIN.")
              : qsTr("Enter the same PIN again.")
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    InfoBanner {
        Layout.fillWidth: true
        tone: "danger"
        text: App.lastError
    }
    InfoBanner {
        Layout.fillWidth: true
        visible: App.busy
        text: App.busy ? qsTr("Protecting the vault…") : ""
    }
    PinPad {
        id: pad
        objectName: "pinPad"
        Layout.fillWidth: true
        busy: App.busy
        confirmText: root.firstPin.length === 0 ? qsTr("Next") : qsTr("Set PIN")
        onEntered: (pin) => {
            if (root.firstPin.length === 0) {
                App.clearError()
                root.firstPin = pin
            } else {
                App.createPin(root.firstPin, pin)
                root.firstPin = ""
            }
            pad.clear()
        }
    }
}
