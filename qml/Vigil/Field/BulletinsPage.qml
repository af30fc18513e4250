// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field.Core

// Lessons learned and safety alerts, signed by the registry and checked on this phone.
FieldPage {
    id: root

    objectName: "bulletinsPage"
    title: qsTr("Bulletins")
    showBack: true
    onBackRequested: root.StackView.view.pop()

    Text {
        Layout.fillWidth: true
        text: App.bulletins.count === 0 ? qsTr("No bulletins yet. They arrive with the next connection.")
                                        : qsTr("Only bulletins signed by your organisation are shown.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    Repeater {
        model: App.bulletins
        delegate: BulletinDelegate { Layout.fillWidth: true }
    }
}
