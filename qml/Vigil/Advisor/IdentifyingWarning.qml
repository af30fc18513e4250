// SPDX-License-Identifier: EUPL-1.2
// The one "do not write names or details that identify anyone" warning of the PDCA dialogs
// (a measure's title and description, a risk's hazard and description, an alert's
// explanation): shown while `source` seems to hold a name, a date or time or a grid reference.
// It warns and does not refuse — the detectors err towards finding too much. The words are
// Console.identifyingWarning's, one string for all three.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Rectangle {
    id: root

    /// The text the dialog will send ("" while there is nothing to check).
    property string source: ""
    /// The warning for `source` ("" when none); re-read when the language changes.
    readonly property string warning: Console.language.length > 0 && source.length > 0
                                      ? Console.identifyingWarning(source) : ""

    Layout.fillWidth: true
    visible: warning.length > 0
    implicitHeight: warningText.implicitHeight + 2 * Theme.spacing
    color: Theme.dueSoonSoft
    border.color: Theme.dueSoon
    radius: Theme.radius
    Accessible.role: Accessible.AlertMessage
    Accessible.name: warning

    Label {
        id: warningText
        anchors.fill: parent
        anchors.margins: Theme.spacing
        wrapMode: Text.WordWrap
        color: Theme.text
        text: root.warning
    }
}
