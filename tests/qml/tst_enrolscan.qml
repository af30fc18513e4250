// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtTest
import Vigil.Controls
import Vigil.Field
import Vigil.Field.Core
import VigilTest

// Enrolment from a picture of the code, through the real enrolment page: a picture of another
// organisation's code is refused in the interface's language, and nothing is enrolled; a
// picture of the compact enrolment code enrols the phone and the PIN page follows. (The file
// dialog itself is opened and cancelled in tst_journeys.qml; here the page's scanner is handed
// the file the dialog would give it.)
FieldTestCase {
    id: root

    name: "EnrolScan"

    function readPicture(vigil) {
        const scanner = findChild(page, "enrolScanner")
        verify(scanner !== null, "the page has its scanner")
        scanner.readImageFile(Probe.enrolCodePicture(vigil))
        return scanner
    }

    function test_a_picture_of_another_code_says_so_and_ours_enrols_data() {
        return [
            {tag: "en-day", lang: "en", night: false, refusal: "This is not a Vigil enrolment code."},
            {tag: "nl-night", lang: "nl", night: true, refusal: "Dit is geen koppelcode van Vigil."},
        ]
    }
    function test_a_picture_of_another_code_says_so_and_ours_enrols(data) {
        Probe.reset(data.lang, data.night)
        waitForPage("welcomePage")
        tap("startButton")
        waitForPage("enrolPage")

        const scanner = readPicture(false)
        tryVerify(() => !scanner.busy, 10000, "the picture is read")
        const message = control("scanMessage")
        verify(message.text.startsWith(data.refusal), message.text)
        compare(App.stage, App.Enrol, "another code enrols nobody")

        readPicture(true)
        waitForPage("pinSetupPage")
        compare(App.organisation, "Defensie")
        compare(App.lastError, "")
    }
}
