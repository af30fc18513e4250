// SPDX-License-Identifier: EUPL-1.2
// vigil-demo: the simulated people behind `scripts/demo --headless`.
//   vigil-demo advisors --out DIR        make demo advisors' keys; print "id group name identity" lines
//   vigil-demo scenario …                a device gets filing tokens (demotokens.h) and files the
//                                        example reports with them through a relay; advisors
//                                        sign in to the registry, read and answer; the device reads
//                                        the answer; the real counts are printed at the end.
//   vigil-demo pdca --work DIR           two seeded years of near misses through a registry of its
//                                        own, alerts, measures and their effect check (pdcademo.h)
// The servers of `scenario` are the real ones, started by scripts/demo as separate processes;
// `pdca` runs the real registry in this process, because it moves the registry's clock.

#include "tests/support/blockingclient.h"
#include "advisorsignin.h"
#include "demotokens.h"
#include "pdcademo.h"
#include "testdataimport.h"

#include "shared/feed.h"
#include "shared/identity.h"
#include "shared/message.h"
#include "shared/provisioning.h"
#include "shared/receipt.h"
#include "shared/reportbody.h"
#include "shared/routing.h"
#include "shared/seal.h"
#include "shared/sealfordirectory.h"
#include "shared/storage/keyfile.h"

#include <boost/json.hpp>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

using namespace vigil;
namespace json = boost::json;
namespace fs = std::filesystem;

namespace {

struct DemoAdvisor {
    const char* id;
    const char* group;
    const char* name;
};

constexpr DemoAdvisor kAdvisors[] = {
    {"so-jansen", "so-13-bde", "Safety officer Jansen"}, {"ca-bakker", "ca-pool", "Advisor Bakker"},
    {"ca-visser", "ca-pool", "Advisor Visser"},          {"int-mulder", "integrity-desk", "Investigator Mulder"},
    {"insp-deboer", "inspectorate", "Inspector De Boer"},
};

/// Tokens the demo device asks for: its six reports, a follow-up and a retaliation signal, and
/// a few to spare.
constexpr std::size_t kDemoTokenBatch = 10;

std::int64_t unixNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

template <typename T>
T orDie(Result<T> r, const std::string& what)
{
    if (!r) {
        std::fprintf(stderr, "demo: %s: %s\n", what.c_str(), r.error().message.c_str());
        std::exit(1);
    }
    return std::move(*r);
}

int makeAdvisors(const fs::path& out)
{
    fs::create_directories(out);
    for (const auto& a : kAdvisors) {
        const KeySeed box = randomSeed();
        const KeySeed sign = randomSeed();
        if (auto s = writeSeedFile(out / (std::string(a.id) + ".box.key"), box); !s)
            orDie(Result<bool>(s.error()), a.id);
        if (auto s = writeSeedFile(out / (std::string(a.id) + ".sign.key"), sign); !s)
            orDie(Result<bool>(s.error()), a.id);
        const AdvisorIdentity identity{BoxKeyPair::fromSeed(box.view()).publicKey,
                                       SigningKeyPair::fromSeed(sign.view()).publicKey};
        std::printf("%s %s %s|%s\n", a.id, a.group, encodeAdvisorIdentity(identity).c_str(), a.name);
    }
    return 0;
}

struct AdvisorKeys {
    BoxKeyPair box;
    SigningKeyPair sign;
};

AdvisorKeys loadAdvisor(const fs::path& dir, const std::string& id)
{
    auto box = orDie(readSeedFile(dir / (id + ".box.key")), id);
    auto sign = orDie(readSeedFile(dir / (id + ".sign.key")), id);
    return {BoxKeyPair::fromSeed(box.seed.view()), SigningKeyPair::fromSeed(sign.seed.view())};
}

/// Signs in as an advisor (challenge-response); returns the bearer header.
HeaderList advisorSignIn(tools::BlockingClient& registry, const PublicKey& root, const SigningKeyPair& key)
{
    return orDie(tools::signIn(registry, root, key), "sign-in");
}

struct Filed {
    SealedReport sealed;
    Report report;
};

/// Aftercare (issue 16 §2): ca-bakker plans a check-in that falls due at once and one a week
/// later. Returns the later moment, to name in the reply, once the first is due (0: it never was).
std::int64_t planCheckIns(tools::BlockingClient& registry, const HeaderList& auth, const std::string& base)
{
    const std::int64_t next = unixNow() + 7 * 86400;
    const auto planned = orDie(registry.postJson(base + "/checkins",
                                                 R"({"checkins":[{"due":)" + std::to_string(unixNow() + 2)
                                                     + R"(},{"due":)" + std::to_string(next)
                                                     + R"(}],"action_id":"demo-c1"})",
                                                 auth),
                               "check-ins");
    for (int attempt = 0; planned.status == 200 && attempt < 50; ++attempt) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        auto page = registry.get(base, auth);
        if (!page || page->status != 200)
            continue;
        const json::value c = json::parse(page->body);
        if (c.at("aftercare").at("checkins").as_array().at(0).at("status").as_string() == "due")
            return next;
    }
    std::printf("demo: the check-in did not fall due\n");
    return 0;
}

