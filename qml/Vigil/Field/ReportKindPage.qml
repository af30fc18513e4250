// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field.Core

// Quick path, step 1 of 3: what kind of event, and what it is about. Tapping a category
// moves on at once.
FieldPage {
    id: root

    objectName: "reportKindPage"
    title: App.draft.door === "safety" ? qsTr("Safety report") : qsTr("Social safety or integrity")
    showBack: true
    onBackRequested: root.StackView.view.pop()

    SectionHeading {
        Layout.fillWidth: true
        text: qsTr("What happened?")
        hint: Labels.kindHint(App.draft.kind)
    }
    GridLayout {
        Layout.fillWidth: true
        columns: 2
        rowSpacing: 8
        columnSpacing: 8
        Repeater {
            model: App.draft.kinds
            delegate: ChoiceCard {
                required property string modelData
                objectName: "kind_" + modelData
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                checkable: true
                compact: true
                checked: App.draft.kind === modelData
                title: Labels.kindTitle(modelData)
                onClicked: {
                    App.draft.kind = modelData
                    checked = Qt.binding(() => App.draft.kind === modelData)
                }
            }
        }
    }

    SectionHeading {
        Layout.fillWidth: true
        text: qsTr("What is it about?")
    }
    GridLayout {
        Layout.fillWidth: true
        columns: 2
        rowSpacing: 8
        columnSpacing: 8
        Repeater {
            model: App.draft.categories
            delegate: ChoiceCard {
                required property string modelData
                objectName: "category_" + modelData
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.fillHeight: true
                compact: true
                title: Labels.categoryLabel(modelData)
                checked: App.draft.category === modelData
                onClicked: {
                    App.draft.category = modelData
                    root.StackView.view.push(Qt.resolvedUrl("ReportWhatPage.qml"))
                }
            }
        }
    }
}
