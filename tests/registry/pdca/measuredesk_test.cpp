// SPDX-License-Identifier: EUPL-1.2
#include "registry/pdca/measuredesk.h"

#include "registry/pdca/sqlmeasurestore.h"

#include "tests/registry/registryfixture.h"
#include "tests/support/testdata.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::registry;

namespace {

// The fixture's organisation (tests/support/testdata.h): units defence > army > 13-brigade >
// 42-battalion; m1, m2 safety officers of 13-brigade; m3–m5 confidential advisors; m6 integrity
// desk; m7 inspectorate; m8 commander of 42-battalion. Now is 2025-06-15.
struct DeskFixture : test::RegistryFixture {
    SqlMeasureStore measures{*store};
    MeasureDesk desk{measures};

    MeasureProposal proposal(std::vector<std::int64_t> cases = {})
    {
        MeasureProposal p;
        p.title = "Fit racks for jerrycans at the fuel point";
        p.description = "Leaking jerrycans were reported twice at the fuel point of 42 Battalion.";
        p.domain = Domain::Physical;
        p.ownerUnit = "42-battalion";
        p.ownerRole = "S4";
        p.dueDate = "2025-09-30";
        p.cases = std::move(cases);
        return p;
    }

    std::size_t auditCount() { return store->auditLog()->size(); }
    AuditEntry lastAudit() { return store->auditLog()->back(); }

    MeasureStep implemented(std::string on = "2025-06-10")
    {
        MeasureStep s;
        s.implementedOn = std::move(on);
        s.evidence = "racks fitted, photo in the S4 file";
        return s;
    }
    MeasureStep judged(MeasureVerdict v = MeasureVerdict::Effective)
    {
        MeasureStep s;
        s.verdict = v;
        s.basis = VerdictBasis::Judgement;
        s.note = "no leaking jerrycan reported in six months";
        return s;
    }
    MeasureStep because(std::string reason)
    {
        MeasureStep s;
        s.reason = std::move(reason);
        return s;
    }
};

} // namespace

TEST_CASE("a measure goes from proposal to a checked verdict with one audit entry per step, and the chain verifies",
          "[registry][pdca]")
{
    DeskFixture f;
    const std::int64_t caseId = f.file(test::nearMissReport());
    REQUIRE(f.desk.grantRole({"m4", MeasureRole::Measures, "13-brigade"}, f.now).ok());

    std::size_t entries = f.auditCount();
    auto proposed = f.desk.propose("m1", f.proposal({caseId}), f.now);
    REQUIRE(proposed.ok());
    CHECK(proposed->state == MeasureState::Proposed);
    CHECK(proposed->proposedBy == "m1");
    CHECK(proposed->cases == std::vector<std::int64_t>{caseId});
    CHECK(proposed->casesLinked == 1);
    CHECK(proposed->dueAt == 1'759'276'799); // 2025-09-30 23:59:59 UTC
    REQUIRE(f.auditCount() == ++entries);
    const AuditEntry proposal = f.lastAudit();
    CHECK(proposal.action == "measure.proposed");
    CHECK(proposal.actor == "m1");
    CHECK(proposal.subject == std::to_string(proposed->id));
    CHECK(proposal.detail == "title " + textTag(f.proposal().title) + ", physical, owner 42-battalion S4, due 2025-09-30, cases "
                                 + std::to_string(caseId));
    const std::int64_t id = proposed->id;

    struct Step {
        std::string member;
        MeasureState to;
        MeasureStep step;
        std::string detail;
    };
    const std::vector<Step> steps{
        {"m8", MeasureState::Approved, {}, "proposed -> approved"},
        {"m1", MeasureState::InProgress, {}, "approved -> in_progress"},
        {"m8", MeasureState::Implemented, f.implemented(),
         "in_progress -> implemented (on 2025-06-10, evidence " + textTag(f.implemented().evidence) + ")"},
        {"m4", MeasureState::Checked, f.judged(MeasureVerdict::NotEffective),
         "implemented -> checked (not_effective by judgement, note " + textTag(f.judged().note) + ")"},
    };
    for (const Step& s : steps) {
        INFO(s.member << " -> " << enumName(s.to));
        f.now += 3600;
        auto moved = f.desk.transition(s.member, id, s.to, s.step, f.now);
        REQUIRE(moved.ok());
        CHECK(moved->state == s.to);
        REQUIRE(f.auditCount() == ++entries);
        const AuditEntry e = f.lastAudit();
        CHECK(e.action == "measure.transition");
        CHECK(e.actor == s.member);
        CHECK(e.subject == std::to_string(id));
        CHECK(e.detail == s.detail);
    }
    auto done = f.desk.find(id);
    REQUIRE(done.ok());
    CHECK(done->approvedBy == "m8");
    CHECK(done->startedBy == "m1");
    CHECK(done->implementedBy == "m8");
    CHECK(done->implementedOn == "2025-06-10");
    CHECK(done->checkedBy == "m4");
    CHECK(done->verdict == MeasureVerdict::NotEffective);
    CHECK(done->basis == VerdictBasis::Judgement);
    CHECK(done->checkNote == f.judged().note);

    auto log = f.store->auditLog();
    REQUIRE(log.ok());
    CHECK_FALSE(verifyAuditChain(*log).has_value());
    // Texts reach the trail only by their tag.
    for (const auto& e : *log) {
        CHECK(e.detail.find("jerrycan") == std::string::npos);
        CHECK(e.detail.find("racks") == std::string::npos);
    }
}

TEST_CASE("a measure that replaces a not-effective one names it", "[registry][pdca]")
{
    DeskFixture f;
    auto first = f.desk.propose("m8", f.proposal(), f.now);
    REQUIRE(first.ok());
    auto p = f.proposal();
    p.supersedes = first->id;
    auto second = f.desk.propose("m8", p, f.now);
    REQUIRE(second.ok());
    CHECK(second->supersedes == first->id);
    CHECK_THAT(f.lastAudit().detail, Catch::EndsWith(", supersedes " + std::to_string(first->id)));
    p.supersedes = 999;
    auto missing = f.desk.propose("m8", p, f.now);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::NotFound);
}

