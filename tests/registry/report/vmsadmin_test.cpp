// SPDX-License-Identifier: EUPL-1.2
#include "registry/admin/reportadmin.h"

#include "registry/audit.h"
#include "registry/pdca/indicatorregister.h"
#include "registry/pdca/measuredesk.h"
#include "registry/pdca/sqlmeasurestore.h"
#include "registry/report/vmsclocks.h"
#include "registry/report/vmsissues.h"

#include "tests/registry/registryfixture.h"
#include "tests/support/testdata.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>

using namespace vigil;
using namespace vigil::registry;

namespace {

std::string slurp(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

VmsIssueOptions options(std::string period, const std::filesystem::path& out)
{
    VmsIssueOptions o;
    o.period = std::move(period);
    o.outDir = out;
    return o;
}

// Measure 1, due 2025-06-20, proposed by m8 (a member: never named in the report).
void proposeMeasure(test::RegistryFixture& f)
{
    SqlMeasureStore store(*f.store);
    MeasureProposal p;
    p.title = "Racks at the fuel point";
    p.ownerUnit = "42-battalion";
    p.ownerRole = "S4";
    p.dueDate = "2025-06-20";
    REQUIRE(MeasureDesk(store).propose("m8", p, f.now - 90 * 86400).ok());
}

// Indicator nm-42: near misses of 42-battalion, defined well over a year ago.
void defineNearMisses(test::RegistryFixture& f)
{
    IndicatorDef def;
    def.id = "nm-42";
    def.nameNl = "Bijna-ongevallen 42";
    def.nameEn = "Near misses 42";
    def.filter = makeFilter("42-battalion", {"near_miss"}, {}, {}, {}).value();
    REQUIRE(IndicatorRegister(*f.store).define(def, "admin", f.now - 400 * 86400).ok());
}

} // namespace

TEST_CASE("vigil-admin issues a signed report on a settled quarter that verifies with the root key alone",
          "[registry][report][admin]")
{
    test::RegistryFixture f;  // now: 2025-06-15
    proposeMeasure(f);
    auto admin = Admin::open(f.dir.path());
    REQUIRE(admin.ok());
    const auto out = f.dir.path() / "reports";

    const auto unsettled = issueVmsReport(**admin, options("2025Q2", out), f.now);
    REQUIRE_FALSE(unsettled.ok());
    CHECK(unsettled.error().kind == ErrorKind::Conflict);
    CHECK_THAT(unsettled.error().message, Catch::Contains("settles on 2025-08-01"));
    CHECK_FALSE(std::filesystem::exists(out / "vms-2025Q2.vgv"));

    const auto issued = issueVmsReport(**admin, options("2025Q1", out), f.now);
    REQUIRE(issued.ok());
    const std::string rootKey = toHex((*admin)->keys().root.publicKey);
    const std::string json = slurp(out / "vms-2025Q1.json");
    CHECK_THAT(json, Catch::StartsWith(R"({"format":"vigil-vms-report/1","organisation":)"));
    CHECK(json.find("m8") == std::string::npos);  // the proposer is a member: never named

    VmsVerifyOptions verify{.signedFile = out / "vms-2025Q1.vgv", .rootKeyHex = rootKey, .rotations = {}, .directory = {},
                            .json = out / "vms-2025Q1.json", .pdfNl = out / "vms-2025Q1.nl.pdf",
                            .pdfEn = out / "vms-2025Q1.en.pdf"};
    const auto verified = verifyVmsReport(verify);
    REQUIRE(verified.ok());
    CHECK_THAT(*verified, Catch::Contains("signature: valid") && Catch::Contains("pdf nl: printed from")
                              && Catch::Contains("pdf en: printed from") && Catch::Contains("json: identical"));

    // The issue is in the audit chain, which still verifies.
    auto log = f.store->auditLog();
    REQUIRE(log.ok());
    CHECK(log->back().action == "report.issued");
    CHECK(log->back().subject == "2025Q1");
    CHECK_FALSE(verifyAuditChain(*log));

    SECTION("a PDF changed by one byte is refused, naming it")
    {
        std::string pdf = slurp(out / "vms-2025Q1.en.pdf");
        pdf[pdf.find("Safety management report")] = 's';
        std::ofstream(out / "vms-2025Q1.en.pdf", std::ios::binary | std::ios::trunc) << pdf;
        const auto refused = verifyVmsReport(verify);
        REQUIRE_FALSE(refused.ok());
        CHECK_THAT(refused.error().message, Catch::Contains("vms-2025Q1.en.pdf") && Catch::Contains("printed in en"));
    }
    SECTION("a JSON that is not the signed one is refused")
    {
        std::ofstream(out / "vms-2025Q1.json", std::ios::binary | std::ios::trunc) << json << " ";
        CHECK_FALSE(verifyVmsReport(verify).ok());
    }
    SECTION("another root key, or a signed file changed by one byte, does not verify")
    {
        VmsVerifyOptions other = verify;
        other.rootKeyHex = toHex(test::memberSignKey(1).publicKey);
        CHECK_FALSE(verifyVmsReport(other).ok());
        std::string vgv = slurp(out / "vms-2025Q1.vgv");
        vgv[vgv.size() / 2] ^= 1;
        std::ofstream(out / "vms-2025Q1.vgv", std::ios::binary | std::ios::trunc) << vgv;
        CHECK_FALSE(verifyVmsReport(verify).ok());
    }
    SECTION("a period that is no quarter or year is refused")
    {
        CHECK(issueVmsReport(**admin, options("2025-05", out), f.now).error().kind == ErrorKind::Invalid);
    }
}

TEST_CASE("a period is issued once: again only as a reissue with a reason, kept beside the first",
          "[registry][report][admin]")
{
    test::RegistryFixture f;  // now: 2025-06-15
    auto admin = Admin::open(f.dir.path());
    REQUIRE(admin.ok());
    const auto out = f.dir.path() / "reports";
    const std::string rootKey = toHex((*admin)->keys().root.publicKey);

    const auto first = issueVmsReport(**admin, options("2025Q1", out), f.now);
    REQUIRE(first.ok());
    CHECK_THAT(*first, Catch::Contains("issued report 1 on 2025Q1"));
    const std::string firstJson = slurp(out / "vms-2025Q1.json");
    CHECK_THAT(firstJson, Catch::Contains(R"("reissue":null)"));

    const auto again = issueVmsReport(**admin, options("2025Q1", out), f.now + 3600);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == ErrorKind::Conflict);
    CHECK_THAT(again.error().message, Catch::Contains("2025Q1 was issued already: report 1 on 2025-06-15 by admin")
                                          && Catch::Contains("--reissue"));
    CHECK(slurp(out / "vms-2025Q1.json") == firstJson);

