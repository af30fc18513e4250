// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field.Core

// Optional depth: risk, place, who was involved (by role), causes, actions, photos.
// Everything here may stay empty.
FieldPage {
    id: root

    readonly property bool social: App.draft.domain !== "physical"

    objectName: "reportDetailsPage"
    title: qsTr("Details")
    showBack: true
    backText: qsTr("Done")
    onBackRequested: root.StackView.view.pop()

    Text {
        Layout.fillWidth: true
        text: qsTr("Everything on this page is optional. Add what helps others learn from it.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }

    // Risk (physical safety) or impact (social safety).
    SectionHeading {
        Layout.fillWidth: true
        visible: !root.social
        text: qsTr("Risk: what happened")
        hint: qsTr("Severity %1, likelihood %2").arg(Labels.severityTitle(App.draft.actualSeverity)).arg(Labels.likelihoodTitle(App.draft.actualLikelihood))
    }
    RiskMatrix {
        objectName: "actualRisk"
        Layout.fillWidth: true
        visible: !root.social
        severity: App.draft.actualSeverity
        likelihood: App.draft.actualLikelihood
        levelNames: ({ "high": Labels.riskLevelTitle("high"), "serious": Labels.riskLevelTitle("serious"),
                       "medium": Labels.riskLevelTitle("medium"), "low": Labels.riskLevelTitle("low") })
        onCellTapped: (s, l) => App.draft.setRisk("actual", s, l)
    }
    SectionHeading {
        Layout.fillWidth: true
        visible: !root.social
        text: qsTr("Risk: the worst that could credibly have happened")
        hint: qsTr("Severity %1, likelihood %2").arg(Labels.severityTitle(App.draft.worstSeverity)).arg(Labels.likelihoodTitle(App.draft.worstLikelihood))
    }
    RiskMatrix {
        objectName: "worstRisk"
        Layout.fillWidth: true
        visible: !root.social
        severity: App.draft.worstSeverity
        likelihood: App.draft.worstLikelihood
        levelNames: ({ "high": Labels.riskLevelTitle("high"), "serious": Labels.riskLevelTitle("serious"),
                       "medium": Labels.riskLevelTitle("medium"), "low": Labels.riskLevelTitle("low") })
        onCellTapped: (s, l) => App.draft.setRisk("worst", s, l)
    }
    Text {
        Layout.fillWidth: true
        visible: !root.social
        text: qsTr("Severity: I catastrophic · II critical · III marginal · IV negligible. Likelihood: A frequent · B probable · C occasional · D remote · E improbable.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }

    SectionHeading {
        Layout.fillWidth: true
        visible: root.social
        text: qsTr("How much does it affect you?")
    }
    Flow {
        Layout.fillWidth: true
        visible: root.social
        spacing: 8
        Repeater {
            model: ["limited", "substantial", "severe"]
            delegate: ActionButton {
                required property string modelData
                objectName: "impact_" + modelData
                kind: App.draft.impact === modelData ? "primary" : "secondary"
                font.pixelSize: Theme.fontBody
                text: Labels.impactTitle(modelData)
                onClicked: App.draft.impact = (App.draft.impact === modelData ? "" : modelData)
            }
        }
    }

    // Where.
    SectionHeading { Layout.fillWidth: true; text: qsTr("Where?") }
    Flow {
        Layout.fillWidth: true
        spacing: 8
        Repeater {
            model: ["barracks", "range", "vessel", "airfield", "road", "deployed", "other"]
            delegate: ActionButton {
                required property string modelData
                kind: App.draft.locationType === modelData ? "primary" : "secondary"
                font.pixelSize: Theme.fontBody
                text: Labels.locationTitle(modelData)
                onClicked: App.draft.locationType = modelData
            }
        }
    }
    TextEntryField {
        Layout.fillWidth: true
        label: qsTr("Place, in words (only as precise as you want)")
        maximumLength: 500
        text: App.draft.locationText
        onEdited: if (App.draft.locationText !== text) App.draft.locationText = text
    }

    // Who and why.
    TextEntryField {
        Layout.fillWidth: true
        label: qsTr("Who was involved — roles, never names (one per line)")
        placeholder: qsTr("driver\nco-driver")
        multiline: true
        maximumLength: 4000
        text: App.draft.involved
        onEdited: if (App.draft.involved !== text) App.draft.involved = text
    }
    TextEntryField {
        Layout.fillWidth: true
        visible: !root.social
        label: qsTr("What contributed to it (one per line)")
        multiline: true
        maximumLength: 4000
        text: App.draft.factors
        onEdited: if (App.draft.factors !== text) App.draft.factors = text
    }
    TextEntryField {
        Layout.fillWidth: true
        visible: !root.social
        label: qsTr("What was done straight away (one per line)")
        multiline: true
        maximumLength: 4000
        text: App.draft.immediateActions
        onEdited: if (App.draft.immediateActions !== text) App.draft.immediateActions = text
    }
    TextEntryField {
        Layout.fillWidth: true
        visible: !root.social
        label: qsTr("What could have happened")
        multiline: true
        maximumLength: 2000
        text: App.draft.couldHaveHappened
        onEdited: if (App.draft.couldHaveHappened !== text) App.draft.couldHaveHappened = text
    }
    TextEntryField {
        Layout.fillWidth: true
        label: qsTr("Your suggestion")
        multiline: true
        maximumLength: 2000
        text: App.draft.suggestion
        onEdited: if (App.draft.suggestion !== text) App.draft.suggestion = text
    }

    // Support (social safety).
    ToggleRow {
        Layout.fillWidth: true
        visible: root.social
        text: qsTr("I would like to talk to a confidential advisor")
        checked: App.draft.wantsAdvisor
        onToggled: App.draft.wantsAdvisor = checked
    }
    ToggleRow {
        Layout.fillWidth: true
        visible: root.social
        text: qsTr("I would like aftercare")
        checked: App.draft.wantsAftercare
        onToggled: App.draft.wantsAftercare = checked
    }
    ToggleRow {
        Layout.fillWidth: true
        visible: root.social
        text: qsTr("I would like to be kept apart from the other person")
        checked: App.draft.wantsSeparation
        onToggled: App.draft.wantsSeparation = checked
    }

    // Photos.
    SectionHeading {
        Layout.fillWidth: true
        text: qsTr("Photos")
        hint: qsTr("Location and camera data are removed from photos before they are sealed.")
    }
    Repeater {
        model: App.draft.photos
        delegate: RowLayout {
            id: photoRow
            required property var modelData
            required property int index
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: qsTr("%1 · %2").arg(photoRow.modelData.name).arg(Labels.sizeText(photoRow.modelData.size))
                color: Theme.text
                font.pixelSize: Theme.fontBody
                elide: Text.ElideMiddle
            }
            ActionButton {
                kind: "secondary"
                font.pixelSize: Theme.fontBody
                text: qsTr("Remove")
                Accessible.name: qsTr("Remove %1").arg(photoRow.modelData.name)
                onClicked: App.draft.removePhoto(photoRow.index)
            }
        }
    }
    InfoBanner {
        Layout.fillWidth: true
        text: App.draft.busy ? qsTr("Removing metadata…") : ""
    }
    InfoBanner {
        Layout.fillWidth: true
        tone: "danger"
        text: App.draft.lastError
    }
    ActionButton {
        objectName: "addPhotoButton"
        Layout.fillWidth: true
        kind: "secondary"
        text: qsTr("Add a photo…")
        enabled: !App.draft.busy
        onClicked: photoDialog.open()
    }
    FileDialog {
        id: photoDialog
        objectName: "photoFileDialog"
        title: qsTr("Choose a photo")
        nameFilters: [qsTr("Photos (*.jpg *.jpeg *.png)")]
        onAccepted: App.draft.addPhoto(selectedFile)
    }

    ActionButton {
        Layout.fillWidth: true
        text: qsTr("Done")
        onClicked: root.StackView.view.pop()
    }
}
