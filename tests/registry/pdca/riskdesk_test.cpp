// SPDX-License-Identifier: EUPL-1.2
#include "registry/pdca/riskdesk.h"

#include "registry/pdca/measureclocks.h"
#include "registry/pdca/measuredesk.h"
#include "registry/pdca/riskpolicy.h"
#include "registry/pdca/sqlmeasurestore.h"
#include "registry/pdca/sqlriskstore.h"

#include "tests/registry/registryfixture.h"
#include "tests/support/testdata.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::registry;

namespace {

// The fixture's organisation (tests/support/testdata.h): defence (echelon 0) > army (1) >
// 13-brigade (2) > 42-battalion (3); m1, m2 safety officers of 13-brigade; m7 inspectorate; m8
// commander of 42-battalion. Granted here: m3 measures coordinator of 42-battalion, m4
// commander of army, m5 commander of defence. Now is 2025-06-15.
struct RiskFixture : test::RegistryFixture {
    SqlMeasureStore measureStore{*store};
    MeasureDesk measures{measureStore};
    SqlRiskStore riskStore{*store};
    RiskDesk desk{riskStore};

    RiskFixture()
    {
        REQUIRE(measures.grantRole({"m3", MeasureRole::Measures, "42-battalion"}, now).ok());
        REQUIRE(measures.grantRole({"m4", MeasureRole::Commander, "army"}, now).ok());
        REQUIRE(measures.grantRole({"m5", MeasureRole::Commander, "defence"}, now).ok());
    }

    RiskProposal proposal(std::vector<std::int64_t> cases = {}, std::string unit = "42-battalion")
    {
        RiskProposal p;
        p.hazard = "Vehicles cross the range road during live fire";
        p.description = "Drivers take the range road as a short cut while the range is hot.";
        p.domain = Domain::Physical;
        p.unit = std::move(unit);
        p.initial = {Severity::I, RiskProbability::C};   // high
        p.cases = std::move(cases);
        return p;
    }

    std::size_t auditCount() { return store->auditLog()->size(); }
    AuditEntry lastAudit() { return store->auditLog()->back(); }
    RiskDecisionRequest accept(std::string due = "2025-12-31")
    {
        return RiskDecisionRequest{true, std::move(due), "barrier and sentry in place"};
    }
};

} // namespace

TEST_CASE("a risk is recorded, assessed, accepted, reviewed and closed with one audit entry per change, and the "
          "chain verifies",
          "[registry][pdca][risks]")
{
    RiskFixture f;
    const std::int64_t caseId = f.file(test::nearMissReport());
    std::size_t entries = f.auditCount();

    auto created = f.desk.create("m1", f.proposal({caseId}), f.now);
    REQUIRE(created.ok());
    CHECK(created->state == RiskState::Open);
    CHECK(created->cases == std::vector<std::int64_t>{caseId});
    CHECK_FALSE(created->residual.has_value());
    REQUIRE(f.auditCount() == ++entries);
    CHECK(f.lastAudit().action == "risk.created");
    CHECK(f.lastAudit().detail == "hazard " + textTag(f.proposal().hazard)
                                      + ", physical, scope 42-battalion, initial I-C (high), cases "
                                      + std::to_string(caseId) + ", measures none");
    const std::int64_t id = created->id;

    auto assessed = f.desk.assess("m3", id, {Severity::III, RiskProbability::D}, "a barrier at each end", f.now);
    REQUIRE(assessed.ok());
    CHECK(assessed->residual == MatrixCell{Severity::III, RiskProbability::D});
    REQUIRE(f.auditCount() == ++entries);
    CHECK(f.lastAudit().detail == "residual III-D (medium), note " + textTag("a barrier at each end"));

    auto accepted = f.desk.decide("m8", id, f.accept(), f.now);
    REQUIRE(accepted.ok());
    CHECK(accepted->state == RiskState::Accepted);
    CHECK(accepted->reviewDue == endOfDate("2025-12-31"));
    REQUIRE(accepted->decisions.size() == 1);
    const RiskDecision& d = accepted->decisions.front();
    CHECK(d.kind == RiskDecisionKind::Accepted);
    CHECK(d.level == RiskLevel::Medium);
    CHECK(d.member == "m8");
    CHECK(d.acceptor == Acceptor{MeasureRole::Commander, "42-battalion", 3, 3});
    REQUIRE(f.auditCount() == ++entries);
    CHECK(f.lastAudit().action == "risk.accepted");
    CHECK(f.lastAudit().detail
          == "III-D (medium) by commander of 42-battalion (echelon 3, required 3), review 2025-12-31, note "
                 + textTag("barrier and sentry in place"));

    f.now += 150 * 86400;
    auto reviewed = f.desk.review("m4", id, "2026-06-30", "", f.now);
    REQUIRE(reviewed.ok());
    CHECK(reviewed->state == RiskState::Accepted);
    CHECK(reviewed->reviewDue == endOfDate("2026-06-30"));
    REQUIRE(reviewed->decisions.size() == 2);
    CHECK(reviewed->decisions[1].kind == RiskDecisionKind::Reviewed);
    CHECK(reviewed->decisions[1].acceptor == Acceptor{MeasureRole::Commander, "army", 1, 3});
    REQUIRE(f.auditCount() == ++entries);
    CHECK(f.lastAudit().action == "risk.reviewed");

    auto closed = f.desk.close("m3", id, "the range road is closed for good", f.now);
    REQUIRE(closed.ok());
    CHECK(closed->state == RiskState::Closed);
    CHECK_FALSE(closed->reviewDue.has_value());
    CHECK(closed->closeReason == "the range road is closed for good");
    REQUIRE(f.auditCount() == ++entries);
    CHECK(f.lastAudit().detail == "accepted -> closed (reason " + textTag("the range road is closed for good") + ")");

    // No text of the register is in the trail: only tags.
    const auto log = f.store->auditLog();
    REQUIRE(log.ok());
    for (const auto& e : *log) {
        CHECK(e.detail.find("range road") == std::string::npos);
        CHECK(e.detail.find("barrier") == std::string::npos);
    }
    CHECK_FALSE(verifyAuditChain(*log).has_value());
}

