// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field.Core

// One place to turn to: who, what for, when, and the ways to reach it — a call (the phone's
// dialler with the number filled in; the call itself is the reporter's tap), a copy for a
// phone that cannot call, mail or a web page. Emergency numbers stand out by a thick frame
// and their label, not by colour alone (the night theme is all red).
Rectangle {
    id: root

    required property string contactId
    required property string name
    required property string purpose
    required property string hours
    required property string phone
    required property string dial
    required property string email
    required property string url
    required property bool emergency
    required property bool ownUnit

    property bool copied: false

    objectName: "support_" + contactId
    implicitWidth: Theme.pageWidth
    implicitHeight: column.implicitHeight + 28
    radius: Theme.radius
    color: root.emergency ? Theme.dangerBackground : Theme.surface
    border.width: root.emergency ? Theme.strongBorderWidth : Theme.borderWidth
    border.color: root.emergency ? Theme.danger : Theme.border
    Accessible.role: Accessible.StaticText
    Accessible.name: root.name

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 14
        spacing: 8
        Text {
            Layout.fillWidth: true
            visible: root.emergency || !root.ownUnit
            text: root.emergency ? qsTr("Emergency") : qsTr("Elsewhere in the organisation")
            color: root.emergency ? Theme.danger : Theme.textMuted
            font.pixelSize: Theme.fontSmall
            font.bold: true
        }
        Text {
            Layout.fillWidth: true
            text: root.name
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: root.purpose
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            visible: root.hours.length > 0
            text: qsTr("Available: %1").arg(root.hours)
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.phone.length > 0
            spacing: 8
            ActionButton {
                objectName: "call_" + root.contactId
                Layout.fillWidth: true
                kind: root.emergency ? "danger" : "primary"
                text: qsTr("Call %1").arg(root.phone)
                Accessible.name: qsTr("Call %1 on %2").arg(root.name).arg(root.phone.split("").join(" "))
                onClicked: Qt.openUrlExternally("tel:" + root.dial)
            }
            ActionButton {
                objectName: "copy_" + root.contactId
                Layout.preferredWidth: Theme.touchTarget * 2
                kind: "secondary"
                font.pixelSize: Theme.fontBody
                text: root.copied ? qsTr("Copied") : qsTr("Copy")
                Accessible.name: qsTr("Copy the number of %1").arg(root.name)
                onClicked: {
                    App.support.copy(root.phone)
                    root.copied = true
                }
            }
        }
        ActionButton {
            objectName: "mail_" + root.contactId
            Layout.fillWidth: true
            visible: root.email.length > 0
            kind: "secondary"
            font.pixelSize: Theme.fontBody
            text: qsTr("Write to %1").arg(root.email)
            onClicked: Qt.openUrlExternally("mailto:" + root.email)
        }
        ActionButton {
            objectName: "web_" + root.contactId
            Layout.fillWidth: true
            visible: root.url.length > 0
            kind: "secondary"
            font.pixelSize: Theme.fontBody
            text: qsTr("Open %1").arg(root.url.replace("https://", ""))
            onClicked: Qt.openUrlExternally(root.url)
        }
    }
}
