// SPDX-License-Identifier: EUPL-1.2
// The Aftercare tab of a case (issue 16 §2, docs/advisor.md "Aftercare plan"): the check-in
// moments the registry keeps as clocks, planned from the route's template or added by hand,
// each with its status; removing one asks first. Shows when the reporter asked for more
// contact, or declined further contact (then nothing more can be planned).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Rectangle {
    id: root
    objectName: "aftercarePane"

    readonly property var view: Console.caseView
    readonly property var plan: view.aftercare

    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.muted
            text: qsTr("Check-in moments with the reporter. At each, write to them in the conversation: the "
                       + "check-in is done with the first reply after it. Your reply tells their app the next moment.")
        }
        Label {
            objectName: "contactWanted"
            Layout.fillWidth: true
            visible: root.plan.contactWanted === true
            wrapMode: Text.WordWrap
            font.bold: true
            color: Theme.accent
            text: qsTr("The reporter asked for more contact. Write to them in the conversation.")
        }
        Label {
            objectName: "aftercareStopped"
            Layout.fillWidth: true
            visible: root.plan.stopped === true
            wrapMode: Text.WordWrap
            font.bold: true
            color: Theme.overdue
            text: root.plan.stoppedText ?? ""
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            visible: root.plan.canPlan === true
            Button {
                objectName: "planTemplate"
                visible: (root.plan.templateLabel ?? "").length > 0
                text: qsTr("Use template: %1").arg(root.plan.templateLabel ?? "")
                Accessible.name: text
                onClicked: root.view.planCheckInTemplate()
            }
            Item {
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Add a check-in in")
                color: Theme.text
            }
            SpinBox {
                id: days
                objectName: "checkInDays"
                from: 1
                to: 730
                value: 14
                editable: true
                Accessible.name: qsTr("Days from today")
            }
            Label {
                text: qsTr("days")
                color: Theme.text
            }
            Button {
                objectName: "addCheckIn"
                text: qsTr("Add")
                Accessible.name: qsTr("Add a check-in")
                onClicked: root.view.addCheckIn(days.value)
            }
        }
        ListView {
            id: list
            objectName: "checkInList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.plan.checkIns ?? []
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Check-ins")
            delegate: RowLayout {
                id: row
                required property var modelData
                width: ListView.view.width
                spacing: Theme.spacing
                Label {
                    Layout.preferredWidth: 120
                    text: row.modelData.dueText
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    text: row.modelData.statusLabel
                    font.bold: row.modelData.status === "due" || row.modelData.status === "overdue"
                    color: row.modelData.status === "overdue" ? Theme.overdue
                         : row.modelData.status === "due" ? Theme.dueSoon : Theme.muted
                }
                Button {
                    flat: true
                    visible: row.modelData.status === "planned"
                    text: qsTr("Remove")
                    Accessible.name: qsTr("Remove the check-in of %1").arg(row.modelData.dueText)
                    onClicked: {
                        confirm.checkInId = row.modelData.id
                        confirm.dueText = row.modelData.dueText
                        confirm.open()
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                color: Theme.muted
                text: qsTr("No check-ins planned.")
            }
        }
    }

    Dialog {
        id: confirm
        objectName: "removeCheckInDialog"
        property var checkInId: 0
        property string dueText: ""
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Remove check-in")
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            text: qsTr("Remove the check-in of %1 from the plan?").arg(confirm.dueText)
        }
        onAccepted: root.view.removeCheckIn(confirm.checkInId)
    }
}
