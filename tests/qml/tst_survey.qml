// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtTest
import Vigil.Field.Core
import VigilTest

// "Tell us how it went" (issue 16 §4) through the real screens: offered in the conversation
// only once the advisor's closing message arrived, every question optional, the answers sealed
// in the follow-up's header for the registry (never in its text), and "skip" remembered.
FieldTestCase {
    name: "Survey"

    function fileSocialReport(narrative) {
        tap("doorSocial")
        waitForPage("reportKindPage")
        tap("category_bullying")
        waitForPage("reportWhatPage")
        type("narrative", narrative)
        tap("toReviewButton")
        waitForPage("reportReviewPage")
        tap("unit_42-battalion")
        tryVerify(() => App.draft.recipients.count > 0)
        tap("sealButton")
        waitForPage("sealedPage")
        tap("sealedDoneButton")
        waitForPage("homePage")
        Probe.deliverAll()
    }
    function openConversation() {
        App.conversation.open(App.outbox.data(App.outbox.index(0, 0), 257))
        shell.stack.push(Qt.resolvedUrl("qrc:/qt/qml/Vigil/Field/ConversationPage.qml"))
        waitForPage("conversationPage")
    }

    function test_1_offeredOnlyOnceTheAdvisorClosedTheCase() {
        enrolAndSetPin()
        fileSocialReport("My team leader shouts at me in front of the platoon.")
        Probe.addReply("Thank you. I will call you this week.")
        openConversation()
        verify(!findChild(page, "surveyCard").visible, "an ordinary answer closes nothing")
        Probe.addReply("We are closing your report: the team leader has been spoken to.", true)
        verify(control("surveyCard").visible)
    }

    function test_2_answersTravelInTheSealedHeaderAndEveryQuestionIsOptional() {
        tap("surveyCard")
        waitForPage("surveyPage")
        verify(control("surveyPrivacy").text.indexOf("four other") >= 0, "says answers are only counted in groups")
        verify(!control("sendSurveyButton").enabled, "nothing to send before an answer")
        tap("heard_4")
        tap("again_unsure")
        tap("again_yes")         // changed their mind
        tap("fear_2")
        tap("fear_2")            // and took it back: the fear question is skipped
        const before = Probe.outboxCount()
        tap("sendSurveyButton")
        waitForPage("conversationPage")
        tryCompare(App.conversation, "surveyOffered", false)
        compare(Probe.outboxCount(), before + 1)
        const header = Probe.lastHeader()
        verify(!header.error, header.error)
        compare(header.survey, {heard: 4, again: "yes"})
        verify(header.thread !== undefined, "a follow-up of the report")
        verify(!findChild(page, "surveyCard").visible)
    }

    function test_3_skippingIsRememberedForThatReport() {
        shell.stack.pop(null)
        waitForPage("homePage")
        fileSocialReport("Someone keeps hiding my kit before inspections.")
        Probe.addReply("We are closing your report: kit lockers are checked now.", true)
        openConversation()
        tap("surveyCard")
        waitForPage("surveyPage")
        const before = Probe.outboxCount()
        tap("skipSurveyButton")
        waitForPage("conversationPage")
        verify(!findChild(page, "surveyCard").visible)
        compare(Probe.outboxCount(), before, "skipping sends nothing")
        App.conversation.refresh()
        verify(!App.conversation.surveyOffered, "still skipped when read again from the vault")
    }
}
