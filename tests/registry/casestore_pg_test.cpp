// SPDX-License-Identifier: EUPL-1.2
// The case store (registry/sqlcasestore.h) on both engines: every test body runs once on a
// real SQLite file and once on a real PostgreSQL database (tests/support/tempostgres.h), and
// expects the same answers. The race test runs two connections creating the same cases at
// once, as two registry processes behind two relays would.

#include "registry/sqlcasestore.h"

#include "registry/pgschema.h"
#include "registry/schema.h"
#include "tests/support/tempostgres.h"
#include "tests/support/testenv.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <barrier>
#include <memory>
#include <set>
#include <string>
#include <thread>
#include <vector>

using namespace vigil;
using namespace vigil::registry;

namespace {

constexpr UnixSeconds kT0 = 1'750'000'000;
constexpr std::int64_t kDay = 86400;

const char* nameOf(Dialect d)
{
    return d == Dialect::Sqlite ? "SQLite" : "PostgreSQL";
}

/// One database of either engine, migrated, and as many stores on it as a test asks for (each
/// with its own connection, as each registry process has).
class Engine {
public:
    explicit Engine(Dialect dialect) : m_dialect(dialect), m_dir("vigil-casestore")
    {
        if (dialect == Dialect::Sqlite) {
            auto db = openServerDatabase(m_dir.path() / "registry.db", registryMigrations(), "registry");
            REQUIRE(db);
            store = std::make_unique<SqlCaseStore>(std::move(*db));
            return;
        }
        static int databases = 0;
        m_conninfo = test::sharedPostgres().createDatabase("cases_" + std::to_string(++databases));
        auto pg = PgDb::connect(m_conninfo);
        REQUIRE(pg);
        REQUIRE(migratePgSchema(*pg, registryPgMigrations(), "registry"));
        store = std::make_unique<SqlCaseStore>(std::move(*pg));
    }

    /// Another connection to the same database.
    std::unique_ptr<SqlCaseStore> open() const
    {
        if (m_dialect == Dialect::Sqlite) {
            auto db = openServerDatabase(m_dir.path() / "registry.db", {}, "registry");
            REQUIRE(db);
            return std::make_unique<SqlCaseStore>(std::move(*db));
        }
        auto pg = PgDb::connect(m_conninfo);
        REQUIRE(pg);
        return std::make_unique<SqlCaseStore>(std::move(*pg));
    }

    std::int64_t count(const std::string& sql)
    {
        auto lock = store->lock();
        auto n = store->db().queryInt(sql);
        REQUIRE(n);
        return *n;
    }

