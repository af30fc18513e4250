// SPDX-License-Identifier: EUPL-1.2
// A de-identified lessons-learned draft from a closed case, for the advisor to edit and hand
// to the registry operator, who publishes bulletins.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Popup {
    id: root

    property string saved: ""

    function start() {
        const draft = Console.caseView.draftLesson()
        title.text = draft.title ?? ""
        body.text = draft.text ?? ""
        saved = ""
        open()
    }

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 80 : 800, 820)
    height: Math.min(parent ? parent.height - 80 : 640, 640)
    padding: Theme.padding

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            text: qsTr("Lessons-learned bulletin (draft)")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.muted
            font.pixelSize: Theme.fontSmall
            text: qsTr("Names, units, dates, times and places were replaced by [name], [unit], [date], [time] and "
                       + "[place]. Read it all: nothing here may lead back to the reporter. The operator "
                       + "publishes it to every device.")
        }
        TextField {
            id: title
            Layout.fillWidth: true
            Accessible.name: qsTr("Bulletin title")
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            TextArea {
                id: body
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("Bulletin text")
            }
        }
        TextField {
            Layout.fillWidth: true
            visible: root.saved.length > 0
            readOnly: true
            selectByMouse: true
            text: root.saved
            font.family: "monospace"
            font.pixelSize: Theme.fontSmall
            Accessible.name: qsTr("Command for the operator")
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Close")
                Accessible.name: text
                onClicked: root.close()
            }
            Button {
                text: qsTr("Save draft for the operator")
                highlighted: true
                enabled: title.text.length > 0 && body.text.length > 0
                Accessible.name: text
                onClicked: root.saved = Console.caseView.saveLessonDraft(Console.caseView.suggestedDraftPath(),
                                                                         title.text, body.text)
            }
        }
    }
}
