// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field.Core

// Restoring a conversation from a recovery code made on another phone (issue 16 §6). The code
// and passphrase never leave this phone; afterwards the report is listed here and its answers
// are read from the mailbox at the next sync, as on the phone that filed it.
FieldPage {
    id: root

    objectName: "recoveryRestorePage"
    title: qsTr("Restore a conversation")
    showBack: true
    onBackRequested: {
        App.recovery.clear()
        root.StackView.view.pop()
    }

    Connections {
        target: App.recovery
        function onRestored() {
            code.text = ""
            passphrase.text = ""
        }
    }

    Text {
        Layout.fillWidth: true
        text: qsTr("Paste the recovery code you made on your other phone and type its passphrase. Nobody at the relay or the registry learns that you did this.")
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    TextEntryField {
        id: code
        objectName: "restoreCode"
        Layout.fillWidth: true
        label: qsTr("Recovery code")
        placeholder: "vigil-recovery-1:…"
        multiline: true
        maximumLength: 20000
        // A code is over a thousand characters: the field scrolls instead of pushing the
        // passphrase and the answer off the screen.
        maximumHeight: 160
    }
    SecretField {
        id: passphrase
        objectName: "restorePassphrase"
        Layout.fillWidth: true
        label: qsTr("Passphrase")
        maximumLength: 200
    }
    InfoBanner {
        Layout.fillWidth: true
        tone: "danger"
        text: App.recovery.error
    }
    InfoBanner {
        objectName: "restoreResult"
        Layout.fillWidth: true
        tone: "good"
        text: App.recovery.restoredReportId.length > 0
              ? qsTr("Restored: %1. Its answers arrive with the next sync.").arg(
                    App.recovery.restoredTitle.length > 0 ? App.recovery.restoredTitle : qsTr("your report"))
              : ""
    }
    ActionButton {
        objectName: "restoreButton"
        Layout.fillWidth: true
        text: App.recovery.busy ? qsTr("Opening the code…") : qsTr("Restore")
        enabled: !App.recovery.busy && code.text.trim().length > 0 && passphrase.text.length > 0
        onClicked: App.recovery.restore(code.text, passphrase.text)
    }
    ActionButton {
        objectName: "openRestoredButton"
        Layout.fillWidth: true
        kind: "secondary"
        visible: App.recovery.restoredReportId.length > 0
        text: qsTr("Open the conversation")
        onClicked: {
            App.conversation.open(App.recovery.restoredReportId)
            root.StackView.view.push(Qt.resolvedUrl("ConversationPage.qml"))
        }
    }
}
