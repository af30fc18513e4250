// SPDX-License-Identifier: EUPL-1.2
// Known-answer vectors for docs/protocol.md. libsodium's randomness is replaced by a seeded
// generator in main(), so every envelope, receipt, signature and vault item is reproducible;
// the test then checks that each ```vector block in docs/protocol.md matches byte for byte,
// and that the documented bytes open with the documented keys. To refresh the document after
// a deliberate format change, run with VIGIL_PRINT_VECTORS=1 and paste the printed blocks.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "shared/bulletin.h"
#include "shared/directory.h"
#include "shared/identity.h"
#include "shared/keysetrotation.h"
#include "shared/message.h"
#include "shared/onlinesigned.h"
#include "shared/padding.h"
#include "shared/provisioning.h"
#include "shared/receipt.h"
#include "shared/reportbody.h"
#include "shared/reportcodec.h"
#include "shared/seal.h"
#include "shared/signeddoc.h"
#include "shared/tokens/tokenbinding.h"
#include "shared/tokens/tokenverifier.h"
#include "shared/vault.h"
#include "tests/support/testdata.h"

#include <sodium.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <stdexcept>
#include <sstream>

using namespace vigil;

namespace {

// --- deterministic randomness ----------------------------------------------------------

std::uint32_t g_draw = 0;
std::vector<std::string> g_draws; // hex of every draw since the last reset, for the document

/// Draw i fills its buffer with randombytes_buf_deterministic(seed_i), where
/// seed_i = BLAKE2b-256("vigil test vector rng" || u32be(i)).
void deterministicBuf(void* buf, std::size_t size)
{
    ByteWriter w;
    w.text("vigil test vector rng");
    w.u32(g_draw++);
    unsigned char seed[32];
    crypto_generichash(seed, sizeof seed, w.data().data(), w.size(), nullptr, 0);
    randombytes_buf_deterministic(buf, size, seed);
    g_draws.push_back(toHex(ByteView(static_cast<const std::uint8_t*>(buf), size)));
}

std::uint32_t deterministicRandom()
{
    std::uint32_t v = 0;
    deterministicBuf(&v, sizeof v);
    return v;
}

const char* implementationName() { return "vigil-test-vectors"; }

randombytes_implementation g_rng = {implementationName, deterministicRandom, nullptr, nullptr, deterministicBuf,
                                    nullptr};

void resetRng()
{
    g_draw = 0;
    g_draws.clear();
}

// --- the vectors -------------------------------------------------------------------------

using Vectors = std::map<std::string, std::string>;

/// Generation also runs outside a Catch session (when printing), so failures throw.
template <typename T>
T must(Result<T> r)
{
    if (!r)
        throw std::runtime_error("vector generation failed: " + r.error().message);
    return std::move(*r);
}

/// The draws since the last reset, from draw `from` on, each with its number.
std::string joinDraws(std::size_t from = 0)
{
    std::string out;
    for (std::size_t i = from; i < g_draws.size(); ++i)
        out += std::to_string(i) + " " + g_draws[i] + "\n";
    if (!out.empty())
        out.pop_back();
    return out;
}

Report vectorReport()
{
    Report r;
    r.kind = Kind::NearMiss;
    r.category = Category::LiveFire;
    r.headline = "Check-fire not heard on lane 4";
    r.narrative = "Lane radio failed; firing continued for a few seconds after check-fire.";
    r.when = When{"2025-06-03T11:15", "Europe/Amsterdam", TimePrecision::Exact, PeriodOfDay::Day, false};
    r.where = Where{LocationType::Range, "rifle range, lane 4", ""};
    r.risk = Risk{{Severity::IV, Likelihood::D}, {Severity::I, Likelihood::D}};
    r.mode = ReportingMode::Anonymous;
    return r;
}

Directory vectorDirectory()
{
    Directory d;
    d.version = 1;
    d.issued = 1'750'000'000;
    d.expires = 1'752'592'000;
    d.routingKey = test::routingKey().publicKey;
    d.relays = {RelayInfo{"relay-1", test::relayKey().publicKey}};
    d.units = {Unit{"defence", "Defence", ""}};
    d.groups = {Group{"so", GroupKind::SafetyOfficer, "", "Veiligheidsfunctionarissen", "Safety officers",
                      {Member{"m1", "Safety officer Jansen", test::memberBoxKey(1).publicKey,
                              test::memberSignKey(1).publicKey}}}};
    d.routes = {RouteRule{Domain::Physical, Severity::None, ImpactLevel::None, GroupKind::SafetyOfficer, false}};
    return d;
}

/// The payload of the online-key vector: any report JSON; the container is what §3.7 shows.
constexpr std::string_view kOnlineReportPayload = R"({"v":1,"period":"2025","note":"signed by the online key"})";

SigningKeyPair vectorHolder(int n)
{
    return SigningKeyPair::fromSeed(test::seed("holder " + std::to_string(n)));
}

RootKeySet vectorKeySet(std::initializer_list<int> holders, std::uint8_t threshold, std::uint32_t serial)
{
    RootKeySet set;
    set.serial = serial;
    set.threshold = threshold;
    for (int n : holders)
        set.holders.push_back(vectorHolder(n).publicKey);
    return set;
}

Bytes signedByHolders(Bytes document, std::initializer_list<int> holders)
{
    for (int n : holders)
        document = must(addHolderSignature(document, vectorHolder(n)));
    return document;
}

Vectors generate()
{
    Vectors v;
    v["keys.routing_public"] = toHex(test::routingKey().publicKey);
    v["keys.member1_box_public"] = toHex(test::memberBoxKey(1).publicKey);
    v["keys.root_public"] = toHex(test::rootKey().publicKey);
    v["keys.relay_public"] = toHex(test::relayKey().publicKey);

    // Envelope: one recipient (member 1), so three decoy wraps follow its wrap.
    const Report report = vectorReport();
    v["envelope.report"] = must(encodeReport(report));
    RoutingContext ctx{{"so"}, "defence", "en", 1};
    const std::vector<Recipient> recipients{{"m1", test::memberBoxKey(1).publicKey}};
    resetRng();
    const SealedReport sealed = must(sealReport(report, {}, ctx, recipients, test::routingKey().publicKey));
    v["envelope.random"] = joinDraws();
    v["envelope.header"] = encodeRoutingHeader(sealed.header);
    v["envelope.bytes"] = toHex(sealed.envelope.bytes);
    v["envelope.hash"] = toHex(sealed.envelope.envelopeHash);

    // §11.3's binding for the envelope vector: the binding key from seed `token binding 1`, the
    // token nonce that commits to it, the binding hash (the envelope has no token, so it is its
    // header's content hash) and the binding key's signature. Ed25519 is deterministic: no draws.
    const SigningKeyPair bindingKey = SigningKeyPair::fromSeed(test::seed("token binding 1"));
    const Hash32 bindingHash = tokens::tokenBindingHash(must(parseEnvelope(sealed.envelope.bytes)));
    v["binding.key_public"] = toHex(bindingKey.publicKey);
    v["binding.nonce"] = toHex(tokens::bindingNonce(bindingKey.publicKey));
    v["binding.hash"] = toHex(bindingHash);
    v["binding.signature"] = toHex(bindingKey.sign(tokens::bindingStatement(sealed.header.reportId, bindingHash)));

    // The reporter's follow-up to that report: the original's routing, a new id, the thread.
    // Its draws continue the envelope's (restarting at 0 would draw the original's report id).
    Message followUp{{}, 1'750'000'900, "", "The radio on lane 4 failed once before, last week."};
    std::size_t first = g_draws.size();
    const SealedEnvelope follow = must(sealFollowUp(followUp, sealed.header, recipients, test::routingKey().publicKey));
    v["followup.random"] = joinDraws(first);
    followUp.thread = sealed.header.reportId;
    v["followup.message"] = encodeMessage(followUp);
    v["followup.header"] = encodeRoutingHeader(must(openRoutingHeader(follow.bytes, test::routingKey())));
    v["followup.bytes"] = toHex(follow.bytes);
    v["followup.hash"] = toHex(follow.envelopeHash);

    // A reply from member 1 to that report, sealed to its reply key; its draw continues too.
    const Message reply{sealed.header.reportId, 1'750'000'500, "m1", "Thank you. Every lane radio is checked today."};
    v["reply.message"] = encodeMessage(reply);
    v["reply.mailbox"] = toHex(mailboxId(sealed.header.replyKey));
    first = g_draws.size();
    v["reply.bytes"] = toHex(sealReply(reply, test::memberSignKey(1), sealed.header.replyKey));
    v["reply.random"] = joinDraws(first);

    // The follow-up's header with a signal (§2.6 `signal`): the last key, only on a follow-up.
    RoutingHeader signalled = must(decodeRoutingHeader(v["followup.header"]));
    signalled.signal = FollowUpSignal::Retaliation;
    v["signal.header"] = encodeRoutingHeader(signalled);
    // The follow-up's header with survey answers (§2.6 `survey`, §8 "Survey"): after the signal's place.
    RoutingHeader answered = must(decodeRoutingHeader(v["followup.header"]));
    answered.survey = SurveyAnswers{4, ReportAgain::Yes, 2};
    v["survey.header"] = encodeRoutingHeader(answered);

    // Receipt: leaf 1 of a batch of three.
    std::vector<ReceiptLeaf> leaves;
    for (std::uint8_t i = 0; i < 3; ++i) {
        ReceiptLeaf leaf;
        leaf.reportId.fill(i);
        leaf.envelopeHash = blake2b256(leaf.reportId);
        leaves.push_back(leaf);
    }
    auto receipts = signReceiptBatch(test::relayKey(), leaves, 1'750'000'123);
    v["receipt.bytes"] = toHex(encodeReceipt(receipts.at(1)));
    v["receipt.code"] = receiptCode(receipts.at(1).envelopeHash);

    // Directory and bulletin: Ed25519 signatures are deterministic, no randomness involved.
    const Bytes directory = signDirectory(vectorDirectory(), test::rootKey());
    v["directory.payload"] = encodeDirectory(vectorDirectory());
    v["directory.signature"] = toHex(ByteView(directory).last(64));

    Bulletin b{1, 1'750'100'000, BulletinKind::LessonLearned, {Category::LiveFire},
               "Check-fire ook visueel geven", "Give check-fire visually too",
               "Een uitgevallen baanradio mag een staakt-het-vuren niet vertragen.",
               "A failed lane radio must not delay a check-fire."};
    const Bytes bulletin = signBulletin(b, test::rootKey());
    v["bulletin.payload"] = encodeBulletin(b);
    v["bulletin.signature"] = toHex(ByteView(bulletin).last(64));

    // §3.5: the bulletin above, prepared for the 2-of-3 set of holders 1, 2, 3 (serial 1) and
    // signed by holders 3 and 1 (it lists them in holder order); §3.6: that set rotated to
    // holders 2, 3, 4 with threshold 2 and serial 2, signed by holders 1 and 2.
    const RootKeySet holders = vectorKeySet({1, 2, 3}, 2, 1);
    v["keyset.json"] = encodeKeySet(holders);
    v["keyset.id"] = keySetId(holders);
    v["multisig.bytes"] = toHex(signedByHolders(prepareDocument(kBulletinMagic, encodeBulletin(b), holders), {3, 1}));
    v["rotation.bytes"]
        = toHex(signedByHolders(must(prepareKeySetRotation(holders, vectorKeySet({2, 3, 4}, 2, 2))), {1, 2}));

    // §3.7: the directory vector naming the online key from seed `online key 1`, prepared for
    // that set and signed by holders 1 and 2; and a report (VGV) the online key signed.
    const SigningKeyPair online = SigningKeyPair::fromSeed(test::seed("online key 1"));
    Directory certifying = vectorDirectory();
    certifying.onlineKey = online.publicKey;
    v["online.key_public"] = toHex(online.publicKey);
    v["online.directory.bytes"]
        = toHex(signedByHolders(prepareDocument(kDirectoryMagic, encodeDirectory(certifying), holders), {1, 2}));
    v["online.report.bytes"] = toHex(signDocument(kVmsReportMagic, kOnlineReportPayload, online));

    // Enrolment strings: member 1's advisor identity, and the compact (QR) provisioning form.
    v["identity.string"] = encodeAdvisorIdentity({test::memberBoxKey(1).publicKey, test::memberSignKey(1).publicKey});
    v["provisioning.compact"]
        = encodeProvisioning(Provisioning{test::rootKey().publicKey, "https://relay.example:8443", "Defensie", {}, {}, {}});

    // Padding buckets around each boundary: "unpadded padded" per line.
    std::string sizes;
    for (std::size_t n : {std::size_t{0}, std::size_t{1023}, std::size_t{1024}, std::size_t{1025}, std::size_t{4095},
                          std::size_t{4096}, std::size_t{8191}, std::size_t{8192}, std::size_t{263'188}, std::size_t{524'287}, std::size_t{524'288}, std::size_t{1'048'575},
                          std::size_t{1'048'576}, std::size_t{1'081'343}, std::size_t{1'081'344}, std::size_t{2'097'151},
                          std::size_t{2'097'152}, std::size_t{5'000'000}, std::size_t{33'554'432}})
        sizes += std::to_string(n) + " " + std::to_string(paddedSize(n)) + "\n";
    sizes.pop_back();
    v["padding.sizes"] = sizes;

    // Vault: PIN 2468 with the minimal test parameters.
    resetRng();
    const VaultKey key = must(VaultKey::create("2468", VaultParams::minimal()));
    v["vault.item"] = toHex(vaultSeal(key, asBytes("reply key goes here"), "reply-key:vector"));
    v["vault.random"] = joinDraws();
    return v;
}

// --- reading the document ------------------------------------------------------------------

/// Every fenced block that opens with "```vector NAME", keyed by NAME; hex blocks may be
/// wrapped over several lines, text blocks are one line.
Vectors readDocument()
{
    std::ifstream in(VIGIL_DOCS_DIR "/protocol.md");
    REQUIRE(in.good());
    Vectors out;
    std::string line;
    std::string name;
    std::string value;
    while (std::getline(in, line)) {
        if (name.empty()) {
            if (line.rfind("```vector ", 0) == 0)
                name = line.substr(10);
            continue;
        }
        if (line == "```") {
            out[name] = value;
            name.clear();
            value.clear();
            continue;
        }
        const bool multiline = name.ends_with(".random") || name.ends_with(".sizes");
        if (multiline && !value.empty())
            value += "\n";
        value += line;
    }
    return out;
}

const Vectors& generated()
{
    static const Vectors v = generate();
    return v;
}

} // namespace

TEST_CASE("docs/protocol.md vectors are exactly what this build produces", "[vectors]")
{
    const Vectors doc = readDocument();
    for (const auto& [name, value] : generated()) {
        INFO("vector " << name);
        REQUIRE(doc.contains(name));
        CHECK(doc.at(name) == value);
    }
    CHECK(doc.size() == generated().size());
}

TEST_CASE("the documented envelope opens with the documented keys", "[vectors]")
{
    const Vectors doc = readDocument();
    auto bytes = fromHex(doc.at("envelope.bytes"));
    REQUIRE(bytes.ok());
    auto header = openRoutingHeader(*bytes, test::routingKey());
    REQUIRE(header.ok());
    CHECK(encodeRoutingHeader(*header) == doc.at("envelope.header"));
    auto body = openBody(*bytes, test::memberBoxKey(1));
    REQUIRE(body.ok());
    auto decoded = decodeReportBody(body->view());
    REQUIRE(decoded.ok());
    CHECK(*encodeReport(decoded->report) == doc.at("envelope.report"));
}

TEST_CASE("the documented receipt, directory and bulletin verify", "[vectors]")
{
    const Vectors doc = readDocument();
    auto receipt = decodeReceipt(*fromHex(doc.at("receipt.bytes")));
    REQUIRE(receipt.ok());
    const PublicKey relay = test::relayKey().publicKey;
    CHECK(verifyReceipt(*receipt, receipt->reportId, receipt->envelopeHash, std::span(&relay, 1)).ok());

    auto rebuild = [&](const DocMagic& magic, const std::string& payload, const std::string& sigHex) {
        ByteWriter w;
        w.bytes(magic);
        w.u32(static_cast<std::uint32_t>(payload.size()));
        w.text(payload);
        w.bytes(*fromHex(sigHex));
        return w.take();
    };
    auto directory = verifyDirectory(rebuild(kDirectoryMagic, doc.at("directory.payload"), doc.at("directory.signature")),
                                     test::rootKey().publicKey, 1'750'000'001);
    CHECK(directory.ok());
    auto bulletin = verifyBulletin(rebuild(kBulletinMagic, doc.at("bulletin.payload"), doc.at("bulletin.signature")),
                                   test::rootKey().publicKey);
    CHECK(bulletin.ok());
}

TEST_CASE("the documented follow-up opens for the registry and for member 1, in the original's thread", "[vectors]")
{
    const Vectors doc = readDocument();
    auto bytes = fromHex(doc.at("followup.bytes"));
    REQUIRE(bytes.ok());
    auto header = openRoutingHeader(*bytes, test::routingKey());
    REQUIRE(header.ok());
    CHECK(encodeRoutingHeader(*header) == doc.at("followup.header"));
    auto original = openRoutingHeader(*fromHex(doc.at("envelope.bytes")), test::routingKey());
    REQUIRE(original.ok());
    REQUIRE(header->thread.has_value());
    CHECK(*header->thread == original->reportId);
    CHECK(header->replyKey == original->replyKey);
    CHECK(header->reportId != original->reportId);
    auto message = openFollowUp(*bytes, test::memberBoxKey(1));
    REQUIRE(message.ok());
    CHECK(message->author.empty());
    CHECK(encodeMessage(*message) == doc.at("followup.message"));
    // Padded like a short report: a 1 KiB bucket, so a relay cannot tell the two apart by size.
    CHECK(parseEnvelope(*bytes)->body.size() == bodyCiphertextSize(1024));
}

TEST_CASE("the documented signal header decodes only on a follow-up", "[vectors]")
{
    const Vectors doc = readDocument();
    auto header = decodeRoutingHeader(doc.at("signal.header"));
    REQUIRE(header.ok());
    CHECK(header->signal == FollowUpSignal::Retaliation);
    CHECK(encodeRoutingHeader(*header) == doc.at("signal.header"));
    // The same header as a new report (no thread) is refused: a signal is about a report.
    RoutingHeader report = *header;
    report.thread.reset();
    auto refused = decodeRoutingHeader(encodeRoutingHeader(report));
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().message, Catch::Contains("signal"));
    // An unknown signal is refused, "none" reads as absent (the rule of §7).
    std::string text = doc.at("signal.header");
    const auto at = text.find("retaliation");
    CHECK_FALSE(decodeRoutingHeader(std::string(text).replace(at, 11, "revenge")).ok());
    auto none = decodeRoutingHeader(std::string(text).replace(at, 11, "none"));
    REQUIRE(none.ok());
    CHECK(none->signal == FollowUpSignal::None);
}

TEST_CASE("the documented survey header decodes only on a follow-up and refuses answers off their scale", "[vectors]")
{
    const Vectors doc = readDocument();
    const std::string text = doc.at("survey.header");
    auto header = decodeRoutingHeader(text);
    REQUIRE(header.ok());
    REQUIRE(header->survey.has_value());
    CHECK(*header->survey == SurveyAnswers{4, ReportAgain::Yes, 2});
    CHECK(header->signal == FollowUpSignal::None);
    CHECK(encodeRoutingHeader(*header) == text);
    const auto at = text.find(R"("survey":)");
    REQUIRE(at != std::string::npos);
    auto withSurvey = [&](const std::string& survey) {
        return decodeRoutingHeader(std::string(text).replace(at, text.size() - 1 - at, R"("survey":)" + survey));
    };
    // Each answer may be skipped; what is given is read back, and the encoder writes it the same.
    auto partial = withSurvey(R"({"again":"unsure"})");
    REQUIRE(partial.ok());
    CHECK(*partial->survey == SurveyAnswers{0, ReportAgain::Unsure, 0});
    CHECK(encodeRoutingHeader(*partial).find(R"("survey":{"again":"unsure"})") != std::string::npos);
    // Off the scale, an unknown answer or key, every question skipped: refused, naming the field.
    const std::pair<std::string, std::string> refusals[] = {
        {R"({"heard":0})", "header.survey.heard: must be between 1 and 5, got 0"},
        {R"({"heard":6,"fear":1})", "header.survey.heard: must be between 1 and 5, got 6"},
        {R"({"fear":-1})", "header.survey.fear: must be between 1 and 5, got -1"},
        {R"({"heard":2.5})", "header.survey.heard: expected an integer"},
        {R"({"again":"maybe"})", "header.survey.again"},
        {R"({"heard":3,"why":"x"})", "why"},
        {R"({})", "header.survey: has no answer"},
        {R"({"again":"none"})", "header.survey: has no answer"},
        {R"("yes")", "header.survey: expected an object"},
    };
    for (const auto& [survey, error] : refusals) {
        INFO(survey);
        auto refused = withSurvey(survey);
        REQUIRE_FALSE(refused.ok());
        CHECK_THAT(refused.error().message, Catch::Contains(error));
    }
    // On a new report (no thread) answers have no case to join: refused.
    RoutingHeader report = *header;
    report.thread.reset();
    auto refused = decodeRoutingHeader(encodeRoutingHeader(report));
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().message, Catch::Contains("survey"));
}

TEST_CASE("a survey follow-up carries its answers to the registry and never inherits them", "[vectors]")
{
    const Vectors doc = readDocument();
    const RoutingHeader original = must(decodeRoutingHeader(doc.at("envelope.header")));
    const std::vector<Recipient> readers{{"m1", test::memberBoxKey(1).publicKey}};
    const Message text{{}, 1'750'000'900, "", "How it went."};
    CHECK_FALSE(sealSurveyFollowUp(text, original, readers, test::routingKey().publicKey, SurveyAnswers{}).ok());
    auto sealed = sealSurveyFollowUp(text, original, readers, test::routingKey().publicKey,
                                     SurveyAnswers{5, ReportAgain::No, 0});
    REQUIRE(sealed.ok());
    auto opened = openRoutingHeader(sealed->envelope.bytes, test::routingKey());
    REQUIRE(opened.ok());
    CHECK(opened->thread == original.reportId);
    CHECK(opened->survey == SurveyAnswers{5, ReportAgain::No, 0});
    // A follow-up on that follow-up's header says nothing of the answers.
    auto next = sealFollowUpWithHeader(text, sealed->header, readers, test::routingKey().publicKey);
    REQUIRE(next.ok());
    CHECK_FALSE(must(openRoutingHeader(next->envelope.bytes, test::routingKey())).survey.has_value());
}

TEST_CASE("a reply that closes the case says so, and only a reply can", "[vectors]")
{
    const Vectors doc = readDocument();
    // The documented reply with `closed` (§8): the last key, read back as written.
    std::string text = doc.at("reply.message");
    text.insert(text.size() - 1, R"(,"closed":true)");
    auto closing = decodeMessage(text);
    REQUIRE(closing.ok());
    CHECK(closing->closed);
    CHECK(encodeMessage(*closing) == text);
    CHECK_FALSE(must(decodeMessage(doc.at("reply.message"))).closed);
    // A reporter's follow-up (no author) cannot close anything.
    std::string followUp = doc.at("followup.message");
    followUp.insert(followUp.size() - 1, R"(,"closed":true)");
    auto refused = decodeMessage(followUp);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().message, Catch::Contains("message.closed"));
}

TEST_CASE("a reply may name the next check-in, canonically and only from an advisor, and older replies still decode",
          "[vectors][aftercare]")
{
    const Vectors doc = readDocument();
    // The documented reply with `checkin` (§8), after `closed`: read back as written.
    std::string text = doc.at("reply.message");
    text.insert(text.size() - 1, R"(,"closed":true,"checkin":1767225600)");
    auto planned = decodeMessage(text);
    REQUIRE(planned.ok());
    CHECK(planned->checkIn == 1767225600u);
    CHECK(planned->closed);
    CHECK(encodeMessage(*planned) == text);
    // A reply written before the field existed has none.
    CHECK(must(decodeMessage(doc.at("reply.message"))).checkIn == 0u);
    // Not from a reporter, not zero, not a string, not twice the same meaning in another key.
    std::string followUp = doc.at("followup.message");
    followUp.insert(followUp.size() - 1, R"(,"checkin":1767225600)");
    auto refused = decodeMessage(followUp);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().message, Catch::Contains("message.checkin"));
    for (const char* bad : {R"(,"checkin":0)", R"(,"checkin":"1767225600")", R"(,"checkin":-5)", R"(,"check_in":5)"}) {
        std::string wrong = doc.at("reply.message");
        wrong.insert(wrong.size() - 1, bad);
        CHECK_FALSE(decodeMessage(wrong).ok());
    }
}

TEST_CASE("the documented reply opens with the reply key of the documented envelope", "[vectors]")
{
    const Vectors doc = readDocument();
    // The reply secret key is draw 1 of envelope.random.
    const std::string draws = doc.at("envelope.random");
    const auto line = draws.substr(draws.find("\n1 ") + 3, 64);
    auto replyKey = BoxKeyPair::fromSecretKey(*fromHex(line));
    REQUIRE(replyKey.ok());
    CHECK(toHex(mailboxId(replyKey->publicKey)) == doc.at("reply.mailbox"));
    auto opened = openReply(*fromHex(doc.at("reply.bytes")), *replyKey);
    REQUIRE(opened.ok());
    CHECK(opened->signer == test::memberSignKey(1).publicKey);
    CHECK(encodeMessage(opened->message) == doc.at("reply.message"));
}

TEST_CASE("the documented enrolment strings decode: advisor identity and compact provisioning", "[vectors]")
{
    const Vectors doc = readDocument();
    auto identity = decodeAdvisorIdentity(doc.at("identity.string"));
    REQUIRE(identity.ok());
    CHECK(identity->boxKey == test::memberBoxKey(1).publicKey);
    CHECK(identity->signKey == test::memberSignKey(1).publicKey);
    std::string typo = doc.at("identity.string");
    typo[10] = typo[10] == 'A' ? 'B' : 'A';
    CHECK_FALSE(decodeAdvisorIdentity(typo).ok());

    auto provisioning = decodeProvisioning(doc.at("provisioning.compact"), 1'750'000'001);
    REQUIRE(provisioning.ok());
    CHECK(provisioning->provisioning.rootKey == test::rootKey().publicKey);
    CHECK(provisioning->provisioning.relayUrl == "https://relay.example:8443");
    CHECK_FALSE(provisioning->directory.has_value());
}

TEST_CASE("the documented multi-signed bulletin and rotation verify with the documented key set", "[vectors]")
{
    const Vectors doc = readDocument();
    auto set = decodeKeySet(doc.at("keyset.json"));
    REQUIRE(set.ok());
    CHECK(keySetId(*set) == doc.at("keyset.id"));
    CHECK(set->holders.at(2) == vectorHolder(3).publicKey);
    const Bytes multi = *fromHex(doc.at("multisig.bytes"));
    auto bulletin = verifyBulletin(multi, *set);
    REQUIRE(bulletin.ok());
    CHECK(encodeBulletin(*bulletin) == doc.at("bulletin.payload"));
    // Without its last signature it is one of two: refused.
    Bytes one(multi.begin(), multi.end() - 65);
    one[one.size() - 65] = 1;
    CHECK_FALSE(verifyBulletin(one, *set).ok());

    auto next = verifyKeySetRotation(*fromHex(doc.at("rotation.bytes")), *set);
    REQUIRE(next.ok());
    CHECK(*next == vectorKeySet({2, 3, 4}, 2, 2));
}

TEST_CASE("the documented online-key report verifies only with the holders' directory that certifies the key",
          "[vectors]")
{
    const Vectors doc = readDocument();
    auto set = decodeKeySet(doc.at("keyset.json"));
    REQUIRE(set.ok());
    const Bytes directory = *fromHex(doc.at("online.directory.bytes"));
    const Bytes report = *fromHex(doc.at("online.report.bytes"));
    auto d = verifyDirectory(directory, *set, 1'750'000'001);
    REQUIRE(d.ok());
    REQUIRE(d->onlineKey.has_value());
    CHECK(toHex(*d->onlineKey) == doc.at("online.key_public"));

    auto opened = openOnlineSignedDocument(report, kVmsReportMagic, signersFor(*set, directory), "report");
    REQUIRE(opened.ok());
    CHECK(*opened == kOnlineReportPayload);
    // The set alone, the old single root key, or a directory from another set: refused.
    CHECK_FALSE(openOnlineSignedDocument(report, kVmsReportMagic, *set, "report").ok());
    CHECK_FALSE(openOnlineSignedDocument(report, kVmsReportMagic, test::rootKey().publicKey, "report").ok());
    CHECK_FALSE(
        openOnlineSignedDocument(report, kVmsReportMagic, signersFor(vectorKeySet({2, 3, 4}, 2, 2), directory), "report")
            .ok());
    // The online key never signs another kind of document, nor a directory.
    CHECK_FALSE(openOnlineSignedDocument(report, kIssuerKeysMagic, signersFor(*set, directory), "issuer").ok());
}

int main(int argc, char* argv[])
{
    // Must precede sodium_init(): libsodium reads the implementation once.
    randombytes_set_implementation(&g_rng);
    if (std::getenv("VIGIL_PRINT_VECTORS") != nullptr) {
        for (const auto& [name, value] : generated()) {
            const bool hex = name.ends_with("bytes") || name.ends_with("item") || name.ends_with("signature");
            std::cout << "```vector " << name << "\n";
            for (std::size_t i = 0; i < value.size(); i += hex ? 128 : value.size())
                std::cout << value.substr(i, hex ? 128 : value.size()) << "\n";
            std::cout << "```\n\n";
        }
        return 0;
    }
    return Catch::Session().run(argc, argv);
}
