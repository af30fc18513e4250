// SPDX-License-Identifier: EUPL-1.2
#include "registry/report/vmspdf.h"
#include "registry/report/vmsreport.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

using namespace vigil;
using namespace vigil::registry;
using namespace vigil::report;

namespace {

const UnitTree kTree{{"13-bde", ""}, {"bn-12", "13-bde"}, {"bn-42", "13-bde"}};

// 2026-09-20 12:00 UTC and 2026-09-30 12:00 UTC.
constexpr UnixSeconds kSeptember20 = 1'789'905'600;
constexpr UnixSeconds kSeptember30 = 1'790'769'600;

MeasureRecord measure(std::int64_t id, std::string due, MeasureState state, std::optional<std::string> implementedOn = {})
{
    MeasureRecord m;
    m.id = id;
    m.title = "Maatregel " + std::to_string(id) + ": extra verlichting bij de schietbaan (één)";
    m.ownerUnit = "bn-12";
    m.ownerRole = "S4";
    m.dueDate = std::move(due);
    m.state = state;
    m.implementedOn = std::move(implementedOn);
    m.proposedBy = "so-jansen";
    m.cases = {41};
    return m;
}

IndicatorDef indicator(std::string id, std::string unit, std::string nl, std::string en)
{
    IndicatorDef d;
    d.id = std::move(id);
    d.nameNl = std::move(nl);
    d.nameEn = std::move(en);
    d.filter = makeFilter(std::move(unit), {"near_miss"}, {}, {}, {}).value();
    return d;
}

VmsInputs sampleInputs()
{
    VmsInputs in;
    in.organisation = "Defensie";
    in.period = parsePeriod("2026Q3").value();
    in.generatedAt = 1'793'577'600;  // 2026-11-01
    in.directoryVersion = 7;
    in.auditSeq = 1234;
    in.auditHash = std::string(64, 'a');

    auto effective = measure(1, "2026-08-15", MeasureState::Checked, "2026-08-10");
    effective.verdict = MeasureVerdict::Effective;
    effective.basis = VerdictBasis::EffectCheck;
    effective.checkedAt = kSeptember20;
    auto social = measure(6, "2026-09-30", MeasureState::Checked, "2026-09-15");
    social.domain = Domain::Social;
    social.verdict = MeasureVerdict::NotEffective;
    social.basis = VerdictBasis::Judgement;
    social.checkedAt = kSeptember30;
    auto cancelled = measure(4, "2026-08-01", MeasureState::Cancelled);
    cancelled.cancelReason = "replaced";
    in.measures = {effective,
                   measure(2, "2026-09-01", MeasureState::Implemented, "2026-09-10"),
                   measure(3, "2026-07-20", MeasureState::InProgress),
                   cancelled,
                   measure(5, "2027-03-01", MeasureState::Proposed),
                   social};

    const std::vector<IndicatorDef> indicators{
        indicator("nm-13bde", "13-bde", "Bijna-ongevallen 13 Bde", "Near misses 13 Bde"),
        indicator("nm-bn12", "bn-12", "Bijna-ongevallen bn 12", "Near misses bn 12"),
        indicator("nm-bn42", "bn-42", "Bijna-ongevallen bn 42", "Near misses bn 42")};
    std::vector<CubeRow> cube;
    const int first = monthIndex("2024-10").value();
    for (int m = 0; m < 24; ++m) {
        const auto month = monthText(first + m);
        cube.push_back({month, month, "bn-12", "near_miss", "live_fire", "anonymous", "medium", m == 22 ? 2 : 9 + m % 4});
        cube.push_back({month, month, "bn-42", "near_miss", "vehicles_convoys", "open", "low", 20 + (m % 3) * 2});
        cube.push_back({month, month, "13-bde", "near_miss", "diving", "open", "low", m == 23 ? 31 : 6});
    }
    in.board = buildBoard(indicators, cube, kTree, in.period.lastMonth, {}).value();
    return in;
}

boost::json::object parse(const std::string& json) { return boost::json::parse(json).as_object(); }

} // namespace

TEST_CASE("periods are quarters or years, and a quarter settles at the end of the month after it")
{
    const auto q3 = parsePeriod("2026Q3");
    REQUIRE(q3.ok());
    CHECK(monthText(q3->firstMonth) == "2026-07");
    CHECK(monthText(q3->lastMonth) == "2026-09");
    CHECK(monthText(settlesIn(*q3)) == "2026-11");
    CHECK(monthText(parsePeriod("2025").value().lastMonth) == "2025-12");
    for (const std::string_view bad : {"2026Q5", "2026Q0", "26Q1", "2026-Q3", "2026H1", "", "Q3"})
        CHECK(parsePeriod(bad).error().kind == ErrorKind::Invalid);
}

