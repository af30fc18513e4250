// SPDX-License-Identifier: EUPL-1.2
// What the advisor may do next: only the workflow's allowed steps, reassignment among the
// members who hold the case's key, and what is still waiting to reach the registry.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Rectangle {
    id: root

    readonly property var view: Console.caseView
    /// The advisor wants to propose a measure answering this case (MeasureDialog, pre-filled).
    signal proposeMeasure(var caseId)

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    LessonDialog {
        id: lesson
        objectName: "lessonDialog"
    }
    CloseCaseDialog {
        id: closing
        objectName: "closeDialog"
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 4

        // A Flow, not a row: at 1280 px the case pane is narrow and the actions wrap instead of
        // being cut off (issue 12, item 15).
        Flow {
            Layout.fillWidth: true
            spacing: 6

            Label {
                height: 30
                verticalAlignment: Text.AlignVCenter
                text: root.view.nextSteps.length > 0 ? qsTr("Next step:") : qsTr("Closed: no further steps.")
                color: Theme.muted
                font.pixelSize: Theme.fontSmall
            }
            // Repeaters sit in positioners, not straight in a layout: a RowLayout crashed (Qt 6.4)
            // when the language switch rebuilt the step buttons twice before the next polish.
            Repeater {
                model: root.view.nextSteps.filter(s => s.state !== "closed")
                delegate: Button {
                    required property var modelData
                    objectName: "step_" + modelData.state
                    text: modelData.label
                    enabled: root.view.canChangeState
                    highlighted: true
                    Accessible.name: text
                    onClicked: root.view.transition(modelData.state)
                }
            }
            // Closing asks first (outcome, reason, a word to the reporter): CloseCaseDialog.
            Button {
                objectName: "step_closed"
                visible: root.view.closingOutcomes.length > 0
                text: qsTr("Close case…")
                enabled: root.view.canChangeState
                Accessible.name: qsTr("Close the case (asks for an outcome and a reason)")
                onClicked: closing.start()
            }
            Button {
                objectName: "proposeFromCase"
                text: qsTr("Propose measure…")
                Accessible.name: qsTr("Propose a measure that answers this case")
                onClicked: root.proposeMeasure(root.view.caseId)
            }
            Button {
                objectName: "draftLesson"
                visible: root.view.summary.state === "closed" && root.view.decrypted
                text: qsTr("Draft lessons-learned bulletin")
                Accessible.name: text
                onClicked: lesson.start()
            }
            Row {
                spacing: 6
                visible: root.view.canReassign && root.view.colleagues.length > 0
                ComboBox {
                    id: colleague
                    popup.palette.window: Theme.surface // the list on white, not on the frame colour
                    model: root.view.colleagues
                    textRole: "name"
                    valueRole: "id"
                    implicitHeight: 30
                    implicitWidth: 200
                    Accessible.name: qsTr("Colleague to assign the case to")
                }
                Button {
                    text: qsTr("Assign")
                    enabled: root.view.canChangeState
                    Accessible.name: qsTr("Assign the case to %1").arg(colleague.currentText)
                    onClicked: root.view.assign(colleague.currentValue)
                }
            }
        }
        Column {
            Layout.fillWidth: true
            visible: root.view.pendingActions.length > 0
            Repeater {
                model: root.view.pendingActions
                delegate: Label {
                    required property string modelData
                    color: Theme.pending
                    font.pixelSize: Theme.fontSmall
                    text: qsTr("⟳ %1 — waiting for the registry").arg(modelData)
                }
            }
        }
    }
}
