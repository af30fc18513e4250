// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic as T
import QtQuick.Layouts

// The MIL-STD-882E risk matrix as a tappable 4 × 5 grid: severity I–IV (rows) by likelihood
// A–E (columns). Each cell shows its level letter as well as its colour, so it reads the same
// in the all-red night theme. Tapping the selected cell again clears it.
ColumnLayout {
    id: root

    property string severity
    property string likelihood
    /// Words for the axis and level letters, supplied by the app in the user's language.
    property var severityNames: ({ "I": "I", "II": "II", "III": "III", "IV": "IV" })
    property var likelihoodNames: ({ "A": "A", "B": "B", "C": "C", "D": "D", "E": "E" })
    property var levelNames: ({ "high": "H", "serious": "S", "medium": "M", "low": "L" })

    readonly property var severities: ["I", "II", "III", "IV"]
    readonly property var likelihoods: ["A", "B", "C", "D", "E"]
    readonly property var levels: [
        ["high", "high", "high", "serious", "medium"],
        ["high", "high", "serious", "medium", "medium"],
        ["serious", "serious", "medium", "medium", "low"],
        ["medium", "medium", "medium", "low", "low"]
    ]

    signal cellTapped(string severity, string likelihood)

    function levelOf(s, l) {
        return root.levels[root.severities.indexOf(s)][root.likelihoods.indexOf(l)]
    }
    function fillFor(level) {
        return level === "high" ? Theme.riskHigh : level === "serious" ? Theme.riskSerious
             : level === "medium" ? Theme.riskMedium : Theme.riskLow
    }
    function inkFor(level) {
        return level === "high" ? Theme.riskHighInk : Theme.riskInk
    }

    spacing: 4

    GridLayout {
        Layout.fillWidth: true
        columns: 6
        rowSpacing: 4
        columnSpacing: 4

        Item { Layout.preferredWidth: 44; Layout.preferredHeight: 28 }
        Repeater {
            model: root.likelihoods
            delegate: Text {
                required property string modelData
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: modelData
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.bold: true
            }
        }
        Repeater {
            model: 4 * 6
            delegate: Item {
                id: cell
                required property int index
                readonly property int row: Math.floor(index / 6)
                readonly property int column: index % 6 - 1
                readonly property string sev: root.severities[row]
                readonly property string lik: column >= 0 ? root.likelihoods[column] : ""
                readonly property string level: column >= 0 ? root.levelOf(sev, lik) : ""
                readonly property bool selected: column >= 0 && root.severity === sev && root.likelihood === lik
                Layout.fillWidth: column >= 0
                Layout.preferredWidth: column < 0 ? 44 : 52
                Layout.preferredHeight: Theme.minTouch + 6

                Text {
                    visible: cell.column < 0
                    anchors.fill: parent
                    text: cell.sev
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    verticalAlignment: Text.AlignVCenter
                    horizontalAlignment: Text.AlignHCenter
                }
                T.AbstractButton {
                    id: button
                    visible: cell.column >= 0
                    anchors.fill: parent
                    objectName: "risk_" + cell.sev + cell.lik
                    Accessible.role: Accessible.RadioButton
                    Accessible.checked: cell.selected
                    Accessible.name: (root.severityNames[cell.sev] || cell.sev) + ", " + (root.likelihoodNames[cell.lik] || cell.lik)
                                     + ": " + (root.levelNames[cell.level] || cell.level)
                    onClicked: root.cellTapped(cell.sev, cell.lik)
                    background: Rectangle {
                        radius: 6
                        color: root.fillFor(cell.level)
                        border.width: cell.selected ? 5 : (Theme.night ? 1 : 0)
                        border.color: cell.selected ? Theme.riskSelectedFrame : Theme.border
                    }
                    contentItem: Text {
                        text: cell.selected ? "✓" : (root.levelNames[cell.level] || "").charAt(0)
                        color: root.inkFor(cell.level)
                        font.pixelSize: cell.selected ? Theme.fontLarge : Theme.fontSmall
                        font.bold: true
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                }
            }
        }
    }
}
