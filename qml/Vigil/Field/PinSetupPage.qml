// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field.Core

// Choose a PIN, then repeat it. The PIN protects drafts, reply keys and receipts. The keypad
// sits in the page footer, so it stays exactly where it is between the two steps and on the
// lock screen: a fast thumb never lands on a key that moved.
FieldPage {
    id: root

    property string firstPin
    /// Why the PIN just entered was refused (too easy to guess); cleared by the next try.
    property string refusal

    objectName: "pinSetupPage"
    title: root.firstPin.length === 0 ? qsTr("Choose a PIN") : qsTr("Repeat your PIN")

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
        objectName: "pinInstruction"
        Layout.fillWidth: true
        text: root.firstPin.length === 0
              ? qsTr("At least 6 digits, not a row like 123456 nor a repeat like 121212. Do not use your date of birth or your service number. Nobody can recover a forgotten PIN.")
              : qsTr("Enter the same PIN again.")
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    InfoBanner {
        objectName: "pinError"
        Layout.fillWidth: true
        tone: "danger"
        text: root.refusal.length > 0 ? root.refusal : App.lastError
    }
    InfoBanner {
        Layout.fillWidth: true
        visible: App.busy
        text: App.busy ? qsTr("Protecting the vault…") : ""
    }

    footer: Item {
        implicitHeight: pad.implicitHeight + 2 * Theme.margin
        PinPad {
            id: pad
            objectName: "pinPad"
            y: Theme.margin
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(Theme.pageWidth, parent.width - 2 * Theme.margin)
            busy: App.busy
            confirmText: root.firstPin.length === 0 ? qsTr("Next") : qsTr("Save")
            onEntered: (pin) => {
                App.clearError()
                root.refusal = App.pinGuard.refusal(pin)
                if (root.refusal.length > 0) {
                    // Refused at the first step, before the user learns it by heart twice.
                    root.firstPin = ""
                } else if (root.firstPin.length === 0) {
                    root.firstPin = pin
                } else {
                    App.createPin(root.firstPin, pin)
                    root.firstPin = ""
                }
                pad.clear()
            }
        }
    }
}
