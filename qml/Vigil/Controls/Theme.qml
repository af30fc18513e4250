// SPDX-License-Identifier: EUPL-1.2
pragma Singleton
import QtQuick

// The Vigil look: a calm, high-contrast day theme that stays readable in bright sun, and a
// night theme of dim red on black for light discipline (no white, blue or green light at
// all). Sizes are for gloved thumbs: nothing tappable is smaller than 48 px.
QtObject {
    id: root

    property bool night: false

    // Colours. In the night theme every colour is a shade of red: states differ by text and
    // shape, never by hue.
    readonly property color background: night ? "#000000" : "#FFFFFF"
    readonly property color surface: night ? "#0E0302" : "#F1F3F4"
    readonly property color surfacePressed: night ? "#2A0906" : "#DDE3E6"
    readonly property color text: night ? "#C4321F" : "#101418"
    readonly property color textMuted: night ? "#8E2718" : "#3E4A52"
    readonly property color border: night ? "#6B1A10" : "#5F6B73"
    readonly property color accent: night ? "#4A0F08" : "#00507A"
    readonly property color accentText: night ? "#E0412A" : "#FFFFFF"
    readonly property color focus: night ? "#E0412A" : "#C25E00"
    readonly property color good: night ? "#C4321F" : "#1B5E20"
    readonly property color warning: night ? "#C4321F" : "#7A4F00"
    readonly property color danger: night ? "#C4321F" : "#A4001D"
    readonly property color dangerText: night ? "#000000" : "#FFFFFF"
    readonly property color infoBackground: night ? "#160403" : "#E3EEF5"
    readonly property color warningBackground: night ? "#160403" : "#FFF1D6"
    readonly property color dangerBackground: night ? "#1F0504" : "#FBE3E6"
    readonly property color goodBackground: night ? "#160403" : "#E4F2E5"

    // Sizes (logical pixels).
    readonly property int touchTarget: 56
    readonly property int minTouch: 48
    readonly property int spacing: 12
    readonly property int margin: 20
    readonly property int radius: 10
    readonly property int borderWidth: 2
    readonly property int pageWidth: 560

    // Type.
    readonly property int fontSmall: 15
    readonly property int fontBody: 18
    readonly property int fontLarge: 22
    readonly property int fontTitle: 28
}
