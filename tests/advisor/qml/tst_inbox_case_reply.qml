// SPDX-License-Identifier: EUPL-1.2
// The advisor's main path through the real pages: the inbox lists the case, the keyboard
// opens it, the report decrypts, a reply typed in the conversation reaches the reporter.
import QtQuick
import QtTest
import Vigil.Advisor
import Vigil.Advisor.Core

TestCase {
    id: test

    name: "InboxCaseReply"
    when: windowShown
    // TestCase is an invisible Item by default: pages created under it would be invisible too,
    // show no text and take no clicks.
    visible: true
    width: 1400
    height: 900

    Component {
        id: deskComponent
        DeskPage {
            width: 1400
            height: 900
        }
    }

    function test_inbox_to_case_to_reply() {
        const desk = createTemporaryObject(deskComponent, test)
        verify(desk)
        verify(desk.visible, "the page is on screen")
        const list = findChild(desk, "inboxList")
        verify(list)
        tryCompare(list, "count", 1, 15000)

        // Keyboard: focus the list, Enter opens the current case.
        list.forceActiveFocus()
        keyClick(Qt.Key_Return)
        tryCompare(Console.caseView, "isOpen", true, 5000)
        tryCompare(Console.caseView, "decrypted", true, 15000)
        const headline = findChild(desk, "reportHeadline")
        verify(headline)
        compare(headline.text, harness.expectedHeadline)

        // Acknowledge through the only offered step.
        const acknowledge = findChild(desk, "step_acknowledged")
        verify(acknowledge)
        mouseClick(acknowledge)
        tryCompare(Console.sync, "pendingCount", 0, 15000)
        tryVerify(() => Console.caseView.summary.state === "acknowledged", 15000)

        // Reply from the conversation tab.
        const pane = findChild(desk, "casePane")
        pane.currentTab = 1
        const conversation = findChild(desk, "conversation")
        const composer = findChild(conversation, "composer")
        verify(composer)
        composer.forceActiveFocus()
        composer.text = "Thank you. I will contact you through the app tomorrow."
        const send = findChild(conversation, "send")
        verify(send.enabled)
        mouseClick(send)
        compare(composer.text, "")
        tryCompare(Console.sync, "pendingCount", 0, 15000)
        tryVerify(() => harness.mailboxTexts().indexOf("Thank you. I will contact you through the app tomorrow.") >= 0,
                  15000)
        tryCompare(Console.caseView.conversation, "count", 1, 15000)
    }

    function test_slash_focuses_search() {
        const desk = createTemporaryObject(deskComponent, test)
        const list = findChild(desk, "inboxList")
        list.forceActiveFocus()
        keyClick("/")
        const search = findChild(desk, "inboxSearch")
        verify(search.activeFocus)
        keyClick(Qt.Key_Escape)
        verify(list.activeFocus)
    }

    function test_dashboard_loads_on_first_visit() {
        Console.dashboard.clear()
        const desk = createTemporaryObject(deskComponent, test)
        verify(!Console.dashboard.loaded)
        desk.currentTab = 5
        tryCompare(Console.dashboard, "loaded", true, 15000)
        compare(Console.dashboard.lastError, "")
    }
}
