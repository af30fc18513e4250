// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtTest
import Vigil.Controls

// WCAG AA contrast of every colour pair the controls draw, read from the real Theme in both
// themes: 4.5:1 for any text (muted, placeholder and disabled text included), 3:1 for frames
// and the marks that tell a state (chosen, switched on, focused, disabled). The table names
// where each pair is used; a control that pairs two new colours adds a row here.
TestCase {
    id: root

    name: "Contrast"

    readonly property real textMinimum: 4.5
    readonly property real markMinimum: 3.0
    // Decoration that tells nothing apart (WCAG 1.4.11 asks nothing of it): listed so the table
    // says where the colour is used, checked only for being a solid colour of the theme.
    readonly property real decorative: 1.0

    // [where, foreground, background, minimum]; foreground and background are Theme properties.
    readonly property var fieldPairs: [
        // Text.
        ["page text, headings, field labels", "text", "background", textMinimum],
        ["card titles, toggle labels, PIN digits, title bar", "text", "surface", textMinimum],
        ["label of a card, key or button while pressed", "text", "surfacePressed", textMinimum],
        ["SectionHeading hint, TextEntryField hint and counter", "textMuted", "background", textMinimum],
        ["ChoiceCard description, ToggleRow description", "textMuted", "surface", textMinimum],
        ["ChoiceCard description while pressed", "textMuted", "surfacePressed", textMinimum],
        ["ToggleRow 'off' in its track", "textMuted", "background", textMinimum],
        ["TextEntryField placeholder", "placeholder", "background", textMinimum],
        ["PinPad 'Enter PIN' placeholder", "placeholder", "surface", textMinimum],
        ["primary ActionButton label, PinPad confirm key", "accentText", "accent", textMinimum],
        ["emphasised ChoiceCard (front doors) title and description", "emphasisText", "emphasis", textMinimum],
        ["chosen ChoiceCard title and description, ToggleRow 'on'", "selectedText", "selected", textMinimum],
        ["check mark in a chosen ChoiceCard's disc", "selected", "selectedText", textMinimum],
        ["danger ActionButton label", "dangerText", "danger", textMinimum],
        ["disabled ActionButton or PIN key label on a page", "disabledText", "background", textMinimum],
        ["disabled ActionButton label on a card", "disabledText", "surface", textMinimum],
        ["replies line and links on a card (OutboxDelegate)", "accent", "surface", textMinimum],
        ["InfoBanner text, info", "text", "infoBackground", textMinimum],
        ["InfoBanner text, good", "text", "goodBackground", textMinimum],
        ["InfoBanner text, warning; safety alert bulletin", "text", "warningBackground", textMinimum],
        ["InfoBanner text, danger", "text", "dangerBackground", textMinimum],
        ["time and sender of one's own message (MessageDelegate)", "textMuted", "infoBackground", textMinimum],
        ["muted text in a safety alert bulletin", "textMuted", "warningBackground", textMinimum],
        ["muted text on a danger background", "textMuted", "dangerBackground", textMinimum],
        ["InfoBanner mark, good", "good", "goodBackground", textMinimum],
        ["InfoBanner mark, warning", "warning", "warningBackground", textMinimum],
        ["InfoBanner mark, danger", "danger", "dangerBackground", textMinimum],
        ["status text on a page (enrolled with …)", "good", "background", textMinimum],
        ["outbox state, delivered", "good", "surface", textMinimum],
        ["outbox state, waiting", "warning", "surface", textMinimum],
        ["outbox state, refused", "danger", "surface", textMinimum],
        ["risk cell letter, high", "riskHighInk", "riskHigh", textMinimum],
        ["risk cell letter, serious", "riskInk", "riskSerious", textMinimum],
        ["risk cell letter, medium", "riskInk", "riskMedium", textMinimum],
        ["risk cell letter, low", "riskInk", "riskLow", textMinimum],
        // Frames and state marks.
        ["frame of cards, fields, keys and secondary buttons on a page", "border", "background", markMinimum],
        ["frame of a control on a card", "border", "surface", markMinimum],
        ["ToggleRow knob and track when off", "border", "background", markMinimum],
        ["unchosen ChoiceCard's ring", "text", "surface", markMinimum],
        ["thick frame of primary buttons and front doors", "accentBorder", "background", markMinimum],
        ["chosen ChoiceCard's fill against the page", "selected", "background", markMinimum],
        ["ToggleRow track when on, in its row", "selected", "surface", markMinimum],
        ["ToggleRow knob when on, in its track", "selectedText", "selected", markMinimum],
        ["dashed frame of a disabled control on a page", "disabledBorder", "background", markMinimum],
        ["dashed frame of a disabled control on a card", "disabledBorder", "surface", markMinimum],
        ["focus ring on a page", "focus", "background", markMinimum],
        ["focus ring on a card", "focus", "surface", markMinimum],
        ["InfoBanner frame, good", "good", "background", markMinimum],
        ["InfoBanner frame, warning", "warning", "background", markMinimum],
        ["InfoBanner frame, danger; panic wipe dialog", "danger", "background", markMinimum],
        ["InfoBanner frame, info", "border", "background", markMinimum],
        ["frame of one's own message (MessageDelegate)", "accent", "background", markMinimum],
        ["frame of a safety alert bulletin", "warning", "background", markMinimum],
        ["chosen risk cell's frame", "riskSelectedFrame", "background", markMinimum]
    ]

    // The advisor console's theme (qml/Vigil/Advisor/Theme.qml), day only. Every pair must
    // meet its minimum; `border` is decoration only (the console draws control frames in
    // `fieldBorder`, and Fusion draws its own buttons, fields and boxes).
    readonly property var advisorPairs: [
        ["text on the window", "text", "window", textMinimum],
        ["text on panels", "text", "surface", textMinimum],
        ["text on alternate rows", "text", "surfaceAlt", textMinimum],
        ["text on the selected row", "text", "selection", textMinimum],
        ["text on soft accent", "text", "accentSoft", textMinimum],
        ["muted text on the window", "muted", "window", textMinimum],
        ["muted text on panels", "muted", "surface", textMinimum],
        ["muted text on alternate rows", "muted", "surfaceAlt", textMinimum],
        ["muted text on the selected row", "muted", "selection", textMinimum],
        ["header text", "headerText", "header", textMinimum],
        ["accent text on panels", "accent", "surface", textMinimum],
        ["overdue text on panels", "overdue", "surface", textMinimum],
        ["overdue text on its soft background", "overdue", "overdueSoft", textMinimum],
        ["due-soon text on its soft background", "dueSoon", "dueSoonSoft", textMinimum],
        ["pending text on panels", "pending", "surface", textMinimum],
        ["frame of the reply composer and the closing dialog's text areas", "fieldBorder", "surface", markMinimum],
        ["the same frames where a panel's window shows through", "fieldBorder", "window", markMinimum],
        ["focused text area frame", "accent", "surface", markMinimum],
        ["hatched placeholder of a hidden figure (BarChartCard)", "suppressed", "surface", markMinimum],
        ["hidden figure's placeholder on the window", "suppressed", "window", markMinimum],
        ["unrated risk chip behind its white text (RiskChip)", "surface", "suppressed", textMinimum],
        ["decorative: panel outlines and row dividers on panels, not a control boundary", "border", "surface",
         decorative],
        ["decorative: panel outlines on the window (the panel's white fill sets it apart)", "border", "window",
         decorative]
    ]

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
    function isColour(value) {
        return value !== undefined && value !== null && value.r !== undefined
    }
    /// Every pair below its minimum, as readable lines; also the lowest ratio per minimum.
    function failures(theme, pairs, label) {
        const lines = []
        let lowestText = 99, lowestMark = 99
        for (const [where, fg, bg, minimum] of pairs) {
            if (!isColour(theme[fg]) || !isColour(theme[bg])) {
                lines.push(`${where}: ${fg} on ${bg}: the theme has no such colour`)
                continue
            }
            const r = ratio(theme[fg], theme[bg])
            if (minimum >= textMinimum) lowestText = Math.min(lowestText, r)
            else if (minimum > decorative) lowestMark = Math.min(lowestMark, r)
            if (theme[fg].a < 1 || theme[bg].a < 1)
                lines.push(`${where}: ${fg} or ${bg} is translucent; contrast depends on what lies below`)
            else if (r < minimum)
                lines.push(`${where}: ${fg} ${theme[fg]} on ${bg} ${theme[bg]} is ${r.toFixed(2)}:1, needs ${minimum}:1`)
        }
        console.info(`${label}: lowest text contrast ${lowestText.toFixed(2)}:1, lowest frame/mark contrast ${lowestMark.toFixed(2)}:1`)
        return lines
    }

    /// Fails with every line at once, so one run lists all pairs to fix.
    function report(lines) {
        if (lines.length > 0)
            fail(lines.length + " failing:\n" + lines.join("\n"))
    }

    function cleanup() { Theme.night = false }

    function test_every_text_and_control_of_the_day_theme_meets_wcag_aa() {
        Theme.night = false
        report(failures(Theme, fieldPairs, "day"))
    }
    function test_every_text_and_control_of_the_night_theme_meets_wcag_aa() {
        Theme.night = true
        report(failures(Theme, fieldPairs, "night"))
    }
    function test_the_night_theme_emits_red_light_only() {
        Theme.night = true
        const names = new Set()
        for (const [, fg, bg] of fieldPairs) { names.add(fg); names.add(bg) }
        const lines = []
        for (const name of names) {
            const c = Theme[name]
            if (!isColour(c))
                continue   // reported by the contrast tests
            // Nearly pure red: a trace of green lifts red text over 4.5:1, but no more.
            if (c.g > 0.33 * c.r || c.b > 0.2 * c.r)
                lines.push(`${name} ${c} is not a shade of red`)
        }
        report(lines)
    }
    function test_every_text_and_control_of_the_advisor_theme_meets_wcag_aa() {
        // A singleton file cannot be instantiated as such: read its text (the test environment
        // sets QML_XHR_ALLOW_FILE_READ) and build it as a plain object.
        const url = Qt.resolvedUrl("../../qml/Vigil/Advisor/Theme.qml")
        const request = new XMLHttpRequest()
        request.open("GET", url)
        request.send()
        tryVerify(() => request.readyState === XMLHttpRequest.DONE, 5000, "reading " + url)
        verify(request.responseText.indexOf("QtObject") > 0, "read " + url)
        const theme = Qt.createQmlObject(request.responseText.replace("pragma Singleton", ""), root, url)
        verify(theme !== null)
        const lines = failures(theme, advisorPairs, "advisor")
        theme.destroy()
        report(lines)
    }
}