    std::unique_ptr<SqlCaseStore> store;

private:
    Dialect m_dialect;
    test::TempDir m_dir;
    std::string m_conninfo;
};

template <std::size_t N>
FixedBytes<N> filled(std::uint8_t value)
{
    FixedBytes<N> out{};
    out.fill(value);
    return out;
}

/// A new report as intake hands it to the store: routing fields only, the envelope opaque.
NewCase report(std::uint8_t n, UnixSeconds at)
{
    NewCase c;
    c.header.reportId = filled<16>(n);
    c.header.kind = Kind::NearMiss;
    c.header.category = Category::Diving;
    // Not in sorted order: the store gives them back in the header's order.
    c.header.groups = {"zulu-safety", "alpha-advisors"};
    c.header.recipients = {"m3", "m1"};
    c.header.unit = "42-battalion";
    c.header.month = "2025-06";
    c.header.language = "nl";
    c.header.severity = Severity::II;
    c.header.replyKey = filled<32>(static_cast<std::uint8_t>(0x80 + n));
    c.header.directoryVersion = 3;
    c.envelopeHash = filled<32>(n);
    c.envelope = Bytes{0x00, n, 0xff, 0x00};
    c.receipt = Bytes{'r', n};
    c.receivedAt = at;
    c.clocks = CaseClocks{at + 5 * kDay, at + 90 * kDay, at + 2 * kDay, std::nullopt};
    c.auditDetail = "route 2";
    return c;
}

/// The reporter's follow-up `n` to report `of`, with the report's reply key unless told.
NewCase followUp(const NewCase& of, std::uint8_t n, UnixSeconds at, FollowUpSignal signal = FollowUpSignal::None)
{
    NewCase c = report(n, at);
    c.header.thread = of.header.reportId;
    c.header.replyKey = of.header.replyKey;
    c.header.signal = signal;
    return c;
}

CreateOutcome createOne(SqlCaseStore& store, const NewCase& c)
{
    auto out = store.createCases(std::span(&c, 1), "relay:test");
    REQUIRE(out);
    REQUIRE(out->size() == 1);
    return out->front();
}

AuditEntry auditOf(std::int64_t caseId, UnixSeconds at, const std::string& action)
{
    return AuditEntry{0, at, "m1", action, std::to_string(caseId), "", {}, {}};
}

bool hasAction(SqlCaseStore& store, const std::string& action)
{
    auto log = store.auditLog();
    REQUIRE(log);
    return std::any_of(log->begin(), log->end(), [&](const AuditEntry& e) { return e.action == action; });
}

void chainVerifies(SqlCaseStore& store)
{
    auto log = store.auditLog();
    REQUIRE(log);
    CHECK_FALSE(verifyAuditChain(*log).has_value());
}

/// One writer of the race: each round is one createCases() call, started together with the
/// other writer's call of the same round. After a failure it still meets the other at every
/// round, so neither waits forever.
void createRounds(SqlCaseStore& store, std::barrier<>& sync, const std::vector<std::vector<NewCase>>& rounds,
                  const std::string& actor, std::vector<CreateOutcome>& outcomes, std::string& failure)
{
    for (const auto& round : rounds) {
        sync.arrive_and_wait();
        if (!failure.empty())
            continue;
        auto out = store.createCases(round, actor);
        if (!out)
            failure = out.error().message;
        else
            outcomes.insert(outcomes.end(), out->begin(), out->end());
    }
}

} // namespace

TEST_CASE("a case keeps its routing fields and clocks, and the same envelope again is a duplicate and another with "
          "its id a conflict, alike on SQLite and PostgreSQL",
          "[postgres][cases]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(nameOf(dialect));
    Engine e(dialect);
    SqlCaseStore& store = *e.store;
    const NewCase c = report(1, kT0);

    const CreateOutcome created = createOne(store, c);
    CHECK(created.status == CreateStatus::Created);
    CHECK(created.caseId > 0);
    CHECK(created.receipt == c.receipt);

    auto found = store.findCase(created.caseId);
    REQUIRE(found);
    REQUIRE(found->has_value());
    const CaseRecord& r = **found;
    CHECK(r.header.reportId == c.header.reportId);
    CHECK(r.envelopeHash == c.envelopeHash);
    CHECK(r.header.category == Category::Diving);
    CHECK(r.header.severity == Severity::II);
    CHECK(r.header.unit == "42-battalion");
    CHECK(r.header.replyKey == c.header.replyKey);
    CHECK(r.header.directoryVersion == 3);
    CHECK(r.header.groups == c.header.groups);
    CHECK(r.header.recipients == c.header.recipients);
    CHECK(r.state == CaseState::Received);
    CHECK(r.receivedAt == kT0);
    CHECK(r.clocks.acknowledgeDue == c.clocks.acknowledgeDue);
    CHECK(r.clocks.contactDue == c.clocks.contactDue);
    CHECK_FALSE(r.acknowledgedAt.has_value());
    CHECK(r.followUps == 0);

    auto byReport = store.findCaseByReportId(c.header.reportId);
    REQUIRE(byReport);
    REQUIRE(byReport->has_value());
    CHECK((*byReport)->id == created.caseId);
    auto none = store.findCaseByReportId(filled<16>(99));
    REQUIRE(none);
    CHECK_FALSE(none->has_value());
    CHECK(store.casesForMember("m3")->size() == 1);
    CHECK(store.casesForMember("m2")->empty());
    CHECK(store.openCases()->size() == 1);
    auto sealed = store.sealedEnvelope(created.caseId);
    REQUIRE(sealed);
    CHECK(*sealed == c.envelope);
    CHECK(store.sealedEnvelope(created.caseId + 100).error().kind == ErrorKind::NotFound);

    const CreateOutcome again = createOne(store, c);
    CHECK(again.status == CreateStatus::Duplicate);
    CHECK(again.caseId == created.caseId);
    CHECK(again.receipt == c.receipt);
    NewCase other = c;
    other.envelopeHash = filled<32>(0x77);
    other.receipt = Bytes{'x'};
    const CreateOutcome conflict = createOne(store, other);
    CHECK(conflict.status == CreateStatus::Conflict);
    CHECK(conflict.receipt.empty());

    CHECK(e.count("SELECT COUNT(*) FROM cases") == 1);
    CHECK(e.count("SELECT COALESCE(SUM(count), 0) FROM pdca_counts") == 1);
    CHECK(e.count("SELECT COUNT(*) FROM audit WHERE action = 'case.created'") == 1);
    chainVerifies(store);
}

