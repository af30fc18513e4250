// SPDX-License-Identifier: EUPL-1.2
// A lesson learned through the real pages: a closed case offers the draft, the dialog needs
// both languages, and "Submit for publication" puts it in the operator's review queue.
import QtQuick
import QtTest
import Vigil.Advisor
import Vigil.Advisor.Core

TestCase {
    id: test

    name: "LessonLearned"
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

    function test_draft_translate_submit() {
        const desk = createTemporaryObject(deskComponent, test)
        verify(desk)
        const before = Console.cases.count
        const caseId = harness.fileClosedCase()
        Console.sync.refresh()
        tryVerify(() => Console.cases.count === before + 1, 15000)
        Console.caseView.openCase(caseId)
        tryCompare(Console.caseView, "decrypted", true, 15000)

        const draft = findChild(desk, "draftLesson")
        verify(draft)
        tryVerify(() => draft.visible, 15000)
        mouseClick(draft)
        const dialog = findChild(desk, "lessonDialog")
        verify(dialog)
        tryCompare(dialog, "opened", true, 5000)

        // The report was written in Dutch: the draft fills the Dutch side, English is empty.
        const nl = findChild(dialog.contentItem, "lessonNl")
        const en = findChild(dialog.contentItem, "lessonEn")
        verify(nl && en)
        verify(findChild(nl, "text").text.length > 0)
        compare(findChild(en, "title").text, "")
        const submit = findChild(dialog.contentItem, "submitLesson")
        verify(!submit.enabled, "both languages are required")

        findChild(en, "title").text = "Speak up early in a new team"
        findChild(en, "text").text = "Exclusion of a newcomer was noticed late. Team leaders ask newcomers after a week."
        verify(submit.enabled)
        mouseClick(submit)
        verify(!submit.enabled, "submitted once")
        tryCompare(Console.sync, "pendingCount", 0, 15000)
        tryVerify(() => harness.pendingLessons().indexOf("Speak up early in a new team") >= 0, 15000)
        dialog.close()
    }
}
