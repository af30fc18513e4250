// SPDX-License-Identifier: EUPL-1.2
// The frames of the controls the console borrows from Fusion, as they are drawn in the real
// window (Main.qml, with its palette): every text field, combo box and check box on the desk
// has a frame of at least 3:1 (WCAG 1.4.11) against the white it encloses, and text fields
// against the window's grey as well. Fusion's own default palette gave ~2.3:1.
import QtQuick
import QtQuick.Controls
import QtTest
import Vigil.Advisor
import Vigil.Advisor.Core

TestCase {
    id: test

    name: "Contrast"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function channel(c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)
    }
    function luminance(c) {
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }
    function ratio(a, b) {
        const la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }

    /// Visible controls under `item`, sorted by what Fusion draws for them.
    function controls(item, out) {
        if (!item || item.visible === false)
            return out
        if (item instanceof TextField)
            out.fields.push(item)
        else if (item instanceof ComboBox)
            out.combos.push(item)
        else if (item instanceof CheckBox)
            out.checks.push(item)
        for (let i = 0; i < item.children.length; ++i)
            controls(item.children[i], out)
        return out
    }

    function test_control_frames_reach_three_to_one() {
        const window = createTemporaryObject(mainComponent, test)
        verify(window)
        tryCompare(Console.sync, "status", SyncEngine.Online, 15000)
        tryVerify(() => findChild(window.contentItem, "tabInbox") !== null, 15000) // the desk
        const found = controls(window.contentItem, {fields: [], combos: [], checks: []})
        verify(found.fields.length >= 1, "the inbox's search field")
        verify(found.combos.length >= 1, "the inbox's filters")
        verify(found.checks.length >= 1, "the inbox's check boxes")

        const white = Qt.color("#ffffff")
        let lowest = 99
        for (const field of found.fields) {
            const frame = field.background.border.color
            lowest = Math.min(lowest, ratio(frame, field.background.color))
            verify(ratio(frame, field.background.color) >= 3, `text field frame ${frame} on ${field.background.color}`)
            verify(ratio(frame, Theme.window) >= 3, `text field frame ${frame} on the window ${Theme.window}`)
        }
        for (const combo of found.combos) {
            const frame = combo.background.border.color
            lowest = Math.min(lowest, ratio(frame, white))
            verify(ratio(frame, white) >= 3, `combo box frame ${frame} on white`)
        }
        for (const check of found.checks) {
            const frame = check.indicator.border.color
            lowest = Math.min(lowest, ratio(frame, check.indicator.color))
            verify(ratio(frame, check.indicator.color) >= 3, `check box frame ${frame} on ${check.indicator.color}`)
        }
        console.info(`lowest control frame contrast ${lowest.toFixed(2)}:1 (${found.fields.length} fields, `
                     + `${found.combos.length} combo boxes, ${found.checks.length} check boxes)`)
    }
}