TEST_CASE("a measure is reopened with a reason and cancelled with a reason, both kept", "[registry][pdca]")
{
    DeskFixture f;
    auto m = f.desk.propose("m8", f.proposal(), f.now);
    REQUIRE(m.ok());
    REQUIRE(f.desk.grantRole({"m4", MeasureRole::Measures, ""}, f.now).ok());
    REQUIRE(f.desk.transition("m4", m->id, MeasureState::Approved, {}, f.now).ok());
    REQUIRE(f.desk.transition("m4", m->id, MeasureState::Implemented, f.implemented(), f.now).ok());
    auto reopened = f.desk.transition("m4", m->id, MeasureState::InProgress, f.because("racks fitted at one point only"),
                                      f.now);
    REQUIRE(reopened.ok());
    CHECK(reopened->reopenedBy == "m4");
    CHECK(reopened->reopenReason == "racks fitted at one point only");
    CHECK_FALSE(reopened->implementedOn.has_value());
    CHECK(f.lastAudit().detail == "implemented -> in_progress (reason " + textTag("racks fitted at one point only") + ")");
    auto cancelled = f.desk.transition("m4", m->id, MeasureState::Cancelled, f.because("fuel point closed"), f.now);
    REQUIRE(cancelled.ok());
    CHECK(cancelled->cancelReason == "fuel point closed");
    CHECK(cancelled->cancelledBy == "m4");
}

