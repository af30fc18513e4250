// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field.Core

// After sealing: what happens next, in one breath.
FieldPage {
    id: root

    objectName: "sealedPage"
    title: qsTr("Sealed")

    InfoBanner {
        Layout.fillWidth: true
        tone: "good"
        text: qsTr("Your report is sealed and in your outbox. It is sent by itself as soon as there is a connection; you will see the receipt code there.")
    }
    ActionButton {
        objectName: "sealedDoneButton"
        Layout.fillWidth: true
        text: qsTr("Done")
        onClicked: root.StackView.view.pop()
    }
}
