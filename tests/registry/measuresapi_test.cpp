// SPDX-License-Identifier: EUPL-1.2
// The measures register over the advisor API (docs/advisor-api.md, "Measures"): a real
// registry on loopback set up as vigil-admin does it, real HTTP, advisors signed in with the
// fixed test keys, and the registry's clock injected so deadlines can pass.
#include "registry/server/measuresapi.h"

#include "tests/registry/advisorconsole.h"
#include "tests/support/testdata.h"

#include "shared/sealfordirectory.h"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

using namespace vigil;
namespace rt = vigil::relay::test;
namespace json = boost::json;

namespace {

using test::Console;
using test::kDay;
using test::parsed;
using test::text;

/// A registry with the advisors of testdata.h (m1 safety officer of 13-bde, m3 and m4 in
/// ca-pool, m7 inspectorate), m3 and m4 holding the measures role for 13-bde.
struct MeasuresRegistry : test::AdvisorRegistry {
    MeasuresRegistry()
        : AdvisorRegistry({{"m3", registry::MeasureRole::Measures, "13-bde"},
                           {"m4", registry::MeasureRole::Measures, "13-bde"}})
    {
    }
};

std::string proposal(const std::string& actionId, const std::string& title, const std::string& due,
                     const std::string& cases = "[]")
{
    return R"({"action_id":")" + actionId + R"(","title":")" + title
           + R"(","description":"Rope off the range road during live fire.","domain":"physical",)"
             R"("owner_unit":"13-bde","owner_role":"S3","due":")"
           + due + R"(","cases":)" + cases + "}";
}

} // namespace

TEST_CASE("a measure goes from proposal to check over HTTP, each step by a member allowed to take it",
          "[e2e][registry][measures]")
{
    MeasuresRegistry r;
    Console m3(r, 3);
    Console m4(r, 4);

    CHECK(rt::Client(rt::urlOf(r.server->port())).get("/v1/advisor/measures")->status == 401);
    // What a proposal lacks or gets wrong: 400, naming the field.
    auto late = m3.post("/v1/advisor/measures", proposal("p-0", "Barrier at the range road", r.inDays(-1)));
    CHECK(late.status == 400);
    CHECK_THAT(text(parsed(late), "error"), Catch::Contains("due:"));
    CHECK(m3.post("/v1/advisor/measures", R"({"action_id":"p-00","title":"x","domain":"physical"})").status == 400);
    auto proposed = m3.post("/v1/advisor/measures", proposal("p-1", "Barrier at the range road", r.inDays(60)));
    REQUIRE(proposed.status == 200);
    const json::value measure = parsed(proposed).at("measure");
    const std::int64_t id = measure.at("id").as_int64();
    CHECK(text(measure, "state") == "proposed");
    CHECK(text(measure, "proposed_by") == "m3");
    CHECK(text(measure.at("owner"), "unit") == "13-bde");
    CHECK(text(measure.at("clocks"), "due") == "running");
    CHECK(measure.at("next") == json::parse(R"(["approved","cancelled"])"));
    // Of those, the proposer may only withdraw; another member with the role may do both.
    CHECK(measure.at("may") == json::parse(R"(["cancelled"])"));
    const auto seenByM4 = m4.get("/v1/advisor/measures/" + std::to_string(id));
    REQUIRE(seenByM4.status == 200);
    CHECK(parsed(seenByM4).at("may") == json::parse(R"(["approved","cancelled"])"));
    CHECK(parsed(m4.get("/v1/advisor/measures")).at("measures").at(0).at("may")
          == json::parse(R"(["approved","cancelled"])"));

    // Separation of duties: the proposer holds the role, and is still refused its own approval.
    auto own = m3.step(id, "a-1", R"("to":"approved")");
    CHECK(own.status == 403);
    CHECK(text(parsed(own), "error_kind") == "separation_of_duties");

    auto approved = m4.step(id, "a-2", R"("to":"approved")");
    REQUIRE(approved.status == 200);
    CHECK(text(parsed(approved), "result") == "approved");
    CHECK(text(parsed(approved).at("measure"), "approved_by") == "m4");
    REQUIRE(m4.step(id, "s-1", R"("to":"in_progress")").status == 200);

    // A step the state machine does not allow: 409, naming the steps that are.
    auto illegal = m4.step(id, "c-0", R"("to":"checked","verdict":"effective","basis":"judgement","note":"fine")");
    CHECK(illegal.status == 409);
    CHECK_THAT(text(parsed(illegal), "error"), Catch::Contains("allowed: implemented, cancelled"));
    // What a step needs and lacks: 400.
    CHECK(m4.step(id, "i-0", R"("to":"implemented","evidence":"photos")").status == 400);

    auto implemented = m4.step(id, "i-1", R"("to":"implemented","implemented_on":")" + r.today()
                                              + R"(","evidence":"Barrier placed, photos in the unit file.")");
    REQUIRE(implemented.status == 200);
    CHECK(text(parsed(implemented).at("measure"), "implemented_on") == r.today());
    CHECK(text(parsed(implemented).at("measure").at("clocks"), "due") == "met");
    auto checked = m4.step(id, "c-1", R"("to":"checked","verdict":"effective","basis":"judgement",)"
                                      R"("note":"No crossings since.")");
    REQUIRE(checked.status == 200);
    const json::value done = parsed(checked).at("measure");
    CHECK(text(done, "state") == "checked");
    CHECK(text(done, "verdict") == "effective");
    CHECK(text(done, "verdict_basis") == "judgement");
    CHECK(done.at("next").as_array().empty());
    CHECK(done.at("may").as_array().empty());

    auto shown = m3.get("/v1/advisor/measures/" + std::to_string(id));
    REQUIRE(shown.status == 200);
    CHECK(parsed(shown) == done);
    auto list = m4.get("/v1/advisor/measures");
    REQUIRE(list.status == 200);
    REQUIRE(parsed(list).at("measures").as_array().size() == 1);
    CHECK(text(parsed(list), "member_id") == "m4");

    // Every step is in the audit trail and the chain still verifies.
    auto verified = r.admin->verifyAudit();
    CHECK(verified.ok());
}

