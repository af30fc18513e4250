// SPDX-License-Identifier: EUPL-1.2
// One alert in full, and its steps (docs/pdca.md "Alerts"): assign it to a member, follow it up
// with a measure, an explanation why none is needed, or both — an explanation is checked for
// identifying detail as a measure's text is — and close it, after asking. What the registry
// refuses comes back in words on the dialog.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Popup {
    id: root

    readonly property var desk: Console.alerts
    readonly property var alert: desk.alert
    /// The step being prepared: "" (reading), "assigned", "followed_up" or "closed".
    property string mode: ""

    /// Shows alert `id`.
    function show(id) {
        desk.select(id)
        mode = ""
        open()
    }
    function prepare(to) {
        noteText.text = ""
        assignee.currentIndex = -1
        measure.currentIndex = 0
        mode = to
    }
    function take() {
        if (mode === "assigned")
            return desk.assign(assignee.currentValue ?? "")
        if (mode === "followed_up")
            return desk.followUp(measure.currentValue ?? 0, noteText.text)
        return desk.close(noteText.text)
    }

    modal: true
    focus: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 40 : 600, 600)
    // Reading: as tall as what it says; a step: room for its text.
    height: Math.min(parent ? parent.height - 40 : 560,
                     mode === "" || mode === "assigned" ? column.implicitHeight + 2 * padding : 560)
    padding: Theme.padding
    closePolicy: Popup.CloseOnEscape
    Overlay.modal: Rectangle {
        color: Theme.scrim
    }
    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
    }

    component Fact: RowLayout {
        id: fact
        required property string name
        required property string value
        Layout.fillWidth: true
        visible: value.length > 0
        spacing: Theme.spacing
        Label {
            Layout.preferredWidth: 150
            text: fact.name
            color: Theme.muted
        }
        Label {
            Layout.fillWidth: true
            text: fact.value
            color: Theme.text
            wrapMode: Text.WordWrap
        }
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            objectName: "alertTitle"
            Layout.fillWidth: true
            text: qsTr("Alert #%1: %2").arg(root.alert.id ?? "").arg(root.alert.indicator ?? "")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            text: root.alert.figure ?? ""
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Fact { name: qsTr("Unit"); value: root.alert.scope ?? "" }
        Fact { name: qsTr("Months"); value: root.alert.months ?? "" }
        Fact { name: qsTr("State"); value: root.alert.stateLabel ?? "" }
        Fact {
            objectName: "alertClock"
            name: qsTr("Follow up by")
            value: (root.alert.clockLabel ?? "").length > 0 ? qsTr("%1 (%2)").arg(root.alert.due).arg(root.alert.clockLabel) : ""
        }
        Fact { name: qsTr("Assigned to"); value: root.alert.assignee ?? "" }
        Fact {
            name: qsTr("Measure")
            value: (root.alert.measure ?? 0) > 0 ? "#" + root.alert.measure + " " + (root.alert.measureTitle ?? "") : ""
        }
        Fact { name: qsTr("Explanation"); value: root.alert.explanation ?? "" }
        Fact { name: qsTr("Followed up by"); value: root.alert.followedUpBy ?? "" }
        Fact { name: qsTr("Closed by"); value: root.alert.closedBy ?? "" }
        Fact { name: qsTr("Closing note"); value: root.alert.closeNote ?? "" }

        // The step being prepared.
        Label {
            objectName: "alertCloseWarning"
            Layout.fillWidth: true
            visible: root.mode === "closed"
            wrapMode: Text.WordWrap
            color: Theme.overdue
            font.bold: true
            text: qsTr("Close alert #%1? A closed alert is not reopened: a later month that fires raises a new one.")
                  .arg(root.alert.id ?? "")
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.mode === "assigned"
            Label { text: qsTr("Assign to"); color: Theme.text }
            ComboBox {
                id: assignee
                objectName: "alertAssignee"
                popup.palette.window: Theme.surface
                Layout.fillWidth: true
                model: root.opened ? root.desk.assigneeChoices() : []
                textRole: "label"
                valueRole: "value"
                displayText: currentIndex < 0 ? qsTr("Choose a member") : currentText
                Accessible.name: qsTr("Member to assign the alert to")
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.mode === "assigned"
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
            text: qsTr("Only a member with a measures or commander role covering the unit can follow it up; the registry refuses anyone else.")
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.mode === "followed_up"
            Label { text: qsTr("Measure"); color: Theme.text }
            ComboBox {
                id: measure
                objectName: "alertMeasure"
                popup.palette.window: Theme.surface
                Layout.fillWidth: true
                model: root.opened ? [{value: 0, label: qsTr("No measure")}].concat(root.desk.measureChoices()) : []
                textRole: "label"
                valueRole: "value"
                Accessible.name: qsTr("Measure that answers the alert")
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.mode !== ""
            wrapMode: Text.WordWrap
            color: Theme.text
            text: root.mode === "followed_up" ? qsTr("Explanation: why no (other) measure is needed (required without a measure).")
                : root.mode === "closed" ? qsTr("Closing note (optional).") : ""
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 64
            visible: root.mode === "followed_up" || root.mode === "closed"
            contentWidth: availableWidth // the text wraps: it never widens the view
            background: Rectangle {
                color: Theme.surface
                border.color: Theme.fieldBorder
                radius: 2
            }
            TextArea {
                id: noteText
                objectName: "alertText"
                wrapMode: TextEdit.Wrap
                Accessible.name: root.mode === "closed" ? qsTr("Closing note") : qsTr("Explanation")
            }
        }
        IdentifyingWarning {
            objectName: "alertIdentifyingWarning"
            source: root.mode === "followed_up" ? noteText.text : ""
        }
        Item {
            Layout.fillHeight: true
            visible: root.mode === "" || root.mode === "assigned"
        }
        Label {
            objectName: "alertError"
            Layout.fillWidth: true
            visible: root.desk.lastError.length > 0
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.overdue
            text: root.desk.lastError
        }
        Label {
            Layout.fillWidth: true
            visible: root.mode === "" && (root.alert.open ?? false) && root.desk.steps.length === 0
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
            text: qsTr("You read this alert: assigning, following up and closing need a measures or commander role covering its unit.")
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Repeater {
                model: root.mode === "" ? root.desk.steps : []
                delegate: Button {
                    required property var modelData
                    objectName: "alertStep_" + modelData.to
                    text: modelData.label
                    Accessible.name: text
                    onClicked: root.prepare(modelData.to)
                }
            }
            Button {
                objectName: "alertBack"
                text: root.mode === "" ? qsTr("Done") : root.mode === "closed" ? qsTr("Keep it open") : qsTr("Back")
                Accessible.name: text
                onClicked: root.mode === "" ? root.close() : root.mode = ""
            }
            Button {
                objectName: "alertConfirm"
                visible: root.mode !== ""
                highlighted: true
                text: root.mode === "assigned" ? qsTr("Assign") : root.mode === "followed_up" ? qsTr("Follow up") : qsTr("Close the alert")
                enabled: root.mode === "assigned" ? assignee.currentIndex >= 0
                       : root.mode === "followed_up" ? (measure.currentValue ?? 0) > 0 || noteText.text.trim().length > 0 : true
                Accessible.name: text
                onClicked: {
                    if (root.take())
                        root.mode = ""
                }
            }
        }
    }
}
