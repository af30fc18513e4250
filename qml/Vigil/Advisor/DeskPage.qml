// SPDX-License-Identifier: EUPL-1.2
// The working desk: header (who, where, sync state), the inbox beside the open case, the
// follow-up clocks, the measures register, the risk register and the indicators (docs/pdca.md,
// "Console"), and the steering dashboard, each on its own tab (Ctrl+1 … Ctrl+6).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Item {
    id: root

    /// 0: inbox and case; 1: follow-up; 2: measures; 3: risks; 4: indicators; 5: dashboard.
    property alias currentTab: tabs.currentIndex

    /// Shows measure `id` on the Measures tab.
    function showMeasure(id) {
        tabs.currentIndex = 2
        measures.show(id)
    }
    /// Opens the proposal dialog linked to case `caseId` (from the case's actions).
    function proposeMeasure(caseId) {
        measures.proposeMeasure(caseId)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        StatusHeader {
            Layout.fillWidth: true

            TabBar {
                id: tabs
                // Each tab as wide as its words (Dutch ones are longer), the bar no wider than
                // the header leaves.
                Layout.fillWidth: true
                background: null
                // The first visit to the dashboard loads the registry's statistics by itself.
                onCurrentIndexChanged: {
                    const board = Console.dashboard
                    if (currentIndex === 5 && !board.loaded && !board.busy && Console.account.signedIn)
                        board.refresh()
                    if (currentIndex === 4 && Console.indicators.lastUpdated.length === 0)
                        Console.indicators.refresh()
                }
                TabButton {
                    objectName: "tabInbox"
                    width: implicitWidth + 12
                    text: qsTr("Inbox (%1)").arg(Console.inbox.count)
                    Accessible.name: qsTr("Inbox")
                }
                TabButton {
                    objectName: "tabFollowUp"
                    width: implicitWidth + 12
                    text: Console.measures.clocks.overdueCount > 0
                          ? qsTr("Follow-up (%1 overdue)").arg(Console.measures.clocks.overdueCount) : qsTr("Follow-up")
                    Accessible.name: qsTr("Follow-up")
                }
                TabButton {
                    objectName: "tabMeasures"
                    width: implicitWidth + 12
                    text: qsTr("Measures")
                    Accessible.name: text
                }
                TabButton {
                    objectName: "tabRisks"
                    width: implicitWidth + 12
                    text: qsTr("Risks")
                    Accessible.name: text
                }
                TabButton {
                    objectName: "tabIndicators"
                    width: implicitWidth + 12
                    text: qsTr("Indicators")
                    Accessible.name: text
                }
                TabButton {
                    objectName: "tabDashboard"
                    width: implicitWidth + 12
                    text: qsTr("Dashboard")
                    Accessible.name: text
                }
            }
        }
        SyncBanner {
            Layout.fillWidth: true
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            SplitView {
                orientation: Qt.Horizontal

                InboxPane {
                    id: inbox
                    SplitView.preferredWidth: Math.max(480, root.width * 0.4)
                    SplitView.minimumWidth: 400
                    onOpened: caseId => Console.caseView.openCase(caseId)
                }
                CasePane {
                    SplitView.fillWidth: true
                    SplitView.minimumWidth: 420
                    onBackToInbox: inbox.focusList()
                    onProposeMeasure: caseId => root.proposeMeasure(caseId)
                }
            }
            FollowUpPane {
                onMeasureChosen: id => root.showMeasure(id)
            }
            MeasuresPage {
                id: measures
                objectName: "measuresPage"
                onCaseChosen: caseId => {
                    tabs.currentIndex = 0
                    Console.caseView.openCase(caseId)
                }
            }
            RisksPage {
                id: risks
                objectName: "risksPage"
                onCaseChosen: caseId => {
                    tabs.currentIndex = 0
                    Console.caseView.openCase(caseId)
                }
                onMeasureChosen: id => root.showMeasure(id)
            }
            IndicatorsPage {
                objectName: "indicatorsPage"
            }
            DashboardPage {}
        }
    }

    Shortcut {
        sequence: "Ctrl+1"
        onActivated: tabs.currentIndex = 0
    }
    Shortcut {
        sequence: "Ctrl+2"
        onActivated: tabs.currentIndex = 1
    }
    Shortcut {
        sequence: "Ctrl+3"
        onActivated: tabs.currentIndex = 2
    }
    Shortcut {
        sequence: "Ctrl+4"
        onActivated: tabs.currentIndex = 3
    }
    Shortcut {
        sequence: "Ctrl+5"
        onActivated: tabs.currentIndex = 4
    }
    Shortcut {
        sequence: "Ctrl+6"
        onActivated: tabs.currentIndex = 5
    }
    Shortcut {
        sequence: "F5"
        onActivated: Console.sync.refresh()
    }
}
