// SPDX-License-Identifier: EUPL-1.2
// The working desk: header with sign-in state; the inbox, case view and dashboard follow.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Item {
    id: root

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        StatusHeader {
            Layout.fillWidth: true
        }
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }
}
