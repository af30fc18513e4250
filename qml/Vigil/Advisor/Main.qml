// SPDX-License-Identifier: EUPL-1.2
// The console window: which page shows follows the account's stage (first start, locked,
// provisioning, desk). Logic lives in C++ (Vigil.Advisor.Core).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Window
import Vigil.Advisor.Core

ApplicationWindow {
    id: root

    // Never larger than the screen (a 1366 × 860 window overflowed a 1600 × 900 desktop with
    // its panels); the minimum fits a 1280 × 720 screen with a task bar and a title bar.
    width: Math.min(1366, Screen.desktopAvailableWidth > 0 ? Screen.desktopAvailableWidth : 1366)
    height: Math.min(860, Screen.desktopAvailableHeight > 0 ? Screen.desktopAvailableHeight - 40 : 860)
    minimumWidth: 960
    minimumHeight: 540
    visible: true
    title: Console.account.organisation.length > 0
           ? qsTr("Vigil advisor console — %1").arg(Console.account.organisation)
           : qsTr("Vigil advisor console")
    color: Theme.window
    // Fusion draws every control's frame as palette.window darkened by 1.4; from its default
    // grey that frame was ~2.3:1 on white. Theme.chrome gives text fields, combo boxes and
    // buttons 3.7:1 and check boxes 3.1:1 (tests/advisor/qml/tst_contrast.qml). The console's
    // own surfaces are drawn in Theme colours, so this palette colours nothing else.
    palette.window: Theme.chrome
    // Fusion's disabled labels are a pale grey (~1.6:1): a "Close the case" or "Propose" waiting
    // for a reason must stay readable.
    palette.disabled.buttonText: Theme.disabledText
    palette.disabled.windowText: Theme.disabledText
    palette.disabled.text: Theme.disabledText
    palette.placeholderText: Theme.placeholder

    /// The page on show; --self-test checks that it loaded.
    readonly property Item currentPage: page.item

    // Pages load by URL: Qt 6.4's Loader refuses components declared in a Bound document
    // ("Cannot instantiate bound component outside its creation context").
    Loader {
        id: page

        anchors.fill: parent
        source: {
            switch (Console.account.stage) {
            case Account.NeedsVault: return Qt.resolvedUrl("SetupPage.qml")
            case Account.Locked: return Qt.resolvedUrl("UnlockPage.qml")
            case Account.NeedsRegistry: return Qt.resolvedUrl("RegistryPage.qml")
            default: return Qt.resolvedUrl("DeskPage.qml")
            }
        }
    }
    // First start, unlock and registry pages: the language in the corner (the desk has it
    // in its header).
    LanguageSwitch {
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: Theme.padding
        visible: Console.account.stage !== Account.Ready
    }
}
