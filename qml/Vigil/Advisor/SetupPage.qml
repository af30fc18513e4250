// SPDX-License-Identifier: EUPL-1.2
// First start: choose the passphrase that seals this console's keys.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Item {
    id: root

    Pane {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 560)
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
                text: qsTr("Set up this console")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.muted
                text: qsTr("The console makes your own keys: one to decrypt the reports routed to you, one to sign "
                           + "in and sign your replies. They never leave this machine and are sealed with a "
                           + "passphrase only you know. Without it nobody — not even the operator — can recover them.")
            }
            TextField {
                id: passphrase
                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: qsTr("Passphrase (at least %1 characters)").arg(Console.account.minPassphraseLength)
                Accessible.name: qsTr("Passphrase")
                focus: true
            }
            TextField {
                id: repeated
                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: qsTr("The same passphrase again")
                Accessible.name: qsTr("Repeat passphrase")
                onAccepted: create.clicked()
            }
            Label {
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
                    id: create
                    text: qsTr("Create my keys")
                    highlighted: true
                    enabled: !Console.account.busy
                    Accessible.name: text
                    onClicked: Console.account.createVault(passphrase.text, repeated.text)
                }
            }
        }
    }
}