TEST_CASE("a follow-up joins its case, one with another reply key is refused, one whose report is missing is held, and "
          "messages to a missing case are refused, alike on SQLite and PostgreSQL",
          "[postgres][cases]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(nameOf(dialect));
    Engine e(dialect);
    SqlCaseStore& store = *e.store;

    // A follow-up that overtook its report is kept without a case, and joins it when it comes.
    const NewCase early = report(1, kT0);
    const CreateOutcome held = createOne(store, followUp(early, 2, kT0 - 60));
    CHECK(held.status == CreateStatus::Created);
    CHECK(held.caseId == 0);
    CHECK(e.count("SELECT COUNT(*) FROM cases") == 0);
    CHECK(hasAction(store, "follow_up.held"));
    const CreateOutcome arrived = createOne(store, early);
    REQUIRE(arrived.status == CreateStatus::Created);
    CHECK((*store.findCase(arrived.caseId))->followUps == 1);
    // The held follow-up again is a duplicate that now names its case.
    const CreateOutcome heldAgain = createOne(store, followUp(early, 2, kT0 - 60));
    CHECK(heldAgain.status == CreateStatus::Duplicate);
    CHECK(heldAgain.caseId == arrived.caseId);

    const CreateOutcome joined = createOne(store, followUp(early, 3, kT0 + 3600));
    CHECK(joined.status == CreateStatus::Created);
    CHECK(joined.caseId == arrived.caseId);
    auto record = store.findCase(arrived.caseId);
    CHECK((*record)->followUps == 2);
    CHECK((*record)->lastFollowUpAt == kT0 + 3600);

    // Someone who knows the report id (a relay does) but not the reply key.
    NewCase forged = followUp(early, 4, kT0 + 7200);
    forged.header.replyKey = filled<32>(0x11);
    const CreateOutcome refused = createOne(store, forged);
    CHECK(refused.status == CreateStatus::Refused);
    CHECK(e.count("SELECT COUNT(*) FROM follow_ups") == 2);

    // An advisor's note or reply to a case that does not exist is refused, and leaves nothing.
    const auto auditBefore = e.count("SELECT COUNT(*) FROM audit");
    const CaseMessage note{0, "note", "m1", kT0, Bytes{1, 2, 3}};
    auto noCase = store.addMessage(arrived.caseId + 100, note, auditOf(arrived.caseId + 100, kT0, "case.note"));
    REQUIRE_FALSE(noCase);
    CHECK(noCase.error().kind == ErrorKind::Invalid);
    auto noReply = store.postReply(arrived.caseId + 100, filled<32>(0xab), note,
                                   auditOf(arrived.caseId + 100, kT0, "case.reply"));
    REQUIRE_FALSE(noReply);
    CHECK(noReply.error().kind == ErrorKind::Invalid);
    CaseRecord missing = **record;
    missing.id = arrived.caseId + 100;
    auto noUpdate = store.updateCase(missing, auditOf(missing.id, kT0, "case.transition"));
    REQUIRE_FALSE(noUpdate);
    CHECK(noUpdate.error().kind == ErrorKind::NotFound);
    CHECK(e.count("SELECT COUNT(*) FROM audit") == auditBefore);
    CHECK(e.count("SELECT COUNT(*) FROM case_messages") == 0);
    CHECK(e.count("SELECT COUNT(*) FROM mailbox") == 0);
    chainVerifies(store);
}

