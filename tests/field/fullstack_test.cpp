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
#include "mobile/recoverymodel.h"
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
#include <iterator>
#include <map>

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

/// A registry with advisors m3 and m4 (ca-pool) for unit 13-bde, a relay in front of it, and a
/// published directory, as vigil-admin sets them up.
struct FullStack {
    FullStack()
    {
        REQUIRE(registry::Admin::init(registryDir.path(), {}, unixNow()));
        admin = std::move(*registry::Admin::open(registryDir.path()));
        REQUIRE(admin->addUnit(Unit{"13-bde", "13 Bde", "defence"}, true));
        auto identity = [](int n) {
            return encodeAdvisorIdentity(
                {vigil::test::memberBoxKey(n).publicKey, vigil::test::memberSignKey(n).publicKey});
        };
        REQUIRE(admin->addAdvisor("m3", "Advisor Bakker", "ca-pool", identity(3)));
        REQUIRE(admin->addAdvisor("m4", "Advisor Visser", "ca-pool", identity(4)));
        registry::RegistryOptions options;
        options.dataDir = registryDir.path();
        options.port = 0;
        options.threads = 2;
        registry = std::move(*registry::RegistryServer::start(options, registryLog.logger()));
        relay::RelayConfig config = rt::testConfig(relayDir.path());
        config.upstreamUrl = rt::urlOf(registry->port());
        config.rootKey = registry->keys().root.publicKey;
        relay = rt::startRelay(config, relayLog.logger());
        REQUIRE(admin->addRelay("relay-1", toHex(relay->receiptKey())));
        REQUIRE(admin->publishDirectory(unixNow(), 30));
    }
    ~FullStack()
    {
        relay->stop();
        registry->stop();
    }

    rt::TempDir registryDir;
    rt::TempDir relayDir;
    rt::LogCapture registryLog;
    rt::LogCapture relayLog;
    std::unique_ptr<registry::Admin> admin;
    std::unique_ptr<registry::RegistryServer> registry;
    std::unique_ptr<relay::RelayServer> relay;
};

/// The id of the first case advisor `token` sees, once there is one.
std::int64_t firstCase(rt::Client& console, const std::string& token)
{
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
    return caseId;
}

/// Advisor m3 answers case `caseId`, sealed to `replyKey`.
void answer(rt::Client& console, const std::string& token, std::int64_t caseId, const ReportId& reportId,
            const PublicKey& replyKey, const std::string& text, const std::string& actionId)
{
    Message m{reportId, static_cast<std::uint64_t>(unixNow()), "m3", text};
    auto posted = console.send(HttpRequest{
        "POST", "/v1/advisor/cases/" + std::to_string(caseId) + "/reply",
        {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}},
        R"({"sealed":")" + toBase64Url(sealReply(m, vigil::test::memberSignKey(3), replyKey)) + R"(","action_id":")"
            + actionId + R"("})"});
    REQUIRE(posted);
    REQUIRE(posted->status == 200);
}

} // namespace

TEST_CASE("full stack: file via a relay, a case at the registry, the advisor's answer back on the phone", "[e2e]")
{
    FullStack stack;
    auto& admin = stack.admin;
    auto& registry = stack.registry;
    auto& relay = stack.relay;
    const rt::TempDir& registryDir = stack.registryDir;
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
    const std::int64_t caseId = firstCase(console, token);
    auto summary = app->vault().get(slot::report(sealed.reportId));
    REQUIRE(summary);
    auto header = decodeRoutingHeader(decodeSummary(toString(summary->view()))->routingHeaderJson);
    REQUIRE(header);
    answer(console, token, caseId, sealed.reportId, header->replyKey, "Thank you for telling us.", "r-1");

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
}

