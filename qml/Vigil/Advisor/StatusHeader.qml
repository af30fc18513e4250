// SPDX-License-Identifier: EUPL-1.2
// The desk's header: the product, tabs (placed by the page), who is signed in, the language,
// lock.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Rectangle {
    id: root

    default property alias content: extra.data

    implicitHeight: 44
    color: Theme.header

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.padding
        spacing: Theme.spacing * 2

        Label {
            text: qsTr("Vigil · advisor")
            color: Theme.headerText
            font.pixelSize: Theme.fontLarge
            font.bold: true
        }
        RowLayout {
            id: extra
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
        }
        Label {
            // Shrinks before the tabs do: the name and organisation elide.
            Layout.maximumWidth: 260
            elide: Text.ElideRight
            color: Theme.headerText
            font.pixelSize: Theme.fontSmall
            text: Console.account.signedIn
                  ? qsTr("%1 · %2").arg(Console.account.memberName.length > 0
                                        ? Console.account.memberName : Console.account.memberId)
                                   .arg(Console.account.organisation)
                  : Console.account.busy ? qsTr("Signing in…") : qsTr("Not signed in")
        }
        LanguageSwitch {
            textColor: Theme.headerText
        }
        Button {
            objectName: "signIn"
            visible: !Console.account.signedIn
            enabled: !Console.account.busy
            text: qsTr("Sign in")
            Accessible.name: qsTr("Sign in to the registry")
            onClicked: Console.sync.refresh()
        }
        Button {
            objectName: "lock"
            text: qsTr("Lock")
            Accessible.name: qsTr("Lock the console")
            onClicked: Console.account.lock()
        }
    }
}
