// SPDX-License-Identifier: EUPL-1.2
#include "registry/admin/reportadmin.h"

#include "registry/audit.h"
#include "registry/pdca/measuredesk.h"
#include "registry/pdca/sqlitemeasurestore.h"

#include "tests/registry/registryfixture.h"
#include "tests/support/testdata.h"

#include <catch2/catch.hpp>

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

} // namespace

TEST_CASE("vigil-admin issues a signed report on a settled quarter that verifies with the root key alone",
          "[registry][report][admin]")
{
    test::RegistryFixture f;  // now: 2025-06-15
    {
        SqliteMeasureStore store(*f.store);
        MeasureProposal p;
        p.title = "Racks at the fuel point";
        p.ownerUnit = "42-battalion";
        p.ownerRole = "S4";
        p.dueDate = "2025-06-20";
        REQUIRE(MeasureDesk(store).propose("m8", p, f.now - 90 * 86400).ok());
    }
    auto admin = Admin::open(f.dir.path());
    REQUIRE(admin.ok());
    const auto out = f.dir.path() / "reports";

    const auto unsettled = issueVmsReport(**admin, {"2025Q2", out, 5}, f.now);
    REQUIRE_FALSE(unsettled.ok());
    CHECK(unsettled.error().kind == ErrorKind::Conflict);
    CHECK_THAT(unsettled.error().message, Catch::Contains("settles on 2025-08-01"));
    CHECK_FALSE(std::filesystem::exists(out / "vms-2025Q2.vgv"));

    const auto issued = issueVmsReport(**admin, {"2025Q1", out, 5}, f.now);
    REQUIRE(issued.ok());
    const std::string rootKey = toHex((*admin)->keys().root.publicKey);
    const std::string json = slurp(out / "vms-2025Q1.json");
    CHECK_THAT(json, Catch::StartsWith(R"({"format":"vigil-vms-report/1","organisation":)"));
    CHECK(json.find("m8") == std::string::npos);  // the proposer is a member: never named

    VmsVerifyOptions verify{out / "vms-2025Q1.vgv", rootKey, out / "vms-2025Q1.json", out / "vms-2025Q1.nl.pdf",
                            out / "vms-2025Q1.en.pdf"};
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
        CHECK(issueVmsReport(**admin, {"2025-05", out, 5}, f.now).error().kind == ErrorKind::Invalid);
    }
}
