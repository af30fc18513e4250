// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The console's composition root as QML sees it: one singleton that owns the account, the
// registry client, the sealed cache, the inbox, the case view, the sync engine and the
// dashboard. main() and the tests build it with their options and hand it to QML via
// setInstance().

#include "keyvault.h"

#include "shared/bytes.h"
#include "shared/onlinesigned.h"
#include "shared/rootkeyset.h"
#include "shared/qt/uilanguage.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <vector>
#include <vector>

class QQmlEngine;
class QJSEngine;

namespace vigil::advisor {

class Account;
class CaseCache;
class CaseListModel;
class CaseView;
class Dashboard;
class InboxFilter;
class LessonSubmissions;
class MeasureView;
class RiskView;
class IndicatorsView;
class AlertView;
class MeasureEffect;
class InspectorateReports;
class SignedAuthorities;
class RegistryClient;
class Roster;
class SyncEngine;

struct ConsoleOptions {
    std::filesystem::path dataDir;                 ///< vault file and sealed case cache live here
    VaultParams vaultParams = VaultParams::standard();
    std::function<qint64()> clock;                 ///< unix seconds; the system clock when empty
    bool autoSignIn = true;                        ///< sign in and sync as soon as the vault opens
    QString language;                              ///< "nl" or "en" for this run (--language); else the saved choice
};

class Console : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_MOC_INCLUDE("account.h")
    Q_MOC_INCLUDE("caselistmodel.h")
    Q_MOC_INCLUDE("caseview.h")
    Q_MOC_INCLUDE("dashboard.h")
    Q_MOC_INCLUDE("inboxfilter.h")
    Q_MOC_INCLUDE("lessonsubmissions.h")
    Q_MOC_INCLUDE("measureview.h")
    Q_MOC_INCLUDE("riskview.h")
    Q_MOC_INCLUDE("indicatorsview.h")
    Q_MOC_INCLUDE("alertview.h")
    Q_MOC_INCLUDE("measureeffect.h")
    Q_MOC_INCLUDE("inspectoratereports.h")
    Q_MOC_INCLUDE("signedauthorities.h")
    Q_MOC_INCLUDE("syncengine.h")

