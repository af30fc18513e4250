// SPDX-License-Identifier: EUPL-1.2
#include "console.h"

#include "account.h"
#include "casecache.h"
#include "caselistmodel.h"
#include "caseview.h"
#include "dashboard.h"
#include "inboxfilter.h"
#include "lessonsubmissions.h"
#include "indicatorsview.h"
#include "alertview.h"
#include "measureeffect.h"
#include "inspectoratereports.h"
#include "signedauthorities.h"
#include "measurelistmodel.h"
#include "measureview.h"
#include "pdcalists.h"
#include "riskview.h"
#include "registryclient.h"
#include "roster.h"
#include "syncengine.h"

#include "shared/keysetrotation.h"
#include "shared/reportbody.h"
#include "shared/seal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJSEngine>
#include <QJsonDocument>
#include <QQmlEngine>
#include <QSettings>

namespace vigil::advisor {

namespace {

Console* s_instance = nullptr;
const QString kLanguageKey = QStringLiteral("ui/language");

QString settingsFile(const std::filesystem::path& dataDir)
{
    return QString::fromStdString((dataDir / "settings.ini").string());
}

/// The organisation works in Dutch; English for anyone whose system is set to English (as
/// the field app).
} // namespace

Console::Console(ConsoleOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_clock(m_options.clock), m_client(new RegistryClient(this))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentSecsSinceEpoch(); };
    std::error_code ec;
    std::filesystem::create_directories(m_options.dataDir, ec);
    m_uiLanguage.apply(!m_options.language.isEmpty()
                           ? m_options.language
                           : QSettings(settingsFile(m_options.dataDir), QSettings::IniFormat)
                                 .value(kLanguageKey, appcore::UiLanguage::systemDefault())
                                 .toString());
    m_account = new Account(m_options.dataDir / "advisor.vault", m_options.vaultParams, *m_client, this);
    m_account->setClock(m_clock);
    m_cases = new CaseListModel(m_clock, this);
    m_inbox = new InboxFilter(m_cases, this);
    m_sync = new SyncEngine(*m_account, *m_client, *m_cases, m_clock, this);
    m_caseView = new CaseView(*this, this);
    m_dashboard = new Dashboard(*m_client, this);
    m_dashboard->setNameLookup([this](const QString& id) { return m_cases->memberName(id); });
    m_lessons = new LessonSubmissions(this);
    m_measures = new MeasureView(*this, this);
    m_risks = new RiskView(*this, this);
    m_indicators = new IndicatorsView(*this, this);
    // A measure names its indicators by the board's names: a new board may name them anew.
    connect(m_indicators, &IndicatorsView::boardChanged, m_measures, &MeasureView::selectionChanged);
    m_alerts = new AlertView(*this, this);
    m_effect = new MeasureEffect(*this, this);
    m_reports = new InspectorateReports(*this, this);
    m_authorities = new SignedAuthorities(*this, this);
    // The roles change with grants and directories: fetched with the inbox (304 when unchanged).
    connect(m_sync, &SyncEngine::casesRefreshed, m_authorities, &SignedAuthorities::refresh);
    connect(m_authorities, &SignedAuthorities::changed, m_risks, &RiskView::retranslate);
    // The effect card follows the measure shown (and that measure's steps).
    connect(m_measures, &MeasureView::selectionChanged, this,
            [this] { m_effect->show(m_measures->measures()->find(m_measures->measureId())); });
    connect(m_sync, &SyncEngine::submissionsReceived, this,
            [this](const QJsonObject& answer) { m_lessons->setRows(parseSubmissions(answer)); });
    connect(m_account, &Account::unlocked, this, &Console::onUnlocked);
    connect(m_account, &Account::locked, this, &Console::onLocked);
    connect(m_account, &Account::signedInChanged, this, [this] {
        m_cases->setMembers(m_roster ? m_roster->names() : QHash<QString, QString>{}, m_account->memberId());
    });
    connect(m_sync, &SyncEngine::directoryReceived, this,
            [this](const QByteArray& blob) { onDirectory(blob, true); });
    connect(m_sync, &SyncEngine::keySetReceived, this, &Console::onKeySet);
    connect(m_sync, &SyncEngine::casesRefreshed, this, &Console::prefetchEnvelopes);
    connect(m_account, &Account::settingsChanged, this, [this] {
        if (m_cache && m_options.autoSignIn && m_account->stage() == Account::Stage::Ready && !m_account->signedIn())
            m_sync->refresh();
    });
}