    VmsIssueOptions noReason = options("2025Q1", out);
    noReason.reissue = true;
    CHECK(issueVmsReport(**admin, noReason, f.now + 3600).error().kind == ErrorKind::Invalid);
    VmsIssueOptions reasonAlone = options("2025Q2", out);
    reasonAlone.reason = "stray";
    CHECK(issueVmsReport(**admin, reasonAlone, f.now + 60 * 86400).error().kind == ErrorKind::Invalid);
    VmsIssueOptions neverIssued = options("2024Q4", out);
    neverIssued.reissue = true;
    neverIssued.reason = "typo";
    CHECK(issueVmsReport(**admin, neverIssued, f.now).error().kind == ErrorKind::Invalid);

    VmsIssueOptions reissue = options("2025Q1", out);
    reissue.reissue = true;
    reissue.reason = "a measure of March was recorded afterwards";
    const auto second = issueVmsReport(**admin, reissue, f.now + 7200);
    REQUIRE(second.ok());
    CHECK_THAT(*second, Catch::Contains("issued report 2 on 2025Q1 (reissue of report 1)"));
    CHECK(slurp(out / "vms-2025Q1.json") == firstJson);  // the first issue's files stay
    const std::string json = slurp(out / "vms-2025Q1-r2.json");
    CHECK_THAT(json, Catch::Contains(R"("reissue":{"of":1,"reason":"a measure of March was recorded afterwards"})"));
    CHECK_THAT(slurp(out / "vms-2025Q1-r2.en.pdf"),
               Catch::Contains("(Reissue of report 1: a measure of March was recorded afterwards) Tj"));
    CHECK_THAT(slurp(out / "vms-2025Q1-r2.nl.pdf"), Catch::Contains("(Heruitgave van rapport 1: a measure of"));
    const auto verified = verifyVmsReport({.signedFile = out / "vms-2025Q1-r2.vgv", .rootKeyHex = rootKey, .rotations = {}, .directory = {},
                                           .json = out / "vms-2025Q1-r2.json", .pdfNl = out / "vms-2025Q1-r2.nl.pdf",
                                           .pdfEn = out / "vms-2025Q1-r2.en.pdf"});
    REQUIRE(verified.ok());

