// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Layouts
import Vigil.Controls
import Vigil.Field.Core

// Where sending stands, honestly: all sent, waiting for a network, failing (and why), or not
// sent for a long time. One button to try again now.
ColumnLayout {
    id: root

    readonly property var sync: App.sync
    readonly property int pending: App.outbox.pendingCount

    spacing: 8

    InfoBanner {
        objectName: "syncStatus"
        Layout.fillWidth: true
        tone: root.sync.longFailure ? "danger" : root.sync.status === "failing" ? "warning"
            : (root.pending === 0 && root.sync.status === "idle") ? "good" : "info"
        text: {
            void App.language
            if (root.sync.longFailure)
                return qsTr("Your reports have not been sent since %1. Reason: %2 Vigil keeps trying.")
                    .arg(Labels.dateTime(root.sync.failingSince)).arg(root.sync.lastError)
            if (root.sync.status === "syncing")
                return qsTr("Sending and checking for replies…")
            if (root.sync.status === "offline")
                return root.pending > 0 ? qsTr("No connection to Vigil. %n report(s) wait safely on this phone and will be sent by themselves.", "", root.pending)
                                        : qsTr("No connection to Vigil right now.")
            if (root.sync.status === "failing")
                return root.sync.lastError
            if (root.pending > 0)
                return qsTr("%n report(s) waiting to be sent.", "", root.pending)
            return root.sync.lastSuccess.getTime() > 0
                ? qsTr("Everything is sent. Last contact with Vigil: %1.").arg(Labels.dateTime(root.sync.lastSuccess))
                : qsTr("Nothing to send.")
        }
    }
    // The filing tokens on this phone, shown as they are: a report also waits when there are none.
    Text {
        objectName: "tokenStock"
        Layout.fillWidth: true
        text: {
            void App.language
            const stock = qsTr("Filing tokens on this phone: %1").arg(root.sync.tokenStock)
            return root.sync.tokenNote.length > 0 ? stock + " — " + root.sync.tokenNote : stock
        }
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }
    ActionButton {
        objectName: "syncNowButton"
        Layout.fillWidth: true
        kind: "secondary"
        visible: root.sync.status !== "syncing"
        text: qsTr("Try now")
        onClicked: root.sync.syncNow()
    }
}