namespace {

/// What a store made of its envelopes, to compare two stores: the cases with their routing, the
/// follow-ups, the spent tokens and the audit trail (hashes and all), one line per row.
std::vector<std::string> contents(Engine& e)
{
    std::vector<std::string> out;
    auto lock = e.store->lock();
    // `kinds` says how to read each column: 't' as text, 'b' as a blob (shown in hex).
    const auto rows = [&](const std::string& kinds, const char* sql) {
        auto stmt = e.store->db().prepare(sql);
        REQUIRE(stmt);
        REQUIRE(stmt->eachRow([&](const Stmt& row) {
            std::string line = sql;
            for (std::size_t c = 0; c < kinds.size(); ++c) {
                const int column = static_cast<int>(c);
                line += " | " + (kinds[c] == 'b' ? toHex(row.blob(column)) : row.text(column));
            }
            out.push_back(line);
        }));
    };
    rows("tbtttt", "SELECT id, report_id, COALESCE(assignee, '-'), domain, unit, month FROM cases ORDER BY id");
    rows("tt", "SELECT case_id, group_id FROM case_groups ORDER BY case_id, group_id");
    rows("tt", "SELECT case_id, member_id FROM case_recipients ORDER BY case_id, member_id");
    rows("bbb", "SELECT report_id, thread, envelope_hash FROM follow_ups ORDER BY id");
    rows("tb", "SELECT epoch, nonce FROM spent_tokens ORDER BY epoch, nonce");
    rows("ttttb", "SELECT seq, action, subject, detail, hash FROM audit ORDER BY seq");
    rows("ttttt", "SELECT month, received_month, unit, category, count FROM pdca_counts "
                  "ORDER BY month, received_month, unit, category");
    return out;
}

} // namespace

TEST_CASE("a batch of envelopes of every kind is answered and stored as the same envelopes one call at a time, alike "
          "on SQLite and PostgreSQL",
          "[postgres][cases]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(nameOf(dialect));
    const tokens::AcceptedToken spentBefore{7, filled<32>(0x51), kT0 + 30 * kDay};
    const tokens::AcceptedToken shared{7, filled<32>(0x52), kT0 + 30 * kDay};
    // Kept before the batch: a case, a follow-up waiting for its report, a spent token.
    const NewCase kept = report(1, kT0);
    const NewCase awaitedReport = report(2, kT0 + 5);
    NewCase spender = report(3, kT0);
    spender.token = spentBefore;
    const std::vector<NewCase> before{kept, followUp(awaitedReport, 4, kT0), spender};

    NewCase conflicting = report(1, kT0 + 1);
    conflicting.envelopeHash = filled<32>(0xcc);
    NewCase tokenOnce = report(10, kT0 + 2);
    tokenOnce.token = shared;
    NewCase tokenAgain = report(11, kT0 + 2);
    tokenAgain.token = shared;
    NewCase tokenSpent = report(12, kT0 + 3);
    tokenSpent.token = spentBefore;
    const NewCase plain = report(13, kT0 + 3);
    const NewCase laterReport = report(14, kT0 + 4);
    NewCase forged = followUp(plain, 15, kT0 + 6);
    forged.header.replyKey = filled<32>(0x11);
    const std::vector<NewCase> batch{
        report(9, kT0 + 1),                   // new: the batch path
        kept,                                 // a duplicate
        conflicting,                          // the same report id, another envelope
        tokenOnce,                            // new, with a token
        tokenAgain,                           // its token again, in the same batch
        awaitedReport,                        // a follow-up waits for it
        report(16, kT0 + 5),                  // new again, in the same run as the next two
        tokenSpent,                           // a token spent before the batch, in a run
        report(17, kT0 + 5),
        followUp(plain, 18, kT0 + 5),         // overtakes its report within the batch
        plain,
        followUp(laterReport, 19, kT0 + 6),   // held, its report comes later in the batch
        laterReport,
        forged,                               // refused: not the reporter's key
        report(9, kT0 + 1),                   // the first one again: a duplicate within the batch
    };

    Engine batched(dialect);
    Engine oneByOne(dialect);
    for (Engine* e : {&batched, &oneByOne})
        for (const NewCase& c : before)
            REQUIRE(createOne(*e->store, c).status == CreateStatus::Created);

    auto together = batched.store->createCases(batch, "relay:test");
    REQUIRE(together);
    REQUIRE(together->size() == batch.size());
    for (std::size_t i = 0; i < batch.size(); ++i) {
        INFO("envelope " << i);
        const CreateOutcome alone = createOne(*oneByOne.store, batch[i]);
        CHECK(static_cast<int>((*together)[i].status) == static_cast<int>(alone.status));
        CHECK((*together)[i].caseId == alone.caseId);
        CHECK((*together)[i].receipt == alone.receipt);
    }
    const std::vector<CreateStatus> expected{
        CreateStatus::Created,    CreateStatus::Duplicate,  CreateStatus::Conflict, CreateStatus::Created,
        CreateStatus::TokenSpent, CreateStatus::Created,    CreateStatus::Created,  CreateStatus::TokenSpent,
        CreateStatus::Created,    CreateStatus::Created,    CreateStatus::Created,  CreateStatus::Created,
        CreateStatus::Created,    CreateStatus::Refused,    CreateStatus::Duplicate};
    for (std::size_t i = 0; i < batch.size(); ++i) {
        INFO("envelope " << i);
        CHECK(static_cast<int>((*together)[i].status) == static_cast<int>(expected[i]));
    }
    CHECK(contents(batched) == contents(oneByOne));
    CHECK(batched.count("SELECT COUNT(*) FROM cases") == 9);
    CHECK(batched.count("SELECT COUNT(*) FROM case_recipients") == 18);
    chainVerifies(*batched.store);
}

