// SPDX-License-Identifier: EUPL-1.2
// Which indicators are meant to show a measure's effect (docs/pdca.md, "Console"): the
// indicators on the board this member reads (its groups' indicators, frozen ones left out),
// each with what it measures and over which unit and kinds, any number ticked; of the ticked
// ones, one is the primary — the one an effect check uses. Used when proposing a measure
// (MeasureDialog) and to change an existing measure's links (MeasureIndicatorsDialog).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil.Advisor.Core

ColumnLayout {
    id: root

    /// The ids ticked, in the board's order.
    property var chosen: []
    /// The primary among `chosen` ("" when none is ticked).
    property string primary: ""
    readonly property var choices: Console.indicators.linkable

    /// Starts from `ids` with `primaryId` as the primary (the first of them when not given).
    function reset(ids, primaryId) {
        chosen = ids ? ids.slice() : []
        primary = primaryId && chosen.indexOf(primaryId) >= 0 ? primaryId : (chosen.length > 0 ? chosen[0] : "")
    }
    function toggle(id, on) {
        const next = chosen.filter(c => c !== id)
        if (on)
            next.push(id)
        chosen = root.choices.map(c => c.value).filter(v => next.indexOf(v) >= 0)
            .concat(next.filter(v => root.choices.every(c => c.value !== v)))
        if (chosen.indexOf(primary) < 0)
            primary = chosen.length > 0 ? chosen[0] : ""
    }

    spacing: 4

    Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        color: Theme.muted
        font.pixelSize: Theme.fontSmall
        text: root.choices.length === 0
              ? qsTr("No indicator you can read is in force yet: the operator defines them. Without one, the effect "
                     + "is judged, not checked from the figures.")
              : qsTr("Tick the indicators meant to show the effect; the primary one is what an effect check uses.")
    }
    Repeater {
        model: root.choices
        delegate: RowLayout {
            id: row
            required property var modelData
            required property int index
            readonly property bool ticked: root.chosen.indexOf(modelData.value) >= 0
            Layout.fillWidth: true
            spacing: Theme.spacing

            // The box keeps its own text item, so its indicator sits before the label as on every
            // other check box; the detail goes under the label, indented to the same text edge.
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                CheckBox {
                    id: box
                    objectName: "indicatorChoice_" + row.modelData.value
                    Layout.fillWidth: true
                    text: row.modelData.label
                    // Not checkable by itself: `chosen` is the truth, so reset() shows in every box.
                    checkable: false
                    checked: row.ticked
                    Accessible.name: qsTr("Link indicator %1").arg(row.modelData.label)
                    Accessible.description: row.modelData.detail
                    onClicked: root.toggle(row.modelData.value, !row.ticked)
                }
                Label {
                    objectName: "indicatorDetail_" + row.modelData.value
                    Layout.fillWidth: true
                    leftPadding: box.leftPadding + box.indicator.width + box.spacing
                    text: row.modelData.detail
                    color: Theme.muted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                    TapHandler {
                        onTapped: root.toggle(row.modelData.value, !row.ticked)
                    }
                }
            }
            RadioButton {
                objectName: "indicatorPrimary_" + row.modelData.value
                text: qsTr("Primary")
                enabled: row.ticked
                checkable: false
                autoExclusive: false
                checked: row.ticked && root.primary === row.modelData.value
                Accessible.name: qsTr("Use %1 for the effect check").arg(row.modelData.label)
                onClicked: root.primary = row.modelData.value
            }
        }
    }
}
