// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtTest
import Vigil.Controls
import Vigil.Field
import Vigil.Field.Core
import VigilTest

// The real app shell inside a test case, with helpers that act like a user: find a control
// by objectName on the visible page, tap it, type into a field.
TestCase {
    id: root

    property alias shell: shell
    readonly property Item page: shell.stack.currentItem

    when: windowShown
    visible: true
    width: 420
    height: 2200

    // Any QML warning from our own files fails the test.
    function init() { failOnWarning(/qrc:/) }

    AppShell {
        id: shell
        anchors.fill: parent
    }

    function control(name) {
        let item = null
        tryVerify(() => { item = findChild(shell.stack.currentItem, name); return item !== null && item.visible },
                  5000, "control " + name + " on " + (shell.stack.currentItem ? shell.stack.currentItem.objectName : "?"))
        return item
    }
    /// Scrolls the page so that `item` is on screen, as a person would before tapping it.
    function scrollTo(item) {
        for (let p = item.parent; p; p = p.parent) {
            if (p.contentY !== undefined && p.contentHeight !== undefined && p.height > 0) {
                const y = item.mapToItem(p.contentItem, 0, 0).y
                if (y < p.contentY || y + item.height > p.contentY + p.height)
                    p.contentY = Math.max(0, Math.min(y - 40, p.contentHeight - p.height))
                return
            }
        }
    }
    function tap(name) {
        const item = control(name)
        verify(item.enabled, name + " is enabled")
        scrollTo(item)
        // Let lists and layouts settle first, so the tap lands where the user would see it.
        wait(20)
        waitForRendering(shell, 100)
        mouseClick(item)
        wait(0)
    }
    function type(name, text) {
        const field = control(name + "Input")
        mouseClick(field)
        field.text = text
    }
    function waitForPage(name) {
        tryVerify(() => shell.stack.currentItem && shell.stack.currentItem.objectName === name && !shell.stack.busy,
                  5000, "page " + name)
    }
    function enterPin(pin) {
        for (let i = 0; i < pin.length; ++i)
            tap("pinKey_" + pin[i])
        tap("pinKey_ok")
    }
    /// From first start to the home page: enrol with the test code, set PIN 274913.
    function enrolAndSetPin() {
        waitForPage("welcomePage")
        tap("startButton")
        waitForPage("enrolPage")
        type("enrolCode", Probe.provisioningCode())
        tap("enrolButton")
        waitForPage("pinSetupPage")
        enterPin("274913")
        enterPin("274913")
        waitForPage("homePage")
        compare(App.stage, App.Ready)
    }
}
