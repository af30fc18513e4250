// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field.Core

// The anonymous conversation about one report. Replies can only be read on this phone;
// answers are sealed to the report's readers, like the report itself.
FieldPage {
    id: root

    objectName: "conversationPage"
    title: qsTr("Conversation")
    showBack: true
    onBackRequested: root.StackView.view.pop()

    /// The answer box is cleared only when its own text was sent (a retaliation signal sent
    /// from its page leaves a half-written answer alone).
    property bool answerSending: false

    Connections {
        target: App.conversation
        function onSent() {
            if (root.answerSending)
                answer.text = ""
            root.answerSending = false
        }
        function onBusyChanged() {
            if (!App.conversation.busy && App.conversation.lastError.length > 0)
                root.answerSending = false
        }
        // A reply that arrives while the page is open is read at once.
        function onCountChanged() { App.outbox.markRead(App.conversation.reportId) }
    }
    Component.onCompleted: App.outbox.markRead(App.conversation.reportId)

    Text {
        Layout.fillWidth: true
        text: App.conversation.title
        color: Theme.text
        font.pixelSize: Theme.fontLarge
        font.bold: true
        wrapMode: Text.Wrap
    }
    Text {
        Layout.fillWidth: true
        visible: App.conversation.count === 0
        text: qsTr("No replies yet. The people who read your report can answer here, without learning who you are.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    Repeater {
        model: App.conversation
        delegate: MessageDelegate { Layout.fillWidth: true }
    }
    // Once the advisor closed the case: three optional questions (issue 16 §4).
    ChoiceCard {
        objectName: "surveyCard"
        Layout.fillWidth: true
        visible: App.conversation.surveyOffered
        emphasised: true
        title: qsTr("Tell us how it went")
        description: qsTr("Three optional questions, anonymous. Only counted in groups of five or more.")
        onClicked: root.StackView.view.push(Qt.resolvedUrl("SurveyPage.qml"))
    }
    // The aftercare plan (issue 16 §2): the next moment the advisor will write, as their newest
    // reply said, and the reporter's say in it.
    InfoBanner {
        objectName: "nextCheckIn"
        Layout.fillWidth: true
        visible: !isNaN(App.conversation.nextCheckIn)
        text: visible ? qsTr("Next check-in: %1").arg(App.conversation.nextCheckIn.toLocaleDateString(Qt.locale(),
                                                                                                        Locale.LongFormat))
                      : ""
    }
    Text {
        objectName: "contactDeclined"
        Layout.fillWidth: true
        visible: App.conversation.contactDeclined
        text: qsTr("You said you want no further contact. You can still write here at any time.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    TextEntryField {
        id: answer
        objectName: "answer"
        Layout.fillWidth: true
        label: qsTr("Your answer")
        multiline: true
        maximumLength: 8000
    }
    InfoBanner {
        Layout.fillWidth: true
        tone: "danger"
        text: App.conversation.lastError
    }
    ActionButton {
        objectName: "sendAnswerButton"
        Layout.fillWidth: true
        text: App.conversation.busy ? qsTr("Sealing…") : qsTr("Seal and send")
        enabled: answer.text.trim().length > 0 && !App.conversation.busy
        onClicked: {
            root.answerSending = true
            App.conversation.send(answer.text)
        }
    }
    ActionButton {
        objectName: "consequencesButton"
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        kind: "secondary"
        text: qsTr("I am experiencing consequences of my report")
        enabled: !App.conversation.busy
        onClicked: root.StackView.view.push(Qt.resolvedUrl("ConsequencesPage.qml"))
    }
    ActionButton {
        objectName: "moreContactButton"
        Layout.fillWidth: true
        kind: "secondary"
        visible: App.conversation.count > 0
        text: qsTr("I'd like more contact")
        enabled: !App.conversation.busy
        onClicked: App.conversation.askMoreContact()
    }
    ActionButton {
        objectName: "declineContactButton"
        Layout.fillWidth: true
        kind: "secondary"
        visible: App.conversation.count > 0 && !App.conversation.contactDeclined
        text: qsTr("No further contact, thank you")
        enabled: !App.conversation.busy
        onClicked: declineDialog.open()
    }
    ActionButton {
        objectName: "recoveryButton"
        Layout.fillWidth: true
        kind: "secondary"
        text: qsTr("Keep this conversation if you lose your phone")
        enabled: !App.conversation.busy
        onClicked: root.StackView.view.push(Qt.resolvedUrl("RecoveryExportPage.qml"))
    }

    ConfirmDialog {
        id: declineDialog
        objectName: "declineDialog"
        title: qsTr("No further contact?")
        message: qsTr("The advisor stops the planned check-ins and will not write to you again unless you write "
                      + "first. You can still write here at any time.")
        confirmText: qsTr("No further contact")
        cancelText: qsTr("Keep the check-ins")
        onConfirmed: App.conversation.declineContact()
    }
}