TEST_CASE("a filing token is spent once: another envelope with it is refused, the same envelope again a duplicate, "
          "alike on SQLite and PostgreSQL",
          "[postgres][cases][tokens]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(nameOf(dialect));
    Engine e(dialect);
    NewCase first = report(1, kT0);
    first.token = tokens::AcceptedToken{7, filled<32>(0x55), kT0 + 30 * kDay};
    NewCase second = report(2, kT0);
    second.token = first.token;

    CHECK(createOne(*e.store, first).status == CreateStatus::Created);
    CHECK(createOne(*e.store, first).status == CreateStatus::Duplicate);
    CHECK(createOne(*e.store, second).status == CreateStatus::TokenSpent);
    CHECK(e.count("SELECT COUNT(*) FROM cases") == 1);
    CHECK(e.count("SELECT COUNT(*) FROM spent_tokens") == 1);
    // Retention drops the spent set of an ended epoch.
    REQUIRE(e.store->purgeExpired(kT0 + 31 * kDay));
    CHECK(e.count("SELECT COUNT(*) FROM spent_tokens") == 0);
}

TEST_CASE("the workflow, notes, a reply through the mailbox, a retaliation signal and retention run alike on SQLite "
          "and PostgreSQL",
          "[postgres][cases]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(nameOf(dialect));
    Engine e(dialect);
    SqlCaseStore& store = *e.store;
    const NewCase c = report(1, kT0);
    const std::int64_t id = createOne(store, c).caseId;
    REQUIRE(id > 0);

    CaseRecord r = **store.findCase(id);
    r.state = CaseState::Acknowledged;
    r.acknowledgedAt = kT0 + 3600;
    REQUIRE(store.updateCase(r, auditOf(id, kT0 + 3600, "case.transition")));
    CHECK(e.count("SELECT COALESCE(SUM(count), 0) FROM pdca_clocks WHERE clock = 'acknowledge' AND outcome = "
                  "'in_time'")
          == 1);

    REQUIRE(store.addMessage(id, CaseMessage{0, "note", "m1", kT0 + 7200, Bytes{'n'}}, auditOf(id, kT0, "case.note")));
    const MailboxId box = filled<32>(0xab);
    auto seq = store.postReply(id, box, CaseMessage{0, "reply", "m3", kT0 + 9000, Bytes{'a', 0, 'b'}},
                               auditOf(id, kT0 + 9000, "case.reply"));
    REQUIRE(seq);
    CHECK(*seq > 0);
    // The first reply met the route's first-contact clock.
    CHECK(e.count("SELECT COALESCE(SUM(count), 0) FROM pdca_clocks WHERE clock = 'contact'") == 1);
    CHECK((*store.findCase(id))->firstReplyAt == kT0 + 9000);

    auto items = store.mailbox("AB", 0, 10);
    REQUIRE(items);
    REQUIRE(items->size() == 1);
    CHECK(items->front().seq == *seq);
    CHECK(items->front().mailbox == box);
    CHECK(items->front().data == (Bytes{'a', 0, 'b'}));
    CHECK(store.mailbox("abababa", 0, 10)->size() == 1); // an odd prefix, lower case
    CHECK(store.mailbox("ac", 0, 10)->empty());
    CHECK(store.mailbox("ab", *seq, 10)->empty());
    CHECK(store.mailbox("xyz", 0, 10).error().kind == ErrorKind::Invalid);

    const NewCase answer = followUp(c, 2, kT0 + 9000);
    REQUIRE(createOne(store, answer).status == CreateStatus::Created);
    auto messages = store.messages(id);
    REQUIRE(messages);
    REQUIRE(messages->size() == 3);
    CHECK((*messages)[0].kind == "note");
    CHECK((*messages)[1].kind == "reply");
    CHECK((*messages)[2].kind == "follow_up"); // same second as the reply: the advisor's goes first
    CHECK((*messages)[2].id < 0);
    CHECK((*messages)[2].sealed == answer.envelope);

    // Closing adds the case to the statistics; a retaliation signal reopens it and takes it out.
    r = **store.findCase(id);
    r.state = CaseState::Closed;
    r.outcome = CaseOutcome::Unfounded;
    r.closedAt = kT0 + 10 * kDay;
    r.deleteAfter = kT0 + 400 * kDay;
    REQUIRE(store.updateCase(r, auditOf(id, kT0 + 10 * kDay, "case.transition")));
    CHECK(e.count("SELECT COUNT(*) FROM stats_counts") == 3);
    CHECK(store.openCases()->empty());
    // Every clock was met or still running when it closed: none counted missed.
    CHECK(e.count("SELECT COUNT(*) FROM pdca_clocks WHERE outcome = 'missed'") == 0);

    REQUIRE(createOne(store, followUp(c, 3, kT0 + 11 * kDay, FollowUpSignal::Retaliation)).status
            == CreateStatus::Created);
    auto reopened = **store.findCase(id);
    CHECK(reopened.state == CaseState::InProgress);
    CHECK(reopened.retaliationAt == kT0 + 11 * kDay);
    CHECK(reopened.clocks.retaliationDue == kT0 + 11 * kDay + 24 * 3600);
    CHECK_FALSE(reopened.deleteAfter.has_value());
    CHECK(e.count("SELECT COUNT(*) FROM stats_counts") == 0);
    CHECK(hasAction(store, "case.retaliation"));
    // Statistics count the case once per quarter, however often its reporter signals.
    CHECK(e.count("SELECT COALESCE(SUM(count), 0) FROM retaliation_counts") == 1);
    REQUIRE(createOne(store, followUp(c, 4, kT0 + 11 * kDay + 3600, FollowUpSignal::Retaliation)).status
            == CreateStatus::Created);
    CHECK(e.count("SELECT COALESCE(SUM(count), 0) FROM retaliation_counts") == 1);
    CHECK(e.count("SELECT COALESCE(SUM(count), 0) FROM retaliation_months") == 1);  // and once per month
    CHECK((**store.findCase(id)).retaliationAt == kT0 + 11 * kDay + 3600);
    reopened = **store.findCase(id);

    reopened.state = CaseState::Closed;
    reopened.outcome = CaseOutcome::Unfounded;
    reopened.closedAt = kT0 + 12 * kDay;
    reopened.deleteAfter = kT0 + 20 * kDay;
    REQUIRE(store.updateCase(reopened, auditOf(id, kT0 + 12 * kDay, "case.transition")));
    CHECK(e.count("SELECT COUNT(*) FROM stats_counts") == 3);

    auto early = store.purgeExpired(kT0 + 19 * kDay);
    REQUIRE(early);
    CHECK(early->deleted == 0);
    auto purged = store.purgeExpired(kT0 + 20 * kDay);
    REQUIRE(purged);
    CHECK(purged->deleted == 1);
    CHECK_FALSE(store.findCase(id)->has_value());
    CHECK(e.count("SELECT COUNT(*) FROM follow_ups") == 0);
    CHECK(e.count("SELECT COUNT(*) FROM mailbox") == 0);
    CHECK(e.count("SELECT COUNT(*) FROM case_messages") == 0);
    CHECK(e.count("SELECT COUNT(*) FROM stats_counts") == 3); // the statistics outlive the case
    CHECK(e.count("SELECT COALESCE(SUM(count), 0) FROM retaliation_counts") == 1);
    CHECK(e.count("SELECT COALESCE(SUM(count), 0) FROM retaliation_months") == 1);
    CHECK(hasAction(store, "retention.purged"));
    chainVerifies(store);
}

