// SPDX-License-Identifier: EUPL-1.2
// Device -> relay -> registry -> advisor, on loopback with real servers, real SQLite files and
// real crypto: what the product promises, end to end.
#include "registry/server/registryserver.h"

#include "tests/support/relaytest.h"
#include "tests/support/testdata.h"

#include "registry/admin/admin.h"
#include "registry/admin/keysetadmin.h"
#include "registry/admin/supportadmin.h"
#include "registry/supportdesk.h"

#include "shared/bulletin.h"
#include "shared/feed.h"
#include "shared/identity.h"
#include "shared/jsonreader.h"
#include "shared/keysetrotation.h"
#include "shared/message.h"
#include "shared/receipt.h"
#include "shared/reportbody.h"
#include "shared/seal.h"
#include "shared/sealfordirectory.h"
#include "shared/signeddoc.h"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <thread>

using namespace vigil;
namespace rt = vigil::relay::test;
namespace json = boost::json;

namespace {

std::int64_t unixNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

/// A registry initialised by vigil-admin with the advisors of testdata.h, a relay in front.
struct Deployment {
    rt::TempDir registryDir;
    rt::TempDir relayDir;
    rt::LogCapture registryLog;
    rt::LogCapture relayLog;
    std::unique_ptr<registry::RegistryServer> registry;
    std::unique_ptr<relay::RelayServer> relay;
    Directory directory;

    Deployment()
    {
        REQUIRE(registry::Admin::init(registryDir.path(), {}, unixNow()).ok());
        auto admin = std::move(*registry::Admin::open(registryDir.path()));
        REQUIRE(admin->addUnit(Unit{"13-bde", "13 Bde", "defence"}, true).ok());
        auto identity = [](int n) {
            return encodeAdvisorIdentity({test::memberBoxKey(n).publicKey, test::memberSignKey(n).publicKey});
        };
        REQUIRE(admin->addAdvisor("m1", "Safety officer Jansen", "so-13-bde", identity(1)).ok());
        REQUIRE(admin->addAdvisor("m3", "Advisor Bakker", "ca-pool", identity(3)).ok());
        REQUIRE(admin->addAdvisor("m4", "Advisor Visser", "ca-pool", identity(4)).ok());
        REQUIRE(admin->addAdvisor("m7", "Inspector De Boer", "inspectorate", identity(7)).ok());
        registry::RegistryOptions options;
        options.dataDir = registryDir.path();
        options.port = 0;
        options.threads = 2;
        auto started = registry::RegistryServer::start(options, registryLog.logger());
        REQUIRE(started.ok());
        registry = std::move(*started);

        relay::RelayConfig config = rt::testConfig(relayDir.path());
        config.upstreamUrl = rt::urlOf(registry->port());
        config.rootKey = registry->keys().root.publicKey;
        relay = rt::startRelay(config, relayLog.logger());
        REQUIRE(admin->addRelay(toHex(relay->receiptKey()), toHex(relay->receiptKey())).ok());
        REQUIRE(admin->publishDirectory(unixNow(), 30).ok());
        auto blob = admin->org().latestSignedDirectory();
        directory = *verifyDirectory(**blob, registry->keys().root.publicKey, static_cast<std::uint64_t>(unixNow()));
    }

    SealedReport seal(const Report& report, std::vector<std::string> excluded = {}) const
    {
        auto sealed = sealForDirectory(report, {}, directory, SealAddress{"13-bde", "nl", std::move(excluded)});
        REQUIRE(sealed.ok());
        return std::move(*sealed);
    }

    std::size_t registryCases()
    {
        auto lock = registry->store().lock();
        return static_cast<std::size_t>(*registry->store().db().queryInt("SELECT COUNT(*) FROM cases"));
    }
};

/// Signs in over HTTP as advisor `n`; returns the bearer token.
std::string signIn(rt::Client& client, const PublicKey& registryRoot, int n)
{
    const SigningKeyPair key = test::memberSignKey(n);
    HttpRequest challenge{"POST", "/v1/advisor/challenge", {{"Content-Type", "application/json"}},
                                 R"({"sign_key":")" + toHex(key.publicKey) + R"("})"};
    auto c = client.send(challenge);
    REQUIRE(c.ok());
    REQUIRE(c->status == 200);
    const auto nonceHex = json::value_to<std::string>(json::parse(c->body).at("nonce"));
    const Bytes nonce = *fromHex(nonceHex);
    const Signature sig = key.sign(signInStatement(registryRoot, nonce));
    HttpRequest session{"POST", "/v1/advisor/session", {{"Content-Type", "application/json"}},
                               R"({"sign_key":")" + toHex(key.publicKey) + R"(","nonce":")" + nonceHex
                                   + R"(","signature":")" + toHex(sig) + R"("})"};
    auto s = client.send(session);
    REQUIRE(s.ok());
    REQUIRE(s->status == 200);
    return json::value_to<std::string>(json::parse(s->body).at("token"));
}

HeaderList bearer(const std::string& token)
{
    return {{"Authorization", "Bearer " + token}};
}

} // namespace