/// The check-in line: the reply met the due check-in, the device shows the next one it named,
/// and the reporter's answer (more contact) marks the case.
void showCheckIn(tools::BlockingClient& registry, const HeaderList& auth, const std::string& base,
                 std::uint64_t shownOnDevice)
{
    for (int attempt = 0; attempt < 300; ++attempt) {
        auto page = registry.get(base, auth);
        if (page && page->status == 200) {
            const json::value c = json::parse(page->body);
            const auto& aftercare = c.at("aftercare");
            if (aftercare.at("contact_wanted").as_bool()
                && aftercare.at("checkins").as_array().at(0).at("status").as_string() == "done") {
                const std::chrono::sys_days day = std::chrono::floor<std::chrono::days>(
                    std::chrono::sys_seconds{std::chrono::seconds{static_cast<std::int64_t>(shownOnDevice)}});
                const std::chrono::year_month_day ymd{day};
                std::printf("demo: check-in: ca-bakker's reply met the check-in that fell due and named the next "
                            "(%04d-%02u-%02u), which the device reads; the reporter answered \"more contact\" and the "
                            "case is marked for contact\n",
                            static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                            static_cast<unsigned>(ymd.day()));
                return;
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    std::printf("demo: the reporter's answer to the check-in did not reach the case within 30 s\n");
}

/// Polls the device's mailbox at its relay, as the app syncs, for up to 30 s until a reply
/// the reply key opens satisfies `wanted`; that reply, or nothing.
std::optional<OpenedReply> awaitReply(tools::BlockingClient& relay, const BoxKeyPair& replyKey,
                                      const std::function<bool(const OpenedReply&)>& wanted)
{
    const MailboxId box = mailboxId(replyKey.publicKey);
    for (int attempt = 0; attempt < 300; ++attempt) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        auto page = relay.get("/v1/mailbox/" + mailboxPrefix(box) + "?after=0");
        if (!page || page->status != 200)
            continue;
        auto items = orDie(decodeFeedPage(page->body, Feed::Mailbox), "mailbox page");
        for (const auto& item : items.items)
            if (auto r = openReply(item.data, replyKey); r && wanted(*r))
                return *r;
    }
    return std::nullopt;
}

/// The reporter answers the advisor: a follow-up sealed to the report's readers, through the
/// relay. The registry keeps it with the case (not as a case of its own); the advisor reads it.
/// It says yes to the talk the advisor offered, so it carries the `more_contact` signal.
void followUp(tools::BlockingClient& relay, tools::BlockingClient& registry, const HeaderList& auth,
              const AdvisorKeys& advisor, const Directory& directory, const Filed& original, const std::string& base,
              const TokenBinder& token)
{
    const auto readers = orDie(followUpRecipients(directory, original.sealed.header), "follow-up readers");
    const Message answer{{}, 0, "", "Yes, Thursday after duty works for me."};
    // A follow-up spends a token like a report: a relay cannot tell them apart (protocol.md §11.3).
    const auto sealed = orDie(
        sealFollowUp(answer, original.sealed.header, readers, directory.routingKey, FollowUpSignal::MoreContact, token),
        "follow-up");
    const ByteView view = sealed.bytes;
    const auto stored = orDie(relay.upload(std::span<const ByteView>(&view, 1)), "follow-up upload");
    std::printf("demo: the reporter answered from the app; the relay acknowledged it (%s)\n",
                std::string(enumName(stored.at(0).status)).c_str());
    for (int attempt = 0; attempt < 300; ++attempt) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        auto page = registry.get(base + "/messages", auth);
        if (!page || page->status != 200)
            continue;
        const json::value parsed = json::parse(page->body); // kept: the loop reads into it
        for (const auto& m : parsed.at("messages").as_array()) {
            if (m.at("kind").as_string() != "follow_up")
                continue;
            auto data = fromBase64Url(json::value_to<std::string>(m.at("sealed")));
            if (auto read = data ? openFollowUp(*data, advisor.box) : Result<Message>(Error{"unreadable"})) {
                std::printf("demo: ca-bakker reads the reporter's answer in the same case: \"%s\"\n", read->text.c_str());
                return;
            }
        }
    }
    std::printf("demo: the reporter's answer did not reach the case within 30 s\n");
}

/// Later the reporter says they face consequences for the report (issue 16 §3): a follow-up
/// whose sealed header carries the retaliation signal. The registry marks the case and gives the
/// advisor 24 hours to answer; the console shows it on top.
void signalRetaliation(tools::BlockingClient& relay, tools::BlockingClient& registry, const HeaderList& auth,
                       const Directory& directory, const Filed& original, const std::string& base,
                       const TokenBinder& token)
{
    const auto readers = orDie(followUpRecipients(directory, original.sealed.header), "retaliation readers");
    const Message signal{{}, 0, "", "Since my report I am no longer put on exercises."};
    const auto sealed = orDie(sealFollowUp(signal, original.sealed.header, readers, directory.routingKey,
                                           FollowUpSignal::Retaliation, token),
                              "retaliation signal");
    const ByteView view = sealed.bytes;
    (void)orDie(relay.upload(std::span<const ByteView>(&view, 1)), "retaliation upload");
    for (int attempt = 0; attempt < 300; ++attempt) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        auto page = registry.get(base, auth);
        if (!page || page->status != 200)
            continue;
        const json::object c = json::parse(page->body).as_object();
        if (!c.contains("retaliation_due") || !c.at("retaliation_due").is_int64())
            continue;
        const auto hours = (c.at("retaliation_due").as_int64() - c.at("retaliation_at").as_int64()) / 3600;
        std::printf("demo: the reporter signalled consequences of the report; the case is marked \"retaliation\" and "
                    "an answer is due within %lld hours\n",
                    static_cast<long long>(hours));
        return;
    }
    std::printf("demo: the retaliation signal did not reach the case within 30 s\n");
}

