// SPDX-License-Identifier: EUPL-1.2
// Closing a case (issue 12): never in one click. The advisor confirms, chooses the outcome and
// gives a reason (kept as an internal note for the colleagues who hold the case), may write a
// last word to the reporter, and is warned when the case is another advisor's. Everything goes
// through the console's queue (CaseView.closeWithReason), so it works offline. "Resolved —
// measure" names one of the measures this member sees that is approved or further, and fills
// in a word to the reporter in the report's language (editable), sent after the closing.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Popup {
    id: root

    readonly property var view: Console.caseView
    readonly property bool byMeasure: outcome.currentValue === "resolved_measure"
    /// The measure chosen for "resolved — measure" (0: none).
    readonly property var measureId: byMeasure && measure.currentIndex >= 0 ? measure.currentValue : 0

    /// The reporter's message follows the measure chosen, unless the advisor wrote their own.
    function fillReply() {
        if (!byMeasure || measureId <= 0)
            return
        if (message.text.length === 0 || message.text === message.prefilled) {
            message.prefilled = view.measureReply(measureId)
            message.text = message.prefilled
        }
    }

    /// Opens the dialog empty, with the first outcome the case allows.
    function start() {
        outcome.currentIndex = 0
        measure.currentIndex = 0
        reason.text = ""
        message.text = ""
        message.prefilled = ""
        open()
        reason.forceActiveFocus()
    }

    modal: true
    focus: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 40 : 640, 640)
    height: Math.min(parent ? parent.height - 40 : 600, column.implicitHeight + 2 * padding)
    padding: Theme.padding
    closePolicy: Popup.CloseOnEscape
    // What was typed does not linger in the dialog once it is done with.
    onClosed: {
        reason.text = ""
        message.text = ""
        message.prefilled = ""
    }
    Overlay.modal: Rectangle {
        color: Theme.scrim
    }
    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            id: column
            width: parent.width
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("Close case #%1?").arg(root.view.caseId)
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.muted
                font.pixelSize: Theme.fontSmall
                text: qsTr("A closed case cannot be opened again. Its clocks stop and the reporter can no longer "
                           + "expect an answer.")
            }
            Rectangle {
                objectName: "closeWarning"
                Layout.fillWidth: true
                visible: root.view.closingWarning.length > 0
                implicitHeight: warning.implicitHeight + 2 * Theme.spacing
                color: Theme.dueSoonSoft
                border.color: Theme.dueSoon
                radius: Theme.radius
                Label {
                    id: warning
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    font.bold: true
                    text: root.view.closingWarning
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: qsTr("Outcome")
                    color: Theme.text
                }
                ComboBox {
                    id: outcome
                    popup.palette.window: Theme.surface // the list on white, not on the frame colour
                    objectName: "closeOutcome"
                    Layout.fillWidth: true
                    model: root.view.closingOutcomes
                    textRole: "label"
                    valueRole: "value"
                    Accessible.name: qsTr("Outcome")
                    onActivated: root.fillReply()
                }
            }
            RowLayout {
                Layout.fillWidth: true
                visible: root.byMeasure
                Label {
                    text: qsTr("Measure")
                    color: Theme.text
                }
                ComboBox {
                    id: measure
                    popup.palette.window: Theme.surface
                    objectName: "closeMeasure"
                    Layout.fillWidth: true
                    model: Console.measures.closingChoices
                    textRole: "label"
                    valueRole: "value"
                    displayText: count === 0 ? qsTr("No approved measure you can see") : currentText
                    Accessible.name: qsTr("Measure the case was resolved by")
                    onActivated: root.fillReply()
                }
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.text
                text: qsTr("Reason (required). Kept with the case as an internal note: only the colleagues who "
                           + "hold this case can read it.")
            }
            ScrollView {
                Layout.fillWidth: true
                Layout.preferredHeight: 84
                background: Rectangle {
                    color: Theme.surface
                    border.color: reason.activeFocus ? Theme.accent : Theme.fieldBorder
                    radius: 2
                }
                TextArea {
                    id: reason
                    objectName: "closeReason"
                    wrapMode: TextEdit.Wrap
                    placeholderText: qsTr("Why is this case closed?")
                    Accessible.name: qsTr("Reason for closing")
                    KeyNavigation.priority: KeyNavigation.BeforeItem
                    KeyNavigation.tab: message
                }
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.text
                text: root.view.canReply
                      ? qsTr("Message to the reporter (optional). Sent as a reply: only the reporter reads it, and "
                             + "the colleagues who hold this case.")
                      : qsTr("The reporter cannot be written to from this case.")
            }
            ScrollView {
                Layout.fillWidth: true
                Layout.preferredHeight: 84
                visible: root.view.canReply
                background: Rectangle {
                    color: Theme.surface
                    border.color: message.activeFocus ? Theme.accent : Theme.fieldBorder
                    radius: 2
                }
                TextArea {
                    id: message
                    /// The text filled in for the chosen measure, to tell it from the advisor's own words.
                    property string prefilled: ""
                    objectName: "closeMessage"
                    wrapMode: TextEdit.Wrap
                    placeholderText: qsTr("For example: thank you for reporting; what was looked into and why the "
                                          + "case is closed.")
                    Accessible.name: qsTr("Message to the reporter")
                    KeyNavigation.priority: KeyNavigation.BeforeItem
                    KeyNavigation.backtab: reason
                }
            }
            Label {
                Layout.fillWidth: true
                visible: root.view.lastError.length > 0
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSmall
                color: Theme.overdue
                text: root.view.lastError
            }
            RowLayout {
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }
                Button {
                    objectName: "cancelClose"
                    text: qsTr("Cancel")
                    Accessible.name: qsTr("Cancel: keep the case open")
                    onClicked: root.close()
                }
                Button {
                    objectName: "confirmClose"
                    text: qsTr("Close the case")
                    highlighted: true
                    enabled: root.view.canChangeState && outcome.currentIndex >= 0 && reason.text.trim().length > 0
                             && (!root.byMeasure || root.measureId > 0)
                    Accessible.name: text
                    onClicked: {
                        if (root.view.closeWithReason(outcome.currentValue, reason.text, message.text, root.measureId))
                            root.close()
                    }
                }
            }
        }
    }
}
