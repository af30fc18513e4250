// SPDX-License-Identifier: EUPL-1.2
// One inbox row: what the registry knows (kind, category, unit, risk, state), the headline
// once decrypted here, the clock that runs out first with the time left, and a mark when the
// reporter wrote after the last answer, and a stronger one when they signalled retaliation.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: root

    required property int index
    required property var caseId
    required property string headline
    required property string kindLabel
    required property string categoryLabel
    required property string unit
    required property string month
    required property string modeLabel
    required property string riskLevel
    required property string riskLabel
    required property string riskCode
    required property bool immediateDanger
    required property string stateLabel
    required property string assigneeName
    required property bool assignedToMe
    required property string clockLabel
    required property string timeLeft
    required property int urgency
    required property int pending
    required property bool closed
    required property bool reporterWaiting
    required property bool retaliation
    /// "due" / "overdue" when an aftercare check-in is (issue 16 §2); "" otherwise.
    required property string checkIn
    required property bool contactWanted

    property bool selected: false
    property bool open: false
    signal clicked()

    implicitHeight: Theme.rowHeight + 4
    color: selected ? Theme.selection : open ? Theme.accentSoft : urgency >= 3 ? Theme.overdueSoft
         : urgency === 2 ? Theme.dueSoonSoft : Theme.surface
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("Case %1, %2, %3, %4, %5").arg(caseId).arg(kindLabel).arg(categoryLabel)
                         .arg(stateLabel).arg(timeLeft) + (reporterWaiting ? ", " + waiting.text : "")
                         + (retaliation ? ", " + retaliationMark.text : "")
                         + (checkIn.length > 0 ? ", " + checkInMark.text : "")
                         + (contactWanted ? ", " + contactMark.text : "")

    Rectangle {
        // Retaliation: a wider stripe, so the row stands out by shape, not only colour.
        width: root.retaliation ? 8 : 4
        height: parent.height
        color: root.retaliation ? Theme.overdue : Theme.urgencyColor(root.urgency)
        visible: root.urgency >= 2 || root.retaliation
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

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 10
        anchors.rightMargin: 8
        spacing: 8

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 1

            RowLayout {
                Layout.fillWidth: true
                spacing: 6
                Label {
                    text: "#" + root.caseId
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                }
                Label {
                    Layout.fillWidth: true
                    text: root.headline.length > 0 ? root.headline
                                                  : qsTr("%1 · %2").arg(root.kindLabel).arg(root.categoryLabel)
                    font.pixelSize: Theme.fontNormal
                    font.bold: !root.closed
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Label {
                    id: retaliationMark
                    objectName: "retaliationMark"
                    visible: root.retaliation
                    text: qsTr("Retaliation reported")
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.surface
                    leftPadding: 6
                    rightPadding: 6
                    background: Rectangle {
                        radius: height / 2
                        color: Theme.overdue
                    }
                }
                Label {
                    // A check-in is its own mark, outlined, so it reads apart from the clocks'
                    // colours: the case may be closed, the reporter is owed a word.
                    id: checkInMark
                    objectName: "checkInMark"
                    visible: root.checkIn.length > 0
                    text: root.checkIn === "overdue" ? qsTr("Check-in overdue") : qsTr("Check-in due")
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: root.checkIn === "overdue" ? Theme.overdue : Theme.dueSoon
                    leftPadding: 6
                    rightPadding: 6
                    background: Rectangle {
                        radius: height / 2
                        color: "transparent"
                        border.width: 2
                        border.color: checkInMark.color
                    }
                }
                Label {
                    id: contactMark
                    objectName: "contactWantedMark"
                    visible: root.contactWanted
                    text: qsTr("Wants more contact")
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.surface
                    leftPadding: 6
                    rightPadding: 6
                    background: Rectangle {
                        radius: height / 2
                        color: Theme.accent
                    }
                }
                Label {
                    id: waiting
                    visible: root.reporterWaiting
                    text: qsTr("Reporter wrote")
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.surface
                    leftPadding: 6
                    rightPadding: 6
                    background: Rectangle {
                        radius: height / 2
                        color: Theme.accent
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 6
                RiskChip {
                    level: root.riskLevel
                    text: root.riskCode.length > 0 ? root.riskCode : root.riskLabel
                    danger: root.immediateDanger
                }
                Label {
                    Layout.fillWidth: true
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                    elide: Text.ElideRight
                    text: [root.headline.length > 0 ? root.kindLabel + " · " + root.categoryLabel : "",
                           root.unit, root.month, root.stateLabel,
                           root.assigneeName.length > 0 ? (root.assignedToMe ? qsTr("me") : root.assigneeName) : ""]
                          .filter(s => s.length > 0).join(" · ")
                }
            }
        }
        ColumnLayout {
            spacing: 1
            Layout.alignment: Qt.AlignVCenter | Qt.AlignRight
            Label {
                Layout.alignment: Qt.AlignRight
                text: root.timeLeft
                font.pixelSize: Theme.fontSmall
                font.bold: root.urgency >= 2
                color: Theme.urgencyColor(root.urgency)
            }
            Label {
                Layout.alignment: Qt.AlignRight
                text: root.pending > 0 ? qsTr("%n waiting", "", root.pending) : root.clockLabel
                font.pixelSize: Theme.fontSmall
                color: root.pending > 0 ? Theme.pending : Theme.muted
            }
        }
    }
}