TEST_CASE("a step that fails changes nothing and writes no audit entry", "[registry][pdca]")
{
    DeskFixture f;
    const std::int64_t caseId = f.file(test::nearMissReport());
    REQUIRE(f.desk.grantRole({"m4", MeasureRole::Measures, "42-battalion"}, f.now).ok());
    auto m = f.desk.propose("m1", f.proposal({caseId}), f.now);
    REQUIRE(m.ok());
    const MeasureRecord before = *f.desk.find(m->id);
    const std::size_t entries = f.auditCount();

    struct Attempt {
        const char* what;
        std::string member;
        std::int64_t id;
        MeasureState to;
        MeasureStep step;
        ErrorKind kind;
    };
    MeasureStep future = f.implemented("2025-06-16");
    MeasureStep effectCheck = f.judged();
    effectCheck.basis = VerdictBasis::EffectCheck;
    const std::vector<Attempt> attempts{
        {"not a step from proposed", "m8", m->id, MeasureState::Implemented, f.implemented(), ErrorKind::Conflict},
        {"the proposer approving", "m1", m->id, MeasureState::Approved, {}, ErrorKind::Refused},
        {"the inspectorate approving", "m7", m->id, MeasureState::Approved, {}, ErrorKind::Refused},
        {"an advisor without a role approving", "m3", m->id, MeasureState::Approved, {}, ErrorKind::Refused},
        {"cancelling without a reason", "m8", m->id, MeasureState::Cancelled, {}, ErrorKind::Invalid},
        {"no such measure", "m8", m->id + 1, MeasureState::Approved, {}, ErrorKind::NotFound},
        {"no such member", "m99", m->id, MeasureState::Approved, {}, ErrorKind::NotFound},
    };
    for (const Attempt& a : attempts) {
        INFO(a.what);
        auto r = f.desk.transition(a.member, a.id, a.to, a.step, f.now);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == a.kind);
        CHECK(*f.desk.find(m->id) == before);
        CHECK(f.auditCount() == entries);
    }
    // After approval: a date in the future, an effect check that does not exist yet.
    REQUIRE(f.desk.transition("m4", m->id, MeasureState::Approved, {}, f.now).ok());
    const MeasureRecord approved = *f.desk.find(m->id);
    for (auto [to, step] : {std::pair{MeasureState::Implemented, future}}) {
        auto r = f.desk.transition("m8", m->id, to, step, f.now);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ErrorKind::Invalid);
        CHECK_THAT(r.error().message, Catch::Contains("lies in the future"));
    }
    REQUIRE(f.desk.transition("m8", m->id, MeasureState::Implemented, f.implemented(), f.now).ok());
    const MeasureRecord implemented = *f.desk.find(m->id);
    const std::size_t later = f.auditCount();
    auto checked = f.desk.transition("m4", m->id, MeasureState::Checked, effectCheck, f.now);
    REQUIRE_FALSE(checked.ok());
    CHECK(checked.error().kind == ErrorKind::Invalid);
    CHECK(*f.desk.find(m->id) == implemented);
    CHECK(f.auditCount() == later);
    CHECK(approved.state == MeasureState::Approved);
}

TEST_CASE("a proposal that fails leaves no measure and no audit entry", "[registry][pdca]")
{
    DeskFixture f;
    const std::int64_t caseId = f.file(test::nearMissReport());
    const std::size_t entries = f.auditCount();
    struct Attempt {
        const char* what;
        std::string member;
        MeasureProposal proposal;
        ErrorKind kind;
    };
    auto edited = [&](auto edit) {
        MeasureProposal p = f.proposal({caseId});
        edit(p);
        return p;
    };
    const std::vector<Attempt> attempts{
        {"no title", "m1", edited([](MeasureProposal& p) { p.title.clear(); }), ErrorKind::Invalid},
        {"a title of two lines", "m1", edited([](MeasureProposal& p) { p.title += "\nsecond"; }), ErrorKind::Invalid},
        {"a direction override", "m1", edited([](MeasureProposal& p) { p.description += "\u202e"; }), ErrorKind::Invalid},
        {"a past due date", "m1", edited([](MeasureProposal& p) { p.dueDate = "2025-06-14"; }), ErrorKind::Invalid},
        {"no calendar date", "m1", edited([](MeasureProposal& p) { p.dueDate = "2025-02-29"; }), ErrorKind::Invalid},
        {"no owner role", "m1", edited([](MeasureProposal& p) { p.ownerRole.clear(); }), ErrorKind::Invalid},
        {"an unknown owner unit", "m1", edited([](MeasureProposal& p) { p.ownerUnit = "navy"; }), ErrorKind::Invalid},
        {"a case that does not exist", "m1", edited([](MeasureProposal& p) { p.cases.push_back(999); }),
         ErrorKind::NotFound},
        {"a case the member does not hold", "m6", f.proposal({caseId}), ErrorKind::NotFound},
        {"the inspectorate", "m7", f.proposal(), ErrorKind::Refused},
        {"an advisor without cases or role", "m3", f.proposal(), ErrorKind::Refused},
        {"a commander for a unit above its own", "m8",
         edited([](MeasureProposal& p) {
             p.ownerUnit = "13-brigade";
             p.cases.clear();
         }),
         ErrorKind::Refused},
    };
    for (const Attempt& a : attempts) {
        INFO(a.what);
        auto r = f.desk.propose(a.member, a.proposal, f.now);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == a.kind);
        CHECK(f.auditCount() == entries);
        CHECK(f.desk.all()->empty());
    }
    auto lock = f.store->lock();
    CHECK(*f.store->db().queryInt("SELECT COUNT(*) FROM measure_cases") == 0);
}

