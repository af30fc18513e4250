// SPDX-License-Identifier: EUPL-1.2
// An honest line about the connection: up to date, syncing, or working offline on the cache
// with actions waiting.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Rectangle {
    id: root

    readonly property bool trouble: Console.sync.status === SyncEngine.Offline
                                    || Console.sync.status === SyncEngine.SignedOut
                                    || Console.sync.status === SyncEngine.Busy

    implicitHeight: row.implicitHeight + 8
    color: trouble ? Theme.dueSoonSoft : Theme.surfaceAlt
    border.color: Theme.border

    Accessible.role: Accessible.StatusBar
    Accessible.name: Console.sync.statusText

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.padding
        spacing: Theme.spacing

        Rectangle {
            implicitWidth: 10
            implicitHeight: 10
            radius: 5
            color: Console.sync.status === SyncEngine.Online ? Theme.good
                 : Console.sync.status === SyncEngine.Syncing ? Theme.accent : Theme.dueSoon
        }
        Label {
            objectName: "syncStatus"
            Layout.fillWidth: true
            text: Console.sync.statusText
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
        Label {
            visible: Console.sync.lastError.length > 0 && root.trouble
            Layout.maximumWidth: 420
            text: Console.sync.lastError
            color: Theme.muted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
        Button {
            text: qsTr("Sync now")
            flat: true
            font.pixelSize: Theme.fontSmall
            enabled: Console.sync.status !== SyncEngine.Syncing
            Accessible.name: qsTr("Sync with the registry now")
            onClicked: Console.sync.refresh()
        }
    }
}
