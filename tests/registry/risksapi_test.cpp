// SPDX-License-Identifier: EUPL-1.2
// The risk register over the advisor API (docs/advisor-api.md, "Risks"): a real registry on
// loopback set up as vigil-admin does it, real HTTP, advisors signed in with the fixed test
// keys, and the registry's clock injected so review dates can pass.
#include "registry/server/risksapi.h"

#include "tests/registry/advisorconsole.h"

#include "registry/stats/protection.h"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <map>

using namespace vigil;
namespace json = boost::json;

namespace {

using test::Console;
using test::kDay;
using test::parsed;
using test::text;

/// Units defence (echelon 0) > 13-bde (echelon 1). m3 is commander of defence, m4 commander of
/// 13-bde; m1 (safety officer of 13-bde) holds no role; m7 is the inspectorate.
struct RisksRegistry : test::AdvisorRegistry {
    RisksRegistry()
        : AdvisorRegistry({{"m3", registry::MeasureRole::Commander, "defence"},
                           {"m4", registry::MeasureRole::Commander, "13-bde"}})
    {
    }
};

std::string risk(const std::string& actionId, const std::string& severity, const std::string& probability,
                 const std::string& unit = "13-bde")
{
    return R"({"action_id":")" + actionId + R"(","hazard":"Vehicles cross the range road during live fire",)"
           + R"("description":"Drivers take the range road as a short cut.","domain":"physical","unit":")" + unit
           + R"(","category":"vehicles_convoys","severity":")" + severity + R"(","probability":")" + probability + R"("})";
}

HttpResponse act(Console& c, std::int64_t id, const std::string& action, const std::string& actionId,
                 const std::string& fields)
{
    return c.post("/v1/advisor/risks/" + std::to_string(id) + "/" + action,
                  R"({"action_id":")" + actionId + R"(")" + (fields.empty() ? "" : "," + fields) + "}");
}

std::int64_t created(const HttpResponse& r)
{
    REQUIRE(r.status == 200);
    return parsed(r).at("risk").at("id").as_int64();
}

} // namespace

TEST_CASE("a risk is recorded, assessed and accepted over HTTP, refused above the acceptor's echelon",
          "[e2e][registry][risks]")
{
    RisksRegistry r;
    Console m3(r, 3);
    Console m4(r, 4);
    Console m7(r, 7);

    CHECK(m4.post("/v1/advisor/risks", risk("r-0", "I", "F")).status == 400);   // F is residual only
    CHECK(m4.post("/v1/advisor/risks", R"({"action_id":"r-00","hazard":"x"})").status == 400);
    const std::int64_t id = created(m4.post("/v1/advisor/risks", risk("r-1", "I", "B")));
    auto shown = parsed(m4.get("/v1/advisor/risks/" + std::to_string(id)));
    CHECK(text(shown, "state") == "open");
    CHECK(text(shown.at("initial"), "level") == "high");
    CHECK(text(shown, "category") == "vehicles_convoys");
    CHECK(shown.at("residual").is_null());

    // Accepting before the residual is assessed: 409.
    CHECK(act(m3, id, "decide", "d-0", R"("decision":"accept","review_due":")" + r.inDays(90) + "\"").status == 409);
    auto assessed = act(m4, id, "assess", "a-1", R"("severity":"I","probability":"C","note":"barriers")");
    REQUIRE(assessed.status == 200);
    CHECK(text(parsed(assessed).at("risk").at("residual"), "level") == "high");

    // High needs echelon 0: the commander of 13-bde (echelon 1) is too low, the inspectorate holds no such role.
    const std::string accept = R"("decision":"accept","review_due":")" + r.inDays(90) + "\"";
    auto low = act(m4, id, "decide", "d-1", accept);
    CHECK(low.status == 403);
    CHECK(text(parsed(low), "error_kind") == "authority_too_low");
    CHECK_THAT(text(parsed(low), "error"), Catch::Contains("echelon 0 or higher; m4 is commander of 13-bde (echelon 1)"));
    auto inspector = act(m7, id, "decide", "d-2", accept);
    CHECK(inspector.status == 403);
    CHECK(text(parsed(inspector), "error_kind") == "role_required");
    auto accepted = act(m3, id, "decide", "d-3", accept);
    REQUIRE(accepted.status == 200);
    const json::value a = parsed(accepted).at("risk");
    CHECK(text(a, "state") == "accepted");
    CHECK(text(a, "review_due") == r.inDays(90));
    REQUIRE(a.at("decisions").as_array().size() == 1);
    const json::value d = a.at("decisions").at(0);
    CHECK(text(d, "decision") == "accepted");
    CHECK(text(d, "role") == "commander");
    CHECK(text(d, "role_unit") == "defence");
    CHECK(d.at("role_depth").as_int64() == 0);
    CHECK(d.at("required_depth").as_int64() == 0);
    CHECK(a.at("next") == json::parse(R"(["open","accepted","closed"])"));

    // The review is checked again; re-assessing lapses the acceptance; closing needs a reason.
    CHECK(act(m4, id, "review", "v-1", R"("review_due":")" + r.inDays(180) + "\"").status == 403);
    REQUIRE(act(m3, id, "review", "v-2", R"("review_due":")" + r.inDays(180) + "\"").status == 200);
    auto lapsed = act(m4, id, "assess", "a-2", R"("severity":"II","probability":"F")");
    REQUIRE(lapsed.status == 200);
    CHECK(text(parsed(lapsed).at("risk"), "state") == "open");
    CHECK(text(parsed(lapsed).at("risk").at("residual"), "level") == "eliminated");
    CHECK(act(m4, id, "close", "c-0", "").status == 400);
    auto closed = act(m4, id, "close", "c-1", R"("reason":"the road is closed for good")");
    REQUIRE(closed.status == 200);
    CHECK(text(parsed(closed).at("risk"), "state") == "closed");
    CHECK(act(m4, id, "reopen", "o-1", R"("reason":"again")").status == 409);
    CHECK(r.admin->verifyAudit().ok());
}

