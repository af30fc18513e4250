// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtTest
import Vigil.Controls
import Vigil.Field
import Vigil.Field.Core
import VigilTest

// The PIN screens as a thumb and a keyboard meet them: the keypad stays put between choosing,
// repeating and unlocking; easy PINs are refused at once; a hardware keyboard types; the
// confirm key's word fits its key in both languages.
FieldTestCase {
    id: root

    name: "PinPad"

    function keyPosition(name) {
        const key = control(name)
        return key.mapToItem(root, 0, 0)
    }
    function typeOnKeyboard(pin) {
        for (let i = 0; i < pin.length; ++i)
            keyClick(pin[i])
    }
    function confirmLabelFits() {
        const label = findChild(control("pinPad"), "pinConfirmLabel")
        verify(label !== null)
        verify(label.contentWidth <= label.width + 0.5,
               `"${label.text}" is ${label.contentWidth} px wide in a ${label.width} px key`)
        verify(!label.truncated, `"${label.text}" is cut off`)
    }

    function test_the_keypad_stays_put_and_a_keyboard_types_the_pin() {
        Probe.reset("en", false)
        waitForPage("welcomePage")
        tap("startButton")
        waitForPage("enrolPage")
        type("enrolCode", Probe.provisioningCode())
        tap("enrolButton")
        waitForPage("pinSetupPage")
        const first = keyPosition("pinKey_5")
        const ok = keyPosition("pinKey_ok")

        // An easy PIN is refused at the first step, with the reason, and the keypad stays.
        enterPin("123456")
        tryVerify(() => control("pinError").text.indexOf("123456") >= 0, 2000, "refusal shown")
        compare(control("pinInstruction").text.indexOf("again"), -1, "still at the first step")
        compare(keyPosition("pinKey_5"), first)

        // Digits and Enter from a hardware keyboard; Backspace takes one back.
        typeOnKeyboard("2749")
        keyClick(Qt.Key_Backspace)
        typeOnKeyboard("913")
        compare(control("pinPad").pin, "274913")
        keyClick(Qt.Key_Return)
        tryVerify(() => control("pinInstruction").text.indexOf("again") >= 0, 2000, "at the repeat step")
        compare(keyPosition("pinKey_5"), first, "the keypad did not move for the repeat step")
        compare(keyPosition("pinKey_ok"), ok)
        typeOnKeyboard("274913")
        keyClick(Qt.Key_Enter)
        waitForPage("homePage")

        App.lock()
        waitForPage("unlockPage")
        compare(keyPosition("pinKey_5"), first, "the keypad is in the same place on the lock screen")
        enterPin("000001")
        tryVerify(() => !App.busy && control("unlockError").text.length > 0, 5000, "wrong PIN reported")
        verify(control("unlockError").text.indexOf("9") >= 0, "tries left shown: " + control("unlockError").text)
        compare(keyPosition("pinKey_5"), first, "the keypad did not move for the error")
        typeOnKeyboard("274913")
        keyClick(Qt.Key_Return)
        waitForPage("homePage")
        compare(App.pinGuard.failures, 0)
    }

    function test_the_third_wrong_pin_in_a_row_makes_the_next_try_wait() {
        Probe.reset("en", false)
        enrolAndSetPin()
        App.lock()
        waitForPage("unlockPage")
        for (const pin of ["000001", "000002", "000003"]) {
            enterPin(pin)
            tryVerify(() => !App.busy, 5000)
        }
        // The test clock stands still, so the wait never ends here.
        tryVerify(() => control("pinWaitBanner").text.indexOf("30 second") >= 0, 2000, "the wait is shown")
        verify(control("unlockError").text.indexOf("7 more wrong PIN") >= 0, control("unlockError").text)
        verify(!control("pinKey_5").enabled, "the keys rest during the wait")
        for (const night of [false, true]) {
            App.nightMode = night
            wait(50)
            const dir = Probe.screenshotDir()
            if (dir.length > 0)
                grabImage(shell).save(dir + "/field-unlock-wait-en-" + (night ? "night" : "day") + ".png")
        }
        App.nightMode = false
    }

    function test_the_confirm_word_fits_its_key_in_both_languages() {
        Probe.reset("en", false)
        enrolAndSetPin()
        for (const lang of ["nl", "en"]) {
            App.language = lang
            App.lock()
            waitForPage("unlockPage")
            confirmLabelFits()
            typeOnKeyboard("274913")
            keyClick(Qt.Key_Return)
            waitForPage("homePage")
        }
        App.language = "en"
    }
}