TEST_CASE("reports filed at a relay become cases at the registry exactly once, with receipts from both",
          "[e2e][registry]")
{
    Deployment d;
    std::vector<SealedReport> sealed;
    for (const Report& r : {test::nearMissReport(), test::socialReport(), test::nearMissReport()})
        sealed.push_back(d.seal(r));
    std::vector<Bytes> batch;
    for (const auto& s : sealed)
        batch.push_back(s.envelope.bytes);

    rt::Client device(rt::urlOf(d.relay->port()));
    auto results = rt::ingestResults(device.postBatch(batch));
    REQUIRE(results.size() == 3);
    const auto trusted = d.directory.receiptKeys();
    for (std::size_t i = 0; i < 3; ++i) {
        REQUIRE(results[i].status == IngestStatus::Stored);
        auto receipt = decodeReceipt(results[i].receipt);
        REQUIRE(receipt.ok());
        CHECK(verifyReceipt(*receipt, sealed[i].envelope.reportId, sealed[i].envelope.envelopeHash, trusted).ok());
    }
    // The device retries (its answer was lost): nothing doubles anywhere.
    auto again = rt::ingestResults(device.postBatch(batch));
    CHECK(again[0].status == IngestStatus::Duplicate);
    CHECK(again[0].receipt == results[0].receipt);

    REQUIRE(rt::waitUntil([&] { return d.registryCases() == 3; }));
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    CHECK(d.registryCases() == 3);

    // A device can also hand envelopes straight to the registry; its receipts verify too.
    SealedReport direct = d.seal(test::nearMissReport());
    rt::Client toRegistry(rt::urlOf(d.registry->port()));
    auto directResult = rt::ingestResults(toRegistry.postBatch(std::vector<Bytes>{direct.envelope.bytes}));
    REQUIRE(directResult.at(0).status == IngestStatus::Stored);
    CHECK(verifyReceipt(*decodeReceipt(directResult[0].receipt), direct.envelope.reportId, direct.envelope.envelopeHash,
                        trusted)
              .ok());
}

TEST_CASE("an advisor signs in, sees only its cases, decrypts one locally, answers, and the device reads the answer",
          "[e2e][registry][advisor]")
{
    Deployment d;
    SealedReport social = d.seal(test::socialReport(), {"m4"}); // the reporter excludes m4
    SealedReport safety = d.seal(test::nearMissReport());
    rt::Client device(rt::urlOf(d.relay->port()));
    rt::ingestResults(device.postBatch(std::vector<Bytes>{social.envelope.bytes, safety.envelope.bytes}));
    REQUIRE(rt::waitUntil([&] { return d.registryCases() == 2; }));

    rt::Client console(rt::urlOf(d.registry->port()));
    CHECK(console.get("/v1/advisor/cases")->status == 401);
    const std::string token = signIn(console, d.registry->keys().root.publicKey, 3);
    auto list = console.get("/v1/advisor/cases", bearer(token));
    REQUIRE(list.ok());
    REQUIRE(list->status == 200);
    const json::array cases = json::parse(list->body).at("cases").as_array();
    REQUIRE(cases.size() == 1); // the social case only
    const std::int64_t caseId = cases[0].at("id").as_int64();
    CHECK(cases[0].at("category").as_string() == "bullying");
    CHECK(cases[0].at("clocks").at("contact").as_string() == "due_soon");

    // Statistics for advisors: two cases in all, so every cell is suppressed, never a number.
    auto stats = console.get("/v1/advisor/stats", bearer(token));
    REQUIRE(stats->status == 200);
    CHECK_THAT(stats->body, Catch::Contains("\"<5\""));
    CHECK(console.get("/v1/advisor/stats")->status == 401);

    // The excluded colleague and an outsider see nothing.
    const std::string m4 = signIn(console, d.registry->keys().root.publicKey, 4);
    CHECK(json::parse(console.get("/v1/advisor/cases", bearer(m4))->body).at("cases").as_array().empty());
    CHECK(console.get("/v1/advisor/cases/" + std::to_string(caseId) + "/envelope", bearer(m4))->status == 404);

    auto envelope = console.get("/v1/advisor/cases/" + std::to_string(caseId) + "/envelope", bearer(token));
    REQUIRE(envelope->status == 200);
    auto body = openBody(asBytes(envelope->body), test::memberBoxKey(3));
    REQUIRE(body.ok());
    CHECK(decodeReportBody(body->view())->report == test::socialReport());

    auto post = [&](const std::string& action, const std::string& json) {
        return console.send(HttpRequest{"POST", "/v1/advisor/cases/" + std::to_string(caseId) + "/" + action,
                                               {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}},
                                               json});
    };
    CHECK(post("transition", R"({"to":"in_progress"})")->status == 409);
    auto ack = post("transition", R"({"to":"acknowledged","action_id":"a-1"})");
    REQUIRE(ack->status == 200);
    CHECK(post("transition", R"({"to":"acknowledged","action_id":"a-1"})")->body == ack->body); // replayed
    CHECK(post("assign", R"({"assignee":"m4"})")->status == 409); // excluded by the reporter

    Message m{social.envelope.reportId, static_cast<std::uint64_t>(unixNow()), "m3", "Thank you for telling us."};
    const Bytes sealedReply = sealReply(m, test::memberSignKey(3), social.header.replyKey);
    // Larger than a mailbox item can carry: refused before it is stored, so no reader gets stuck.
    const auto tooLarge = post("reply", R"({"sealed":")" + toBase64Url(Bytes(kMaxFeedItemBytes + 1, 7)) + R"("})");
    CHECK(tooLarge->status == 400);
    CHECK_THAT(tooLarge->body, Catch::Contains("does not fit a mailbox item"));
    REQUIRE(post("reply", R"({"sealed":")" + toBase64Url(sealedReply) + R"(","action_id":"r-1"})")->status == 200);

    // The device asks its relay for the mailbox prefix; the relay fetched it from the registry.
    const MailboxId box = mailboxId(social.replyKey.publicKey);
    std::optional<OpenedReply> reply;
    REQUIRE(rt::waitUntil([&] {
        auto page = device.get("/v1/mailbox/" + mailboxPrefix(box) + "?after=0");
        if (!page || page->status != 200)
            return false;
        const json::value parsed = json::parse(page->body);
        for (const auto& item : parsed.at("items").as_array()) {
            auto data = fromBase64Url(json::value_to<std::string>(item.at("data")));
            if (auto opened = openReply(*data, social.replyKey))
                reply = *opened;
        }
        return reply.has_value();
    }));
    CHECK(reply->message.text == "Thank you for telling us.");
    CHECK(reply->signer == test::memberSignKey(3).publicKey);
}

