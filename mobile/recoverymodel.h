// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The recovery pages' side (recovery.h): makes a report's recovery code under a passphrase,
// and restores one on this phone. Both derive a key with Argon2id, which takes a second on a
// phone on purpose, so they run off the GUI thread and say when they are busy.

#include <QObject>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace vigil::field {

class FieldApp;

class RecoveryModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.recovery makes and restores recovery codes")
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString code READ code NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString restoredReportId READ restoredReportId NOTIFY changed)
    Q_PROPERTY(QString restoredTitle READ restoredTitle NOTIFY changed)
    Q_PROPERTY(int minPassphrase READ minPassphrase CONSTANT)

public:
    explicit RecoveryModel(FieldApp& app, QObject* parent = nullptr);

    bool busy() const { return m_busy; }
    QString code() const { return m_code; }
    QString error() const { return m_error; }
    QString restoredReportId() const { return m_restoredId; }
    QString restoredTitle() const { return m_restoredTitle; }
    int minPassphrase() const;

    /// Makes the code for report `reportId` (hex) under `passphrase`; `code` holds it after.
    Q_INVOKABLE void make(const QString& reportId, const QString& passphrase);
    /// Restores the report in `code` on this phone, then syncs to read its answers.
    Q_INVOKABLE void restore(const QString& code, const QString& passphrase);
    /// The code as a text file the reporter keeps (a password manager, a private note).
    Q_INVOKABLE bool saveCode(const QUrl& file);
    Q_INVOKABLE void copyCode();
    /// Forgets the code shown and any error (the pages call it when they close).
    Q_INVOKABLE void clear();

signals:
    void changed();
    void made();
    void restored();

private:
    void finish(const QString& error);

    FieldApp& m_app;
    bool m_busy = false;
    QString m_code;
    QString m_error;
    QString m_restoredId;
    QString m_restoredTitle;
};

} // namespace vigil::field