TEST_CASE("two connections creating the same cases at once make each case once, on SQLite and on PostgreSQL",
          "[postgres][cases][race]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(nameOf(dialect));
    Engine e(dialect);
    constexpr int kCases = 40;
    // Each envelope is a round of its own; half carry a filing token, which must not turn the
    // same envelope into a refusal. Then a batch of ten, sent by both at once in one order.
    std::vector<std::vector<NewCase>> rounds;
    for (int i = 0; i < kCases; ++i) {
        NewCase c = report(static_cast<std::uint8_t>(i + 1), kT0 + i);
        if (i % 2 == 0)
            c.token = tokens::AcceptedToken{1, filled<32>(static_cast<std::uint8_t>(i + 1)), kT0 + 30 * kDay};
        rounds.push_back({c});
    }
    rounds.emplace_back();
    for (int i = 0; i < 10; ++i)
        rounds.back().push_back(report(static_cast<std::uint8_t>(100 + i), kT0 + 100 + i));
    const std::size_t total = kCases + rounds.back().size();

    constexpr int kWriters = 2;
    std::barrier<> sync(kWriters);
    std::vector<std::vector<CreateOutcome>> outcomes(kWriters);
    std::vector<std::string> failures(kWriters);
    std::vector<std::unique_ptr<SqlCaseStore>> stores;
    for (int w = 0; w < kWriters; ++w)
        stores.push_back(e.open());
    std::vector<std::thread> writers;
    for (std::size_t w = 0; w < kWriters; ++w)
        writers.emplace_back([&, w] {
            createRounds(*stores[w], sync, rounds, "relay:" + std::to_string(w), outcomes[w], failures[w]);
        });
    for (auto& t : writers)
        t.join();
    for (const auto& f : failures)
        CHECK(f == std::string());
    REQUIRE(outcomes[0].size() == total);
    REQUIRE(outcomes[1].size() == total);

    for (std::size_t i = 0; i < outcomes[0].size(); ++i) {
        INFO("envelope " << i);
        const CreateOutcome& a = outcomes[0][i];
        const CreateOutcome& b = outcomes[1][i];
        const bool oneEach = (a.status == CreateStatus::Created && b.status == CreateStatus::Duplicate)
                          || (a.status == CreateStatus::Duplicate && b.status == CreateStatus::Created);
        CHECK(oneEach);
        CHECK(a.caseId == b.caseId);
        CHECK(a.receipt == b.receipt);
    }
    const auto rows = static_cast<std::int64_t>(total);
    CHECK(e.count("SELECT COUNT(*) FROM cases") == rows);
    CHECK(e.count("SELECT COUNT(*) FROM spent_tokens") == kCases / 2);
    CHECK(e.count("SELECT COALESCE(SUM(count), 0) FROM pdca_counts") == rows);
    CHECK(e.count("SELECT COUNT(*) FROM audit WHERE action = 'case.created'") == rows);
    chainVerifies(*e.store);
}

