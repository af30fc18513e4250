// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field.Core

// The lock screen. It shows nothing about reports; sending goes on while it is locked, and
// "Get help now" opens the support contacts without the PIN.
// After repeated wrong PINs it makes the next try wait (App.pinGuard counts them in the store,
// so a restart does not reset them); after ten it offers the panic wipe, which still asks.
FieldPage {
    id: root

    objectName: "unlockPage"
    title: qsTr("Vigil is locked")

    function waitText(seconds) {
        return seconds < 120 ? qsTr("%n second(s)", "", seconds)
                             : qsTr("%n minute(s)", "", Math.ceil(seconds / 60))
    }

    InfoBanner {
        objectName: "unlockError"
        Layout.fillWidth: true
        tone: "danger"
        text: App.lastError
    }
    InfoBanner {
        objectName: "pinWaitBanner"
        Layout.fillWidth: true
        tone: "warning"
        text: App.pinGuard.waitSeconds > 0
              ? qsTr("Too many wrong PINs. You can try again in %1.").arg(root.waitText(App.pinGuard.waitSeconds)) : ""
    }
    InfoBanner {
        Layout.fillWidth: true
        visible: App.busy
        text: App.busy ? qsTr("Unlocking…") : ""
    }
    // Help needs no PIN: the contacts are the organisation's signed list, kept outside the
    // vault, and someone in distress must not first remember a PIN (issue 16 §1).
    ActionButton {
        objectName: "unlockHelpButton"
        Layout.fillWidth: true
        kind: "secondary"
        text: qsTr("Get help now")
        onClicked: root.StackView.view.push(Qt.resolvedUrl("HelpPage.qml"))
    }
    Text {
        Layout.fillWidth: true
        visible: App.pinGuard.wipeOffered
        text: qsTr("Forgot your PIN? Nobody can recover it. Wiping this phone deletes everything on it, reports not sent yet included, and lets you enrol again.")
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    ActionButton {
        objectName: "unlockWipeButton"
        Layout.fillWidth: true
        visible: App.pinGuard.wipeOffered
        kind: "danger"
        text: qsTr("Wipe this phone…")
        onClicked: wipeDialog.open()
    }
    PanicWipeDialog {
        id: wipeDialog
        onConfirmed: App.panicWipe()
    }

    // The same footer as on PinSetupPage: the keypad does not move between the two screens.
    footer: Item {
        implicitHeight: pad.implicitHeight + 2 * Theme.margin
        PinPad {
            id: pad
            objectName: "pinPad"
            y: Theme.margin
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(Theme.pageWidth, parent.width - 2 * Theme.margin)
            busy: App.busy || App.pinGuard.waitSeconds > 0
            confirmText: qsTr("Unlock")
            onEntered: (pin) => {
                App.unlock(pin)
                pad.clear()
            }
        }
    }
}
