// SPDX-License-Identifier: EUPL-1.2
#include "reportcodec.h"

#include "jsonreader.h"
#include "secret.h"

#include <boost/json/serialize.hpp>

#include <cctype>

namespace vigil {

namespace json = boost::json;

namespace {

// --- validation -------------------------------------------------------------------------

bool digitsAt(std::string_view s, std::size_t from, std::size_t count)
{
    for (std::size_t i = from; i < from + count; ++i)
        if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i])))
            return false;
    return true;
}

/// Two digits at `from` forming a number in [min, max].
bool twoDigitsIn(std::string_view s, std::size_t from, int min, int max)
{
    if (!digitsAt(s, from, 2))
        return false;
    const int v = (s[from] - '0') * 10 + (s[from + 1] - '0');
    return v >= min && v <= max;
}

/// The shape of `when.local` follows the precision the reporter chose, so a vague date
/// cannot carry a hidden exact time. The ranges matter too: the routing header takes its
/// month from here, and the registry refuses a header whose month is not 01-12.
bool localTimeMatches(std::string_view s, TimePrecision precision)
{
    const bool month = s.size() >= 7 && digitsAt(s, 0, 4) && s[4] == '-' && twoDigitsIn(s, 5, 1, 12);
    const bool day = month && s.size() >= 10 && s[7] == '-' && twoDigitsIn(s, 8, 1, 31);
    switch (precision) {
    case TimePrecision::Month:
        return month && s.size() == 7;
    case TimePrecision::Day:
        return day && s.size() == 10;
    case TimePrecision::Exact:
        return day && s.size() == 16 && s[10] == 'T' && twoDigitsIn(s, 11, 0, 23) && s[13] == ':'
            && twoDigitsIn(s, 14, 0, 59);
    }
    return false;
}

Status checkLength(std::string_view field, std::string_view value, std::size_t max)
{
    if (value.size() > max)
        return Error{"report." + std::string(field) + ": is " + std::to_string(value.size())
                     + " bytes long, the limit is " + std::to_string(max)};
    return {};
}

Status checkList(std::string_view field, const std::vector<std::string>& list, std::size_t maxEach)
{
    if (list.size() > limits::listEntries)
        return Error{"report." + std::string(field) + ": has " + std::to_string(list.size())
                     + " entries, the limit is " + std::to_string(limits::listEntries)};
    for (const auto& entry : list)
        if (entry.empty() || entry.size() > maxEach)
            return Error{"report." + std::string(field) + ": entries must be 1 to " + std::to_string(maxEach)
                         + " bytes long"};
    return {};
}

bool involvedIsEmpty(const Involved& i)
{
    return i.role.empty() && i.equipment.empty() && i.substance.empty() && i.unNumber.empty() && i.adrClass.empty()
        && i.quantity.empty();
}

} // namespace

