// SPDX-License-Identifier: EUPL-1.2
// Safety performance indicators over the advisor API (docs/advisor-api.md, "Indicators"): a real
// registry on loopback, an indicator defined as vigil-admin does it, the cube seeded as intake
// would have left it, and a signed-in advisor reading the board.
#include "registry/admin/indicatoradmin.h"
#include "registry/pdca/indicatorregister.h"

#include "tests/registry/advisorconsole.h"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

using namespace vigil;
namespace json = boost::json;

TEST_CASE("a signed-in advisor reads the indicator board of the last settled month, small months hidden",
          "[e2e][registry][pdca][indicators]")
{
    test::AdvisorRegistry r({});
    registry::IndicatorDef def;
    def.id = "nm-13bde";
    def.nameNl = "Bijna-ongevallen 13 Bde";
    def.nameEn = "Near misses 13 Bde";
    def.filter = registry::makeFilter("13-bde", {"near_miss"}, {}, {}, {}).value();
    REQUIRE(registry::defineIndicator(*r.admin, def, r.now).ok());
    const int settled = registry::IndicatorRegister::lastSettled(r.now, 1);
    {
        auto lock = r.server->store().lock();
        for (int m = settled - 23; m <= settled; ++m) {
            const std::string month = registry::monthText(m);
            const int count = m == settled - 1 ? 2 : m == settled ? 60 : 20 + (m % 2) * 2;
            REQUIRE(r.server->store()
                        .db()
                        .exec("INSERT INTO pdca_counts VALUES ('" + month + "', '" + month
                              + "', '13-bde', 'near_miss', 'live_fire', 'open', 'medium', " + std::to_string(count)
                              + ")")
                        .ok());
        }
    }

    test::Console console(r, 1);
    const auto anonymous = console.client.get("/v1/advisor/indicators");  // no token
    REQUIRE(anonymous.ok());
    CHECK(anonymous->status == 401);
    const auto answer = console.get("/v1/advisor/indicators");
    REQUIRE(answer.status == 200);
    const auto board = test::parsed(answer).as_object();
    CHECK(board.at("format") == "vigil-indicators/1");
    CHECK(board.at("as_of").as_string() == registry::monthText(settled));
    const auto& indicators = board.at("indicators").as_array();
    REQUIRE(indicators.size() == 1);
    const auto& values = indicators[0].at("values").as_array();
    REQUIRE(values.size() == 36);
    CHECK(values[34] == "<5");
    CHECK(values[35] == 60);
    CHECK(values[0] == 0);  // before the first report
    CHECK_FALSE(json::serialize(board).find("\"2\"") != std::string::npos);

    CHECK(console.get("/v1/advisor/indicators?as_of=" + registry::monthText(settled + 1)).status == 409);
    CHECK(console.get("/v1/advisor/indicators?as_of=2026-13").status == 400);
}

TEST_CASE("the board over HTTP carries a share with its terms and a clock share with its target, never a target "
          "on reports",
          "[e2e][registry][pdca][indicators]")
{
    test::AdvisorRegistry r({});
    registry::IndicatorDef share;
    share.id = "anon-13bde";
    share.nameNl = "Anoniem gemeld 13 Bde";
    share.nameEn = "Reported anonymously 13 Bde";
    share.measure = registry::IndicatorMeasure::Share;
    share.filter = registry::makeFilter("13-bde", {}, {}, {"anonymous"}, {}).value();
    share.denominator = registry::makeFilter("13-bde", {}, {}, {}, {}).value();
    REQUIRE(registry::defineIndicator(*r.admin, share, r.now).ok());
    registry::IndicatorDef ack;
    ack.id = "ack7";
    ack.nameNl = "Binnen 7 dagen bevestigd";
    ack.nameEn = "Acknowledged within 7 days";
    ack.measure = registry::IndicatorMeasure::WithinClock;
    ack.withinDays = 7;
    ack.target = registry::IndicatorTarget{0.9, registry::TargetDirection::AtLeast};
    REQUIRE(registry::defineIndicator(*r.admin, ack, r.now).ok());
    auto volume = share;
    volume.id = "volume";
    volume.measure = registry::IndicatorMeasure::Count;
    volume.denominator.reset();
    volume.target = registry::IndicatorTarget{40, registry::TargetDirection::AtLeast};
    const auto refused = registry::defineIndicator(*r.admin, volume, r.now);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().message, Catch::Contains("discourages reporting"));

    const int settled = registry::IndicatorRegister::lastSettled(r.now, 1);
    {
        auto lock = r.server->store().lock();
        auto& db = r.server->store().sqlite();
        for (int m = settled - 1; m <= settled; ++m) {
            const std::string month = registry::monthText(m);
            // Last month 3 of 23 named: the share is withheld, as 3 would be its difference.
            const int anonymous = m == settled ? 20 : 6;
            const int named = m == settled ? 3 : 18;
            for (const auto& [mode, count] : {std::pair{"anonymous", anonymous}, std::pair{"open", named}})
                REQUIRE(db.exec("INSERT INTO pdca_counts VALUES ('" + month + "', '" + month
                                + "', '13-bde', 'near_miss', 'live_fire', '" + mode + "', 'medium', "
                                + std::to_string(count) + ")")
                            .ok());
            REQUIRE(db.exec("INSERT INTO pdca_clocks(received_month, clock, event_month, days, count, domain, outcome) "
                            "VALUES ('" + month + "', 'received', '" + month + "', 0, 10, 'physical', ''), ('"
                            + month + "', 'acknowledge', '" + month + "', 1, " + (m == settled ? "10" : "8")
                            + ", 'physical', 'in_time')")
                        .ok());
        }
    }

    test::Console console(r, 1);
    const auto answer = console.get("/v1/advisor/indicators");
    REQUIRE(answer.status == 200);
    const auto board = test::parsed(answer).as_object();
    const auto& indicators = board.at("indicators").as_array();
    REQUIRE(indicators.size() == 2);
    const auto& ackJson = indicators[0].as_object();  // by id: ack7, anon-13bde
    const auto& shareJson = indicators[1].as_object();
    CHECK(ackJson.at("measure") == "within_clock");
    CHECK(ackJson.at("clock") == "acknowledge");
    CHECK(ackJson.at("within_days") == 7);
    CHECK(ackJson.at("target").at("direction") == "at_least");
    CHECK(ackJson.at("values").as_array()[34].to_number<double>() == Approx(0.8));
    CHECK(ackJson.at("values").as_array()[35].to_number<double>() == Approx(1.0));
    CHECK(ackJson.at("off_target").as_array() == json::array{json::value(registry::monthText(settled - 1))});
    CHECK(ackJson.at("denominators").as_array()[35] == 10);

    CHECK(shareJson.at("measure") == "share");
    CHECK(shareJson.at("target").is_null());
    CHECK(shareJson.at("denominator").at("unit") == "13-bde");
    CHECK(shareJson.at("values").as_array()[34].to_number<double>() == Approx(0.25));
    CHECK(shareJson.at("numerators").as_array()[34] == 6);
    CHECK(shareJson.at("denominators").as_array()[34] == 24);
    CHECK(shareJson.at("values").as_array()[35].is_string());
    CHECK(shareJson.at("numerators").as_array()[35].is_string());
    CHECK(json::serialize(shareJson).find("\"volume\"") == std::string::npos);
}
