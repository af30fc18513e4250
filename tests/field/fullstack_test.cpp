// SPDX-License-Identifier: EUPL-1.2
// The field app in the whole system, on loopback with real servers: enrolled with the payload
// vigil-admin writes, it files through a relay that forwards to the registry, an advisor
// answers through the registry's API, and the answer comes back to the phone via the relay's
// mirrored mailbox, by prefix. Bulletins take the same way.
#include "mobile/syncengine.h"

#include "fieldtest.h"
#include "tests/support/relaytest.h"
#include "tests/support/testdata.h"

#include "mobile/conversationmodel.h"
#include "mobile/devicevault.h"
#include "mobile/outboxmodel.h"
#include "registry/admin/admin.h"
#include "registry/admin/supportadmin.h"
#include "registry/server/registryserver.h"
#include "shared/identity.h"
#include "shared/message.h"
#include "shared/routingheader.h"
#include "shared/seal.h"

#include <QSignalSpy>

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>

using namespace vigil;
using namespace vigil::field;
namespace rt = vigil::relay::test;
namespace json = boost::json;

namespace {

std::int64_t unixNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string signIn(rt::Client& client, const PublicKey& registryRoot, int n)
{
    const SigningKeyPair key = vigil::test::memberSignKey(n);
    auto c = client.send(HttpRequest{"POST", "/v1/advisor/challenge", {{"Content-Type", "application/json"}},
                                            R"({"sign_key":")" + toHex(key.publicKey) + R"("})"});
    REQUIRE(c);
    REQUIRE(c->status == 200);
    const auto nonceHex = json::value_to<std::string>(json::parse(c->body).at("nonce"));
    const Signature sig = key.sign(signInStatement(registryRoot, *fromHex(nonceHex)));
    auto s = client.send(HttpRequest{"POST", "/v1/advisor/session", {{"Content-Type", "application/json"}},
                                            R"({"sign_key":")" + toHex(key.publicKey) + R"(","nonce":")" + nonceHex
                                                + R"(","signature":")" + toHex(sig) + R"("})"});
    REQUIRE(s);
    REQUIRE(s->status == 200);
    return json::value_to<std::string>(json::parse(s->body).at("token"));
}

} // namespace