TEST_CASE("a retaliation follow-up through the relay reopens the closed case for the advisor, a forged one changes nothing",
          "[e2e][registry][retaliation]")
{
    Deployment d;
    SealedReport social = d.seal(test::socialReport());
    rt::Client device(rt::urlOf(d.relay->port()));
    rt::ingestResults(device.postBatch(std::vector<Bytes>{social.envelope.bytes}));
    REQUIRE(rt::waitUntil([&] { return d.registryCases() == 1; }));

    rt::Client console(rt::urlOf(d.registry->port()));
    const std::string token = signIn(console, d.registry->keys().root.publicKey, 3);
    auto theCase = [&] {
        auto list = console.get("/v1/advisor/cases", bearer(token));
        REQUIRE(list->status == 200);
        return json::parse(list->body).at("cases").as_array().at(0).as_object();
    };
    const std::int64_t caseId = theCase().at("id").as_int64();
    auto post = [&](const std::string& action, const std::string& body) {
        return console.send(HttpRequest{"POST", "/v1/advisor/cases/" + std::to_string(caseId) + "/" + action,
                                        {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}},
                                        body});
    };
    REQUIRE(post("transition", R"({"to":"acknowledged"})")->status == 200);
    REQUIRE(post("transition", R"({"to":"closed","outcome":"referred"})")->status == 200);
    REQUIRE(theCase().at("state").as_string() == "closed");
    CHECK(theCase().at("retaliation_at").is_null());

    // Sealed as the field app seals a follow-up: to the original's readers, with the signal.
    auto followUp = [&](const RoutingHeader& original, const std::string& text) {
        std::vector<Recipient> readers;
        for (const auto& id : original.recipients)
            readers.push_back({id, test::memberBoxKey(std::stoi(id.substr(1))).publicKey});
        auto sealed = sealFollowUp(Message{{}, static_cast<std::uint64_t>(unixNow()), "", text}, original, readers,
                                   d.directory.routingKey, FollowUpSignal::Retaliation);
        REQUIRE(sealed.ok());
        return sealed->bytes;
    };
    // Someone who knows the report id (a relay does) but not the reply key: refused, nothing changes.
    RoutingHeader forged = d.seal(test::socialReport()).header;
    forged.reportId = social.header.reportId;
    rt::Client toRegistry(rt::urlOf(d.registry->port()));
    auto refused = rt::ingestResults(toRegistry.postBatch(std::vector<Bytes>{followUp(forged, "Reopen it.")}));
    CHECK(refused.at(0).status == IngestStatus::Invalid);
    CHECK(theCase().at("state").as_string() == "closed");
    CHECK(theCase().at("follow_ups").as_int64() == 0);

    // The reporter, through the relay: the case is open again, with the retaliation clock running.
    rt::ingestResults(device.postBatch(std::vector<Bytes>{followUp(social.header, "They took me off every duty.")}));
    REQUIRE(rt::waitUntil([&] { return theCase().at("state").as_string() == "in_progress"; }));
    const json::object reopened = theCase();
    CHECK(reopened.at("outcome").as_string() == "none");
    CHECK(reopened.at("closed_at").is_null());
    CHECK(reopened.at("retaliation_at").is_int64());
    CHECK(reopened.at("retaliation_due").as_int64() == reopened.at("retaliation_at").as_int64() + 24 * 3600);
    CHECK(reopened.at("clocks").at("retaliation").as_string() == "due_soon");
    auto history = console.get("/v1/advisor/cases/" + std::to_string(caseId) + "/history", bearer(token));
    REQUIRE(history->status == 200);
    CHECK_THAT(history->body, Catch::Contains("case.retaliation"));
    CHECK_THAT(history->body, Catch::Contains("reopened (closed -> in_progress)"));
    CHECK(history->body.find("duty") == std::string::npos);

    // The advisor opens the reporter's words; an answer after the signal meets its clock.
    auto messages = console.get("/v1/advisor/cases/" + std::to_string(caseId) + "/messages", bearer(token));
    REQUIRE(messages->status == 200);
    CHECK_THAT(messages->body, Catch::Contains("follow_up"));
    Message answer{social.envelope.reportId, static_cast<std::uint64_t>(unixNow()), "m3", "I will call you today."};
    REQUIRE(post("reply", R"({"sealed":")" + toBase64Url(sealReply(answer, test::memberSignKey(3), social.header.replyKey))
                              + R"("})")
                ->status
            == 200);
    CHECK(theCase().at("clocks").at("retaliation").as_string() == "met");
}

