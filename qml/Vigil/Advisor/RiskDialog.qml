// SPDX-License-Identifier: EUPL-1.2
// Recording a risk (docs/pdca.md, "Risks"): the hazard, a description, the domain, the unit it
// concerns (or the whole organisation), the initial cell of the matrix with its level shown as
// it is chosen, and the cases and measures it is linked to. Warns while the hazard or the
// description seems to hold something that identifies a person. Queued like every action.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Popup {
    id: root

    readonly property var desk: Console.risks
    readonly property var preview: Console.language.length > 0 && severity.currentIndex >= 0 && probability.currentIndex >= 0
                                   ? desk.levelOf(severity.currentValue, probability.currentValue) : ({})

    /// Opens the dialog empty, linked to `caseId` when given (0: none).
    function start(caseId) {
        hazardField.text = ""
        descriptionField.text = ""
        casesField.text = caseId > 0 ? String(caseId) : ""
        measuresField.text = ""
        domain.currentIndex = 0
        unit.currentIndex = 0
        severity.currentIndex = -1
        probability.currentIndex = -1
        open()
        hazardField.forceActiveFocus()
    }
    function ids(text) {
        return text.split(/[^0-9]+/).filter(s => s.length > 0).map(s => Number(s))
    }

    modal: true
    focus: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 40 : 680, 680)
    height: Math.min(parent ? parent.height - 40 : 620, 620)
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
            width: parent.width
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("Record a risk")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.muted
                font.pixelSize: Theme.fontSmall
                text: qsTr("Describe the hazard, not a person or an event: everyone who may see the risk reads it.")
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacing
                rowSpacing: 6

                Label { text: qsTr("Hazard"); color: Theme.text }
                TextField {
                    id: hazardField
                    objectName: "riskHazard"
                    Layout.fillWidth: true
                    maximumLength: 200
                    placeholderText: qsTr("What could cause harm, in one line")
                    Accessible.name: qsTr("Hazard")
                }
                Label { text: qsTr("Description"); color: Theme.text; Layout.alignment: Qt.AlignTop }
                ScrollView {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 72
                    background: Rectangle {
                        color: Theme.surface
                        border.color: descriptionField.activeFocus ? Theme.accent : Theme.fieldBorder
                        radius: 2
                    }
                    TextArea {
                        id: descriptionField
                        objectName: "riskDescription"
                        wrapMode: TextEdit.Wrap
                        placeholderText: qsTr("Where and when it arises, what is in place")
                        Accessible.name: qsTr("Description of the risk")
                        KeyNavigation.priority: KeyNavigation.BeforeItem
                        KeyNavigation.tab: domain
                    }
                }
                Label { text: qsTr("Domain"); color: Theme.text }
                ComboBox {
                    id: domain
                    objectName: "riskDomain"
                    popup.palette.window: Theme.surface
                    Layout.fillWidth: true
                    model: Console.language.length > 0 ? Console.measures.filter.choices("domain") : []
                    textRole: "label"
                    valueRole: "value"
                    Accessible.name: qsTr("Domain")
                }
                Label { text: qsTr("Unit"); color: Theme.text }
                ComboBox {
                    id: unit
                    objectName: "riskUnit"
                    popup.palette.window: Theme.surface
                    Layout.fillWidth: true
                    model: root.desk.units
                    textRole: "label"
                    valueRole: "value"
                    Accessible.name: qsTr("Unit the risk concerns (and the units below it)")
                }
                Label { text: qsTr("Initial risk"); color: Theme.text }
                RowLayout {
                    Layout.fillWidth: true
                    ComboBox {
                        id: severity
                        objectName: "riskSeverity"
                        popup.palette.window: Theme.surface
                        Layout.fillWidth: true
                        model: root.desk.severities()
                        textRole: "label"
                        valueRole: "value"
                        displayText: currentIndex < 0 ? qsTr("Severity") : qsTr("Severity %1").arg(currentText)
                        Accessible.name: qsTr("Severity, I catastrophic to IV negligible")
                    }
                    ComboBox {
                        id: probability
                        objectName: "riskProbability"
                        popup.palette.window: Theme.surface
                        Layout.fillWidth: true
                        model: Console.language.length > 0 ? root.desk.probabilities(false) : []
                        textRole: "label"
                        valueRole: "value"
                        displayText: currentIndex < 0 ? qsTr("Probability") : qsTr("Probability %1").arg(currentText)
                        Accessible.name: qsTr("Probability, A frequent to E improbable")
                    }
                    RiskChip {
                        objectName: "riskPreview"
                        level: root.preview.level ?? ""
                        text: root.preview.label ?? ""
                    }
                }
                Label { text: qsTr("Linked cases"); color: Theme.text }
                TextField {
                    id: casesField
                    objectName: "riskCases"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Case numbers, for example 12, 14")
                    Accessible.name: qsTr("Linked case numbers")
                }
                Label { text: qsTr("Linked measures"); color: Theme.text }
                TextField {
                    id: measuresField
                    objectName: "riskMeasures"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Measure numbers, for example 3")
                    Accessible.name: qsTr("Linked measure numbers")
                }
            }
            IdentifyingWarning {
                objectName: "riskIdentifyingWarning"
                source: hazardField.text + "\n" + descriptionField.text
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
                    objectName: "cancelRisk"
                    text: qsTr("Cancel")
                    Accessible.name: qsTr("Cancel: record nothing")
                    onClicked: root.close()
                }
                Button {
                    objectName: "confirmRisk"
                    text: qsTr("Record")
                    highlighted: true
                    enabled: hazardField.text.trim().length > 0 && severity.currentIndex >= 0 && probability.currentIndex >= 0
                    Accessible.name: qsTr("Record the risk")
                    onClicked: {
                        if (root.desk.create(hazardField.text, descriptionField.text, domain.currentValue, unit.currentValue,
                                             severity.currentValue, probability.currentValue,
                                             root.ids(casesField.text), root.ids(measuresField.text)))
                            root.close()
                    }
                }
            }
        }
    }
}