TEST_CASE("full stack: file via a relay, a case at the registry, the advisor's answer back on the phone", "[e2e]")
{
    rt::TempDir registryDir;
    rt::TempDir relayDir;
    rt::LogCapture registryLog;
    rt::LogCapture relayLog;
    REQUIRE(registry::Admin::init(registryDir.path(), {}, unixNow()));
    auto admin = std::move(*registry::Admin::open(registryDir.path()));
    REQUIRE(admin->addUnit(Unit{"13-bde", "13 Bde", "defence"}, true));
    auto identity = [](int n) {
        return encodeAdvisorIdentity({vigil::test::memberBoxKey(n).publicKey, vigil::test::memberSignKey(n).publicKey});
    };
    REQUIRE(admin->addAdvisor("m3", "Advisor Bakker", "ca-pool", identity(3)));
    REQUIRE(admin->addAdvisor("m4", "Advisor Visser", "ca-pool", identity(4)));
    registry::RegistryOptions options;
    options.dataDir = registryDir.path();
    options.port = 0;
    options.threads = 2;
    auto registry = std::move(*registry::RegistryServer::start(options, registryLog.logger()));
    relay::RelayConfig config = rt::testConfig(relayDir.path());
    config.upstreamUrl = rt::urlOf(registry->port());
    config.rootKey = registry->keys().root.publicKey;
    auto relay = rt::startRelay(config, relayLog.logger());
    REQUIRE(admin->addRelay("relay-1", toHex(relay->receiptKey())));
    REQUIRE(admin->publishDirectory(unixNow(), 30));
    registry::BulletinOptions bulletin;
    bulletin.kind = BulletinKind::SafetyAlert;
    bulletin.titleNl = "Vlaggen";
    bulletin.titleEn = "Flags";
    bulletin.textNl = "Controleer de vlaggen.";
    bulletin.textEn = "Check the flags.";
    REQUIRE(admin->publishBulletin(bulletin, unixNow()));
    // Support contacts for 13-bde and the organisation, set from a file and signed.
    std::vector<SupportContact> contacts = vigil::test::sampleSupportContacts().contacts;
    for (auto& c : contacts)
        if (!c.unit.empty())
            c.unit = "13-bde";
    std::ofstream(registryDir.path() / "support.json") << encodeSupportContactList(contacts);
    REQUIRE(registry::setSupportContacts(*admin, registryDir.path() / "support.json", unixNow()));
    REQUIRE(registry::publishSupportContacts(*admin, unixNow()));
    auto provisioning = admin->enrollment(rt::urlOf(relay->port()), false);
    REQUIRE(provisioning);

    fixture::TestApp app(fixture::TestApp::Provisioned{*provisioning, static_cast<std::uint64_t>(unixNow())});
    CHECK(app->organisation().size() > 0);
    // Wait until the relay has mirrored the directory, then file the social report.
    Report report = vigil::test::socialReport();
    const auto sealed = app.seal(report, "13-bde");
    REQUIRE(app.syncRound());
    CHECK(app->store().outboxRow(sealed.rowId)->state == OutboxState::Delivered);

    // The advisor finds the case and answers.
    rt::Client console(rt::urlOf(registry->port()));
    const std::string token = signIn(console, registry->keys().root.publicKey, 3);
    std::int64_t caseId = 0;
    REQUIRE(rt::waitUntil([&] {
        auto list = console.get("/v1/advisor/cases", {{"Authorization", "Bearer " + token}});
        if (!list || list->status != 200)
            return false;
        const auto cases = json::parse(list->body).at("cases").as_array();
        if (cases.empty())
            return false;
        caseId = cases[0].at("id").as_int64();
        return true;
    }));
    auto summary = app->vault().get(slot::report(sealed.reportId));
    REQUIRE(summary);
    auto header = decodeRoutingHeader(decodeSummary(toString(summary->view()))->routingHeaderJson);
    REQUIRE(header);
    Message m{sealed.reportId, static_cast<std::uint64_t>(unixNow()), "m3", "Thank you for telling us."};
    auto posted = console.send(HttpRequest{
        "POST", "/v1/advisor/cases/" + std::to_string(caseId) + "/reply",
        {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}},
        R"({"sealed":")" + toBase64Url(sealReply(m, vigil::test::memberSignKey(3), header->replyKey)) + R"(","action_id":"r-1"})"});
    REQUIRE(posted);
    REQUIRE(posted->status == 200);

    // The relay mirrors the mailbox from the registry; the phone asks by prefix and opens it.
    std::vector<ThreadMessage> thread;
    REQUIRE(rt::waitUntil(
        [&] {
            (void)app.syncRound();
            auto item = app->vault().get(slot::thread(sealed.reportId));
            if (!item)
                return false;
            thread = *decodeThread(toString(item->view()));
            return !thread.empty();
        },
        std::chrono::seconds(20)));
    CHECK(thread[0].text == "Thank you for telling us.");
    CHECK(thread[0].authorName == "Advisor Bakker");
    CHECK(app->store().outboxRow(sealed.rowId)->state == OutboxState::Registered);
    CHECK(rt::waitUntil([&] {
        (void)app.syncRound();
        return !app->store().bulletins().empty();
    }));
    // The support contacts take the same way, whole, and stay on the phone for offline use.
    REQUIRE(rt::waitUntil([&] {
        (void)app.syncRound();
        return app->trust().supportContacts().has_value();
    }));
    CHECK(app->trust().supportContacts()->contacts == contacts);

    // The reporter answers from the conversation screen; it reaches the advisor as part of
    // the same case — still one case, the follow-up among its messages.
    ConversationModel* conversation = app->conversation();
    conversation->open(QString::fromStdString(toHex(sealed.reportId)));
    QSignalSpy sentSpy(conversation, &ConversationModel::sent);
    conversation->send("Tuesday is fine. Please do not tell my platoon.");
    REQUIRE(fixture::waitFor([&]() { return sentSpy.count() == 1; }));
    json::array messages;
    REQUIRE(rt::waitUntil(
        [&] {
            (void)app.syncRound();
            auto page = console.get("/v1/advisor/cases/" + std::to_string(caseId) + "/messages",
                                    {{"Authorization", "Bearer " + token}});
            if (!page || page->status != 200)
                return false;
            messages = json::parse(page->body).at("messages").as_array();
            return messages.size() == 2;
        },
        std::chrono::seconds(20)));
    CHECK(messages[0].at("kind").as_string() == "reply");
    CHECK(messages[1].at("kind").as_string() == "follow_up");
    auto followUp = fromBase64Url(json::value_to<std::string>(messages[1].at("sealed")));
    REQUIRE(followUp);
    auto opened = openFollowUp(*followUp, vigil::test::memberBoxKey(3));
    REQUIRE(opened);
    CHECK(opened->text == "Tuesday is fine. Please do not tell my platoon.");
    const auto cases = json::parse(console.get("/v1/advisor/cases", {{"Authorization", "Bearer " + token}})->body)
                           .at("cases")
                           .as_array();
    REQUIRE(cases.size() == 1);
    CHECK(cases[0].at("follow_ups").as_int64() == 1);
    relay->stop();
    registry->stop();
}