TEST_CASE("an advisor submits a lesson learned — once the operator approves it, devices fetch it signed",
          "[e2e][registry][advisor][bulletins]")
{
    Deployment d;
    rt::Client console(rt::urlOf(d.registry->port()));
    const std::string token = signIn(console, d.registry->keys().root.publicKey, 1);
    auto send = [&](const std::string& method, const std::string& body, const std::string& auth) {
        HttpRequest q{method, "/v1/advisor/bulletins", {{"Content-Type", "application/json"}}, body};
        if (!auth.empty())
            q.headers.emplace_back("Authorization", "Bearer " + auth);
        return console.send(q);
    };
    const std::string lesson = R"({"action_id":"b-1","kind":"lesson_learned","categories":["hazardous_substance_transport"],)"
                               R"("title_nl":"Lekkende vaten","title_en":"Leaking drums",)"
                               R"("text_nl":"Controleer elk vat.","text_en":"Check every drum."})";
    CHECK(send("POST", lesson, "")->status == 401);
    CHECK(send("POST", R"({"kind":"lesson_learned","categories":[],"title_nl":"a","title_en":"b","text_nl":"c","text_en":"d"})",
               token)->status == 422);
    CHECK(send("POST", R"({"kind":"lesson_learned","case_id":999,"categories":["diving"],"title_nl":"a","title_en":"b",)"
                       R"("text_nl":"c","text_en":"d"})",
               token)->status == 404);
    auto first = send("POST", lesson, token);
    REQUIRE(first->status == 200);
    CHECK(send("POST", lesson, token)->body == first->body); // the console's queue replays: one submission
    const std::int64_t id = json::parse(first->body).at("submission").at("id").as_int64();

    auto mine = send("GET", "", token);
    REQUIRE(mine->status == 200);
    const json::array list = json::parse(mine->body).at("submissions").as_array();
    REQUIRE(list.size() == 1);
    CHECK(list[0].at("state").as_string() == "pending");

    // Devices see nothing until the operator, with the root key, approves.
    rt::Client device(rt::urlOf(d.registry->port()));
    CHECK(json::parse(device.get("/v1/bulletins?after=0")->body).at("items").as_array().empty());
    auto admin = std::move(*registry::Admin::open(d.registryDir.path()));
    auto pending = admin->listSubmissions("pending");
    REQUIRE(pending.ok());
    CHECK_THAT(*pending, Catch::Contains("Leaking drums"));
    auto shown = admin->showSubmission(id);
    REQUIRE(shown.ok());
    CHECK_THAT(*shown, Catch::Contains("Controleer elk vat."));
    auto approved = admin->approveSubmission(id, unixNow());
    REQUIRE(approved.ok());
    CHECK_THAT(*approved, Catch::Contains("published as bulletin 1"));

    const json::array items = json::parse(device.get("/v1/bulletins?after=0")->body).at("items").as_array();
    REQUIRE(items.size() == 1);
    auto blob = fromBase64Url(json::value_to<std::string>(items[0].at("data")));
    REQUIRE(blob.ok());
    auto bulletin = verifyBulletin(*blob, d.registry->keys().root.publicKey);
    REQUIRE(bulletin.ok());
    CHECK(bulletin->titleEn == "Leaking drums");
    CHECK(json::parse(send("GET", "", token)->body).at("submissions").at(0).at("state").as_string() == "published");
}

