// SPDX-License-Identifier: EUPL-1.2
// After the keys exist: show the identity for the operator and load the provisioning file
// (`vigil-admin enroll --out FILE`) that pins the registry's root key.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Item {
    id: root

    Pane {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 680)
        padding: 24
        background: Rectangle {
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing + 4

            Label {
                text: qsTr("Connect to the registry")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            IdentityCard {
                Layout.fillWidth: true
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.muted
                text: qsTr("Then load the provisioning file the operator gives you (vigil-admin enroll --out FILE): "
                           + "it names the registry and pins its root key. Enter its path, or paste its contents.")
            }
            TextField {
                id: source
                Layout.fillWidth: true
                placeholderText: qsTr("/path/to/provisioning.json")
                Accessible.name: qsTr("Provisioning file")
                focus: true
                onAccepted: load.clicked()
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
                Button {
                    text: qsTr("Lock")
                    flat: true
                    Accessible.name: qsTr("Lock the console")
                    onClicked: Console.account.lock()
                }
                Item { Layout.fillWidth: true }
                Button {
                    id: load
                    text: qsTr("Load provisioning file")
                    highlighted: true
                    enabled: source.text.length > 0
                    Accessible.name: text
                    onClicked: Console.account.loadProvisioning(source.text)
                }
            }
        }
    }
}