/// The advisor closes the case and says so in a last reply; the reporter's app, reading the
/// `closed` flag, offers the three optional questions of issue 16 §4 and sends the answers as a
/// follow-up. The registry shows the advisor only that they were answered: the answers count
/// in statistics, in groups of at least five cases.
void closeAndAskFeedback(tools::BlockingClient& relay, tools::BlockingClient& registry, const HeaderList& auth,
                         const AdvisorKeys& advisor, const Directory& directory, const Filed& original,
                         const std::string& base, const TokenBinder& token)
{
    Message last{original.sealed.envelope.reportId, static_cast<std::uint64_t>(unixNow()), "ca-bakker",
                 "I have passed this on to the integrity desk, with your consent. I am closing the case; you can "
                 "still write to me here."};
    last.closed = true;
    const Bytes reply = sealReply(last, advisor.sign, original.sealed.header.replyKey);
    orDie(registry.postJson(base + "/reply", R"({"sealed":")" + toBase64Url(reply) + R"(","action_id":"demo-r2"})", auth),
          "closing reply");
    orDie(registry.postJson(base + "/transition", R"({"to":"closed","outcome":"referred","action_id":"demo-close"})",
                            auth),
          "close");
    // The device sees the closing reply at its next sync.
    if (!awaitReply(relay, original.sealed.replyKey, [](const OpenedReply& r) { return r.message.closed; })) {
        std::printf("demo: the device did not receive the closing reply within 30 s\n");
        return;
    }
    const SurveyAnswers answers{4, ReportAgain::Yes, 2};
    const auto readers = orDie(followUpRecipients(directory, original.sealed.header), "survey readers");
    // The words the app puts beside the answers: the readers see that the reporter answered.
    const Message said{{}, 0, "", "I answered the questions on how my report was handled."};
    const auto sealed = orDie(
        sealSurveyFollowUp(said, original.sealed.header, readers, directory.routingKey, answers, token), "survey answers");
    const ByteView view = sealed.envelope.bytes;
    (void)orDie(relay.upload(std::span<const ByteView>(&view, 1)), "survey upload");
    for (int attempt = 0; attempt < 300; ++attempt) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        auto page = registry.get(base + "/history", auth);
        if (!page || page->status != 200 || page->body.find(R"("case.survey")") == std::string::npos)
            continue;
        std::printf("demo: feedback: ca-bakker closed the case and said so; the app asked the three optional questions "
                    "and the reporter answered (felt heard %d of 5, would report again: %s, fear of consequences %d "
                    "of 5); the case shows only \"the reporter answered the survey\", the answers count in "
                    "statistics of 5 or more cases\n",
                    answers.heard, std::string(enumName(answers.again)).c_str(), answers.fear);
        return;
    }
    std::printf("demo: the survey answers did not reach the case within 30 s\n");
}

