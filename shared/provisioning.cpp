// SPDX-License-Identifier: EUPL-1.2
#include "provisioning.h"

#include "jsonreader.h"

#include <boost/json/serialize.hpp>

namespace vigil {

namespace json = boost::json;

namespace {
constexpr int kProvisioningFormat = 1;
constexpr std::size_t kMaxPayload = 2 * 1024 * 1024;
} // namespace

std::string encodeProvisioning(const Provisioning& p)
{
    json::object o;
    o.emplace("v", kProvisioningFormat);
    o.emplace("root_key", toHex(p.rootKey));
    if (p.keySet)
        o.emplace("root_keys", keySetObject(*p.keySet));
    o.emplace("relay_url", p.relayUrl);
    o.emplace("organisation", p.organisation);
    if (!p.enrolCode.empty())
        o.emplace("enrol_code", p.enrolCode);
    if (!p.signedDirectory.empty())
        o.emplace("directory", toBase64Url(p.signedDirectory));
    return json::serialize(o);
}

Result<VerifiedProvisioning> decodeProvisioning(std::string_view text, std::uint64_t now)
{
    auto object = parseJsonObject(text, "provisioning", kMaxPayload);
    if (!object)
        return object.error();
    JsonReader r(*object, "provisioning");
    const auto format = r.integer("v", 0, INT32_MAX);
    if (!r.failed() && format != kProvisioningFormat)
        return Error{"provisioning.v: format " + std::to_string(format) + " is not supported"};
    Provisioning p;
    const std::string rootHex = r.text("root_key", 64);
    if (auto keys = r.object("root_keys")) {
        p.keySet = readKeySetFields(*keys);
        keys->close();
    }
    p.relayUrl = r.text("relay_url", 512);
    p.organisation = r.text("organisation", 200);
    p.enrolCode = r.text("enrol_code", 64, Need::Optional);
    const std::string directory = r.text("directory", kMaxPayload, Need::Optional);
    if (auto s = r.finish(); !s)
        return s.error();
    auto root = fixedFromHex<32>(rootHex);
    if (!root)
        return withContext("provisioning.root_key", root.error());
    p.rootKey = *root;
    if (p.relayUrl.rfind("https://", 0) != 0 && p.relayUrl.rfind("http://", 0) != 0)
        return Error{"provisioning.relay_url: expected an http:// or https:// URL, got \"" + p.relayUrl + "\""};
    if (p.enrolCode.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        != std::string::npos)
        return Error{"provisioning.enrol_code: expected URL-safe base64"};
    if (directory.empty())
        return VerifiedProvisioning{std::move(p), std::nullopt};
    auto blob = fromBase64Url(directory);
    if (!blob)
        return withContext("provisioning.directory", blob.error());
    p.signedDirectory = std::move(*blob);
    auto verified = verifyDirectory(p.signedDirectory, p.documentKeys(), now);
    if (!verified)
        return withContext("provisioning", verified.error());
    return VerifiedProvisioning{std::move(p), std::move(*verified)};
}

} // namespace vigil
