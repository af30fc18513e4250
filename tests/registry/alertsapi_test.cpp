// SPDX-License-Identifier: EUPL-1.2
// The alerts register over the advisor API (docs/advisor-api.md, "Alerts"): a real registry on
// loopback, an indicator defined as vigil-admin does it, the cube seeded as intake would have
// left it, the registry's clock moved on until new months settle, the sweep run at once
// (RegistryServer::sweepPdca), and advisors taking the alert it raised through its states.
#include "registry/admin/indicatoradmin.h"
#include "registry/pdca/indicatorregister.h"

#include "tests/registry/advisorconsole.h"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <chrono>

using namespace vigil;
namespace json = boost::json;

namespace {

using test::Console;
using test::parsed;
using test::text;

/// The 10th of calendar month `index` (monthIndex) at 00:00 UTC.
std::int64_t tenthOf(int index)
{
    using namespace std::chrono;
    const year_month_day d{year{index / 12}, month{static_cast<unsigned>(index % 12 + 1)}, day{10}};
    return sys_days(d).time_since_epoch().count() * 86400;
}

/// A registry with an indicator of 13-bde's near misses defined now, whose two months after
/// the last settled one fire (60, then 200, against months of 20 and 22), and the clock moved
/// on until both have settled; m3 and m4 hold the measures role for 13-bde.
struct AlertsRegistry : test::AdvisorRegistry {
    int settledAtDefinition = 0;

    AlertsRegistry()
        : AdvisorRegistry({{"m3", registry::MeasureRole::Measures, "13-bde"},
                           {"m4", registry::MeasureRole::Measures, "13-bde"}})
    {
        registry::IndicatorDef def;
        def.id = "nm-13bde";
        def.nameNl = "Bijna-ongevallen 13 Bde";
        def.nameEn = "Near misses 13 Bde";
        def.filter = registry::makeFilter("13-bde", {"near_miss"}, {}, {}, {}).value();
        REQUIRE(registry::defineIndicator(*admin, def, now).ok());
        settledAtDefinition = registry::IndicatorRegister::lastSettled(now, 1);
        {
            auto lock = server->store().lock();
            for (int m = settledAtDefinition - 36; m <= settledAtDefinition + 2; ++m) {
                const int count = m == settledAtDefinition + 1 ? 60 : m == settledAtDefinition + 2 ? 200 : 20 + (m % 2) * 2;
                const std::string month = registry::monthText(m);
                REQUIRE(server->store()
                            .db()
                            .exec("INSERT INTO pdca_counts VALUES ('" + month + "', '" + month
                                  + "', '13-bde', 'near_miss', 'live_fire', 'open', 'medium', "
                                  + std::to_string(count) + ")")
                            .ok());
            }
        }
        now = tenthOf(settledAtDefinition + 4);  // settledAtDefinition + 2 has settled
    }
};

} // namespace

