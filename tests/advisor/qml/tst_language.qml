// SPDX-License-Identifier: EUPL-1.2
// The language switch in the header: NL retranslates the page at once, the QML's own texts
// and those the C++ side composes (the sync banner, the inbox's labels), and EN brings
// English back.
import QtQuick
import QtTest
import Vigil.Advisor
import Vigil.Advisor.Core

TestCase {
    id: test

    name: "Language"
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

    function texts(item, out) {
        if (item.visible === false)
            return out
        if (item.text !== undefined && typeof item.text === "string")
            out.push(item.text)
        for (let i = 0; i < item.children.length; ++i)
            texts(item.children[i], out)
        return out
    }

    function shows(item, text) {
        return texts(item, []).some(t => t.indexOf(text) >= 0)
    }

    function cleanup() {
        Console.language = "en"
    }

    function test_switch_retranslates_live() {
        const desk = createTemporaryObject(deskComponent, test)
        verify(desk)
        tryCompare(Console.sync, "status", SyncEngine.Online, 15000)
        // With a case open, so the report, the clocks and the threads are retranslated too.
        const list = findChild(desk, "inboxList")
        tryCompare(list, "count", 1, 15000)
        list.forceActiveFocus()
        keyClick(Qt.Key_Return)
        tryCompare(Console.caseView, "decrypted", true, 15000)
        // And statistics on the dashboard tab, whose charts are rebuilt in the new language.
        if (!Console.dashboard.loaded)
            Console.dashboard.refresh()
        tryCompare(Console.dashboard, "loaded", true, 15000)
        compare(Console.language, "en")
        verify(shows(desk, "Lock"), "English header")
        verify(shows(desk, "Up to date"), "English sync banner")

        const nl = findChild(desk, "languageNL")
        verify(nl, "the header has the language switch")
        mouseClick(nl)
        compare(Console.language, "nl")
        tryVerify(() => shows(desk, "Vergrendel"), 2000, "the header's button in Dutch")
        verify(!shows(desk, "Lock"), "no English left in the header")
        verify(shows(desk, "Bijgewerkt"), "the sync banner (composed in C++) in Dutch")
        verify(shows(desk, "Open zaken"), "the inbox filter in Dutch")

        mouseClick(findChild(desk, "languageEN"))
        compare(Console.language, "en")
        tryVerify(() => shows(desk, "Lock"), 2000, "English again")
        verify(shows(desk, "Up to date"))
    }
}
