// SPDX-License-Identifier: EUPL-1.2
// The case's routing facts and its clocks, each with its status.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: root

    required property var summary

    implicitHeight: column.implicitHeight + 2 * Theme.padding
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                text: qsTr("Case %1").arg(root.summary.id ?? "")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            RiskChip {
                level: root.summary.riskLevel ?? "unrated"
                text: root.summary.riskCode?.length > 0 ? root.summary.riskLabel + " " + root.summary.riskCode
                                                         : (root.summary.riskLabel ?? "")
                danger: root.summary.immediateDanger ?? false
            }
            Label {
                text: root.summary.stateLabel + (root.summary.outcomeLabel?.length > 0
                                                 ? " · " + root.summary.outcomeLabel : "")
                font.bold: true
                color: Theme.accent
            }
            Item { Layout.fillWidth: true }
            Label {
                text: root.summary.receivedAt ? qsTr("received %1").arg(Qt.formatDateTime(root.summary.receivedAt, "yyyy-MM-dd HH:mm")) : ""
                color: Theme.muted
                font.pixelSize: Theme.fontSmall
            }
        }
        Label {
            objectName: "retaliationBanner"
            Layout.fillWidth: true
            visible: root.summary.retaliation ?? false
            text: qsTr("The reporter says they are experiencing retaliation for this report (%1). Answer them in the conversation within 24 hours.")
                  .arg(root.summary.retaliationAt ? Qt.formatDateTime(root.summary.retaliationAt, "yyyy-MM-dd HH:mm") : "")
            wrapMode: Text.Wrap
            font.bold: true
            color: Theme.overdue
            padding: 6
            background: Rectangle {
                color: Theme.overdueSoft
                border.color: Theme.overdue
                border.width: 2
                radius: Theme.radius
            }
        }
        Label {
            Layout.fillWidth: true
            color: Theme.text
            elide: Text.ElideRight
            text: [root.summary.kindLabel, root.summary.categoryLabel, root.summary.unit, root.summary.month,
                   root.summary.modeLabel, qsTr("report %1").arg(root.summary.reportId)]
                  .filter(s => s && s.length > 0).join(" · ")
        }
        Label {
            Layout.fillWidth: true
            color: Theme.muted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
            text: qsTr("Assigned to: %1 · Readable by: %2")
                  .arg(root.summary.assigneeName?.length > 0 ? root.summary.assigneeName : qsTr("nobody yet"))
                  .arg(root.summary.recipients ?? "")
        }
        Flow {
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: root.summary.clocks ?? []
                delegate: Rectangle {
                    id: pill
                    required property var modelData
                    implicitWidth: pillText.implicitWidth + 14
                    implicitHeight: pillText.implicitHeight + 6
                    radius: 3
                    color: Theme.urgencySoft(modelData.urgency)
                    border.color: modelData.urgency >= 2 ? Theme.urgencyColor(modelData.urgency) : Theme.border
                    Label {
                        id: pillText
                        anchors.centerIn: parent
                        font.pixelSize: Theme.fontSmall
                        color: pill.modelData.urgency >= 2 ? Theme.urgencyColor(pill.modelData.urgency) : Theme.text
                        text: qsTr("%1: %2 (due %3)").arg(pill.modelData.label).arg(pill.modelData.status)
                              .arg(Qt.formatDate(pill.modelData.due, "yyyy-MM-dd"))
                    }
                }
            }
        }
    }
}
