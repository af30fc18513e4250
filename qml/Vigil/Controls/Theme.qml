// SPDX-License-Identifier: EUPL-1.2
pragma Singleton
import QtQuick

// The Vigil look: a calm, high-contrast day theme that stays readable in bright sun, and a
// night theme of red on black for light discipline (no white, blue or green light at all).
// Sizes are for gloved thumbs: nothing tappable is smaller than 48 px.
//
// Every pair of colours the controls put together meets WCAG AA (4.5:1 for any text,
// 3:1 for frames and state marks) in both themes; tests/qml/tst_contrast.qml reads these
// properties and checks each pair by name, so a new pairing belongs in its table too.
QtObject {
    id: root

    property bool night: false

    // Colours. In the night theme every colour is a shade of red. Red on black reaches at
    // most ~5.9:1, so there is no room for a dimmer red that still reads: muted, disabled and
    // placeholder text are as bright as body text and differ by weight, size and style, and
    // states differ by shape — filled vs outlined, thick vs thin frame, check marks, dashed
    // frames — never by a darker shade.
    readonly property color background: night ? "#000000" : "#FFFFFF"
    readonly property color surface: night ? "#0A0200" : "#F1F3F4"
    readonly property color surfacePressed: night ? "#1C0502" : "#DDE3E6"
    readonly property color text: night ? "#FF3A1E" : "#101418"
    readonly property color textMuted: night ? "#F02A12" : "#3E4A52"
    /// Placeholders are also drawn in italics, so they never pass for something typed.
    readonly property color placeholder: night ? "#F02A12" : "#4F5B63"
    readonly property color border: night ? "#D81E0C" : "#5F6B73"
    /// Primary buttons, and text or frames that stand out (replies, own messages).
    readonly property color accent: night ? "#FF3A1E" : "#00507A"
    readonly property color accentText: night ? "#000000" : "#FFFFFF"
    readonly property color accentBorder: night ? "#FF3A1E" : "#00507A"
    /// The front doors. At night not filled (a lit card would glare) but thickly framed.
    readonly property color emphasis: night ? "#0A0200" : "#00507A"
    readonly property color emphasisText: night ? "#FF3A1E" : "#FFFFFF"
    /// What is chosen or switched on: filled, with inverted text, in both themes.
    readonly property color selected: night ? "#FF3A1E" : "#00507A"
    readonly property color selectedText: night ? "#000000" : "#FFFFFF"
    /// Disabled controls are outlined with a dashed frame; their label stays readable.
    readonly property color disabledText: night ? "#F02A12" : "#3E4A52"
    readonly property color disabledBorder: night ? "#D81E0C" : "#5F6B73"
    readonly property color focus: night ? "#FF4A28" : "#C25E00"
    readonly property color good: night ? "#FF3A1E" : "#1B5E20"
    readonly property color warning: night ? "#FF3A1E" : "#7A4F00"
    readonly property color danger: night ? "#FF3A1E" : "#A4001D"
    readonly property color dangerText: night ? "#000000" : "#FFFFFF"
    readonly property color infoBackground: night ? "#140301" : "#E3EEF5"
    readonly property color warningBackground: night ? "#140301" : "#FFF1D6"
    readonly property color dangerBackground: night ? "#1C0502" : "#FBE3E6"
    readonly property color goodBackground: night ? "#140301" : "#E4F2E5"

    // Risk matrix cells (RiskMatrix.qml): fill and ink per level. Each cell also carries its
    // level letter, so at night the fills may all be near-black.
    readonly property color riskHigh: night ? "#300A05" : "#B3261E"
    readonly property color riskSerious: night ? "#1C0502" : "#E8710A"
    readonly property color riskMedium: night ? "#140301" : "#F9D949"
    readonly property color riskLow: night ? "#0A0200" : "#9CCC65"
    readonly property color riskHighInk: night ? "#FF3A1E" : "#FFFFFF"
    readonly property color riskInk: night ? "#FF3A1E" : "#101418"
    readonly property color riskSelectedFrame: night ? "#FF4A28" : "#101418"

    // Sizes (logical pixels).
    readonly property int touchTarget: 56
    readonly property int minTouch: 48
    readonly property int spacing: 12
    readonly property int margin: 20
    readonly property int radius: 10
    readonly property int borderWidth: 2
    /// Frames of what is chosen, focused or primary: twice the normal frame.
    readonly property int strongBorderWidth: 4
    readonly property int pageWidth: 560

    // Type.
    readonly property int fontSmall: 15
    readonly property int fontBody: 18
    readonly property int fontLarge: 22
    readonly property int fontTitle: 28
}
