// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The field app's root object, exposed to QML as the singleton `App`: where the user is in
// the first-start flow, the lock, language and theme, and the services below it (draft,
// outbox, sync, bulletins). main.cpp builds it; QML only reads it and calls its intents.

#include "devicevault.h"
#include "fieldstore.h"
#include "pinguard.h"
#include "syncengine.h"
#include "trust.h"

#include "shared/qt/uilanguage.h"

#include <QObject>
#include <QProperty>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

class QQmlEngine;
class QJSEngine;

namespace vigil::field {

class ReportDraft;
class OutboxModel;
class SyncEngine;
class BulletinModel;
class SupportModel;
class ConversationModel;
class RecoveryModel;
class UnitModel;

/// Options the composition root (or a test) chooses.
struct AppOptions {
    VaultParams vaultParams = VaultParams::standard();
    int lockAfterSeconds = 120;                       ///< inactivity before the app locks
    std::function<std::uint64_t()> clock;             ///< unix seconds; system clock when empty
    bool startSync = true;                            ///< tests drive the sync engine themselves
    SyncOptions sync;
};

class FieldApp : public QObject {
    Q_OBJECT
    Q_MOC_INCLUDE("reportdraft.h")
    Q_MOC_INCLUDE("outboxmodel.h")
    Q_MOC_INCLUDE("conversationmodel.h")
    Q_MOC_INCLUDE("recoverymodel.h")
    Q_MOC_INCLUDE("bulletinmodel.h")
    Q_MOC_INCLUDE("supportmodel.h")
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON

    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool nightMode READ nightMode WRITE setNightMode NOTIFY nightModeChanged)
    Q_PROPERTY(QString organisation READ organisation NOTIFY stageChanged)
    Q_PROPERTY(QString relayUrl READ relayUrl NOTIFY stageChanged)
    Q_PROPERTY(QString homeUnit READ homeUnit WRITE setHomeUnit NOTIFY homeUnitChanged)
    Q_PROPERTY(QVariantList units READ units NOTIFY unitsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(int lockAfterSeconds READ lockAfterSeconds CONSTANT)
    Q_PROPERTY(vigil::field::ReportDraft* draft READ draft CONSTANT)
    Q_PROPERTY(vigil::field::OutboxModel* outbox READ outbox CONSTANT)
    Q_PROPERTY(vigil::field::SyncEngine* sync READ sync CONSTANT)
    Q_PROPERTY(vigil::field::ConversationModel* conversation READ conversation CONSTANT)
    Q_PROPERTY(vigil::field::RecoveryModel* recovery READ recovery CONSTANT)
    Q_PROPERTY(vigil::field::BulletinModel* bulletins READ bulletins CONSTANT)
    Q_PROPERTY(vigil::field::SupportModel* support READ support CONSTANT)
    Q_PROPERTY(vigil::field::PinGuard* pinGuard READ pinGuard CONSTANT)

public:
    enum class Stage { Enrol, CreatePin, Locked, Ready };
    Q_ENUM(Stage)

    FieldApp(std::unique_ptr<FieldStore> store, AppOptions options, QObject* parent = nullptr);
    ~FieldApp() override;

    /// The instance QML gets; set by the composition root before the QML engine loads.
    static void setInstance(FieldApp* app);
    static FieldApp* instance();
    static FieldApp* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);

