// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtTest
import Vigil.Controls
import Vigil.Field
import Vigil.Field.Core
import VigilTest

// Journeys a reporter makes through the real screens, as a person taps them: every dialog
// opened and cancelled, a draft that is never lost (another door, discarding, the auto-lock),
// and a reply that cannot be missed. Any QML warning fails the test.
FieldTestCase {
    name: "Journeys"

    /// The dialog `name` declared on the current page, once it is open.
    function openDialog(name) {
        let dialog = null
        tryVerify(() => { dialog = findChild(shell.stack.currentItem, name); return dialog !== null && dialog.visible },
                  5000, "dialog " + name + " opens")
        wait(50)
        return dialog
    }
    function tapIn(dialog, name) {
        let item = null
        tryVerify(() => { item = findChild(dialog.contentItem, name); return item !== null && item.visible }, 5000, name)
        waitForRendering(shell, 100)
        mouseClick(item)
        tryVerify(() => !dialog.visible, 5000, dialog.objectName + " closes")
    }
    /// The visible button labelled `label` anywhere in the window (Qt's own dialogs).
    function buttonLabelled(item, label) {
        if (!item || !item.visible)
            return null
        if (item.text === label && item.clicked !== undefined)
            return item
        const kids = item.children
        for (let i = 0; i < kids.length; ++i) {
            const found = buttonLabelled(kids[i], label)
            if (found)
                return found
        }
        return null
    }
    /// Opens a file dialog by its button and closes it with its Cancel button, as a person would.
    function openAndCancelFileDialog(button, name) {
        tap(button)
        const dialog = openDialog(name)
        let cancel = null
        tryVerify(() => (cancel = buttonLabelled(shell.Window.window.contentItem, "Cancel")) !== null, 5000,
                  name + " shows a Cancel button")
        waitForRendering(shell, 100)
        mouseClick(cancel)
        tryVerify(() => !dialog.visible, 5000, name + " closes on Cancel")
        wait(50)
    }
    function backTo(name) {
        tap("backButton")
        waitForPage(name)
    }

    function test_1_enrolmentFileDialogOpensAndCancels() {
        waitForPage("welcomePage")
        tap("startButton")
        waitForPage("enrolPage")
        openAndCancelFileDialog("enrolFileButton", "enrolFileDialog")
        openAndCancelFileDialog("enrolImageButton", "enrolImageDialog")
        compare(App.stage, App.Enrol, "cancelling enrols nobody")
        // Scanning starts and stops by taps; the card shows the camera or says there is none.
        tap("scanButton")
        tap("stopScanButton")
        control("scanButton")
        compare(App.stage, App.Enrol, "scanning without a code enrols nobody")
        backTo("welcomePage")
        enrolAndSetPin()
    }

    function test_2_aDoorWhileADraftIsOpenAsksAndKeepsIt() {
        waitForPage("homePage")
        tap("doorSafety")
        waitForPage("reportKindPage")
        tap("category_diving")
        waitForPage("reportWhatPage")
        type("narrative", "Buddy line tangled at twelve metres.")
        backTo("reportKindPage")
        backTo("homePage")
        verify(control("continueDraft").visible)

        tap("doorSocial")
        const choice = openDialog("draftChoiceDialog")
        tapIn(choice, "draftKeepButton")
        waitForPage("reportKindPage")
        compare(App.draft.narrative, "", "a new, empty draft")
        backTo("homePage")
        compare(App.draft.active, false, "a door opened and closed leaves no draft")
        compare(App.draft.parked.length, 1)

        // The kept draft opens where it can be finished, and Back walks every step.
        tap("parkedDraft_" + App.draft.parked[0].id)
        waitForPage("reportReviewPage")
        compare(App.draft.narrative, "Buddy line tangled at twelve metres.")
        verify(control("reportSummary").visible)
        backTo("reportWhatPage")
        compare(control("narrativeInput").text, "Buddy line tangled at twelve metres.")
        backTo("reportKindPage")
        backTo("homePage")

        // Cancel keeps everything as it was.
        tap("doorSafety")
        tapIn(openDialog("draftChoiceDialog"), "draftCancelButton")
        compare(shell.stack.currentItem.objectName, "homePage")
        compare(App.draft.narrative, "Buddy line tangled at twelve metres.")
    }

    function test_3_discardingAsksFirstAndCanBeUndone() {
        tap("continueDraft")
        waitForPage("reportReviewPage")
        tap("abandonButton")
        tapIn(openDialog("discardDialog"), "discardDialogCancel")
        compare(shell.stack.currentItem.objectName, "reportReviewPage")
        verify(App.draft.active)

        tap("abandonButton")
        tapIn(openDialog("discardDialog"), "discardDialogConfirm")
        waitForPage("homePage")
        verify(!App.draft.active)
        tap("undoDiscardButton")
        verify(App.draft.active)
        compare(App.draft.narrative, "Buddy line tangled at twelve metres.")
        verify(control("continueDraft").visible)
    }

    function test_4_theAutoLockBringsTheReporterBackToTheSamePage() {
        tap("continueDraft")
        waitForPage("reportReviewPage")
        tap("edit_details")
        waitForPage("reportDetailsPage")
        openAndCancelFileDialog("addPhotoButton", "photoFileDialog")
        App.lock()   // what the inactivity timer does
        waitForPage("unlockPage")
        enterPin("274913")
        waitForPage("reportDetailsPage")
        compare(App.draft.narrative, "Buddy line tangled at twelve metres.")
        backTo("reportReviewPage")
    }

    function test_5_aReplyShowsOnHomeUntilItIsRead() {
        tap("unit_13-brigade")
        tryCompare(App.draft.recipients, "count", 2)
        tap("sealButton")
        waitForPage("sealedPage")
        verify(control("sealedReceiptCode").text.length > 0, "the receipt code is shown at once")
        tap("sealedDoneButton")
        waitForPage("homePage")
        verify(!findChild(page, "continueDraft").visible, "no draft left once sealed")

        Probe.deliverAll()
        Probe.addReply("Thank you. Was anyone hurt?")
        verify(control("repliesCard").visible)
        compare(App.outbox.unreadReplies, 1)
        verify(findChild(page, "outboxCard").description.indexOf("1 delivered") >= 0)
        tap("repliesCard")
        waitForPage("outboxPage")
        openAndCancelFileDialog("saveReceiptButton", "receiptFileDialog")
        const row = control("outbox_" + App.outbox.data(App.outbox.index(0, 0), 257))
        verify(findChild(row, "repliesLine").text.indexOf("new") >= 0)
        mouseClick(row)
        waitForPage("conversationPage")
        compare(App.outbox.unreadReplies, 0)

        type("answer", "Nobody was hurt.")
        tap("sendAnswerButton")
        tryCompare(App.outbox, "pendingFollowUpCount", 1)
        backTo("outboxPage")
        backTo("homePage")
        verify(!findChild(page, "repliesCard").visible, "read replies leave the home screen")
        compare(findChild(page, "outboxCard").description, "1 delivered · 1 message waiting")
        compare(App.outbox.count, 1, "a follow-up is not a report")
        compare(App.outbox.deliveredCount, 1)
    }

    function test_6_thePanicWipeDialogOpensAndCancels() {
        tap("settingsButton")
        waitForPage("settingsPage")
        tap("panicWipeButton")
        const dialog = openDialog("panicWipeDialog")
        keyClick(Qt.Key_Escape)
        tryVerify(() => !dialog.visible, 5000, "the wipe dialog closes on Escape")
        compare(App.stage, App.Ready, "nothing was wiped")
        compare(App.outbox.count, 1)
        // Escape on a page goes back, and never out of the app.
        keyClick(Qt.Key_Escape)
        waitForPage("homePage")
        keyClick(Qt.Key_Escape)
        waitForPage("homePage")
    }
}