TEST_CASE("a measure action replayed under its id is answered again and done once, and the id with another body is 409",
          "[e2e][registry][measures]")
{
    MeasuresRegistry r;
    Console m3(r, 3);
    Console m4(r, 4);
    const std::string body = proposal("p-1", "Barrier at the range road", r.inDays(60));
    auto first = m3.post("/v1/advisor/measures", body);
    REQUIRE(first.status == 200);
    const std::int64_t id = parsed(first).at("measure").at("id").as_int64();
    auto approved = m4.step(id, "a-1", R"("to":"approved")");
    REQUIRE(approved.status == 200);
    const std::int64_t entries = r.auditEntries();

    // The console is not sure either arrived, and sends both again (keys in another order).
    auto again = m3.post("/v1/advisor/measures", body);
    CHECK(again.status == 200);
    CHECK(again.body == first.body);
    auto approvedAgain = m4.post("/v1/advisor/measures/" + std::to_string(id) + "/transition",
                                 R"({"to":"approved","action_id":"a-1"})");
    CHECK(approvedAgain.status == 200);
    CHECK(approvedAgain.body == approved.body);
    CHECK(r.auditEntries() == entries);
    CHECK(parsed(m3.get("/v1/advisor/measures")).at("measures").as_array().size() == 1);

    // The same ids with other content: refused, and nothing done.
    auto reusedProposal = m3.post("/v1/advisor/measures", proposal("p-1", "Another measure", r.inDays(30)));
    CHECK(reusedProposal.status == 409);
    CHECK(text(parsed(reusedProposal), "error_kind") == "action_id_reused");
    auto reusedStep = m4.step(id, "a-1", R"("to":"cancelled","reason":"changed my mind")");
    CHECK(reusedStep.status == 409);
    CHECK(text(parsed(reusedStep), "error_kind") == "action_id_reused");
    CHECK(r.auditEntries() == entries);
    CHECK(text(parsed(m4.get("/v1/advisor/measures/" + std::to_string(id))), "state") == "approved");
    // An action without an id is refused: measures are changed only under an action id.
    CHECK(m4.post("/v1/advisor/measures/" + std::to_string(id) + "/transition", R"({"to":"in_progress"})").status
          == 400);
}

TEST_CASE("a member with no role and no linked case is told a measure does not exist, and the inspectorate reads only",
          "[e2e][registry][measures]")
{
    MeasuresRegistry r;
    Console m3(r, 3);
    Console m1(r, 1);
    Console m7(r, 7);
    auto proposed = m3.post("/v1/advisor/measures", proposal("p-1", "Barrier at the range road", r.inDays(60)));
    REQUIRE(proposed.status == 200);
    const std::string path = "/v1/advisor/measures/" + std::to_string(parsed(proposed).at("measure").at("id").as_int64());

    // m1: safety officer of 13-bde, but no role and no case of this measure.
    CHECK(m1.get(path).status == 404);
    CHECK(m1.get("/v1/advisor/measures/999").status == 404);
    CHECK(parsed(m1.get("/v1/advisor/measures")).at("measures").as_array().empty());
    auto blind = m1.step(parsed(proposed).at("measure").at("id").as_int64(), "x-1", R"("to":"approved")");
    CHECK(blind.status == 404);
    CHECK(parsed(m1.get("/v1/advisor/pdca/clocks")).at("entries").as_array().empty());
    // Without a role it may not propose for the unit either, and is told why.
    auto refused = m1.post("/v1/advisor/measures", proposal("p-2", "Another barrier", r.inDays(60)));
    CHECK(refused.status == 403);
    CHECK(text(parsed(refused), "error_kind") == "role_required");

    // m7: the inspectorate reads every measure and changes none.
    CHECK(m7.get(path).status == 200);
    auto inspected = m7.post(path + "/transition", R"({"action_id":"x-1","to":"approved"})");
    CHECK(inspected.status == 403);
    CHECK(text(parsed(inspected), "error_kind") == "role_required");
}

