// SPDX-License-Identifier: EUPL-1.2
// NL | EN: the interface language, switched live (Console.language retranslates everything).
// Each choice is named in its own language, so it is found whatever language is on show.
// Two fixed buttons, no Repeater: retranslating re-evaluates every binding, and a Repeater
// would rebuild the very button whose click is being handled.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

RowLayout {
    id: root

    /// The colour of the choices (light on the header, dark on a page).
    property color textColor: Theme.text

    spacing: 2

    component Choice: AbstractButton {
        id: choice

        required property string code
        required property string name

        readonly property bool current: Console.language === choice.code

        implicitWidth: 30
        implicitHeight: 24
        Accessible.role: Accessible.RadioButton
        Accessible.name: choice.name
        Accessible.checked: choice.current
        ToolTip.visible: hovered
        ToolTip.text: choice.name
        onClicked: Console.language = choice.code

        background: Rectangle {
            radius: Theme.radius
            color: choice.current ? Qt.rgba(root.textColor.r, root.textColor.g, root.textColor.b, 0.18)
                                  : "transparent"
            border.color: choice.activeFocus ? root.textColor : "transparent"
        }
        contentItem: Label {
            text: choice.text
            color: root.textColor
            opacity: choice.current ? 1 : 0.7
            font.pixelSize: Theme.fontSmall
            font.bold: choice.current
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
    }

    Choice {
        objectName: "languageNL"
        code: "nl"
        name: "Nederlands"
        text: "NL"
    }
    Label {
        text: "|"
        color: root.textColor
        opacity: 0.5
        font.pixelSize: Theme.fontSmall
    }
    Choice {
        objectName: "languageEN"
        code: "en"
        name: "English"
        text: "EN"
    }
}