    // A third issue follows the second.
    reissue.reason = "the directory version was wrong";
    REQUIRE(issueVmsReport(**admin, reissue, f.now + 9000).ok());
    CHECK_THAT(slurp(out / "vms-2025Q1-r3.json"), Catch::Contains(R"("reissue":{"of":2,)"));

    const auto listed = listVmsReports(**admin);
    REQUIRE(listed.ok());
    CHECK_THAT(*listed, Catch::StartsWith("1  2025Q1  2025-06-15  admin  inputs ")
                            && Catch::Contains("\n2  2025Q1  2025-06-15  admin  inputs ")
                            && Catch::Contains("reissue of 1: a measure of March was recorded afterwards\n")
                            && Catch::Contains("reissue of 2: the directory version was wrong\n"));

    // Each issue is stored as signed, with its audit entry; the reason reaches the audit only as a tag.
    const auto stored = report::findVmsIssue((*admin)->cases(), 2);
    REQUIRE(stored.ok());
    CHECK(toString(stored->signedReport) == slurp(out / "vms-2025Q1-r2.vgv"));
    CHECK(stored->inputsHash.size() == 32);
    CHECK(report::findVmsIssue((*admin)->cases(), 9).error().kind == ErrorKind::NotFound);
    auto log = f.store->auditLog();
    REQUIRE(log.ok());
    std::vector<std::string> issued;
    for (const auto& e : *log)
        if (e.action == "report.issued")
            issued.push_back(e.detail);
    REQUIRE(issued.size() == 3);
    CHECK_THAT(issued[0], Catch::StartsWith("report 1 vms json "));
    CHECK_THAT(issued[1], Catch::Contains("reissue of 1 reason #"));
    for (const auto& detail : issued)
        CHECK(detail.find("March") == std::string::npos);
    CHECK_FALSE(verifyAuditChain(*log));
}

TEST_CASE("a period issued meanwhile by another process is refused, not stored twice", "[registry][report][admin]")
{
    test::RegistryFixture f;
    auto admin = Admin::open(f.dir.path());
    REQUIRE(admin.ok());
    report::VmsIssue issue;
    issue.period = "2025Q1";
    issue.madeAt = f.now;
    issue.madeBy = "admin";
    issue.signedReport = Bytes{1, 2, 3};
    issue.inputsHash = Bytes(32, 7);
    REQUIRE(report::recordVmsIssue((*admin)->cases(), issue, std::nullopt, "first").ok());
    const auto twice = report::recordVmsIssue((*admin)->cases(), issue, std::nullopt, "second");
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().kind == ErrorKind::Conflict);
    CHECK_THAT(twice.error().message, Catch::Contains("issued meanwhile as report 1"));
    CHECK(report::listVmsIssues((*admin)->cases()).value().size() == 1);
}