TEST_CASE("the PDCA clock list puts overdue clocks first, then due soon, then running", "[e2e][registry][measures]")
{
    MeasuresRegistry r;
    {
        Console m3(r, 3);
        Console m4(r, 4);
        // Proposed in an order the list must not keep: far, near, middle.
        for (auto [n, days] : {std::pair{1, 100}, std::pair{2, 20}, std::pair{3, 40}})
            REQUIRE(m3.post("/v1/advisor/measures", proposal("p-" + std::to_string(n), "Measure " + std::to_string(n),
                                                             r.inDays(days)))
                        .status
                    == 200);
        // The third is done: its due clock is met and leaves the list.
        REQUIRE(m3.post("/v1/advisor/measures", proposal("p-4", "Measure 4", r.inDays(5))).status == 200);
        REQUIRE(m4.step(4, "a-4", R"("to":"approved")").status == 200);
        REQUIRE(m4.step(4, "i-4", R"("to":"implemented","implemented_on":")" + r.today()
                                      + R"(","evidence":"Done at once.")")
                    .status
                == 200);
    }
    r.now += 30 * kDay; // measure 2 is 10 days late, measure 3 due in 10 days, measure 1 in 70
    Console m4(r, 4);   // signed in again: the tokens of a month ago have expired
    auto clocks = m4.get("/v1/advisor/pdca/clocks");
    REQUIRE(clocks.status == 200);
    const json::array entries = parsed(clocks).at("entries").as_array();
    REQUIRE(entries.size() == 4);
    CHECK(entries[0].at("id").as_int64() == 2);
    CHECK(text(entries[0], "status") == "overdue");
    CHECK(text(entries[0], "clock") == "due");
    CHECK(entries[1].at("id").as_int64() == 3);
    CHECK(text(entries[1], "status") == "due_soon");
    // Then the running ones by deadline: measure 1's due date (70 days), measure 4's check (9 months).
    CHECK(entries[2].at("id").as_int64() == 1);
    CHECK(text(entries[2], "status") == "running");
    CHECK(entries[3].at("id").as_int64() == 4);
    CHECK(text(entries[3], "clock") == "check");
    CHECK(text(entries[3], "subject") == "measure");
}

