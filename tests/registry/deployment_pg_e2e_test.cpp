// SPDX-License-Identifier: EUPL-1.2
// vigil-admin and vigil-registry on PostgreSQL (`--database postgresql://…`), as real processes
// behind real relays, on a real PostgreSQL server the test starts (docs/postgres-plan.md, slice
// 3): set up by the operator's commands, a report filed through a relay becomes one case, an
// advisor signs in, and the audit trail verifies; two registry processes on one database make
// one case of an envelope both receive; a wrong URL, a server that is not there and an empty
// database behind initialised keys are refused, clearly, with nothing changed. No output of
// any process names the database password. A ship's worth of photo reports arrives whole.
#include "pgdeployment.h"

#include "advisorconsole.h"

#include "tests/support/loopback.h"
#include "tests/support/testdata.h"
#include "tests/support/testenv.h"

#include "shared/batch.h"
#include "shared/identity.h"
#include "shared/receipt.h"

#include <boost/json.hpp>

#include <sodium.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <thread>

using namespace vigil;
using namespace vigil::test;
namespace fs = std::filesystem;
namespace json = boost::json;

namespace {

std::vector<SealedReport> sealReports(const Directory& directory, int n)
{
    std::vector<SealedReport> out;
    for (int i = 0; i < n; ++i) {
        auto sealed = sealWithPhotos(i % 2 == 0 ? nearMissReport() : socialReport(), {}, directory, "13-bde");
        REQUIRE(sealed.ok());
        out.push_back(std::move(*sealed));
    }
    return out;
}

std::vector<Bytes> envelopesOf(const std::vector<SealedReport>& reports)
{
    std::vector<Bytes> out;
    for (const auto& r : reports)
        out.push_back(r.envelope.bytes);
    return out;
}

/// Posts `envelopes` as one batch until they are answered (a 503 is a commit PostgreSQL
/// refused, which a relay too sends again); the result per envelope.
std::vector<IngestResult> postUntilAnswered(std::uint16_t port, const std::vector<Bytes>& envelopes)
{
    Client client(urlOf(port));
    for (int attempt = 0; attempt < 50; ++attempt) {
        auto answer = client.postBatch(envelopes);
        if (answer && answer->status == 200) {
            auto results = decodeIngestResults(answer->body, envelopes.size());
            REQUIRE(results.ok());
            REQUIRE(results->size() == envelopes.size());
            return std::move(*results);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    FAIL("no answer to a batch after 50 attempts");
    return {};
}

/// Every result acknowledged (stored or duplicate) with a receipt `key` signed for its envelope.
void requireReceipts(const std::vector<SealedReport>& reports, const std::vector<IngestResult>& results,
                     const PublicKey& key)
{
    const std::array<PublicKey, 1> trusted{key};
    for (std::size_t i = 0; i < reports.size(); ++i) {
        INFO("envelope " << i << ": " << enumName(results[i].status) << " " << results[i].reason);
        REQUIRE((results[i].status == IngestStatus::Stored || results[i].status == IngestStatus::Duplicate));
        auto receipt = decodeReceipt(results[i].receipt);
        REQUIRE(receipt.ok());
        CHECK(verifyReceipt(*receipt, reports[i].envelope.reportId, reports[i].envelope.envelopeHash, trusted).ok());
    }
}

/// `n` reports, every `photoEvery`-th with a 3 MB photo (random bytes: incompressible, like a JPEG).
std::vector<SealedReport> withPhotos(const Directory& directory, int n, int photoEvery)
{
    std::vector<SealedReport> out;
    for (int i = 0; i < n; ++i) {
        std::vector<Bytes> photos;
        if (i % photoEvery == 0) {
            photos.emplace_back(3'000'000);
            randombytes_buf(photos.back().data(), photos.back().size());
        }
        auto sealed = sealWithPhotos(i % 2 == 0 ? nearMissReport() : socialReport(), photos, directory, "13-bde");
        REQUIRE(sealed.ok());
        out.push_back(std::move(*sealed));
    }
    return out;
}

/// How many of `reports` the database holds as exactly one case whose envelope is the one sent,
/// byte for byte (its SHA-256, computed by PostgreSQL, against ours).
std::int64_t keptWhole(const PgDeployment& d, const std::vector<SealedReport>& reports)
{
    std::int64_t whole = 0;
    for (const auto& r : reports) {
        std::array<std::uint8_t, crypto_hash_sha256_BYTES> digest{};
        crypto_hash_sha256(digest.data(), r.envelope.bytes.data(), r.envelope.bytes.size());
        whole += d.count("SELECT COUNT(*) FROM cases WHERE report_id = decode('" + toHex(r.envelope.reportId)
                         + "', 'hex') AND sha256(envelope) = decode('" + toHex(digest) + "', 'hex')");
    }
    return whole;
}

HeaderList bearer(const std::string& token)
{
    return {{"Authorization", "Bearer " + token}};
}

json::array casesOf(Client& console, const std::string& token)
{
    auto list = console.get("/v1/advisor/cases", bearer(token));
    REQUIRE(list.ok());
    REQUIRE(list->status == 200);
    return json::parse(list->body).at("cases").as_array();
}

} // namespace

TEST_CASE("vigil-admin sets up a registry on PostgreSQL, a report through the relay becomes one case, an advisor "
          "signs in and the audit trail verifies",
          "[postgres][e2e]")
{
    PgDeployment d;
    // The schema is in the database, and the data folder holds the keys only.
    CHECK(d.count("SELECT version FROM vigil_schema") > 0);
    CHECK_FALSE(fs::exists(d.dataA() / "registry.db"));
    CHECK(d.count("SELECT COUNT(*) FROM units WHERE id = '13-bde'") == 1);

    const std::uint16_t registryPort = freePort();
    Server& relay = d.startRelay(registryPort);
    d.publish();
    d.startRegistry(d.dataA(), registryPort);
    const Directory directory = d.directory(registryPort);

    const std::vector<SealedReport> reports = sealReports(directory, 2); // a near miss, a social report
    requireReceipts(reports, postUntilAnswered(relay.port, envelopesOf(reports)), d.relayKeys().at(0));
    INFO(d.logTail());
    REQUIRE(waitUntil([&] { return d.count("SELECT COUNT(*) FROM cases") == 2; }, std::chrono::seconds(20)));

    // The confidential advisor sees the social case, the safety officer the near miss.
    Client console(urlOf(registryPort));
    const json::array social = casesOf(console, advisorSignIn(console, d.root(), 3));
    REQUIRE(social.size() == 1);
    CHECK(social[0].at("category").as_string() == "bullying");
    CHECK(casesOf(console, advisorSignIn(console, d.root(), 1)).size() == 1);

    // Sent again through the relay: still two cases.
    requireReceipts(reports, postUntilAnswered(relay.port, envelopesOf(reports)), d.relayKeys().at(0));
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    CHECK(d.count("SELECT COUNT(*) FROM cases") == 2);

    const harness::CommandRun verify = d.admin({"audit", "verify"});
    INFO(verify.out << verify.err);
    CHECK(verify.code == 0);
    CHECK_THAT(verify.out, Catch::Contains("audit trail intact"));
    const harness::CommandRun listed = d.admin({"cases"});
    INFO(listed.out << listed.err);
    CHECK(listed.code == 0);
    CHECK(std::count(listed.out.begin(), listed.out.end(), '\n') >= 2);
    CHECK(d.everything().find(kDatabasePassword) == std::string::npos);
}

TEST_CASE("two registry processes on one PostgreSQL database make one case of an envelope both receive, and one "
          "audit chain",
          "[postgres][e2e]")
{
    PgDeployment d;
    const fs::path dataB = d.copyDataFolder("registry-b");
    const std::uint16_t portA = freePort();
    const std::uint16_t portB = freePort();
    Server& relayA = d.startRelay(portA);
    Server& relayB = d.startRelay(portB);
    d.publish();
    d.startRegistry(d.dataA(), portA);
    // B reaches the database through a host list whose first host has no server, as a
    // registry configured for failover does (target_session_attrs=read-write).
    d.startRegistry(dataB, portB, hostListUrl(d.url()));
    const Directory directory = d.directory(portB);
    INFO(d.logTail());

    // Posted straight to both registries at the same moment, in one batch each.
    const std::vector<SealedReport> direct = sealReports(directory, 24);
    std::vector<IngestResult> atA, atB;
    {
        std::thread a([&] { atA = postUntilAnswered(portA, envelopesOf(direct)); });
        std::thread b([&] { atB = postUntilAnswered(portB, envelopesOf(direct)); });
        a.join();
        b.join();
    }
    requireReceipts(direct, atA, d.receiptKey());
    requireReceipts(direct, atB, d.receiptKey());
    for (std::size_t i = 0; i < direct.size(); ++i) {
        INFO("envelope " << i);
        // One registry kept it, the other answered with the same receipt as a duplicate.
        CHECK(((atA[i].status == IngestStatus::Stored) != (atB[i].status == IngestStatus::Stored)));
        CHECK(atA[i].receipt == atB[i].receipt);
    }

    // The same envelopes through two relays, each forwarding to its own registry.
    const std::vector<SealedReport> relayed = sealReports(directory, 6);
    requireReceipts(relayed, postUntilAnswered(relayA.port, envelopesOf(relayed)), d.relayKeys().at(0));
    requireReceipts(relayed, postUntilAnswered(relayB.port, envelopesOf(relayed)), d.relayKeys().at(1));
    const std::int64_t expected = static_cast<std::int64_t>(direct.size() + relayed.size());
    REQUIRE(waitUntil([&] { return d.count("SELECT COUNT(*) FROM cases") == expected; }, std::chrono::seconds(20)));
    std::this_thread::sleep_for(std::chrono::milliseconds(500)); // the second relay's copies arrive too
    CHECK(d.count("SELECT COUNT(*) FROM cases") == expected);
    CHECK(d.count("SELECT COUNT(*) FROM audit WHERE action = 'case.created'") == expected);

    // A challenge handed out by one process is answered at the other; an action done at one
    // is replayed by the other with the first answer.
    Client atRegistryA(urlOf(portA));
    Client atRegistryB(urlOf(portB));
    const SigningKeyPair key = memberSignKey(3);
    auto challenge = atRegistryA.send(HttpRequest{"POST", "/v1/advisor/challenge", {{"Content-Type", "application/json"}},
                                                  R"({"sign_key":")" + toHex(key.publicKey) + R"("})"});
    REQUIRE(challenge.ok());
    REQUIRE(challenge->status == 200);
    const std::string nonce = json::value_to<std::string>(json::parse(challenge->body).at("nonce"));
    const Signature signature = key.sign(signInStatement(d.root(), *fromHex(nonce)));
    auto session = atRegistryB.send(HttpRequest{"POST", "/v1/advisor/session", {{"Content-Type", "application/json"}},
                                                R"({"sign_key":")" + toHex(key.publicKey) + R"(","nonce":")" + nonce
                                                    + R"(","signature":")" + toHex(signature) + R"("})"});
    REQUIRE(session.ok());
    REQUIRE(session->status == 200);
    const std::string token = json::value_to<std::string>(json::parse(session->body).at("token"));
    const json::array mine = casesOf(atRegistryA, token);
    REQUIRE_FALSE(mine.empty());
    CHECK(casesOf(atRegistryB, token).size() == mine.size());
    const std::string transition = "/v1/advisor/cases/" + std::to_string(mine[0].at("id").as_int64()) + "/transition";
    const std::string body = R"({"to":"acknowledged","action_id":"pg-1"})";
    auto first = atRegistryA.send(HttpRequest{"POST", transition, {{"Authorization", "Bearer " + token},
                                                                    {"Content-Type", "application/json"}}, body});
    REQUIRE(first.ok());
    REQUIRE(first->status == 200);
    auto replay = atRegistryB.send(HttpRequest{"POST", transition, {{"Authorization", "Bearer " + token},
                                                                     {"Content-Type", "application/json"}}, body});
    REQUIRE(replay.ok());
    CHECK(replay->status == 200);
    CHECK(replay->body == first->body);
    CHECK(d.count("SELECT COUNT(*) FROM audit WHERE action = 'case.transition'") == 1);

    const harness::CommandRun verify = d.admin({"audit", "verify"}, dataB, hostListUrl(d.url()));
    INFO(verify.out << verify.err);
    CHECK(verify.code == 0);
    CHECK_THAT(verify.out, Catch::Contains("audit trail intact"));
    CHECK(d.everything().find(kDatabasePassword) == std::string::npos);
}

TEST_CASE("a wrong database URL, a server that is not there and an empty database behind initialised keys are "
          "refused by both executables, with nothing changed",
          "[postgres][e2e]")
{
    PgDeployment d;
    const fs::path fresh = d.work() / "fresh";
    const std::string password(kDatabasePassword);
    std::string printed;
    auto refused = [&](const harness::CommandRun& run, int code, const std::string& says) {
        INFO(run.out << run.err);
        CHECK(run.code == code);
        CHECK_THAT(run.out + run.err, Catch::Contains(says));
        printed += run.out + run.err;
    };
    auto registry = [&](const fs::path& data, const std::string& url) {
        harness::CommandRun run = harness::runToExit(
            VIGIL_REGISTRY_EXE, {"--data", data.string(), "--database", url, "--listen", "127.0.0.1:0"}, d.work(),
            std::chrono::seconds(30));
        printed += run.out + run.err;
        return run;
    };

    SECTION("a URL libpq cannot read is a wrong command line")
    {
        for (const std::string& bad : std::vector<std::string>{
                 "postgresql://postgres:" + password + "@/db?host=%2Ftmp&colour=blue", "registry.db",
                 "postgresql://postgres:" + password + "@/db?port=%zz"}) {
            INFO(bad);
            refused(d.admin({"init"}, fresh, bad), 2, "--database");
            refused(registry(d.dataA(), bad), 2, "--database");
        }
        CHECK_FALSE(fs::exists(fresh));
    }
    SECTION("a server that is not there")
    {
        const std::string nowhere = "postgresql://postgres:" + password + "@/registry?host="
                                    + (d.work() / "no-server").string() + "&port=5432";
        refused(d.admin({"init"}, fresh, nowhere), 1, "cannot connect");
        CHECK_FALSE(fs::exists(fresh));
        refused(d.admin({"unit", "list"}, d.dataA(), nowhere), 1, "cannot connect");
        const harness::CommandRun run = registry(d.dataA(), nowhere);
        CHECK(run.code == 1);
        CHECK_THAT(run.out + run.err, Catch::Contains("cannot connect"));
    }
    SECTION("an empty database behind initialised keys is not started, and stays empty")
    {
        const std::string empty = newDatabaseUrl();
        refused(d.admin({"unit", "list"}, d.dataA(), empty), 1, "holds no registry");
        const harness::CommandRun run = registry(d.dataA(), empty);
        CHECK(run.code == 1);
        CHECK_THAT(run.out + run.err, Catch::Contains("holds no registry"));
        CHECK(queryOn(empty, "SELECT COUNT(*) FROM pg_catalog.pg_tables WHERE schemaname = 'public'") == 0);
    }
    SECTION("another registry's database is refused by both executables, and stays as it was")
    {
        // Registry B: its own data folder and keys, its own database, a directory published.
        const fs::path dataB = d.work() / "registry-b";
        const std::string urlB = newDatabaseUrl();
        for (const std::vector<std::string>& args : {std::vector<std::string>{"init"},
                                                      std::vector<std::string>{"directory", "publish", "--allow-unroutable"}}) {
            const harness::CommandRun run = d.admin(args, dataB, urlB);
            INFO(run.out << run.err);
            REQUIRE(run.code == 0);
        }
        const std::int64_t unitsB = queryOn(urlB, "SELECT COUNT(*) FROM units");
        const std::int64_t auditB = queryOn(urlB, "SELECT COUNT(*) FROM audit");
        // A's keys in front of B's database, as a copied configuration would put them.
        refused(d.admin({"unit", "add", "--id", "x", "--name", "X", "--parent", "defence"}, d.dataA(), urlB), 1,
                "belong to another registry");
        const harness::CommandRun run = registry(d.dataA(), urlB);
        CHECK(run.code == 1);
        CHECK_THAT(run.out + run.err, Catch::Contains("is not signed by this data folder's root key"));
        CHECK(queryOn(urlB, "SELECT COUNT(*) FROM units") == unitsB);
        CHECK(queryOn(urlB, "SELECT COUNT(*) FROM audit") == auditB);
        // And B's keys in front of A's database, once A has published a directory.
        d.publish();
        refused(d.admin({"unit", "list"}, dataB, d.url()), 1, "belong to another registry");
    }
    SECTION("init refuses a database that holds a registry, before making keys")
    {
        refused(d.admin({"init"}, fresh), 1, "already holds a registry");
        CHECK_FALSE(fs::exists(fresh / "keys"));
        refused(d.admin({"backup", "--to", (d.work() / "backup.db").string()}), 1, "pg_dump");
    }
    CHECK(printed.find(password) == std::string::npos);
    // The registry is as it was.
    CHECK(d.count("SELECT COUNT(*) FROM units") == 2);
    const harness::CommandRun verify = d.admin({"audit", "verify"});
    CHECK(verify.code == 0);
}

TEST_CASE("a ship's worth of 3 MB photo reports and small ones, posted by several devices at once and queued at a "
          "relay while the registry was down, become cases on PostgreSQL byte for byte",
          "[postgres][e2e][photos]")
{
    PgDeployment d;
    const std::uint16_t registryPort = freePort();
    Server& relay = d.startRelay(registryPort);
    d.publish();
    Server& registry = d.startRegistry(d.dataA(), registryPort);
    const Directory directory = d.directory(registryPort);

    // Six devices post at once, each a batch of two photo reports and four small ones (6 MB,
    // within the 8 MiB body): the intake queue commits them together, up to 36 MB of photos in
    // one transaction, which the case insert cuts at 16 MiB a statement (multirow.h).
    constexpr std::size_t kDevices = 6;
    std::vector<std::vector<SealedReport>> perDevice;
    for (std::size_t i = 0; i < kDevices; ++i)
        perDevice.push_back(withPhotos(directory, 6, 3));
    std::vector<std::vector<IngestResult>> answers(kDevices);
    {
        std::vector<std::thread> devices;
        for (std::size_t i = 0; i < kDevices; ++i)
            devices.emplace_back([&, i] { answers[i] = postUntilAnswered(registryPort, envelopesOf(perDevice[i])); });
        for (auto& t : devices)
            t.join();
    }
    INFO(d.logTail());
    std::int64_t posted = 0;
    for (std::size_t i = 0; i < kDevices; ++i) {
        requireReceipts(perDevice[i], answers[i], d.receiptKey());
        CHECK(keptWhole(d, perDevice[i]) == static_cast<std::int64_t>(perDevice[i].size()));
        posted += static_cast<std::int64_t>(perDevice[i].size());
    }

    // The registry goes down; a ship's devices sync three photo reports and forty small ones to
    // their relay, which forwards them all (the photos by resumable upload) once it is back.
    registry.process.kill();
    const std::vector<SealedReport> queued = withPhotos(directory, 43, 15);
    for (const auto& r : queued) {
        const std::vector<Bytes> one{r.envelope.bytes};
        const auto result = postUntilAnswered(relay.port, one);
        REQUIRE(result.at(0).status == IngestStatus::Stored);
    }
    d.startRegistry(d.dataA(), registryPort);
    const std::int64_t expected = posted + static_cast<std::int64_t>(queued.size());
    REQUIRE(waitUntil([&] { return d.count("SELECT COUNT(*) FROM cases") == expected; }, std::chrono::seconds(90)));
    CHECK(keptWhole(d, queued) == static_cast<std::int64_t>(queued.size()));
    CHECK(d.count("SELECT COUNT(*) FROM audit WHERE action = 'case.created'") == expected);
    const harness::CommandRun verify = d.admin({"audit", "verify"});
    INFO(verify.out << verify.err);
    CHECK(verify.code == 0);
}