TEST_CASE("a risk action replayed under its id is answered again and done once, and the id with another body is 409",
          "[e2e][registry][risks]")
{
    RisksRegistry r;
    Console m4(r, 4);
    const std::string body = risk("r-1", "II", "C");
    auto first = m4.post("/v1/advisor/risks", body);
    const std::int64_t id = created(first);
    auto assessed = act(m4, id, "assess", "a-1", R"("severity":"III","probability":"D")");
    REQUIRE(assessed.status == 200);
    const std::int64_t entries = r.auditEntries();

    CHECK(m4.post("/v1/advisor/risks", body).body == first.body);
    CHECK(act(m4, id, "assess", "a-1", R"("severity":"III","probability":"D")").body == assessed.body);
    CHECK(r.auditEntries() == entries);
    CHECK(parsed(m4.get("/v1/advisor/risks")).at("risks").as_array().size() == 1);

    auto reused = m4.post("/v1/advisor/risks", risk("r-1", "IV", "E"));
    CHECK(reused.status == 409);
    CHECK(text(parsed(reused), "error_kind") == "action_id_reused");
    auto reusedStep = act(m4, id, "assess", "a-1", R"("severity":"IV","probability":"E")");
    CHECK(reusedStep.status == 409);
    CHECK(text(parsed(reusedStep), "error_kind") == "action_id_reused");
    CHECK(r.auditEntries() == entries);
    // Without an action id nothing is done.
    CHECK(m4.post("/v1/advisor/risks/" + std::to_string(id) + "/close", R"({"reason":"x"})").status == 400);
}

TEST_CASE("a member who may not see a risk is told it does not exist, and the inspectorate reads every risk",
          "[e2e][registry][risks]")
{
    RisksRegistry r;
    Console m4(r, 4);
    Console m1(r, 1);
    Console m7(r, 7);
    const std::int64_t id = created(m4.post("/v1/advisor/risks", risk("r-1", "II", "C")));
    const std::string path = "/v1/advisor/risks/" + std::to_string(id);
    CHECK(m1.get(path).status == 404);
    CHECK(m1.get("/v1/advisor/risks/999").status == 404);
    CHECK(parsed(m1.get("/v1/advisor/risks")).at("risks").as_array().empty());
    CHECK(act(m1, id, "close", "c-1", R"("reason":"not mine")").status == 404);
    // Without a role m1 may not record a risk for 13-bde either.
    auto refused = m1.post("/v1/advisor/risks", risk("r-2", "II", "C"));
    CHECK(refused.status == 403);
    CHECK(text(parsed(refused), "error_kind") == "role_required");
    CHECK(m7.get(path).status == 200);
    CHECK(act(m7, id, "close", "c-2", R"("reason":"inspected")").status == 403);
}