TEST_CASE("the report lists the alerts raised in the period with their follow-up, never an explanation's text",
          "[registry][report][admin]")
{
    test::RegistryFixture f;  // now: 2025-06-15
    proposeMeasure(f);  // measure 1
    defineNearMisses(f);
    constexpr std::int64_t kDay = 86400;
    constexpr std::int64_t kJanuary1 = 1'735'689'600, kFebruary1 = 1'738'368'000, kMarch20 = 1'742'428'800,
                           kApril1 = 1'743'465'600;
    {
        auto lock = f.store->lock();
        auto insert = f.store->db().prepare(
            "INSERT INTO alerts (id, indicator_id, month, rule, value, level, state, raised_at, follow_up_due, "
            "measure_id, explanation, followed_up_by, followed_up_at) VALUES (?1, 'nm-42', ?2, ?3, ?4, ?5, ?6, ?7, "
            "?8, ?9, ?10, ?11, ?12)");
        REQUIRE(insert.ok());
        struct Row {
            std::int64_t id;
            std::string month, rule;
            std::int64_t value;
            std::string level, state;
            std::int64_t raised;
            std::optional<std::int64_t> measure;
            std::string explanation;
            std::optional<std::int64_t> followedUpAt;
        };
        const std::vector<Row> rows{
            {1, "2024-11", "3:1", 12, "9.4", "followed_up", kJanuary1, 1, "", kJanuary1 + 10 * kDay},
            {2, "2024-12", "2:2", 11, "8.25", "closed", kFebruary1, std::nullopt,
             "the exercise Noordwind doubled the count", kFebruary1 + 40 * kDay},
            {3, "2025-01", "1:3", 9, "7.5", "raised", kFebruary1 + kDay, std::nullopt, "", std::nullopt},
            {4, "2025-02", "3:1", 14, "9.4", "assigned", kMarch20, std::nullopt, "", std::nullopt},
            {5, "2025-03", "3:1", 15, "9.4", "raised", kApril1, std::nullopt, "", std::nullopt},  // next quarter
        };
        for (const auto& r : rows) {
            insert->reset();
            const std::string level = r.level;
            insert->bind(1, r.id).bindText(2, r.month).bindText(3, r.rule).bind(4, r.value).bindText(5, level);
            const std::int64_t due = r.raised + (r.id == 4 ? 120 : 30) * kDay;  // 4: due in July
            insert->bindText(6, r.state).bind(7, r.raised).bind(8, due);
            if (r.measure)
                insert->bind(9, *r.measure);
            else
                insert->bindNull(9);
            insert->bindText(10, r.explanation);
            if (r.followedUpAt)
                insert->bindText(11, "m9").bind(12, *r.followedUpAt);
            else
                insert->bindNull(11).bindNull(12);
            REQUIRE(insert->step().ok());
        }
    }
    auto admin = Admin::open(f.dir.path());
    REQUIRE(admin.ok());
    const auto out = f.dir.path() / "reports";
    REQUIRE(issueVmsReport(**admin, options("2025Q1", out), f.now).ok());
    const std::string json = slurp(out / "vms-2025Q1.json");
    CHECK(json.find("Noordwind") == std::string::npos);
    CHECK(json.find("m9") == std::string::npos);
    CHECK_THAT(json, Catch::Contains(
                         R"("alerts":[{"id":1,"indicator":"nm-42","month":"2024-11","rule":"3:1","value":12,)"
                         R"("level":9.4E0,"state":"followed_up","follow_up":{"measure":1},"on_time":true},)"
                         R"({"id":2,"indicator":"nm-42","month":"2024-12","rule":"2:2","value":11,"level":8.25E0,)"
                         R"("state":"closed","follow_up":{"explained":true},"on_time":false},)"
                         R"({"id":3,"indicator":"nm-42","month":"2025-01","rule":"1:3","value":9,"level":7.5E0,)"
                         R"("state":"raised","follow_up":null,"on_time":false},)"
                         R"({"id":4,"indicator":"nm-42","month":"2025-02","rule":"3:1","value":14,"level":9.4E0,)"
                         R"("state":"assigned","follow_up":null,"on_time":null}])"));
    const auto verified = verifyVmsReport({.signedFile = out / "vms-2025Q1.vgv",
                                           .rootKeyHex = toHex((*admin)->keys().root.publicKey), .rotations = {}, .directory = {},
                                           .json = out / "vms-2025Q1.json", .pdfNl = out / "vms-2025Q1.nl.pdf",
                                           .pdfEn = out / "vms-2025Q1.en.pdf"});
    REQUIRE(verified.ok());
    const std::string nl = slurp(out / "vms-2025Q1.nl.pdf");
    CHECK_THAT(nl, Catch::Contains("(Signalen en hun opvolging) Tj") && Catch::Contains("(maatregel 1) Tj")
                       && Catch::Contains("(verklaard) Tj") && Catch::Contains("(nog niet) Tj"));
    CHECK_THAT(slurp(out / "vms-2025Q1.en.pdf"), Catch::Contains("(Alerts and their follow-up) Tj"));
}

