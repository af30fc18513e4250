// SPDX-License-Identifier: EUPL-1.2
#include "registryfixture.h"

#include "shared/sealfordirectory.h"

#include "tests/support/testdata.h"

#include "registry/schema.h"
#include "shared/storage/sqlite.h"

#include <catch2/catch.hpp>


namespace vigil::test {

RegistryFixture::RegistryFixture()
    : RegistryFixture([this, migrated = false]() mutable -> Connection {
          // The first connection migrates the file; the second opens it as it is.
          auto db = openServerDatabase(registry::registryDatabasePath(dir.path()),
                                       migrated ? std::span<const std::string_view>{} : registry::registryMigrations(), "registry");
          migrated = true;
          REQUIRE(db.ok());
          return std::move(*db);
      })
{
}

RegistryFixture::RegistryFixture(const std::function<Connection()>& connect)
{
    auto k = registry::createRegistryKeys(dir.path());
    REQUIRE(k.ok());
    keys = std::move(*k);
    org = std::make_unique<registry::OrgStore>(connect());
    store = std::make_unique<registry::SqlCaseStore>(connect());

    // The organisation of sampleDirectory(), entered the way vigil-admin does it.
    const Directory sample = sampleDirectory();
    for (const auto& u : sample.units)
        REQUIRE(org->addUnit(u).ok());
    for (const auto& g : sample.groups) {
        REQUIRE(org->addGroup({g.id, g.kind, g.unit, g.nameNl, g.nameEn}).ok());
        for (const auto& m : g.members)
            REQUIRE(org->addMember(m, g.id).ok());
    }
    for (const auto& r : sample.routes) {
        std::optional<std::int64_t> contact;
        if (r.target == GroupKind::ConfidentialAdvisor)
            contact = 48;
        REQUIRE(org->addRoute({r, contact}).ok());
    }
    REQUIRE(org->addRelay({"relay-test", relayKey().publicKey}).ok());
    auto published = org->publishDirectory(*keys.root.pair, keys.routing.publicKey, static_cast<std::uint64_t>(now),
                                           365 * 86400);
    REQUIRE(published.ok());
    directory = std::move(*published);
    service = std::make_unique<registry::CaseService>(*store, *org, keys, registry::WorkflowPolicy{},
                                                      [this] { return now; });
}

SealedReport RegistryFixture::seal(const Report& report, const std::string& unit,
                                   const std::vector<std::string>& excluded) const
{
    auto sealed = sealForDirectory(report, {}, directory, SealAddress{unit, "nl", excluded});
    REQUIRE(sealed.ok());
    return std::move(*sealed);
}

std::int64_t RegistryFixture::file(const Report& report, const std::string& unit, const std::vector<std::string>& excluded)
{
    SealedReport sealed = seal(report, unit, excluded);
    const ByteView view(sealed.envelope.bytes);
    auto results = service->intake(std::span(&view, 1));
    REQUIRE(results.ok());
    REQUIRE(results->size() == 1);
    INFO((*results)[0].reason);
    REQUIRE((*results)[0].status == IngestStatus::Stored);
    return (*results)[0].caseId;
}

} // namespace vigil::test
