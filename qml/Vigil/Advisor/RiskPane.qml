// SPDX-License-Identifier: EUPL-1.2
// The selected risk: the hazard, its scope and domain, the initial and the residual cell (the
// risk chips' colours and words), the review clock of an acceptance, every decision with the
// role, unit and echelon it was taken under, the linked cases and measures, and a button for
// each step the register allows now — each asks in RiskDecisionDialog what the step needs.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Rectangle {
    id: root

    readonly property var desk: Console.risks
    readonly property var r: desk.risk
    readonly property bool shown: r.id !== undefined
    signal caseChosen(var caseId)
    signal measureChosen(var measureId)

    color: Theme.surface
    border.color: Theme.border

    RiskDecisionDialog {
        id: stepDialog
        objectName: "riskStepDialog"
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
        text: qsTr("Choose a risk in the list.")
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
                objectName: "riskHeading"
                Layout.fillWidth: true
                text: "#" + (root.r.id ?? "") + "  " + (root.r.hazard ?? "")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: [root.r.stateLabel, root.r.unitName, root.r.domainLabel, root.r.categoryLabel, root.r.clockLabel]
                      .filter(s => s && s.length > 0).join(" · ")
                color: root.r.clockStatus === "overdue" ? Theme.overdue : Theme.text
                font.bold: root.r.clockStatus === "overdue"
                wrapMode: Text.WordWrap
            }
            GridLayout {
                columns: 2
                columnSpacing: Theme.spacing
                rowSpacing: 4
                Label { text: qsTr("Initial risk"); color: Theme.muted; font.pixelSize: Theme.fontSmall }
                RiskChip {
                    objectName: "paneInitial"
                    level: root.r.initialLevel ?? ""
                    text: root.r.initialText ?? ""
                }
                Label { text: qsTr("Residual risk"); color: Theme.muted; font.pixelSize: Theme.fontSmall }
                RowLayout {
                    RiskChip {
                        objectName: "paneResidual"
                        level: root.r.residualLevel ?? ""
                        text: root.r.residualText ?? ""
                    }
                    Label {
                        visible: (root.r.residualText ?? "").length === 0
                        text: qsTr("not assessed yet")
                        font.italic: true
                        color: Theme.muted
                    }
                    Label {
                        visible: (root.r.residualBy ?? "").length > 0
                        text: qsTr("assessed by %1").arg(root.r.residualBy ?? "")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
                    }
                }
            }
            Field { name: qsTr("Description"); value: root.r.description ?? "" }
            Field { name: qsTr("On what the residual risk rests"); value: root.r.residualNote ?? "" }
            Field { name: qsTr("Review the acceptance by"); value: root.r.reviewDue ?? "" }
            Field { name: qsTr("Recorded by"); value: root.r.createdBy ?? "" }
            Field { name: qsTr("Reopened because"); value: root.r.reopenReason ?? "" }
            Field { name: qsTr("Closed because"); value: root.r.closeReason ?? "" }
            Label {
                text: qsTr("Decisions")
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
            Repeater {
                objectName: "riskDecisions"
                model: root.r.decisions ?? []
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    text: modelData.text + (modelData.note.length > 0 ? "\n  " + modelData.note : "")
                }
            }
            Label {
                visible: (root.r.decisions ?? []).length === 0
                text: qsTr("None yet: nobody has accepted or declined this risk.")
                color: Theme.muted
            }
            Label {
                text: qsTr("Linked cases and measures")
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
            Flow {
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: root.r.cases ?? []
                    delegate: Button {
                        required property var modelData
                        text: qsTr("Case #%1").arg(modelData)
                        flat: true
                        Accessible.name: qsTr("Open case %1").arg(modelData)
                        onClicked: root.caseChosen(modelData)
                    }
                }
                Repeater {
                    model: root.r.measures ?? []
                    delegate: Button {
                        required property var modelData
                        text: qsTr("Measure #%1 %2").arg(modelData.id).arg(modelData.title)
                        flat: true
                        Accessible.name: qsTr("Open measure %1").arg(modelData.id)
                        onClicked: root.measureChosen(modelData.id)
                    }
                }
                Label {
                    visible: (root.r.cases ?? []).length === 0 && (root.r.measures ?? []).length === 0
                    text: qsTr("None that you hold or see.")
                    color: Theme.muted
                }
            }
            // An existing measure linked to this risk (the registry checks the role for its scope).
            RowLayout {
                id: linking
                readonly property var choices: { root.r; Console.measures.measures.count; return root.desk.linkableMeasures() }
                Layout.fillWidth: true
                visible: root.r.state !== "closed" && choices.length > 0
                spacing: 6
                ComboBox {
                    id: measureChoice
                    objectName: "riskMeasureChoice"
                    Layout.fillWidth: true
                    model: linking.choices
                    textRole: "label"
                    valueRole: "value"
                    font.pixelSize: Theme.fontSmall
                    Accessible.name: qsTr("Measure to link")
                }
                Button {
                    objectName: "linkRiskMeasure"
                    text: qsTr("Link measure")
                    enabled: measureChoice.currentIndex >= 0
                    Accessible.name: qsTr("Link the chosen measure to risk %1").arg(root.r.id)
                    onClicked: root.desk.linkMeasure(measureChoice.currentValue, true)
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
                text: root.desk.steps.length > 0 ? qsTr("Steps on this risk (the registry checks your role and echelon):")
                                                 : qsTr("A closed risk takes no further step.")
                color: Theme.muted
                font.pixelSize: Theme.fontSmall
            }
            Flow {
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: root.desk.steps
                    delegate: Button {
                        required property var modelData
                        objectName: "riskStep_" + modelData.step
                        text: modelData.label + "…"
                        highlighted: modelData.step === "accept" || modelData.step === "assess"
                        Accessible.name: modelData.label
                        onClicked: stepDialog.start(modelData)
                    }
                }
            }
            Label {
                objectName: "riskError"
                Layout.fillWidth: true
                visible: root.desk.lastError.length > 0 && !stepDialog.opened
                wrapMode: Text.WordWrap
                color: Theme.overdue
                font.bold: true
                text: root.desk.lastError
            }
        }
    }
}