TEST_CASE("the report counts the period's measures by domain: due, on time, late, cancelled, overdue, checked")
{
    const auto report = parse(buildVmsReport(sampleInputs(), {}));
    CHECK(report.at("format") == "vigil-vms-report/1");
    const auto& summary = report.at("measures").at("summary").as_array();
    REQUIRE(summary.size() == 3);
    const auto& physical = summary[0].as_object();
    CHECK(physical.at("domain") == "physical");
    CHECK(physical.at("due") == 4);  // 1, 2, 3 and the cancelled 4; 5 is due next year
    CHECK(physical.at("implemented_on_time") == 1);
    CHECK(physical.at("implemented_late") == 1);
    CHECK(physical.at("cancelled") == 1);
    CHECK(physical.at("overdue_open") == 1);
    CHECK(physical.at("checked_effective") == 1);
    const auto& social = summary[1].as_object();
    CHECK(social.at("checked_not_effective") == 1);
    CHECK(social.at("checked_by_judgement") == 1);

    const auto& list = report.at("measures").at("list").as_array();
    std::vector<std::int64_t> ids;
    for (const auto& m : list)
        ids.push_back(m.at("id").as_int64());
    CHECK(ids == std::vector<std::int64_t>{1, 2, 3, 4, 6});
    CHECK(list[1].at("on_time") == false);
    CHECK(list[2].at("on_time") == false);  // open past its due date
    CHECK(list[3].at("on_time").is_null()); // cancelled
}

TEST_CASE("the report holds no case ids and no member names")
{
    const std::string json = buildVmsReport(sampleInputs(), {});
    CHECK(json.find("so-jansen") == std::string::npos);
    CHECK(json.find("\"cases\"") == std::string::npos);
    CHECK(json.find("proposed_by") == std::string::npos);
}

TEST_CASE("indicators appear month by month as the board published them, small months hidden")
{
    const auto inputs = sampleInputs();
    const auto report = parse(buildVmsReport(inputs, {}));
    const auto& indicators = report.at("indicators").as_array();
    REQUIRE(indicators.size() == 3);
    const auto& bn12 = indicators[1].as_object();
    CHECK(bn12.at("id") == "nm-bn12");
    CHECK(bn12.at("months").as_array() == boost::json::array{"2026-07", "2026-08", "2026-09"});
    CHECK(bn12.at("values").as_array()[1] == "<5");  // August: 2 near misses
    // The union's August stays published only if a complement hides bn-12's 2 beside it.
    const auto& august = indicators[0].at("values").as_array()[1];
    const auto& bn42August = indicators[2].at("values").as_array()[1];
    CHECK((august.is_string() || bn42August.is_string()
           || inputs.board.hidden.count("indicator/nm-13bde(rest)/2026-08")));
    CHECK(indicators[0].at("levels").as_array()[0].is_object());  // a full baseline year: levels
    // September's rest of the brigade jumps from 6 to 31: the union's 3σ rule fires.
    CHECK(indicators[0].at("alerts").as_array().size() == 1);
    CHECK(indicators[0].at("alerts").as_array()[0].at("month") == "2026-09");
    CHECK(checkVmsReport(buildVmsReport(inputs, {})).ok());
}

TEST_CASE("the report check refuses a small count, a wrong label and a missing level however they got there")
{
    const std::string good = buildVmsReport(sampleInputs(), {});
    auto report = parse(good);
    report["indicators"].as_array()[1].as_object()["values"].as_array()[1] = 3;
    CHECK(checkVmsReport(boost::json::serialize(report)).error().message.find("below k") != std::string::npos);
    report = parse(good);
    report["indicators"].as_array()[1].as_object()["values"].as_array()[1] = "<3";
    CHECK_FALSE(checkVmsReport(boost::json::serialize(report)).ok());
    report = parse(good);
    report["indicators"].as_array()[0].as_object()["levels"].as_array().pop_back();
    CHECK_FALSE(checkVmsReport(boost::json::serialize(report)).ok());
    report = parse(good);
    report["format"] = "vigil-vms-report/2";
    CHECK_FALSE(checkVmsReport(boost::json::serialize(report)).ok());
}

TEST_CASE("the same inputs give the same JSON and the same PDFs, in Dutch and in English")
{
    const std::string json = buildVmsReport(sampleInputs(), {});
    CHECK(json == buildVmsReport(sampleInputs(), {}));
    const auto nl = renderVmsPdf(json, Language::Dutch);
    const auto en = renderVmsPdf(json, Language::English);
    REQUIRE(nl.ok());
    REQUIRE(en.ok());
    CHECK(*nl == *renderVmsPdf(json, Language::Dutch));
    CHECK(*nl != *en);
    CHECK(nl->find("(VMS-rapportage 2026Q3) Tj") != std::string::npos);
    CHECK(en->find("(Safety management report 2026Q3) Tj") != std::string::npos);
    CHECK(nl->find("(doeltreffend) Tj") != std::string::npos);
    CHECK(nl->find("(<5) Tj") != std::string::npos);
    CHECK(nl->find("\\351\\351n") != std::string::npos);  // "één" in WinAnsi
    if (const char* dir = std::getenv("VIGIL_REPORT_SAMPLE_DIR")) {  // to look at them
        std::ofstream(std::string(dir) + "/sample.nl.pdf", std::ios::binary) << *nl;
        std::ofstream(std::string(dir) + "/sample.en.pdf", std::ios::binary) << *en;
    }
}

TEST_CASE("a PDF is printed only from a report that passes the check")
{
    CHECK(renderVmsPdf("{}", Language::Dutch).error().kind == ErrorKind::Invalid);
    CHECK(renderVmsPdf(R"({"format":"vigil-vms-report/1","k":5,"indicators":[]})", Language::Dutch).error().kind
          == ErrorKind::Invalid);
}
