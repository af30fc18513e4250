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
