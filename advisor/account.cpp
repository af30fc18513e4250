// SPDX-License-Identifier: EUPL-1.2
#include "account.h"

#include "shared/qt/background.h"
#include "registryclient.h"

#include <QClipboard>
#include <QDateTime>
#include <QFile>
#include <QGuiApplication>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>

namespace vigil::advisor {

namespace {

QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}

/// A vault error in the console's language: the ones a person meets at the Unlock and Setup
/// pages are translated; anything else (a disk error with its path) keeps its detail.
QString vaultError(const std::string& message)
{
    if (message == KeyVault::kWrongPassphrase)
        return Account::tr("Wrong passphrase (or the vault file was changed).");
    if (message == KeyVault::kDamaged)
        return Account::tr("The vault file is damaged.");
    return Account::tr("The vault cannot be opened: %1").arg(fromStd(message));
}

/// A provisioning file's text from a path, a file: URL, or the JSON pasted as it is.
Result<std::string> provisioningText(const QString& input)
{
    const QString trimmed = input.trimmed();
    if (trimmed.startsWith(QLatin1Char('{')))
        return trimmed.toStdString();
    const QString path = trimmed.startsWith(QLatin1String("file:")) ? QUrl(trimmed).toLocalFile() : trimmed;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{"cannot open " + path.toStdString() + ": " + file.errorString().toStdString()};
    return file.read(1024 * 1024).toStdString();
}

} // namespace

Account::Account(std::filesystem::path vaultPath, VaultParams params, RegistryClient& client, QObject* parent)
    : QObject(parent), m_path(std::move(vaultPath)), m_params(params), m_client(client),
      m_hasVaultFile(KeyVault::exists(m_path)), m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

Account::~Account() = default;

Account::Stage Account::stage() const
{
    if (!m_vault)
        return m_hasVaultFile ? Stage::Locked : Stage::NeedsVault;
    return m_vault->settings() ? Stage::Ready : Stage::NeedsRegistry;
}

QString Account::identity() const
{
    return m_vault ? fromStd(m_vault->identity()) : QString();
}

QString Account::registryUrl() const
{
    return m_vault && m_vault->settings() ? fromStd(m_vault->settings()->url) : QString();
}

QString Account::organisation() const
{
    return m_vault && m_vault->settings() ? fromStd(m_vault->settings()->organisation) : QString();
}

QString Account::rootKeyId() const
{
    return m_vault && m_vault->settings() ? fromStd(keyId(m_vault->settings()->rootKey)) : QString();
}



void Account::createVault(const QString& passphrase, const QString& repeated)
{
    if (m_busy)
        return;
    if (passphrase != repeated) {
        m_lastError = tr("The two passphrases differ.");
        return;
    }
    if (static_cast<std::size_t>(passphrase.size()) < KeyVault::kMinPassphrase) {
        m_lastError = tr("The passphrase needs at least %1 characters.").arg(KeyVault::kMinPassphrase);
        return;
    }
    m_lastError = QString();
    m_busy = true;
    appcore::runInBackground(
        this, [path = m_path, pass = passphrase.toStdString(), params = m_params]() mutable {
            auto vault = KeyVault::create(path, pass, params);
            wipe(pass);
            return vault;
        },
        [this](Result<std::unique_ptr<KeyVault>> vault) {
            m_busy = false;
            if (!vault) {
                m_lastError = fromStd(vault.error().message);
                return;
            }
            m_hasVaultFile = true;
            adoptVault(std::move(*vault));
        });
}

void Account::unlock(const QString& passphrase)
{
    if (m_busy)
        return;
    m_lastError = QString();
    m_busy = true;
    appcore::runInBackground(
        this, [path = m_path, pass = passphrase.toStdString()]() mutable {
            auto vault = KeyVault::unlock(path, pass);
            wipe(pass);
            return vault;
        },
        [this](Result<std::unique_ptr<KeyVault>> vault) {
            m_busy = false;
            if (!vault) {
                m_lastError = vaultError(vault.error().message);
                return;
            }
            adoptVault(std::move(*vault));
        });
}

void Account::adoptVault(std::unique_ptr<KeyVault> vault)
{
    m_vault = std::move(vault);
    applySettings();
    emit stageChanged();
    emit settingsChanged();
    emit unlocked();
}

void Account::applySettings()
{
    if (m_vault && m_vault->settings())
        m_client.setBaseUrl(QUrl(fromStd(m_vault->settings()->url)));
}

void Account::lock()
{
    if (!m_vault)
        return;
    emit locked();
    m_client.setToken({});
    m_vault.reset();
    m_signedIn = false;
    m_memberId.clear();
    m_memberName.clear();
    m_lastError = QString();
    emit signedInChanged();
    emit settingsChanged();
    emit stageChanged();
}

