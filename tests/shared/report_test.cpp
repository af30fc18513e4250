// SPDX-License-Identifier: EUPL-1.2
#include "shared/reportcodec.h"

#include "shared/reportbody.h"
#include "tests/support/testdata.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <catch2/catch.hpp>

#include <functional>

using namespace vigil;
namespace json = boost::json;

namespace {

/// A report with every optional field set to a non-default value, with text that needs escaping.
Report fullReport()
{
    Report r;
    r.kind = Kind::Accident;
    r.category = Category::HazardousSubstances;
    r.tags = {"fuel", "storage", "ventilation"};
    r.headline = "Diesel \"mist\" in engine room — pump seal failed \\ again";
    r.narrative = "During refuelling the pump seal failed.\nDiesel sprayed over the deck plates.\t(2nd time)";
    r.when = When{"2025-04-01", "Europe/Amsterdam", TimePrecision::Day, PeriodOfDay::Night, true};
    r.where = Where{LocationType::Vessel, "engine room, starboard side", "31U FU 12345 67890"};
    r.involved = {Involved{"engineer", "transfer pump", "diesel", "UN1202", "3", "about 20 L"},
                  Involved{"", "", "", "", "", "1 drum"}};
    r.outcome = Outcome{InjuryLevel::FirstAid, DamageLevel::Minor, true};
    r.factors = {"worn seal", "no spare on board"};
    r.immediateActions = {"pump stopped", "area ventilated"};
    r.couldHaveHappened = "A fire in the engine room.";
    r.suggestion = "Carry a spare seal kit.";
    r.risk = Risk{{Severity::III, Likelihood::C}, {Severity::I, Likelihood::E}};
    r.impact = Impact{ImpactLevel::Limited, true, true};
    r.mode = ReportingMode::Open;
    r.identity = "Cpl. B. Sample, engine room crew";
    r.support = Support{true, true, true, true, true, true};
    r.routeHint = RouteHint::Inspectorate;
    r.attachments = {AttachmentInfo{"seal.jpg", "image/jpeg", 1234}, AttachmentInfo{"log.pdf", "application/pdf", 0}};
    return r;
}

/// A valid report with nothing optional.
Report minimalReport()
{
    Report r;
    r.kind = Kind::Hazard;
    r.category = Category::Environment;
    r.headline = "Oil drum";
    r.when = When{"2025-05", "Europe/Amsterdam", TimePrecision::Month, PeriodOfDay::Unknown, false};
    return r;
}

std::string encoded(const Report& r)
{
    auto j = encodeReport(r);
    REQUIRE(j.ok());
    return *j;
}

/// The canonical JSON of `r`, changed by `edit`.
std::string edited(const Report& r, const std::function<void(json::object&)>& edit)
{
    json::value v = json::parse(encoded(r));
    edit(v.as_object());
    return json::serialize(v);
}

/// Decoding must fail, and the message must contain `expected` (typically the field path).
void requireRejected(std::string_view text, std::string_view expected)
{
    auto r = decodeReport(text);
    INFO(text.substr(0, 300));
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.error().message, Catch::Contains(std::string(expected)));
}

} // namespace

TEST_CASE("report JSON round-trips the example reports", "[report][codec]")
{
    for (const Report& original : {test::nearMissReport(), test::socialReport()}) {
        const std::string text = encoded(original);
        INFO(text);
        auto decoded = decodeReport(text);
        REQUIRE(decoded.ok());
        CHECK(*decoded == original);
    }
}

TEST_CASE("report JSON round-trips a report with every optional field set", "[report][codec]")
{
    const Report original = fullReport();
    const std::string text = encoded(original);
    INFO(text);
    auto decoded = decodeReport(text);
    REQUIRE(decoded.ok());
    CHECK(*decoded == original);
    // Each optional part is really on the wire, not silently dropped on both sides.
    for (std::string_view key : {"\"tags\"", "\"narrative\"", "\"period\":\"night\"", "\"ongoing\":true", "\"grid\"",
                                 "\"un_number\"", "\"outcome\"", "\"release\":true", "\"factors\"",
                                 "\"immediate_actions\"", "\"could_have_happened\"", "\"suggestion\"", "\"worst\"",
                                 "\"impact\"", "\"immediate_danger\":true", "\"identity\"",
                                 "\"consent_commander\":true", "\"route_hint\":\"inspectorate\"", "\"attachments\""})
        CHECK_THAT(text, Catch::Contains(std::string(key)));
}

