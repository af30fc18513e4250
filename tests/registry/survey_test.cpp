// SPDX-License-Identifier: EUPL-1.2
// "Did the reporter feel heard" (issue 16 §4) through a real registry on loopback, on its real
// SQLite file: reporters' survey follow-ups join their closed cases, one answer set per case,
// and come out of the statistics API and vigil-admin stats only in groups of at least k.
#include "registry/stats/surveystats.h"

#include "tests/registry/advisorconsole.h"
#include "tests/support/testdata.h"

#include "registry/admin/admin.h"

#include "shared/message.h"
#include "shared/seal.h"
#include "shared/sealfordirectory.h"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <set>
#include <stdexcept>

using namespace vigil;
namespace json = boost::json;
namespace rt = vigil::relay::test;

namespace {

/// The follow-up a device sends with `answers` about `original`, sealed to its readers.
Bytes surveyFollowUp(const RoutingHeader& original, const Directory& directory, const SurveyAnswers& answers)
{
    std::vector<Recipient> readers;
    for (const auto& id : original.recipients)
        readers.push_back({id, test::memberBoxKey(std::stoi(id.substr(1))).publicKey});
    auto sealed = sealSurveyFollowUp(Message{{}, 1'750'000'900, "", "Answers to: how did it go."}, original, readers,
                                     directory.routingKey, answers);
    REQUIRE(sealed.ok());
    return sealed->envelope.bytes;
}

std::vector<IngestResult> send(test::AdvisorRegistry& r, const Bytes& envelope)
{
    rt::Client device(rt::urlOf(r.server->port()));
    return rt::ingestResults(device.postBatch(std::vector<Bytes>{envelope}));
}

std::int64_t queryInt(test::AdvisorRegistry& r, const std::string& sql)
{
    auto lock = r.server->store().lock();
    return *r.server->store().db().queryInt(sql);
}

const json::object& surveyTable(const json::value& stats, std::string_view name)
{
    for (const auto& t : stats.at("survey").at("tables").as_array())
        if (t.at("name").as_string() == name)
            return t.as_object();
    FAIL("no survey table " << name);
    throw std::logic_error("unreachable");
}

/// Every entry of a published table as printed: numbers and labels.
std::vector<json::value> entries(const json::object& table)
{
    std::vector<json::value> out;
    for (const auto& row : table.at("cells").as_array())
        for (const auto& cell : row.as_array())
            out.push_back(cell);
    for (const char* margin : {"row_totals", "column_totals"})
        for (const auto& cell : table.at(margin).as_array())
            out.push_back(cell);
    out.push_back(table.at("total"));
    return out;
}

const json::object& indicator(const json::value& stats, std::string_view dimension, std::string_view column)
{
    for (const auto& i : stats.at("survey").at("indicators").as_array())
        if (i.at("dimension").as_string() == dimension && i.at("column").as_string() == column)
            return i.as_object();
    FAIL("no survey indicator " << dimension << " " << column);
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("survey answers join their closed cases once each and are published only in groups of at least k",
          "[e2e][registry][survey]")
{
    test::AdvisorRegistry r({});
    test::Console console(r, 3);
    std::vector<SealedReport> reporters;
    for (int i = 0; i < 12; ++i) {
        auto sealed = sealForDirectory(test::socialReport(), {}, r.directory, SealAddress{"13-bde", "nl", {}});
        REQUIRE(sealed.ok());
        REQUIRE(send(r, sealed->envelope.bytes).at(0).status == IngestStatus::Stored);
        reporters.push_back(std::move(*sealed));
    }
    const auto cases = test::parsed(console.get("/v1/advisor/cases")).at("cases").as_array();
    REQUIRE(cases.size() == reporters.size());
    for (const auto& c : cases) {
        const std::string id = std::to_string(c.at("id").as_int64());
        REQUIRE(console.post("/v1/advisor/cases/" + id + "/transition", R"({"to":"acknowledged"})").status == 200);
        REQUIRE(console.post("/v1/advisor/cases/" + id + "/transition", R"({"to":"closed","outcome":"referred"})").status
                == 200);
    }
    const std::int64_t auditBefore = r.auditEntries();

    // Seven felt heard (4) and would report again, one fear 1; five felt less heard (2), unsure,
    // and skipped the fear question.
    for (std::size_t i = 0; i < reporters.size(); ++i) {
        const SurveyAnswers answers = i < 7 ? SurveyAnswers{4, ReportAgain::Yes, 1} : SurveyAnswers{2, ReportAgain::Unsure, 0};
        CHECK(send(r, surveyFollowUp(reporters[i].header, r.directory, answers)).at(0).status
              == IngestStatus::Stored);
    }
    CHECK(queryInt(r, "SELECT COUNT(*) FROM survey_answers") == 12);
    CHECK(queryInt(r, "SELECT COUNT(*) FROM survey_answers WHERE fear IS NULL") == 5);
    // One answer set per case: the first reporter answers again, and the new answers replace theirs.
    CHECK(send(r, surveyFollowUp(reporters[0].header, r.directory, SurveyAnswers{4, ReportAgain::Yes, 2}))
              .at(0)
              .status
          == IngestStatus::Stored);
    CHECK(queryInt(r, "SELECT COUNT(*) FROM survey_answers") == 12);
    CHECK(queryInt(r, "SELECT COUNT(*) FROM survey_answers WHERE fear = 2") == 1);
    // Someone who knows a report id (a relay does) but not its reply key: refused, nothing counted.
    RoutingHeader forged = reporters[1].header;
    forged.replyKey = BoxKeyPair::generate().publicKey;
    CHECK(send(r, surveyFollowUp(forged, r.directory, SurveyAnswers{1, ReportAgain::No, 5})).at(0).status
          == IngestStatus::Invalid);
    CHECK(queryInt(r, "SELECT COUNT(*) FROM survey_answers WHERE again = 'no' OR heard = 1") == 0);
    // A device never seals an answer off its scale.
    CHECK_FALSE(sealSurveyFollowUp(Message{{}, 1, "", "x"}, reporters[2].header,
                                   std::vector<Recipient>{{"m3", test::memberBoxKey(3).publicKey}},
                                   r.directory.routingKey, SurveyAnswers{6, ReportAgain::None, 0})
                    .ok());

    // Stored by route, unit and quarter of closing; no time finer than that, and the trail says
    // that the reporter answered, never what.
    CHECK(queryInt(r, "SELECT COUNT(*) FROM survey_answers WHERE domain = 'social' AND unit = '13-bde' AND quarter = '"
                          + registry::quarterOf(r.now) + "'")
          == 12);
    {
        auto lock = r.server->store().lock();
        auto audit = r.server->store().db().prepare("SELECT detail FROM audit WHERE action = 'case.survey'");
        REQUIRE(audit.ok());
        std::multiset<std::string> details;
        while (*audit->step())
            details.insert(audit->text(0));
        CHECK(details.count("the reporter answered the survey") == 12);
        CHECK(details.count("the reporter answered the survey again; the new answers replace the earlier ones") == 1);
        CHECK(details.size() == 13);
    }
    CHECK(r.auditEntries() > auditBefore);

    // The statistics API: each question by quarter, route and unit row, suppressed with k = 5.
    const auto stats = test::parsed(console.get("/v1/advisor/stats"));
    const std::string quarter = registry::quarterOf(r.now);
    CHECK(stats.at("survey").at("period").at("from").as_string() == quarter);
    const auto& again = surveyTable(stats, "survey_again_by_quarter");
    CHECK(again.at("rows") == json::parse(R"(["yes","unsure","no"])"));
    CHECK(again.at("columns") == json::parse("[\"" + quarter + "\"]"));
    CHECK(again.at("cells") == json::parse("[[7],[5],[0]]"));
    CHECK(surveyTable(stats, "survey_heard_by_route").at("cells") == json::parse("[[0,0,0],[0,5,0],[0,0,0],[0,7,0],[0,0,0]]"));
    CHECK(surveyTable(stats, "survey_heard_by_unit").at("columns") == json::parse(R"(["13-bde"])"));
    // Fear: six answered 1, one answered 2 — the one is "<5", and its complement hides the six.
    const auto& fear = surveyTable(stats, "survey_fear_by_quarter");
    CHECK(fear.at("cells") == json::parse(R"([["x"],["<5"],[0],[0],[0]])"));
    for (const auto& table : stats.at("survey").at("tables").as_array())
        for (const auto& e : entries(table.as_object())) {
            INFO(table.at("name").as_string());
            if (e.is_int64())
                CHECK((e.as_int64() == 0 || e.as_int64() >= 5));
            else
                CHECK((e == "<5" || e == "x"));
        }
    // Indicators from published figures only: 7 of 12 would report again; mean felt heard 38/12.
    CHECK(indicator(stats, "quarter", quarter).at("willingness_percent").as_double() == Approx(58.3));
    CHECK(indicator(stats, "quarter", quarter).at("trust_mean").as_double() == Approx(3.17));
    CHECK(indicator(stats, "route", "social").at("willingness_percent").as_double() == Approx(58.3));
    CHECK(indicator(stats, "route", "physical").at("willingness_percent") == "x");

    // vigil-admin stats prints the same figures.
    auto printed = r.admin->statistics("json", 5, "", "", r.now);
    REQUIRE(printed.ok());
    CHECK(json::parse(*printed).at("survey") == stats.at("survey"));
    auto csv = r.admin->statistics("csv", 5, "", "", r.now);
    REQUIRE(csv.ok());
    CHECK_THAT(*csv, Catch::Contains("survey_table,survey_fear_by_quarter,2," + quarter + ",<5"));
    CHECK_THAT(*csv, Catch::Contains("survey_indicator,willingness_percent,quarter," + quarter + ",58.3"));
}

TEST_CASE("a lone small answer set is never published, in any survey table or indicator", "[e2e][registry][survey]")
{
    test::AdvisorRegistry r({});
    test::Console console(r, 3);
    auto sealed = sealForDirectory(test::socialReport(), {}, r.directory, SealAddress{"13-bde", "nl", {}});
    REQUIRE(sealed.ok());
    REQUIRE(send(r, sealed->envelope.bytes).at(0).status == IngestStatus::Stored);
    const auto c = test::parsed(console.get("/v1/advisor/cases")).at("cases").as_array().at(0);
    const std::string id = std::to_string(c.at("id").as_int64());
    REQUIRE(console.post("/v1/advisor/cases/" + id + "/transition", R"({"to":"acknowledged"})").status == 200);
    REQUIRE(console.post("/v1/advisor/cases/" + id + "/transition", R"({"to":"closed","outcome":"referred"})").status
            == 200);
    REQUIRE(send(r, surveyFollowUp(sealed->header, r.directory, SurveyAnswers{1, ReportAgain::No, 5})).at(0).status
            == IngestStatus::Stored);

    const auto stats = test::parsed(console.get("/v1/advisor/stats"));
    for (const auto& table : stats.at("survey").at("tables").as_array())
        for (const auto& e : entries(table.as_object())) {
            INFO(table.at("name").as_string());
            const bool zero = e.is_int64() && e.as_int64() == 0;
            CHECK((zero || e == "<5" || e == "x"));
        }
    for (const auto& i : stats.at("survey").at("indicators").as_array()) {
        CHECK(i.at("willingness_percent") == "x");
        CHECK(i.at("trust_mean") == "x");
    }
    // The unit of one answer set rolls up into "(other units)" rather than be named with a 1.
    CHECK(stats.at("survey").at("units").as_array().at(0).at("id").as_string() == "*");
}
