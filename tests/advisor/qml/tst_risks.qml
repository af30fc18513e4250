// SPDX-License-Identifier: EUPL-1.2
// The risk register through the real pages: the Risks tab's "Record risk…" dialog warns while
// the hazard names a person, shows the level of the cell chosen, and records the risk linked to
// the case that shows it (queued and synced); the new risk is listed with its initial level, its pane offers assessing and
// closing but no decision before the residual risk is assessed, and closing asks first. The
// Indicators tab shows the board with its fixed note on targets.
import QtQuick
import QtTest
import Vigil.Advisor
import Vigil.Advisor.Core

TestCase {
    id: test

    name: "Risks"
    when: windowShown
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

    function test_record_a_risk_then_closing_asks_first() {
        const desk = createTemporaryObject(deskComponent, test)
        verify(desk)
        tryVerify(() => Console.risks.units.length > 1, 15000)
        const before = Console.risks.risks.count
        desk.currentTab = 3
        const page = findChild(desk, "risksPage")
        const pane = findChild(page, "riskPane")
        tryVerify(() => pane.mapToItem(desk, 0, 0).x > 0, 5000)
        mouseClick(findChild(page, "recordRisk"))
        const dialog = findChild(page, "riskDialog")
        tryCompare(dialog, "opened", true, 5000)

        const hazard = findChild(dialog.contentItem, "riskHazard")
        const confirm = findChild(dialog.contentItem, "confirmRisk")
        const warning = findChild(dialog.contentItem, "riskIdentifyingWarning")
        verify(hazard && confirm && warning)
        verify(!confirm.enabled, "a hazard and a cell are needed")
        hazard.text = "Sgt. Pieters shouts at recruits"
        tryVerify(() => warning.visible, 2000)
        hazard.text = "Shouting at recruits during drill"
        tryVerify(() => !warning.visible, 2000)
        const domain = findChild(dialog.contentItem, "riskDomain")
        domain.currentIndex = domain.indexOfValue("social")
        const unit = findChild(dialog.contentItem, "riskUnit")
        unit.currentIndex = unit.indexOfValue("13-bde")
        findChild(dialog.contentItem, "riskSeverity").currentIndex = 2      // III
        findChild(dialog.contentItem, "riskProbability").currentIndex = 1   // B
        // m9 holds no role: it records the risk as the advisor of the case that shows it.
        tryVerify(() => Console.inbox.count > 0, 15000)
        findChild(dialog.contentItem, "riskCases").text = String(Console.inbox.caseIdAt(0))
        compare(dialog.preview.level, "serious")
        verify(confirm.enabled)
        mouseClick(confirm)
        tryVerify(() => !dialog.opened, 5000, "not recorded: " + Console.risks.lastError)
        tryCompare(Console.sync, "pendingCount", 0, 15000)
        tryVerify(() => Console.risks.risks.count === before + 1, 15000, "not recorded: " + Console.risks.lastError + " " + Console.sync.lastError)
        tryCompare(Console.risks, "busy", false, 15000)

        const list = findChild(page, "riskList")
        tryVerify(() => list.count >= 1, 5000)
        // The highest level first: a new serious risk is at the top unless a high one is there.
        let row = -1
        for (let i = 0; i < list.count; ++i)
            if (list.itemAtIndex(i) && list.itemAtIndex(i).hazard === "Shouting at recruits during drill")
                row = i
        verify(row >= 0)
        mouseClick(list.itemAtIndex(row))
        tryCompare(Console.risks.risk, "hazard", "Shouting at recruits during drill", 5000)
        compare(Console.risks.risk.initialLevel, "serious")
        tryVerify(() => findChild(page, "riskStep_close") !== null, 5000)
        verify(findChild(page, "riskStep_assess") !== null)
        compare(findChild(page, "riskStep_accept"), null)

        mouseClick(findChild(page, "riskStep_close"))
        const step = findChild(page, "riskStepDialog")
        tryCompare(step, "opened", true, 5000)
        verify(findChild(step.contentItem, "closeWarning").visible, "closing says what it ends")
        verify(!findChild(step.contentItem, "riskStepConfirm").enabled, "a reason is needed")
        mouseClick(findChild(step.contentItem, "riskStepBack"))
        tryCompare(step, "opened", false, 5000)
        compare(Console.sync.pendingCount, 0)
        compare(Console.risks.risk.state, "open")
    }

    function test_indicators_tab_says_there_is_no_target() {
        const desk = createTemporaryObject(deskComponent, test)
        verify(desk)
        desk.currentTab = 4
        const page = findChild(desk, "indicatorsPage")
        verify(page)
        const note = findChild(page, "noTargetNote")
        verify(note)
        compare(note.text, "No target on the number of reports: a target on reporting discourages reporting.")
    }
}