TEST_CASE("a measure is linked to a risk and unlinked over HTTP, each once", "[e2e][registry][risks]")
{
    RisksRegistry r;
    Console m4(r, 4);
    Console m1(r, 1);
    const std::int64_t id = created(m4.post("/v1/advisor/risks", risk("r-1", "II", "C")));
    auto proposed = m4.post("/v1/advisor/measures",
                            R"({"action_id":"p-1","title":"Barrier at the range road","domain":"physical",)"
                            R"("owner_unit":"13-bde","owner_role":"S3","due":")"
                                + r.inDays(60) + R"("})");
    REQUIRE(proposed.status == 200);
    const std::string measure = std::to_string(parsed(proposed).at("measure").at("id").as_int64());
    auto linked = act(m4, id, "measures", "l-1", R"("measure":)" + measure + R"(,"link":true)");
    REQUIRE(linked.status == 200);
    CHECK(parsed(linked).at("risk").at("measures") == json::parse("[" + measure + "]"));
    CHECK(act(m4, id, "measures", "l-2", R"("measure":)" + measure + R"(,"link":true)").status == 409);
    CHECK(act(m4, id, "measures", "l-3", R"("measure":999,"link":true)").status == 404);
    CHECK(act(m4, id, "measures", "l-4", R"("measure":)" + measure + ")").status == 400);
    CHECK(act(m1, id, "measures", "l-5", R"("measure":)" + measure + R"(,"link":false)").status == 404);
    auto unlinked = act(m4, id, "measures", "l-6", R"("measure":)" + measure + R"(,"link":false)");
    REQUIRE(unlinked.status == 200);
    CHECK(parsed(unlinked).at("risk").at("measures").as_array().empty());
    CHECK(r.admin->verifyAudit().ok());
}

TEST_CASE("the heat maps of the risk list publish no count below k and pin no hidden entry", "[e2e][registry][risks]")
{
    RisksRegistry r;
    Console m4(r, 4);
    // Initial cells: 6 × I-A, 2 × II-B, 1 × III-C, 5 × IV-E (rows probability, columns severity).
    const std::vector<std::pair<std::string, std::string>> cells{{"I", "A"}, {"II", "B"}, {"III", "C"}, {"IV", "E"}};
    const std::vector<int> counts{6, 2, 1, 5};
    int n = 0;
    for (std::size_t c = 0; c < cells.size(); ++c)
        for (int i = 0; i < counts[c]; ++i)
            created(m4.post("/v1/advisor/risks", risk("r-" + std::to_string(++n), cells[c].first, cells[c].second)));
    const json::value matrix = parsed(m4.get("/v1/advisor/risks")).at("matrix");
    CHECK(matrix.at("k").as_int64() == 5);
    const json::value initial = matrix.at("initial");
    CHECK(text(initial, "row_dimension") == "probability");
    CHECK(initial.at("rows") == json::parse(R"(["A","B","C","D","E"])"));
    CHECK(initial.at("columns") == json::parse(R"(["I","II","III","IV"])"));

    // The table as it was published, against the true counts: every published entry is the true
    // count and never 1…4, and an attacker who knows every published entry pins no hidden one.
    std::vector<std::int64_t> truth(5 * 4, 0);
    truth[0 * 4 + 0] = 6;
    truth[1 * 4 + 1] = 2;
    truth[2 * 4 + 2] = 1;
    truth[4 * 4 + 3] = 5;
    const registry::SuppressedTable expected = registry::withMargins({5, 4, truth});
    registry::SuppressedTable seen = expected;
    auto entry = [&](std::size_t row, std::size_t column) -> json::value {
        if (row == 5 && column == 4)
            return initial.at("total");
        if (row == 5)
            return initial.at("column_totals").at(column);
        if (column == 4)
            return initial.at("row_totals").at(row);
        return initial.at("cells").at(row).at(column);
    };
    std::size_t hidden = 0;
    for (std::size_t row = 0; row <= 5; ++row)
        for (std::size_t column = 0; column <= 4; ++column) {
            INFO(row << ", " << column);
            const json::value v = entry(row, column);
            const std::size_t i = seen.index(row, column);
            if (v.is_int64()) {
                CHECK(v.as_int64() == expected.counts[i]);
                CHECK((v.as_int64() == 0 || v.as_int64() >= 5));
                seen.status[i] = registry::CellStatus::Published;
            } else {
                ++hidden;
                seen.status[i] = v.as_string() == "<5" ? registry::CellStatus::Primary : registry::CellStatus::Secondary;
            }
        }
    CHECK(hidden >= 4);   // 2 and 1 are small, and each line that hides one hides two
    CHECK(registry::pinnedEntries(seen, registry::SuppressionRule{5}).empty());
    // Nothing is assessed yet: the residual map is all zeros, with the F row.
    CHECK(matrix.at("residual").at("rows").as_array().size() == 6);
    CHECK(matrix.at("residual").at("total").as_int64() == 0);
}

