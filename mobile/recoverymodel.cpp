// SPDX-License-Identifier: EUPL-1.2
#include "recoverymodel.h"

#include "fieldapp.h"
#include "outboxmodel.h"
#include "recovery.h"
#include "syncengine.h"

#include "shared/qt/background.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QSaveFile>

namespace vigil::field {

RecoveryModel::RecoveryModel(FieldApp& app, QObject* parent) : QObject(parent), m_app(app) {}

int RecoveryModel::minPassphrase() const
{
    return static_cast<int>(kMinRecoveryPassphrase);
}

void RecoveryModel::finish(const QString& error)
{
    m_busy = false;
    m_error = error;
    emit changed();
}

void RecoveryModel::make(const QString& reportId, const QString& passphrase)
{
    auto id = fixedFromHex<16>(reportId.toStdString());
    auto key = m_app.vault().key();
    if (m_busy || !id || !key)
        return;
    if (static_cast<std::size_t>(passphrase.size()) < kMinRecoveryPassphrase) {
        finish(tr("Choose a passphrase of at least %1 characters.").arg(kMinRecoveryPassphrase));
        return;
    }
    m_busy = true;
    m_error.clear();
    m_code.clear();
    emit changed();
    FieldStore* store = &m_app.store();
    appcore::runInBackground(
        this,
        [store, key, id = *id, pass = passphrase.toStdString(), params = m_app.vaultParams()]() mutable {
            auto code = exportRecoveryCode(*store, *key, id, pass, params);
            wipe(pass);
            return code;
        },
        [this](Result<std::string> code) {
            if (!code) {
                finish(code.error().kind == ErrorKind::NotFound
                           ? tr("This report is not on this phone, so it has no recovery code.")
                           : tr("No recovery code was made: %1").arg(QString::fromStdString(code.error().message)));
                return;
            }
            m_code = QString::fromStdString(*code);
            finish({});
            emit made();
        });
}

void RecoveryModel::restore(const QString& code, const QString& passphrase)
{
    auto key = m_app.vault().key();
    if (m_busy || !key)
        return;
    m_busy = true;
    m_error.clear();
    m_restoredId.clear();
    m_restoredTitle.clear();
    emit changed();
    FieldStore* store = &m_app.store();
    appcore::runInBackground(
        this,
        [store, key, text = code.toStdString(), pass = passphrase.toStdString()]() mutable {
            auto restored = importRecoveryCode(*store, *key, text, pass);
            wipe(pass);
            return restored;
        },
        [this](Result<RestoredReport> outcome) {
            if (!outcome) {
                switch (outcome.error().kind) {
                case ErrorKind::Refused:
                    finish(tr("The passphrase does not open this code. Check it and try again."));
                    break;
                case ErrorKind::Invalid:
                    finish(tr("This is not a whole recovery code. Copy all of it, from \"vigil-recovery-1:\" to the end."));
                    break;
                case ErrorKind::Conflict:
                    finish(tr("This report is on this phone already."));
                    break;
                default:
                    finish(tr("The conversation was not restored: %1").arg(QString::fromStdString(outcome.error().message)));
                }
                return;
            }
            m_restoredId = QString::fromStdString(toHex(outcome->reportId));
            m_restoredTitle = QString::fromStdString(outcome->headline);
            finish({});
            m_app.outbox()->refresh();
            emit restored();
            m_app.sync()->syncNow();
        });
}

bool RecoveryModel::saveCode(const QUrl& file)
{
    if (m_code.isEmpty() || !file.isLocalFile())
        return false;
    QSaveFile out(file.toLocalFile());
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    // Only the owner may read it: the passphrase guards it, but it is nobody else's business.
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(m_code.toUtf8());
    out.write("\n");
    return out.commit();
}

void RecoveryModel::copyCode()
{
    if (auto* clipboard = QGuiApplication::clipboard(); clipboard && !m_code.isEmpty())
        clipboard->setText(m_code);
}

void RecoveryModel::clear()
{
    m_code.clear();
    m_error.clear();
    m_restoredId.clear();
    m_restoredTitle.clear();
    emit changed();
}

} // namespace vigil::field
