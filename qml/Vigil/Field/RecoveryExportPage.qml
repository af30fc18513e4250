// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field.Core

// A recovery code for one report (issue 16 §6): its conversation keys sealed under a
// passphrase the reporter chooses, so a lost or replaced phone does not end the conversation.
// The code is shown once and never sent anywhere; whoever has it and the passphrase can read
// the answers and write as the reporter, so the page says how to keep it.
FieldPage {
    id: root

    property string reportId: App.conversation.reportId

    objectName: "recoveryExportPage"
    title: qsTr("Keep this conversation")
    showBack: true
    onBackRequested: {
        App.recovery.clear()
        root.StackView.view.pop()
    }

    Text {
        Layout.fillWidth: true
        text: qsTr("If you lose this phone or get a new one, a recovery code lets you continue this conversation on another enrolled phone: you read the answers and can write back. Your own earlier messages stay on this phone.")
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    InfoBanner {
        Layout.fillWidth: true
        tone: "warning"
        text: qsTr("Anyone with the code and its passphrase can read the answers and write in your name. Keep them apart: the code in a password manager or a private note, the passphrase in your head.")
    }
    SecretField {
        id: passphrase
        objectName: "recoveryPassphrase"
        Layout.fillWidth: true
        visible: App.recovery.code.length === 0
        label: qsTr("Passphrase (at least %1 characters)").arg(App.recovery.minPassphrase)
        maximumLength: 200
    }
    SecretField {
        id: repeat
        objectName: "recoveryPassphraseRepeat"
        Layout.fillWidth: true
        visible: App.recovery.code.length === 0
        label: qsTr("The same passphrase again")
        maximumLength: 200
        hint: repeat.text.length > 0 && repeat.text !== passphrase.text ? qsTr("The two passphrases differ.") : ""
    }
    InfoBanner {
        Layout.fillWidth: true
        tone: "danger"
        text: App.recovery.error
    }
    ActionButton {
        objectName: "makeRecoveryButton"
        Layout.fillWidth: true
        visible: App.recovery.code.length === 0
        text: App.recovery.busy ? qsTr("Making the code…") : qsTr("Make the recovery code")
        enabled: !App.recovery.busy && passphrase.text.length >= App.recovery.minPassphrase
                 && repeat.text === passphrase.text
        onClicked: App.recovery.make(root.reportId, passphrase.text)
    }

    SectionHeading {
        Layout.fillWidth: true
        visible: App.recovery.code.length > 0
        text: qsTr("Your recovery code")
    }
    // The whole code goes by copy or file; the page shows its start, so that the buttons stay
    // in reach of a thumb instead of below a wall of characters.
    Rectangle {
        Layout.fillWidth: true
        visible: App.recovery.code.length > 0
        implicitHeight: codeText.implicitHeight + 2 * Theme.spacing
        color: Theme.surface
        border.color: Theme.border
        border.width: Theme.borderWidth
        radius: Theme.radius
        Text {
            id: codeText
            objectName: "recoveryCodeText"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.spacing
            text: App.recovery.code
            wrapMode: Text.WrapAnywhere
            maximumLineCount: 4
            elide: Text.ElideRight
            color: Theme.text
            font.family: "monospace"
            font.pixelSize: Theme.fontSmall
        }
    }
    Text {
        Layout.fillWidth: true
        visible: App.recovery.code.length > 0
        text: qsTr("%1 characters. Keep all of them: copy the code or save it as a file.").arg(App.recovery.code.length)
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }
    ActionButton {
        objectName: "copyRecoveryButton"
        Layout.fillWidth: true
        visible: App.recovery.code.length > 0
        text: qsTr("Copy the code")
        onClicked: {
            App.recovery.copyCode()
            saved.tone = "good"
            saved.text = qsTr("Copied. Paste it where you keep it, then clear your clipboard.")
        }
    }
    ActionButton {
        objectName: "saveRecoveryButton"
        Layout.fillWidth: true
        kind: "secondary"
        visible: App.recovery.code.length > 0
        text: qsTr("Save the code as a file")
        onClicked: saveDialog.open()
    }
    InfoBanner {
        id: saved
        Layout.fillWidth: true
        tone: "good"
    }
    FileDialog {
        id: saveDialog
        objectName: "recoveryFileDialog"
        title: qsTr("Save the recovery code")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Vigil recovery codes (*.vigil-recovery)")]
        onAccepted: {
            const ok = App.recovery.saveCode(selectedFile)
            saved.tone = ok ? "good" : "danger"
            saved.text = ok ? qsTr("Saved. Move the file off this phone, to a place only you can open.")
                            : qsTr("The code could not be saved.")
        }
    }
}
