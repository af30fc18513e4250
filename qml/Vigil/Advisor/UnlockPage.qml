// SPDX-License-Identifier: EUPL-1.2
// The console starts locked: the passphrase opens the vault with the advisor's keys.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Item {
    id: root

    Pane {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 440)
        padding: 24
        background: Rectangle {
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing

            Label {
                text: qsTr("Unlock the console")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            TextField {
                id: passphrase
                objectName: "passphrase"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: qsTr("Passphrase")
                Accessible.name: qsTr("Passphrase")
                focus: true
                onAccepted: unlock.clicked()
            }
            Label {
                objectName: "unlockError"
                Layout.fillWidth: true
                visible: Console.account.lastError.length > 0
                text: Console.account.lastError
                color: Theme.overdue
                wrapMode: Text.WordWrap
            }
            RowLayout {
                Layout.fillWidth: true
                BusyIndicator {
                    running: Console.account.busy
                    visible: running
                    implicitHeight: 28
                    implicitWidth: 28
                }
                Item { Layout.fillWidth: true }
                Button {
                    id: unlock
                    objectName: "unlock"
                    text: qsTr("Unlock")
                    highlighted: true
                    enabled: !Console.account.busy && passphrase.text.length > 0
                    Accessible.name: text
                    onClicked: {
                        Console.account.unlock(passphrase.text)
                        passphrase.clear()
                    }
                }
            }
        }
    }
}
