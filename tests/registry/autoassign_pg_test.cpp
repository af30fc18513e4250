// SPDX-License-Identifier: EUPL-1.2
// Automatic assignment by load (registry/autoassign.h, issue 16 §5) through the case store's
// intake transaction, on both engines: every body runs once on a real SQLite file and once on a
// real PostgreSQL database, with the organisation written by OrgStore as vigil-admin writes it.
// The race test creates cases for one group from two connections at once, as two registry
// processes behind two relays would, and expects the load spread as if one after the other.

#include "registry/autoassign.h"

#include "registry/capacity.h"
#include "registry/orgstore.h"
#include "registry/sqlcasestore.h"
#include "tests/registry/registrydatabase.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <barrier>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

using namespace vigil;
using namespace vigil::registry;

namespace {

constexpr UnixSeconds kT0 = 1'750'000'000;
constexpr std::int64_t kDay = 86400;

template <std::size_t N>
FixedBytes<N> filled(std::uint8_t value)
{
    FixedBytes<N> out{};
    out.fill(value);
    return out;
}

/// The organisation: group "so-13" (safety officers a, b, c) and "ca-pool" (confidential
/// advisors d, e), both with assignment off, as a fresh registry has them.
struct Organisation {
    explicit Organisation(Dialect dialect) : rdb(dialect), org(rdb.connect()), store(rdb.connect())
    {
        REQUIRE(org.addGroup({"so-13", GroupKind::SafetyOfficer, "", "VF 13", "SO 13"}));
        REQUIRE(org.addGroup({"ca-pool", GroupKind::ConfidentialAdvisor, "", "VP", "CA pool"}));
        // Not in id order: the tie-break is the id's, not the order they were added in.
        for (const char* id : {"c", "a", "b"})
            addMember(id, "so-13");
        for (const char* id : {"d", "e"})
            addMember(id, "ca-pool");
    }

    void addMember(const std::string& id, const std::string& group)
    {
        ++keys;
        REQUIRE(org.addMember(Member{id, id, filled<32>(keys), filled<32>(static_cast<std::uint8_t>(keys + 100))}, group));
    }

    /// Turns the group's setting on or off as vigil-admin does: with its audit entry.
    void setAutoAssign(const std::string& group, bool on)
    {
        REQUIRE(store.writeAudited([&](Db db, AuditEntry& entry) -> Status {
            entry = AuditEntry{0, kT0, "admin", "group.auto_assign", group, on ? "on" : "off", {}, {}};
            return OrgStore::putGroupAutoAssign(db, group, on);
        }));
    }

    /// A new report to `groups`, sealed for `recipients`, received at `at`, as intake hands it over.
    NewCase newReport(std::vector<std::string> groups, std::vector<std::string> recipients, UnixSeconds at,
                      std::optional<UnixSeconds> contactDue = std::nullopt)
    {
        NewCase c;
        c.header.reportId = filled<16>(++reports);
        c.header.kind = Kind::NearMiss;
        c.header.category = Category::Diving;
        c.header.groups = std::move(groups);
        c.header.recipients = std::move(recipients);
        c.header.unit = "13-battalion";
        c.header.month = "2025-06";
        c.header.language = "nl";
        c.header.replyKey = filled<32>(static_cast<std::uint8_t>(reports + 1));
        c.header.directoryVersion = 1;
        c.envelopeHash = filled<32>(reports);
        c.envelope = Bytes{0x00, reports};
        c.receipt = Bytes{'r', reports};
        c.receivedAt = at;
        c.clocks = CaseClocks{at + 7 * kDay, at + 91 * kDay, contactDue, std::nullopt};
        return c;
    }

    /// Creates `batch` in one call, as one intake round does; returns the case ids.
    std::vector<std::int64_t> fileAll(const std::vector<NewCase>& batch)
    {
        auto out = store.createCases(batch, "registry");
        REQUIRE(out);
        REQUIRE(out->size() == batch.size());
        std::vector<std::int64_t> ids;
        for (const CreateOutcome& created : *out) {
            REQUIRE(created.status == CreateStatus::Created);
            ids.push_back(created.caseId);
        }
        return ids;
    }

