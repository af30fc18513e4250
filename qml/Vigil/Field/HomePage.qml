// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field.Core

// The start screen: new replies first, the drafts to continue, three front doors, then the
// outbox and settings. No draft is ever dropped here without the reporter choosing it.
FieldPage {
    id: root

    property string pendingDoor

    function openReport(door) {
        App.draft.start(door)
        root.StackView.view.push(Qt.resolvedUrl(door === "advisor" ? "ReportWhatPage.qml" : "ReportKindPage.qml"))
    }
    /// A door while a draft with content is open: ask what to do with it first.
    function startReport(door) {
        if (App.draft.active && App.draft.hasContent) {
            root.pendingDoor = door
            draftChoice.open()
        } else {
            root.openReport(door)
        }
    }
    /// Opens the open draft on the page where it can be finished, with the steps before it
    /// behind it on the stack, so Back walks through every step.
    function openDraft() {
        const pages = []
        if (App.draft.door !== "advisor")
            pages.push(Qt.resolvedUrl("ReportKindPage.qml"))
        if (App.draft.resumePage !== "kind" || App.draft.door === "advisor")
            pages.push(Qt.resolvedUrl("ReportWhatPage.qml"))
        if (App.draft.resumePage === "review")
            pages.push(Qt.resolvedUrl("ReportReviewPage.qml"))
        // One by one: StackView would take a url in an array for the properties of the one before.
        const view = root.StackView.view
        for (let i = 0; i < pages.length; ++i)
            view.push(pages[i], {}, i === pages.length - 1 ? StackView.PushTransition : StackView.Immediate)
    }

    function resumeKept(id) {
        App.draft.resume(id)
        root.openDraft()
    }

    objectName: "homePage"
    title: App.organisation.length > 0 ? qsTr("Vigil · %1").arg(App.organisation) : qsTr("Vigil")
    actionText: qsTr("Lock")
    onActionTriggered: App.lock()

    // Back on the home screen after only opening a door: there was nothing to keep.
    StackView.onActivated: {
        if (App.draft.active && !App.draft.hasContent)
            App.draft.abandon()
    }

    DraftChoiceDialog {
        id: draftChoice
        onContinueChosen: root.openDraft()
        onKeepChosen: root.openReport(root.pendingDoor)
        onDiscardChosen: {
            App.draft.discard()
            root.openReport(root.pendingDoor)
        }
    }

    Rectangle {
        objectName: "undoDiscardBar"
        Layout.fillWidth: true
        visible: App.draft.canUndoDiscard
        implicitHeight: undoRow.implicitHeight + 24
        radius: Theme.radius
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border
        RowLayout {
            id: undoRow
            anchors.fill: parent
            anchors.margins: 12
            spacing: 8
            Text {
                Layout.fillWidth: true
                text: qsTr("Report discarded.")
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            ActionButton {
                objectName: "undoDiscardButton"
                kind: "secondary"
                font.pixelSize: Theme.fontBody
                text: qsTr("Undo")
                onClicked: App.draft.undoDiscard()
            }
        }
    }
    ChoiceCard {
        objectName: "repliesCard"
        Layout.fillWidth: true
        visible: App.outbox.unreadReplies > 0
        emphasised: true
        title: qsTr("%n new reply(s)", "", App.outbox.unreadReplies)
        description: qsTr("An advisor answered. Only you can read it.")
        onClicked: root.StackView.view.push(Qt.resolvedUrl("OutboxPage.qml"))
    }
    ChoiceCard {
        objectName: "continueDraft"
        Layout.fillWidth: true
        visible: App.draft.active && App.draft.hasContent
        title: qsTr("Continue your report")
        // The kind and category, never the story: a home screen is seen over shoulders.
        description: App.draft.category.length > 0 && App.draft.door !== "advisor"
                     ? qsTr("%1 · %2").arg(Labels.kindTitle(App.draft.kind)).arg(Labels.categoryLabel(App.draft.category))
                     : (App.draft.door === "advisor" ? qsTr("Message to a confidential advisor") : Labels.kindTitle(App.draft.kind))
        onClicked: root.openDraft()
    }
    Repeater {
        model: App.draft.parked
        delegate: ChoiceCard {
            required property var modelData
            objectName: "parkedDraft_" + modelData.id
            Layout.fillWidth: true
            title: qsTr("Kept for later: %1").arg(modelData.door === "advisor" ? qsTr("message to an advisor")
                                                                                : Labels.kindTitle(modelData.kind))
            description: (modelData.category.length > 0 && modelData.door !== "advisor"
                          ? Labels.categoryLabel(modelData.category) + " · " : "")
                         + qsTr("saved %1").arg(Labels.dateTime(modelData.savedAt))
            // Resuming changes this list, which destroys this card: root does the rest.
            onClicked: root.resumeKept(modelData.id)
        }
    }
    ChoiceCard {
        objectName: "chooseHomeUnitCard"
        Layout.fillWidth: true
        visible: App.homeUnit.length === 0 && App.units.length > 0
        title: qsTr("Which unit are you with?")
        description: qsTr("Choose it once, so that your reports reach the right people. It stays on this phone; you can still choose less precise for each report. You can skip this.")
        onClicked: root.StackView.view.push(Qt.resolvedUrl("SettingsPage.qml"))
    }
    ChoiceCard {
        objectName: "doorSafety"
        Layout.fillWidth: true
        emphasised: true
        title: qsTr("Safety")
        description: qsTr("A near-miss, an incident, an accident or a hazard you saw.")
        onClicked: root.startReport("safety")
    }
    ChoiceCard {
        objectName: "doorSocial"
        Layout.fillWidth: true
        emphasised: true
        title: qsTr("Social safety or integrity")
        description: qsTr("Bullying, intimidation, discrimination, harassment, fraud or abuse of power.")
        onClicked: root.startReport("social")
    }
    ChoiceCard {
        objectName: "doorAdvisor"
        Layout.fillWidth: true
        title: qsTr("Talk to a confidential advisor first")
        description: qsTr("Not sure yet? Ask a confidential advisor, in confidence, before you report anything.")
        onClicked: root.startReport("advisor")
    }

    ChoiceCard {
        objectName: "helpCard"
        Layout.fillWidth: true
        title: qsTr("Get help now")
        description: qsTr("Emergency numbers, confidential advisors, the company doctor and other support. Works without a connection.")
        onClicked: root.StackView.view.push(Qt.resolvedUrl("HelpPage.qml"))
    }

    ChoiceCard {
        objectName: "outboxCard"
        Layout.fillWidth: true
        title: qsTr("Outbox")
        description: {
            void App.language
            if (App.outbox.count === 0)
                return qsTr("Nothing sent yet.")
            let parts = []
            if (App.outbox.pendingCount > 0)
                parts.push(qsTr("%n waiting", "", App.outbox.pendingCount))
            if (App.outbox.deliveredCount > 0)
                parts.push(qsTr("%n delivered", "", App.outbox.deliveredCount))
            if (App.outbox.pendingFollowUpCount > 0)
                parts.push(qsTr("%n message(s) waiting", "", App.outbox.pendingFollowUpCount))
            if (App.outbox.quarantinedCount > 0)
                parts.push(qsTr("%n refused", "", App.outbox.quarantinedCount))
            return parts.join(" · ")
        }
        onClicked: root.StackView.view.push(Qt.resolvedUrl("OutboxPage.qml"))
    }
    InfoBanner {
        Layout.fillWidth: true
        tone: App.sync.longFailure ? "danger" : "warning"
        text: App.sync.longFailure || (App.sync.status === "failing" && App.outbox.pendingCount + App.outbox.pendingFollowUpCount > 0)
              ? qsTr("Reports are not getting through. Open the outbox to see why.") : ""
    }
    ActionButton {
        objectName: "bulletinsButton"
        Layout.fillWidth: true
        kind: "secondary"
        text: App.bulletins.count > 0 ? qsTr("Bulletins (%1)").arg(App.bulletins.count) : qsTr("Bulletins")
        onClicked: root.StackView.view.push(Qt.resolvedUrl("BulletinsPage.qml"))
    }
    ActionButton {
        objectName: "settingsButton"
        Layout.fillWidth: true
        kind: "secondary"
        text: qsTr("Settings")
        onClicked: root.StackView.view.push(Qt.resolvedUrl("SettingsPage.qml"))
    }
}