TEST_CASE("acceptance above the acceptor's authority is refused at each echelon and allowed at the required one",
          "[registry][pdca][risks]")
{
    RiskFixture f;
    auto created = f.desk.create("m8", f.proposal(), f.now);
    REQUIRE(created.ok());
    const std::int64_t id = created->id;
    // Residual II-C: serious, so echelon 1 or higher.
    REQUIRE(f.desk.assess("m8", id, {Severity::II, RiskProbability::C}, "", f.now).ok());
    const RiskRecord before = *f.desk.find(id);
    const std::size_t entries = f.auditCount();
    struct Attempt {
        const char* member;
        AcceptanceShortfall shortfall;
    };
    for (const Attempt& a : {Attempt{"m3", AcceptanceShortfall::RoleRequired},       // measures coordinator
                             Attempt{"m8", AcceptanceShortfall::AuthorityTooLow}}) { // commander at echelon 3
        INFO(a.member);
        AcceptanceShortfall why = AcceptanceShortfall::None;
        auto r = f.desk.decide(a.member, id, f.accept(), f.now, &why);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ErrorKind::Refused);
        CHECK(why == a.shortfall);
        CHECK(*f.desk.find(id) == before);
        CHECK(f.auditCount() == entries);
    }
    auto m8 = f.desk.decide("m8", id, f.accept(), f.now);
    REQUIRE_FALSE(m8.ok());
    CHECK(m8.error().message
          == "a serious risk at 42-battalion needs a commander at echelon 1 or higher; m8 is commander of "
             "42-battalion (echelon 3)");
    // The army's commander (echelon 1) may.
    auto accepted = f.desk.decide("m4", id, f.accept(), f.now);
    REQUIRE(accepted.ok());
    CHECK(accepted->decisions.back().acceptor == Acceptor{MeasureRole::Commander, "army", 1, 1});

    // A high residual risk needs echelon 0: the army refused, defence allowed, after a re-assessment.
    REQUIRE(f.desk.assess("m8", id, {Severity::I, RiskProbability::B}, "", f.now).ok());
    CHECK(f.desk.decide("m4", id, f.accept(), f.now).error().kind == ErrorKind::Refused);
    auto top = f.desk.decide("m5", id, f.accept(), f.now);
    REQUIRE(top.ok());
    CHECK(top->decisions.back().acceptor == Acceptor{MeasureRole::Commander, "defence", 0, 0});
}

