// SPDX-License-Identifier: EUPL-1.2
// The inbox: filters, counts and the list of cases. Keys: j/k or arrows move, Enter opens,
// "/" searches, Esc leaves the search.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

Rectangle {
    id: root

    signal opened(var caseId)

    function focusList() {
        list.forceActiveFocus()
    }
    function openCurrent() {
        const id = Console.inbox.caseIdAt(list.currentIndex)
        if (id > 0)
            root.opened(id)
    }
    /// Re-read when the inbox changes, so the menus list what is there.
    function choices(field) {
        // Read again when the cases or the language change (the labels come from C++).
        return Console.cases.count >= 0 && Console.language.length > 0 ? Console.inbox.choices(field) : []
    }

    color: Theme.surface
    border.color: Theme.border

    // The cursor follows the case on show, however it was opened (click, Enter, "#12"), and
    // stays on it when the list sorts itself again (a clock ticked, the state changed).
    function followOpenCase() {
        const row = Console.inbox.rowOfCase(Console.caseView.caseId)
        if (row >= 0)
            list.currentIndex = row
    }
    Connections {
        target: Console.caseView
        function onCaseChanged() { root.followOpenCase() }
    }
    Connections {
        target: Console.inbox
        function onLayoutChanged() { root.followOpenCase() }
        function onModelReset() { root.followOpenCase() }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 1
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: filters.implicitHeight + 2 * Theme.spacing
            color: Theme.surfaceAlt

            GridLayout {
                id: filters
                anchors.fill: parent
                anchors.margins: Theme.spacing
                columns: 4
                rowSpacing: 4
                columnSpacing: 4

                TextField {
                    id: search
                    objectName: "inboxSearch"
                    Layout.columnSpan: 2
                    Layout.fillWidth: true
                    implicitHeight: 28
                    font.pixelSize: Theme.fontSmall
                    placeholderText: qsTr("Search (press /; #12 for case 12)")
                    Accessible.name: qsTr("Search cases")
                    text: Console.inbox.search
                    onTextEdited: Console.inbox.search = text
                    Keys.onEscapePressed: {
                        text = ""
                        Console.inbox.search = ""
                        root.focusList()
                    }
                    Keys.onReturnPressed: root.focusList()
                    Keys.onDownPressed: root.focusList()
                }
                FilterBox {
                    Layout.fillWidth: true
                    allLabel: qsTr("Open cases")
                    choices: [{ value: "all", label: qsTr("All states") }].concat(root.choices("state"))
                    current: Console.inbox.state === "" ? "all" : Console.inbox.state === "open" ? "" : Console.inbox.state
                    onChosen: value => Console.inbox.state = value === "" ? "open" : value === "all" ? "" : value
                }
                FilterBox {
                    Layout.fillWidth: true
                    allLabel: qsTr("Any clock")
                    choices: [{ value: "overdue", label: qsTr("Overdue") },
                              { value: "due_soon", label: qsTr("Due soon or overdue") },
                              { value: "running", label: qsTr("Clock running") }]
                    current: Console.inbox.clock
                    onChosen: value => Console.inbox.clock = value
                }
                FilterBox {
                    Layout.fillWidth: true
                    allLabel: qsTr("All kinds")
                    choices: root.choices("kind")
                    current: Console.inbox.kind
                    onChosen: value => Console.inbox.kind = value
                }
                FilterBox {
                    Layout.fillWidth: true
                    allLabel: qsTr("All categories")
                    choices: root.choices("category")
                    current: Console.inbox.category
                    onChosen: value => Console.inbox.category = value
                }
                FilterBox {
                    Layout.fillWidth: true
                    allLabel: qsTr("All units")
                    choices: root.choices("unit")
                    current: Console.inbox.unit
                    onChosen: value => Console.inbox.unit = value
                }
                FilterBox {
                    Layout.fillWidth: true
                    allLabel: qsTr("Any risk")
                    choices: root.choices("risk").map(c => ({ value: c.value, label: qsTr("%1 and above").arg(c.label) }))
                    current: Console.inbox.risk
                    onChosen: value => Console.inbox.risk = value
                }
                // Wraps when the pane is narrow (1280 px, or Dutch labels) instead of cutting off.
                Flow {
                    Layout.columnSpan: 4
                    Layout.fillWidth: true
                    spacing: 4
                    Label {
                        height: 28
                        verticalAlignment: Text.AlignVCenter
                        text: qsTr("Sort")
                        color: Theme.muted
                        font.pixelSize: Theme.fontSmall
                    }
                    FilterBox {
                        width: 150
                        allLabel: qsTr("Deadline")
                        choices: [{ value: "received", label: qsTr("Received") },
                                  { value: "risk", label: qsTr("Risk") },
                                  { value: "state", label: qsTr("State") },
                                  { value: "kind", label: qsTr("Kind") },
                                  { value: "category", label: qsTr("Category") },
                                  { value: "unit", label: qsTr("Unit") }]
                        current: Console.inbox.sortKey === "clock" ? "" : Console.inbox.sortKey
                        onChosen: value => Console.inbox.sortKey = value === "" ? "clock" : value
                    }
                    ToolButton {
                        text: Console.inbox.descending ? "↓" : "↑"
                        implicitHeight: 28
                        Accessible.name: qsTr("Reverse the order")
                        onClicked: Console.inbox.descending = !Console.inbox.descending
                    }
                    CheckBox {
                        objectName: "filterMine"
                        height: 28
                        text: qsTr("Assigned to me")
                        font.pixelSize: Theme.fontSmall
                        checked: Console.inbox.mine
                        Accessible.name: text
                        onToggled: Console.inbox.mine = checked
                    }
                    CheckBox {
                        objectName: "filterReporterWrote"
                        height: 28
                        text: qsTr("Reporter wrote")
                        font.pixelSize: Theme.fontSmall
                        checked: Console.inbox.reporterWaiting
                        Accessible.name: qsTr("Only cases whose reporter wrote after the last answer")
                        onToggled: Console.inbox.reporterWaiting = checked
                    }
                    Button {
                        objectName: "clearFilters"
                        text: qsTr("Clear")
                        flat: true
                        font.pixelSize: Theme.fontSmall
                        implicitHeight: 28
                        Accessible.name: qsTr("Clear the filters")
                        onClicked: Console.inbox.resetFilters()
                    }
                }
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.margins: 6
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
            text: qsTr("%1 shown of %2 · %3 overdue · %4 due soon")
                  .arg(Console.inbox.count).arg(Console.cases.count)
                  .arg(Console.cases.overdueCount).arg(Console.cases.dueSoonCount)
        }
        ListView {
            id: list
            objectName: "inboxList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            model: Console.inbox
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Cases")

            delegate: CaseDelegate {
                width: ListView.view.width
                selected: ListView.isCurrentItem
                open: Console.caseView.caseId === caseId
                onClicked: {
                    list.currentIndex = index
                    list.forceActiveFocus()
                    root.openCurrent()
                }
            }

            Keys.onPressed: event => {
                if (event.text === "j") {
                    list.incrementCurrentIndex()
                    event.accepted = true
                } else if (event.text === "k") {
                    list.decrementCurrentIndex()
                    event.accepted = true
                } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                    root.openCurrent()
                    event.accepted = true
                }
            }

            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                color: Theme.muted
                text: Console.cases.count === 0 ? qsTr("No cases for your groups yet.")
                                                : qsTr("No case matches these filters.")
            }
        }
    }

    Shortcut {
        sequence: "/"
        onActivated: {
            search.forceActiveFocus()
            search.selectAll()
        }
    }
}