TEST_CASE("two connections creating different cases at once never lock each other out, on SQLite and on PostgreSQL",
          "[postgres][cases][race]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(nameOf(dialect));
    Engine e(dialect);
    // Batches whose cases fall in the same cube cells, in opposite orders in the two writers:
    // written case by case, the cells (and then the audit lock) were taken in opposite orders
    // and PostgreSQL aborted one batch as a deadlock.
    const Category categories[] = {Category::Diving, Category::LiveFire, Category::Vehicles, Category::Laser};
    constexpr int kRounds = 15;
    constexpr int kBatch = 8;
    std::vector<std::vector<std::vector<NewCase>>> rounds(2);
    for (int w = 0; w < 2; ++w)
        for (int r = 0; r < kRounds; ++r) {
            auto& batch = rounds[static_cast<std::size_t>(w)].emplace_back();
            for (int i = 0; i < kBatch; ++i) {
                const int n = 1 + ((w * kRounds + r) * kBatch + i) % 250;
                NewCase c = report(static_cast<std::uint8_t>(n), kT0 + n);
                c.header.reportId[1] = static_cast<std::uint8_t>(w); // ids of their own per writer
                c.header.reportId[2] = static_cast<std::uint8_t>(r);
                c.header.category = categories[(w == 0 ? i : kBatch - 1 - i) % 4];
                batch.push_back(c);
            }
        }

    std::barrier<> sync(2);
    std::vector<std::vector<CreateOutcome>> outcomes(2);
    std::vector<std::string> failures(2);
    std::vector<std::unique_ptr<SqlCaseStore>> stores;
    stores.push_back(e.open());
    stores.push_back(e.open());
    std::vector<std::thread> writers;
    for (std::size_t w = 0; w < 2; ++w)
        writers.emplace_back([&, w] {
            createRounds(*stores[w], sync, rounds[w], "relay:" + std::to_string(w), outcomes[w], failures[w]);
        });
    for (auto& t : writers)
        t.join();
    for (const auto& f : failures)
        CHECK(f == std::string());
    for (const auto& mine : outcomes) {
        REQUIRE(mine.size() == static_cast<std::size_t>(kRounds * kBatch));
        for (const auto& o : mine)
            CHECK(o.status == CreateStatus::Created);
    }
    const std::int64_t total = 2 * kRounds * kBatch;
    CHECK(e.count("SELECT COUNT(*) FROM cases") == total);
    CHECK(e.count("SELECT COALESCE(SUM(count), 0) FROM pdca_counts") == total);
    CHECK(e.count("SELECT COALESCE(SUM(count), 0) FROM pdca_clocks WHERE clock = 'received'") == total);
    chainVerifies(*e.store);
}

