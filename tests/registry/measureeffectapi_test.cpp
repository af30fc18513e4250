// SPDX-License-Identifier: EUPL-1.2
// A measure's indicators and effect check over the advisor API (docs/advisor-api.md,
// "Measures"): a real registry on loopback, an indicator defined as vigil-admin does it, the cube
// seeded as intake would have left it, and members proposing, approving, implementing
// (back-dated) and checking over real HTTP.
#include "registry/admin/indicatoradmin.h"
#include "registry/pdca/indicatorregister.h"

#include "tests/registry/advisorconsole.h"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

using namespace vigil;
namespace json = boost::json;

namespace {

using test::Console;
using test::parsed;
using test::text;

/// The registry of measuresapi_test (m3 and m4 measures for 13-bde) with indicator nm-13bde,
/// 40 near misses a month up to `implementedMonth` and 15 a month after it.
struct EffectRegistry : test::AdvisorRegistry {
    int settled = 0;
    int implementedMonth = 0;

    EffectRegistry()
        : AdvisorRegistry({{"m3", registry::MeasureRole::Measures, "13-bde"},
                           {"m4", registry::MeasureRole::Measures, "13-bde"}})
    {
        registry::IndicatorDef def;
        def.id = "nm-13bde";
        def.nameNl = "Bijna-ongevallen 13 Bde";
        def.nameEn = "Near misses 13 Bde";
        def.filter = registry::makeFilter("13-bde", {"near_miss"}, {}, {}, {}).value();
        REQUIRE(registry::defineIndicator(*admin, def, now).ok());
        settled = registry::IndicatorRegister::lastSettled(now, 1);
        implementedMonth = settled - 7;  // its after window ends the month before the last settled one
        auto lock = server->store().lock();
        for (int m = implementedMonth - 6; m <= implementedMonth + 6; ++m) {
            const std::string month = registry::monthText(m);
            REQUIRE(server->store()
                        .db()
                        .exec("INSERT INTO pdca_counts VALUES ('" + month + "', '" + month
                              + "', '13-bde', 'near_miss', 'live_fire', 'open', 'medium', "
                              + (m <= implementedMonth ? "40" : "15") + ")")
                        .ok());
        }
    }

    std::string implementedOn() const { return registry::monthText(implementedMonth) + "-15"; }
};

std::string proposal(const std::string& actionId, const std::string& due, const std::string& indicators)
{
    return R"({"action_id":")" + actionId
           + R"(","title":"Rope off the range road","domain":"physical","owner_unit":"13-bde","owner_role":"S3",)"
             R"("due":")"
           + due + R"(",)" + indicators + "}";
}

/// A check entry without what only a recorded one has.
json::value withoutRecord(json::value check)
{
    check.as_object().erase("id");
    check.as_object().erase("at");
    check.as_object().erase("by");
    return check;
}

} // namespace

