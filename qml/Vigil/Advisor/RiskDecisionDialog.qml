// SPDX-License-Identifier: EUPL-1.2
// One step on a risk, asking what the step needs (docs/advisor-api.md, "Risks"): the residual
// cell and what it rests on (assess); the review date (accept, review) with who may accept a
// risk of this level; a note why not (decline); a reason (close, after saying it cannot be
// undone; reopen, which ends the acceptance). The registry checks the member's role and echelon
// when the step arrives; its refusal shows in the risk's pane.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Popup {
    id: root

    readonly property var desk: Console.risks
    /// The step being taken: {step, label}.
    property var step: ({})
    readonly property string kind: step.step ?? ""
    readonly property bool decides: kind === "accept" || kind === "decline" || kind === "review"
    readonly property bool needsDate: kind === "accept" || kind === "review"
    readonly property bool needsReason: kind === "decline" || kind === "close" || kind === "reopen"
    readonly property var preview: Console.language.length > 0 && severity.currentIndex >= 0 && probability.currentIndex >= 0
                                   ? desk.levelOf(severity.currentValue, probability.currentValue) : ({})

    function start(s) {
        step = s
        noteField.text = ""
        reviewDue.text = ""
        severity.currentIndex = -1
        probability.currentIndex = -1
        open()
    }
    function take() {
        if (kind === "assess")
            return desk.assess(severity.currentValue ?? "", probability.currentValue ?? "", noteField.text)
        if (kind === "accept")
            return desk.accept(reviewDue.text, noteField.text)
        if (kind === "decline")
            return desk.decline(noteField.text)
        if (kind === "review")
            return desk.review(reviewDue.text, noteField.text)
        if (kind === "close")
            return desk.close(noteField.text)
        return desk.reopen(noteField.text)
    }

    modal: true
    focus: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 40 : 600, 600)
    height: Math.min(parent ? parent.height - 40 : 440, 440)
    padding: Theme.padding
    closePolicy: Popup.CloseOnEscape
    onClosed: noteField.text = ""
    Overlay.modal: Rectangle {
        color: Theme.scrim
    }
    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("%1: risk #%2?").arg(root.step.label ?? "").arg(root.desk.riskId)
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            text: root.desk.risk.hazard ?? ""
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            visible: (root.desk.risk.residualText ?? "").length > 0 && root.kind !== "assess"
            Label { text: qsTr("Residual risk"); color: Theme.muted }
            RiskChip {
                level: root.desk.risk.residualLevel ?? ""
                text: root.desk.risk.residualText ?? ""
            }
        }
        Rectangle {
            objectName: "requiredAuthority"
            Layout.fillWidth: true
            visible: root.decides
            implicitHeight: authority.implicitHeight + 2 * Theme.spacing
            color: Theme.accentSoft
            border.color: Theme.accent
            radius: Theme.radius
            Label {
                id: authority
                anchors.fill: parent
                anchors.margins: Theme.spacing
                wrapMode: Text.WordWrap
                color: Theme.text
                // Read again when the signed authorities change: they name who may accept.
                text: root.decides && Console.language.length > 0 && Console.authorities.statusText.length > 0
                      ? root.desk.requiredAuthorityText() : ""
            }
        }
        Label {
            objectName: "closeWarning"
            Layout.fillWidth: true
            visible: root.kind === "close" || root.kind === "reopen"
            wrapMode: Text.WordWrap
            color: root.kind === "close" ? Theme.overdue : Theme.text
            font.bold: root.kind === "close"
            text: root.kind === "close"
                  ? qsTr("A closed risk stays on record but takes no further step: record a new risk if the hazard returns.")
                  : qsTr("Reopening ends the acceptance: the risk is open again until it is decided anew.")
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.kind === "assess"
            Label { text: qsTr("Severity"); color: Theme.text }
            ComboBox {
                id: severity
                objectName: "riskStepSeverity"
                popup.palette.window: Theme.surface
                Layout.fillWidth: true
                model: root.desk.severities()
                textRole: "label"
                valueRole: "value"
                displayText: currentIndex < 0 ? qsTr("Choose") : currentText
                Accessible.name: qsTr("Severity")
            }
            Label { text: qsTr("Probability"); color: Theme.text }
            ComboBox {
                id: probability
                objectName: "riskStepProbability"
                popup.palette.window: Theme.surface
                Layout.fillWidth: true
                model: Console.language.length > 0 ? root.desk.probabilities(true) : []
                textRole: "label"
                valueRole: "value"
                displayText: currentIndex < 0 ? qsTr("Choose") : currentText
                Accessible.name: qsTr("Probability")
            }
            RiskChip {
                level: root.preview.level ?? ""
                text: root.preview.label ?? ""
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.needsDate
            Label { text: qsTr("Review by"); color: Theme.text }
            TextField {
                id: reviewDue
                objectName: "riskReviewDue"
                Layout.fillWidth: true
                placeholderText: qsTr("YYYY-MM-DD")
                inputMask: "9999-99-99;_"
                Accessible.name: qsTr("Review date (year, month, day)")
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.text
            text: root.kind === "assess" ? qsTr("Note: which measures lower the risk, and how (optional).")
                : root.kind === "decline" ? qsTr("Note: what must change before the risk can be accepted (required).")
                : root.kind === "close" ? qsTr("Reason for closing (required).")
                : root.kind === "reopen" ? qsTr("Reason for reopening (required).")
                : qsTr("Note (optional).")
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 60
            background: Rectangle {
                color: Theme.surface
                border.color: Theme.fieldBorder
                radius: 2
            }
            TextArea {
                id: noteField
                objectName: "riskStepText"
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("Text of the step")
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.desk.lastError.length > 0
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.overdue
            text: root.desk.lastError
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Button {
                objectName: "riskStepBack"
                text: root.kind === "close" ? qsTr("Keep the risk") : qsTr("Back")
                Accessible.name: text
                onClicked: root.close()
            }
            Button {
                objectName: "riskStepConfirm"
                text: root.step.label ?? ""
                highlighted: true
                enabled: (!root.needsReason || noteField.text.trim().length > 0)
                         && (!root.needsDate || reviewDue.acceptableInput)
                         && (root.kind !== "assess" || (severity.currentIndex >= 0 && probability.currentIndex >= 0))
                Accessible.name: text
                onClicked: {
                    if (root.take())
                        root.close()
                }
            }
        }
    }
}
