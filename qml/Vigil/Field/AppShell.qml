// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import Vigil.Controls
import Vigil.Field.Core

// Everything inside the window: one StackView whose base page follows App.stage (first
// start, PIN, locked, ready). Locking replaces the whole stack, so nothing stays visible;
// a report being written when the app locked is reopened where it was after unlocking.
// Escape, the Back key and Android's Back gesture go one page back, never out of the app.
Item {
    id: root

    readonly property alias stack: stack
    /// The report pages open when the app locked, reopened after unlocking.
    property var resumePages: []

    readonly property var reportPages: ({
        "reportKindPage": "ReportKindPage.qml",
        "reportWhatPage": "ReportWhatPage.qml",
        "reportDetailsPage": "ReportDetailsPage.qml",
        "reportReviewPage": "ReportReviewPage.qml"
    })

    /// One step back, as the page's own Back button would; false when there is nowhere to go.
    function goBack() {
        // An open dialog takes Escape and Back itself (it closes); the page stays.
        const overlay = root.T.Overlay.overlay
        if (overlay && overlay.visibleChildren.length > 0)
            return true
        const page = stack.currentItem
        if (stack.depth > 1 && page && page.showBack) {
            page.backRequested()
            return true
        }
        return stack.depth > 1
    }

    function rememberReportPages() {
        const pages = []
        for (let i = 0; i < stack.depth; ++i) {
            const item = stack.get(i, StackView.DontLoad)
            if (item && root.reportPages[item.objectName])
                pages.push(Qt.resolvedUrl(root.reportPages[item.objectName]))
        }
        root.resumePages = pages
    }

    function reopenReport() {
        const pages = root.resumePages
        root.resumePages = []
        // Without a draft (discarded meanwhile, another device state) there is nothing to reopen.
        if (App.stage === App.Ready && App.draft.active)
            for (let i = 0; i < pages.length; ++i)
                stack.push(pages[i], {}, StackView.Immediate)
    }

    function pageForStage() {
        switch (App.stage) {
        case App.Enrol: return welcomePage
        case App.CreatePin: return pinSetupPage
        case App.Locked: return unlockPage
        default: return homePage
        }
    }

    function showStage() {
        stack.replace(null, root.pageForStage(), {}, StackView.Immediate)
        if (App.stage === App.Ready && root.resumePages.length > 0) {
            // The draft comes back from the vault just after the stage changes (App.unlocked).
            Qt.callLater(root.reopenReport)
        } else if (App.stage === App.Enrol) {
            root.resumePages = []
        }
    }

    Component.onCompleted: showStage()

    Binding {
        target: Theme
        property: "night"
        value: App.nightMode
    }

    Connections {
        target: App
        function onStageChanged() { root.showStage() }
        function onAboutToLock() { root.rememberReportPages() }
    }

    Shortcut {
        sequences: [StandardKey.Back, "Esc", "Back"]
        context: Qt.ApplicationShortcut
        // While a dialog is open the key is the dialog's: it closes, the page stays.
        enabled: !root.T.Overlay.overlay || root.T.Overlay.overlay.visibleChildren.length === 0
        onActivated: root.goBack()
    }

    Component { id: welcomePage; WelcomePage { } }
    Component { id: pinSetupPage; PinSetupPage { } }
    Component { id: unlockPage; UnlockPage { } }
    Component { id: homePage; HomePage { } }

    StackView {
        id: stack
        objectName: "stack"
        anchors.fill: parent
        background: Rectangle { color: Theme.background }
        // Every page change is a moment to save: the next thing may be a kill.
        onCurrentItemChanged: App.draft.saveNow()
    }
}
