// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field
import Vigil.Field.Core

// A front door was tapped while a draft is open: the draft is never dropped silently. Continue
// it, keep it aside and start the new one, or throw it away (with undo on the home screen).
FieldDialog {
    id: root

    signal continueChosen()
    signal keepChosen()
    signal discardChosen()

    objectName: "draftChoiceDialog"
    title: qsTr("You have a report you have not sent")

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing
        Text {
            Layout.fillWidth: true
            text: qsTr("%1 · %2").arg(Labels.kindTitle(App.draft.kind))
                  .arg(App.draft.category.length > 0 ? Labels.categoryLabel(App.draft.category) : qsTr("not finished"))
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        ActionButton {
            objectName: "draftContinueButton"
            Layout.fillWidth: true
            text: qsTr("Continue that report")
            onClicked: { root.close(); root.continueChosen() }
        }
        ActionButton {
            objectName: "draftKeepButton"
            Layout.fillWidth: true
            kind: "secondary"
            text: qsTr("Keep it for later, start a new one")
            onClicked: { root.close(); root.keepChosen() }
        }
        ActionButton {
            objectName: "draftCancelButton"
            Layout.fillWidth: true
            kind: "secondary"
            text: qsTr("Cancel")
            onClicked: root.close()
        }
        ActionButton {
            objectName: "draftDiscardButton"
            Layout.fillWidth: true
            kind: "danger"
            text: qsTr("Discard it, start a new one")
            onClicked: { root.close(); root.discardChosen() }
        }
    }
}