TEST_CASE("a measure proposed with an indicator is checked by the registry's effect check over HTTP",
          "[e2e][registry][measures][effect]")
{
    EffectRegistry r;
    Console m3(r, 3);
    Console m4(r, 4);

    auto proposed = m3.post("/v1/advisor/measures",
                            proposal("p-1", r.inDays(60), R"("indicators":["nm-13bde"],"primary_indicator":"nm-13bde")"));
    REQUIRE(proposed.status == 200);
    const json::value measure = parsed(proposed).at("measure");
    const std::int64_t id = measure.at("id").as_int64();
    const std::string path = "/v1/advisor/measures/" + std::to_string(id);
    CHECK(measure.at("indicators") == json::parse(R"([{"id":"nm-13bde","primary":true}])"));
    CHECK(measure.at("risks").as_array().empty());
    CHECK(measure.at("checks").as_array().empty());
    // Not implemented yet: no windows to check.
    CHECK(m3.get(path + "/effect").status == 409);

    REQUIRE(m4.step(id, "a-1", R"("to":"approved")").status == 200);
    REQUIRE(m4.step(id, "i-1", R"("to":"implemented","implemented_on":")" + r.implementedOn()
                                   + R"(","evidence":"Barrier placed.")")
                .status
            == 200);

    auto preview = m3.get(path + "/effect");
    REQUIRE(preview.status == 200);
    const json::value shown = parsed(preview);
    CHECK(text(shown, "indicator") == "nm-13bde");
    CHECK(text(shown.at("before"), "from") == registry::monthText(r.implementedMonth - 6));
    CHECK(text(shown.at("after"), "to") == registry::monthText(r.implementedMonth + 6));
    CHECK(shown.at("before").at("count") == 240);
    CHECK(shown.at("after").at("count") == 90);
    CHECK(text(shown, "exposure_unit") == "months");
    CHECK(text(shown, "result") == "effective");
    CHECK(shown.at("ci").as_array().size() == 2);
    CHECK(text(shown, "inputs_hash").size() == 64);
    CHECK(m3.get(path + "/effect?indicator=nm-13bde").body == preview.body);
    CHECK(m3.get(path + "/effect?indicator=other").status == 400);
    CHECK(parsed(m3.get(path)).at("checks").as_array().empty());  // a preview records nothing

    // The proposer may not check its own measure; another member with the role may.
    CHECK(m3.step(id, "c-0", R"("to":"checked","basis":"effect_check")").status == 403);
    CHECK(m4.step(id, "c-00", R"("to":"checked","basis":"effect_check","verdict":"effective")").status == 400);
    auto checked = m4.step(id, "c-1", R"("to":"checked","basis":"effect_check")");
    REQUIRE(checked.status == 200);
    const json::value done = parsed(checked).at("measure");
    CHECK(text(done, "state") == "checked");
    CHECK(text(done, "verdict") == "effective");
    CHECK(text(done, "verdict_basis") == "effect_check");
    REQUIRE(done.at("checks").as_array().size() == 1);
    const json::value recorded = done.at("checks").at(0);
    CHECK(text(recorded, "by") == "m4");
    CHECK(recorded.at("at") == r.now.load());
    CHECK(withoutRecord(recorded) == shown);
    CHECK(parsed(m3.get(path)).at("checks") == done.at("checks"));

    // The console did not hear the answer and sends the step again: the same answer, done once.
    const std::int64_t entries = r.auditEntries();
    auto again = m4.step(id, "c-1", R"("to":"checked","basis":"effect_check")");
    CHECK(again.status == 200);
    CHECK(again.body == checked.body);
    CHECK(r.auditEntries() == entries);
    CHECK(parsed(m3.get(path)).at("checks").as_array().size() == 1);

    // Checked: its indicators stay what the check used.
    auto relink = m4.post(path + "/links", R"({"action_id":"l-1","indicators":[]})");
    CHECK(relink.status == 409);
    CHECK(r.admin->verifyAudit().ok());
}

TEST_CASE("a measure's indicators change through /links, and an unsettled after window answers when it settles",
          "[e2e][registry][measures][effect]")
{
    EffectRegistry r;
    Console m3(r, 3);
    Console m4(r, 4);
    CHECK(m3.post("/v1/advisor/measures", proposal("p-0", r.inDays(60), R"("indicators":["nope"])")).status == 400);
    auto proposed = m3.post("/v1/advisor/measures", proposal("p-1", r.inDays(60), R"("cases":[])"));
    REQUIRE(proposed.status == 200);
    const std::int64_t id = parsed(proposed).at("measure").at("id").as_int64();
    const std::string path = "/v1/advisor/measures/" + std::to_string(id);
    CHECK(parsed(proposed).at("measure").at("indicators").as_array().empty());

    CHECK(m4.post(path + "/links", R"({"action_id":"l-0","indicators":["nope"]})").status == 400);
    CHECK(m4.post(path + "/links", R"({"action_id":"l-00","indicators":"nm-13bde"})").status == 400);
    auto linked = m4.post(path + "/links", R"({"action_id":"l-1","indicators":["nm-13bde"]})");
    REQUIRE(linked.status == 200);
    CHECK(parsed(linked).at("measure").at("indicators") == json::parse(R"([{"id":"nm-13bde","primary":true}])"));
    const std::int64_t entries = r.auditEntries();
    CHECK(m4.post(path + "/links", R"({"indicators":["nm-13bde"],"action_id":"l-1"})").body == linked.body);
    CHECK(r.auditEntries() == entries);

    REQUIRE(m4.step(id, "a-1", R"("to":"approved")").status == 200);
    REQUIRE(m4.step(id, "i-1", R"("to":"implemented","implemented_on":")" + r.today()
                                   + R"(","evidence":"Barrier placed.")")
                .status
            == 200);
    auto early = m3.get(path + "/effect");
    CHECK(early.status == 409);
    const auto w = registry::effectWindows(r.today()).value();
    CHECK(text(parsed(early), "settles_on") == registry::settlesOn(w, 1));
    auto tooEarly = m4.step(id, "c-1", R"("to":"checked","basis":"effect_check")");
    CHECK(tooEarly.status == 409);
    CHECK_THAT(text(parsed(tooEarly), "error"), Catch::Contains("settles on " + registry::settlesOn(w, 1)));
    // A judgement needs no settled window (and still a note).
    CHECK(m4.step(id, "c-2", R"("to":"checked","basis":"judgement","verdict":"inconclusive")").status == 400);
    CHECK(m4.step(id, "c-3", R"("to":"checked","basis":"judgement","verdict":"inconclusive","note":"Too early.")")
              .status
          == 200);
}