TEST_CASE("full stack: a recovery code carries a conversation to another phone, which reads the answers and "
          "writes back into the same case",
          "[e2e][recovery]")
{
    FullStack stack;
    const std::string relayUrl = rt::urlOf(stack.relay->port());
    fixture::TestApp lost(fixture::TestApp::Provisioned{*stack.admin->enrollment(relayUrl, false),
                                                        static_cast<std::uint64_t>(unixNow())});
    fixture::TestApp replacement(fixture::TestApp::Provisioned{*stack.admin->enrollment(relayUrl, false),
                                                               static_cast<std::uint64_t>(unixNow())});
    const auto sealed = lost.seal(vigil::test::socialReport(), "13-bde");
    REQUIRE(lost.syncRound());
    rt::Client console(rt::urlOf(stack.registry->port()));
    const std::string token = signIn(console, stack.registry->keys().root.publicKey, 3);
    const std::int64_t caseId = firstCase(console, token);
    auto header = decodeRoutingHeader(
        decodeSummary(toString(lost->vault().get(slot::report(sealed.reportId))->view()))->routingHeaderJson);
    REQUIRE(header);
    answer(console, token, caseId, sealed.reportId, header->replyKey, "Can we talk on Tuesday?", "r-1");

    // The first phone makes the code (Argon2id off the GUI thread, as the page does).
    RecoveryModel* make = lost->recovery();
    QSignalSpy made(make, &RecoveryModel::made);
    make->make(QString::fromStdString(toHex(sealed.reportId)), "short");
    CHECK(make->error().contains("at least 10"));
    make->make(QString::fromStdString(toHex(sealed.reportId)), "blue tractor at dawn");
    REQUIRE(fixture::waitFor([&] { return made.count() == 1; }));
    const QString code = make->code();
    REQUIRE(code.startsWith("vigil-recovery-1:"));

    // The other phone: a wrong passphrase changes nothing; the right one lists the report.
    RecoveryModel* restore = replacement->recovery();
    QSignalSpy restored(restore, &RecoveryModel::restored);
    QSignalSpy changed(restore, &RecoveryModel::changed);
    restore->restore(code, "blue tractor at dusk");
    REQUIRE(fixture::waitFor([&] { return !restore->busy() && changed.count() >= 2; }));
    CHECK(restore->error().contains("passphrase does not open"));
    CHECK(replacement->store().outbox().empty());
    restore->restore(code, "blue tractor at dawn");
    REQUIRE(fixture::waitFor([&] { return restored.count() == 1; }));
    CHECK(restore->restoredReportId() == QString::fromStdString(toHex(sealed.reportId)));
    const auto row = replacement->store().outboxRowByReport(sealed.reportId);
    REQUIRE(row);
    CHECK(row->state == OutboxState::Registered);
    CHECK(row->envelope.empty());

    // It reads the answer given before the restore, and the next one.
    auto threadOn = [](fixture::TestApp& phone, const ReportId& id) {
        std::vector<ThreadMessage> thread;
        if (auto item = phone->vault().get(slot::thread(id)))
            thread = *decodeThread(toString(item->view()));
        return thread;
    };
    REQUIRE(rt::waitUntil(
        [&] {
            (void)replacement.syncRound();
            return threadOn(replacement, sealed.reportId).size() == 1;
        },
        std::chrono::seconds(20)));
    CHECK(threadOn(replacement, sealed.reportId)[0].text == "Can we talk on Tuesday?");
    answer(console, token, caseId, sealed.reportId, header->replyKey, "Room 4, at ten.", "r-2");
    REQUIRE(rt::waitUntil(
        [&] {
            (void)replacement.syncRound();
            return threadOn(replacement, sealed.reportId).size() == 2;
        },
        std::chrono::seconds(20)));

    // Its answer joins the same case; the registry sees a follow-up like any other.
    ConversationModel* conversation = replacement->conversation();
    conversation->open(QString::fromStdString(toHex(sealed.reportId)));
    QSignalSpy sent(conversation, &ConversationModel::sent);
    conversation->send("Ten is fine.");
    REQUIRE(fixture::waitFor([&] { return sent.count() == 1; }));
    REQUIRE(rt::waitUntil(
        [&] {
            (void)replacement.syncRound();
            auto page = console.get("/v1/advisor/cases", {{"Authorization", "Bearer " + token}});
            if (!page || page->status != 200)
                return false;
            const auto cases = json::parse(page->body).at("cases").as_array();
            return cases.size() == 1 && cases[0].at("follow_ups").as_int64() == 1;
        },
        std::chrono::seconds(20)));

    // A second restore of the same code on that phone is refused and changes nothing.
    restore->restore(code, "blue tractor at dawn");
    REQUIRE(fixture::waitFor([&] { return !restore->busy() && restore->error().contains("already"); }));
    CHECK(replacement->store().outbox().size() == 2);   // the report and its follow-up
}

