// SPDX-License-Identifier: EUPL-1.2
// The registry side of the console's tests; the only file here that includes Asio (through
// registryserver.h), so it is compiled without Qt.
#include "testregistry.h"

#include "tests/support/testdata.h"

#include "registry/admin/admin.h"
#include "registry/admin/authoritiesadmin.h"
#include "registry/admin/indicatoradmin.h"
#include "registry/admin/keysetadmin.h"
#include "registry/admin/measureadmin.h"
#include "registry/bulletindesk.h"
#include "registry/pdca/alertdesk.h"
#include "registry/pdca/measuredesk.h"
#include "registry/pdca/sqlmeasurestore.h"
#include "registry/pdca/sqlalertstore.h"
#include "registry/server/registryserver.h"
#include "registry/stats/statistics.h"
#include "registry/stats/statsexport.h"

#include "shared/identity.h"
#include "shared/net/log.h"
#include "shared/routing.h"
#include "shared/seal.h"
#include "shared/sealfordirectory.h"
#include "shared/signeddoc.h"

#include <algorithm>
#include <stdexcept>

#include <chrono>
#include <random>

namespace vigil::advisor::test {

namespace {

/// Fails the test with `what` (Catch reports the exception; the QML test's setup aborts).
void need(bool condition, const char* what)
{
    if (!condition)
        throw std::runtime_error(std::string("test registry: ") + what);
}
#define NEED(expr) need(static_cast<bool>(expr), #expr)

std::int64_t unixNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string identityOf(int n)
{
    return encodeAdvisorIdentity({vigil::test::memberBoxKey(n).publicKey, vigil::test::memberSignKey(n).publicKey});
}

} // namespace

struct TestRegistry::Impl {
    TempDir dir;
    Logger log{LogLevel::Warn, [](std::string_view) {}};
    std::unique_ptr<registry::Admin> admin;
    std::unique_ptr<registry::RegistryServer> server;
    std::uint16_t port = 0;
    Directory directory;

    void start()
    {
        registry::RegistryOptions options;
        options.dataDir = dir.path();
        options.port = port;
        options.threads = 2;
        auto started = registry::RegistryServer::start(options, log);
        NEED(started.ok());
        server = std::move(*started);
        port = server->port();
    }

    /// After a role grant or revoke: the signed authorities are renewed, as `vigil-admin role
    /// grant|revoke` does.
    void roleChanged(Result<std::string> done)
    {
        NEED(registry::thenPublishAuthorities(std::move(done), *admin, unixNow()).ok());
        // With key holders the authorities wait for their signatures (docs/operations.md):
        // prepared here, signed by holders 1 and 2, published.
        if (holders) {
            const std::filesystem::path file = dir.path() / "authorities.vgo";
            NEED(registry::prepareAuthoritiesFile(*admin, unixNow(), file).ok());
            signByHolders(file);
            NEED(registry::publishSignedAuthorities(*admin, file, unixNow()).ok());
        }
    }

    std::optional<RootKeySet> holders;

    static SigningKeyPair holderKey(int n)
    {
        return SigningKeyPair::fromSeed(vigil::test::seed("holder " + std::to_string(n)));
    }

    /// Holders 1 and 2 sign a prepared document in place (offline in real life).
    static void signByHolders(const std::filesystem::path& file)
    {
        for (int n : {1, 2}) {
            auto doc = registry::readDocumentFile(file);
            NEED(doc.ok());
            auto signedDoc = addHolderSignature(*doc, holderKey(n));
            NEED(signedDoc.ok());
            NEED(registry::writeDocumentFile(file, *signedDoc).ok());
        }
    }

