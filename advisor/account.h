// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The advisor's keys and registry session: first start (create the vault, show the identity
// for the operator), unlock, the registry settings from a provisioning file, and sign-in by
// challenge-response (docs/advisor.md, "Keys and sign-in").

#include "keyvault.h"

#include <QObject>
#include <QProperty>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <filesystem>
#include <functional>
#include <memory>

namespace vigil::appcore {
struct HttpResult;
}

namespace vigil::advisor {

class RegistryClient;
using appcore::HttpResult;

class Account : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Account belongs to the Console")

    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(QString identity READ identity NOTIFY stageChanged)
    Q_PROPERTY(QString registryUrl READ registryUrl NOTIFY settingsChanged)
    Q_PROPERTY(QString organisation READ organisation NOTIFY settingsChanged)
    Q_PROPERTY(QString rootKeyId READ rootKeyId NOTIFY settingsChanged)
    Q_PROPERTY(QString memberId READ memberId NOTIFY signedInChanged)
    Q_PROPERTY(QString memberName READ memberName NOTIFY signedInChanged)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY signedInChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(int minPassphraseLength READ minPassphraseLength CONSTANT)

public:
    /// Where the console is in its life: which page the window shows.
    enum class Stage {
        NeedsVault,     ///< first start: no vault file yet
        Locked,         ///< a vault exists; the passphrase opens it
        NeedsRegistry,  ///< unlocked, but no provisioning file loaded yet
        Ready,          ///< unlocked and provisioned: the desk (signed in or working offline)
    };
    Q_ENUM(Stage)

    Account(std::filesystem::path vaultPath, VaultParams params, RegistryClient& client, QObject* parent = nullptr);
    ~Account() override;

    Stage stage() const;
    QString identity() const;
    QString registryUrl() const;
    QString organisation() const;
    QString rootKeyId() const;
    QString memberId() const { return m_memberId; }
    QString memberName() const { return m_memberName; }
    bool signedIn() const { return !m_memberId.isEmpty() && m_signedIn; }
    bool busy() const { return m_busy; }
    QString lastError() const { return m_lastError; }
    int minPassphraseLength() const { return static_cast<int>(KeyVault::kMinPassphrase); }

    /// First start: generates the keypairs into a new vault sealed with `passphrase`.
    Q_INVOKABLE void createVault(const QString& passphrase, const QString& repeated);
    Q_INVOKABLE void unlock(const QString& passphrase);
    /// Forgets keys, session and everything decrypted; the vault stays on disk.
    Q_INVOKABLE void lock();
    /// Reads a provisioning file (a path, a file: URL, or the JSON itself), pins its root key.
    Q_INVOKABLE void loadProvisioning(const QString& pathOrJson);
    /// Challenge-response sign-in with the vault's Ed25519 key.
    Q_INVOKABLE void signIn();
    Q_INVOKABLE void copyIdentity() const;

    /// The unlocked vault (null while locked).
    const KeyVault* vault() const { return m_vault.get(); }
    /// A human name for the signed-in member (set once the directory is known).
    void setMemberName(const QString& name);
    /// The member id this console last signed in as (from the cache), so the desk knows who
    /// "me" is while offline; signedIn() stays false until a real sign-in.
    void setKnownMember(const QString& memberId);
    /// Called when the registry rejects the token: the session is over.
    void sessionExpired();
    /// For tests: the current wall clock used to check provisioning files.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    /// The least wait the registry asked for before the next sign-in (429 Retry-After); 0 when none.
    int retryAfterMs() const { return m_retryAfterMs; }

signals:
    void stageChanged();
    void settingsChanged();
    void signedInChanged();
    void busyChanged();
    void lastErrorChanged();
    /// The vault was opened (or created); the console loads its cache.
    void unlocked();
    /// The vault was locked; the console drops everything decrypted.
    void locked();
    /// A sign-in attempt ended; `retryLater` when trying again later may succeed (the registry
    /// was not reached, or it was busy: then not before retryAfterMs()).
    void signInFinished(bool ok, bool retryLater);

private:
    void adoptVault(std::unique_ptr<KeyVault> vault);
    void applySettings();
    void failSignIn(const QString& error, const HttpResult& answer);
    void onChallenge(const HttpResult& challenge);
    void onSession(const HttpResult& session);

    std::filesystem::path m_path;
    VaultParams m_params;
    RegistryClient& m_client;
    std::unique_ptr<KeyVault> m_vault;
    bool m_hasVaultFile = false;
    // Assigning either notifies QML when the value changes (Qt bindable properties): no setters.
    Q_OBJECT_BINDABLE_PROPERTY_WITH_ARGS(Account, bool, m_busy, false, &Account::busyChanged)
    bool m_signedIn = false;
    Q_OBJECT_BINDABLE_PROPERTY(Account, QString, m_lastError, &Account::lastErrorChanged)
    QString m_memberId;
    QString m_memberName;
    int m_retryAfterMs = 0;
    std::function<qint64()> m_clock;
};

} // namespace vigil::advisor
