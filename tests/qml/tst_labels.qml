// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtTest
import Vigil.Field
import Vigil.Field.Core
import VigilTest

// The reporter and the advisor read the same word for the same thing: for every kind and
// category of the report model, in Dutch and in English, the field app's label (Labels.qml,
// as its pages show it) equals the console's (vigil::appcore::label, as the console calls it).
TestCase {
    name: "Labels"

    function cleanup() {
        App.language = "en"
    }

    function test_field_and_console_use_the_same_words() {
        const kinds = Probe.wireNames("kind")
        const categories = Probe.wireNames("category")
        verify(kinds.length >= 6, "the model's kinds")
        verify(categories.length >= 22, "the model's categories")
        const english = {}
        for (const lang of ["en", "nl"]) {
            App.language = lang
            for (const kind of kinds) {
                const shown = Labels.kindTitle(kind)
                compare(shown, Probe.consoleLabel("kind", kind), `${lang} kind ${kind}`)
                verify(shown !== kind && shown.indexOf("_") < 0, `${lang} kind ${kind} has a word: ${shown}`)
                if (lang === "en") english[kind] = shown
            }
            for (const category of categories) {
                const shown = Labels.categoryLabel(category)
                compare(shown, Probe.consoleLabel("category", category), `${lang} category ${category}`)
                verify(shown.indexOf("_") < 0, `${lang} category ${category} has a word: ${shown}`)
                if (lang === "en") english[category] = shown
            }
        }
        // And the Dutch words are Dutch: most differ from the English ones.
        let differ = 0
        for (const kind of kinds)
            if (Labels.kindTitle(kind) !== english[kind]) ++differ
        for (const category of categories)
            if (Labels.categoryLabel(category) !== english[category]) ++differ
        verify(differ > 20, `${differ} of ${kinds.length + categories.length} words differ between Dutch and English`)
    }
}