/// The safety officer closes the leaking-jerrycan near miss and submits a de-identified lesson for every
/// device; it waits for the operator (scripts/demo approves it with vigil-admin).
void submitLesson(tools::BlockingClient& registry, const PublicKey& root, const fs::path& advisorDir,
                  const std::vector<Filed>& filed)
{
    const AdvisorKeys jansen = loadAdvisor(advisorDir, "so-jansen");
    const auto auth = advisorSignIn(registry, root, jansen.sign);
    const json::value list = json::parse(orDie(registry.get("/v1/advisor/cases", auth), "case list").body);
    for (const auto& c : list.at("cases").as_array()) {
        // The leaking jerrycan: the lesson below is about it.
        if (c.at("category").as_string() != "hazardous_substance_transport")
            continue;
        const std::int64_t id = c.at("id").as_int64();
        const std::string base = "/v1/advisor/cases/" + std::to_string(id);
        orDie(registry.postJson(base + "/transition", R"({"to":"acknowledged","action_id":"demo-l1"})", auth), "ack");
        orDie(registry.postJson(base + "/transition", R"({"to":"closed","outcome":"referred","action_id":"demo-l2"})",
                                auth),
              "close");
        json::object lesson{{"action_id", "demo-l3"},
                            {"case_id", id},
                            {"kind", "lesson_learned"},
                            {"categories", json::array{c.at("category")}},
                            {"title_nl", "Lading altijd sjorren, ook voor korte ritten"},
                            {"title_en", "Always lash the load, even for short trips"},
                            {"text_nl", "Een niet gesjorde lading verschoof en een jerrycan ging lekken. Controleer "
                                        "spanbanden voor vertrek en na elke stop."},
                            {"text_en", "An unlashed load shifted and a jerrycan started leaking. Check the straps "
                                        "before leaving and after every stop."}};
        auto answer = orDie(registry.postJson("/v1/advisor/bulletins", json::serialize(lesson), auth), "lesson");
        if (answer.status == 200)
            std::printf("demo: so-jansen closed case %lld (the leaking jerrycan) and submitted a lesson learned; it waits for the "
                        "operator's approval\n",
                        static_cast<long long>(id));
        else
            std::printf("demo: the lesson was refused: %s\n", answer.body.c_str());
        return;
    }
    (void)filed;
}