Console::~Console()
{
    if (s_instance == this)
        s_instance = nullptr;
}

void Console::setInstance(Console* console)
{
    s_instance = console;
}

Console* Console::create(QQmlEngine* qml, QJSEngine* js)
{
    Q_ASSERT(s_instance);
    s_instance->m_engine = qml;
    // The console belongs to main() (or the test), never to the QML engine.
    js->setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString Console::identifyingWarning(const QString& text) const
{
    return vigil::advisor::identifyingWarning(*this, text);
}

QString Console::version() const
{
    return QStringLiteral(VIGIL_VERSION);
}

void Console::setLanguage(const QString& language)
{
    if (!m_uiLanguage.apply(language))
        return;
    QSettings settings(settingsFile(m_options.dataDir), QSettings::IniFormat);
    settings.setValue(kLanguageKey, m_uiLanguage.current());
    // Texts the C++ side composed (labels in models, the sync banner, chart titles) are made
    // again; the QML's own qsTr() bindings follow with retranslate().
    m_cases->retranslate();
    m_sync->retranslate();
    m_caseView->retranslate();
    m_dashboard->retranslate();
    m_lessons->retranslate();
    m_measures->retranslate();
    m_risks->retranslate();
    m_indicators->retranslate();
    m_alerts->retranslate();
    m_effect->retranslate();
    m_reports->retranslate();
    emit languageChanged();
    // On the next turn of the event loop: retranslate() re-evaluates every binding, and the
    // click that asked for the switch (or a layout's pending polish) should finish first.
    if (m_engine)
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine] { if (engine) engine->retranslate(); }, Qt::QueuedConnection);
}

void Console::onUnlocked()
{
    const KeyVault* vault = m_account->vault();
    auto cache = CaseCache::open(m_options.dataDir / "cache.sqlite", vault->vaultKey());
    if (!cache) {
        qWarning("vigil-advisor: the case cache does not open: %s", cache.error().message.c_str());
        return;
    }
    m_cache = std::move(*cache);
    // Who this console last was, so "assigned to me" works offline.
    if (auto scope = m_cache->blob("scope"); scope && *scope) {
        const QString text = QString::fromStdString(toString(**scope));
        const auto colon = text.indexOf(QLatin1Char(':'));
        if (colon > 0 && text.left(colon) == m_account->rootKeyId())
            m_account->setKnownMember(text.mid(colon + 1));
    }
    if (auto directory = m_cache->blob("directory"); directory && *directory)
        onDirectory(QByteArray(reinterpret_cast<const char*>((*directory)->data()),
                               static_cast<qsizetype>((*directory)->size())),
                    false);
    loadCachedCases();
    m_measures->loadCached();
    m_risks->loadCached();
    m_indicators->loadCached();
    m_alerts->loadCached();
    m_authorities->loadCached();
    for (const CaseInfo& c : m_cases->cases())
        if (auto cached = m_cache->envelope(c.id); cached && *cached)
            readHeadline(c.id, **cached);
    m_sync->setCache(m_cache.get());
    if (m_options.autoSignIn && m_account->stage() == Account::Stage::Ready)
        m_sync->refresh();
}

void Console::loadCachedCases()
{
    auto rows = m_cache->cases();
    if (!rows)
        return;
    std::vector<CaseInfo> cases;
    for (const auto& [id, json] : *rows)
        if (auto info = CaseInfo::fromJson(QJsonDocument::fromJson(QByteArray::fromStdString(json)).object()))
            cases.push_back(std::move(*info));
    m_cases->setCases(std::move(cases));
}

void Console::prefetchEnvelopes()
{
    if (!m_cache)
        return;
    m_prefetch.clear();
    for (const CaseInfo& c : m_cases->cases()) {
        auto cached = m_cache->envelope(c.id);
        if (cached && !*cached)
            m_prefetch.push_back(c.id);
    }
    fetchNextEnvelope();
}

void Console::fetchNextEnvelope()
{
    if (m_prefetching || m_prefetch.empty() || !m_cache || !m_account->signedIn())
        return;
    const qint64 id = m_prefetch.back();
    m_prefetch.pop_back();
    m_prefetching = true;
    m_client->get(QStringLiteral("/v1/advisor/cases/%1/envelope").arg(id), this, [this, id](const HttpResult& r) {
        m_prefetching = false;
        if (!r.ok() || !m_cache)
            return; // offline or gone: the case view fetches it when opened
        const Bytes envelope(r.body.begin(), r.body.end());
        (void)m_cache->putEnvelope(id, envelope);
        readHeadline(id, envelope);
        fetchNextEnvelope();
    });
}

