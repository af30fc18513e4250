// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The enrolment page's scanner: reads the enrolment code from the camera's frames (the
// VideoOutput's video sink) or from an image file, off the GUI thread, and hands the code it
// finds to the page (`found`), which enrols with it as with a pasted code.

#include "shared/result.h"

#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QVideoSink>
#include <QtQml/qqmlregistration.h>

#include <string>

namespace vigil::field {

class EnrolScanner : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVideoSink* videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(int framesRead READ framesRead NOTIFY changed)

public:
    explicit EnrolScanner(QObject* parent = nullptr);

    QVideoSink* videoSink() const { return m_sink; }
    /// Frames arriving at `sink` are read, one at a time, a few per second.
    void setVideoSink(QVideoSink* sink);
    /// Reading an image file.
    bool busy() const { return m_busy; }
    /// Why the last picture gave no code, in the interface's language; empty while none.
    QString message() const { return m_message; }
    /// Camera frames read so far (the page shows that the camera is looking).
    int framesRead() const { return m_framesRead; }

    /// Reads the enrolment code from an image file (a photo or a screenshot of the code).
    Q_INVOKABLE void readImageFile(const QUrl& file);
    /// Reads it from a picture already in memory (what camera frames become).
    Q_INVOKABLE void readImage(const QImage& image);
    /// Forgets the last code and message (the page calls it when scanning starts again).
    Q_INVOKABLE void reset();

    /// The page's words for what readEnrolCode refused (NotFound, Invalid, anything else).
    static QString failureText(const Error& error);

signals:
    void videoSinkChanged();
    void changed();
    /// A Vigil enrolment code was read; emitted once per distinct code.
    void found(const QString& code);

private:
    void onFrame();
    void finish(Result<std::string> outcome, bool fromCamera);

    QPointer<QVideoSink> m_sink;
    QMetaObject::Connection m_frameConnection;
    QElapsedTimer m_sinceFrame;
    bool m_frameInFlight = false;
    bool m_busy = false;
    int m_framesRead = 0;
    QString m_message;
    QString m_lastFound;
};

} // namespace vigil::field
