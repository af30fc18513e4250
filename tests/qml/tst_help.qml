// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtTest
import Vigil.Field.Core
import VigilTest

// "Get help now" (issue 16 §1): from the home screen, on the social-safety path before and
// after sealing, and at once when the reporter says they are in danger — from the phone's own
// signed copy, emergency number first, with the built-in 112 before any copy arrived.
FieldTestCase {
    name: "Help"

    function row(i, role) {
        return App.support.data(App.support.index(i, 0), role)
    }
    // SupportModel's roles (mobile/supportmodel.h), from Qt::UserRole + 1.
    readonly property int idRole: 257
    readonly property int nameRole: 259
    readonly property int ownUnitRole: 267

    function test_1_builtIn112BeforeAnyContactsArrived() {
        enrolAndSetPin()
        tap("helpCard")
        waitForPage("helpPage")
        compare(App.support.received, false)
        compare(App.support.count, 1)
        compare(App.support.emergencyNumber, "112")
        verify(control("call_builtin-112").text.indexOf("112") >= 0)
        verify(control("helpSource").text.length > 0)
        verify(!findChild(page, "helpDangerBanner").visible, "no danger banner when opened from home")
        tap("helpBackButton")
        waitForPage("homePage")
    }

    function test_2_signedContactsOrderedForTheReportersUnit() {
        compare(Probe.addSupportContacts(2, false), "")
        App.homeUnit = "42-battalion"
        compare(App.support.received, true)
        compare(App.support.count, 5)
        const ids = []
        for (let i = 0; i < App.support.count; ++i)
            ids.push(row(i, idRole))
        compare(ids, ["emergency", "doctor-42", "ca-13", "ca-org", "whistle"])
        compare(row(4, ownUnitRole), true, "organisation-wide contacts are everyone's")
        App.homeUnit = "13-brigade"
        compare(row(4, idRole), "doctor-42")
        compare(row(4, ownUnitRole), false, "another battalion's doctor comes last, marked as elsewhere")
        App.homeUnit = "42-battalion"
        App.language = "en"
        compare(row(0, nameRole), "Emergency number")
        App.language = "nl"
        compare(row(0, nameRole), "Alarmnummer")
        App.language = "en"
    }

    function test_3_forgedOrOlderContactsAreRefusedAndTheHeldOnesStay() {
        verify(Probe.addSupportContacts(3, true).indexOf("signature does not verify") >= 0)
        verify(Probe.addSupportContacts(1, false).indexOf("older than the 2 already held") >= 0)
        compare(App.support.count, 5)
        compare(row(1, idRole), "doctor-42")
    }

    function test_4_dangerNowOpensHelpAtOnceWithTheEmergencyNumberFirst() {
        tap("doorSocial")
        waitForPage("reportKindPage")
        tap("category_bullying")
        waitForPage("reportWhatPage")
        verify(control("whatHelpButton").visible, "help on the social-safety path before sealing")
        type("narrative", "They threaten me after every shift.")
        tap("dangerToggle")
        waitForPage("helpPage")
        verify(App.draft.immediateDanger)
        verify(control("helpDangerBanner").text.length > 0)
        verify(control("call_emergency").text.indexOf("112") >= 0)
        const first = control("support_emergency")
        const second = control("support_doctor-42")
        verify(first.y < second.y, "the emergency number is on top")
        tap("copy_emergency")
        compare(control("copy_emergency").text, "Copied")
        tap("helpBackButton")
        waitForPage("reportWhatPage")
        verify(App.draft.immediateDanger, "going back keeps the toggle on")
        compare(control("call112Button").text, "Call 112")
    }

    function test_5_helpAfterSealingOnTheSocialPath() {
        tap("toReviewButton")
        waitForPage("reportReviewPage")
        tap("unit_42-battalion")
        tryVerify(() => App.draft.recipients.count > 0)
        tap("sealButton")
        waitForPage("sealedPage")
        tap("sealedHelpCard")
        waitForPage("helpPage")
        compare(App.support.count, 5)
        tap("helpBackButton")
        waitForPage("sealedPage")
        tap("sealedDoneButton")
        waitForPage("homePage")
    }

    function test_6_helpFromTheLockScreenWithoutThePin() {
        App.lock()
        waitForPage("unlockPage")
        tap("unlockHelpButton")
        waitForPage("helpPage")
        compare(App.stage, App.Locked, "still locked while help is shown")
        compare(App.support.count, 5, "the organisation's contacts, not only 112")
        verify(control("call_emergency").text.indexOf("112") >= 0)
        tap("helpBackButton")
        waitForPage("unlockPage")
    }
}
