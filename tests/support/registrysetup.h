// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A registry's data folder set up the way an operator does it with vigil-admin
// (docs/registry.md, scripts/demo), through registry::Admin, the code behind vigil-admin. The
// one setup of the test deployments (deployment.h: servers as processes; benchdeployment.h:
// servers in this process).

#include "registry/admin/admin.h"

#include "shared/directory.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace vigil::test {

/// `vigil-admin init`, `unit add 13-bde --with-groups` and `advisor add` for advisors with the
/// fixed keys of testdata.h: m1 (so-13-bde), m3 and m4 (ca-pool), m7 (inspectorate).
Result<std::unique_ptr<registry::Admin>> initRegistry(const std::filesystem::path& dataDir, std::int64_t now,
                                                       const std::string& database = {});

/// `relay add` with the relay's receipt key, then `directory publish` (valid 30 days); the
/// published directory as a device verifies it against the root key.
Result<Directory> publishWithRelay(registry::Admin& admin, const std::string& relayId, const std::string& receiptKeyHex,
                                   std::int64_t now);

} // namespace vigil::test