TEST_CASE("replies posted by two connections at once reach a reader of the feed in order, none passed over, on "
          "SQLite and on PostgreSQL",
          "[postgres][mailbox][race]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(nameOf(dialect));
    Engine e(dialect);
    constexpr int kWriters = 2;
    constexpr int kReplies = 150;
    std::vector<std::int64_t> cases;
    for (int w = 0; w < kWriters; ++w) {
        const CreateOutcome created = createOne(*e.store, report(static_cast<std::uint8_t>(w + 1), kT0));
        REQUIRE(created.status == CreateStatus::Created);
        cases.push_back(created.caseId);
    }
    std::vector<std::unique_ptr<SqlCaseStore>> writers;
    for (int w = 0; w < kWriters; ++w)
        writers.push_back(e.open());
    auto reader = e.open();

    // The reader pages through the feed as a phone does: everything after the last seq it saw.
    // A seq that commits after a higher one was read would never be seen.
    std::atomic<int> running{kWriters};
    std::set<std::int64_t> seen;
    std::string readFailure;
    std::thread feed([&] {
        std::int64_t cursor = 0;
        for (bool last = false; !last;) {
            last = running.load() == 0;
            auto page = reader->mailbox("", cursor, 1000);
            if (!page) {
                readFailure = page.error().message;
                return;
            }
            for (const MailboxItem& item : *page) {
                seen.insert(item.seq);
                cursor = item.seq;
            }
        }
    });
    std::vector<std::string> failures(kWriters);
    std::vector<std::thread> threads;
    for (int w = 0; w < kWriters; ++w)
        threads.emplace_back([&, w] {
            const MailboxId box = filled<32>(static_cast<std::uint8_t>(0x40 + w));
            for (int i = 0; i < kReplies && failures[static_cast<std::size_t>(w)].empty(); ++i) {
                const UnixSeconds at = kT0 + i;
                auto posted = writers[static_cast<std::size_t>(w)]->postReply(
                    cases[static_cast<std::size_t>(w)], box, CaseMessage{0, "reply", "m1", at, Bytes{0x01, 0x02}},
                    auditOf(cases[static_cast<std::size_t>(w)], at, "case.replied"));
                if (!posted)
                    failures[static_cast<std::size_t>(w)] = posted.error().message;
            }
            --running;
        });
    for (auto& t : threads)
        t.join();
    feed.join();
    CHECK(readFailure == std::string());
    for (const auto& f : failures)
        CHECK(f == std::string());
    CHECK(e.count("SELECT COUNT(*) FROM mailbox") == kWriters * kReplies);
    CHECK(seen.size() == static_cast<std::size_t>(kWriters * kReplies));
    chainVerifies(*e.store);
}
