// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field
import Vigil.Field.Core

// The whole report on one card before it is sealed: every answer, and a way back to the step
// that holds it. `editRequested(step)` names the step: "kind", "what" or "details".
Rectangle {
    id: root

    readonly property bool social: App.draft.domain !== "physical"
    readonly property bool advisor: App.draft.door === "advisor"

    signal editRequested(string step)

    objectName: "reportSummary"
    implicitWidth: Theme.pageWidth
    implicitHeight: column.implicitHeight + 28
    radius: Theme.radius
    color: Theme.surface
    border.width: Theme.borderWidth
    border.color: Theme.border

    component SummaryRow: RowLayout {
        id: row
        required property string label
        required property string value
        required property string step
        Layout.fillWidth: true
        spacing: 8
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Text {
                Layout.fillWidth: true
                text: row.label
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                text: row.value
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                maximumLineCount: 6
                elide: Text.ElideRight
            }
        }
        ActionButton {
            objectName: "edit_" + row.step
            Layout.alignment: Qt.AlignTop
            // Narrower than a full action: the answer it belongs to needs the room.
            Layout.preferredWidth: Math.max(Theme.minTouch * 2, contentItem.implicitWidth + 32)
            kind: "secondary"
            font.pixelSize: Theme.fontBody
            text: qsTr("Change")
            Accessible.name: qsTr("Change: %1").arg(row.label)
            onClicked: root.editRequested(row.step)
        }
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 14
        spacing: 10

        SummaryRow {
            visible: !root.advisor
            label: qsTr("What happened")
            value: Labels.kindTitle(App.draft.kind)
            step: "kind"
        }
        SummaryRow {
            visible: !root.advisor
            label: qsTr("About")
            value: App.draft.category.length > 0 ? Labels.categoryLabel(App.draft.category) : qsTr("Not chosen yet")
            step: "kind"
        }
        SummaryRow {
            label: root.advisor ? qsTr("Your message") : qsTr("Your account")
            value: App.draft.narrative.trim().length > 0 ? App.draft.narrative.trim() : qsTr("Not written yet")
            step: "what"
        }
        SummaryRow {
            visible: !root.advisor
            label: qsTr("When")
            value: App.draft.whenChoice === "date" ? App.draft.whenDate : Labels.whenTitle(App.draft.whenChoice)
            step: "what"
        }
        SummaryRow {
            visible: !root.advisor && !root.social
            label: qsTr("Risk")
            value: App.draft.actualSeverity.length > 0
                   ? qsTr("Severity %1, likelihood %2").arg(Labels.severityTitle(App.draft.actualSeverity)).arg(Labels.likelihoodTitle(App.draft.actualLikelihood))
                   : qsTr("Not set")
            step: "details"
        }
        SummaryRow {
            visible: !root.advisor && (App.draft.locationText.length > 0 || App.draft.locationType !== "other")
            label: qsTr("Where")
            value: Labels.locationTitle(App.draft.locationType) + (App.draft.locationText.length > 0 ? " · " + App.draft.locationText : "")
            step: "details"
        }
        SummaryRow {
            visible: !root.advisor
            label: qsTr("Photos")
            value: App.draft.photos.length > 0 ? qsTr("%n photo(s), stripped of location and camera data", "", App.draft.photos.length)
                                              : qsTr("None")
            step: "details"
        }
    }
}