    /// A new report to `groups`, sealed for `recipients`, received at `at`; returns its case id.
    std::int64_t file(std::vector<std::string> groups, std::vector<std::string> recipients, UnixSeconds at,
                      std::optional<UnixSeconds> contactDue = std::nullopt)
    {
        return fileAll({newReport(std::move(groups), std::move(recipients), at, contactDue)}).front();
    }

    std::int64_t fileToSafety(UnixSeconds at) { return file({"so-13"}, {"a", "b", "c"}, at); }

    std::string assigneeOf(std::int64_t caseId)
    {
        auto c = store.findCase(caseId);
        REQUIRE(c);
        REQUIRE(c->has_value());
        return (*c)->assignee;
    }

    /// `member` answers the reporter of case `caseId` at `at` (a sealed reply, as the API posts it).
    void reply(std::int64_t caseId, const std::string& member, UnixSeconds at)
    {
        REQUIRE(store.postReply(caseId, filled<32>(static_cast<std::uint8_t>(caseId)),
                                CaseMessage{0, "reply", member, at, Bytes{'r'}},
                                AuditEntry{0, at, member, "case.reply", std::to_string(caseId), "reply posted", {}, {}}));
    }

    void close(std::int64_t caseId, UnixSeconds at)
    {
        CaseRecord r = **store.findCase(caseId);
        r.state = CaseState::Closed;
        r.outcome = CaseOutcome::Unfounded;
        r.closedAt = at;
        r.deleteAfter = at + 400 * kDay;
        REQUIRE(store.updateCase(r, AuditEntry{0, at, r.assignee, "case.transition", std::to_string(caseId), "", {}, {}}));
    }

    std::vector<AuditEntry> entries(const std::string& action)
    {
        auto log = store.auditLog();
        REQUIRE(log);
        std::vector<AuditEntry> out;
        std::copy_if(log->begin(), log->end(), std::back_inserter(out),
                     [&](const AuditEntry& e) { return e.action == action; });
        return out;
    }

    test::RegistryDatabase rdb;
    OrgStore org;
    SqlCaseStore store;
    std::uint8_t reports = 0;
    std::uint8_t keys = 0;
};

} // namespace

TEST_CASE("a group that assigns automatically gives each new case to the member with the fewest open cases, audited "
          "after its creation, alike on SQLite and PostgreSQL",
          "[postgres][autoassign]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(test::engineName(dialect));
    Organisation o(dialect);
    o.setAutoAssign("so-13", true);
    auto groups = o.org.groups();
    REQUIRE(groups);
    CHECK(groups->front().autoAssign);
    CHECK_FALSE(groups->back().autoAssign);

    // All at zero: by member id. Then each has one, and the one who closed theirs is least loaded.
    const std::int64_t first = o.fileToSafety(kT0);
    const std::int64_t second = o.fileToSafety(kT0 + 60);
    const std::int64_t third = o.fileToSafety(kT0 + 120);
    CHECK(o.assigneeOf(first) == "a");
    CHECK(o.assigneeOf(second) == "b");
    CHECK(o.assigneeOf(third) == "c");
    o.close(second, kT0 + 3600);
    const std::int64_t fourth = o.fileToSafety(kT0 + 7200);
    CHECK(o.assigneeOf(fourth) == "b");
    // a: 1 open, b: 1 open (1 closed), c: 1 open. b has had more lately: a, then c.
    CHECK(o.assigneeOf(o.fileToSafety(kT0 + 7300)) == "a");
    CHECK(o.assigneeOf(o.fileToSafety(kT0 + 7400)) == "c");

    // Each assignment is audited as the registry's, right after the case.created it belongs to.
    auto log = o.store.auditLog();
    REQUIRE(log);
    for (std::size_t i = 0; i < log->size(); ++i) {
        if ((*log)[i].action != "case.assigned")
            continue;
        INFO((*log)[i].detail);
        REQUIRE(i > 0);
        CHECK((*log)[i - 1].action == "case.created");
        CHECK((*log)[i - 1].subject == (*log)[i].subject);
        CHECK((*log)[i].actor == "registry");
    }
    const auto assigned = o.entries("case.assigned");
    REQUIRE(assigned.size() == 6);
    CHECK(assigned[3].subject == std::to_string(fourth));
    CHECK(assigned[3].detail == "assigned automatically by load to b (group so-13: 0 open case(s), 1 in the last 30 days)");
    CHECK_FALSE(verifyAuditChain(*log).has_value());
    // The case stays where intake leaves it: received, for its member to acknowledge.
    CHECK((*o.store.findCase(fourth))->state == CaseState::Received);
}

