// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field.Core

// Enrolment: the code or file handed over in person (vigil-admin enroll).
FieldPage {
    id: root

    objectName: "enrolPage"
    title: qsTr("Enrol this phone")
    showBack: true
    onBackRequested: root.StackView.view.pop()

    Text {
        Layout.fillWidth: true
        text: qsTr("You received an enrolment code or file from your safety officer or confidential advisor. It tells this phone which organisation to trust.")
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }

    TextEntryField {
        id: code
        objectName: "enrolCode"
        Layout.fillWidth: true
        label: qsTr("Enrolment code")
        placeholder: qsTr("Paste the code here")
        multiline: true
        maximumLength: 8000000
        maximumHeight: 200
    }

    InfoBanner {
        Layout.fillWidth: true
        tone: "danger"
        text: App.lastError
    }

    ActionButton {
        objectName: "enrolButton"
        Layout.fillWidth: true
        text: qsTr("Enrol with this code")
        enabled: code.text.length > 0
        onClicked: App.enrolFromText(code.text)
    }
    ActionButton {
        objectName: "enrolFileButton"
        Layout.fillWidth: true
        kind: "secondary"
        text: qsTr("Open an enrolment file…")
        onClicked: fileDialog.open()
    }

    FileDialog {
        id: fileDialog
        objectName: "enrolFileDialog"
        title: qsTr("Enrolment file")
        nameFilters: [qsTr("Enrolment files (*.json *.vigil)"), qsTr("All files (*)")]
        onAccepted: App.enrolFromFile(selectedFile)
    }
}