Status validateReport(const Report& r)
{
    if (domainOf(r.kind) != domainOf(r.category))
        return Error{"report.category: \"" + std::string(enumName(r.category)) + "\" does not belong to kind \""
                     + std::string(enumName(r.kind)) + "\""};
    if (r.headline.empty())
        return Error{"report.headline: is required but missing"};
    if (r.when.zone.empty())
        return Error{"report.when.zone: is required but missing"};
    if (!localTimeMatches(r.when.local, r.when.precision))
        return Error{"report.when.local: \"" + r.when.local + "\" does not match precision \""
                     + std::string(enumName(r.when.precision)) + "\""};
    if (r.mode == ReportingMode::Anonymous && !r.identity.empty())
        return Error{"report.identity: an anonymous report must not carry an identity"};
    if (r.risk.actual.isSet() != (r.risk.actual.likelihood != Likelihood::None)
        || r.risk.worst.isSet() != (r.risk.worst.likelihood != Likelihood::None))
        return Error{"report.risk: severity and likelihood must be given together"};
    if (r.involved.size() > limits::listEntries)
        return Error{"report.involved: too many entries"};
    for (const auto& i : r.involved) {
        if (involvedIsEmpty(i))
            return Error{"report.involved: an entry must name a role, equipment or substance"};
        // The decoder's limits, checked here too: a device must never seal a body its readers
        // cannot decode.
        for (auto [field, value, max] : {std::tuple{"involved.role", std::string_view(i.role), limits::shortText},
                                         {"involved.equipment", i.equipment, limits::shortText},
                                         {"involved.substance", i.substance, limits::shortText},
                                         {"involved.un_number", i.unNumber, limits::code},
                                         {"involved.adr_class", i.adrClass, limits::code},
                                         {"involved.quantity", i.quantity, limits::quantity}})
            if (auto s = checkLength(field, value, max); !s)
                return s;
    }
    if (r.attachments.size() > limits::attachments)
        return Error{"report.attachments: has " + std::to_string(r.attachments.size()) + " entries, the limit is "
                     + std::to_string(limits::attachments)};
    for (const auto& a : r.attachments) {
        if (a.name.empty() || a.mime.empty() || a.size > limits::attachmentBytes)
            return Error{"report.attachments: each needs a name, a type and a size up to 32 MiB"};
        if (auto s = checkLength("attachments.name", a.name, limits::attachmentName); !s)
            return s;
        if (auto s = checkLength("attachments.mime", a.mime, limits::attachmentMime); !s)
            return s;
    }
    for (auto [field, value, max] : {std::tuple{"headline", std::string_view(r.headline), limits::headline},
                                     {"narrative", r.narrative, limits::narrative},
                                     {"when.local", r.when.local, limits::localTime},
                                     {"when.zone", r.when.zone, limits::zone},
                                     {"where.text", r.where.text, limits::shortText},
                                     {"where.grid", r.where.grid, limits::grid},
                                     {"could_have_happened", r.couldHaveHappened, limits::longText},
                                     {"suggestion", r.suggestion, limits::longText},
                                     {"identity", r.identity, limits::shortText}})
        if (auto s = checkLength(field, value, max); !s)
            return s;
    if (auto s = checkList("tags", r.tags, limits::tag); !s)
        return s;
    if (auto s = checkList("factors", r.factors, limits::shortText); !s)
        return s;
    return checkList("immediate_actions", r.immediateActions, limits::shortText);
}

// --- encoding ---------------------------------------------------------------------------