TEST_CASE("with key holders an advisor's lesson is prepared by approve, signed by two holders and published as that "
          "submission, and a signed text that differs from it is refused",
          "[e2e][registry][bulletin][keyset]")
{
    Deployment d;
    rt::Client console(rt::urlOf(d.registry->port()));
    const std::string token = signIn(console, d.registry->keys().root.publicKey, 1);
    auto submit = [&](const std::string& action, const std::string& titleEn) {
        HttpRequest q{"POST", "/v1/advisor/bulletins", {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + token}},
                      R"({"action_id":")" + action + R"(","kind":"lesson_learned","categories":["diving"],)"
                          R"("title_nl":"Duiken","title_en":")" + titleEn + R"(","text_nl":"Altijd met z'n tweeën.",)"
                          R"("text_en":"Never dive alone."})"};
        auto answer = console.send(q);
        REQUIRE(answer->status == 200);
        return json::parse(answer->body).at("submission").at("id").as_int64();
    };
    const std::int64_t lesson = submit("b-1", "Diving");
    const std::int64_t other = submit("b-2", "Diving in pairs");

    auto admin = std::move(*registry::Admin::open(d.registryDir.path()));
    auto holder = [](int n) { return SigningKeyPair::fromSeed(test::seed("holder " + std::to_string(n))); };
    std::vector<std::string> holders;
    for (int n = 1; n <= 3; ++n)
        holders.push_back(toHex(holder(n).publicKey));
    REQUIRE(registry::initKeySet(*admin, holders, 2, unixNow()).ok());

    // The root key alone no longer publishes it; the refusal says what to do instead.
    auto alone = admin->approveSubmission(lesson, unixNow());
    REQUIRE_FALSE(alone.ok());
    CHECK_THAT(alone.error().message, Catch::Contains("bulletin approve " + std::to_string(lesson) + " --out FILE"));

    const std::filesystem::path file = d.registryDir.path() / "lesson.vgb";
    auto prepared = registry::prepareSubmissionFile(*admin, lesson, unixNow(), file);
    REQUIRE(prepared.ok());
    CHECK_THAT(*prepared, Catch::Contains("--submission " + std::to_string(lesson)));
    for (int n : {1, 3}) {
        auto doc = registry::readDocumentFile(file);
        REQUIRE(doc.ok());
        REQUIRE(registry::writeDocumentFile(file, addHolderSignature(*doc, holder(n)).value()).ok());
    }

    // Published as the other submission: refused, and nothing changes.
    rt::Client device(rt::urlOf(d.registry->port()));
    auto wrong = registry::publishSignedBulletin(*admin, file, unixNow(), other);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().kind == ErrorKind::Conflict);
    CHECK_THAT(wrong.error().message, Catch::Contains("does not say what submission " + std::to_string(other)));
    CHECK(json::parse(device.get("/v1/bulletins?after=0")->body).at("items").as_array().empty());
    CHECK_THAT(admin->listSubmissions("pending").value(), Catch::Contains("Diving in pairs"));

    auto published = registry::publishSignedBulletin(*admin, file, unixNow(), lesson);
    REQUIRE(published.ok());
    CHECK_THAT(*published, Catch::Contains("bulletin 1 published from submission " + std::to_string(lesson)));
    const json::array items = json::parse(device.get("/v1/bulletins?after=0")->body).at("items").as_array();
    REQUIRE(items.size() == 1);
    auto bulletin = verifyBulletin(fromBase64Url(json::value_to<std::string>(items[0].at("data"))).value(),
                                   registry::readPinnedKeySet(*admin).value());
    REQUIRE(bulletin.ok());
    CHECK(bulletin->titleEn == "Diving");
    CHECK_THAT(admin->showSubmission(lesson).value(), Catch::Contains("published as bulletin 1"));
    // Once published it cannot be approved again, by either way.
    CHECK_FALSE(registry::prepareSubmissionFile(*admin, lesson, unixNow(), file).ok());
    CHECK_THAT(admin->showSubmission(other).value(), Catch::Contains("pending"));
}

TEST_CASE("disabling an advisor with vigil-admin ends a signed-in console's access with its next request",
          "[e2e][registry][advisor][access]")
{
    Deployment d;
    SealedReport social = d.seal(test::socialReport());
    rt::Client toRegistry(rt::urlOf(d.registry->port()));
    REQUIRE(rt::ingestResults(toRegistry.postBatch(std::vector<Bytes>{social.envelope.bytes})).at(0).status
            == IngestStatus::Stored);
    rt::Client console(rt::urlOf(d.registry->port()));
    const std::string token = signIn(console, d.registry->keys().root.publicKey, 3);
    auto list = console.get("/v1/advisor/cases", bearer(token));
    REQUIRE(list->status == 200);
    const std::int64_t caseId = json::parse(list->body).at("cases").at(0).at("id").as_int64();
    const std::string path = "/v1/advisor/cases/" + std::to_string(caseId);

    // The operator's tool is another process on the same database; no directory is published.
    auto admin = std::move(*registry::Admin::open(d.registryDir.path()));
    REQUIRE(admin->setAdvisorActive("m3", false).ok());
    CHECK(console.get("/v1/advisor/cases", bearer(token))->status == 401);
    CHECK(console.get(path + "/envelope", bearer(token))->status == 401);
    CHECK(console.send(HttpRequest{"POST", path + "/notes",
                                          {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}},
                                          R"({"sealed":"AQID"})"})
              ->status
          == 401);

    // Taken out of the group instead: the colleague keeps access but loses this group's case.
    const std::string m4 = signIn(console, d.registry->keys().root.publicKey, 4);
    REQUIRE(console.get(path, bearer(m4))->status == 200);
    REQUIRE(admin->removeAdvisor("m4", "ca-pool").ok());
    CHECK(console.get(path, bearer(m4))->status == 404);
    CHECK(json::parse(console.get("/v1/advisor/cases", bearer(m4))->body).at("cases").as_array().empty());
}

