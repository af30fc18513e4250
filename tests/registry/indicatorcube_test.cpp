// SPDX-License-Identifier: EUPL-1.2
#include "registry/indicatorcube.h"

#include "registry/caseservice.h"
#include "registry/datafolder.h"
#include "registry/registrykeys.h"
#include "registry/schema.h"
#include "registry/sqlcasestore.h"

#include "shared/message.h"
#include "shared/riskmatrix.h"
#include "shared/seal.h"

#include "tests/registry/registryfixture.h"
#include "tests/support/testdata.h"
#include "tests/support/testenv.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::registry;

namespace {

std::vector<CubeRow> cube(test::RegistryFixture& f)
{
    std::vector<CubeRow> rows;
    REQUIRE(f.store->readConsistent([&](SqliteDb& db) -> Status {
        auto scanned = scanCube(db);
        if (!scanned)
            return scanned.error();
        rows = std::move(*scanned);
        return {};
    }).ok());
    return rows;
}

IngestStatus take(test::RegistryFixture& f, const Bytes& envelope)
{
    const ByteView view(envelope);
    auto r = f.service->intake(std::span(&view, 1));
    REQUIRE(r.ok());
    return (*r)[0].status;
}

} // namespace

TEST_CASE("each new case is counted once in the indicator cube, and neither a duplicate nor a follow-up is",
          "[registry][pdca][cube]")
{
    test::RegistryFixture f;
    const SealedReport report = f.seal(test::nearMissReport());
    REQUIRE(take(f, report.envelope.bytes) == IngestStatus::Stored);
    REQUIRE(take(f, report.envelope.bytes) == IngestStatus::Duplicate);
    std::vector<Recipient> recipients;
    for (const auto& id : report.header.recipients)
        recipients.push_back({id, test::memberBoxKey(std::stoi(id.substr(1))).publicKey});
    auto more = sealFollowUp(Message{{}, 0, "", "It leaked again."}, report.header, recipients,
                             f.directory.routingKey);
    REQUIRE(more.ok());
    REQUIRE(take(f, more->bytes) == IngestStatus::Stored);
    f.file(test::nearMissReport());  // another report of the same shape: the same cell, now 2

    const auto rows = cube(f);
    REQUIRE(rows.size() == 1);
    INFO(rows[0].month << " " << rows[0].receivedMonth << " " << rows[0].unit << " " << rows[0].kind << " "
                       << rows[0].category << " " << rows[0].mode << " " << rows[0].level << " " << rows[0].count);
    // nearMissReport: March 2025, 42-battalion, open; the header carries the worst credible
    // outcome, II × D: medium on the 882E matrix.
    CHECK(rows[0] == CubeRow{"2025-03", monthOf(f.now), "42-battalion", "near_miss", "hazardous_substance_transport",
                             "open", "medium", 2});
}

TEST_CASE("retention deletes old closed cases but never touches the indicator cube", "[registry][pdca][cube]")
{
    test::RegistryFixture f;
    const std::int64_t id = f.file(test::nearMissReport());
    REQUIRE(f.service->transition("m1", id, CaseState::Acknowledged).ok());
    REQUIRE(f.service->transition("m1", id, CaseState::Closed, CaseOutcome::Unfounded).ok());
    const auto before = cube(f);
    f.now += 380 * 86400;
    REQUIRE(*f.service->runRetention() == 1);
    REQUIRE_FALSE(f.store->findCase(id)->has_value());
    CHECK(cube(f) == before);
    REQUIRE(before.size() == 1);
    CHECK(before[0].count == 1);
}

