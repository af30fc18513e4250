// SPDX-License-Identifier: EUPL-1.2
// A de-identified lessons-learned bulletin from a closed case: the draft in the report's
// language, a translation by the advisor, and submission for publication. The registry
// operator reviews it and signs it for every device, or sends it back with a reason (shown
// here, from Console.lessons).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Popup {
    id: root

    property string notice: ""
    property string draftLanguage: "nl"
    // forCase() is a plain call: reading `count` makes the binding re-run whenever the list is
    // replaced (every sync emits countChanged, even when the number stays the same).
    readonly property var submissions: Console.lessons.count >= 0 ? Console.lessons.forCase(Console.caseView.caseId) : []

    function start() {
        const draft = Console.caseView.draftLesson()
        draftLanguage = draft.language ?? "nl"
        dutch.title.text = draftLanguage === "nl" ? (draft.title ?? "") : ""
        dutch.body.text = draftLanguage === "nl" ? (draft.text ?? "") : ""
        english.title.text = draftLanguage === "en" ? (draft.title ?? "") : ""
        english.body.text = draftLanguage === "en" ? (draft.text ?? "") : ""
        notice = ""
        open()
    }

    modal: true
    focus: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 60 : 1000, 1100)
    height: Math.min(parent ? parent.height - 60 : 700, 720)
    padding: Theme.padding
    Overlay.modal: Rectangle {
        color: Theme.scrim
    }
    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
    }

    component LanguageColumn: ColumnLayout {
        id: column
        required property string heading
        required property string hint
        property alias title: titleField
        property alias body: bodyField
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 1
        spacing: 4

        Label {
            text: column.heading
            font.bold: true
            color: Theme.text
        }
        TextField {
            id: titleField
            objectName: "title"
            Layout.fillWidth: true
            placeholderText: column.hint
            Accessible.name: qsTr("Title: %1").arg(column.heading)
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            TextArea {
                id: bodyField
                objectName: "text"
                wrapMode: TextEdit.Wrap
                placeholderText: column.hint
                Accessible.name: qsTr("Text: %1").arg(column.heading)
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            text: qsTr("Lessons-learned bulletin")
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
                       + "[place]. Read it all: nothing here may lead back to the reporter. Every device receives "
                       + "it in both languages once the registry operator has approved it.")
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            LanguageColumn {
                id: dutch
                objectName: "lessonNl"
                heading: qsTr("Dutch")
                hint: root.draftLanguage === "nl" ? "" : qsTr("Translate the lesson into Dutch (required)")
            }
            LanguageColumn {
                id: english
                objectName: "lessonEn"
                heading: qsTr("English")
                hint: root.draftLanguage === "en" ? "" : qsTr("Translate the lesson into English (required)")
            }
        }
        Repeater {
            model: root.submissions
            delegate: Label {
                required property var modelData
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSmall
                color: modelData.state === "rejected" ? Theme.overdue
                     : modelData.state === "published" ? Theme.good : Theme.pending
                text: qsTr("Submitted earlier: “%1” — %2").arg(modelData.title).arg(modelData.stateLabel)
                      + (modelData.reason.length > 0 ? qsTr(". Operator: %1").arg(modelData.reason) : "")
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Console.caseView.lastError.length > 0 ? Theme.overdue : Theme.muted
            text: Console.caseView.lastError.length > 0 ? Console.caseView.lastError : root.notice
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Button {
                objectName: "closeLesson"
                text: qsTr("Close")
                Accessible.name: text
                onClicked: root.close()
            }
            Button {
                id: submit
                objectName: "submitLesson"
                text: qsTr("Submit for publication")
                highlighted: true
                enabled: root.notice.length === 0 && dutch.title.text.trim().length > 0 && dutch.body.text.trim().length > 0
                         && english.title.text.trim().length > 0 && english.body.text.trim().length > 0
                Accessible.name: text
                onClicked: {
                    // Queued, not yet at the registry: the list above shows it once the registry has it.
                    if (Console.caseView.submitLesson(dutch.title.text, dutch.body.text, english.title.text, english.body.text))
                        root.notice = qsTr("Queued for the registry (sent now, or as soon as it can be reached). The "
                                           + "operator reviews it there before any device receives it.")
                }
            }
        }
    }
}
