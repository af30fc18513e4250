// SPDX-License-Identifier: EUPL-1.2
// One row of the risk register: number and hazard, the state as a chip; the scope unit and
// domain; the initial and the residual level as risk chips (the case list's colours and
// words), and the review clock of an accepted risk: overdue in red, due soon in amber.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: root

    required property int index
    required property var riskId
    required property string hazard
    required property string unitName
    required property string domainLabel
    required property string initialLevel
    required property string initialText
    required property string residualLevel
    required property string residualText
    required property string stateLabel
    required property string reviewDue
    required property string clockStatus
    required property string clockLabel

    property bool selected: false
    signal clicked()

    readonly property int urgency: clockStatus === "overdue" ? 3 : clockStatus === "due_soon" ? 2 : 0

    implicitHeight: Theme.rowHeight + 24
    color: selected ? Theme.selection : urgency >= 2 ? Theme.urgencySoft(urgency) : Theme.surface
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("Risk %1, %2, %3, initial %4, residual %5").arg(riskId).arg(hazard).arg(stateLabel)
                     .arg(initialText).arg(residualText.length > 0 ? residualText : qsTr("not assessed"))
                     + (clockLabel.length > 0 ? ", " + clockLabel : "")

    Rectangle {
        width: 4
        height: parent.height
        color: Theme.urgencyColor(root.urgency)
        visible: root.urgency >= 2
    }
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.border
    }
    MouseArea {
        anchors.fill: parent
        onClicked: root.clicked()
    }
    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.padding
        anchors.topMargin: 4
        anchors.bottomMargin: 4
        spacing: 2

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: "#" + root.riskId + "  " + root.hazard
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            Rectangle {
                implicitWidth: chip.implicitWidth + 12
                implicitHeight: chip.implicitHeight + 4
                radius: height / 2
                color: Theme.accentSoft
                border.color: Theme.accent
                Label {
                    id: chip
                    anchors.centerIn: parent
                    text: root.stateLabel
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                }
            }
        }
        Label {
            Layout.fillWidth: true
            text: root.unitName + " · " + root.domainLabel
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
            elide: Text.ElideRight
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 6
            Label {
                text: qsTr("Initial")
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
            RiskChip {
                objectName: "initialChip"
                level: root.initialLevel
                text: root.initialText
            }
            Label {
                text: qsTr("Residual")
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
            RiskChip {
                objectName: "residualChip"
                visible: root.residualText.length > 0
                level: root.residualLevel
                text: root.residualText
            }
            Label {
                visible: root.residualText.length === 0
                text: qsTr("not assessed")
                font.pixelSize: Theme.fontSmall
                font.italic: true
                color: Theme.muted
            }
            Item { Layout.fillWidth: true }
            Label {
                visible: root.reviewDue.length > 0
                text: qsTr("review %1").arg(root.reviewDue)
                font.pixelSize: Theme.fontSmall
                font.bold: root.urgency >= 2
                color: root.urgency >= 2 ? Theme.urgencyColor(root.urgency) : Theme.muted
            }
        }
    }
}
