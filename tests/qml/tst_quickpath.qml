// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtTest
import Vigil.Controls
import Vigil.Field.Core
import VigilTest

// The 30-second path through the real UI: safety door, category, what happened, seal; then
// the envelope is opened with the test keys to check what was sealed and for whom.
FieldTestCase {
    name: "QuickPath"

    function test_1_firstStart() {
        enrolAndSetPin()
        compare(App.organisation, "Defensie")
    }

    function test_2_quickPathSealsANearMiss() {
        waitForPage("homePage")
        tap("doorSafety")
        waitForPage("reportKindPage")
        compare(App.draft.kind, "near_miss", "near-miss is preselected")
        tap("category_vehicles_convoys")
        waitForPage("reportWhatPage")
        type("narrative", "Truck reversed without a guide; a soldier jumped aside.")
        compare(App.draft.whenChoice, "now", "when defaults to now")
        tap("toReviewButton")
        waitForPage("reportReviewPage")
        compare(App.draft.mode, "anonymous", "anonymous by default")
        tap("unit_13-brigade")
        tryCompare(App.draft.recipients, "count", 2)
        tap("sealButton")
        waitForPage("sealedPage")
        compare(Probe.outboxCount(), 1)

        const e = Probe.lastEnvelope()
        verify(!e.error, e.error)
        compare(e.header.kind, "near_miss")
        compare(e.header.category, "vehicles_convoys")
        compare(e.header.mode, "anonymous")
        compare(e.header.unit, "13-brigade")
        compare(e.header.groups, ["so-13"])
        compare(e.readers, ["m1", "m2"])
        compare(e.report.narrative, "Truck reversed without a guide; a soldier jumped aside.")
        compare(e.report.headline, "Truck reversed without a guide; a soldier jumped aside.")
        compare(e.report.when.precision, "exact")
        verify(e.report.identity === undefined, "an anonymous report carries no identity")
        verify(!App.draft.active, "the draft is gone once sealed")
        tap("sealedDoneButton")
        waitForPage("homePage")
    }

    function test_3_exclusionAndRiskReachTheEnvelope() {
        tap("doorSafety")
        waitForPage("reportKindPage")
        tap("kind_hazard_observation")
        tap("category_live_fire")
        waitForPage("reportWhatPage")
        type("narrative", "Range flag missing at the north gate.")
        tap("toDetailsButton")
        waitForPage("reportDetailsPage")
        tap("risk_IID")
        compare(App.draft.worstSeverity, "")
        compare(App.draft.actualSeverity, "II")
        compare(App.draft.actualLikelihood, "D")
        tap("backButton")
        waitForPage("reportWhatPage")
        tap("toReviewButton")
        waitForPage("reportReviewPage")
        tap("unit_13-brigade")
        // Severity II also reaches the inspectorate.
        tryCompare(App.draft.recipients, "count", 3)
        tap("recipient_m2")
        compare(App.draft.recipients.includedCount, 2)
        tap("sealButton")
        waitForPage("sealedPage")
        const e = Probe.lastEnvelope()
        verify(!e.error, e.error)
        compare(e.header.kind, "hazard_observation")
        compare(e.header.severity, "II")
        compare(e.header.groups, ["so-13", "inspectorate"])
        compare(e.readers, ["m1", "m7"], "the excluded safety officer cannot open it")
        compare(e.header.recipients, ["m1", "m7"])
    }

    function test_4_languageNightAndPanicWipe() {
        tap("sealedDoneButton")
        waitForPage("homePage")
        tap("settingsButton")
        waitForPage("settingsPage")
        tap("languageNl")
        compare(App.language, "nl")
        compare(page.title, "Instellingen", "the open page is retranslated at once")
        tap("nightToggle")
        verify(App.nightMode)
        verify(Theme.night)
        tap("panicWipeButton")
        const dialog = findChild(page, "panicWipeDialog")
        tryVerify(() => dialog.opened)
        const confirm = findChild(dialog.contentItem, "confirmWipeButton")
        verify(confirm)
        mouseClick(confirm)
        waitForPage("welcomePage")
        compare(App.stage, App.Enrol)
        compare(Probe.outboxCount(), 0)
        verify(!Theme.night, "a wiped phone starts in the day theme")
    }
}