TEST_CASE("a batch of new cases is shared out by load within the batch, each assignment audited after its case, alike "
          "on SQLite and PostgreSQL",
          "[postgres][autoassign]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(test::engineName(dialect));
    Organisation o(dialect);
    o.setAutoAssign("so-13", true);
    // One intake round: five reports for the safety officers, one for the advisors (who do not
    // assign automatically) among them. Each choice sees the loads the batch's earlier ones left.
    std::vector<NewCase> batch;
    for (int i = 0; i < 6; ++i)
        batch.push_back(i == 2 ? o.newReport({"ca-pool"}, {"d", "e"}, kT0 + i)
                               : o.newReport({"so-13"}, {"a", "b", "c"}, kT0 + i));
    const std::vector<std::int64_t> ids = o.fileAll(batch);
    std::vector<std::string> assignees;
    for (std::int64_t id : ids)
        assignees.push_back(o.assigneeOf(id));
    CHECK(assignees == std::vector<std::string>{"a", "b", "", "c", "a", "b"});

    auto log = o.store.auditLog();
    REQUIRE(log);
    std::vector<std::string> trail;
    for (const AuditEntry& e : *log)
        if (e.action.starts_with("case."))
            trail.push_back(e.action + " " + e.subject);
    const auto id = [&](std::size_t i) { return std::to_string(ids[i]); };
    CHECK(trail
          == std::vector<std::string>{"case.created " + id(0), "case.assigned " + id(0), "case.created " + id(1),
                                      "case.assigned " + id(1), "case.created " + id(2), "case.created " + id(3),
                                      "case.assigned " + id(3), "case.created " + id(4), "case.assigned " + id(4),
                                      "case.created " + id(5), "case.assigned " + id(5)});
    CHECK_FALSE(verifyAuditChain(*log).has_value());
}

TEST_CASE("of members with the same open load the one assigned fewer cases in the last 30 days takes the new case, "
          "and older cases do not count",
          "[postgres][autoassign]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(test::engineName(dialect));
    Organisation o(dialect);
    o.setAutoAssign("so-13", true);
    const UnixSeconds now = kT0 + 100 * kDay;
    // Long ago: a, b, c each got one, and closed it. Lately a got one more, closed it too.
    std::vector<std::int64_t> old{o.fileToSafety(kT0), o.fileToSafety(kT0 + 1), o.fileToSafety(kT0 + 2)};
    for (auto id : old)
        o.close(id, kT0 + kDay);
    const std::int64_t recent = o.fileToSafety(now - 5 * kDay);
    REQUIRE(o.assigneeOf(recent) == "a");
    o.close(recent, now - 4 * kDay);
    // All at zero open; a had one within 30 days, b and c none (theirs are 100 days old): b.
    CHECK(o.assigneeOf(o.fileToSafety(now)) == "b");
    // a (0 open, 1 recent) before c (0 open, 0 recent)? No: c has fewer recent ones.
    CHECK(o.assigneeOf(o.fileToSafety(now + 1)) == "c");
    CHECK(o.assigneeOf(o.fileToSafety(now + 2)) == "a");
}

