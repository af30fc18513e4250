// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field.Core

// "I am experiencing consequences" (issue 16 §3): the reporter tells the readers of their
// report that they face retaliation for it. It goes as a message in the conversation whose
// sealed header carries the signal, so the registry reopens a closed case and gives the
// advisor 24 hours to answer. What to say is optional; help is one tap away.
FieldPage {
    id: root

    objectName: "consequencesPage"
    title: qsTr("Consequences of your report")
    showBack: true
    onBackRequested: root.StackView.view.pop()

    property bool signalSending: false

    Connections {
        target: App.conversation
        // Back to the conversation, also when "Get help now" was opened meanwhile; only for
        // this page's own signal.
        function onSent() {
            if (!root.signalSending)
                return
            root.signalSending = false
            const view = root.StackView.view
            view.pop(view.get(root.StackView.index - 1))
        }
        function onBusyChanged() {
            if (!App.conversation.busy && App.conversation.lastError.length > 0)
                root.signalSending = false
        }
    }

    Text {
        Layout.fillWidth: true
        text: qsTr("Are you being treated differently, threatened, passed over or excluded because you reported? Tell the people who read your report. They must answer you within 24 hours; a closed report is opened again. You stay anonymous.")
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    TextEntryField {
        id: what
        objectName: "consequencesText"
        Layout.fillWidth: true
        label: qsTr("What happened (optional)")
        placeholder: qsTr("Leave out names if you can; the advisor can ask.")
        multiline: true
        maximumLength: 8000
    }
    InfoBanner {
        Layout.fillWidth: true
        tone: "danger"
        text: App.conversation.lastError
    }
    ActionButton {
        objectName: "sendConsequencesButton"
        Layout.fillWidth: true
        kind: "danger"
        text: App.conversation.busy ? qsTr("Sealing…") : qsTr("Seal and send the signal")
        enabled: !App.conversation.busy
        onClicked: {
            root.signalSending = true
            App.conversation.reportConsequences(what.text)
        }
    }
    ChoiceCard {
        objectName: "consequencesHelpCard"
        Layout.fillWidth: true
        title: qsTr("Get help now")
        description: qsTr("A confidential advisor, the company doctor or other support can help you now, also before anyone answers.")
        onClicked: root.StackView.view.push(Qt.resolvedUrl("HelpPage.qml"))
    }
}