TEST_CASE("report encoding is canonical", "[report][codec][canonical]")
{
    SECTION("a minimal report has exactly this encoding: v first, defaults omitted, no whitespace")
    {
        CHECK(encoded(minimalReport())
              == R"({"v":1,"kind":"hazard_observation","category":"environment","headline":"Oil drum",)"
                 R"("when":{"local":"2025-05","zone":"Europe/Amsterdam","precision":"month"},)"
                 R"("where":{"type":"other"},"mode":"anonymous"})");
    }
    SECTION("equal reports built separately give identical bytes, re-encoding is stable")
    {
        for (auto make : {&test::nearMissReport, &test::socialReport, &fullReport, &minimalReport}) {
            const std::string a = encoded(make());
            const std::string b = encoded(make());
            CHECK(a == b);
            CHECK_THAT(a, Catch::StartsWith("{\"v\":1,"));
            // No whitespace outside strings: re-serialising the parsed text changes nothing.
            CHECK(json::serialize(json::parse(a)) == a);
            auto decoded = decodeReport(a);
            REQUIRE(decoded.ok());
            CHECK(encoded(*decoded) == a);
        }
    }
    SECTION("key order in the input does not matter, the output order is fixed")
    {
        const std::string canonical = encoded(fullReport());
        json::object in = json::parse(canonical).as_object();
        json::object reversed;
        for (auto it = in.end(); it != in.begin();) {
            --it;
            reversed.emplace(it->key(), it->value());
        }
        const std::string shuffled = json::serialize(reversed);
        REQUIRE(shuffled != canonical);
        auto decoded = decodeReport(shuffled);
        REQUIRE(decoded.ok());
        CHECK(encoded(*decoded) == canonical);
    }
    SECTION("different reports give different bytes")
    {
        Report a = test::nearMissReport();
        Report b = a;
        b.support.consentToContact = true;
        CHECK(encoded(a) != encoded(b));
    }
}

TEST_CASE("the report decoder rejects other versions and a missing version", "[report][codec][bad-input]")
{
    const Report r = test::nearMissReport();
    requireRejected(edited(r, [](json::object& o) { o["v"] = 2; }), "report.v: version 2 is not supported");
    requireRejected(edited(r, [](json::object& o) { o["v"] = 0; }), "report.v: version 0");
    requireRejected(edited(r, [](json::object& o) { o["v"] = "1"; }), "report.v: expected an integer");
    requireRejected(edited(r, [](json::object& o) { o["v"] = 1.5; }), "report.v: expected an integer");
    requireRejected(edited(r, [](json::object& o) { o.erase("v"); }), "report.v: is required but missing");
}

TEST_CASE("the report decoder rejects unknown fields at every level", "[report][codec][bad-input]")
{
    const Report r = fullReport();
    requireRejected(edited(r, [](json::object& o) { o["foo"] = 1; }), "report.foo: is not a known field");
    requireRejected(edited(r, [](json::object& o) { o["when"].as_object()["foo"] = true; }),
                    "report.when.foo: is not a known field");
    requireRejected(edited(r, [](json::object& o) { o["where"].as_object()["lat"] = 52.1; }), "report.where.lat");
    requireRejected(edited(r, [](json::object& o) { o["involved"].as_array()[1].as_object()["name"] = "Jansen"; }),
                    "report.involved[1].name: is not a known field");
    requireRejected(edited(r, [](json::object& o) { o["outcome"].as_object()["cost"] = 1; }), "report.outcome.cost");
    requireRejected(edited(r, [](json::object& o) { o["risk"].as_object()["expected"] = json::object(); }),
                    "report.risk.expected");
    requireRejected(
        edited(r, [](json::object& o) { o["risk"].as_object()["actual"].as_object()["probability"] = "C"; }),
        "report.risk.actual.probability");
    requireRejected(edited(r, [](json::object& o) { o["impact"].as_object()["x"] = 1; }), "report.impact.x");
    requireRejected(edited(r, [](json::object& o) { o["support"].as_object()["wants_money"] = true; }),
                    "report.support.wants_money");
    requireRejected(edited(r, [](json::object& o) { o["attachments"].as_array()[0].as_object()["exif"] = "gps"; }),
                    "report.attachments[0].exif");
}

