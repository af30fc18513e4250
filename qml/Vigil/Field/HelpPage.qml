// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field.Core

// "Get help now": where to turn, from the phone's own signed copy, so it works without
// network. Emergency numbers first, then the reporter's own unit and the units above it.
// Opened with `danger` when the reporter says they are in danger now: the call comes first.
FieldPage {
    id: root

    property bool danger: false

    objectName: "helpPage"
    title: qsTr("Get help now")
    showBack: true
    onBackRequested: root.StackView.view.pop()

    InfoBanner {
        objectName: "helpDangerBanner"
        Layout.fillWidth: true
        tone: "danger"
        text: root.danger ? qsTr("If you are in danger, call the emergency number now. Vigil is not an emergency line: a report is read later, not at once.") : ""
    }
    Text {
        objectName: "helpSource"
        Layout.fillWidth: true
        text: {
            void App.language
            return App.support.received
                    ? qsTr("Checked contacts of your organisation, kept on this phone, so they work without a connection (as of %1).").arg(Labels.date(App.support.issued))
                    : qsTr("Only the emergency number is known yet. Your organisation's contacts arrive with the next connection and then stay on this phone.")
        }
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    Repeater {
        model: App.support
        delegate: SupportDelegate { Layout.fillWidth: true }
    }
    ActionButton {
        objectName: "helpBackButton"
        Layout.fillWidth: true
        kind: "secondary"
        text: qsTr("Back")
        onClicked: root.StackView.view.pop()
    }
}