TEST_CASE("an action id reused with other content is refused as a conflict, never answered with the first ok",
          "[e2e][registry][advisor][idempotency]")
{
    Deployment d;
    SealedReport social = d.seal(test::socialReport());
    SealedReport other = d.seal(test::socialReport());
    rt::Client toRegistry(rt::urlOf(d.registry->port()));
    rt::ingestResults(toRegistry.postBatch(std::vector<Bytes>{social.envelope.bytes, other.envelope.bytes}));
    rt::Client console(rt::urlOf(d.registry->port()));
    const std::string token = signIn(console, d.registry->keys().root.publicKey, 3);
    const json::array cases = json::parse(console.get("/v1/advisor/cases", bearer(token))->body).at("cases").as_array();
    REQUIRE(cases.size() == 2);
    auto post = [&](std::int64_t id, const std::string& action, const std::string& body) {
        return console.send(HttpRequest{"POST", "/v1/advisor/cases/" + std::to_string(id) + "/" + action,
                                               {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}},
                                               body});
    };
    const std::int64_t a = cases[0].at("id").as_int64();
    const std::int64_t b = cases[1].at("id").as_int64();
    auto first = post(a, "transition", R"({"action_id":"x-1","to":"acknowledged"})");
    REQUIRE(first->status == 200);
    // The same request again, its keys in another order: the stored answer.
    CHECK(post(a, "transition", R"({"to":"acknowledged","action_id":"x-1"})")->body == first->body);

    for (auto [id, action, body] : std::vector<std::tuple<std::int64_t, std::string, std::string>>{
             {a, "transition", R"({"action_id":"x-1","to":"closed","outcome":"unfounded"})"}, // another state
             {b, "transition", R"({"action_id":"x-1","to":"acknowledged"})"},                  // another case
             {a, "notes", R"({"action_id":"x-1","sealed":"AQID"})"}}) {                        // another action
        INFO(action << " on case " << id << ": " << body);
        auto reused = post(id, action, body);
        REQUIRE(reused.ok());
        CHECK(reused->status == 409);
        CHECK(json::parse(reused->body).at("error_kind").as_string() == "action_id_reused");
    }
    // Nothing of the refused requests happened.
    auto caseB = json::parse(console.get("/v1/advisor/cases/" + std::to_string(b), bearer(token))->body);
    CHECK(caseB.at("state").as_string() == "received");
    auto caseA = json::parse(console.get("/v1/advisor/cases/" + std::to_string(a), bearer(token))->body);
    CHECK(caseA.at("state").as_string() == "acknowledged");

    // A lesson learned under an id that already named another lesson.
    auto lesson = [&](const std::string& title) {
        return console.send(HttpRequest{
            "POST", "/v1/advisor/bulletins", {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}},
            R"({"action_id":"l-1","kind":"lesson_learned","categories":["bullying"],"title_nl":")" + title
                + R"(","title_en":")" + title + R"(","text_nl":"Tekst.","text_en":"Text."})"});
    };
    REQUIRE(lesson("Eerste")->status == 200);
    auto second = lesson("Tweede");
    CHECK(second->status == 409);
    CHECK_THAT(second->body, Catch::Contains("action_id_reused"));
}

TEST_CASE("the same action sent on several connections at once is done once, and every answer is the same",
          "[e2e][registry][advisor][idempotency]")
{
    Deployment d;
    SealedReport social = d.seal(test::socialReport());
    rt::Client toRegistry(rt::urlOf(d.registry->port()));
    rt::ingestResults(toRegistry.postBatch(std::vector<Bytes>{social.envelope.bytes}));
    rt::Client console(rt::urlOf(d.registry->port()));
    const std::string token = signIn(console, d.registry->keys().root.publicKey, 3);
    const std::int64_t caseId
        = json::parse(console.get("/v1/advisor/cases", bearer(token))->body).at("cases").at(0).at("id").as_int64();
    const std::string path = "/v1/advisor/cases/" + std::to_string(caseId);

    // A console that timed out and reconnected sends its queued note again on several
    // connections before the first answer came back.
    constexpr int kConnections = 6;
    std::vector<std::string> answers(kConnections);
    std::vector<std::thread> senders;
    for (int i = 0; i < kConnections; ++i)
        senders.emplace_back([&, i] {
            rt::Client c(rt::urlOf(d.registry->port()));
            auto r = c.send(HttpRequest{"POST", path + "/notes",
                                               {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}},
                                               R"({"action_id":"n-1","sealed":"AQIDBA"})"});
            answers[static_cast<std::size_t>(i)] = r ? std::to_string(r->status) + " " + r->body : r.error().message;
        });
    for (auto& t : senders)
        t.join();
    for (const auto& a : answers)
        CHECK(a == answers[0]);
    CHECK(answers[0].rfind("200 ", 0) == 0);
    const json::array messages
        = json::parse(console.get(path + "/messages", bearer(token))->body).at("messages").as_array();
    CHECK(messages.size() == 1);
}

