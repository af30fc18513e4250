// SPDX-License-Identifier: EUPL-1.2
// One message: who, when, and the text when this console can read it.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: root

    required property string kind
    required property string authorName
    required property var at
    required property string text
    required property bool readable
    required property bool mine
    required property bool pending
    required property bool verified
    required property string caption

    implicitHeight: column.implicitHeight + 12
    radius: Theme.radius
    color: kind === "follow_up" ? Theme.surfaceAlt : mine ? Theme.accentSoft : Theme.surface
    border.color: pending ? Theme.pending : Theme.border
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("%1 wrote: %2").arg(authorName).arg(readable ? text : qsTr("sealed"))

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 6
        spacing: 2
        RowLayout {
            Layout.fillWidth: true
            Label {
                text: root.kind === "follow_up" ? qsTr("Reporter") : root.authorName
                font.bold: true
                font.pixelSize: Theme.fontSmall
                color: Theme.text
            }
            Label {
                text: root.pending ? qsTr("waiting to be sent") : Qt.formatDateTime(root.at, "yyyy-MM-dd HH:mm")
                font.pixelSize: Theme.fontSmall
                color: root.pending ? Theme.pending : Theme.muted
            }
            Label {
                // Notes, and colleagues' replies read from the copy their author sealed for the
                // case's key holders: whose signature it carries matters.
                visible: root.readable && (root.kind === "note" || (root.kind === "reply" && !root.mine))
                text: root.verified ? qsTr("signature checked") : qsTr("signature not checked")
                font.pixelSize: Theme.fontSmall
                color: root.verified ? Theme.good : Theme.dueSoon
            }
            Item { Layout.fillWidth: true }
        }
        Label {
            Layout.fillWidth: true
            visible: root.caption.length > 0
            text: root.caption
            font.bold: true
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: root.readable ? root.text
                                : root.kind === "reply" ? qsTr("(sealed to the reporter; no copy that you can read)")
                                                        : qsTr("(sealed to other members)")
            font.italic: !root.readable
            color: root.readable ? Theme.text : Theme.muted
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }
    }
}