TEST_CASE("automatic assignment skips a disabled member, one taken out of the group and one the reporter excluded",
          "[postgres][autoassign]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(test::engineName(dialect));
    Organisation o(dialect);
    o.setAutoAssign("so-13", true);
    // b and c carry load; a has none.
    o.fileToSafety(kT0);
    o.fileToSafety(kT0 + 1);
    o.fileToSafety(kT0 + 2);
    o.fileToSafety(kT0 + 3);
    o.fileToSafety(kT0 + 4);
    // a: 2, b: 2, c: 1 open. Excluded by the reporter, c is not a recipient: a (by id) takes it.
    CHECK(o.assigneeOf(o.file({"so-13"}, {"a", "b"}, kT0 + 10)) == "a");
    // Now a: 3, b: 2, c: 1. Disabled, c is passed over although least loaded: b.
    REQUIRE(o.org.setMemberActive("c", false));
    CHECK(o.assigneeOf(o.fileToSafety(kT0 + 20)) == "b");
    // Taken out of the group, b is passed over too (a device with an old directory still seals
    // for it): a, the only one left.
    REQUIRE(o.org.removeMember("b", "so-13"));
    CHECK(o.assigneeOf(o.fileToSafety(kT0 + 30)) == "a");
    // Nobody who can take it: the case stays unassigned, as without the setting.
    const std::int64_t orphan = o.file({"so-13"}, {"b", "c"}, kT0 + 40);
    CHECK(o.assigneeOf(orphan).empty());
    CHECK(o.entries("case.assigned").size() == 8);
}

TEST_CASE("a group that does not assign automatically leaves new cases unassigned, and the first of a case's groups "
          "that assigns decides",
          "[postgres][autoassign]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(test::engineName(dialect));
    Organisation o(dialect);
    // Off by default.
    CHECK(o.assigneeOf(o.fileToSafety(kT0)).empty());
    CHECK(o.assigneeOf(o.file({"ca-pool"}, {"d", "e"}, kT0 + 1)).empty());
    CHECK(o.entries("case.assigned").empty());

    // On for so-13 only: a case routed to the confidential advisors first and the safety officers
    // second goes to a safety officer; the confidential advisors keep choosing themselves.
    o.setAutoAssign("so-13", true);
    CHECK(o.assigneeOf(o.file({"ca-pool", "so-13"}, {"d", "e", "a", "b", "c"}, kT0 + 2)) == "a");
    CHECK(o.assigneeOf(o.file({"ca-pool"}, {"d", "e"}, kT0 + 3)).empty());
    // Both on: the header's first group decides.
    o.setAutoAssign("ca-pool", true);
    CHECK(o.assigneeOf(o.file({"ca-pool", "so-13"}, {"d", "e", "a", "b", "c"}, kT0 + 4)) == "d");
    // Off again: no more assignments, and the cases assigned before keep their assignee.
    o.setAutoAssign("so-13", false);
    o.setAutoAssign("ca-pool", false);
    CHECK(o.assigneeOf(o.file({"ca-pool", "so-13"}, {"d", "e", "a", "b", "c"}, kT0 + 5)).empty());
    CHECK(o.entries("case.assigned").size() == 2);
    CHECK(o.entries("group.auto_assign").size() == 4);
    CHECK_FALSE(o.store.writeAudited([&](Db db, AuditEntry& entry) -> Status {
        entry = AuditEntry{0, kT0, "admin", "group.auto_assign", "nope", "on", {}, {}};
        return OrgStore::putGroupAutoAssign(db, "nope", true);
    }));
}

