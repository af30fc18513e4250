// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtTest
import Vigil.Field.Core
import VigilTest

// The social-safety path: confidential, ongoing, commander only with consent.
FieldTestCase {
    name: "SocialPath"

    function test_1_firstStart() {
        enrolAndSetPin()
    }

    function test_2_confidentialBullyingReport() {
        tap("doorSocial")
        waitForPage("reportKindPage")
        compare(App.draft.kind, "social_safety")
        tap("category_bullying")
        waitForPage("reportWhatPage")
        compare(App.draft.whenChoice, "month", "this month by default for social safety")
        type("narrative", "Two colleagues keep mocking me in the group chat.")
        tap("ongoingToggle")
        verify(App.draft.ongoing)
        tap("toReviewButton")
        waitForPage("reportReviewPage")
        tap("mode_confidential")
        compare(App.draft.mode, "confidential")
        verify(App.draft.missing.length > 0, "confidential needs a way to reach the reporter")
        type("identity", "reach me via this app")
        compare(App.draft.missing, "")
        tap("unit_42-battalion")
        tryCompare(App.draft.recipients, "count", 3)
        tap("sealButton")
        waitForPage("sealedPage")

        const e = Probe.lastEnvelope()
        verify(!e.error, e.error)
        compare(e.header.kind, "social_safety")
        compare(e.header.category, "bullying")
        compare(e.header.mode, "confidential")
        compare(e.header.groups, ["ca-pool"], "the commander is not reached without consent")
        compare(e.readers, ["m3", "m4", "m5"])
        compare(e.report.identity, "reach me via this app")
        compare(e.report.when.ongoing, true)
        compare(e.report.when.precision, "month")
        compare(e.report.support.commander_only_with_consent, true)
        tap("sealedDoneButton")
    }

    function test_3_advisorDoorGoesToConfidentialAdvisorsOnly() {
        waitForPage("homePage")
        tap("doorAdvisor")
        waitForPage("reportWhatPage")
        type("narrative", "I am not sure whether what happens in my team is normal.")
        tap("toReviewButton")
        waitForPage("reportReviewPage")
        tap("unit_none")
        tryCompare(App.draft.recipients, "count", 3)
        tap("sealButton")
        waitForPage("sealedPage")
        const e = Probe.lastEnvelope()
        compare(e.header.groups, ["ca-pool"])
        compare(e.report.route_hint, "confidential_advisor")
        compare(e.report.support.wants_confidential_advisor, true)
    }

    function test_4_abandonLeavesNothing() {
        tap("sealedDoneButton")
        waitForPage("homePage")
        tap("doorSocial")
        waitForPage("reportKindPage")
        tap("category_discrimination")
        waitForPage("reportWhatPage")
        type("narrative", "text that must not survive")
        tap("toReviewButton")
        waitForPage("reportReviewPage")
        const before = Probe.outboxCount()
        tap("abandonButton")
        const dialog = findChild(page, "discardDialog")
        tryVerify(() => dialog.opened, 5000, "discarding asks first")
        wait(50)
        mouseClick(findChild(dialog.contentItem, "discardDialogConfirm"))
        waitForPage("homePage")
        verify(!App.draft.active)
        compare(Probe.outboxCount(), before)
        App.lock()
        waitForPage("unlockPage")
        enterPin("274913")
        waitForPage("homePage")
        verify(!App.draft.active, "no draft comes back after unlocking")
    }
}