TEST_CASE("the report decoder rejects wrong types", "[report][codec][bad-input]")
{
    const Report r = fullReport();
    requireRejected(edited(r, [](json::object& o) { o["headline"] = 42; }), "report.headline: expected a string");
    requireRejected(edited(r, [](json::object& o) { o["when"].as_object()["ongoing"] = "yes"; }),
                    "report.when.ongoing: expected true or false");
    requireRejected(edited(r, [](json::object& o) { o["when"] = "2025-04-01"; }), "report.when: expected an object");
    requireRejected(edited(r, [](json::object& o) { o["tags"] = "fuel"; }), "report.tags: expected an array");
    requireRejected(edited(r, [](json::object& o) { o["tags"].as_array()[1] = 7; }), "report.tags[1]: expected a string");
    requireRejected(edited(r, [](json::object& o) { o["tags"].as_array()[0] = ""; }), "report.tags[0]");
    requireRejected(edited(r, [](json::object& o) { o["involved"] = json::array{"driver"}; }),
                    "report.involved[0]: expected an object");
    requireRejected(edited(r, [](json::object& o) { o["attachments"].as_array()[0].as_object()["size"] = "1234"; }),
                    "report.attachments[0].size: expected an integer");
    requireRejected(edited(r, [](json::object& o) { o["attachments"].as_array()[0].as_object()["size"] = -1; }),
                    "report.attachments[0].size: must be between");
    requireRejected(
        edited(r, [](json::object& o) { o["attachments"].as_array()[0].as_object()["size"] = limits::attachmentBytes + 1; }),
        "report.attachments[0].size: must be between");
    requireRejected(edited(r, [](json::object& o) { o["support"].as_object()["consent_commander"] = 1; }),
                    "report.support.consent_commander: expected true or false");
    requireRejected(edited(r, [](json::object& o) { o["headline"] = ""; }), "report.headline: must not be empty");
    requireRejected(edited(r, [](json::object& o) { o.erase("where"); }), "report.where: is required but missing");
}

TEST_CASE("the report decoder rejects unknown enum values", "[report][codec][bad-input]")
{
    const Report r = fullReport();
    requireRejected(edited(r, [](json::object& o) { o["kind"] = "explosion"; }), "report.kind: expected one of");
    requireRejected(edited(r, [](json::object& o) { o["kind"] = "Accident"; }), "report.kind");
    requireRejected(edited(r, [](json::object& o) { o["category"] = "noise"; }), "report.category: expected one of");
    requireRejected(edited(r, [](json::object& o) { o["where"].as_object()["type"] = "ship"; }), "report.where.type");
    requireRejected(edited(r, [](json::object& o) { o["when"].as_object()["precision"] = "week"; }),
                    "report.when.precision");
    requireRejected(edited(r, [](json::object& o) { o["mode"] = "secret"; }), "report.mode");
    requireRejected(
        edited(r, [](json::object& o) { o["risk"].as_object()["worst"].as_object()["severity"] = "V"; }),
        "report.risk.worst.severity: expected one of none|I|II|III|IV, got \"V\"");
    requireRejected(edited(r, [](json::object& o) { o["outcome"].as_object()["injury"] = "bruise"; }),
                    "report.outcome.injury");
    requireRejected(edited(r, [](json::object& o) { o["route_hint"] = "press"; }), "report.route_hint");
}

