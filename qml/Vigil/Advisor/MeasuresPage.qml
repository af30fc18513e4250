// SPDX-License-Identifier: EUPL-1.2
// The Measures tab (docs/pdca.md, "Console"): the measures register this member sees, filtered
// by state, clock, domain and "proposed by me", beside the selected measure. Says how old the
// list is: offline it is the one kept in the sealed cache.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

SplitView {
    id: root

    readonly property var desk: Console.measures
    /// The advisor asked to open a linked case (on the Inbox tab).
    signal caseChosen(var caseId)

    /// Shows measure `id` (from the Follow-up tab, or a test).
    function show(id) {
        desk.filter.state = ""
        desk.select(id)
        list.currentIndex = desk.filter.rowOfMeasure(id)
    }
    function proposeMeasure(caseId) {
        proposal.start(caseId)
    }

    orientation: Qt.Horizontal

    MeasureDialog {
        id: proposal
        objectName: "measureDialog"
    }

    Rectangle {
        SplitView.preferredWidth: Math.max(480, root.width * 0.42)
        SplitView.minimumWidth: 400
        color: Theme.surface
        border.color: Theme.border

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: 1
            spacing: 0

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: filters.implicitHeight + 2 * Theme.spacing
                color: Theme.surfaceAlt

                Flow {
                    id: filters
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: Theme.spacing
                    spacing: 4

                    FilterBox {
                        objectName: "measureStateFilter"
                        width: 150
                        allLabel: qsTr("Open measures")
                        choices: [{ value: "all", label: qsTr("All measures") }]
                                 .concat(Console.language.length > 0 ? root.desk.filter.choices("state") : [])
                        current: root.desk.filter.state === "open" ? "" : root.desk.filter.state === "" ? "all" : root.desk.filter.state
                        onChosen: value => root.desk.filter.state = value === "" ? "open" : value === "all" ? "" : value
                    }
                    FilterBox {
                        width: 150
                        allLabel: qsTr("Any clock")
                        choices: Console.language.length > 0 ? root.desk.filter.choices("clock") : []
                        current: root.desk.filter.clock
                        onChosen: value => root.desk.filter.clock = value
                    }
                    FilterBox {
                        width: 150
                        allLabel: qsTr("Every domain")
                        choices: Console.language.length > 0 ? root.desk.filter.choices("domain") : []
                        current: root.desk.filter.domain
                        onChosen: value => root.desk.filter.domain = value
                    }
                    FilterBox {
                        objectName: "measureUnitFilter"
                        width: 150
                        allLabel: qsTr("Every owner unit")
                        choices: root.desk.units
                        current: root.desk.filter.ownerUnit
                        onChosen: value => root.desk.filter.ownerUnit = value
                    }
                    CheckBox {
                        objectName: "measuresMine"
                        height: 28
                        text: qsTr("Proposed by me")
                        font.pixelSize: Theme.fontSmall
                        checked: root.desk.filter.mine
                        Accessible.name: text
                        onToggled: root.desk.filter.mine = checked
                    }
                    Button {
                        objectName: "proposeMeasure"
                        text: qsTr("Propose measure…")
                        implicitHeight: 28
                        font.pixelSize: Theme.fontSmall
                        Accessible.name: qsTr("Propose a measure")
                        onClicked: root.proposeMeasure(0)
                    }
                }
            }
            Label {
                objectName: "measuresUpdated"
                Layout.fillWidth: true
                Layout.margins: 6
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
                wrapMode: Text.WordWrap
                text: (root.desk.lastUpdated.length > 0
                       ? qsTr("%1 shown of %2 · last updated %3").arg(root.desk.filter.count)
                             .arg(root.desk.measures.count).arg(root.desk.lastUpdated)
                       : qsTr("Not fetched from the registry yet."))
                      + (Console.sync.status !== SyncEngine.Online && root.desk.lastUpdated.length > 0
                         ? " · " + qsTr("offline: this is the list as it was then") : "")
            }
            ListView {
                id: list
                objectName: "measureList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                focus: true
                model: root.desk.filter
                keyNavigationEnabled: true
                highlightMoveDuration: 0
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Measures")
                onCurrentIndexChanged: {
                    const id = root.desk.filter.measureIdAt(currentIndex)
                    if (id > 0)
                        root.desk.select(id)
                }
                delegate: MeasureDelegate {
                    width: ListView.view.width
                    selected: root.desk.measureId === measureId
                    onClicked: {
                        list.currentIndex = index
                        list.forceActiveFocus()
                        root.desk.select(measureId)
                    }
                }
                Label {
                    anchors.centerIn: parent
                    visible: list.count === 0
                    color: Theme.muted
                    text: root.desk.measures.count === 0 ? qsTr("No measures you can see yet.")
                                                         : qsTr("No measure matches these filters.")
                }
            }
        }
    }
    MeasurePane {
        objectName: "measurePane"
        SplitView.fillWidth: true
        SplitView.minimumWidth: 420
        onCaseChosen: caseId => root.caseChosen(caseId)
    }
}