    Stage stage() const { return m_stage; }
    QString language() const { return m_uiLanguage.current(); }
    void setLanguage(const QString& language);
    bool nightMode() const { return m_nightMode; }
    void setNightMode(bool night);
    QString organisation();
    QString relayUrl();
    QString homeUnit() const { return m_homeUnit; }
    void setHomeUnit(const QString& unit);
    /// The units of the verified directory, [{id, name}], for choosing one's own; names in the
    /// interface's language.
    QVariantList units();
    /// The word for a wire name (vocabulary "kind", "category", "mode", "risk", "location", …), in
    /// the interface's language: the table the advisor console uses too (shared/qt/labels.h).
    Q_INVOKABLE QString label(const QString& vocabulary, const QString& name) const;
    bool busy() const { return m_busy; }
    QString lastError() const { return m_lastError; }
    int lockAfterSeconds() const { return m_options.lockAfterSeconds; }
    ReportDraft* draft() const { return m_draft; }
    OutboxModel* outbox() const { return m_outbox; }
    SyncEngine* sync() const { return m_sync; }
    ConversationModel* conversation() const { return m_conversation; }
    RecoveryModel* recovery() const { return m_recovery; }
    /// The Argon2id cost of the vault, also used for recovery codes.
    VaultParams vaultParams() const { return m_options.vaultParams; }
    BulletinModel* bulletins() const { return m_bulletins; }
    SupportModel* support() const { return m_support; }
    /// Wrong-PIN count, wait and wipe offer; refuses easy PINs.
    PinGuard* pinGuard() { return &m_pinGuard; }

    /// Enrols from the text of a provisioning payload (pasted or scanned).
    Q_INVOKABLE bool enrolFromText(const QString& code);
    /// Enrols from a provisioning file (`vigil-admin enroll --out`).
    Q_INVOKABLE bool enrolFromFile(const QUrl& file);
    /// Sets the PIN on first start; `pin` and `repeat` must match, at least 6 digits.
    Q_INVOKABLE void createPin(const QString& pin, const QString& repeat);
    /// Unlocks with the PIN (Argon2id off the GUI thread; `busy` meanwhile).
    Q_INVOKABLE void unlock(const QString& pin);
    Q_INVOKABLE void lock();
    /// Deletes vault, outbox, keys and settings at once: back to first start.
    Q_INVOKABLE void panicWipe();
    /// Tells the lock timer the user is still here (input events do this by themselves).
    Q_INVOKABLE void touch();
    Q_INVOKABLE void clearError() { m_lastError = QString(); }

    // For the services and tests.
    FieldStore& store() { return *m_store; }
    DeviceVault& vault() { return m_vault; }
    Trust& trust() { return m_trust; }
    std::uint64_t now() const;
    /// Emitted after the vault was opened and when it was closed.
    bool isUnlocked() const { return m_vault.isUnlocked(); }

signals:
    void stageChanged();
    void languageChanged();
    void nightModeChanged();
    void homeUnitChanged();
    void busyChanged();
    void lastErrorChanged();
    void unlocked();
    /// Emitted just before the vault key is dropped: save what must be saved.
    void aboutToLock();
    void locked();
    void wiped();
    void directoryChanged();
    /// The units or the language their names are shown in changed.
    void unitsChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateStage();

    std::unique_ptr<FieldStore> m_store;
    AppOptions m_options;
    DeviceVault m_vault;
    Trust m_trust;
    Stage m_stage = Stage::Enrol;
    bool m_nightMode = false;
    QString m_homeUnit;
    // Assigning either notifies QML when the value changes (Qt bindable properties): no setters.
    Q_OBJECT_BINDABLE_PROPERTY_WITH_ARGS(FieldApp, bool, m_busy, false, &FieldApp::busyChanged)
    Q_OBJECT_BINDABLE_PROPERTY(FieldApp, QString, m_lastError, &FieldApp::lastErrorChanged)
    QTimer m_lockTimer;
    appcore::UiLanguage m_uiLanguage{QStringLiteral("vigil-field")};
    QPointer<QQmlEngine> m_engine;
    ReportDraft* m_draft = nullptr;
    OutboxModel* m_outbox = nullptr;
    SyncEngine* m_sync = nullptr;
    ConversationModel* m_conversation = nullptr;
    RecoveryModel* m_recovery = nullptr;
    BulletinModel* m_bulletins = nullptr;
    SupportModel* m_support = nullptr;
    PinGuard m_pinGuard{*m_store, [this]() { return now(); }};

};

} // namespace vigil::field