TEST_CASE("a granted role takes effect at once, for its unit and below, and a revoked one ends at once",
          "[registry][pdca]")
{
    DeskFixture f;
    auto m = f.desk.propose("m8", f.proposal(), f.now);
    REQUIRE(m.ok());
    // m4 coordinates measures for 42-battalion only: not for a measure owned by 13-brigade.
    auto brigade = f.proposal();
    brigade.ownerUnit = "13-brigade";
    REQUIRE(f.desk.grantRole({"m5", MeasureRole::Commander, "13-brigade"}, f.now).ok());
    auto high = f.desk.propose("m5", brigade, f.now);
    REQUIRE(high.ok());

    // m8 commands 42-battalion but proposed this measure: another member approves it.
    auto own = f.desk.transition("m8", m->id, MeasureState::Approved, {}, f.now);
    REQUIRE_FALSE(own.ok());
    CHECK(own.error().kind == ErrorKind::Refused);
    CHECK_THAT(own.error().message, Catch::StartsWith("separation of duties: m8 proposed this measure"));
    auto refused = f.desk.transition("m4", m->id, MeasureState::Approved, {}, f.now);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Refused);
    REQUIRE(f.desk.grantRole({"m4", MeasureRole::Measures, "42-battalion"}, f.now).ok());
    CHECK(f.lastAudit().action == "role.granted");
    CHECK(f.lastAudit().detail == "measures for 42-battalion");
    auto outside = f.desk.transition("m4", high->id, MeasureState::Approved, {}, f.now);
    REQUIRE_FALSE(outside.ok());
    CHECK(outside.error().kind == ErrorKind::Refused);
    REQUIRE(f.desk.revokeRole({"m4", MeasureRole::Measures, "42-battalion"}, f.now).ok());
    CHECK(f.lastAudit().action == "role.revoked");
    auto revoked = f.desk.transition("m4", m->id, MeasureState::Approved, {}, f.now);
    REQUIRE_FALSE(revoked.ok());
    CHECK(revoked.error().kind == ErrorKind::Refused);
    // The commander of 13-brigade decides for 42-battalion below it.
    CHECK(f.desk.transition("m5", m->id, MeasureState::Approved, {}, f.now).ok());

    auto again = f.desk.revokeRole({"m4", MeasureRole::Measures, "42-battalion"}, f.now);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == ErrorKind::NotFound);
    auto twice = f.desk.grantRole({"m5", MeasureRole::Commander, "13-brigade"}, f.now);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().kind == ErrorKind::Conflict);
    auto noUnit = f.desk.grantRole({"m5", MeasureRole::Commander, "navy"}, f.now);
    REQUIRE_FALSE(noUnit.ok());
    CHECK(noUnit.error().kind == ErrorKind::NotFound);
    auto noMember = f.desk.grantRole({"m99", MeasureRole::Measures, ""}, f.now);
    REQUIRE_FALSE(noMember.ok());
    CHECK(noMember.error().kind == ErrorKind::NotFound);
    auto grants = f.desk.grants();
    REQUIRE(grants.ok());
    CHECK(*grants == std::vector<RoleGrant>{{"m5", MeasureRole::Commander, "13-brigade"}});
}

TEST_CASE("a disabled member takes no step on a measure", "[registry][pdca]")
{
    DeskFixture f;
    auto m = f.desk.propose("m1", f.proposal({f.file(test::nearMissReport())}), f.now);
    REQUIRE(m.ok());
    REQUIRE(f.org->setMemberActive("m8", false).ok());
    auto r = f.desk.transition("m8", m->id, MeasureState::Approved, {}, f.now);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ErrorKind::Refused);
}