TEST_CASE("an accepted risk's review is on the PDCA clock list, running, then due soon, then overdue",
          "[e2e][registry][risks]")
{
    RisksRegistry r;
    std::int64_t id = 0;
    {
        Console m4(r, 4);
        id = created(m4.post("/v1/advisor/risks", risk("r-1", "III", "C")));
        REQUIRE(act(m4, id, "assess", "a-1", R"("severity":"III","probability":"D")").status == 200);
        REQUIRE(act(m4, id, "decide", "d-1", R"("decision":"accept","review_due":")" + r.inDays(60) + "\"").status
                == 200);
        const json::array entries = parsed(m4.get("/v1/advisor/pdca/clocks")).at("entries").as_array();
        REQUIRE(entries.size() == 1);
        CHECK(text(entries[0], "subject") == "risk");
        CHECK(entries[0].at("id").as_int64() == id);
        CHECK(text(entries[0], "clock") == "review");
        CHECK(text(entries[0], "status") == "running");
    }
    for (auto [days, status] : {std::pair{40, "due_soon"}, std::pair{30, "overdue"}}) {
        r.now += days * kDay;
        Console m4(r, 4);   // signed in again: the earlier token has expired
        const json::array entries = parsed(m4.get("/v1/advisor/pdca/clocks")).at("entries").as_array();
        REQUIRE(entries.size() == 1);
        CHECK(text(entries[0], "status") == status);
        CHECK(text(parsed(m4.get("/v1/advisor/risks/" + std::to_string(id))).at("clocks"), "review") == status);
    }
}

TEST_CASE("a risk's history lists its audited steps, without its texts, only to whoever may see the risk",
          "[e2e][registry][risks]")
{
    RisksRegistry r;
    Console m4(r, 4);
    Console m1(r, 1);
    Console m7(r, 7);
    const std::int64_t id = created(m4.post("/v1/advisor/risks", risk("r-1", "II", "C")));
    const std::int64_t other = created(m4.post("/v1/advisor/risks", risk("r-2", "III", "D")));
    REQUIRE(act(m4, id, "assess", "a-1", R"("severity":"III","probability":"D","note":"barriers placed")").status
            == 200);
    const std::string path = "/v1/advisor/risks/" + std::to_string(id) + "/history";

    const auto answer = m4.get(path);
    REQUIRE(answer.status == 200);
    const auto history = parsed(answer);
    const auto& entries = history.at("entries").as_array();
    REQUIRE(entries.size() == 2);
    CHECK(text(entries[0], "action") == "risk.created");
    CHECK(text(entries[1], "action") == "risk.assessed");
    CHECK(answer.body.find("barriers placed") == std::string::npos);
    CHECK(answer.body.find("range road") == std::string::npos);
    CHECK(parsed(m4.get("/v1/advisor/risks/" + std::to_string(other) + "/history")).at("entries").as_array().size()
          == 1);

    CHECK(m1.get(path).status == 404);
    CHECK(m4.get("/v1/advisor/risks/999/history").status == 404);
    CHECK(m7.get(path).status == 200);
}