TEST_CASE("a case closed resolved with a measure is linked to it in the same step and names it in its JSON",
          "[e2e][registry][measures][cases]")
{
    MeasuresRegistry r;
    // Two near-miss reports, routed to the safety officer of 13-bde (m1).
    std::vector<Bytes> batch;
    for (int i = 0; i < 2; ++i) {
        auto sealed = sealForDirectory(test::nearMissReport(), {}, r.directory, SealAddress{"13-bde", "nl", {}});
        REQUIRE(sealed.ok());
        batch.push_back(sealed->envelope.bytes);
    }
    rt::Client device(rt::urlOf(r.server->port()));
    REQUIRE(device.postBatch(batch)->status == 200);
    Console m1(r, 1);
    Console m3(r, 3);
    Console m4(r, 4);
    const json::array cases = parsed(m1.get("/v1/advisor/cases")).at("cases").as_array();
    REQUIRE(cases.size() == 2);
    const std::int64_t a = cases[0].at("id").as_int64();
    const std::int64_t b = cases[1].at("id").as_int64();
    CHECK(cases[0].at("measure").is_null());
    auto caseStep = [&](std::int64_t id, const std::string& actionId, const std::string& fields) {
        return m1.post("/v1/advisor/cases/" + std::to_string(id) + "/transition",
                       R"({"action_id":")" + actionId + R"(",)" + fields + "}");
    };
    // A case is closed resolved once the reporter had feedback.
    for (auto id : {a, b})
        for (const char* to : {"acknowledged", "assigned", "in_progress", "feedback_given"})
            REQUIRE(caseStep(id, std::string(to) + "-" + std::to_string(id), R"("to":")" + std::string(to) + "\"")
                        .status
                    == 200);

    // m1 proposes a measure for case a, as the safety officer of its group.
    auto proposed = m1.post("/v1/advisor/measures", proposal("p-1", "Barrier at the range road", r.inDays(60),
                                                             "[" + std::to_string(a) + "]"));
    REQUIRE(proposed.status == 200);
    const std::int64_t m = parsed(proposed).at("measure").at("id").as_int64();
    const std::string close = R"("to":"closed","outcome":"resolved","measure":)" + std::to_string(m);

    // Not approved yet: no case is resolved by it.
    auto early = caseStep(b, "c-1", close);
    CHECK(early.status == 409);
    CHECK_THAT(text(parsed(early), "error"), Catch::Contains("once it is approved"));
    // A measure names only a resolved closing.
    CHECK(caseStep(b, "c-2", R"("to":"closed","outcome":"unfounded","measure":)" + std::to_string(m)).status == 400);
    // A measure m1 may not see is not named to it.
    auto other = m3.post("/v1/advisor/measures", proposal("p-2", "Signs at the gate", r.inDays(60)));
    REQUIRE(other.status == 200);
    const std::int64_t hidden = parsed(other).at("measure").at("id").as_int64();
    REQUIRE(m4.step(hidden, "a-2", R"("to":"approved")").status == 200);
    CHECK(caseStep(b, "c-3", R"("to":"closed","outcome":"resolved","measure":)" + std::to_string(hidden)).status
          == 404);
    auto still = parsed(m1.get("/v1/advisor/cases/" + std::to_string(b)));
    CHECK(text(still, "state") == "feedback_given");
    CHECK(still.at("measure").is_null());

    REQUIRE(m4.step(m, "a-1", R"("to":"approved")").status == 200);
    auto closed = caseStep(b, "c-4", close);
    REQUIRE(closed.status == 200);
    const json::value closedCase = parsed(closed).at("case");
    CHECK(text(closedCase, "state") == "closed");
    CHECK(text(closedCase, "outcome") == "resolved");
    CHECK(closedCase.at("measure").as_int64() == m);
    CHECK(parsed(m1.get("/v1/advisor/cases/" + std::to_string(b))).at("measure").as_int64() == m);
    // Case b is now linked too (it was not), counted once.
    const json::value measure = parsed(m1.get("/v1/advisor/measures/" + std::to_string(m)));
    CHECK(measure.at("cases") == json::parse("[" + std::to_string(a) + "," + std::to_string(b) + "]"));
    CHECK(measure.at("cases_linked").as_int64() == 2);
    // Case a, linked already, closes resolved by it without linking twice.
    REQUIRE(caseStep(a, "c-5", close).status == 200);
    CHECK(parsed(m1.get("/v1/advisor/measures/" + std::to_string(m))).at("cases_linked").as_int64() == 2);

    // One audit entry for the closing names the measure; the chain verifies.
    auto history = parsed(m1.get("/v1/advisor/cases/" + std::to_string(b) + "/history")).at("entries").as_array();
    REQUIRE_FALSE(history.empty());
    CHECK(text(history.back(), "detail") == "feedback_given -> closed (resolved, measure " + std::to_string(m) + ")");
    CHECK(r.admin->verifyAudit().ok());
}

TEST_CASE("the measures list filters by owner unit, the unit and the units under it", "[e2e][registry][measures]")
{
    MeasuresRegistry r;
    REQUIRE(r.admin->addUnit(Unit{"17-bn", "17 Bn", "13-bde"}, true).ok());
    Console m3(r, 3);
    auto brigade = m3.post("/v1/advisor/measures", proposal("p-1", "Barrier at the range road", r.inDays(60)));
    REQUIRE(brigade.status == 200);
    std::string body = proposal("p-2", "Second range guard", r.inDays(60));
    body.replace(body.find("\"13-bde\""), 8, "\"17-bn\"");
    auto battalion = m3.post("/v1/advisor/measures", body);
    REQUIRE(battalion.status == 200);
    const auto idOf = [](const HttpResponse& answer) { return parsed(answer).at("measure").at("id").as_int64(); };
    const auto ids = [&](const std::string& query) {
        const auto answer = m3.get("/v1/advisor/measures" + query);
        REQUIRE(answer.status == 200);
        std::vector<std::int64_t> out;
        const json::value list = parsed(answer);  // kept: the loop reads into it
        for (const auto& m : list.at("measures").as_array())
            out.push_back(m.at("id").as_int64());
        return out;
    };
    CHECK(ids("") == std::vector{idOf(brigade), idOf(battalion)});
    CHECK(ids("?owner_unit=13-bde") == std::vector{idOf(brigade), idOf(battalion)});
    CHECK(ids("?owner_unit=17-bn") == std::vector{idOf(battalion)});
    // An unknown unit is said to be one, not answered with an empty list.
    auto unknown = m3.get("/v1/advisor/measures?owner_unit=99-bn");
    CHECK(unknown.status == 400);
    CHECK_THAT(text(parsed(unknown), "error"), Catch::Contains("owner_unit"));
}