    Q_PROPERTY(vigil::advisor::Account* account READ account CONSTANT)
    Q_PROPERTY(vigil::advisor::CaseListModel* cases READ cases CONSTANT)
    Q_PROPERTY(vigil::advisor::InboxFilter* inbox READ inbox CONSTANT)
    Q_PROPERTY(vigil::advisor::CaseView* caseView READ caseView CONSTANT)
    Q_PROPERTY(vigil::advisor::SyncEngine* sync READ sync CONSTANT)
    Q_PROPERTY(vigil::advisor::Dashboard* dashboard READ dashboard CONSTANT)
    Q_PROPERTY(vigil::advisor::LessonSubmissions* lessons READ lessons CONSTANT)
    Q_PROPERTY(vigil::advisor::MeasureView* measures READ measures CONSTANT)
    Q_PROPERTY(vigil::advisor::RiskView* risks READ risks CONSTANT)
    Q_PROPERTY(vigil::advisor::IndicatorsView* indicators READ indicators CONSTANT)
    Q_PROPERTY(vigil::advisor::AlertView* alerts READ alerts CONSTANT)
    /// The effect card of the measure selected on the Measures tab.
    Q_PROPERTY(vigil::advisor::MeasureEffect* effect READ effect CONSTANT)
    Q_PROPERTY(vigil::advisor::InspectorateReports* reports READ reports CONSTANT)
    Q_PROPERTY(vigil::advisor::SignedAuthorities* authorities READ authorities CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

public:
    explicit Console(ConsoleOptions options, QObject* parent = nullptr);
    ~Console() override;

    /// The instance QML gets; set before the QML engine loads anything.
    static void setInstance(Console* console);
    static Console* create(QQmlEngine* qml, QJSEngine* js);

    Account* account() const { return m_account; }
    CaseListModel* cases() const { return m_cases; }
    InboxFilter* inbox() const { return m_inbox; }
    CaseView* caseView() const { return m_caseView; }
    SyncEngine* sync() const { return m_sync; }
    Dashboard* dashboard() const { return m_dashboard; }
    LessonSubmissions* lessons() const { return m_lessons; }
    MeasureView* measures() const { return m_measures; }
    RiskView* risks() const { return m_risks; }
    IndicatorsView* indicators() const { return m_indicators; }
    AlertView* alerts() const { return m_alerts; }
    MeasureEffect* effect() const { return m_effect; }
    InspectorateReports* reports() const { return m_reports; }
    SignedAuthorities* authorities() const { return m_authorities; }
    RegistryClient& client() const { return *m_client; }
    /// The sealed cache (null while locked).
    CaseCache* cache() const { return m_cache.get(); }
    /// Names and keys from the registry's directory (null until one was seen).
    const Roster* roster() const { return m_roster.get(); }
    QString version() const;
    qint64 now() const { return m_clock(); }

    /// "nl" or "en": the interface language. Setting it saves the choice in the data folder
    /// (settings.ini; not secret, so outside the vault), loads the translation and
    /// retranslates the QML and the texts the C++ side made.
    QString language() const { return m_uiLanguage.current(); }
    void setLanguage(const QString& language);

    /// The warning the PDCA dialogs show while a text they send seems to identify someone
    /// (IdentifyingWarning.qml; pdcalists.h identifyingWarning); empty when nothing was found.
    Q_INVOKABLE QString identifyingWarning(const QString& text) const;

    /// The key sets directories are checked against: the pinned root key, then every rotation
    /// followed since, oldest first (docs/protocol.md §3.6).
    std::vector<RootKeySet> keySetHistory() const;
    /// Who may sign the registry's online documents (the inspectorate's report): the newest key
    /// set followed, and the online key the held directory certifies (docs/protocol.md §3.7).
    DocumentSigners documentSigners() const;

signals:
    void languageChanged();

private:
    void onUnlocked();
    void onLocked();
    void onDirectory(const QByteArray& signedDirectory, bool store);
    /// Keeps the registry's key-set rotations when they follow from the pinned root key and do
    /// not go back (docs/protocol.md §3.6).
    void onKeySet(const QByteArray& rotations);
    /// A directory from the registry that did not verify with the sets followed so far: tried
    /// again when rotations arrive (they are fetched side by side).
    QByteArray m_unverifiedDirectory;
    void loadCachedCases();
    /// Fetches the sealed envelopes of cases not cached yet (one at a time), so every case
    /// opens offline later, and reads their headlines into memory for the inbox.
    void prefetchEnvelopes();
    void fetchNextEnvelope();
    void readHeadline(qint64 caseId, const Bytes& envelope);

    ConsoleOptions m_options;
    std::function<qint64()> m_clock;
    RegistryClient* m_client;
    Account* m_account;
    CaseListModel* m_cases;
    InboxFilter* m_inbox;
    SyncEngine* m_sync;
    CaseView* m_caseView;
    Dashboard* m_dashboard;
    LessonSubmissions* m_lessons;
    MeasureView* m_measures;
    RiskView* m_risks;
    IndicatorsView* m_indicators;
    AlertView* m_alerts;
    MeasureEffect* m_effect;
    InspectorateReports* m_reports;
    SignedAuthorities* m_authorities;
    std::unique_ptr<CaseCache> m_cache;
    std::unique_ptr<Roster> m_roster;
    std::vector<qint64> m_prefetch;
    bool m_prefetching = false;
    appcore::UiLanguage m_uiLanguage{QStringLiteral("vigil-advisor")};
    QPointer<QQmlEngine> m_engine;
};

} // namespace vigil::advisor