TEST_CASE("the report decoder enforces the v1 field limits, in bytes", "[report][codec][limits]")
{
    Report r = minimalReport();
    r.headline = std::string(limits::headline, 'h');
    REQUIRE(decodeReport(encoded(r)).ok());
    requireRejected(edited(r, [](json::object& o) { o["headline"] = std::string(limits::headline + 1, 'h'); }),
                    "report.headline: is 201 bytes long, the limit is 200");
    // Multi-byte characters count by their UTF-8 bytes: 101 × "é" is 202 bytes.
    std::string accents;
    for (int i = 0; i < 101; ++i)
        accents += "\xc3\xa9";
    requireRejected(edited(r, [&](json::object& o) { o["headline"] = accents; }), "report.headline: is 202 bytes");

    r.narrative = std::string(limits::narrative, 'n');
    REQUIRE(decodeReport(encoded(r)).ok());
    requireRejected(edited(r, [](json::object& o) { o["narrative"] = std::string(limits::narrative + 1, 'n'); }),
                    "report.narrative: is 16385 bytes long");

    requireRejected(edited(r, [](json::object& o) { o["tags"] = json::array{std::string(limits::tag + 1, 't')}; }),
                    "report.tags[0]");
    requireRejected(edited(r, [](json::object& o) { o["identity"] = std::string(limits::shortText + 1, 'i'); }),
                    "report.identity: is 501 bytes");

    // The encoder refuses what the decoder would.
    Report tooLong = minimalReport();
    tooLong.headline = std::string(limits::headline + 1, 'h');
    auto refused = encodeReport(tooLong);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().message, Catch::Contains("report.headline"));
    tooLong = minimalReport();
    tooLong.narrative = std::string(limits::narrative + 1, 'n');
    CHECK_THAT(encodeReport(tooLong).error().message, Catch::Contains("report.narrative"));
}

TEST_CASE("the encoder refuses involved and attachment fields longer than the decoder takes",
          "[report][codec][limits]")
{
    // Regression: these limits were checked only when decoding, so a device could seal a body
    // (a 600-byte "involved" line) that no advisor could then open.
    struct Case {
        const char* field;
        std::function<void(Report&, std::size_t)> set;
        std::size_t limit;
    };
    const std::vector<Case> cases{
        {"report.involved.role", [](Report& r, std::size_t n) { r.involved = {Involved{std::string(n, 'r'), {}, {}, {}, {}, {}}}; },
         limits::shortText},
        {"report.involved.equipment",
         [](Report& r, std::size_t n) { r.involved = {Involved{{}, std::string(n, 'e'), {}, {}, {}, {}}}; }, limits::shortText},
        {"report.involved.substance",
         [](Report& r, std::size_t n) { r.involved = {Involved{{}, {}, std::string(n, 's'), {}, {}, {}}}; }, limits::shortText},
        {"report.involved.un_number",
         [](Report& r, std::size_t n) { r.involved = {Involved{{}, {}, {}, std::string(n, '1'), {}, {}}}; }, limits::code},
        {"report.involved.adr_class",
         [](Report& r, std::size_t n) { r.involved = {Involved{{}, {}, {}, {}, std::string(n, '3'), {}}}; }, limits::code},
        {"report.involved.quantity",
         [](Report& r, std::size_t n) { r.involved = {Involved{{}, {}, {}, {}, {}, std::string(n, 'q')}}; }, limits::quantity},
        {"report.attachments.name",
         [](Report& r, std::size_t n) { r.attachments = {AttachmentInfo{std::string(n, 'a'), "image/jpeg", 1}}; },
         limits::attachmentName},
        {"report.attachments.mime",
         [](Report& r, std::size_t n) { r.attachments = {AttachmentInfo{"a.jpg", std::string(n, 'm'), 1}}; },
         limits::attachmentMime},
    };
    for (const auto& c : cases) {
        INFO(c.field);
        Report r = minimalReport();
        c.set(r, c.limit);
        auto fits = encodeReport(r);
        REQUIRE(fits.ok());
        CHECK(decodeReport(*fits).ok());
        c.set(r, c.limit + 1);
        auto refused = encodeReport(r);
        REQUIRE_FALSE(refused.ok());
        CHECK_THAT(refused.error().message, Catch::Contains(std::string(c.field) + ": is "));
    }
}

TEST_CASE("the encoder refuses a report whose escaped JSON the decoder would refuse for its size",
          "[report][codec][limits]")
{
    // Regression: every field within its limit, but control characters escape to six bytes
    // each, so the document grew past limits::reportJson; the sealed body could not be read.
    Report r = minimalReport();
    const std::string control(limits::shortText, '\x01');
    r.narrative = std::string(limits::narrative, '\x01');
    r.factors.assign(limits::listEntries, control);
    r.immediateActions.assign(limits::listEntries, control);
    REQUIRE(validateReport(r).ok());
    auto refused = encodeReport(r);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().message, Catch::Contains("the limit is 262144"));
    CHECK_FALSE(encodeReportBody(r, {}).ok());

    // The same amount of plain text fits and round-trips.
    const std::string plain(limits::shortText, 'x');
    r.narrative = std::string(limits::narrative, 'n');
    r.factors.assign(limits::listEntries, plain);
    r.immediateActions.assign(limits::listEntries, plain);
    auto text = encodeReport(r);
    REQUIRE(text.ok());
    auto decoded = decodeReport(*text);
    REQUIRE(decoded.ok());
    CHECK(*decoded == r);
}

