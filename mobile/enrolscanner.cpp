// SPDX-License-Identifier: EUPL-1.2
#include "enrolscanner.h"

#include "enrolcodereader.h"
#include "fieldapp.h"

#include "shared/qt/background.h"

#include <QDateTime>
#include <QImageReader>
#include <QVideoFrame>

namespace vigil::field {

namespace {

// A phone camera delivers 30 frames a second; reading four of them a second finds a code as
// soon as it is steady in view and leaves the processor to the viewfinder.
constexpr qint64 kFrameIntervalMs = 250;

/// The app's clock when there is an app (tests set theirs), else the system's: the payload is
/// checked as enrolFromText will check it.
std::uint64_t appNow()
{
    if (FieldApp* app = FieldApp::instance())
        return app->now();
    return static_cast<std::uint64_t>(QDateTime::currentSecsSinceEpoch());
}

} // namespace

EnrolScanner::EnrolScanner(QObject* parent) : QObject(parent) {}

void EnrolScanner::setVideoSink(QVideoSink* sink)
{
    if (sink == m_sink)
        return;
    QObject::disconnect(m_frameConnection);
    m_sink = sink;
    if (m_sink)
        m_frameConnection = connect(m_sink, &QVideoSink::videoFrameChanged, this, &EnrolScanner::onFrame);
    emit videoSinkChanged();
}

void EnrolScanner::onFrame()
{
    if (!m_sink || m_frameInFlight || (m_sinceFrame.isValid() && m_sinceFrame.elapsed() < kFrameIntervalMs))
        return;
    // toImage() maps and converts the frame here, on the thread the sink lives on: a camera
    // frame may be backed by the video output's graphics resources.
    const QImage image = m_sink->videoFrame().toImage();
    if (image.isNull())
        return;
    m_sinceFrame.start();
    m_frameInFlight = true;
    const std::uint64_t now = appNow();
    appcore::runInBackground(
        this, [image, now]() { return readEnrolCode(image, now); },
        [this](Result<std::string> outcome) {
            m_frameInFlight = false;
            ++m_framesRead;
            finish(std::move(outcome), true);
        });
}

void EnrolScanner::readImageFile(const QUrl& file)
{
    if (m_busy)
        return;
    m_busy = true;
    m_message.clear();
    emit changed();
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const std::uint64_t now = appNow();
    appcore::runInBackground(
        this,
        [path, now]() -> Result<std::string> {
            QImageReader reader(path);
            // A phone's photo is stored sideways with an orientation tag.
            reader.setAutoTransform(true);
            const QImage image = reader.read();
            if (image.isNull())
                return Error{"the image cannot be read: " + reader.errorString().toStdString(), ErrorKind::Storage};
            return readEnrolCode(image, now);
        },
        [this](Result<std::string> outcome) {
            m_busy = false;
            finish(std::move(outcome), false);
        });
}

void EnrolScanner::readImage(const QImage& image)
{
    if (m_busy)
        return;
    m_busy = true;
    m_message.clear();
    emit changed();
    const std::uint64_t now = appNow();
    appcore::runInBackground(
        this, [image, now]() { return readEnrolCode(image, now); },
        [this](Result<std::string> outcome) {
            m_busy = false;
            finish(std::move(outcome), false);
        });
}

void EnrolScanner::reset()
{
    m_lastFound.clear();
    m_message.clear();
    emit changed();
}

void EnrolScanner::finish(Result<std::string> outcome, bool fromCamera)
{
    if (!outcome) {
        // A camera frame without a code is the normal state while the phone is being aimed:
        // only a code that is not ours is worth saying.
        if (!(fromCamera && outcome.error().kind == ErrorKind::NotFound))
            m_message = failureText(outcome.error());
        emit changed();
        return;
    }
    const QString code = QString::fromStdString(*outcome);
    m_message.clear();
    emit changed();
    if (fromCamera && code == m_lastFound)
        return;
    m_lastFound = code;
    emit found(code);
}

QString EnrolScanner::failureText(const Error& error)
{
    switch (error.kind) {
    case ErrorKind::NotFound:
        return tr("No code found in this picture. Take it again with the whole code in view, sharp and well lit.");
    case ErrorKind::Invalid:
        return tr("This is not a Vigil enrolment code. Ask your safety officer or confidential advisor for the code of your organisation.");
    default:
        return tr("The picture cannot be read.");
    }
}

} // namespace vigil::field
