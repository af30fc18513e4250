// SPDX-License-Identifier: EUPL-1.2
// The console's look. Colours come from Vigil.Controls (the design language the field app
// shares, day theme); sizes are the console's own: a desk with a mouse and a keyboard wants
// dense rows, not the field app's 48 px touch targets.
pragma Singleton
import QtQuick
import Vigil.Controls as Controls

QtObject {
    readonly property color window: "#e9edf0"
    readonly property color surface: "#ffffff"
    readonly property color surfaceAlt: Controls.Theme.surface
    /// Decorative only: panel outlines, row dividers, message and clock-pill outlines, where
    /// the fill or the text already tells the thing apart. Never a control's frame.
    readonly property color border: "#d3d9e0"
    /// The frame of a control the console draws itself (text areas): 3:1 on panels and window.
    readonly property color fieldBorder: "#7b8591"
    /// The palette's window colour (Main.qml), from which Fusion derives the frames of text
    /// fields, combo boxes, buttons and check boxes: 3:1 or more against white and `window`.
    readonly property color chrome: "#b4bcc4"
    readonly property color text: Controls.Theme.text
    readonly property color muted: Controls.Theme.textMuted
    /// The label of a disabled control (Main.qml's palette): still 4.5:1 on Fusion's button grey
    /// and on white, and lighter than an enabled label, so it reads as "not now" yet reads.
    readonly property color disabledText: "#5F6B73"
    /// Placeholder text in fields (Main.qml's palette): the design's placeholder grey, 7:1 on
    /// white, where Fusion's default was too pale to read.
    readonly property color placeholder: Controls.Theme.placeholder
    readonly property color header: "#0f2a3d"
    readonly property color headerText: "#f2f5f8"
    readonly property color accent: Controls.Theme.accent
    readonly property color accentSoft: Controls.Theme.infoBackground
    readonly property color selection: "#cfe0f0"
    readonly property color overdue: Controls.Theme.danger
    readonly property color overdueSoft: Controls.Theme.dangerBackground
    readonly property color dueSoon: Controls.Theme.warning
    readonly property color dueSoonSoft: Controls.Theme.warningBackground
    readonly property color good: Controls.Theme.good
    readonly property color goodSoft: Controls.Theme.goodBackground
    /// Hidden (k-anonymity) figures' hatched placeholder, and the unrated risk chip under white
    /// text: 4.5:1 against white either way.
    readonly property color suppressed: "#6e7781"
    readonly property color pending: "#6b4fa0"
    /// Behind a modal dialog: the desk stays visible but plainly out of reach.
    readonly property color scrim: "#66000000"

    readonly property int fontSmall: 11
    readonly property int fontNormal: 13
    readonly property int fontLarge: 16
    readonly property int fontTitle: 20

    readonly property int spacing: 8
    readonly property int padding: 12
    readonly property int radius: 4
    readonly property int rowHeight: 46

    // Chart series colours, distinguishable in grey-scale print as well.
    readonly property var series: ["#00507A", "#c2702a", "#4b8b3b", "#8b3b6f", "#5b5f97", "#9c8a2e"]

    function urgencyColor(urgency) {
        return urgency >= 3 ? overdue : urgency === 2 ? dueSoon : muted
    }
    function urgencySoft(urgency) {
        return urgency >= 3 ? overdueSoft : urgency === 2 ? dueSoonSoft : "transparent"
    }
}