TEST_CASE("an alert raised by the sweep is listed, assigned, followed up with a measure and closed over HTTP",
          "[e2e][registry][alerts]")
{
    AlertsRegistry r;
    auto swept = r.server->sweepPdca();
    REQUIRE(swept.ok());
    CHECK(swept->asOf == registry::monthText(r.settledAtDefinition + 2));
    CHECK(swept->raised == 1);
    CHECK(swept->extended == 0);
    auto again = r.server->sweepPdca();
    REQUIRE(again.ok());
    CHECK(again->raised == 0);

    Console m3(r, 3);
    Console m4(r, 4);
    auto listed = m3.get("/v1/advisor/alerts");
    REQUIRE(listed.status == 200);
    const json::value listing = parsed(listed);
    const auto& alerts = listing.at("alerts").as_array();
    REQUIRE(alerts.size() == 1);
    const json::value alert = alerts[0];
    const std::int64_t id = alert.at("id").as_int64();
    const std::string path = "/v1/advisor/alerts/" + std::to_string(id);
    CHECK(text(alert.at("indicator"), "id") == "nm-13bde");
    CHECK(text(alert.at("indicator"), "name_en") == "Near misses 13 Bde");
    CHECK(text(alert, "month") == registry::monthText(r.settledAtDefinition + 1));
    CHECK(alert.at("months") == json::array{json::value(registry::monthText(r.settledAtDefinition + 2))});
    CHECK(text(alert, "state") == "raised");
    CHECK(text(alert, "clock") == "running");
    CHECK(alert.at("value") == 60.0);
    CHECK(alert.at("raised_at") == r.now.load());
    CHECK(alert.at("follow_up_due") == r.now.load() + 30 * test::kDay);
    CHECK(alert.at("next") == json::parse(R"(["assigned","followed_up"])"));
    CHECK(alert.at("may") == json::parse(R"(["assigned","followed_up"])"));
    CHECK(parsed(m3.get(path)) == alert);

    // An alert cannot be closed before it is followed up: 409, naming the allowed steps.
    auto early = m3.post(path + "/close", R"({"action_id":"c-0"})");
    CHECK(early.status == 409);
    CHECK_THAT(text(parsed(early), "error"), Catch::Contains("allowed: assigned, followed_up"));
    CHECK(m3.post(path + "/follow-up", R"({"action_id":"f-0"})").status == 400);
    CHECK(m3.post(path + "/assign", R"({"action_id":"a-0","assignee":"m1"})").status == 400);

    auto assigned = m3.post(path + "/assign", R"({"action_id":"a-1","assignee":"m4"})");
    REQUIRE(assigned.status == 200);
    CHECK(text(parsed(assigned).at("alert"), "state") == "assigned");
    CHECK(text(parsed(assigned).at("alert"), "assignee") == "m4");

    // The follow-up clock is on the PDCA clock list.
    auto clocks = m4.get("/v1/advisor/pdca/clocks");
    REQUIRE(clocks.status == 200);
    const json::value clockList = parsed(clocks);
    const auto& entries = clockList.at("entries").as_array();
    REQUIRE(entries.size() == 1);
    CHECK(text(entries[0], "subject") == "alert");
    CHECK(text(entries[0], "clock") == "follow_up");
    CHECK(entries[0].at("id") == id);

    auto proposed = m4.post("/v1/advisor/measures",
                            R"({"action_id":"p-1","title":"Brief the range crews","domain":"physical",)"
                            R"("owner_unit":"13-bde","owner_role":"S3","due":")"
                                + r.inDays(60) + R"(","cases":[]})");
    REQUIRE(proposed.status == 200);
    const std::int64_t measure = parsed(proposed).at("measure").at("id").as_int64();
    auto followed = m4.post(path + "/follow-up",
                            R"({"action_id":"f-1","measure":)" + std::to_string(measure) + "}");
    REQUIRE(followed.status == 200);
    CHECK(text(parsed(followed).at("alert"), "state") == "followed_up");
    CHECK(parsed(followed).at("alert").at("measure") == measure);
    CHECK(text(parsed(followed).at("alert"), "clock") == "met");

    auto closed = m4.post(path + "/close", R"({"action_id":"c-1","note":"Discussed at the safety board."})");
    REQUIRE(closed.status == 200);
    CHECK(text(parsed(closed).at("alert"), "state") == "closed");
    CHECK(parsed(closed).at("alert").at("next").as_array().empty());

    CHECK(parsed(m3.get("/v1/advisor/alerts?state=closed")).at("alerts").as_array().size() == 1);
    CHECK(parsed(m3.get("/v1/advisor/alerts?state=raised")).at("alerts").as_array().empty());
    CHECK(m3.get("/v1/advisor/alerts?state=open").status == 400);

    // The board's alert mark names the alert object.
    auto board = m3.get("/v1/advisor/indicators");
    REQUIRE(board.status == 200);
    const json::value published = parsed(board);
    const auto& marks = published.at("indicators").at(0).at("alerts").as_array();
    bool named = false;
    for (const auto& mark : marks)
        if (text(mark, "month") == registry::monthText(r.settledAtDefinition + 1)) {
            CHECK(mark.at("id") == id);
            CHECK(text(mark, "state") == "closed");
            named = true;
        }
    CHECK(named);
    CHECK(r.admin->verifyAudit().ok());
}

TEST_CASE("an alert action replayed under its id is answered again and done once, and the id with another body is 409",
          "[e2e][registry][alerts]")
{
    AlertsRegistry r;
    REQUIRE(r.server->sweepPdca().ok());
    Console m3(r, 3);
    const std::int64_t id = parsed(m3.get("/v1/advisor/alerts")).at("alerts").at(0).at("id").as_int64();
    const std::string path = "/v1/advisor/alerts/" + std::to_string(id) + "/assign";
    auto first = m3.post(path, R"({"action_id":"a-1","assignee":"m4"})");
    REQUIRE(first.status == 200);
    const std::int64_t entries = r.auditEntries();
    auto again = m3.post(path, R"({"assignee":"m4","action_id":"a-1"})");
    CHECK(again.status == 200);
    CHECK(again.body == first.body);
    CHECK(r.auditEntries() == entries);
    auto reused = m3.post(path, R"({"action_id":"a-1","assignee":"m3"})");
    CHECK(reused.status == 409);
    CHECK(text(parsed(reused), "error_kind") == "action_id_reused");
    CHECK(r.auditEntries() == entries);
}

TEST_CASE("an alert is not there for a member without a role, the inspectorate reads it and is refused a step",
          "[e2e][registry][alerts]")
{
    AlertsRegistry r;
    REQUIRE(r.server->sweepPdca().ok());
    Console m3(r, 3);
    Console m1(r, 1);
    Console m7(r, 7);
    const std::int64_t id = parsed(m3.get("/v1/advisor/alerts")).at("alerts").at(0).at("id").as_int64();
    const std::string path = "/v1/advisor/alerts/" + std::to_string(id);

    CHECK(parsed(m1.get("/v1/advisor/alerts")).at("alerts").as_array().empty());
    CHECK(m1.get(path).status == 404);
    CHECK(m1.post(path + "/assign", R"({"action_id":"a-1","assignee":"m4"})").status == 404);
    CHECK(m3.get("/v1/advisor/alerts/999999").status == 404);
    CHECK(m3.post("/v1/advisor/alerts/999999/assign", R"({"action_id":"a-9","assignee":"m4"})").status == 404);

    auto read = m7.get(path);
    REQUIRE(read.status == 200);
    CHECK(parsed(read).at("may").as_array().empty());
    auto refused = m7.post(path + "/assign", R"({"action_id":"a-2","assignee":"m4"})");
    CHECK(refused.status == 403);
    CHECK(text(parsed(refused), "error_kind") == "role_required");
    // The board names no alert object to a member who may not see it.
    auto board = m1.get("/v1/advisor/indicators");
    REQUIRE(board.status == 200);
    const json::value published = parsed(board);
    for (const auto& mark : published.at("indicators").at(0).at("alerts").as_array())
        CHECK_FALSE(mark.as_object().contains("id"));
}