TEST_CASE("the operator's acceptance policy is the one applied", "[registry][pdca][risks]")
{
    RiskFixture f;
    auto created = f.desk.create("m8", f.proposal(), f.now);
    REQUIRE(created.ok());
    REQUIRE(f.desk.assess("m8", created->id, {Severity::II, RiskProbability::C}, "", f.now).ok());
    REQUIRE_FALSE(f.desk.decide("m8", created->id, f.accept(), f.now).ok());
    AcceptancePolicy policy = defaultAcceptancePolicy();
    policy.rules[1].maxDepth = 3;   // serious: echelon 3 or higher
    {
        auto lock = f.store->lock();
        auto set = f.store->db().prepare("INSERT INTO settings(key, value) VALUES (?, ?)");
        REQUIRE(set.ok());
        const std::string text = encodeAcceptancePolicy(policy);
        set->bindText(1, kAcceptanceSetting).bindText(2, text);
        REQUIRE(set->run().ok());
    }
    CHECK(f.desk.decide("m8", created->id, f.accept(), f.now).ok());
}

TEST_CASE("re-assessing the residual risk lapses its acceptance", "[registry][pdca][risks]")
{
    RiskFixture f;
    auto created = f.desk.create("m8", f.proposal(), f.now);
    REQUIRE(created.ok());
    const std::int64_t id = created->id;
    REQUIRE(f.desk.assess("m8", id, {Severity::III, RiskProbability::D}, "", f.now).ok());
    REQUIRE(f.desk.decide("m8", id, f.accept(), f.now).ok());
    auto again = f.desk.assess("m3", id, {Severity::III, RiskProbability::C}, "more traffic since", f.now);
    REQUIRE(again.ok());
    CHECK(again->state == RiskState::Open);
    CHECK_FALSE(again->reviewDue.has_value());
    CHECK(f.lastAudit().detail == "residual III-C (medium), acceptance lapsed, note " + textTag("more traffic since"));
    // The acceptance is on record; a new one is needed for the new cell.
    CHECK(again->decisions.size() == 1);
    CHECK(f.desk.review("m8", id, "2026-01-31", "", f.now).error().kind == ErrorKind::Conflict);
    CHECK(f.desk.decide("m8", id, f.accept(), f.now).ok());
}

TEST_CASE("a decision not to accept is recorded and the risk stays open", "[registry][pdca][risks]")
{
    RiskFixture f;
    auto created = f.desk.create("m8", f.proposal(), f.now);
    REQUIRE(created.ok());
    REQUIRE(f.desk.assess("m8", created->id, {Severity::III, RiskProbability::D}, "", f.now).ok());
    auto declined = f.desk.decide("m8", created->id, RiskDecisionRequest{false, "", "needs a second barrier"}, f.now);
    REQUIRE(declined.ok());
    CHECK(declined->state == RiskState::Open);
    REQUIRE(declined->decisions.size() == 1);
    CHECK(declined->decisions[0].kind == RiskDecisionKind::Declined);
    CHECK_FALSE(declined->decisions[0].reviewDue.has_value());
    CHECK(f.lastAudit().action == "risk.declined");
    // A decline carries no review date.
    CHECK(f.desk.decide("m8", created->id, RiskDecisionRequest{false, "2025-12-31", ""}, f.now).error().kind
          == ErrorKind::Invalid);
}

