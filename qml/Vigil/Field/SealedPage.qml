// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field.Core

// After sealing: what happens next, in one breath — the receipt code to keep, and when an
// answer is due.
FieldPage {
    id: root

    /// Sealed on the social-safety path: help is offered here too.
    property bool social: false

    objectName: "sealedPage"
    title: qsTr("Sealed")

    InfoBanner {
        Layout.fillWidth: true
        tone: "good"
        text: qsTr("Your report is sealed and in your outbox. It is sent by itself as soon as there is a connection.")
    }

    InfoBanner {
        objectName: "sealedAwaitingToken"
        Layout.fillWidth: true
        visible: App.draft.lastSealedAwaitingToken
        text: qsTr("It waits for a filing token: this phone has none left. At its next connection to Vigil, while unlocked, it gets new ones and sends your report by itself. Nothing is lost. Your receipt code appears in the outbox once it is sent.")
    }

    SectionHeading {
        Layout.fillWidth: true
        visible: App.draft.lastSealedCode.length > 0
        text: qsTr("Your receipt code")
        hint: qsTr("When your report arrives, Vigil signs for this code. With it you can show that you reported, without showing what.")
    }
    ColumnLayout {
        Layout.fillWidth: true
        visible: App.draft.lastSealedCode.length > 0
        spacing: 8
        TextInput {
            id: code
            objectName: "sealedReceiptCode"
            Layout.fillWidth: true
            text: App.draft.lastSealedCode
            readOnly: true
            selectByMouse: true
            color: Theme.text
            selectionColor: Theme.accent
            selectedTextColor: Theme.accentText
            font.pixelSize: Theme.fontLarge
            font.family: "monospace"
            font.bold: true
            wrapMode: TextInput.WrapAnywhere
            Accessible.name: qsTr("Receipt code %1").arg(text.split("").join(" "))
        }
        ActionButton {
            objectName: "copyCodeButton"
            Layout.preferredWidth: Theme.touchTarget * 3
            kind: "secondary"
            font.pixelSize: Theme.fontBody
            text: copied ? qsTr("Copied") : qsTr("Copy")
            property bool copied: false
            onClicked: {
                code.selectAll()
                code.copy()
                code.deselect()
                copied = true
            }
        }
    }

    SectionHeading {
        Layout.fillWidth: true
        text: qsTr("What happens next")
        hint: qsTr("The people who read your report must confirm that they received it within 7 days, and tell you what they did with it within 3 months. Their answers appear in your outbox; only this phone can read them. You can add to your report there at any time.")
    }

    ChoiceCard {
        objectName: "sealedHelpCard"
        Layout.fillWidth: true
        visible: root.social
        title: qsTr("Get help now")
        description: qsTr("You do not have to wait for an answer: a confidential advisor, the company doctor or other support can help you now.")
        onClicked: root.StackView.view.push(Qt.resolvedUrl("HelpPage.qml"))
    }

    ActionButton {
        objectName: "sealedDoneButton"
        Layout.fillWidth: true
        text: qsTr("Done")
        onClicked: root.StackView.view.pop()
    }
}
