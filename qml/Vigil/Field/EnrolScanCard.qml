// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtMultimedia
import Vigil.Controls
import Vigil.Field.Core

// The camera's view while scanning the enrolment code. The page loads it only when the user
// asks to scan, so the camera is never on without them knowing; it says so plainly when the
// phone has no camera or the camera does not start. Frames go to the page's EnrolScanner.
ColumnLayout {
    id: root

    required property EnrolScanner scanner
    signal stopRequested()

    spacing: Theme.spacing

    readonly property bool hasCamera: devices.videoInputs.length > 0
    property bool cameraFailed: false

    MediaDevices {
        id: devices
    }

    // The back camera when there is one: the code is in front of the phone, not the user.
    function backCamera() {
        const inputs = devices.videoInputs
        for (let i = 0; i < inputs.length; ++i) {
            if (inputs[i].position === CameraDevice.BackFace)
                return inputs[i]
        }
        return devices.defaultVideoInput
    }

    InfoBanner {
        objectName: "noCameraBanner"
        Layout.fillWidth: true
        tone: "warning"
        text: !root.hasCamera ? qsTr("This phone has no camera that Vigil can use. Open a photo or screenshot of the code instead, or paste the code.")
            : root.cameraFailed ? qsTr("The camera did not start. Open a photo or screenshot of the code instead, or paste the code.")
            : ""
    }

    Rectangle {
        objectName: "viewfinder"
        visible: root.hasCamera && !root.cameraFailed
        Layout.fillWidth: true
        Layout.preferredHeight: width
        color: Theme.background
        border.width: Theme.strongBorderWidth
        border.color: Theme.accentBorder
        radius: Theme.radius
        clip: true

        // The capture pipeline exists only when there is a camera to feed it.
        Loader {
            anchors.fill: parent
            anchors.margins: Theme.strongBorderWidth
            active: root.hasCamera
            sourceComponent: Item {
                CaptureSession {
                    camera: Camera {
                        active: true
                        cameraDevice: root.backCamera()
                        onErrorOccurred: root.cameraFailed = true
                    }
                    videoOutput: output
                }
                VideoOutput {
                    id: output
                    anchors.fill: parent
                    fillMode: VideoOutput.PreserveAspectCrop
                    // Night mode keeps eyes used to the dark: a dim picture under a red veil.
                    opacity: Theme.night ? 0.35 : 1
                    Component.onCompleted: root.scanner.videoSink = output.videoSink
                    Component.onDestruction: root.scanner.videoSink = null
                }
                Rectangle {
                    anchors.fill: output
                    visible: Theme.night
                    color: Theme.text
                    opacity: 0.25
                }
            }
        }
    }

    Text {
        visible: root.hasCamera && !root.cameraFailed
        Layout.fillWidth: true
        text: qsTr("Hold the code inside the frame. The phone enrols as soon as it reads the code.")
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }

    ActionButton {
        objectName: "stopScanButton"
        Layout.fillWidth: true
        kind: "secondary"
        text: qsTr("Stop scanning")
        onClicked: root.stopRequested()
    }
}
