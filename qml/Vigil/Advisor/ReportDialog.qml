// SPDX-License-Identifier: EUPL-1.2
// The inspectorate's report (docs/pdca.md "The inspectorate's report"): issue a settled
// quarter or year — a period issued before is reissued only with a reason, kept beside the
// earlier issue —, the issues the registry holds, and saving one as a PDF (Dutch or English,
// printed by the registry from the signed bytes), as its signed JSON (checked against the pinned
// root key) or as the signed report, to a file named here: a name in the documents folder is
// suggested and may be changed (the console has no file dialogs, docs/advisor.md "Tests").
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Popup {
    id: root

    readonly property var desk: Console.reports
    readonly property string period: periodBox.currentValue ?? ""
    readonly property int issuedAs: desk.reports.length >= 0 && period.length > 0 ? desk.issuedAs(period) : 0
    property int chosen: 0

    function show() {
        reason.text = ""
        chosen = 0
        desk.refresh()
        open()
    }
    function suggest() {
        pathField.text = chosen > 0 ? desk.suggestedPath(chosen, formatBox.currentValue ?? "pdf-nl") : ""
    }

    modal: true
    focus: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 40 : 720, 720)
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

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Inspectorate report")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
        }
        Label {
            objectName: "reportNotAllowed"
            Layout.fillWidth: true
            visible: !root.desk.allowed
            wrapMode: Text.WordWrap
            color: Theme.text
            text: qsTr("Only the inspectorate, or a commander or measures role covering every unit, issues and reads the inspectorate's report.")
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.desk.allowed
            Label { text: qsTr("Period"); color: Theme.text }
            ComboBox {
                id: periodBox
                objectName: "reportPeriod"
                popup.palette.window: Theme.surface
                Layout.fillWidth: true
                model: root.opened && Console.language.length > 0 ? root.desk.periods() : []
                textRole: "label"
                valueRole: "value"
                Accessible.name: qsTr("Period of the report")
            }
            Button {
                objectName: "reportIssue"
                text: root.issuedAs > 0 ? qsTr("Reissue") : qsTr("Issue")
                highlighted: true
                enabled: !root.desk.busy && root.period.length > 0 && (root.issuedAs === 0 || reason.text.trim().length > 0)
                Accessible.name: root.issuedAs > 0 ? qsTr("Reissue the report on %1").arg(periodBox.currentText)
                                                  : qsTr("Issue the report on %1").arg(periodBox.currentText)
                onClicked: {
                    if (root.desk.issue(root.period, reason.text))
                        reason.text = ""
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.desk.allowed && root.issuedAs > 0
            wrapMode: Text.WordWrap
            color: Theme.text
            text: qsTr("This period was issued as report %1. A reissue is kept beside it: say why it is reissued (required).")
                  .arg(root.issuedAs)
        }
        TextField {
            id: reason
            objectName: "reportReason"
            Layout.fillWidth: true
            visible: root.desk.allowed && root.issuedAs > 0
            placeholderText: qsTr("Reason for the reissue")
            Accessible.name: qsTr("Reason for the reissue")
        }
        Label {
            Layout.fillWidth: true
            visible: root.desk.allowed
            text: qsTr("Issued reports")
            font.bold: true
            color: Theme.text
        }
        ListView {
            id: issues
            objectName: "reportList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.desk.allowed
            clip: true
            model: root.desk.reports
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Issued reports")
            onCurrentIndexChanged: {
                if (currentIndex >= 0 && currentIndex < count) {
                    root.chosen = root.desk.reports[currentIndex].id
                    root.suggest()
                }
            }
            delegate: Rectangle {
                id: row
                required property var modelData
                required property int index
                width: ListView.view.width
                implicitHeight: rowText.implicitHeight + 12
                color: root.chosen === modelData.id ? Theme.selection : Theme.surface
                Accessible.role: Accessible.ListItem
                Accessible.name: rowText.text
                Label {
                    id: rowText
                    anchors.fill: parent
                    anchors.margins: 6
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    text: qsTr("Report %1 · %2 · issued %3 by %4").arg(row.modelData.id).arg(row.modelData.period)
                          .arg(row.modelData.madeAt).arg(row.modelData.madeBy)
                          + (row.modelData.reissueOf > 0
                             ? " · " + qsTr("reissue of %1: %2").arg(row.modelData.reissueOf).arg(row.modelData.reason) : "")
                }
                MouseArea {
                    anchors.fill: parent
                    onClicked: {
                        issues.currentIndex = row.index
                        issues.forceActiveFocus()
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                visible: issues.count === 0
                color: Theme.muted
                text: qsTr("No report issued yet.")
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.desk.allowed && root.chosen > 0
            ComboBox {
                id: formatBox
                objectName: "reportFormat"
                popup.palette.window: Theme.surface
                Layout.preferredWidth: 220
                model: Console.language.length > 0
                       ? [{value: "pdf-nl", label: qsTr("PDF in Dutch")}, {value: "pdf-en", label: qsTr("PDF in English")},
                          {value: "json", label: qsTr("Signed JSON (verified)")},
                          {value: "signed", label: qsTr("Signed report (.vgv)")}] : []
                textRole: "label"
                valueRole: "value"
                Accessible.name: qsTr("What to save")
                onActivated: root.suggest()
            }
            TextField {
                id: pathField
                objectName: "reportPath"
                Layout.fillWidth: true
                placeholderText: qsTr("File to save to")
                Accessible.name: qsTr("File to save to")
            }
            Button {
                objectName: "reportSave"
                text: qsTr("Save")
                enabled: !root.desk.busy && pathField.text.trim().length > 0
                Accessible.name: qsTr("Save report %1").arg(root.chosen)
                onClicked: root.desk.save(root.chosen, formatBox.currentValue ?? "pdf-nl", pathField.text)
            }
        }
        Label {
            objectName: "reportMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: root.desk.lastError.length > 0 ? Theme.overdue : Theme.muted
            text: root.desk.lastError.length > 0 ? root.desk.lastError : root.desk.notice
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Button {
                objectName: "reportDone"
                text: qsTr("Done")
                Accessible.name: text
                onClicked: root.close()
            }
        }
    }
}
