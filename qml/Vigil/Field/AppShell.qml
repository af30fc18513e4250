// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Vigil.Controls
import Vigil.Field.Core

// Everything inside the window: one StackView whose base page follows App.stage (first
// start, PIN, locked, ready). Locking replaces the whole stack, so nothing stays visible.
Item {
    id: root

    readonly property alias stack: stack

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
    }
}