namespace {

void putText(json::object& o, std::string_view key, const std::string& value)
{
    if (!value.empty())
        o.emplace(key, value);
}

void putFlag(json::object& o, std::string_view key, bool value)
{
    if (value)
        o.emplace(key, true);
}

void putTexts(json::object& o, std::string_view key, const std::vector<std::string>& values)
{
    if (values.empty())
        return;
    json::array a;
    for (const auto& v : values)
        a.emplace_back(v);
    o.emplace(key, std::move(a));
}

template <typename E>
void putEnum(json::object& o, std::string_view key, E value)
{
    o.emplace(key, enumName(value));
}

json::object encodeCell(const RiskCell& c)
{
    json::object o;
    putEnum(o, "severity", c.severity);
    putEnum(o, "likelihood", c.likelihood);
    return o;
}

json::object toJson(const Report& r)
{
    json::object o;
    o.emplace("v", kReportVersion);
    putEnum(o, "kind", r.kind);
    putEnum(o, "category", r.category);
    putTexts(o, "tags", r.tags);
    putText(o, "headline", r.headline);
    putText(o, "narrative", r.narrative);

    json::object when;
    putText(when, "local", r.when.local);
    putText(when, "zone", r.when.zone);
    putEnum(when, "precision", r.when.precision);
    if (r.when.period != PeriodOfDay::Unknown)
        putEnum(when, "period", r.when.period);
    putFlag(when, "ongoing", r.when.ongoing);
    o.emplace("when", std::move(when));

    json::object where;
    putEnum(where, "type", r.where.type);
    putText(where, "text", r.where.text);
    putText(where, "grid", r.where.grid);
    o.emplace("where", std::move(where));

    if (!r.involved.empty()) {
        json::array a;
        for (const auto& i : r.involved) {
            json::object e;
            putText(e, "role", i.role);
            putText(e, "equipment", i.equipment);
            putText(e, "substance", i.substance);
            putText(e, "un_number", i.unNumber);
            putText(e, "adr_class", i.adrClass);
            putText(e, "quantity", i.quantity);
            a.emplace_back(std::move(e));
        }
        o.emplace("involved", std::move(a));
    }
    if (r.outcome.isSet()) {
        json::object e;
        if (r.outcome.injury != InjuryLevel::None)
            putEnum(e, "injury", r.outcome.injury);
        if (r.outcome.damage != DamageLevel::None)
            putEnum(e, "damage", r.outcome.damage);
        putFlag(e, "release", r.outcome.release);
        o.emplace("outcome", std::move(e));
    }
    putTexts(o, "factors", r.factors);
    putTexts(o, "immediate_actions", r.immediateActions);
    putText(o, "could_have_happened", r.couldHaveHappened);
    putText(o, "suggestion", r.suggestion);
    if (r.risk.isSet()) {
        json::object e;
        if (r.risk.actual.isSet())
            e.emplace("actual", encodeCell(r.risk.actual));
        if (r.risk.worst.isSet())
            e.emplace("worst", encodeCell(r.risk.worst));
        o.emplace("risk", std::move(e));
    }
    if (r.impact.isSet()) {
        json::object e;
        if (r.impact.level != ImpactLevel::None)
            putEnum(e, "level", r.impact.level);
        putFlag(e, "ongoing", r.impact.ongoing);
        putFlag(e, "immediate_danger", r.impact.immediateDanger);
        o.emplace("impact", std::move(e));
    }
    putEnum(o, "mode", r.mode);
    putText(o, "identity", r.identity);
    if (r.support != Support{}) {
        json::object e;
        putFlag(e, "consent_to_contact", r.support.consentToContact);
        putFlag(e, "wants_confidential_advisor", r.support.wantsConfidentialAdvisor);
        putFlag(e, "wants_aftercare", r.support.wantsAftercare);
        putFlag(e, "wants_separation", r.support.wantsSeparation);
        putFlag(e, "commander_only_with_consent", r.support.commanderOnlyWithConsent);
        putFlag(e, "consent_commander", r.support.consentCommander);
        o.emplace("support", std::move(e));
    }
    if (r.routeHint != RouteHint::Auto)
        putEnum(o, "route_hint", r.routeHint);
    if (!r.attachments.empty()) {
        json::array a;
        for (const auto& att : r.attachments) {
            json::object e;
            e.emplace("name", att.name);
            e.emplace("mime", att.mime);
            e.emplace("size", att.size);
            a.emplace_back(std::move(e));
        }
        o.emplace("attachments", std::move(a));
    }
    return o;
}

} // namespace

Result<std::string> encodeReport(const Report& report)
{
    if (auto s = validateReport(report); !s)
        return s.error();
    std::string text = json::serialize(toJson(report));
    // Escaping can grow text up to six-fold (control characters become \u00XX), so fields that
    // are each within their limits can still add up to a document the decoder refuses.
    if (text.size() > limits::reportJson) {
        const std::size_t size = text.size();
        wipe(text);
        return Error{"report: encodes to " + std::to_string(size) + " bytes, the limit is "
                     + std::to_string(limits::reportJson)};
    }
    return text;
}

// --- decoding ---------------------------------------------------------------------------

