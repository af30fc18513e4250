// SPDX-License-Identifier: EUPL-1.2
// The report as the reporter wrote it, decrypted on this machine and held in memory only.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Rectangle {
    id: root

    readonly property var report: Console.caseView.report

    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    Label {
        anchors.centerIn: parent
        visible: !Console.caseView.decrypted
        width: parent.width - 40
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        color: Theme.muted
        text: Console.caseView.busy ? qsTr("Fetching the sealed report…")
                                    : qsTr("The report has not been decrypted yet.")
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        anchors.margins: Theme.padding
        visible: Console.caseView.decrypted
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spacing + 2

            Label {
                objectName: "reportHeadline"
                Layout.fillWidth: true
                text: root.report.headline ?? ""
                font.pixelSize: Theme.fontLarge
                font.bold: true
                wrapMode: Text.Wrap
                color: Theme.text
                textFormat: Text.PlainText
            }
            // Two facts a row, in a positioner: a Repeater straight in a layout crashed Qt 6.4
            // when the language switch rebuilt its items twice before the next polish.
            Grid {
                id: facts
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacing * 2
                rowSpacing: 2
                Repeater {
                    model: [[qsTr("When"), root.report.when], [qsTr("Where"), root.report.where],
                            [qsTr("Risk (actual)"), root.report.riskActual],
                            [qsTr("Risk (worst credible)"), root.report.riskWorst],
                            [qsTr("Impact"), root.report.impact], [qsTr("Outcome"), root.report.outcome],
                            [qsTr("Reporting"), root.report.mode], [qsTr("Reporter"), root.report.identity]]
                            .filter(p => p[1] && p[1].length > 0)
                    delegate: Column {
                        id: fact
                        required property var modelData
                        width: (facts.width - facts.columnSpacing) / 2
                        spacing: 0
                        Label {
                            width: fact.width
                            text: fact.modelData[0]
                            font.pixelSize: Theme.fontSmall
                            color: Theme.muted
                        }
                        Label {
                            width: fact.width
                            text: fact.modelData[1]
                            wrapMode: Text.Wrap
                            color: Theme.text
                            textFormat: Text.PlainText
                        }
                    }
                }
            }
            ReportSection {
                Layout.fillWidth: true
                title: qsTr("What happened")
                text: root.report.narrative ?? ""
            }
            ReportSection {
                Layout.fillWidth: true
                title: qsTr("Involved (by role)")
                items: root.report.involved ?? []
            }
            ReportSection {
                Layout.fillWidth: true
                title: qsTr("Contributing factors")
                items: root.report.factors ?? []
            }
            ReportSection {
                Layout.fillWidth: true
                title: qsTr("Immediate actions")
                items: root.report.actions ?? []
            }
            ReportSection {
                Layout.fillWidth: true
                title: qsTr("What could have happened")
                text: root.report.couldHaveHappened ?? ""
            }
            ReportSection {
                Layout.fillWidth: true
                title: qsTr("The reporter's suggestion")
                text: root.report.suggestion ?? ""
            }
            ReportSection {
                Layout.fillWidth: true
                title: qsTr("Support wished for")
                items: root.report.support ?? []
            }
            ReportSection {
                Layout.fillWidth: true
                title: qsTr("Tags")
                items: root.report.tags ?? []
            }
            ReportSection {
                Layout.fillWidth: true
                title: qsTr("Attachments")
                items: (root.report.attachments ?? []).map(a => qsTr("%1 (%2, %3 KiB)")
                                                          .arg(a.name).arg(a.mime).arg(Math.ceil(a.size / 1024)))
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    model: (root.report.attachments ?? []).filter(a => a.isImage)
                    delegate: Image {
                        required property var modelData
                        width: 220
                        height: 160
                        fillMode: Image.PreserveAspectFit
                        cache: false
                        source: "image://attachment/%1/%2".arg(Console.caseView.caseId).arg(modelData.index)
                        Accessible.name: modelData.name
                    }
                }
            }
        }
    }
}
