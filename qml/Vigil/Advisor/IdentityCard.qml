// SPDX-License-Identifier: EUPL-1.2
// The identity string the operator needs for `vigil-admin advisor add --public-key`.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Rectangle {
    id: root

    implicitHeight: column.implicitHeight + 2 * Theme.padding
    color: Theme.surfaceAlt
    border.color: Theme.border
    radius: Theme.radius

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: 4

        Label {
            text: qsTr("Your identity for the operator")
            font.bold: true
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.muted
            font.pixelSize: Theme.fontSmall
            text: qsTr("Hand this string to the registry operator (vigil-admin advisor add --public-key …). "
                       + "It holds only public keys.")
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: identity
                Layout.fillWidth: true
                readOnly: true
                selectByMouse: true
                text: Console.account.identity
                font.family: "monospace"
                font.pixelSize: Theme.fontSmall
                Accessible.name: qsTr("Identity string")
            }
            Button {
                text: copied.running ? qsTr("Copied") : qsTr("Copy")
                Accessible.name: qsTr("Copy identity string")
                onClicked: {
                    Console.account.copyIdentity()
                    copied.restart()
                }
                Timer {
                    id: copied
                    interval: 1500
                }
            }
        }
    }
}
