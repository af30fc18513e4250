// SPDX-License-Identifier: EUPL-1.2
// Changing which indicators show an existing measure's effect (docs/pdca.md, "Console"): the
// picker, started from the measure's links. Saving replaces the links (POST …/links, queued
// with an action id, so it works offline); when it unlinks an indicator the dialog says so
// before the button is pressed, since a check then no longer reads it.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Popup {
    id: root

    readonly property var desk: Console.measures
    /// The measure's links when the dialog opened.
    property var before: []
    readonly property var removed: before.filter(id => picker.chosen.indexOf(id) < 0)

    function start() {
        before = (desk.measure.indicatorIds ?? []).slice()
        picker.reset(before, desk.measure.primaryIndicator ?? "")
        open()
    }

    modal: true
    focus: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 40 : 640, 640)
    height: Math.min(parent ? parent.height - 40 : 480, 480)
    padding: Theme.padding
    closePolicy: Popup.CloseOnEscape
    Overlay.modal: Rectangle {
        color: Theme.scrim
    }
    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Indicators of measure #%1").arg(root.desk.measure.id ?? "")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
            elide: Text.ElideRight
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            IndicatorPicker {
                id: picker
                objectName: "linkPicker"
                width: parent.width
            }
        }
        Label {
            objectName: "unlinkNote"
            Layout.fillWidth: true
            visible: root.removed.length > 0
            wrapMode: Text.WordWrap
            color: Theme.text
            text: qsTr("Saving unlinks %n indicator(s): an effect check of this measure will no longer read them.", "",
                       root.removed.length)
        }
        Label {
            Layout.fillWidth: true
            visible: root.desk.lastError.length > 0
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.overdue
            text: root.desk.lastError
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Button {
                objectName: "cancelLinks"
                text: qsTr("Cancel")
                Accessible.name: qsTr("Cancel: change no link")
                onClicked: root.close()
            }
            Button {
                objectName: "saveLinks"
                text: qsTr("Save links")
                highlighted: true
                Accessible.name: qsTr("Save the measure's indicators")
                onClicked: {
                    if (root.desk.linkIndicators(picker.chosen, picker.primary))
                        root.close()
                }
            }
        }
    }
}
