// SPDX-License-Identifier: EUPL-1.2
// One step on a measure, asking what the step needs (docs/advisor-api.md, "Measures"): a
// reason to reopen; the date it was implemented and the evidence; a verdict and a note for
// the check (by judgement: the effect check comes later); a reason to cancel, after saying
// that cancelling cannot be undone. Steps that need nothing are confirmed in one line.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Popup {
    id: root

    readonly property var desk: Console.measures
    /// The step being taken: {to, label, needs}.
    property var step: ({})
    readonly property string needs: step.needs ?? ""

    function start(s) {
        step = s
        reason.text = ""
        implementedOn.text = ""
        verdict.currentIndex = -1
        open()
    }
    function take() {
        if (needs === "implemented")
            return desk.implement(implementedOn.text, reason.text)
        if (needs === "verdict")
            return desk.check(verdict.currentValue ?? "", reason.text)
        if (needs === "reason")
            return desk.reopen(reason.text)
        if (needs === "cancel")
            return desk.cancel(reason.text)
        if (step.to === "approved")
            return desk.approve()
        return desk.start()
    }

    modal: true
    focus: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 40 : 560, 560)
    // Fixed, as MeasureDialog's: room for the longest step (a date, a text and an error).
    height: Math.min(parent ? parent.height - 40 : 360, 360)
    padding: Theme.padding
    closePolicy: Popup.CloseOnEscape
    onClosed: reason.text = ""
    Overlay.modal: Rectangle {
        color: Theme.scrim
    }
    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("%1: measure #%2?").arg(root.step.label ?? "").arg(root.desk.measureId)
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            text: root.desk.measure.title ?? ""
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "cancelWarning"
            Layout.fillWidth: true
            visible: root.needs === "cancel"
            wrapMode: Text.WordWrap
            color: Theme.overdue
            font.bold: true
            text: qsTr("A cancelled measure stays on record but cannot be taken up again: propose a new one if it "
                       + "is needed later.")
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.needs === "implemented"
            Label { text: qsTr("Implemented on"); color: Theme.text }
            TextField {
                id: implementedOn
                objectName: "stepImplementedOn"
                Layout.fillWidth: true
                placeholderText: qsTr("YYYY-MM-DD")
                inputMask: "9999-99-99;_"
                Accessible.name: qsTr("Date it was implemented (year, month, day)")
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.needs === "verdict"
            Label { text: qsTr("Verdict"); color: Theme.text }
            ComboBox {
                id: verdict
                objectName: "stepVerdict"
                popup.palette.window: Theme.surface
                Layout.fillWidth: true
                model: Console.language.length > 0 ? root.desk.verdicts() : []
                textRole: "label"
                valueRole: "value"
                displayText: currentIndex < 0 ? qsTr("Choose a verdict") : currentText
                Accessible.name: qsTr("Verdict")
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.needs !== ""
            wrapMode: Text.WordWrap
            color: Theme.text
            text: root.needs === "implemented" ? qsTr("Evidence: what shows it was done (required).")
                : root.needs === "verdict" ? qsTr("Note: what the verdict rests on (required).")
                : root.needs === "cancel" ? qsTr("Reason for cancelling (required).")
                : qsTr("Reason for reopening: what turned out not to be done (required).")
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true // the dialog's spare height goes to the text, not between the rows
            Layout.minimumHeight: 84
            visible: root.needs !== ""
            background: Rectangle {
                color: Theme.surface
                border.color: Theme.fieldBorder
                radius: 2
            }
            TextArea {
                id: reason
                objectName: "stepText"
                wrapMode: TextEdit.Wrap
                // One text per step: the evidence, the note or the reason, as the label says.
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
                objectName: "stepBack"
                text: root.needs === "cancel" ? qsTr("Keep the measure") : qsTr("Back")
                Accessible.name: text
                onClicked: root.close()
            }
            Button {
                objectName: "stepConfirm"
                text: root.step.label ?? ""
                highlighted: true
                enabled: root.needs === "" || reason.text.trim().length > 0
                Accessible.name: text
                onClicked: {
                    if (root.take())
                        root.close()
                }
            }
        }
    }
}
