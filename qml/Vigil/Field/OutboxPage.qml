// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field.Core

// Every report this phone sealed, newest first, with its honest state and receipt.
FieldPage {
    id: root

    property string exportId

    objectName: "outboxPage"
    title: qsTr("Outbox")
    showBack: true
    onBackRequested: root.StackView.view.pop()

    SyncStatusCard { Layout.fillWidth: true }

    Text {
        Layout.fillWidth: true
        visible: App.outbox.count === 0
        text: qsTr("No reports yet.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
    }
    Repeater {
        model: App.outbox
        delegate: OutboxDelegate {
            Layout.fillWidth: true
            onClicked: {
                App.conversation.open(reportId)
                root.StackView.view.push(Qt.resolvedUrl("ConversationPage.qml"))
            }
            onExportRequested: (id) => {
                root.exportId = id
                saveDialog.open()
            }
        }
    }
    ChoiceCard {
        objectName: "restoreConversationCard"
        Layout.fillWidth: true
        title: qsTr("Restore a conversation")
        description: qsTr("Continue a conversation from another phone with its recovery code.")
        onClicked: root.StackView.view.push(Qt.resolvedUrl("RecoveryRestorePage.qml"))
    }
    InfoBanner {
        id: exportResult
        Layout.fillWidth: true
        tone: "good"
    }
    FileDialog {
        id: saveDialog
        objectName: "receiptFileDialog"
        title: qsTr("Save the receipt")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Vigil receipts (*.vigil-receipt)")]
        onAccepted: {
            const ok = App.outbox.exportReceipt(root.exportId, selectedFile)
            exportResult.tone = ok ? "good" : "danger"
            exportResult.text = ok ? qsTr("Receipt saved. Keep it as proof that you filed this report.")
                                   : qsTr("The receipt could not be saved.")
        }
    }
}
