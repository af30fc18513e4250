// SPDX-License-Identifier: EUPL-1.2
// The Risks tab (docs/pdca.md "Risks", docs/advisor.md "Risks"): the risk register this member
// sees, filtered by state and level, beside the heat maps and the selected risk. Says how old
// the list is: offline it is the one kept in the sealed cache.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

SplitView {
    id: root

    readonly property var desk: Console.risks
    signal caseChosen(var caseId)
    signal measureChosen(var measureId)

    /// Shows risk `id` (a test, or a link).
    function show(id) {
        desk.filter.state = ""
        desk.select(id)
        list.currentIndex = desk.filter.rowOfRisk(id)
    }
    function recordRisk(caseId) {
        dialog.start(caseId)
    }

    orientation: Qt.Horizontal

    RiskDialog {
        id: dialog
        objectName: "riskDialog"
    }

    Rectangle {
        SplitView.preferredWidth: Math.max(460, root.width * 0.40)
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
                        objectName: "riskStateFilter"
                        width: 160
                        allLabel: qsTr("Open and accepted")
                        choices: [{ value: "all", label: qsTr("All risks") }]
                                 .concat(Console.language.length > 0 ? root.desk.filter.choices("state") : [])
                        current: root.desk.filter.state === "active" ? "" : root.desk.filter.state === "" ? "all" : root.desk.filter.state
                        onChosen: value => root.desk.filter.state = value === "" ? "active" : value === "all" ? "" : value
                    }
                    FilterBox {
                        objectName: "riskLevelFilter"
                        width: 160
                        allLabel: qsTr("Every level")
                        choices: Console.language.length > 0 ? root.desk.filter.choices("level") : []
                        current: root.desk.filter.level
                        onChosen: value => root.desk.filter.level = value
                    }
                    Button {
                        objectName: "recordRisk"
                        text: qsTr("Record risk…")
                        implicitHeight: 28
                        font.pixelSize: Theme.fontSmall
                        Accessible.name: qsTr("Record a risk")
                        onClicked: root.recordRisk(0)
                    }
                }
            }
            Label {
                objectName: "risksUpdated"
                Layout.fillWidth: true
                Layout.margins: 6
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
                wrapMode: Text.WordWrap
                text: (root.desk.lastUpdated.length > 0
                       ? qsTr("%1 shown of %2 · last updated %3").arg(root.desk.filter.count)
                             .arg(root.desk.risks.count).arg(root.desk.lastUpdated)
                       : qsTr("Not fetched from the registry yet."))
                      + (Console.sync.status !== SyncEngine.Online && root.desk.lastUpdated.length > 0
                         ? " · " + qsTr("offline: this is the list as it was then") : "")
            }
            ListView {
                id: list
                objectName: "riskList"
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
                Accessible.name: qsTr("Risks")
                onCurrentIndexChanged: {
                    const id = root.desk.filter.riskIdAt(currentIndex)
                    if (id > 0)
                        root.desk.select(id)
                }
                delegate: RiskDelegate {
                    width: ListView.view.width
                    selected: root.desk.riskId === riskId
                    onClicked: {
                        list.currentIndex = index
                        list.forceActiveFocus()
                        root.desk.select(riskId)
                    }
                }
                Label {
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.padding
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    visible: list.count === 0
                    color: Theme.muted
                    text: root.desk.risks.count === 0 ? qsTr("No risks you can see yet.")
                                                      : qsTr("No risk matches these filters.")
                }
            }
        }
    }
    ColumnLayout {
        SplitView.fillWidth: true
        SplitView.minimumWidth: 440
        spacing: 0

        RiskMatrixCard {
            objectName: "riskMatrixCard"
            Layout.fillWidth: true
        }
        RiskPane {
            objectName: "riskPane"
            Layout.fillWidth: true
            Layout.fillHeight: true
            onCaseChosen: caseId => root.caseChosen(caseId)
            onMeasureChosen: id => root.measureChosen(id)
        }
    }
}
