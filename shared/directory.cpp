// SPDX-License-Identifier: EUPL-1.2
#include "directory.h"

#include "jsonreader.h"
#include "signeddoc.h"

#include <boost/json/serialize.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace vigil {

namespace json = boost::json;

namespace {

constexpr std::size_t kMaxName = 200;
constexpr std::size_t kMaxEntries = 4096;

PublicKey keyField(JsonReader& r, std::string_view key)
{
    auto text = r.text(key, 64);
    if (r.failed())
        return {};
    auto bytes = fixedFromHex<32>(text);
    if (!bytes) {
        r.fail(key, bytes.error().message);
        return {};
    }
    return *bytes;
}

json::object encodeGroup(const Group& g)
{
    json::object o;
    o.emplace("id", g.id);
    o.emplace("kind", enumName(g.kind));
    if (!g.unit.empty())
        o.emplace("unit", g.unit);
    o.emplace("name_nl", g.nameNl);
    o.emplace("name_en", g.nameEn);
    json::array members;
    for (const auto& m : g.members) {
        json::object e;
        e.emplace("id", m.id);
        e.emplace("name", m.name);
        e.emplace("box_key", toHex(m.boxKey));
        e.emplace("sign_key", toHex(m.signKey));
        members.emplace_back(std::move(e));
    }
    o.emplace("members", std::move(members));
    return o;
}

/// Cross-field rules: ids unique, references resolve, the unit tree has no cycles.
Status checkConsistency(const Directory& d)
{
    std::set<std::string_view> ids;
    for (const auto& u : d.units)
        if (!ids.insert(u.id).second)
            return Error{"directory.units: duplicate unit id \"" + u.id + "\""};
    for (const auto& u : d.units) {
        if (!u.parent.empty() && d.unit(u.parent) == nullptr)
            return Error{"directory.units: unit \"" + u.id + "\" has unknown parent \"" + u.parent + "\""};
        const Unit* at = &u;
        for (std::size_t steps = 0; at != nullptr && !at->parent.empty(); ++steps) {
            if (steps > d.units.size())
                return Error{"directory.units: the parent chain of \"" + u.id + "\" is a cycle"};
            at = d.unit(at->parent);
        }
    }
    std::set<std::string_view> relayIds;
    for (const auto& r : d.relays)
        if (!relayIds.insert(r.id).second)
            return Error{"directory.relays: duplicate relay id \"" + r.id + "\""};
    std::set<std::string_view> groupIds;
    // A member may sit in several groups, but always with the same keys: recipientsFor()
    // wraps once per member id, so differing keys would silently pick one.
    std::map<std::string_view, const Member*> members;
    for (const auto& g : d.groups) {
        if (!groupIds.insert(g.id).second)
            return Error{"directory.groups: duplicate group id \"" + g.id + "\""};
        if (!g.unit.empty() && d.unit(g.unit) == nullptr)
            return Error{"directory.groups: group \"" + g.id + "\" names unknown unit \"" + g.unit + "\""};
        std::set<std::string_view> inGroup;
        for (const auto& m : g.members) {
            if (!inGroup.insert(m.id).second)
                return Error{"directory.groups: member \"" + m.id + "\" appears twice in \"" + g.id + "\""};
            auto [it, fresh] = members.emplace(m.id, &m);
            if (!fresh && (it->second->boxKey != m.boxKey || it->second->signKey != m.signKey))
                return Error{"directory.groups: member \"" + m.id + "\" has different keys in different groups"};
        }
    }
    return {};
}

} // namespace

const Group* Directory::group(std::string_view id) const
{
    auto it = std::find_if(groups.begin(), groups.end(), [&](const Group& g) { return g.id == id; });
    return it == groups.end() ? nullptr : &*it;
}

const Unit* Directory::unit(std::string_view id) const
{
    auto it = std::find_if(units.begin(), units.end(), [&](const Unit& u) { return u.id == id; });
    return it == units.end() ? nullptr : &*it;
}

std::vector<PublicKey> Directory::receiptKeys() const
{
    std::vector<PublicKey> out;
    for (const auto& r : relays)
        out.push_back(r.receiptKey);
    return out;
}

std::string encodeDirectory(const Directory& d)
{
    json::object o;
    o.emplace("v", kDirectoryFormat);
    o.emplace("version", d.version);
    o.emplace("issued", d.issued);
    o.emplace("expires", d.expires);
    o.emplace("routing_key", toHex(d.routingKey));
    if (d.onlineKey)
        o.emplace("online_key", toHex(*d.onlineKey));
    json::array relays;
    for (const auto& r : d.relays) {
        json::object e;
        e.emplace("id", r.id);
        e.emplace("receipt_key", toHex(r.receiptKey));
        relays.emplace_back(std::move(e));
    }
    o.emplace("relays", std::move(relays));
    json::array units;
    for (const auto& u : d.units) {
        json::object e;
        e.emplace("id", u.id);
        e.emplace("name", u.name);
        if (!u.nameNl.empty())
            e.emplace("name_nl", u.nameNl);
        if (!u.parent.empty())
            e.emplace("parent", u.parent);
        units.emplace_back(std::move(e));
    }
    o.emplace("units", std::move(units));
    json::array groups;
    for (const auto& g : d.groups)
        groups.emplace_back(encodeGroup(g));
    o.emplace("groups", std::move(groups));
    json::array routes;
    for (const auto& rule : d.routes) {
        json::object e;
        e.emplace("domain", enumName(rule.domain));
        if (rule.minSeverity != Severity::None)
            e.emplace("min_severity", enumName(rule.minSeverity));
        if (rule.minImpact != ImpactLevel::None)
            e.emplace("min_impact", enumName(rule.minImpact));
        e.emplace("target", enumName(rule.target));
        if (rule.consentRequired)
            e.emplace("consent_required", true);
        routes.emplace_back(std::move(e));
    }
    o.emplace("routes", std::move(routes));
    return json::serialize(o);
}

