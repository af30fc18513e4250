// SPDX-License-Identifier: EUPL-1.2
// The root key off the server (docs/operations.md, "What stays on the server"; docs/protocol.md
// §3.7): a registry set up as vigil-admin does it hands over to three key holders (2 of 3), the
// holders certify its online key in a directory, and keys/root.key is deleted. The registry, on
// loopback behind a relay, still signs advisors in, issues filing tokens and signs the
// inspectorate's report with the certified online key; the relay refuses support contacts the
// old root key signs and takes the ones two holders signed.
#include "registry/server/registryserver.h"

#include "registry/admin/admin.h"
#include "registry/admin/keysetadmin.h"
#include "registry/admin/measureadmin.h"
#include "registry/admin/reportadmin.h"
#include "registry/admin/supportadmin.h"
#include "registry/admin/tokenadmin.h"
#include "registry/pdca/measureclocks.h"

#include "advisorconsole.h"
#include "tests/support/registrysetup.h"
#include "tests/support/relaytest.h"
#include "tests/support/testdata.h"

#include "shared/identity.h"
#include "shared/keysetrotation.h"
#include "shared/onlinesigned.h"
#include "shared/provisioning.h"
#include "shared/storage/keyfile.h"
#include "shared/storage/sqlite.h"
#include "shared/supportcontacts.h"
#include "shared/tokens/issuance.h"
#include "shared/tokens/issuerdoc.h"
#include "shared/tokens/tokenbinding.h"

#include <boost/json.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>

using namespace vigil;
namespace rt = vigil::relay::test;
namespace fs = std::filesystem;
namespace json = boost::json;