/// What the registry holds, read through its public APIs, never its database: the cases it
/// made (GET /metrics, as an operator's monitoring reads it) and which of the filed reports are
/// among the cases the demo's advisors see (GET /v1/advisor/cases, each case's report_id).
struct RegistryCount {
    std::int64_t cases = 0;
    std::int64_t matching = 0;
};

std::optional<RegistryCount> countAtRegistry(tools::BlockingClient& registry, const std::vector<HeaderList>& advisors,
                                             const std::set<std::string>& filedIds)
{
    auto metrics = registry.get("/metrics");
    if (!metrics || metrics->status != 200)
        return std::nullopt;
    constexpr std::string_view stored = "\nvigil_registry_envelopes_stored_total ";
    const auto at = metrics->body.find(stored);
    if (at == std::string::npos)
        return std::nullopt;
    RegistryCount count;
    count.cases = std::strtoll(metrics->body.c_str() + at + stored.size(), nullptr, 10);
    std::set<std::string> seen;
    for (const HeaderList& auth : advisors) {
        auto list = registry.get("/v1/advisor/cases", auth);
        if (!list || list->status != 200)
            return std::nullopt;
        const json::value parsed = json::parse(list->body); // kept: the loop reads into it
        for (const auto& c : parsed.at("cases").as_array())
            seen.insert(json::value_to<std::string>(c.at("report_id")));
    }
    for (const std::string& id : seen)
        count.matching += filedIds.contains(id) ? 1 : 0;
    return count;
}

/// The door is shut: an envelope sealed without a token, sent by someone who holds none, is
/// refused by the relay (tokens.require = true) before anything of it touches its disk.
void refuseTokenless(tools::BlockingClient& relay, const Report& report, const Directory& directory)
{
    const auto bare = orDie(sealForDirectory(report, {}, directory, SealAddress{"13-bde", "en", {}}), "sealing");
    const ByteView view = bare.envelope.bytes;
    const auto answer = orDie(relay.upload(std::span<const ByteView>(&view, 1)), "tokenless upload");
    if (answer.at(0).status == IngestStatus::Stored)
        std::printf("demo: an envelope without a filing token was STORED by the relay: the door is open\n");
    else
        std::printf("demo: an envelope sealed without a filing token was refused by the relay (%s: %s)\n",
                    std::string(enumName(answer.at(0).status)).c_str(), answer.at(0).reason.c_str());
}

/// One sample of a Prometheus text page ("name{labels} value"), or nullopt.
std::optional<std::int64_t> metric(const std::string& page, std::string_view sample)
{
    const std::string key = "\n" + std::string(sample) + " ";
    const auto at = page.find(key);
    if (at == std::string::npos)
        return std::nullopt;
    return std::strtoll(page.c_str() + at + key.size(), nullptr, 10);
}

/// The tokens line: issued as the device finalised them (what the registry signed for it);
/// spent and refused as the relay counted them (GET /metrics): with tokens.require = true every
/// envelope it stored spent a verified token, and what it refused is its invalid count. True
/// when the relay's and the device's figures agree.
bool printTokenCounts(tools::BlockingClient& relay, const tools::DemoTokens& stock)
{
    auto page = relay.get("/metrics");
    const std::string body = page && page->status == 200 ? page->body : std::string();
    const auto stored = metric(body, R"(vigil_relay_envelopes_total{result="stored"})");
    const auto refused = metric(body, R"(vigil_relay_envelopes_total{result="invalid"})");
    const auto tokenless = metric(body, "vigil_relay_tokenless_stored_total");
    if (!stored || !refused || !tokenless) {
        std::fprintf(stderr, "demo: the relay's metrics are unreadable\n");
        return false;
    }
    std::printf("tokens: issued %zu, spent %lld, refused %lld\n", stock.issued(), static_cast<long long>(*stored),
                static_cast<long long>(*refused));
    if (*stored != static_cast<std::int64_t>(stock.spent()) || *tokenless != 0 || *refused != 1) {
        std::fprintf(stderr, "demo: the relay stored %lld envelopes (%lld without a token) and refused %lld; the device "
                             "spent %zu tokens and sent one tokenless envelope\n",
                     static_cast<long long>(*stored), static_cast<long long>(*tokenless),
                     static_cast<long long>(*refused), stock.spent());
        return false;
    }
    return true;
}