TEST_CASE("a clock is in time, late or missed once it is judged, and not judged while it runs",
          "[registry][report]")
{
    using report::ClockOutcome;
    using report::clockOutcome;
    CHECK(clockOutcome(100, 100, std::nullopt, 500) == ClockOutcome::InTime);
    CHECK(clockOutcome(100, 101, std::nullopt, 500) == ClockOutcome::Late);
    CHECK(clockOutcome(100, std::nullopt, std::nullopt, 500) == ClockOutcome::Missed);
    CHECK_FALSE(clockOutcome(600, std::nullopt, std::nullopt, 500));  // still running
    CHECK(clockOutcome(100, std::nullopt, 200, 500) == ClockOutcome::Missed);  // ran out before closing
    CHECK_FALSE(clockOutcome(300, std::nullopt, 200, 500));  // closed before it ran out
}

TEST_CASE("the report counts the clocks met per route for the cases received in the period, from pdca_clocks",
          "[registry][report][admin]")
{
    test::RegistryFixture f;  // now: 2025-06-15
    const auto start = f.now;
    std::vector<std::int64_t> physical, social;
    for (int i = 0; i < 6; ++i)
        physical.push_back(f.file(test::nearMissReport()));
    for (int i = 0; i < 2; ++i)
        social.push_back(f.file(test::socialReport()));
    f.now = start + 86400;
    for (int i = 0; i < 5; ++i)
        REQUIRE(f.service->transition("m1", physical[static_cast<std::size_t>(i)], CaseState::Acknowledged).ok());
    REQUIRE(f.service->transition("m3", social[0], CaseState::Acknowledged).ok());
    f.now = start + 10 * 86400;
    REQUIRE(f.service->transition("m1", physical[5], CaseState::Acknowledged).ok());
    // The physical cases close before their feedback clock runs out: that clock is not judged.
    f.now = start + 11 * 86400;
    for (const auto id : physical)
        REQUIRE(f.service->transition("m1", id, CaseState::Closed, CaseOutcome::Unfounded).ok());

    auto admin = Admin::open(f.dir.path());
    REQUIRE(admin.ok());
    const auto out = f.dir.path() / "reports";
    const auto cutoff = start + 50 * 86400;  // 2025-08-04: 2025Q2 has settled
    REQUIRE(issueVmsReport(**admin, options("2025Q2", out), cutoff).ok());
    const std::string json = slurp(out / "vms-2025Q2.json");
    const std::string physicalRows = R"("clocks":{"complete":true,"rows":[)"
                                     R"({"domain":"physical","clock":"acknowledge","judged":6,"in_time":5,"late":1,)"
                                     R"("missed":0,"share":8.33E1},)"
                                     R"({"domain":"physical","clock":"contact","judged":0,"in_time":0,"late":0,)"
                                     R"("missed":0,"share":null},)"
                                     R"({"domain":"physical","clock":"feedback","judged":0,)";
    CHECK_THAT(json, Catch::Contains(physicalRows));
    // Two social reports: one acknowledged, one missed — fewer than k judged, so withheld.
    const std::string socialAck = R"({"domain":"social","clock":"acknowledge","judged":"<5","in_time":"<5",)"
                                  R"("late":"<5","missed":"<5","share":null})";
    CHECK_THAT(json, Catch::Contains(socialAck));
    // Over all routes: 6 of the 8 acknowledged within 7 days; no feedback given yet.
    const std::string figures = R"("acknowledged_within_7_days":{"received":8,"within":6,"share":7.5E1},)"
                                R"("feedback_median_days":{"given":0,"median":null}})";
    CHECK_THAT(json, Catch::Contains(figures));
    CHECK_THAT(slurp(out / "vms-2025Q2.en.pdf"), Catch::Contains("(Clocks met per route) Tj")
                                                      && Catch::Contains("(83.3) Tj")
                                                      && Catch::Contains("(Acknowledged within 7 days \\(%\\)) Tj")
                                                      && Catch::Contains("(75.0) Tj"));
    CHECK_THAT(slurp(out / "vms-2025Q2.nl.pdf"), Catch::Contains("(Mediaan dagen tot terugkoppeling) Tj"));
    CHECK(verifyVmsReport({.signedFile = out / "vms-2025Q2.vgv", .rootKeyHex = toHex((*admin)->keys().root.publicKey), .rotations = {}, .directory = {},
                           .json = out / "vms-2025Q2.json", .pdfNl = out / "vms-2025Q2.nl.pdf",
                           .pdfEn = out / "vms-2025Q2.en.pdf"})
              .ok());

    SECTION("retention deleting the period's closed cases changes none of the clocks")
    {
        f.now = start + 400 * 86400;
        REQUIRE(*f.service->runRetention() == 6);
        {
            auto lock = f.store->lock();
            CHECK(*f.store->db().queryInt("SELECT COUNT(*) FROM cases") == 2);  // the two open social cases
        }
        VmsIssueOptions again = options("2025Q2", out);
        again.reissue = true;
        again.reason = "retention";
        REQUIRE(issueVmsReport(**admin, again, f.now).ok());
        const std::string later = slurp(out / "vms-2025Q2-r2.json");
        CHECK_THAT(later, Catch::Contains(physicalRows));
        CHECK_THAT(later, Catch::Contains(socialAck));
        CHECK_THAT(later, Catch::Contains(figures));
    }

    SECTION("rows kept from before the routes were recorded make the routes' clocks incomplete, not the figures")
    {
        {
            auto lock = f.store->lock();
            REQUIRE(f.store->db()
                        .exec("INSERT INTO pdca_clocks VALUES ('2025-06', '', 'acknowledge', '', '2025-06', 3, 2)")
                        .ok());
        }
        VmsIssueOptions again = options("2025Q2", out);
        again.reissue = true;
        again.reason = "old rows";
        REQUIRE(issueVmsReport(**admin, again, cutoff).ok());
        const std::string later = slurp(out / "vms-2025Q2-r2.json");
        CHECK_THAT(later, Catch::Contains(R"("clocks":{"complete":false,"rows":[],)"
                                          R"("acknowledged_within_7_days":{"received":8,"within":8,)"));
        CHECK_THAT(slurp(out / "vms-2025Q2-r2.nl.pdf"), Catch::Contains("bewaartermijn"));
    }
}

