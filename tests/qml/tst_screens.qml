// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtTest
import Vigil.Controls
import Vigil.Field
import Vigil.Field.Core
import VigilTest

// Every screen in both languages and both themes, at phone size. Checks that each loads;
// with VIGIL_SCREENSHOT_DIR set it also writes docs/screenshots/field-<screen>-<lang>-<theme>.png.
TestCase {
    id: root

    name: "Screens"
    when: windowShown
    visible: true
    width: 420
    height: 860

    // Any QML warning from our own files fails the test.
    function init() { failOnWarning(/qrc:/) }

    AppShell {
        id: shell
        anchors.fill: parent
    }

    property string lang
    property string theme

    function page(file) {
        return "qrc:/qt/qml/Vigil/Field/" + file
    }
    function waitForPage(name) {
        tryVerify(() => shell.stack.currentItem && shell.stack.currentItem.objectName === name && !shell.stack.busy,
                  5000, "page " + name)
        wait(50)
    }
    function shot(screen) {
        const dir = Probe.screenshotDir()
        // The window's content: the page and, above it, any open dialog.
        const image = grabImage(shell.Window.window ? shell.Window.window.contentItem : shell)
        verify(image.width === 420, "rendered " + screen)
        if (dir.length > 0)
            image.save(dir + "/field-" + screen + "-" + root.lang + "-" + root.theme + ".png")
    }
    /// A dialog of the current page, open, rendered, closed again.
    function dialogShot(name, screen) {
        const dialog = findChild(shell.stack.currentItem, name)
        verify(dialog !== null, name)
        dialog.open()
        tryVerify(() => dialog.opened, 5000, name + " opens")
        shot(screen)
        dialog.close()
        tryVerify(() => !dialog.visible, 5000, name + " closes")
    }
    function open(file, name) {
        shell.stack.push(page(file))
        waitForPage(name)
    }

    function walk(lang, night) {
        root.lang = lang
        root.theme = night ? "night" : "day"
        Probe.reset(lang, night)
        waitForPage("welcomePage")
        shot("welcome")
        open("EnrolPage.qml", "enrolPage")
        shot("enrol")
        // Scanning: the camera's view, or (as on this test machine) the plain word that there
        // is no camera, with the picture and the paste field still there.
        findChild(shell.stack.currentItem, "scanButton").clicked()
        const scanCard = findChild(shell.stack.currentItem, "scanCard")
        tryVerify(() => scanCard.status === Loader.Ready, 5000, "scan card loads")
        verify(findChild(scanCard.item, "noCameraBanner").visible || findChild(scanCard.item, "viewfinder").visible,
               "the card shows the camera or says there is none")
        wait(100)
        shot("enrol-scan")
        findChild(scanCard.item, "stopScanButton").clicked()
        tryVerify(() => !scanCard.active, 5000, "scanning stops")
        verify(App.enrolFromText(Probe.provisioningCode()))
        waitForPage("pinSetupPage")
        shot("pin")
        App.createPin("274913", "274913")
        waitForPage("homePage")
        shot("home")
        open("HelpPage.qml", "helpPage")
        shot("help-builtin")
        shell.stack.pop(null)
        waitForPage("homePage")

        App.draft.start("safety")
        open("ReportKindPage.qml", "reportKindPage")
        shot("report-kind")
        App.draft.category = "hazardous_substance_transport"
        App.draft.narrative = lang === "nl" ? "Bij de stop roken we brandstof. Een jerrycan lekte; er ontbraken spanbanden."
                                            : "At the stop we smelled fuel. A jerrycan was leaking; straps were missing."
        open("ReportWhatPage.qml", "reportWhatPage")
        shot("report-what")
        App.draft.setRisk("actual", "IV", "D")
        App.draft.setRisk("worst", "II", "D")
        open("ReportDetailsPage.qml", "reportDetailsPage")
        shot("report-details")
        App.draft.unit = "13-brigade"
        open("ReportReviewPage.qml", "reportReviewPage")
        tryCompare(App.draft.recipients, "count", 3)
        shot("report-review")
        dialogShot("discardDialog", "discard-dialog")
        App.draft.sealAndQueue()
        waitForPage("sealedPage")
        shot("sealed")
        shell.stack.pop(null)
        waitForPage("homePage")

        Probe.deliverAll()
        Probe.addReply(lang === "nl" ? "Dank voor je melding. De spanbanden worden vandaag vervangen. Wil je er meer over kwijt?"
                                     : "Thank you for reporting. The straps are being replaced today. Anything you want to add?")
        Probe.addBulletins()
        shot("home-after")
        open("OutboxPage.qml", "outboxPage")
        shot("outbox")
        App.conversation.open(App.outbox.data(App.outbox.index(0, 0), 257))
        open("ConversationPage.qml", "conversationPage")
        shot("conversation")
        open("ConsequencesPage.qml", "consequencesPage")
        shot("consequences")
        findChild(shell.stack.currentItem, "consequencesText").text =
            lang === "nl" ? "Sinds mijn melding word ik niet meer ingedeeld voor oefeningen."
                          : "Since my report I am no longer put on exercises."
        findChild(shell.stack.currentItem, "sendConsequencesButton").clicked()
        waitForPage("conversationPage")
        tryCompare(App.conversation, "count", 2)
        shot("conversation-consequences")
        // The advisor's reply names the next aftercare check-in (issue 16 §2).
        Probe.addReply(lang === "nl" ? "Hoe gaat het nu? Ik kom over twee weken weer bij je terug."
                                     : "How are things now? I will check in with you again in two weeks.",
                       false, 14)
        tryCompare(findChild(shell.stack.currentItem, "nextCheckIn"), "visible", true)
        verify(findChild(shell.stack.currentItem, "moreContactButton").visible)
        verify(findChild(shell.stack.currentItem, "declineContactButton").visible)
        shot("conversation-checkin")
        dialogShot("declineDialog", "decline-contact")
        // The advisor closes the case with a message: the survey is offered (issue 16 §4).
        Probe.addReply(lang === "nl" ? "We sluiten je melding af: je wordt weer ingedeeld. Laat het weten als er iets verandert."
                                     : "We are closing your report: you are back on the exercise roster. Tell us if anything changes.",
                       true)
        tryCompare(findChild(shell.stack.currentItem, "surveyCard"), "visible", true)
        shot("conversation-closed")
        open("SurveyPage.qml", "surveyPage")
        findChild(shell.stack.currentItem, "heard_4").clicked()
        findChild(shell.stack.currentItem, "again_yes").clicked()
        shot("survey")
        shell.stack.pop()
        waitForPage("conversationPage")
        open("RecoveryExportPage.qml", "recoveryExportPage")
        shot("recovery")
        findChild(shell.stack.currentItem, "recoveryPassphrase").text = "blue tractor at dawn"
        findChild(shell.stack.currentItem, "recoveryPassphraseRepeat").text = "blue tractor at dawn"
        findChild(shell.stack.currentItem, "makeRecoveryButton").clicked()
        tryVerify(() => App.recovery.code.startsWith("vigil-recovery-1:"), 10000, "recovery code made")
        wait(50)
        shot("recovery-code")
        const recoveryCode = App.recovery.code
        shell.stack.currentItem.backRequested()
        waitForPage("conversationPage")
        compare(App.recovery.code, "", "the code is forgotten when its page closes")
        shell.stack.pop(null)
        waitForPage("homePage")
        open("RecoveryRestorePage.qml", "recoveryRestorePage")
        shot("recovery-restore")
        findChild(shell.stack.currentItem, "restoreCode").text = recoveryCode
        findChild(shell.stack.currentItem, "restorePassphrase").text = "blue tractor at dawn"
        findChild(shell.stack.currentItem, "restoreButton").clicked()
        tryVerify(() => !App.recovery.busy && App.recovery.error.length > 0, 10000, "restore answered")
        verify(App.recovery.restoredReportId === "", "nothing restored twice")
        wait(50)
        shot("recovery-restore-refused")
        shell.stack.currentItem.backRequested()
        waitForPage("homePage")
        shell.stack.pop(null)
        open("BulletinsPage.qml", "bulletinsPage")
        shot("bulletins")
        shell.stack.pop(null)
        waitForPage("homePage")
        compare(Probe.addSupportContacts(2, false), "")
        App.homeUnit = "42-battalion"
        open("HelpPage.qml", "helpPage")
        shot("help")
        shell.stack.pop(null)
        shell.stack.push(page("HelpPage.qml"), {danger: true})
        waitForPage("helpPage")
        shot("help-danger")
        shell.stack.pop(null)
        waitForPage("homePage")

        App.draft.start("social")
        App.draft.category = "bullying"
        open("ReportWhatPage.qml", "reportWhatPage")
        shot("social-what")
        shell.stack.pop(null)
        waitForPage("homePage")
        dialogShot("draftChoiceDialog", "draft-choice")
        App.draft.discard()
        wait(50)
        shot("home-undo")
        App.draft.undoDiscard()
        App.draft.abandon()
        App.draft.start("advisor")
        open("ReportWhatPage.qml", "reportWhatPage")
        shot("advisor")
        App.draft.abandon()
        shell.stack.pop(null)
        waitForPage("homePage")

        // The organisation issues filing tokens and this phone has none left: the report is
        // sealed and kept, waiting for one, and the sealed page and the outbox say so.
        compare(Probe.addIssuerKeys(), "")
        App.draft.start("safety")
        App.draft.category = "hazardous_substance_transport"
        App.draft.narrative = lang === "nl" ? "Lekkende jerrycan bij de stop." : "Leaking jerrycan at the stop."
        App.draft.setRisk("actual", "IV", "D")
        App.draft.unit = "13-brigade"
        open("ReportReviewPage.qml", "reportReviewPage")
        App.draft.sealAndQueue()
        waitForPage("sealedPage")
        verify(App.draft.lastSealedAwaitingToken)
        shot("sealed-awaiting-token")
        shell.stack.pop(null)
        waitForPage("homePage")
        open("OutboxPage.qml", "outboxPage")
        shot("outbox-awaiting-token")
        shell.stack.pop(null)
        waitForPage("homePage")

        open("SettingsPage.qml", "settingsPage")
        shot("settings")
        App.lock()
        waitForPage("unlockPage")
        shot("unlock")
    }

    function test_en_day() { walk("en", false) }
    function test_nl_day() { walk("nl", false) }
    function test_en_night() { walk("en", true) }
    function test_nl_night() { walk("nl", true) }
}