TEST_CASE("a linked case deleted by retention leaves the measure and its count of linked cases", "[registry][pdca]")
{
    DeskFixture f;
    const std::int64_t gone = f.file(test::nearMissReport());
    const std::int64_t kept = f.file(test::nearMissReport());
    auto m = f.desk.propose("m1", f.proposal({gone, kept}), f.now);
    REQUIRE(m.ok());
    REQUIRE(m->casesLinked == 2);
    REQUIRE(f.service->transition("m1", gone, CaseState::Acknowledged).ok());
    REQUIRE(f.service->transition("m1", gone, CaseState::Closed, CaseOutcome::Unfounded).ok());
    f.now += 380 * 86400;
    auto purged = f.service->runRetention();
    REQUIRE(purged.ok());
    REQUIRE(*purged == 1);
    CHECK_FALSE(f.store->findCase(gone)->has_value());
    auto after = f.desk.find(m->id);
    REQUIRE(after.ok());
    CHECK(after->cases == std::vector<std::int64_t>{kept});
    CHECK(after->casesLinked == 2);
    CHECK_FALSE(verifyAuditChain(*f.store->auditLog()).has_value());
}

TEST_CASE("a case's history never shows the entries of the measure with the same number", "[registry][pdca]")
{
    DeskFixture f;
    const std::int64_t caseId = f.file(test::nearMissReport());
    auto m = f.desk.propose("m1", f.proposal({caseId}), f.now);
    REQUIRE(m.ok());
    REQUIRE(m->id == caseId); // both are the first of their kind: audit subjects are bare ids
    REQUIRE(f.desk.transition("m8", m->id, MeasureState::Approved, {}, f.now).ok());
    auto history = f.service->historyFor("m1", caseId);
    REQUIRE(history.ok());
    REQUIRE_FALSE(history->empty());
    for (const auto& e : *history)
        CHECK(e.action.rfind("case.", 0) == 0);
}

TEST_CASE("closing a case resolved by a measure that fails after the link leaves no link, no audit entry and the case "
          "as it was",
          "[registry][pdca][cases]")
{
    DeskFixture f;
    const std::int64_t caseId = f.file(test::nearMissReport());
    const std::int64_t other = f.file(test::nearMissReport());
    auto m = f.desk.propose("m1", f.proposal({other}), f.now);
    REQUIRE(m.ok());
    REQUIRE(f.desk.transition("m8", m->id, MeasureState::Approved, {}, f.now).ok());
    for (CaseState to : {CaseState::Acknowledged, CaseState::Assigned, CaseState::InProgress, CaseState::FeedbackGiven})
        REQUIRE(f.service->transition("m1", caseId, to).ok());
    const CaseRecord caseBefore = **f.store->findCase(caseId);
    const MeasureRecord measureBefore = *f.desk.find(m->id);
    const std::size_t entries = f.auditCount();
    auto links = [&] {
        auto lock = f.store->lock();
        return *f.store->db().queryInt("SELECT COUNT(*) FROM measure_cases WHERE case_id = "
                                       + std::to_string(caseId));
    };

    // The prepared closing names a measure that does not exist: the case update fails on its
    // foreign key after the link to measure m was written in the same transaction.
    auto closing = f.service->prepareTransition("m1", caseId, CaseState::Closed, CaseOutcome::Resolved, m->id + 100);
    REQUIRE(closing.ok());
    Status failed = f.desk.closeCase("m1", m->id, *closing, f.now);
    REQUIRE_FALSE(failed.ok());
    CHECK(links() == 0);
    CHECK(*f.desk.find(m->id) == measureBefore);
    const CaseRecord caseAfter = **f.store->findCase(caseId);
    CHECK(caseAfter.state == caseBefore.state);
    CHECK(caseAfter.outcome == CaseOutcome::None);
    CHECK_FALSE(caseAfter.closedAt.has_value());
    CHECK_FALSE(caseAfter.resolvedByMeasure.has_value());
    CHECK(caseAfter.deleteAfter == caseBefore.deleteAfter);
    CHECK(f.auditCount() == entries);

    // The same closing, prepared for m, goes through: the failure above was the rollback's doing.
    auto good = f.service->prepareTransition("m1", caseId, CaseState::Closed, CaseOutcome::Resolved, m->id);
    REQUIRE(good.ok());
    REQUIRE(f.desk.closeCase("m1", m->id, *good, f.now).ok());
    CHECK(links() == 1);
    CHECK(f.desk.find(m->id)->casesLinked == measureBefore.casesLinked + 1);
    CHECK(f.store->findCase(caseId)->value().resolvedByMeasure == m->id);
    CHECK(f.auditCount() == entries + 1);
    CHECK_FALSE(verifyAuditChain(*f.store->auditLog()).has_value());
}
