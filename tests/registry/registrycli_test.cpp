// SPDX-License-Identifier: EUPL-1.2
// vigil-registry's command line and start-up guards: nothing it cannot mean as written.
#include "registry/server/registrycli.h"

#include "tests/support/relaytest.h"

#include "registry/admin/admin.h"

#include <catch2/catch.hpp>

#include <sstream>

using namespace vigil;
using namespace vigil::registry;
namespace rt = vigil::relay::test;

namespace {

struct Parsed {
    std::variant<RegistryCommandLine, RegistryExit> result;
    std::string err;
};

Parsed parse(std::vector<std::string> args)
{
    args.insert(args.begin(), "vigil-registry");
    std::vector<const char*> argv;
    for (const auto& a : args)
        argv.push_back(a.c_str());
    std::ostringstream out, err;
    auto r = parseRegistryCommandLine(static_cast<int>(argv.size()), argv.data(), out, err);
    return {std::move(r), err.str()};
}

int exitCode(const Parsed& p)
{
    const auto* e = std::get_if<RegistryExit>(&p.result);
    return e ? e->code : -1;
}

} // namespace

TEST_CASE("a port past 65535 or below 0 is refused with exit code 2, not wrapped to another port",
          "[registry][cli]")
{
    for (const char* listen : {"127.0.0.1:99999", "127.0.0.1:-1", "127.0.0.1:65536", "127.0.0.1:", "127.0.0.1:8o80"}) {
        INFO(listen);
        auto p = parse({"--data", "/srv/vigil", "--listen", listen});
        CHECK(exitCode(p) == 2);
        CHECK_THAT(p.err, Catch::Contains("port"));
    }
    auto ok = parse({"--data", "/srv/vigil", "--listen", "127.0.0.1:65535"});
    REQUIRE(std::holds_alternative<RegistryCommandLine>(ok.result));
    CHECK(std::get<RegistryCommandLine>(ok.result).options.port == 65535);
}

TEST_CASE("an unknown log level is refused with exit code 2, not read as info", "[registry][cli]")
{
    auto p = parse({"--data", "/srv/vigil", "--log-level", "verbose"});
    CHECK(exitCode(p) == 2);
    CHECK_THAT(p.err, Catch::Contains("--log-level"));
    auto debug = parse({"--data", "/srv/vigil", "--log-level", "debug"});
    REQUIRE(std::holds_alternative<RegistryCommandLine>(debug.result));
    CHECK(std::get<RegistryCommandLine>(debug.result).logLevel == LogLevel::Debug);
}

TEST_CASE("plain HTTP is served on loopback only, unless --plain-http accepts the risk", "[registry][cli][tls]")
{
    auto open = parse({"--data", "/srv/vigil", "--listen", "0.0.0.0:8443"});
    CHECK(exitCode(open) == 2);
    CHECK_THAT(open.err, Catch::Contains("--plain-http") && Catch::Contains("--tls-cert"));
    CHECK(std::holds_alternative<RegistryCommandLine>(parse({"--data", "d", "--listen", "127.0.0.1:8443"}).result));
    CHECK(std::holds_alternative<RegistryCommandLine>(parse({"--data", "d", "--listen", "[::1]:8443"}).result));
    CHECK(std::holds_alternative<RegistryCommandLine>(
        parse({"--data", "d", "--listen", "0.0.0.0:8443", "--plain-http"}).result));

    // The server itself refuses too (tests and embedders start it without the command line).
    rt::TempDir dir;
    REQUIRE(Admin::init(dir.path(), {}, 1'750'000'000).ok());
    rt::LogCapture log;
    RegistryOptions options;
    options.dataDir = dir.path();
    options.host = "0.0.0.0";
    options.port = 0;
    auto refused = RegistryServer::start(options, log.logger());
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().message, Catch::Contains("plain HTTP"));
}

TEST_CASE("the registry does not start on a folder others can open, nor on an emptied database",
          "[registry][datafolder]")
{
    rt::TempDir dir;
    REQUIRE(Admin::init(dir.path(), {}, 1'750'000'000).ok());
    rt::LogCapture log;
    RegistryOptions options;
    options.dataDir = dir.path();
    options.port = 0;
    options.threads = 1;

    std::filesystem::permissions(dir.path(), std::filesystem::perms::others_read | std::filesystem::perms::others_exec,
                                 std::filesystem::perm_options::add);
    auto open = RegistryServer::start(options, log.logger());
    REQUIRE_FALSE(open.ok());
    CHECK_THAT(open.error().message, Catch::Contains("chmod 700"));
    std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_all, std::filesystem::perm_options::replace);

    std::filesystem::resize_file(dir.path() / "registry.db", 0);
    auto emptied = RegistryServer::start(options, log.logger());
    REQUIRE_FALSE(emptied.ok());
    CHECK_THAT(emptied.error().message, Catch::Contains("is empty"));
}

TEST_CASE("the immediate-contact and retaliation clocks are set in whole hours from 1 to 168 and anything else is refused",
          "[registry][cli]")
{
    auto defaults = parse({"--data", "/srv/vigil"});
    REQUIRE(std::holds_alternative<RegistryCommandLine>(defaults.result));
    CHECK(std::get<RegistryCommandLine>(defaults.result).options.workflow.immediateContactHours == 4);
    CHECK(std::get<RegistryCommandLine>(defaults.result).options.workflow.retaliationContactHours == 24);

    auto set = parse({"--data", "/srv/vigil", "--immediate-contact-hours", "2", "--retaliation-contact-hours", "12"});
    REQUIRE(std::holds_alternative<RegistryCommandLine>(set.result));
    CHECK(std::get<RegistryCommandLine>(set.result).options.workflow.immediateContactHours == 2);
    CHECK(std::get<RegistryCommandLine>(set.result).options.workflow.retaliationContactHours == 12);

    for (const char* flag : {"--immediate-contact-hours", "--retaliation-contact-hours"}) {
        for (const char* value : {"0", "-4", "169", "4h", "1.5"}) {
            INFO(flag << " " << value);
            auto p = parse({"--data", "/srv/vigil", flag, value});
            CHECK(exitCode(p) == 2);
            CHECK_THAT(p.err, Catch::Contains(flag));
        }
    }
}
