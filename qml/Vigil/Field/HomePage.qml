// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field.Core

// The start screen: three front doors, a draft to continue, then settings.
FieldPage {
    id: root

    function startReport(door) {
        App.draft.start(door)
        root.StackView.view.push(Qt.resolvedUrl(door === "advisor" ? "ReportWhatPage.qml" : "ReportKindPage.qml"))
    }

    objectName: "homePage"
    title: App.organisation.length > 0 ? qsTr("Vigil · %1").arg(App.organisation) : qsTr("Vigil")
    actionText: qsTr("Lock")
    onActionTriggered: App.lock()

    ChoiceCard {
        objectName: "continueDraft"
        Layout.fillWidth: true
        visible: App.draft.active
        title: qsTr("Continue your draft")
        description: App.draft.narrative.length > 0 ? App.draft.narrative.substring(0, 80) : Labels.kindTitle(App.draft.kind)
        onClicked: root.StackView.view.push(Qt.resolvedUrl(App.draft.narrative.length > 0 ? "ReportReviewPage.qml" : "ReportWhatPage.qml"))
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
            if (App.outbox.quarantinedCount > 0)
                parts.push(qsTr("%n refused", "", App.outbox.quarantinedCount))
            return parts.join(" · ")
        }
        onClicked: root.StackView.view.push(Qt.resolvedUrl("OutboxPage.qml"))
    }
    InfoBanner {
        Layout.fillWidth: true
        tone: App.sync.longFailure ? "danger" : "warning"
        text: App.sync.longFailure || (App.sync.status === "failing" && App.outbox.pendingCount > 0)
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
