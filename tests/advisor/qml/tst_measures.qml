// SPDX-License-Identifier: EUPL-1.2
// The measures register through the real pages: a measure proposed from the open case (the
// case filled in, a warning while the title names a person), queued and synced; in the
// Measures tab its proposer is offered withdrawing only (approving shown disabled, as another
// member's), and cancelling asks first.
import QtQuick
import QtTest
import Vigil.Advisor
import Vigil.Advisor.Core

TestCase {
    id: test

    name: "Measures"
    when: windowShown
    visible: true // pages under an invisible TestCase would be invisible too
    width: 1400
    height: 900

    Component {
        id: deskComponent
        DeskPage {
            width: 1400
            height: 900
        }
    }

    function test_propose_from_a_case_then_only_offered_steps() {
        const desk = createTemporaryObject(deskComponent, test)
        verify(desk)
        tryVerify(() => Console.inbox.count > 0, 15000)
        const caseId = Console.inbox.caseIdAt(0)
        Console.caseView.openCase(caseId)
        tryCompare(Console.caseView, "isOpen", true, 5000)

        const fromCase = findChild(desk, "proposeFromCase")
        verify(fromCase)
        tryVerify(() => fromCase.visible, 5000)
        mouseClick(fromCase)
        const dialog = findChild(desk, "measureDialog")
        verify(dialog)
        tryCompare(dialog, "opened", true, 5000)
        compare(dialog.casesText, String(caseId))

        const title = findChild(dialog.contentItem, "measureTitle")
        const confirm = findChild(dialog.contentItem, "confirmPropose")
        const warning = findChild(dialog.contentItem, "identifyingWarning")
        verify(title && confirm && warning)
        verify(!confirm.enabled, "a title, a function and a due date are needed")
        title.text = "Ask Sgt. Pieters to brief new drivers"
        tryVerify(() => warning.visible, 2000)
        title.text = "Briefing for new drivers before their first convoy"
        tryVerify(() => !warning.visible, 2000)
        findChild(dialog.contentItem, "measureRole").text = "S4"
        findChild(dialog.contentItem, "measureDue").text = "2031-01-31"
        // The directory's units are offered (the organisation and the brigade).
        const unit = findChild(dialog.contentItem, "measureUnit")
        verify(unit.indexOfValue("13-bde") >= 0)
        unit.currentIndex = unit.indexOfValue("13-bde")
        verify(confirm.enabled)
        mouseClick(confirm)
        tryVerify(() => !dialog.opened, 5000, "not proposed: " + Console.measures.lastError)
        tryCompare(Console.sync, "pendingCount", 0, 15000)
        tryCompare(Console.measures.measures, "count", 1, 15000)
        // The register is fetched again after the proposal: wait, or the buttons are rebuilt under the click.
        tryCompare(Console.measures, "busy", false, 15000)

        // The Measures tab lists it; its proposer may withdraw it but not approve it.
        desk.currentTab = 2
        // A tab shown for the first time is laid out on the next frame: the pane moves right then.
        const pane = findChild(desk, "measurePane")
        tryVerify(() => pane.x > 0, 5000)
        const list = findChild(desk, "measureList")
        verify(list)
        tryCompare(list, "count", 1, 5000)
        mouseClick(list.itemAtIndex(0))
        tryVerify(() => Console.measures.measureId > 0, 5000)
        const page = findChild(desk, "measuresPage")
        tryVerify(() => findChild(page, "measureStep_cancelled") !== null, 5000)
        // Approving is shown, disabled, saying whose it is; clicking it opens nothing.
        // A background sync may refetch the register and rebuild the buttons under a click (the
        // click then lands on its neighbour): wait until nothing is in flight, find it again.
        tryCompare(Console.measures, "busy", false, 15000)
        tryCompare(Console.sync, "pendingCount", 0, 15000)
        const approve = findChild(page, "measureStep_approved")
        verify(approve)
        verify(!approve.enabled)
        verify(findChild(page, "measureStep_cancelled").enabled)
        verify(approve.Accessible.description.indexOf("another member") >= 0, approve.Accessible.description)
        mouseClick(approve)
        const opened = findChild(page, "measureStepDialog")
        // Whatever else happened, the disabled step never started a dialog of its own.
        verify(!opened.opened || opened.step.to !== "approved", "the disabled approve opened its dialog")
        if (opened.opened) {
            mouseClick(findChild(opened.contentItem, "stepBack"))
            tryCompare(opened, "opened", false, 5000)
        }
        mouseClick(findChild(page, "measureStep_cancelled"))
        const step = findChild(page, "measureStepDialog")
        tryCompare(step, "opened", true, 5000)
        verify(findChild(step.contentItem, "cancelWarning").visible, "cancelling says what it destroys")
        verify(!findChild(step.contentItem, "stepConfirm").enabled, "a reason is needed")
        mouseClick(findChild(step.contentItem, "stepBack"))
        tryCompare(step, "opened", false, 5000)
        compare(Console.sync.pendingCount, 0)
        compare(Console.measures.measure.state, "proposed")
    }
}