TEST_CASE("two connections creating cases for one auto-assigning group at once spread them as if one after the "
          "other, on SQLite and on PostgreSQL",
          "[postgres][autoassign][race]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(test::engineName(dialect));
    Organisation o(dialect);
    o.setAutoAssign("so-13", true);
    REQUIRE(o.org.setMemberActive("c", false));
    constexpr int kRounds = 20;
    constexpr int kWriters = 2;
    std::barrier<> sync(kWriters);
    std::vector<std::unique_ptr<SqlCaseStore>> stores;
    for (int w = 0; w < kWriters; ++w)
        stores.push_back(std::make_unique<SqlCaseStore>(o.rdb.connect()));
    std::vector<std::string> failures(kWriters);
    std::vector<std::thread> writers;
    for (std::size_t w = 0; w < kWriters; ++w)
        writers.emplace_back([&, w] {
            for (int round = 0; round < kRounds; ++round) {
                // Each round both writers create one case at the same moment, each its own.
                NewCase c;
                const auto n = static_cast<std::uint8_t>(100 + static_cast<std::size_t>(round) * kWriters + w);
                c.header.reportId = filled<16>(n);
                c.header.kind = Kind::NearMiss;
                c.header.category = Category::Diving;
                c.header.groups = {"so-13"};
                c.header.recipients = {"a", "b", "c"};
                c.header.unit = "13-battalion";
                c.header.month = "2025-06";
                c.header.replyKey = filled<32>(n);
                c.header.directoryVersion = 1;
                c.envelopeHash = filled<32>(n);
                c.envelope = Bytes{n};
                c.receivedAt = kT0 + round;
                c.clocks = CaseClocks{kT0 + 7 * kDay, kT0 + 91 * kDay, std::nullopt, std::nullopt};
                sync.arrive_and_wait();
                if (!failures[w].empty())
                    continue;
                auto out = stores[w]->createCases(std::span(&c, 1), "relay:" + std::to_string(w));
                if (!out)
                    failures[w] = out.error().message;
            }
        });
    for (auto& t : writers)
        t.join();
    for (const auto& f : failures)
        CHECK(f == std::string());
    // One after the other, the two active members alternate: 20 each. Read stale, both writers
    // of a round would give theirs to the same member.
    CHECK(o.rdb.count("SELECT COUNT(*) FROM cases WHERE assignee = 'a'") == kRounds);
    CHECK(o.rdb.count("SELECT COUNT(*) FROM cases WHERE assignee = 'b'") == kRounds);
    CHECK(o.rdb.count("SELECT COUNT(*) FROM cases WHERE assignee IS NULL") == 0);
}

