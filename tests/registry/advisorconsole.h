// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A registry on loopback for the advisor API's end-to-end tests (measures, risks): set up as
// vigil-admin does it with the advisors of testdata.h (m1 safety officer of 13-bde, m3 and m4
// in ca-pool, m7 inspectorate), the roles a test grants, a published directory, and the
// registry's clock injected so deadlines can pass; and a console signed in as one advisor.

#include "registry/admin/measureadmin.h"
#include "registry/server/registryserver.h"

#include "tests/support/relaytest.h"

#include <boost/json/value.hpp>

#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace vigil::test {

constexpr std::int64_t kDay = 86400;

struct AdvisorRegistry {
    explicit AdvisorRegistry(const std::vector<registry::RoleGrant>& grants);

    relay::test::TempDir dir;
    relay::test::LogCapture log;
    std::atomic<std::int64_t> now;
    std::unique_ptr<registry::Admin> admin;
    std::unique_ptr<registry::RegistryServer> server;
    Directory directory;

    std::string today() const { return registry::dateOf(now); }
    std::string inDays(int days) const { return registry::dateOf(now + days * kDay); }
    std::int64_t auditEntries();
};

/// A console signed in over HTTP as advisor `n`.
struct Console {
    relay::test::Client client;
    std::string token;

    Console(AdvisorRegistry& r, int n);
    HttpResponse post(const std::string& path, const std::string& body);
    HttpResponse get(const std::string& path);
    /// POST …/measures/{id}/transition with `fields` (JSON members) and action id `actionId`.
    HttpResponse step(std::int64_t id, const std::string& actionId, const std::string& fields);
};

/// Signs in over HTTP as advisor `n` (test::memberSignKey(n)) against the registry whose root
/// public key is `registryRoot`; returns the bearer token.
std::string advisorSignIn(relay::test::Client& client, const PublicKey& registryRoot, int n);
boost::json::value parsed(const HttpResponse& r);
std::string text(const boost::json::value& v, std::string_view key);

} // namespace vigil::test
