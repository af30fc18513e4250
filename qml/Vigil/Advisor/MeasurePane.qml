// SPDX-License-Identifier: EUPL-1.2
// The selected measure: what it is, who owns it, its dates and clocks, the linked cases this
// member holds, what was recorded at each step, and a button for each step offered to this
// member — each asks in MeasureStepDialog what the step needs.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Rectangle {
    id: root

    readonly property var desk: Console.measures
    readonly property var m: desk.measure
    readonly property bool shown: m.id !== undefined
    /// The advisor asked to open a linked case.
    signal caseChosen(var caseId)

    color: Theme.surface
    border.color: Theme.border

    MeasureStepDialog {
        id: stepDialog
        objectName: "measureStepDialog"
    }
    MeasureIndicatorsDialog {
        id: linksDialog
        objectName: "measureIndicatorsDialog"
    }

    component Field: ColumnLayout {
        id: field
        required property string name
        required property string value
        Layout.fillWidth: true
        visible: value.length > 0
        spacing: 0
        Label {
            text: field.name
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
        }
        Label {
            Layout.fillWidth: true
            text: field.value
            wrapMode: Text.WordWrap
            color: Theme.text
        }
    }

    Label {
        anchors.centerIn: parent
        visible: !root.shown
        color: Theme.muted
        text: qsTr("Choose a measure in the list.")
    }
    ScrollView {
        anchors.fill: parent
        anchors.margins: Theme.padding
        visible: root.shown
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing

            Label {
                objectName: "measureHeading"
                Layout.fillWidth: true
                text: "#" + (root.m.id ?? "") + "  " + (root.m.title ?? "")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: [root.m.stateLabel, root.m.domainLabel, root.m.clockLabel].filter(s => s && s.length > 0).join(" · ")
                color: root.m.clockStatus === "overdue" ? Theme.overdue : Theme.text
                font.bold: root.m.clockStatus === "overdue"
            }
            Field { name: qsTr("Description"); value: root.m.description ?? "" }
            Field { name: qsTr("Owner"); value: root.m.owner ?? "" }
            Field { name: qsTr("Due date"); value: root.m.due ?? "" }
            Field { name: qsTr("Proposed by"); value: root.m.proposedBy ?? "" }
            Field { name: qsTr("Approved by"); value: root.m.approvedBy ?? "" }
            Field { name: qsTr("Implemented on"); value: root.m.implementedOn ?? "" }
            Field { name: qsTr("Evidence"); value: root.m.evidence ?? "" }
            Field { name: qsTr("To be checked by"); value: root.m.checkDue ?? "" }
            Field { name: qsTr("Reopened because"); value: root.m.reopenReason ?? "" }
            Field {
                name: qsTr("Check (by judgement)")
                value: (root.m.verdictLabel ?? "").length > 0 ? root.m.verdictLabel + ": " + (root.m.checkNote ?? "") : ""
            }
            Field { name: qsTr("Cancelled because"); value: root.m.cancelReason ?? "" }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Field {
                    name: qsTr("Indicators")
                    // Always shown: "none" is what the effect card then explains.
                    value: (root.m.indicators ?? []).length === 0
                           ? qsTr("None linked")
                           : (root.m.indicators ?? []).map(i => i.primary ? qsTr("%1 (primary)").arg(i.name) : i.name).join(", ")
                }
                Button {
                    objectName: "editIndicators"
                    visible: root.m.linkable ?? false
                    text: qsTr("Indicators…")
                    Accessible.name: qsTr("Change the indicators of this measure")
                    onClicked: linksDialog.start()
                }
            }
            EffectCard {
                objectName: "effectCard"
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Linked cases (%1 in all)").arg(root.m.casesLinked ?? 0)
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
            Flow {
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: root.m.cases ?? []
                    delegate: Button {
                        required property var modelData
                        text: qsTr("Case #%1").arg(modelData)
                        flat: true
                        Accessible.name: qsTr("Open case %1").arg(modelData)
                        onClicked: root.caseChosen(modelData)
                    }
                }
                Label {
                    visible: (root.m.cases ?? []).length === 0
                    text: qsTr("None that you hold.")
                    color: Theme.muted
                }
            }
            Rectangle {
                Layout.fillWidth: true
                height: 1
                color: Theme.border
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: root.desk.steps.length > 0 ? qsTr("Steps open to you:")
                                                 : qsTr("No step on this measure is open to you now.")
                color: Theme.muted
                font.pixelSize: Theme.fontSmall
            }
            Flow {
                Layout.fillWidth: true
                spacing: 6
                // Every step the state allows; those that are another member's are shown
                // disabled with who takes them (Main.qml's palette keeps disabled labels
                // readable: Theme.disabledText).
                Repeater {
                    model: root.desk.stepButtons
                    delegate: Button {
                        required property var modelData
                        objectName: "measureStep_" + modelData.to
                        text: modelData.label + (modelData.enabled ? "…" : "")
                        enabled: modelData.enabled
                        highlighted: modelData.enabled && modelData.to !== "cancelled"
                        Accessible.name: modelData.label
                        Accessible.description: modelData.why
                        onClicked: stepDialog.start(modelData)
                    }
                }
            }
            // Whose the disabled steps are, in words (a disabled button takes no hover).
            Label {
                objectName: "measureStepsWhy"
                readonly property var reasons: root.desk.stepButtons.filter(s => !s.enabled).map(s => s.why)
                                                .filter((w, i, all) => all.indexOf(w) === i)
                Layout.fillWidth: true
                visible: reasons.length > 0
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
                text: reasons.join(" ")
            }
            Label {
                Layout.fillWidth: true
                visible: root.desk.lastError.length > 0 && !stepDialog.opened
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSmall
                color: Theme.overdue
                text: root.desk.lastError
            }
        }
    }
}
