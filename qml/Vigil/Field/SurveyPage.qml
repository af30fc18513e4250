// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field.Core

// "Tell us how it went" (issue 16 §4): once the advisor closed the case, three optional
// questions. The answers travel sealed to the registry in the conversation's next follow-up
// and are only ever counted with at least four other reporters' (docs/statistics.md); the
// readers of the report see that the reporter answered, never what. Every question can be
// left open, and the whole survey skipped for good.
FieldPage {
    id: root

    objectName: "surveyPage"
    title: qsTr("Tell us how it went")
    showBack: true
    onBackRequested: root.StackView.view.pop()

    property int heard: 0       // 1…5, 0: not answered
    property string again: ""   // yes, unsure, no, "": not answered
    property int fear: 0        // 1…5, 0: not answered
    property bool surveySending: false
    readonly property bool answered: heard > 0 || again.length > 0 || fear > 0

    Connections {
        target: App.conversation
        function onSent() {
            if (!root.surveySending)
                return
            root.surveySending = false
            root.StackView.view.pop()
        }
        function onBusyChanged() {
            if (!App.conversation.busy && App.conversation.lastError.length > 0)
                root.surveySending = false
        }
    }

    Text {
        Layout.fillWidth: true
        text: qsTr("Your report has been closed. Three short questions help make reporting better for everyone. Answering is optional, and you can leave any question open.")
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    InfoBanner {
        objectName: "surveyPrivacy"
        Layout.fillWidth: true
        text: qsTr("Your answers stay anonymous. They go sealed to the registry, not to the advisor, and are only counted together with those of at least four other reporters, never on their own.")
    }

    SectionHeading {
        Layout.fillWidth: true
        text: qsTr("Did you feel heard?")
        hint: qsTr("1 = not at all, 5 = completely")
    }
    Flow {
        Layout.fillWidth: true
        spacing: 8
        Repeater {
            model: [1, 2, 3, 4, 5]
            delegate: ActionButton {
                required property int modelData
                objectName: "heard_" + modelData
                kind: root.heard === modelData ? "primary" : "secondary"
                font.pixelSize: Theme.fontBody
                text: String(modelData)
                Accessible.name: qsTr("Felt heard: %1 of 5").arg(modelData)
                onClicked: root.heard = (root.heard === modelData ? 0 : modelData)
            }
        }
    }

    SectionHeading { Layout.fillWidth: true; text: qsTr("Would you report again?") }
    Flow {
        Layout.fillWidth: true
        spacing: 8
        Repeater {
            model: [{value: "yes", title: qsTr("Yes")}, {value: "unsure", title: qsTr("Not sure")},
                    {value: "no", title: qsTr("No")}]
            delegate: ActionButton {
                required property var modelData
                objectName: "again_" + modelData.value
                kind: root.again === modelData.value ? "primary" : "secondary"
                font.pixelSize: Theme.fontBody
                text: modelData.title
                onClicked: root.again = (root.again === modelData.value ? "" : modelData.value)
            }
        }
    }

    SectionHeading {
        Layout.fillWidth: true
        text: qsTr("How much do you fear consequences of your report?")
        hint: qsTr("1 = not at all, 5 = very much")
    }
    Flow {
        Layout.fillWidth: true
        spacing: 8
        Repeater {
            model: [1, 2, 3, 4, 5]
            delegate: ActionButton {
                required property int modelData
                objectName: "fear_" + modelData
                kind: root.fear === modelData ? "primary" : "secondary"
                font.pixelSize: Theme.fontBody
                text: String(modelData)
                Accessible.name: qsTr("Fear of consequences: %1 of 5").arg(modelData)
                onClicked: root.fear = (root.fear === modelData ? 0 : modelData)
            }
        }
    }

    InfoBanner {
        Layout.fillWidth: true
        tone: "danger"
        text: App.conversation.lastError
    }
    ActionButton {
        objectName: "sendSurveyButton"
        Layout.fillWidth: true
        text: App.conversation.busy ? qsTr("Sealing…") : qsTr("Seal and send my answers")
        enabled: root.answered && !App.conversation.busy
        onClicked: {
            root.surveySending = true
            App.conversation.sendSurvey(root.heard, root.again, root.fear)
        }
    }
    ActionButton {
        objectName: "skipSurveyButton"
        Layout.fillWidth: true
        kind: "secondary"
        text: qsTr("Skip, do not ask again")
        enabled: !App.conversation.busy
        onClicked: {
            App.conversation.skipSurvey()
            root.StackView.view.pop()
        }
    }
}
