// SPDX-License-Identifier: EUPL-1.2
#include "authorities.h"

#include "jsonreader.h"
#include "signeddoc.h"

#include <boost/json/serialize.hpp>

#include <algorithm>
#include <set>

namespace vigil {

namespace json = boost::json;

namespace {

constexpr int kAuthoritiesFormat = 1;
constexpr std::size_t kMaxRoles = 16384;
constexpr std::size_t kMaxBytes = 4 * 1024 * 1024;

bool isRole(std::string_view r)
{
    return r == "measures" || r == "commander" || r == "inspectorate";
}
bool isLevel(std::string_view l)
{
    return l == "high" || l == "serious" || l == "medium" || l == "low";
}

AuthorityRole decodeRole(JsonReader& r)
{
    AuthorityRole role;
    role.member = r.text("member", kMaxIdBytes);
    role.role = r.text("role", 16);
    role.unit = r.text("unit", kMaxIdBytes, Need::Optional);
    role.source = r.text("source", 8);
    if (!r.failed() && !isRole(role.role))
        r.fail("role", "expected measures, commander or inspectorate, got \"" + role.role + "\"");
    if (!r.failed() && role.source != "group" && role.source != "grant")
        r.fail("source", "expected group or grant, got \"" + role.source + "\"");
    r.close();
    return role;
}

AcceptanceLevel decodeLevel(JsonReader& r)
{
    AcceptanceLevel level;
    level.level = r.text("level", 16);
    if (!r.failed() && !isLevel(level.level))
        r.fail("level", "expected high, serious, medium or low, got \"" + level.level + "\"");
    if (r.has("max_depth"))
        level.maxDepth = static_cast<int>(r.integer("max_depth", 0, 32));
    level.roles = r.texts("roles", 2, 16);
    for (const auto& role : level.roles)
        if (!r.failed() && role != "commander" && role != "measures")
            r.fail("roles", "a risk is accepted by a commander or measures role, not \"" + role + "\"");
    r.close();
    return level;
}

} // namespace

std::string encodeAuthorities(const Authorities& a)
{
    json::object o;
    o.emplace("v", kAuthoritiesFormat);
    o.emplace("serial", a.serial);
    o.emplace("version", a.version);
    o.emplace("directory_hash", toHex(a.directoryHash));
    o.emplace("issued", a.issued);
    o.emplace("expires", a.expires);
    json::array roles;
    for (const auto& r : a.roles) {
        json::object e;
        e.emplace("member", r.member);
        e.emplace("role", r.role);
        if (!r.unit.empty())
            e.emplace("unit", r.unit);
        e.emplace("source", r.source);
        roles.push_back(std::move(e));
    }
    o.emplace("roles", std::move(roles));
    json::array acceptance;
    for (const auto& l : a.acceptance) {
        json::object e;
        e.emplace("level", l.level);
        if (l.maxDepth)
            e.emplace("max_depth", *l.maxDepth);
        if (!l.roles.empty()) {
            json::array names;
            for (const auto& n : l.roles)
                names.emplace_back(n);
            e.emplace("roles", std::move(names));
        }
        acceptance.push_back(std::move(e));
    }
    o.emplace("acceptance", std::move(acceptance));
    return json::serialize(o);
}

Result<Authorities> decodeAuthorities(std::string_view text)
{
    auto object = parseJsonObject(text, "authorities", kMaxBytes);
    if (!object)
        return object.error();
    JsonReader r(*object, "authorities");
    const auto format = r.integer("v", 0, INT32_MAX);
    if (!r.failed() && format != kAuthoritiesFormat)
        return Error{"authorities.v: format " + std::to_string(format) + " is not supported"};
    Authorities a;
    a.serial = static_cast<std::uint64_t>(r.integer("serial", 1, INT64_MAX));
    a.version = static_cast<std::uint32_t>(r.integer("version", 1, UINT32_MAX));
    const std::string hash = r.text("directory_hash", 64);
    if (!r.failed()) {
        if (auto h = fixedFromHex<32>(hash))
            a.directoryHash = *h;
        else
            r.fail("directory_hash", h.error().message);
    }
    a.issued = static_cast<std::uint64_t>(r.integer("issued", 0, INT64_MAX));
    a.expires = static_cast<std::uint64_t>(r.integer("expires", 0, INT64_MAX));
    if (!r.failed() && a.expires <= a.issued)
        r.fail("expires", "must be after issued");
    std::set<std::tuple<std::string, std::string, std::string>> seen;
    for (auto& e : r.objects("roles", kMaxRoles, Need::Required)) {
        AuthorityRole role = decodeRole(e);
        if (!e.failed() && !seen.emplace(role.member, role.role, role.unit).second)
            e.fail("member", role.member + " holds " + role.role + " for that unit twice");
        a.roles.push_back(std::move(role));
    }
    std::set<std::string> levels;
    for (auto& e : r.objects("acceptance", 4, Need::Required)) {
        AcceptanceLevel level = decodeLevel(e);
        if (!e.failed() && !levels.insert(level.level).second)
            e.fail("level", "the level " + level.level + " has two rules");
        a.acceptance.push_back(std::move(level));
    }
    if (auto s = r.finish(); !s)
        return s.error();
    return a;
}

Bytes signAuthorities(const Authorities& authorities, const SigningKeyPair& rootKey)
{
    return signDocument(kAuthoritiesMagic, encodeAuthorities(authorities), rootKey);
}

Result<Hash32> directoryPayloadHash(ByteView signedDirectory, const RootKeySet& rootKey)
{
    auto payload = openSignedDocument(signedDirectory, kDirectoryMagic, rootKey, "directory");
    if (!payload)
        return payload.error();
    return blake2b256(asBytes(*payload));
}

namespace {

Result<Authorities> verifyAuthoritiesWith(ByteView signedAuthorities, ByteView signedDirectory,
                                          const RootKeySet& rootKey, const RootKeySet& directoryKeys, std::uint64_t now)
{
    auto payload = openSignedDocument(signedAuthorities, kAuthoritiesMagic, rootKey, "authorities");
    if (!payload)
        return payload.error();
    auto a = decodeAuthorities(*payload);
    if (!a)
        return a.error();
    // The directory is checked for its signature and form, not its expiry: the roles expire
    // with it, which the check of `a->expires` below says in their own words.
    auto directory = verifyDirectory(signedDirectory, directoryKeys, a->issued);
    if (!directory)
        return withContext("authorities: the directory they go with", directory.error());
    auto hash = directoryPayloadHash(signedDirectory, directoryKeys);
    if (!hash)
        return hash.error();
    if (directory->version != a->version)
        return Error{"authorities: made for directory version " + std::to_string(a->version)
                                             + ", not " + std::to_string(directory->version), ErrorKind::Invalid};
    if (!equalConstantTime(*hash, a->directoryHash))
        return Error{"authorities: made for another directory of version "
                                             + std::to_string(a->version), ErrorKind::Invalid};
    if (now > a->expires)
        return Error{"authorities: expired", ErrorKind::Invalid};
    for (const auto& role : a->roles) {
        const bool known = std::any_of(directory->groups.begin(), directory->groups.end(), [&](const Group& g) {
            return std::any_of(g.members.begin(), g.members.end(), [&](const Member& m) { return m.id == role.member; });
        });
        if (!known)
            return Error{"authorities: " + role.member + " is not a member of the directory", ErrorKind::Invalid};
        if (!role.unit.empty() && directory->unit(role.unit) == nullptr)
            return Error{"authorities: unit " + role.unit + " is not in the directory", ErrorKind::Invalid};
    }
    return std::move(*a);
}

} // namespace

Result<Authorities> verifyAuthorities(ByteView signedAuthorities, ByteView signedDirectory, const RootKeySet& rootKey,
                                      std::uint64_t now)
{
    return verifyAuthoritiesWith(signedAuthorities, signedDirectory, rootKey, rootKey, now);
}

Result<Authorities> verifyAuthorities(ByteView signedAuthorities, ByteView signedDirectory,
                                      const std::vector<RootKeySet>& keySets, std::uint64_t now)
{
    Result<Authorities> a = Error{"authorities: no key set to check them with"};
    for (auto set = keySets.rbegin(); set != keySets.rend(); ++set)
        if ((a = verifyAuthoritiesWith(signedAuthorities, signedDirectory, *set, *set, now)))
            break;
    return a;
}

} // namespace vigil