TEST_CASE("the report decoder limits list lengths", "[report][codec][limits]")
{
    Report r = minimalReport();
    r.tags.assign(limits::listEntries, "t");
    r.factors.assign(limits::listEntries, "f");
    REQUIRE(decodeReport(encoded(r)).ok());

    json::array many;
    for (std::size_t i = 0; i <= limits::listEntries; ++i)
        many.emplace_back("x");
    requireRejected(edited(r, [&](json::object& o) { o["tags"] = many; }), "report.tags: has 33 entries, the limit is 32");
    requireRejected(edited(r, [&](json::object& o) { o["factors"] = many; }), "report.factors: has 33 entries");
    requireRejected(edited(r, [&](json::object& o) { o["immediate_actions"] = many; }), "report.immediate_actions");

    json::array people;
    for (std::size_t i = 0; i <= limits::listEntries; ++i)
        people.emplace_back(json::object{{"role", "driver"}});
    requireRejected(edited(r, [&](json::object& o) { o["involved"] = people; }), "report.involved: has 33 entries");

    json::array files;
    for (std::size_t i = 0; i <= limits::attachments; ++i)
        files.emplace_back(json::object{{"name", "a.jpg"}, {"mime", "image/jpeg"}, {"size", 1}});
    requireRejected(edited(r, [&](json::object& o) { o["attachments"] = files; }), "report.attachments: has 17 entries");

    Report tooMany = minimalReport();
    tooMany.tags.assign(limits::listEntries + 1, "t");
    CHECK_THAT(encodeReport(tooMany).error().message, Catch::Contains("report.tags"));
}

TEST_CASE("the report decoder applies the report's own rules", "[report][codec][validation]")
{
    SECTION("kind and category must be of the same domain")
    {
        Report r = test::nearMissReport();
        requireRejected(edited(r, [](json::object& o) { o["category"] = "bullying"; }),
                        "report.category: \"bullying\" does not belong to kind \"near_miss\"");
        r.category = Category::Bullying;
        CHECK_THAT(encodeReport(r).error().message, Catch::Contains("report.category"));
        requireRejected(edited(test::socialReport(), [](json::object& o) { o["category"] = "fraud"; }),
                        "report.category");
        requireRejected(edited(test::socialReport(), [](json::object& o) { o["kind"] = "integrity_concern"; }),
                        "report.category");
    }
    SECTION("when.local has the shape its precision asks for")
    {
        const Report r = test::nearMissReport(); // exact
        requireRejected(edited(r, [](json::object& o) { o["when"].as_object()["local"] = "2025-03-12"; }),
                        "report.when.local: \"2025-03-12\" does not match precision \"exact\"");
        requireRejected(edited(r, [](json::object& o) { o["when"].as_object()["precision"] = "month"; }),
                        "report.when.local");
        requireRejected(edited(r, [](json::object& o) { o["when"].as_object()["precision"] = "day"; }),
                        "report.when.local");
        requireRejected(edited(r, [](json::object& o) { o["when"].as_object()["local"] = "2025-03-12 14:20"; }),
                        "report.when.local");
        requireRejected(edited(r, [](json::object& o) { o["when"].as_object()["local"] = "2025-3-12T14:20"; }),
                        "report.when.local");
        const Report month = test::socialReport();
        requireRejected(edited(month, [](json::object& o) { o["when"].as_object()["local"] = "2025-02-01"; }),
                        "report.when.local");
        requireRejected(edited(month, [](json::object& o) { o["when"].as_object()["local"] = "2025-0a"; }),
                        "report.when.local");
        auto day = edited(month, [](json::object& o) {
            o["when"].as_object()["local"] = "2025-02-01";
            o["when"].as_object()["precision"] = "day";
        });
        CHECK(decodeReport(day).ok());
    }
    SECTION("when.local is a date on the calendar, not just digits")
    {
        // Regression: "2025-13" passed the report checks, was sealed, and the registry then
        // refused the routing header (month 13) - a report lost after the device had a receipt.
        const Report month = test::socialReport();
        for (std::string_view bad : {"2025-00", "2025-13", "2025-99"}) {
            requireRejected(edited(month, [&](json::object& o) { o["when"].as_object()["local"] = bad; }),
                            "report.when.local");
            Report r = month;
            r.when.local = bad;
            CHECK_FALSE(encodeReport(r).ok());
        }
        for (std::string_view good : {"2025-01", "2025-09", "2025-10", "2025-12"}) {
            Report r = month;
            r.when.local = good;
            CHECK(decodeReport(encoded(r)).ok());
        }
        const Report exact = test::nearMissReport();
        for (std::string_view bad : {"2025-03-00T14:20", "2025-03-32T14:20", "2025-00-12T14:20", "2025-03-12T24:00",
                                     "2025-03-12T14:60", "2025-03-12T14:2x"})
            requireRejected(edited(exact, [&](json::object& o) { o["when"].as_object()["local"] = bad; }),
                            "report.when.local");
        for (std::string_view good : {"2025-03-01T00:00", "2025-12-31T23:59"}) {
            Report r = exact;
            r.when.local = good;
            CHECK(decodeReport(encoded(r)).ok());
        }
    }
    SECTION("an anonymous report carries no identity")
    {
        requireRejected(edited(test::nearMissReport(), [](json::object& o) { o["mode"] = "anonymous"; }),
                        "report.identity: an anonymous report must not carry an identity");
        Report r = test::socialReport();
        r.mode = ReportingMode::Anonymous;
        CHECK_FALSE(encodeReport(r).ok());
        r.identity.clear();
        CHECK(encodeReport(r).ok());
    }
    SECTION("severity and likelihood come together")
    {
        requireRejected(edited(test::nearMissReport(),
                               [](json::object& o) {
                                   o["risk"].as_object()["worst"].as_object()["likelihood"] = "none";
                               }),
                        "report.risk");
        requireRejected(edited(test::nearMissReport(),
                               [](json::object& o) { o["risk"].as_object()["worst"].as_object().erase("likelihood"); }),
                        "report.risk.worst.likelihood: is required");
    }
    SECTION("an involved entry names something")
    {
        requireRejected(edited(test::nearMissReport(),
                               [](json::object& o) { o["involved"].as_array()[0] = json::object(); }),
                        "report.involved");
    }
}

