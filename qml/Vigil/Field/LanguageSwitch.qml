// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field.Core

// Nederlands / English, as two big buttons (each named in its own language).
RowLayout {
    id: root

    spacing: Theme.spacing

    ActionButton {
        objectName: "languageNl"
        Layout.fillWidth: true
        kind: App.language === "nl" ? "primary" : "secondary"
        text: "Nederlands"
        checkable: false
        Accessible.name: "Nederlands"
        onClicked: App.language = "nl"
    }
    ActionButton {
        objectName: "languageEn"
        Layout.fillWidth: true
        kind: App.language === "en" ? "primary" : "secondary"
        text: "English"
        Accessible.name: "English"
        onClicked: App.language = "en"
    }
}
