// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A registry on a real SQLite file in a temporary folder (or on a database of either engine,
// tests/registry/registrydatabase.h), with the organisation of tests/support/testdata.h
// (members m1…m8 with fixed keys), a published directory, an injectable clock, and a
// device-side helper that seals reports against that directory.

#include "registry/caseservice.h"
#include "registry/orgstore.h"
#include "registry/registrykeys.h"
#include "registry/sqlcasestore.h"

#include "shared/routing.h"
#include "shared/seal.h"

#include "tests/support/testenv.h"

#include <filesystem>
#include <functional>
#include <memory>

namespace vigil::test {

struct RegistryFixture {
    RegistryFixture();
    /// On a migrated database of either engine: `connect` gives each store a connection of its
    /// own, as in a registry process (RegistryDatabase::connect). The keys stay in `dir`.
    explicit RegistryFixture(const std::function<Connection()>& connect);

    TempDir dir;
    registry::UnixSeconds now = 1'750'000'000;
    registry::RegistryKeys keys;
    std::unique_ptr<registry::OrgStore> org;
    std::unique_ptr<registry::SqlCaseStore> store;
    std::unique_ptr<registry::CaseService> service;
    Directory directory;

    /// Seals `report` as a device at `unit` would, excluding `excluded` members.
    SealedReport seal(const Report& report, const std::string& unit = "42-battalion",
                      const std::vector<std::string>& excluded = {}) const;
    /// Seals and takes in one report; returns its case id.
    std::int64_t file(const Report& report, const std::string& unit = "42-battalion",
                      const std::vector<std::string>& excluded = {});
};

} // namespace vigil::test