TEST_CASE("the report decoder rejects text that is not a bounded JSON object", "[report][codec][bad-input]")
{
    requireRejected("", "report: not valid JSON");
    requireRejected("{\"v\":1,", "report: not valid JSON");
    requireRejected("v=1", "report: not valid JSON");
    requireRejected("[{\"v\":1}]", "report: expected a JSON object at the top level");
    requireRejected("\"report\"", "report: expected a JSON object");
    requireRejected("null", "report: expected a JSON object");

    // Deep nesting is refused by the parser before any field is looked at.
    auto nestedTags = [](std::size_t depth) {
        std::string tags = std::string(depth, '[') + "\"x\"" + std::string(depth, ']');
        std::string text = encoded(minimalReport());
        text.insert(text.size() - 1, ",\"tags\":" + tags);
        return text;
    };
    requireRejected(nestedTags(64), "report: not valid JSON");
    // Nesting within the limit reaches the field checks instead.
    requireRejected(nestedTags(4), "report.tags[0]: expected a string");
    REQUIRE(decodeReport(nestedTags(1)).ok());

    // An otherwise valid report padded past the size limit is refused on its size.
    std::string big = encoded(test::nearMissReport());
    big.insert(1, limits::reportJson, ' ');
    REQUIRE(big.size() > limits::reportJson);
    requireRejected(big, "report: document is " + std::to_string(big.size()) + " bytes, the limit is 262144");
    // The padding alone is harmless when the document stays within the limit.
    std::string padded = encoded(test::nearMissReport());
    padded.insert(1, 1000, ' ');
    CHECK(decodeReport(padded).ok());
}