void Console::readHeadline(qint64 caseId, const Bytes& envelope)
{
    const KeyVault* vault = m_account->vault();
    if (!vault || envelope.size() > 2 * 1024 * 1024) // big bodies (photos) wait until opened
        return;
    auto body = openBody(envelope, vault->boxKey());
    if (!body)
        return;
    if (auto decoded = decodeReportBody(body->view()))
        m_cases->setHeadline(caseId, QString::fromStdString(decoded->report.headline));
}

void Console::onLocked()
{
    // Everything decrypted or cached in memory goes; what is on disk stays sealed.
    m_caseView->closeCase();
    m_sync->reset();
    m_cases->clear();
    m_dashboard->clear();
    m_lessons->setRows({});
    m_measures->clear();
    m_risks->clear();
    m_indicators->clear();
    m_alerts->clear();
    m_effect->clear();
    m_reports->clear();
    m_authorities->clear();
    m_roster.reset();
    m_prefetch.clear();
    m_cache.reset();
}

std::vector<RootKeySet> Console::keySetHistory() const
{
    const KeyVault* vault = m_account->vault();
    if (!vault || !vault->settings())
        return {};
    const RootKeySet pinned(vault->settings()->rootKey);
    if (!m_cache)
        return {pinned};
    auto stored = m_cache->blob("keyset");
    if (!stored || !*stored)
        return {pinned};
    auto chain = decodeRotationChain(**stored);
    if (!chain)
        return {pinned};
    auto history = vigil::keySetHistory(pinned, *chain);
    return history ? std::move(*history) : std::vector<RootKeySet>{pinned};
}

DocumentSigners Console::documentSigners() const
{
    const std::vector<RootKeySet> history = keySetHistory();
    if (history.empty())
        return DocumentSigners(RootKeySet{});
    if (!m_cache)
        return DocumentSigners(history.back());
    auto directory = m_cache->blob("directory");
    if (!directory || !*directory)
        return DocumentSigners(history.back());
    return signersFor(history.back(), **directory);
}

void Console::onKeySet(const QByteArray& rotations)
{
    const KeyVault* vault = m_account->vault();
    if (!vault || !vault->settings() || !m_cache)
        return;
    const ByteView bytes(reinterpret_cast<const std::uint8_t*>(rotations.constData()),
                         static_cast<std::size_t>(rotations.size()));
    auto chain = decodeRotationChain(bytes);
    auto reached = chain ? followKeySetRotations(RootKeySet(vault->settings()->rootKey), *chain)
                         : Result<RootKeySet>(chain.error());
    if (!reached || reached->serial < keySetHistory().back().serial) {
        qWarning("vigil-advisor: the registry's key-set rotations do not verify: %s",
                 reached ? "they go back to an older serial" : reached.error().message.c_str());
        return;
    }
    (void)m_cache->putBlob("keyset", bytes);
    if (!m_unverifiedDirectory.isEmpty())
        onDirectory(std::exchange(m_unverifiedDirectory, QByteArray()), true);
}

void Console::onDirectory(const QByteArray& blob, bool store)
{
    const KeyVault* vault = m_account->vault();
    if (!vault || !vault->settings())
        return;
    const ByteView bytes(reinterpret_cast<const std::uint8_t*>(blob.constData()), static_cast<std::size_t>(blob.size()));
    auto roster = Roster::fromSigned(bytes, keySetHistory(), static_cast<std::uint64_t>(m_clock()));
    if (!roster) {
        qWarning("vigil-advisor: the registry's directory does not verify: %s", roster.error().message.c_str());
        if (store)
            m_unverifiedDirectory = blob;
        return;
    }
    if (m_roster && roster->version() < m_roster->version())
        return; // never roll back to an older directory
    m_roster = std::make_unique<Roster>(std::move(*roster));
    if (store && m_cache)
        (void)m_cache->putBlob("directory", bytes);
    m_cases->setMembers(m_roster->names(), m_account->memberId());
    m_account->setMemberName(m_roster->name(m_account->memberId()));
    if (store)
        m_authorities->recheck(); // bound to one directory version: a new one may unbind it
    m_measures->retranslate(); // unit names and the proposal's unit list come from the directory
    m_risks->retranslate();
    m_indicators->retranslate();
    m_alerts->retranslate();
    m_effect->retranslate();
    m_reports->retranslate();
}

} // namespace vigil::advisor
