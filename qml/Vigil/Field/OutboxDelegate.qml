// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic as T
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field.Core

// One report in the outbox: what it was, where it stands, its receipt code once delivered.
T.AbstractButton {
    id: root

    required property string reportId
    required property string sendState
    required property string title
    required property string category
    required property date created
    required property string receiptCode
    required property string reason
    required property int replies
    required property int unread
    required property string kind

    signal exportRequested(string reportId)

    objectName: "outbox_" + reportId
    implicitWidth: Theme.pageWidth
    implicitHeight: column.implicitHeight + 28
    Accessible.role: Accessible.Button
    // The category, not the story: the outbox is read in barracks and on buses. The story
    // shows when the reporter opens the report.
    Accessible.name: Labels.categoryLabel(category) + ", " + Labels.stateLabel(sendState)

    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.surfacePressed : Theme.surface
        border.width: root.sendState === "quarantined" ? 4 : Theme.borderWidth
        border.color: root.sendState === "quarantined" ? Theme.danger : Theme.border
    }
    contentItem: Item {
        ColumnLayout {
            id: column
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: 14
            spacing: 6
            Text {
                Layout.fillWidth: true
                objectName: "outboxTitle"
                text: root.category.length > 0 ? Labels.categoryLabel(root.category) : qsTr("Report")
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("%1 · sealed %2").arg(Labels.kindTitle(root.kind))
                          .arg(Labels.dateTime(root.created))
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "state"
                Layout.fillWidth: true
                text: "● " + Labels.stateLabel(root.sendState)
                      + (root.sendState === "sending" && App.sync.uploadingReportId === root.reportId
                         ? " " + Math.round(App.sync.uploadProgress * 100) + " %" : "")
                color: root.sendState === "quarantined" ? Theme.danger
                     : (root.sendState === "delivered" || root.sendState === "registered") ? Theme.good : Theme.warning
                font.pixelSize: Theme.fontBody
                font.bold: true
            }
            Text {
                Layout.fillWidth: true
                text: root.sendState === "quarantined" && root.reason.length > 0
                      ? qsTr("Reason: %1").arg(root.reason) : Labels.stateHint(root.sendState)
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: root.sendState === "waiting" && root.reason.length > 0
                text: root.reason
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                visible: root.receiptCode.length > 0
                spacing: 8
                Text {
                    Layout.fillWidth: true
                    objectName: "receiptCode"
                    text: qsTr("Receipt %1").arg(root.receiptCode)
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    font.family: "monospace"
                    font.bold: true
                    wrapMode: Text.Wrap
                    Accessible.name: qsTr("Receipt code %1").arg(root.receiptCode.split("").join(" "))
                }
                ActionButton {
                    objectName: "saveReceiptButton"
                    kind: "secondary"
                    font.pixelSize: Theme.fontBody
                    text: qsTr("Save")
                    Accessible.name: qsTr("Save the receipt")
                    onClicked: root.exportRequested(root.reportId)
                }
            }
            Text {
                objectName: "repliesLine"
                Layout.fillWidth: true
                visible: root.replies > 0
                text: root.unread > 0 ? "✉ " + qsTr("%n new reply(s) — tap to read", "", root.unread)
                                      : qsTr("%n reply(s) — tap to read", "", root.replies)
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.bold: root.unread > 0
                font.underline: true
                wrapMode: Text.Wrap
            }
        }
    }
}
