// SPDX-License-Identifier: EUPL-1.2
#include "fieldapp.h"

#include "shared/qt/background.h"
#include "shared/qt/labels.h"
#include "bulletinmodel.h"
#include "supportmodel.h"
#include "conversationmodel.h"
#include "recoverymodel.h"
#include "outboxmodel.h"
#include "reportdraft.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QGuiApplication>
#include <QJSEngine>
#include <QQmlEngine>
#include <QThreadPool>

namespace vigil::field {

namespace {

FieldApp* s_instance = nullptr;

constexpr std::string_view kLanguageSetting = "ui.language";
constexpr std::string_view kNightSetting = "ui.night";
constexpr std::string_view kHomeUnitSetting = "ui.home_unit";
constexpr qsizetype kMinPinLength = 6;
constexpr qsizetype kMaxProvisioningBytes = 8 * 1024 * 1024;

bool isInputEvent(QEvent::Type type)
{
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        return true;
    default:
        return false;
    }
}

} // namespace

FieldApp::FieldApp(std::unique_ptr<FieldStore> store, AppOptions options, QObject* parent)
    : QObject(parent), m_store(std::move(store)), m_options(std::move(options)), m_vault(*m_store), m_trust(*m_store)
{
    m_uiLanguage.apply(QString::fromStdString(
        m_store->settingText(kLanguageSetting).value_or(appcore::UiLanguage::systemDefault().toStdString())));
    m_nightMode = m_store->settingText(kNightSetting).value_or("0") == "1";
    m_homeUnit = QString::fromStdString(m_store->settingText(kHomeUnitSetting).value_or(""));
    m_draft = new ReportDraft(*this, this);
    m_outbox = new OutboxModel(*this, this);
    m_sync = new SyncEngine(*this, m_options.sync, this);
    m_conversation = new ConversationModel(*this, this);
    m_recovery = new RecoveryModel(*this, this);
    m_bulletins = new BulletinModel(*this, this);
    m_support = new SupportModel(*this, this);
    connect(m_sync, &SyncEngine::outboxChanged, m_outbox, &OutboxModel::refresh);
    connect(m_draft, &ReportDraft::sealed, m_outbox, &OutboxModel::refresh);
    connect(m_conversation, &ConversationModel::sent, m_outbox, &OutboxModel::refresh);
    connect(m_draft, &ReportDraft::sealed, m_sync, &SyncEngine::syncNow);
    connect(this, &FieldApp::unlocked, m_sync, &SyncEngine::syncNow);
    connect(this, &FieldApp::directoryChanged, this, &FieldApp::unitsChanged);
    connect(this, &FieldApp::languageChanged, this, &FieldApp::unitsChanged);
    if (m_options.startSync)
        m_sync->start();

    m_lockTimer.setSingleShot(true);
    m_lockTimer.setInterval(m_options.lockAfterSeconds * 1000);
    connect(&m_lockTimer, &QTimer::timeout, this, &FieldApp::lock);
    if (qApp) {
        qApp->installEventFilter(this);
        if (auto* gui = qobject_cast<QGuiApplication*>(qApp)) {
            // Leaving the app locks it: a phone put down on a table shows nothing.
            connect(gui, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
                if (state == Qt::ApplicationSuspended || state == Qt::ApplicationHidden)
                    lock();
            });
        }
    }
    updateStage();
}

FieldApp::~FieldApp()
{
    // Seal jobs hold the store: let them finish before it goes. Then the services, which
    // use the store and the vault, go before the members they use.
    if (QThreadPool* pool = QThreadPool::globalInstance())   // null once the application object is gone
        pool->waitForDone();
    delete m_support;
    delete m_bulletins;
    delete m_recovery;
    delete m_conversation;
    delete m_outbox;
    delete m_draft;
    delete m_sync;
    if (s_instance == this)
        s_instance = nullptr;
}

void FieldApp::setInstance(FieldApp* app)
{
    s_instance = app;
}

FieldApp* FieldApp::instance()
{
    return s_instance;
}

FieldApp* FieldApp::create(QQmlEngine* qmlEngine, QJSEngine*)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    s_instance->m_engine = qmlEngine;
    return s_instance;
}

std::uint64_t FieldApp::now() const
{
    if (m_options.clock)
        return m_options.clock();
    return static_cast<std::uint64_t>(QDateTime::currentSecsSinceEpoch());
}

void FieldApp::setLanguage(const QString& language)
{
    if (!m_uiLanguage.apply(language))
        return;
    (void)m_store->setSettingText(kLanguageSetting, m_uiLanguage.current().toStdString());
    emit languageChanged();
    if (m_engine)
        m_engine->retranslate();
}

void FieldApp::setNightMode(bool night)
{
    if (night == m_nightMode)
        return;
    m_nightMode = night;
    (void)m_store->setSettingText(kNightSetting, night ? "1" : "0");
    emit nightModeChanged();
}

void FieldApp::setHomeUnit(const QString& unit)
{
    if (unit == m_homeUnit)
        return;
    m_homeUnit = unit;
    (void)m_store->setSettingText(kHomeUnitSetting, unit.toStdString());
    emit homeUnitChanged();
}