void Account::loadProvisioning(const QString& pathOrJson)
{
    if (!m_vault)
        return;
    auto text = provisioningText(pathOrJson);
    if (!text) {
        m_lastError = fromStd(text.error().message);
        return;
    }
    auto settings = settingsFromProvisioning(*text, static_cast<std::uint64_t>(m_clock()));
    if (!settings) {
        m_lastError = fromStd(settings.error().message);
        return;
    }
    if (auto s = m_vault->setSettings(*settings); !s) {
        m_lastError = fromStd(s.error().message);
        return;
    }
    m_lastError = QString();
    m_signedIn = false;
    m_memberId.clear();
    applySettings();
    emit signedInChanged();
    emit settingsChanged();
    emit stageChanged();
}

void Account::signIn()
{
    if (!m_vault || !m_vault->settings() || m_busy)
        return;
    m_busy = true;
    const QString key = fromStd(toHex(m_vault->signKey().publicKey));
    m_client.setToken({});
    m_client.postJson(QStringLiteral("/v1/advisor/challenge"), QJsonObject{{QStringLiteral("sign_key"), key}}, this,
                      [this](const HttpResult& challenge) { onChallenge(challenge); });
}

void Account::failSignIn(const QString& error, const HttpResult& answer)
{
    m_busy = false;
    m_lastError = error;
    m_retryAfterMs = answer.retryAfterMs();
    // One place decides what is worth retrying: HttpResult::transient().
    emit signInFinished(false, answer.transient());
}

void Account::onChallenge(const HttpResult& challenge)
{
    // Refused here, not by the registry: nothing to retry.
    HttpResult refusedHere;
    refusedHere.status = 400;
    if (!m_vault || !m_vault->settings())
        return failSignIn(tr("Sign-in was cancelled."), refusedHere);
    if (challenge.status == 403)
        return failSignIn(tr("The registry does not know this console's key yet: give the operator your identity "
                             "string. (%1)")
                              .arg(challenge.errorText()),
                          challenge);
    if (challenge.status == 429)
        return failSignIn(tr("The registry is busy with sign-ins: trying again in %n second(s).", nullptr,
                             std::max(1, challenge.retryAfterMs() / 1000)),
                          challenge);
    if (!challenge.ok())
        return failSignIn(tr("Sign-in failed: %1").arg(challenge.errorText()), challenge);
    const QString nonce = challenge.json().value(QStringLiteral("nonce")).toString();
    auto nonceBytes = fromHex(nonce.toStdString());
    if (!nonceBytes || nonceBytes->size() != 32)
        return failSignIn(tr("Sign-in failed: the registry sent a malformed challenge."), refusedHere);
    // The statement names the pinned registry, so this signature is useless anywhere else.
    const Signature signature = m_vault->signKey().sign(signInStatement(m_vault->settings()->rootKey, *nonceBytes));
    const QJsonObject body{{QStringLiteral("sign_key"), fromStd(toHex(m_vault->signKey().publicKey))},
                           {QStringLiteral("nonce"), nonce},
                           {QStringLiteral("signature"), fromStd(toHex(signature))}};
    m_client.postJson(QStringLiteral("/v1/advisor/session"), body, this,
                      [this](const HttpResult& session) { onSession(session); });
}

void Account::onSession(const HttpResult& session)
{
    const QJsonObject o = session.json();
    const QString token = o.value(QStringLiteral("token")).toString();
    if (!session.ok() || token.isEmpty())
        return failSignIn(tr("Sign-in failed: %1").arg(session.errorText()), session);
    m_busy = false;
    m_client.setToken(token.toUtf8());
    m_memberId = o.value(QStringLiteral("member_id")).toString();
    m_signedIn = true;
    m_lastError = QString();
    emit signedInChanged();
    emit signInFinished(true, true);
}

void Account::sessionExpired()
{
    m_client.setToken({});
    if (m_signedIn) {
        m_signedIn = false;
        emit signedInChanged();
    }
}

void Account::setMemberName(const QString& name)
{
    if (m_memberName != name) {
        m_memberName = name;
        emit signedInChanged();
    }
}

void Account::setKnownMember(const QString& memberId)
{
    if (!m_signedIn && m_memberId != memberId) {
        m_memberId = memberId;
        emit signedInChanged();
    }
}

void Account::copyIdentity() const
{
    if (auto* clipboard = QGuiApplication::clipboard(); clipboard && m_vault)
        clipboard->setText(identity());
}

} // namespace vigil::advisor