TEST_CASE("a report body carries the report and its attachments exactly", "[report][body]")
{
    Report report = test::nearMissReport();
    const Bytes photo{1, 2, 3, 4, 5};
    const Bytes empty{};
    const Bytes doc(300, 0xab);
    report.attachments = {AttachmentInfo{"a.jpg", "image/jpeg", photo.size()},
                          AttachmentInfo{"b.txt", "text/plain", 0},
                          AttachmentInfo{"c.pdf", "application/pdf", doc.size()}};
    const std::vector<Bytes> attachments{photo, empty, doc};
    auto body = encodeReportBody(report, attachments);
    REQUIRE(body.ok());
    const std::string json = encoded(report);
    // u32 length, the canonical JSON, then the raw attachments.
    REQUIRE(body->bytes().size() == 4 + json.size() + photo.size() + doc.size());
    ByteReader head(body->view(), "body");
    CHECK(*head.u32("len") == json.size());

    auto decoded = decodeReportBody(body->view());
    REQUIRE(decoded.ok());
    CHECK(decoded->report == report);
    REQUIRE(decoded->attachments.size() == 3);
    CHECK(decoded->attachments[0].bytes() == photo);
    CHECK(decoded->attachments[1].bytes().empty());
    CHECK(decoded->attachments[2].bytes() == doc);
}

TEST_CASE("a report body with wrong attachment sizes, truncation or trailing bytes is rejected",
          "[report][body][bad-input]")
{
    Report report = test::nearMissReport();
    const Bytes photo(100, 0x5a);
    report.attachments = {AttachmentInfo{"a.jpg", "image/jpeg", photo.size()}};
    const std::vector<Bytes> attachments{photo};

    SECTION("the encoder checks the sizes and the count")
    {
        Report lying = report;
        lying.attachments[0].size = 99;
        auto r = encodeReportBody(lying, attachments);
        REQUIRE_FALSE(r.ok());
        CHECK_THAT(r.error().message, Catch::Contains("attachment 0 is 100 bytes, the report says 99"));
        auto missing = encodeReportBody(report, {});
        REQUIRE_FALSE(missing.ok());
        CHECK_THAT(missing.error().message, Catch::Contains("0 attachments given, the report lists 1"));
        CHECK_FALSE(encodeReportBody(test::nearMissReport(), attachments).ok());
    }

    auto body = encodeReportBody(report, attachments);
    REQUIRE(body.ok());
    const Bytes bytes = body->bytes();

    SECTION("trailing bytes")
    {
        Bytes longer = bytes;
        longer.push_back(0);
        auto r = decodeReportBody(longer);
        REQUIRE_FALSE(r.ok());
        CHECK_THAT(r.error().message, Catch::Contains("report body: 1 unexpected trailing bytes"));
        // The same happens when the report claims fewer attachments than the body holds.
        auto noAttachments = encodeReportBody(test::nearMissReport(), {});
        REQUIRE(noAttachments.ok());
        Bytes extra = noAttachments->bytes();
        extra.insert(extra.end(), photo.begin(), photo.end());
        CHECK_THAT(decodeReportBody(extra).error().message, Catch::Contains("trailing"));
    }
    SECTION("truncated attachment")
    {
        for (std::size_t cut : {std::size_t{1}, std::size_t{50}, photo.size()}) {
            auto r = decodeReportBody(ByteView(bytes).first(bytes.size() - cut));
            INFO("cut " << cut);
            REQUIRE_FALSE(r.ok());
            CHECK_THAT(r.error().message, Catch::Contains("report body: attachment at byte"));
            CHECK_THAT(r.error().message, Catch::Contains("truncated"));
        }
    }
    SECTION("truncated or lying report length")
    {
        CHECK_THAT(decodeReportBody(ByteView(bytes).first(3)).error().message, Catch::Contains("report_len"));
        CHECK_THAT(decodeReportBody(ByteView(bytes).first(40)).error().message,
                   Catch::Contains("report body: report at byte 4"));
        Bytes huge = bytes;
        huge[0] = 0x7f;
        CHECK_THAT(decodeReportBody(huge).error().message, Catch::Contains("exceeds the limit"));
        // One byte shorter: the JSON is cut and no longer parses.
        Bytes shorter = bytes;
        shorter[3] = static_cast<std::uint8_t>(shorter[3] - 1);
        CHECK_FALSE(decodeReportBody(shorter).ok());
    }
    SECTION("a body whose JSON is not a valid report")
    {
        ByteWriter w;
        const std::string bad = R"({"v":2})";
        w.u32(static_cast<std::uint32_t>(bad.size()));
        w.text(bad);
        CHECK_THAT(decodeReportBody(w.data()).error().message, Catch::Contains("report.v"));
    }
}