QVariantList FieldApp::units()
{
    QVariantList out;
    if (auto directory = m_trust.directory(now()))
        for (const auto& u : directory->units)
            out << QVariantMap{{QStringLiteral("id"), QString::fromStdString(u.id)},
                               {QStringLiteral("name"), QString::fromStdString(u.nameIn(language().toStdString()))}};
    return out;
}

QString FieldApp::label(const QString& vocabulary, const QString& name) const
{
    return appcore::label(vocabulary, name);
}

QString FieldApp::organisation()
{
    return QString::fromStdString(m_trust.organisation());
}

QString FieldApp::relayUrl()
{
    return QString::fromStdString(m_trust.relayUrl());
}

void FieldApp::updateStage()
{
    Stage next = Stage::Enrol;
    if (m_trust.enrolled())
        next = !m_vault.exists() ? Stage::CreatePin : (m_vault.isUnlocked() ? Stage::Ready : Stage::Locked);
    if (next == m_stage)
        return;
    m_stage = next;
    emit stageChanged();
}



bool FieldApp::enrolFromText(const QString& code)
{
    const QByteArray text = code.trimmed().toUtf8();
    if (text.isEmpty()) {
        m_lastError = tr("Paste the enrolment code first.");
        return false;
    }
    auto s = m_trust.enrol(std::string_view(text.constData(), static_cast<std::size_t>(text.size())), now());
    if (!s) {
        m_lastError = tr("This enrolment code is not valid: %1").arg(QString::fromStdString(s.error().message));
        return false;
    }
    m_lastError = QString();
    updateStage();
    emit directoryChanged();
    m_sync->syncNow();
    return true;
}

bool FieldApp::enrolFromFile(const QUrl& file)
{
    QFile f(file.isLocalFile() ? file.toLocalFile() : file.toString());
    if (!f.open(QIODevice::ReadOnly) || f.size() > kMaxProvisioningBytes) {
        m_lastError = tr("The enrolment file cannot be read.");
        return false;
    }
    return enrolFromText(QString::fromUtf8(f.readAll()));
}

void FieldApp::createPin(const QString& pin, const QString& repeat)
{
    if (pin.size() < kMinPinLength) {
        m_lastError = tr("Choose a PIN of at least %1 digits.").arg(kMinPinLength);
        return;
    }
    if (const QString refusal = m_pinGuard.refusal(pin); !refusal.isEmpty()) {
        m_lastError = refusal;
        return;
    }
    if (pin != repeat) {
        m_lastError = tr("The two PINs are not the same.");
        return;
    }
    if (m_busy)
        return;
    m_busy = true;
    const std::string pinText = pin.toStdString();
    const VaultParams params = m_options.vaultParams;
    // Argon2id takes a second on a phone: derive off the GUI thread, store on it.
    appcore::runInBackground(
        this, [pinText, params]() { return VaultKey::create(pinText, params); },
        [this](Result<VaultKey> key) {
            m_busy = false;
            if (!key) {
                m_lastError = tr("The PIN could not be set: %1").arg(QString::fromStdString(key.error().message));
                return;
            }
            if (auto s = m_vault.create(std::move(*key)); !s) {
                m_lastError = tr("The PIN could not be set: %1").arg(QString::fromStdString(s.error().message));
                return;
            }
            m_pinGuard.recordSuccess();
            m_lastError = QString();
            m_lockTimer.start();
            updateStage();
            emit unlocked();
        });
}

void FieldApp::unlock(const QString& pin)
{
    if (m_busy || m_vault.isUnlocked())
        return;
    if (m_pinGuard.waitSeconds() > 0) {
        m_lastError = m_pinGuard.waitMessage();
        return;
    }
    m_pinGuard.recordAttempt();
    m_busy = true;
    const std::string pinText = pin.toStdString();
    FieldStore* store = m_store.get();
    appcore::runInBackground(
        this, [store, pinText]() { return DeviceVault::derive(*store, pinText); },
        [this](Result<VaultKey> key) {
            m_busy = false;
            if (!key) {
                m_lastError = m_pinGuard.wrongPinMessage();
                return;
            }
            m_pinGuard.recordSuccess();
            m_vault.adopt(std::move(*key));
            m_lastError = QString();
            m_lockTimer.start();
            updateStage();
            emit unlocked();
        });
}

void FieldApp::lock()
{
    m_lockTimer.stop();
    if (!m_vault.isUnlocked())
        return;
    emit aboutToLock();
    m_vault.lock();
    updateStage();
    emit locked();
}

void FieldApp::panicWipe()
{
    m_lockTimer.stop();
    m_vault.lock();
    emit locked();
    if (auto s = m_store->wipeAll(); !s)
        m_lastError = tr("Not everything could be deleted: %1").arg(QString::fromStdString(s.error().message));
    else
        m_lastError = QString();
    m_homeUnit.clear();
    m_nightMode = false;
    emit homeUnitChanged();
    emit nightModeChanged();
    updateStage();
    emit wiped();
}

void FieldApp::touch()
{
    if (m_vault.isUnlocked())
        m_lockTimer.start();
}

bool FieldApp::eventFilter(QObject* watched, QEvent* event)
{
    if (isInputEvent(event->type()))
        touch();
    return QObject::eventFilter(watched, event);
}

} // namespace vigil::field