namespace {

RiskCell decodeCell(JsonReader& r)
{
    RiskCell c;
    c.severity = r.choice("severity", Severity::None);
    c.likelihood = r.choice("likelihood", Likelihood::None);
    r.close();
    return c;
}

void decodeBody(JsonReader& r, Report& out)
{
    out.kind = r.choice("kind", Kind::NearMiss);
    out.category = r.choice("category", Category::OtherPhysical);
    out.tags = r.texts("tags", limits::listEntries, limits::tag);
    out.headline = r.text("headline", limits::headline);
    out.narrative = r.text("narrative", limits::narrative, Need::Optional);
    if (auto w = r.object("when", Need::Required)) {
        out.when.local = w->text("local", limits::localTime);
        out.when.zone = w->text("zone", limits::zone);
        out.when.precision = w->choice("precision", TimePrecision::Exact);
        out.when.period = w->choice("period", PeriodOfDay::Unknown, Need::Optional);
        out.when.ongoing = w->flag("ongoing");
        w->close();
    }
    if (auto w = r.object("where", Need::Required)) {
        out.where.type = w->choice("type", LocationType::Other);
        out.where.text = w->text("text", limits::shortText, Need::Optional);
        out.where.grid = w->text("grid", limits::grid, Need::Optional);
        w->close();
    }
    for (auto& e : r.objects("involved", limits::listEntries)) {
        Involved i;
        i.role = e.text("role", limits::shortText, Need::Optional);
        i.equipment = e.text("equipment", limits::shortText, Need::Optional);
        i.substance = e.text("substance", limits::shortText, Need::Optional);
        i.unNumber = e.text("un_number", limits::code, Need::Optional);
        i.adrClass = e.text("adr_class", limits::code, Need::Optional);
        i.quantity = e.text("quantity", limits::quantity, Need::Optional);
        e.close();
        out.involved.push_back(std::move(i));
    }
    if (auto e = r.object("outcome")) {
        out.outcome.injury = e->choice("injury", InjuryLevel::None, Need::Optional);
        out.outcome.damage = e->choice("damage", DamageLevel::None, Need::Optional);
        out.outcome.release = e->flag("release");
        e->close();
    }
    out.factors = r.texts("factors", limits::listEntries, limits::shortText);
    out.immediateActions = r.texts("immediate_actions", limits::listEntries, limits::shortText);
    out.couldHaveHappened = r.text("could_have_happened", limits::longText, Need::Optional);
    out.suggestion = r.text("suggestion", limits::longText, Need::Optional);
    if (auto e = r.object("risk")) {
        if (auto c = e->object("actual"))
            out.risk.actual = decodeCell(*c);
        if (auto c = e->object("worst"))
            out.risk.worst = decodeCell(*c);
        e->close();
    }
    if (auto e = r.object("impact")) {
        out.impact.level = e->choice("level", ImpactLevel::None, Need::Optional);
        out.impact.ongoing = e->flag("ongoing");
        out.impact.immediateDanger = e->flag("immediate_danger");
        e->close();
    }
    out.mode = r.choice("mode", ReportingMode::Anonymous);
    out.identity = r.text("identity", limits::shortText, Need::Optional);
    if (auto e = r.object("support")) {
        out.support.consentToContact = e->flag("consent_to_contact");
        out.support.wantsConfidentialAdvisor = e->flag("wants_confidential_advisor");
        out.support.wantsAftercare = e->flag("wants_aftercare");
        out.support.wantsSeparation = e->flag("wants_separation");
        out.support.commanderOnlyWithConsent = e->flag("commander_only_with_consent");
        out.support.consentCommander = e->flag("consent_commander");
        e->close();
    }
    out.routeHint = r.choice("route_hint", RouteHint::Auto, Need::Optional);
    for (auto& e : r.objects("attachments", limits::attachments)) {
        AttachmentInfo a;
        a.name = e.text("name", limits::attachmentName);
        a.mime = e.text("mime", limits::attachmentMime);
        a.size = static_cast<std::uint64_t>(e.integer("size", 0, static_cast<std::int64_t>(limits::attachmentBytes)));
        e.close();
        out.attachments.push_back(std::move(a));
    }
}

} // namespace

Result<Report> decodeReport(std::string_view text)
{
    auto object = parseJsonObject(text, "report", limits::reportJson);
    if (!object)
        return object.error();
    JsonReader r(*object, "report");
    const auto version = r.integer("v", 0, INT32_MAX);
    if (!r.failed() && version != kReportVersion)
        return Error{"report.v: version " + std::to_string(version) + " is not supported (this build reads version "
                     + std::to_string(kReportVersion) + ")"};
    Report out;
    decodeBody(r, out);
    if (auto s = r.finish(); !s)
        return s.error();
    if (auto s = validateReport(out); !s)
        return s.error();
    return out;
}

} // namespace vigil