    void publish()
    {
        if (holders) {
            // Prepared here, signed by holders 1 and 2 (offline in real life), published.
            const std::filesystem::path file = dir.path() / "directory.vgd";
            NEED(registry::prepareDirectoryFile(*admin, unixNow(), 30, false, file).ok());
            signByHolders(file);
            NEED(registry::publishSignedDirectory(*admin, file, unixNow()).ok());
        } else {
            NEED(admin->publishDirectory(unixNow(), 30).ok());
        }
        auto blob = admin->org().latestSignedDirectory();
        NEED(blob.ok());
        auto verified = verifyDirectory(**blob, holders ? *holders : RootKeySet(admin->keys().root.publicKey),
                                        static_cast<std::uint64_t>(unixNow()));
        NEED(verified.ok());
        directory = std::move(*verified);
    }
};

TestRegistry::TestRegistry() : m_impl(std::make_unique<Impl>())
{
    NEED(registry::Admin::init(m_impl->dir.path(), {}, unixNow()).ok());
    auto admin = registry::Admin::open(m_impl->dir.path());
    NEED(admin.ok());
    m_impl->admin = std::move(*admin);
    auto& a = *m_impl->admin;
    NEED(a.addUnit(Unit{"13-bde", "13 Bde", "defence"}, true).ok());
    NEED(a.addAdvisor("m1", "Safety officer Jansen", "so-13-bde", identityOf(1)).ok());
    NEED(a.addAdvisor("m3", "Advisor Bakker", "ca-pool", identityOf(3)).ok());
    NEED(a.addAdvisor("m4", "Advisor Visser", "ca-pool", identityOf(4)).ok());
    NEED(a.addAdvisor("m7", "Inspector De Boer", "inspectorate", identityOf(7)).ok());
    m_impl->publish();
    m_impl->start();
}

TestRegistry::~TestRegistry()
{
    if (m_impl->server)
        m_impl->server->stop();
}

std::string TestRegistry::url() const
{
    return "http://127.0.0.1:" + std::to_string(m_impl->port);
}

const PublicKey& TestRegistry::rootKey() const
{
    return m_impl->admin->keys().root.publicKey;
}

std::string TestRegistry::provisioning()
{
    auto p = m_impl->admin->enrollment(url(), false);
    NEED(p.ok());
    return *p;
}

void TestRegistry::addAdvisor(const std::string& id, const std::string& name, const std::string& group,
                              const std::string& identity)
{
    NEED(m_impl->admin->addAdvisor(id, name, group, identity).ok());
    m_impl->publish();
}

FiledReport TestRegistry::file(const Report& report, const std::vector<std::string>& excluded,
                               const std::string& language)
{
    auto sealed = sealForDirectory(report, {}, m_impl->directory, SealAddress{"13-bde", language, excluded});
    NEED(sealed.ok());
    const ByteView envelope = sealed->envelope.bytes;
    auto results = m_impl->server->cases().intake(std::span<const ByteView>(&envelope, 1));
    NEED(results.ok());
    NEED(results->at(0).status == IngestStatus::Stored);
    return FiledReport{sealed->envelope.reportId, std::move(sealed->replyKey), sealed->header, results->at(0).caseId};
}

void TestRegistry::fileFollowUp(const FiledReport& original, const std::string& text, FollowUpSignal signal)
{
    auto recipients = followUpRecipients(m_impl->directory, original.header);
    NEED(recipients.ok());
    auto sealed
        = sealFollowUp(Message{{}, 0, "", text}, original.header, *recipients, m_impl->directory.routingKey, signal);
    NEED(sealed.ok());
    const ByteView envelope = sealed->bytes;
    auto results = m_impl->server->cases().intake(std::span<const ByteView>(&envelope, 1));
    NEED(results.ok());
    NEED(results->at(0).status == IngestStatus::Stored);
}

std::string TestRegistry::submissions(const std::string& state)
{
    auto text = m_impl->admin->listSubmissions(state);
    NEED(text.ok());
    return *text;
}

std::int64_t TestRegistry::firstPendingSubmission()
{
    auto pending = registry::BulletinDesk(m_impl->admin->cases()).inState(registry::SubmissionState::Pending);
    NEED(pending.ok() && !pending->empty());
    return pending->front().id;
}

void TestRegistry::approveSubmission(std::int64_t id)
{
    NEED(m_impl->admin->approveSubmission(id, unixNow()).ok());
}

void TestRegistry::rejectSubmission(std::int64_t id, const std::string& reason)
{
    NEED(m_impl->admin->rejectSubmission(id, reason, unixNow()).ok());
}

void TestRegistry::stop()
{
    m_impl->server->stop();
    m_impl->server.reset();
}

void TestRegistry::restart()
{
    m_impl->start();
}

std::vector<std::string> TestRegistry::caseAudit(std::int64_t caseId)
{
    auto log = m_impl->admin->cases().auditLog();
    NEED(log.ok());
    std::vector<std::string> out;
    for (const auto& e : *log)
        if (e.subject == std::to_string(caseId) && e.action.rfind("case.", 0) == 0)
            out.push_back(e.action);
    return out;
}

std::string TestRegistry::caseState(std::int64_t caseId)
{
    auto c = m_impl->admin->cases().findCase(caseId);
    NEED(c.ok());
    NEED(c->has_value());
    return std::string(enumName((*c)->state));
}

void TestRegistry::setGroupAutoAssign(const std::string& group, bool on)
{
    NEED(m_impl->admin->setGroupAutoAssign(group, on, unixNow()).ok());
}

std::string TestRegistry::caseAssignee(std::int64_t caseId)
{
    auto c = m_impl->admin->cases().findCase(caseId);
    NEED(c.ok());
    NEED(c->has_value());
    return (*c)->assignee;
}

std::vector<Bytes> TestRegistry::mailbox(const PublicKey& replyKey)
{
    auto items = m_impl->admin->cases().mailbox(mailboxPrefix(mailboxId(replyKey), 64), 0, 100);
    NEED(items.ok());
    std::vector<Bytes> out;
    for (auto& item : *items)
        out.push_back(std::move(item.data));
    return out;
}

std::size_t TestRegistry::messageCount(std::int64_t caseId, const std::string& kind)
{
    auto messages = m_impl->admin->cases().messages(caseId);
    NEED(messages.ok());
    return static_cast<std::size_t>(
        std::count_if(messages->begin(), messages->end(), [&](const auto& m) { return m.kind == kind; }));
}

std::string TestRegistry::statisticsJson(std::int64_t k)
{
    auto& store = m_impl->admin->cases();
    auto lock = store.lock();
    registry::StatsOptions options;
    options.k = k;
    options.now = unixNow();
    auto report = registry::computeStatistics(store.sqlite(), options);
    NEED(report.ok());
    return registry::exportJson(*report);
}

void TestRegistry::transition(std::int64_t caseId, const std::string& memberId, const std::string& to,
                              const std::string& outcome)
{
    auto state = parseEnum<registry::CaseState>(to);
    auto result = parseEnum<registry::CaseOutcome>(outcome);
    NEED(state.has_value());
    NEED(result.has_value());
    NEED(m_impl->server->cases().transition(memberId, caseId, *state, *result).ok());
}

void TestRegistry::answerAfter(std::int64_t caseId, const std::string& memberId, std::int64_t hours)
{
    {
        auto& store = m_impl->admin->cases();
        auto lock = store.lock();
        auto stmt = store.db().prepare("UPDATE cases SET received_at = received_at - ?1, ack_due = ack_due - ?1, "
                                       "feedback_due = feedback_due - ?1, contact_due = contact_due - ?1 WHERE id = ?2");
        NEED(stmt.ok());
        stmt->bind(1, hours * 3600).bind(2, caseId);
        NEED(stmt->run().ok());
    }
    if (!memberId.empty())
        NEED(m_impl->server->cases().reply(memberId, caseId, Bytes{'r', 'e', 'p', 'l', 'y'}).ok());
}

void TestRegistry::setAcknowledgeDue(std::int64_t caseId, std::int64_t due)
{
    auto& store = m_impl->admin->cases();
    auto lock = store.lock();
    auto stmt = store.db().prepare("UPDATE cases SET ack_due = ? WHERE id = ?");
    NEED(stmt.ok());
    stmt->bind(1, due).bind(2, caseId);
    NEED(stmt->run().ok());
}

void TestRegistry::grantMeasuresRole(const std::string& memberId, const std::string& unit)
{
    m_impl->roleChanged(registry::grantRole(*m_impl->admin, {memberId, registry::MeasureRole::Measures, unit}, unixNow()));
}

void TestRegistry::revokeMeasuresRole(const std::string& memberId, const std::string& unit)
{
    m_impl->roleChanged(registry::revokeRole(*m_impl->admin, {memberId, registry::MeasureRole::Measures, unit}, unixNow()));
}

void TestRegistry::handOverToKeyHolders()
{
    RootKeySet set;
    set.serial = 1;
    set.threshold = 2;
    std::vector<std::string> hex;
    for (int n = 1; n <= 3; ++n) {
        set.holders.push_back(Impl::holderKey(n).publicKey);
        hex.push_back(toHex(set.holders.back()));
    }
    NEED(registry::initKeySet(*m_impl->admin, hex, 2, unixNow()).ok());
    m_impl->holders = set;
    m_impl->publish();
}

void TestRegistry::grantCommanderRole(const std::string& memberId, const std::string& unit)
{
    m_impl->roleChanged(registry::grantRole(*m_impl->admin, {memberId, registry::MeasureRole::Commander, unit}, unixNow()));
}

void TestRegistry::grantInspectorateRole(const std::string& memberId, const std::string& unit)
{
    m_impl->roleChanged(registry::grantRole(*m_impl->admin, {memberId, registry::MeasureRole::Inspectorate, unit}, unixNow()));
}

void TestRegistry::defineIndicator(const std::string& id, const std::string& nameNl, const std::string& nameEn,
                                   const std::string& unit, const std::vector<std::string>& kinds)
{
    registry::IndicatorDef def;
    def.id = id;
    def.nameNl = nameNl;
    def.nameEn = nameEn;
    def.filter = registry::makeFilter(unit, kinds, {}, {}, {}).value();
    NEED(registry::defineIndicator(*m_impl->admin, def, unixNow()).ok());
}

std::int64_t TestRegistry::raiseAlert(const std::string& indicatorId, const std::string& month, double value,
                                      double level)
{
    registry::SqlAlertStore store(m_impl->admin->cases());
    registry::AlertRaise raise;
    raise.indicatorId = indicatorId;
    raise.month = month;
    raise.rule = "3:1";
    raise.value = value;
    raise.level = level;
    auto raised = registry::AlertDesk(store).raise(raise, unixNow());
    NEED(raised.ok());
    return raised->id;
}

void TestRegistry::setMonthCount(const std::string& month, int count)
{
    auto& store = m_impl->admin->cases();
    auto lock = store.lock();
    auto stmt = store.db().prepare("INSERT OR REPLACE INTO pdca_counts VALUES (?, ?, '13-bde', 'near_miss', "
                                   "'live_fire', 'open', 'medium', ?)");
    NEED(stmt.ok());
    stmt->bindText(1, month).bindText(2, month).bind(3, std::int64_t{count});
    NEED(stmt->run().ok());
}

std::int64_t TestRegistry::implementedMeasure(const std::string& proposer, const std::string& implementer,
                                              const std::string& indicator, const std::string& implementedOn)
{
    registry::SqlMeasureStore store(m_impl->admin->cases());
    registry::MeasureDesk desk(store);
    registry::MeasureProposal proposal;
    proposal.title = "Banksman rota at the vehicle park";
    proposal.ownerUnit = "13-bde";
    proposal.ownerRole = "S3";
    proposal.dueDate = "2099-12-31";
    proposal.indicators = {indicator};
    const std::int64_t now = unixNow();
    auto proposed = desk.propose(proposer, proposal, now);
    NEED(proposed.ok());
    implementMeasure(proposed->id, implementer, implementedOn);
    return proposed->id;
}

void TestRegistry::implementMeasure(std::int64_t id, const std::string& implementer, const std::string& implementedOn)
{
    registry::SqlMeasureStore store(m_impl->admin->cases());
    registry::MeasureDesk desk(store);
    const std::int64_t now = unixNow();
    NEED(desk.transition(implementer, id, registry::MeasureState::Approved, {}, now).ok());
    NEED(desk.transition(implementer, id, registry::MeasureState::InProgress, {}, now).ok());
    registry::MeasureStep implemented;
    implemented.implementedOn = implementedOn;
    implemented.evidence = "Rota posted at the gate.";
    NEED(desk.transition(implementer, id, registry::MeasureState::Implemented, implemented, now).ok());
}

std::vector<std::string> TestRegistry::measureIndicators(std::int64_t measureId)
{
    auto& store = m_impl->admin->cases();
    auto lock = store.lock();
    auto stmt = store.sqlite().prepare("SELECT indicator_id, is_primary FROM measure_indicators WHERE measure_id = ? "
                                   "ORDER BY indicator_id");
    NEED(stmt.ok());
    stmt->bind(1, measureId);
    std::vector<std::string> out;
    NEED(stmt->eachRow([&](const SqliteStmt& r) { out.push_back(r.text(0) + (r.int64(1) ? "*" : "")); }).ok());
    return out;
}

std::string TestRegistry::alertState(std::int64_t alertId)
{
    registry::SqlAlertStore store(m_impl->admin->cases());
    auto all = registry::AlertDesk(store).all();
    NEED(all.ok());
    for (const auto& a : *all)
        if (a.id == alertId)
            return std::string(enumName(a.state));
    return {};
}

std::string TestRegistry::riskState(std::int64_t riskId)
{
    auto& store = m_impl->admin->cases();
    auto lock = store.lock();
    auto stmt = store.db().prepare("SELECT state FROM risks WHERE id = ?");
    NEED(stmt.ok());
    stmt->bind(1, riskId);
    auto row = stmt->step();
    NEED(row.ok());
    return *row ? stmt->text(0) : std::string();
}

std::int64_t TestRegistry::caseMeasure(std::int64_t caseId)
{
    auto c = m_impl->admin->cases().findCase(caseId);
    NEED(c.ok());
    NEED(c->has_value());
    return (*c)->resolvedByMeasure.value_or(0);
}

std::string TestRegistry::measureState(std::int64_t measureId)
{
    auto& store = m_impl->admin->cases();
    auto lock = store.lock();
    auto stmt = store.db().prepare("SELECT state FROM measures WHERE id = ?");
    NEED(stmt.ok());
    stmt->bind(1, measureId);
    auto row = stmt->step();
    NEED(row.ok());
    return *row ? stmt->text(0) : std::string();
}

void TestRegistry::setMeasureDue(std::int64_t measureId, const std::string& date, std::int64_t dueAt)
{
    auto& store = m_impl->admin->cases();
    auto lock = store.lock();
    auto stmt = store.db().prepare("UPDATE measures SET due_date = ?, due_at = ? WHERE id = ?");
    NEED(stmt.ok());
    stmt->bindText(1, date).bind(2, dueAt).bind(3, measureId);
    NEED(stmt->run().ok());
}

} // namespace vigil::advisor::test
