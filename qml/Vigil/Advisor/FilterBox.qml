// SPDX-License-Identifier: EUPL-1.2
// A compact filter menu: "all" plus the values present in the inbox.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ComboBox {
    id: root
    popup.palette.window: Theme.surface // the list on white, not on the frame colour

    /// The label of the "no filter" entry, and the choices [{value, label}].
    required property string allLabel
    required property var choices
    /// The filter's current value ("" for all).
    required property string current
    signal chosen(string value)

    model: [{ value: "", label: root.allLabel }].concat(root.choices)
    textRole: "label"
    valueRole: "value"
    font.pixelSize: Theme.fontSmall
    implicitHeight: 28
    // In a layout the menus share the width and shrink (the text elides) rather than push the
    // row past the pane's edge at 1280 px.
    Layout.preferredWidth: 130
    Layout.minimumWidth: 70
    currentIndex: Math.max(0, indexOfValue(root.current))
    Accessible.name: root.allLabel
    onActivated: root.chosen(currentValue)
}