int scenario(const fs::path& provisioningFile, const std::string& relayUrl, const std::string& registryUrl,
             const fs::path& advisorDir, const std::string& reportsFile)
{
    // --- the device ---------------------------------------------------------------------
    std::ifstream in(provisioningFile);
    std::stringstream text;
    text << in.rdbuf();
    const auto enrolled = orDie(decodeProvisioning(text.str(), static_cast<std::uint64_t>(unixNow())), "enrolment");
    const Directory& directory = *enrolled.directory;
    std::size_t members = 0;
    for (const auto& g : directory.groups)
        members += g.members.size();
    std::printf("demo: device enrolled: root key %s…, directory v%u with %zu groups and %zu advisors\n",
                toHex(enrolled.provisioning.rootKey).substr(0, 16).c_str(), directory.version, directory.groups.size(),
                members);

    // --- filing tokens, as the field app gets them at sync (docs/protocol.md §11.2) -------------
    auto relay = orDie(tools::BlockingClient::connect(relayUrl), "relay");
    // Signed by the root key, or — with key holders — by the online key the directory certifies.
    const DocumentSigners signers(enrolled.provisioning.documentKeys(), directory.onlineKey);
    auto stock = orDie(tools::DemoTokens::fetchKeys(relay, signers), "issuer keys");
    const unsigned registered = orDie(stock.registerCredential(relay, enrolled.provisioning.enrolCode), "registration");
    std::printf("demo: device registered its token credential through the relay with its single-use enrolment code "
                "(HTTP %u)\n", registered);
    const std::size_t got = orDie(stock.request(relay, kDemoTokenBatch, unixNow()), "filing tokens");
    std::printf("demo: device got %zu filing tokens through the relay: blinded, so the registry signed them without "
                "seeing them (issuer epoch %u)\n",
                got, stock.epoch());

    const auto reports = orDie(tools::importTestReports(reportsFile), "example reports");
    std::vector<Filed> filed;
    for (const Report& report : reports) {
        filed.push_back(
            {orDie(sealForDirectory(report, {}, directory, SealAddress{"13-bde", "en", {}}, stock.binder()), "sealing"),
             report});
    }
    std::printf("demo: device sealed %zu reports on the device, each with its own token (each envelope %zu bytes after "
                "padding)\n",
                filed.size(), filed.front().sealed.envelope.bytes.size());

    std::vector<ByteView> batch;
    for (const auto& f : filed)
        batch.push_back(f.sealed.envelope.bytes);
    const auto results = orDie(relay.upload(batch), "upload");
    const auto trusted = directory.receiptKeys();
    std::size_t delivered = 0;
    for (std::size_t i = 0; i < filed.size(); ++i) {
        const auto& s = filed[i].sealed.envelope;
        auto receipt = decodeReceipt(results[i].receipt);
        if (results[i].status == IngestStatus::Stored && receipt
            && verifyReceipt(*receipt, s.reportId, s.envelopeHash, trusted).ok()) {
            ++delivered;
            std::printf("demo:   %-18s %-30s receipt %s (verified)\n", std::string(enumName(filed[i].report.kind)).c_str(),
                        std::string(enumName(filed[i].report.category)).c_str(), receiptCode(s.envelopeHash).c_str());
        }
    }
    std::printf("demo: relay acknowledged %zu of %zu with receipts that verify against the signed directory\n",
                delivered, filed.size());
    const auto again = orDie(relay.upload(batch), "second upload");
    std::size_t sameReceipt = 0;
    for (std::size_t i = 0; i < again.size(); ++i)
        sameReceipt += again[i].status == IngestStatus::Duplicate && again[i].receipt == results[i].receipt ? 1u : 0u;
    std::printf("demo: device sent the batch again (as after a lost answer): %zu duplicates with the same receipts\n",
                sameReceipt);
    refuseTokenless(relay, reports.front(), directory);

    // --- the registry, through the relay's forwarder ---------------------------------------
    auto registry = orDie(tools::BlockingClient::connect(registryUrl), "registry");
    std::vector<HeaderList> advisorAuth;
    for (const auto& a : kAdvisors)
        advisorAuth.push_back(advisorSignIn(registry, enrolled.provisioning.rootKey, loadAdvisor(advisorDir, a.id).sign));
    std::set<std::string> ids;
    for (const auto& f : filed)
        ids.insert(toHex(f.sealed.envelope.reportId));
    std::int64_t cases = 0;
    std::int64_t matching = 0;
    // Until the counter has caught up too: the registry counts a case after its commit, so a
    // case list read after the counter can already show a case the counter does not yet.
    for (int attempt = 0; attempt < 300 && (matching < static_cast<std::int64_t>(filed.size()) || cases < matching);
         ++attempt) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        if (const auto count = countAtRegistry(registry, advisorAuth, ids)) {
            cases = count->cases;
            matching = count->matching;
        }
    }
    std::printf("demo: the relay forwarded them; the registry opened the routing headers and made %lld cases\n",
                static_cast<long long>(cases));

    // --- advisors ----------------------------------------------------------------------------
    for (std::size_t n = 0; n < std::size(kAdvisors); ++n) {
        const auto& a = kAdvisors[n];
        const AdvisorKeys keys = loadAdvisor(advisorDir, a.id);
        const HeaderList& auth = advisorAuth[n];
        auto list = orDie(registry.get("/v1/advisor/cases", auth), "case list");
        const json::value parsed = json::parse(list.body);
        const auto& mine = parsed.at("cases").as_array();
        std::string headlines;
        for (const auto& c : mine) {
            const std::int64_t id = c.at("id").as_int64();
            auto env = orDie(registry.get("/v1/advisor/cases/" + std::to_string(id) + "/envelope", auth), "envelope");
            auto body = openBody(asBytes(env.body), keys.box);
            if (body)
                if (auto decoded = decodeReportBody(body->view()))
                    headlines += "\n         case " + std::to_string(id) + " [" + json::value_to<std::string>(c.at("state"))
                                 + "] \"" + decoded->report.headline + "\"";
        }
        std::printf("demo: %s (%s) signed in; %zu case(s), decrypted on the advisor's machine:%s\n", a.id, a.group,
                    mine.size(), headlines.c_str());
    }

    // The confidential advisor acknowledges the social-safety case and answers the reporter.
    const AdvisorKeys bakker = loadAdvisor(advisorDir, "ca-bakker");
    const auto auth = advisorSignIn(registry, enrolled.provisioning.rootKey, bakker.sign);
    const json::value list = json::parse(orDie(registry.get("/v1/advisor/cases", auth), "case list").body);
    const auto it = std::find_if(filed.begin(), filed.end(), [](const Filed& f) { return f.report.kind == Kind::SocialSafety; });
    if (!list.at("cases").as_array().empty() && it != filed.end()) {
        const std::int64_t id = list.at("cases").as_array()[0].at("id").as_int64();
        const std::string base = "/v1/advisor/cases/" + std::to_string(id);
        orDie(registry.postJson(base + "/transition", R"({"to":"acknowledged","action_id":"demo-ack"})", auth), "ack");
        const std::int64_t nextCheckIn = planCheckIns(registry, auth, base);
        Message m{it->sealed.envelope.reportId, static_cast<std::uint64_t>(unixNow()), "ca-bakker",
                  "Thank you for reporting this. I am a confidential advisor; can we talk this week? "
                  "Nothing happens without your consent."};
        // As the console does: the reply names the next planned check-in for the reporter's app.
        m.checkIn = static_cast<std::uint64_t>(nextCheckIn);
        const Bytes reply = sealReply(m, bakker.sign, it->sealed.header.replyKey);
        orDie(registry.postJson(base + "/reply", R"({"sealed":")" + toBase64Url(reply) + R"(","action_id":"demo-r1"})", auth),
              "reply");
        std::printf("demo: ca-bakker acknowledged case %lld and answered the anonymous reporter\n",
                    static_cast<long long>(id));
        const MailboxId box = mailboxId(it->sealed.replyKey.publicKey);
        const std::optional<OpenedReply> opened
            = awaitReply(relay, it->sealed.replyKey, [](const OpenedReply&) { return true; });
        if (opened)
            std::printf("demo: the device fetched mailbox prefix %s from its relay and read: \"%s\"\n",
                        mailboxPrefix(box).c_str(), opened->message.text.c_str());
        else
            std::printf("demo: the device did not receive the reply within 30 s\n");
        if (opened) {
            // The reporter answers a moment later: the registry's clocks count whole seconds, and
            // an ask for contact in the very second of a reply counts as answered by it.
            std::this_thread::sleep_for(std::chrono::milliseconds(1100));
            followUp(relay, registry, auth, bakker, directory, *it, base, stock.binder());
            showCheckIn(registry, auth, base, opened->message.checkIn);
            signalRetaliation(relay, registry, auth, directory, *it, base, stock.binder());
            closeAndAskFeedback(relay, registry, auth, bakker, directory, *it, base, stock.binder());
        }
    }
    submitLesson(registry, enrolled.provisioning.rootKey, advisorDir, filed);

    const auto filedCount = static_cast<std::int64_t>(filed.size());
    std::printf("demo: filed %lld, delivered %zu, cases %lld, lost %lld, duplicated %lld\n",
                static_cast<long long>(filedCount), delivered, static_cast<long long>(matching),
                static_cast<long long>(filedCount - matching), static_cast<long long>(cases - matching));
    const bool tokensHeld = printTokenCounts(relay, stock);
    return delivered == filed.size() && matching == filedCount && cases == filedCount && tokensHeld ? 0 : 1;
}