namespace {

SigningKeyPair holder(int n)
{
    return SigningKeyPair::fromSeed(test::seed("holder " + std::to_string(n)));
}

void writeFile(const fs::path& path, ByteView bytes)
{
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

/// The registry of the demo's shape after the hand-over, with root.key deleted, and a relay in front.
struct HoldersDeployment {
    rt::TempDir dir;
    rt::TempDir relayDir;
    rt::LogCapture log;
    rt::LogCapture relayLog;
    std::atomic<std::int64_t> now{test::unixNow()};
    PublicKey root{};
    KeySeed rootSeed{};          ///< kept by the test only, to play whoever stole it
    std::string enrolCode;
    std::unique_ptr<registry::RegistryServer> registry;
    std::unique_ptr<relay::RelayServer> relay;

    fs::path holderFile(int n) const { return dir.path() / ("holder-" + std::to_string(n) + ".key"); }

    /// Two holders (1 and 3) sign the prepared `file` on their "offline machines".
    void holdersSign(const fs::path& file) const
    {
        for (int n : {1, 3})
            REQUIRE(registry::signPreparedDocument(holderFile(n), file, file, false).ok());
    }

    HoldersDeployment()
    {
        const fs::path data = dir.path() / "registry";
        auto a = test::initRegistry(data, now);
        REQUIRE(a.ok());
        std::unique_ptr<registry::Admin> admin = std::move(*a);
        REQUIRE(registry::grantRole(*admin, {"m7", registry::MeasureRole::Inspectorate, ""}, now).ok());
        REQUIRE(admin->addRelay("relay-1", toHex(test::memberSignKey(9).publicKey)).ok());
        std::vector<std::string> holders;
        for (int n : {1, 2, 3}) {
            REQUIRE(writeSeedFile(holderFile(n), holder(n).seed()).ok());
            holders.push_back(toHex(holder(n).publicKey));
        }
        REQUIRE(registry::initKeySet(*admin, holders, 2, now).ok());
        const fs::path prepared = dir.path() / "directory.vgd";
        REQUIRE(registry::prepareDirectoryFile(*admin, now, 30, false, prepared).ok());
        holdersSign(prepared);
        auto published = registry::publishSignedDirectory(*admin, prepared, now);
        INFO((published ? *published : published.error().message));
        REQUIRE(published.ok());
        REQUIRE(registry::newTokenEpoch(*admin, registry::EpochWindow{now}, now).ok());
        REQUIRE(registry::publishTokenEpochs(*admin, now).ok());
        auto payload = admin->enrollment("http://127.0.0.1:1", true);
        REQUIRE(payload.ok());
        enrolCode = decodeProvisioning(*payload, 0).value().provisioning.enrolCode;
        root = admin->keys().root.publicKey;
        rootSeed = admin->keys().root.pair->seed();
        admin.reset();
        // The operator takes root.key off the server; keys/root.pub keeps the identity.
        REQUIRE(fs::remove(data / "keys" / "root.key"));

        registry::RegistryOptions options;
        options.dataDir = data;
        options.port = 0;
        options.threads = 2;
        auto started = registry::RegistryServer::start(options, log.logger(), [this] { return now.load(); });
        INFO((started ? std::string() : started.error().message));
        REQUIRE(started.ok());
        registry = std::move(*started);
        relay::RelayConfig config = rt::testConfig(relayDir.path());
        config.upstreamUrl = rt::urlOf(registry->port());
        config.rootKey = root;   // pinned at its set-up, before the hand-over: it follows the rotation
        relay = rt::startRelay(config, relayLog.logger());
    }

    ~HoldersDeployment()
    {
        relay->stop();
        registry->stop();
    }

    /// The current key set as a reader reaches it from the root key (GET /v1/keyset), and the
    /// signers it accepts for online documents with the registry's directory (GET /v1/directory).
    DocumentSigners readerSigners(rt::Client& client)
    {
        auto chainBody = client.get("/v1/keyset");
        REQUIRE(chainBody.ok());
        REQUIRE(chainBody->status == 200);
        auto chain = decodeRotationChain(asBytes(chainBody->body));
        REQUIRE(chain.ok());
        auto set = followKeySetRotations(RootKeySet(root), *chain);
        REQUIRE(set.ok());
        CHECK(set->threshold == 2);
        auto directory = client.get("/v1/directory");
        REQUIRE(directory.ok());
        REQUIRE(directory->status == 200);
        return signersFor(*set, asBytes(directory->body));
    }
};

} // namespace

TEST_CASE("With key holders a registry whose root.key was deleted still signs advisors in, issues filing tokens and "
          "signs the inspectorate's report with the online key the holders certified",
          "[e2e][registry][relay][keyholders]")
{
    HoldersDeployment d;
    CHECK_FALSE(d.registry->keys().root.pair.has_value());
    CHECK(d.registry->keys().root.publicKey == d.root);
    rt::Client registry(rt::urlOf(d.registry->port()));
    const DocumentSigners signers = d.readerSigners(registry);
    REQUIRE(signers.onlineKey.has_value());
    REQUIRE(d.registry->keys().online.has_value());
    CHECK(*signers.onlineKey == d.registry->keys().online->publicKey);

    // An advisor signs in against the root PUBLIC key, which is all the registry still holds.
    const std::string inspector = test::advisorSignIn(registry, d.root, 7);

    // The inspectorate's report: signed by the online key, which verifies only with the directory.
    const std::string period = std::to_string(std::stoi(registry::dateOf(d.now)) - 2);
    auto issued = registry.send(test::jsonPost("/v1/advisor/reports", R"({"action_id":"r-1","period":")" + period + R"("})",
                                     inspector));
    REQUIRE(issued.ok());
    INFO(issued->body);
    REQUIRE(issued->status == 200);
    auto signedReport = registry.get("/v1/advisor/reports/1/signed", {{"Authorization", "Bearer " + inspector}});
    REQUIRE(signedReport.ok());
    REQUIRE(signedReport->status == 200);
    const ByteView report = asBytes(signedReport->body);
    CHECK(openOnlineSignedDocument(report, kVmsReportMagic, signers, "report").ok());
    CHECK_FALSE(openOnlineSignedDocument(report, kVmsReportMagic, signers.keys, "report").ok());
    CHECK_FALSE(openOnlineSignedDocument(report, kVmsReportMagic, RootKeySet(d.root), "report").ok());
    auto pdf = registry.get("/v1/advisor/reports/1/pdf?lang=en", {{"Authorization", "Bearer " + inspector}});
    REQUIRE(pdf.ok());
    CHECK(pdf->status == 200);

    // An inspector checks it offline from the root public key, the rotations and the directory.
    writeFile(d.dir.path() / "report.vgv", report);
    writeFile(d.dir.path() / "keyset.bin", asBytes(registry.get("/v1/keyset")->body));
    writeFile(d.dir.path() / "directory.vgd", asBytes(registry.get("/v1/directory")->body));
    registry::VmsVerifyOptions verify;
    verify.signedFile = d.dir.path() / "report.vgv";
    verify.rootKeyHex = toHex(d.root);
    CHECK_FALSE(registry::verifyVmsReport(verify).ok());
    verify.rotations = d.dir.path() / "keyset.bin";
    verify.directory = d.dir.path() / "directory.vgd";
    auto verified = registry::verifyVmsReport(verify);
    INFO((verified ? *verified : verified.error().message));
    REQUIRE(verified.ok());
    CHECK_THAT(*verified, Catch::Contains("online key " + keyId(*signers.onlineKey)));

    // Filing tokens through the relay: the issuer keys verify with the online key only.
    rt::Client device(rt::urlOf(d.relay->port()));
    std::optional<tokens::IssuerKeyDocument> keys;
    REQUIRE(rt::waitUntil([&] {
        auto r = device.get("/v1/token-issuer");
        if (!r || r->status != 200)
            return false;
        auto doc = tokens::verifyIssuerKeyDocument(asBytes(r->body), signers, 1);
        if (doc)
            keys = std::move(*doc);
        return keys.has_value();
    }));
    auto served = device.get("/v1/token-issuer");
    CHECK_FALSE(tokens::verifyIssuerKeyDocument(asBytes(served->body), signers.keys).ok());
    CHECK(keys->name == tokens::issuerNameFor(d.root));
    const SigningKeyPair credential = SigningKeyPair::generate();
    auto registered = device.send(
        test::jsonPost("/v1/devices", tokens::encodeDeviceRegistration(tokens::makeDeviceRegistration(credential, d.enrolCode))));
    REQUIRE(registered.ok());
    CHECK(registered->status == 201);
    const tokens::IssuerKeyEpoch* epoch = *tokens::keyForIssuance(keys->keys, d.now);
    const Bytes challenge = *tokens::envelopeTokenChallenge(keys->name);
    std::vector<tokens::BoundTokenRequest> pending;
    std::vector<tokens::TokenRequest> requests;
    for (int i = 0; i < 3; ++i) {
        pending.push_back(*tokens::makeBoundTokenRequest(epoch->key, challenge));
        requests.push_back(pending.back().pending.request);
    }
    auto got = device.send(test::jsonPost("/v1/tokens", tokens::encodeIssuanceRequest(tokens::makeIssuanceRequest(
                                                  credential, epoch->epoch, test::unixNow(), std::move(requests)))));
    REQUIRE(got.ok());
    REQUIRE(got->status == 200);
    auto answer = tokens::decodeIssuanceResponse(got->body);
    REQUIRE(answer.ok());
    REQUIRE(answer->responses.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) {
        auto token = tokens::finalizeToken(epoch->key, pending[i].pending.state, answer->responses[i]);
        REQUIRE(token.ok());
        CHECK(tokens::verifyToken(epoch->key, *token).ok());
    }
}

TEST_CASE("After the hand-over a relay refuses support contacts the old root key signs and takes the ones two "
          "holders signed",
          "[e2e][registry][relay][keyholders]")
{
    HoldersDeployment d;
    const fs::path data = d.dir.path() / "registry";
    rt::Client device(rt::urlOf(d.relay->port()));
    rt::Client registry(rt::urlOf(d.registry->port()));
    const DocumentSigners signers = d.readerSigners(registry);

    // Whoever kept a copy of root.key writes contacts of their own straight into the database.
    const SigningKeyPair stolen = SigningKeyPair::fromSeed(d.rootSeed.view());
    const Bytes forged = signSupportContacts(test::sampleSupportContacts(1, static_cast<std::uint64_t>(d.now)), stolen);
    {
        auto db = SqliteDb::open(registry::registryDatabasePath(data), false);
        REQUIRE(db.ok());
        auto stmt = db->prepare("INSERT INTO support_documents(serial, issued, signed) VALUES (1, ?, ?)");
        REQUIRE(stmt.ok());
        stmt->bind(1, static_cast<std::int64_t>(d.now.load())).bind(2, ByteView(forged));
        REQUIRE(stmt->run().ok());
    }
    REQUIRE(rt::waitUntil([&] {
        const std::string text = d.relayLog.text();
        return text.find("upstream document rejected") != std::string::npos
               && text.find(R"("document":"support")") != std::string::npos;
    }));
    auto none = device.get("/v1/support");
    REQUIRE(none.ok());
    CHECK(none->status != 200);

    // The holders' contacts, serial 2, through the ceremony on an Admin opened without root.key.
    auto admin = registry::Admin::open(data);
    REQUIRE(admin.ok());
    const fs::path contacts = d.dir.path() / "contacts.json";
    {
        std::ofstream out(contacts);
        out << R"({"contacts":[{"id":"112","kind":"emergency","name_nl":"Alarmnummer","name_en":"Emergency number",)"
               R"("purpose_nl":"Acuut gevaar","purpose_en":"Immediate danger","phone":"112"}]})";
    }
    auto set = registry::setSupportContacts(**admin, contacts, d.now);
    INFO((set ? *set : set.error().message));
    REQUIRE(set.ok());
    CHECK_FALSE(registry::publishSupportContacts(**admin, d.now).ok());
    const fs::path prepared = d.dir.path() / "support.vgs";
    REQUIRE(registry::prepareSupportFile(**admin, d.now, prepared).ok());
    REQUIRE(registry::signPreparedDocument(d.holderFile(2), prepared, prepared, false).ok());
    CHECK_FALSE(registry::publishSignedSupportContacts(**admin, prepared, d.now).ok());
    REQUIRE(registry::signPreparedDocument(d.holderFile(3), prepared, prepared, false).ok());
    auto published = registry::publishSignedSupportContacts(**admin, prepared, d.now);
    INFO((published ? *published : published.error().message));
    REQUIRE(published.ok());

    std::optional<SupportContacts> taken;
    REQUIRE(rt::waitUntil([&] {
        auto r = device.get("/v1/support");
        if (!r || r->status != 200)
            return false;
        auto doc = verifySupportContacts(asBytes(r->body), signers.keys);
        if (doc)
            taken = std::move(*doc);
        return taken.has_value();
    }));
    CHECK(taken->serial == 2);
    REQUIRE(taken->contacts.size() == 1);
    CHECK(taken->contacts.front().phone == "112");
}