TEST_CASE("a risk step that fails changes nothing and writes no audit entry", "[registry][pdca][risks]")
{
    RiskFixture f;
    auto created = f.desk.create("m8", f.proposal(), f.now);
    REQUIRE(created.ok());
    const std::int64_t id = created->id;
    const RiskRecord before = *f.desk.find(id);
    const std::size_t entries = f.auditCount();
    auto expect = [&](const char* what, const Result<RiskRecord>& r, ErrorKind kind) {
        INFO(what);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == kind);
        CHECK(*f.desk.find(id) == before);
        CHECK(f.auditCount() == entries);
    };
    expect("accepting before the residual is assessed", f.desk.decide("m5", id, f.accept(), f.now),
           ErrorKind::Conflict);
    expect("a review date in the past", f.desk.decide("m5", id, f.accept("2025-06-01"), f.now), ErrorKind::Invalid);
    expect("a review date that is no date", f.desk.decide("m5", id, f.accept("soon"), f.now), ErrorKind::Invalid);
    expect("reviewing an open risk", f.desk.review("m5", id, "2025-12-31", "", f.now), ErrorKind::Conflict);
    expect("reopening an open risk", f.desk.reopen("m8", id, "why", f.now), ErrorKind::Conflict);
    expect("closing without a reason", f.desk.close("m8", id, "", f.now), ErrorKind::Invalid);
    expect("closing without a role", f.desk.close("m1", id, "done", f.now), ErrorKind::NotFound);
    expect("the inspectorate closing", f.desk.close("m7", id, "done", f.now), ErrorKind::Refused);
    expect("a residual risk without a severity",
           f.desk.assess("m8", id, {Severity::None, RiskProbability::A}, "", f.now), ErrorKind::Invalid);
    expect("assessing without a role", f.desk.assess("m7", id, {Severity::IV, RiskProbability::E}, "", f.now),
           ErrorKind::Refused);
    expect("no such risk", f.desk.close("m8", id + 1, "done", f.now), ErrorKind::NotFound);
    expect("linking a measure that does not exist", f.desk.linkMeasure("m8", id, 99, true, f.now),
           ErrorKind::NotFound);
    RiskProposal eliminated = f.proposal();
    eliminated.initial.probability = RiskProbability::F;
    CHECK(f.desk.create("m8", eliminated, f.now).error().kind == ErrorKind::Invalid);
    RiskProposal elsewhere = f.proposal({}, "13-brigade");
    CHECK(f.desk.create("m8", elsewhere, f.now).error().kind == ErrorKind::Refused);
    RiskProposal nowhere = f.proposal({}, "atlantis");
    CHECK(f.desk.create("m8", nowhere, f.now).error().kind == ErrorKind::Invalid);
    CHECK(f.auditCount() == entries);
    CHECK(f.desk.all()->size() == 1);
}

TEST_CASE("who sees a risk, and the linked cases and measures each member is shown", "[registry][pdca][risks]")
{
    RiskFixture f;
    const std::int64_t caseId = f.file(test::nearMissReport());
    auto measure = f.measures.propose("m1", MeasureProposal{"Barrier at the range road", "", Domain::Physical,
                                                             "42-battalion", "S3", "2025-09-30", {caseId}, {}, {}, {}},
                                      f.now);
    REQUIRE(measure.ok());
    RiskProposal p = f.proposal({caseId});
    p.measures = {measure->id};
    auto created = f.desk.create("m1", p, f.now);
    REQUIRE(created.ok());
    CHECK(created->measures == std::vector<std::int64_t>{measure->id});
    const std::int64_t id = created->id;

    CHECK(f.desk.findFor("m1", id)->cases == std::vector<std::int64_t>{caseId});   // creator, holds the case
    CHECK(f.desk.findFor("m7", id).ok());                                          // inspectorate
    auto commander = f.desk.findFor("m8", id);                                     // role covering the scope
    REQUIRE(commander.ok());
    CHECK(commander->cases.empty());   // m8 does not hold the case
    CHECK(f.desk.findFor("m3", id).ok());
    auto other = f.desk.findFor("m6", id);   // integrity desk: no role, no case
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().kind == ErrorKind::NotFound);
    CHECK(f.desk.visibleTo("m6")->empty());
    CHECK(f.desk.visibleTo("m8")->size() == 1);

    // Unlinking and linking again, each audited once.
    const std::size_t entries = f.auditCount();
    REQUIRE(f.desk.linkMeasure("m8", id, measure->id, false, f.now).ok());
    CHECK(f.desk.find(id)->measures.empty());
    CHECK(f.desk.linkMeasure("m8", id, measure->id, false, f.now).error().kind == ErrorKind::Conflict);
    REQUIRE(f.desk.linkMeasure("m8", id, measure->id, true, f.now).ok());
    CHECK(f.lastAudit().action == "risk.measure_linked");
    CHECK(f.auditCount() == entries + 2);
}

TEST_CASE("a linked case deleted by retention leaves the risk", "[registry][pdca][risks]")
{
    RiskFixture f;
    const std::int64_t gone = f.file(test::nearMissReport());
    auto created = f.desk.create("m1", f.proposal({gone}), f.now);
    REQUIRE(created.ok());
    REQUIRE(f.service->transition("m1", gone, CaseState::Acknowledged).ok());
    REQUIRE(f.service->transition("m1", gone, CaseState::Closed, CaseOutcome::Unfounded).ok());
    f.now += 380 * 86400;
    REQUIRE(f.service->runRetention().value() == 1);
    auto after = f.desk.find(created->id);
    REQUIRE(after.ok());
    CHECK(after->cases.empty());
    CHECK(after->hazard == f.proposal().hazard);
}
