// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field.Core

// Language, night mode, lock, panic wipe, and the anonymity explanation again.
FieldPage {
    id: root

    objectName: "settingsPage"
    title: qsTr("Settings")
    showBack: true
    onBackRequested: root.StackView.view.pop()

    SectionHeading { Layout.fillWidth: true; text: qsTr("Language") }
    LanguageSwitch { Layout.fillWidth: true }

    ToggleRow {
        objectName: "nightToggle"
        Layout.fillWidth: true
        text: qsTr("Night mode")
        description: qsTr("Dim red on black, for light discipline in the dark.")
        checked: App.nightMode
        onToggled: App.nightMode = checked
    }

    SectionHeading {
        Layout.fillWidth: true
        text: qsTr("Your unit")
        hint: qsTr("Used to find who receives your reports. You can report at a higher level each time.")
    }
    Flow {
        Layout.fillWidth: true
        spacing: 8
        Repeater {
            model: App.units
            delegate: ActionButton {
                required property var modelData
                objectName: "homeUnit_" + modelData.id
                kind: App.homeUnit === modelData.id ? "primary" : "secondary"
                font.pixelSize: Theme.fontBody
                text: modelData.name
                onClicked: App.homeUnit = modelData.id
            }
        }
    }

    ActionButton {
        objectName: "lockButton"
        Layout.fillWidth: true
        kind: "secondary"
        text: qsTr("Lock now")
        onClicked: App.lock()
    }

    AnonymityExplainer { Layout.fillWidth: true }

    SectionHeading {
        Layout.fillWidth: true
        text: qsTr("Panic wipe")
        hint: qsTr("Deletes every draft, every report not yet sent, your receipts, replies and the keys on this phone. Reports that were already delivered stay with the registry.")
    }
    ActionButton {
        objectName: "panicWipeButton"
        Layout.fillWidth: true
        kind: "danger"
        text: qsTr("Wipe everything")
        onClicked: wipeDialog.open()
    }

    PanicWipeDialog {
        id: wipeDialog
        onConfirmed: App.panicWipe()
    }
}
