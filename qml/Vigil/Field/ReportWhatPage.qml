// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field.Core

// Quick path, step 2 of 3: what happened and when ("just now" unless changed). Details are
// optional, one tap away.
FieldPage {
    id: root

    readonly property bool social: App.draft.domain !== "physical"
    readonly property bool advisor: App.draft.door === "advisor"

    objectName: "reportWhatPage"
    title: root.advisor ? qsTr("Confidential advisor") : Labels.kindTitle(App.draft.kind)
    showBack: true
    onBackRequested: root.StackView.view.pop()

    Text {
        Layout.fillWidth: true
        visible: root.advisor
        text: qsTr("A confidential advisor listens, explains your options and keeps what you say to themselves. Nothing is reported to your chain of command unless you decide so. Leave a message; the advisor answers in this app.")
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }

    TextEntryField {
        id: narrative
        objectName: "narrative"
        Layout.fillWidth: true
        label: root.advisor ? qsTr("What would you like to talk about?") : qsTr("What happened?")
        placeholder: root.social ? qsTr("Describe what happened, in your own words. Leave out names if you can.")
                                 : qsTr("For example: at the stop we smelled fuel; a jerrycan was leaking because straps were missing.")
        multiline: true
        maximumLength: 16000
        text: App.draft.narrative
        onEdited: if (App.draft.narrative !== text) App.draft.narrative = text
    }

    SectionHeading {
        Layout.fillWidth: true
        visible: !root.advisor
        text: qsTr("When?")
    }
    Flow {
        Layout.fillWidth: true
        visible: !root.advisor
        spacing: 8
        Repeater {
            model: ["now", "today", "month", "date"]
            delegate: ActionButton {
                required property string modelData
                objectName: "when_" + modelData
                kind: App.draft.whenChoice === modelData ? "primary" : "secondary"
                font.pixelSize: Theme.fontBody
                text: Labels.whenTitle(modelData)
                onClicked: App.draft.whenChoice = modelData
            }
        }
    }
    TextEntryField {
        objectName: "whenDate"
        Layout.fillWidth: true
        visible: App.draft.whenChoice === "date" && !root.advisor
        label: qsTr("Date (year-month-day)")
        placeholder: "2025-03-12"
        maximumLength: 10
        inputMethodHints: Qt.ImhDate
        text: App.draft.whenDate
        onEdited: if (App.draft.whenDate !== text) App.draft.whenDate = text
    }

    ToggleRow {
        objectName: "ongoingToggle"
        Layout.fillWidth: true
        visible: root.social && !root.advisor
        text: qsTr("It is still going on")
        checked: App.draft.ongoing
        onToggled: App.draft.ongoing = checked
    }
    ToggleRow {
        objectName: "dangerToggle"
        Layout.fillWidth: true
        visible: root.social
        text: qsTr("I am in danger right now")
        checked: App.draft.immediateDanger
        onToggled: {
            App.draft.immediateDanger = checked
            // Help first, the report after: the contacts open at once, the emergency number on top.
            if (checked)
                root.StackView.view.push(Qt.resolvedUrl("HelpPage.qml"), {danger: true})
        }
    }
    InfoBanner {
        Layout.fillWidth: true
        tone: "danger"
        text: App.draft.immediateDanger ? qsTr("Vigil is not an emergency line. If you are in danger, call %1 or your duty officer now.").arg(App.support.emergencyNumber) : ""
    }
    ActionButton {
        objectName: "call112Button"
        Layout.fillWidth: true
        visible: App.draft.immediateDanger
        kind: "danger"
        text: qsTr("Call %1").arg(App.support.emergencyNumber)
        Accessible.name: qsTr("Call the emergency number %1").arg(App.support.emergencyNumber)
        // The phone's dialler, with the number filled in; the call itself is the reporter's tap.
        onClicked: Qt.openUrlExternally("tel:" + App.support.emergencyNumber.replace(/ /g, ""))
    }
    ActionButton {
        objectName: "whatHelpButton"
        Layout.fillWidth: true
        visible: root.social
        kind: "secondary"
        text: qsTr("Get help now")
        onClicked: root.StackView.view.push(Qt.resolvedUrl("HelpPage.qml"), {danger: App.draft.immediateDanger})
    }

    ActionButton {
        objectName: "toReviewButton"
        Layout.fillWidth: true
        text: qsTr("Next: who will read it")
        enabled: App.draft.narrative.trim().length > 0
        onClicked: root.StackView.view.push(Qt.resolvedUrl("ReportReviewPage.qml"))
    }
    ActionButton {
        objectName: "toDetailsButton"
        Layout.fillWidth: true
        kind: "secondary"
        visible: !root.advisor
        text: qsTr("Add details (optional)")
        onClicked: root.StackView.view.push(Qt.resolvedUrl("ReportDetailsPage.qml"))
    }
}
