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
        text: qsTr("You received an enrolment code from your safety officer or confidential advisor: on paper, on a screen or as a file. It tells this phone which organisation to trust.")
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }

    // Reads the code from the camera or from a picture; a code it reads enrols at once, as a
    // pasted one does, and App.lastError says why when it does not.
    EnrolScanner {
        id: enrolScanner
        objectName: "enrolScanner"
        onFound: text => App.enrolFromText(text)
    }

    ActionButton {
        objectName: "scanButton"
        Layout.fillWidth: true
        visible: !scanCard.active
        text: qsTr("Scan the code")
        onClicked: {
            enrolScanner.reset()
            scanCard.active = true
        }
    }
    Loader {
        id: scanCard
        objectName: "scanCard"
        Layout.fillWidth: true
        visible: active
        active: false
        sourceComponent: EnrolScanCard {
            scanner: enrolScanner
            onStopRequested: scanCard.active = false
        }
    }
    ActionButton {
        objectName: "enrolImageButton"
        Layout.fillWidth: true
        kind: "secondary"
        enabled: !enrolScanner.busy
        text: enrolScanner.busy ? qsTr("Reading the picture…") : qsTr("Open a picture of the code…")
        onClicked: imageDialog.open()
    }

    InfoBanner {
        objectName: "scanMessage"
        Layout.fillWidth: true
        tone: "warning"
        text: enrolScanner.message
    }
    InfoBanner {
        Layout.fillWidth: true
        tone: "danger"
        text: App.lastError
    }

    SectionHeading {
        Layout.fillWidth: true
        text: qsTr("Or paste the code")
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
    FileDialog {
        id: imageDialog
        objectName: "enrolImageDialog"
        title: qsTr("Picture of the enrolment code")
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg *.webp *.bmp)"), qsTr("All files (*)")]
        onAccepted: enrolScanner.readImageFile(selectedFile)
    }
}
