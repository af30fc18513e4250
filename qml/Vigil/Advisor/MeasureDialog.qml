// SPDX-License-Identifier: EUPL-1.2
// Proposing a measure (docs/pdca.md, "Console"): title, description, domain, the owner as a
// unit and a function (never a person), a due date and the cases it answers — the case it was
// opened from already filled in, and the indicators meant to show its effect (IndicatorPicker).
// Warns while the title or description seems to hold something
// that identifies a person. Queued like every action, so it works offline.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Popup {
    id: root

    readonly property var desk: Console.measures
    /// The linked case ids, as text ("12, 14") so the advisor may add or remove some.
    property alias casesText: casesField.text

    /// Opens the dialog empty, linked to `caseId` when given (0: no case).
    function start(caseId) {
        titleField.text = ""
        descriptionField.text = ""
        roleField.text = ""
        dueField.text = ""
        casesField.text = caseId > 0 ? String(caseId) : ""
        indicatorPicker.reset([], "")
        domain.currentIndex = 0
        // From a case: its unit is the likely owner (the advisor may choose another).
        const caseUnit = caseId > 0 && Console.caseView.caseId === caseId ? Console.caseView.summary.unit : ""
        unit.currentIndex = Math.max(0, unit.indexOfValue(caseUnit))
        open()
        titleField.forceActiveFocus()
    }
    function caseIds() {
        return casesText.split(/[^0-9]+/).filter(s => s.length > 0).map(s => Number(s))
    }

    modal: true
    focus: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 40 : 680, 680)
    // A fixed height that holds every field, the warning and the error (the wrapped labels'
    // implicit heights arrive late, so a height from them cut off the buttons); it scrolls
    // on a screen lower than that.
    height: Math.min(parent ? parent.height - 40 : 600, 600)
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

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            id: column
            width: parent.width
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("Propose a measure")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.muted
                font.pixelSize: Theme.fontSmall
                text: qsTr("Another member with the measures or commander role for the owner unit approves it; "
                           + "you cannot approve your own proposal.")
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacing
                rowSpacing: 6

                Label { text: qsTr("Title"); color: Theme.text }
                TextField {
                    id: titleField
                    objectName: "measureTitle"
                    Layout.fillWidth: true
                    maximumLength: 200
                    placeholderText: qsTr("What will change, in one line")
                    Accessible.name: qsTr("Title of the measure")
                }
                Label { text: qsTr("Description"); color: Theme.text; Layout.alignment: Qt.AlignTop }
                ScrollView {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 84
                    background: Rectangle {
                        color: Theme.surface
                        border.color: descriptionField.activeFocus ? Theme.accent : Theme.fieldBorder
                        radius: 2
                    }
                    TextArea {
                        id: descriptionField
                        objectName: "measureDescription"
                        wrapMode: TextEdit.Wrap
                        placeholderText: qsTr("What is done, where, and why")
                        Accessible.name: qsTr("Description of the measure")
                        KeyNavigation.priority: KeyNavigation.BeforeItem
                        KeyNavigation.tab: domain
                    }
                }
                Label { text: qsTr("Domain"); color: Theme.text }
                ComboBox {
                    id: domain
                    objectName: "measureDomain"
                    popup.palette.window: Theme.surface
                    Layout.fillWidth: true
                    model: Console.language.length > 0 ? root.desk.filter.choices("domain") : []
                    textRole: "label"
                    valueRole: "value"
                    Accessible.name: qsTr("Domain")
                }
                Label { text: qsTr("Owner unit"); color: Theme.text }
                ComboBox {
                    id: unit
                    objectName: "measureUnit"
                    popup.palette.window: Theme.surface
                    Layout.fillWidth: true
                    model: root.desk.units
                    textRole: "label"
                    valueRole: "value"
                    Accessible.name: qsTr("Owner unit")
                }
                Label { text: qsTr("Owner function"); color: Theme.text }
                TextField {
                    id: roleField
                    objectName: "measureRole"
                    Layout.fillWidth: true
                    maximumLength: 64
                    placeholderText: qsTr("A function, not a name: for example S3")
                    Accessible.name: qsTr("Owner function")
                }
                Label { text: qsTr("Due date"); color: Theme.text }
                TextField {
                    id: dueField
                    objectName: "measureDue"
                    Layout.fillWidth: true
                    placeholderText: qsTr("YYYY-MM-DD")
                    inputMask: "9999-99-99;_"
                    Accessible.name: qsTr("Due date (year, month, day)")
                }
                Label { text: qsTr("Linked cases"); color: Theme.text }
                TextField {
                    id: casesField
                    objectName: "measureCases"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Case numbers, for example 12, 14")
                    Accessible.name: qsTr("Linked case numbers")
                }
            }
            Label {
                text: qsTr("Indicators")
                color: Theme.text
            }
            IndicatorPicker {
                id: indicatorPicker
                objectName: "indicatorPicker"
                Layout.fillWidth: true
            }
            IdentifyingWarning {
                objectName: "identifyingWarning"
                source: titleField.text + "\n" + descriptionField.text
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
                    objectName: "cancelPropose"
                    text: qsTr("Cancel")
                    Accessible.name: qsTr("Cancel: propose nothing")
                    onClicked: root.close()
                }
                Button {
                    objectName: "confirmPropose"
                    text: qsTr("Propose")
                    highlighted: true
                    enabled: titleField.text.trim().length > 0 && roleField.text.trim().length > 0
                             && dueField.acceptableInput && unit.currentIndex >= 0
                    Accessible.name: qsTr("Propose the measure")
                    onClicked: {
                        if (root.desk.propose(titleField.text, descriptionField.text, domain.currentValue,
                                              unit.currentValue, roleField.text, dueField.text, root.caseIds(),
                                              indicatorPicker.chosen, indicatorPicker.primary))
                            root.close()
                    }
                }
            }
        }
    }
}
