// SPDX-License-Identifier: EUPL-1.2
// The case's audit entries from the registry's hash-chained log.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Rectangle {
    id: root

    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    ListView {
        id: entries
        anchors.fill: parent
        anchors.margins: Theme.spacing
        clip: true
        model: Console.caseView.history
        ScrollBar.vertical: ScrollBar {}

        delegate: RowLayout {
            id: entry
            required property var at
            required property string actorName
            required property string actionLabel
            required property string detail
            width: ListView.view.width
            spacing: Theme.spacing
            Label {
                Layout.preferredWidth: 130
                text: Qt.formatDateTime(entry.at, "yyyy-MM-dd HH:mm")
                color: Theme.muted
                font.pixelSize: Theme.fontSmall
            }
            Label {
                Layout.preferredWidth: 160
                text: entry.actorName
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.text
            }
            Label {
                Layout.preferredWidth: 120
                text: entry.actionLabel
                font.bold: true
                font.pixelSize: Theme.fontSmall
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: entry.detail
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
        }

        Label {
            anchors.centerIn: parent
            visible: entries.count === 0
            color: Theme.muted
            text: qsTr("No history loaded yet.")
        }
    }
}
