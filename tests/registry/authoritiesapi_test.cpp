// SPDX-License-Identifier: EUPL-1.2
// GET /v1/advisor/authorities (docs/advisor-api.md, "Authorities"): a real registry on loopback,
// a console signed in over HTTP, the signed roles checked against the directory the registry
// serves to relays — as the console checks them.
#include "shared/authorities.h"

#include "tests/registry/advisorconsole.h"

#include <catch2/catch.hpp>

using namespace vigil;

TEST_CASE("a signed-in console fetches the signed roles and they verify against the directory the registry serves",
          "[e2e][registry][pdca][authorities]")
{
    test::AdvisorRegistry r({{"m1", registry::MeasureRole::Measures, "13-bde"}});
    test::Console console(r, 1);

    const auto anonymous = console.client.get("/v1/advisor/authorities");
    REQUIRE(anonymous.ok());
    CHECK(anonymous->status == 401);

    const auto answer = console.get("/v1/advisor/authorities");
    REQUIRE(answer.status == 200);
    const auto directory = console.client.get("/v1/directory");
    REQUIRE(directory.ok());
    REQUIRE(directory->status == 200);
    auto roles = verifyAuthorities(asBytes(answer.body), asBytes(directory->body), r.server->keys().root.publicKey,
                                   static_cast<std::uint64_t>(r.now.load()));
    REQUIRE(roles.ok());
    CHECK(roles->version == r.directory.version);
    CHECK(std::find(roles->roles.begin(), roles->roles.end(), AuthorityRole{"m1", "measures", "13-bde", "grant"})
          != roles->roles.end());

    // Asked again at the next sync with its ETag: nothing to send.
    const std::string etag(answer.header("ETag"));
    REQUIRE_FALSE(etag.empty());
    const auto again = console.client.get("/v1/advisor/authorities",
                                          {{"Authorization", "Bearer " + console.token}, {"If-None-Match", etag}});
    REQUIRE(again.ok());
    CHECK(again->status == 304);
    CHECK(again->body.empty());
}