TEST_CASE("the registry names itself vigil-registry in its Server header, and the relay still vigil-relay",
          "[e2e][registry]")
{
    Deployment d;
    rt::Client toRegistry(rt::urlOf(d.registry->port()));
    rt::Client toRelay(rt::urlOf(d.relay->port()));
    auto fromRegistry = toRegistry.get("/healthz");
    auto fromRelay = toRelay.get("/healthz");
    REQUIRE(fromRegistry.ok());
    REQUIRE(fromRelay.ok());
    CHECK(fromRegistry->header("Server") == "vigil-registry");
    CHECK(fromRelay->header("Server") == "vigil-relay");
    // An answer no route gave (the route table's 404) carries it too.
    auto missing = toRegistry.get("/no-such-route");
    REQUIRE(missing.ok());
    CHECK(missing->header("Server") == "vigil-registry");
}

TEST_CASE("the registry's /metrics shows the HTTP layer's counters beside its own, as the relay's does",
          "[e2e][registry]")
{
    Deployment d;
    rt::Client client(rt::urlOf(d.registry->port()));
    REQUIRE(client.get("/healthz").ok());
    auto metrics = client.get("/metrics");
    REQUIRE(metrics.ok());
    REQUIRE(metrics->status == 200);
    const std::string& text = metrics->body;
    // The registry's own, unchanged.
    CHECK(text.find("\nvigil_registry_requests_total ") != std::string::npos);
    // The HTTP layer's (shared/net/metrics.h), under the registry's prefix.
    for (const char* family : {"vigil_registry_connections", "vigil_registry_refusals_total",
                               "vigil_registry_idle_closed_total", "vigil_registry_request_duration_seconds"})
        CHECK(text.find(std::string("# TYPE ") + family + " ") != std::string::npos);
    CHECK(text.find("vigil_registry_refusals_total{reason=\"too_large\"} ") != std::string::npos);
    // The /healthz before it was timed: the session reads this request only after timing that one.
    CHECK(text.find("vigil_registry_request_duration_seconds_count 0\n") == std::string::npos);
    CHECK(text.find("vigil_registry_request_duration_seconds_count ") != std::string::npos);
}

TEST_CASE("support contacts set and published with vigil-admin reach a device through the relay whole and verified",
          "[e2e][registry][relay][support]")
{
    Deployment d;
    rt::Client device(rt::urlOf(d.relay->port()));
    CHECK(device.get("/v1/support")->status == 404);   // nothing published yet: the app keeps its fallback

    auto admin = std::move(*registry::Admin::open(d.registryDir.path()));
    const std::filesystem::path file = d.registryDir.path() / "support.json";
    auto write = [&](const std::vector<SupportContact>& contacts) {
        std::ofstream(file) << encodeSupportContactList(contacts);
    };
    std::vector<SupportContact> contacts = test::sampleSupportContacts().contacts;
    write(contacts);
    auto unknownUnit = setSupportContacts(*admin, file, unixNow());
    REQUIRE_FALSE(unknownUnit.ok());
    CHECK(unknownUnit.error().message == "support contact doctor-42: the organisation has no unit 42-battalion");
    for (auto& c : contacts)
        if (!c.unit.empty())
            c.unit = "13-bde";
    write(contacts);
    REQUIRE(setSupportContacts(*admin, file, unixNow()).ok());
    CHECK(device.get("/v1/support")->status == 404);   // a draft is not served
    auto published = publishSupportContacts(*admin, unixNow());
    REQUIRE(published.ok());
    CHECK_THAT(*published, Catch::Contains("support contacts 1 signed: 5 contacts"));

    // The relay fetches it on its next poll and serves the same bytes to every device.
    const PublicKey root = d.registry->keys().root.publicKey;
    std::optional<HttpResponse> served;
    REQUIRE(rt::waitUntil([&] {
        auto r = device.get("/v1/support");
        if (r && r->status == 200)
            served = *r;
        return served.has_value();
    }));
    auto doc = verifySupportContacts(asBytes(served->body), root);
    REQUIRE(doc.ok());
    CHECK(doc->serial == 1);
    CHECK(doc->contacts == contacts);
    const std::string etag(served->header("ETag"));
    CHECK(device.get("/v1/support", {{"If-None-Match", etag}})->status == 304);
    auto shown = showSupportContacts(*admin, false, false);
    REQUIRE(shown.ok());
    CHECK_THAT(*shown, Catch::Contains("emergency\t(organisation)\tEmergency number\t112"));

    // A document the root key did not sign never reaches the relay's cache: serial 1 stays.
    {
        SupportContacts forged = *doc;
        forged.serial = 7;
        forged.contacts[2].phone = "+31 900 0000";
        const Bytes blob = signSupportContacts(forged, test::relayKey());
        auto lock = d.registry->store().lock();
        auto stmt = d.registry->store().db().prepare("INSERT INTO support_documents(serial, issued, signed) VALUES (7, 1, ?)");
        REQUIRE(stmt.ok());
        stmt->bind(1, ByteView(blob));
        REQUIRE(stmt->run().ok());
    }
    REQUIRE(rt::waitUntil([&] { return d.relayLog.text().find("upstream document rejected") != std::string::npos; }));
    CHECK(verifySupportContacts(asBytes(device.get("/v1/support")->body), root)->serial == 1);
}