TEST_CASE("full stack: an aftercare check-in falls due, the advisor's reply names the next one on the phone, and the "
          "reporter's decline stops the plan, audited",
          "[e2e][aftercare]")
{
    FullStack stack;
    fixture::TestApp app(fixture::TestApp::Provisioned{*stack.admin->enrollment(rt::urlOf(stack.relay->port()), false),
                                                       static_cast<std::uint64_t>(unixNow())});
    const auto sealed = app.seal(vigil::test::socialReport(), "13-bde");
    REQUIRE(app.syncRound());
    rt::Client console(rt::urlOf(stack.registry->port()));
    const std::string token = signIn(console, stack.registry->keys().root.publicKey, 3);
    const std::int64_t caseId = firstCase(console, token);
    const std::string path = "/v1/advisor/cases/" + std::to_string(caseId);
    const HeaderList auth{{"Authorization", "Bearer " + token}};
    auto theCase = [&] {
        auto page = console.get(path, auth);
        REQUIRE(page);
        REQUIRE(page->status == 200);
        return json::parse(page->body).as_object();
    };
    auto post = [&](const std::string& action, const std::string& body) {
        auto r = console.send(HttpRequest{"POST", path + "/" + action,
                                          {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}},
                                          body});
        REQUIRE(r);
        return r->status;
    };

    // The advisor plans a check-in in two seconds and one in thirty days.
    const std::int64_t soon = unixNow() + 2;
    const std::int64_t later = unixNow() + 30 * 86400;
    REQUIRE(post("checkins", R"({"checkins":[{"due":)" + std::to_string(later) + R"(},{"due":)"
                                 + std::to_string(soon) + R"(}],"action_id":"c-1"})")
            == 200);
    auto plan = theCase().at("aftercare").as_object();
    REQUIRE(plan.at("checkins").as_array().size() == 2);
    CHECK(plan.at("checkins").as_array()[0].at("due").as_int64() == soon);   // earliest first
    CHECK(plan.at("checkins").as_array()[0].at("status").as_string() == "planned");
    CHECK(plan.at("template").as_string() == "7d,1m,3m");                    // the social route's
    CHECK(post("checkins", R"({"template":true,"checkins":[{"due":5}]})") == 400);

    // It falls due: the registry's clock says so in the case list, as the inbox reads it.
    REQUIRE(rt::waitUntil(
        [&] {
            auto c = theCase();
            return c.at("aftercare").at("checkins").as_array()[0].at("status").as_string() == "due";
        },
        std::chrono::seconds(10)));
    CHECK(theCase().at("clocks").at("checkin").as_string() == "due_soon");

    // The advisor writes, naming the next moment as the console does; the check-in is done.
    auto header = decodeRoutingHeader(
        decodeSummary(toString(app->vault().get(slot::report(sealed.reportId))->view()))->routingHeaderJson);
    REQUIRE(header);
    Message m{sealed.reportId, static_cast<std::uint64_t>(unixNow()), "m3", "How are things since we spoke?"};
    m.checkIn = static_cast<std::uint64_t>(later);
    REQUIRE(post("reply", R"({"sealed":")" + toBase64Url(sealReply(m, vigil::test::memberSignKey(3), header->replyKey))
                              + R"(","action_id":"r-1"})")
            == 200);
    plan = theCase().at("aftercare").as_object();
    CHECK(plan.at("checkins").as_array()[0].at("status").as_string() == "done");
    CHECK(plan.at("next_checkin").as_int64() == later);

    // The phone reads the reply and shows the next check-in.
    ConversationModel* conversation = app->conversation();
    conversation->open(QString::fromStdString(toHex(sealed.reportId)));
    REQUIRE(rt::waitUntil(
        [&] {
            (void)app.syncRound();
            conversation->refresh();
            return conversation->nextCheckIn().isValid();
        },
        std::chrono::seconds(20)));
    CHECK(conversation->nextCheckIn().toSecsSinceEpoch() == later);
    CHECK_FALSE(conversation->contactDeclined());

    // The reporter declines further contact: a follow-up with the signal, through the relay.
    QSignalSpy sent(conversation, &ConversationModel::sent);
    conversation->declineContact();
    REQUIRE(fixture::waitFor([&] { return sent.count() == 1; }));
    CHECK(conversation->contactDeclined());
    CHECK_FALSE(conversation->nextCheckIn().isValid());
    REQUIRE(rt::waitUntil(
        [&] {
            (void)app.syncRound();
            return theCase().at("aftercare").at("stopped_at").is_int64();
        },
        std::chrono::seconds(20)));
    plan = theCase().at("aftercare").as_object();
    CHECK(plan.at("checkins").as_array()[1].at("status").as_string() == "stopped");
    CHECK(plan.at("next_checkin").is_null());
    CHECK_FALSE(theCase().at("clocks").as_object().contains("checkin"));
    auto history = console.get(path + "/history", auth);
    REQUIRE(history);
    CHECK_THAT(history->body, Catch::Contains("case.checkins_planned"));
    CHECK_THAT(history->body, Catch::Contains("case.aftercare_stopped"));
    CHECK_THAT(history->body, Catch::Contains("1 planned check-in(s) not held"));
    // Nothing more can be planned.
    CHECK(post("checkins", R"({"checkins":[{"due":)" + std::to_string(later + 86400) + R"(}]})") == 409);
}