TEST_CASE("vigil-admin recomputes an issued period from the data now and names each difference, issuing nothing",
          "[registry][report][admin]")
{
    test::RegistryFixture f;  // now: 2025-06-15
    defineNearMisses(f);
    {
        auto lock = f.store->lock();
        for (const auto& [month, count] : {std::pair{"2025-01", 20}, {"2025-02", 22}, {"2025-03", 18}})
            REQUIRE(f.store->db()
                        .exec(std::string("INSERT INTO pdca_counts VALUES ('") + month + "', '" + month
                              + "', '42-battalion', 'near_miss', 'diving', 'open', 'low', " + std::to_string(count) + ")")
                        .ok());
    }
    auto admin = Admin::open(f.dir.path());
    REQUIRE(admin.ok());
    const auto never = recomputeVmsReport(**admin, "2025Q1", f.now);
    REQUIRE_FALSE(never.ok());
    CHECK(never.error().kind == ErrorKind::NotFound);
    CHECK_THAT(never.error().message, Catch::Contains("2025Q1 was never issued"));

    REQUIRE(issueVmsReport(**admin, options("2025Q1", f.dir.path() / "reports"), f.now).ok());
    const auto same = recomputeVmsReport(**admin, "2025Q1", f.now + 86400);
    REQUIRE(same.ok());
    CHECK_THAT(*same, Catch::Contains("report 1 on 2025Q1 (issued 2025-06-15) recomputed as of 2025-06-16"));
    CHECK_THAT(*same, Catch::Contains("none in a settled indicator figure"));
    // The audit chain grew by the issue itself: the only difference.
    CHECK_THAT(*same, Catch::Contains("inputs.audit_head.seq\t"));
    CHECK_THAT(*same, !Catch::Contains("indicators["));

    // A settled month changed underneath the issued report: named, and flagged.
    {
        auto lock = f.store->lock();
        REQUIRE(f.store->db().exec("UPDATE pdca_counts SET count = 30 WHERE month = '2025-02'").ok());
    }
    const auto changed = recomputeVmsReport(**admin, "2025Q1", f.now + 86400);
    REQUIRE(changed.ok());
    CHECK_THAT(*changed, Catch::Contains("1 in settled indicator figures"));
    CHECK_THAT(*changed, Catch::Contains("indicators[nm-42].values[1]\t22\t30\tsettled figure\n"));
    CHECK_THAT(*changed, Catch::Contains("nothing was issued"));
    // Nothing was issued or stored.
    const auto listed = listVmsReports(**admin);
    REQUIRE(listed.ok());
    CHECK(std::count(listed->begin(), listed->end(), '\n') == 1);
}
