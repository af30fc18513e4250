// SPDX-License-Identifier: EUPL-1.2
#include "routingheader.h"

#include "jsonreader.h"

#include <boost/json/serialize.hpp>

namespace vigil {

namespace json = boost::json;

namespace {

json::array toArray(const std::vector<std::string>& values)
{
    json::array a;
    for (const auto& v : values)
        a.emplace_back(v);
    return a;
}

template <std::size_t N>
FixedBytes<N> hexField(JsonReader& r, std::string_view key)
{
    auto text = r.text(key, 2 * N);
    if (r.failed())
        return {};
    auto bytes = fixedFromHex<N>(text);
    if (!bytes) {
        r.fail(key, bytes.error().message);
        return {};
    }
    return *bytes;
}

bool isMonth(std::string_view s)
{
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    return s.size() == 7 && digit(s[0]) && digit(s[1]) && digit(s[2]) && digit(s[3]) && s[4] == '-' && digit(s[5])
        && digit(s[6]) && ((s[5] == '0' && s[6] != '0') || (s[5] == '1' && s[6] <= '2'));
}

json::object surveyObject(const SurveyAnswers& a)
{
    json::object o;
    if (a.heard != 0)
        o.emplace("heard", a.heard);
    if (a.again != ReportAgain::None)
        o.emplace("again", enumName(a.again));
    if (a.fear != 0)
        o.emplace("fear", a.fear);
    return o;
}

/// The answers of §2.6 `survey`: each optional (skipped), each within its scale, not all skipped.
SurveyAnswers readSurvey(JsonReader& r)
{
    SurveyAnswers a;
    if (r.has("heard"))
        a.heard = static_cast<int>(r.integer("heard", 1, 5));
    a.again = r.choice("again", ReportAgain::None, Need::Optional);
    if (r.has("fear"))
        a.fear = static_cast<int>(r.integer("fear", 1, 5));
    r.close();
    return a;
}

} // namespace

std::string encodeRoutingHeader(const RoutingHeader& h)
{
    json::object o;
    o.emplace("v", kRoutingHeaderVersion);
    o.emplace("report_id", toHex(h.reportId));
    if (h.thread)
        o.emplace("thread", toHex(*h.thread));
    o.emplace("kind", enumName(h.kind));
    o.emplace("category", enumName(h.category));
    o.emplace("groups", toArray(h.groups));
    o.emplace("recipients", toArray(h.recipients));
    if (h.severity != Severity::None) {
        o.emplace("severity", enumName(h.severity));
        o.emplace("likelihood", enumName(h.likelihood));
    }
    if (h.impact != ImpactLevel::None)
        o.emplace("impact", enumName(h.impact));
    if (h.immediateDanger)
        o.emplace("immediate_danger", true);
    if (!h.unit.empty())
        o.emplace("unit", h.unit);
    o.emplace("month", h.month);
    o.emplace("lang", h.language);
    o.emplace("mode", enumName(h.mode));
    if (h.consentCommander)
        o.emplace("consent_commander", true);
    o.emplace("reply_key", toHex(h.replyKey));
    o.emplace("content_hash", toHex(h.contentHash));
    o.emplace("directory_version", h.directoryVersion);
    if (h.signal != FollowUpSignal::None)
        o.emplace("signal", enumName(h.signal));
    if (h.survey && !h.survey->empty())
        o.emplace("survey", surveyObject(*h.survey));
    return json::serialize(o);
}

Result<RoutingHeader> decodeRoutingHeader(std::string_view text)
{
    auto object = parseJsonObject(text, "routing header", envelope::kMaxHeaderBytes);
    if (!object)
        return object.error();
    JsonReader r(*object, "header");
    const auto version = r.integer("v", 0, INT32_MAX);
    if (!r.failed() && version != kRoutingHeaderVersion)
        return Error{"header.v: version " + std::to_string(version) + " is not supported"};
    RoutingHeader h;
    h.reportId = hexField<16>(r, "report_id");
    if (r.has("thread"))
        h.thread = hexField<16>(r, "thread");
    h.kind = r.choice("kind", Kind::NearMiss);
    h.category = r.choice("category", Category::OtherPhysical);
    h.groups = r.texts("groups", kMaxHeaderGroups, kMaxHeaderIdBytes, Need::Required);
    h.recipients = r.texts("recipients", kMaxHeaderRecipients, kMaxHeaderIdBytes, Need::Required);
    h.severity = r.choice("severity", Severity::None, Need::Optional);
    h.likelihood = r.choice("likelihood", Likelihood::None, h.severity == Severity::None ? Need::Optional : Need::Required);
    h.impact = r.choice("impact", ImpactLevel::None, Need::Optional);
    h.immediateDanger = r.flag("immediate_danger");
    h.unit = r.text("unit", kMaxHeaderIdBytes, Need::Optional);
    h.month = r.text("month", 7);
    h.language = r.text("lang", 2);
    h.mode = r.choice("mode", ReportingMode::Anonymous);
    h.consentCommander = r.flag("consent_commander");
    h.replyKey = hexField<32>(r, "reply_key");
    h.contentHash = hexField<32>(r, "content_hash");
    h.directoryVersion = static_cast<std::uint32_t>(r.integer("directory_version", 0, UINT32_MAX));
    h.signal = r.choice("signal", FollowUpSignal::None, Need::Optional);
    if (auto survey = r.object("survey"))
        h.survey = readSurvey(*survey);
    if (!r.failed() && !isMonth(h.month))
        r.fail("month", "expected YYYY-MM, got \"" + h.month + "\"");
    if (!r.failed() && h.language != "nl" && h.language != "en")
        r.fail("lang", "expected nl or en, got \"" + h.language + "\"");
    // "Both or neither", as the encoder writes them: a likelihood without a severity says
    // nothing a statistic could use, and no device seals one.
    if (!r.failed() && h.severity == Severity::None && h.likelihood != Likelihood::None)
        r.fail("likelihood", "is given without a severity");
    if (!r.failed() && domainOf(h.kind) != domainOf(h.category))
        r.fail("category", "does not belong to the kind of report");
    if (!r.failed() && (h.groups.empty() || h.recipients.empty()))
        r.fail("recipients", "a report needs at least one group and one recipient");
    // A signal is something the reporter says about a report: a new report has nothing to say
    // it about, and the registry would count it nowhere.
    if (!r.failed() && h.signal != FollowUpSignal::None && !h.thread)
        r.fail("signal", "is only on a follow-up (a header with thread)");
    // Answers are about a case the reporter filed: on a new report there is nothing to join.
    if (!r.failed() && h.survey && !h.thread)
        r.fail("survey", "is only on a follow-up (a header with thread)");
    // A reporter who skips every question sends no survey; an empty one would count nowhere.
    if (!r.failed() && h.survey && h.survey->empty())
        r.fail("survey", "has no answer (skip the survey rather than send it empty)");
    if (auto s = r.finish(); !s)
        return s.error();
    return h;
}

} // namespace vigil
