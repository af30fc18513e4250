// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Layouts
import Vigil.Controls

// What Vigil hides and what it does not, in plain words (docs/threat-model.md).
ColumnLayout {
    id: root

    spacing: Theme.spacing

    SectionHeading {
        Layout.fillWidth: true
        text: qsTr("What stays private")
        hint: qsTr("Your report is locked on this phone before it leaves. Only the people it is addressed to can open it: not the relay, not the registry, not IT. An anonymous report carries no name and no phone identity.")
    }
    SectionHeading {
        Layout.fillWidth: true
        text: qsTr("What is not hidden")
        hint: qsTr("To route and count reports, the registry sees the kind, the category, the unit you choose, the month and the risk level. Details in your story can give you away — write what matters, and leave out what identifies you. The network can see that this phone contacts Vigil, not what it sends.")
    }
    SectionHeading {
        Layout.fillWidth: true
        text: qsTr("On this phone")
        hint: qsTr("Drafts and your sent reports are protected by your PIN. Whoever has the phone and the PIN can read them. Panic wipe deletes everything at once.")
    }
}