TEST_CASE("the capacity figures give each advisor's open load and time to first contact against the route's clock, "
          "and each group's open cases per member, alike on SQLite and PostgreSQL",
          "[postgres][capacity]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(test::engineName(dialect));
    Organisation o(dialect);
    o.setAutoAssign("so-13", true);
    constexpr std::int64_t kHour = 3600;
    // Before the period: one case for a, still open.
    const std::int64_t before = o.fileToSafety(kT0 - 40 * kDay);
    // In the period, three with a 48-hour contact clock: answered in 10 h (within), in 60 h
    // (late), never (run out by now); and one without a clock, answered in 2 h.
    const std::int64_t quick = o.file({"so-13"}, {"a", "b", "c"}, kT0, kT0 + 48 * kHour);      // b (a has one)
    const std::int64_t late = o.file({"so-13"}, {"a", "b", "c"}, kT0 + 1, kT0 + 48 * kHour);    // c
    const std::int64_t silent = o.file({"so-13"}, {"a", "b", "c"}, kT0 + 2, kT0 + 48 * kHour);  // a (none lately)
    const std::int64_t noClock = o.fileToSafety(kT0 + kHour);                                   // b (less open than a, id before c)
    REQUIRE(o.assigneeOf(before) == "a");
    REQUIRE(o.assigneeOf(quick) == "b");
    REQUIRE(o.assigneeOf(late) == "c");
    REQUIRE(o.assigneeOf(silent) == "a");
    REQUIRE(o.assigneeOf(noClock) == "b");
    o.reply(quick, "b", kT0 + 10 * kHour);
    o.reply(late, "c", kT0 + 1 + 60 * kHour);
    o.reply(noClock, "b", kT0 + 3 * kHour);
    o.close(noClock, kT0 + 4 * kHour);
    // A clock still running without an answer is not decided: a case received just now.
    const std::int64_t running = o.file({"so-13"}, {"a", "b", "c"}, kT0 + 99 * kHour, kT0 + 147 * kHour); // c
    REQUIRE(o.assigneeOf(running) == "c");

    const UnixSeconds now = kT0 + 100 * kHour;
    CapacityReport report;
    {
        auto lock = o.store.lock();
        auto computed = computeCapacity(o.store.db(), kT0, kT0 + 30 * kDay, now);
        REQUIRE(computed);
        report = std::move(*computed);
    }
    REQUIRE(report.advisors.size() == 5); // a, b, c (so-13) and d, e (ca-pool), by id
    const AdvisorCapacity& a = report.advisors[0];
    const AdvisorCapacity& b = report.advisors[1];
    const AdvisorCapacity& c = report.advisors[2];
    CHECK(a.member == "a");
    CHECK(a.open == 2);
    CHECK(a.cases == 1); // the case before the period is open load, not a case of the period
    CHECK(a.contacted == 0);
    CHECK_FALSE(a.medianContactHours.has_value());
    CHECK(a.clocked == 1); // run out without an answer
    CHECK(a.withinClock == 0);
    CHECK(b.open == 1);    // one closed
    CHECK(b.cases == 2);
    CHECK(b.contacted == 2);
    REQUIRE(b.medianContactHours.has_value());
    CHECK(*b.medianContactHours == Approx(6.0)); // 10 h and 2 h
    CHECK(b.clocked == 1);
    CHECK(b.withinClock == 1);
    REQUIRE(b.clockHours.has_value());
    CHECK(*b.clockHours == Approx(48.0));
    CHECK(c.open == 2);
    CHECK(c.cases == 2);
    CHECK(c.contacted == 1);
    CHECK(*c.medianContactHours == Approx(60.0));
    CHECK(c.clocked == 1); // the running one is not decided
    CHECK(c.withinClock == 0);
    CHECK(report.advisors[3].member == "d");
    CHECK(report.advisors[3].open == 0);

    REQUIRE(report.groups.size() == 2);
    CHECK(report.groups[0].group == "so-13");
    CHECK(report.groups[0].autoAssign);
    CHECK(report.groups[0].members == 3);
    CHECK(report.groups[0].open == 5);
    CHECK(report.groups[0].unassigned == 0);
    CHECK(report.groups[1].group == "ca-pool");
    CHECK_FALSE(report.groups[1].autoAssign);
    CHECK(report.groups[1].members == 2);
    CHECK(report.groups[1].open == 0);

    // A disabled member with cases on their desk stays in the figures; the group counts one less.
    REQUIRE(o.org.setMemberActive("c", false));
    auto lock = o.store.lock();
    auto again = computeCapacity(o.store.db(), kT0, kT0 + 30 * kDay, now);
    REQUIRE(again);
    CHECK(again->advisors[2].member == "c");
    CHECK(again->advisors[2].open == 2);
    CHECK(again->groups[0].members == 2);
    CHECK_FALSE(computeCapacity(o.store.db(), kT0, kT0, now));
}

TEST_CASE("a median is the middle value, or the mean of the middle two", "[capacity]")
{
    CHECK_FALSE(medianOf({}).has_value());
    CHECK(*medianOf({5.0}) == Approx(5.0));
    CHECK(*medianOf({9.0, 1.0, 4.0}) == Approx(4.0));
    CHECK(*medianOf({9.0, 1.0, 4.0, 2.0}) == Approx(3.0));
}