TEST_CASE("key holders: the relay follows the registry's hand-over, serves only a directory 2 of 3 signed, and reports "
          "sealed against it become cases",
          "[e2e][registry][relay][keyset]")
{
    Deployment d;
    rt::Client device(rt::urlOf(d.relay->port()));
    CHECK(device.get("/v1/keyset")->status == 404);   // never handed over

    auto admin = std::move(*registry::Admin::open(d.registryDir.path()));
    auto holder = [](int n) { return SigningKeyPair::fromSeed(test::seed("holder " + std::to_string(n))); };
    std::vector<std::string> holders;
    RootKeySet set;
    set.serial = 1;
    set.threshold = 2;
    for (int n = 1; n <= 3; ++n) {
        holders.push_back(toHex(holder(n).publicKey));
        set.holders.push_back(holder(n).publicKey);
    }
    REQUIRE(registry::initKeySet(*admin, holders, 2, unixNow()).ok());

    // The relay mirrors the rotation; it leads from the root key devices pinned to the holders.
    REQUIRE(rt::waitUntil([&] { return device.get("/v1/keyset")->status == 200; }));
    auto chain = decodeRotationChain(asBytes(device.get("/v1/keyset")->body));
    REQUIRE(chain.ok());
    CHECK(followKeySetRotations(RootKeySet(d.registry->keys().root.publicKey), *chain).value() == set);

    // Prepared, signed by one holder: the registry refuses it and nothing changes.
    const std::filesystem::path file = d.registryDir.path() / "directory.vgd";
    REQUIRE(registry::prepareDirectoryFile(*admin, unixNow(), 30, false, file).ok());
    auto sign = [&](int n) {
        auto doc = registry::readDocumentFile(file);
        REQUIRE(doc.ok());
        REQUIRE(registry::writeDocumentFile(file, addHolderSignature(*doc, holder(n)).value()).ok());
    };
    sign(1);
    auto refused = registry::publishSignedDirectory(*admin, file, unixNow());
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().message, Catch::Contains("1 of the 2 holder signatures"));
    CHECK(admin->org().newestDirectoryVersion().value() == 1);
    sign(3);
    REQUIRE(registry::publishSignedDirectory(*admin, file, unixNow()).ok());

    // The relay takes it (after following the rotation) and serves it as the holders signed it.
    const Bytes published = *registry::readDocumentFile(file);
    REQUIRE(rt::waitUntil([&] { return device.get("/v1/directory")->body == toString(published); }));
    auto directory = verifyDirectory(asBytes(device.get("/v1/directory")->body), set, static_cast<std::uint64_t>(unixNow()));
    REQUIRE(directory.ok());
    CHECK(directory->version == 2);

    // A report sealed against that directory becomes a case: the registry knows its signers.
    auto sealed = sealForDirectory(test::nearMissReport(), {}, *directory, SealAddress{"13-bde", "nl", {}});
    REQUIRE(sealed.ok());
    const std::vector<Bytes> batch{sealed->envelope.bytes};
    auto results = rt::ingestResults(device.postBatch(batch));
    REQUIRE(results.size() == 1);
    CHECK(results[0].status == IngestStatus::Stored);
    REQUIRE(rt::waitUntil([&] { return d.registryCases() == 1; }));

    // A directory one holder signed, slipped into the registry's table, never reaches the relay's cache.
    {
        Directory next = *directory;
        next.version = 3;
        const Bytes one = addHolderSignature(prepareDocument(kDirectoryMagic, encodeDirectory(next), set), holder(2)).value();
        auto lock = d.registry->store().lock();
        auto stmt = d.registry->store().db().prepare(
            "INSERT INTO directories(version, issued, expires, signed) VALUES (3, ?, ?, ?)");
        REQUIRE(stmt.ok());
        stmt->bind(1, static_cast<std::int64_t>(next.issued))
            .bind(2, static_cast<std::int64_t>(next.expires))
            .bind(3, ByteView(one));
        REQUIRE(stmt->run().ok());
    }
    REQUIRE(rt::waitUntil([&] {
        return d.relayLog.text().find("1 of the 2 holder signatures the key set requires") != std::string::npos;
    }));
    CHECK(device.get("/v1/directory")->body == toString(published));
}
