// SPDX-License-Identifier: EUPL-1.2
// A thread (the conversation with the reporter, or the internal notes) with a composer.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Rectangle {
    id: root

    required property var thread
    required property string placeholder
    required property string sendLabel
    required property string emptyText
    property bool canWrite: true
    signal send(string text)

    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        ListView {
            id: messages
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: root.thread
            ScrollBar.vertical: ScrollBar {}
            onCountChanged: positionViewAtEnd()

            delegate: MessageDelegate {
                width: ListView.view.width
            }

            Label {
                anchors.centerIn: parent
                width: parent.width - 40
                visible: messages.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                color: Theme.muted
                text: root.emptyText
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.canWrite
            ScrollView {
                Layout.fillWidth: true
                Layout.preferredHeight: 72
                // A visible field: Fusion draws a TextArea in a ScrollView without a frame.
                background: Rectangle {
                    color: Theme.surface
                    border.color: composer.activeFocus ? Theme.accent : Theme.fieldBorder
                    radius: 2
                }
                TextArea {
                    id: composer
                    objectName: "composer"
                    wrapMode: TextEdit.Wrap
                    Accessible.name: root.sendLabel
                    Accessible.description: root.placeholder

                    // The style's placeholder elides after one line; who reads the text must be
                    // readable in full (in Dutch it is longer than the field at 1280 px).
                    Label {
                        x: composer.leftPadding
                        y: composer.topPadding
                        width: composer.width - composer.leftPadding - composer.rightPadding
                        visible: composer.length === 0 && composer.preeditText.length === 0
                        text: root.placeholder
                        wrapMode: Text.WordWrap
                        font: composer.font
                        color: composer.placeholderTextColor
                    }
                }
            }
            Button {
                objectName: "send"
                text: root.sendLabel
                highlighted: true
                enabled: composer.text.trim().length > 0
                Accessible.name: text
                onClicked: {
                    root.send(composer.text)
                    composer.clear()
                }
            }
        }
    }
}
