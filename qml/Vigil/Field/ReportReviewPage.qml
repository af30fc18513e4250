// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field.Core

// Quick path, step 3 of 3: the whole report at a glance, how you report (anonymous by
// default), who will read it (and whom to leave out), then seal. Sealing happens in C++, off
// the GUI thread. Discarding asks first and can be undone from the home screen.
FieldPage {
    id: root

    readonly property bool social: App.draft.domain !== "physical"

    /// Back to the step that holds an answer; the steps already on the stack are reused.
    function edit(step) {
        const view = root.StackView.view
        const names = { "kind": "reportKindPage", "what": "reportWhatPage", "details": "reportDetailsPage" }
        const files = { "kind": "ReportKindPage.qml", "what": "ReportWhatPage.qml", "details": "ReportDetailsPage.qml" }
        const found = view.find(item => item.objectName === names[step])
        if (found)
            view.pop(found)
        else
            view.push(Qt.resolvedUrl(files[step]))
    }

    objectName: "reportReviewPage"
    title: qsTr("Who will read it")
    showBack: true
    onBackRequested: root.StackView.view.pop()

    /// Kept from before sealing: sealing clears the draft, and the page after it offers help
    /// on the social-safety path.
    property bool socialPath: false
    Component.onCompleted: {
        root.socialPath = App.draft.domain !== "physical"
        App.draft.refreshRecipients()
    }

    Connections {
        target: App.draft
        function onSealed() {
            const view = root.StackView.view
            view.pop(null, StackView.Immediate)
            view.push(Qt.resolvedUrl("SealedPage.qml"), {social: root.socialPath})
        }
    }

    InfoBanner {
        objectName: "missingBanner"
        Layout.fillWidth: true
        tone: "warning"
        text: App.draft.missing
    }
    SectionHeading { Layout.fillWidth: true; text: qsTr("Your report") }
    ReportSummaryCard {
        Layout.fillWidth: true
        onEditRequested: (step) => root.edit(step)
    }

    SectionHeading { Layout.fillWidth: true; text: qsTr("How do you want to report?") }
    Repeater {
        model: ["anonymous", "confidential", "open"]
        delegate: ChoiceCard {
            required property string modelData
            objectName: "mode_" + modelData
            Layout.fillWidth: true
            checkable: true
            checked: App.draft.mode === modelData
            title: Labels.modeTitle(modelData)
            description: Labels.modeSentence(modelData)
            onClicked: {
                App.draft.mode = modelData
                checked = Qt.binding(() => App.draft.mode === modelData)
            }
        }
    }
    TextEntryField {
        objectName: "identity"
        Layout.fillWidth: true
        visible: App.draft.mode !== "anonymous"
        label: qsTr("Your name and how to reach you")
        maximumLength: 500
        text: App.draft.identity
        onEdited: if (App.draft.identity !== text) App.draft.identity = text
    }
    ToggleRow {
        objectName: "consentCommanderToggle"
        Layout.fillWidth: true
        visible: root.social
        text: qsTr("My commander may be informed")
        description: qsTr("Off: your commander hears nothing of this report unless you agree later.")
        checked: App.draft.consentCommander
        onToggled: App.draft.consentCommander = checked
    }

    SectionHeading {
        Layout.fillWidth: true
        text: qsTr("Your unit")
        hint: qsTr("Decides who receives the report. Higher up is less precise, and less identifying.")
    }
    Flow {
        Layout.fillWidth: true
        spacing: 8
        Repeater {
            model: App.draft.unitChoices
            delegate: ActionButton {
                required property var modelData
                objectName: "unit_" + (modelData.id.length > 0 ? modelData.id : "none")
                kind: App.draft.unit === modelData.id ? "primary" : "secondary"
                font.pixelSize: Theme.fontBody
                text: modelData.name
                onClicked: App.draft.unit = modelData.id
            }
        }
    }

    SectionHeading {
        Layout.fillWidth: true
        text: qsTr("These people can open your report")
        // The real reason when nobody can read it: an unfinished report first, then routing.
        hint: App.draft.recipients.count === 0
              ? (App.draft.missing.length > 0 ? qsTr("Nobody yet. First: %1").arg(App.draft.missing)
                                              : qsTr("Nobody can receive this report: the recipient list has a gap. Your draft is kept; tell your Vigil operator."))
              : qsTr("Nobody else can read it — not the relay, not the registry. Leave someone out if you have a reason to (conflict of interest); they will not be able to open it.")
    }
    Repeater {
        model: App.draft.recipients
        delegate: ToggleRow {
            required property string memberId
            required property string name
            required property string groupName
            required property bool excluded
            objectName: "recipient_" + memberId
            Layout.fillWidth: true
            text: name
            description: excluded ? qsTr("%1 · left out").arg(groupName) : groupName
            checked: !excluded
            onToggled: {
                if (!App.draft.recipients.setExcluded(memberId, !checked))
                    checked = true
            }
        }
    }

    InfoBanner {
        Layout.fillWidth: true
        tone: "danger"
        text: App.draft.lastError
    }
    InfoBanner {
        Layout.fillWidth: true
        text: App.draft.busy ? qsTr("Sealing…") : ""
    }
    ActionButton {
        objectName: "sealButton"
        Layout.fillWidth: true
        text: qsTr("Seal and send")
        enabled: App.draft.missing.length === 0 && App.draft.recipients.includedCount > 0 && !App.draft.busy
        onClicked: App.draft.sealAndQueue()
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("Sealing locks the report on this phone for these people only. It is sent by itself as soon as there is a connection.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }
    ActionButton {
        objectName: "abandonButton"
        Layout.fillWidth: true
        kind: "secondary"
        text: qsTr("Discard this report")
        onClicked: discardDialog.open()
    }
    ConfirmDialog {
        id: discardDialog
        objectName: "discardDialog"
        title: qsTr("Discard this report?")
        message: qsTr("What you wrote is deleted from this phone. You can undo this on the home screen for a few seconds.")
        confirmText: qsTr("Discard")
        cancelText: qsTr("Keep writing")
        onConfirmed: {
            const view = root.StackView.view
            App.draft.discard()
            view.pop(null)
        }
    }
}
