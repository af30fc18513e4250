// SPDX-License-Identifier: EUPL-1.2
// The working desk: header (who, where, sync state), the inbox beside the open case, and the
// steering dashboard on its own tab.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Item {
    id: root

    /// 0: inbox and case; 1: dashboard.
    property alias currentTab: tabs.currentIndex

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        StatusHeader {
            Layout.fillWidth: true

            TabBar {
                id: tabs
                Layout.preferredWidth: 280
                background: null
                // The first visit to the dashboard loads the registry's statistics by itself.
                onCurrentIndexChanged: {
                    const board = Console.dashboard
                    if (currentIndex === 1 && !board.loaded && !board.busy && Console.account.signedIn)
                        board.refresh()
                }
                TabButton {
                    objectName: "tabInbox"
                    text: qsTr("Inbox (%1)").arg(Console.inbox.count)
                    Accessible.name: qsTr("Inbox")
                }
                TabButton {
                    objectName: "tabDashboard"
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
                }
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
        sequence: "F5"
        onActivated: Console.sync.refresh()
    }
}
