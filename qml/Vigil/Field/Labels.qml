// SPDX-License-Identifier: EUPL-1.2
pragma Singleton
import QtQuick
import Vigil.Field.Core

// Words for the wire names the C++ side uses (kinds, categories, states, …). Each function
// reads App.language so that bindings using it are re-evaluated when the language changes.
QtObject {
    id: root

    function kindTitle(kind) {
        void App.language
        switch (kind) {
        case "near_miss": return qsTr("Near-miss")
        case "incident": return qsTr("Incident")
        case "accident": return qsTr("Accident")
        case "hazard_observation": return qsTr("Hazard")
        case "social_safety": return qsTr("Social safety")
        case "integrity_concern": return qsTr("Integrity")
        }
        return kind
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
        switch (category) {
        case "hazardous_substances": return qsTr("Hazardous substances")
        case "hazardous_substance_transport": return qsTr("Transport of hazardous substances")
        case "diving": return qsTr("Diving")
        case "laser_optical_radiation": return qsTr("Laser and optical radiation")
        case "live_fire": return qsTr("Live fire and ammunition")
        case "vehicles_convoys": return qsTr("Vehicles and convoys")
        case "heat_stress": return qsTr("Heat stress")
        case "cold_stress": return qsTr("Cold stress")
        case "working_at_height": return qsTr("Working at height")
        case "environment": return qsTr("Environment")
        case "other_physical": return qsTr("Something else")
        case "bullying": return qsTr("Bullying or exclusion")
        case "intimidation": return qsTr("Intimidation or aggression")
        case "discrimination": return qsTr("Discrimination")
        case "sexual_harassment": return qsTr("Sexual harassment or transgressive behaviour")
        case "psychosocial_workload": return qsTr("Psychosocial workload")
        case "retaliation": return qsTr("Retaliation for reporting")
        case "other_social": return qsTr("Something else")
        case "fraud": return qsTr("Fraud")
        case "misuse": return qsTr("Misuse of resources")
        case "abuse_of_power": return qsTr("Abuse of power")
        case "other_integrity": return qsTr("Something else")
        }
        return category
    }

    function modeTitle(mode) {
        void App.language
        switch (mode) {
        case "anonymous": return qsTr("Anonymous")
        case "confidential": return qsTr("Confidential")
        case "open": return qsTr("Open")
        }
        return mode
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
        switch (level) {
        case "high": return qsTr("High")
        case "serious": return qsTr("Serious")
        case "medium": return qsTr("Medium")
        case "low": return qsTr("Low")
        }
        return ""
    }

    function locationTitle(type) {
        void App.language
        switch (type) {
        case "barracks": return qsTr("Barracks")
        case "range": return qsTr("Range")
        case "vessel": return qsTr("Vessel")
        case "airfield": return qsTr("Airfield")
        case "road": return qsTr("Road")
        case "deployed": return qsTr("Deployed")
        case "other": return qsTr("Elsewhere")
        }
        return type
    }

    function impactTitle(impact) {
        void App.language
        switch (impact) {
        case "limited": return qsTr("Limited")
        case "substantial": return qsTr("Substantial")
        case "severe": return qsTr("Severe")
        }
        return qsTr("Not said")
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
