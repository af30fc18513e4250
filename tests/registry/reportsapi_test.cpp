// SPDX-License-Identifier: EUPL-1.2
// The inspectorate's report over the advisor API (docs/advisor-api.md, "Reports"): a real
// registry on loopback, signed-in consoles asking for the report of a settled period, once and
// again as a reissue, and fetching what was signed and its PDF.
#include "registry/report/vmspdf.h"
#include "registry/report/vmsreport.h"

#include "shared/signeddoc.h"

#include "tests/registry/advisorconsole.h"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

using namespace vigil;
namespace json = boost::json;

TEST_CASE("the inspectorate asks the registry for the signed report of a settled period, once, and fetches its PDF",
          "[e2e][registry][pdca][reports]")
{
    test::AdvisorRegistry r({{"m3", registry::MeasureRole::Commander, "defence"},
                             {"m4", registry::MeasureRole::Commander, "13-bde"},
                             {"m7", registry::MeasureRole::Inspectorate, ""}});
    // Two years back: settled whatever today is.
    const std::string period = std::to_string(std::stoi(r.today().substr(0, 4)) - 2);
    test::Console inspector(r, 7);
    test::Console brigade(r, 4);
    test::Console commander(r, 3);
    const std::string ask = R"({"action_id":"r-1","period":")" + period + R"("})";

    const auto refused = brigade.post("/v1/advisor/reports", ask);
    CHECK(refused.status == 403);
    CHECK(test::parsed(refused).at("error_kind") == "role_required");
    CHECK(brigade.get("/v1/advisor/reports").status == 403);

    const auto issued = inspector.post("/v1/advisor/reports", ask);
    REQUIRE(issued.status == 200);
    const auto report = test::parsed(issued).at("report").as_object();
    CHECK(report.at("id") == 1);
    CHECK(report.at("period").as_string() == period.c_str());
    CHECK(report.at("made_by") == "m7");
    CHECK(report.at("reissue_of").is_null());
    CHECK(report.at("inputs_hash").as_string().size() == 64);
    CHECK(inspector.post("/v1/advisor/reports", ask).body == issued.body);  // a replay: the same answer

    const auto again = inspector.post("/v1/advisor/reports", R"({"action_id":"r-2","period":")" + period + R"("})");
    CHECK(again.status == 409);
    CHECK_THAT(test::parsed(again).at("error").as_string().c_str(), Catch::Contains("issued already: report 1"));
    CHECK(inspector.post("/v1/advisor/reports", R"({"action_id":"r-3","period":"2999Q1"})").status == 409);
    CHECK(inspector.post("/v1/advisor/reports", R"({"action_id":"r-4","period":"someday"})").status == 400);

    const auto reissued = commander.post(
        "/v1/advisor/reports", R"({"action_id":"r-5","period":")" + period + R"(","reason":"a late measure"})");
    REQUIRE(reissued.status == 200);
    CHECK(test::parsed(reissued).at("report").at("reissue_of") == 1);

    const auto listed = inspector.get("/v1/advisor/reports");
    REQUIRE(listed.status == 200);
    REQUIRE(test::parsed(listed).at("reports").as_array().size() == 2);

    const auto signedReport = inspector.get("/v1/advisor/reports/2/signed");
    REQUIRE(signedReport.status == 200);
    auto payload = openSignedDocument(asBytes(signedReport.body), kVmsReportMagic, r.server->keys().root.publicKey,
                                      "report");
    REQUIRE(payload.ok());
    const std::string signedJson(*payload);
    CHECK(report::checkVmsReport(signedJson).ok());
    CHECK_THAT(signedJson, Catch::Contains(R"("reissue":{"of":1,"reason":"a late measure"})"));

    const auto pdf = inspector.get("/v1/advisor/reports/2/pdf?lang=en");
    REQUIRE(pdf.status == 200);
    CHECK(pdf.contentType == "application/pdf");
    CHECK(pdf.body == report::renderVmsPdf(signedJson, report::Language::English).value());
    CHECK(inspector.get("/v1/advisor/reports/2/pdf").body
          == report::renderVmsPdf(signedJson, report::Language::Dutch).value());
    CHECK(inspector.get("/v1/advisor/reports/2/pdf?lang=fr").status == 400);
    CHECK(inspector.get("/v1/advisor/reports/9/signed").status == 404);
    CHECK(inspector.get("/v1/advisor/reports/1/other").status == 404);
}