TEST_CASE("full stack: a group that assigns by load gives the phone's report to its least loaded member, whose "
          "console sees it as assigned to them, and the capacity figures count it",
          "[e2e][autoassign]")
{
    FullStack stack;
    REQUIRE(stack.admin->setGroupAutoAssign("ca-pool", true, unixNow()));
    fixture::TestApp app(fixture::TestApp::Provisioned{*stack.admin->enrollment(rt::urlOf(stack.relay->port()), false),
                                                       static_cast<std::uint64_t>(unixNow())});
    rt::Client console(rt::urlOf(stack.registry->port()));
    const std::string m3 = signIn(console, stack.registry->keys().root.publicKey, 3);
    const std::string m4 = signIn(console, stack.registry->keys().root.publicKey, 4);
    // The cases each member's console lists, as {id: assignee}; the console marks those whose
    // assignee is its own member id "assigned to me" (advisor/caselistmodel.cpp).
    auto casesOf = [&](const std::string& token) {
        std::map<std::int64_t, std::string> out;
        auto list = console.get("/v1/advisor/cases", {{"Authorization", "Bearer " + token}});
        REQUIRE(list);
        REQUIRE(list->status == 200);
        const auto page = json::parse(list->body).as_object();
        CHECK(page.at("member_id").as_string() == (token == m3 ? "m3" : "m4"));
        for (const auto& c : page.at("cases").as_array())
            out[c.at("id").as_int64()] = json::value_to<std::string>(c.at("assignee"));
        return out;
    };

    // Both free: the first report goes to m3 (by member id) ...
    app.seal(vigil::test::socialReport(), "13-bde");
    REQUIRE(app.syncRound());
    REQUIRE(rt::waitUntil([&] { return casesOf(m3).size() == 1; }, std::chrono::seconds(20)));
    const auto [firstId, firstAssignee] = *casesOf(m3).begin();
    CHECK(firstAssignee == "m3");
    // ... and the second to m4, who has less open load now, though m3 comes first by id.
    app.seal(vigil::test::socialReport(), "13-bde");
    REQUIRE(app.syncRound());
    REQUIRE(rt::waitUntil([&] { return casesOf(m4).size() == 2; }, std::chrono::seconds(20)));
    const auto seen = casesOf(m4);
    CHECK(seen.at(firstId) == "m3");
    const std::int64_t secondId = std::prev(seen.end())->first;
    CHECK(seen.at(secondId) == "m4");
    auto history = console.get("/v1/advisor/cases/" + std::to_string(secondId) + "/history",
                               {{"Authorization", "Bearer " + m4}});
    REQUIRE(history);
    CHECK_THAT(history->body, Catch::Contains("assigned automatically by load to m4"));

    // The capacity figures: each has one open case; the pool two over two members.
    auto capacity = console.get("/v1/advisor/capacity", {{"Authorization", "Bearer " + m4}});
    REQUIRE(capacity);
    REQUIRE(capacity->status == 200);
    const auto figures = json::parse(capacity->body).as_object();
    CHECK(figures.at("format").as_string() == "vigil-capacity/1");
    std::map<std::string, std::int64_t> open;
    for (const auto& a : figures.at("advisors").as_array())
        open[json::value_to<std::string>(a.at("member"))] = a.at("open").as_int64();
    CHECK(open == std::map<std::string, std::int64_t>{{"m3", 1}, {"m4", 1}});
    bool pool = false;
    for (const auto& g : figures.at("groups").as_array()) {
        if (g.at("group").as_string() != "ca-pool")
            continue;
        pool = true;
        CHECK(g.at("auto_assign").as_bool());
        CHECK(g.at("members").as_int64() == 2);
        CHECK(g.at("open").as_int64() == 2);
        CHECK(g.at("open_per_member").as_double() == 1.0);
    }
    CHECK(pool);
    auto anonymous = console.get("/v1/advisor/capacity");
    REQUIRE(anonymous);
    CHECK(anonymous->status == 401);
    auto badMonth = console.get("/v1/advisor/capacity?from=2026-13", {{"Authorization", "Bearer " + m4}});
    REQUIRE(badMonth);
    CHECK(badMonth->status == 400);
}
