// SPDX-License-Identifier: EUPL-1.2
// The open case: header with clocks, the allowed next steps, and tabs for the report, the
// conversation with the reporter, internal notes and the audit history.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Rectangle {
    id: root
    objectName: "casePane"

    signal backToInbox()
    /// The advisor wants to propose a measure answering case `caseId`.
    signal proposeMeasure(var caseId)

    readonly property var view: Console.caseView
    property alias currentTab: tabs.currentIndex

    color: Theme.window

    Label {
        anchors.centerIn: parent
        visible: !root.view.isOpen
        color: Theme.muted
        text: qsTr("Select a case: j / k or the arrow keys, then Enter.")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        visible: root.view.isOpen

        CaseHeader {
            Layout.fillWidth: true
            summary: root.view.summary
        }
        CaseActions {
            Layout.fillWidth: true
            onProposeMeasure: caseId => root.proposeMeasure(caseId)
        }
        Label {
            Layout.fillWidth: true
            visible: root.view.lastError.length > 0
            text: root.view.lastError
            color: Theme.overdue
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
        }
        TabBar {
            id: tabs
            Layout.fillWidth: true
            TabButton {
                objectName: "tabReport"
                text: qsTr("Report")
                Accessible.name: text
            }
            TabButton {
                objectName: "tabConversation"
                text: qsTr("Conversation (%1)").arg(root.view.conversation.count)
                Accessible.name: qsTr("Conversation with the reporter")
            }
            TabButton {
                objectName: "tabNotes"
                text: qsTr("Internal notes (%1)").arg(root.view.notes.count)
                Accessible.name: qsTr("Internal notes")
            }
            TabButton {
                objectName: "tabHistory"
                text: qsTr("History")
                Accessible.name: qsTr("Audit history")
            }
            TabButton {
                objectName: "tabAftercare"
                text: qsTr("Aftercare plan")
                Accessible.name: text
            }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            ReportView {}
            ThreadView {
                objectName: "conversation"
                thread: root.view.conversation
                enabled: true
                canWrite: root.view.canReply
                placeholder: qsTr("Write to the reporter. Only the reporter reads this, and the colleagues who "
                                  + "hold this case.")
                sendLabel: qsTr("Send reply")
                emptyText: qsTr("No messages yet. The reporter reads replies with the app they filed from.")
                onSend: text => root.view.sendReply(text)
            }
            ThreadView {
                objectName: "notes"
                thread: root.view.notes
                canWrite: true
                placeholder: qsTr("Internal note for the members who hold this case. The reporter and the "
                                  + "registry cannot read it.")
                sendLabel: qsTr("Add note")
                emptyText: qsTr("No internal notes.")
                onSend: text => root.view.addNote(text)
            }
            HistoryView {}
            AftercarePane {}
        }
    }

    Shortcut {
        sequence: "Escape"
        enabled: root.view.isOpen
        onActivated: root.backToInbox()
    }
}
