// SPDX-License-Identifier: EUPL-1.2
pragma Singleton
import QtQuick
import Vigil.Field.Core

// Words for the wire names the C++ side uses (kinds, categories, states, …). Each function
// reads App.language so that bindings using it are re-evaluated when the language changes.
QtObject {
    id: root

    // Wire names the console shows too: one table for both apps (App.label, shared/qt/labels.h).
    function kindTitle(kind) {
        void App.language
        return App.label("kind", kind)
    }

    function kindHint(kind) {
        void App.language
        switch (kind) {
        case "near_miss": return qsTr("Nobody was hurt, but it could have gone wrong.")
        case "incident": return qsTr("Something went wrong: damage, a release, a minor injury.")
        case "accident": return qsTr("Someone was injured, or there was serious damage.")
        case "hazard_observation": return qsTr("A dangerous situation, before anything happened.")
        case "social_safety": return qsTr("How people treat each other: bullying, intimidation, discrimination, harassment.")
        case "integrity_concern": return qsTr("Fraud, misuse of resources or abuse of power.")
        }
        return ""
    }

    function categoryLabel(category) {
        void App.language
        return App.label("category", category)
    }

    function modeTitle(mode) {
        void App.language
        return App.label("mode", mode)
    }

    function modeSentence(mode) {
        void App.language
        switch (mode) {
        case "anonymous": return qsTr("No name and no phone identity travel with the report; replies reach you only through this app. What you write can still give you away: leave out details that only you would know.")
        case "confidential": return qsTr("Only the people who read your report learn who you are, and they keep it to themselves.")
        case "open": return qsTr("Your name travels with the report and may be used when it is followed up.")
        }
        return ""
    }

    function severityTitle(severity) {
        void App.language
        switch (severity) {
        case "I": return qsTr("I · Catastrophic")
        case "II": return qsTr("II · Critical")
        case "III": return qsTr("III · Marginal")
        case "IV": return qsTr("IV · Negligible")
        }
        return qsTr("not set")
    }

    function likelihoodTitle(likelihood) {
        void App.language
        switch (likelihood) {
        case "A": return qsTr("A · Frequent")
        case "B": return qsTr("B · Probable")
        case "C": return qsTr("C · Occasional")
        case "D": return qsTr("D · Remote")
        case "E": return qsTr("E · Improbable")
        }
        return qsTr("not set")
    }

    function riskLevelTitle(level) {
        void App.language
        return level ? App.label("risk", level) : ""
    }

    function locationTitle(type) {
        void App.language
        return App.label("location", type)
    }

    function impactTitle(impact) {
        void App.language
        return impact ? App.label("risk", impact) : qsTr("Not said")
    }

    function whenTitle(choice) {
        void App.language
        switch (choice) {
        case "now": return qsTr("Just now")
        case "today": return qsTr("Today")
        case "month": return qsTr("This month")
        case "date": return qsTr("Another day")
        }
        return choice
    }

    function stateLabel(state) {
        void App.language
        switch (state) {
        case "sealed": return qsTr("Sealed, not sent yet")
        case "waiting": return qsTr("Waiting for network")
        case "sending": return qsTr("Sending…")
        case "delivered": return qsTr("Delivered")
        case "registered": return qsTr("Received by the registry")
        case "quarantined": return qsTr("Refused — not sent")
        case "awaiting-token": return qsTr("Waiting for a filing token")
        }
        return state
    }

    function stateHint(state) {
        void App.language
        switch (state) {
        case "sealed": return qsTr("Locked on this phone. It will be sent by itself.")
        case "waiting": return qsTr("No connection to Vigil yet. It will be sent by itself; you do not need to do anything.")
        case "sending": return qsTr("Being sent now.")
        case "delivered": return qsTr("A relay signed for it. Keep the receipt code as proof of filing.")
        case "registered": return qsTr("The registry signed for it.")
        case "quarantined": return qsTr("A relay refused it. It will not be sent again.")
        case "awaiting-token": return qsTr("Sealed and kept. This phone has no filing token left; it gets new ones at its next connection to Vigil while unlocked, and then sends this by itself.")
        }
        return ""
    }

    /// A date and time nobody can misread (no "12/5/26"): "5 Dec 2026, 14:03" / "5 dec 2026, 14:03".
    function dateTime(value) {
        void App.language
        if (!value || isNaN(value.getTime())) return ""
        return value.toLocaleString(Qt.locale(App.language === "nl" ? "nl_NL" : "en_GB"), "d MMM yyyy, HH:mm")
    }
    function date(value) {
        void App.language
        if (!value || isNaN(value.getTime())) return ""
        return value.toLocaleString(Qt.locale(App.language === "nl" ? "nl_NL" : "en_GB"), "d MMMM yyyy")
    }

    function sizeText(bytes) {
        void App.language
        if (bytes >= 1048576) return qsTr("%1 MB").arg((bytes / 1048576).toFixed(1))
        return qsTr("%1 kB").arg(Math.max(1, Math.round(bytes / 1024)))
    }
}
