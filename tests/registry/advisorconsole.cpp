// SPDX-License-Identifier: EUPL-1.2
#include "advisorconsole.h"

#include "tests/support/registrysetup.h"
#include "tests/support/testdata.h"

#include "shared/identity.h"

#include <boost/json.hpp>
#include <catch2/catch.hpp>


namespace vigil::test {

namespace json = boost::json;
namespace rt = vigil::relay::test;

/// Signs in over HTTP as advisor `n`; returns the bearer token.
std::string advisorSignIn(relay::test::Client& client, const PublicKey& registryRoot, int n)
{
    const SigningKeyPair key = memberSignKey(n);
    auto c = client.send(HttpRequest{"POST", "/v1/advisor/challenge", {{"Content-Type", "application/json"}},
                                     R"({"sign_key":")" + toHex(key.publicKey) + R"("})"});
    REQUIRE(c.ok());
    REQUIRE(c->status == 200);
    const auto nonceHex = json::value_to<std::string>(json::parse(c->body).at("nonce"));
    const Signature sig = key.sign(signInStatement(registryRoot, *fromHex(nonceHex)));
    auto s = client.send(HttpRequest{"POST", "/v1/advisor/session", {{"Content-Type", "application/json"}},
                                     R"({"sign_key":")" + toHex(key.publicKey) + R"(","nonce":")" + nonceHex
                                         + R"(","signature":")" + toHex(sig) + R"("})"});
    REQUIRE(s.ok());
    REQUIRE(s->status == 200);
    return json::value_to<std::string>(json::parse(s->body).at("token"));
}


AdvisorRegistry::AdvisorRegistry(const std::vector<registry::RoleGrant>& grants) : now(unixNow())
{
    auto a = initRegistry(dir.path(), now);
    REQUIRE(a.ok());
    admin = std::move(*a);
    for (const auto& g : grants)
        REQUIRE(registry::grantRole(*admin, g, now).ok());
    auto published = publishWithRelay(*admin, "relay-1", toHex(memberSignKey(9).publicKey), now);
    REQUIRE(published.ok());
    directory = std::move(*published);
    registry::RegistryOptions options;
    options.dataDir = dir.path();
    options.port = 0;
    options.threads = 2;
    auto started = registry::RegistryServer::start(options, log.logger(), [this] { return now.load(); });
    REQUIRE(started.ok());
    server = std::move(*started);
}

std::int64_t AdvisorRegistry::auditEntries()
{
    auto lock = server->store().lock();
    return *server->store().db().queryInt("SELECT COUNT(*) FROM audit");
}

Console::Console(AdvisorRegistry& r, int n) : client(rt::urlOf(r.server->port()))
{
    token = advisorSignIn(client, r.server->keys().root.publicKey, n);
}

HttpResponse Console::post(const std::string& path, const std::string& body)
{
    auto answer = client.send(
        HttpRequest{"POST", path, {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}}, body});
    REQUIRE(answer.ok());
    return *answer;
}

HttpResponse Console::get(const std::string& path)
{
    auto answer = client.get(path, {{"Authorization", "Bearer " + token}});
    REQUIRE(answer.ok());
    return *answer;
}

HttpResponse Console::step(std::int64_t id, const std::string& actionId, const std::string& fields)
{
    return post("/v1/advisor/measures/" + std::to_string(id) + "/transition",
                R"({"action_id":")" + actionId + R"(",)" + fields + "}");
}

json::value parsed(const HttpResponse& r)
{
    return json::parse(r.body);
}

std::string text(const json::value& v, std::string_view key)
{
    return json::value_to<std::string>(v.at(key));
}

} // namespace vigil::test