/// Tells the PDCA story, then the one line of issue 15 §6.
int pdcaStory(const fs::path& work, std::uint64_t seed)
{
    tools::PdcaDemoOptions options;
    options.work = work;
    options.seed = seed;
    options.say = [](const std::string& line) { std::printf("pdca: %s\n", line.c_str()); std::fflush(stdout); };
    const auto outcome = orDie(tools::runPdcaDemo(options), "pdca");
    std::printf("%s\n", outcome.line().c_str());
    // The story's claims (issue 15 §6), judged on what the registry answered.
    const bool controlHeld = std::none_of(outcome.measures.begin(), outcome.measures.end(), [](const auto& m) {
        return m.indicator == tools::kDemoFlatIndicator && m.verdict == "effective";
    });
    if (!outcome.alertInTime() || outcome.effective() < 1 || !controlHeld) {
        std::fprintf(stderr, "demo: pdca: the story did not come out as it should (alert in the step's month, the "
                             "measure effective, the control not)\n");
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    CLI::App app{"vigil-demo: the simulated device and advisors behind scripts/demo"};
    app.require_subcommand(1);
    fs::path out;
    auto* advisors = app.add_subcommand("advisors", "make the demo advisors' keys");
    advisors->add_option("--out", out, "folder for the key files")->required();
    fs::path provisioning, advisorDir;
    std::string relayUrl, registryUrl, reports;
    auto* run = app.add_subcommand("scenario", "run the scripted scenario against running servers");
    run->add_option("--provisioning", provisioning, "file from vigil-admin enroll")->required();
    run->add_option("--relay", relayUrl, "relay URL")->required();
    run->add_option("--registry", registryUrl, "registry URL (advisor API)")->required();
    run->add_option("--advisors", advisorDir, "folder with the demo advisors' keys")->required();
    run->add_option("--reports", reports, "example reports (JSON)")->required();
    fs::path pdcaWork;
    std::uint64_t seed = 15;
    auto* pdca = app.add_subcommand("pdca", "the PDCA story: alerts, measures and their effect check");
    pdca->add_option("--work", pdcaWork, "an empty folder for the registry's data")->required();
    pdca->add_option("--seed", seed, "the seed of the synthetic reports");
    CLI11_PARSE(app, argc, argv);
    if (*advisors)
        return makeAdvisors(out);
    if (*pdca)
        return pdcaStory(pdcaWork, seed);
    return scenario(provisioning, relayUrl, registryUrl, advisorDir, reports);
}
