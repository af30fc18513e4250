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

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    LessonDialog {
        id: lesson
        objectName: "lessonDialog"
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: 6

            Label {
                text: root.view.nextSteps.length > 0 ? qsTr("Next step:") : qsTr("Closed: no further steps.")
                color: Theme.muted
                font.pixelSize: Theme.fontSmall
            }
            // Repeaters sit in positioners, not straight in a layout: a RowLayout crashed (Qt 6.4)
            // when the language switch rebuilt the step buttons twice before the next polish.
            Row {
                spacing: 6
                Repeater {
                    model: root.view.nextSteps.filter(s => s.state !== "closed")
                    delegate: Button {
                        required property var modelData
                        objectName: "step_" + modelData.state
                        text: modelData.label
                        enabled: root.view.canChangeState
                        highlighted: true
                        Accessible.name: text
                        onClicked: root.view.transition(modelData.state, "")
                    }
                }
            }
            ComboBox {
                id: outcome
                visible: root.view.closingOutcomes.length > 0
                model: root.view.closingOutcomes
                textRole: "label"
                valueRole: "value"
                implicitHeight: 30
                Accessible.name: qsTr("Outcome for closing")
            }
            Button {
                objectName: "step_closed"
                visible: outcome.visible
                text: qsTr("Close as %1").arg(outcome.currentText)
                enabled: root.view.canChangeState
                Accessible.name: text
                onClicked: root.view.transition("closed", outcome.currentValue)
            }
            Button {
                objectName: "draftLesson"
                visible: root.view.summary.state === "closed" && root.view.decrypted
                text: qsTr("Draft lessons-learned bulletin")
                Accessible.name: text
                onClicked: lesson.start()
            }
            Item { Layout.fillWidth: true }
            ComboBox {
                id: colleague
                visible: root.view.canReassign && root.view.colleagues.length > 0
                model: root.view.colleagues
                textRole: "name"
                valueRole: "id"
                implicitHeight: 30
                implicitWidth: 200
                Accessible.name: qsTr("Colleague to assign the case to")
            }
            Button {
                visible: colleague.visible
                text: qsTr("Assign")
                enabled: root.view.canChangeState
                Accessible.name: qsTr("Assign the case to %1").arg(colleague.currentText)
                onClicked: root.view.assign(colleague.currentValue)
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
