// SPDX-License-Identifier: EUPL-1.2
// Intake keeps the routes and token rule it read (CaseService::intakeRules, docs/registry.md
// "Filing tokens"): on SQLite until the database says something changed, on PostgreSQL for at
// most kIntakeRulesMaxAge. Neither may make a newly published token epoch wait, nor keep a
// changed route for longer than that.

#include "registry/caseservice.h"
#include "registry/tokendesk.h"
#include "registry/tokenissuerkeys.h"

#include "registrydatabase.h"
#include "registryfixture.h"
#include "tests/support/testdata.h"
#include "tests/support/tokenmint.h"

#include "shared/sealfordirectory.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

using namespace vigil;
using namespace vigil::registry;

namespace {

constexpr std::int64_t kDay = 24 * 3600;

struct Registry {
    explicit Registry(Dialect dialect) : rdb(dialect), f([this] { return rdb.connect(); })
    {
        WorkflowPolicy policy;
        policy.tokens.require = tokens::TokenRequirement::Always;
        service = std::make_unique<CaseService>(*f.store, *f.org, f.keys, policy, [this] { return f.now; });
    }

    /// `vigil-admin tokens epoch new` from `notBefore`, then `publish`, through a connection of
    /// its own (as vigil-admin's); the epoch's private key.
    tokens::RsaPrivateKey publishEpoch(std::int64_t notBefore)
    {
        Connection admin = rdb.connect();
        auto epoch = createTokenEpoch(admin.db(), f.dir.path(), EpochWindow{notBefore});
        REQUIRE(epoch.ok());
        REQUIRE(publishTokenIssuer(admin.db(), f.keys, f.now).ok());
        return loadIssuerKey(f.dir.path(), epoch->epoch).value();
    }

    /// Takes one social-safety report with a token of `key`; its result and, if stored, its case.
    IntakeResult take(const tokens::RsaPrivateKey& key)
    {
        auto sealed = sealForDirectory(test::socialReport(), {}, f.directory, SealAddress{"42-battalion", "nl", {}},
                                       test::freshTokenBinder(key, tokens::issuerNameFor(f.keys.root.publicKey)));
        REQUIRE(sealed.ok());
        const ByteView view(sealed->envelope.bytes);
        auto r = service->intake(std::span(&view, 1));
        REQUIRE(r.ok());
        return (*r)[0];
    }

    std::optional<UnixSeconds> contactDueOf(const IntakeResult& r)
    {
        REQUIRE(r.status == IngestStatus::Stored);
        auto c = f.store->findCaseByReportId(r.reportId);
        REQUIRE(c.ok());
        REQUIRE(c->has_value());
        return (*c)->clocks.contactDue;
    }

    /// The confidential advisors' route with a first-contact clock of `hours`, through a
    /// connection of its own (as vigil-admin's).
    void setContactHours(std::int64_t hours)
    {
        OrgStore admin(rdb.connect());
        REQUIRE(admin.clearRoutes().ok());
        for (const auto& r : f.directory.routes)
            REQUIRE(admin.addRoute({r, r.target == GroupKind::ConfidentialAdvisor ? std::optional(hours) : std::nullopt}).ok());
    }

    test::RegistryDatabase rdb;
    test::RegistryFixture f;
    std::unique_ptr<CaseService> service;
};

} // namespace

TEST_CASE("a token of an epoch published a moment ago passes at once and a changed route counts within a second, "
          "alike on SQLite and PostgreSQL",
          "[postgres][tokens][routing]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(test::engineName(dialect));
    Registry r(dialect);
    const tokens::RsaPrivateKey first = r.publishEpoch(r.f.now - kDay);
    const IntakeResult before = r.take(first);
    CHECK(r.contactDueOf(before) == r.f.now + 48 * 3600);

    // Intake holds its rules now. A new epoch, published by another connection: its token
    // passes on the next envelope (on PostgreSQL by checking again with the rules as they are).
    const tokens::RsaPrivateKey second = r.publishEpoch(r.f.now);
    CHECK(r.take(second).status == IngestStatus::Stored);
    CHECK(r.take(first).status == IngestStatus::Stored);

    // A route changed by another connection: on SQLite from the next envelope, on PostgreSQL
    // within kIntakeRulesMaxAge.
    r.setContactHours(12);
    if (dialect == Dialect::Postgres)
        std::this_thread::sleep_for(kIntakeRulesMaxAge + std::chrono::milliseconds(100));
    CHECK(r.contactDueOf(r.take(second)) == r.f.now + 12 * 3600);
}