TEST_CASE("a version 6 registry's cases fill the cube with the level the C++ gives, for every cell and impact",
          "[registry][pdca][cube][schema]")
{
    test::TempDir dir;
    REQUIRE(createRegistryKeys(dir.path()).ok());
    std::vector<RoutingHeader> shapes;
    for (const Severity s : {Severity::None, Severity::I, Severity::II, Severity::III, Severity::IV})
        for (const Likelihood l :
             {Likelihood::None, Likelihood::A, Likelihood::B, Likelihood::C, Likelihood::D, Likelihood::E})
            for (const ImpactLevel impact :
                 {ImpactLevel::None, ImpactLevel::Limited, ImpactLevel::Substantial, ImpactLevel::Severe})
                for (const bool danger : {false, true}) {
                    RoutingHeader h;
                    h.severity = s;
                    h.likelihood = l;
                    h.impact = impact;
                    h.immediateDanger = danger;
                    shapes.push_back(h);
                }
    {
        auto db = openServerDatabase(registryDatabasePath(dir.path()), registryMigrations().first(6), "registry");
        REQUIRE(db.ok());
        for (std::size_t i = 0; i < shapes.size(); ++i) {
            const RoutingHeader& h = shapes[i];
            // One case per shape, each in its own unit so each is a cell of its own.
            REQUIRE(db->exec("INSERT INTO cases(report_id, envelope_hash, envelope, receipt, kind, category, domain, "
                             "unit, month, lang, mode, severity, likelihood, impact, immediate_danger, "
                             "consent_commander, reply_key, directory_version, received_at, ack_due, feedback_due) "
                             "VALUES (randomblob(16), x'00', x'00', x'00', 'near_miss', 'diving', 'physical', 'u"
                             + std::to_string(i) + "', '2025-03', 'nl', 'anonymous', '"
                             + std::string(enumName(h.severity)) + "', '" + std::string(enumName(h.likelihood))
                             + "', '" + std::string(enumName(h.impact)) + "', " + (h.immediateDanger ? "1" : "0")
                             + ", 0, x'00', 1, 1743465600, 0, 0)")
                        .ok());
        }
    }
    auto opened = openRegistryDatabase(dir.path(), true);
    REQUIRE(opened.ok());
    auto rows = scanCube(*opened);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == shapes.size());
    for (const auto& row : *rows) {
        const RoutingHeader& h = shapes[std::stoul(row.unit.substr(1))];
        INFO(enumName(h.severity) << " " << enumName(h.likelihood) << " " << enumName(h.impact) << " "
                                  << h.immediateDanger);
        CHECK(row.level == cubeLevel(h));
        CHECK(row.receivedMonth == "2025-04");
        CHECK(row.count == 1);
    }
}

TEST_CASE("a case's clocks go to pdca_clocks per route as each is met or runs out, and reopening takes a missed one back",
          "[registry][pdca][cube][clocks]")
{
    test::RegistryFixture f;
    const SealedReport social = f.seal(test::socialReport());  // social safety: first contact within 48 h
    REQUIRE(take(f, social.envelope.bytes) == IngestStatus::Stored);
    auto open = f.store->openCases();
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    const std::int64_t id = open->front().id;
    const auto cell = [&](const std::string& where) {
        auto lock = f.store->lock();
        auto n = f.store->db().queryInt("SELECT COALESCE(SUM(count), 0) FROM pdca_clocks WHERE domain = 'social' AND "
                                        + where);
        REQUIRE(n.ok());
        return *n;
    };
    CHECK(cell("clock = 'received' AND outcome = ''") == 1);

    f.now += 49 * 3600;  // acknowledged in time (7 days), first contact a hour late
    REQUIRE(f.service->transition("m3", id, CaseState::Acknowledged).ok());
    REQUIRE(f.service->reply("m3", id, Bytes{1, 2, 3}).ok());
    REQUIRE(f.service->reply("m3", id, Bytes{4, 5, 6}).ok());  // a second reply is no first contact
    CHECK(cell("clock = 'acknowledge' AND outcome = 'in_time' AND days = 2") == 1);
    CHECK(cell("clock = 'contact' AND outcome = 'late' AND days = 2") == 1);
    CHECK(cell("clock = 'contact'") == 1);

    f.now += 100 * 86400;  // closed after the three months of feedback ran out without it
    REQUIRE(f.service->transition("m3", id, CaseState::Closed, CaseOutcome::Unfounded).ok());
    CHECK(cell("clock = 'feedback' AND outcome = 'missed'") == 1);
    CHECK(cell("outcome = 'missed'") == 1);

    // The reporter signals retaliation: the case is open again, and its missed clock is judged
    // again when it closes again, not counted twice.
    std::vector<Recipient> recipients;
    for (const auto& member : social.header.recipients)
        recipients.push_back({member, test::memberBoxKey(std::stoi(member.substr(1))).publicKey});
    auto signal = sealFollowUp(Message{{}, 0, "", "They found out."}, social.header, recipients,
                               f.directory.routingKey, FollowUpSignal::Retaliation);
    REQUIRE(signal.ok());
    REQUIRE(take(f, signal->bytes) == IngestStatus::Stored);
    REQUIRE(f.store->findCase(id)->value().state != CaseState::Closed);
    CHECK(cell("outcome = 'missed'") == 0);
    REQUIRE(f.service->transition("m3", id, CaseState::Closed, CaseOutcome::Unfounded).ok());
    CHECK(cell("clock = 'feedback' AND outcome = 'missed'") == 1);
}
