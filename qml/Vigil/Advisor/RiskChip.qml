// SPDX-License-Identifier: EUPL-1.2
// A small risk badge: colour by level, text by code; "!" marks immediate danger.
import QtQuick
import QtQuick.Controls

Rectangle {
    id: root

    property string level: "unrated"
    property string text: ""
    property bool danger: false

    implicitWidth: label.implicitWidth + 10
    implicitHeight: label.implicitHeight + 2
    radius: 3
    visible: text.length > 0 || danger
    color: level === "high" ? Theme.overdue : level === "serious" ? Theme.dueSoon
         : level === "medium" ? "#8a7a1f" : level === "low" ? Theme.good : Theme.suppressed
    Accessible.name: qsTr("Risk %1").arg(text)

    Label {
        id: label
        anchors.centerIn: parent
        text: (root.danger ? "! " : "") + root.text
        color: "white"
        font.pixelSize: Theme.fontSmall - 1
        font.bold: true
    }
}