Result<Directory> decodeDirectory(std::string_view text)
{
    auto object = parseJsonObject(text, "directory", kMaxSignedPayload);
    if (!object)
        return object.error();
    JsonReader r(*object, "directory");
    const auto format = r.integer("v", 0, INT32_MAX);
    if (!r.failed() && format != kDirectoryFormat)
        return Error{"directory.v: format " + std::to_string(format) + " is not supported"};
    Directory d;
    d.version = static_cast<std::uint32_t>(r.integer("version", 1, UINT32_MAX));
    d.issued = static_cast<std::uint64_t>(r.integer("issued", 0, INT64_MAX));
    d.expires = static_cast<std::uint64_t>(r.integer("expires", 0, INT64_MAX));
    d.routingKey = keyField(r, "routing_key");
    if (r.has("online_key"))
        d.onlineKey = keyField(r, "online_key");
    for (auto& e : r.objects("relays", kMaxEntries, Need::Required)) {
        RelayInfo relay;
        relay.id = e.text("id", kMaxIdBytes);
        relay.receiptKey = keyField(e, "receipt_key");
        e.close();
        d.relays.push_back(std::move(relay));
    }
    for (auto& e : r.objects("units", kMaxEntries, Need::Required)) {
        Unit u;
        u.id = e.text("id", kMaxIdBytes);
        u.name = e.text("name", kMaxName);
        u.parent = e.text("parent", kMaxIdBytes, Need::Optional);
        u.nameNl = e.text("name_nl", kMaxName, Need::Optional);
        e.close();
        d.units.push_back(std::move(u));
    }
    for (auto& e : r.objects("groups", kMaxEntries, Need::Required)) {
        Group g;
        g.id = e.text("id", kMaxIdBytes);
        g.kind = e.choice("kind", GroupKind::SafetyOfficer);
        g.unit = e.text("unit", kMaxIdBytes, Need::Optional);
        g.nameNl = e.text("name_nl", kMaxName);
        g.nameEn = e.text("name_en", kMaxName);
        for (auto& m : e.objects("members", kMaxEntries, Need::Required)) {
            Member member;
            member.id = m.text("id", kMaxIdBytes);
            member.name = m.text("name", kMaxName);
            member.boxKey = keyField(m, "box_key");
            member.signKey = keyField(m, "sign_key");
            m.close();
            g.members.push_back(std::move(member));
        }
        e.close();
        d.groups.push_back(std::move(g));
    }
    for (auto& e : r.objects("routes", kMaxEntries, Need::Required)) {
        RouteRule rule;
        rule.domain = e.choice("domain", Domain::Physical);
        rule.minSeverity = e.choice("min_severity", Severity::None, Need::Optional);
        rule.minImpact = e.choice("min_impact", ImpactLevel::None, Need::Optional);
        rule.target = e.choice("target", GroupKind::SafetyOfficer);
        rule.consentRequired = e.flag("consent_required");
        e.close();
        d.routes.push_back(rule);
    }
    if (auto s = r.finish(); !s)
        return s.error();
    if (d.expires <= d.issued)
        return Error{"directory.expires: must be after issued"};
    if (auto s = checkConsistency(d); !s)
        return s.error();
    return d;
}

Bytes signDirectory(const Directory& directory, const SigningKeyPair& rootKey)
{
    return signDocument(kDirectoryMagic, encodeDirectory(directory), rootKey);
}

Result<Directory> verifyDirectory(ByteView signedDirectory, const RootKeySet& rootKey, std::uint64_t now,
                                  std::uint32_t minVersion)
{
    auto payload = openSignedDocument(signedDirectory, kDirectoryMagic, rootKey, "directory");
    if (!payload)
        return payload.error();
    auto d = decodeDirectory(*payload);
    if (!d)
        return d.error();
    if (now >= d->expires)
        return Error{"directory: version " + std::to_string(d->version) + " expired at " + std::to_string(d->expires)
                     + " (now " + std::to_string(now) + ")"};
    if (d->version < minVersion)
        return Error{"directory: version " + std::to_string(d->version) + " is older than the version "
                     + std::to_string(minVersion) + " already trusted (rollback refused)"};
    return d;
}

} // namespace vigil
